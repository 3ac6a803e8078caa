"""A form for choosing five people to deepen: no Python needed.

Each row is a name (with suggestions from the learner's connections) and a text box for why this
person and the first small step. "Save and check" runs :func:`rapport.my_five.check_my_five`, the
same check as the code path, shows what to fix, and saves the choice beside the learner's tags.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as W
import pandas as pd

from rapport.my_five import HOW_MANY, check_my_five, load_my_five, save_my_five
from widgets.errors import ErrorPanel

MAX_SUGGESTIONS = 5000  # names offered in the name boxes; the best-known first


class MyFiveForm(W.VBox):
    """Five rows of name and reason, a save-and-check button and the result.

    Parameters
    ----------
    audit
        The audit table (``Audit.table``): names are suggested from it and checked against it.
    path
        The file the choice is saved to and read back from (``my-five.json``).
    """

    def __init__(self, audit: pd.DataFrame, path: str | Path, **kwargs: Any):
        self.audit = audit
        self.path = Path(path)
        ranked = audit.sort_values(["tier", "conversations"], ascending=False, kind="stable")
        names = list(dict.fromkeys(name for name in ranked["name"] if name))[:MAX_SUGGESTIONS]
        self.names = [
            W.Combobox(options=names, placeholder=f"person {i + 1}", ensure_option=False)
            for i in range(HOW_MANY)
        ]
        self.reasons = [
            W.Textarea(
                placeholder="why this person, and the first small step",
                layout=W.Layout(width="60%", height="3.2em"),
            )
            for _ in range(HOW_MANY)
        ]
        self.save = W.Button(description="Save and check", button_style="primary", icon="check")
        self.result = W.HTML()
        self.result.add_class("rapport-my-five-result")
        self.errors = ErrorPanel()
        super().__init__(**kwargs)
        rows = [W.HBox([n, r]) for n, r in zip(self.names, self.reasons, strict=True)]
        self.children = (*rows, self.save, self.result, self.errors)
        self.add_class("rapport-my-five")
        for (name, text), name_box, reason_box in zip(
            self._saved(), self.names, self.reasons, strict=False
        ):
            name_box.value, reason_box.value = name, text
        self.save.on_click(self.errors.guard(self._on_save))

    def _saved(self) -> list[tuple[str, str]]:
        return list(load_my_five(self.path).items())[:HOW_MANY]

    @property
    def entries(self) -> dict[str, str]:
        """The choice as typed: ``{name: reason}`` (rows with no name are left out)."""
        return {
            name.value.strip(): reason.value.strip()
            for name, reason in zip(self.names, self.reasons, strict=True)
            if name.value.strip()
        }

    def _on_save(self, _button: W.Button) -> None:
        entries = self.entries
        save_my_five(entries, self.path)
        check = check_my_five(entries, self.audit)
        colour = "#15803d" if check.complete else "#b45309"
        lines = "<br>".join(html.escape(line) for line in check.summary().splitlines())
        self.result.value = (
            f"<div style='border-left:4px solid {colour};padding:4px 8px'>{lines}"
            f"<br><small>Saved in {html.escape(str(self.path))}.</small></div>"
        )

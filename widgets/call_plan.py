"""Plan a call without writing Python: text boxes for each part, and one button to check and save.

:class:`CallPlanner` fills a plan dict from its fields and calls the same core functions as the
dict typed in workbook 04 (:func:`rapport.tracker.call_plan.check_call_plan`, then
:func:`~rapport.tracker.call_plan.save_call_plan` once every part is ready). What the learner
typed is escaped when shown.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as W

from rapport.tracker.call_plan import check_call_plan, save_call_plan
from widgets.errors import ErrorPanel

WIDE = W.Layout(width="40em")


class CallPlanner(W.VBox):
    """Text areas for a call plan and a "check and save" button.

    Parameters
    ----------
    who, why_now
        Values to start with (e.g. the top of the short list), which the learner can change.
    save_to
        Where ready plans are saved (default: ``call-plans.json`` in the data folder).

    Attributes
    ----------
    result
        What the check found (class ``rapport-plan-result``).
    saved_path
        The file the last ready plan went to, or ``None``.
    """

    def __init__(self, who: str = "", why_now: str = "", save_to: Any = None, **kwargs: Any):
        self.save_to = save_to
        self.saved_path: Path | None = None
        self.errors = ErrorPanel()
        style = {"description_width": "9em"}
        self.who = W.Text(value=who, description="Who", style=style, layout=WIDE)
        self.why_now = W.Text(value=why_now, description="Why now", style=style, layout=WIDE)
        self.message = W.Textarea(
            description="First message", style=style, layout=W.Layout(width="40em", height="6em"),
            placeholder="A short note proposing 30 minutes, with two possible times",
        )  # fmt: skip
        self.questions = W.Textarea(
            description="Three questions", style=style, layout=W.Layout(width="40em", height="6em"),
            placeholder="One question per line",
        )  # fmt: skip
        self.offer = W.Text(description="I can offer", style=style, layout=WIDE)
        self.check = W.Button(description="check and save", icon="check", button_style="primary")
        self.check.add_class("rapport-plan-check")
        self.result = W.HTML()
        self.result.add_class("rapport-plan-result")
        super().__init__(**kwargs)
        self.children = (self.who, self.why_now, self.message, self.questions, self.offer,
                         self.check, self.result, self.errors)  # fmt: skip
        self.add_class("rapport-call-planner")
        self.check.on_click(self.errors.guard(lambda _: self.check_and_save()))

    def plan(self) -> dict[str, Any]:
        """Return the plan as the dict workbook 04 types by hand."""
        return {
            "who": self.who.value,
            "why now": self.why_now.value,
            "first message": self.message.value,
            "three questions": self.questions.value.splitlines(),
            "what I can offer": self.offer.value,
        }

    def check_and_save(self) -> bool:
        """Check the plan, show what to add, and save it when every part is ready."""
        verdict = check_call_plan(self.plan())
        items = "".join(
            f"<li class='rapport-plan-{'ok' if ok else 'todo'}'>{'✓' if ok else '✗'} "
            f"{html.escape(sentence)}</li>"
            for ok, sentence in verdict.findings
        )
        if verdict.ready:
            self.saved_path = save_call_plan(self.plan(), self.save_to)
            after = f"<b>Saved</b> to {html.escape(str(self.saved_path))}. Now send the message."
        else:
            after = "Not saved yet: fix the parts marked ✗ and check again."
        self.result.value = f"<ul style='margin:2px 0'>{items}</ul>{after}"
        return verdict.ready

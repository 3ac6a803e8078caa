"""A text editor that highlights spans of its own text, as a small anywidget.

A ``<textarea>`` sits over a "mirror" ``<div>`` with the same font, padding and wrapping, whose
text is transparent and whose ``<mark>`` elements colour the given spans. The learner types in the
textarea as usual and sees the highlights behind the text. The mirror is built from DOM text
nodes, so whatever is typed stays text. The browser code is ``highlight_editor.js`` beside this
file (with its style sheet, ``highlight_editor.css``), loaded by anywidget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anywidget
import traitlets

# A key after a pause is sent at once; within this long of a send, keys wait to go together, so
# a burst of keys costs at most one analysis per interval and feedback follows every key.
DEBOUNCE_MS = 30
HERE = Path(__file__).parent  # the browser side: highlight_editor.js and highlight_editor.css


class HighlightEditor(anywidget.AnyWidget):
    """A text editor that highlights spans of its own text.

    Attributes
    ----------
    value
        The text. The browser sends it as the learner types: at once after a pause, and at
        most once every ``debounce_ms`` during a burst of keys (always ending with the last
        text); setting it from Python replaces the text in the browser.
    highlights
        Dicts ``{start, end, kind, rule_id, title}``: ``start``/``end`` are offsets into
        ``highlights_for`` as Python counts them (code points), ``kind`` is ``strength``
        (green), ``problem`` (orange) or anything else (yellow). Pieces covered by spans of
        both kinds are yellow.
    highlights_for
        The text the highlights were computed for. While the learner types on, the browser
        moves the highlights along with the edit until new ones arrive.
    placeholder, rows, debounce_ms
        The hint shown in an empty editor, its height in lines, and the shortest interval
        between two sends of the text while the learner types.
    """

    _esm = HERE / "highlight_editor.js"
    _css = HERE / "highlight_editor.css"
    value = traitlets.Unicode("").tag(sync=True)
    highlights = traitlets.List(traitlets.Dict()).tag(sync=True)
    highlights_for = traitlets.Unicode("").tag(sync=True)
    placeholder = traitlets.Unicode("").tag(sync=True)
    rows = traitlets.Int(8).tag(sync=True)
    debounce_ms = traitlets.Int(DEBOUNCE_MS).tag(sync=True)

    def set_highlights(self, text: str, highlights: list[dict[str, Any]]) -> None:
        """Set the highlights and the text they refer to in one message to the browser."""
        with self.hold_sync():
            self.highlights_for = text
            self.highlights = highlights

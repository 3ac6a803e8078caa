"""Keyboard shortcuts for a widget, as a tiny anywidget (its code is in ``keys.js``).

ipywidgets has no key events. :class:`Shortcuts` listens for key presses inside the nearest
ancestor with a given CSS class (the tagging card, say) and sends each allowed key to Python as
its own message. Messages are never merged, unlike widget state, which the frontend coalesces
while the kernel is busy: two keys pressed 150 ms apart arrive as two keys. It marks that ancestor
with ``data-lm-suppress-shortcuts`` so JupyterLab's own notebook shortcuts (``1`` makes a heading,
``d d`` deletes a cell) do not fire while the learner works in the widget, and it ignores keys
typed into text fields.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets

HERE = Path(__file__).parent


class Shortcuts(anywidget.AnyWidget):
    """Report key presses made inside the element with CSS class ``scope``.

    Attributes
    ----------
    catch
        The keys to catch (``KeyboardEvent.key`` values such as ``"1"`` or ``"ArrowRight"``).
    pressed
        The last key caught (not synced; for tests and debugging).
    """

    _esm = HERE / "keys.js"
    _css = HERE / "keys.css"
    scope = traitlets.Unicode("rapport-tagger").tag(sync=True)
    catch = traitlets.List(traitlets.Unicode()).tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.pressed = ""
        self._callbacks: list[Callable[[str], None]] = []
        self.on_msg(self._on_frontend_msg)

    def on_key(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(key)`` for every key caught, in the order they were pressed."""
        self._callbacks.append(callback)

    def press(self, key: str) -> None:
        """Act as if ``key`` was pressed (for tests and scripted use)."""
        if key in self.catch:
            self.pressed = key
            for callback in self._callbacks:
                callback(key)

    def _on_frontend_msg(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and isinstance(content.get("key"), str):
            self.press(content["key"])

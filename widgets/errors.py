"""Show errors raised in widget callbacks instead of letting them vanish.

ipywidgets runs observers outside the cell that made the widget, so an exception in a callback
never reaches the notebook. :class:`ErrorPanel` is a child widget that catches such errors and
shows them, escaped, where the learner is looking.
"""

from __future__ import annotations

import html
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import ipywidgets as W

from rapport.errors import is_expected

F = TypeVar("F", bound=Callable[..., Any])


class ErrorPanel(W.HTML):
    """An HTML widget that stays empty until a guarded callback fails.

    Attributes
    ----------
    last_error
        The last exception caught, or ``None`` (for tests and for debugging).
    """

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.add_class("rapport-error")
        self.last_error: BaseException | None = None

    def clear(self) -> None:
        """Hide the panel."""
        self.value = ""
        self.last_error = None

    def show(self, error: BaseException) -> None:
        """Show ``error`` escaped: a learner's mistake as a sentence, a bug with its traceback."""
        self.last_error = error
        self.value = error_html(error)

    def guard(self, callback: F) -> F:
        """Wrap ``callback`` so that an exception is shown here instead of lost."""

        @wraps(callback)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                result = callback(*args, **kwargs)
            except Exception as error:  # shown to the learner, never swallowed
                self.show(error)
                return None
            self.clear()
            return result

        return guarded  # type: ignore[return-value]


def error_html(error: BaseException) -> str:
    """HTML for ``error``: one escaped paragraph, plus the traceback folded away for a bug."""
    if is_expected(error):
        return (
            '<div class="rapport-learner-error" style="border-left:4px solid #b45309;'
            f'padding:4px 8px;background:#fffbeb">{html.escape(str(error))}</div>'
        )
    details = "".join(traceback.format_exception(error))
    return (
        '<div style="border-left:4px solid #b91c1c;padding:4px 8px;background:#fef2f2">'
        f"<b>Something went wrong:</b> {html.escape(type(error).__name__)}: "
        f"{html.escape(str(error))}"
        f"<details><summary>details</summary><pre>{html.escape(details)}</pre></details>"
        "</div>"
    )

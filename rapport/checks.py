"""Checks that speak to a learner: what was expected, what was found, and a hint.

Every exercise's visible test cells use these helpers. A failed check raises
:class:`CheckFailed`, an ``AssertionError``, so nbgrader scores the cell as failed exactly as it
would a bare ``assert``; but IPython shows the learner a short message instead of a traceback
(through the ``_render_traceback_`` hook IPython honours for any exception).

Passing visible checks is not full marks: more checks run when the work is graded.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from typing import Any

RED, GREEN, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"


class CheckFailed(AssertionError):
    """A check did not pass.

    Parameters
    ----------
    message
        What was expected and what was found.
    hint
        A nudge towards the fix, or ``None``.
    """

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message if hint is None else f"{message} Hint: {hint}")
        self.message = message
        self.hint = hint

    def _render_traceback_(self) -> list[str]:
        """Return the lines IPython shows in place of a traceback."""
        lines = [f"{RED}{BOLD}✗ Check failed:{RESET} {self.message}"]
        if self.hint:
            lines.append(f"  {BOLD}Hint:{RESET} {self.hint}")
        return lines


def passed(what: str) -> None:
    """Print a short confirmation that a check passed."""
    print(f"{GREEN}✓{RESET} {what}")


def check(condition: object, message: str, hint: str | None = None) -> None:
    """Fail with ``message`` (and ``hint``) unless ``condition`` is true."""
    if not condition:
        raise CheckFailed(message, hint or None)


def _show(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_type(value: Any, expected: type | tuple[type, ...], what: str, hint: str | None = None):
    """Fail unless ``value`` is an instance of ``expected``."""
    if not isinstance(value, expected):
        names = (
            " or ".join(t.__name__ for t in expected)
            if isinstance(expected, tuple)
            else expected.__name__
        )
        raise CheckFailed(
            f"{what} should be of type {names}, but it is of type {type(value).__name__}.", hint
        )


def check_equal(actual: Any, expected: Any, what: str, hint: str | None = None) -> None:
    """Fail unless ``actual == expected``, saying both values."""
    equal = actual == expected
    if not isinstance(equal, bool):  # numpy/pandas values compare elementwise
        equal = bool(getattr(equal, "all", lambda: equal)())
    if not equal:
        raise CheckFailed(f"{what} should be {_show(expected)}, but it is {_show(actual)}.", hint)


def check_close(
    actual: float, expected: float, what: str, tolerance: float = 1e-6, hint: str | None = None
) -> None:
    """Fail unless ``actual`` is a number within ``tolerance`` of ``expected``."""
    if not isinstance(actual, numbers.Real) or isinstance(actual, bool):
        raise CheckFailed(
            f"{what} should be a number, but it is of type {type(actual).__name__}.", hint
        )
    if not math.isclose(float(actual), expected, rel_tol=0, abs_tol=tolerance):
        raise CheckFailed(
            f"{what} should be about {expected:.6g}, but it is {float(actual):.6g}.", hint
        )


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a learner's function, turning its errors into a readable failed check.

    Parameters
    ----------
    function
        The function the learner wrote.
    *args, **kwargs
        What to call it with.

    Returns
    -------
    Any
        Whatever the function returned.
    """
    name = getattr(function, "__name__", "your function")
    try:
        return function(*args, **kwargs)
    except NotImplementedError:
        raise CheckFailed(
            f"`{name}` is not written yet.",
            "Replace `raise NotImplementedError()` in its cell with your code, then run that cell.",
        ) from None
    except CheckFailed:
        raise
    except Exception as exc:  # any learner error becomes a message, not a traceback
        raise CheckFailed(
            f"`{name}` raised {type(exc).__name__}: {exc}",
            f"Call `{name}` in a cell of its own to see the full error.",
        ) from None

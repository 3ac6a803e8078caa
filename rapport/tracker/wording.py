"""Counts of days and things, said as English and read back from what a learner typed.

Used by the tracker's dashboard and reminders; :func:`whole_number` reads a count typed in a box.
"""

from __future__ import annotations

import re

from rapport.tracker.store import TrackerError


def plural(count: int, word: str) -> str:
    """Return ``count`` with ``word``, plural unless it is one: "1 day", "3 weeks"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def every(days: int) -> str:
    """Return a rhythm in days: "every day", "every 14 days"."""
    return "every day" if days == 1 else f"every {days} days"


def ago(days: int) -> str:
    """Return how long ago, in days: "today", "yesterday", "12 days ago"."""
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def whole_number(text: str, what: str, unit: str, most: int) -> int:
    """Read a count typed in a box: a whole number from 1 to ``most``, or a clear error.

    Parameters
    ----------
    text
        What the learner typed ("3", " 14 ", "2.5", "ten"...).
    what, unit
        Said in the error: "A weekly goal", "people".
    most
        The largest count accepted.

    Raises
    ------
    TrackerError
        For anything but a whole number from 1 to ``most``, saying what was typed.
    """
    typed = str(text).strip()
    if not re.fullmatch(r"[0-9]+", typed):  # "2.5", "1,5", "3 people": never guessed at
        shown = typed if len(typed) <= 20 else f"{typed[:20]}…"
        raise TrackerError(
            f"{what} is a whole number of {unit} from 1 to {most}, like 3; "
            f"{f'you typed {shown}' if typed else 'the box is empty'}. Type digits only."
        )
    count = int(typed)
    if not 1 <= count <= most:
        raise TrackerError(f"{what} is a whole number of {unit} from 1 to {most}, not {count:,}.")
    return count

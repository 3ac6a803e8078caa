"""Counts of days and things said as English, for the tracker's dashboard and reminders."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """Return ``count`` with ``word``, plural unless it is one: "1 day", "3 weeks"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def every(days: int) -> str:
    """Return a rhythm in days: "every day", "every 14 days"."""
    return "every day" if days == 1 else f"every {days} days"


def ago(days: int) -> str:
    """Return how long ago, in days: "today", "yesterday", "12 days ago"."""
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"

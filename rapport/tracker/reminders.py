"""Follow-up reminders as an iCalendar (.ics) file that any calendar app imports.

One all-day event per person who is past their keep-in-touch cadence or waiting for your reply,
on the day the file is made (or, for people not yet due, the day they fall due). Event ids are
stable, so importing a newer file updates the same events instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pandas as pd
from icalendar import Calendar, Event

from rapport.fileio import write_atomic
from rapport.tracker.wording import every, plural

PRODID = "-//Rapport course kit//tracker reminders//EN"


def _uid(person: str, reason: str) -> str:
    digest = hashlib.sha1(f"{person}|{reason}".encode()).hexdigest()[:16]
    return f"{digest}@rapport.invalid"


def reminders_calendar(overdue: pd.DataFrame, turn: pd.DataFrame, today: date) -> Calendar:
    """Build the calendar.

    Parameters
    ----------
    overdue
        From :func:`rapport.tracker.queries.overdue` (``person``, ``cadence_days``,
        ``days_since``, ``days_overdue``).
    turn
        From :func:`rapport.tracker.queries.whose_turn` (``person``, ``last_day``).
    today
        The day the reminders are for.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    stamp = datetime.combine(today, time(0, 0))
    for row in overdue.itertuples():
        days = None if pd.isna(row.days_since) else int(row.days_since)
        since = "never in touch yet" if days is None else f"{plural(days, 'day')} since"
        _event(calendar, _uid(row.person, "cadence"), today, stamp,
               f"Check in with {row.person}",
               f"Your rhythm with {row.person} is {every(int(row.cadence_days))}; {since}. "
               "A short note about something they care about is enough.")  # fmt: skip
    for row in turn.itertuples():
        _event(calendar, _uid(row.person, "turn"), today, stamp,
               f"Reply to {row.person}",
               f"{row.person} reached out last, on {row.last_day}. It is your turn.")  # fmt: skip
    return calendar


def _event(calendar: Calendar, uid: str, day: date, stamp: datetime, summary: str, body: str):
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", body)
    calendar.add_component(event)


def export_reminders(path: str | Path, overdue: pd.DataFrame, turn: pd.DataFrame, today: date):
    """Write the reminders to an .ics file, atomically; returns the path."""
    write_atomic(Path(path), reminders_calendar(overdue, turn, today).to_ical())
    return Path(path)

"""What the weekly review asks of the log: the week's numbers, who is overdue, whose turn it is.

Every query is a plain function of the interactions table (as from
:meth:`rapport.tracker.store.TrackerStore.interactions`: one row per interaction, ``people`` joined
by ``"; "``) and, where needed, the people table and the weekly goals. Weeks start on Monday.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from rapport.tracker.store import CHANNELS, IN_PERSON, KINDS


def week_start(day: date) -> date:
    """Return the Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def per_person(log: pd.DataFrame) -> pd.DataFrame:
    """One row per (interaction, person), with ``person`` and the interaction's columns.

    A table that already has a ``person`` column is returned as is.
    """
    if "person" in log:
        return log
    if log.empty:
        return log.assign(person=pd.Series(dtype=object))
    return log.assign(person=log["people"].str.split("; ")).explode("person")


def week_summary(log: pd.DataFrame, day: date, goals: dict[date, int] | None = None) -> dict:
    """Summarise the week containing ``day``.

    Returns
    -------
    dict
        ``week_start``, ``interactions``, ``people`` (unique people), ``by_channel``,
        ``by_kind``, ``gives``, ``asks``, ``give_ask`` (gives per ask, ``None`` without asks),
        ``in_person``, ``goal`` (``None`` if unset), ``goal_met`` and ``streak`` (consecutive
        weeks up to this one that met their goal).
    """
    start = week_start(day)
    end = start + timedelta(days=7)
    week = log[(log["date"] >= start) & (log["date"] < end)] if len(log) else log
    people = set(per_person(week)["person"]) if len(week) else set()
    by_kind = {k: int((week["kind"] == k).sum()) if len(week) else 0 for k in KINDS}
    by_channel = {c: int((week["channel"] == c).sum()) if len(week) else 0 for c in CHANNELS}
    gives, asks = by_kind["give"], by_kind["ask"]
    goals = goals or {}
    goal = goals.get(start)
    return {
        "week_start": start,
        "interactions": len(week),
        "people": len(people),
        "by_channel": by_channel,
        "by_kind": by_kind,
        "gives": gives,
        "asks": asks,
        "give_ask": gives / asks if asks else None,
        "in_person": int(week["channel"].isin(IN_PERSON).sum()) if len(week) else 0,
        "goal": goal,
        "goal_met": goal is not None and len(people) >= goal,
        "streak": streak(log, start, goals),
    }


def streak(log: pd.DataFrame, through: date, goals: dict[date, int]) -> int:
    """Count consecutive weeks, ending with the week of ``through``, that met their goal."""
    count, start = 0, week_start(through)
    while start in goals:
        end = start + timedelta(days=7)
        week = log[(log["date"] >= start) & (log["date"] < end)] if len(log) else log
        people = set(per_person(week)["person"]) if len(week) else set()
        if len(people) < goals[start]:
            break
        count += 1
        start -= timedelta(days=7)
    return count


def last_contact(log: pd.DataFrame) -> pd.DataFrame:
    """Per person: the last day you interacted, and who reached out that time.

    A table that already has these columns (:meth:`TrackerStore.last_contacts`) is returned as is.
    """
    if "last_day" in log:
        return log
    rows = per_person(log)
    if rows.empty:
        return pd.DataFrame(columns=["person", "last_day", "last_direction", "interactions"])
    if not (rows["date"].is_monotonic_increasing):
        rows = rows.sort_values(["date", "id"], kind="stable")
    grouped = rows.groupby("person", sort=True)
    return (
        pd.DataFrame(
            {
                "last_day": grouped["date"].max(),
                "last_direction": grouped["direction"].last(),
                "interactions": grouped["id"].nunique(),
            }
        )
        .rename_axis("person")
        .reset_index()
    )


def overdue(log: pd.DataFrame, people: pd.DataFrame, today: date) -> pd.DataFrame:
    """People with a cadence whose last interaction is older than it; most overdue first."""
    last = last_contact(log).set_index("person")["last_day"].to_dict()
    rows = []
    for name, cadence in zip(people["name"], people["cadence_days"], strict=True):
        if pd.isna(cadence):
            continue
        seen = last.get(name)
        days = (today - seen).days if seen is not None else None
        if days is None or days > cadence:
            late = None if days is None else days - int(cadence)
            rows.append({"person": name, "cadence_days": int(cadence),
                         "days_since": days, "days_overdue": late})  # fmt: skip
    frame = pd.DataFrame(rows, columns=["person", "cadence_days", "days_since", "days_overdue"])
    return frame.sort_values("days_overdue", ascending=False, na_position="first").reset_index(
        drop=True
    )


def whose_turn(log: pd.DataFrame) -> pd.DataFrame:
    """People who reached out last: it is your turn. Longest waiting first."""
    last = last_contact(log)
    mine = last[last["last_direction"] == "them"]
    return mine.sort_values("last_day").reset_index(drop=True)


def not_followed_up(log: pd.DataFrame, today: date, within_days: int = 21) -> pd.DataFrame:
    """People met for the first time in the last ``within_days`` days and not contacted since."""
    last = last_contact(log)
    if last.empty:
        return last
    recent = last[
        (last["interactions"] == 1) & (last["last_day"] >= today - timedelta(within_days))
    ]
    return recent.sort_values("last_day").reset_index(drop=True)

"""A privacy-safe summary of a learner's audit and weekly log, to share with an instructor.

The summary holds numbers only: how many connections, how many at each tier, the inch-deep ratio,
the share of once-active ties gone quiet, replies owed, connections added per year, and the weekly
totals of the log, each week named by its offset from the workshop week (``-2`` is two weeks
before, ``0`` the workshop week). No name, company, address, URL, note or message text is in it,
and no date finer than a week offset. The learner is named by a random token kept in their data
folder, so two exports by the same person can be recognised without saying who they are.

:func:`load_summary` checks a file against the exact format before anything reads it: unexpected
keys, text where a number belongs, or any text beyond the few fixed fields are refused, so a
hand-edited file cannot carry names into a class report.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from rapport.audit import connections_per_year, depth_pyramid, dormant_ties, my_turn
from rapport.errors import RapportError
from rapport.fileio import write_atomic
from rapport.paths import learner_data_dir
from rapport.tracker.queries import per_person, week_start

if TYPE_CHECKING:
    from rapport.tracker import TrackerStore

SCHEMA = "rapport-learner-summary"
SCHEMA_VERSION = 1
FILENAME = "rapport-summary.json"
TOKEN_FILENAME = "summary-token"
WEEKS_WINDOW = 52  # weeks kept on either side of the workshop week
MAX_BYTES = 256_000
WEEK_FIELDS = ("people", "interactions", "gives", "asks")
TOP_FIELDS = ("schema", "schema_version", "learner_token", "sample_data", "workshop_date_given",
              "exported_week", "audit", "tracker")  # fmt: skip
AUDIT_FIELDS = ("connections", "tagged", "tier_counts", "inch_deep_ratio", "exchanged", "dormant",
                "dormant_share", "replies_owed", "added_per_year")  # fmt: skip
_TOKEN = re.compile(r"[0-9a-f]{16}")
_YEAR = re.compile(r"(19|20)\d\d")
_OFFSET = re.compile(r"0|-?[1-9]\d?")
REDO = (
    "Export it again (`rapport summary export FILE`, or the last cell of workbook 05) and share "
    "the file as it was written, without editing it."
)


class SummaryError(RapportError, ValueError):
    """A summary file is not in the expected format; the message says what is wrong and what to do.

    Parameters
    ----------
    reason
        What is wrong, in words that never quote the file's content.
    source
        The file's name, shown before the reason, or ``""``.
    """

    def __init__(self, reason: str, source: str = ""):
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


def learner_token(folder: Path | None = None) -> str:
    """Return this learner's opaque token, creating it (random) on first use.

    Parameters
    ----------
    folder
        Where the token file lives; the learner's data folder by default.
    """
    path = (folder or learner_data_dir(create=True)) / TOKEN_FILENAME
    if path.is_file():
        token = path.read_text(encoding="utf-8").strip()
        if _TOKEN.fullmatch(token):
            return token
    token = secrets.token_hex(8)
    write_atomic(path, token + "\n", mode=0o600)
    return token


def week_offset(day: date, workshop: date) -> int:
    """Whole weeks (Monday to Sunday) between the workshop's week and the week of ``day``."""
    return (week_start(day) - week_start(workshop)).days // 7


def weekly_totals(log: pd.DataFrame, workshop: date, today: date) -> dict[str, dict[str, int]]:
    """Weekly totals of the log keyed by week offset from the workshop week.

    Weeks run from the first week with a logged interaction to the week of ``today``; quiet weeks
    in between count as zeros. Only offsets within :data:`WEEKS_WINDOW` of the workshop are kept.

    Returns
    -------
    dict
        ``{"-1": {"people": ..., "interactions": ..., "gives": ..., "asks": ...}, ...}``.
    """
    if log.empty:
        return {}
    first = week_offset(min(log["date"]), workshop)
    last = week_offset(today, workshop)
    offsets = range(max(first, -WEEKS_WINDOW), min(last, WEEKS_WINDOW) + 1)
    rows = per_person(log)
    week_of = {o: week_start(workshop) + timedelta(weeks=o) for o in offsets}
    totals = {}
    for offset, start in week_of.items():
        end = start + timedelta(days=7)
        week = log[(log["date"] >= start) & (log["date"] < end)]
        people = rows[(rows["date"] >= start) & (rows["date"] < end)]["person"]
        totals[str(offset)] = {
            "people": int(people.nunique()),
            "interactions": len(week),
            "gives": int((week["kind"] == "give").sum()),
            "asks": int((week["kind"] == "ask").sum()),
        }
    return totals


def build_summary(
    audit: pd.DataFrame,
    log: pd.DataFrame,
    *,
    workshop_date: date | None = None,
    today: date | None = None,
    quiet_days: int = 365,
    token: str | None = None,
    sample_data: bool = False,
) -> dict[str, Any]:
    """Summarise an audit table and an interaction log as numbers only.

    Parameters
    ----------
    audit
        From :func:`rapport.audit.audit_table`.
    log
        From :meth:`rapport.tracker.TrackerStore.interactions`.
    workshop_date
        The day of the workshop; ``None`` measures weeks from the export week instead.
    today
        The day of the export (default: the local today).
    quiet_days
        Days without a message after which a once-active tie counts as dormant.
    token
        The learner's opaque token (default: a new random one).
    sample_data
        Whether the connections are the bundled sample rather than the learner's own.

    Returns
    -------
    dict
        A summary that :func:`validate_summary` accepts.
    """
    today = today or date.today()
    workshop = workshop_date or today
    stamp = pd.Timestamp(today)
    tiers = [int(n) for n in depth_pyramid(audit)["contacts"]]
    total = len(audit)
    exchanged = int((audit["inferred_tier"] > 0).sum())
    dormant = len(dormant_ties(audit, quiet_days=quiet_days, today=stamp))
    per_year = connections_per_year(audit)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "learner_token": token or secrets.token_hex(8),
        "sample_data": bool(sample_data),
        "workshop_date_given": workshop_date is not None,
        "exported_week": week_offset(today, workshop),
        "audit": {
            "connections": total,
            "tagged": int(audit["learner_tier"].notna().sum()),
            "tier_counts": tiers,
            "inch_deep_ratio": round(tiers[0] / total, 4) if total else 0.0,
            "exchanged": exchanged,
            "dormant": dormant,
            "dormant_share": round(dormant / exchanged, 4) if exchanged else 0.0,
            "replies_owed": len(my_turn(audit, today=stamp)),
            "added_per_year": {str(y): int(n) for y, n in per_year.items()},
        },
        "tracker": {"weeks": weekly_totals(log, workshop, today)},
    }


def summarise(
    tracker: TrackerStore | str | Path | None = None,
    *,
    connections: str = "auto",
    messages: str | None = None,
    other_exports: Sequence[str | Path] | str = "auto",
    tags: str | Path | None = None,
    workshop_date: date | str | None = None,
    today: date | str | None = None,
    quiet_days: int = 365,
) -> dict[str, Any]:
    """Load a learner's exports, tags and log, and summarise them with :func:`build_summary`.

    The audit is built by :func:`rapport.audit_builder.build_audit`, exactly as workbook 01
    builds it, so the numbers shared are the numbers the learner saw.

    Parameters
    ----------
    tracker
        A tracker store, its database path, or ``None`` for the one in the data folder.
    connections, messages, other_exports
        Which exports to read (:func:`rapport.audit_builder.choose_exports`); ``messages``
        ``None`` means ``"auto"``: the learner's own ``messages.csv`` if they have one.
    tags
        The tags file (default: ``audit-tags.json`` in the data folder).
    workshop_date, today, quiet_days
        As for :func:`build_summary`; dates may be ``YYYY-MM-DD`` text.
    """
    from rapport.audit_builder import build_audit
    from rapport.tracker import TrackerStore

    workshop_date, today = _day(workshop_date), _day(today)
    audit = build_audit(connections, messages or "auto", other_exports, tags)
    store = tracker if isinstance(tracker, TrackerStore) else TrackerStore(tracker)
    try:
        log = store.interactions(include_sample=False)  # the sample log is not the learner's
    finally:
        if store is not tracker:
            store.close()
    token, dates = learner_token(), {"workshop_date": workshop_date, "today": today}
    return build_summary(
        audit.table, log, **dates, quiet_days=quiet_days, token=token, sample_data=audit.sample
    )


def _day(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD.") from None


def export_summary(path: str | Path | None, summary: dict[str, Any]) -> Path:
    """Check a summary and write it as JSON, atomically.

    Parameters
    ----------
    path
        The file to write; ``rapport-summary.json`` in the learner's data folder if ``None``.
    summary
        From :func:`build_summary` or :func:`summarise`.

    Returns
    -------
    Path
        The file written.
    """
    target = Path(path).expanduser() if path else learner_data_dir(create=True) / FILENAME
    validate_summary(summary)
    write_atomic(target, json.dumps(summary, indent=1, sort_keys=False) + "\n")
    return target


def _fields(value: Any, fields: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SummaryError(f"{where} should be a group of fields but is not.")
    extra, missing = len(set(value) - set(fields)), [f for f in fields if f not in value]
    if extra:
        raise SummaryError(f"{where} has {extra} field(s) that are not part of the format.")
    if missing:
        raise SummaryError(f"{where} lacks the field(s) {', '.join(missing)}.")
    return value


def _count(value: Any, where: str, most: int | None = None) -> int:
    if type(value) is not int or value < 0:
        raise SummaryError(f"{where} should be a whole number, 0 or more.")
    if most is not None and value > most:
        raise SummaryError(f"{where} is larger than the number it is part of.")
    return value


def _share(value: Any, where: str) -> float:
    if type(value) not in (int, float) or not 0 <= value <= 1:
        raise SummaryError(f"{where} should be a number from 0 to 1.")
    return float(value)


def _check_audit(audit: Any) -> None:
    audit = _fields(audit, AUDIT_FIELDS, "audit")
    total = _count(audit["connections"], "audit.connections")
    _count(audit["tagged"], "audit.tagged", total)
    tiers = audit["tier_counts"]
    if not isinstance(tiers, list) or len(tiers) != 5:
        raise SummaryError("audit.tier_counts should list five counts, tiers 0 to 4.")
    if sum(_count(n, "audit.tier_counts") for n in tiers) != total:
        raise SummaryError("audit.tier_counts do not add up to audit.connections.")
    ratio = _share(audit["inch_deep_ratio"], "audit.inch_deep_ratio")
    if total and abs(ratio - tiers[0] / total) > 1e-3:
        raise SummaryError("audit.inch_deep_ratio does not match the tier 0 count.")
    exchanged = _count(audit["exchanged"], "audit.exchanged", total)
    dormant = _count(audit["dormant"], "audit.dormant", exchanged)
    share = _share(audit["dormant_share"], "audit.dormant_share")
    if exchanged and abs(share - dormant / exchanged) > 1e-3:
        raise SummaryError("audit.dormant_share does not match audit.dormant.")
    _count(audit["replies_owed"], "audit.replies_owed", total)
    years = audit["added_per_year"]
    if not isinstance(years, dict) or len(years) > 100:
        raise SummaryError("audit.added_per_year should be counts by year.")
    if not all(isinstance(y, str) and _YEAR.fullmatch(y) for y in years):
        raise SummaryError("audit.added_per_year has a key that is not a year.")
    if sum(_count(n, "a count in audit.added_per_year") for n in years.values()) > total:
        raise SummaryError("audit.added_per_year counts more than audit.connections.")


def _check_tracker(tracker: Any) -> None:
    weeks = _fields(tracker, ("weeks",), "tracker")["weeks"]
    if not isinstance(weeks, dict):
        raise SummaryError("tracker.weeks should be weekly totals by week offset.")
    for key, week in weeks.items():
        if not (isinstance(key, str) and _OFFSET.fullmatch(key)) or abs(int(key)) > WEEKS_WINDOW:
            raise SummaryError(
                f"tracker.weeks has a key that is not a week offset from -{WEEKS_WINDOW} "
                f"to {WEEKS_WINDOW}."
            )
        week = _fields(week, WEEK_FIELDS, f"tracker.weeks[{int(key)}]")
        done = _count(week["interactions"], f"tracker.weeks[{int(key)}].interactions")
        _count(week["people"], f"tracker.weeks[{int(key)}].people")
        given = _count(week["gives"], f"tracker.weeks[{int(key)}].gives", done)
        _count(week["asks"], f"tracker.weeks[{int(key)}].asks", done - given)


def validate_summary(data: Any) -> dict[str, Any]:
    """Check that ``data`` is exactly a summary in the current format.

    Every key must be one the format defines, every value a number or true/false, except the
    format's name (a fixed text) and the learner token (16 hexadecimal characters). Messages
    never repeat the content they refuse, so a report can quote them safely.

    Returns
    -------
    dict
        ``data`` itself.

    Raises
    ------
    SummaryError
        Saying what is wrong; nothing in it comes from ``data``.
    """
    data = _fields(data, TOP_FIELDS, "the summary")
    if data["schema"] != SCHEMA:
        raise SummaryError("it is not a Rapport learner summary (the format name is wrong).")
    version = data["schema_version"]
    if type(version) is not int:
        raise SummaryError("schema_version should be a whole number.")
    if version > SCHEMA_VERSION:
        raise SummaryError(
            f"it was written by a newer version of the kit (format {version}, this kit reads "
            f"{SCHEMA_VERSION}); update the kit to read it."
        )
    if version != SCHEMA_VERSION:
        raise SummaryError(f"format {version} is not one this kit reads.")
    token = data["learner_token"]
    if not (isinstance(token, str) and _TOKEN.fullmatch(token)):
        raise SummaryError("learner_token should be 16 hexadecimal characters.")
    for flag in ("sample_data", "workshop_date_given"):
        if not isinstance(data[flag], bool):
            raise SummaryError(f"{flag} should be true or false.")
    exported = data["exported_week"]
    if type(exported) is not int or abs(exported) > 10 * WEEKS_WINDOW:
        raise SummaryError("exported_week should be a whole number of weeks.")
    _check_audit(data["audit"])
    _check_tracker(data["tracker"])
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise SummaryError("a field appears twice in the same group.")
    return dict(pairs)


def _refuse_constant(_: str) -> float:
    raise SummaryError("it holds NaN or Infinity where a number should be.")


def load_summary(path: str | Path) -> dict[str, Any]:
    """Read and check a summary file written by :func:`export_summary`.

    Raises
    ------
    SummaryError
        When the file cannot be read or is not exactly a summary; the message starts with the
        file's name, says what is wrong and what to do, and never quotes the file's content.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SummaryError(f"it is over {MAX_BYTES // 1000} kB; a summary is far smaller.")
        data = json.loads(
            path.read_text(encoding="utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
        )
        return validate_summary(data)
    except SummaryError as exc:
        raise SummaryError(f"{exc.reason} {REDO}", path.name) from None
    except UnicodeDecodeError:
        reason = "it is not UTF-8 text."
    except json.JSONDecodeError:
        reason = "it is not valid JSON."
    except OSError as exc:
        reason = f"it could not be read ({exc.strerror or type(exc).__name__})."
    raise SummaryError(f"{reason} {REDO}", path.name)

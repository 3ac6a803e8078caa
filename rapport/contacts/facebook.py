r"""Read a Facebook friends list downloaded as JSON.

Facebook's download holds ``{"friends_v2": [{"name": ..., "timestamp": ...}, ...]}`` (older
downloads use the key ``friends``), with ``timestamp`` in Unix seconds. Its text is UTF-8 that was
escaped as if it were Latin-1, so ``O’Brien`` arrives as ``O\u00e2\u0080\u0099Brien``: every
name is repaired when, and only when, re-reading it as UTF-8 works.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from pathlib import Path

from rapport.contacts.export_file import read_export
from rapport.contacts.table import (
    ContactImportError,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
    latest_plausible_date,
    table_date,
)

SOURCE = "facebook"
FRIENDS_KEYS = ("friends_v2", "friends")
# Facebook opened in 2004: an earlier timestamp (often 0) is a placeholder, not a real date.
EARLIEST = datetime(2004, 1, 1)
HOW_TO_EXPORT = (
    "Download it again from Facebook (Settings & privacy > Settings > Download your "
    "information; choose the format JSON and the category 'Friends and followers') and use "
    "your_friends.json (friends.json in older downloads) as it comes."
)


def repair_mojibake(text: str) -> str:
    r"""Undo Facebook's Latin-1 escaping of UTF-8 text, leaving correct text unchanged.

    Parameters
    ----------
    text
        A string from the JSON file, e.g. ``"Ren\u00c3\u00a9e"``.

    Returns
    -------
    str
        ``"Renée"`` for the example; the input itself when it is not mis-decoded UTF-8.
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def parse_timestamp(value: object) -> datetime | None:
    """Return the UTC date of a Unix timestamp, or ``None`` when it is not a usable date."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        moment = datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    day = datetime(moment.year, moment.month, moment.day)
    return table_date(day) if day >= EARLIEST else None


def _friends_list(path: Path, data: object) -> list:
    if isinstance(data, dict):
        for key in FRIENDS_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
        found = ", ".join(repr(str(key)[:40]) for key in list(data)[:5]) or "nothing"
        what = f"its top-level keys are {found}"
    else:
        what = f"it holds a {type(data).__name__}, not an object"
    raise ContactImportError(
        f"{path}: this JSON has no friends list (a 'friends_v2' or 'friends' key); {what}. It may "
        f"be another part of the download, such as friend requests. {HOW_TO_EXPORT}"
    )


def load_facebook_friends(path: str | Path) -> ContactsImport:
    """Read a Facebook friends JSON file.

    Parameters
    ----------
    path
        ``your_friends.json`` (or an older ``friends.json``).

    Returns
    -------
    ContactsImport
        One contact per friend (source ``facebook``, ``line`` the 1-based entry number,
        ``connected_on`` the UTC date of the timestamp) and the report. Entries without a name
        are skipped; entries with an unusable timestamp are kept with a note.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not UTF-8, not JSON, or holds no friends list.
    """
    export = read_export(path, HOW_TO_EXPORT)
    path, text = export.path, export.text
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContactImportError(
            f"{path}, line {exc.lineno}, column {exc.colno}: this is not valid JSON ({exc.msg}); "
            f"the file may have been cut short or edited. {HOW_TO_EXPORT}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ContactImportError(
            f"{path}: this JSON cannot be read ({exc}). {HOW_TO_EXPORT}"
        ) from None
    friends = _friends_list(path, data)
    report = ImportReport(path=path, encoding=export.encoding)
    records = []
    latest = latest_plausible_date()
    for number, entry in enumerate(friends, start=1):
        report.rows_read += 1
        if not isinstance(entry, dict):
            report.skipped.append((number, "is not a friend entry"))
            continue
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            report.skipped.append((number, "has no name"))
            continue
        if "timestamp" not in entry:
            connected = None
            report.notes.append((number, "has no timestamp"))
        else:
            connected = parse_timestamp(entry["timestamp"])
            shown = repr(entry["timestamp"])[:40]
            if connected is None:
                report.notes.append((number, f"timestamp {shown} is not a usable date"))
            elif connected > latest:
                note = f"timestamp {shown} is in the future; kept without a date"
                report.notes.append((number, note))
                connected = None
        records.append(
            contact_record(SOURCE, number, name=repair_mojibake(name), connected_on=connected)
        )
    return ContactsImport(contacts=contacts_frame(records), report=report)

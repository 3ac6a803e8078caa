"""Read a LinkedIn ``Invitations.csv`` export: the connection requests sent and received.

The export has one row per invitation with the columns ``From,To,Sent At,Message,Direction``
(newer files add ``inviterProfileUrl`` and ``inviteeProfileUrl``). ``Direction`` is ``INCOMING``
(someone invited the learner) or ``OUTGOING`` (the learner invited someone). ``Sent At`` is
written ``10/3/24, 4:12 PM`` in most files and ``2024-10-03 16:12:00 UTC`` in others.

Two tables come out of it: the contacts table (one row per counterpart, the other person in the
invitation) and an invitations table that keeps every invitation, with whether a note was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from rapport.contacts.export_file import csv_rows, open_csv_export
from rapport.contacts.table import (
    ContactsImport,
    ImportReport,
    contact_id,
    contact_record,
    contacts_frame,
    latest_plausible_date,
    table_date,
)
from rapport.identity import name_key, profile_key

SOURCE = "linkedin-invitations"
REQUIRED = ("From", "To", "Sent At", "Direction")
# Direction as exported -> (column with the other person's name, their URL column, our word).
DIRECTIONS = {
    "INCOMING": ("From", "inviterProfileUrl", "received"),
    "OUTGOING": ("To", "inviteeProfileUrl", "sent"),
}
SENT_AT_FORMATS = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
)
INVITATION_COLUMNS = (
    "contact_id",
    "counterpart",
    "url",
    "direction",
    "sent_at",
    "has_note",
    "note",
    "line",
)
HOW_TO_EXPORT = (
    "Download it again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your "
    "data > Invitations) and use Invitations.csv as it comes, without editing it."
)


@dataclass
class InvitationsImport:
    """Contacts (one per counterpart), every invitation, and the report of how rows were read.

    Attributes
    ----------
    contacts
        The contacts table (see :mod:`rapport.contacts.table`).
    invitations
        One row per kept invitation: ``contact_id``, ``counterpart``, ``url``, ``direction``
        (``"sent"`` or ``"received"``), ``sent_at``, ``has_note``, ``note`` and ``line``.
    report
        Rows read, skipped and noted. Repeated invitations with the same person are counted as
        skipped in the report (the contact is already there) but stay in ``invitations``.
    """

    contacts: pd.DataFrame
    invitations: pd.DataFrame
    report: ImportReport


def parse_sent_at(text: str) -> datetime | None:
    """Parse a ``Sent At`` value such as ``10/3/24, 4:12 PM`` or ``2024-10-03 16:12:00 UTC``.

    Parameters
    ----------
    text
        The raw cell.

    Returns
    -------
    datetime or None
        A naive datetime, or ``None`` when the text matches no known form or is out of range.
    """
    # Some systems write a narrow or non-breaking space before AM/PM.
    text = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
    text = text.removesuffix(" UTC").removesuffix(" GMT")
    for fmt in SENT_AT_FORMATS:
        try:
            return table_date(datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


def _invitations_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(INVITATION_COLUMNS))
    for column in ("contact_id", "counterpart", "url", "direction", "note"):
        frame[column] = frame[column].fillna("").astype(str)
    frame["sent_at"] = pd.to_datetime(frame["sent_at"]).astype("datetime64[ns]")
    frame["has_note"] = frame["has_note"].astype(bool)
    frame["line"] = frame["line"].astype("int64")
    return frame


def load_invitations(path: str | Path) -> InvitationsImport:
    """Read a LinkedIn ``Invitations.csv`` export into contacts and invitations.

    Parameters
    ----------
    path
        The export file.

    Returns
    -------
    InvitationsImport
        Contacts (source ``linkedin-invitations``, ``connected_on`` the earliest invitation
        date), the invitations table, and the report.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not UTF-8, or not an invitations export.
    """
    export, header_index, names, report = open_csv_export(
        path, REQUIRED, "a LinkedIn Invitations.csv export", HOW_TO_EXPORT
    )
    latest = latest_plausible_date()
    records: list[dict] = []
    by_url: dict[str, dict] = {}
    by_name: dict[str, dict] = {}
    invitations: list[tuple[dict, dict]] = []
    for line, cells in csv_rows(export, header_index, names, report, HOW_TO_EXPORT):
        direction = cells["Direction"].strip().upper()
        if direction not in DIRECTIONS:
            reason = f"direction {cells['Direction'].strip()!r} is neither INCOMING nor OUTGOING"
            report.skipped.append((line, reason))
            continue
        name_column, url_column, word = DIRECTIONS[direction]
        name = " ".join(cells[name_column].split())
        url = cells.get(url_column, "").strip()
        if not name and not url:
            report.skipped.append((line, f"has no name in the {name_column} column"))
            continue
        sent_at = parse_sent_at(cells["Sent At"])
        if sent_at is None:
            report.notes.append((line, f"date {cells['Sent At'].strip()!r} not understood"))
        elif sent_at > latest:
            shown = cells["Sent At"].strip()
            report.notes.append((line, f"date {shown!r} is in the future; kept without a date"))
            sent_at = None
        note = cells.get("Message", "").strip()
        invitation = {
            "counterpart": name,
            "url": url,
            "direction": word,
            "sent_at": sent_at,
            "has_note": bool(note),
            "note": note,
            "line": line,
        }
        day = datetime(sent_at.year, sent_at.month, sent_at.day) if sent_at else None
        url_key, folded = profile_key(url), name_key(name)
        record = by_url.get(url_key) if url_key else None
        if record is None and folded in by_name and not (url and by_name[folded]["url"]):
            record = by_name[folded]
        if record is not None:
            report.skipped.append(
                (line, f"same person as line {record['line']} (kept in the invitations table)")
            )
            if day is not None and (record["connected_on"] is None or day < record["connected_on"]):
                record["connected_on"] = day
            if url and not record["url"]:
                record["url"] = url
        else:
            record = contact_record(SOURCE, line, name=name, url=url, connected_on=day)
            records.append(record)
        if url_key:
            by_url.setdefault(url_key, record)
        if folded:
            by_name.setdefault(folded, record)
        invitations.append((invitation, record))
    for record in records:  # a URL found on a later invitation changes the stable id
        record["contact_id"] = contact_id(SOURCE, record["url"], "", record["name"], record["line"])
    rows = [
        {**invitation, "contact_id": record["contact_id"]} for invitation, record in invitations
    ]
    return InvitationsImport(
        contacts=contacts_frame(records), invitations=_invitations_frame(rows), report=report
    )


def load_linkedin_invitations(path: str | Path) -> ContactsImport:
    """Read the contacts of an ``Invitations.csv`` export (see :func:`load_invitations`)."""
    loaded = load_invitations(path)
    return ContactsImport(contacts=loaded.contacts, report=loaded.report)

"""The normalised contacts table every importer produces, and the report of an import.

One row per contact, these columns (text columns are ``""`` when unknown, never NaN):

============== ======================================================================
contact_id     stable id: from the profile URL, else email, else name + source + line
first_name     given name as exported, possibly blank
last_name      family name as exported, possibly blank
name           the display name (first and last joined when no full name is given)
company        possibly blank
position       job title, possibly blank
url            profile URL, possibly blank
email          possibly blank (several joined by ``"; "``)
phone          possibly blank (several joined by ``"; "``)
connected_on   ``datetime64`` date the connection was made (NaT when unknown)
source         ``linkedin``, ``linkedin-invitations``, ``facebook``, ``google`` or ``vcard``
line           where the row came from in its file (line, or entry number for JSON/vCard)
============== ======================================================================
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from rapport.errors import RapportError
from rapport.identity import person_key, profile_key

COLUMNS = (
    "contact_id",
    "first_name",
    "last_name",
    "name",
    "company",
    "position",
    "url",
    "email",
    "phone",
    "connected_on",
    "source",
    "line",
)
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in {"connected_on", "line"})


# Friendlier names for the encodings a re-saved export is usually in.
ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "iso8859-1": "Latin-1 (ISO-8859-1)",
    "iso8859-15": "Latin-9 (ISO-8859-15)",
    "mac-roman": "Mac Roman",
}
DAMAGED_UTF8 = "utf-8 (damaged)"


def describe_encoding(encoding: str) -> str:
    """Return ``""`` for UTF-8, else a sentence (with a leading space) saying how it was read."""
    if encoding in ("utf-8", "utf-16"):
        return ""
    if encoding == DAMAGED_UTF8:
        return (
            " Some bytes of the file are not valid UTF-8 and show as \ufffd; the rest was read "
            "as UTF-8."
        )
    name = ENCODING_NAMES.get(encoding, encoding)
    return (
        f" The file is not UTF-8 text (a spreadsheet may have re-saved it): it was read as "
        f"{name}. Check that accented names look right."
    )


class ContactImportError(RapportError, ValueError):
    """A file could not be read as contacts; the message says which file, where, and what to do."""


@dataclass
class ImportReport:
    """What happened to each row of an imported file.

    Attributes
    ----------
    path
        The file that was read.
    rows_read
        Data rows (or entries) found.
    skipped
        ``(line, reason)`` for each row that was not kept.
    notes
        ``(line, note)`` for rows kept with a problem (for example an unreadable date).
    encoding
        The text encoding the file was read in: ``"utf-8"`` unless it was something else.
    """

    path: Path
    rows_read: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"

    @property
    def rows_kept(self) -> int:
        """Number of rows that became contacts."""
        return self.rows_read - len(self.skipped)

    def summary(self) -> str:
        """Return one plain sentence a learner can read."""
        text = f"Read {self.rows_read} rows from {self.path.name}: kept {self.rows_kept}"
        if self.skipped:
            text += f", skipped {len(self.skipped)} (see report.skipped)"
        if self.notes:
            text += f", {len(self.notes)} kept with a note (see report.notes)"
        return text + "." + describe_encoding(self.encoding)


@dataclass
class ContactsImport:
    """The contacts read from one file and the report of how they were read."""

    contacts: pd.DataFrame
    report: ImportReport


def contact_id(source: str, url: str = "", email: str = "", name: str = "", line: int = 0) -> str:
    """Return a stable id for a contact: the same person keeps the same id across downloads.

    The id comes from the person's identity (:func:`rapport.identity.person_key`: profile URL,
    else email); a row with neither is told apart by its name, source and line.
    """
    return contact_ids(source, [url], [email], [name], [line])[0]


def _plain(values: Iterable) -> list:
    """Return the values as a list (iterating a pandas column row by row is slower)."""
    return values.tolist() if isinstance(values, pd.Series) else list(values)


def contact_ids(
    source: str,
    urls: Iterable[str],
    emails: Iterable[str],
    names: Iterable[str],
    lines: Iterable[int],
) -> list[str]:
    """Return :func:`contact_id` for many rows of one source at once."""
    url_list, email_list = _plain(urls), _plain(emails)
    name_list, line_list = _plain(names), _plain(lines)
    if not len(url_list) == len(email_list) == len(name_list) == len(line_list):
        raise ValueError("contact_ids needs one url, email, name and line for each row")
    keys = list(map(profile_key, url_list))  # a blank URL gives "" (mapped in C)
    for row in [row for row, key in enumerate(keys) if not key]:  # no profile URL
        email = email_list[row]
        key = person_key("", email) if email else ""
        keys[row] = key or f"{source}|{name_list[row].strip().casefold()}|{line_list[row]}"
    return [digest.hexdigest()[:12] for digest in map(hashlib.sha1, map(str.encode, keys))]


def legacy_contact_id(
    source: str, url: str = "", email: str = "", name: str = "", line: int = 0
) -> str:
    """Return the id earlier versions gave a contact, so tags saved under it are found again."""
    key = url.strip().rstrip("/").lower()
    if not key and email.strip():
        key = "mailto:" + email.split(";")[0].strip().lower()
    if not key:
        key = f"{source}|{name.strip().casefold()}|{line}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def contact_record(
    source: str,
    line: int,
    *,
    first_name: str = "",
    last_name: str = "",
    name: str = "",
    company: str = "",
    position: str = "",
    url: str = "",
    email: str = "",
    phone: str = "",
    connected_on: datetime | None = None,
) -> dict:
    """Build one row of the contacts table, trimming text and filling the derived columns."""
    first_name, last_name = first_name.strip(), last_name.strip()
    name = " ".join(name.split()) or f"{first_name} {last_name}".strip()
    url, email = url.strip(), email.strip()
    return {
        "contact_id": contact_id(source, url, email, name, line),
        "first_name": first_name,
        "last_name": last_name,
        "name": name,
        "company": company.strip(),
        "position": position.strip(),
        "url": url,
        "email": email,
        "phone": phone.strip(),
        "connected_on": connected_on,
        "source": source,
        "line": line,
    }


def contacts_frame(records: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Make the contacts table from records (or a frame), with the documented columns and types."""
    if isinstance(records, pd.DataFrame):
        frame = records.reindex(columns=list(COLUMNS)).reset_index(drop=True)
    else:
        frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].fillna("").astype(str)
    frame["connected_on"] = pd.to_datetime(frame["connected_on"]).astype("datetime64[ns]")
    frame["line"] = frame["line"].astype("int64")
    return frame


def table_date(moment: datetime | None) -> datetime | None:
    """Return ``moment`` when the table's ``datetime64[ns]`` column can hold it, else ``None``.

    Exports and spreadsheets sometimes carry dates such as ``9999-12-31`` that pandas cannot
    store; importers treat them like any other unreadable date (kept with a note).
    """
    if moment is None or pd.isna(moment):
        return None
    stamp = pd.Timestamp(moment)
    return moment if pd.Timestamp.min < stamp < pd.Timestamp.max else None


def latest_plausible_date() -> pd.Timestamp:
    """Return the latest connection date an export can hold: tomorrow (time zones differ)."""
    return pd.Timestamp.now().normalize() + timedelta(days=1)


def drop_future_dates(
    dates: pd.Series, lines: pd.Series, shown: pd.Series, report: ImportReport
) -> pd.Series:
    """Blank out connection dates after :func:`latest_plausible_date`, noting each in ``report``.

    A date in the future is a typing or spreadsheet error (a swapped day and month, a wrong
    century); the row is kept, without a date, and the note says which line and what it said.
    """
    future = dates.notna() & (dates > latest_plausible_date())
    for line, text in zip(lines[future], shown[future], strict=True):
        report.notes.append((int(line), f"date {text!r} is in the future; kept without a date"))
    if future.any():
        report.notes.sort()
    return dates.mask(future)

"""Read a LinkedIn ``Connections.csv`` export into a tidy contacts table.

A real export starts with a few note lines before its header, may lack the ``URL`` column
(older files), has mostly blank emails and some blank names, quotes fields with commas, may
carry a byte-order mark, and dates like ``25 Aug 2021`` (or a spreadsheet's locale dates once
re-saved). This module finds the header instead of skipping a fixed count of lines, keeps every
usable row, and reports every row it could not use.

The contacts table has one row per connection and these columns:

============== ======================================================================
contact_id     stable id derived from the profile URL (or name, company and date)
first_name     as exported, possibly blank
last_name      as exported, possibly blank
name           first and last name joined, blank when both are blank
company        possibly blank
position       possibly blank
url            profile URL, possibly blank
email          possibly blank (most exports hide emails)
connected_on   ``datetime64`` date the connection was made (NaT if unreadable)
source         ``"linkedin"``
line           line number of the row in the file, for error messages
============== ======================================================================
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

HEADER_FIELDS = ("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On")
OPTIONAL_FIELDS = ("URL",)
COLUMNS = (
    "contact_id",
    "first_name",
    "last_name",
    "name",
    "company",
    "position",
    "url",
    "email",
    "connected_on",
    "source",
    "line",
)
# LinkedIn writes `25 Aug 2021`; spreadsheets that re-save the file write their locale's form.
DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y")
HOW_TO_EXPORT = (
    "Download it again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your "
    "data > Connections) and use the Connections.csv file as it comes, without editing it."
)


class ContactImportError(ValueError):
    """A file could not be read as contacts; the message says which file, where, and what to do."""


@dataclass
class ImportReport:
    """What happened to each row of an imported file.

    Attributes
    ----------
    path
        The file that was read.
    rows_read
        Data rows found after the header.
    skipped
        ``(line, reason)`` for each row that was not kept.
    notes
        ``(line, note)`` for rows kept with a problem (for example an unreadable date).
    """

    path: Path
    rows_read: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)

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
        return text + "."


@dataclass
class ContactsImport:
    """The contacts read from one file and the report of how they were read."""

    contacts: pd.DataFrame
    report: ImportReport


def parse_connected_on(text: str) -> datetime | None:
    """Parse a ``Connected On`` value in any of the forms exports and spreadsheets write.

    Parameters
    ----------
    text
        The raw cell, e.g. ``"25 Aug 2021"`` or ``"2021-08-25"``.

    Returns
    -------
    datetime or None
        ``None`` when the text matches no known form.
    """
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContactImportError(f"Cannot open {path}: {exc.strerror}. Check the path.") from exc
    if not raw.strip():
        raise ContactImportError(f"{path} is empty. {HOW_TO_EXPORT}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContactImportError(
            f"{path}, line {line}: the file is not UTF-8 text (LinkedIn exports are). If a "
            "spreadsheet re-saved it, save it again as 'CSV UTF-8', or use the original download."
        ) from exc


def find_header(lines: list[str]) -> tuple[int, list[str]]:
    """Find the header row of a connections export.

    Parameters
    ----------
    lines
        The file's lines.

    Returns
    -------
    tuple
        The 0-based index of the header line and its column names.

    Raises
    ------
    ContactImportError
        When no line holds all the required column names.
    """
    for index, line in enumerate(lines):
        if "First Name" not in line:
            continue
        names = [name.strip() for name in next(csv.reader([line]), [])]
        if all(required in names for required in HEADER_FIELDS):
            return index, names
    raise ContactImportError(
        "no header row with the columns " + ", ".join(HEADER_FIELDS) + " was found, so this "
        "does not look like a LinkedIn Connections.csv export."
    )


def _contact_id(url: str, name: str, company: str, connected: str, line: int) -> str:
    key = url.strip().rstrip("/").lower() or f"{name}|{company}|{connected}|{line}"
    return "li-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def load_linkedin_connections(path: str | Path) -> ContactsImport:
    """Read a LinkedIn ``Connections.csv`` export.

    Parameters
    ----------
    path
        The export file.

    Returns
    -------
    ContactsImport
        The contacts table (see the module docstring) and a report of skipped rows.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not UTF-8, or not a connections export.
    """
    path = Path(path)
    text = _decode(path)
    lines = text.splitlines()
    try:
        header_index, names = find_header(lines)
    except ContactImportError as exc:
        raise ContactImportError(f"{path}: {exc} {HOW_TO_EXPORT}") from None
    report = ImportReport(path=path)
    reader = csv.reader(io.StringIO("\n".join(lines[header_index + 1 :])))
    records = []
    for row in reader:
        line = header_index + 1 + reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines are not rows
        report.rows_read += 1
        if len(row) != len(names):
            report.skipped.append(
                (line, f"has {len(row)} fields where the header has {len(names)}")
            )
            continue
        cells = {name: value.strip() for name, value in zip(names, row, strict=True)}
        first, last = cells["First Name"], cells["Last Name"]
        url = cells.get("URL", "")
        if not (first or last or url or cells["Company"] or cells["Connected On"]):
            report.skipped.append((line, "has no name, URL, company or date"))
            continue
        connected = parse_connected_on(cells["Connected On"])
        if connected is None:
            report.notes.append((line, f"date {cells['Connected On']!r} not understood"))
        name = f"{first} {last}".strip()
        records.append(
            {
                "contact_id": _contact_id(url, name, cells["Company"], cells["Connected On"], line),
                "first_name": first,
                "last_name": last,
                "name": name,
                "company": cells["Company"],
                "position": cells["Position"],
                "url": url,
                "email": cells["Email Address"],
                "connected_on": connected,
                "source": "linkedin",
                "line": line,
            }
        )
    contacts = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    contacts["connected_on"] = pd.to_datetime(contacts["connected_on"])
    contacts["line"] = contacts["line"].astype("int64")
    return ContactsImport(contacts=contacts, report=report)


def read_linkedin_connections(path: str | Path) -> pd.DataFrame:
    """Return only the contacts table of :func:`load_linkedin_connections`."""
    return load_linkedin_connections(path).contacts

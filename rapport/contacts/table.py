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

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from rapport.errors import RapportError

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


def contact_id(source: str, url: str = "", email: str = "", name: str = "", line: int = 0) -> str:
    """Return a stable id for a contact: the same person in the same file keeps the same id."""
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


def split_lines(text: str) -> list[str]:
    r"""Split text on ``\r\n``, ``\r`` or ``\n`` only.

    Unlike :meth:`str.splitlines`, characters such as ``\x1e`` or ``\u2028`` inside a field stay
    where they are, so a CSV reader sees the same rows as in the file.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def find_header(
    lines: list[str],
    required: tuple[str, ...],
    what: str,
) -> tuple[int, list]:
    """Find the header row of an export among its first lines.

    Parameters
    ----------
    lines
        The file's lines.
    required
        Column names the header must contain.
    what
        What the file should be, for the error message.

    Returns
    -------
    tuple
        The 0-based index of the header line and its column names.

    Raises
    ------
    ContactImportError
        When no line holds all the required column names.
    """
    for index, line in enumerate(lines[:200]):
        if required[0] not in line:
            continue
        names = [name.strip() for name in next(csv.reader([line]), [])]
        if all(column in names for column in required):
            return index, names
    raise ContactImportError(
        "no header row with the columns " + ", ".join(required) + " was found, so this "
        f"does not look like {what}."
    )


def read_text(path: str | Path, how_to_fix: str) -> str:
    """Read a whole export as UTF-8 text, or explain in one error what is wrong and what to do.

    Parameters
    ----------
    path
        The file.
    how_to_fix
        A sentence telling the learner how to get a good copy of this kind of file.

    Raises
    ------
    ContactImportError
        When the file is missing, unreadable, empty, or not UTF-8.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContactImportError(f"Cannot open {path}: {exc.strerror}. Check the path.") from exc
    if not raw.strip():
        raise ContactImportError(f"{path} is empty. {how_to_fix}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContactImportError(
            f"{path}, line {line}: the file is not UTF-8 text (exports are). If a spreadsheet "
            f"re-saved it, save it again as 'CSV UTF-8', or use the original download. {how_to_fix}"
        ) from exc


def table_date(moment: datetime | None) -> datetime | None:
    """Return ``moment`` when the table's ``datetime64[ns]`` column can hold it, else ``None``.

    Exports and spreadsheets sometimes carry dates such as ``9999-12-31`` that pandas cannot
    store; importers treat them like any other unreadable date (kept with a note).
    """
    if moment is None or pd.isna(moment):
        return None
    stamp = pd.Timestamp(moment)
    return moment if pd.Timestamp.min < stamp < pd.Timestamp.max else None


def stripped(frame: pd.DataFrame, name: str) -> pd.Series:
    """Return column ``name`` of a text table with spaces trimmed, or blanks if it is missing."""
    if name not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    return pd.Series([value.strip() for value in frame[name]], index=frame.index, dtype=object)


def csv_table(
    path: Path, lines: list[str], header_index: int, names: list[str], report: ImportReport
) -> pd.DataFrame:
    """Read the CSV rows below a header into a table of text, counting rows in ``report``.

    Blank lines and rows of blank fields are not rows. A row whose field count differs from
    the header's is counted and skipped with its line.

    Returns
    -------
    pandas.DataFrame
        One column per header name (``object`` text, as in the file) plus ``line``: the 1-based
        line where the row starts in the file.

    Raises
    ------
    ContactImportError
        When the CSV itself cannot be parsed (for example a field larger than the CSV limit).
    """
    reader = csv.reader(io.StringIO("\n".join(lines[header_index + 1 :])))
    rows: list[list[str]] = []
    ends: list[int] = []
    try:
        for row in reader:
            rows.append(row)
            ends.append(reader.line_num)
    except csv.Error as exc:
        line = header_index + 2 + (ends[-1] if ends else 0)
        raise ContactImportError(
            f"{path}, line {line}: the CSV cannot be read ({exc}); a quote may "
            "be missing. Use the file as it was downloaded, without editing it."
        ) from None
    first = header_index + 2
    starts = [first, *(first + end for end in ends[:-1])] if ends else []
    width, good, good_lines = len(names), [], []
    for row, line in zip(rows, starts, strict=True):
        if len(row) == width and any(row):
            good.append(row)
            good_lines.append(line)
        elif any(cell.strip() for cell in row):  # blank lines and blank rows are not rows
            report.rows_read += 1
            report.skipped.append((line, f"has {len(row)} fields where the header has {width}"))
    frame = pd.DataFrame(good, columns=range(width), dtype=object)
    frame.columns = [
        f"{name}\0{i}" if names.count(name) > 1 else name for i, name in enumerate(names)
    ]
    frame["line"] = pd.Series(good_lines, dtype="int64")
    report.rows_read += len(frame)
    report.skipped.sort()
    return frame


def csv_rows(
    path: Path, lines: list[str], header_index: int, names: list[str], report: ImportReport
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, cells)`` for each data row below a CSV header (see :func:`csv_table`).

    When a header repeats a name, ``cells`` holds the last column of that name.
    """
    frame = csv_table(path, lines, header_index, names, report)
    columns = list(frame.columns[:-1])
    for values in frame.itertuples(index=False, name=None):
        pairs = zip(columns, values[:-1], strict=True)
        cells = {column.split("\0")[0]: value for column, value in pairs}
        yield int(values[-1]), cells


def open_csv_export(
    path: Path, required: tuple[str, ...], what: str, how_to_fix: str
) -> tuple[list[str], int, list[str], ImportReport]:
    """Read a CSV export and find its header; errors name the file and say how to get a good one.

    Returns
    -------
    tuple
        The file's lines, the header's index and column names, and an empty report to fill.
    """
    lines = split_lines(read_text(path, how_to_fix))
    try:
        header_index, names = find_header(lines, required, what)
    except ContactImportError as exc:
        raise ContactImportError(f"{path}: {exc} {how_to_fix}") from None
    return lines, header_index, names, ImportReport(path=Path(path))

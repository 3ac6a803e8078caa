"""Read a Google Contacts CSV export ("Google CSV"), with either of Google's two headers.

The current export starts ``First Name,Middle Name,Last Name,Phonetic First Name,...`` and uses
``Organization Name``, ``E-mail 1 - Label``/``E-mail 1 - Value`` and so on; the legacy export
starts ``Name,Given Name,Additional Name,Family Name,...`` and uses ``Organization 1 - Name``,
``E-mail 1 - Type``/``E-mail 1 - Value``. Numbered groups repeat as often as the busiest contact
needs (``E-mail 2 - Value``, ``Phone 3 - Value``...), and one cell may hold several values joined
by `` ::: ``. Google keeps no date for when a contact was made, so ``connected_on`` is NaT.
"""

from __future__ import annotations

import re
from pathlib import Path

from rapport.contacts.export_file import csv_rows, head_lines, header_candidates, read_export
from rapport.contacts.table import (
    ContactImportError,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
)

SOURCE = "google"
CURRENT = ("First Name", "Last Name")
LEGACY = ("Name", "Given Name", "Family Name")
# Columns only Google's export has; one of them must sit beside First Name and Last Name.
GOOGLE_ONLY = re.compile(
    r"^(Labels|File As|Phonetic First Name|Organization Name|Group Membership"
    r"|(E-mail|Phone|Website|Organization|Address|Relation|Event) \d+ - \w+)$"
)
SEPARATOR = " ::: "
PROFILE_HOSTS = ("linkedin.com/", "xing.com/", "facebook.com/")
HOW_TO_EXPORT = (
    "Export it again from contacts.google.com (Export > Google CSV) and use the file as it comes, "
    "without re-saving it in a spreadsheet."
)


def find_google_header(lines: list[str]) -> tuple[int, list[str]] | None:
    """Find the header row of a Google Contacts CSV among the first lines.

    Parameters
    ----------
    lines
        The file's lines.

    Returns
    -------
    tuple or None
        The 0-based index of the header line and its column names, or ``None``.
    """
    for index, names in header_candidates(lines, "Name"):
        if all(column in names for column in LEGACY):
            return index, names
        if (
            all(column in names for column in CURRENT)
            and "Connected On" not in names
            and any(GOOGLE_ONLY.match(name) for name in names)
        ):
            return index, names
    return None


def split_values(cell: str) -> list[str]:
    """Split a cell holding several values joined by `` ::: ``, dropping blanks."""
    return [part.strip() for part in cell.split(SEPARATOR.strip()) if part.strip()]


def _numbered(names: list[str], group: str, field: str) -> list[str]:
    """Columns like ``E-mail 1 - Value``, ``E-mail 2 - Value``, in number order."""
    pattern = re.compile(rf"^{re.escape(group)} (\d+) - {re.escape(field)}$")
    found = [(int(m.group(1)), name) for name in names if (m := pattern.match(name))]
    return [name for _, name in sorted(found)]


def _all_values(cells: dict[str, str], columns: list[str]) -> list[str]:
    values: list[str] = []
    for column in columns:
        for value in split_values(cells[column]):
            if value.casefold() not in {v.casefold() for v in values}:
                values.append(value)
    return values


def _first(cells: dict[str, str], columns: list[str]) -> str:
    for column in columns:
        values = split_values(cells.get(column, ""))
        if values:
            return values[0]
    return ""


def load_google_contacts(path: str | Path) -> ContactsImport:
    """Read a Google Contacts CSV export (current or legacy header).

    Parameters
    ----------
    path
        The exported ``contacts.csv``.

    Returns
    -------
    ContactsImport
        One contact per row (source ``google``; several emails or phones joined by ``"; "``;
        the first website, preferring a profile URL) and the report of skipped rows.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not text, cut off, or not a Google Contacts export.
    """
    export = read_export(path, HOW_TO_EXPORT)  # also UTF-16 with a byte-order mark
    found = find_google_header(head_lines(export))
    if found is None:
        raise ContactImportError(
            f"{export.path}: no Google Contacts header was found (the first column names should be "
            "'First Name,Middle Name,Last Name,...' or, in older exports, "
            f"'Name,Given Name,Additional Name,Family Name,...'). {HOW_TO_EXPORT}"
        )
    header_index, names = found
    legacy = "Given Name" in names
    given, middle, family = (
        ("Given Name", "Additional Name", "Family Name")
        if legacy
        else ("First Name", "Middle Name", "Last Name")
    )
    companies = ["Organization Name", *_numbered(names, "Organization", "Name")]
    titles = ["Organization Title", *_numbered(names, "Organization", "Title")]
    emails = _numbered(names, "E-mail", "Value")
    phones = _numbered(names, "Phone", "Value")
    websites = _numbered(names, "Website", "Value")
    report = ImportReport(path=export.path, encoding=export.encoding)
    records = []
    for line, cells in csv_rows(export, header_index, names, report, HOW_TO_EXPORT):
        first, last = cells[given].strip(), cells[family].strip()
        name = cells.get("Name", "").strip() or " ".join(
            part for part in (first, cells.get(middle, "").strip(), last) if part
        )
        name = name or _first(cells, ["File As", "Nickname"])
        email = "; ".join(_all_values(cells, emails))
        phone = "; ".join(_all_values(cells, phones))
        company = _first(cells, companies)
        if not any((name, company, email, phone)):
            report.skipped.append((line, "has no name, company, email or phone"))
            continue
        sites = _all_values(cells, websites)
        profiles = [site for site in sites if any(host in site.lower() for host in PROFILE_HOSTS)]
        records.append(
            contact_record(
                SOURCE,
                line,
                first_name=first,
                last_name=last,
                name=name,
                company=company,
                position=_first(cells, titles),
                url=(profiles or sites or [""])[0],
                email=email,
                phone=phone,
            )
        )
    return ContactsImport(contacts=contacts_frame(records), report=report)

"""Read a LinkedIn ``Connections.csv`` export.

A real export starts with a few note lines before its header, may lack the ``URL`` column
(older files), has mostly blank emails and some blank names, quotes fields with commas, may
carry a byte-order mark, and dates like ``25 Aug 2021`` (or a spreadsheet's locale dates once
re-saved). This reader finds the header instead of skipping a fixed count of lines, keeps every
usable row, and reports every row it could not use.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from rapport.contacts.export_file import csv_table, open_csv_export, stripped
from rapport.contacts.table import (
    ContactsImport,
    contact_ids,
    contacts_frame,
    drop_future_dates,
    table_date,
)

HEADER_FIELDS = ("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On")
OPTIONAL_FIELDS = ("URL",)
# LinkedIn writes `25 Aug 2021`; spreadsheets that re-save the file write their locale's form.
DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y")
HOW_TO_EXPORT = (
    "Download it again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your "
    "data > Connections) and use the Connections.csv file as it comes, without editing it."
)


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


def load_linkedin_connections(path: str | Path) -> ContactsImport:
    """Read a LinkedIn ``Connections.csv`` export.

    Parameters
    ----------
    path
        The export file.

    Returns
    -------
    ContactsImport
        The contacts table (see :mod:`rapport.contacts.table`) and a report of skipped rows.

    Raises
    ------
    ContactImportError
        When the file is missing, empty, not text, cut off, or not a connections export.
    """
    export, header_index, names, report = open_csv_export(
        path, HEADER_FIELDS, "a LinkedIn Connections.csv export", HOW_TO_EXPORT
    )
    raw = csv_table(export, header_index, names, report, HOW_TO_EXPORT)

    def column(name: str) -> pd.Series:
        return stripped(raw, name)

    first, last, url = column("First Name"), column("Last Name"), column("URL")
    company, date_text = column("Company"), column("Connected On")
    empty = (first == "") & (last == "") & (url == "") & (company == "") & (date_text == "")
    for line in raw.loc[empty, "line"]:
        report.skipped.append((int(line), "has no name, URL, company or date"))
    report.skipped.sort()
    keep = ~empty
    first, last, url, company, date_text = (c[keep] for c in (first, last, url, company, date_text))
    lines_kept, email = raw.loc[keep, "line"], column("Email Address")[keep]
    full = first.to_numpy(dtype=object) + " " + last.to_numpy(dtype=object)
    # spaces folded: one space between words, none around them (mapped in C, row by row)
    name = pd.Series(list(map(" ".join, map(str.split, full))), index=first.index, dtype=object)
    # Dates: one vectorised pass for LinkedIn's own form, the slower forms only where needed.
    distinct = pd.unique(date_text)  # a few thousand days among tens of thousands of rows
    parsed = pd.to_datetime(pd.Series(distinct, dtype=object), format="%d %b %Y", errors="coerce")
    when = pd.Series(
        parsed.to_numpy()[pd.Index(distinct).get_indexer(date_text)], index=date_text.index
    )
    held = when.notna() & (when > pd.Timestamp.min) & (when < pd.Timestamp.max)
    dates = pd.Series(when.where(held), dtype="datetime64[ns]")
    for row in date_text.index[~held]:  # spreadsheet forms, far-off years, nonsense
        moment = table_date(parse_connected_on(date_text[row]))
        if moment is None:
            line = int(lines_kept[row])
            report.notes.append((line, f"date {date_text[row]!r} not understood"))
        else:
            dates[row] = moment
    dates = drop_future_dates(dates, lines_kept, date_text, report)
    contacts = pd.DataFrame(
        {
            "contact_id": contact_ids("linkedin", url, email, name, lines_kept),
            "first_name": first,
            "last_name": last,
            "name": name,
            "company": company,
            "position": column("Position")[keep],
            "url": url,
            "email": email,
            "phone": "",
            "connected_on": dates,
            "source": "linkedin",
            "line": lines_kept,
        }
    )
    return ContactsImport(contacts=contacts_frame(contacts), report=report)


def read_linkedin_connections(path: str | Path) -> pd.DataFrame:
    """Return only the contacts table of :func:`load_linkedin_connections`."""
    return load_linkedin_connections(path).contacts

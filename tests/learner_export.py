"""A realistic LinkedIn export of a made-up learner, written into a private data folder.

It has what real exports have: a byte-order mark, the note lines before the header row, quoted
fields with commas, blank emails, a blank company and a row without a name.
"""

from __future__ import annotations

from pathlib import Path

PEOPLE = (
    ("Marisol", "Quintero", "Harbourlight Clinics", "Head of Nursing, Night Shifts", "14 Mar 2024"),
    ("Tobias", "Eriksen", "Fernbrook Analytics", "Data Engineer", "02 Feb 2023"),
    ("Aoife", "Brannigan", "", "Freelance UX Researcher", "19 Nov 2022"),
    ("Kwame", "Owusu-Ansah", "Saltmarsh Foods, Ltd.", "Supply Chain Lead", "07 Jul 2021"),
    ("Ines", "Carvalho", "Harbourlight Clinics", "Ward Manager", "30 Sep 2025"),
)
PREAMBLE = (
    "Notes:\n"
    '"This file lists the people you are connected with. An email address appears only when '
    'that person allows their connections to see it."\n'
    "\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def names() -> list[str]:
    """The display names in the export (the nameless row is not one)."""
    return [f"{first} {last}" for first, last, *_ in PEOPLE]


def write_connections(folder: Path) -> Path:
    """Write ``Connections.csv`` (UTF-8 with BOM, notes preamble) into ``folder``; return it."""
    rows = []
    for first, last, company, position, day in PEOPLE:
        slug = f"{first}-{last}".lower()
        quoted = f'"{company}"' if "," in company else company
        position = f'"{position}"' if "," in position else position
        rows.append(
            f"{first},{last},https://www.linkedin.com/in/{slug},,{quoted},{position},{day}\n"
        )
    rows.append(",,,,Quietwater Ltd,Consultant,01 Jan 2020\n")  # a connection with no name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Connections.csv"
    path.write_text(PREAMBLE + HEADER + "".join(rows), encoding="utf-8-sig")
    return path

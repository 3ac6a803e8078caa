"""A class roster: the CSV file that names who may log in to the workshop hub.

The file has a header row with a ``username`` column (``login`` and ``user`` are accepted too)
and, optionally, a ``password`` column; other columns (full names, emails) are ignored. Names
are lower-cased, as JupyterHub does. A row that cannot be used stops the start with every such
row listed, so no learner is left out without the instructor knowing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rapport.workshop.settings import WorkshopError, name_problem

NAME_COLUMNS = ("username", "login", "user")


@dataclass(frozen=True)
class RosterEntry:
    """One learner: the hub name and the password given in the roster ("" to generate one)."""

    username: str
    password: str = ""


def read_roster(path: Path, prefix: str) -> list[RosterEntry]:
    """Read ``path``; raise :class:`WorkshopError` naming every unusable row.

    Parameters
    ----------
    path
        The roster CSV (UTF-8, with or without a byte-order mark).
    prefix
        The OS account prefix, which limits how long a name may be.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WorkshopError(f"no roster file at {path}") from None
    except UnicodeDecodeError:
        raise WorkshopError(f"{path} is not UTF-8 text: save the roster as CSV (UTF-8)") from None
    reader = csv.DictReader(text.splitlines())
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    name_column = next((columns[c] for c in NAME_COLUMNS if c in columns), None)
    if name_column is None:
        raise WorkshopError(
            f"{path} has no 'username' column; its first row must be a header such as "
            "'username,password' (found: " + ", ".join(reader.fieldnames or ["nothing"]) + ")"
        )
    password_column = columns.get("password")
    entries: dict[str, RosterEntry] = {}
    problems = []
    for number, row in enumerate(reader, start=2):
        raw = (row.get(name_column) or "").strip()
        if not raw and not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # a blank line
        name = raw.lower()
        problem = "has no username" if not name else name_problem(name, prefix)
        if not problem and name in entries:
            problem = "appears twice"
        if problem:
            problems.append(f"row {number}: {raw!r} {problem}")
            continue
        password = (row.get(password_column) or "").strip() if password_column else ""
        entries[name] = RosterEntry(name, password)
    if problems:
        raise WorkshopError(
            f"{len(problems)} row(s) of {path} cannot be used; fix them and start again:\n  "
            + "\n  ".join(problems)
        )
    if not entries:
        raise WorkshopError(f"{path} names no learner")
    return list(entries.values())

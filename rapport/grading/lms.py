"""Grades into the LMS: the gradebook import file of Canvas or Moodle, matched on a roster.

Canvas (format followed: Canvas's own gradebook exporter and importer,
``lib/gradebook_exporter.rb`` and ``lib/gradebook_importer.rb`` in instructure/canvas-lms): the
first row names ``Student, ID, SIS User ID, SIS Login ID, Section`` and then one column per
assignment titled ``Name (assignment id)``; a second row starting ``Points Possible`` gives the
maximum. Canvas matches a row on ``ID`` (the Canvas user id), then the SIS ids, then the name;
a blank score changes nothing. The roster is the Gradebook's own export (Grades > Export).

Moodle (format followed: ``grade/import/csv`` in moodle/moodle, "Import > CSV file"): one row
per learner, identified by a column the instructor maps to *Email address* or *ID number*; a
row whose learner Moodle cannot find stops the whole import, so only roster learners are
written. The roster is the assignment's grading worksheet (View all submissions > Download
grading worksheet), whose ``Identifier`` column (``Participant 102``) carries the same
participant id as the download's folder names (``Full Name_102_assignsubmission_file_``).

Every roster learner and every submission is accounted for in ``lms-check.csv``: matched,
no submission, not in the roster, or two submissions for one learner. Nothing is dropped.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from rapport.fileio import spreadsheet_safe, write_atomic
from rapport.grading.errors import GradingSetupError
from rapport.grading.grade import GradeResult

LMS_NAMES = ("canvas", "moodle")
PARTICIPANT = re.compile(r"(\d+)\s*$")


@dataclass(frozen=True)
class RosterEntry:
    """One learner as the LMS lists them."""

    name: str
    lms_id: str  # Canvas user id, or Moodle participant id
    keys: tuple[str, ...]  # other ids a learner id may equal: SIS ids, login, email, ID number
    row: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    late: bool = False


@dataclass
class Reconciliation:
    """Who matched whom, and everything that did not."""

    matched: dict[RosterEntry, GradeResult] = field(default_factory=dict)
    no_submission: list[RosterEntry] = field(default_factory=list)
    not_in_roster: list[GradeResult] = field(default_factory=list)
    duplicates: list[tuple[RosterEntry, GradeResult]] = field(default_factory=list)
    choices: list[GradeResult] = field(default_factory=list)

    def problems(self) -> list[str]:
        """One line per mismatch or choice between files (what ``--strict`` refuses)."""
        lines = [f"in the roster, no submission: {e.name} ({e.lms_id})" for e in self.no_submission]
        lines += [f"submission not in the roster: {r.learner}" for r in self.not_in_roster]
        lines += [
            f"two submissions for {e.name} ({e.lms_id}); also {r.learner}"
            for e, r in self.duplicates
        ]
        lines += [f"chose between files for {r.learner}: {r.flags[0]}" for r in self.choices]
        return lines


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GradingSetupError(f"cannot read the roster {path}: {exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    rows = [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    return [h.strip() for h in reader.fieldnames or []], rows


def read_roster(path: Path, lms: str) -> tuple[list[RosterEntry], list[str]]:
    """Read a roster exported from the LMS; return its learners and its column names.

    Raises
    ------
    GradingSetupError
        If the file is not the export this LMS gives (the message says which one to download).
    """
    headers, rows = _rows(path)
    entries = []
    if lms == "canvas":
        if not (headers[:2] == ["Student", "ID"] and "Section" in headers):
            raise GradingSetupError(
                f"{path} is not a Canvas gradebook export (its first columns should be Student, "
                "ID, ..., Section). In Canvas open Grades, then Export, and pass that file."
            )
        for row in rows:
            if "Points Possible" in row.get("Student", "") or not row.get("ID"):
                continue
            keys = (row.get("SIS User ID", ""), row.get("SIS Login ID", ""))
            entries.append(RosterEntry(row["Student"], row["ID"], keys, row))
    elif lms == "moodle":
        if "Identifier" not in headers:
            raise GradingSetupError(
                f"{path} is not a Moodle grading worksheet (it has no Identifier column). In the "
                "assignment open View all submissions, then Download grading worksheet."
            )
        for row in rows:
            number = PARTICIPANT.search(row.get("Identifier", ""))
            if not number:
                continue
            keys = (row.get("Email address", ""), row.get("ID number", ""))
            late = "late" in row.get("Status", "").casefold()
            entries.append(RosterEntry(row.get("Full name", ""), number[1], keys, row, late))
    else:
        raise GradingSetupError(f"--lms must be one of {', '.join(LMS_NAMES)}, not {lms}.")
    return entries, headers


def reconcile(entries: list[RosterEntry], results: list[GradeResult]) -> Reconciliation:
    """Match results to roster learners: on the LMS id, else the learner id on another id."""
    by_id = {e.lms_id: e for e in entries}
    by_key = {k.casefold(): e for e in entries for k in (*e.keys, e.name) if k}
    found = Reconciliation()
    for result in results:
        entry = by_id.get(result.lms_id) if result.lms_id else None
        entry = entry or by_key.get(result.learner.casefold())
        if entry is None:
            found.not_in_roster.append(result)
        elif entry in found.matched:
            found.duplicates.append((entry, result))
        else:
            found.matched[entry] = result
        if result.chosen_from > 1:
            found.choices.append(result)
    found.no_submission = [e for e in entries if e not in found.matched]
    return found


def _canvas_column(headers: list[str], assignment: str, column: str) -> str:
    if column:
        return column
    for header in headers:
        title = re.sub(r"\s*\(\d+\)\s*$", "", header)
        if title.casefold() == assignment.casefold() or assignment.casefold() in header.casefold():
            return header
    return assignment  # Canvas makes a new assignment of this name on import


def canvas_csv(
    entries: list[RosterEntry], found: Reconciliation, column: str, max_score: float
) -> str:
    """Return the Canvas import file: every roster learner, blank where nothing was handed in."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column])
    writer.writerow(["    Points Possible", "", "", "", "", f"{max_score:g}"])
    for entry in entries:
        result = found.matched.get(entry)
        writer.writerow(
            [
                spreadsheet_safe(entry.name),
                entry.lms_id,
                spreadsheet_safe(entry.row.get("SIS User ID", "")),
                spreadsheet_safe(entry.row.get("SIS Login ID", "")),
                spreadsheet_safe(entry.row.get("Section", "")),
                f"{result.score:g}" if result else "",
            ]
        )
    return buffer.getvalue()


def moodle_csv(entries: list[RosterEntry], found: Reconciliation, column: str, match: str) -> str:
    """Return the Moodle grade import file: one row per roster learner with a result."""
    key = "ID number" if match == "idnumber" else "Email address"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([key, "Full name", column, "Feedback"])
    for entry in entries:
        result = found.matched.get(entry)
        ident = entry.row.get(key, "")
        if result is None or not ident:
            continue
        note = result.reason if result.status == "rejected" else f"{result.status}"
        writer.writerow(
            [
                spreadsheet_safe(ident),
                spreadsheet_safe(entry.name),
                f"{result.score:g}",
                spreadsheet_safe(f"{result.score:g} of {result.max_score:g}; {note}"),
            ]
        )
    return buffer.getvalue()


def check_csv(entries: list[RosterEntry], found: Reconciliation) -> str:
    """Every roster learner and every submission, with what happened to each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["roster name", "lms id", "learner", "score", "status", "late", "note"])
    rows: list[tuple[RosterEntry | None, GradeResult | None]]
    rows = [(e, found.matched.get(e)) for e in entries]
    rows += [(None, r) for r in found.not_in_roster] + [(e, r) for e, r in found.duplicates]
    duplicate = {id(r) for _, r in found.duplicates}
    for entry, result in rows:
        if result is None:
            status = "no submission"
        elif entry is None:
            status = "not in the roster"
        elif id(result) in duplicate:
            status = "second submission for this learner"
        else:
            status = result.status
        late = (entry is not None and entry.late) or (result is not None and result.late)
        writer.writerow(
            [
                spreadsheet_safe(entry.name if entry else ""),
                entry.lms_id if entry else (result.lms_id if result else ""),
                spreadsheet_safe(result.learner if result else ""),
                f"{result.score:g}" if result else "",
                status,
                "yes" if late else "",
                spreadsheet_safe("; ".join(result.flags[:1]) if result else ""),
            ]
        )
    return buffer.getvalue()


def feedback_zip(results: list[GradeResult], pages: dict[str, str], lms: str, name: str) -> bytes:
    """One zip of feedback pages named as the LMS download named each learner's files.

    Moodle's "Upload multiple feedback files in a zip" matches a file to a learner by that
    prefix (``Full Name_102_assignsubmission_file_``); for Canvas the prefix carries the user id.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for result in results:
            if result.learner not in pages:
                continue
            prefix = result.lms_name or f"{result.learner}_"
            if lms == "moodle" and result.lms_name:
                prefix = f"{result.lms_name}"
            bundle.writestr(f"{prefix}feedback-{name}.html", pages[result.learner])
    return buffer.getvalue()


@dataclass
class LmsExport:
    """What :func:`export` wrote and found."""

    files: list[Path]
    found: Reconciliation


def export(
    lms: str,
    roster: Path,
    results: list[GradeResult],
    out: Path,
    assignment: str,
    max_score: float,
    pages: dict[str, str],
    column: str = "",
    match: str = "email",
    strict: bool = False,
) -> LmsExport:
    """Write the LMS import file, the check file and the feedback zip into ``out/lms``.

    Raises
    ------
    GradingSetupError
        With ``strict``, if any learner is unmatched or any file was chosen among several
        (nothing is written then).
    """
    entries, headers = read_roster(roster, lms)
    found = reconcile(entries, results)
    if strict and found.problems():
        listed = "\n  ".join(found.problems())
        raise GradingSetupError(
            f"--strict: {len(found.problems())} things need a decision before grades go to "
            f"{lms}; nothing was written for it:\n  {listed}"
        )
    folder = out / "lms"
    if lms == "canvas":
        text = canvas_csv(entries, found, _canvas_column(headers, assignment, column), max_score)
    else:
        text = moodle_csv(entries, found, column or assignment, match)
    files = [folder / f"{lms}-import.csv", folder / "lms-check.csv", folder / f"{lms}-feedback.zip"]
    write_atomic(files[0], text)
    write_atomic(files[1], check_csv(entries, found))
    write_atomic(files[2], feedback_zip(results, pages, lms, assignment))
    return LmsExport(files, found)

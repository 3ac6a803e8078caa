"""Sample submissions of exercise 01 for trying the grader: good, partial, wrong and broken ones.

One learner hands in a Python script instead of the notebook, to show a rejected submission.

All learners are fictional. ``python -m rapport.grading.samples OUT`` writes them as an nbgrader
``submitted/`` tree (``OUT/<learner>/01-first-look/01-first-look.ipynb``); the copies in
``samples/submitted`` are made this way, and a test checks they have not drifted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from rapport.fileio import write_atomic
from rapport.grading.template import SOLUTION_MARKERS, answer_sources, nbgrader_meta

ASSIGNMENT = "01-first-look"

GOOD_Q2 = '''def share_at_company(contacts: pd.DataFrame, company: str) -> float:
    """Return the share of rows of ``contacts`` whose company matches ``company``."""
    wanted = company.strip().casefold()
    if not wanted or len(contacts) == 0:
        return 0.0
    names = contacts["company"].fillna("").str.strip().str.casefold()
    return float((names == wanted).mean())
'''
PARTIAL_Q2 = '''def share_at_company(contacts: pd.DataFrame, company: str) -> float:
    """Return the share of rows of ``contacts`` whose company matches ``company``."""
    # compare the company column with the name I was given
    if len(contacts) == 0:
        return 0.0
    same = contacts["company"] == company
    return float(same.sum() / len(contacts))
'''
COPIED_Q2 = '''def share_at_company(contacts: pd.DataFrame, company: str) -> float:
    """Return the share of rows of ``contacts`` whose company matches ``company``."""
    # compare the company column with the name I was given!
    if len(contacts) == 0:
        return 0.0
    same = contacts["company"] == company
    return float(same.sum() / len(contacts))
'''
PARTIAL_Q3 = '''def added_per_year(contacts: pd.DataFrame) -> pd.Series:
    """Return connections added per year, quiet years included as zero."""
    return contacts["connected_on"].dt.year.value_counts().sort_index()
'''
WRONG_Q1 = '''def count_connections(contacts: pd.DataFrame) -> int:
    """Return how many rows of ``contacts`` have a non-blank name."""
    return len(contacts)
'''
LOOPING_Q3 = '''def added_per_year(contacts: pd.DataFrame) -> pd.Series:
    """Return connections added per year, quiet years included as zero."""
    year = 2000
    while year > 0:  # never ends: year only grows
        year += 1
'''
CRASHING_Q2 = '''import os


def share_at_company(contacts: pd.DataFrame, company: str) -> float:
    """Return the share of rows of ``contacts`` whose company matches ``company``."""
    os._exit(1)  # stops the whole Python process, not just this function
'''


def solution_answers(solutions: Path) -> dict[str, str]:
    """Return the instructor's answers (markers removed) by grade id."""
    nb = nbformat.read(solutions / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    return answer_sources(nb, SOLUTION_MARKERS)


def fill(release: NotebookNode, answers: dict[str, str]) -> NotebookNode:
    """Return a copy of the released notebook with some answer cells filled in."""
    nb = nbformat.from_dict(release)
    nb = nbformat.reads(nbformat.writes(nb), as_version=4)
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb


def sample_submissions(course: Path) -> dict[str, tuple[str, str]]:
    """Build the sample set from the course's notebooks: learner id -> (file name, contents)."""
    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    good = solution_answers(course / "solutions")
    good["q2-answer"] = GOOD_Q2
    partial = {**good, "q2-answer": PARTIAL_Q2, "q3-answer": PARTIAL_Q3}
    notebooks = {
        "amara.okafor": fill(release, good),
        "bruno.silva": fill(release, partial),
        "chen.wei": fill(release, {**partial, "q2-answer": COPIED_Q2, "q1-answer": WRONG_Q1}),
        "dana.levi": fill(release, {}),
        "emil.berg": fill(release, {**good, "q3-answer": LOOPING_Q3}),
        "farah.haddad": fill(release, {**good, "q2-answer": CRASHING_Q2}),
        "zoë.núñez": fill(release, good),
    }
    tampered = fill(release, {"q1-answer": WRONG_Q1})
    for cell in tampered.cells:
        if nbgrader_meta(cell).get("grade_id") == "q1-check":
            cell.source = "# checks removed\npass"
    notebooks["gus.morgan"] = tampered
    scratch = notebooks["zoë.núñez"]
    trying = nbformat.v4.new_code_cell("# trying things out\nlen(contacts)")
    trying.id = "scratch-1"  # a fixed id, so the samples are the same on every run
    scratch.cells.insert(5, trying)
    files = {
        name: (f"{ASSIGNMENT}.ipynb", nbformat.writes(nb) + "\n") for name, nb in notebooks.items()
    }
    # A common mistake: handing in File > Download as Python instead of the notebook.
    script = "\n\n".join(good[key] for key in ("q1-answer", "q2-answer", "q3-answer"))
    files["hana.ito"] = (f"{ASSIGNMENT}.py", f"# coding: utf-8\n\n{script}")
    return dict(sorted(files.items()))


def write_samples(course: Path, out: Path) -> list[Path]:
    """Write the sample set as an nbgrader ``submitted/`` tree under ``out``."""
    paths = []
    for learner, (name, text) in sample_submissions(course).items():
        path = out / learner / ASSIGNMENT / name
        write_atomic(path, text)
        paths.append(path)
    return paths


def demo_course(kit: Path, folder: Path) -> Path:
    """Make (or refresh) a demo course folder for grading the sample class.

    The kit's ``solutions/``, ``exercises/`` and ``nbgrader_config.py`` are copied in; its own
    gradebook, ``autograded/`` and ``graded/`` stay there, so the invented learners never reach
    the course's real gradebook.
    """
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for name in ("solutions", "exercises"):
        shutil.rmtree(folder / name, ignore_errors=True)
        shutil.copytree(kit / name, folder / name)
    shutil.copy(kit / "nbgrader_config.py", folder / "nbgrader_config.py")
    return folder


def main() -> None:
    """Write the samples (``python -m rapport.grading.samples OUT [--course DIR]``).

    With ``--demo-course DIR`` instead, make the demo course ``make grade`` grades them in.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="")
    parser.add_argument("--course", default=".")
    parser.add_argument("--demo-course", default="", help="make a demo course folder here")
    args = parser.parse_args()
    if args.demo_course:
        print(f"demo course: {demo_course(Path(args.course), Path(args.demo_course))}")
        return
    if not args.out:
        parser.error("give OUT (where to write the samples) or --demo-course DIR")
    for path in write_samples(Path(args.course), Path(args.out)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()


def synthetic_class(course: Path, n: int, lms: str, out: Path) -> tuple[Path, Path]:
    """Write an LMS download of ``n`` invented learners and the LMS's roster, for scale tests.

    The class mixes right, partial and blank answers, scripts handed in instead of the notebook
    (rejected), learners who handed in a blank notebook beside their work, pairs of learners with
    the same name, late submissions, a learner in the roster who handed in nothing and a
    submission from someone not in the roster.

    Returns
    -------
    (zip, roster)
        The download (``canvas`` or ``moodle`` naming) and the roster file beside it.
    """
    import csv
    import io
    import zipfile

    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    good = solution_answers(course / "solutions")
    kinds = [
        good,
        {**good, "q2-answer": PARTIAL_Q2, "q3-answer": PARTIAL_Q3},
        {},
        {**good, "q1-answer": WRONG_Q1},
    ]
    out.mkdir(parents=True, exist_ok=True)
    archive, roster = out / f"{lms}-download.zip", out / f"{lms}-roster.csv"
    rows = []
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for i in range(n + 1):
            user = str(1000 + i)
            name = f"Learner {i // 2:03d}"  # every name is shared by two learners
            text = nbformat.writes(fill(release, kinds[i % len(kinds)]))
            if lms == "canvas":
                late = "LATE_" if i % 7 == 0 else ""
                prefix = f"learner{i // 2:03d}_{late}{user}_{5000 + i}_"
            else:
                prefix = f"{name}_{user}_assignsubmission_file_/"
            if i % 11 == 5:
                bundle.writestr(f"{prefix}{ASSIGNMENT}.py", "print('not a notebook')\n")
            else:
                bundle.writestr(f"{prefix}{ASSIGNMENT}.ipynb", text)
            if i % 13 == 3:  # a blank copy beside the work
                bundle.writestr(
                    f"{prefix}{ASSIGNMENT}-Copy1.ipynb", nbformat.writes(fill(release, {}))
                )
            if i < n:  # the last one is not in the roster
                rows.append((name, user, i))
        rows.append(("Absent Learner", str(1000 + n + 1), -1))  # in the roster, no submission
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if lms == "canvas":
        writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT])
        writer.writerow(["    Points Possible", "", "", "", "", "5"])
        for name, user, _ in rows:
            writer.writerow([name, user, f"S{user}", f"login{user}", "A", ""])
    else:
        writer.writerow(["Identifier", "Full name", "Email address", "Status", "Grade"])
        for name, user, i in rows:
            late = " - Assignment was submitted 1 hour late" if i % 7 == 0 else ""
            email = f"learner{user}@example.org"
            writer.writerow([f"Participant {user}", name, email, f"Submitted{late}", ""])
    write_atomic(roster, buffer.getvalue())
    return archive, roster

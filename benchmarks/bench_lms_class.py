"""A synthetic class of 300 learners through `rapport grade --lms`: everyone accounted for.

Builds a Canvas download and a Moodle download of N invented learners (default 300: right,
partial, blank and wrong answers, scripts handed in instead of notebooks, blank copies beside
the work, same-name pairs, late submissions, one learner absent, one not in the roster), grades
each with `--lms` and the roster, then has five learners hand in again and grades with
`--resume`. Prints the time, the statuses, whether every roster learner and every submission
appears in the LMS check file, and the profile of the run (seconds per step, per submission).

For the ratio, ``nbgrader autograde`` grades a sample of the bundled sample submissions (the
same mix as ``bench_grading.py``; it cannot read an LMS download) and its seconds per
submission are set against the class's. Usage:
``python benchmarks/bench_lms_class.py [N] [--sample K]`` (K: nbgrader's sample, default 30).
"""

import csv
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import nbformat
from bench_grading import course as sample_course
from bench_grading import nbgrader

from rapport.grading.runner import RunOptions, grade_run
from rapport.grading.samples import fill, solution_answers, synthetic_class

REPO = Path(__file__).resolve().parents[1]
ASSIGNMENT = "01-first-look"


def resubmit(course: Path, archive: Path, count: int) -> None:
    """Add a newer, right notebook for the first ``count`` learners of the download."""
    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    better = nbformat.writes(fill(release, solution_answers(course / "solutions")))
    with zipfile.ZipFile(archive, "a") as bundle:
        names = [m for m in bundle.namelist() if m.endswith(f"{ASSIGNMENT}.ipynb")][:count]
        for name in names:
            bundle.writestr(name.replace(".ipynb", "-Copy2.ipynb"), better)


def run(lms: str, n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        for folder in ("solutions", "exercises"):
            shutil.copytree(REPO / folder, course / folder)
        shutil.copy(REPO / "nbgrader_config.py", course)
        archive, roster = synthetic_class(course, n, lms, Path(tmp) / "lms")
        options = RunOptions(progress=False, lms=lms, roster=roster)
        began = time.perf_counter()
        first = grade_run(course, ASSIGNMENT, archive, options)
        seconds = time.perf_counter() - began
        resubmit(course, archive, 5)
        options.resume = True
        began = time.perf_counter()
        again = grade_run(course, ASSIGNMENT, archive, options)
        resumed = time.perf_counter() - began
        with open(again.lms.files[1], encoding="utf-8") as handle:
            check = list(csv.DictReader(handle))
        with open(roster, encoding="utf-8") as handle:
            roster_rows = sum(1 for _ in handle) - (2 if lms == "canvas" else 1)
    found = again.lms.found
    statuses: dict[str, int] = {}
    for row in check:
        statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    print(
        f"{lms}: {first.total} submissions graded in {seconds:.0f} s "
        f"({seconds / max(first.total, 1):.2f} s each), statuses {first.statuses}"
    )
    print(
        f"  resume after 5 resubmissions: graded {again.graded}, "
        f"kept {again.skipped}, {resumed:.0f} s"
    )
    print(f"  lms-check.csv: {len(check)} rows for {roster_rows} roster learners: {statuses}")
    accounted = len(check) == roster_rows + len(found.not_in_roster) + len(found.duplicates)
    print(f"  every roster learner and every submission accounted for: {accounted}")
    print("  profile (seconds per submission; steps overlap across workers):")
    for step, spent in sorted(first.timings.items(), key=lambda item: -item[1]):
        print(f"    {step:28} {spent / max(first.total, 1):6.3f}")
    return seconds / max(first.total, 1)


def main() -> None:
    n = int(next((a for a in sys.argv[1:] if a.isdigit()), 300))
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 30
    load = os.getloadavg()
    per_submission = {lms: run(lms, n) for lms in ("canvas", "moodle")}
    with tempfile.TemporaryDirectory() as tmp:
        theirs = sample_course(Path(tmp) / "nbgrader", sample)
        nbgrader("generate_assignment", ASSIGNMENT, "--force", cwd=theirs)
        wall, _ = nbgrader("autograde", ASSIGNMENT, "--force", cwd=theirs)
    theirs_each = wall / sample
    print(f"nbgrader autograde: {theirs_each:.2f} s per submission ({sample} sample submissions)")
    for lms, ours in per_submission.items():
        print(f"  ratio for the {lms} class: {theirs_each / ours:.1f}x")
    end = os.getloadavg()
    print(f"load average (1 min) before {load[0]:.1f}, after {end[0]:.1f}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()

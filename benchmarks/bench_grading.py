"""Batch grading throughput: rapport grade against nbgrader autograde and a bare papermill run.

One run, side by side, on N submissions of exercise 01 (default 100; mixed correct, partial,
wrong, blank and tampered, copied from the bundled samples):

* ``nbgrader autograde`` on all of them (its own sequential pipeline, into its own gradebook);
* ``rapport grade`` with warm forked kernels (the default) and with cold kernels (``spawn``);
* a bare ``papermill`` execution of a correct submission, one at a time: the floor a grader
  that starts a kernel per notebook cannot beat.

Prints wall time per submission, the throughput ratio to nbgrader, and whether every score is
identical to nbgrader's. Usage: ``python benchmarks/bench_grading.py [N]``.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbgrader.api import Gradebook

from rapport.grading.runner import RunOptions, grade_run
from rapport.grading.store import db_url

REPO = Path(__file__).resolve().parents[1]
ASSIGNMENT = "01-first-look"
KINDS = ("amara.okafor", "bruno.silva", "chen.wei", "dana.levi", "gus.morgan", "zoë.núñez")
PAPERMILL_RUNS = 8


def course(root: Path, n: int) -> Path:
    for folder in ("solutions", "exercises"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "nbgrader_config.py", root)
    for i in range(n):
        source = REPO / "samples" / "submitted" / KINDS[i % len(KINDS)]
        shutil.copytree(source, root / "submitted" / f"learner{i:03d}")
    return root


def nbgrader(*args: str, cwd: Path) -> float:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env, check=True,
                   capture_output=True)  # fmt: skip
    return time.perf_counter() - began


def scores(root: Path, n: int) -> dict[str, float]:
    with Gradebook(db_url(root)) as gradebook:
        return {
            f"learner{i:03d}": gradebook.find_submission(ASSIGNMENT, f"learner{i:03d}").score
            for i in range(n)
        }


def papermill_floor(scratch: Path) -> float:
    import papermill

    source = REPO / "samples" / "submitted" / "amara.okafor" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    times = []
    for run in range(PAPERMILL_RUNS):
        began = time.perf_counter()
        papermill.execute_notebook(
            str(source), str(scratch / f"out{run}.ipynb"), kernel_name="python3",
            progress_bar=False, cwd=str(scratch),
        )  # fmt: skip
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        theirs = course(tmp / "nbgrader", n)
        nbgrader("generate_assignment", ASSIGNMENT, "--force", cwd=theirs)
        nb_seconds = nbgrader("autograde", ASSIGNMENT, "--force", cwd=theirs)
        runs = {}
        for mode in ("fork", "spawn"):
            ours = course(tmp / mode, n)
            options = RunOptions(kernel_mode=mode, progress=False)
            began = time.perf_counter()
            grade_run(ours, ASSIGNMENT, ours / "submitted", options)
            runs[mode] = (time.perf_counter() - began, scores(ours, n))
        floor = papermill_floor(tmp)
        expected = scores(theirs, n)

    print(f"{n} submissions of {ASSIGNMENT}, {cores} cores, workers = cores")
    print(
        f"  nbgrader autograde            {nb_seconds:7.1f} s  {nb_seconds / n:5.2f} s/submission"
    )
    for mode, label in (("fork", "rapport grade (warm forks)"), ("spawn", "rapport grade (cold)")):
        seconds, got = runs[mode]
        same = sum(got[k] == expected[k] for k in expected)
        print(
            f"  {label:29} {seconds:7.1f} s  {seconds / n:5.2f} s/submission  "
            f"{nb_seconds / seconds:4.1f}x nbgrader  identical scores {same}/{n}"
        )
    per_submission = runs["fork"][0] / n * cores  # time each worker spends per submission
    print(f"  bare papermill, one correct notebook (floor): {floor:5.2f} s")
    print(
        f"  rapport grade worker time per submission: {per_submission:5.2f} s "
        f"({per_submission / floor - 1:+.0%} against the papermill floor; target within +25%)"
    )


if __name__ == "__main__":
    main()

"""Batch grading throughput: rapport grade against nbgrader autograde, and where the time goes.

One run, side by side, on N submissions of exercise 01 (default 100; mixed correct, partial,
wrong, blank and tampered, copied from the bundled samples):

* ``nbgrader autograde`` on all of them (its own sequential pipeline, into its own gradebook);
* ``rapport grade`` as an instructor runs it (isolation ``auto``: sandboxed kernels, a grading
  user, control groups, the tamper guard) and with ``--isolation off``, to show what isolation
  costs;
* optionally (``--cold``) ``rapport grade`` with a cold kernel per submission.

For each it prints wall time and CPU time per submission (CPU of every process involved:
grader, workers, kernels), the ratios to nbgrader and whether every score is identical to
nbgrader's; then the profile of a rapport submission: seconds per step (read and rebuild,
kernel start, execution, guard probes, kernel stop, scoring, gradebook write, files; and,
once per run, nbgrader's gradebook setup done in a thread beside the grading, and how long the
run waited for it).

The machine may be shared: the load average is printed with the figures. On a loaded machine
wall-time ratios shrink (each tool gets a share of the cores); the CPU ratio does not, and
``projected idle ratio`` turns it into what an idle machine with this many cores would show
(nbgrader uses one core, rapport all of them). Usage:
``python benchmarks/bench_grading.py [N] [--cold]``.
"""

import os
import resource
import shutil
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


def course(root: Path, n: int) -> Path:
    for folder in ("solutions", "exercises"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "nbgrader_config.py", root)
    for i in range(n):
        source = REPO / "samples" / "submitted" / KINDS[i % len(KINDS)]
        shutil.copytree(source, root / "submitted" / f"learner{i:03d}")
    return root


def cpu() -> float:
    """CPU seconds of this process and of every child it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def nbgrader(*args: str, cwd: Path) -> tuple[float, float]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    began, used = time.perf_counter(), cpu()
    subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env, check=True,
                   capture_output=True)  # fmt: skip
    return time.perf_counter() - began, cpu() - used


def scores(root: Path, n: int) -> dict[str, float]:
    with Gradebook(db_url(root)) as gradebook:
        return {
            f"learner{i:03d}": gradebook.find_submission(ASSIGNMENT, f"learner{i:03d}").score
            for i in range(n)
        }


def rapport(root: Path, n: int, **options) -> dict:
    ours = course(root, n)
    began, used = time.perf_counter(), cpu()
    summary = grade_run(ours, ASSIGNMENT, ours / "submitted", RunOptions(progress=False, **options))
    return {
        "wall": time.perf_counter() - began,
        "cpu": cpu() - used,
        "scores": scores(ours, n),
        "timings": summary.timings,
        "isolation": summary.isolation,
    }


def main() -> None:
    n = int(next((a for a in sys.argv[1:] if a.isdigit()), 100))
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        theirs = course(tmp / "nbgrader", n)
        nbgrader("generate_assignment", ASSIGNMENT, "--force", cwd=theirs)
        nb_wall, nb_cpu = nbgrader("autograde", ASSIGNMENT, "--force", cwd=theirs)
        expected = scores(theirs, n)
        runs["rapport grade (isolated)"] = rapport(tmp / "auto", n)
        runs["rapport grade --isolation off"] = rapport(tmp / "off", n, isolation="off")
        if "--cold" in sys.argv:
            runs["rapport grade (cold kernels)"] = rapport(tmp / "cold", n, kernel_mode="spawn")
    load_after = os.getloadavg()

    print(f"{n} submissions of {ASSIGNMENT}, {cores} cores, workers = cores")
    print(
        f"load average (1, 5, 15 min): before {load_before[0]:.1f} {load_before[1]:.1f} "
        f"{load_before[2]:.1f}, after {load_after[0]:.1f} {load_after[1]:.1f} {load_after[2]:.1f}"
    )
    print(f"  {'':34} {'wall s/sub':>10} {'CPU s/sub':>10} {'wall ratio':>10} {'CPU ratio':>10}")
    print(f"  {'nbgrader autograde':34} {nb_wall / n:10.2f} {nb_cpu / n:10.2f}")
    for label, run in runs.items():
        same = sum(run["scores"][k] == expected[k] for k in expected)
        print(
            f"  {label:34} {run['wall'] / n:10.2f} {run['cpu'] / n:10.2f} "
            f"{nb_wall / run['wall']:9.1f}x {nb_cpu / run['cpu']:9.1f}x  "
            f"identical scores {same}/{n}"
        )
    main_run = runs["rapport grade (isolated)"]
    projected = cores * nb_cpu / main_run["cpu"]
    print(
        f"  projected idle ratio (isolated, {cores} cores): {projected:.1f}x "
        "(nbgrader's CPU time on one core against rapport's spread over all cores)"
    )
    print(f"  isolation: {main_run['isolation']}")
    print("profile of one submission, isolated (seconds, mean over all; steps overlap workers):")
    for step, seconds in sorted(main_run["timings"].items(), key=lambda item: -item[1]):
        print(f"  {step:28} {seconds / n:6.3f}")


if __name__ == "__main__":
    main()

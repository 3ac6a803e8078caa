"""Stopping the grader: Ctrl-C, ``kill -9``, and a submission that kills the grader itself.

These drive the real command (``python -m rapport.cli grade``) in a process of its own, stop it
the way an instructor or a hostile notebook would, and look at what is left on the machine.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rapport.grading import samples
from rapport.grading.sandbox import processes_of, user_prefix

from .test_grading_run import ASSIGNMENT, make_course, read_csv, write

pytestmark = pytest.mark.nbgrader

#: Walks up its own ancestors and kills the grader (possible only when kernels run as the
#: grader's own user, in its process tree: ``--isolation off``).
KILL_THE_GRADER = """import os
pid = os.getpid()
while pid > 1:
    with open(f"/proc/{pid}/stat") as handle:
        parent = int(handle.read().rsplit(")", 1)[1].split()[1])
    with open(f"/proc/{parent}/cmdline", "rb") as handle:
        command = handle.read()
    if b"rapport.cli" in command and b"grade" in command:
        os.kill(parent, 9)
        break
    pid = parent
"""


def _course(root: Path, hostile: dict[str, str], good_ones: int = 3) -> Path:
    import nbformat

    course = make_course(root / "course")
    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    good = samples.solution_answers(course / "solutions")
    for index in range(good_ones):
        write(course / "submitted", f"good-{index}", samples.fill(release, good))
    for name, code in hostile.items():
        answers = {**good, "q1-answer": f"{code}\n\n{good['q1-answer']}"}
        write(course / "submitted", name, samples.fill(release, answers))
    return course


def _grade(course: Path, *extra: str, wait: bool = True):
    """Start ``rapport grade`` on the course (its own session and temporary folder)."""
    tmp = course.parent / "tmp"
    tmp.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "rapport.cli", "grade", ASSIGNMENT, "submitted",
               "--course", str(course), "--quiet", "--timeout-cell", "60", *extra]  # fmt: skip
    env = {**os.environ, "TMPDIR": str(tmp)}
    process = subprocess.Popen(
        command, cwd=course, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )  # fmt: skip
    if wait:
        out, err = process.communicate(timeout=900)
        return process.returncode, out, err
    return process


def _left_behind(course: Path) -> list[str]:
    """Processes of this run still alive: by folder, command line, open file, or grading user."""
    marks = (str(course), str(course.parent / "tmp"))
    prefix = user_prefix()
    uids = {e.pw_uid for e in pwd.getpwall() if e.pw_name.startswith(f"{prefix}-")}
    found = {pid for uid in uids for pid in processes_of(uid)}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = [os.readlink(f"/proc/{entry.name}/cwd")]
            links += [os.readlink(f) for f in Path(f"/proc/{entry.name}/fd").iterdir()]
            command = Path(f"/proc/{entry.name}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if any(m in link for m in marks for link in [*links, command]):
            found.add(int(entry.name))
    described = []
    for pid in sorted(found):
        try:
            described.append(
                Path(f"/proc/{pid}/cmdline").read_bytes()[:120].decode(errors="replace")
            )
        except OSError:
            continue
    return described


def _wait_for_graded(course: Path, process, count: int = 1) -> None:
    """Wait until ``count`` graded notebooks are written (one is written as each is recorded)."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None:
        if len(list((course / "autograded").glob(f"*/{ASSIGNMENT}/*.ipynb"))) >= count:
            return
        time.sleep(0.2)
    raise AssertionError(f"no graded notebook appeared; {process.poll()=}")


def _settled(course: Path, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while (left := _left_behind(course)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def test_a_submission_that_kills_the_grader_is_set_aside_on_resume(tmp_path):
    course = _course(tmp_path, {"killer": KILL_THE_GRADER})
    stops = []
    for _ in range(4):
        code, out, err = _grade(course, "--isolation", "off", "--workers", "2", "--resume")
        stops.append(code)
        assert _settled(course) == []  # a killed grader takes its workers and kernels along
        if code == 0:
            break
    assert stops[:2] == [-9, -9], (stops, err[-2000:])
    assert stops[2] == 0, err[-2000:]
    assert "set aside" in out
    assert "killer" in out
    rows = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    assert rows["killer"]["status"] == "rejected"
    assert "grade it by hand" in rows["killer"]["reason"]
    assert {rows[f"good-{i}"]["total"] for i in range(3)} == {"5"}


def test_killing_the_grader_with_sigkill_leaves_no_worker_or_kernel(tmp_path):
    course = _course(tmp_path, {"slow": "import time\ntime.sleep(120)"}, good_ones=4)
    process = _grade(course, "--workers", "2", wait=False)
    _wait_for_graded(course, process)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert _settled(course) == []


def test_ctrl_c_stops_cleanly_keeps_what_was_graded_and_says_how_to_resume(tmp_path):
    course = _course(tmp_path, {"slow": "import time\ntime.sleep(120)"}, good_ones=4)
    process = _grade(course, "--workers", "2", wait=False)
    _wait_for_graded(course, process)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err
    assert "--resume" in err
    assert _settled(course) == []
    code, out, err = _grade(course, "--workers", "2", "--resume", "--timeout-cell", "5")
    assert code == 0, err[-2000:]
    rows = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    assert set(rows) == {"good-0", "good-1", "good-2", "good-3", "slow"}
    assert "kept" in out
    assert "already recorded" in out
    shutil.rmtree(course, ignore_errors=True)


def test_a_ctrl_c_whose_keyboardinterrupt_is_lost_still_stops_the_run():
    # Python drops a KeyboardInterrupt raised inside a garbage-collector callback; the latch
    # keeps the stop anyway, and the pool checks it every second.
    from rapport.grading.pool import STOP, ctrl_c_latch

    before = signal.getsignal(signal.SIGINT)
    with ctrl_c_latch():
        assert not STOP.is_set()
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except KeyboardInterrupt:
            pass  # lost, as it is when it lands in a weakref callback
        assert STOP.is_set()
    assert signal.getsignal(signal.SIGINT) is before


def _descendants(roots: set[int]) -> set[int]:
    """Pids of every living process below ``roots`` (workers, bubblewrap, kernel factories)."""
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, grew = set(roots), True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in found} - found
        found |= below
        grew = bool(below)
    return found - roots


def test_a_pool_closed_while_its_workers_warm_up_leaves_nothing_behind():
    # A run starts its workers before the gradebook opens; if it stops there (Ctrl-C, a bad
    # gradebook), close() must not wait for the warm-up, and nothing may outlive it.
    from rapport.grading import cgroups
    from rapport.grading.pool import WorkerPool

    pool = WorkerPool(2, ("pandas",), "auto", 512)
    pool.start(2)
    workers = {slot.process.pid for slot in pool.slots}
    assert len(workers) == 2
    deadline = time.monotonic() + 90  # spawning and importing is slow on a loaded machine
    while not _descendants(workers) and time.monotonic() < deadline:
        if any(slot.conn.poll() or not slot.process.is_alive() for slot in pool.slots):
            break  # a worker spoke or died before its sandbox showed: say what it said
        time.sleep(0.02)  # until a worker has started its sandbox
    below = _descendants(workers)
    said = [slot.conn.recv() if slot.conn.poll() else slot.process.exitcode for slot in pool.slots]
    assert below, f"no worker started its kernel factory; the workers said {said}"
    assert not any(slot.ready for slot in pool.slots)  # the pool has not heard from them yet
    began = time.monotonic()
    pool.close()
    assert time.monotonic() - began < 5
    assert pool.slots == []
    deadline = time.monotonic() + 10
    while (alive := [p for p in below | workers if Path(f"/proc/{p}").exists()]) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.05)
    assert alive == []
    _, bases = cgroups._bases()
    groups = [
        p.name
        for base in set(bases.values())
        for p in base.glob(f"{cgroups.PREFIX}*")
        if p.name.split("-")[2].isdigit() and int(p.name.split("-")[2]) in workers
    ]
    assert groups == []


def test_sqlalchemys_record_of_an_interrupted_close_stays_off_the_terminal():
    # A Ctrl-C can land while SQLAlchemy closes a connection; it logs that with a traceback.
    script = (
        "import logging, rapport.grading.pool\n"
        "try:\n"
        "    raise KeyboardInterrupt\n"
        "except KeyboardInterrupt:\n"
        "    logging.getLogger('sqlalchemy.pool.impl.NullPool').error('closing', exc_info=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr

"""The hostile part of the fault corpus: submissions that attack the batch, cheat, or linger.

One run grades innocent learners between submissions that kill the grader's processes, leave
processes behind, use memory through children, write to other learners' files, and tamper with
the checks. The figures issue 16 asks for are computed, printed in the test summary, and must be:
every case survived, no cheat gained a point, no process left, no innocent learner's grade lost.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from rapport.grading import samples
from rapport.grading.execute import Limits
from rapport.grading.runner import RunOptions, grade_run
from rapport.grading.sandbox import capabilities, processes_of
from rapport.grading.store import db_url

from .test_grading_run import ASSIGNMENT, make_course, read_csv, write

pytestmark = pytest.mark.nbgrader
LIMITS = Limits(cell_timeout=20, total_timeout=180, memory_mb=400)

KILL_PARENT = """import os
try:
    os.kill(os.getppid(), 9)
except OSError:
    pass"""
KILL_GRANDPARENT = """import os
ppid = os.getppid()
with open(f"/proc/{ppid}/stat") as handle:
    grandparent = int(handle.read().rsplit(")", 1)[1].split()[1])
try:
    os.kill(grandparent, 9)
except OSError:
    pass
"""
EXIT = "exit()"
DETACHED_WRITER = """import subprocess, sys
code = '''
import glob, time
while True:
    for path in glob.glob('/tmp/**/grades.csv', recursive=True):
        open(path, 'a').write('cheater,5,5,5\\\\n')
    time.sleep(0.5)
'''
subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
"""
BUSY_CHILD = """import os, subprocess, sys
subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
if os.fork() == 0:  # a daemon: fork, new session, fork again, parent exits
    os.setsid()
    if os.fork() == 0:
        while True:
            pass
    os._exit(0)
"""
MEMORY_CHILDREN = """import subprocess, sys
grab = "b = b'x' * (800 * 1024 * 1024)\\nimport time\\ntime.sleep(60)"
children = [subprocess.Popen([sys.executable, "-c", grab]) for _ in range(3)]
"""
SPAWNER = """import subprocess
started = 0
for _ in range(300):
    try:
        subprocess.Popen(["sleep", "300"], start_new_session=True)
        started += 1
    except OSError:
        break
print("STARTED", started)
"""
#: Looks for notebooks where the processes it can see work, and appends to every one it finds.
VANDAL = """import os
places = set()
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            places.add(os.readlink(f"/proc/{pid}/cwd"))
        except OSError:
            pass
places |= {"/tmp", "/home", "/srv", "/mnt"}
places.discard("/")
seen, visited = [], 0
for top in sorted(places):
    for folder, _, files in os.walk(top):
        visited += 1
        if visited > 20000:
            break
        for name in files:
            if name.endswith(".ipynb"):
                path = os.path.join(folder, name)
                seen.append(path)
                try:
                    with open(path, "a") as handle:
                        handle.write("garbage")
                except OSError:
                    pass
print("SEEN", seen)
"""

#: Cheats in the first answer cell, with answers written to fail; each has an honest twin: the
#: same answers without the cheat (and whatever harmless code the answers need).
WRONG = {
    "q1-answer": "def count_connections(contacts):\n    return 0",
    "q2-answer": "def share_at_company(contacts, company):\n    return 0.5",
    "q3-answer": "def added_per_year(contacts):\n    return None",
}
HELPERS = ("check", "check_equal", "check_close", "check_type", "passed")
NOOP_HELPERS = "\n".join(f"def {name}(*args, **kwargs):\n    pass" for name in HELPERS)
CHEATS = {
    "custom-exc": "get_ipython().set_custom_exc((BaseException,), lambda *a, **k: None)",
    "transformer": "get_ipython().input_transformers_cleanup.append(lambda lines: ['pass\\n'])",
    "noop-helpers": NOOP_HELPERS + "\ndef call(f, *args, **kwargs):\n    return f(*args, **kwargs)",
    "getframe": f"""import sys
def _disarm():
    frame = sys._getframe(1)
    while frame is not None:
        if "check_equal" in frame.f_globals and "tiny" in frame.f_globals:
            for name in {HELPERS!r}:
                frame.f_globals[name] = lambda *a, **k: None
        frame = frame.f_back""",
    "ast-transformer": """import ast
class Gut(ast.NodeTransformer):
    def visit_Call(self, node):
        return ast.Constant(None)
get_ipython().ast_transformers.append(Gut())""",
    "builtins": """import builtins
_isinstance = builtins.isinstance
def isinstance(obj, kinds):
    return True if obj is None else _isinstance(obj, kinds)
builtins.isinstance = isinstance""",
    "code-swap": f"""import rapport.checks as rc
for name in {HELPERS!r}:
    getattr(rc, name).__code__ = (lambda *a, **k: None).__code__""",
    "pre-run-event": f"""def _disarm(*args):
    for name in {HELPERS!r}:
        get_ipython().user_ns[name] = lambda *a, **k: None
get_ipython().events.register("pre_run_cell", _disarm)""",
}
HONEST = {"getframe": "def _disarm():\n    pass"}
CALLS_DISARM = {
    "q1-answer": "def count_connections(contacts):\n    _disarm()\n    return 0",
    "q2-answer": "def share_at_company(contacts, company):\n    _disarm()\n    return 0.5",
    "q3-answer": "def added_per_year(contacts):\n    _disarm()\n    return None",
}


def _output_text(course: Path, learner: str) -> str:
    path = course / "autograded" / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    return "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    caps = capabilities("auto")
    course = make_course(tmp_path_factory.mktemp("hostile"))
    subs = course / "submitted"
    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    good = samples.solution_answers(course / "solutions")
    fill = samples.fill

    def hostile(name: str, code: str, answers: dict | None = None) -> None:
        base = dict(answers if answers is not None else good)
        base["q1-answer"] = f"{code}\n\n{base['q1-answer']}"
        write(subs, name, fill(release, base))

    innocents = ["ab-good", "nn-good", "zz-good", "Łucja Ørsted"]
    for name in innocents:
        write(subs, name, fill(release, good))
    hostile("aa-kill-parent", KILL_PARENT)  # first in the batch
    hostile("mm-kill-parent", KILL_PARENT)  # in the middle
    hostile("kill-grandparent", KILL_GRANDPARENT)
    for copy in range(4):
        write(
            subs,
            f"exit-{copy}",
            fill(release, {**good, "q1-answer": f"{good['q1-answer']}\n{EXIT}"}),
        )
    hostile("detached-writer", DETACHED_WRITER)
    hostile("busy-child", BUSY_CHILD)
    hostile("memory-children", MEMORY_CHILDREN)
    hostile("spawner", SPAWNER)
    hostile("vandal", VANDAL)
    crash = "import os\nos.write(2, b'native library says: out of cheese\\n')\nos._exit(3)"
    write(subs, "native-crash", fill(release, {**good, "q3-answer": crash}))
    for name, code in CHEATS.items():
        answers = CALLS_DISARM if name == "getframe" else WRONG
        hostile(f"cheat-{name}", code, answers)
        hostile(f"honest-{name}", HONEST.get(name, ""), answers)
    before = {name: _digest(subs / name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb") for name in innocents}
    options = RunOptions(workers=2, limits=LIMITS, progress=False)
    began = time.monotonic()
    summary = grade_run(course, ASSIGNMENT, subs, options)
    seconds = time.monotonic() - began
    time.sleep(2)  # anything left behind would have its chance to act now
    rows = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    figures = _figures(rows, innocents)
    figures["line"] = (
        f"hostile corpus ({caps.describe()}): survived {figures['survived']}/"
        f"{figures['tried']}, cheats that gained points {figures['cheats gained']}, "
        f"processes alive after grading {figures['alive']}, grades lost for innocent "
        f"learners {figures['innocents lost']} ({seconds:.0f} s)"
    )
    return course, summary, rows, before, innocents, figures


def _alive_after() -> int:
    import pwd

    from rapport.grading.sandbox import user_prefix

    prefix = user_prefix()
    users = [e for e in pwd.getpwall() if e.pw_name.startswith(f"{prefix}-")]
    return sum(len(processes_of(e.pw_uid)) for e in users)


def _figures(rows: dict, innocents: list[str]) -> dict:
    hostile = [name for name in rows if name not in innocents and not name.startswith("honest-")]
    cheats = [name for name in rows if name.startswith("cheat-")]
    gained = [
        name
        for name in cheats
        if float(rows[name]["total"]) > float(rows[name.replace("cheat-", "honest-")]["total"])
    ]
    lost = [name for name in innocents if float(rows.get(name, {}).get("total", 0)) != 5]
    survived = [
        name for name in hostile if rows[name]["status"] in {"graded", "faults", "rejected"}
    ]
    return {
        "tried": len(hostile),
        "survived": len(survived) if not lost else 0,
        "cheats gained": len(gained),
        "gained": gained,
        "alive": _alive_after(),
        "innocents lost": len(lost),
        "lost": lost,
    }


def test_hostile_corpus_figures_are_all_clean(hostile_run, capsys):
    _course, summary, rows, _, _innocents, figures = hostile_run
    with capsys.disabled():
        print(f"\n{figures['line']}")
    assert summary.graded == summary.total == len(rows)
    assert figures["innocents lost"] == 0, figures["lost"]
    assert figures["cheats gained"] == 0, figures["gained"]
    assert figures["alive"] == 0
    assert figures["survived"] == figures["tried"]


def test_killing_the_worker_or_the_grader_costs_only_that_submission(hostile_run):
    _, _, rows, _, innocents, _ = hostile_run
    for name in ("aa-kill-parent", "mm-kill-parent", "kill-grandparent"):
        assert rows[name]["status"] in {"graded", "faults"}, rows[name]
        assert "crashed" not in rows[name]["reason"]
        if capabilities("auto").users:  # a kernel of its own user cannot signal the grader
            assert rows[name]["total"] == "5", rows[name]
            assert "tried os.kill" in rows[name]["flags"], rows[name]
    for name in innocents:
        assert rows[name]["total"] == "5", rows[name]
        assert rows[name]["status"] == "graded", rows[name]
        assert "review:" not in rows[name]["flags"], rows[name]


def test_exit_in_an_answer_grades_the_same_every_time(hostile_run):
    _, _, rows, _, _, _ = hostile_run
    totals = {rows[f"exit-{copy}"]["total"] for copy in range(4)}
    assert totals == {"4"}  # q1's function was defined in the cell that exited: lost
    assert "called exit() or quit()" in rows["exit-0"]["flags"]


def test_no_cheat_scores_more_than_the_same_answers_without_it(hostile_run):
    course, _, rows, _, _, _ = hostile_run
    for name in CHEATS:
        cheat, honest = rows[f"cheat-{name}"], rows[f"honest-{name}"]
        assert float(cheat["total"]) <= float(honest["total"]), (name, cheat, honest)
    # the ones that change the machinery are flagged for review, saying what they changed
    for name, sign in (
        ("custom-exc", "shell.CustomTB"),
        ("transformer", "did not run"),
        ("noop-helpers", "the name check_equal"),
        ("getframe", "sys._getframe"),
        ("ast-transformer", "did not run"),
        ("builtins", "review:"),  # this one breaks the kernel's own machinery too
        ("code-swap", "__code__"),
        ("pre-run-event", "events.pre_run_cell"),
    ):
        assert "review:" in rows[f"cheat-{name}"]["flags"], name
        assert sign in rows[f"cheat-{name}"]["flags"], (name, rows[f"cheat-{name}"]["flags"])
    for name in CHEATS:
        assert "review:" not in rows[f"honest-{name}"]["flags"], name
    with Gradebook(db_url(course)) as gradebook:  # formgrader asks for a person
        cheat = gradebook.find_submission(ASSIGNMENT, "cheat-getframe").notebooks[0]
        honest = gradebook.find_submission(ASSIGNMENT, "honest-getframe").notebooks[0]
        assert any(g.needs_manual_grade for g in cheat.grades)
        assert not any(g.needs_manual_grade for g in honest.grades)
        assert cheat.flagged


def test_nothing_a_submission_starts_outlives_it_or_reaches_other_files(hostile_run):
    course, _, rows, before, innocents, figures = hostile_run
    assert figures["alive"] == 0
    again = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    assert again == rows
    assert "cheater" not in again
    for name in innocents:
        path = course / "submitted" / name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        assert _digest(path) == before[name], name
    seen = _output_text(course, "vandal").split("SEEN ", 1)[1].splitlines()[0]
    assert str(course) not in seen
    # It may see the kit's own read-only files (the kernel runs from them, and they include the
    # bundled sample class), never a submission of this course, under any path.
    assert not [learner for learner in rows if f"/{learner}/{ASSIGNMENT}/" in seen]
    started = int(_output_text(course, "spawner").split("STARTED ", 1)[1].split()[0])
    if capabilities("auto").cgroup:
        assert started < 128  # the process cap of one submission
    assert rows["spawner"]["total"] == "5"
    assert rows["memory-children"]["total"] == "5"


def test_no_grading_cgroup_or_user_process_is_left(hostile_run):
    from rapport.grading import cgroups

    version, bases = cgroups._bases()
    left = [
        p
        for base in set(bases.values())
        for p in base.glob(f"{cgroups.PREFIX}*")
        if p.name.split("-")[2] != "probe" and not _another_programs(int(p.name.split("-")[2]))
    ]
    assert left == [] or not version


def _another_programs(pid: int) -> bool:
    """Tell whether ``pid`` is alive and not this test or one it started (a grader elsewhere)."""
    return Path(f"/proc/{pid}").exists() and not _ours(pid)


def _ours(pid: int) -> bool:
    """Tell whether ``pid`` is this test process or one it started."""
    while pid > 1:
        if pid == os.getpid():
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = int(stat.rsplit(")", 1)[1].split()[1])
    return False


def test_a_dead_kernels_output_reaches_the_report_but_never_the_feedback(hostile_run):
    course, _, rows, _, _, _ = hostile_run
    out = course / "graded" / ASSIGNMENT
    assert rows["native-crash"]["total"] == "3"
    assert "out of cheese" in (out / "report.html").read_text(encoding="utf-8")
    assert "out of cheese" not in (out / "feedback" / "native-crash.html").read_text(
        encoding="utf-8"
    )

"""rapport grade end to end: real kernels, nbgrader's gradebook, faults, resume, Dask."""

from __future__ import annotations

import csv
import html
import json
import os
import shutil
import sqlite3
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from rapport.grading import samples
from rapport.grading.execute import Limits
from rapport.grading.runner import RunOptions, grade_run
from rapport.grading.store import ResultsStore, db_url
from rapport.grading.template import load_template, nbgrader_meta

from .nbgrader_cli import nbgrader
from .rapport_cli import rapport

REPO = Path(__file__).resolve().parents[1]
ASSIGNMENT = "01-first-look"
# A cell limit with room for a busy two-core machine: filling 400 MB or printing 100 MB must
# finish inside it, while the endless loops still reach it.
FAST = Limits(cell_timeout=8, total_timeout=90, memory_mb=400)

pytestmark = pytest.mark.nbgrader


def make_course(root: Path) -> Path:
    for folder in ("solutions", "exercises"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    return root


@pytest.fixture(scope="module")
def release():
    return nbformat.read(REPO / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)


@pytest.fixture(scope="module")
def good():
    return samples.solution_answers(REPO / "solutions")


def write(folder: Path, learner: str, nb_or_text) -> None:
    path = folder / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = nb_or_text if isinstance(nb_or_text, str) else nbformat.writes(nb_or_text)
    path.write_text(text, encoding="utf-8")


def with_code(good: dict, grade_id: str, before: str = "", instead: str = "") -> dict:
    return {**good, grade_id: instead or f"{before}\n{good[grade_id]}"}


def read_csv(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["learner"]: row for row in csv.DictReader(handle)}


# --------------------------------------------------------------------------------------------
# The fault corpus: every case ends with a recorded status; the rest of the batch is unaffected.
@pytest.fixture(scope="module")
def fault_run(tmp_path_factory, release, good):
    course = make_course(tmp_path_factory.mktemp("faults"))
    subs = course / "submitted"
    fill = samples.fill
    write(subs, "good.one", fill(release, good))
    write(
        subs, "loop", fill(release, with_code(good, "q3-answer", instead="while True:\n    pass"))
    )
    write(
        subs,
        "memory",
        fill(
            release,
            with_code(
                good,
                "q1-answer",
                # The list lives in a function, yet the MemoryError's traceback keeps its frame
                # and the list alive: without a restart, the later cells would fail at random.
                "def grow():\n    kept = []\n    while True:\n        kept.append(' ' * 10**6)\n"
                "\n\ngrow()",
            ),
        ),
    )
    write(
        subs,
        "os-exit",
        fill(release, with_code(good, "q2-answer", instead="import os\nos._exit(1)")),
    )
    write(
        subs,
        "sys-exit",
        fill(release, with_code(good, "q1-answer", instead="import sys\nsys.exit()")),
    )
    write(
        subs,
        "segfault",
        fill(release, with_code(good, "q3-answer", instead="import ctypes\nctypes.string_at(0)")),
    )
    write(
        subs, "print-100mb", fill(release, with_code(good, "q1-answer", "print('x' * 100_000_000)"))
    )
    write(
        subs,
        "sleep",
        fill(release, with_code(good, "q2-answer", instead="import time\ntime.sleep(10**6)")),
    )
    first_error = fill(release, good)
    first_error.cells.insert(0, nbformat.v4.new_code_cell("raise ValueError('first cell fails')"))
    write(subs, "first-cell-error", first_error)
    edited = fill(release, good)
    for cell in edited.cells:
        if nbgrader_meta(cell).get("grade"):
            cell.source = "pass  # tests removed"
    write(subs, "edited-tests", edited)
    deleted = fill(release, {**good, "q1-answer": samples.WRONG_Q1})
    deleted.cells = [c for c in deleted.cells if nbgrader_meta(c).get("grade_id") != "q1-check"]
    write(subs, "deleted-test", deleted)
    split = fill(release, good)
    index = next(
        i for i, c in enumerate(split.cells) if nbgrader_meta(c).get("grade_id") == "q2-answer"
    )
    lines = good["q2-answer"].splitlines()
    first = nbformat.from_dict(json.loads(json.dumps(split.cells[index])))
    first.source, split.cells[index].source = "\n".join(lines[:3]), "\n".join(lines[3:])
    first.id = "split-a"
    split.cells.insert(index, first)
    duplicate = nbformat.from_dict(json.loads(json.dumps(split.cells[index + 1])))
    duplicate.id = "dup-b"
    split.cells.insert(index + 2, duplicate)
    write(subs, "split-and-duplicated", split)
    write(subs, "corrupt-json", nbformat.writes(fill(release, good))[:500])
    v3 = {"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": []}]}
    write(subs, "nbformat-3", json.dumps(v3))
    unicode = fill(release, with_code(good, "q1-answer", "# Łódź, 東京, Ñandú — ✓ 🙂"))
    write(subs, "Łucja Ørsted 李", unicode)
    write(
        subs,
        "deletes-files",
        fill(
            release,
            with_code(
                good,
                "q1-answer",
                "import os, shutil\nfor name in os.listdir('.'):\n"
                "    shutil.rmtree(name, ignore_errors=True) if os.path.isdir(name) "
                "else os.remove(name)",
            ),
        ),
    )
    snoop = (
        "import json, os\n"
        "print('SNOOP ' + json.dumps({'cwd': os.getcwd(), 'listing': sorted(os.listdir('.')),"
        " 'home': os.environ.get('HOME'), 'env': sorted(os.environ),"
        " 'data': os.environ.get('RAPPORT_DATA_DIR')}))"
    )
    write(subs, "snooper", fill(release, with_code(good, "q1-answer", snoop)))
    for learner, code in LEAKS.items():
        write(subs, learner, fill(release, with_code(good, "q1-answer", instead=code)))
    imports = with_code(good, "q1-answer", "import panda_typo as pd_typo")
    write(subs, "import-fails", fill(release, imports))
    write(
        subs,
        "huge-error",
        fill(release, with_code(good, "q2-answer", "raise ValueError('Z' * 5_000_000)")),
    )
    upgraded = nbformat.convert(fill(release, good), 3)
    write(subs, "good-in-format-3", nbformat.v3.writes_json(upgraded))
    surrogate = nbformat.writes(fill(release, with_code(good, "q1-answer", "# café")))
    write(
        subs,
        "surrogate",
        surrogate.replace("caf\u00e9", "caf\\udcff").replace("café", "caf\\udcff"),
    )
    bad_name = os.fsdecode(b"bad-\xff")
    write(subs, bad_name, fill(release, good))
    options = RunOptions(workers=2, limits=FAST, progress=False)
    summary = grade_run(course, ASSIGNMENT, subs, options)
    return course, summary, read_csv(course / "graded" / ASSIGNMENT / "grades.csv")


#: Answers that copy the running test cell (hidden tests included) into what the grader keeps.
#: Test cells are not in the input history (``_ih``), so they read IPython's cache of the cell.
RUNNING_CELL = "''.join(list(__import__('linecache').cache.values())[-1][2])"
LEAKS = {
    "leak-exception": "def count_connections(contacts):\n"
    f"    raise ValueError('LEAK>>' + {RUNNING_CELL})",
    "leak-stderr": "import sys\ndef count_connections(contacts):\n"
    f"    sys.stderr.write('LEAK>>' + repr({RUNNING_CELL}))\n    return 2",
    "leak-display": "from IPython.display import display, Markdown\n"
    "def count_connections(contacts):\n"
    f"    display(Markdown({RUNNING_CELL}))\n    return 2",
    "leak-warning": "import warnings\ndef count_connections(contacts):\n"
    f"    warnings.warn({RUNNING_CELL})\n    return 2",
}


EXPECTED = {
    "good.one": (5, "graded"),
    "loop": (3, "faults"),
    "memory": (4, "faults"),
    "os-exit": (3, "faults"),
    "sys-exit": (4, "graded"),
    "segfault": (3, "faults"),
    "print-100mb": (5, "graded"),
    "sleep": (3, "faults"),
    "first-cell-error": (5, "graded"),
    "edited-tests": (5, "graded"),
    "deleted-test": (4, "graded"),
    "split-and-duplicated": (5, "graded"),
    "corrupt-json": (0, "rejected"),
    "nbformat-3": (0, "graded"),
    "good-in-format-3": (5, "graded"),
    "leak-exception": (4, "graded"),
    "leak-stderr": (4, "graded"),
    "leak-display": (4, "graded"),
    "leak-warning": (4, "graded"),
    "import-fails": (4, "graded"),
    "huge-error": (3, "graded"),
    "surrogate": (5, "graded"),
    "bad-_xff": (5, "graded"),
    "Łucja Ørsted 李": (5, "graded"),
    "deletes-files": (5, "graded"),
    "snooper": (5, "graded"),
}


def test_every_fault_is_recorded_with_its_own_cost(fault_run):
    _course, summary, rows = fault_run
    assert summary.total == summary.graded == len(EXPECTED)
    assert set(rows) == set(EXPECTED)
    for learner, (total, status) in EXPECTED.items():
        if total is not None:
            assert float(rows[learner]["total"]) == total, (learner, rows[learner])
        if status:
            assert rows[learner]["status"] == status, (learner, rows[learner])


def test_fault_notes_say_what_happened(fault_run):
    _, _, rows = fault_run
    assert "q3-answer timed out" in rows["loop"]["flags"]
    assert "the kernel exited with status 1" in rows["os-exit"]["flags"]
    assert "SIGSEGV" in rows["segfault"]["flags"]
    assert "nbformat 3" in rows["nbformat-3"]["flags"]
    assert "not valid notebook JSON" in rows["corrupt-json"]["reason"]
    assert "edited test cell restored: q1-check" in rows["edited-tests"]["flags"]
    assert "deleted test cell put back: q1-check" in rows["deleted-test"]["flags"]
    assert "split or duplicated" in rows["split-and-duplicated"]["flags"]
    assert rows["deleted-test"]["q1-check"] == "0"  # the put-back test really ran


def test_memory_cap_stops_the_runaway_list(fault_run):
    course, _, rows = fault_run
    graded = nbformat.read(course / "autograded" / "memory" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    answer = next(c for c in graded.cells if nbgrader_meta(c).get("grade_id") == "q1-answer")
    names = {o.get("ename") for o in answer.outputs if o.output_type == "error"}
    assert names & {"MemoryError", "KernelDied"}, answer.outputs
    assert float(rows["memory"]["q1-check"]) == 0
    # The kernel is restarted after the MemoryError, so the cells after it run with room.
    assert float(rows["memory"]["q2-check"]) == 2
    assert float(rows["memory"]["q3-check"]) == 2
    assert "q1-answer ran out of memory" in rows["memory"]["flags"]


def test_huge_output_is_cut_and_the_notebook_stays_small(fault_run):
    course, _, _ = fault_run
    path = course / "autograded" / "print-100mb" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert path.stat().st_size < 3_000_000
    assert "output cut by the grader" in path.read_text(encoding="utf-8")


def test_kernels_run_in_a_private_folder_without_learner_data(fault_run):
    course, _, _ = fault_run
    graded = nbformat.read(
        course / "autograded" / "snooper" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4
    )
    text = "".join(o.get("text", "") for c in graded.cells for o in c.get("outputs", []))
    seen = json.loads(text.split("SNOOP ", 1)[1].splitlines()[0])
    assert not seen["cwd"].startswith(str(course))
    assert seen["home"] == seen["cwd"]
    assert not any(name.endswith(".ipynb") for name in seen["listing"])
    assert seen["data"].startswith(seen["cwd"])
    assert str(course) not in json.dumps(seen)


def test_a_notebook_deleting_files_harms_nothing_outside_its_folder(fault_run):
    course, _, _ = fault_run
    assert (course / "submitted" / "good.one" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists()
    assert (course / "gradebook.db").exists()
    assert (course / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists()


def test_gradebook_holds_the_same_scores_as_the_csv(fault_run):
    course, _, rows = fault_run
    with Gradebook(db_url(course)) as gradebook:
        for learner, row in rows.items():
            submission = gradebook.find_submission(ASSIGNMENT, learner)
            assert submission.score == float(row["total"]), learner


def test_feedback_and_report_are_written_and_escaped(fault_run):
    course, _, _ = fault_run
    out = course / "graded" / ASSIGNMENT
    feedback = (out / "feedback" / "loop.html").read_text(encoding="utf-8")
    assert "3 / 5" in feedback
    assert "q3-check" in feedback
    source = (REPO / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text(encoding="utf-8")
    assert "BEGIN HIDDEN TESTS" in source
    assert "HIDDEN" not in feedback
    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("<svg") >= 3
    assert "https://" not in report.split("<svg")[0]
    assert "edited test cell restored: q1-check" in report  # repairs are listed by learner
    assert "corrupt-json" in report  # and so are rejected files
    unicode = (out / "feedback" / "Łucja Ørsted 李.html").read_text(encoding="utf-8")
    assert "feedback for Łucja Ørsted 李" in unicode


def hidden_lines() -> set[str]:
    source = nbformat.read(REPO / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    hidden, public = set(), set()
    for cell in source.cells:
        inside = False
        for line in cell.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line or "END HIDDEN TESTS" in line:
                inside = "BEGIN" in line
                hidden.add(line.strip())
            elif inside:
                hidden.add(line.strip())
            else:
                public.add(line.strip())
    return {line for line in hidden - public if len(line) > 3}


def test_no_hidden_test_line_reaches_feedback_by_any_route(fault_run):
    course, _, rows = fault_run
    lines = hidden_lines()
    assert len(lines) >= 5
    out = course / "graded" / ASSIGNMENT
    for learner in LEAKS:
        graded = (course / "autograded" / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text(
            encoding="utf-8"
        )
        assert "LEAK>>" in graded or "BEGIN HIDDEN TESTS" in graded, learner  # it did leak out
        for page in (
            out / "feedback" / f"{learner}.html",
            course / "feedback" / learner / ASSIGNMENT / f"{ASSIGNMENT}.html",
        ):
            text = html.unescape(page.read_text(encoding="utf-8"))
            assert [line for line in lines if line in text] == [], (learner, page)
            assert "HIDDEN" not in text
        assert [line for line in lines if line in rows[learner]["flags"]] == []
    stderr = html.unescape((out / "feedback" / "leak-stderr.html").read_text(encoding="utf-8"))
    assert "the test printed to stderr" in stderr
    assert "quotes the hidden tests" in stderr


def test_a_failed_import_is_reported_as_the_first_cause(fault_run):
    course, _, _ = fault_run
    page = (course / "graded" / ASSIGNMENT / "feedback" / "import-fails.html").read_text(
        encoding="utf-8"
    )
    assert "No module named &#39;panda_typo&#39;" in page
    assert "in q1-answer; because of it, count_connections was never defined" in page


def test_a_huge_error_is_capped_everywhere(fault_run):
    course, _, _ = fault_run
    feedback = course / "graded" / ASSIGNMENT / "feedback" / "huge-error.html"
    graded = course / "autograded" / "huge-error" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert feedback.stat().st_size < 20_000
    assert graded.stat().st_size < 200_000
    assert (course / "graded" / ASSIGNMENT / "report.html").stat().st_size < 400_000
    assert (course / "gradebook.db").stat().st_size < 2_000_000
    assert "more characters not shown" in feedback.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
WELL_BEHAVED = ("amara.okafor", "bruno.silva", "chen.wei", "dana.levi", "gus.morgan", "zoë.núñez")


def test_scores_match_nbgrader_autograde_cell_for_cell(tmp_path):
    ours = make_course(tmp_path / "ours")
    theirs = make_course(tmp_path / "theirs")
    for course in (ours, theirs):
        for learner in WELL_BEHAVED:
            shutil.copytree(
                REPO / "samples" / "submitted" / learner, course / "submitted" / learner
            )
    result = nbgrader("generate_assignment", ASSIGNMENT, "--force", cwd=theirs)
    assert result.returncode == 0, result.stderr[-2000:]
    result = nbgrader("autograde", ASSIGNMENT, "--force", cwd=theirs)
    assert result.returncode == 0, result.stderr[-2000:]
    grade_run(ours, ASSIGNMENT, ours / "submitted", RunOptions(workers=2, progress=False))
    template = load_template(ours, ASSIGNMENT)
    totals = {}
    with Gradebook(db_url(ours)) as mine, Gradebook(db_url(theirs)) as reference:
        for learner in WELL_BEHAVED:
            for question in template.questions:
                args = (question.grade_id, template.notebook, ASSIGNMENT, learner)
                assert mine.find_grade(*args).score == reference.find_grade(*args).score, args
            totals[learner] = reference.find_submission(ASSIGNMENT, learner).score
    assert totals["amara.okafor"] == 5
    assert totals["dana.levi"] == 0
    assert 0 < totals["bruno.silva"] < 5


# --------------------------------------------------------------------------------------------
class Stop(Exception):
    pass


def test_a_killed_run_keeps_whole_submissions_and_resume_finishes(tmp_path):
    course = make_course(tmp_path)
    shutil.copytree(REPO / "samples" / "submitted", course / "submitted")
    learners = sorted(p.name for p in (course / "submitted").iterdir())
    seen = []

    def stop_after_three(result):
        seen.append(result.learner)
        if len(seen) == 3:
            raise Stop

    options = RunOptions(workers=2, limits=FAST, progress=False)
    with pytest.raises(Stop):
        grade_run(course, ASSIGNMENT, course / "submitted", options, on_result=stop_after_three)
    db = sqlite3.connect(course / "gradebook.db")
    recorded = [r[0] for r in db.execute("SELECT learner FROM rapport_results")]
    assert sorted(recorded) == sorted(seen)
    with Gradebook(db_url(course)) as gradebook:
        for learner in seen:  # each recorded submission is whole: every question has a score
            submission = gradebook.find_submission(ASSIGNMENT, learner)
            assert all(g.auto_score is not None for g in submission.notebooks[0].grades)
        assert {s.student.id for s in gradebook.find_assignment(ASSIGNMENT).submissions} == set(
            seen
        )
    db.close()
    again = []
    options.resume = True
    summary = grade_run(
        course,
        ASSIGNMENT,
        course / "submitted",
        options,
        on_result=lambda r: again.append(r.learner),
    )
    assert summary.skipped == 3
    assert sorted(again) == sorted(set(learners) - set(seen))
    assert set(read_csv(course / "graded" / ASSIGNMENT / "grades.csv")) == set(learners)


def test_a_failure_while_recording_leaves_no_half_submission(tmp_path, monkeypatch):
    course = make_course(tmp_path)
    template = load_template(course, ASSIGNMENT)
    from rapport.grading.grade import GradeResult, QuestionResult

    result = GradeResult(
        "half.way",
        "graded",
        3.0,
        5.0,
        [QuestionResult(q.grade_id, 1.0, q.points, "passed") for q in template.questions],
    )
    with ResultsStore(course, template) as store:
        calls = {"n": 0}
        real = store.gradebook.find_grade

        def failing(*args):
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError("disk full")
            return real(*args)

        monkeypatch.setattr(store.gradebook, "find_grade", failing)
        with pytest.raises(OSError, match="disk full"):
            store.record(result)
        monkeypatch.undo()
        assert store.recorded() == {}
    with Gradebook(db_url(course)) as gradebook:
        assert gradebook.find_assignment(ASSIGNMENT).submissions == []


def test_a_gradebook_nbgrader_cannot_prepare_stops_the_run_and_charges_no_learner(
    tmp_path, monkeypatch, release, good
):
    # On a run that grades everything, nbgrader records the assignment in a thread while the
    # first submissions are graded; if it fails, those submissions were not at fault.
    from rapport.grading import runner
    from rapport.grading.errors import GradingSetupError
    from rapport.grading.journal import Journal

    course = make_course(tmp_path)
    for name in ("a.one", "b.two", "c.three"):
        write(course / "submitted", name, samples.fill(release, good))
    prepared = []

    def failing(*args):
        prepared.append(args)
        raise GradingSetupError("nbgrader could not record 01-first-look")

    options = RunOptions(progress=False, limits=FAST, workers=2)
    monkeypatch.setattr(runner, "prepare_gradebook", failing)
    with pytest.raises(GradingSetupError, match="could not record"):
        grade_run(course, ASSIGNMENT, course / "submitted", options)
    assert len(prepared) == 1
    assert Journal(course / "graded" / ASSIGNMENT).in_flight == {}
    monkeypatch.undo()
    summary = grade_run(course, ASSIGNMENT, course / "submitted", options)
    assert (summary.graded, summary.quarantined) == (3, [])
    assert Journal(course / "graded" / ASSIGNMENT).stops == {}
    assert {row["total"] for row in read_csv(summary.out / "grades.csv").values()} == {"5"}


def test_a_ctrl_c_while_the_gradebook_is_prepared_charges_only_the_learners_in_flight(
    tmp_path, monkeypatch, release, good
):
    # Results that come in before nbgrader has recorded the assignment are kept in memory; a
    # Ctrl-C then loses them, but those learners did not stop the run, so no stop is counted.
    import threading

    from rapport.grading import runner
    from rapport.grading.errors import GradingInterrupted
    from rapport.grading.grade import GradeResult
    from rapport.grading.journal import Journal
    from rapport.grading.pool import WorkerPool

    course = make_course(tmp_path)
    for name in ("a.one", "b.two", "c.three"):
        write(course / "submitted", name, samples.fill(release, good))
    prepared = threading.Event()

    def grade(self, tasks, solo=frozenset(), on_dispatch=None, crashed=None):
        for task in tasks:
            on_dispatch(task)
        for task in tasks[:2]:
            yield GradeResult(task.learner, "graded", 5.0, 5.0)
        assert not prepared.is_set()  # both results came in while the gradebook was prepared
        prepared.set()
        raise KeyboardInterrupt  # Ctrl-C while the third is graded

    def slow_prepare(*args):
        prepared.wait(60)  # still preparing when the run stops

    monkeypatch.setattr(WorkerPool, "start", lambda self, count: None)
    monkeypatch.setattr(WorkerPool, "grade", grade)
    monkeypatch.setattr(runner, "prepare_gradebook", slow_prepare)
    options = RunOptions(progress=False, limits=FAST, workers=2)
    with pytest.raises(GradingInterrupted):
        grade_run(course, ASSIGNMENT, course / "submitted", options)
    in_flight = Journal(course / "graded" / ASSIGNMENT).in_flight
    assert sorted(in_flight) == ["c.three"]


# --------------------------------------------------------------------------------------------
def test_the_same_grading_runs_on_a_dask_cluster(tmp_path):
    from distributed import LocalCluster  # the test extra installs Dask

    course = make_course(tmp_path)
    for learner in ("amara.okafor", "bruno.silva", "hana.ito"):
        shutil.copytree(REPO / "samples" / "submitted" / learner, course / "submitted" / learner)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        options = RunOptions(dask=cluster.scheduler_address, limits=FAST, progress=False)
        summary = grade_run(course, ASSIGNMENT, course / "submitted", options)
    assert summary.graded == 3
    rows = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    assert {k: float(v["total"]) for k, v in rows.items()} == {
        "amara.okafor": 5,
        "bruno.silva": 1,
        "hana.ito": 0,
    }
    assert rows["hana.ito"]["status"] == "rejected"


def test_cli_reports_a_missing_assignment_and_lists_grade(tmp_path):
    course = make_course(tmp_path)
    (course / "submitted").mkdir()
    result = rapport("grade", "99-nope", "submitted", "--course", str(course))
    assert result.returncode == 2
    assert "Assignments here: 01-first-look" in result.stderr
    assert "Traceback" not in result.stderr
    helped = rapport("--help")
    assert "grade" in helped.stdout


def test_bundled_sample_submissions_match_their_generator(tmp_path):
    written = samples.write_samples(REPO, tmp_path)
    committed = [p for p in (REPO / "samples" / "submitted").rglob("*") if p.is_file()]
    assert len(written) == len(committed) == 9
    for path in written:
        twin = REPO / "samples" / "submitted" / path.relative_to(tmp_path)
        assert twin.read_bytes() == path.read_bytes(), (
            f"{twin}: run python -m rapport.grading.samples"
        )


def test_formgrader_sees_collected_submissions_as_autograded(tmp_path):
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    course = make_course(tmp_path)
    for learner in ("amara.okafor", "bruno.silva"):
        shutil.copytree(REPO / "samples" / "submitted" / learner, course / "submitted" / learner)
    stamp = "2026-11-20 09:15:00.000000 UTC"
    (course / "submitted" / "amara.okafor" / ASSIGNMENT / "timestamp.txt").write_text(stamp)
    grade_run(course, ASSIGNMENT, course / "submitted", RunOptions(workers=2, progress=False))
    coursedir = CourseDirectory(root=str(course))
    api = NbGraderAPI(coursedir=coursedir)
    seen = {s["student"]: s for s in api.get_submissions(ASSIGNMENT)}
    assert seen["amara.okafor"]["autograded"]
    assert seen["bruno.silva"]["autograded"]
    assert (seen["amara.okafor"]["score"], seen["bruno.silva"]["score"]) == (5.0, 1.0)


def test_resume_regrades_a_resubmission_cleans_stale_files_and_keeps_grades_when_writes_fail(
    tmp_path,
):
    course = make_course(tmp_path)
    inbox = tmp_path / "inbox"
    shutil.copytree(REPO / "samples" / "submitted" / "hana.ito", inbox / "hana.ito")
    options = RunOptions(workers=1, limits=FAST, progress=False)
    first = grade_run(course, ASSIGNMENT, inbox, options)
    assert first.statuses == {"rejected": 1}
    # hana follows the rejection message and hands in the notebook
    shutil.copy(
        REPO / "samples" / "submitted" / "amara.okafor" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
        inbox / "hana.ito" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
    )
    stale = course / "autograded" / "hana.ito" / ASSIGNMENT / f".{ASSIGNMENT}.ipynb.x1y2.tmp"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("half a notebook")
    (course / "graded" / ASSIGNMENT / "feedback").rename(tmp_path / "old-feedback")
    (course / "graded" / ASSIGNMENT / "feedback").write_text("a file where a folder should be")
    options.resume = True
    again = grade_run(course, ASSIGNMENT, inbox, options)
    assert again.graded == 1  # the resubmission is graded, not kept at 0
    assert again.statuses == {"graded": 1}
    assert not stale.exists()
    assert again.problems  # the feedback page could not be written: said, not raised
    assert "could not write" in again.problems[0]
    with Gradebook(db_url(course)) as gradebook:  # the grade is kept all the same
        assert gradebook.find_submission(ASSIGNMENT, "hana.ito").score == 5
    rows = read_csv(course / "graded" / ASSIGNMENT / "grades.csv")
    assert rows["hana.ito"]["total"] == "5"


def test_an_output_folder_that_cannot_be_written_stops_before_grading(tmp_path):
    course = make_course(tmp_path)
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / "a-file" / "out"
    submitted = REPO / "samples" / "submitted"
    result = rapport(
        "grade", ASSIGNMENT, str(submitted), "--course", str(course), "--out", str(out), "--quiet"
    )
    assert result.returncode == 2
    assert "cannot write to" in result.stderr
    assert "Nothing was graded" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (course / "gradebook.db").exists()


def test_nbgrader_release_feedback_returns_the_pages_with_no_extra_step(tmp_path, release, good):
    # Work collected from nbgrader's exchange carries a timestamp and a submission secret;
    # `nbgrader release_feedback` names each returned page by a hash of that secret.
    from nbgrader.utils import notebook_hash

    course = make_course(tmp_path / "course")
    subs = course / "submitted"
    secrets = {"ana": "4f1c-secret-ana", "ben": "9a2e-secret-ben"}
    for learner, secret in secrets.items():
        answers = good if learner == "ana" else {}
        write(subs, learner, samples.fill(release, answers))
        (subs / learner / ASSIGNMENT / "timestamp.txt").write_text("2026-11-30 10:00:00 UTC")
        (subs / learner / ASSIGNMENT / "submission_secret.txt").write_text(secret)
    grade_run(course, ASSIGNMENT, subs, RunOptions(workers=1, limits=FAST, progress=False))

    exchange = tmp_path / "exchange"
    exchange.mkdir(mode=0o777)
    done = nbgrader(
        "release_feedback", ASSIGNMENT, f"--Exchange.root={exchange}",
        "--CourseDirectory.course_id=rapport-course", cwd=course,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    returned = {
        learner: exchange
        / "rapport-course"
        / "feedback"
        / f"{notebook_hash(secret=secret, notebook_id=ASSIGNMENT)}.html"
        for learner, secret in secrets.items()
    }
    for learner, page in returned.items():
        ours = course / "feedback" / learner / ASSIGNMENT / f"{ASSIGNMENT}.html"
        assert page.read_text(encoding="utf-8") == ours.read_text(encoding="utf-8")
    assert "Score: 5" in returned["ana"].read_text(encoding="utf-8")

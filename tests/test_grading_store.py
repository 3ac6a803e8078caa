"""The gradebook as the one store of truth: results derived from nbgrader's tables, runs scoped
to what they graded, removing a learner, formgrader's flag, the demo class kept apart."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from rapport.grading.grade import GradeResult, QuestionResult
from rapport.grading.samples import demo_course
from rapport.grading.store import ResultsStore, db_url
from rapport.grading.template import load_template

from .nbgrader_cli import nbgrader
from .rapport_cli import rapport

REPO = Path(__file__).resolve().parents[1]
FIRST = "01-first-look"
pytestmark = pytest.mark.nbgrader


def a_result(template, learner: str, score: float, flags=()) -> GradeResult:
    questions = [
        QuestionResult(q.grade_id, min(q.points, score), q.points, "passed")
        for q in template.questions
    ]
    return GradeResult(learner, "graded", score, template.max_score, questions, list(flags))


@pytest.fixture
def course(tmp_path) -> Path:
    demo_course(REPO, tmp_path)
    template = load_template(tmp_path, FIRST)
    with ResultsStore(tmp_path, template) as store:
        store.record(a_result(template, "amara", 1))
        store.record(a_result(template, "bruno", 1, ["edited test cell restored: q1-check"]))
        store.record(a_result(template, "chen", 1))
    return tmp_path


def learners(course: Path, only=None) -> list[str]:
    with ResultsStore(course, load_template(course, FIRST)) as store:
        return [r.learner for r in store.results(only)]


def test_a_learner_removed_with_nbgrader_is_gone_from_rapports_results(course):
    done = nbgrader("db", "student", "remove", "amara", "--force", cwd=course)
    assert done.returncode == 0, done.stderr[-2000:]
    assert learners(course) == ["bruno", "chen"]


def test_rapport_grade_remove_clears_both_stores_and_the_graded_files(course):
    (course / "autograded" / "bruno" / FIRST).mkdir(parents=True)
    done = rapport("grade", "remove", "bruno", "--course", str(course))
    assert done.returncode == 0, done.stderr
    assert "removed bruno from the gradebook" in done.stdout
    assert not (course / "autograded" / "bruno").exists() or not any(
        (course / "autograded" / "bruno").iterdir()
    )
    assert learners(course) == ["amara", "chen"]
    with Gradebook(db_url(course)) as gradebook:
        assert sorted(s.id for s in gradebook.students) == ["amara", "chen"]
    again = rapport("grade", "remove", "bruno", "--course", str(course))
    assert again.returncode == 2
    assert "not in the gradebook" in again.stderr
    assert "Traceback" not in again.stderr


def test_results_are_scoped_to_the_learners_asked_for(course):
    assert learners(course, ["chen", "zed"]) == ["chen"]


def test_a_manual_grade_in_formgrader_is_the_score_reported(course):
    with Gradebook(db_url(course)) as gradebook:
        grade = gradebook.find_grade("q3-check", FIRST, FIRST, "chen")
        grade.manual_score = 2.0
        gradebook.db.commit()
    with ResultsStore(course, load_template(course, FIRST)) as store:
        chen = next(r for r in store.results() if r.learner == "chen")
    assert chen.score == 4.0  # 1 (q1) + 1 (q2) automatic, 2 (q3) given by hand
    assert next(q for q in chen.questions if q.grade_id == "q3-check").points == 2.0


def test_a_repaired_submission_is_flagged_for_formgrader(course):
    with Gradebook(db_url(course)) as gradebook:
        assert gradebook.find_submission_notebook(FIRST, FIRST, "bruno").flagged
        assert not gradebook.find_submission_notebook(FIRST, FIRST, "amara").flagged


def test_make_grade_grades_the_sample_class_in_its_own_demo_course(tmp_path):
    planned = subprocess.run(
        ["make", "-n", "grade"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert "--demo-course build/demo-course" in planned
    assert "samples/submitted --course build/demo-course" in planned
    shutil.copytree(REPO / "solutions", tmp_path / "solutions")  # an old copy is replaced
    made = demo_course(REPO, tmp_path / "demo")
    assert (made / "nbgrader_config.py").read_text() == (REPO / "nbgrader_config.py").read_text()
    assert load_template(made, FIRST).questions == load_template(REPO, FIRST).questions

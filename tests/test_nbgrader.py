"""nbgrader round trip: release without drift, validate, and autograde with nbgrader itself."""

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from rapport.nbclean import clean_paths

from .nbgrader_cli import nbgrader

REPO = Path(__file__).resolve().parent.parent
ASSIGNMENTS = sorted(p.name for p in (REPO / "solutions").iterdir() if p.is_dir())
SOLUTION_REGION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN_REGION = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)

pytestmark = pytest.mark.nbgrader


def make_course(root: Path) -> Path:
    """A throwaway course directory with our config and solutions, released by nbgrader."""
    shutil.copytree(REPO / "solutions", root / "solutions")
    shutil.copy(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    for assignment in ASSIGNMENTS:
        result = nbgrader("generate_assignment", assignment, "--force", cwd=root)
        assert result.returncode == 0, result.stderr[-3000:]
    clean_paths([root / "exercises"])
    return root


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("course"))


def test_every_assignment_is_released():
    assert sorted(p.name for p in (REPO / "exercises").iterdir() if p.is_dir()) == ASSIGNMENTS


def test_regenerating_exercises_gives_the_committed_files(course):
    fresh = sorted(p.relative_to(course / "exercises") for p in (course / "exercises").rglob("*"))
    committed = sorted(p.relative_to(REPO / "exercises") for p in (REPO / "exercises").rglob("*"))
    assert fresh == committed
    for rel in fresh:
        if (course / "exercises" / rel).is_file():
            new = (course / "exercises" / rel).read_bytes()
            assert new == (REPO / "exercises" / rel).read_bytes(), f"{rel} drifted: make release"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_no_solution_or_hidden_test_reaches_the_exercises(assignment):
    source = (REPO / "solutions" / assignment / f"{assignment}.ipynb").read_text(encoding="utf-8")
    source_nb = nbformat.reads(source, as_version=4)
    released = nbformat.read(REPO / "exercises" / assignment / f"{assignment}.ipynb", 4)
    released_text = "\n".join(cell.source for cell in released.cells)
    secret_lines, public_lines = set(), set()
    for cell in source_nb.cells:
        regions = SOLUTION_REGION.findall(cell.source) + HIDDEN_REGION.findall(cell.source)
        for region in regions:
            secret_lines.update(line.strip() for line in region.splitlines())
        public = HIDDEN_REGION.sub("", SOLUTION_REGION.sub("", cell.source))
        public_lines.update(line.strip() for line in public.splitlines())
    # Lines that only the solutions and hidden tests have (not brackets shared with visible code).
    secret_lines = {line for line in secret_lines - public_lines if len(line) > 3}
    assert len(secret_lines) >= 5, "the source should contain solutions and hidden tests"
    released_lines = {line.strip() for line in released_text.splitlines()}
    assert secret_lines & released_lines == set()
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS"):
        assert marker not in released_text
    assert released_text.count("raise NotImplementedError()") >= 3


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_pass_nbgrader_validate(assignment):
    folder = REPO / "solutions" / assignment
    result = nbgrader("validate", f"{assignment}.ipynb", cwd=folder)
    assert "Success! Your notebook passes all the tests." in result.stdout, result.stdout[-3000:]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_blank_exercise_fails_nbgrader_validate(assignment):
    folder = REPO / "exercises" / assignment
    result = nbgrader("validate", f"{assignment}.ipynb", cwd=folder)
    # Every graded cell with a visible check fails on the blank; cells whose tests are all
    # hidden have nothing to run in the released notebook.
    checking = sum(
        1
        for cell in nbformat.read(folder / f"{assignment}.ipynb", 4).cells
        if cell.metadata.get("nbgrader", {}).get("grade")
        and re.search(r"\bcheck\w*\(", cell.source)
    )
    assert checking >= 3
    assert f"VALIDATION FAILED ON {checking} CELL(S)!" in result.stdout, result.stdout[-3000:]


def solution_sources(assignment: str) -> dict[str, str]:
    """grade_id -> the solution code with nbgrader's markers removed."""
    nb = nbformat.read(REPO / "solutions" / assignment / f"{assignment}.ipynb", 4)
    answers = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            answers[meta["grade_id"]] = re.sub(
                r"[ \t]*### (BEGIN|END) SOLUTION\n?", "", cell.source
            )
    return answers


def submit(course: Path, student: str, answers: dict[str, str], assignment: str) -> None:
    released = course / "exercises" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(released, 4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    folder = course / "submitted" / student / assignment
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{assignment}.ipynb")


def autograde(course: Path, assignment: str, students: tuple[str, ...]) -> tuple[float, dict]:
    result = nbgrader("autograde", assignment, "--force", cwd=course)
    assert result.returncode == 0, result.stderr[-3000:]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        maximum = gradebook.find_assignment(assignment).max_score
        scores = {s: gradebook.find_submission(assignment, s).score for s in students}
    return maximum, scores


def test_autograde_gives_full_partial_and_zero_scores(course):
    answers = solution_sources("01-first-look")
    submit(course, "alice", answers, "01-first-look")  # everything right
    exact_match_only = (
        "def share_at_company(contacts, company):\n"
        "    return float((contacts['company'] == company).mean()) if len(contacts) else 0.0\n"
    )
    wrong_q2 = {**answers, "q2-answer": exact_match_only}
    submit(course, "bob", wrong_q2, "01-first-look")  # forgets case and spaces: loses 2 points
    submit(course, "carol", {}, "01-first-look")  # hands in the blank exercise
    maximum, scores = autograde(course, "01-first-look", ("alice", "bob", "carol"))
    assert maximum == 5
    assert scores == {"alice": 5, "bob": 3, "carol": 0}


@pytest.mark.parametrize("assignment", [a for a in ASSIGNMENTS if a != "01-first-look"])
def test_every_other_exercise_round_trips_through_autograde(course, assignment):
    submit(course, "dara", solution_sources(assignment), assignment)
    submit(course, "eli", {}, assignment)
    maximum, scores = autograde(course, assignment, ("dara", "eli"))
    assert maximum > 0
    assert scores == {"dara": maximum, "eli": 0}


def test_gamed_rewrites_earn_nothing_under_autograde(course):
    """Keyword stuffing and a model rewrite pasted from another situation score zero."""
    from rapport.messages.corpus import load_samples

    samples = {s.id: s for s in load_samples("corpus")}
    answers = solution_sources("03-messages")
    stuffed = "How can I help? You you you? " * 6
    pasted = samples["c-vague-pick-your-brain"].rewrite  # written for Nadia, not Ahmad
    gamed = {
        **answers,
        "b1-answer": f'rewrite_vague = """{stuffed}"""',
        "b2-answer": f'rewrite_ghost = """{pasted}"""',
    }
    submit(course, "gus", gamed, "03-messages")
    maximum, scores = autograde(course, "03-messages", ("gus",))
    assert maximum == 9
    assert scores == {"gus": 3}  # part A only

"""nbgrader's formgrader in a real Chromium, showing what `rapport grade` recorded.

A throwaway course is graded with ``grade_run`` (three sample learners: full marks, one point,
and a script handed in instead), then served by JupyterLab from the course folder, where
nbgrader's server extension reads ``nbgrader_config.py``. The pages are the ones an instructor
opens.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import nbformat
import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import Locator, Page, expect

from rapport.grading.execute import Limits
from rapport.grading.runner import RunOptions, grade_run

from .lab import UI_TIMEOUT_MS, Lab, running_lab

REPO = Path(__file__).resolve().parents[2]
ASSIGNMENT = NOTEBOOK = "01-first-look"
# learner -> total expected from the bundled samples; hana.ito handed in a script (rejected).
LEARNERS = {"amara.okafor": 5, "bruno.silva": 1, "hana.ito": 0}
AUTO_SCORES = {  # points per graded cell, as formgrader shows them for each graded notebook
    "amara.okafor": {"q1-check": "1", "q2-check": "2", "q3-check": "2"},
    "bruno.silva": {"q1-check": "1", "q2-check": "0", "q3-check": "0"},
}
MAX_SCORE = 5
# Formgrader is enabled in the venv's config; say so on the command line too, so the test does
# not depend on how the environment was set up (and never changes it).
FORMGRADER_ON = "--ServerApp.jpserver_extensions=nbgrader.server_extensions.formgrader=True"


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary course graded by ``grade_run`` from an inbox of three sample submissions.

    The inbox sits outside the course, as with ``make grade`` on ``samples/submitted`` or an
    LMS download; the course's own ``submitted/`` folder stays empty.
    """
    work = tmp_path_factory.mktemp("formgrader")
    course = work / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
    for folder in ("solutions", "exercises"):
        shutil.copytree(REPO / folder, course / folder)
    inbox = work / "inbox"
    for learner in LEARNERS:
        shutil.copytree(REPO / "samples" / "submitted" / learner, inbox / learner)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RAPPORT_DATA_DIR", str(work / "no-learner-data"))
        summary = grade_run(
            course,
            ASSIGNMENT,
            inbox,
            RunOptions(workers=2, limits=Limits(cell_timeout=10), progress=False),
        )
    assert summary.graded == len(LEARNERS), summary
    assert summary.statuses == {"graded": 2, "rejected": 1}, summary
    return course


@pytest.fixture(scope="module")
def formgrader(tmp_path_factory: pytest.TempPathFactory, course: Path) -> Iterator[Lab]:
    """JupyterLab serving the course folder (its root and working directory)."""
    # nbgrader's gradebook starts `alembic` by name: the server must find the venv's.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    try:
        with running_lab(
            tmp_path_factory.mktemp("formgrader-lab"),
            [],
            root=course,
            extra_args=[FORMGRADER_ON],
            extra_env={"PATH": path},
        ) as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def submission_id(course: Path, learner: str) -> str:
    """The id of ``learner``'s graded notebook in the course gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return gradebook.find_submission_notebook(NOTEBOOK, ASSIGNMENT, learner).id


def log_in(page: Page, lab: Lab) -> None:
    """Log the fresh browser context in at /formgrader, which opens Manage Assignments.

    The login cookie is set for the folder of the URL that carried the token, so a token on a
    deeper page would not reach the API calls its scripts make.
    """
    page.goto(f"{lab.base_url}/formgrader?{urlencode({'token': lab.token})}")
    expect(page).to_have_url(re.compile(r"/formgrader/manage_assignments/?$"))


def visit(page: Page, lab: Lab, path: str, **query: str) -> None:
    """Log in, then open a formgrader page."""
    log_in(page, lab)
    page.goto(f"{lab.base_url}{path}" + (f"?{urlencode(query)}" if query else ""))
    expect(page.locator("body")).not_to_contain_text("formgrader encountered an error")


def table_row(page: Page, text: str) -> Locator:
    """The row of formgrader's main table whose cells include exactly ``text``."""
    cell = page.locator("td").filter(has_text=re.compile(rf"^{re.escape(text)}$"))
    return page.locator("#main-table tr").filter(has=cell)


def test_the_assignment_is_listed_and_its_average_is_in_the_gradebook(
    page: Page, formgrader: Lab
) -> None:
    log_in(page, formgrader)  # /formgrader opens Manage Assignments
    expect(page.locator("h1", has_text="Manage Assignments")).to_be_visible()
    expect(table_row(page, ASSIGNMENT)).to_have_count(1, timeout=UI_TIMEOUT_MS)
    # "Manual Grading" lists the assignments of the gradebook with their average score.
    page.locator("a", has_text="Manual Grading").click()
    expect(page).to_have_url(re.compile(r"/formgrader/gradebook/?$"))
    row = table_row(page, ASSIGNMENT)
    expect(row).to_have_count(1, timeout=UI_TIMEOUT_MS)
    average = sum(LEARNERS.values()) / len(LEARNERS)
    expect(row.locator("td.score")).to_have_text(f"{average:g} / {MAX_SCORE}")


def test_manage_submissions_lists_each_learner_with_the_score_rapport_gave(
    page: Page, formgrader: Lab
) -> None:
    visit(page, formgrader, f"/formgrader/manage_submissions/{ASSIGNMENT}")
    ids = page.locator("#main-table td.student-id")
    expect(ids).to_have_text(sorted(LEARNERS), timeout=UI_TIMEOUT_MS)
    for learner, score in LEARNERS.items():
        row = table_row(page, learner)
        expect(row.locator("td.status")).to_have_text("graded")
        expect(row.locator("td.score")).to_have_text(f"{score} / {MAX_SCORE}")


def test_gradebook_shows_each_graded_notebooks_score_and_links_to_it(
    page: Page, formgrader: Lab, course: Path
) -> None:
    visit(page, formgrader, f"/formgrader/gradebook/{ASSIGNMENT}/{NOTEBOOK}")
    names = page.locator("#main-table td.name a.name-shown")
    # One graded notebook per learner whose file could be run; the script has none.
    expect(names).to_have_count(len(AUTO_SCORES), timeout=UI_TIMEOUT_MS)
    page.locator("#toggle_names").click()  # names are hidden until asked for
    expect(names.first).to_be_visible()
    for learner in AUTO_SCORES:
        link = page.locator("td.name a.name-shown", has_text=learner)
        row = page.locator("#main-table tr").filter(has=link)
        expect(row.locator("td.score")).to_have_text(f"{LEARNERS[learner]} / {MAX_SCORE}")
        expect(row.locator("td.code-score")).to_have_text(f"{LEARNERS[learner]} / {MAX_SCORE}")
    names.filter(has_text="amara.okafor").click()
    wanted = submission_id(course, "amara.okafor")
    expect(page).to_have_url(re.compile(rf"/formgrader/submissions/{wanted}/?(\?.*)?$"))
    expect(page.locator("#notebook-container").first).to_contain_text(
        "Student's answer", timeout=UI_TIMEOUT_MS
    )


@pytest.mark.parametrize("learner", sorted(AUTO_SCORES))
def test_a_submission_opens_as_the_autograded_notebook_with_its_points(
    page: Page, formgrader: Lab, course: Path, learner: str
) -> None:
    visit(page, formgrader, f"/formgrader/submissions/{submission_id(course, learner)}/", index="0")
    notebook = page.locator("#notebook-container").first
    expect(notebook).to_contain_text("Exercise 01", timeout=UI_TIMEOUT_MS)
    # The learner's own answer, as rapport wrote it into autograded/<learner>/.
    submitted = nbformat.read(
        REPO / "samples" / "submitted" / learner / ASSIGNMENT / f"{NOTEBOOK}.ipynb", 4
    )
    answers = [c.source for c in submitted.cells if c.metadata.get("nbgrader", {}).get("solution")]
    first_line = answers[0].strip().splitlines()[0]
    expect(notebook).to_contain_text(first_line)
    # Formgrader shows each automatic score as the placeholder of the cell's score box.
    for grade_id, points in AUTO_SCORES[learner].items():
        expect(page.locator(f"input.score#{grade_id}")).to_have_attribute(
            "placeholder", points, timeout=UI_TIMEOUT_MS
        )
    page.locator(".live-notebook span.glyphicon-eye-open").click()
    expect(page.locator(".live-notebook a.name-shown")).to_have_text(learner)


def test_learners_collected_into_the_course_still_show_as_graded(
    page: Page, formgrader: Lab, course: Path
) -> None:
    """After `nbgrader collect` (or a copy) into the course's submitted/ folder."""
    submitted = course / "submitted"
    for learner in LEARNERS:
        shutil.copytree(REPO / "samples" / "submitted" / learner, submitted / learner)
    try:
        visit(page, formgrader, f"/formgrader/manage_submissions/{ASSIGNMENT}")
        row = table_row(page, "amara.okafor")
        expect(row.locator("td.status")).not_to_be_empty(timeout=UI_TIMEOUT_MS)
        expect(row.locator("td.status")).to_have_text("graded", timeout=2_000)
        expect(row.locator("td.score")).to_have_text(f"5 / {MAX_SCORE}", timeout=2_000)
    finally:
        shutil.rmtree(submitted)

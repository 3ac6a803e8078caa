"""A room through the real workshop hub: release, fetch, submit, collect, grade, feedback.

``rapport workshop start`` runs a real JupyterHub with per-learner accounts from a roster. The
instructor releases exercise 01 with nbgrader; three learners log in from separate browser
contexts, fetch it from nbgrader's Assignments tab, answer differently in JupyterLab and
submit; the instructor collects and runs ``rapport grade``, whose scores must equal
``nbgrader autograde``'s; feedback goes back through the exchange and a learner fetches it from
the same tab. Each learner is an OS account that cannot open another's home.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import nbformat
import psutil
import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import Browser, Locator, Page, expect

from rapport.workshop.hub import running_pid

from ..nbgrader_cli import nbgrader
from .hub import (
    REPO,
    ROOT_REQUIRED,
    Hub,
    hub_command,
    is_root,
    log_in,
    open_assignments,
    running_hub,
    start_login,
    wait_for_lab,
)
from .lab import notebook_panel, wait_kernel_idle

# Several servers, kernels and browsers share two cores here: wait longer than lab tests do.
WAIT_MS = 180_000
ASSIGNMENT = "01-first-look"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
INSTRUCTOR = "instructor"
ROSTER = {"ana": "ana-secret-1", "ben": "ben-secret-2", "chen": "chen-secret-3"}
WRONG_COUNT = '''def count_connections(contacts: pd.DataFrame) -> int:
    """Return how many rows of ``contacts`` have a non-blank name."""
    return len(contacts)
'''


def sample_answers(learner: str) -> dict[str, str]:
    """The answer cells of a bundled sample submission, by grade id."""
    notebook = nbformat.read(REPO / "samples" / "submitted" / learner / NOTEBOOK, 4)
    return {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in notebook.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }


# Three different hand-ins: all right, one question right, a wrong first answer and no more.
ANSWERS = {
    "ana": sample_answers("amara.okafor"),
    "ben": sample_answers("bruno.silva"),
    "chen": {"q1-answer": WRONG_COUNT},
}
EXPECTED = {"ana": 5.0, "ben": 1.0, "chen": 0.0}


@pytest.fixture(scope="module")
def hub() -> Iterator[Hub]:
    if not is_root():
        if os.environ.get("CI"):
            pytest.fail(ROOT_REQUIRED, pytrace=False)
        pytest.skip(ROOT_REQUIRED)
    try:
        with running_hub(ROSTER) as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def answer_in_browser(page: Page, hub: Hub, learner: str) -> None:
    """Open the fetched notebook in JupyterLab, type the learner's answers, save."""
    page.goto(f"{hub.url}/user/{learner}/lab/tree/{NOTEBOOK}")
    panel = notebook_panel(page)
    expect(panel).to_have_count(1, timeout=WAIT_MS)
    wait_kernel_idle(page, timeout=WAIT_MS)
    cells = panel.locator(".jp-Cell")
    released = nbformat.read(hub.home(learner) / NOTEBOOK, 4)
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in released.cells]
    for grade_id, source in ANSWERS[learner].items():
        editor = cells.nth(ids.index(grade_id)).locator(".cm-content")
        editor.click()
        page.keyboard.press("Control+a")
        page.keyboard.insert_text(source)  # as pasted: no auto-indent or closing brackets
    page.keyboard.press("Control+s")
    current = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
    expect(current).to_contain_text(f"{ASSIGNMENT}.ipynb")
    expect(current).not_to_have_class(re.compile(r"jp-mod-dirty"), timeout=WAIT_MS)


def button(page: Page, list_id: str, label: str) -> Locator:
    """The button ``label`` of ``ASSIGNMENT``'s row in one of the Assignments tab's lists."""
    item = page.locator(f"#{list_id} .list_item").filter(has_text=ASSIGNMENT)
    return item.locator("button").filter(has_text=re.compile(rf"^{label}$"))


def scores(course: Path) -> dict[str, float]:
    """Each learner's total score for ``ASSIGNMENT`` in a course's gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return {s.student.id: s.score for s in gradebook.assignment_submissions(ASSIGNMENT)}


@pytest.fixture(scope="module")
def graded_room(hub: Hub, browser: Browser, tmp_path_factory) -> dict:
    """The whole round trip; returns what each step produced for the tests to check."""
    course = hub.workshop.course_root
    instructor = log_in(browser, hub, INSTRUCTOR, hub.passwords[INSTRUCTOR])
    expect(instructor).to_have_url(re.compile(r"/user/instructor/lab/tree/course"))
    # The instructor releases exercise 01 through nbgrader's exchange (a terminal command).
    hub.run_as(INSTRUCTOR, "nbgrader", "generate_assignment", ASSIGNMENT, "--force", cwd=course)
    hub.run_as(INSTRUCTOR, "nbgrader", "release_assignment", ASSIGNMENT, cwd=course)

    # The room logs in at once; then each learner fetches the exercise from the Assignments tab.
    pages = {name: start_login(browser, hub, name, password) for name, password in ROSTER.items()}
    for learner, page in pages.items():
        wait_for_lab(page, hub, learner)
        open_assignments(page)
        fetch = button(page, "released_assignments_list", "Fetch")
        expect(fetch).to_have_count(1, timeout=WAIT_MS)
        fetch.click()
        submit = button(page, "fetched_assignments_list", "Submit")
        expect(submit).to_have_count(1, timeout=WAIT_MS)
    for learner, page in pages.items():
        answer_in_browser(page, hub, learner)
        open_assignments(page)
        button(page, "fetched_assignments_list", "Submit").click()
        submitted = page.locator("#submitted_assignments_list .list_item")
        expect(submitted.filter(has_text=ASSIGNMENT).first).to_be_visible(timeout=WAIT_MS)

    # Collect, then grade the collected tree with `rapport grade`, as the instructor.
    hub.run_as(INSTRUCTOR, "nbgrader", "collect", ASSIGNMENT, cwd=course)
    graded = hub.run_as(
        INSTRUCTOR, "rapport", "grade", ASSIGNMENT, "submitted", "--workers", "2",
        "--timeout-cell", "60", "--quiet", cwd=course,
    )  # fmt: skip
    with (course / "graded" / ASSIGNMENT / "grades.csv").open() as handle:
        csv_scores = {r["learner"]: float(r["total"]) for r in csv.DictReader(handle)}

    # nbgrader's own autograde of the same collected tree, in a separate course copy.
    reference = tmp_path_factory.mktemp("autograde")
    for item in ("nbgrader_config.py", "solutions", "submitted"):
        copy = shutil.copytree if (course / item).is_dir() else shutil.copy2
        copy(course / item, reference / item)
    for step in (("generate_assignment", ASSIGNMENT, "--force"), ("autograde", ASSIGNMENT)):
        done = nbgrader(*step, cwd=reference)
        assert done.returncode == 0, done.stderr[-3000:]

    # `rapport grade` wrote each learner's page, with the submission's timestamp and secret,
    # into nbgrader's feedback/ folder: release it through the exchange with nothing else done
    # by hand; one learner fetches it from the Assignments tab.
    hub.run_as(INSTRUCTOR, "nbgrader", "release_feedback", ASSIGNMENT, cwd=course)
    ben = pages["ben"]
    open_assignments(ben)
    ben.locator("#refresh_assignments_list").click()
    button(ben, "submitted_assignments_list", "Fetch Feedback").click()
    view = ben.locator("#submitted_assignments_list a").filter(has_text="view feedback")
    expect(view).to_be_visible(timeout=WAIT_MS)
    return {
        "grade_output": graded.stdout,
        "csv": csv_scores,
        "ours": scores(course),
        "nbgrader": scores(reference),
        "instructor_page": instructor,
        "pages": pages,
    }


def test_each_learner_submitted_through_the_exchange(graded_room: dict, hub: Hub) -> None:
    submitted = hub.workshop.course_root / "submitted"
    # nbgrader names each learner by their OS account (rwh-XXXX-ana for hub user ana).
    assert sorted(p.name for p in submitted.iterdir()) == sorted(map(hub.account, ROSTER))
    for learner in ROSTER:
        notebook = nbformat.read(submitted / hub.account(learner) / NOTEBOOK, 4)
        answers = {
            c.metadata["nbgrader"]["grade_id"]: c.source
            for c in notebook.cells
            if c.metadata.get("nbgrader", {}).get("solution")
        }
        for grade_id, typed in ANSWERS[learner].items():
            assert answers[grade_id].strip() == typed.strip(), (learner, grade_id)
        assert (submitted / hub.account(learner) / ASSIGNMENT / "timestamp.txt").exists()


def test_rapport_grade_gives_nbgrader_autogrades_scores(graded_room: dict, hub: Hub) -> None:
    print("rapport grade:", graded_room["grade_output"].strip())
    expected = {hub.account(learner): score for learner, score in EXPECTED.items()}
    assert graded_room["ours"] == expected
    assert graded_room["ours"] == graded_room["nbgrader"]
    assert graded_room["csv"] == expected


def test_a_learner_fetches_feedback_with_their_score(graded_room: dict, hub: Hub) -> None:
    pages = sorted((hub.home("ben") / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
    assert len(pages) == 1, pages
    text = pages[0].read_text(encoding="utf-8")
    assert "Score: 1 / 5" in text, text[:2000]
    assert "BEGIN HIDDEN TESTS" not in text
    assert "count_connections" in text or "Question 1" in text
    assert not (hub.home("ana") / ASSIGNMENT / "feedback").exists()  # ana did not fetch hers


def test_a_learner_cannot_open_another_learners_home(graded_room: dict, hub: Hub) -> None:
    listing = hub.run_as("ana", "ls", str(hub.home("ben")), check=False)
    assert listing.returncode != 0
    assert "Permission denied" in listing.stderr
    reading = hub.run_as("ana", "cat", str(hub.home("ben") / NOTEBOOK), check=False)
    assert reading.returncode != 0
    assert "Permission denied" in reading.stderr
    assert oct(hub.home("ben").stat().st_mode & 0o777) == "0o700"
    # nor see other learners' hand-ins in the exchange's inbound folder
    inbound = hub.workshop.exchange / hub.workshop.course_id / "inbound"
    peeking = hub.run_as("ana", "ls", str(inbound), check=False)
    assert peeking.returncode != 0, peeking.stdout
    # the learner's own files are theirs
    mine = hub.run_as("ana", "cat", str(hub.home("ana") / NOTEBOOK))
    assert "count_connections" in mine.stdout


def test_formgrader_is_the_instructors_only(graded_room: dict, hub: Hub) -> None:
    page = graded_room["instructor_page"]
    page.goto(f"{hub.url}/user/{INSTRUCTOR}/formgrader/manage_assignments")
    expect(page.locator("h1", has_text="Manage Assignments")).to_be_visible(timeout=WAIT_MS)
    assignment = page.locator("#main-table tr").filter(has_text=ASSIGNMENT)
    expect(assignment).to_have_count(1, timeout=WAIT_MS)
    learner = graded_room["pages"]["ana"]
    response = learner.goto(f"{hub.url}/user/ana/formgrader/manage_assignments")
    assert response is not None
    assert response.status == 404


def test_stopping_the_hub_ends_every_server_and_keeps_learners_files(
    graded_room: dict, hub: Hub
) -> None:
    """Last in this module: `make workshop-stop` (the fixture's own stop then finds none)."""
    accounts = {hub.account(name) for name in [*ROSTER, INSTRUCTOR]}
    running = {p.info["username"] for p in psutil.process_iter(["username"])} & accounts
    assert running == accounts  # every user's server runs before the stop
    stopped = hub_command("stop", "--state-dir", str(hub.workshop.state))
    assert stopped.returncode == 0, stopped.stderr
    assert "stopped" in stopped.stdout
    assert running_pid(hub.workshop) is None
    # An ended process whose parent had gone stays a zombie until init reaps it: it runs
    # nothing and holds no port, so only live processes count as left behind.
    left = [p.info for p in psutil.process_iter(["pid", "username", "status", "cmdline"])]
    live = [p for p in left if p["username"] in accounts and p["status"] != psutil.STATUS_ZOMBIE]
    assert live == []
    with socket.socket() as probe:  # the proxy is gone: nothing answers the room's port
        assert probe.connect_ex(("127.0.0.1", hub.workshop.port)) != 0
    for learner in ROSTER:  # files are kept
        assert (hub.home(learner) / NOTEBOOK).is_file()
        assert (hub.home(learner) / "workbook" / "00-start-here.ipynb").is_file()

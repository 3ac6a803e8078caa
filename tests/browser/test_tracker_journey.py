"""The tracker journey of a learner who brought their own export, in real JupyterLab and Voilà.

A private data folder holds a realistic LinkedIn ``Connections.csv`` (notes preamble, BOM). The
learner opens workbook 05, runs all, types a NEW person's name (the add button follows the
typing), adds them, logs an interaction with the form, sees the dashboard count it, logs one
with a person from their own export, and nothing of the sample reaches their tracker file. The
Voilà app is used once the same way. Click-to-saved latencies are printed, not asserted.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from rapport.data import sample_path

from ..learner_export import names, write_connections
from .conftest import REPO
from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    VoilaApp,
    assert_no_error_outputs,
    notebook_panel,
    open_notebook,
    run_all_cells,
    running_lab,
    running_voila,
)

NOTEBOOK = "workbook/05-weekly-tracker.ipynb"
NEW_PERSON = "Priya Natarajan"
OWN_PERSON = "Marisol Quintero"  # from the learner's own Connections.csv
VOILA_LOAD_TIMEOUT_MS = 120_000


def sample_people() -> set[str]:
    import csv

    with sample_path("interactions.csv").open(encoding="utf-8") as handle:
        return {n.strip() for row in csv.DictReader(handle) for n in row["people"].split(";")}


@pytest.fixture(scope="module")
def own_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """A JupyterLab whose learner data folder holds the learner's own export."""
    try:
        with running_lab(tmp_path_factory.mktemp("journey"), [REPO / "workbook"]) as lab:
            assert lab.data_dir is not None
            write_connections(lab.data_dir)
            yield lab
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def log_with_form(page: Page, form: Locator, person: str, note: str, kind: str) -> float:
    """Type a known person and a note, click the kind; return seconds from click to "saved"."""
    form.locator(".rapport-log-person input").fill(person)
    form.locator(".rapport-log-note input").fill(note)
    started = time.monotonic()
    form.locator(f"button.rapport-kind-{kind}").click()
    try:
        expect(form.locator(".rapport-log-message")).to_contain_text(
            f"saved: {kind} with {person}", timeout=UI_TIMEOUT_MS
        )
    except AssertionError:
        assert_no_error_outputs(page)
        raise
    return time.monotonic() - started


def check_the_learners_file(data_dir: Path, logged: list[str]) -> None:
    """Open the tracker file itself: only the learner's own people and entries are in it."""
    db = sqlite3.connect(data_dir / "tracker.sqlite")
    try:
        people = {row[0] for row in db.execute("SELECT name FROM people")}
        rows = db.execute(
            "SELECT p.name, i.sample FROM interactions i JOIN interaction_people ip "
            "ON ip.interaction_id = i.id JOIN people p ON p.id = ip.person_id ORDER BY i.id"
        ).fetchall()
    finally:
        db.close()
    assert rows == [(name, 0) for name in logged]
    assert not people & sample_people(), people & sample_people()
    assert set(names()) <= people


def test_a_learner_logs_a_new_person_in_workbook_05(
    page: Page, own_lab: Lab, capsys: pytest.CaptureFixture
) -> None:
    open_notebook(page, own_lab, NOTEBOOK)
    run_all_cells(page)
    panel = notebook_panel(page)
    expect(panel).to_contain_text("Your tracker knows the 5 people in Connections.csv")
    form = panel.locator(".rapport-log-form")
    week = panel.locator(".rapport-dashboard .rapport-week [data-people]")
    expect(form).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(panel.locator(".rapport-sample-banner")).to_have_count(0)
    expect(week).to_have_attribute("data-people", "0")
    # The name field suggests the learner's own connections, and no fictional people.
    options = form.locator(".rapport-log-person datalist option")
    expect(options).to_have_count(5, timeout=UI_TIMEOUT_MS)
    suggested = {o.get_attribute("value") for o in options.all()}
    assert suggested == set(names())

    # A new person, typed key by key: the add button follows the typing.
    person = form.locator(".rapport-log-person input")
    add = form.locator("button.rapport-add-person")
    person.press_sequentially(NEW_PERSON[:5], delay=40)
    expect(add).to_have_text(f"add {NEW_PERSON[:5]}", timeout=UI_TIMEOUT_MS)
    person.press_sequentially(NEW_PERSON[5:], delay=40)
    expect(add).to_have_text(f"add {NEW_PERSON}", timeout=UI_TIMEOUT_MS)
    started = time.monotonic()
    add.click()
    expect(form.locator(".rapport-log-message")).to_contain_text(
        f"Added {NEW_PERSON}", timeout=UI_TIMEOUT_MS
    )
    added = time.monotonic() - started
    assert_no_error_outputs(page)  # the SQLite thread error showed here
    expect(add).to_be_hidden()
    expect(options).to_have_count(6, timeout=UI_TIMEOUT_MS)

    form.locator(".rapport-log-channel button", has_text="call").click()
    first = log_with_form(page, form, NEW_PERSON, "Talked about her nursing rota app", "give")
    expect(week).to_have_attribute("data-people", "1", timeout=UI_TIMEOUT_MS)
    expect(panel.locator(".rapport-dashboard .rapport-week")).to_contain_text("1 giving")
    # The form is ready for the next entry: no person, a message I sent.
    expect(person).to_have_value("")
    expect(form.locator(".rapport-log-channel button.mod-active")).to_have_text("message")
    second = log_with_form(page, form, OWN_PERSON, "Asked how the night shifts are going", "ask")
    expect(week).to_have_attribute("data-people", "2", timeout=UI_TIMEOUT_MS)
    # The weekly review further down follows the log without running its cell again.
    review = panel.locator(".rapport-review .rapport-review-prompts")
    expect(review).to_contain_text("2 people, in 2 interactions", timeout=UI_TIMEOUT_MS)
    assert_no_error_outputs(page)

    # The goal box keeps what was typed: a number box turned "2.5" into 25 and 1000 into 500.
    dashboard = panel.locator(".rapport-dashboard")
    goal = dashboard.locator(".rapport-goal input")
    before = dashboard.locator(".rapport-week [data-goal]").get_attribute("data-goal")
    for typed, says in (("2.5", "you typed 2.5"), ("1000", "from 1 to 500, not 1,000")):
        goal.fill("")
        goal.press_sequentially(typed, delay=40)
        goal.press("Tab")
        dashboard.locator("button.rapport-set-goal").click()
        expect(dashboard.locator(".rapport-dashboard-message")).to_contain_text(
            says, timeout=UI_TIMEOUT_MS
        )
        expect(goal).to_have_value(typed)
        expect(dashboard.locator(".rapport-week [data-goal]")).to_have_attribute(
            "data-goal", before
        )
    goal.fill("")
    goal.press_sequentially("4", delay=40)
    dashboard.locator("button.rapport-set-goal").click()
    expect(dashboard.locator(".rapport-week [data-goal]")).to_have_attribute(
        "data-goal", "4", timeout=UI_TIMEOUT_MS
    )
    expect(dashboard.locator(".rapport-dashboard-message")).to_contain_text("4 people this week")
    assert_no_error_outputs(page)

    check_the_learners_file(own_lab.data_dir, [NEW_PERSON, OWN_PERSON])
    with capsys.disabled():
        print(
            f"\nworkbook 05 journey: add person click-to-added {added:.2f} s; "
            f"click-to-saved {first:.2f} s (new person), {second:.2f} s (own connection)"
        )


@pytest.fixture(scope="module")
def own_voila(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoilaApp]:
    try:
        with running_voila(REPO / "apps" / "tracker.ipynb", tmp_path_factory.mktemp("v")) as app:
            write_connections(app.data_dir)  # before the first request runs the notebook
            yield app
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_the_voila_app_logs_for_the_learners_own_people(
    page: Page, own_voila: VoilaApp, capsys: pytest.CaptureFixture
) -> None:
    page.goto(own_voila.base_url, timeout=VOILA_LOAD_TIMEOUT_MS)
    form = page.locator(".rapport-log-form")
    try:
        expect(form).to_have_count(1, timeout=VOILA_LOAD_TIMEOUT_MS)
    except AssertionError:
        body = page.locator("body").inner_text()
        raise AssertionError(f"no form; page:\n{body[-3000:]}\n{own_voila.log_tail()}") from None
    expect(page.locator("body")).to_contain_text("Your tracker knows the 5 people")
    expect(page.locator(".rapport-sample-banner")).to_have_count(0)
    saved = log_with_form(page, form, OWN_PERSON, "Sent her the rota article", "give")
    expect(page.locator(".rapport-week [data-people]")).to_have_attribute(
        "data-people", "1", timeout=UI_TIMEOUT_MS
    )
    caught = [t for t in page.locator(".rapport-error").all_text_contents() if t.strip()]
    assert caught == [], caught
    check_the_learners_file(own_voila.data_dir, [OWN_PERSON])
    with capsys.disabled():
        print(f"\nVoilà tracker app: click-to-saved {saved:.2f} s")

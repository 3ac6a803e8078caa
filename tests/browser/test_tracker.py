"""The weekly tracker in a real browser: the logging form and the dashboard in JupyterLab, and
apps/tracker.ipynb as a Voilà app over an empty data folder (the sample is opt-in)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import REPO
from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    VoilaApp,
    assert_no_error_outputs,
    expect_svg_text,
    notebook_panel,
    open_notebook,
    run_all_cells,
    running_voila,
    write_notebook,
)

NOTEBOOK = "tracker-under-test.ipynb"
TRACKER_FILE = "tracker-under-test.sqlite"
NOTE = "Lent her <b>my</b> notes & a book"
APP = REPO / "apps" / "tracker.ipynb"
VOILA_LOAD_TIMEOUT_MS = 120_000  # a cold kernel runs the whole app before the page shows it


def cells(path: Path) -> list[str]:
    return [
        "from datetime import date\n"
        "from rapport.tracker import TrackerStore\n"
        "from widgets import LogForm, WeeklyDashboard\n\n"
        f"store = TrackerStore({str(path)!r})\n"
        "store.add_person('Ada Lovelace')\n"
        "store.add_person('Grace Hopper')\n"
        "store.log(date.today(), 'Grace Hopper', 'message', 'me', 'check-in', 'seeded')",
        "form = LogForm(store)\ndashboard = WeeklyDashboard(store)\n"
        "form.on_logged(dashboard.refresh)\nform",
        "dashboard",
    ]


@pytest.fixture
def tracker_notebook(lab: Lab) -> str:
    assert lab.data_dir is not None, "the lab fixture does not say where RAPPORT_DATA_DIR is"
    path = lab.data_dir / TRACKER_FILE
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return write_notebook(lab, NOTEBOOK, cells(path))


def test_logging_in_the_form_updates_the_dashboard(
    page: Page, lab: Lab, tracker_notebook: str
) -> None:
    open_notebook(page, lab, tracker_notebook)
    run_all_cells(page)
    panel = notebook_panel(page)
    form = panel.locator(".rapport-log-form")
    week = panel.locator(".rapport-dashboard .rapport-week")
    expect(form).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(week.locator("[data-people]")).to_have_attribute("data-people", "1")
    expect(form.locator(".rapport-recent")).to_contain_text("seeded")

    form.locator(".rapport-log-person input").fill("Ada Lovelace")
    form.locator(".rapport-log-note input").fill(NOTE)
    form.locator("button.rapport-kind-give").click()

    expect(week.locator("[data-people]")).to_have_attribute(
        "data-people", "2", timeout=UI_TIMEOUT_MS
    )
    expect(week).to_contain_text("2 people")
    expect(week).to_contain_text("1 giving, 0 asking")
    expect(form.locator(".rapport-log-message")).to_contain_text("saved: give with Ada Lovelace")
    newest = form.locator(".rapport-recent li").first
    expect(newest).to_contain_text("Ada Lovelace")
    expect(newest.locator(".rapport-entry-note")).to_have_text(NOTE)  # the markup is text
    expect(newest.locator(".rapport-entry-note b")).to_have_count(0)
    expect(form.locator(".rapport-log-note input")).to_have_value("")
    assert_no_error_outputs(page)


@pytest.fixture(scope="module")
def voila_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoilaApp]:
    try:
        with running_voila(APP, tmp_path_factory.mktemp("voila")) as app:
            yield app
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_the_app_runs_in_voila(
    page: Page, voila_app: VoilaApp, capsys: pytest.CaptureFixture
) -> None:
    started = time.monotonic()
    page.goto(voila_app.base_url, timeout=VOILA_LOAD_TIMEOUT_MS)
    week = page.locator(".rapport-week")
    try:
        expect(week).to_contain_text("This week", timeout=VOILA_LOAD_TIMEOUT_MS)
    except AssertionError:
        body = page.locator("body").inner_text()
        raise AssertionError(
            f"no week line; page text:\n{body[-3000:]}\nVoilà log:\n{voila_app.log_tail()}"
        ) from None
    loaded = time.monotonic() - started
    expect(page.locator(".rapport-log-form")).to_have_count(1)
    expect(page.locator(".rapport-review")).to_contain_text("Weekly review")
    expect_svg_text(page.locator(".rapport-tracker-charts"), "The last 12 weeks")
    # An empty data folder: the learner's own (empty) tracker, no sample written into it.
    expect(page.locator("body")).to_contain_text("No Connections.csv of yours")
    expect(page.locator(".rapport-sample-banner")).to_have_count(0)
    body = page.locator("body").inner_text()
    assert not re.search(r"Traceback|There was an error when executing cell", body), body[-3000:]
    caught = [t for t in page.locator(".rapport-error").all_text_contents() if t.strip()]
    assert caught == [], caught
    with capsys.disabled():
        print(f"\nVoilà tracker app: week line shown {loaded:.1f} s after the request")

"""Headless tests of the tracker's widgets: set values, click, assert the state and the database."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import nbformat
import pytest

from rapport.data import sample_path
from rapport.tracker import TrackerStore
from rapport.tracker.queries import week_start
from widgets import LogForm, ReviewPanel, WeeklyDashboard

TODAY = date(2026, 10, 22)  # a Thursday in the sample log's last week
REPO = Path(__file__).resolve().parent.parent
APP = REPO / "apps" / "tracker.ipynb"
EVIL = "<img src=x onerror=window.__pwned=1> <b>bold</b> & co"


@pytest.fixture
def store(tmp_path: Path) -> TrackerStore:
    store = TrackerStore(tmp_path / "tracker.sqlite")
    store.add_person("Ada Lovelace")
    store.add_person("Grace Hopper")
    yield store
    store.close()


@pytest.fixture
def sample_store(tmp_path: Path) -> TrackerStore:
    store = TrackerStore(tmp_path / "sample.sqlite")
    store.import_csv(sample_path("interactions.csv"))
    yield store
    store.close()


def week_people(dashboard: WeeklyDashboard) -> int:
    return int(dashboard.week.value.split("data-people='")[1].split("'")[0])


def test_one_click_logs_with_the_other_fields(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    assert "rapport-log-form" in form._dom_classes
    assert form.day.value == TODAY
    assert set(form.person.options) == {"Ada Lovelace", "Grace Hopper"}
    form.person.value = "Ada Lovelace"
    form.channel.value = "coffee"
    form.direction.value = "them"
    form.note.value = "Talked about analytical engines"
    logged = []
    form.on_logged(lambda: logged.append(True))
    form.kinds["give"].click()

    log = store.interactions()
    assert len(log) == 1
    row = log.iloc[0]
    assert (row.date, row.people, row.channel, row.direction, row.kind, row.note) == (
        TODAY, "Ada Lovelace", "coffee", "them", "give", "Talked about analytical engines",
    )  # fmt: skip
    assert logged == [True]
    assert form.note.value == ""
    assert "saved" in form.message.value
    assert "Talked about analytical engines" in form.recent.value
    assert not form.undo.disabled


def test_last_entries_show_five_newest_and_undo_removes_the_last(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    for number in range(7):
        form.person.value = "Grace Hopper"  # the form clears after each save
        form.note.value = f"note number {number}"
        form.kinds["check-in"].click()
    assert len(store.interactions()) == 7
    assert form.recent.value.count("<li") == 5
    assert "note number 6" in form.recent.value
    assert "note number 1" not in form.recent.value
    assert form.recent.value.index("note number 6") < form.recent.value.index("note number 2")

    form.undo.click()
    log = store.interactions()
    assert len(log) == 6
    assert "note number 6" not in set(log["note"])
    assert "note number 6" not in form.recent.value
    assert "Removed the last entry" in form.message.value


def test_undo_on_an_empty_tracker_says_so(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    assert form.undo.disabled
    form.undo_last()
    assert "Nothing to undo" in form.message.value
    assert form.errors.last_error is None


def test_an_unknown_person_is_offered_the_add_button(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    assert form.add_person.layout.display == "none"
    form.person.value = "Katherine Johnson"
    assert form.add_person.layout.display != "none"
    assert "Katherine Johnson" in form.add_person.description

    form.note.value = "Asked about orbital mechanics"
    form.kinds["ask"].click()  # not added yet: refused, explained, nothing saved
    assert store.interactions().empty
    assert "not in your tracker yet" in form.message.value
    assert form.note.value == "Asked about orbital mechanics"

    form.add_person.click()
    assert "Katherine Johnson" in set(store.people()["name"])
    assert "Katherine Johnson" in form.person.options
    assert form.add_person.layout.display == "none"
    form.kinds["ask"].click()
    assert list(store.interactions()["people"]) == ["Katherine Johnson"]


def test_names_match_ignoring_case(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    form.person.value = "ada lovelace"
    assert form.add_person.layout.display == "none"
    form.note.value = "Coffee"
    form.kinds["give"].click()
    assert list(store.interactions()["people"]) == ["Ada Lovelace"]


def test_a_future_date_is_explained_and_nothing_saved(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    form.person.value = "Ada Lovelace"
    form.day.value = TODAY + timedelta(days=3)
    form.note.value = "Planned lunch"
    assert form.log("give") is None
    assert store.interactions().empty
    assert "is in the future: log interactions after they happen." in form.message.value
    assert "Traceback" not in form.message.value
    assert form.errors.value == ""  # a refusal is not an error
    assert form.note.value == "Planned lunch"  # nothing lost

    form.note.value = "   "
    form.day.value = TODAY
    form.kinds["give"].click()
    assert "Write a short note" in form.message.value
    assert store.interactions().empty


def test_markup_in_a_note_and_a_name_is_escaped(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    form.person.value = EVIL
    form.add_person.click()
    form.note.value = EVIL
    form.kinds["give"].click()
    assert store.interactions().iloc[0].note == EVIL
    for shown in (form.recent.value, form.message.value):
        assert "<img" not in shown
        assert "<b>bold" not in shown
    assert "&lt;img src=x onerror=window.__pwned=1&gt; &lt;b&gt;bold&lt;/b&gt; &amp; co" in (
        form.recent.value
    )
    dashboard = WeeklyDashboard(store, today=TODAY)
    review = ReviewPanel(store, today=TODAY)
    for shown in (dashboard.week.value, dashboard.turn.value, dashboard.intros.value,
                  review.prompts.value):  # fmt: skip
        assert "<img" not in shown


def test_the_week_line_follows_logging_and_the_goal(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    dashboard = WeeklyDashboard(store, today=TODAY)
    form.on_logged(dashboard.refresh)
    assert "rapport-dashboard" in dashboard._dom_classes
    assert "rapport-week" in dashboard.week._dom_classes
    assert week_people(dashboard) == 0
    assert "no goal set" in dashboard.week.value

    form.person.value = "Ada Lovelace"
    form.note.value = "Sent her the paper"
    form.kinds["give"].click()
    assert week_people(dashboard) == 1
    assert "1 giving, 0 asking" in dashboard.week.value

    dashboard.goal.value = "3"
    dashboard.set_goal.click()
    assert store.goals() == {week_start(TODAY): 3}
    assert "goal 3, 2 to go" in dashboard.week.value
    dashboard.goal.value = "1"
    dashboard.set_goal.click()
    assert "goal of 1 met" in dashboard.week.value
    assert "streak: 1 week meeting" in dashboard.week.value

    form.undo.click()
    assert week_people(dashboard) == 0
    assert dashboard.errors.last_error is None
    assert form.errors.last_error is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2.5", "you typed 2.5."),  # a number box would have made it 25
        ("1,5", "you typed 1,5."),
        ("1000", "from 1 to 500, not 1,000"),  # a number box would have made it 500
        ("0", "not 0"),
        ("three", "you typed three."),
        ("  ", "the box is empty"),
    ],
)
def test_a_goal_that_is_not_a_whole_number_is_refused_and_kept(
    store: TrackerStore, typed: str, says: str
) -> None:
    dashboard = WeeklyDashboard(store, today=TODAY)
    dashboard.goal.value = typed
    dashboard.set_goal.click()
    assert store.goals() == {}
    assert says in dashboard.message.value
    assert "A weekly goal is a whole number of people" in dashboard.message.value
    assert dashboard.goal.value == typed  # what was typed stays, to be corrected
    assert dashboard.errors.last_error is None  # a clear message, not a traceback
    dashboard.goal.value = " 12 "
    dashboard.set_goal.click()
    assert store.goals() == {week_start(TODAY): 12}
    assert "Goal saved: 12 people this week." in dashboard.message.value


def test_a_cadence_that_is_not_a_whole_number_is_refused(sample_store: TrackerStore) -> None:
    dashboard = WeeklyDashboard(sample_store, today=TODAY)
    dashboard.cadence_person.value = "Wojciech Šimek"
    dashboard.cadence_days.value = "7.5"
    dashboard.set_cadence.click()
    assert "A cadence is a whole number of days from 1 to 3650" in dashboard.message.value
    people = sample_store.people().set_index("name")
    assert people["cadence_days"].isna()["Wojciech Šimek"]
    assert "Wojciech Šimek" not in dashboard.quiet.value


def test_the_dashboard_over_the_sample(sample_store: TrackerStore) -> None:
    dashboard = WeeklyDashboard(sample_store, today=TODAY)
    assert week_people(dashboard) == 7
    assert "Your turn" in dashboard.turn.value
    assert "<li>" in dashboard.turn.value
    assert "set a keep-in-touch cadence" in dashboard.quiet.value
    assert dashboard.intros.value.count("class='rapport-intro'") >= 1
    assert dashboard.intros.value.count("the same before I connect anyone") >= 2  # both drafts
    assert "You noted " in dashboard.intros.value  # and why, quoting the notes
    # A cadence makes the quiet list: someone last seen in August is past 30 days.
    dashboard.cadence_person.value = "Wojciech Šimek"
    dashboard.cadence_days.value = "30"
    dashboard.set_cadence.click()
    assert "Wojciech Šimek" in dashboard.quiet.value
    assert "past your 30-day cadence" in dashboard.quiet.value


def test_review_saves_and_reloads_the_reflection(sample_store: TrackerStore) -> None:
    review = ReviewPanel(sample_store, today=TODAY)
    assert "rapport-review" in review._dom_classes
    prompts = review.prompts.value
    assert "How many different people did I actually interact with this week?" in prompts
    assert "7 people, in 8 interactions." in prompts
    assert "3 giving, 0 asking." in prompts
    assert "Whom do I owe a reply" in prompts
    assert "Who has gone quiet" in prompts
    assert "Whom did I meet for the first time lately, and have I given them a reason" in prompts
    assert "what have I done to make them want to know me" not in prompts  # the essay's words
    assert review.text.value == ""

    review.save.click()  # empty: refused with the tracker's words
    assert "Write a sentence or two" in review.status.value
    review.text.value = "Gave more than I asked. <script>x</script>"
    review.save.click()
    assert "saved" in review.status.value
    assert (
        sample_store.reflection(week_start(TODAY)) == "Gave more than I asked. <script>x</script>"
    )
    review.text.value += " More."
    assert review.status.value == ""  # an edit is not saved yet

    again = ReviewPanel(sample_store, today=TODAY)
    assert again.text.value == "Gave more than I asked. <script>x</script>"


def test_the_app_notebook_is_clean_and_has_parameters() -> None:
    nb = nbformat.read(APP, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert 'tracker_path = ""' in tagged[0].source
    assert "use_sample = False" in tagged[0].source  # the sample is opt-in
    for cell in nb.cells:
        assert cell.get("outputs", []) == []
        assert cell.get("execution_count") is None


@pytest.mark.notebook
def test_the_app_runs_top_to_bottom_with_papermill(tmp_path: Path) -> None:
    import papermill as pm

    copy = tmp_path / "tracker.ipynb"
    shutil.copy(APP, copy)
    path = tmp_path / "mine.sqlite"
    pm.execute_notebook(
        str(copy),
        str(tmp_path / "out.ipynb"),
        parameters={"tracker_path": str(path)},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=300,
    )
    out = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    errors = [o for c in out.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    store = TrackerStore(path)  # the learner's tracker did not get the sample
    try:
        assert len(store.interactions()) == 0
        assert store.people().empty
    finally:
        store.close()
    text = json.dumps([c.get("outputs", []) for c in out.cells])
    assert "application/vnd.jupyter.widget-view+json" in text


def test_clicking_add_and_a_kind_from_another_thread_works(store: TrackerStore) -> None:
    # With ipykernel 7 a widget callback can run on a thread other than the one that made the
    # store (the bug: "SQLite objects created in a thread can only be used in that same thread").
    import threading

    form = LogForm(store, today=TODAY)

    def learner() -> None:
        form.person.value = "Katherine Johnson"
        form.add_person.click()
        form.note.value = "Asked about orbital mechanics"
        form.kinds["ask"].click()

    thread = threading.Thread(target=learner)
    thread.start()
    thread.join()
    assert form.errors.last_error is None, form.errors.value
    assert "Katherine Johnson" in set(store.people()["name"])
    assert list(store.interactions()["people"]) == ["Katherine Johnson"]


def test_the_add_button_label_follows_the_typed_name(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    for typed in ("K", "Ka", "Kat", "Katherine J"):
        form.person.value = typed
        assert form.add_person.description == f"add {typed}"
    form.person.value = "Ada Lovelace"
    assert form.add_person.layout.display == "none"


def test_after_a_save_the_form_resets_to_defaults(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    form.person.value = "Ada Lovelace"
    form.day.value = TODAY - timedelta(days=2)
    form.channel.value = "coffee"
    form.direction.value = "them"
    form.note.value = "Talked about engines"
    form.kinds["give"].click()
    assert len(store.interactions()) == 1
    assert (form.person.value, form.channel.value, form.direction.value, form.note.value) == (
        "", "message", "me", "",
    )  # fmt: skip
    assert form.day.value == TODAY - timedelta(days=2)  # several entries of one day
    form.person.value = "Grace Hopper"
    form.note.value = "Second one"
    form.kinds["ask"].click()
    row = store.interactions().iloc[-1]
    assert (row.people, row.channel, row.direction) == ("Grace Hopper", "message", "me")


def test_the_sample_tracker_is_labelled_in_the_form_and_dashboard() -> None:
    sample = TrackerStore.sample()
    try:
        form, dashboard = LogForm(sample, today=TODAY), WeeklyDashboard(sample, today=TODAY)
        for widget in (form, dashboard):
            banner = widget.children[0]
            assert "rapport-sample-banner" in banner._dom_classes
            assert "<b>Sample</b>" in banner.value
    finally:
        sample.close()


def test_a_real_tracker_has_no_sample_label(store: TrackerStore) -> None:
    form = LogForm(store, today=TODAY)
    assert not any("rapport-sample-banner" in c._dom_classes for c in form.children)


def test_counts_of_one_and_kinds_that_start_with_a_vowel_read_as_english(tmp_path):
    import pandas as pd

    from widgets.tracker_dashboard import quiet_html, turn_html

    today = date(2026, 3, 10)
    turns = pd.DataFrame({"person": ["Zoë"], "last_day": [today - timedelta(days=1)]})
    assert "they reached out yesterday" in turn_html(turns, today)
    turns = pd.DataFrame({"person": ["Zoë"], "last_day": [today - timedelta(days=12)]})
    assert "they reached out 12 days ago" in turn_html(turns, today)
    people = pd.DataFrame({"person": ["Ana", "Ben"], "cadence_days": [1, 14]})
    late = pd.DataFrame({"person": ["Ana", "Ben"], "cadence_days": [1, 14],
                         "days_since": [float("nan"), 1], "days_overdue": [0, 0]})  # fmt: skip
    shown = quiet_html(late, people)
    assert "no interaction logged yet (every day)" in shown
    assert "1 day since the last interaction" in shown
    form = LogForm(TrackerStore(tmp_path / "tracker.db"))
    assert form.kinds["ask"].tooltip == "log this as an ask"
    assert form.kinds["introduction"].tooltip == "log this as an introduction"
    assert form.kinds["give"].tooltip == "log this as a give"

from datetime import date

import pytest
from icalendar import Calendar

from rapport.messages import analyze
from rapport.tracker import TrackerError, TrackerStore
from rapport.tracker.introductions import suggest_introductions
from rapport.tracker.queries import overdue, whose_turn
from rapport.tracker.reminders import export_reminders

TODAY = date(2026, 10, 28)


@pytest.fixture
def store(tmp_path):
    s = TrackerStore(tmp_path / "t.sqlite")
    s.add_person("Ana Silva", cadence_days=14)
    s.add_person("Ben Okoro")
    s.add_person("Chen Wei")
    s.log("2026-09-01", "Ana Silva", "call", "me", "give", "Shared the rota template")
    s.log("2026-10-20", "Ben Okoro", "message", "them", "ask", "Asked about night shifts")
    return s


def test_reminders_import_as_calendar_events_with_stable_ids(store, tmp_path):
    log, people = store.interactions(), store.people()
    path = export_reminders(tmp_path / "r.ics", overdue(log, people, TODAY), whose_turn(log), TODAY)
    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Check in with Ana Silva", "Reply to Ben Okoro"}
    assert events["Check in with Ana Silva"].decoded("dtstart") == TODAY
    assert "every 14 days" in str(events["Check in with Ana Silva"]["description"])
    again = export_reminders(
        tmp_path / "s.ics", overdue(log, people, TODAY), whose_turn(log), TODAY
    )
    uids = {str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids == {str(e["uid"]) for e in events.values()}


def test_introductions_pair_people_with_shared_topics_and_draft_double_opt_ins(store):
    store.log(
        "2026-10-21",
        "Ana Silva",
        "coffee",
        "me",
        "check-in",
        "Talked about burnout in night nursing",
    )
    store.log("2026-10-22", "Chen Wei", "call", "them", "check-in", "His study on nursing burnout")
    store.log("2026-10-23", "Ben Okoro", "message", "me", "give", "Sent a bakery supplier list")
    pairs = suggest_introductions(store.interactions(), min_shared=2)
    assert list(zip(pairs["first"], pairs["second"], strict=True)) == [("Ana Silva", "Chen Wei")]
    assert {"burnout", "nursing"} <= set(pairs.loc[0, "shared"])
    for draft in (pairs.loc[0, "draft_first"], pairs.loc[0, "draft_second"]):
        result = analyze(draft)
        assert "double-opt-in" in result.rule_ids
        assert result.verdict == "good"
    assert pairs.loc[0, "draft_first"].startswith("Hi Ana,")
    assert pairs.loc[0, "draft_second"].startswith("Hi Chen,")


def test_no_shared_topics_means_no_suggestion(store):
    assert suggest_introductions(store.interactions(), min_shared=3).empty


def test_reflections_are_saved_per_week_and_replaced(store):
    week = date(2026, 10, 26)
    assert store.reflection(week) == ""
    store.save_reflection(week, "Gave more than I asked.")
    store.save_reflection(week, "  Gave more than I asked; called Ana.  ")
    assert store.reflection(week) == "Gave more than I asked; called Ana."
    with pytest.raises(TrackerError, match="Write a sentence"):
        store.save_reflection(week, "   ")


def test_twelve_week_chart_counts_unique_people_and_shows_goals(store):
    import vl_convert as vlc

    from rapport.tracker.charts import give_ask_chart, weekly_chart, weekly_people

    store.log("2026-10-27", ["Ana Silva", "Chen Wei"], "coffee", "me", "give", "two people")
    store.log("2026-10-28", "Ana Silva", "call", "me", "ask", "Ana again")
    store.set_goal(date(2026, 10, 26), 3)
    counts = weekly_people(store.interactions(), TODAY)
    assert len(counts) == 12
    assert counts["people"].iloc[-1] == 2  # Ana twice, Chen once: two people
    assert counts["week"].iloc[-1] == date(2026, 10, 26)
    spec = weekly_chart(store.interactions(), TODAY, store.goals()).to_dict()
    goal_rows = next(d for d in spec["datasets"].values() if len(d) == 1)
    assert goal_rows[0]["goal"] == 3
    weekly_svg = vlc.vegalite_to_svg(weekly_chart(store.interactions(), TODAY, {}).to_dict())
    assert "The last 12 weeks" in weekly_svg
    give_svg = vlc.vegalite_to_svg(give_ask_chart(store.interactions(), TODAY).to_dict())
    assert "Give and ask" in give_svg


def test_give_ask_weeks_are_in_time_order_not_alphabetical(store):
    from rapport.tracker.charts import give_ask_chart

    store.log("2026-09-07", "Ana Silva", "call", "me", "give", "September")
    store.log("2026-10-12", "Ana Silva", "call", "me", "give", "October")
    spec = give_ask_chart(store.interactions(), TODAY).to_dict()
    assert spec["encoding"]["x"]["sort"] == ["31 Aug", "07 Sep", "12 Oct", "19 Oct"]

from datetime import date

import pandas as pd
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


def intro_log(notes):
    """A log with one note per person: ``{name: note}``, plus background people."""
    rows = [(f"2026-10-{10 + n:02d}", name, note) for n, (name, note) in enumerate(notes.items())]
    background = ["Talked about the garden and the weekend", "Sent a recipe for soup",
                  "Asked about their holiday in Crete", "Shared the rota template",
                  "Chatted about cycling to work", "Gave notes on the bakery menu"]  # fmt: skip
    rows += [(f"2026-09-{10 + n:02d}", f"Person {n}", t) for n, t in enumerate(background)]
    return pd.DataFrame(
        {
            "id": range(1, len(rows) + 1),
            "date": [date.fromisoformat(d) for d, _, _ in rows],
            "people": [p for _, p, _ in rows],
            "channel": "message", "direction": "me", "kind": "check-in",
            "note": [t for _, _, t in rows],
        }
    )  # fmt: skip


def test_introductions_ignore_filler_words():
    log = intro_log({
        "Ana Silva": "Agreed it was very thoughtful of both of us, a real headache",
        "Ben Okoro": "Very thoughtful reply; we both agreed, what a headache",
        "Chen Wei": "Sent me a podcast on something, very thoughtful",
    })  # fmt: skip
    pairs = suggest_introductions(log)
    assert pairs.empty, pairs[["first", "second", "shared"]].to_dict("records")


def test_a_rare_shared_topic_outranks_ordinary_ones_and_the_reason_quotes_the_notes():
    log = intro_log({
        "Ana Silva": "She is moving her clinic's booking system to Kubernetes",
        "Ben Okoro": "Ben runs Kubernetes for a logistics firm, finds it hard",
        "Dee Park": "Talked about her garden over the weekend",
        "Eli Ross": "Eli spent the weekend in his garden",
    })  # fmt: skip
    pairs = suggest_introductions(log)
    assert (pairs.loc[0, "first"], pairs.loc[0, "second"]) == ("Ana Silva", "Ben Okoro")
    assert pairs.loc[0, "shared"] == ["kubernetes"]
    why = pairs.loc[0, "why"]
    assert why.startswith("You noted kubernetes with both of them")
    assert "Ben runs Kubernetes for a logistics firm" in why
    assert pairs.loc[0, "draft_first"].startswith("Hi Ana, I've been talking with Ben Okoro")
    for draft in (pairs.loc[0, "draft_first"], pairs.loc[0, "draft_second"]):
        result = analyze(draft)
        assert "double-opt-in" in result.rule_ids
        assert result.verdict == "good"
    if len(pairs) > 1:
        assert pairs.loc[0, "score"] > pairs.loc[1, "score"]


def test_people_who_met_through_you_are_not_suggested_again():
    log = intro_log({
        "Ana Silva": "Worried about nurse burnout on night shifts",
        "Ben Okoro": "Researching burnout among night shift nurses",
    })  # fmt: skip
    assert len(suggest_introductions(log)) == 1
    together = pd.DataFrame(
        {"id": [99], "date": [date(2026, 10, 27)], "people": ["Ana Silva; Ben Okoro"],
         "channel": ["coffee"], "direction": ["me"], "kind": ["introduction"],
         "note": ["Introduced them over coffee"]}
    )  # fmt: skip
    assert suggest_introductions(pd.concat([log, together], ignore_index=True)).empty


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

"""Headless tests of the tagging card and the audit summary: set values, click, assert state."""

import json

import pandas as pd
import pytest

from rapport.audit import audit_table, my_turn
from rapport.contacts import contact_record, contacts_frame
from rapport.tags import TagStore
from rapport.tiers import FACTS
from widgets import AuditSummary, Tagger


def audit_of(names, sent=None, received=None):
    records = [
        contact_record(
            "linkedin", i, name=name, company=f"Co {i}", url=f"https://x.example/{i}",
            connected_on=pd.Timestamp(2020, 1, 1 + i).to_pydatetime(),
        )
        for i, name in enumerate(names)
    ]  # fmt: skip
    return audit_table(contacts_frame(records))


@pytest.fixture
def setup(tmp_path):
    store = TagStore(tmp_path / "tags.json")
    audit = audit_of(["Ana Silva", "Ben Okoro", "<img src=x onerror=alert(1)>", "Dee Park"])
    tagger = Tagger(audit, store)
    summary = AuditSummary(audit, today="2026-01-01")
    tagger.on_change(summary.update)
    return tagger, summary, store


def test_choosing_a_tier_saves_it_moves_on_and_updates_progress(setup):
    tagger, summary, store = setup
    first = tagger.current["contact_id"]
    tagger.tier.value = 2
    assert store.get(first)["tier"] == 2
    assert json.loads(store.path.read_text())["tags"][first]["tier"] == 2
    assert tagger.current["contact_id"] != first
    assert tagger.progress_label.value == "1 of 4 tagged"
    assert tagger.progress.value == 1
    assert "<b>75%</b> inch-deep" in summary.figures.value
    assert "<b>1</b> at tier 2 or deeper" in summary.figures.value
    assert summary.inch_chart.to_dict()["title"]["subtitle"] == "75% are list entries"


def test_keys_set_tiers_toggle_facts_and_navigate(setup):
    tagger, _, store = setup
    first = tagger.current["contact_id"]
    tagger.shortcuts.press("g")
    assert store.get(first)["know_their_goals"] is True
    assert tagger.facts["know_their_goals"].value is True
    tagger.shortcuts.press("4")
    assert store.get(first)["tier"] == 4
    second = tagger.current["contact_id"]
    assert second != first
    tagger.shortcuts.press("p")
    assert tagger.current["contact_id"] == first
    assert tagger.tier.value == 4
    assert tagger.facts["know_their_goals"].value is True
    tagger.shortcuts.press("n")
    assert tagger.current["contact_id"] == second
    tagger.shortcuts.press("x")  # not a shortcut: nothing happens
    assert tagger.current["contact_id"] == second


def test_showing_a_card_does_not_save_anything(setup):
    tagger, _, store = setup
    tagger.next.click()
    tagger.previous.click()
    assert not store.path.exists()


def test_search_and_filters_narrow_the_list(setup):
    tagger, _, _ = setup
    tagger.search.value = "ben"
    assert tagger.current["name"] == "Ben Okoro"
    assert tagger.position.value == "1 of 1 in this list"
    tagger.search.value = "nobody at all"
    assert tagger.current is None
    assert "No contact matches" in tagger.position.value
    tagger.tier.value = 1  # no contact shown: nothing to save, no error
    assert tagger.errors.value == ""
    tagger.search.value = ""
    tagger.tier.value = 3
    tagger.filter.value = "untagged"
    assert tagger.position.value == "1 of 3 in this list"
    tagger.filter.value = "messaged"
    assert tagger.current is None


def test_next_untagged_skips_tagged_contacts(setup):
    tagger, _, _ = setup
    tagger.advance = False
    tagger.tier.value = 1
    tagger.next.click()
    tagger.tier.value = 1
    tagger.previous.click()
    tagger.next_untagged.click()
    assert pd.isna(tagger.current["learner_tier"])
    assert tagger.position.value == "3 of 4 in this list"


def test_tags_come_back_in_a_new_tagger_as_after_a_restart(setup, tmp_path):
    tagger, _, store = setup
    tagger.advance = False
    name = tagger.current["name"]
    tagger.tier.value = 3
    tagger.note.value = "met at the <b>river</b> clean-up"
    again = TagStore(store.path)
    audit = audit_table(tagger.audit[list(tagger.audit.columns[:12])], None, again.frame())
    fresh = Tagger(audit, again)
    assert fresh.progress_label.value == "1 of 4 tagged"
    fresh.search.value = name
    assert fresh.tier.value == 3
    assert fresh.note.value == "met at the <b>river</b> clean-up"


def test_names_and_notes_are_escaped_in_the_card_and_the_shortlist(setup):
    tagger, summary, _ = setup
    tagger.search.value = "img"
    assert "<img" not in tagger.card.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in tagger.card.value
    tagger.tier.value = 1
    assert "<img" not in tagger.status.value
    assert "<img" not in summary.shortlist.value


def test_errors_while_saving_are_shown_not_lost(setup, monkeypatch):
    tagger, _, store = setup

    def broken(*args, **kwargs):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(store, "update", broken)
    tagger.tier.value = 2
    assert "read-only folder" in tagger.errors.value
    assert isinstance(tagger.errors.last_error, PermissionError)


def test_keys_sent_by_the_browser_as_messages_all_arrive_in_order(setup):
    tagger, _, store = setup
    first = tagger.current["contact_id"]
    # What keys.js sends for "m" then "b" pressed 150 ms apart: two messages, never merged.
    for key in ("m", "b"):
        tagger.shortcuts._handle_custom_msg({"key": key}, [])
    saved = store.get(first)
    assert (saved["they_know_mine"], saved["helped_me"]) == (True, True)
    tagger.shortcuts._handle_custom_msg({"key": "2"}, [])
    tagger.shortcuts._handle_custom_msg({"key": "g"}, [])
    assert store.get(first)["tier"] == 2
    second = tagger.current["contact_id"]
    assert second != first
    assert store.get(second)["know_their_goals"] is True
    assert store.get(first)["know_their_goals"] is False


def test_keys_handled_on_several_threads_at_once_are_all_saved(setup):
    import threading

    tagger, _, store = setup
    tagger.advance = False
    first = tagger.current["contact_id"]
    threads = [
        threading.Thread(target=tagger.shortcuts.press, args=(key,)) for key in ("g", "m", "h", "b")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(store.get(first)[fact] for fact in FACTS)
    assert tagger.errors.value == ""


def test_after_a_restart_tagging_resumes_at_the_next_untagged_contact(setup):
    tagger, _, store = setup
    tagger.tier.value = 1
    tagger.tier.value = 2
    untagged = tagger.current["contact_id"]
    fresh = Tagger(audit_table(tagger.audit[list(tagger.audit.columns[:12])], None,
                               TagStore(store.path).frame()), TagStore(store.path))  # fmt: skip
    assert fresh.current["contact_id"] == untagged
    assert fresh.position.value == "3 of 4 in this list"
    assert fresh.progress_label.value == "2 of 4 tagged"


def test_the_tagger_changes_the_table_the_notebook_holds(tmp_path):
    audit = audit_of(["Ana Silva", "Ben Okoro"])
    tagger = Tagger(audit, TagStore(tmp_path / "tags.json"))
    first = tagger.current["contact_id"]
    tagger.tier.value = 3
    tagger.shortcuts.press("p")
    tagger.facts["helped_me"].value = True
    row = audit.loc[audit["contact_id"] == first].iloc[0]  # the caller's own frame
    assert (row["learner_tier"], row["tier"], row["tier_name"]) == (3, 3, "mutual understanding")
    assert bool(row["helped_me"]) is True


def test_my_turn_filter_shows_exactly_the_replies_owed(tmp_path):
    records = [
        contact_record("linkedin", i, name=name, url=f"https://x.example/{i}")
        for i, name in enumerate(["Ana", "Ben", "Cy"])
    ]
    stats = pd.DataFrame(
        {
            "key": ["x.example/0", "x.example/1", "x.example/2"],
            "person": ["Ana", "Ben", "Cy"],
            "conversations": [1, 1, 1],
            "sent": [1, 0, 2],  # Ben only pitched: nothing owed
            "received": [1, 1, 1],
            "first_exchange": pd.to_datetime(["2024-01-01"] * 3, utc=True),
            "last_exchange": pd.to_datetime(["2024-02-01"] * 3, utc=True),
            "spoke_last": ["them", "them", "me"],
            "whose_turn": ["mine", "mine", "theirs"],
        }
    )
    audit = audit_table(contacts_frame(records), stats)
    tagger = Tagger(audit, TagStore(tmp_path / "tags.json"))
    tagger.filter.value = "turn"
    assert tagger.current["name"] == "Ana"
    assert tagger.position.value == "1 of 1 in this list"
    assert list(my_turn(audit)["name"]) == ["Ana"]
    assert "It is your turn to write." in tagger.card.value


def test_the_summary_redraws_in_the_background_from_the_newest_table(setup):
    tagger, summary, _ = setup
    tagger._listeners = [summary.update_soon]
    for _ in range(3):
        tagger.shortcuts.press("2")
    assert summary.wait(timeout=120)
    assert "<b>3</b> at tier 2 or deeper" in summary.figures.value
    assert summary.errors.value == ""


def test_the_sample_is_labelled_on_the_card(tmp_path, private_data_dir):
    from rapport.audit_builder import build_audit

    tagger = Tagger(build_audit("sample"))
    assert "Sample data" in tagger.children[0].value
    own = Tagger(audit_of(["Ana"]), TagStore(tmp_path / "t.json"))
    assert not any("Sample data" in str(getattr(child, "value", "")) for child in own.children)


def test_widget_javascript_lives_in_js_files_not_python_strings():
    from pathlib import Path

    import widgets.keys

    source = Path(widgets.keys.__file__).read_text(encoding="utf-8")
    assert "export default" not in source
    assert "addEventListener" not in source
    shortcuts = widgets.keys.Shortcuts()
    assert "export default { render }" in shortcuts._esm
    assert "model.send(" in shortcuts._esm
    assert ".rapport-keys" in shortcuts._css


def test_tagger_buttons_are_as_wide_as_their_labels(setup):
    # At ipywidgets' fixed button width, JupyterLab cut "1 exchanged messages" to
    # "1 exchanged me…" and "I know their goals" to "I know their go…".
    tagger, _, _ = setup
    assert tagger.tier.style.button_width == "auto"
    long_labels = [
        button
        for button in (*tagger.facts.values(), tagger.previous, tagger.next, tagger.next_untagged)
        if len(button.description) > 12
    ]
    assert len(long_labels) >= 4
    cut = {
        b.description: (b.layout.width, b.layout.flex)
        for b in long_labels
        if (b.layout.width, b.layout.flex) != ("auto", "0 0 auto")  # not squeezed in a row
    }
    assert not cut, f"buttons whose labels may be cut off: {cut}"

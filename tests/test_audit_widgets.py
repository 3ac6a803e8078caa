"""Headless tests of the tagging card and the audit summary: set values, click, assert state."""

import json

import pandas as pd
import pytest

from rapport.audit import audit_table
from rapport.contacts import contact_record, contacts_frame
from rapport.tags import TagStore
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

import pandas as pd
import pytest

from rapport.audit import (
    added_vs_conversations,
    apply_tag,
    audit_table,
    deepen_shortlist,
    depth_pyramid,
    dormant_ties,
    inch_deep_ratio,
    my_turn,
    owes_reply,
)
from rapport.tags import TagStore

from .small_audit import contacts, stats

TODAY = "2026-06-30"


@pytest.fixture
def audit(tmp_path):
    table = contacts()
    store = TagStore(tmp_path / "tags.json")
    dara = table.loc[table["name"] == "Dara Byrne", "contact_id"].item()
    store.update(dara, tier=4, helped_me=True)
    return audit_table(table, stats(), store.frame()).set_index("name")


def test_tiers_are_inferred_from_two_way_messages_unless_the_learner_set_one(audit):
    assert audit.loc["Ana Silva", "inferred_tier"] == 1
    assert audit.loc["Chen Wei", "inferred_tier"] == 0  # wrote, never heard back
    assert audit.loc["Eli Stone", "inferred_tier"] == 0  # a cold message, never answered
    assert audit.loc["Dara Byrne", "tier"] == 4  # no messages, but the learner knows better
    assert audit.loc["Dara Byrne", "tier_name"] == "trusted"
    assert bool(audit.loc["Dara Byrne", "helped_me"]) is True
    assert audit.loc["Chen Wei", "sent"] == 1  # matched by name: no URL in the export


def test_inch_deep_ratio_is_the_share_of_list_entries(audit):
    assert inch_deep_ratio(audit) == pytest.approx(2 / 5)
    assert inch_deep_ratio(audit.iloc[0:0]) == 0.0


def test_depth_pyramid_counts_each_tier_and_those_at_least_as_deep(audit):
    pyramid = depth_pyramid(audit).set_index("tier")
    assert list(pyramid["contacts"]) == [2, 2, 0, 0, 1]
    assert list(pyramid["at_least"]) == [5, 3, 1, 1, 1]
    assert pyramid.loc[4, "dunbar_layer"] == 15
    assert pd.isna(pyramid.loc[0, "dunbar_layer"])


def test_added_vs_conversations_fills_every_year(audit):
    per_year = added_vs_conversations(audit).set_index("year")
    assert list(per_year.index) == list(range(2018, 2025))
    assert per_year.loc[2019, "added"] == 2
    assert per_year.loc[2018, "conversations_started"] == 1  # Ana
    assert per_year.loc[2021, "added"] == 0


def test_dormant_ties_were_active_and_are_now_quiet(audit):
    dormant = dormant_ties(audit, quiet_days=365, today=TODAY)
    assert list(dormant.index) == ["Ben Okoro"]
    assert (
        dormant.loc["Ben Okoro", "days_quiet"]
        == (pd.Timestamp(TODAY) - pd.Timestamp("2024-01-01")).days
    )
    assert dormant_ties(audit, quiet_days=10_000, today=TODAY).empty
    with pytest.raises(ValueError, match="negative"):
        dormant_ties(audit, quiet_days=-1)


def test_my_turn_lists_threads_where_they_wrote_last_but_not_cold_pitches(audit):
    turn = my_turn(audit, today=TODAY)
    assert list(turn.index) == ["Ana Silva"]
    assert turn.loc["Ana Silva", "days_waiting"] == 10


def test_shortlist_ranks_people_with_reasons_and_leaves_out_trusted(audit):
    short = deepen_shortlist(audit.reset_index(), n=5, today=TODAY)
    assert list(short["name"]) == ["Ana Silva", "Ben Okoro"]
    assert short.loc[0, "score"] == 6
    assert "they wrote last, 10 days ago" in short.loc[0, "reason"]
    assert "quiet for" in short.loc[1, "reason"]
    assert "Dara Byrne" not in set(short["name"])
    assert len(deepen_shortlist(audit.reset_index(), n=1, today=TODAY)) == 1


def test_audit_without_messages_or_tags_makes_everyone_a_list_entry():
    table = audit_table(contacts())
    assert set(table["tier"]) == {0}
    assert inch_deep_ratio(table) == 1.0
    assert deepen_shortlist(table).empty


def test_a_contact_with_a_country_subdomain_url_keeps_its_messages():
    table = contacts()
    table.loc[table["name"] == "Ana Silva", "url"] = "https://uk.linkedin.com/in/ana/"
    audit = audit_table(table, stats()).set_index("name")
    assert audit.loc["Ana Silva", "sent"] == 3
    assert audit.loc["Ana Silva", "inferred_tier"] == 1


def test_a_saved_tag_is_applied_to_the_shared_table_in_place(audit):
    table = audit.reset_index()
    ben = table.loc[table["name"] == "Ben Okoro", "contact_id"].item()
    changed = apply_tag(table, ben, {"tier": 3, "know_their_goals": True})
    assert list(changed) == list(table.index[table["name"] == "Ben Okoro"])
    row = table.set_index("name").loc["Ben Okoro"]
    assert (row["learner_tier"], row["tier"], row["tier_name"]) == (3, 3, "mutual understanding")
    assert bool(row["know_their_goals"]) is True
    apply_tag(table, ben, {"tier": None})  # untagged again: back to what the messages say
    row = table.set_index("name").loc["Ben Okoro"]
    assert pd.isna(row["learner_tier"])
    assert row["tier"] == row["inferred_tier"] == 1
    assert apply_tag(table, "no-such-id", {"tier": 2}).empty


def test_owing_a_reply_needs_them_to_have_written_last_to_someone_who_wrote(audit):
    assert list(audit.index[owes_reply(audit)]) == ["Ana Silva"]  # Eli only pitched


def test_the_shortlist_calls_a_tie_dormant_after_the_same_quiet_days_as_the_dormant_view(audit):
    table = audit.reset_index()
    quiet = 200  # Ben has been quiet since 2024-01-01: well over 200 days
    days = (pd.Timestamp(TODAY) - pd.Timestamp("2024-01-01")).days
    short = deepen_shortlist(table, today=TODAY, quiet_days=days + 1)
    assert not any("quiet for" in reason for reason in short["reason"])
    short = deepen_shortlist(table, today=TODAY, quiet_days=quiet)
    ben = short.set_index("name").loc["Ben Okoro", "reason"]
    assert "quiet for" in ben
    assert list(dormant_ties(audit, quiet_days=quiet, today=TODAY).index) == ["Ben Okoro"]

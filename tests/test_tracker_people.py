"""The tracker's people come from the learner's own connections and tags, never the sample."""

from __future__ import annotations

import csv
import sqlite3

from rapport.data import sample_path
from rapport.tags import TagStore
from rapport.tracker import TrackerStore
from rapport.tracker.people import SAMPLE_NOTICE, open_tracker, seed_people

from .learner_export import names, write_connections


def sample_names() -> set[str]:
    with sample_path("interactions.csv").open(encoding="utf-8") as handle:
        return {n.strip() for row in csv.DictReader(handle) for n in row["people"].split(";")}


def test_own_connections_seed_people_and_tags_give_a_rhythm(private_data_dir):
    write_connections(private_data_dir)
    store = TrackerStore()
    contacts = {row["name"]: cid for cid, row in _contact_ids().items()}
    tags = TagStore()
    tags.update(contacts["Marisol Quintero"], tier=4)
    tags.update(contacts["Tobias Eriksen"], tier=1)
    report = seed_people(store)
    assert (report.connections, report.added, report.unnamed, report.with_rhythm) == (5, 5, 1, 1)
    people = store.people().set_index("name")
    assert sorted(people.index) == sorted(names())
    assert people.loc["Marisol Quintero", "cadence_days"] == 30
    assert people["contact_id"].notna().all()
    assert "5 people in Connections.csv" in report.sentence()
    assert "1 rows without a name were left out" in report.sentence()
    again = seed_people(store)  # running the notebook again adds nobody twice
    assert again.added == 0
    assert len(store.people()) == 5


def _contact_ids():
    from rapport.contacts import load_contacts
    from rapport.paths import learner_file

    frame = load_contacts(learner_file("Connections.csv")).contacts
    return {cid: row for cid, row in frame.set_index("contact_id").iterrows() if row["name"]}


def test_without_an_export_of_their_own_nobody_fictional_is_seeded(private_data_dir):
    store = TrackerStore()
    report = seed_people(store)
    assert report.source is None
    assert store.people().empty
    assert "No Connections.csv of yours" in report.sentence()


def test_the_learners_tracker_never_gets_the_sample(private_data_dir):
    write_connections(private_data_dir)
    store, said = open_tracker()
    assert not store.is_sample
    assert store.interactions().empty
    assert not set(store.people()["name"]) & sample_names()
    assert any("5 people in Connections.csv" in s for s in said)
    store.close()
    sample, said = open_tracker(use_sample=True)
    assert sample.is_sample
    assert said == [SAMPLE_NOTICE]
    assert len(sample.interactions()) == 66
    sample.close()
    on_disk = sqlite3.connect(private_data_dir / "tracker.sqlite")
    assert on_disk.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0
    found = {row[0] for row in on_disk.execute("SELECT name FROM people")}
    assert found == set(names())


def test_sample_entries_an_older_kit_wrote_are_taken_out_on_open(private_data_dir):
    old = TrackerStore()
    old.import_csv(sample_path("interactions.csv"), sample=True)
    old.add_person("Kofi Asante")
    old.log("2026-10-05", "Kofi Asante", "call", "me", "give", "mine")
    old.close()
    store, said = open_tracker()
    assert "Took out the 66 sample entries" in said[0]
    assert list(store.interactions()["note"]) == ["mine"]
    assert list(store.people()["name"]) == ["Kofi Asante"]


def test_an_unreadable_export_is_reported_and_the_tracker_still_opens(private_data_dir):
    (private_data_dir / "Connections.csv").write_text("this is not an export\n", encoding="utf-8")
    store, said = open_tracker()
    assert any(s.startswith("Your connections could not be read") for s in said)
    assert store.people().empty

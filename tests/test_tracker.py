import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime

import pytest

from rapport.data import sample_path
from rapport.tracker import TrackerError, TrackerStore
from rapport.tracker.queries import (
    not_followed_up,
    overdue,
    week_start,
    week_summary,
    whose_turn,
)
from rapport.tracker.schema import MIGRATIONS, SCHEMA_VERSION

TODAY = date(2026, 10, 28)  # a Wednesday


@pytest.fixture
def store(tmp_path):
    s = TrackerStore(tmp_path / "t.sqlite")
    for name in ("Ana Silva", "Ben Okoro", "Chen Wei"):
        s.add_person(name)
    yield s
    s.close()


def count(store):
    return store.db.execute("SELECT count(*) FROM interactions").fetchone()[0]


def test_the_log_lives_in_the_learners_data_folder_in_wal_mode(private_data_dir):
    s = TrackerStore()
    assert s.path == private_data_dir.resolve() / "tracker.sqlite"
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.schema_version == SCHEMA_VERSION


def test_logging_with_several_people_and_undo(store):
    first = store.log(
        "2026-10-26", ["Ana Silva", "ben okoro"], "coffee", "me", "give", "Intro chat"
    )
    store.log(date(2026, 10, 27), "Chen Wei", "message", "them", "ask", "Asked about rotas")
    log = store.interactions()
    assert list(log["people"]) == ["Ana Silva; Ben Okoro", "Chen Wei"]
    assert log.loc[0, "id"] == first
    assert store.undo_last() is not None
    assert list(store.interactions()["people"]) == ["Ana Silva; Ben Okoro"]


@pytest.mark.parametrize(
    ("when", "people", "channel", "note", "message"),
    [
        ("2026-10-26", ["Nobody Known"], "call", "hi", "add them with add_person"),
        ("2999-01-01", ["Ana Silva"], "call", "hi", "in the future"),
        ("last tuesday", ["Ana Silva"], "call", "hi", "YYYY-MM-DD"),
        ("2026-10-26", ["Ana Silva"], "call", "   ", "Write a short note"),
        ("2026-10-26", ["Ana Silva"], "call", "x" * 10_000_000, "keep it under"),
        ("2026-10-26", ["Ana Silva"], "fax", "hi", "channel 'fax'"),
        ("2026-10-26", [], "call", "hi", "Say who"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(store, when, people, channel, note, message):
    store.log("2026-10-20", "Ana Silva", "call", "me", "check-in", "kept")
    with pytest.raises(TrackerError, match=message):
        store.log(when, people, channel, "me", "give", note, today=TODAY)
    assert count(store) == 1


def test_csv_round_trip_is_exact(store, tmp_path):
    added = store.import_csv(sample_path("interactions.csv"), today=TODAY)
    assert added == 66
    first = store.export_csv(tmp_path / "a.csv").read_text(encoding="utf-8")
    other = TrackerStore(tmp_path / "other.sqlite")
    assert other.import_csv(tmp_path / "a.csv", today=TODAY) == 66
    assert other.export_csv(tmp_path / "b.csv").read_text(encoding="utf-8") == first
    assert first.splitlines()[0] == "date,people,channel,direction,kind,note"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("when,who\n2026-01-01,Ana\n", "first line must be the columns"),
        ("date,people,channel,direction,kind,note\n"
         "2026-01-01,Ana Silva,call,me,give,fine\n2026-01-02,Ana Silva,pigeon,me,give,no\n",
         "line 3: channel 'pigeon'"),
    ],
)  # fmt: skip
def test_bad_csv_files_add_nothing(store, tmp_path, content, message):
    path = tmp_path / "log.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TrackerError, match=message):
        store.import_csv(path, today=TODAY)
    assert count(store) == 0


def test_backup_is_a_complete_copy(store, tmp_path):
    store.import_csv(sample_path("interactions.csv"), today=TODAY)
    copy = store.backup(tmp_path / "backup.sqlite")
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM interactions").fetchone()[0] == 66


def test_an_older_schema_is_migrated_forward_keeping_its_rows(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("INSERT INTO people (name, created_on) VALUES ('Ana Silva', '2025-01-01')")
    db.execute("INSERT INTO interactions VALUES (1, '2025-02-03', 'call', 'me', 'give', 'old row')")
    db.execute("INSERT INTO interaction_people VALUES (1, 1)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = TrackerStore(path)
    assert store.schema_version == SCHEMA_VERSION == 3
    assert list(store.interactions()["note"]) == ["old row"]
    assert list(store.interactions(include_sample=False)["note"]) == ["old row"]  # not sample
    store.add_person("Ana Silva", cadence_days=30)
    assert store.people().loc[0, "cadence_days"] == 30


def test_sample_entries_from_an_earlier_version_are_left_out_and_removable(store):
    own = store.log("2026-10-05", "Ana Silva", "call", "me", "give", "my own call")
    # Earlier versions of the kit filled the learner's own file with the sample log like this.
    assert store.import_csv(sample_path("interactions.csv"), sample=True) == 66
    assert count(store) == 67
    assert store.sample_entries() == 66
    mine = store.interactions(include_sample=False)
    assert list(mine["id"]) == [own]
    assert list(store.last_contacts(include_sample=False)["person"]) == ["Ana Silva"]
    assert len(store.people()) > 30
    assert store.remove_sample() == 66
    assert list(store.interactions()["note"]) == ["my own call"]
    # The fictional people went with their entries; the learner's own stayed.
    assert sorted(store.people()["name"]) == ["Ana Silva", "Ben Okoro", "Chen Wei"]


def test_the_sample_is_a_labelled_throwaway_copy_outside_the_data_folder(private_data_dir):
    sample = TrackerStore.sample()
    folder = sample.path.parent
    assert sample.is_sample
    assert len(sample.interactions()) == 66
    assert private_data_dir.resolve() not in sample.path.resolve().parents
    sample.log(date.today(), "Hương Võ", "call", "me", "give", "tried the form")
    sample.close()
    assert not folder.exists()  # nothing of it is kept
    assert not (private_data_dir / "tracker.sqlite").exists()
    assert TrackerStore().is_sample is False


def test_the_store_works_from_any_thread(store):
    # ipykernel 7 runs widget callbacks on another thread than the cell that made the store.
    import threading

    errors = []

    def use():
        try:
            store.add_person("Dee Park")
            store.log("2026-10-26", "Dee Park", "call", "me", "give", "from a thread")
            errors.append(len(store.interactions()))
        except Exception as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    assert errors == [1]
    assert list(store.interactions()["note"]) == ["from a thread"]
    store.close()  # closes every thread's connection, from this thread


CREATOR = """
import pathlib, sys, time
from rapport.tracker import TrackerStore
folder, go, me = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
while not go.exists():
    time.sleep(0.001)
for n in range(int(sys.argv[4])):  # many new files, opened by every process at once
    store = TrackerStore(folder / f"new-{n}.sqlite")
    store.add_person(me)
    store.close()
"""


def test_processes_opening_new_trackers_at_the_same_moment_all_succeed(tmp_path):
    go, files, writers = tmp_path / "go", 30, 4
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CREATOR, str(tmp_path), str(go), f"Person {n}", str(files)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    time.sleep(2.0)  # every process is waiting for the signal
    go.touch()
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, [err[-800:] for _, err in results]
    for n in range(files):
        store = TrackerStore(tmp_path / f"new-{n}.sqlite")
        assert store.schema_version == SCHEMA_VERSION
        assert len(store.people()) == writers
        store.close()


HOLDER = """
import sqlite3, sys, time, pathlib
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO goals VALUES ('2026-01-05', 1)")
pathlib.Path(sys.argv[2]).touch()
time.sleep(30)
"""


def test_a_write_blocked_by_another_program_says_what_to_do(store, tmp_path):
    ready = tmp_path / "holding"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.path), str(ready)])
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        blocked = TrackerStore(store.path, busy_timeout=0.5)
        with pytest.raises(TrackerError, match="busy: another notebook or program") as caught:
            blocked.log("2026-10-26", "Ana Silva", "call", "me", "give", "waits")
        assert "try again" in str(caught.value)
        assert not isinstance(caught.value, sqlite3.Error)
        assert len(blocked.interactions()) == 0  # reading still works (WAL)
    finally:
        holder.kill()
        holder.wait()
    store.log("2026-10-26", "Ana Silva", "call", "me", "give", "after")  # free again
    assert count(store) == 1


def test_export_neutralises_formulas_and_import_restores_them_exactly(store, tmp_path):
    evil = {'=HYPERLINK("http://x","y")': "+1+1", "@SUM(A1)": "-2+3", "'quoted": "'=x"}
    for name, note in evil.items():
        store.add_person(name)
        store.log("2026-10-26", name, "call", "me", "give", note)
    store.log("2026-10-27", "Ana Silva", "call", "me", "give", "=cmd|' /C calc'!A0")
    path = store.export_csv(tmp_path / "log.csv")
    with path.open(encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert '\'=HYPERLINK("http://x","y")' in cells
    other = TrackerStore(tmp_path / "other.sqlite")
    assert other.import_csv(path) == 4
    assert list(other.interactions()["note"]) == list(store.interactions()["note"])
    assert list(other.interactions()["people"]) == list(store.interactions()["people"])
    assert other.export_csv(tmp_path / "again.csv").read_text() == path.read_text()


def test_a_newer_schema_is_refused_not_damaged(tmp_path):
    path = tmp_path / "new.sqlite"
    sqlite3.connect(path).execute("PRAGMA user_version = 99")
    with pytest.raises(TrackerError, match="newer version"):
        TrackerStore(path)


WRITER = """
import pathlib, sys, time
from rapport.tracker import TrackerStore
store = TrackerStore(sys.argv[1])
store.add_person(sys.argv[2])
go = pathlib.Path(sys.argv[1] + ".go")
while not go.exists():
    time.sleep(0.005)
for i in range(int(sys.argv[3])):
    store.log("2026-10-01", sys.argv[2], "message", "me", "check-in", f"note {i}")
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    TrackerStore(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "150"])
        for name in ("Ana Silva", "Ben Okoro")
    ]
    time.sleep(1.5)
    (tmp_path / "shared.sqlite.go").touch()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    log = TrackerStore(path).interactions()
    assert len(log) == 300
    assert (log["people"] == "Ana Silva").sum() == 150


def test_a_process_killed_mid_write_leaves_a_valid_database(tmp_path):
    path = tmp_path / "killed.sqlite"
    TrackerStore(path).close()
    (tmp_path / "killed.sqlite.go").touch()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "Ana Silva", "100000"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.2)
        probe = sqlite3.connect(path, timeout=30)
        done = probe.execute("SELECT count(*) FROM interactions").fetchone()[0]
        probe.close()
        if done > 50:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = TrackerStore(path)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = store.db.execute(
        "SELECT count(*) FROM interactions i WHERE NOT EXISTS "
        "(SELECT 1 FROM interaction_people ip WHERE ip.interaction_id = i.id)"
    ).fetchone()[0]
    assert orphans == 0, "an interaction without its people means half a write was kept"
    assert count(store) > 50


def test_week_boundaries_run_monday_to_sunday(store):
    store.log("2026-10-25", "Ana Silva", "call", "me", "give", "Sunday call")  # last week
    store.log("2026-10-26", "Ben Okoro", "coffee", "me", "give", "Monday coffee")
    store.log("2026-10-28", ["Ben Okoro", "Chen Wei"], "event", "them", "ask", "Meetup")
    store.set_goal(date(2026, 10, 26), 2)
    summary = week_summary(store.interactions(), TODAY, store.goals())
    assert summary["week_start"] == date(2026, 10, 26)
    assert summary["interactions"] == 2
    assert summary["people"] == 2
    assert (summary["gives"], summary["asks"], summary["give_ask"]) == (1, 1, 1.0)
    assert summary["in_person"] == 2
    assert summary["goal_met"] is True
    assert summary["streak"] == 1
    assert week_summary(store.interactions(), date(2026, 10, 25))["people"] == 1


def test_an_aware_time_counts_on_the_learners_local_calendar(store, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        late_sunday_utc = datetime(2026, 10, 25, 20, 0, tzinfo=UTC)  # Monday 05:00 in Tokyo
        store.log(late_sunday_utc, "Ana Silva", "video", "me", "check-in", "Call", today=TODAY)
        assert store.interactions().loc[0, "date"] == date(2026, 10, 26)
        assert week_start(store.interactions().loc[0, "date"]) == date(2026, 10, 26)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_streak_counts_consecutive_weeks_meeting_the_goal(store):
    for week in (date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26)):
        store.set_goal(week, 1)
    store.log("2026-10-13", "Ana Silva", "call", "me", "give", "a")
    store.log("2026-10-20", "Ana Silva", "call", "me", "give", "b")
    store.log("2026-10-27", "Ana Silva", "call", "me", "give", "c")
    assert week_summary(store.interactions(), TODAY, store.goals())["streak"] == 3
    store.set_goal(date(2026, 10, 19), 5)  # that week now misses its goal
    assert week_summary(store.interactions(), TODAY, store.goals())["streak"] == 1


def test_overdue_whose_turn_and_not_followed_up(store):
    store.add_person("Ana Silva", cadence_days=14)
    store.add_person("Ben Okoro", cadence_days=60)
    store.add_person("Dee Park", cadence_days=7)  # never contacted
    store.log("2026-09-01", "Ana Silva", "call", "me", "give", "old")
    store.log("2026-10-01", "Ben Okoro", "message", "them", "ask", "asked me")
    store.log("2026-10-20", "Chen Wei", "event", "me", "check-in", "met at meetup")
    log, people = store.interactions(), store.people()
    late = overdue(log, people, TODAY)
    assert list(late["person"]) == ["Dee Park", "Ana Silva"]
    assert late.loc[1, "days_overdue"] == (TODAY - date(2026, 9, 1)).days - 14
    assert list(whose_turn(log)["person"]) == ["Ben Okoro"]
    assert list(not_followed_up(log, TODAY)["person"]) == ["Chen Wei"]


def test_sqlite_last_contacts_match_the_pandas_computation(store):
    from rapport.tracker.queries import last_contact

    store.import_csv(sample_path("interactions.csv"), today=TODAY)
    store.log("2026-10-27", ["Ana Silva", "Ben Okoro"], "call", "them", "ask", "same day twice")
    from_sql = store.last_contacts().set_index("person").sort_index()
    from_pandas = last_contact(store.interactions()).set_index("person").sort_index()
    assert from_sql.index.tolist() == from_pandas.index.tolist()
    assert from_sql["last_day"].tolist() == from_pandas["last_day"].tolist()
    assert from_sql["last_direction"].tolist() == from_pandas["last_direction"].tolist()
    assert from_sql["interactions"].tolist() == from_pandas["interactions"].tolist()
    log = store.interactions()
    assert (
        whose_turn(store.last_contacts())["person"].tolist() == whose_turn(log)["person"].tolist()
    )


@pytest.mark.parametrize("target", [0, -1, 2.5, "3"])
def test_a_weekly_goal_is_a_whole_number_of_one_or_more_people(store, target):
    with pytest.raises(TrackerError, match="from 1 to 500"):
        store.set_goal(date(2026, 10, 26), target)
    assert store.goals() == {}

import json
import subprocess
import sys
import time

import pytest

from rapport import fileio
from rapport.tags import FILENAME, TagStore, TagStoreError


def test_tags_default_to_the_learners_data_folder(private_data_dir):
    store = TagStore()
    store.update("abc", tier=2)
    assert (private_data_dir / FILENAME).is_file()


def test_tags_survive_a_new_store_as_after_a_kernel_restart(tmp_path):
    path = tmp_path / "tags.json"
    TagStore(path).update("abc", tier=3, know_their_goals=True, note="met at the <b>meetup</b>")
    again = TagStore(path)
    tag = again.get("abc")
    assert tag["tier"] == 3
    assert tag["know_their_goals"] is True
    assert tag["they_know_mine"] is False
    assert tag["note"] == "met at the <b>meetup</b>"
    assert len(again) == 1
    assert again.get("unknown")["tier"] is None


def test_updates_merge_with_what_is_saved(tmp_path):
    store = TagStore(tmp_path / "t.json")
    store.update("a", tier=1)
    store.update("a", helped_me=True)
    assert store.get("a")["tier"] == 1
    assert store.get("a")["helped_me"] is True
    frame = store.frame()
    assert frame.loc["a", "tier"] == 1
    assert str(frame["tier"].dtype) == "Int64"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"tier": 5}, "whole number from 0 to 4"),
        ({"tier": "2"}, "whole number from 0 to 4"),
        ({"tier": True}, "whole number from 0 to 4"),
        ({"helped_me": "yes"}, "True or False"),
        ({"colour": "red"}, "Unknown tag field"),
        ({"note": "x" * 2001}, "at most 2000"),
    ],
)
def test_invalid_changes_are_refused_and_nothing_is_saved(tmp_path, changes, message):
    path = tmp_path / "t.json"
    store = TagStore(path)
    store.update("a", tier=1)
    before = path.read_bytes()
    with pytest.raises(TagStoreError, match=message):
        store.update("a", **changes)
    assert path.read_bytes() == before


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "t.json"
    store = TagStore(path)
    store.update("a", tier=1)
    before = path.read_bytes()

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        store.update("b", tier=2)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_corrupt_file_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"version": 1, "tags": {"a": ', encoding="utf-8")
    with pytest.raises(TagStoreError, match="Nothing was changed"):
        TagStore(path)
    assert path.read_text(encoding="utf-8") == '{"version": 1, "tags": {"a": '


WRITER = """
import pathlib, sys, time
from rapport.tags import TagStore
store = TagStore(sys.argv[1])
go = pathlib.Path(sys.argv[1] + ".go")
while not go.exists():  # start together, so the writes really interleave
    time.sleep(0.005)
for i in range(150):
    store.update(f"{sys.argv[2]}-{i}", tier=i % 5)
"""


def test_two_processes_tagging_at_once_lose_nothing(tmp_path):
    path = tmp_path / "t.json"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name]) for name in ("a", "b")
    ]
    time.sleep(1.5)  # both have imported and are waiting
    (tmp_path / "t.json.go").touch()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    tags = json.loads(path.read_text(encoding="utf-8"))["tags"]
    assert len(tags) == 300
    assert tags["a-7"]["tier"] == 2
    assert tags["b-149"]["tier"] == 4

"""Workbook 05 run top to bottom as a learner with their own export, and with the sample."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .learner_export import names, write_connections
from .test_notebooks import execute, outputs_text

REPO = Path(__file__).resolve().parent.parent
WORKBOOK_05 = REPO / "workbook" / "05-weekly-tracker.ipynb"


@pytest.mark.notebook
def test_workbook_05_seeds_the_learners_people_and_writes_no_sample(tmp_path, private_data_dir):
    write_connections(private_data_dir)
    nb = execute(WORKBOOK_05, tmp_path / "05.ipynb", today="2026-10-21", weekly_goal=4)
    text = outputs_text(nb)
    assert "Your tracker knows the 5 people in Connections.csv (5 new this time)" in text
    assert "SAMPLE" not in text
    assert "NOTE: no Connections.csv of yours" not in text
    assert "Week of 2026-10-19: 0 people, goal 4" in text
    db = sqlite3.connect(private_data_dir / "tracker.sqlite")
    assert db.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0
    assert {row[0] for row in db.execute("SELECT name FROM people")} == set(names())


@pytest.mark.notebook
def test_workbook_05_with_the_sample_is_labelled_and_keeps_nothing(tmp_path, private_data_dir):
    nb = execute(
        WORKBOOK_05, tmp_path / "05.ipynb", today="2026-10-21", weekly_goal=5, use_sample=True
    )
    text = outputs_text(nb)
    assert "SAMPLE: this is a throwaway copy of a fictional learner's log" in text
    assert "Week of 2026-10-19: 7 people, goal 5" in text
    assert not (private_data_dir / "tracker.sqlite").exists()


@pytest.mark.notebook
def test_a_goal_set_with_the_button_survives_running_workbook_05_again(tmp_path, private_data_dir):
    from datetime import date

    from rapport.tracker import TrackerStore

    execute(WORKBOOK_05, tmp_path / "first.ipynb", today="2026-10-21")
    store = TrackerStore(private_data_dir / "tracker.sqlite")
    store.set_goal(date(2026, 10, 19), 6)  # what "set this week's goal" saves
    store.close()
    # Restart & Run All with the default parameters: the learner's goal is kept.
    nb = execute(WORKBOOK_05, tmp_path / "again.ipynb", today="2026-10-21")
    assert "Week of 2026-10-19: 0 people, goal 6" in outputs_text(nb)
    # No export of theirs: the summary to share says its connection counts are the sample's.
    assert "NOTE: no Connections.csv of yours was found" in outputs_text(nb)
    # A week with no goal yet takes the parameter's.
    nb = execute(WORKBOOK_05, tmp_path / "next.ipynb", today="2026-10-28", weekly_goal=2)
    assert "Week of 2026-10-26: 0 people, goal 2" in outputs_text(nb)

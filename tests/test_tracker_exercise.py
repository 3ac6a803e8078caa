"""Exercise 04's visible checks catch the mistakes their hints warn about."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from rapport.checks import CheckFailed

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "solutions" / "04-tracker" / "04-tracker.ipynb"

NO_SPLIT = """
def unique_people(log, week_start):
    in_week = (log["date"] >= week_start) & (log["date"] < week_start + timedelta(days=7))
    return int(log.loc[in_week, "people"].nunique())
"""
NO_STRIP = """
def unique_people(log, week_start):
    rows = log.assign(person=log["people"].str.split(";")).explode("person")
    in_week = (rows["date"] >= week_start) & (rows["date"] < week_start + timedelta(days=7))
    return int(rows.loc[in_week, "person"].nunique())
"""


def cell(grade_id: str) -> str:
    nb = nbformat.read(SOURCE, as_version=4)
    found = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]
    return found[0].source


def visible(source: str) -> str:
    return source.split("### BEGIN HIDDEN TESTS")[0]


def run_q1_check(answer: str) -> None:
    namespace: dict = {}
    exec(cell("parameters"), namespace)
    exec(cell("setup"), namespace)
    exec(answer, namespace)
    exec(visible(cell("q1-check")), namespace)


def test_the_q1_solution_passes_the_visible_check():
    run_q1_check(cell("q1-answer"))


@pytest.mark.parametrize("answer", [NO_SPLIT, NO_STRIP], ids=["no split", "split without strip"])
def test_q1_visible_check_catches_counting_without_splitting_names(answer):
    with pytest.raises(CheckFailed, match="should be 4") as caught:
        run_q1_check(answer)
    assert "split the people column" in str(caught.value.hint)

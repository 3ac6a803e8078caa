"""Headless widget tests: set values, click, and assert state."""

import html

import ipywidgets as W
import pandas as pd
import pytest

from rapport.contacts import read_linkedin_connections
from rapport.data import sample_path
from widgets import ErrorPanel, YearExplorer
from widgets.year_explorer import ALL, ALL_YEARS


@pytest.fixture(scope="module")
def sample():
    return read_linkedin_connections(sample_path("Connections.csv"))


def test_explorer_lists_all_years_then_each_year(sample):
    explorer = YearExplorer(sample)
    labels = [label for label, _ in explorer.year.options]
    years = sorted(sample["connected_on"].dt.year.dropna().astype(int).unique())
    assert labels[0] == ALL_YEARS
    assert labels[1:] == [str(y) for y in range(years[0], years[-1] + 1)]
    assert f"<b>{len(sample)}</b> connections" in explorer.summary.value


def test_the_year_dropdown_shows_all_years_before_anything_is_picked(sample):
    explorer = YearExplorer(sample)
    # A Dropdown whose value is None selects nothing and shows an empty box.
    assert explorer.year.index == 0
    assert explorer.year.label == ALL_YEARS


def test_choosing_a_year_updates_summary_and_chart(sample):
    explorer = YearExplorer(sample)
    year = int(sample["connected_on"].dt.year.value_counts().idxmax())
    count = int((sample["connected_on"].dt.year == year).sum())
    explorer.year.value = year
    assert explorer.summary.value.startswith(f"In {year} you added <b>{count}</b>")
    assert explorer.chart.to_dict()["title"]["subtitle"] == f"{year} highlighted"
    explorer.year.value = ALL
    assert explorer.summary.value.startswith("You added")
    assert explorer.errors.value == ""


def test_explorer_children_are_assigned_whole_and_styled_for_tests(sample):
    explorer = YearExplorer(sample)
    assert isinstance(explorer.children, tuple)
    assert explorer.children[0] is explorer.year
    assert "rapport-year-explorer" in explorer._dom_classes
    assert "rapport-year-summary" in explorer.summary._dom_classes


def test_explorer_on_a_table_without_dates_says_so_instead_of_failing():
    explorer = YearExplorer(pd.DataFrame({"connected_on": pd.to_datetime([None])}))
    assert [label for label, _ in explorer.year.options] == [ALL_YEARS]
    assert "nothing to count" in explorer.summary.value


def test_errors_in_callbacks_are_shown_escaped_not_swallowed():
    panel = ErrorPanel()
    button = W.Button(description="go")

    def explode(_):
        raise ValueError("<script>alert(1)</script> is not a year")

    button.on_click(panel.guard(explode))
    button.click()
    assert isinstance(panel.last_error, ValueError)
    assert "<script>" not in panel.value
    assert html.escape("<script>alert(1)</script>") in panel.value
    ok = panel.guard(lambda: 42)
    assert ok() == 42
    assert panel.value == ""
    assert panel.last_error is None

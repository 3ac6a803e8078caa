"""00-start-here in a real JupyterLab: Run All, then use the year explorer like a learner."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    assert_no_error_outputs,
    expect_svg_text,
    open_notebook,
    run_all_cells,
)

NOTEBOOK = "workbook/00-start-here.ipynb"


@pytest.fixture(scope="module")
def added_per_year() -> dict[int, int]:
    """Connections added per year in the bundled sample, computed here, not by the notebook."""
    from rapport.contacts import read_linkedin_connections
    from rapport.data import sample_path

    df = read_linkedin_connections(sample_path("Connections.csv"))
    years = sorted(int(y) for y in df["connected_on"].dt.year.dropna().unique())
    return {y: int((df["connected_on"].dt.year == y).sum()) for y in years}


def count_pattern(n: int) -> re.Pattern[str]:
    """Match ``n`` as a whole number, written plainly or with thousands separators."""
    spellings = "|".join(re.escape(s) for s in {str(n), f"{n:,}"})
    return re.compile(rf"(?<![\d,.])(?:{spellings})(?![\d,]|\.\d)")


def choose_year(page: Page, explorer: Locator, summary: Locator, year: int, count: int) -> None:
    explorer.locator(".widget-dropdown select").select_option(label=str(year))
    try:
        expect(summary).to_contain_text(f"In {year}", timeout=UI_TIMEOUT_MS)
        expect(summary).to_contain_text(count_pattern(count), timeout=UI_TIMEOUT_MS)
        expect_svg_text(explorer, f"{year} highlighted")
    except AssertionError:
        assert_no_error_outputs(page)  # a failing callback explains the miss better
        raise


def test_year_explorer_summarises_and_charts_the_chosen_year(
    page: Page, lab: Lab, added_per_year: dict[int, int]
) -> None:
    assert len(added_per_year) >= 2, f"the sample needs two years to choose from: {added_per_year}"
    # The busiest year first, then the next busiest: both computed from the bundled data.
    busiest, runner_up = sorted(added_per_year, key=lambda y: (-added_per_year[y], y))[:2]

    panel = open_notebook(page, lab, NOTEBOOK)
    run_all_cells(page)

    explorer = panel.locator(".rapport-year-explorer").first
    expect(explorer).to_be_visible(timeout=UI_TIMEOUT_MS)
    dropdown = explorer.locator(".widget-dropdown")
    expect(dropdown.locator(".widget-label")).to_have_text("Year")
    options = dropdown.locator("select option")
    expect(options.first).to_have_text("All years")
    labels = options.all_text_contents()
    years = labels[1:]
    assert all(re.fullmatch(r"\d{4}", y) for y in years), f"options after 'All years': {years}"
    assert years == sorted(years), f"years are not in order: {years}"
    missing = {str(y) for y in added_per_year} - set(years)
    assert not missing, f"years with connections missing from the dropdown: {sorted(missing)}"

    summary = explorer.locator(".widget-html.rapport-year-summary")
    expect(summary).to_contain_text("connections", timeout=UI_TIMEOUT_MS)
    expect_svg_text(explorer, "Connections added per year")

    choose_year(page, explorer, summary, busiest, added_per_year[busiest])
    # It reacts every time, not once.
    choose_year(page, explorer, summary, runner_up, added_per_year[runner_up])
    expect(summary).not_to_contain_text(f"In {busiest}")

    assert_no_error_outputs(page)

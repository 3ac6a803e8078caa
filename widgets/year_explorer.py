"""A first-look widget: pick a year and see how many connections it added."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd
from IPython.display import display

from rapport.audit import connections_per_year
from rapport.charts import added_per_year_chart
from widgets.errors import ErrorPanel

if TYPE_CHECKING:
    import altair as alt

ALL_YEARS = "All years"
ALL = "all"  # the dropdown's value for all years: a value of None would show an empty box


class YearExplorer(W.VBox):
    """Dropdown of years, a one-line summary, and the per-year chart with that year highlighted.

    Parameters
    ----------
    contacts
        A contacts table with a ``connected_on`` column (see :mod:`rapport.contacts`).

    Attributes
    ----------
    year
        The Dropdown; its value is ``"all"`` (:data:`ALL`) for all years or an ``int`` year.
    summary
        The HTML line describing the selection.
    chart
        The altair chart last drawn (also shown in the output area).
    """

    def __init__(self, contacts: pd.DataFrame, **kwargs: Any):
        self.per_year = connections_per_year(contacts)
        self.total = int(self.per_year.sum())
        options = [(ALL_YEARS, ALL)] + [(str(y), int(y)) for y in self.per_year.index]
        self.year = W.Dropdown(options=options, value=ALL, description="Year")
        self.summary = W.HTML()
        self.summary.add_class("rapport-year-summary")
        self.errors = ErrorPanel()
        self.chart_area = W.Output()
        self.chart: alt.Chart | None = None
        super().__init__(**kwargs)
        self.children = (self.year, self.summary, self.chart_area, self.errors)
        self.add_class("rapport-year-explorer")
        self.year.observe(self.errors.guard(self._on_year), names="value")
        self._draw(None)

    def _on_year(self, change: dict[str, Any]) -> None:
        self._draw(None if change["new"] == ALL else change["new"])

    def describe(self, year: int | None) -> str:
        """Return the summary sentence for ``year`` (``None`` for all years)."""
        if self.total == 0:
            return "No connection in this file has a date, so there is nothing to count yet."
        if year is None:
            first, last = int(self.per_year.index[0]), int(self.per_year.index[-1])
            busiest = int(self.per_year.idxmax())
            return (
                f"You added <b>{self.total}</b> connections between {first} and {last}; "
                f"the busiest year was {busiest} with {int(self.per_year.max())}."
            )
        count = int(self.per_year.get(year, 0))
        share = count / self.total
        return f"In {year} you added <b>{count}</b> connections ({share:.0%} of all of them)."

    def _draw(self, year: int | None) -> None:
        self.summary.value = self.describe(year)
        self.chart = added_per_year_chart(self.per_year, highlight=year)
        with self.chart_area:
            self.chart_area.clear_output(wait=True)
            display(self.chart)

"""The audit's measures and charts, redrawn as the learner tags."""

from __future__ import annotations

import html

import ipywidgets as W
import pandas as pd
from IPython.display import display

from rapport.audit import deepen_shortlist, depth_pyramid, dormant_ties, inch_deep_ratio, my_turn
from rapport.audit_charts import depth_pyramid_chart, inch_deep_chart
from widgets.errors import ErrorPanel


class AuditSummary(W.VBox):
    """Headline figures, the depth charts and this week's short list.

    Parameters
    ----------
    audit
        The table from :func:`rapport.audit.audit_table`.
    quiet_days
        How long without a message makes a once-active tie dormant.
    today
        The date to measure from (default: now); set it to make output reproducible.
    """

    def __init__(
        self,
        audit: pd.DataFrame,
        quiet_days: int = 365,
        today: pd.Timestamp | str | None = None,
        **kwargs,
    ):
        self.quiet_days = quiet_days
        self.today = today
        self.figures = W.HTML()
        self.figures.add_class("rapport-audit-figures")
        self.charts = W.Output()
        self.shortlist = W.HTML()
        self.shortlist.add_class("rapport-shortlist")
        self.errors = ErrorPanel()
        super().__init__(**kwargs)
        self.children = (self.figures, self.charts, self.shortlist, self.errors)
        self.add_class("rapport-audit-summary")
        self.update = self.errors.guard(self._update)
        self.update(audit)

    def _update(self, audit: pd.DataFrame) -> None:
        """Recompute and redraw everything from ``audit``."""
        ratio = inch_deep_ratio(audit)
        pyramid = depth_pyramid(audit)
        deep = int(pyramid.loc[pyramid["tier"] >= 2, "contacts"].sum())
        owed = len(my_turn(audit, self.today))
        dormant = len(dormant_ties(audit, self.quiet_days, self.today))
        self.figures.value = (
            f"<b>{len(audit)}</b> connections · <b>{ratio:.0%}</b> inch-deep (list entries) · "
            f"<b>{deep}</b> at tier 2 or deeper · <b>{owed}</b> replies owed · "
            f"<b>{dormant}</b> dormant ties"
        )
        self.inch_chart = inch_deep_chart(ratio, len(audit))
        self.pyramid_chart = depth_pyramid_chart(pyramid)
        with self.charts:
            self.charts.clear_output(wait=True)
            display(self.inch_chart)
            display(self.pyramid_chart)
        short = deepen_shortlist(audit, n=5, today=self.today)
        rows = "".join(
            f"<li><b>{html.escape(r.name or 'no name')}</b>"
            f"{' · ' + html.escape(r.company) if r.company else ''}: {html.escape(r.reason)}</li>"
            for r in short.itertuples()
        )
        self.shortlist.value = (
            f"<b>Five people worth deepening this week</b><ol>{rows}</ol>"
            if rows
            else "<i>No one stands out yet: tag a few contacts, or add your messages export.</i>"
        )

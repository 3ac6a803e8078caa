"""The audit's measures and charts, redrawn as the learner tags.

Drawing the charts takes a moment (vl-convert renders them to SVG), longer than a key press:
:meth:`AuditSummary.update_soon` therefore redraws on a background thread, once per burst of
changes and always from the newest table, so the tagging card never waits for the charts.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable
from typing import Any

import ipywidgets as W
import pandas as pd

from rapport.audit import deepen_shortlist, depth_pyramid, dormant_ties, inch_deep_ratio, my_turn
from rapport.audit_charts import depth_pyramid_chart, inch_deep_chart
from rapport.charts import chart_bundle
from widgets.errors import ErrorPanel

QUIET_MS = 400  # redraw once the learner pauses this long: a burst of keys gives one redraw


class LatestOnly:
    """Run ``work(value)`` on a background thread for the newest value, once submissions pause.

    Values submitted in quick succession, or while the work runs, replace each other: the work
    runs for the last one, ``quiet_ms`` after it came. While the learner keeps tagging, nothing
    competes with the tagging card for the kernel.
    """

    def __init__(self, work: Callable[[Any], None], quiet_ms: int = QUIET_MS):
        self._work = work
        self._quiet = quiet_ms / 1000
        self._lock = threading.Lock()
        self._pending: tuple[Any] | None = None
        self._submitted = 0.0
        self._running = False
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, value: Any) -> None:
        """Ask for ``value`` to be drawn soon."""
        with self._lock:
            self._pending = (value,)
            self._submitted = time.monotonic()
            self._idle.clear()
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="rapport-redraw", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._pending is None:
                    self._running = False
                    self._idle.set()
                    return
                wait = self._submitted + self._quiet - time.monotonic()
                if wait <= 0:
                    (value,), self._pending = self._pending, None
            if wait > 0:
                time.sleep(wait)
                continue
            self._work(value)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until nothing is pending; ``False`` if ``timeout`` seconds passed first."""
        return self._idle.wait(timeout)


class AuditSummary(W.VBox):
    """Headline figures, the depth charts and this week's short list.

    Parameters
    ----------
    audit
        The table from :func:`rapport.audit.audit_table` (``Audit.table``).
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
        **kwargs: Any,
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
        self._background = LatestOnly(self.update)
        self.update(audit)

    def update_soon(self, audit: pd.DataFrame) -> None:
        """Redraw from ``audit`` on a background thread (see :class:`LatestOnly`).

        The table is copied now, so the tagger may go on changing it while the charts draw.
        """
        self._background.submit(audit.copy())

    def wait(self, timeout: float | None = 60) -> bool:
        """Wait for a redraw asked with :meth:`update_soon` to finish (for tests and scripts)."""
        return self._background.wait(timeout)

    def _update(self, audit: pd.DataFrame) -> None:
        """Recompute and redraw everything from ``audit``."""
        ratio = inch_deep_ratio(audit)
        pyramid = depth_pyramid(audit)
        deep = int(pyramid.loc[pyramid["tier"] >= 2, "contacts"].sum())
        owed = len(my_turn(audit, self.today))
        dormant = len(dormant_ties(audit, self.quiet_days, self.today))
        short = deepen_shortlist(audit, n=5, today=self.today, quiet_days=self.quiet_days)
        self.inch_chart = inch_deep_chart(ratio, len(audit))
        self.pyramid_chart = depth_pyramid_chart(pyramid)
        outputs = tuple(
            {"output_type": "display_data", "data": chart_bundle(chart), "metadata": {}}
            for chart in (self.inch_chart, self.pyramid_chart)
        )
        self.figures.value = (
            f"<b>{len(audit)}</b> connections · <b>{ratio:.0%}</b> inch-deep (list entries) · "
            f"<b>{deep}</b> at tier 2 or deeper · <b>{owed}</b> replies owed · "
            f"<b>{dormant}</b> dormant ties"
        )
        self.charts.outputs = outputs
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

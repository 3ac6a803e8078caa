"""Which submissions were being graded when a run stopped, so one that kills the grader is caught.

A run writes the learners it hands to workers into ``.in-flight.json`` in its output folder and
takes each out once its result is recorded. If the run dies, those left in the file were in
flight: the next run counts a stop against each. A submission with one stop against it is graded
alone (so a second stop can only be its own); with two, it is set aside as rejected, with a
reason, instead of stopping every later run. Counts are kept per file content, so a learner who
resubmits starts again from zero.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path

from rapport.fileio import write_atomic

QUARANTINE = 2  # stops against one submission before it is set aside
FILE = ".in-flight.json"


class Journal:
    """The in-flight file of one output folder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE
        self.in_flight: dict[str, str] = {}
        self.stops: dict[str, dict] = {}
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.in_flight = dict(data.get("in_flight", {}))
            self.stops = dict(data.get("stops", {}))

    def begin(self) -> list[str]:
        """Count a stop against every learner left in flight by the last run; return them."""
        left = sorted(self.in_flight)
        for learner, digest in self.in_flight.items():
            before = self.stops.get(learner, {})
            count = before.get("count", 0) + 1 if before.get("hash") == digest else 1
            self.stops[learner] = {"hash": digest, "count": count}
        self.in_flight = {}
        self._save()
        return left

    def stops_against(self, learner: str, digest: str) -> int:
        """How many runs stopped while this learner's current file was being graded."""
        entry = self.stops.get(learner, {})
        return entry.get("count", 0) if entry.get("hash") == digest else 0

    def dispatch(self, learner: str, digest: str) -> None:
        """Note that ``learner`` is now being graded."""
        self.in_flight[learner] = digest
        self._save()

    def done(self, learner: str) -> None:
        """Note that ``learner``'s result is recorded."""
        changed = self.in_flight.pop(learner, None) is not None
        changed = self.stops.pop(learner, None) is not None or changed
        if changed:
            self._save()

    def release(self, learners: Iterable[str] | None = None) -> None:
        """Forget that ``learners`` (default: all) are in flight: they did not stop the run."""
        gone = set(self.in_flight) if learners is None else set(learners) & set(self.in_flight)
        for learner in gone:
            del self.in_flight[learner]
        if gone:
            self._save()

    def _save(self) -> None:
        data = json.dumps({"in_flight": self.in_flight, "stops": self.stops}, ensure_ascii=False)
        write_atomic(self.path, data, sync=False)  # rewritten per submission: not synced

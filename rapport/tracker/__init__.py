"""The weekly interaction tracker: a durable local log and the questions the weekly review asks."""

from rapport.tracker.store import TrackerError, TrackerStore

__all__ = ["TrackerError", "TrackerStore"]

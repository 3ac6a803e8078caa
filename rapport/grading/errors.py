"""Errors of the batch grader: ones that stop a run, and ones that reject a single submission."""

from __future__ import annotations

from rapport.errors import RapportError


class GradingSetupError(RapportError):
    """The run cannot start (missing course files, bad options); the message says what to do."""


class SubmissionRejected(RapportError):
    """One submission cannot be graded (not a notebook, corrupt JSON); it scores 0 with a reason."""


class GradingInterrupted(Exception):
    """The run was stopped (Ctrl-C); what was recorded is kept, ``--resume`` grades the rest."""

    def __init__(self, recorded: int, kept: int) -> None:
        super().__init__(f"stopped after recording {recorded} submission(s)")
        self.recorded, self.kept = recorded, kept

"""The one base class for problems a learner or an instructor can fix themselves.

Every error the kit raises on purpose (a file that is not an export, a tracker entry without a
person, a submission that cannot be graded) derives from :class:`RapportError`. Its message is
written for the person at the keyboard: what is wrong and what to do. The widgets' error panel and
the notebooks show such an error as that one paragraph; any other exception is a bug in the kit
and is shown with its traceback so it can be reported.
"""

from __future__ import annotations


class RapportError(Exception):
    """An expected problem with what someone gave the kit; the message says what to do."""

    def _render_traceback_(self) -> list[str]:
        """Show the message alone when a notebook cell fails with this error (IPython hook).

        IPython calls this hook instead of formatting a traceback. The cell still fails (its
        execute reply has status ``error``, so "Run All" stops and papermill raises).
        """
        return [str(self)]


def is_expected(error: BaseException) -> bool:
    """Whether ``error`` is a problem the person can fix (a :class:`RapportError`)."""
    return isinstance(error, RapportError)

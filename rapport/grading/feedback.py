"""Per-learner feedback pages: the score per question and what failed, never hidden test code.

Only scores, statuses and failure *messages* are shown (check messages and hints written by the
course's authors, or the error's name and text); tracebacks and test sources are not. Every
text is checked once more against the course's hidden tests (:mod:`rapport.grading.hidden`)
and escaped by the page template.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapport.grading.grade import GradeResult
from rapport.grading.hidden import HiddenText
from rapport.grading.template import Template
from rapport.pages import render


@dataclass(frozen=True)
class _Row:
    title: str
    points: float
    max_points: float
    status: str
    message: str


def _points(value: float) -> str:
    return f"{value:g}"


def feedback_html(result: GradeResult, assignment: str, template: Template | None = None) -> str:
    """Return the feedback page for one learner.

    Parameters
    ----------
    result
        The learner's recorded result.
    assignment
        The assignment id (the page title).
    template
        The course's notebook: question titles, and the hidden tests to keep out of the page.
    """
    hidden = template.hidden if template is not None else HiddenText()
    titles = template.titles if template is not None else {}
    rows = [
        _Row(
            f"{titles[q.grade_id]} ({q.grade_id})" if q.grade_id in titles else q.grade_id,
            q.points,
            q.max_points,
            q.status,
            hidden.redact(q.message),
        )
        for q in result.questions
    ]
    flags = [hidden.redact(f) for f in result.flags]
    choice = next((f for f in flags if "notebooks submitted" in f), "")
    return render(
        "feedback.html",
        assignment=assignment,
        result=result,
        questions=rows,
        flags=[f for f in flags if f != choice],
        choice=choice,
        reason=hidden.redact(result.reason),
        points=_points,
    )

"""Per-learner feedback pages: the score per question and what failed, never hidden test code."""

from __future__ import annotations

from html import escape

from rapport.grading.grade import GradeResult

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
color:#1e293b}
table{border-collapse:collapse;width:100%}td,th{padding:.4rem .6rem;border-bottom:1px solid #e2e8f0;
text-align:left;vertical-align:top}.passed{color:#15803d}.failed,.not-run{color:#b91c1c}
.partial{color:#b45309}.note{background:#f8fafc;border-left:4px solid #94a3b8;padding:.5rem 1rem}
"""


def _points(value: float) -> str:
    return f"{value:g}"


def feedback_html(result: GradeResult, assignment: str) -> str:
    """Return the feedback page for one learner.

    Only scores, statuses and the failure *messages* are shown (check messages and hints written by
    the course's authors, or the error's name and text); tracebacks and test sources are not, so
    hidden tests stay hidden. Everything from the submission is escaped.
    """
    title = f"{escape(assignment)} · feedback for {escape(result.learner)}"
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p><strong>Score: {_points(result.score)} / {_points(result.max_score)}</strong></p>",
    ]
    if result.status == "rejected":
        parts.append(
            "<p class='note'>Your file could not be graded: "
            f"{escape(result.reason)}. Nothing in it was run.</p>"
        )
    if result.questions:
        parts.append("<table><tr><th>Question</th><th>Points</th><th>What happened</th></tr>")
        for q in result.questions:
            css = q.status.replace(" ", "-")
            message = escape(q.message) if q.message else "All checks passed."
            parts.append(
                f"<tr><td>{escape(q.grade_id)}</td>"
                f"<td>{_points(q.points)} / {_points(q.max_points)}</td>"
                f"<td class='{css}'><strong>{escape(q.status)}</strong><br>{message}</td></tr>"
            )
        parts.append("</table>")
    notes = result.flags
    if notes:
        parts.append("<h2>Notes from the grader</h2><ul>")
        parts += [f"<li>{escape(note)}</li>" for note in notes]
        parts.append("</ul>")
    if result.status == "faults":
        parts.append(
            "<p class='note'>Part of your notebook ran out of time or stopped the kernel; the "
            "grader restarted it and went on, so only the questions affected lost points.</p>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)

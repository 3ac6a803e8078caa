"""The grading report of one assignment: one offline HTML page for the instructor.

(Not to be confused with :mod:`rapport.class_report`, the class view built from the
privacy-safe summaries learners export about their own networks.)

Charts are altair specs drawn to SVG on this machine, so the page needs no network. It scales to
a large class: failures are grouped by check (not split by each learner's values), questions are
named by their titles, a per-question "reteach" summary says what to go over, and near-identical
answers are shown as a capped list of clusters, one sample answer each.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import altair as alt
import pandas as pd

from rapport.charts import to_svg
from rapport.grading.grade import GradeResult
from rapport.grading.similarity import SimilarPair, clusters
from rapport.grading.template import Template
from rapport.pages import render, trusted

ACCENT = "#c2410c"
WHOLE = alt.Axis(tickMinStep=1, format="d")  # counts of learners: no half ticks
#: Below this share of learners passing, a question is marked for reteaching.
RETEACH_BELOW = 0.6
MAX_CLUSTERS = 20
MAX_ANSWER_CHARS = 2_000


def failure_kind(message: str) -> str:
    """Return the check a failure message is about, without the learner's own values.

    ``"years should be [2019, 2021], but it is [2019.0, 2021.0]. Hint: ..."`` and the same check
    with other wrong values are one kind: ``"years should be [2019, 2021]"``.
    """
    text = message.split(" Hint:")[0].strip()
    text = re.split(r",? but (?:it )?(?:is|was|got)\b", text, maxsplit=1)[0]
    text = re.sub(r"(line|In\[)\s*\d+", r"\1 N", text)
    return text.rstrip(" .") if len(text) <= 160 else text[:159] + "…"


@dataclass(frozen=True)
class Failure:
    """One kind of failure of one question, and how many learners had it."""

    question: str
    kind: str
    learners: int


@dataclass(frozen=True)
class Reteach:
    """How one question went across the class."""

    question: str
    passed: int
    graded: int
    top: list[Failure]

    @property
    def rate(self) -> float:
        """Share of graded learners who passed."""
        return self.passed / self.graded if self.graded else 0.0

    @property
    def reteach(self) -> bool:
        """Whether fewer than :data:`RETEACH_BELOW` of the class passed."""
        return self.graded > 0 and self.rate < RETEACH_BELOW


def failures(results: list[GradeResult], titles: dict[str, str]) -> list[Failure]:
    """Failures grouped by question and check, most learners first."""
    counts = Counter(
        (titles.get(q.grade_id, q.grade_id), failure_kind(q.message))
        for r in results
        if r.status != "rejected"
        for q in r.questions
        if q.status != "passed" and q.message
    )
    return [Failure(q, kind, n) for (q, kind), n in counts.most_common()]


def reteach_summary(
    results: list[GradeResult], template: Template, grouped: list[Failure]
) -> list[Reteach]:
    """Per question: how many passed, and the most common ways it failed."""
    graded = [r for r in results if r.status != "rejected"]
    summary = []
    for question in template.questions:
        title = template.titles.get(question.grade_id, question.grade_id)
        passed = sum(
            q.status == "passed"
            for r in graded
            for q in r.questions
            if q.grade_id == question.grade_id
        )
        top = [f for f in grouped if f.question == title][:2]
        summary.append(Reteach(title, passed, len(graded), top))
    return summary


def _charts(results: list[GradeResult], titles: dict[str, str], grouped: list[Failure]) -> list:
    graded = [r for r in results if r.status != "rejected"]
    figures = []
    scores = pd.DataFrame({"score": [r.score for r in results]})
    figures.append(
        alt.Chart(scores, title="Score distribution")
        .mark_bar(color=ACCENT)
        .encode(
            x=alt.X("score:O", title="score", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count():Q", title="learners", axis=WHOLE),
        )
    )
    rows = [
        {
            "question": titles.get(q.grade_id, q.grade_id),
            "passed": q.status == "passed",
            "seconds": q.seconds,
        }
        for r in graded
        for q in r.questions
    ]
    if rows:
        per_question = (
            pd.DataFrame(rows)
            .groupby("question", sort=False)
            .agg(pass_rate=("passed", "mean"), seconds=("seconds", "mean"))
            .reset_index()
        )
        order = list(per_question["question"])
        figures.append(
            alt.Chart(per_question, title="Pass rate per question")
            .mark_bar(color=ACCENT)
            .encode(
                x=alt.X("pass_rate:Q", title="learners passing", axis=alt.Axis(format="%")),
                y=alt.Y("question:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
            )
        )
        figures.append(
            alt.Chart(per_question, title="Mean runtime per question (seconds)")
            .mark_bar(color="#475569")
            .encode(
                x=alt.X("seconds:Q", title="seconds"),
                y=alt.Y("question:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
            )
        )
    if grouped:
        common = pd.DataFrame([{"check": f.kind[:70], "learners": f.learners} for f in grouped[:8]])
        figures.append(
            alt.Chart(common, title="Most common failures")
            .mark_bar(color="#b91c1c")
            .encode(
                x=alt.X("learners:Q", title="learners", axis=WHOLE),
                y=alt.Y("check:N", sort="-x", title=None, axis=alt.Axis(labelLimit=420)),
            )
        )
    return [trusted(to_svg(chart)) for chart in figures]


def report_html(
    template: Template,
    results: list[GradeResult],
    pairs: list[SimilarPair],
    answers: dict[str, dict[str, str]],
) -> str:
    """Return the grading report of one assignment as HTML.

    Parameters
    ----------
    template
        The assignment's notebook (titles of questions).
    results
        The results this run covers, one per learner.
    pairs
        Near-identical answers, grouped here into clusters.
    answers
        learner -> question -> answer, for the sample answer of each cluster.
    """
    titles = template.titles
    by_status = Counter(r.status for r in results)
    maximum = max((r.max_score for r in results), default=template.max_score)
    mean = sum(r.score for r in results) / len(results) if results else 0.0
    grouped = failures(results, titles)
    shown, left_out = clusters(pairs, MAX_CLUSTERS)
    answer_ids = {q.grade_id: q.grade_id for q in template.questions}
    sample = [
        (
            c,
            answers.get(c.learners[0], {}).get(c.question, "")[:MAX_ANSWER_CHARS],
            titles.get(answer_ids.get(c.question, ""), c.question),
        )
        for c in shown
    ]
    return render(
        "report.html",
        assignment=template.assignment,
        results=results,
        by_status=by_status,
        maximum=maximum,
        mean=mean,
        charts=_charts(results, titles, grouped),
        failures=grouped[:15],
        more_failures=max(0, len(grouped) - 15),
        reteach=reteach_summary(results, template, grouped),
        rejected=[r for r in results if r.status == "rejected"],
        choices=[r for r in results if r.chosen_from > 1],
        flagged=[r for r in results if r.flags and r.status != "rejected"],
        diagnosed=[r for r in results if r.diagnostics],
        late=[r for r in results if r.late],
        clusters=sample,
        more_clusters=left_out,
        pair_count=len(pairs),
    )

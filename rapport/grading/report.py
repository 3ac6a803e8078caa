"""The class report after grading: one offline HTML page with charts and things to look at.

Charts are altair specs drawn to SVG on this machine by vl-convert, so the page needs no network.
It shows scores and per-question results only; it never shows learners' answers except the pairs
of near-identical answers flagged for the instructor, escaped.
"""

from __future__ import annotations

from collections import Counter
from html import escape

import altair as alt
import pandas as pd

from rapport.grading.similarity import SimilarPair

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1e293b}
table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #e2e8f0;
text-align:left;vertical-align:top}figure{margin:1rem 0}pre{white-space:pre-wrap;background:#f8fafc;
padding:.5rem;max-height:14rem;overflow:auto}
"""
ACCENT = "#c2410c"
WHOLE = alt.Axis(tickMinStep=1, format="d")  # counts of learners: no half ticks


def svg(chart: alt.TopLevelMixin) -> str:
    """Draw a chart to inline SVG (no network)."""
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_dict())


def _charts(results: list[dict]) -> list[str]:
    graded = [r for r in results if r["status"] != "rejected"]
    rows = [
        {"question": q["grade_id"], "passed": q["status"] == "passed", "seconds": q["seconds"]}
        for r in graded
        for q in r["questions"]
    ]
    figures = []
    scores = pd.DataFrame({"score": [r["score"] for r in results]})
    figures.append(
        alt.Chart(scores, title="Score distribution")
        .mark_bar(color=ACCENT)
        .encode(
            x=alt.X("score:O", title="score", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count():Q", title="learners", axis=WHOLE),
        )
    )
    if rows:
        per_question = (
            pd.DataFrame(rows)
            .groupby("question", sort=False)
            .agg(pass_rate=("passed", "mean"), seconds=("seconds", "mean"))
            .reset_index()
        )
        order = list(per_question["question"])
        figures.append(
            alt.Chart(per_question, title="Pass rate per test")
            .mark_bar(color=ACCENT)
            .encode(
                x=alt.X("pass_rate:Q", title="learners passing", axis=alt.Axis(format="%")),
                y=alt.Y("question:N", sort=order, title=None),
            )
        )
        figures.append(
            alt.Chart(per_question, title="Mean runtime per question (seconds)")
            .mark_bar(color="#475569")
            .encode(
                x=alt.X("seconds:Q", title="seconds"), y=alt.Y("question:N", sort=order, title=None)
            )
        )
    failures = Counter(
        _short(q["message"])
        for r in graded
        for q in r["questions"]
        if q["status"] != "passed" and q["message"]
    )
    if failures:
        common = pd.DataFrame(failures.most_common(8), columns=["message", "learners"])
        figures.append(
            alt.Chart(common, title="Most common failure messages")
            .mark_bar(color="#b91c1c")
            .encode(
                x=alt.X("learners:Q", title="learners", axis=WHOLE),
                y=alt.Y("message:N", sort="-x", title=None, axis=alt.Axis(labelLimit=420)),
            )
        )
    return [f"<figure>{svg(chart)}</figure>" for chart in figures]


def _short(message: str, limit: int = 70) -> str:
    first = message.split(" Hint:")[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"


def report_html(
    assignment: str, results: list[dict], pairs: list[SimilarPair], answers: dict
) -> str:
    """Return the class report of one assignment as HTML.

    Parameters
    ----------
    assignment
        The assignment id.
    results
        Every recorded result (as stored), one per learner.
    pairs
        Near-identical answers to show.
    answers
        learner -> question -> answer, for the flagged pairs only.
    """
    total = len(results)
    by_status = Counter(r["status"] for r in results)
    maximum = max((r["max_score"] for r in results), default=0)
    mean = sum(r["score"] for r in results) / total if total else 0.0
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(assignment)} · class report</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(assignment)} · class report</h1>",
        f"<p>{total} submissions: {by_status['graded']} graded cleanly, "
        f"{by_status['faults']} graded after a timeout or crash, {by_status['rejected']} "
        f"rejected. Mean score {mean:.2f} of {maximum:g}.</p>",
        *_charts(results),
        "<h2>Most common failure messages</h2>",
    ]
    failures = Counter(
        (q["grade_id"], q["message"])
        for r in results
        for q in r["questions"]
        if q["status"] != "passed" and q["message"]
    )
    if failures:
        parts.append("<table><tr><th>Learners</th><th>Question</th><th>Message</th></tr>")
        for (question, message), count in failures.most_common(12):
            parts.append(
                f"<tr><td>{count}</td><td>{escape(question)}</td><td>{escape(message)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No failures.</p>")
    rejected = [r for r in results if r["status"] == "rejected"]
    if rejected:
        parts.append("<h2>Rejected files</h2><ul>")
        parts += [f"<li>{escape(r['learner'])}: {escape(r['reason'])}</li>" for r in rejected]
        parts.append("</ul>")
    flagged = [r for r in results if r["flags"]]
    if flagged:
        parts.append("<h2>Repairs and faults</h2><table><tr><th>Learner</th><th>Notes</th></tr>")
        for r in flagged:
            notes = "<br>".join(escape(f) for f in r["flags"])
            parts.append(f"<tr><td>{escape(r['learner'])}</td><td>{notes}</td></tr>")
        parts.append("</table>")
    diagnosed = [r for r in results if r.get("diagnostics")]
    if diagnosed:
        parts.append(
            "<h2>Kernel diagnostics</h2><p>The last output of kernels that died, to debug the "
            "run (feedback pages never show it).</p>"
        )
        for r in diagnosed:
            shown = "".join(f"<pre>{escape(d)}</pre>" for d in r["diagnostics"])
            parts.append(f"<details><summary>{escape(r['learner'])}</summary>{shown}</details>")
    parts.append("<h2>Near-identical answers to look at</h2>")
    if pairs:
        parts.append(
            "<p>Pairs whose answers match closely once names are masked. Similar is not the same "
            "as copied: read both before concluding anything.</p>"
        )
        for pair in pairs:
            first = answers.get(pair.first, {}).get(pair.question, "")
            second = answers.get(pair.second, {}).get(pair.question, "")
            parts.append(
                f"<details><summary>{escape(pair.question)}: {escape(pair.first)} and "
                f"{escape(pair.second)} ({pair.similarity:.0%} alike)</summary>"
                f"<pre>{escape(first)}</pre><pre>{escape(second)}</pre></details>"
            )
    else:
        parts.append("<p>None above the threshold.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)

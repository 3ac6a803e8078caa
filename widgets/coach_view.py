"""What the message coach shows: the situation, the score, the findings and a rewrite's grade.

Each function returns HTML for one panel of :class:`~widgets.coach.MessageCoach`. Everything the
learner typed, and every quote from it, is escaped here.
"""

from __future__ import annotations

import html
import re
from typing import Any, Protocol

from rapport.messages import PRINCIPLES, Analysis, Context, Finding
from rapport.messages.rewrites import RewriteGrade

PROMPT = "Write or paste a message above: the coach reads it as you type."
SCORE_MEANS = "The score is how likely, out of 100, a thoughtful reader is to welcome this message."
HISTORY_WORDS = {
    "never": "you have never spoken",
    "acquaintance": "you know each other a little",
    "dormant": "you spoke before, then went quiet",
    "close": "you are close",
}


class Situation(Protocol):
    """What a situation to practise needs: a corpus :class:`~rapport.messages.corpus.Sample`."""

    id: str
    context: Context
    text: str
    why: str
    rewrite: str


def effect(weight: float) -> str:
    """Return how much a finding moves the score, as signs: ``+++`` strong, ``−`` slight."""
    size = abs(weight)
    count = 3 if size >= 2 else 2 if size >= 1 else 1
    return ("+" if weight > 0 else "−") * count


def title(rule_id: str) -> str:
    """Return a rule id as a short heading: ``vague-ask`` -> ``Vague ask``."""
    return re.sub(r"\bi\b", "I", rule_id.replace("-", " ").capitalize())


def highlights(analysis: Analysis) -> list[dict[str, Any]]:
    """Return the spans of ``analysis`` as highlights (whole-message findings have none)."""
    return [
        {
            "start": start,
            "end": end,
            "kind": f.kind,
            "rule_id": f.rule_id,
            "title": title(f.rule_id),
        }
        for f in analysis.findings
        if not f.whole_message
        for start, end in f.spans
        if end > start
    ]


def situation_label(number: int, sample: Situation) -> str:
    """Return a situation's line in the dropdown: "3. ask to Nadia: advice on...", cut at 90."""
    ctx = sample.context
    kind = (ctx.kind or "message").replace("-", " ")
    who = f" to {ctx.recipient_name}" if ctx.recipient_name else ""
    goal = f": {ctx.sender_goal}" if ctx.sender_goal else ""
    label = f"{number}. {kind}{who}{goal}"
    return label if len(label) <= 90 else label[:89] + "…"


def situation_html(ctx: Context) -> str:
    """Describe a situation (all of it escaped) for the learner writing in it."""
    esc = html.escape
    rows = []
    if ctx.recipient_name:
        rows.append(("To", esc(ctx.recipient_name)))
    if ctx.recipient_works_on:
        rows.append(("They work on", esc(ctx.recipient_works_on)))
    history = HISTORY_WORDS.get(ctx.history, esc(ctx.history))
    if ctx.months_since_contact is not None:
        months = int(ctx.months_since_contact)
        ago = {0: "this month", 1: "1 month ago"}.get(months, f"{months} months ago")
        # two who never spoke were only ever connected: "connected 11 months ago"
        history += f"; {'connected' if ctx.history == 'never' else 'last in touch'} {ago}"
    rows.append(("History", history))
    if ctx.sender_goal:
        rows.append(("Your goal", esc(ctx.sender_goal)))
    if ctx.kind:
        rows.append(("Situation", esc(ctx.kind.replace("-", " "))))
    cells = "".join(
        f"<tr><th style='text-align:left;padding-right:1em;vertical-align:top'>{k}</th>"
        f"<td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table class='rapport-coach-situation-table'>{cells}</table>"


def score_html(analysis: Analysis | None, chars: int) -> str:
    """Return the score line; ``data-chars`` is the length of the text it is about."""
    if analysis is None:
        return (
            f"<div class='rapport-coach-scoreline' data-chars='{chars}' data-score=''>"
            f"<i>{html.escape(PROMPT)}</i></div>"
        )
    good = analysis.verdict == "good"
    colour = "#15803d" if good else "#c2410c"
    words = f"{analysis.word_count} word{'s' if analysis.word_count != 1 else ''}"
    questions = analysis.question_count
    asked = f"{questions} question{'s' if questions != 1 else ''}"
    bar = (
        "<div style='height:6px;background:#e5e7eb;border-radius:3px;max-width:20em;margin:2px 0'>"
        f"<div style='height:6px;width:{analysis.score}%;background:{colour};"
        "border-radius:3px'></div></div>"
    )
    return (
        f"<div class='rapport-coach-scoreline' data-chars='{chars}' "
        f"data-score='{analysis.score}' data-verdict='{html.escape(analysis.verdict)}'>"
        f"<span style='font-size:1.4em'><b class='rapport-coach-points'>{analysis.score}</b>"
        f"/100</span> · <b style='color:{colour}' class='rapport-coach-verdict'>"
        f"{html.escape(analysis.verdict)}</b> · {words}, {asked}{bar}"
        f"<span style='color:#64748b;font-size:0.9em'>{SCORE_MEANS}</span></div>"
    )


def _quote(text: str, finding: Finding) -> str:
    if finding.whole_message:
        return "<span style='color:#64748b'>(the message as a whole)</span>"
    quoted = list(dict.fromkeys(text[start:end] for start, end in finding.spans))
    quotes = [f"“{html.escape(q if len(q) <= 120 else q[:119] + '…')}”" for q in quoted[:3]]
    more = f" and {len(quoted) - 3} more" if len(quoted) > 3 else ""
    return ", ".join(quotes) + more


def findings_html(analysis: Analysis | None) -> str:
    """Return the findings, strengths then problems, with principle, quote and advice."""
    if analysis is None:
        return ""
    parts = []
    for heading, found, kind, colour in (
        ("What works", analysis.strengths, "strength", "#15803d"),
        ("What to change", analysis.problems, "problem", "#c2410c"),
        ("Before you send", analysis.notes, "note", "#475569"),
    ):
        if not found:
            continue
        items = []
        for f in found:
            principle = PRINCIPLES.get(f.principle, f.principle)
            advice = "Keep it up: " if kind == "strength" else "Try: "
            moves = (
                f"<span style='color:{colour}' title='how much it moves the score'>"
                f"({effect(f.weight)})</span> "
                if f.weight
                else ""
            )
            items.append(
                f"<li class='rapport-finding rapport-finding-{kind}' "
                f"data-rule='{html.escape(f.rule_id)}' style='margin-bottom:6px'>"
                f"<b>{html.escape(title(f.rule_id))}</b> {moves}· "
                f"<span class='rapport-finding-principle' style='color:#64748b'>"
                f"{html.escape(principle)}</span><br>"
                f"<span class='rapport-finding-quote'>{_quote(analysis.text, f)}</span><br>"
                f"{html.escape(f.explanation)}<br>"
                f"<i>{advice}{html.escape(f.suggestion)}</i></li>"
            )
        parts.append(
            f"<div class='rapport-findings-{kind}'><b style='color:{colour}'>{heading}</b>"
            f"<ul style='margin:4px 0 8px 0;padding-left:1.4em'>{''.join(items)}</ul></div>"
        )
    if not parts:
        parts.append(
            "<div><i>Nothing stands out yet, good or bad. Say where you met or what of theirs "
            "you read, and why you are writing to them.</i></div>"
        )
    return "".join(parts)


def rewrite_html(sample: Situation) -> str:
    """Return the model rewrite of a sample (escaped), or a note that it needs none."""
    esc = html.escape
    if not sample.rewrite.strip():
        body = (
            "<i>This sample is already a good message, so it has no rewrite. Load it to see "
            "what the coach says about it.</i>"
        )
    else:
        body = (
            "<b>Model rewrite</b><div class='rapport-coach-rewrite-text' "
            "style='white-space:pre-wrap;border-left:3px solid #22c55e;padding:4px 8px;"
            f"margin:4px 0'>{esc(sample.rewrite)}</div>"
        )
    why = f"<div style='color:#475569'><b>Why:</b> {esc(sample.why)}</div>" if sample.why else ""
    return body + why


def grade_html(grade: RewriteGrade) -> str:
    """Return a rewrite's grade for the learner: passed or not, and each principle met or not."""
    esc = html.escape
    if grade.refused:
        return (
            "<div class='rapport-coach-grade-result' data-passed='false'>"
            f"<b style='color:#c2410c'>Not graded:</b> {esc(grade.refused)}</div>"
        )
    colour = "#15803d" if grade.passed else "#c2410c"
    head = "Passes" if grade.passed else "Not yet"
    score = grade.analysis.score if grade.analysis else 0
    items = "".join(
        f"<li data-criterion='{esc(c.id)}' data-met='{str(c.met).lower()}'>"
        f"{'✓' if c.met else '✗'} {esc(c.description)}"
        f"{'' if c.met else ' <i>' + esc(c.hint) + '</i>'}</li>"
        for c in grade.criteria
    )
    lifts = ""
    if grade.lifts and grade.analysis is not None:
        lifts = (
            f"<div class='rapport-coach-lifts'>The score is under the coach's good line "
            f"({grade.analysis.good_score}). What would lift it most:<ul style='margin:2px 0;"
            "padding-left:1.4em'>"
            + "".join(f"<li>{esc(s)}</li>" for s in grade.lifts)
            + "</ul></div>"
        )
    return (
        f"<div class='rapport-coach-grade-result' data-passed='{str(grade.passed).lower()}'>"
        f"<b style='color:{colour}'>{head}:</b> {grade.points} of {grade.max_points} principles "
        f"met; coach score {score}/100."
        f"<ul style='margin:4px 0;padding-left:1.4em;list-style:none'>{items}</ul>{lifts}</div>"
    )

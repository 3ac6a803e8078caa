"""Replies: a message that answers someone who wrote first is not judged as a first note.

A first note has to earn the reader's attention: say where the two met, own a long silence, give
a reason, not be too short to answer. A reply does not: the other person opened the conversation,
so "Happy to. Thursday after 4?" is complete, a reply after a long gap owes no apology for it,
and a reply is plainly written to them. What still counts in a reply is what any message can do
to a relationship: a pitch in answer to a sincere question, contempt, a favour too big for the
relationship, self-focus.

A message reads as a reply when the situation says so (``Context.kind == "reply"``), when it
answers quoted lines of theirs, or when it opens by answering ("yes", "happy to", "thanks for your
note": :data:`patterns.ANSWERS`), or says it answers ("you asked about...").
"""

from __future__ import annotations

from rapport.messages.asks import answers_them
from rapport.messages.context import Context
from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span, memo

# Rules that judge how a first note earns attention; a reply has nothing of that to earn.
FIRST_NOTE_ONLY = frozenset(
    {
        "too-short",  # "Yes - happy to help. Thursday?" answers in full
        "gap-not-acknowledged",  # they broke the silence, not the writer
        "acknowledges-gap",
        "could-be-anyone",  # a reply is written to the one who wrote
        "claims-history",  # "lovely to meet you" to the person an introducer just named
        "broadcast",  # "please keep me in mind" to the recruiter who wrote is not to everyone
    }
)

# A reply's other marks: a courteous opening that is not yet an answer ("thanks for reaching
# out", which also starts a canned no), or words that answer later in the note. Openings that
# answer at once are :data:`patterns.ANSWERS`, a strength of their own.
ANSWERING = _p(
    rf"^\s*(?:(?:hi|hello|hey|dear) [\w'’.-]+(?: [\w'’.-]+)?[,!.]? +)?(?:[\w'’-]+[,!.] +){{0,2}}"
    rf"thanks?(?: you)?,? (?:so much |very much )?for (?:reaching out|thinking of me|getting in "
    rf"touch|the (?:intro|introduction)|your (?:kind |lovely )?(?:note|message|email|words))\b"
    rf"|\byou asked (?:me )?(?:about|whether|if|how|what)\b|\bto answer your question\b"
    rf"|\byou wrote:|\bin answer to your (?:question|message|note|email)\b"
    rf"|\bi{A}?m not looking (?:to move|to change|for a (?:new )?(?:role|job|move))\b",
)


def reads_as_reply(doc: Doc, ctx: Context | None) -> bool:
    """Whether the message answers someone who wrote first (by the situation or its words)."""
    return bool(reply_cues(doc, ctx))


def reply_cues(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find the words that make the message read as a reply (all of it, if the situation says)."""
    if ctx is not None and ctx.kind == "reply":
        return [(0, len(doc.text))]
    return memo(doc, "reads-as-reply", lambda: _reply_spans(doc, ctx))


def _reply_spans(doc: Doc, ctx: Context | None) -> list[Span]:
    if doc.quoted:
        return [(a, a + 1) for a, _ in doc.quoted]  # the "> " marks, not their words
    return answers_them(doc, ctx) or doc.find(ANSWERING)


_DAY = (
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mon|tues?|wed"
    r"|thu(?:rs)?|fri)"
)
# What a reply can give: a time, a hand-off, a resource, the thing asked for.
GIVES = _p(
    rf"\b{_DAY}(?: ?(?:-|–|or|to|and) ?{_DAY})? (?:next week|this week|mornings?|afternoons?"
    rf"|evenings?|(?:after|before|from|at) \d{{1,2}}(?::\d\d)? ?(?:[ap]m)?)\b"
    rf"|\b(?:after|before|from) \d{{1,2}}(?::\d\d)? ?(?:[ap]m)?\b"
    rf"|\bi{A}?(?:ve| have) (?:cc{A}?d|copied|looped in|introduced|forwarded|passed|sent|"
    rf"attached)\b"
    rf"|\bi{A}?ll (?:send|pass|forward|introduce|ask|put you in touch|dig out|look out)\b"
    rf"|\bgive (?:them|her|him) my (?:number|mobile|email|details)\b"
    rf"|\b(?:guide|episode|article|chapter|paper|template|checklist|handbook|podcast|thread)s? "
    rf"(?:on|about|from|by|\d)|\bepisode \d+\b|\bhere{A}?s (?:the|a|my)\b"
    rf"|\bsend me (?:the|your|two|three|a few|whatever)\b"
    # the favour already done: "sent it back with comments in red"
    rf"|\bsent (?:it|them|this|that) back (?:to you )?with (?:my )?(?:comments|notes|edits|"
    rf"changes|tracked changes|suggestions)\b",
)


def gives_in_reply(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find what a reply gives: a time to talk, a hand-off, a resource, a way to prepare."""
    return doc.find(GIVES) if reads_as_reply(doc, ctx) else []

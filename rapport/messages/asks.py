"""Asks: which sentences ask for something, how big the ask is, and how it is put.

An ask is a request, an order, a want said to the reader or a question. These detectors (see
:mod:`rapport.messages.detectors` for the convention) judge its size against the relationship
the situation or the text reveals: a sized, easy-to-decline ask is a strength; an ask with no
size, one put to a stranger with nothing given, or one too big for any note is a problem.
"""

from __future__ import annotations

import re

from rapport.messages import costs as Z
from rapport.messages import cues as C
from rapport.messages import patterns as P
from rapport.messages.backdoor import BACKDOOR
from rapport.messages.context import Context
from rapport.messages.deceit import DECEIT
from rapport.messages.familiar import FAMILIAR, KNOW_WHETHER, WHAT_I_SEEK, WISH_TO_HEAR
from rapport.messages.gaps import GAP_ACK
from rapport.messages.huge import HUGE_ASK
from rapport.messages.leverage import LEVERAGE
from rapport.messages.patterns import _p
from rapport.messages.presumed import BIGGER_THAN_SAID, PRESUMED
from rapport.messages.requests import ask_spans, asking_sentences, request_sentences, requests
from rapport.messages.ruledout import asks_for, ruled_out
from rapport.messages.text import (
    Doc,
    Span,
    blank_out,
    find_spans,
    has_match,
    holding,
    inside,
    memo,
    overlap,
)


def sized_asks(doc: Doc) -> list[Span]:
    """Asks with a size ("two questions", "tell me how"), but not "tell me what I should do"."""
    vague = doc.find(P.VAGUE_ASK)
    return [a for a in doc.find(P.SIZED_ASK) if not any(overlap(a, v) for v in vague)]


def vague_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """An ask with no size, no time and no topic, in its sentence or the ones beside it.

    A sized ask elsewhere in the note does not shrink it: "One question: ... P.S. I'd still love
    to pick your brain over coffee" still asks for the open-ended hour.
    """
    broad = doc.find(P.BROAD_QUESTION)  # no size makes these small
    spans = doc.find(P.VAGUE_ASK)
    if not spans:
        return broad
    sized = sized_asks(doc)
    if not sized:
        return sorted(set(spans + broad))
    sentences = doc.sentences
    kept = []
    for vague in spans:
        i = next(i for i, s in enumerate(sentences) if s.start <= vague[0] < s.end)
        if not any(inside(z, s.span) for s in sentences[max(0, i - 1) : i + 2] for z in sized):
            kept.append(vague)
    return sorted(set(kept + broad))


def unsized_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """An ask for something (a favour, advice) where the size is unclear; not already vague."""
    whether = [s.span for s in holding(doc, doc.find(_KNOW_WHETHER) + doc.find(_WISH_TO_HEAR))]
    asks = [a for a in requests(doc) if not any(inside(a, w) for w in whether)]
    if not asks or vague_ask(doc, ctx) or sized_asks(doc) or doc.find(P.SPECIFIC_ASK):
        return []
    return asks


# One thing they know, asked yes or no, or their story wished for: "I'd love to know which job
# boards your candidates have luck with" (one question, not a favour of unclear size).
_KNOW_WHETHER = _p(KNOW_WHETHER)
_WISH_TO_HEAR = _p(WISH_TO_HEAR)


# A distance in time, not time asked of them: "ideally within 40 min of Wakefield".
_TRAVEL_TIME = re.compile(
    r"\b(?:within|under|less than) (?:an? )?(?:\d+|[a-z-]+) ?(?:min|mins|minutes|hours?)"
    r"(?: (?:of|from|away|drive|commute|walk))?\b"
    r"|\b\d+ ?(?:min|mins|minutes) (?:drive|commute|walk|away|from)\b"
)


def _without_travel_times(lower: str) -> str:
    """The sentence with its travel times blanked (same length), so they are not time asked."""
    return blank_out(lower, [m.span() for m in _TRAVEL_TIME.finditer(lower)])


def easy_decline(doc: Doc, ctx: Context | None) -> list[Span]:
    """An honest way out, only worth saying when something is asked (a question included)."""
    return doc.find(P.EASY_DECLINE) if _asks_something(doc) or doc.questions else []


def _asks_something(doc: Doc) -> bool:
    """Whether the note asks anything: a request, a vague ask, or a nudge on an earlier one."""
    return bool(ask_spans(doc) or request_sentences(doc) or doc.find(C.FOLLOW_UP))


def answers_them(doc: Doc, ctx: Context | None) -> list[Span]:
    """The note opens by answering theirs: a yes, an answer, thanks for what they wrote."""
    start = doc.sentences[0] if doc.sentences else None
    if start is None:
        return []
    return [(start.start + a, start.start + b) for a, b in find_spans(P.ANSWERS, start.text)]


def takes_on_cost(doc: Doc, ctx: Context | None) -> list[Span]:
    """The asker says what they will carry of the favour's cost, when something is asked."""
    return doc.find(P.TAKES_ON_COST) if _asks_something(doc) else []


def specific_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """A small, concrete ask: a time box, a number of questions, a named document."""
    if huge_ask(doc, ctx):
        return []
    found = sized_asks(doc) + doc.find(P.SPECIFIC_ASK)
    return sorted(set(found)) if ask_spans(doc) or doc.questions else []


def _close(doc: Doc, ctx: Context | None) -> bool:
    """Whether the two are close, by the situation or by what the text says."""
    if ctx is not None:
        return ctx.history == "close"
    # A past together is not closeness now when the text owns a long gap ("it's been ages").
    # (one meeting at an event is not closeness: "we were both at the breakfast last month")
    return bool(doc.find(C.TOGETHER)) and not doc.find(C.STRANGER) and not doc.find(GAP_ACK)


def huge_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """An ask too big for the relationship: everything, their whole network, money, by Friday.

    Asking for everyone's contacts or for money is too big for any note; a deadline the reader
    never agreed to is too big unless the two are close.
    """
    return memo(doc, ("huge", id(ctx)), lambda: _huge_ask(doc, ctx))


def _huge_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    # their name committed before they were asked: too big whether or not a question follows
    presumed = (
        []
        if _close(doc, ctx)
        else [(a, b) for a, b in doc.find(PRESUMED) if not _IF_FREE.match(doc.lower, b)]
    )  # (not a call offered "if you're about")
    presumed += doc.find(BIGGER_THAN_SAID)  # "it's really just a signature": said to anyone
    asking = asking_sentences(doc)
    if not asking:
        return presumed
    found = [
        (s.start + a, s.start + b)
        for s in asking
        for a, b in find_spans(HUGE_ASK, s.text, s.lower)
        if not Z.NOT_HOW_MUCH.match(s.lower, b)
        and not ruled_out(s.lower[:a])  # "I'm not asking for free advice"
    ]
    if not _close(doc, ctx):
        if doc.find(Z.LEGAL_CASE):  # a favour beside the writer's legal fight joins them to it
            found += [s.span for s in asking]
        too_big = [Z.RUSH, Z.ABOVE_THEM, Z.JOB_FOR_ME, Z.INSIDE_INFO]
        if not _knows_my_work(doc, ctx):  # a reference is for those who saw the work
            too_big += [Z.VOUCH, Z.REVIEW_MINE]
            if request_sentences(doc):  # "they need two referees; would you be one of them?"
                found += doc.find(Z.REFEREE)
        found += [
            s.span
            for s in asking
            if (
                any(asks_for(z, s) for z in too_big)  # not "I don't expect a role"
                # their time is theirs to sell: "could I pay you for an hour walking my field?"
                or (
                    has_match(Z.LONG_TIME, s.text, _without_travel_times(s.lower))
                    and not _PAID_FOR.search(s.lower)
                )
            )
            and not _TOLD_SEARCH.search(s.lower)
        ]
    else:  # an employer's confidences are not a friend's to give: "send me the supplier invoices"
        found += [s.span for s in request_sentences(doc) if asks_for(Z.INSIDE_INFO, s)]
    stranger = doc.find(C.STRANGER) or (ctx is not None and ctx.history == "never")
    if stranger:  # a favour that spends their good name: a way out does not shrink a referral
        eased = bool(doc.find(P.EASY_DECLINE))
        found += [
            s.span
            for s in asking
            if asks_for(Z.REFERRAL, s) or (not eased and asks_for(Z.REPUTATION, s))
        ]
    return sorted(set(found + presumed))


# A time proposed on their terms: "I'll give you a ring Sunday arvo if you're about".
_IF_FREE = re.compile(
    r"[^.?!\n]{0,30}\bif (?:you(?:['’]re| are) (?:about|around|free|up for it|ok|okay)|"
    r"(?:that|it)(?:['’]s| is) (?:ok|okay|alright|fine)|it suits)\b"
)


# Time the writer offers to pay for: "could I pay you for an hour", "at your usual rate".
_PAID_FOR = re.compile(
    r"\b(?:pay you|paid (?:for )?your time|at your (?:usual |normal )?(?:rate|fee))\b"
)

# The writer's search told to many ("what I'm looking for now: a shift manager role near
# Northampton"): a job named there is what they seek, not what they ask this reader for.
_TOLD_SEARCH = re.compile(rf"\b{WHAT_I_SEEK}")


def asks_for_deceit(doc: Doc, ctx: Context | None) -> list[Span]:
    """A lie or a hidden breach asked of the reader, or already done in their name.

    "Nobody would notice", "under the table", "I submitted it under your name": whatever the
    relationship, this spends their job and their good name. Ruled out, it is not found ("I'd
    never ask you to look the other way").
    """
    found = doc.find(DECEIT) + doc.find(LEVERAGE) + doc.find(BACKDOOR)
    return [
        (a, b)
        for s in holding(doc, found)
        for a, b in found
        if s.start <= a < s.end and not ruled_out(s.lower[: a - s.start])
    ]


# The writer says the reader saw the work: "you saw my work on the depot move".
_SAW_MY_WORK = _p(
    r"\byou (?:saw|have seen|know|knew|watched) (?:my work|me (?:run|work|lead|manage|teach|coach|"
    r"handle|do))\b"
)


def _knows_my_work(doc: Doc, ctx: Context | None) -> bool:
    """Whether the reader saw the writer's work: they were close, worked together, or say so."""
    if ctx is not None and ctx.history in {"close", "dormant"}:
        return True  # "dormant": a relationship that was real, gone quiet (a former supervisor)
    if ctx is not None and ctx.history == "never":
        return False  # one of two hundred in their seminar: the situation says they never spoke
    return bool(doc.find(C.TOGETHER) or doc.find(C.TAUGHT) or doc.find(_SAW_MY_WORK))


def unusual_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """A request for something other than what anyone can give in minutes.

    What a reader can give a near-stranger without thinking twice is small and familiar: a
    view, advice, a pointer, one question, a short call, an introduction offered both ways, a
    document to share. A request that names none of these (a login, room for forty pallets, a
    keynote, a place on a list) asks for something of theirs; between people who are not close
    that is worth a second look, whatever words it uses.
    """
    if _close(doc, ctx):
        return []
    # A reply's asks arrange what the reader asked for ("send me your questions"), unless one
    # carries a cost of its own: "thanks for your message! could you read my 38-page proposal?"
    replying = bool(answers_them(doc, ctx))
    vague = holding(doc, doc.find(P.VAGUE_ASK))  # already a finding of its own
    seen = _knows_my_work(doc, ctx)  # a reference is an ordinary ask of someone who saw the work
    # a name passed on for work the reader said they take on: "you mentioned your team brings
    # on contract testers... I'd appreciate you passing my name to whoever handles it"
    raised = bool(doc.find(_THEY_RAISED))
    return [
        s.span
        for s in request_sentences(doc)
        if s not in vague
        and not _REPLY_IF.match(s.lower)
        and not has_match(FAMILIAR, s.text, s.lower)
        and not has_match(_KNOW_WHETHER, s.text, s.lower)  # their view asked, yes or no
        and not (seen and has_match(_FOR_THE_RECORD, s.text, s.lower))
        and not (raised and asks_for(Z.REPUTATION, s))
        and not (replying and not any(has_match(c, s.text, s.lower) for c in _OWN_COST))
    ]


_THEY_RAISED = _p(
    r"\byou (?:mentioned|said|told me)\b[^.?!\n]{0,60}\b(?:brings? on|hires?|is hiring|are hiring|"
    r"takes? on|(?:is|are) looking for|could use)\b"
)


# A reply invited only at the reader's leave is a way out: "kindly reply only if you have time".
_REPLY_IF = re.compile(
    r"(?:please |kindly |just )?(?:reply|respond|answer|write back|get back to me)\b"
    r"(?: [\w'’]+){0,3} (?:if|when|whenever)\b"
    r"|(?:please |kindly |but )?(?:don['’]?t|do not) (?:feel )?(?:obliged|obligated|pressured|any "
    r"pressure)\b"
    # a worry taken off them: "please don't think about the plans at all right now"
    r"|(?:please |so )?(?:don['’]?t|do not) (?:worry|think about|rush|feel bad|trouble yourself)\b"
)


# What makes a favour costly even when it is asked in a reply.
_OWN_COST = (Z.LONG_TIME, Z.REVIEW_MINE, Z.JOB_FOR_ME, Z.INSIDE_INFO, HUGE_ASK)


# A reference, a letter, or a short "would you be willing?" pointing back at one.
_FOR_THE_RECORD = re.compile(
    r"\b(?:references?|referee|letters?)\b|\b(?:could|can|may) i (?:list|name|put) you\b"
    # the favours of a shared workplace: a shift swapped or covered
    r"|\b(?:swap|swapping|trade|trading)\b|\b(?:cover|covering|take) (?:a |my |the |your )?"
    r"(?:[\w-]+ ){0,3}(?:shifts?|nights?|days?|earlies|lates|weekends?|sat\w*|sun\w*)\b"
    r"|\b(?:would|could) you (?:feel|be) (?:comfortable|able|happy|willing) (?:being|to be) "
    r"(?:one|that person|the one|my referee|a referee|my reference)\b"
    r"|\b(?:would|could) you (?:consider it|be (?:willing|comfortable|happy|open)"
    r"(?: to do (?:that|it|so)| with (?:that|it))?)\W*$",
    re.IGNORECASE,
)


def asks_stranger(doc: Doc, ctx: Context | None) -> list[Span]:
    """A favour asked of someone who has never spoken with the writer, with nothing given.

    The situation says they never spoke, or the text does ("we don't know each other").
    """
    stranger = doc.find(C.STRANGER)
    never = ctx is not None and ctx.history == "never" and ctx.kind != "introduction"
    if not (never or stranger):
        return []
    asks = requests(doc)
    eased = (
        doc.find(P.OFFER)
        or doc.find(P.WHY_THEM)
        or doc.find(P.EASY_DECLINE)
        or doc.find(P.SMALL_REPLY)  # "even a short answer will help": the favour made small
        or C.shared(doc)
    )
    return asks if asks and not eased else []

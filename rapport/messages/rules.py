"""The coach's rules, as data: one entry per thing a message can do to a relationship.

A rule has an id, the principle it teaches, whether it is a strength or a problem, a weight, a
detector and the words the learner sees. A detector takes the read message (:class:`Doc`) and the
optional :class:`Context` and returns the spans it refers to (an empty list when it does not
apply, or ``[(0, 0)]`` for a finding about the whole message). Adding a rule is adding an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapport.messages import patterns as P
from rapport.messages.context import Context
from rapport.messages.text import FIRST_PERSON, SECOND_PERSON, Doc, Sentence, Span, matches

PRINCIPLES = {
    "interest": "Be interested in the other person",
    "give-first": "Give before you ask",
    "honest-ask": "Ask well when you must ask",
    "anti-pattern": "Habits that damage relationships",
    "clarity": "Easy to read, easy to answer",
}
WHOLE: list[Span] = [(0, 0)]
Detector = Callable[[Doc, Context | None], list[Span]]


@dataclass(frozen=True)
class Rule:
    """One thing the coach looks for."""

    id: str
    principle: str
    kind: str  # "strength" or "problem"
    weight: int
    detect: Detector
    explanation: str
    suggestion: str


def phrase(pattern) -> Detector:
    """A detector that finds a pattern anywhere in the message."""
    return lambda doc, ctx: doc.find(pattern)


def interest_questions(doc: Doc, ctx: Context | None) -> list[Span]:
    """Questions about the reader: not asks, not sales questions, not rhetorical."""
    key = ("interest", id(ctx))
    if key not in doc.memo:
        doc.memo[key] = _interest_questions(doc, ctx)
    return list(doc.memo[key])  # type: ignore[call-overload]


def _interest_questions(doc: Doc, ctx: Context | None) -> list[Span]:
    excluded = (P.ASK, P.RHETORICAL, P.PITCH, P.VAGUE_ASK, P.PLEASANTRY)
    found = [s.span for s in doc.sentences if not s.is_question and matches(P.INVITE_REPLY, s.text)]
    for q in doc.questions:
        about_them = matches(P.INTEREST_CUES, q.text) or (ctx and _mentions_work(q, ctx))
        if about_them and not any(matches(pattern, q.text) for pattern in excluded):
            found.append(q.span)
    return sorted(found)


def _mentions_work(sentence: Sentence, ctx: Context) -> bool:
    """Whether a sentence uses a word with the same stem as one of the reader's work words."""
    return bool(sentence.stems.intersection(ctx.work_stems))


def _about_me(sentence: Sentence) -> bool:
    """A sentence about the writer's own work, not the reader's."""
    words = sentence.words
    return bool(words) and words[0] in FIRST_PERSON and not set(words) & SECOND_PERSON


def their_work(doc: Doc, ctx: Context | None) -> list[Span]:
    """Sentences that refer to what the reader actually works on (or their talk, post, project)."""
    if ctx is None or not ctx.work_stems:
        return []
    return [
        s.span
        for s in doc.sentences
        if (_mentions_work(s, ctx) and not _about_me(s)) or matches(P.YOUR_WORK, s.text)
    ]


def ignores_their_work(doc: Doc, ctx: Context | None) -> list[Span]:
    """A note that could have been sent to anyone, though we know what they work on."""
    if ctx is None or not ctx.work_stems or ctx.kind not in {"new-connection-note", "reconnect"}:
        return []
    return [] if their_work(doc, ctx) or doc.word_count < 8 else WHOLE


def _asks(doc: Doc) -> list[Span]:
    return doc.find(P.ASK) + doc.find(P.VAGUE_ASK)


def no_question(doc: Doc, ctx: Context | None) -> list[Span]:
    """Nothing in the message invites an answer."""
    invites = doc.questions or _asks(doc) or doc.find(P.INVITE_REPLY) or doc.find(P.OFFER)
    return WHOLE if not invites and doc.word_count >= 4 else []


def me_focused(doc: Doc, ctx: Context | None) -> list[Span]:
    """The message is mostly about the writer."""
    return WHOLE if doc.me_count >= 8 and doc.me_count > 3 * max(1, doc.you_count) else []


def vague_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """An ask with no size, no time and no topic."""
    spans = doc.find(P.VAGUE_ASK)
    return spans if spans and not doc.find(P.SIZED_ASK) else []


def unsized_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """An ask for something (a favour, advice) where the size is unclear; not already vague."""
    asks = doc.find(P.ASK)
    if not asks or vague_ask(doc, ctx) or doc.find(P.SIZED_ASK) or doc.find(P.SPECIFIC_ASK):
        return []
    return asks


def easy_decline(doc: Doc, ctx: Context | None) -> list[Span]:
    """An honest way out, only worth saying when something is asked."""
    return doc.find(P.EASY_DECLINE) if _asks(doc) else []


def specific_ask(doc: Doc, ctx: Context | None) -> list[Span]:
    """A small, concrete ask: a time box, a number of questions, a named document."""
    found = doc.find(P.SIZED_ASK) + doc.find(P.SPECIFIC_ASK)
    return sorted(set(found)) if _asks(doc) or doc.questions else []


def blind_introduction(doc: Doc, ctx: Context | None) -> list[Span]:
    """Introducing two people without asking either first."""
    spans = doc.find(P.BLIND_INTRO)
    return spans if spans and not doc.find(P.DOUBLE_OPT_IN) else []


def borrowed_name(doc: Doc, ctx: Context | None) -> list[Span]:
    """Leaning on someone else's name to get attention for an ask or a pitch."""
    spans = doc.find(P.BORROWED)
    wants = _asks(doc) or doc.find(P.PITCH) or doc.find(P.PLUG)
    return spans if spans and wants and not doc.find(P.RELATION) else []


def ghost_returns(doc: Doc, ctx: Context | None) -> list[Span]:
    """Back after a long silence with a request that is neither careful nor about them."""
    cues = doc.find(P.GHOST)
    gap = ctx is not None and ctx.long_gap
    if not (cues or gap) or not _asks(doc):
        return []
    if cues:
        return cues
    careful_ask = doc.find(P.SIZED_ASK) or doc.find(P.EASY_DECLINE)
    shows_care = doc.find(P.GAP_ACK) or interest_questions(doc, ctx)
    return [] if careful_ask and shows_care else _asks(doc)


def gap_not_acknowledged(doc: Doc, ctx: Context | None) -> list[Span]:
    """Writing after a long silence without saying so."""
    if ctx is None or not ctx.long_gap or doc.find(P.GAP_ACK) or ghost_returns(doc, ctx):
        return []
    return WHOLE


def asks_stranger(doc: Doc, ctx: Context | None) -> list[Span]:
    """A favour asked of someone who has never spoken with the writer, with nothing given."""
    if ctx is None or ctx.history != "never" or ctx.kind == "introduction":
        return []
    asks = doc.find(P.ASK)
    eased = doc.find(P.OFFER) or doc.find(P.WHY_THEM) or doc.find(P.EASY_DECLINE)
    return asks if asks and not eased else []


def connect_then_pitch(doc: Doc, ctx: Context | None) -> list[Span]:
    """A sales pitch to someone who has no relationship with the writer."""
    if ctx is not None and ctx.history == "close":
        return []
    return doc.find(P.PITCH)


def boilerplate_plug(doc: Doc, ctx: Context | None) -> list[Span]:
    """A call to like, follow, buy or back something, with no interest in the reader."""
    spans = doc.find(P.PLUG)
    return spans if spans and not interest_questions(doc, ctx) else []


def plug_with_question(doc: Doc, ctx: Context | None) -> list[Span]:
    """A plug or one link, with a real question back: the acceptable combination."""
    spans = doc.find(P.PLUG) or doc.links
    return spans if spans and interest_questions(doc, ctx) and len(doc.links) <= 1 else []


def too_long(doc: Doc, ctx: Context | None) -> list[Span]:
    """Over 200 words: replies drop off sharply for long messages."""
    return WHOLE if doc.word_count > 200 else []


def too_short(doc: Doc, ctx: Context | None) -> list[Span]:
    """A few words leave the reader nothing to answer."""
    return WHOLE if 0 < doc.word_count < 10 else []


def many(counted: Callable[[Doc], list], limit: int) -> Detector:
    """A detector for more than ``limit`` of something (questions, links)."""
    return lambda doc, ctx: (lambda found: found if len(found) > limit else [])(counted(doc))


def hard_to_read(doc: Doc, ctx: Context | None) -> list[Span]:
    """Long sentences and long words: a Flesch reading ease below 40 (textstat)."""
    return WHOLE if doc.word_count >= 30 and doc.reading_ease < 40 else []


def _question_spans(doc: Doc) -> list[Span]:
    return [q.span for q in doc.questions]


RULES: tuple[Rule, ...] = (
    Rule("asks-about-them", "interest", "strength", 18, interest_questions,
         "You ask about them: people warm to those who are curious about their work.",
         "Keep one real question about what they are working on, hoping for or stuck on."),
    Rule("references-their-work", "interest", "strength", 10, their_work,
         "You mention what they actually work on, so this could only have been written to them.",
         "Name the specific project, talk or post that made you write."),
    Rule("says-what-i-do", "interest", "strength", 8, phrase(P.SAYS_WHAT_I_DO),
         "You say briefly what you work on, which gives them something to answer.",
         "One sentence about your own work is enough; then turn back to them."),
    Rule("offers-help", "give-first", "strength", 14, phrase(P.OFFER),
         "You offer something first: help, an introduction, a useful link.",
         "Offer one concrete thing you can do for them, with nothing expected back."),
    Rule("thanks", "interest", "strength", 3, phrase(P.THANKS),
         "A thank-you is a warm, cheap start.", "Thank them for something specific if you can."),
    Rule("acknowledges-gap", "honest-ask", "strength", 10, phrase(P.GAP_ACK),
         "You name the long silence honestly, which makes coming back easy for both of you.",
         "One light sentence about the gap is enough; no long apology."),
    Rule("easy-to-decline", "honest-ask", "strength", 8, easy_decline,
         "You make it easy to say no, so saying yes feels free.",
         "Add a line such as 'no worries at all if now is busy'."),
    Rule("specific-ask", "honest-ask", "strength", 10, specific_ask,
         "Your ask has a size: a time box, a number of questions or one document.",
         "Say exactly what you need and how long it takes: '15 minutes', 'two questions'."),
    Rule("why-them", "honest-ask", "strength", 6, phrase(P.WHY_THEM),
         "You say why you are asking them in particular.",
         "Say what about their experience makes them the right person."),
    Rule("double-opt-in", "give-first", "strength", 12, phrase(P.DOUBLE_OPT_IN),
         "You ask before introducing, so both sides can say no comfortably.",
         "Ask each person first and say why they should meet."),
    Rule("plug-with-question", "give-first", "strength", 0, plug_with_question,
         "One link with a real question back: a combination reply, acceptable.",
         "Keep the plug to one line and the question about them."),
    Rule("non-answer", "anti-pattern", "problem", 25, phrase(P.NON_ANSWER),
         "A non-answer: they asked about you and got nothing to reply to.",
         "Say in one sentence what you are working on or looking forward to."),
    Rule("boilerplate-plug", "anti-pattern", "problem", 30, boilerplate_plug,
         "A boilerplate plug: a canned call to like, follow or buy answers a friendly note.",
         "Answer them as a person first; ask about their work. Skip the plug."),
    Rule("connect-then-pitch", "anti-pattern", "problem", 30, connect_then_pitch,
         "A sales pitch to someone you have no relationship with.",
         "Start with interest in them; sell only to people who have asked."),
    Rule("list-owner-pitch", "anti-pattern", "problem", 28, phrase(P.LIST_OWNER),
         "Asking a near-stranger to promote something to their audience spends trust you "
         "never built.",
         "Build the relationship first, or ask for something small for you, not their audience."),
    Rule("borrowed-name", "anti-pattern", "problem", 22, borrowed_name,
         "Leaning on a mutual contact's name to get attention for an ask.",
         "Mention a mutual contact only if they know you well, and say how; give your own reason."),
    Rule("ghost-returns", "anti-pattern", "problem", 28, ghost_returns,
         "Back after a long silence with a request, and nothing about the silence or them.",
         "Acknowledge the gap, ask how they are doing, and keep any request small."),
    Rule("vague-ask", "anti-pattern", "problem", 24, vague_ask,
         "A vague ask: they cannot tell what you want or how much time it takes.",
         "Make the ask specific and small: what, how long, and why them."),
    Rule("blind-introduction", "anti-pattern", "problem", 26, blind_introduction,
         "An introduction neither side agreed to.",
         "Ask each person first (double opt-in) and say why they should meet."),
    Rule("asks-stranger", "honest-ask", "problem", 14, asks_stranger,
         "A favour asked of someone you have never spoken with, with nothing offered.",
         "Start a conversation first, or say why them and offer something back."),
    Rule("gap-not-acknowledged", "honest-ask", "problem", 10, gap_not_acknowledged,
         "You have been out of touch a long time and the message does not say so.",
         "Add a light line about the gap: 'It has been a while since we last spoke.'"),
    Rule("unsized-ask", "honest-ask", "problem", 6, unsized_ask,
         "Your ask has no size: they cannot tell how much you need.",
         "Say how long it takes or how many questions you have."),
    Rule("ignores-their-work", "interest", "problem", 6, ignores_their_work,
         "This could have been sent to anyone: nothing refers to their work.",
         "Mention what they work on, and why it caught your interest."),
    Rule("no-question", "interest", "problem", 12, no_question,
         "Nothing here invites a reply or gives them anything.",
         "End with one question about them, or offer something useful."),
    Rule("me-focused", "interest", "problem", 10, me_focused,
         "The message is mostly about you.", "Balance 'I' with 'you': ask about them."),
    Rule("too-long", "clarity", "problem", 8, too_long,
         "Over 200 words; messages of about 50-125 words get the most replies.",
         "Cut to what they need: who you are, why them, one question."),
    Rule("too-short", "clarity", "problem", 6, too_short,
         "So short it leaves them nothing to answer.", "Add what you work on and a question."),
    Rule("many-questions", "clarity", "problem", 6, many(_question_spans, 3),
         "More than three questions is an interview, not a note.", "Keep one to three."),
    Rule("many-links", "clarity", "problem", 8, many(lambda doc: doc.links, 1),
         "More than one link reads like promotion.", "Keep at most one link."),
    Rule("hard-to-read", "clarity", "problem", 5, hard_to_read,
         "Long sentences and long words make this hard to read quickly.",
         "Shorter sentences and plain words."),
)  # fmt: skip

RULES_BY_ID = {rule.id: rule for rule in RULES}

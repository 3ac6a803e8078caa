"""The coach's detectors: each reads a message and returns the spans a rule is about.

A detector takes the read message (:class:`Doc`) and the optional :class:`Context` and returns
the spans it refers to: an empty list when it does not apply, or ``[(0, 0)]`` for a finding about
the whole message. The rule table in :mod:`rapport.messages.rules` pairs each with its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapport.messages import blanks as B
from rapport.messages import cues as C
from rapport.messages import introductions as O
from rapport.messages import patterns as P
from rapport.messages import selling as S
from rapport.messages.asks import answers_them, sized_asks
from rapport.messages.contempt import hostile
from rapport.messages.context import Context
from rapport.messages.details import reader_details
from rapport.messages.familiar import KNOW_WHETHER, WISH_TO_HEAR
from rapport.messages.gaps import GAP_ACK
from rapport.messages.requests import asking_sentences, puts_to_them
from rapport.messages.text import (
    FIRST_PERSON,
    SECOND_PERSON,
    SINGULAR_ME,
    WORD,
    Doc,
    Sentence,
    Span,
    find_spans,
    has_match,
    holding,
    inside,
    memo,
    overlap,
    stem,
)
from rapport.messages.theirwork import YOU_WORK, YOUR_WORK

WHOLE: list[Span] = [(0, 0)]
Detector = Callable[[Doc, Context | None], list[Span]]


def phrase(pattern: re.Pattern[str]) -> Detector:
    """A detector that finds a pattern anywhere in the message."""
    return lambda doc, ctx: doc.find(pattern)


def unquoted(pattern: re.Pattern[str]) -> Detector:
    """A detector that finds a pattern where it is not the whole of a quotation ('Book now')."""
    return lambda doc, ctx: [s for s in doc.find(pattern) if not _quoted(doc.text, s)]


_CLOSING = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def _quoted(text: str, span: Span) -> bool:
    """Whether ``span`` is all that stands between a pair of quotation marks (a mention)."""
    start, end = span
    return start > 0 and end < len(text) and _CLOSING.get(text[start - 1]) == text[end]


# -- interest in the reader -----------------------------------------------------------------------
def interest_questions(doc: Doc, ctx: Context | None) -> list[Span]:
    """Questions about the reader: not asks, not sales questions, not rhetorical."""
    return memo(doc, ("interest", id(ctx)), lambda: _interest_questions(doc, ctx))


def _interest_questions(doc: Doc, ctx: Context | None) -> list[Span]:
    excluded = (P.ASK, P.RHETORICAL, S.PITCH, S.PLUG, P.VAGUE_ASK, P.PLEASANTRY, P.GHOST)
    found = [
        s.span for s in doc.sentences if not s.is_question and has_match(P.INVITE_REPLY, s.text)
    ]
    for q in doc.questions:
        if puts_to_them(q):  # "would you be happy to bring my samples...?" asks a favour
            continue
        # The question itself may follow a lead-in: "I'd love to know more: do you...?"
        tail = _QUESTION_LEAD.split(q.text)[-1]
        for part in dict.fromkeys((q.text, tail)):
            about_them = has_match(P.INTEREST_CUES, part) or (
                # their work's words in a question about the writer's own plans ("maybe we could
                # discuss how I could contribute?") are not interest in them
                ctx and _mentions_work(q, ctx) and not _about_writer(q, ctx)
            )
            if about_them and not any(has_match(pattern, part) for pattern in excluded):
                found.append(q.span)
                break
    return sorted(found)


_QUESTION_LEAD = re.compile(r"[:;]\s+|\s[-–—]\s")


def asks_about_them(doc: Doc, ctx: Context | None) -> list[Span]:
    """A real question about the reader; a question that leads into a pitch does not count."""
    if doc.find(S.PITCH) or doc.find(P.LIST_OWNER) or hostile(doc, ctx):
        return []
    return interest_questions(doc, ctx)


def _mentions_work(sentence: Sentence, ctx: Context) -> bool:
    """Whether a sentence uses a word with the same stem as one of the reader's work words."""
    return bool(sentence.stems.intersection(ctx.work_stems))


def _about_writer(sentence: Sentence, ctx: Context | None) -> bool:
    """Whether a sentence speaks in the writer's voice alone: "I" or "we", never the reader."""
    return bool(set(sentence.words) & FIRST_PERSON) and not _addresses_reader(sentence, ctx)


def _addresses_reader(sentence: Sentence, ctx: Context | None) -> bool:
    """Whether a sentence speaks to or about the reader (you, your, or their name)."""
    words = set(sentence.words)
    if words & SECOND_PERSON:
        return True
    name = (ctx.recipient_name if ctx else "").strip().lower()
    return bool(name) and name.split()[0] in words


def their_work(doc: Doc, ctx: Context | None) -> list[Span]:
    """Sentences about what the reader works on (their talk, post, project), said to them.

    A sentence only earns this when it is about the reader: one that uses the words of their work
    to describe the writer's own plans ("I hope to move into handover design") does not.
    """
    return memo(doc, ("their-work", id(ctx)), lambda: _their_work(doc, ctx))


def _their_work(doc: Doc, ctx: Context | None) -> list[Span]:
    own = _own_goal(doc)
    # A piece of their work named outright counts even beside the writer's goal ("I'd like to
    # move into product, and your article on transfer times is why I write to you"); "your work
    # in product is the career I want" is the goal.
    found = doc.find(YOUR_WORK)
    pieces = [a for a, _ in found if not doc.lower.startswith("your work", a)]
    named = [
        s.span
        for s in holding(doc, found)
        if s.span not in own or any(s.start <= a < s.end for a in pieces)
    ]
    if ctx is None or not ctx.work_stems:
        return named
    about = [
        s.span
        for s in doc.sentences
        if (s.span not in own or _says_what_they_do(s, ctx))
        and _mentions_work(s, ctx)
        and _addresses_reader(s, ctx)
    ]
    return sorted(set(named + about))


def _says_what_they_do(sentence: Sentence, ctx: Context) -> bool:
    """Whether a sentence beside the writer's goal says what the reader does, in their words.

    "I am preparing to move into product, and I noticed that you work on a travel app" names
    their work; "your work in product is the career I want" does not.
    """
    match = YOU_WORK.search(sentence.lower)
    if match is None:
        return False
    after = {stem(w) for w in WORD.findall(sentence.lower[match.end() :])}
    return bool(after & set(ctx.work_stems))


def ignores_their_work(doc: Doc, ctx: Context | None) -> list[Span]:
    """A note that could have been sent to anyone, though we know what they work on."""
    if ctx is None or not ctx.work_stems or ctx.kind not in {"new-connection-note", "reconnect"}:
        return []
    if their_work(doc, ctx) or C.shared(doc) or doc.word_count < 8:
        return []  # a time the two shared ties a reconnection to its reader as well
    return WHOLE


def specific(doc: Doc, ctx: Context | None) -> list[Span]:
    """Details only this reader would recognise: an event, a time, a place, a named piece."""
    return memo(doc, "specific", lambda: _specific(doc))


def _specific(doc: Doc) -> list[Span]:
    # A detail of the writer's own plans ("a UX role in Berlin") tells the reader nothing of
    # theirs, and three events stacked in one sentence are stuffing, not a detail.
    own = sorted(_own_goal(doc)) + _only_me(doc)
    own += [s.span for s in holding(doc, doc.find(C.EVENT_PLACE))
            if len(find_spans(C.EVENT_PLACE, s.text, s.lower)) >= C.STACKED_EVENTS]  # fmt: skip
    # The time asked for ("a call on Thursday") is the ask's detail, not the reader's.
    asking = [s.span for s in asking_sentences(doc)]
    asked = [
        a for a in doc.find(P.SPECIFIC_ASK) + sized_asks(doc) if any(inside(a, s) for s in asking)
    ]
    found = [
        f
        for f in doc.find(C.SPECIFIC) + doc.find(C.NAMED_PLACE)
        if not any(inside(f, o) for o in own) and not any(overlap(f, a) for a in asked)
    ]
    blanks = B.blanks(doc)
    if blanks:  # a sentence with a blank in it is not specific yet...
        holed = [s.span for s in doc.sentences if any(inside(b, s.span) for b in blanks)]
        found = [f for f in found if not any(inside(f, h) for h in holed)]
        # ...but a blank that describes the detail to write ("[the launch week at X]") is a
        # template's way of being specific: judge the structure, not the blank.
        found += [(a, b) for a, b in blanks if _detail_slot(doc.text[a:b])]
    return sorted(set(found))


def specific_written(doc: Doc, ctx: Context | None) -> list[Span]:
    """The details of :func:`specific` written out (a template's detail blanks left aside)."""
    blanks = set(detail_blanks(doc, ctx))
    return [f for f in specific(doc, ctx) if f not in blanks]


def detail_blanks(doc: Doc, ctx: Context | None) -> list[Span]:
    """A template's blanks that describe a detail of the reader's to write ("[what they said]")."""
    return [(a, b) for a, b in B.blanks(doc) if _detail_slot(doc.text[a:b])]


def _detail_slot(blank: str) -> bool:
    """Whether a template's blank describes a detail to write, not a name or a sales line."""
    if "|" in blank:  # spintax ("{Hi|Hello}"): a mail-merge's choices, not a detail to write
        return False
    if B.NAME_SLOT.search(blank) or B.WRITER_SLOT.search(blank):
        return False
    if B.SALES_SLOT.search(blank.strip("[]{}<>")):
        return False
    return len(blank.split()) >= 3 or B.DETAIL_SLOT.search(blank) is not None


def _own_goal(doc: Doc) -> set[Span]:
    """The sentences that state the writer's own goal (about the writer, not the reader)."""
    return {s.span for s in holding(doc, doc.find(C.OWN_GOAL))}


def _only_me(doc: Doc) -> list[Span]:
    """Sentences that speak of the writer alone: "I", "my", and no "you", "we" or "she".

    A sentence naming a meeting or an event ("I enjoyed meeting at the summit") is shared.
    """
    shared = {s.span for s in holding(doc, doc.find(C.EVENT_PLACE) + C.shared(doc))}
    return [
        s.span
        for s in doc.sentences
        if s.span not in shared
        and ((words := set(s.words)) & SINGULAR_ME or _SELF_INTRO.match(s.lower))
        and not words & (SECOND_PERSON | _OTHER_PERSON)
    ]


# A self-introduction without "I": "Student at Tshwane Uni of Tech.", "Final-year nurse from Cork".
_SELF_INTRO = re.compile(
    r"(?:hi|hello|hey)?[ ,!]*(?:an? )?(?:[\w-]+ ){0,3}(?:student|graduate|grad|engineer|nurse|"
    r"developer|designer|manager|analyst|teacher|consultant|founder|intern|apprentice|recruiter|"
    r"marketer|accountant|researcher|chef|electrician|technician|officer|lecturer) "
    r"(?:at|from|of|in|with)\b"
)


# The reader and writer together, or a third person (a friend to introduce, a speaker).
_OTHER_PERSON = {"we", "us", "our", "ours", "we're", "we’re", "we've", "we’ve", "he", "she",
                 "him", "her", "his", "hers", "they", "them", "their", "theirs"}  # fmt: skip


def generic(doc: Doc, ctx: Context | None) -> list[Span]:
    """Phrases that fit every reader, in a note with nothing specific to this one.

    One stock phrase is forgiven when the note also names something only this reader would
    recognise; two or more make it boilerplate whatever detail sits beside them.
    """
    spans = doc.find(C.GENERIC)
    if len(spans) >= 2:
        return spans
    if not spans or specific(doc, ctx) or C.shared(doc) or their_work(doc, ctx):
        return []
    return spans


def knows_them(doc: Doc, ctx: Context | None) -> list[Span]:
    """The two are close (the situation says so), so a direct note or ask is natural."""
    return WHOLE if ctx is not None and ctx.history == "close" else []


def could_be_anyone(doc: Doc, ctx: Context | None) -> list[Span]:
    """Nothing in the note ties it to this reader: no detail, no shared history, no reason."""
    if doc.word_count < 6 or generic(doc, ctx) or knows_them(doc, ctx):
        return []
    anchors = (
        doc.quoted  # a reply under their own words is written to them
        or answers_them(doc, ctx)  # so is one that opens by answering theirs
        or broadcast(doc, ctx)  # a note to everyone is that finding, not this one
        or B.blanks(doc)  # a template: its blanks are where the reader goes
        or specific(doc, ctx)
        or reader_details(doc)
        or their_work(doc, ctx)
        or C.shared(doc)
        or doc.find(C.PRIOR_TALK)
        or doc.find(C.FOLLOW_UP)
        or C.appreciation(doc)
        or doc.find(C.REPORTS_BACK)
        or doc.find(C.REASON)
        or doc.find(P.OFFER)
        or doc.find(P.WHY_THEM)
        or doc.find(GAP_ACK)
        or doc.find(O.DOUBLE_OPT_IN)
        or doc.find(C.THANKED_FOR)
        or interest_questions(doc, ctx)
    )
    return [] if anchors else WHOLE


def me_focused(doc: Doc, ctx: Context | None) -> list[Span]:
    """The message is mostly about the writer, and never turns to the reader with a question.

    A note that asks a stranger for help has to say who the writer is ("eleven years teaching
    science, the unofficial IT person for the lab"), so its "I"s are many; a question put to the
    reader gives them their turn. A life story with the ask left to guess asks them nothing.
    """
    me, you = doc.me_count, max(1, doc.you_count)
    # Eight "I"s to under three "you"s; or six to one, in a short note of the writer's news.
    if not ((me >= 8 and me > 3 * you) or (me >= 6 and me >= 4 * you)):
        return []
    turns = any(_turns_to_them(s, ctx) or _asks_their_judgement(s) for s in doc.questions)
    wished = any(len(s.words) >= TURN_WORDS and _WISH.search(s.lower) for s in doc.sentences)
    return [] if turns or wished else WHOLE


# "I'd love to hear what retail clients here look for", "I wanted to ask whether I could...",
# "I'd just like to know, from a recruiter's side, whether...", "I'd enjoy hearing what you're
# building", "Only one question: which job title I should search for"
_WISH = re.compile(
    rf"{WISH_TO_HEAR}|{KNOW_WHETHER}|\b(?:wanted|meant) to ask (?:you )?(?:whether|if)\b"
    r"|\bto (?:hear|understand|know) (?:how|what|which|whether) you\b"
    r"|\benjoy hearing (?:what|how|about)\b|\b(?:one|my|a) question: (?:which|what|how|whether|is|"
    r"are|do|does|should)\b"
)


# "How has your year been?", "how's work going?": small talk, not a turn given to the reader.
_SMALL_TALK = re.compile(r"\bhow(?:'s|’s| has| have| is| was| are)\b.*\b(?:been|going)\b")
TURN_WORDS = 7  # a question that gives the reader something to answer takes a few words


def _turns_to_them(question: Sentence, ctx: Context | None) -> bool:
    """Whether a question asks the reader something real: to them, not small talk, not a tag."""
    return (
        len(question.words) >= TURN_WORDS
        and _addresses_reader(question, ctx)
        and not _SMALL_TALK.search(question.lower)
    )


# A question that asks what the reader knows of their field, without "you": "would they
# consider someone without Canadian experience, or should I wait?", "My question: is my
# nursing experience valued here?", "are there product roles where ops people are useful?"
_JUDGEMENT = re.compile(
    r"(?:^|: |, so |, )(?:(?:may|can|could) i (?:just )?ask (?:you )?(?:(?:if|whether) )?)?"
    r"(?:should i|would (?:they|my|"
    r"it|a|an|the)|does (?:the|a|my)|do (?:employers|companies|hospitals|clients|recruiters|they)|"
    r"is (?:my|it|there|a|an|the)|are (?:there|my)|which|what|how (?:should|do|would))\b"
    r"|, or (?:should|would|do|does|is|are|can|will)\b"
)


def _asks_their_judgement(question: Sentence) -> bool:
    """Whether a question of some length asks the reader's judgement of their field."""
    return len(question.words) >= TURN_WORDS and _JUDGEMENT.search(question.lower) is not None


def broadcast(doc: Doc, ctx: Context | None) -> list[Span]:
    """The writer's own needs announced to whoever reads, with no interest in this reader."""
    spans = doc.find(C.BROADCAST) + (doc.find(C.GROUP_GREETING) if asking_sentences(doc) else [])
    if not spans or interest_questions(doc, ctx) or their_work(doc, ctx):
        return []
    return spans

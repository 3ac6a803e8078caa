"""The form of a message: blanks left in a template, length, readability and chat shorthand.

Like those in :mod:`rapport.messages.detectors`, each detector takes the read message and the
optional :class:`~rapport.messages.context.Context` and returns the spans it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapport.messages import blanks as B
from rapport.messages.context import Context
from rapport.messages.details import greeted_names
from rapport.messages.detectors import WHOLE, Detector
from rapport.messages.patterns import _p
from rapport.messages.text import Doc, Span


# -- blanks ---------------------------------------------------------------------------------------
def placeholder(doc: Doc, ctx: Context | None) -> list[Span]:
    """Blanks left in a template with no known reader: the coach judges what is around them."""
    return [] if _known_reader(ctx, doc) else B.blanks(doc)


def unfilled_blank(doc: Doc, ctx: Context | None) -> list[Span]:
    """Blanks left in a message to a known person: it is not ready to send.

    A template has blanks; a message to someone whose name and situation the writer knows does
    not, so the blanks cannot stand in for the details they hide.
    """
    if not _known_reader(ctx, doc):
        return []
    return [(a, b) for a, b in B.blanks(doc) if not _ATTACHMENT.fullmatch(doc.text, a, b)]


# Where a link or a file goes ("[link]", "<URL>", "[attached CV]"): pasted when it is sent, so
# not a hole in what the note says to them.
_ATTACHMENT = re.compile(
    r"[\[{<(]\s*(?:the |my |a )?(?:link|url|attachment|attached [\w ]{1,20}|file|pdf|cv|resume|"
    r"résumé|calendar link|booking link|photo|screenshot|article|report)\s*[\]}>)]",
    re.IGNORECASE,
)


def _known_reader(ctx: Context | None, doc: Doc) -> bool:
    """Whether the note is to someone known: the situation names them, or the note greets them.

    "Hi Ingunn, great meeting you at [EVENT]" is on its way to Ingunn with a hole in it;
    "Hi [Name], ..." is a template.
    """
    if ctx is not None and ctx.recipient_name.strip():
        return True
    return bool(greeted_names(doc))


# -- clarity --------------------------------------------------------------------------------------
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


# Chat shorthand: fine with friends, careless-looking to someone who does not know the writer.
_SHORTHAND = frozenset(
    [
        "u",
        "ur",
        "r",
        "rn",
        "pls",
        "plz",
        "thx",
        "lol",
        "b4",
        "2day",
        "2moro",
        "gr8",
        "idk",
        "cuz",
        "coz",
        "tbh",
        "imo",
    ]
)
# (not a letter of an initialism: the R of "R&D", the U of "U.S.")
_TEXT_SPEAK = re.compile(
    rf"(?<![&.])\b(?:{'|'.join(sorted(_SHORTHAND))})\b(?![&.]\w)", re.IGNORECASE
)


# -- apologies -----------------------------------------------------------------------------------
# A sorry, or a bad feeling about writing: "I'm so sorry to bother you", "I feel terrible".
APOLOGY = _p(
    r"\b(?:sorry|apologi[sz]e\w*|apologies|apology|forgive me|pardon me"
    r"|feel(?:ing)? (?:really |very |so )?(?:bad|terrible|awful|guilty)"
    r"|felt (?:really |very |so )?(?:bad|terrible|awful|guilty)"
    r"|hate to (?:bother|trouble|intrude|take up|ask)|hate (?:bothering|intruding|taking up|adding "
    r"to))\b",
    triggers="sorry apologise apologize apologised apologized apologising apologizing apologies "
    "apology forgive pardon feel feeling felt hate",
)
# One sorry owns a silence; this many leaves no room for who the writer is and what they want.
OVER_APOLOGY = 3


def over_apologises(doc: Doc, ctx: Context | None) -> list[Span]:
    """Three apologies or more: they crowd out who the writer is and what they want."""
    spans = doc.find(APOLOGY)
    return spans if len(spans) >= OVER_APOLOGY else []


def text_speak(doc: Doc, ctx: Context | None) -> list[Span]:
    """Chat shorthand ("u", "ur", "thx", "lol") used twice or more, to anyone not close."""
    if (ctx is not None and ctx.history == "close") or _SHORTHAND.isdisjoint(doc.word_set):
        return []
    found = [m.span() for m in _TEXT_SPEAK.finditer(doc.text) if m.group(0) not in _TITLES_IN_CAPS]
    return found if len(found) >= 2 else []


# Shorthand that is a job title when written in capitals: "2nd yr RN on a cardiac unit".
_TITLES_IN_CAPS = frozenset(["RN"])


# A question opening a clause, at the start or after a comma: "How did you start, what does a
# week look like, which tools do you use, ...?" strings many questions into one sentence.
_ASKED_CLAUSE = re.compile(
    r"(?:^|[,;]\s*(?:and |or |plus )?)\b(how|what|which|where|when|who|why|should i|would (?:you|"
    r"your)|do you|did you|is there|are there|can i|could i)\b",
    re.IGNORECASE,
)
STRUNG = 3  # clauses from which one sentence counts as that many questions


def question_spans(doc: Doc) -> list[Span]:
    """Spans of the questions; a sentence that strings several together counts each of them."""
    spans = []
    for q in doc.questions:
        starts = [m.start(1) for m in _ASKED_CLAUSE.finditer(q.text)]
        if len(starts) < STRUNG:
            spans.append(q.span)
            continue
        ends = [*starts[1:], len(q.text)]
        for a, b in zip(starts, ends, strict=True):
            piece = q.text[a:b].rstrip(" ,;")
            spans.append((q.start + a, q.start + a + len(piece)))
    return spans

"""The anti-patterns' detectors, and the honest line about a gap they are weighed against.

A blind introduction, a borrowed name, a ghost's return, a history claimed with a stranger, a
silence not owned, a pitch to someone who never asked, a plug in a note: each detector reads
the message (:class:`Doc`) and the optional :class:`Context` and returns the spans its rule in
:mod:`rapport.messages.rules` is about, as :mod:`rapport.messages.detectors` does for the rest.
"""

from __future__ import annotations

import re

from rapport.messages import business as W
from rapport.messages import costs as Z
from rapport.messages import cues as C
from rapport.messages import introductions as O
from rapport.messages import patterns as P
from rapport.messages import selling as S
from rapport.messages.asks import sized_asks
from rapport.messages.context import Context
from rapport.messages.detectors import WHOLE, interest_questions, their_work
from rapport.messages.gaps import GAP_ACK, TIME_AGO
from rapport.messages.patterns import _p
from rapport.messages.requests import ask_spans, asking_sentences
from rapport.messages.text import SINGULAR_ME, Doc, Span, has_match, inside

# -- asks -----------------------------------------------------------------------------------------


def honest_about_gap(doc: Doc, ctx: Context | None) -> list[Span]:
    """The text names the gap or that they have never met: an honest start for an ask.

    A time ago said of the writer alone ("I moved to Toronto two months ago") dates the writer's
    news, not the silence between the two.
    """
    own_news = [
        s.span
        for s in doc.sentences
        if _BETWEEN_US.search(s.lower) is None and (set(s.words) & SINGULAR_ME)
    ]
    gap = [
        g
        for g in doc.find(GAP_ACK)
        if not (_AGO.fullmatch(doc.lower, g[0], g[1]) and any(inside(g, o) for o in own_news))
    ]
    return sorted(set(gap + doc.find(C.STRANGER)))


# A time ago alone, that may date the writer's own news, and words that put it between the two.
_AGO = re.compile(TIME_AGO)
_BETWEEN_US = re.compile(
    r"\b(?:we|us|our|you|your|connected|connecting|linked|met|spoke|spoken|talked|touch|wrote|"
    r"written|messaged|silence|quiet|replied)\b"
)


# -- anti-patterns --------------------------------------------------------------------------------
def blind_introduction(doc: Doc, ctx: Context | None) -> list[Span]:
    """Introducing two people without asking either first."""
    spans = doc.find(O.BLIND_INTRO)
    return spans if spans and not doc.find(O.DOUBLE_OPT_IN) else []


def borrowed_name(doc: Doc, ctx: Context | None) -> list[Span]:
    """Leaning on someone else's name to get attention for an ask or a pitch."""
    spans = doc.find(O.BORROWED)
    if ctx is not None and ctx.recipient_name:
        # the reader's own name in a note drafted for them to forward ("Noor suggested you")
        reader = ctx.recipient_name.split()[0].lower()
        spans = [(a, b) for a, b in spans if doc.lower[a:b].split()[0] != reader]
    if not spans or doc.find(O.RELATION):
        return []
    if pitches(doc, ctx) or doc.find(S.PLUG):
        return spans
    # An ask with the contact's own reason for sending them ("she said you ran the volunteer
    # side for years") is a warm referral, not a name borrowed for attention.
    return spans if ask_spans(doc) and not doc.find(O.REFERRAL_REASON) else []


def ghost_returns(doc: Doc, ctx: Context | None) -> list[Span]:
    """Back after a long silence with a request that is neither careful nor about them."""
    cues = doc.find(P.GHOST)
    gap = ctx is not None and ctx.long_gap
    if not (cues or gap) or not ask_spans(doc):
        return []
    if cues:
        return cues
    careful_ask = (
        sized_asks(doc) or doc.find(P.EASY_DECLINE) or doc.find(P.OFFER) or doc.find(P.SMALL_REPLY)
    )
    shows_care = (
        doc.find(GAP_ACK) or interest_questions(doc, ctx) or C.shared(doc) or their_work(doc, ctx)
    )
    return [] if careful_ask and shows_care else ask_spans(doc)


def claims_history(doc: Doc, ctx: Context | None) -> list[Span]:
    """A conversation, offer or promise claimed with someone the writer has never spoken to."""
    # (the text's own word counts too: "we've never actually spoken... what you told me over lunch")
    if not (ctx is not None and ctx.history == "never") and not doc.find(_NEVER_SPOKE):
        return []
    return doc.find(C.PRIOR_TALK)


_NEVER_SPOKE = _p(
    r"\b(?:we|i)(?:['’]ve| have)? never (?:actually |really |once )?(?:spoken|talked|met|chatted)"
    r"(?: before)?(?=[,.;:!?)]| in person| properly| but| and|$)|\bwe don['’]?t know each other\b"
)


def gap_not_acknowledged(doc: Doc, ctx: Context | None) -> list[Span]:
    """Writing after a long silence without saying so."""
    if ctx is None or not ctx.long_gap or honest_about_gap(doc, ctx) or ghost_returns(doc, ctx):
        return []
    # A congratulation or a thank-you after years needs no account of the silence; asking does,
    # but not a short invitation on their terms ("Coffee when things settle down?", "next
    # Thursday or Friday, my treat?").
    asking = [
        s for s in asking_sentences(doc) if not (len(s.words) <= 12 and _INVITE.search(s.lower))
    ]
    return WHOLE if asking else []


_INVITE = re.compile(r"\b(?:coffee|lunch|a drink|drinks|dinner|a beer|a pint|my treat|on me)\b")


def connect_then_pitch(doc: Doc, ctx: Context | None) -> list[Span]:
    """A sales pitch to someone who has no relationship with the writer.

    A link from a writer who speaks for a business ("we've been building...") is one too.
    """
    if ctx is not None and ctx.history == "close":
        return []
    return pitches(doc, ctx)


def pitches(doc: Doc, ctx: Context | None) -> list[Span]:
    """Where the note sells, to anyone: not the writer's own side at work ("our product team")."""
    own_side = doc.find(W.OWN_SIDE)
    spans = [s for s in doc.find(S.PITCH) if not any(inside(s, o) for o in own_side)]
    if spans and ctx is not None and _SEEKS_WORK.search(ctx.sender_goal.lower()):
        # a job seeker's "our policy system" is their employer's, named as their experience
        spans = [s for s in spans if not _employers(doc, s)]
    if not spans and doc.find(W.COMPANY_VOICE):
        # the writer's business, then a link or a seller's ask: "could I show you for 20 minutes?"
        asked = doc.find(W.SELLER_ASK) + doc.find(Z.ABOVE_THEM)
        sells = doc.links + (asked if asking_sentences(doc) else [])
        spans = sorted(doc.find(W.COMPANY_VOICE) + sells) if sells else []
    return spans


_SEEKS_WORK = re.compile(r"\b(?:jobs?|career|roles?|getting into|move into|moving into)\b")


def _employers(doc: Doc, span: Span) -> bool:
    """Whether a pitch found is only "our <system>" named in a sentence that sells nothing."""
    if not re.fullmatch(S.OUR_PRODUCT, doc.lower[span[0] : span[1]]):
        return False
    sentence = next((s for s in doc.sentences if s.start <= span[0] < s.end), None)
    return sentence is not None and not has_match(S.SELLS_IT, sentence.text, sentence.lower)


def boilerplate_plug(doc: Doc, ctx: Context | None) -> list[Span]:
    """A call to like, follow, buy or back something, with no interest in the reader."""
    spans = doc.find(S.PLUG)
    # News told as part of reporting back ("you told me to learn to sharpen... I just opened my
    # own shop. Thank you."), with no link and nothing asked, is the thanks, not a plug.
    if spans and not doc.links and doc.find(C.REPORTS_BACK) and not ask_spans(doc):
        return []
    return spans if spans and not interest_questions(doc, ctx) else []


def plug_with_question(doc: Doc, ctx: Context | None) -> list[Span]:
    """A plug or one link, with a real question back: the acceptable combination."""
    spans = doc.find(S.PLUG) or doc.links
    return spans if spans and interest_questions(doc, ctx) and len(doc.links) <= 1 else []

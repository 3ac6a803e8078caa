"""Sort a reply to a friendly first note into the course's taxonomy, with reasons.

The categories: **conversation** (talks about their own work and asks about yours),
**boilerplate** (a canned promotion or acknowledgement), **combination** (a short description,
one link and a question back: acceptable), **silence** (no reply) and **return-with-ask**
(silence, then months later a request).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapport.messages import patterns as P
from rapport.messages import selling as S
from rapport.messages.context import Context
from rapport.messages.detectors import interest_questions
from rapport.messages.text import Doc

CATEGORIES = ("conversation", "boilerplate", "combination", "silence", "return-with-ask")
GOOD_CATEGORIES = frozenset({"conversation", "combination"})
EXPLANATIONS = {
    "conversation": "A real reply: they share what they work on and ask about you.",
    "boilerplate": "A canned reply: promotion or politeness with nothing to answer.",
    "combination": "A short plug with one link, but also a real question back: acceptable.",
    "silence": "No reply at all.",
    "return-with-ask": "Silence, then, months later, a request.",
}


@dataclass(frozen=True)
class ReplyClass:
    """The category of a reply, how sure the classifier is (0-1), and why."""

    category: str
    confidence: float
    reasons: tuple[str, ...]

    @property
    def good(self) -> bool:
        """Whether this kind of reply builds the relationship."""
        return self.category in GOOD_CATEGORIES

    @property
    def explanation(self) -> str:
        """What the category means, in one sentence."""
        return EXPLANATIONS[self.category]


def _promotion(plugs: int, links: int) -> str:
    """Say in words what a reply promotes: "it promotes something of theirs and shares a link"."""
    shares = "" if not links else "a link" if links == 1 else f"{links} links"
    if plugs and links:
        return f"it promotes something of theirs and shares {shares}"
    return "it promotes something of theirs" if plugs else f"it shares {shares}"


def classify_reply(text: str, context: Context | None = None) -> ReplyClass:
    """Classify a reply to a friendly first note.

    Parameters
    ----------
    text
        The reply; empty or blank text means no reply came.
    context
        The situation; ``months_since_contact`` (or ``history="dormant"``) says the reply came
        after a long silence.

    Returns
    -------
    ReplyClass

    Raises
    ------
    ValueError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise ValueError(f"A reply is text, not {type(text).__name__}.")
    if not text.strip():
        return ReplyClass("silence", 0.95, ("there is no reply",))
    doc = Doc(text[:100_000])
    about_you = interest_questions(doc, context)
    own_work = doc.find(P.SAYS_WHAT_I_DO)
    plugs = doc.find(S.PLUG) + doc.find(S.PITCH) + doc.find(P.LIST_OWNER)
    links = doc.links
    asks = doc.find(P.ASK) + doc.find(P.VAGUE_ASK)
    late = context is not None and context.long_gap
    late = late or bool(context and (context.months_since_contact or 0) >= 3)
    reasons: list[str] = []
    if asks and (late or doc.find(P.GHOST)):
        reasons.append("it asks for something")
        reasons.append(
            "after months of silence" if late else "it reads like a return after silence"
        )
        return ReplyClass("return-with-ask", 0.85 if late else 0.65, tuple(reasons))
    if plugs or links:
        reasons.append(_promotion(len(plugs), len(links)))
        if about_you and len(links) <= 1:
            reasons.append("but it asks a real question about you")
            return ReplyClass("combination", 0.75, tuple(reasons))
        reasons.append("and asks nothing about you")
        return ReplyClass("boilerplate", 0.85 if plugs else 0.6, tuple(reasons))
    if about_you:
        reasons.append("it asks about you")
        if own_work:
            reasons.append("and says what they work on")
        return ReplyClass("conversation", 0.85 if own_work else 0.65, tuple(reasons))
    if own_work and not doc.find(P.NON_ANSWER):
        reasons.append("it says what they work on, though it asks nothing back")
        return ReplyClass("conversation", 0.5, tuple(reasons))
    reasons.append("nothing about their work and no question back: a canned acknowledgement")
    return ReplyClass("boilerplate", 0.55, tuple(reasons))

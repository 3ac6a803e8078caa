"""A favour weighed against the warmth around it.

The coach's score adds up what a note does well and badly, so on its own it lets kind words pay
for a big favour: a note that praises a near-stranger's talk, names their project, asks how they
are and then asks to borrow their boat scores like a warm note with a small flaw. Readers do not
add up that way. Praise from someone who is not close, followed by a request for something of
theirs, reads as the price of the favour, not as interest. This detector names that shape so
its weight is fitted on its own: how much the warmth still counts once a favour rides on it.
"""

from __future__ import annotations

from rapport.messages import cues as C
from rapport.messages.asks import takes_on_cost, unusual_ask
from rapport.messages.context import Context
from rapport.messages.details import reader_details
from rapport.messages.detectors import specific, their_work
from rapport.messages.text import Doc, Span


def warm_favour(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find an unusual favour (:func:`~rapport.messages.asks.unusual_ask`) after warm words.

    Returns the favour's sentences when the note also praises the reader or names details of
    their work; nothing otherwise (a bare favour is :func:`unusual_ask`'s finding alone).
    """
    favour = unusual_ask(doc, ctx)
    if not favour or takes_on_cost(doc, ctx):
        return []  # (the writer who carries the favour's cost has made it smaller)
    warmth = (
        C.appreciation(doc)
        or their_work(doc, ctx)
        or reader_details(doc, ctx)
        or specific(doc, ctx)
    )
    return favour if warmth else []

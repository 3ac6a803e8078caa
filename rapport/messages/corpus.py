"""The course's sample messages, and how well the coach agrees with their labels.

Three labelled sets, each written for the course by a different author from the rules:

- ``corpus`` (``coach_corpus.json``): the teaching corpus, with situations and model rewrites.
  The rules were tuned against it.
- ``dev`` (``coach_dev.json``): written without sight of the rules and first measured untuned
  (78% good/bad agreement, 86% reply categories); the rules were then tuned against it too.
- ``held-out`` (``coach_heldout.json``): written without sight of the rules or the other sets;
  never tuned against. It is the honest measure of how the coach generalises.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rapport.messages.analyze import analyze
from rapport.messages.context import Context
from rapport.messages.replies import classify_reply

SETS = {"corpus": "coach_corpus.json", "dev": "coach_dev.json", "held-out": "coach_heldout.json"}


@dataclass(frozen=True)
class Sample:
    """One labelled message."""

    id: str
    kind: str  # "outreach" or "reply"
    context: Context
    text: str
    label: str  # "good" or "bad"
    category: str
    anti_patterns: tuple[str, ...]
    why: str
    rewrite: str


@cache
def load_samples(which: str = "corpus") -> tuple[Sample, ...]:
    """Load ``corpus`` (the teaching set), ``dev`` (tuning) or ``held-out`` (evaluation)."""
    if which not in SETS:
        raise ValueError(f"Choose one of {', '.join(SETS)}, not {which!r}.")
    data = json.loads(files("rapport.data").joinpath(SETS[which]).read_text(encoding="utf-8"))
    return tuple(
        Sample(
            id=m["id"],
            kind=m["kind"],
            context=Context.from_situation(m["situation"]),
            text=m["text"],
            label=m["label"],
            category=m["category"],
            anti_patterns=tuple(m.get("anti_patterns", [])),
            why=m.get("why", ""),
            rewrite=m.get("rewrite", ""),
        )
        for m in data["messages"]
    )


def coach_judgement(sample: Sample) -> str:
    """Return ``good`` or ``bad``: the coach's verdict for an outreach message or a reply."""
    if sample.kind == "reply":
        return "good" if classify_reply(sample.text, sample.context).good else "bad"
    return "good" if analyze(sample.text, sample.context).verdict == "good" else "bad"


def agreement(samples: tuple[Sample, ...]) -> dict[str, float | int | list[str]]:
    """Measure the coach against labels.

    Returns
    -------
    dict
        ``judgement``: share of messages where the good/bad verdict matches the label;
        ``replies``: share of replies whose category the classifier gets right; the counts;
        and ``misses``: the ids of the messages it got wrong.
    """
    judged = [(s, coach_judgement(s)) for s in samples]
    replies = [s for s in samples if s.kind == "reply"]
    classified = [(s, classify_reply(s.text, s.context).category) for s in replies]
    misses = [s.id for s, verdict in judged if verdict != s.label]
    misses += [f"{s.id} (as {c})" for s, c in classified if c != s.category]
    return {
        "judgement": sum(v == s.label for s, v in judged) / max(1, len(judged)),
        "replies": sum(c == s.category for s, c in classified) / max(1, len(classified)),
        "messages": len(judged),
        "reply_count": len(replies),
        "misses": misses,
    }

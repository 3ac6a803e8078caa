"""The course's sample messages, and how well the coach agrees with their labels.

Three labelled sets, each written for the course by a different author from the rules:

- ``corpus`` (``coach_corpus.json``): the teaching corpus, with situations and model rewrites.
  The rules were tuned against it, and the weights are fitted on it.
- ``dev`` (``coach_dev.json``): written without sight of the rules and first measured untuned
  (78% good/bad agreement, 86% reply categories); the rules were then tuned and the weights
  fitted on it too.
- ``held-out`` (``coach_heldout.json``): written without sight of the rules or the other sets;
  never tuned against.

And, in ``coach_realworld.json``, messages written to mirror how real people write (uneven,
templates with blanks, no situation known) and adversarial ones (gamed or hostile messages and
rewrites), each item marked ``dev`` or ``heldout``: ``realworld-dev``, ``realworld-held-out``,
``adversarial-dev`` and ``adversarial-held-out``. Weights are fitted on the ``dev`` sets only
(:mod:`rapport.messages.fit`); the held-out sets are only ever measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rapport.messages.analyze import analyze
from rapport.messages.context import Context
from rapport.messages.replies import classify_reply
from rapport.messages.weights import Weights, load_weights

SETS = {"corpus": "coach_corpus.json", "dev": "coach_dev.json", "held-out": "coach_heldout.json"}
REALWORLD_FILE = "coach_realworld.json"
REALWORLD_SETS = {
    "realworld-dev": ("realworld", "dev"),
    "realworld-held-out": ("realworld", "heldout"),
    "adversarial-dev": ("adversarial", "dev"),
    "adversarial-held-out": ("adversarial", "heldout"),
}
ALL_SETS = (*SETS, *REALWORLD_SETS)
TUNING_SETS = ("corpus", "dev", "realworld-dev", "adversarial-dev")


@dataclass(frozen=True)
class Sample:
    """One labelled message."""

    id: str
    kind: str  # "outreach", "reply" or "rewrite" (a rewrite of the corpus message ``target``)
    context: Context | None
    text: str
    label: str  # "good" or "bad"
    category: str
    anti_patterns: tuple[str, ...]
    why: str
    rewrite: str
    gaming: str = ""
    target: str = ""


@cache
def load_samples(which: str = "corpus") -> tuple[Sample, ...]:
    """Load a labelled set by name: one of :data:`ALL_SETS`.

    ``corpus`` is the teaching set, ``dev`` and ``*-dev`` are for fitting, ``held-out`` and
    ``*-held-out`` only for measuring. A real-world set is empty until its file is present.
    """
    if which in REALWORLD_SETS:
        return _load_realworld(*REALWORLD_SETS[which])
    if which not in SETS:
        raise ValueError(f"Choose one of {', '.join(ALL_SETS)}, not {which!r}.")
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


def _load_realworld(which_set: str, split: str) -> tuple[Sample, ...]:
    path = files("rapport.data").joinpath(REALWORLD_FILE)
    if not path.is_file():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    corpus = {s.id: s for s in load_samples("corpus")}
    found = []
    for m in data["messages"]:
        if m.get("set") != which_set or m.get("split") != split:
            continue
        # ``target`` is "coach" (a message to judge) or "rewrite:<corpus id>" (a rewrite of it).
        target = (m.get("target") or "").removeprefix("rewrite:")
        rewrites = target in corpus
        context = Context.from_situation(m["situation"]) if m.get("situation") else None
        if context is None and rewrites:
            context = corpus[target].context
        found.append(
            Sample(
                id=m["id"],
                kind="rewrite" if rewrites else "outreach",
                context=context,
                text=m["text"],
                label=m["label"],
                category=m.get("shape", m["label"]),
                anti_patterns=(),
                why=m.get("reason", ""),
                rewrite="",
                gaming=m.get("gaming") or "",
                target=target if rewrites else "",
            )
        )
    return tuple(found)


def coach_judgement(sample: Sample, weights: Weights | None = None) -> str:
    """Return ``good`` or ``bad``: the coach's verdict for a message, a rewrite or a reply.

    A rewrite of a corpus message is judged as exercise 03 judges it: good when it passes the
    rewrite grader (which also refuses copies, blanks and keyword lists).
    """
    if sample.kind == "reply":
        return "good" if classify_reply(sample.text, sample.context).good else "bad"
    fitted = weights is None or weights is load_weights()  # the grader scores with these
    if sample.kind == "rewrite" and sample.target and fitted:
        from rapport.messages.rewrites import grade_corpus_rewrite

        return "good" if grade_corpus_rewrite(sample.target, sample.text).passed else "bad"
    return (
        "good" if analyze(sample.text, sample.context, weights=weights).verdict == "good" else "bad"
    )


def agreement(
    samples: tuple[Sample, ...], weights: Weights | None = None
) -> dict[str, float | int | list[str]]:
    """Measure the coach against labels.

    Returns
    -------
    dict
        ``judgement``: share of messages where the good/bad verdict matches the label;
        ``auc``: how well the score ranks good messages above bad ones (replies left out);
        ``replies``: share of replies whose category the classifier gets right; the counts;
        ``judged_good``: how many were judged good; and ``misses``: the ids it got wrong.
    """
    from rapport.messages.fit import auc

    judged = [(s, coach_judgement(s, weights)) for s in samples]
    replies = [s for s in samples if s.kind == "reply"]
    classified = [(s, classify_reply(s.text, s.context).category) for s in replies]
    scored = [(analyze(s.text, s.context, weights=weights).score, s.label == "good")
              for s in samples if s.kind != "reply"]  # fmt: skip
    misses = [s.id for s, verdict in judged if verdict != s.label]
    misses += [f"{s.id} (as {c})" for s, c in classified if c != s.category]
    return {
        "judgement": sum(v == s.label for s, v in judged) / max(1, len(judged)),
        "auc": auc([score for score, _ in scored], [good for _, good in scored]),
        "replies": sum(c == s.category for s, c in classified) / max(1, len(classified)),
        "messages": len(judged),
        "reply_count": len(replies),
        "judged_good": sum(v == "good" for _, v in judged),
        "misses": misses,
    }

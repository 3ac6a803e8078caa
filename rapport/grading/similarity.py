"""Near-identical answers across learners: pairs for an instructor to look at, not verdicts.

Answers are compared as sets of word triples after three normalisations: lines given in the
released stub (the function's signature and docstring) are dropped, capitalised words (names,
places, companies) become one placeholder, and everything else is lower-cased. So two rewrites
that are the same message with the names changed still match, while short or blank answers are
never compared. Pairs where both answers are close to the instructor's own solution are left out:
many learners reach the canonical answer on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MIN_WORDS = 12
THRESHOLD = 0.8


@dataclass(frozen=True)
class SimilarPair:
    """Two learners whose answers to one question are nearly the same."""

    question: str
    first: str
    second: str
    similarity: float


def fingerprint(text: str, stub: str = "") -> frozenset[tuple[str, ...]]:
    """Return the word triples of ``text``, names masked, stub lines dropped (empty if short)."""
    given = {line.strip() for line in stub.splitlines() if line.strip()}
    own = "\n".join(line for line in text.splitlines() if line.strip() not in given)
    words = [("<name>" if w[0].isupper() else w.lower()) for w in WORD.findall(own)]
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Overlap of two sets (0 to 1)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def similar_pairs(
    answers: dict[str, dict[str, str]],
    stubs: dict[str, str] | None = None,
    threshold: float = THRESHOLD,
    models: dict[str, str] | None = None,
) -> list[SimilarPair]:
    """Find pairs of learners with nearly the same answer to a question.

    Parameters
    ----------
    answers
        learner -> question id -> answer text.
    stubs
        question id -> the released stub (answers equal to it are skipped).
    threshold
        The smallest similarity reported (0 to 1).
    models
        question id -> the instructor's solution; pairs where both answers are within
        ``threshold`` of it are not reported.

    Returns
    -------
    list of SimilarPair
        Most similar first.
    """
    stubs, models = stubs or {}, models or {}
    questions = sorted({q for per_learner in answers.values() for q in per_learner})
    pairs = []
    for question in questions:
        prints = {
            learner: fingerprint(given[question], stubs.get(question, ""))
            for learner, given in answers.items()
            if question in given
        }
        prints = {learner: p for learner, p in prints.items() if p}
        model = fingerprint(models.get(question, ""), stubs.get(question, ""))
        canonical = {learner for learner, p in prints.items() if jaccard(p, model) >= threshold}
        for first, second in combinations(sorted(prints), 2):
            score = jaccard(prints[first], prints[second])
            if score >= threshold and not {first, second} <= canonical:
                pairs.append(SimilarPair(question, first, second, round(score, 3)))
    return sorted(pairs, key=lambda p: (-p.similarity, p.question, p.first, p.second))


@dataclass(frozen=True)
class Cluster:
    """Learners whose answers to one question are all near-identical to one another's."""

    question: str
    learners: tuple[str, ...]
    similarity: float  # the highest similarity of a pair inside the cluster


def clusters(pairs: list[SimilarPair], limit: int = 20) -> tuple[list[Cluster], int]:
    """Group pairs into clusters (learners linked by similar answers), largest first.

    Returns
    -------
    (clusters, left_out)
        At most ``limit`` clusters, and how many more there were.
    """
    groups: list[Cluster] = []
    for question in sorted({p.question for p in pairs}):
        parent: dict[str, str] = {}

        def root(name: str, parent: dict[str, str] = parent) -> str:
            while parent.setdefault(name, name) != name:
                parent[name] = parent[parent[name]]
                name = parent[name]
            return name

        best: dict[str, float] = {}
        mine = [p for p in pairs if p.question == question]
        for pair in mine:
            parent[root(pair.first)] = root(pair.second)
        for pair in mine:
            top = root(pair.first)
            best[top] = max(best.get(top, 0.0), pair.similarity)
        members: dict[str, list[str]] = {}
        for name in parent:
            members.setdefault(root(name), []).append(name)
        groups += [
            Cluster(question, tuple(sorted(names)), best[top]) for top, names in members.items()
        ]
    groups.sort(key=lambda c: (-len(c.learners), -c.similarity, c.question, c.learners))
    return groups[:limit], max(0, len(groups) - limit)

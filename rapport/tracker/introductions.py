"""Suggest introductions: pairs of contacts who should meet, with double opt-in drafts.

Two people are a good pair when the notes the learner logged about them share topics (word stems
that are not filler). Each suggestion comes with a draft for each side that asks first, says why,
and makes no promise on the other's behalf: the double opt-in the course teaches.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from rapport.messages.context import STOPWORDS
from rapport.messages.text import WORD, stem
from rapport.tracker.queries import per_person

FILLER = STOPWORDS | frozenset(
    [
        "sent",
        "asked",
        "about",
        "with",
        "after",
        "before",
        "their",
        "them",
        "gave",
        "notes",
        "note",
        "call",
        "called",
        "chat",
        "chatted",
        "coffee",
        "meet",
        "met",
        "meeting",
        "told",
        "said",
        "thanks",
        "thank",
        "again",
        "quick",
        "short",
        "some",
        "more",
        "into",
        "over",
    ]
)


def topics(log: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Per person, the topics in the notes logged about them: word stem -> a word as written."""
    rows = per_person(log)
    found: dict[str, dict[str, str]] = {}
    for person, note in zip(rows["person"], rows["note"], strict=True):
        for word in (w.lower() for w in WORD.findall(note)):
            if len(word) > 3 and word.isalpha() and word not in FILLER:
                found.setdefault(person, {}).setdefault(stem(word), word)
    names = {stem(part.lower()) for person in found for part in person.split()}
    # A word noted about many people is everyday vocabulary, not a shared interest.
    counts: dict[str, int] = {}
    for stems in found.values():
        for word in stems:
            counts[word] = counts.get(word, 0) + 1
    common = {w for w, n in counts.items() if n > max(2, len(found) // 20)}
    return {
        person: {s: w for s, w in stems.items() if s not in names and s not in common}
        for person, stems in found.items()
    }


def suggest_introductions(log: pd.DataFrame, limit: int = 5, min_shared: int = 2) -> pd.DataFrame:
    """Rank pairs of people by shared topics and draft a double opt-in note to each.

    Returns
    -------
    pandas.DataFrame
        ``first``, ``second``, ``shared`` (the shared topics), ``draft_first``, ``draft_second``.
    """
    by_person = topics(log)
    pairs = []
    for first, second in combinations(sorted(by_person), 2):
        shared = sorted(by_person[first][s] for s in by_person[first].keys() & by_person[second])
        if len(shared) >= min_shared:
            pairs.append((len(shared), first, second, shared))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    columns = ["first", "second", "shared", "draft_first", "draft_second"]
    rows = [
        (a, b, shared, draft(a, b, shared), draft(b, a, shared))
        for _, a, b, shared in pairs[:limit]
    ]
    return pd.DataFrame(rows, columns=columns)


def draft(to: str, other: str, shared: list[str]) -> str:
    """Write a double opt-in note to ``to`` about meeting ``other``."""
    about = ", ".join(shared[:3])
    return (
        f"Hi {to.split()[0]}, I have been talking with {other} and you two keep coming up around "
        f"the same things ({about}). Would you be open to an introduction? I am asking "
        f"{other.split()[0]} the same question first, so no pressure either way, and no worries "
        "at all if now is not a good time. What would you most want to talk about?"
    )

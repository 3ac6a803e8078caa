"""Suggest introductions: pairs of people who care about the same things, with double opt-in drafts.

Topics are the words in the notes the learner logged about each person that name what the person
works on or cares about: nouns (and activities such as *hiring*), or specialist words no
dictionary knows (*onboarding*, *kubernetes*). Everyday English is left out with word-frequency
data (the ``wordfreq`` package's Zipf scale: words used more than about once in 100,000), parts
of speech come from ``lemminflect``'s dictionary, and words that describe the interaction itself
(call, coffee, article) are not topics. A shared topic weighs more the rarer it is, in English
and in the learner's own notes (an idf weight), so a pair who share one specialist topic rank
above a pair who share two ordinary ones; shared topics must add up to enough rarity in English
to count at all. A pair who already met through the learner (logged in
one interaction) is not suggested, and neither is a pair with nothing real in common.
"""

from __future__ import annotations

import math
from itertools import combinations

import pandas as pd

from rapport.messages.text import WORD
from rapport.messages.words import noun_topic, rarity
from rapport.tracker.queries import per_person
from rapport.tracker.store import CHANNELS, KINDS

# A pair needs shared topics this rare in English, added up (0-1 each: about 0.5 for a word used
# once in a million, like "burnout"; 0.35 for "headache"), to be worth an introduction.
MIN_RARITY = 0.4
# Words that say what the learner did, not what the other person works on or cares about.
INTERACTION_WORDS = frozenset(
    {*CHANNELS, *KINDS, "intro", "introduction", "meetup", "podcast", "article", "post", "link",
     "doc", "notes", "note", "email", "chat", "hello", "surprise", "thanks", "lunch", "dinner",
     "drink", "drinks", "comments", "comment", "question", "questions", "name", "names", "ages"}
)  # fmt: skip


def topic_key(word: str) -> str | None:
    """Return the topic a word names, or ``None`` for filler or the interaction itself."""
    return None if word in INTERACTION_WORDS else noun_topic(word)


def topics(log: pd.DataFrame) -> dict[str, dict[str, list[tuple[str, object]]]]:
    """Per person, their topics: topic -> ``[(word as written, row of the log), ...]``."""
    rows = per_person(log)
    names = {part.lower() for person in rows["person"] for part in str(person).split()}
    found: dict[str, dict[str, list[tuple[str, object]]]] = {}
    for row in rows.itertuples(index=False):
        for word in WORD.findall(str(row.note)):
            key = topic_key(word.lower())
            if key is None or word.lower() in names:
                continue
            found.setdefault(row.person, {}).setdefault(key, []).append((word.lower(), row))
    return found


def topic_weights(by_person: dict[str, dict], people: int) -> dict[str, float]:
    """Weigh each topic: rarer in English and noted about fewer people weighs more."""
    counts: dict[str, int] = {}
    for person_topics in by_person.values():
        for key in person_topics:
            counts[key] = counts.get(key, 0) + 1
    common = max(2, people // 5)  # noted about this many people or more: everyday for you
    weights = {}
    for key, count in counts.items():
        if count > common:
            continue
        weights[key] = (math.log((1 + people) / (1 + count)) + 1) * rarity(key)
    return weights


def suggest_introductions(
    log: pd.DataFrame, limit: int = 5, min_shared: int = 1, min_rarity: float = MIN_RARITY
) -> pd.DataFrame:
    """Rank pairs of people by the weight of their shared topics; draft a note to each.

    Returns
    -------
    pandas.DataFrame
        ``first``, ``second``, ``shared`` (topics as written, weightiest first), ``score``,
        ``why`` (a sentence citing the notes), ``draft_first``, ``draft_second``.
    """
    columns = ["first", "second", "shared", "score", "why", "draft_first", "draft_second"]
    by_person = topics(log)
    weights = topic_weights(by_person, len(by_person))
    met = _already_met(log)
    sharing: dict[str, list[str]] = {}  # topic -> the people it was noted about
    for person in sorted(by_person):
        for key in by_person[person]:
            if key in weights:
                sharing.setdefault(key, []).append(person)
    candidates = {pair for group in sharing.values() for pair in combinations(group, 2)}
    pairs = []
    for first, second in sorted(candidates):
        if frozenset((first, second)) in met:
            continue
        keys = [k for k in by_person[first].keys() & by_person[second] if k in weights]
        keys.sort(key=lambda k: (-weights[k], k))
        score = sum(weights[k] for k in keys)
        if len(keys) >= min_shared and sum(rarity(k) for k in keys) >= min_rarity:
            pairs.append((score, first, second, keys))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    rows = []
    for score, a, b, keys in pairs[:limit]:
        shared = [by_person[a][k][0][0] for k in keys]
        why = because(a, b, shared, by_person[a][keys[0]][0][1], by_person[b][keys[0]][0][1])
        rows.append((a, b, shared, round(score, 2), why, draft(a, b, shared), draft(b, a, shared)))
    return pd.DataFrame(rows, columns=columns)


def _already_met(log: pd.DataFrame) -> set[frozenset[str]]:
    """Pairs who were both in one logged interaction: the learner has seen them together."""
    met: set[frozenset[str]] = set()
    for people in log["people"] if len(log) else []:
        names = [n for n in str(people).split("; ") if n]
        met.update(frozenset(pair) for pair in combinations(names, 2))
    return met


def _listing(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def because(first: str, second: str, shared: list[str], row_first, row_second) -> str:
    """Say why two people might want to meet, quoting one note about each."""

    def quote(name: str, row) -> str:
        return f"{name} ({row.date.strftime('%d %b')}: “{row.note}”)"

    return (
        f"You noted {_listing(shared[:3])} with both of them: "
        f"{quote(first, row_first)} and {quote(second, row_second)}."
    )


def draft(to: str, other: str, shared: list[str]) -> str:
    """Write a double opt-in note to ``to`` about meeting ``other``, as a person would."""
    first, other_first = to.split()[0], other.split()[0]
    return (
        f"Hi {first}, I've been talking with {other} and kept thinking of you: you both seem to "
        f"care about {_listing(shared[:2])}. I suspect you'd enjoy comparing notes. Would you be "
        f"open to an introduction? I'm asking {other_first} the same before I connect anyone, so "
        "it's completely fine to say no, or not right now. If you're keen, what would you most "
        "like to hear from them about?"
    )

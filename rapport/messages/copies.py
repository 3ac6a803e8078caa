"""Whether a text is a copy of another with a few words changed, swapped or moved.

The rewrite grader (:mod:`rapport.messages.rewrites`) refuses a rewrite that barely changes
the original or copies a published model rewrite. A copy shows in several ways, each measured
here: word triples in common, the same words in much the same order, sentences that line up
stem by stem, the model's content words in any order, or its skeleton of function words kept
with the content words swapped.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, utils
from rapidfuzz.distance import Indel

from rapport.messages.context import STOPWORDS
from rapport.messages.text import SENTENCE, WORD, stem
from rapport.messages.words import zipf

COPY_SIMILARITY = 0.6  # share of word triples in common that counts as a copy
UNCHANGED_SIMILARITY = 0.8
# Token-sort similarity (0-100) of a near-copy: the same words in much the same order, a few
# swapped. Rewrites written independently for one situation score 50-70 against each other.
NEAR_COPY = 85
# Share of a rewrite's words that line up, in order and stem by stem, with the sentences of a
# model: a copy with synonyms swapped or sentences moved keeps well over half; two rewrites
# written independently for one situation share under 45%.
ALIGNED_COPY = 0.55
# Share of the function words ("I", "for", "and", "your"...) that line up in order with a
# model's: a copy with every content word swapped for a synonym keeps the model's skeleton.
# Independent rewrites of one situation line up 0.3-0.5; synonym-swapped copies 0.6-0.9.
SKELETON_COPY = 0.6
SKELETON_MIN = 20  # function words a text needs before its skeleton says anything
# Share of a rewrite's content words (stems, counted with repeats) that are the model's, in any
# order: a copy with its clauses turned around or its sentences cut into bullets keeps 0.75-1.0;
# two rewrites written independently for one situation share 0.25-0.45, and a paraphrase that
# borrows the model's details but not its sentences about 0.6.
CONTENT_COPY = 0.7
CONTENT_MIN = 12  # content words a text needs before its share says anything
FUNCTION_ZIPF = 6.0  # words at least this common (I, you, it, have, if) say nothing of content


def lower_words(text: str) -> list[str]:
    """Return the words of ``text`` in lower case."""
    return [w.lower() for w in WORD.findall(text)]


def similarity(a: str, b: str) -> float:
    """Share of word triples two texts have in common (Jaccard), from 0 to 1."""

    def triples(text: str) -> set[tuple[str, ...]]:
        words = lower_words(text)
        return {tuple(words[i : i + 3]) for i in range(max(0, len(words) - 2))}

    first, second = triples(a), triples(b)
    return len(first & second) / len(first | second) if first and second else 0.0


def _stemmed_sentences(text: str) -> list[list[str]]:
    found = []
    for match in SENTENCE.finditer(text):
        words = [stem(w) for w in lower_words(match.group(0))]
        if words:
            found.append(words)
    return found


def aligned_share(text: str, model: str) -> float:
    """Share of the words of ``text`` that line up in order with a sentence of ``model`` (0-1).

    Each sentence of ``text`` is matched with the sentence of ``model`` it shares the longest
    in-order run of word stems with (rapidfuzz's Indel similarity), weighted by its length. A
    copy keeps the skeleton of the model (its order, its small words, most of its stems)
    through swapped synonyms and moved sentences.
    """
    ours, theirs = _stemmed_sentences(text), _stemmed_sentences(model)
    if not ours or not theirs:
        return 0.0
    total = sum(len(s) for s in ours)
    lined_up = sum(len(s) * max(Indel.normalized_similarity(s, m) for m in theirs) for s in ours)
    return lined_up / total


def near_copy(
    text: str, model: str, triples: float = COPY_SIMILARITY, aligned: float = ALIGNED_COPY
) -> bool:
    """Whether ``text`` is a copy of ``model`` with a few words changed, added or moved.

    Many word triples in common; nearly the same words in nearly the same order (rapidfuzz's
    token-sort ratio, which ignores case and punctuation); or, sentence by sentence, most words
    lined up with the model's (:func:`aligned_share`: synonyms swapped, sentences reordered); most
    of its content words the model's in any order (:func:`content_share`: clauses turned around);
    or the model's skeleton of function words kept with the content words swapped
    (:func:`skeleton_share`).
    """
    if similarity(text, model) >= triples:
        return True
    if fuzz.token_sort_ratio(text, model, processor=utils.default_process) >= NEAR_COPY:
        return True
    if content_share(text, model) >= CONTENT_COPY:
        return True
    return aligned_share(text, model) >= aligned or skeleton_share(text, model) >= SKELETON_COPY


def _content(text: str) -> Counter[str]:
    """Count the stems of the words of ``text`` other than the commonest."""
    return Counter(stem(w) for w in lower_words(text) if len(w) > 2 and zipf(w) < FUNCTION_ZIPF)


def content_share(text: str, model: str) -> float:
    """Share of the content words of ``text`` that are also in ``model``, in any order (0-1).

    Content words are all but the commonest (:data:`FUNCTION_ZIPF`), stemmed and counted with
    repeats (a word used twice must be in the model twice).
    Texts with fewer than :data:`CONTENT_MIN` content words give 0: too short to tell.
    """
    ours, theirs = _content(text), _content(model)
    total = sum(ours.values())
    if total < CONTENT_MIN:
        return 0.0
    return sum((ours & theirs).values()) / total


def skeleton_share(text: str, model: str) -> float:
    """How much of the order of function words of ``text`` and ``model`` is shared (0-1).

    Texts with fewer than :data:`SKELETON_MIN` function words give 0: too short to tell.
    """
    ours = [w for w in lower_words(text) if w in STOPWORDS]
    theirs = [w for w in lower_words(model) if w in STOPWORDS]
    if min(len(ours), len(theirs)) < SKELETON_MIN:
        return 0.0
    return Indel.normalized_similarity(ours, theirs)

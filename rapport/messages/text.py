"""Reading a message: words, sentences, questions and links, with their character spans.

Everything the coach's rules look at is computed once per message here, so that each rule is a
cheap look-up. Spans are ``(start, end)`` offsets into the text exactly as the learner typed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

import snowballstemmer

from rapport.messages.patterns import CASELESS, TRIGGERS

Span = tuple[int, int]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)", re.UNICODE)
LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|me|ly)(?:/\S*)?\b", re.I)
SECOND_PERSON = {"you", "your", "yours", "you're", "you’re", "you've", "you’ve", "you'd", "you’d",
                 "you'll", "you’ll", "yourself"}  # fmt: skip
# A sentence that asks, with or without its question mark: "what are you working on these days".
QUESTION_SHAPE = re.compile(
    r"^(?:and |so |but |also |oh |hi |hey )?(?:what|how|which|where|when|who|why|are you|were you|"
    r"do you|did you|have you|is your|are your|would you|could you|can you|will you)\b[^.!]*"
    r"\byou(?:r|rs|['’](?:re|ve|d|ll))?\b",
    re.IGNORECASE,
)
FIRST_PERSON = {"i", "me", "my", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll",
                "i’ll", "myself", "we", "our", "us", "we're", "we’re"}  # fmt: skip


_STEMMER = snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    """Return the English stem of a lower-case word (``training`` and ``trained`` -> ``train``)."""
    return _STEMMER.stemWord(word)


def matches(pattern: re.Pattern[str], text: str, lower: str | None = None) -> list[re.Match]:
    """Run a pattern on ``text``, using its lower-case form for the coach's lower-case patterns."""
    if pattern not in CASELESS:
        return list(pattern.finditer(text))
    lower = text.lower() if lower is None else lower
    if len(lower) == len(text):
        return list(pattern.finditer(lower))
    return list(CASELESS[pattern].finditer(text))


@dataclass
class Sentence:
    """One sentence (or line) of a message."""

    text: str
    start: int
    end: int
    words: list[str] = field(default_factory=list)

    @property
    def span(self) -> Span:
        """Where the sentence is in the message."""
        return (self.start, self.end)

    @cached_property
    def stems(self) -> set[str]:
        """Stems of the sentence's words."""
        return {stem(w) for w in self.words}

    @property
    def is_question(self) -> bool:
        """Whether the sentence ends with a question mark or is worded as a question to "you"."""
        text = self.text.rstrip()
        return text.endswith(("?", "？", "؟")) or (
            not text.endswith("!") and QUESTION_SHAPE.match(text) is not None
        )

    @property
    def lower(self) -> str:
        """The sentence in lower case."""
        return self.text.lower()


class Doc:
    """A message read once for every rule.

    Parameters
    ----------
    text
        The message as typed.
    """

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.words = [m.group(0).lower() for m in WORD.finditer(text)]
        self._found: dict[re.Pattern[str], list[Span]] = {}
        self.memo: dict[object, object] = {}  # results rules share within one analysis

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences, trimmed of surrounding space, with their spans."""
        found = []
        for match in SENTENCE.finditer(self.text):
            raw = match.group(0)
            stripped = raw.strip()
            if not stripped:
                continue
            start = match.start() + (len(raw) - len(raw.lstrip()))
            words = [w.lower() for w in WORD.findall(stripped)]
            found.append(Sentence(stripped, start, start + len(stripped), words))
        return found

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The distinct lower-case words."""
        return frozenset(self.words)

    @cached_property
    def questions(self) -> list[Sentence]:
        """Sentences that ask (see :attr:`Sentence.is_question`)."""
        return [s for s in self.sentences if s.is_question]

    @cached_property
    def links(self) -> list[Span]:
        """Spans of web links."""
        return [m.span() for m in LINK.finditer(self.text)]

    @property
    def word_count(self) -> int:
        """Number of words."""
        return len(self.words)

    @cached_property
    def you_count(self) -> int:
        """Words addressing the reader (you, your...)."""
        return sum(1 for w in self.words if w in SECOND_PERSON)

    @cached_property
    def me_count(self) -> int:
        """Words about the writer (I, my, we...)."""
        return sum(1 for w in self.words if w in FIRST_PERSON)

    def find(self, pattern: re.Pattern[str]) -> list[Span]:
        """Return the spans where ``pattern`` matches the message (each pattern is run once).

        Lower-case patterns (see :mod:`rapport.messages.patterns`) run on the lower-cased text.
        """
        if pattern not in self._found:
            triggers = TRIGGERS.get(pattern)
            if triggers is not None and triggers.isdisjoint(self.word_set):
                self._found[pattern] = []
            else:
                self._found[pattern] = [m.span() for m in matches(pattern, self.text, self.lower)]
        return list(self._found[pattern])

    @cached_property
    def reading_ease(self) -> float:
        """Flesch reading ease (higher is easier), from the textstat library."""
        import textstat  # imported on first use: it loads a pronunciation dictionary

        return float(textstat.flesch_reading_ease(self.text))

"""Reading a message: words, sentences, questions and links, with their character spans.

Everything the coach's rules look at is computed once per message here, so that each rule is a
cheap look-up. Spans are ``(start, end)`` offsets into the text exactly as the learner typed it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

import snowballstemmer

from rapport.messages.fastre import PatternTable, Prefilter, finditer_spans, search
from rapport.messages.patterns import CASELESS, TRIGGERS

Span = tuple[int, int]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# A title's full stop ("Ms. Tan", "Dr. Osei", "e.g. the") does not end a sentence.
_TITLES = ("mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "vs", "e.g", "i.e", "approx")
_TITLE_STOP = (
    "(?:" + "|".join(rf"(?<=\b{re.escape(t)})" for t in _TITLES) + r")\.(?= )"
    r"|(?<=\be)\.(?=g\.)|(?<=\bi)\.(?=e\.)"  # the first stop of "e.g." and "i.e."
    # "the 8 a.m. password rush": a time's stops, unless a capital after it starts a sentence
    r"|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?= (?-i:[a-z]))"
)
SENTENCE = re.compile(rf"(?:[^.!?\n]|{_TITLE_STOP})+(?:[.!?]+|\n|$)", re.UNICODE | re.IGNORECASE)
LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|me|ly|ai|app|dev|shop|site|xyz|info|"
    r"biz|example)(?:/\S*)?\b|\b[\w-]+\.[a-z]{2,12}/[\w-]\S*",
    re.I,
)
# The writer alone ("I", "my"); FIRST_PERSON below also counts "we" and "our".
SINGULAR_ME = {"i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d",
               "i'll", "i’ll"}  # fmt: skip
# Words addressing the reader, chat shorthand ("ur post") included.
SECOND_PERSON = {"you", "your", "yours", "you're", "you’re", "you've", "you’ve", "you'd", "you’d",
                 "you'll", "you’ll", "yourself", "u", "ur", "yr", "urs"}  # fmt: skip
# A sentence that asks, with or without its question mark: "what are you working on these days".
QUESTION_SHAPE = re.compile(
    # (not a clause about the writer: "when I joined, you showed me how to read a meter")
    r"^(?:and |so |but |also |oh |hi |hey )?(?:(?:what|how|which|where|when|who|why)\b"
    r"(?! (?:i|we|my|our)\b)|are you|were you|"
    r"do you|did you|have you|is your|are your|would you|could you|can you|will you)\b[^.!]*"
    r"\byou(?:r|rs|['’](?:re|ve|d|ll))?\b",
    re.IGNORECASE,
)
FIRST_PERSON = {"i", "me", "my", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll",
                "i’ll", "myself", "we", "our", "us", "we're", "we’re"}  # fmt: skip


_STEMMER = snowballstemmer.stemmer("english")
# The lower-case patterns, each of which runs on the lower-cased message: one pass over it says
# which may match (built at the first message, when every module's patterns exist).
_PREFILTER = Prefilter(lambda: list(CASELESS))


@cache
def stem(word: str) -> str:
    """Return the English stem of a lower-case word (``training`` and ``trained`` -> ``train``)."""
    return _STEMMER.stemWord(word)


def matches(pattern: re.Pattern[str], text: str, lower: str | None = None) -> list[re.Match]:
    """Run a pattern on ``text``, using its lower-case form for the coach's lower-case patterns."""
    pattern, text = _runnable(pattern, text, lower)
    return list(pattern.finditer(text))


def find_spans(pattern: re.Pattern[str], text: str, lower: str | None = None) -> list[Span]:
    """Return the spans where a pattern matches ``text`` (as :func:`matches`, faster)."""
    return finditer_spans(*_runnable(pattern, text, lower))


def has_match(pattern: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """Whether a pattern matches ``text`` anywhere (as ``bool(matches(...))``, faster)."""
    return search(*_runnable(pattern, text, lower))


def _runnable(pattern: re.Pattern[str], text: str, lower: str | None) -> tuple[re.Pattern, str]:
    """Return the pattern and the text to run it on (lower case for lower-case patterns)."""
    caseless = CASELESS.get(pattern)
    if caseless is None:
        return pattern, text
    lower = text.lower() if lower is None else lower
    if len(lower) == len(text):
        return pattern, lower
    return caseless, text


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

    @cached_property
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
        self.quoted = _quoted_lines(text)
        # Quoted lines are the other person's words, and a device's footer ("Sent from my
        # iPhone") no one's: every rule reads them as blank, and the offsets of everything else
        # stay those of the text as typed.
        footer = [m.span() for m in _DEVICE_FOOTER.finditer(text)] if "ent from" in text else []
        blanked = self.quoted + footer
        self.text = blank_out(text, blanked) if blanked else text
        text = self.text
        self.lower = text.lower()
        self.ascii = text.isascii()  # lower-casing ASCII keeps every offset and word boundary
        if self.ascii:
            self.words = WORD.findall(self.lower)
        else:
            self.words = [m.group(0).lower() for m in WORD.finditer(text)]
        self._found: PatternTable[list[Span]] = PatternTable()  # by pattern identity
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
            if self.ascii:
                words = WORD.findall(self.lower, start, start + len(stripped))
            else:
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
        return finditer_spans(LINK, self.text)

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
        found = self._found.get(pattern)
        if found is None:
            triggers = TRIGGERS.get(pattern)
            if triggers is not None and triggers.isdisjoint(self.word_set):
                found = []
            elif self._may_match(pattern):
                found = find_spans(pattern, self.text, self.lower)
            else:
                found = []
            self._found[pattern] = found
        return list(found)

    @cached_property
    def _may_match(self) -> Callable[[re.Pattern[str]], bool]:
        """Whether a lower-case pattern may match, all read in one pass (ASCII text only)."""
        if not self.ascii:
            return lambda pattern: True
        return _PREFILTER.may_match(self.lower.encode("ascii"))

    @cached_property
    def reading_ease(self) -> float:
        """Flesch reading ease (higher is easier), exactly as textstat computes it.

        textstat's formula and counts for English, with its syllable count summed word by word
        through a cache, which makes it fast on messages that reuse words (one being typed).
        """
        from textstat.backend import counts, selections  # loads a pronunciation dictionary

        words = counts.count_words(self.text)
        sentences = counts.count_sentences(self.text)
        if not words or not sentences:
            return 0.0
        listed = selections.list_words(self.text, lowercase=True)
        syllables = sum(_syllables(word) for word in listed)
        if not syllables:
            return 0.0
        return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


@cache
def _syllables(word: str) -> int:
    """Count the syllables of one word as textstat does (dictionary, else hyphenation)."""
    from textstat.backend import counts

    return counts.count_syllables(word, "en_US")


# The line a phone or mail app adds under a message.
_DEVICE_FOOTER = re.compile(
    r"^[ \t]*[Ss]ent from my (?:iPhone|iPad|Android|Samsung[\w ]*|Galaxy[\w ]*|Pixel[\w ]*|"
    r"mobile(?: device)?|phone|BlackBerry)[ \t.!]*$",
    re.MULTILINE,
)


def _quoted_lines(text: str) -> list[Span]:
    """Spans of the quoted lines the writer answers ("> would you be free?" then "yes, ...").

    Those are the other person's words. A quoted block at the end, under everything the writer
    typed, is kept: it is the thread being followed up, often the writer's own first note.
    """
    if ">" not in text:
        return []
    found, start, answered = [], 0, 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(">"):
            found.append((start, start + len(line.rstrip("\r\n"))))
        elif line.strip():
            answered = len(found)  # the writer's own words follow these quoted lines
        start += len(line)
    return found[:answered]


def blank_out(text: str, spans: list[Span]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (same length, same offsets)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def memo(doc: Doc, key: object, compute: Callable[[], list[Span]]) -> list[Span]:
    """``compute()``, kept in the message's memo under ``key`` so each runs once per message."""
    if key not in doc.memo:
        doc.memo[key] = compute()
    return list(doc.memo[key])  # type: ignore[call-overload]


def overlap(span: Span, other: Span) -> bool:
    """Whether two spans share a character."""
    return span[0] < other[1] and other[0] < span[1]


def inside(span: Span, outer: Span) -> bool:
    """Whether ``span`` lies within ``outer``."""
    return outer[0] <= span[0] and span[1] <= outer[1]


def holding(doc: Doc, spans: list[Span]) -> list[Sentence]:
    """Find the sentences in which any of ``spans`` starts."""
    if not spans:
        return []
    return [s for s in doc.sentences if any(s.start <= a < s.end for a, _ in spans)]

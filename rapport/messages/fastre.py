r"""Run the coach's patterns with RE2 where it gives exactly what Python's ``re`` gives.

The coach's patterns are long alternations that Python's backtracking engine tries at every
position of the message; RE2 (``google-re2``) compiles them to automata and reads the text once,
tens of times faster. On ASCII text, RE2's leftmost-first matching, ``\b``, ``\w`` and ``\d``
agree with Python's for every construct both support, so a pattern gets an RE2 twin unless it
uses something RE2 lacks or reads differently (lookarounds, back-references, ``$``, ``\s``
inside a character class, ``\u`` escapes). Any other pattern, and any non-ASCII text, runs on
Python's ``re`` as before. A test checks the two engines give the same spans on every labelled
message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from typing import TypeVar

import re2

Span = tuple[int, int]
V = TypeVar("V")


class PatternTable(MutableMapping[re.Pattern[str], V]):
    """A table keyed by compiled pattern: by the pattern itself, looked up by its identity.

    Hashing a compiled pattern hashes its whole compiled program each time: microseconds for
    the coach's long alternations, looked up several times for each of some seventy patterns
    in every message. An id costs nothing; the table keeps each pattern alive so its id stays
    its own.
    """

    def __init__(self) -> None:
        self._items: dict[int, tuple[re.Pattern[str], V]] = {}

    def __getitem__(self, pattern: re.Pattern[str]) -> V:
        return self._items[id(pattern)][1]

    def __setitem__(self, pattern: re.Pattern[str], value: V) -> None:
        self._items[id(pattern)] = (pattern, value)

    def __delitem__(self, pattern: re.Pattern[str]) -> None:
        del self._items[id(pattern)]

    def __contains__(self, pattern: object) -> bool:
        return id(pattern) in self._items

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return (pattern for pattern, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)


_OPTIONS = re2.Options()
_OPTIONS.max_mem = 32 << 20  # room for the larger alternations' automata
_OPTIONS.log_errors = False
# Constructs RE2 lacks, or reads differently from Python: lookarounds, back-references, `$`
# (Python's also matches before a final newline), and `\s`/`\S` inside a class.
_UNSUPPORTED = re.compile(r"\(\?[=!<]|\\[1-9]|(?<!\\)\$|\\[UN]")
# A character class: `$` inside one (`[$£€]`) is fine, `\s` inside one is not.
_CLASS = re.compile(r"(?<!\\)\[\^?\]?(?:\\.|[^\]\\])*\]")  # (not an escaped "\[")
_CLASS_SPACE = re.compile(r"\\[sS]")
_ESCAPES = re.compile(r"\\u([0-9a-fA-F]{4})")  # Python's \u2013 is RE2's \x{2013}
# Python's `\s` also matches \v and \x1c-\x1f; spell it out for RE2 (outside classes only).
_SPACE = r"[\t\n\v\f\r \x1c-\x1f]"
_NOT_SPACE = r"[^\t\n\v\f\r \x1c-\x1f]"


_TWINS: PatternTable[re2._Regexp | None] = PatternTable()


def twin(pattern: re.Pattern[str]) -> re2._Regexp | None:
    """Return the RE2 twin of a Python pattern, or ``None`` when it has none."""
    if pattern not in _TWINS:
        _TWINS[pattern] = _compile_twin(pattern)
    return _TWINS[pattern]


def _compile_twin(pattern: re.Pattern[str]) -> re2._Regexp | None:
    source = pattern.pattern
    if not isinstance(source, str) or _UNSUPPORTED.search(_CLASS.sub("[]", source)):
        return None
    if any(_CLASS_SPACE.search(c) for c in _CLASS.findall(source)):
        return None
    source = source.replace(r"\s", _SPACE).replace(r"\S", _NOT_SPACE).replace(r"\Z", r"\z")
    source = _ESCAPES.sub(r"\\x{\1}", source)
    if pattern.flags & re.IGNORECASE:
        source = "(?i)" + source
    try:
        return re2.compile(source, _OPTIONS)
    except re2.error:
        return None


def finditer_spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Return the spans of ``pattern.finditer(text)``, using RE2 when it agrees exactly."""
    fast = twin(pattern) if text.isascii() else None
    if fast is None:
        return [m.span() for m in pattern.finditer(text)]
    return [m.span() for m in fast.finditer(text.encode("ascii"))]


def search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text`` (RE2 when it agrees exactly)."""
    fast = twin(pattern) if text.isascii() else None
    if fast is None:
        return pattern.search(text) is not None
    return fast.search(text.encode("ascii")) is not None

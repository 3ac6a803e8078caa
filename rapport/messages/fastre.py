r"""Run the coach's patterns with RE2 where it gives exactly what Python's ``re`` gives.

The coach's patterns are long alternations that Python's backtracking engine tries at every
position of the message; RE2 (``google-re2``) compiles them to automata and reads the text once,
tens of times faster. On ASCII text, RE2's leftmost-first matching, ``\b``, ``\w`` and ``\d``
agree with Python's for every construct both support, so a pattern gets an RE2 twin unless it
uses something RE2 lacks or reads differently (lookarounds, back-references, ``$``, ``\s``
inside a character class, ``\u`` escapes). Any other pattern, and any non-ASCII text, runs on
Python's ``re`` as before, after an RE2 sieve (the pattern without its lookarounds) has shown
it may match. A test checks the two engines give the same spans on every labelled message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Any, TypeVar

import re2

from rapport.messages.standin import stand_in, stand_in_source

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

    def get(self, pattern: re.Pattern[str], default: Any = None) -> Any:
        """Return the value for ``pattern``, or ``default`` (one lookup, no exception raised)."""
        item = self._items.get(id(pattern))
        return default if item is None else item[1]

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


_UNSET = object()  # not yet compiled
_TWINS: PatternTable[re2._Regexp | None] = PatternTable()
_SIEVES: PatternTable[re2._Regexp | None] = PatternTable()


def twin(pattern: re.Pattern[str]) -> re2._Regexp | None:
    """Return the RE2 twin of a Python pattern, or ``None`` when it has none."""
    return _cached(_TWINS, pattern, lambda source: source)


def sieve(pattern: re.Pattern[str]) -> re2._Regexp | None:
    """Return an RE2 pattern that matches wherever ``pattern`` does, and maybe elsewhere.

    For a pattern with no twin: the same pattern without its lookarounds and ``$`` (conditions
    that only ever rule a match out). Where the sieve finds nothing, neither does the pattern,
    so Python's engine runs only on text that may match.
    """
    return _cached(_SIEVES, pattern, _without_conditions)


def _cached(
    table: PatternTable[re2._Regexp | None],
    pattern: re.Pattern[str],
    rewrite: Callable[[str], str | None],
) -> re2._Regexp | None:
    """Return RE2's compile of ``rewrite(pattern.pattern)``, made once per pattern (or ``None``)."""
    fast = table.get(pattern, _UNSET)
    if fast is _UNSET:
        source = rewrite(pattern.pattern) if isinstance(pattern.pattern, str) else None
        fast = None if source is None else _compile_twin(source, pattern.flags)
        table[pattern] = fast
    return fast


def _without_conditions(source: str) -> str | None:
    """Return the pattern without its lookarounds and unescaped ``$`` (``None`` if it can't)."""
    out, i = [], 0
    while i < len(source):
        if source.startswith(_LOOKAROUNDS, i):
            i = _group_end(source, i)
            if i < 0 or (i < len(source) and source[i] in "*+?{"):
                return None  # unbalanced, or a quantified lookaround
            continue
        piece = _piece(source, i)
        if piece != "$":
            out.append(piece)
        i += len(piece)
    return "".join(out)


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _piece(source: str, i: int) -> str:
    """Return the escape, character class or single character at ``source[i]``."""
    if source[i] == "\\":
        return source[i : i + 2]
    if source[i] == "[":
        match = _CLASS.match(source, i)
        return match.group() if match else source[i]
    return source[i]


def _group_end(source: str, start: int) -> int:
    """Return the index after the group that opens at ``source[start]`` (-1: it never closes)."""
    depth, i = 0, start
    while i < len(source):
        piece = _piece(source, i)
        depth += (piece == "(") - (piece == ")")
        i += len(piece)
        if depth == 0:
            return i
    return -1


def _compile_twin(source: str, flags: int) -> re2._Regexp | None:
    spelled = _re2_spelling(source, flags)
    if spelled is None:
        return None
    try:
        return re2.compile(spelled, _OPTIONS)
    except re2.error:
        return None


def _re2_spelling(source: str, flags: int) -> str | None:
    """Return a Python pattern's source as RE2 reads it the same way (``None``: it can't)."""
    if _UNSUPPORTED.search(_CLASS.sub("[]", source)):
        return None
    if any(_CLASS_SPACE.search(c) for c in _CLASS.findall(source)):
        return None
    source = source.replace(r"\s", _SPACE).replace(r"\S", _NOT_SPACE).replace(r"\Z", r"\z")
    source = _ESCAPES.sub(r"\\x{\1}", source)
    return "(?i)" + source if flags & re.IGNORECASE else source


class Prefilter:
    """Which of many patterns may match a text, found in one pass over it (RE2's ``Set``).

    Most of the coach's patterns match nothing in a given message; one automaton built from
    all their twins (or sieves) reads the message once and names those that may, so the
    others need not run at all. A pattern the set does not name cannot match; one it names
    runs as before, so spans never change. When RE2 runs out of memory for the automaton (it
    then names nothing, not even the pattern that matches everywhere, kept for that), or a
    pattern was not among those given, every pattern runs.

    Parameters
    ----------
    patterns
        Called once, at the first :meth:`may_match`: the patterns to read for.
    """

    _ALWAYS = ""  # matches every text: its absence from a result means RE2 gave up

    def __init__(self, patterns: Callable[[], Iterable[re.Pattern[str]]]) -> None:
        self._patterns = patterns
        self._set: re2.Set | None = None
        self._index: PatternTable[int] = PatternTable()

    def may_match(self, data: bytes) -> Callable[[re.Pattern[str]], bool]:
        """Return a test of whether a pattern may match ``data`` (ASCII bytes)."""
        if self._set is None:
            self._build()
        assert self._set is not None
        found = self._set.Match(data) or ()
        if 0 not in found:
            return lambda pattern: True
        hits = set(found)
        index = self._index
        return lambda pattern: index.get(pattern, 0) in hits

    def _build(self) -> None:
        options = re2.Options()
        options.max_mem = 64 << 20
        options.log_errors = False
        built = re2.Set.SearchSet(options)
        built.Add(self._ALWAYS)
        for pattern in self._patterns():
            spelled = _re2_spelling(pattern.pattern, pattern.flags)
            if spelled is None:
                loose = _without_conditions(pattern.pattern)
                spelled = None if loose is None else _re2_spelling(loose, pattern.flags)
            if spelled is None:
                continue
            try:
                self._index[pattern] = built.Add(spelled)
            except re2.error:
                continue
        built.Compile()
        self._set = built


def finditer_spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Return the spans of ``pattern.finditer(text)``, using RE2 when it agrees exactly."""
    fast, loose, data = _engines(pattern, text)
    if fast is not None:
        return [m.span() for m in fast.finditer(data)]
    start = _first_chance(loose, data)
    return [] if start is None else [m.span() for m in pattern.finditer(text, start)]


def search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text`` (RE2 when it agrees exactly)."""
    fast, loose, data = _engines(pattern, text)
    if fast is not None:
        return fast.search(data) is not None
    start = _first_chance(loose, data)
    return start is not None and pattern.search(text, start) is not None


def _engines(
    pattern: re.Pattern[str], text: str
) -> tuple[re2._Regexp | None, re2._Regexp | None, bytes]:
    """Return the RE2 twin and sieve that can read ``text``, and the bytes they read.

    ASCII text is read as it is; other text through its stand-in (one ASCII character for each
    character, so RE2's offsets are the text's), by the pattern's stand-in twin and sieve.
    """
    if text.isascii():
        fast = twin(pattern)
        return fast, None if fast is not None else sieve(pattern), text.encode("ascii")
    standing = stand_in(text)
    if standing is None:
        return None, None, b""
    fast = _stand_in_twin(pattern)
    loose = None if fast is not None else _stand_in_sieve(pattern)
    return fast, loose, standing.encode("ascii")


def _first_chance(loose: re2._Regexp | None, data: bytes) -> int | None:
    """Where Python's engine need start: ``None`` when the pattern cannot match the text.

    Wherever the pattern matches, its sieve matches at the same place, so no match starts
    before the sieve's first one. Python's ``pos`` still lets lookbehinds and word boundaries
    see the text before it.
    """
    if loose is None:
        return 0
    found = loose.search(data)
    return None if found is None else found.start()


_STAND_IN_TWINS: PatternTable[re2._Regexp | None] = PatternTable()
_STAND_IN_SIEVES: PatternTable[re2._Regexp | None] = PatternTable()


def _stand_in_twin(pattern: re.Pattern[str]) -> re2._Regexp | None:
    """Return the RE2 twin that reads stand-in text as ``pattern`` reads the original."""
    return _cached(_STAND_IN_TWINS, pattern, stand_in_source)


def _stand_in_sieve(pattern: re.Pattern[str]) -> re2._Regexp | None:
    """Return the sieve (see :func:`sieve`) that reads stand-in text."""
    return _cached(_STAND_IN_SIEVES, pattern, _loose_stand_in)


def _loose_stand_in(source: str) -> str | None:
    loose = stand_in_source(source, loose=True)
    return None if loose is None else _without_conditions(loose)

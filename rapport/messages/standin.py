r"""An ASCII stand-in for non-ASCII text, so RE2 can read a message with curly quotes or accents.

RE2's ``\w``, ``\b``, ``\d`` and ``\s`` know only ASCII; Python's know every script. One curly
apostrophe would otherwise send a message to Python's slower engine for every pattern. The
stand-in has one ASCII character for each character of the text, chosen so that every construct
a pattern may use reads it as Python reads the original:

- a letter or number of any script becomes ``_``, a word character to both engines;
- any other space becomes ``\x1c``, a space to both (and to the RE2 twin's spelled-out ``\s``);
- each mark the coach's patterns name (``’``, ``—``, ``€``...) becomes a control code of its own,
  and the pattern is rewritten with the same code;
- any other mark or emoji becomes ``\x01``, which no pattern names.

A pattern gets a stand-in twin only when this is exact for it: it names no ``_``, no letter of
another script and no range through a non-ASCII character. One that names such a letter
("résumé") gets a stand-in sieve, which Python's engine checks. Text with a non-ASCII digit
(``\d`` reads it as a digit), a letter case-insensitive matching folds to ASCII (the Kelvin
sign) or one of the control codes already in it has no stand-in and runs on Python's engine.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Marks the patterns name, each given a code of its own: \x02-\x08, \x0e-\x1b and \x7f.
SYMBOLS = "’‘“”–—€£¥₹₦₱₩₺₴₽₫₪฿🖕🙄😒"
_CODES = "".join(chr(c) for c in (*range(0x02, 0x09), *range(0x0E, 0x1C), 0x7F))
_SYMBOL_CODE = dict(zip(SYMBOLS, _CODES, strict=True))
OTHER = "\x01"  # any other mark, symbol or emoji
LETTER = "_"  # any other letter or number
SPACE = "\x1c"  # any other space
_TAKEN = frozenset(_CODES + OTHER)  # a text that already holds one has no stand-in
# A range through a non-ASCII character ("[à-ÿ]"); not a "-" that a class ends or starts with.
_RANGE_ENDS = re.compile(r"[^\x00-\x7f]-(?!\])|[^\[\^\\]-[^\x00-\x7f]")
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
_NEGATED_CLASS = re.compile(r"(?<!\\)\[\^(?:\\.|[^\]\\])*\]")
# Letters Python's case-insensitive matching folds to ASCII ("K", the Kelvin sign, to "k").
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ and the Kelvin sign
_HIGH_BYTE = re.compile(r"\\x[89a-fA-F]")  # "\xa0" names a non-ASCII character too


def _code(char: str) -> str | None:
    """Return the stand-in for one non-ASCII character (``None``: it has none)."""
    if char in _SYMBOL_CODE:
        return _SYMBOL_CODE[char]
    if char.isdecimal():
        return None  # Python's \d reads it as a digit; "_" is none
    if char.isalnum():
        return LETTER
    if char.isspace():
        return SPACE
    return OTHER


@lru_cache(maxsize=256)
def stand_in(text: str) -> str | None:
    """Return the ASCII stand-in for ``text``, one character for each (``None``: it has none)."""
    table: dict[int, str] = {}
    for char in set(text):
        if char.isascii():
            if char in _TAKEN:
                return None
            continue
        if char in _FOLDS_TO_ASCII:
            return None
        code = _code(char)
        if code is None:
            return None
        table[ord(char)] = code
    return text.translate(table)


def stand_in_source(source: str, loose: bool = False) -> str | None:
    """Return a pattern's source rewritten for stand-in text, or ``None`` when it cannot be.

    The rewrite is exact unless the pattern names a letter of another script ("résumé") or
    ``_``: such a letter can only become ``_``, which any letter's stand-in is, so the rewrite
    then matches wherever the pattern would and maybe elsewhere. That is asked for (``loose``)
    only for a sieve, whose matches Python's engine then checks.
    """
    source = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), source)
    if _RANGE_ENDS.search(source) or _HIGH_BYTE.search(source):
        return None
    named = {c for c in source if not c.isascii() and c not in _SYMBOL_CODE}
    if (named or LETTER in source) and not loose:
        return None  # "é" or "_" would also match any other letter's stand-in
    if not all(c.isalpha() for c in named):
        return None  # a mark given no code of its own
    if any(c in named or c == LETTER for part in _NEGATED_CLASS.findall(source) for c in part):
        return None  # "[^é]" matches "ü", "[^\W_]" matches "é"; on a stand-in neither would
    table = {ord(c): code for c, code in _SYMBOL_CODE.items()} | {ord(c): LETTER for c in named}
    return source.translate(table)

"""Keeping hidden tests out of feedback, however their text got into an output.

A learner's code can copy a hidden test into what the grader shows: an exception message built
from ``get_ipython().user_ns["_ih"]``, a print to stderr, a warning that quotes the line that
raised it. :class:`HiddenText` knows the hidden tests of the course's notebook (the
``### BEGIN HIDDEN TESTS`` blocks) and removes every line of a text that quotes one of them.

Matching ignores everything but letters and digits, so a test line still matches when it comes
back re-quoted, escaped (``repr``, JSON) or re-spaced. String literals inside the tests are not
secret: they are the check labels the course writes into its failure messages on purpose, so
they never cause a match on their own.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass, field

BEGIN, END = "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"
#: Fragments of test code shorter than this (letters and digits) are matched whole, longer ones
#: by any window of this length, so a cut-off copy of a long line is caught too.
WINDOW = 32
MIN_FRAGMENT = 10
REMOVED = "[a line that quotes the hidden tests was removed]"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _code_fragments(code: str) -> list[str]:
    """Return the code of ``code`` split at its string literals (literals and comments out)."""
    pieces, last = [], (1, 0)
    lines = code.splitlines(keepends=True)

    def text_between(start: tuple[int, int], end: tuple[int, int]) -> str:
        if start[0] == end[0]:
            return lines[start[0] - 1][start[1] : end[1]]
        middle = "".join(lines[start[0] : end[0] - 1])
        return lines[start[0] - 1][start[1] :] + middle + lines[end[0] - 1][: end[1]]

    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type in {tokenize.STRING, tokenize.COMMENT} or token.type == getattr(
                tokenize, "FSTRING_START", -1
            ):
                pieces.append(text_between(last, token.start))
                last = token.end if token.type != getattr(tokenize, "FSTRING_START", -1) else last
            elif token.type == getattr(tokenize, "FSTRING_END", -1):
                last = token.end
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return [code]
    pieces.append(text_between(last, (len(lines), len(lines[-1]) if lines else 0)))
    return [line for piece in pieces for line in piece.splitlines()]


def hidden_regions(source: str, begin: str = BEGIN, end: str = END) -> list[str]:
    """Return the hidden-test blocks of a cell source (the lines between the delimiters)."""
    regions: list[str] = []
    current: list[str] | None = None
    for line in source.splitlines():
        if begin in line:
            current = []
        elif end in line and current is not None:
            regions.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    if current is not None:
        regions.append("\n".join(current))
    return regions


@dataclass
class HiddenText:
    """What of a course notebook is hidden, ready to check texts against.

    Parameters
    ----------
    hidden
        The source of every hidden-test block.
    public
        Everything a learner can see (the notebook without its hidden blocks).
    """

    hidden: list[str] = field(default_factory=list)
    public: str = ""
    begin: str = BEGIN
    end: str = END

    def __post_init__(self) -> None:
        public = _squash(self.public)
        self._lines = {  # whole hidden lines, as written (labels included)
            line.strip() for block in self.hidden for line in block.splitlines()
        } - {line.strip() for line in self.public.splitlines()}
        self._lines = {line for line in self._lines if len(_squash(line)) >= 4}
        self._windows: set[str] = set()
        self._short: set[str] = set()
        for block in self.hidden:
            for fragment in map(_squash, _code_fragments(block)):
                if len(fragment) >= WINDOW:
                    self._windows.update(
                        w
                        for i in range(len(fragment) - WINDOW + 1)
                        if (w := fragment[i : i + WINDOW]) not in public
                    )
                elif len(fragment) >= MIN_FRAGMENT and fragment not in public:
                    self._short.add(fragment)
        self._markers = (_squash(self.begin), _squash(self.end))

    def quotes_hidden(self, line: str) -> bool:
        """Whether ``line`` quotes (part of) a hidden test."""
        line = ANSI.sub("", line)
        if line.strip() in self._lines:
            return True
        squashed = _squash(line)
        if any(marker and marker in squashed for marker in self._markers):
            return True
        if any(fragment in squashed for fragment in self._short):
            return True
        return any(
            squashed[i : i + WINDOW] in self._windows
            for i in range(max(0, len(squashed) - WINDOW + 1))
        )

    def redact(self, text: str) -> str:
        """Return ``text`` with every line that quotes a hidden test replaced by a short note."""
        if not text or not (self.hidden or self._markers):
            return text
        kept, dropped = [], False
        for line in text.split("\n"):
            if self.quotes_hidden(line):
                if not dropped:
                    kept.append(REMOVED)
                dropped = True
            else:
                kept.append(line)
                dropped = False
        return "\n".join(kept)

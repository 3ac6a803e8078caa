"""The situation a message is written in: who it is to, the shared history, the writer's goal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from rapport.messages.text import stem

HISTORIES = ("never", "acquaintance", "dormant", "close")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "from",
        "by",
        "about",
        "into",
        "their",
        "they",
        "them",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "new",
        "our",
        "your",
        "my",
        "his",
        "her",
        "its",
        "who",
        "what",
        "how",
        "work",
        "works",
        "working",
        "moving",
        "based",
        "small",
        "large",
        "company",
        "companies",
        "firm",
        "person",
        "people",
        "team",
        "teams",
        "start",
        "starting",
    ]
)


@dataclass(frozen=True)
class Context:
    """What the coach may know besides the text.

    Attributes
    ----------
    recipient_name
        The reader's first name.
    recipient_works_on
        A phrase about what the reader works on, e.g. ``"night-shift handover checklists"``.
    history
        ``never`` (never spoken), ``acquaintance``, ``dormant`` (spoke before, long quiet) or
        ``close``.
    months_since_contact
        Months since the last exchange, when known.
    sender_goal
        What the writer wants from the message.
    kind
        The situation, e.g. ``new-connection-note``, ``reconnect``, ``ask``, ``introduction``.
    """

    recipient_name: str = ""
    recipient_works_on: str = ""
    history: str = "never"
    months_since_contact: int | None = None
    sender_goal: str = ""
    kind: str = ""

    def __post_init__(self) -> None:
        if self.history not in HISTORIES:
            raise ValueError(f"history must be one of {', '.join(HISTORIES)}, not {self.history!r}")
        if self.months_since_contact is not None and self.months_since_contact < 0:
            raise ValueError("months_since_contact cannot be negative")

    @classmethod
    def from_situation(cls, situation: dict[str, Any]) -> Context:
        """Build a context from a corpus entry's ``situation``."""
        return cls(
            recipient_name=situation.get("recipient_name", "") or "",
            recipient_works_on=situation.get("recipient_works_on", "") or "",
            history=situation.get("history", "never") or "never",
            months_since_contact=situation.get("months_since_contact"),
            sender_goal=situation.get("sender_goal", "") or "",
            kind=situation.get("kind", "") or "",
        )

    @property
    def long_gap(self) -> bool:
        """Whether the two have been out of touch long enough that the gap needs saying."""
        months = self.months_since_contact or 0
        return self.history == "dormant" or (self.history != "close" and months >= 9)

    @property
    def work_stems(self) -> list[str]:
        """Stems of the words in ``recipient_works_on``, which a message about their work uses."""
        return list(_work_stems(self.recipient_works_on))


# Initials that spell a word ("mixed engineers" is not "me") are not read as initials.
_WORDS = frozenset({
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it",
    "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
})  # fmt: skip


@cache
def _work_stems(works_on: str) -> tuple[str, ...]:
    words = re.findall(r"[^\W\d_]+", works_on.lower())
    found = {stem(w) for w in words if len(w) >= 4 and w not in STOPWORDS}
    # Two words of their work side by side are often said by their initials: "product
    # management" is "PM", "human resources" "HR", "user experience" "UX".
    found.update(
        stem(a[0] + b[0])
        for a, b in pairwise(words)
        if min(len(a), len(b)) >= 4 and not {a, b} & STOPWORDS and a[0] + b[0] not in _WORDS
    )
    return tuple(sorted(found))

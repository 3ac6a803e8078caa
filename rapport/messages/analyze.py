"""Analyse a message: what it does to the relationship, where, and what to change."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from rapport.messages.context import Context
from rapport.messages.rules import PRINCIPLES, RULES, Rule
from rapport.messages.text import Doc, Span

BASE_SCORE = 50
GOOD_SCORE = 60
MAX_CHARS = 100_000


@dataclass(frozen=True)
class Finding:
    """One rule that applies to the message.

    Attributes
    ----------
    rule_id, principle, kind
        Which rule, the principle it teaches, ``strength`` or ``problem``.
    weight
        Points it adds to (strength) or takes from (problem) the score.
    spans
        ``(start, end)`` offsets of the text it refers to; ``((0, 0),)`` means the whole message.
    explanation, suggestion
        What it means for the relationship, and what to do.
    """

    rule_id: str
    principle: str
    kind: str
    weight: int
    spans: tuple[Span, ...]
    explanation: str
    suggestion: str

    @property
    def whole_message(self) -> bool:
        """Whether the finding is about the message as a whole rather than some words."""
        return self.spans == ((0, 0),)


@dataclass(frozen=True)
class Analysis:
    """The coach's reading of one message."""

    text: str
    score: int
    findings: tuple[Finding, ...]
    word_count: int
    question_count: int

    @property
    def strengths(self) -> list[Finding]:
        """What the message does well."""
        return [f for f in self.findings if f.kind == "strength"]

    @property
    def problems(self) -> list[Finding]:
        """What the message does badly."""
        return [f for f in self.findings if f.kind == "problem"]

    @property
    def anti_patterns(self) -> list[str]:
        """Ids of the anti-patterns found."""
        return [f.rule_id for f in self.problems if f.principle == "anti-pattern"]

    @property
    def verdict(self) -> str:
        """``good`` when the score reaches ``GOOD_SCORE`` and no anti-pattern is present."""
        return "good" if self.score >= GOOD_SCORE and not self.anti_patterns else "needs work"

    @property
    def rule_ids(self) -> set[str]:
        """Ids of every rule that applies."""
        return {f.rule_id for f in self.findings}

    def to_dict(self) -> dict:
        """Return the analysis as plain data (for JSON or a widget)."""
        data = asdict(self)
        data["verdict"] = self.verdict
        data["principles"] = PRINCIPLES
        return data


def analyze(text: str, context: Context | None = None, rules: tuple[Rule, ...] = RULES) -> Analysis:
    """Analyse ``text`` as a message, optionally in a situation.

    Parameters
    ----------
    text
        The message as typed (any script, emoji, markdown or HTML are fine).
    context
        The situation, so the coach can tell whether the message refers to the reader's work,
        acknowledges a long gap, or asks a near-stranger for a favour.
    rules
        The rule table (the default is :data:`rapport.messages.rules.RULES`).

    Returns
    -------
    Analysis
        A score from 0 to 100 and the findings, strengths first.

    Raises
    ------
    ValueError
        When ``text`` is not text, is empty or blank, or is over 100,000 characters.
    """
    if not isinstance(text, str):
        raise ValueError(f"A message is text, not {type(text).__name__}.")
    if not text.strip():
        raise ValueError("The message is empty: write or paste a message to analyse.")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"The message has {len(text):,} characters; the coach reads up to {MAX_CHARS:,}. "
            "A message to one person should be far shorter."
        )
    doc = Doc(text)
    findings = []
    for rule in rules:
        spans = rule.detect(doc, context)
        if spans:
            findings.append(
                Finding(rule.id, rule.principle, rule.kind, rule.weight, tuple(sorted(set(spans))),
                        rule.explanation, rule.suggestion)
            )  # fmt: skip
    findings.sort(key=lambda f: (f.kind != "strength", -f.weight))
    gained = sum(f.weight for f in findings if f.kind == "strength")
    lost = sum(f.weight for f in findings if f.kind == "problem")
    score = max(0, min(100, BASE_SCORE + gained - lost))
    return Analysis(text, score, tuple(findings), doc.word_count, len(doc.questions))

"""Analyse a message: what it does to the relationship, where, and what to change."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from rapport.messages.announcing import NOT_FOR_A_SEARCH, clear_search
from rapport.messages.answering import FIRST_NOTE_ONLY, reads_as_reply
from rapport.messages.context import Context
from rapport.messages.rules import PRINCIPLES, RULES, Rule
from rapport.messages.text import Doc, Span, overlap
from rapport.messages.weights import Weights, load_weights

GOOD_SCORE = 50  # the default good line: more likely than not to be welcomed (fit may move it)
ANTI_PATTERN_CAP = 30  # a message with an anti-pattern never scores above this
MAX_CHARS = 100_000
UNCREDITED = frozenset({"intrusive"})  # words these flag are never also a strength


@dataclass(frozen=True)
class Finding:
    """One rule that applies to the message.

    Attributes
    ----------
    rule_id, principle, kind
        Which rule, the principle it teaches, ``strength`` or ``problem``.
    weight
        How much it moves the odds that the reader welcomes the message (log-odds; fitted):
        above zero for a strength, below for a problem, zero for a note.
    spans
        ``(start, end)`` offsets of the text it refers to; ``((0, 0),)`` means the whole message.
    explanation, suggestion
        What it means for the relationship, and what to do.
    """

    rule_id: str
    principle: str
    kind: str
    weight: float
    spans: tuple[Span, ...]
    explanation: str
    suggestion: str

    @property
    def whole_message(self) -> bool:
        """Whether the finding is about the message as a whole rather than some words."""
        return self.spans == ((0, 0),)


@dataclass(frozen=True)
class Analysis:
    """The coach's reading of one message.

    ``score`` is how likely, out of 100, a thoughtful recipient is to welcome the message: the
    fitted weights of the findings turned into a probability (capped below the good line when an
    anti-pattern is present). ``good_score`` is the line from which it is judged good, chosen by
    cross-validation when the weights were fitted.
    """

    text: str
    score: int
    findings: tuple[Finding, ...]
    word_count: int
    question_count: int
    good_score: int = GOOD_SCORE  # the line a score must reach to be judged good

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
    def notes(self) -> list[Finding]:
        """Advice that does not move the score (such as blanks left in a template)."""
        return [f for f in self.findings if f.kind == "note"]

    @property
    def verdict(self) -> str:
        """``good`` when the score reaches ``good_score`` and no anti-pattern is present."""
        good = self.score >= self.good_score and not self.anti_patterns
        return "good" if good else "needs work"

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


def detect(
    text: str, context: Context | None = None, rules: tuple[Rule, ...] = RULES
) -> list[tuple[Rule, tuple[Span, ...]]]:
    """Return ``(rule, spans)`` for every rule that applies to ``text`` (no scoring).

    Raises
    ------
    ValueError
        When ``text`` is not text, is empty or blank, or is over 100,000 characters.
    """
    return _detect(_read(text), context, rules)


def _read(text: str) -> Doc:
    if not isinstance(text, str):
        raise ValueError(f"A message is text, not {type(text).__name__}.")
    if not text.strip():
        raise ValueError("The message is empty: write or paste a message to analyse.")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"The message has {len(text):,} characters; the coach reads up to {MAX_CHARS:,}. "
            "A message to one person should be far shorter."
        )
    return Doc(text)


def _detect(doc: Doc, context: Context | None, rules: tuple[Rule, ...]):
    found: list[tuple[Rule, tuple[Span, ...]]] = []
    skipped = (FIRST_NOTE_ONLY if reads_as_reply(doc, context) else frozenset()) | (
        NOT_FOR_A_SEARCH if clear_search(doc, context) else frozenset()
    )
    rules = tuple(rule for rule in rules if rule.id not in skipped)
    for rule in rules:
        spans = rule.detect(doc, context)
        if spans:
            found.append((rule, tuple(sorted({_whole_words(doc.text, s) for s in spans}))))
    return _not_credited(found)


def _whole_words(text: str, span: Span) -> Span:
    """Widen a span that starts or ends inside a word or number to all of it.

    Some cues stop after a set number of characters ("an intro" of "an introduction", "€5" of
    "€50,000"); the learner should see whole words.
    """
    a, b = span
    while 0 < a < len(text) and text[a - 1].isalnum() and text[a].isalnum():
        a -= 1
    while 0 < b < len(text) and text[b - 1].isalnum():
        if text[b].isalnum():
            b += 1
        elif text[b] in ",." and text[b - 1].isdigit() and text[b + 1 : b + 2].isdigit():
            b += 2
        else:
            break
    return a, b


def _not_credited(found: list[tuple[Rule, tuple[Span, ...]]]):
    """Drop from the strengths the words a finding says are not the writer's to use.

    Where they run and when, or their home seen in a listing, is flagged as intrusive; the
    same words must not also count as a detail only this reader would recognise.
    """
    taken = [span for rule, spans in found if rule.id in UNCREDITED for span in spans]
    if not taken:
        return found
    kept = []
    for rule, spans in found:
        if rule.kind == "strength":
            spans = tuple(s for s in spans if not any(overlap(s, t) for t in taken))
            if not spans:
                continue
        kept.append((rule, spans))
    return kept


def analyze(
    text: str,
    context: Context | None = None,
    rules: tuple[Rule, ...] = RULES,
    weights: Weights | None = None,
) -> Analysis:
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
    weights
        The weights to score with (the default is the fitted ``coach_weights.json``).

    Returns
    -------
    Analysis
        A score from 0 to 100 (how likely the reader is to welcome it) and the findings,
        strengths first.

    Raises
    ------
    ValueError
        When ``text`` is not text, is empty or blank, or is over 100,000 characters.
    """
    weights = weights or load_weights()
    doc = _read(text)
    found = _detect(doc, context, rules)
    findings = [
        Finding(rule.id, rule.principle, rule.kind, weights.of(rule), spans, rule.explanation,
                rule.suggestion)
        for rule, spans in found
    ]  # fmt: skip
    order = {"strength": 0, "problem": 1, "note": 2}
    findings.sort(key=lambda f: (order.get(f.kind, 3), -abs(f.weight)))
    probability = weights.probability(rule for rule, _ in found)
    if any(rule.anti_pattern for rule, _ in found):
        probability = min(probability, ANTI_PATTERN_CAP / 100)
    score = round(100 * probability)
    return Analysis(
        text, score, tuple(findings), doc.word_count, len(doc.questions), weights.good_score
    )

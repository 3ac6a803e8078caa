"""Grade a learner's rewrite of a bad message, for its situation, and say what is missing.

This is the one grader of rewrites: exercise 03's checks, workbook 03 and the coach widget's
"check this rewrite" button all call :func:`grade_corpus_rewrite`.

A rewrite earns one point for each principle it satisfies *for that situation* (a long silence
needs acknowledging, an introduction needs asking both sides first, an ask needs a size or an easy
way out...). It passes as a whole when it is written for this situation (to this person, owning a
silence, asking before an introduction), the coach judges it good and none of the coach's problem
findings is left standing; any other principle missed costs that principle's point, not the
whole. Before any of that, a rewrite is refused if it cannot be a genuine attempt: too short or
repetitive (keyword stuffing), a list of keywords, a template with its blanks, instructions to
the grader, barely changed from the original, or a near-copy of a published model rewrite (words
swapped or sentences moved included): one written for a different situation, this one's in the
corpus, or exercise 03's model answer. How a copy is recognised is :mod:`rapport.messages.copies`.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapport.messages.analyze import Analysis, analyze
from rapport.messages.context import STOPWORDS, Context
from rapport.messages.copies import UNCHANGED_SIMILARITY, lower_words, near_copy
from rapport.messages.rules import RULES
from rapport.messages.salad import FUNCTION_WORDS
from rapport.messages.text import stem
from rapport.messages.weights import load_weights

MIN_WORDS = 20
CARELESS_ASKS = frozenset(
    {"unsized-ask", "vague-ask", "asks-stranger", "ghost-returns", "ask-too-big"}
)
# The model answers published with exercise 03's solutions (solutions/03-messages), by the
# corpus message they rewrite; a test keeps them equal to the notebook's.
EXERCISE_MODELS: dict[str, str] = {
    "c-vague-pick-your-brain": (
        "Hi Nadia, thanks for accepting. I coordinate bookings for a small tour operator and I am "
        "trying to move into product work; your talk on how your travel app tests new features with"
        " real travellers was the most practical thing I found. Could I ask you two specific "
        "questions by message: which skill you would build first in my place, and whether a "
        "portfolio matters more than a course? No worries at all if this is a busy month. What are "
        "you working on at the moment?"
    ),
    "c-ghost-new-in-toronto": (
        "Hi Ahmad, we connected well over a year ago and I never wrote, so hello properly. I have "
        "just moved to Toronto after six years running the help desk for a hospital network, and I "
        "am finding my feet in the job market. Since you recruit for IT teams here, may I ask one "
        "question: what do local employers look for first on a support technician's CV? It is "
        "completely fine if you do not have time. I would also be glad to hear what kinds of roles "
        "are keeping you busy this season."
    ),
}


# Strengths any note to one person can show, offered as what would lift a low score (the others
# belong to a kind of message or a history: a reply, a follow-up, a template, an introduction,
# where the two met).
LIFTS = (
    "concrete",
    "their-details",
    "specific",
    "references-their-work",
    "says-what-i-do",
    "offers-help",
    "thanks",
)
MAX_LIFTS = 3
# The principles that make a note a rewrite for this situation at all: to this person, owning
# the silence, asking both sides before an introduction. The whole does not pass without them.
WHOLE = ("to-them", "acknowledges-gap", "double-opt-in")
# What shows interest in the reader: a question about them, their work named, or a detail of
# theirs (a talk, a place, a piece of their work) said to them. Learners name the reader's
# things in more ways than the first two detectors know ("your article on tight transfers"),
# and the detail detectors, which read any rare thing said to the reader, catch many of them.
INTEREST = ("asks-about-them", "references-their-work", "their-details", "specific")


@dataclass(frozen=True)
class Criterion:
    """One principle the rewrite should satisfy in its situation."""

    id: str
    description: str
    met: bool
    hint: str


@dataclass(frozen=True)
class RewriteGrade:
    """The outcome of grading one rewrite."""

    criteria: tuple[Criterion, ...]
    analysis: Analysis | None
    refused: str | None = None

    @property
    def points(self) -> int:
        """Principles satisfied (0 when refused)."""
        return 0 if self.refused else sum(c.met for c in self.criteria)

    @property
    def max_points(self) -> int:
        """Principles that apply to this situation."""
        return len(self.criteria)

    @property
    def passed(self) -> bool:
        """Whether it passes as a whole: written for this situation, judged good, nothing to fix.

        A rewrite's job is to fix the message, so a problem left standing (a vague ask, a
        generic line, a row of emoji) fails it even when the strengths lift the score over the
        good line, and so does a note that is not for this situation at all (:data:`WHOLE`). Any
        other principle missed costs its own point, not this one as well: honest learners name
        the reader's work in more ways than any check knows, and on fresh batches of learners'
        rewrites the principle a good rewrite most often "misses" is showing interest, as often
        as a bad rewrite does.
        """
        if self.refused or self.analysis is None:
            return False
        if not all(c.met for c in self.criteria if c.id in WHOLE):
            return False
        return self.analysis.verdict == "good" and not self.analysis.problems

    @property
    def lifts(self) -> tuple[str, ...]:
        """What would lift a score under the good line, most first (none once it is good).

        The suggestions of the strengths the rewrite lacks that weigh most in the fitted
        weights, at most :data:`MAX_LIFTS`: with no problem left, a low score would otherwise leave
        the learner little to act on.
        """
        if self.refused or self.analysis is None or self.analysis.verdict == "good":
            return ()
        weights, fired = load_weights(), self.analysis.rule_ids
        lacking = [r for r in RULES if r.id in LIFTS and r.id not in fired and weights.of(r) > 0]
        lacking.sort(key=lambda rule: -weights.of(rule))
        return tuple(rule.suggestion for rule in lacking[:MAX_LIFTS])

    def hints(self, *criterion_ids: str) -> str:
        """Return the hints of those of ``criterion_ids`` not met, in order ("" if all are)."""
        return " ".join(c.hint for c in self.criteria if c.id in criterion_ids and not c.met)

    def met(self, criterion_id: str) -> bool:
        """Whether one criterion is met (False when refused)."""
        return not self.refused and any(c.met for c in self.criteria if c.id == criterion_id)

    def feedback(self) -> str:
        """Return a few plain lines for the learner: what works and what is missing.

        Lines are wrapped at :data:`FEEDBACK_WIDTH` between words (a notebook's output area
        breaks a long line wherever it runs out of room, mid-word included), and a hint sits on
        its own line under what it is a hint for.
        """
        if self.refused:
            return _wrap(f"Not graded: {self.refused}")
        lines = [f"{self.points} of {self.max_points} principles met; coach score "
                 f"{self.analysis.score if self.analysis else 0}/100."]  # fmt: skip
        for c in self.criteria:
            lines.append(f"{'✓' if c.met else '✗'} {c.description}")
            if not c.met:
                lines.append(f"  → {c.hint}")
        if self.analysis is not None:
            for finding in self.analysis.problems:
                lines.append(f"• {finding.explanation} {finding.suggestion}")
        if self.lifts and self.analysis is not None:
            lines.append(
                f"The coach's score is under its good line ({self.analysis.good_score}). "
                "What would lift it most:"
            )
            lines += [f"+ {suggestion}" for suggestion in self.lifts]
        return "\n".join(_wrap(line) for line in lines)


FEEDBACK_WIDTH = 88


def _wrap(line: str) -> str:
    """Wrap one feedback line between words, continuing under its text ("✗ ", "  → ")."""
    indent = " " * (len(line) - len(line.lstrip(" ")) + 2)
    return textwrap.fill(line, FEEDBACK_WIDTH, subsequent_indent=indent, break_long_words=False)


# nbgrader's markers around a solution, which the solutions notebook's answer still has.
_SOLUTION_MARKERS = re.compile(r"^[ \t]*### (?:BEGIN|END) SOLUTION[ \t]*$", re.MULTILINE)
# The stub nbgrader leaves in the released answer cell, inside the quotes: a learner who types
# under it, rather than over it, has not written those two lines to the reader.
_STUB = re.compile(r"^[ \t]*(?:# YOUR CODE HERE|raise NotImplementedError\(\))[ \t]*$", re.M)
NOT_WRITTEN = (
    "it is not written yet: replace the two lines '# YOUR CODE HERE' and "
    "'raise NotImplementedError()' between the triple quotes with your rewrite."
)


def _same(text: str, key: str) -> bool:
    """Whether ``text`` is ``key`` word for word (ignoring nbgrader's solution markers)."""
    return _SOLUTION_MARKERS.sub("", text).split() == key.split()


def refusal(
    text: str,
    original: str = "",
    others: Iterable[str] = (),
    own_model: str | Iterable[str] = "",
) -> str | None:
    """Return why a rewrite cannot be graded, or ``None`` when it can.

    ``own_model`` is this situation's model rewrite, or several: a copy of one, or a near-copy
    (a few words changed), is refused.
    """
    words = lower_words(text)
    if len(words) < MIN_WORDS:
        return f"write at least {MIN_WORDS} words: a real note, not a list of phrases."
    # "you" five times in a hundred words is a letter to someone, not padding: count only
    # the words that carry content.
    content = [w for w in words if w not in STOPWORDS and w not in FUNCTION_WORDS and len(w) > 2]
    counts = Counter(content)
    if len(set(words)) / len(words) < 0.45 or (counts and counts.most_common(1)[0][1] > 4):
        return "the text repeats the same words; write it as you would to a person."
    if original and near_copy(text, original, UNCHANGED_SIMILARITY, UNCHANGED_SIMILARITY):
        return "it is almost the same as the original; change what the message does, not a word."
    models = [own_model] if isinstance(own_model, str) else list(own_model)
    if any(m and near_copy(text, m) for m in models):
        return "it is a near-copy of a published model rewrite; write it in your own words."
    if any(near_copy(text, other) for other in others):
        return "it is a model rewrite written for a different situation; write for this one."
    return None


def _unreadable(analysis: Analysis) -> str | None:
    """Why the coach's reading says this is not a message to a person yet, or ``None``."""
    if "to-grader" in analysis.rule_ids:
        return "it gives instructions to the grader; write only what the reader should read."
    if "word-salad" in analysis.rule_ids:
        return "it reads as a list of keywords; write whole sentences, as you would to a person."
    if analysis.rule_ids & {"placeholder", "unfilled-blank"}:
        return "it still has blanks from a template ([Name], ____); fill each one in."
    return None


Check = Callable[[Analysis, Context, str], bool]


def _rules(*ids: str) -> Check:
    return lambda analysis, context, text: bool(analysis.rule_ids & set(ids))


def _to_them(analysis: Analysis, context: Context, text: str) -> bool:
    name = context.recipient_name.strip()
    named = bool(name) and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None
    stems = {stem(word) for word in lower_words(text)}
    return named or len(stems.intersection(context.work_stems)) >= 2


def criteria_for(context: Context) -> list[tuple[str, str, Check, str]]:
    """List the principles for a situation: ``(id, description, check, hint)``."""
    asks = context.kind in {"ask", "reconnect", "pitch"} or re.search(
        r"\b(?:advice|help|intro|referr|job|role|review|feedback|promot|invest|sign|sell)",
        context.sender_goal.lower(),
    )
    found = [
        ("interest", "Shows interest in them: names their work or something of theirs, or asks "
         "about it.", _rules(*INTEREST),
         "Mention what they actually work on, or ask one real question about it."),
        ("to-them", "Written to this person: their name, or what they work on.", _to_them,
         "Use their name and mention their actual work."),
        ("no-anti-pattern", "Free of the anti-patterns (pitch, vague ask, blind intro...).",
         lambda a, c, t: not a.anti_patterns, "Remove the habit the coach flags below."),
    ]  # fmt: skip
    if asks:
        found.append(("honest-ask", "Any ask is small, specific or easy to decline.",
                      lambda a, c, t: not a.rule_ids & CARELESS_ASKS,
                      "Give it a size ('15 minutes', 'one question') or a way out."))  # fmt: skip
    if context.long_gap:
        found.append(("acknowledges-gap", "Acknowledges the long silence.",
                      _rules("acknowledges-gap"), "Add an honest line about the gap."))  # fmt: skip
    if context.kind == "introduction":
        found.append(("double-opt-in", "Asks before introducing.", _rules("double-opt-in"),
                      "Ask each person first whether they would like to meet."))  # fmt: skip
    if context.kind in {"pitch", "new-connection-note", "follow-up"}:
        found.append(("gives", "Gives or shares something: your work, help, a useful link.",
                      _rules("offers-help", "says-what-i-do"),
                      "Say what you work on, or offer something useful."))  # fmt: skip
    return found


def _refused(context: Context, reason: str, analysis: Analysis | None = None) -> RewriteGrade:
    """Return a refused grade: every principle of the situation listed as not met, and why."""
    criteria = criteria_for(context)
    missing = tuple(Criterion(cid, desc, False, hint) for cid, desc, _, hint in criteria)
    return RewriteGrade(missing, analysis, reason)


def grade_rewrite(
    text: str,
    context: Context,
    original: str = "",
    others: Iterable[str] = (),
    own_model: str | Iterable[str] = "",
) -> RewriteGrade:
    """Grade a rewrite for its situation.

    Parameters
    ----------
    text
        The learner's rewrite.
    context
        The situation it is written for.
    original
        The bad message it rewrites (a rewrite must change it substantially).
    others
        Model rewrites for other situations (a copy of one is refused).
    own_model
        This situation's model rewrite, or several (a near-copy of one is refused too).

    Returns
    -------
    RewriteGrade
    """
    if not isinstance(text, str):
        raise ValueError(f"A rewrite is text, not {type(text).__name__}.")
    criteria = criteria_for(context)
    reason = refusal(text, original, others, own_model)
    if reason and len(lower_words(text)) < MIN_WORDS:
        return _refused(context, reason)
    analysis = analyze(text, context)
    # Words to the grader, a keyword list or blanks say more than "a copy" when both hold.
    unreadable = _unreadable(analysis)
    if unreadable:
        return _refused(context, unreadable, analysis)
    if reason:
        return _refused(context, reason)
    graded = tuple(
        Criterion(cid, description, bool(check(analysis, context, text)), hint)
        for cid, description, check, hint in criteria
    )
    return RewriteGrade(graded, analysis)


def not_text(text: object) -> str | None:
    """Say what to fix when an answer is not text (a comma after the quotes makes a tuple)."""
    if isinstance(text, str):
        return None
    if isinstance(text, tuple) and len(text) == 1 and isinstance(text[0], str):
        return "a comma after the closing quotes makes it a tuple, not text: remove that comma."
    return f"a rewrite is text between triple quotes, not {type(text).__name__}."


def grade_corpus_rewrite(sample_id: str, text: str) -> RewriteGrade:
    """Grade a rewrite of a corpus message, refusing copies of any model rewrite.

    An answer that is not text, or still only nbgrader's stub, is refused with what to do.
    """
    from rapport.messages.corpus import load_samples

    samples = {s.id: s for s in load_samples("corpus")}
    if sample_id not in samples:
        raise ValueError(f"No corpus message {sample_id!r}.")
    sample = samples[sample_id]
    assert sample.context is not None, "every corpus message has a situation"
    wrong = not_text(text)
    if wrong:
        return _refused(sample.context, wrong)
    text = _STUB.sub("", text)
    if not text.strip():
        return _refused(sample.context, NOT_WRITTEN)
    others = [s.rewrite for s in samples.values() if s.rewrite and s.id != sample_id]
    others += [model for sid, model in EXERCISE_MODELS.items() if sid != sample_id]
    # Exercise 03's model answer, word for word, is graded rather than refused: it is the
    # exercise's key, which nbgrader checks the solutions with. A near-copy of it is refused.
    key = EXERCISE_MODELS.get(sample_id, "")
    own = [m for m in (sample.rewrite, key) if m and not (m == key and _same(text, key))]
    return grade_rewrite(text, sample.context, sample.text, others, own)

"""The coach's fast path gives exactly what Python's ``re`` and textstat give."""

import re

import pytest
import textstat

from rapport.messages import (
    asks,
    contempt,
    costs,
    cues,
    details,
    detectors,
    gaming,
    patterns,
    selling,
)
from rapport.messages.corpus import ALL_SETS, TUNING_SETS, load_samples
from rapport.messages.fastre import PatternTable, finditer_spans, search, sieve, twin
from rapport.messages.patterns import TRIGGERS
from rapport.messages.text import LINK, Doc, _runnable

PATTERNS = [
    value
    for module in (patterns, selling, cues, costs, contempt, detectors, asks, gaming, details)
    for value in vars(module).values()
    if isinstance(value, re.Pattern)
] + [LINK]
TEXTS = sorted({s.text for which in ALL_SETS for s in load_samples(which) if s.text.strip()})


def test_the_pattern_table_keys_patterns_by_identity_and_keeps_them():
    table: PatternTable[int] = PatternTable()
    table[selling.PITCH] = 1
    table[costs.HUGE_ASK] = 2
    assert (table[selling.PITCH], table.get(costs.HUGE_ASK), table.get(cues.SPECIFIC, 0)) == (
        1,
        2,
        0,
    )
    assert selling.PITCH in table
    assert cues.SPECIFIC not in table
    assert list(table) == [selling.PITCH, costs.HUGE_ASK]
    assert len(table) == 2
    del table[costs.HUGE_ASK]
    assert list(table) == [selling.PITCH]
    passing = re.compile("a pattern made for this test only")
    table[passing] = 3
    del passing  # the table holds it, so no later pattern can take its id
    assert [p.pattern for p in table][-1] == "a pattern made for this test only"


def test_the_hot_patterns_run_on_re2():
    for pattern in (patterns.ASK, selling.PITCH, cues.SPECIFIC, costs.HUGE_ASK, LINK):
        assert twin(pattern) is not None
    # RE2 has no lookarounds or back-references: those stay on Python's engine.
    assert twin(cues.NAMED_PLACE) is None
    assert twin(gaming._DOUBLED) is None


def test_a_pattern_without_a_twin_is_sieved_by_re2_without_its_lookarounds():
    lookaround = re.compile(r"(?<=[a-z] )(?:at|in) (?!the\b)[\w(]+\)?$")
    assert twin(lookaround) is None
    loose = sieve(lookaround)
    assert loose is not None
    assert loose.search(b"met in town") is not None  # may match: Python's engine decides
    assert finditer_spans(lookaround, "met in town") == [(4, 11)]
    assert finditer_spans(lookaround, "met in the town") == []
    assert loose.search(b"nothing here") is None  # cannot match: Python's engine never runs
    assert search(lookaround, "nothing here") is False
    # back-references cannot be taken out: such a pattern runs on Python's engine alone
    assert sieve(gaming._DOUBLED) is None
    sieved = [p for p in PATTERNS if twin(p) is None and sieve(p) is not None]
    assert cues.NAMED_PLACE in sieved
    assert len(sieved) >= 10


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_re2_finds_the_same_spans_as_python_on_every_labelled_message(pattern):
    assert len(TEXTS) > 300
    for text in TEXTS:
        doc = Doc(text)
        pieces = [(text, doc.lower)] + [(s.text, s.lower) for s in doc.sentences]
        for piece, lower in pieces:
            compiled, runnable = _runnable(pattern, piece, lower)
            expected = [m.span() for m in compiled.finditer(runnable)]
            assert finditer_spans(compiled, runnable) == expected, (pattern.pattern, piece)
            assert search(compiled, runnable) is bool(expected)


def test_non_ascii_text_runs_on_python_and_agrees():
    text = "Loved your talk on résumés at the Café Müller meetup; could you share the slides?"
    for pattern in PATTERNS:
        compiled, runnable = _runnable(pattern, text, text.lower())
        assert finditer_spans(compiled, runnable) == [m.span() for m in compiled.finditer(runnable)]


def test_reading_ease_is_textstats_on_every_labelled_message():
    for text in TEXTS:
        doc = Doc(text)  # read on the writer's own words: answered quoted lines are blanked
        assert doc.reading_ease == pytest.approx(
            textstat.flesch_reading_ease(doc.text), abs=1e-9
        ), text
    quoted = "> could you cover my clinic?\n\nyep, all good."
    assert Doc(quoted).text == " " * len("> could you cover my clinic?") + "\n\nyep, all good."


@pytest.mark.parametrize("pattern", list(TRIGGERS), ids=lambda p: p.pattern[:30])
def test_every_match_of_a_pattern_with_triggers_holds_one_of_its_trigger_words(pattern):
    # A message with none of the trigger words is never searched, so a match without one
    # would be missed. Checked on the tuning sets and on a few texts of our own.
    own = [
        "Use code SPRING24 for 15% off, link in bio, or DM me; register here: bit.ly/x.",
        "Your talk was amazing, brilliant and the best session on rotas ever.",
        "I admire your work and your career; we met at the open day after the meet-up.",
    ]
    texts = [s.text for which in TUNING_SETS for s in load_samples(which)] + own
    for text in texts:
        doc = Doc(text)
        for a, b in finditer_spans(*_runnable(pattern, text, doc.lower)):
            words = set(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", doc.lower[a:b]))
            assert words & TRIGGERS[pattern], (pattern.pattern[:40], text[a:b])

"""The coach's fast path gives exactly what Python's ``re`` and textstat give."""

import importlib
import pkgutil
import re

import pytest
import textstat

import rapport.messages
from rapport.messages import cues, huge, patterns, salad, selling
from rapport.messages.corpus import ALL_SETS, TUNING_SETS, load_samples
from rapport.messages.fastre import (
    PatternTable,
    Prefilter,
    _stand_in_sieve,
    _stand_in_twin,
    finditer_spans,
    search,
    sieve,
    twin,
)
from rapport.messages.patterns import CASELESS, TRIGGERS
from rapport.messages.standin import stand_in
from rapport.messages.text import _PREFILTER, LINK, Doc, _runnable


def _every_pattern() -> list[re.Pattern[str]]:
    """Every compiled pattern in the coach's modules (each once), but the engine's own."""
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(rapport.messages.__path__):
        if info.name in {"fastre", "standin"}:
            continue  # patterns that read pattern syntax, not messages
        module = importlib.import_module(f"rapport.messages.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found[id(value)] = value
    return list(found.values())


PATTERNS = _every_pattern()
TEXTS = sorted({s.text for which in ALL_SETS for s in load_samples(which) if s.text.strip()})


def test_the_pattern_table_keys_patterns_by_identity_and_keeps_them():
    table: PatternTable[int] = PatternTable()
    table[selling.PITCH] = 1
    table[huge.HUGE_ASK] = 2
    assert (table[selling.PITCH], table.get(huge.HUGE_ASK), table.get(cues.SPECIFIC, 0)) == (
        1,
        2,
        0,
    )
    assert selling.PITCH in table
    assert cues.SPECIFIC not in table
    assert list(table) == [selling.PITCH, huge.HUGE_ASK]
    assert len(table) == 2
    del table[huge.HUGE_ASK]
    assert list(table) == [selling.PITCH]
    passing = re.compile("a pattern made for this test only")
    table[passing] = 3
    del passing  # the table holds it, so no later pattern can take its id
    assert [p.pattern for p in table][-1] == "a pattern made for this test only"


def test_the_hot_patterns_run_on_re2():
    for pattern in (patterns.ASK, selling.PITCH, cues.SPECIFIC, huge.HUGE_ASK, LINK):
        assert twin(pattern) is not None
    # RE2 has no lookarounds or back-references: those stay on Python's engine.
    assert twin(cues.NAMED_PLACE) is None
    assert twin(salad._DOUBLED) is None


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
    assert sieve(salad._DOUBLED) is None
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


# Text that tests the stand-in: accents, curly quotes, dashes, currency, emoji, a combining
# accent, other spaces, numbers of other scripts, letters that fold to ASCII, control codes.
AWKWARD = [
    "Loved your talk on résumés at the Café Müller meetup; could you share the slides?",
    "It’s been ages — I’d love to hear how the “new” depot is going 🙂 (no pressure)",
    "We’re raising €250,000 and ₹1,20,000 for the co-op; could you invest £5k by Friday?",
    "Zoë, you idiot—nobody would notice if you signed it as Ms Ñúñez.",
    "Cafe\u0301 owner here: e\u0301lite pastry, 10\u00a0minutes of your time?",
    "Line one\u2028line two\u00a0with\u2009thin spaces\u3000and more",
    "Room ٣ or room ³? Either way, could you send me every contact you have?",
    "Işık and KEVIN (with a Kelvin sign: \u212a) met in İzmir; ſo long!",
    "A bell\x07 and a separator\x1c in a note: just use my login, nobody checks.",
    "_under_scores_ and 👩🏽‍🔧 emoji rows 🎉🎉🎉 with a [Name] blank and {first_name}",
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_non_ascii_text_agrees_with_python_through_its_stand_in(text):
    doc = Doc(text)
    for pattern in PATTERNS:
        for piece, lower in [(text, doc.lower)] + [(s.text, s.lower) for s in doc.sentences]:
            compiled, runnable = _runnable(pattern, piece, lower)
            expected = [m.span() for m in compiled.finditer(runnable)]
            assert finditer_spans(compiled, runnable) == expected, (pattern.pattern[:40], piece)
            assert search(compiled, runnable) is bool(expected)


# Constructs the stand-in must read as Python does, beyond those the coach uses today.
CONSTRUCTS = [
    r"\s\w+",
    r"\b\w+\b",
    r"\w\W\w",
    r"caf[^é]",
    r"caf[eé]\b",
    r"r[eé]sum[eé]s?",
    r"\d+",
    r"(?i)\bk\w*",
    r"(?i)[a-z]+ [a-z]+",
    r"[’']s\b",
    r"[^\s\w]+",
    r"(?<=\s)\w+(?!\w)",
    r"\S+\s\S+",
    r".\b.",
    r"[—–-]\s",
    r"[^a-z ]",
    r"^\w",
    r"\B\w\B",
    r"[^\W_]+",
    r"\w+_\w+|pain_point",
    r"[\w'’-]+",
    r"[^\W\d_]+ caf[eé]",
    r"[à-ÿ]+",
    r"[\u2018-\u201d]\w",
]


@pytest.mark.parametrize("source", CONSTRUCTS)
def test_each_construct_reads_stand_in_text_as_python_reads_the_text(source):
    pattern = re.compile(source)
    for text in [
        *AWKWARD,
        "cafü! café cafe",
        "résumé rèsumè resume",
        "İi ıI ſs Kk",
        "pain_point é_ü",
    ]:
        for start in range(len(text)):
            piece = text[start:]
            expected = [m.span() for m in pattern.finditer(piece)]
            assert finditer_spans(pattern, piece) == expected, (source, piece)


def test_the_stand_in_keeps_each_character_in_place_and_gives_up_where_it_cannot_be_exact():
    text = "It’s Zoë — “hi”\u00a0🙂"
    standing = stand_in(text)
    assert standing is not None
    assert standing.isascii()
    assert len(standing) == len(text)
    assert len({standing[2], standing[9], standing[11], standing[14]}) == 4  # ’ — “ ”, each its own
    assert standing[5:8] == "Zo_"  # a letter of any script is a word character
    assert standing[15] == "\x1c"  # a space of any kind is a space
    assert standing[16] == "\x01"  # an emoji no pattern names
    for text in ("room ٣", "KELVIN \u212a", "a bell \x07 here"):
        assert stand_in(text) is None  # a digit to \d, a fold to "k", a code already taken
    # the hot patterns read stand-in text on RE2: exactly, or sieved where they name "é"
    assert _stand_in_twin(patterns.ASK) is not None
    assert _stand_in_twin(cues.SPECIFIC) is not None
    assert _stand_in_twin(selling.PITCH) is None
    assert _stand_in_sieve(selling.PITCH) is not None


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


def test_a_pattern_the_prefilter_rules_out_matches_nowhere_on_every_labelled_message():
    # One pass of RE2's Set says which lower-case patterns may match; a message is searched
    # only for those. Ruling out a pattern that does match would lose a finding.
    lower_case = list(CASELESS)
    ruled_out = 0
    for text in TEXTS:
        doc = Doc(text)
        if not doc.ascii:
            continue
        may_match = _PREFILTER.may_match(doc.lower.encode("ascii"))
        for pattern in lower_case:
            if not may_match(pattern):
                ruled_out += 1
                assert not pattern.search(doc.lower), (pattern.pattern[:40], text)
    assert ruled_out > len(TEXTS) * len(lower_case) // 2  # it does rule most out


def test_the_prefilter_reads_sieves_and_lets_patterns_it_was_not_given_run():
    given = re.compile(r"\bswap (?:shifts?|rotas?)\b")
    lookaround = re.compile(r"(?<=[a-z] )(?:at|in) (?!the\b)[\w(]+\)?$")
    other = re.compile(r"\bnever given\b")
    prefilter = Prefilter(lambda: [given, lookaround])
    may_match = prefilter.may_match(b"could we swap shifts on friday?")
    assert may_match(given)
    assert not may_match(lookaround)
    assert may_match(other)  # not given: it runs as before
    may_match = prefilter.may_match(b"we met in town")
    assert may_match(lookaround)  # its sieve may match
    assert not may_match(given)

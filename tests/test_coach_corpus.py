"""The labelled message sets: well formed, and the coach agrees with them."""

import pytest

from rapport.messages import CATEGORIES, analyze, classify_reply
from rapport.messages.corpus import SETS, agreement, coach_judgement, load_samples

ANTI_PATTERNS = {
    "non-answer", "boilerplate-plug", "connect-then-pitch", "list-owner-pitch", "borrowed-name",
    "ghost-returns", "vague-ask", "blind-introduction",
}  # fmt: skip


@pytest.mark.parametrize("which", sorted(SETS))
def test_every_set_is_well_formed(which):
    samples = load_samples(which)
    assert len(samples) >= 40
    assert len({s.id for s in samples}) == len(samples)
    for s in samples:
        assert s.label in {"good", "bad"}
        if s.kind == "reply":
            assert s.category in CATEGORIES
            assert (s.text == "") == (s.category == "silence")
        else:
            assert s.category == "good" or s.category in ANTI_PATTERNS


def test_ids_are_unique_across_sets():
    ids = [s.id for which in SETS for s in load_samples(which)]
    assert len(ids) == len(set(ids))


def test_corpus_covers_every_anti_pattern_twice_and_every_reply_category():
    samples = load_samples("corpus")
    outreach = [s.category for s in samples if s.kind == "outreach"]
    for name in ANTI_PATTERNS:
        assert outreach.count(name) >= 2, name
    replies = [s.category for s in samples if s.kind == "reply"]
    assert all(replies.count(c) >= 4 for c in CATEGORIES)
    assert sum(1 for s in samples if "hard" in s.id) >= 4


def test_every_bad_corpus_message_has_a_rewrite_the_coach_judges_good():
    for s in load_samples("corpus"):
        if s.label == "bad":
            assert s.rewrite, s.id
            if s.kind == "outreach":
                assert analyze(s.rewrite, s.context).verdict == "good", s.id
            else:
                assert classify_reply(s.rewrite, s.context).good, s.id


@pytest.mark.parametrize("which", ["corpus", "dev"])
def test_the_coach_agrees_with_the_sets_it_was_tuned_on(which):
    result = agreement(load_samples(which))
    assert result["judgement"] >= 0.95, result["misses"]
    assert result["replies"] >= 0.95, result["misses"]


def test_the_coach_generalises_to_the_held_out_set():
    """A floor against regressions; the measured figures are printed by benchmarks/eval_coach.py."""
    result = agreement(load_samples("held-out"))
    assert result["judgement"] >= 0.75, result["misses"]
    assert result["replies"] >= 0.75, result["misses"]


def test_a_bad_message_is_judged_bad_and_its_rewrite_good():
    sample = next(s for s in load_samples("corpus") if s.category == "vague-ask")
    assert coach_judgement(sample) == "bad"
    assert analyze(sample.rewrite, sample.context).verdict == "good"


def test_unknown_set_names_are_refused():
    with pytest.raises(ValueError, match="Choose one of"):
        load_samples("everything")

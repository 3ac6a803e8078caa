"""Rewrite grading rewards genuine rewrites and refuses gamed ones."""

import pytest

from rapport.messages.copies import similarity
from rapport.messages.corpus import load_samples
from rapport.messages.rewrites import grade_corpus_rewrite, grade_rewrite

SAMPLES = {s.id: s for s in load_samples("corpus")}
VAGUE = SAMPLES["c-vague-pick-your-brain"]
GHOST = SAMPLES["c-ghost-new-in-toronto"]

# Written for these tests, not copied from the model rewrites.
OWN_VAGUE_REWRITE = (
    "Hi {name}, I'm a junior analyst moving into supply-chain planning, and your post about "
    "{work} was the clearest thing I've read on it. Could I ask you two specific questions by "
    "message: which forecasting tool you would learn first, and whether a certificate matters? "
    "No worries at all if you're too busy. What are you focused on this quarter?"
)


def own_vague_rewrite() -> str:
    return OWN_VAGUE_REWRITE.format(
        name=VAGUE.context.recipient_name, work=VAGUE.context.recipient_works_on
    )


@pytest.mark.parametrize(
    "sample",
    [s for s in SAMPLES.values() if s.label == "bad" and s.kind == "outreach"],
    ids=lambda s: s.id,
)
def test_every_model_rewrite_passes_for_its_own_situation(sample):
    grade = grade_rewrite(sample.rewrite, sample.context, sample.text)
    assert grade.passed, grade.feedback()
    assert grade.points == grade.max_points


def test_a_genuine_rewrite_in_the_learners_own_words_passes():
    grade = grade_corpus_rewrite(VAGUE.id, own_vague_rewrite())
    assert grade.refused is None
    assert grade.passed, grade.feedback()
    assert "✓ Shows interest in them" in grade.feedback()


def test_a_piece_of_the_readers_work_named_in_the_learners_own_way_shows_interest():
    # Learners name the reader's things in more ways than "your post about...": a write-up of
    # a pilot with its place and what it did is a detail of hers, said to her.
    text = (
        "Hello Nadia, I run the night desk at a ferry terminal in Split and I want to move into "
        "product work. Your write-up of the Dubrovnik pilot, where the app rebooked missed ferries "
        "automatically, is why I picked you. Could you tell me, in a line or two, which skill you "
        "would learn first in my place? If you are busy, no reply is needed. Thank you, Marko"
    )
    grade = grade_corpus_rewrite(VAGUE.id, text)
    assert grade.met("interest"), grade.feedback()
    assert grade.passed, grade.feedback()
    # Near miss: rare places that belong to the writer's own job say nothing of hers.
    own = (
        "Hello Nadia, I run the night desk at a ferry terminal in Split, where the Dubrovnik boats "
        "leave at dawn, and I want to move into product work. Could you tell me, in a line or two, "
        "which skill you would learn first in my place? If you are busy, no reply is needed. "
        "Thank you, Marko"
    )
    grade = grade_corpus_rewrite(VAGUE.id, own)
    assert not grade.met("interest")
    assert not grade.passed
    assert "✗ Shows interest in them" in grade.feedback()


def test_a_reconnection_that_names_the_writers_own_deck_and_asks_about_their_side_passes():
    # Found by a learner in the browser: "our pitch deck" read as a pitch and "the investing
    # side" as a request for money, in a rewrite that sells nothing and asks for nothing.
    text = (
        "Hi Sofia, it's been nearly three years since we shared a desk at the Lisbon accelerator, "
        "and I'm sorry I went quiet after you left for Index. I saw your piece on why you passed "
        "on climate hardware deals and it made me rethink our pitch deck. We're building battery "
        "monitoring for small ferries now. How are you finding life on the investing side?"
    )
    grade = grade_corpus_rewrite("c-ghost-seed-round", text)
    assert grade.passed, grade.feedback()
    # Near miss: the same note that then asks her to invest does not pass.
    asks = text + " Would you consider an investment in our round?"
    assert not grade_corpus_rewrite("c-ghost-seed-round", asks).passed


def test_keyword_stuffing_does_not_pass():
    for stuffed in (
        "how can I help? you you you?",
        "How can I help you? You you you? Your work your work your work, you, you, you. "
        "Thanks! How can I help? What are you working on? Happy to help you, you, you.",
    ):
        grade = grade_corpus_rewrite(VAGUE.id, stuffed)
        assert not grade.passed
        assert grade.points == 0
        assert grade.refused


def test_pasting_the_model_rewrite_of_a_different_situation_does_not_pass():
    grade = grade_corpus_rewrite(VAGUE.id, GHOST.rewrite)
    assert not grade.passed
    assert "different situation" in grade.refused
    # Even graded on its merits alone it would not fit: it is written to someone else.
    unguarded = grade_rewrite(GHOST.rewrite, VAGUE.context)
    assert not unguarded.met("to-them")
    assert not unguarded.passed


def test_copying_this_situations_model_rewrite_is_refused_in_the_exercise():
    grade = grade_corpus_rewrite(VAGUE.id, VAGUE.rewrite)
    assert "own words" in grade.refused


def test_a_barely_changed_original_is_refused():
    grade = grade_corpus_rewrite(VAGUE.id, VAGUE.text.replace("Hi", "Hello"))
    assert grade.refused
    assert not grade.passed


def test_a_rewrite_that_keeps_the_anti_pattern_loses_that_point_and_fails():
    text = (
        f"Hi {VAGUE.context.recipient_name}, I'm an analyst in logistics and I admire your work "
        f"on {VAGUE.context.recipient_works_on}. We should definitely grab coffee sometime so I "
        "can pick your brain about the field. What are you working on these days?"
    )
    grade = grade_corpus_rewrite(VAGUE.id, text)
    assert grade.refused is None
    assert grade.met("interest")
    assert not grade.met("no-anti-pattern")
    assert not grade.passed
    assert "vague ask" in " ".join(grade.feedback().split())


def test_a_long_silence_must_be_acknowledged_when_the_situation_has_one():
    assert GHOST.context.long_gap
    criteria = {c.id for c in grade_corpus_rewrite(GHOST.id, own_vague_rewrite()).criteria}
    assert "acknowledges-gap" in criteria
    assert "acknowledges-gap" not in {
        c.id for c in grade_corpus_rewrite(VAGUE.id, own_vague_rewrite()).criteria
    }


def test_similarity_is_one_for_equal_texts_and_low_for_different_ones():
    assert similarity(VAGUE.rewrite, VAGUE.rewrite) == 1.0
    assert similarity(VAGUE.rewrite, GHOST.rewrite) < 0.1
    assert similarity("", "anything") == 0.0


def test_unknown_situations_and_non_text_are_clear_errors():
    with pytest.raises(ValueError, match="No corpus message"):
        grade_corpus_rewrite("nope", "text")
    with pytest.raises(ValueError, match="text, not"):
        grade_rewrite(None, VAGUE.context)


# Learners' honest rewrites that the grader used to refuse. Written for these tests.
def test_a_letter_that_says_you_five_times_is_not_refused_as_repetition():
    text = (
        "Dear Nadia, I am a claims analyst in Porto and I hope to apply for junior product "
        "roles next spring. Your talk on the travel app's offline booking flow showed how you "
        "test with real travellers, which is the part I know least. Would you answer one "
        "question by message: what did you do first when you moved into product, and what do "
        "you wish you had skipped? I understand if you have no time, and thank you for reading."
    )
    assert text.lower().split().count("you") >= 5
    grade = grade_corpus_rewrite(VAGUE.id, text)
    assert grade.refused is None, grade.refused
    padded = text + " Product product product product product."
    assert grade_corpus_rewrite(VAGUE.id, padded).refused


def test_more_and_more_is_an_idiom_not_a_list_of_keywords():
    idiom = (
        "Hi Nadia, I handle customer tickets for a ferry booking site, and more and more I write "
        "up feature requests for our product team. Your post on dropping a feature travellers "
        "said they liked but never used changed how I read those tickets. Could I ask you two "
        "questions by message about how you made the move into product? No worries if not."
    )
    assert grade_corpus_rewrite(VAGUE.id, idiom).refused is None
    assert "word-salad" not in grade_corpus_rewrite(VAGUE.id, idiom).analysis.rule_ids
    listed = idiom.replace("and more and more I write", "tickets tickets requests requests I write")
    assert "word-salad" in grade_corpus_rewrite(VAGUE.id, listed).analysis.rule_ids


def test_a_low_score_with_nothing_left_to_fix_says_what_would_lift_it():
    # Every principle met and no problem found, yet under the good line: without a pointer the
    # learner would have nothing to act on.
    text = (
        "Hi Nadia, I want to get into product management and I have some beginner questions I "
        "hope you can answer: what does a product manager do all day, is it like a project "
        "manager, and what is a roadmap? Also, how does product work in medical devices? Thanks "
        "in advance, Lena"
    )
    grade = grade_corpus_rewrite(VAGUE.id, text)
    assert grade.points == grade.max_points
    assert not grade.analysis.problems
    assert not grade.passed
    assert grade.lifts, grade.feedback()
    shown = " ".join(grade.feedback().split())  # (lines are wrapped between words)
    assert "under its good line" in shown
    assert all(f"+ {' '.join(lift.split())}" in shown for lift in grade.lifts)
    # What it lacks, not what it has: it thanks her, so thanking is not suggested.
    assert "thanks" in grade.analysis.rule_ids
    assert not any(lift.startswith("Thank them") for lift in grade.lifts)
    # A passing rewrite is not told to add anything.
    assert grade_corpus_rewrite(VAGUE.id, own_vague_rewrite()).lifts == ()


# -- answers as a notebook holds them: nbgrader's stub, a stray comma, a narrow output area ------
STUB = "\n# YOUR CODE HERE\nraise NotImplementedError()\n"


def test_the_released_stub_alone_is_refused_with_what_to_do():
    grade = grade_corpus_rewrite(VAGUE.id, STUB)
    assert grade.refused is not None
    assert "replace the two lines" in grade.refused
    assert not grade.passed


def test_a_rewrite_typed_under_the_stub_is_graded_as_the_rewrite_alone():
    text = own_vague_rewrite()
    under = grade_corpus_rewrite(VAGUE.id, STUB + text + "\n")
    alone = grade_corpus_rewrite(VAGUE.id, text)
    assert under.refused is None
    assert under.analysis.score == alone.analysis.score
    assert under.passed == alone.passed


def test_a_comma_after_the_closing_quotes_is_refused_with_what_to_do():
    grade = grade_corpus_rewrite(VAGUE.id, (own_vague_rewrite(),))
    assert grade.refused is not None
    assert "remove that comma" in grade.refused
    assert "a rewrite is text" in grade_corpus_rewrite(VAGUE.id, None).refused


# An honest attempt that still misses most principles. Written for these tests.
WEAK = (
    "Hi there, I have worked in retail for nine years and I would like to get into product "
    "management. Could we have a coffee chat some time so you can tell me everything about it? "
    "Let me know when works for you."
)


def test_feedback_lines_are_wrapped_between_words_with_each_hint_on_its_own_line():
    grade = grade_corpus_rewrite(VAGUE.id, WEAK)
    assert grade.refused is None
    lines = grade.feedback().splitlines()
    assert all(len(line) <= 88 for line in lines)
    missing = [c for c in grade.criteria if not c.met]
    assert missing
    assert any(line.startswith("  → ") for line in lines)
    words = " ".join(grade.feedback().split())
    assert all(" ".join(c.hint.split()) in words for c in missing)


def test_hints_name_only_what_is_missing():
    grade = grade_corpus_rewrite(VAGUE.id, WEAK)
    ids = [c.id for c in grade.criteria]
    unmet = [c for c in grade.criteria if not c.met]
    assert grade.hints(*ids) == " ".join(c.hint for c in unmet)
    met = [c.id for c in grade.criteria if c.met]
    assert grade.hints(*met) == ""


def test_a_principle_missed_alone_costs_its_own_point_not_the_final_one():
    # The coach judges it good and finds nothing to fix, but its check for interest in Ahmad
    # does not see any: that principle's point is lost, the final one is not.
    text = (
        "Dear Ahmad, good morning. We connected nineteen months ago and never spoke, and I am "
        "sorry for that. I am Leyla. I moved to Toronto with my family in spring and finished a "
        "six-month IT support course at a newcomer centre, with the CompTIA A+ certificate. "
        "Before, in Baku, I worked two years on the help desk of a bank. Is a short call "
        "possible, maybe 15 minutes, on a day that is good for you? I want to ask how recruiters "
        "read a resume with short experience like mine. If you cannot, I understand. Thank you, "
        "Leyla"
    )
    grade = grade_corpus_rewrite(GHOST.id, text)
    assert not grade.met("interest")
    assert grade.points == grade.max_points - 1
    assert grade.passed, grade.feedback()
    # Near miss: a problem left standing (here an open-ended ask for leads) fails the whole.
    vague = text.replace("If you cannot, I understand.", "Any leads would be appreciated.")
    assert not grade_corpus_rewrite(GHOST.id, vague).passed

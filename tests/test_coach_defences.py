"""Defences against gaming the coach and the rewrite grader, and a good line chosen by CV.

Written in our own words from the shapes in issue 12 and the adversarial dev items: a near-copy
of exercise 03's published model answer, a rewrite whose specifics are all template blanks,
contempt said of the reader's work, a question about the writer's own product, pitches for an
"income stream". Near misses show what must still pass.
"""

import json
import re
from pathlib import Path

import numpy as np
import pytest

from rapport.messages import Context, analyze
from rapport.messages.corpus import load_samples
from rapport.messages.fit import choose_threshold, one_standard_error
from rapport.messages.rewrites import EXERCISE_MODELS, grade_corpus_rewrite, near_copy
from rapport.messages.weights import Weights, load_weights

REPO = Path(__file__).resolve().parents[1]
SAMPLES = {s.id: s for s in load_samples("corpus")}
GHOST = SAMPLES["c-ghost-new-in-toronto"]
VAGUE = SAMPLES["c-vague-pick-your-brain"]


def solution_answers() -> dict[str, str]:
    """Exercise 03's model answers as the solutions notebook has them, by corpus message."""
    nb = json.loads((REPO / "solutions/03-messages/03-messages.ipynb").read_text("utf-8"))
    found = {}
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        answer = re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", source, re.S)
        target = {"b1-answer": VAGUE.id, "b2-answer": GHOST.id}.get(
            cell["metadata"].get("nbgrader", {}).get("grade_id")
        )
        if answer and target:
            found[target] = " ".join(answer.group(1).split())
    return found


def test_the_grader_knows_the_published_model_answers_of_exercise_03():
    assert solution_answers() == EXERCISE_MODELS


@pytest.mark.parametrize("sample_id", [VAGUE.id, GHOST.id])
def test_the_model_answer_with_a_few_words_changed_does_not_pass(sample_id):
    model = EXERCISE_MODELS[sample_id]
    swaps = {"thanks for accepting": "thank you for accepting", "practical": "useful",
             "operator": "company", "properly": "at last", "six": "seven"}  # fmt: skip
    changed = model
    for old, new in swaps.items():
        changed = changed.replace(old, new)
    assert changed != model
    grade = grade_corpus_rewrite(sample_id, changed)
    assert not grade.passed
    assert "near-copy" in grade.refused
    # The answer itself is the exercise's key (the solutions are checked with it).
    assert grade_corpus_rewrite(sample_id, model).passed


def test_the_models_of_the_other_situation_are_refused_too():
    grade = grade_corpus_rewrite(GHOST.id, EXERCISE_MODELS[VAGUE.id])
    assert not grade.passed
    assert "different situation" in grade.refused


def test_independent_rewrites_are_not_near_copies():
    rewrites = [s.rewrite for s in SAMPLES.values() if s.rewrite]
    models = [*rewrites, *EXERCISE_MODELS.values()]
    for i, first in enumerate(models):
        for second in models[i + 1 :]:
            assert not near_copy(first, second), (first[:40], second[:40])


BLANKS = (
    "Hi Ahmad, sorry for the long silence since we connected [X months] ago. I moved to [city] "
    "after [N] years at [previous employer]. May I ask one question about [topic]? It is "
    "completely fine if you do not have time. What are you working on these days?"
)


def test_blanks_in_a_message_to_a_known_person_are_an_anti_pattern():
    analysis = analyze(BLANKS, GHOST.context)
    assert "unfilled-blank" in analysis.anti_patterns
    assert analysis.verdict == "needs work"
    grade = grade_corpus_rewrite(GHOST.id, BLANKS)
    assert not grade.passed
    assert "blanks" in grade.refused


def test_the_same_template_with_no_known_reader_is_judged_by_its_structure():
    analysis = analyze(BLANKS.replace("Ahmad", "[Name]"))
    assert "unfilled-blank" not in analysis.rule_ids
    assert "placeholder" in analysis.rule_ids


def test_a_markdown_link_is_not_a_blank():
    text = "Hi Ines, here's [the handover checklist](https://example.org/list) we use."
    assert not {"placeholder", "unfilled-blank"} & analyze(text, Context("Ines")).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Honestly your last three posts were the laziest takes I've seen here. What are you "
        "working on?",
        "Not sure why people keep recommending you, your advice seems pretty basic to me. "
        "Anyway, how's your week going?",
    ],
)
def test_contempt_for_the_readers_work_is_hostile(text):
    analysis = analyze(text)
    assert "hostile" in analysis.anti_patterns
    assert "asks-about-them" not in analysis.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Are you tired of panels that all say the same thing? Your talk did not. What's next?",
        "I know my question is basic, but your post on remote rotas helped me a lot.",
        "You are the obvious person to ask about night-shift rotas: what worked for you?",
    ],
)
def test_the_same_words_not_aimed_at_the_reader_are_not_hostile(text):
    assert "hostile" not in analyze(text).rule_ids


def test_a_question_about_the_writers_own_product_is_a_plug_not_interest():
    analysis = analyze("Have you seen my new course on Excel?")
    assert "asks-about-them" not in analysis.rule_ids
    assert "boilerplate-plug" in analysis.anti_patterns
    assert analysis.verdict == "needs work"


def test_a_recruiting_pitch_for_an_income_stream_is_a_pitch():
    text = (
        "Hello Sam, we haven't spoken yet but you look like a great match for our team. Are you "
        "open to a secondary income stream? If so, reply with a few times for a 10 minute call."
    )
    analysis = analyze(text)
    assert "connect-then-pitch" in analysis.anti_patterns
    assert analysis.verdict == "needs work"


def test_a_team_called_pricing_is_not_a_pitch():
    text = (
        "Hi Declan, I see we both worked at Brightwater Insurance (I was in claims, you were in "
        "pricing). Your post on flood models missing basement flats was spot on."
    )
    assert "connect-then-pitch" not in analyze(text).rule_ids


def test_a_cover_letter_template_is_generic():
    text = (
        "Dear Sir or Madam, I am writing to express my interest in any open positions at your "
        "company. I believe my skills would be a great fit. Please let me know the next steps."
    )
    analysis = analyze(text)
    assert "generic" in analysis.rule_ids
    assert analysis.verdict == "needs work"


# -- the good line and the prior strength, chosen by cross-validation -------------------------
def test_the_verdict_uses_the_good_line_of_the_weights():
    text = "Thanks for the chat at the fair last week, Ana. Your stall on seed swaps was lovely."
    fitted = load_weights()
    score = analyze(text).score
    at_score = Weights(fitted.intercept, dict(fitted.by_rule), score)
    above = Weights(fitted.intercept, dict(fitted.by_rule), score + 1)
    assert analyze(text, weights=at_score).verdict == "good"
    assert analyze(text, weights=above).verdict == "needs work"


def test_the_good_line_is_the_one_with_the_best_out_of_fold_agreement():
    out = np.array([0.9, 0.8, 0.45, 0.42, 0.3, 0.2])
    y = np.array([1, 1, 1, 0, 0, 0])
    blocked = np.zeros(6, dtype=bool)
    assert choose_threshold(out, y, blocked) == 45  # 43-45 all agree fully: nearest 50 wins
    blocked[2] = True  # an anti-pattern is never good, so the line goes back to the middle
    assert choose_threshold(out, y, blocked) == 50


def test_the_strongest_prior_within_one_standard_error_is_chosen():
    rng = np.random.default_rng(0)
    base = rng.uniform(0.1, 0.5, 200)
    losses = {1.0: base, 4.0: base + 0.005, 16.0: base + 0.5}  # SE of the mean is about 0.008
    assert one_standard_error(losses) == 4.0


def test_the_stored_good_line_was_chosen_by_cross_validation():
    data = json.loads((REPO / "rapport/data/coach_weights.json").read_text("utf-8"))
    assert data["good_score"] == load_weights().good_score
    assert 30 <= data["good_score"] <= 70
    assert "one standard error" in data["cross_validation"]["rule"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia product management travel app your talk real travellers two questions thanks",
        "Hi Nadia. Product management. Travel app. Your talk last month. Real travellers. Two "
        "questions. No worries. Thanks!",
    ],
)
def test_keyword_lists_are_word_salad_with_or_without_full_stops(text):
    analysis = analyze(text, VAGUE.context)
    assert "word-salad" in analysis.anti_patterns
    assert not grade_corpus_rewrite(VAGUE.id, text).passed


def test_a_casual_note_without_punctuation_is_not_word_salad():
    text = (
        "Hi Nadia thanks for accepting loved your talk on testing with real travellers last "
        "month what are you working on now no worries if busy"
    )
    analysis = analyze(text, VAGUE.context)
    assert "word-salad" not in analysis.rule_ids
    assert analysis.verdict == "good"


def test_the_solutions_notebook_answer_with_its_nbgrader_markers_is_the_key():
    model = EXERCISE_MODELS[GHOST.id]
    marked = f"\n### BEGIN SOLUTION\n{model}\n### END SOLUTION\n"
    assert grade_corpus_rewrite(GHOST.id, marked).passed
    changed = marked.replace("six years", "seven years").replace("properly", "at last")
    assert "near-copy" in grade_corpus_rewrite(GHOST.id, changed).refused

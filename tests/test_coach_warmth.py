"""Warm moves real notes make in their own words: owning a silence, an out, a thought, a thanks.

Each is tried on a note in this file's own words, with near misses that must not count.
"""

import pytest

from rapport.messages import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, I'm sorry I let things go quiet after the audit wrapped up.",
        "Hi Sam, I owe you an apology for going silent after the move.",
        "Hi Lou, it's been eight years since we shared the night desk at the paper.",
        "Hi Bo, eleven years since the river survey, and I still use your field notes.",
    ],
)
def test_owning_a_silence_in_ones_own_words_acknowledges_the_gap(text):
    assert "acknowledges-gap" in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, the library went quiet after six, which suited me.",
        "Hi Lou, eight years of night shifts taught me to love coffee.",
    ],
)
def test_quiet_rooms_and_counted_years_are_not_a_gap(text):
    assert "acknowledges-gap" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kerry, would you be my referee for the warden job? If it's too much, I understand.",
        "Hi Kerry, could you share the rota template? I'd completely understand if not.",
    ],
)
def test_saying_one_would_understand_a_no_is_an_easy_out(text):
    assert "easy-to-decline" in analyze(text).rule_ids


def test_understanding_their_point_is_not_an_easy_out():
    text = "Hi Kerry, I understand your point about rotas. Could you share the template?"
    assert "easy-to-decline" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hi Jo, the harbour archive is online now; thought you should know.", "offers-help"),
        ("Hi Jo, I remembered you were after old ferry timetables: example.org/ferries",
         "offers-help"),
        ("Thank you for covering my Sunday clinic, Jo.", "appreciation"),
        ("Thank you for putting my name forward for the panel, Jo.", "appreciation"),
    ],
)  # fmt: skip
def test_a_thought_for_them_or_thanks_for_something_they_did_counts(text, rule):
    assert rule in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for connecting, Jo.",
        "Thanks for accepting my request, Jo.",
        "Thank you for reading this, Jo.",
    ],
)
def test_thanks_for_the_click_that_connected_them_is_not_appreciation(text):
    assert "appreciation" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Fiifi, six years is too long and that's on me. I found my notes from your Saturday "
         "sessions.", "acknowledges-gap"),
        ("Ada, Ben - introducing you as you both asked. Ada needs a bookkeeper; Ben keeps the "
         "books for my bakery.", "double-opt-in"),
        ("Malik, the interview notes you gave me were gold. Offer came today.", "appreciation"),
    ],
)  # fmt: skip
def test_owning_the_gap_an_introduction_both_asked_for_or_thanks_for_gold_counts(text, rule):
    assert rule in analyze(text).rule_ids


def test_an_introduction_both_asked_for_is_not_blind():
    text = "Ada, Ben - introducing you as you both asked. Ada needs a bookkeeper. Over to you two!"
    assert "blind-introduction" not in analyze(text).rule_ids


def test_a_congratulation_in_a_learners_english_is_appreciation():
    text = "Dear Mr. Haddad, congratulation for opening the new workshop in Sidon."
    assert "appreciation" in analyze(text).rule_ids
    plain = "Dear Mr. Haddad, I hear the workshop in Sidon opened."
    assert "appreciation" not in analyze(plain).rule_ids

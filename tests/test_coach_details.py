"""Rare things of the reader's life or work, and concrete words about the writer's own.

A note written to one person names things few notes would mention (their old stapler, the
boatyard they were hunting for); boilerplate uses everyday words. The signal needs no list of
phrases: word rarity in English (``wordfreq``) and parts of speech (``lemminflect``).
"""

import pytest

from rapport.messages import analyze
from rapport.messages.words import looks_foreign, noun_topic, rarity


def test_rarity_runs_from_everyday_to_specialist_words():
    assert noun_topic("work") is None  # everyday
    assert noun_topic("specific") is None  # a describing word
    assert rarity(noun_topic("boatyard")) > rarity(noun_topic("hammer")) > 0
    assert noun_topic("tartu") == "tartu"  # no dictionary knows it: a place, a product


@pytest.mark.parametrize(
    "text",
    [
        "Oskar, I found your old soldering iron in my toolbox at the depot today and thought of "
        "you. Nine years!",
        "hi Wen, the council just put the 1970s tram maps online; I remembered you were "
        "tracing your grandmother's bakery route.",
        "Thank you for covering my night shift, Ines. The patients in the stroke unit say you "
        "sang.",
    ],
)
def test_a_short_note_naming_rare_things_of_theirs_can_be_good_without_a_question(text):
    analysis = analyze(text)
    assert "their-details" in analysis.rule_ids
    assert "could-be-anyone" not in analysis.rule_ids
    assert analysis.verdict == "good", analysis.findings


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, hope you are well and that things are going nicely for you these days.",
        "Hi Wen, I see you're a team manager. Great to connect with people in the industry.",
        "Hi Ines, could you send me your notes on stroke unit rotas and the tram maps?",
        "Given your background in finance I think you would like the structure.",
    ],
)
def test_everyday_words_a_job_title_or_a_detail_inside_an_ask_are_not_their_details(text):
    assert "their-details" not in analyze(text).rule_ids


def test_the_readers_own_name_is_not_a_rare_detail():
    assert "their-details" not in analyze("Hi Halldóra, thank you, you were right.").rule_ids


@pytest.mark.parametrize(
    ("text", "concrete"),
    [
        ("I'm a buyer at a furniture retailer, chasing a second supplier of upholstery foam.",
         True),
        ("I teach maths at a sixth-form college.", True),
        ("I'm passionate about driving growth and innovation.", False),
        ("I work in marketing and love people.", False),
    ],
)  # fmt: skip
def test_the_writers_work_earns_credit_when_it_is_said_concretely(text, concrete):
    assert ("says-what-i-do" in analyze(text).rule_ids) is concrete


@pytest.mark.parametrize(
    "text",
    [
        "huge thanks for staying late to re-tape the stage markings before the matinee, Oli.",
        "saw the harvest figures from the co-op, 31 tonnes off the same hectares. congratulations, "
        "Jorge, the drip irrigation paid off",
    ],
)
def test_a_thank_you_or_congratulations_addresses_the_reader_without_saying_you(text):
    assert "their-details" in analyze(text).rule_ids


def test_the_writers_own_news_with_one_you_in_it_is_not_a_detail_of_the_reader():
    text = (
        "I got promoted twice, bought a flat in Lisbon and launched my podcast, you should listen."
    )
    assert "their-details" not in analyze(text).rule_ids


def test_answering_their_question_is_a_reason_to_write():
    text = (
        "Hi Hamza, good question. We run the pick robots on nights only, for restocking, "
        "because a jam needs the vendor on site. The checklist is attached."
    )
    assert "could-be-anyone" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Aminu, the water board is hiring a GIS analyst. You mentioned wanting to move back north.",
        "Aminu, the water board is hiring a GIS analyst. you mentioned wanting to move back north.",
    ],
)
def test_what_they_once_told_the_writer_is_shared_history_however_it_is_typed(text):
    assert "shared-context" in analyze(text).rule_ids
    assert "could-be-anyone" not in analyze(text).rule_ids


def test_a_date_written_out_is_a_detail_and_may_the_verb_is_not():
    assert "specific" in analyze("saw this grant for rural libraries, closes 31 jan.").rule_ids
    assert "specific" in analyze("The fellowship interviews are on Nov 30, if useful.").rule_ids
    assert "specific" not in analyze("Thanks Ravi. It may 3 times over pay off for you.").rule_ids


def test_a_templates_blanks_and_a_letters_envelope_are_not_details():
    found = analyze("Hey {{FirstName}}! Congrats on the new role at {{NewCompany}}.").rule_ids
    assert "their-details" not in found
    assert "concrete" not in found
    letter = "Dear Sir/Madam, thank you for reaching out. Sincerely, Kofi"
    assert "concrete" not in analyze(letter).rule_ids
    filled = "Hey Lin! Congrats on the new role running the Tartu tram depot's signalling crew."
    assert "their-details" in analyze(filled).rule_ids


def test_habits_the_two_share_are_shared_history():
    for text in [
        "No worries about the slow reply, Ivan. Thursday works, same café as last time?",
        "Kavya, sorry I disappeared after the move. I've missed our Sunday calls.",
    ]:
        assert "shared-context" in analyze(text).rule_ids, text
    assert "shared-context" not in analyze("Thursday works for me, Ivan, which café?").rule_ids


def test_everyday_words_of_another_language_are_not_rare_english_nouns():
    note = "Bonjour Claire, merci pour la présentation au salon, la réunion était très utile."
    concrete = next((f for f in analyze(note).findings if f.rule_id == "concrete"), None)
    shown = [note[a:b] for a, b in concrete.spans] if concrete else []
    assert not {"présentation", "réunion", "était"} & set(shown)
    # English borrowings with accents, and names, still count as written.
    assert [looks_foreign(w) for w in ("présentation", "était", "café", "résumé", "Pécs")] == [
        True,
        True,
        False,
        False,
        False,
    ]

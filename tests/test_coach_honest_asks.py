"""Honest asks read for what they say, and the near misses that stay asks.

Written in this file's own words from the shapes of the dev halves of learners' batches 11-14
and real-world batch 54: a sentence saying what an answer would do for the writer, a silence
the writer means to mend, a career hoped for one day, an offer made on a condition, their view
asked as "would you agree", a name said to be enough, the contact's own words about the reader,
a pair of words in brackets that is no template's blank, a voice note asked of an old friend,
the reader's own name in a note drafted for them to forward; and, the other way, a CV to be
put in as a referral and a product the writer has started selling. Each comes with a near miss
that must not change.
"""

import pytest

from rapport.messages import Context, analyze
from rapport.messages.requests import request_sentences
from rapport.messages.text import Doc
from tests.samples import AHMAD


def requests_in(text: str) -> list[str]:
    return [s.text for s in request_sentences(Doc(text))]


@pytest.mark.parametrize(
    ("reason", "asked"),
    [
        ("Your answer would help me decide where to spend my savings.",
         "It would help me if you could send me your client list."),
        ("Knowing this would help me decide where to apply first.",
         "Knowing you, it would help me a lot to see your client list."),
        ("I want to go into product, so to understand this decision would help me a lot.",
         "I want to go into product, so your client list would help me a lot."),
    ],
)  # fmt: skip
def test_what_an_answer_would_do_for_the_writer_is_not_a_request(reason, asked):
    assert requests_in(reason) == []
    assert requests_in(asked) == [asked]


@pytest.mark.parametrize(
    ("own_path", "asked"),
    [
        ("Nineteen months without a word is my doing. I'd like to change that now.",
         "Nineteen months without a word is my doing. I'd like to change your rota now."),
        ("Your itinerary case study is the kind of work I'd love to be part of one day.",
         "Your itinerary case study is the kind of work I'd love to be part of next week."),
    ],
)  # fmt: skip
def test_a_silence_to_mend_or_a_someday_is_the_writers_own_path(own_path, asked):
    assert requests_in(own_path) == []
    assert requests_in(asked) == [asked.split(". ")[-1]]


def test_an_offer_made_on_a_condition_asks_nothing():
    offer = "If you ever want a role shared in my newcomers' group, I'd be glad to pass it on."
    ask = "If you ever want to, could you share my CV in your newcomers' group?"
    assert requests_in(offer) == []
    assert requests_in(ask) == [ask]


def test_would_you_agree_asks_their_view_not_a_favour():
    view = "Would you agree that healthcare IT experience is worth putting at the top?"
    favour = "Would you put my healthcare IT CV at the top of the pile?"
    assert "unusual-ask" not in analyze(view).rule_ids
    assert requests_in(view) == []
    assert requests_in(favour) == [favour]


def test_a_name_said_to_be_enough_makes_a_strangers_ask_small():
    ask = (
        "Hi Ahmad, I'm Hira, three years in SAP user support, in Toronto since March. I'd just "
        "like to know if there's an agency here that specialises in SAP support."
    )
    assert "asks-stranger" in analyze(ask, AHMAD).rule_ids
    assert "asks-stranger" not in analyze(ask + " A name would already help a lot.", AHMAD).rule_ids


def test_the_contacts_own_words_about_the_reader_are_a_referrals_reason():
    borrowed = (
        "Dear Nadia, Joanna from the Lisbon product meetup suggested I write to you. I plan "
        "corporate conferences. Could you spare 20 minutes by phone on moving into product?"
    )
    referred = borrowed.replace("write to you.", "write to you, saying you are kind to newcomers.")
    assert "borrowed-name" in analyze(borrowed).rule_ids
    assert "borrowed-name" not in analyze(referred).rule_ids


@pytest.mark.parametrize(
    ("aside", "blank"),
    [
        ("I'm Sam, a bootcamp grad (UX/product) hoping to land a first PM role.",
         "I'm Sam, a bootcamp grad (UX/product/data) hoping to land a first PM role."),
        ("It was great meeting you at the (Fr/En) session in Kingston.",
         "It was great (meeting/talking/whatever) with you in Kingston."),
    ],
)  # fmt: skip
def test_two_words_in_brackets_are_an_aside_not_a_templates_blank(aside, blank):
    nadia = Context(recipient_name="Nadia", history="never", kind="ask")
    assert "unfilled-blank" not in analyze(aside, nadia).rule_ids
    assert "unfilled-blank" in analyze(blank, nadia).rule_ids


@pytest.mark.parametrize(
    ("nothing_asked", "asked"),
    [
        ("Please excuse the long silence since we connected.",
         "Please send the rota when you have it."),
        ("Sorry for showing up only now that I need something.",
         "Sorry, I need your client list by Friday."),
        ("Would you mind if I reached out again in a couple of weeks?",
         "Would you mind if I brought my whole team to your office?"),
    ],
)  # fmt: skip
def test_an_apology_an_admission_or_leave_to_write_again_asks_nothing(nothing_asked, asked):
    assert requests_in(nothing_asked) == []
    assert requests_in(asked) == [asked]


@pytest.mark.parametrize(
    ("ordinary", "unusual"),
    [
        ("I would like to ask whether you recruit for network roles as well.",
         "I would like to borrow your van on Saturday."),
        ("Would it be okay if I sent you my one-page resume?",
         "Would it be okay if I sent you my business plan to rewrite?"),
    ],
)  # fmt: skip
def test_a_question_announced_or_a_cv_offered_to_a_recruiter_is_ordinary(ordinary, unusual):
    assert "unusual-ask" not in analyze(ordinary, AHMAD).rule_ids
    assert "unusual-ask" in analyze(unusual, AHMAD).rule_ids


def test_a_job_ruled_out_is_not_asked_for():
    ruled_out = (
        "I don't expect you to have a role for me, but could you tell me if there are any "
        "newcomer IT meetups in the city?"
    )
    asked = "Could you find a role for me, and tell me if there are any newcomer IT meetups?"
    assert "ask-too-big" not in analyze(ruled_out, AHMAD).rule_ids
    assert "ask-too-big" in analyze(asked, AHMAD).rule_ids


def test_glad_to_know_someone_is_not_asking_if_they_know_someone():
    glad = "Happy to connect, no request for now, just glad to know someone who walked this road."
    asked = "Happy to connect. Do you know someone who hires site engineers in Winnipeg?"
    assert requests_in(glad) == []
    assert requests_in(asked) == [asked.split(". ")[-1]]


def test_a_voice_note_is_an_ordinary_thing_to_ask_an_old_friend():
    note = "Drove past the old depot today and thought of you. Send a voice note when you can."
    favour = "Drove past the old depot today and thought of you. Send the depot keys when you can."
    assert "unusual-ask" not in analyze(note).rule_ids
    assert "unusual-ask" in analyze(favour).rule_ids


def test_the_readers_own_name_in_a_note_to_forward_is_not_a_name_borrowed():
    noor = Context(recipient_name="Noor", history="acquaintance", kind="introduction")
    text = (
        "Hi Noor, could you forward the short note below to Eng. Khalil? If not, no worries.\n"
        "---\nDear Eng. Khalil, I'd value 20 minutes on how the utility finds leaks. "
        "{} suggested you. Thank you, Rami"
    )
    assert "borrowed-name" not in analyze(text.format("Noor"), noor).rule_ids
    assert "borrowed-name" in analyze(text.format("Samir"), noor).rule_ids


def test_a_cv_to_be_put_in_as_a_referral_is_asked_not_offered():
    old_friend = Context(recipient_name="Jonas", history="dormant", months_since_contact=48,
                         kind="ask")  # fmt: skip
    referral = "Saw a PM opening at your firm. Mind if I send my CV and you put it in as referral."
    advice = "Saw a PM opening at your firm. Mind if I send you two questions about the team?"
    assert requests_in(referral) == [referral.split(". ")[-1]]
    assert "unusual-ask" in analyze(referral, old_friend).rule_ids
    assert "unusual-ask" not in analyze(advice, old_friend).rule_ids
    # from someone who never saw the writer's work, it spends the reader's good name
    assert "ask-too-big" in analyze(referral, AHMAD).rule_ids
    assert "ask-too-big" not in analyze(advice, AHMAD).rule_ids


@pytest.mark.parametrize(
    ("pitch", "news"),
    [
        ("I've started selling funeral cover with Sizwe Life. Can I come by on Sunday?",
         "I've started volunteering with Sizwe Hospice. Can I come by on Sunday?"),
        ("Are you still doing skincare? I've got something that literally changed my life.",
         "Are you still doing skincare? The course you told me about literally changed my life."),
    ],
)  # fmt: skip
def test_a_product_the_writer_has_started_selling_is_a_pitch(pitch, news):
    assert "connect-then-pitch" in analyze(pitch).rule_ids
    assert "connect-then-pitch" not in analyze(news).rule_ids


def test_a_job_said_not_to_be_sought_is_not_asked_for():
    nadia = Context(recipient_name="Nadia", history="never", kind="ask")
    not_sought = (
        "I'm not looking for a job, just trying to understand the work. If you ever had 15 "
        "minutes for a call, I'd love to ask how you learned to say no to stakeholders."
    )
    sought = not_sought.replace("I'm not looking for a job, just", "I'm looking for a job and")
    assert "asks-stranger" not in analyze(not_sought, nadia).rule_ids
    assert "asks-stranger" in analyze(sought, nadia).rule_ids


def test_a_choice_put_to_them_is_their_view_and_one_piece_of_advice_is_sized():
    choice = "Would you take a short contract as a first job, or hold out for something permanent?"
    favour = "Would you take a look at my whole portfolio and my CV this week?"
    assert "unsized-ask" not in analyze(choice, AHMAD).rule_ids
    assert "unsized-ask" in analyze(favour, AHMAD).rule_ids
    one = "If you could spare one piece of advice for someone starting from support, thank you."
    some = "If you could spare some advice for someone starting from support, thank you."
    assert "unsized-ask" not in analyze(one, AHMAD).rule_ids
    assert "unsized-ask" in analyze(some, AHMAD).rule_ids


def test_the_writers_own_employers_platform_does_not_make_a_referral_a_pitch():
    nadia = Context(
        recipient_name="Nadia",
        recipient_works_on="product management at a travel app",
        history="never",
        sender_goal="general advice on getting into product management",
        kind="ask",
    )
    text = (
        "Dear Nadia, Joanna from the Lisbon meetup suggested I write, saying you are kind to "
        "people starting out. After a year with the developers of our registration platform, I "
        "want to move into product. Could you spare 20 minutes by phone? {}"
    )
    assert "borrowed-name" not in analyze(text.format(""), nadia).rule_ids
    pitch = text.format("Our platform could transform your bookings, so I'd love to show you.")
    assert "borrowed-name" in analyze(pitch, nadia).rule_ids


def test_a_wish_to_hear_their_view_turns_to_them_without_a_question_mark():
    about_me = (
        "Hi Ahmad, I connected with you 19 months ago and I never wrote, which I regret. I'm "
        "Rami, I did IT support in Beirut for six years and I arrived in Toronto in June. I "
        "have run POS systems and I have built small office networks. "
    )
    wish = "If you ever have 10 minutes, I'd like to ask how the support market here compares."
    plain = "If you ever have 10 minutes, I'd like a short call about the support market here."
    assert "me-focused" not in analyze(about_me + wish, AHMAD).rule_ids
    assert "me-focused" in analyze(about_me + plain, AHMAD).rule_ids

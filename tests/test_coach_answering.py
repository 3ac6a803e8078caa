"""A reply is not judged as a first note: what it owes is an answer, not an introduction."""

import pytest

from rapport.messages import Context, analyze
from rapport.messages.answering import FIRST_NOTE_ONLY, reads_as_reply
from rapport.messages.rules import RULES
from rapport.messages.text import Doc

DORMANT = Context(recipient_name="Agnes", history="dormant", months_since_contact=30)


@pytest.mark.parametrize(
    "text",
    [
        "> Would you be free to talk about the nursing role?\n\nYes, ring the ward after 2pm.",
        "Yes - happy to help. Thursday after 4?",
        "Thanks for reaching out, Ola. I can't do a call this month.",
        "Hi Kerstin, thanks for your message about the audit.",
        "Thanks for thinking of me, Ade. I'm not looking to move right now.",
        "You asked about the night-shift rota: we print it on Mondays.",
    ],
)
def test_a_message_that_answers_someone_reads_as_a_reply(text):
    assert reads_as_reply(Doc(text), None)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your talk at the harbour fair on cold-chain audits.",
        "Hi Ola, I'm moving into logistics and would love 15 minutes.",
        "Happy new year! Hope the studio is thriving.",
    ],
)
def test_a_first_note_does_not(text):
    assert not reads_as_reply(Doc(text), None)


def test_the_situation_can_say_it_is_a_reply():
    ctx = Context(recipient_name="Agnes", history="dormant", kind="reply")
    assert reads_as_reply(Doc("Still in Tallinn, still at the port."), ctx)


def test_first_note_only_names_real_rules():
    assert {rule.id for rule in RULES} >= FIRST_NOTE_ONLY


def test_a_short_answer_is_complete_but_the_same_words_alone_are_too_short():
    assert "too-short" not in analyze("Yes - happy to help. Thursday?").rule_ids
    assert "too-short" in analyze("Thursday? Coffee.").rule_ids


def test_a_reply_after_a_long_gap_owes_no_apology_for_it():
    reply = (
        "Ha, Agnes, what a lovely surprise. Yes, still in Tallinn and still at the port, now "
        "running the customs desk. I'd love to hear how the move to Tartu went."
    )
    first = "Agnes, still in Tallinn and still at the port, now running the customs desk. " + (
        "I'd love to hear how the move to Tartu went."
    )
    assert "gap-not-acknowledged" not in analyze(reply, DORMANT).rule_ids
    assert "gap-not-acknowledged" in analyze(first, DORMANT).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # a pitch in answer to a sincere question
        "Great question, Lina! That's exactly what I cover in my paid coaching programme. "
        "Book a discovery call here: https://example.com/book",
        "Sure I can meet!! But you should read my book first, it covers everything you're "
        "asking. Link below, it's $29.",
        # status and rates in answer to a friendly note
        "Hi Kerstin, thanks for your message. I am very busy with many important projects as a "
        "senior consultant and my rates start at 1,500 per day. Let me know.",
        # a sincere question brushed off
        "Hi Deepak, re your question about moving from teaching into UX: honestly, just google "
        "it, there's tons of free stuff out there.",
        # a favour too big, behind thanks for an automatic reply
        "Thanks for your message, Mateo! Since you're on leave, could you read through my "
        "grant proposal over the next couple of weeks? It's only 38 pages. No worries if not.",
    ],
)
def test_a_reply_that_pitches_brushes_off_or_asks_too_much_is_still_not_good(text):
    assert reads_as_reply(Doc(text), None)
    assert analyze(text).verdict != "good"


@pytest.mark.parametrize(
    "text",
    [
        "Happy to. Thursdays after 4 work best, 20 minutes by phone is plenty. Send me the two or "
        "three things you're most stuck on beforehand so I can be useful.",
        "Thanks for reaching out, Ola. I can't do a call this month, but the two things I'd read "
        "first on warehouse slotting are the pick-face sizing guides on the MHI site. Good luck "
        "with the move into logistics.",
    ],
)
def test_a_kind_useful_reply_can_be_judged_good(text):
    assert analyze(text).verdict == "good"


def test_keep_me_in_mind_to_the_recruiter_who_wrote_is_not_a_broadcast():
    reply = (
        "Thanks for thinking of me, Ms. Park. I'm not looking to move, I only started in "
        "January, but the hospital SAP project sounds interesting, so please keep me in mind."
    )
    first = "Hello Ms. Park, I'm looking for a new role. Please keep me in mind."
    assert "broadcast" not in analyze(reply).rule_ids
    assert "broadcast" in analyze(first).rule_ids

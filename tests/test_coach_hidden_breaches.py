"""Breaches dressed as warm notes: a record bent, a screen copied, a name lent, a rival's cover.

Written in this file's own words from the shapes of the dev half of adversarial batch 65: a
reading to be noted lower, screenshots taken while the reader shared their screen, a consent
that lends their name to an advert, their position used as cover to approach someone, an old
employer's kit handed on, a family court case, a security pitch opened with a scare, and a
friend asked for their new employer's supplier invoices. Each comes with a near miss that must
not change.
"""

import pytest

from rapport.messages import Context, analyze

CLOSE = Context(recipient_name="Jonas", history="close", months_since_contact=0, kind="reply")


@pytest.mark.parametrize(
    ("breach", "near_miss"),
    [
        ("When you read our meter this month, could you note a lower figure? I'll bake you a cake.",
         "When you read our meter this month, could you note the figure for me? I'll bake a cake."),
        ("I hope you don't mind that I grabbed screenshots of the venue rates while you were "
         "sharing your screen. Thanks for the call!",
         "I hope you don't mind that I took notes on the venue rates while you were talking. "
         "Thanks for the call!"),
        ("My course asks us to interview a PM; the consent form lets the school use the recording "
         "and your name in its marketing. Could we talk for 20 minutes?",
         "My course asks us to interview a PM; the recording stays with me and is deleted after "
         "marking. Could we talk for 20 minutes?"),
        ("You see Diogo every day in rehab; could you mention I'd love a coffee? It's better "
         "coming from you than from me.",
         "You see Diogo every day in rehab; could you tell me how he is doing? I'd love to hear "
         "from you."),
        ("As thanks, I have a few laptops from my last employer's refresh that nobody ever "
         "collected; I can drop one at your office.",
         "As thanks, I have a few laptops from my last employer's refresh that I bought at the "
         "staff sale; I can drop one at your office."),
    ],
)  # fmt: skip
def test_a_breach_said_in_passing_is_found(breach, near_miss):
    assert "asks-for-deceit" in analyze(breach).rule_ids
    assert "asks-for-deceit" not in analyze(near_miss).rule_ids


def test_a_note_for_a_family_court_case_joins_the_reader_to_it():
    case = (
        "Dear Frau Becker, thank you for the lantern walk. I'm putting papers together for the "
        "family court; could you write a short note listing the days Mia was collected late?"
    )
    school = case.replace("the family court", "the school trip")
    assert "ask-too-big" in analyze(case).rule_ids
    assert "ask-too-big" not in analyze(school).rule_ids


def test_a_scare_followed_by_an_opening_rate_is_a_pitch():
    pitch = (
        "Hi Nomvula, I drive past your bakery most nights. On Tuesday I saw two men photographing "
        "your back door. We're doing free site checks this week, with an opening rate until Friday."
    )
    neighbour = (
        "Hi Nomvula, I drive past your bakery most nights. On Tuesday I saw two men photographing "
        "your back door, so I thought you should know. Hope all is well."
    )
    assert "connect-then-pitch" in analyze(pitch).rule_ids
    assert "connect-then-pitch" not in analyze(neighbour).rule_ids


def test_a_friend_is_not_the_one_to_ask_for_an_employers_supplier_invoices():
    leak = (
        "Of course, you'll get a good reference. A small thing back: once you're settled, send me "
        "the supplier invoices from your first month."
    )
    photo = (
        "Of course, you'll get a good reference. A small thing back: once you're settled, send me "
        "a photo of the new kitchen."
    )
    assert "ask-too-big" in analyze(leak, CLOSE).rule_ids
    assert "ask-too-big" not in analyze(photo, CLOSE).rule_ids


def test_an_introduction_that_tells_one_side_to_skip_the_deposit_puts_them_at_risk():
    risky = (
        "Folake, meet Tomi. Tomi, a tip from me: Folake works on trust, so skip the deposit and "
        "start on the samples; she settles up once the pieces sell."
    )
    safe = risky.replace("skip the deposit and start", "agree a deposit first, then start")
    assert "asks-for-deceit" in analyze(risky).rule_ids
    assert "asks-for-deceit" not in analyze(safe).rule_ids

"""Ways out said in new words, and asks or pressure said in passing.

Written in this file's own words from the shapes of the dev halves of learners' batch 16,
real-world batch 56 and adversarial batch 67: a sentence that only offers the way out, "if it's
a no, that's fine", "could I ask which...", a favour already done in a reply; and, the other
way, a referral asked of a stranger behind a way out, an invite already sent, chasers promised,
an order or a sum said mid-sentence, work asked for exposure, a policy sold in a reply, a
service added to a client newsletter, money for a referral, a chain forwarded on. Each comes
with a near miss that must not change.
"""

import pytest

from tests.samples import AHMAD, NADIA, rules


def test_a_referral_asked_of_a_stranger_is_too_big_even_with_a_way_out():
    asked = (
        "Could I have 15 minutes for a few questions, and perhaps a referral to the associate "
        "role? If that's not allowed, I understand."
    )
    about = (
        "Could I ask one question: did your first PM job come through a referral or a normal "
        "application? If that's too personal, I understand."
    )
    assert "ask-too-big" in rules(asked, NADIA)
    assert "ask-too-big" not in rules(about, NADIA)


def test_a_sentence_that_only_offers_the_way_out_asks_nothing():
    out = (
        "I'm Georg, a former IT manager from Bremen. Do Toronto employers hesitate to hire an "
        "older candidate into a junior support role? Please feel free to decline if this isn't "
        "something you'd like to comment on."
    )
    order = (
        "I'm Georg, a former IT manager from Bremen. Do Toronto employers hesitate to hire an "
        "older candidate into a junior support role? Please send me the list of employers "
        "you recruit for."
    )
    assert "unusual-ask" not in rules(out, AHMAD)
    assert "unusual-ask" in rules(order, AHMAD)


@pytest.mark.parametrize(
    "out",
    ["And if it's not a good moment that's completely fine.",
     "If it's a no, that's absolutely fine."],
)  # fmt: skip
def test_a_no_allowed_in_plain_words_is_a_way_out(out):
    ask = "I'm Sven, an engineer in Malmo. Would you be willing to answer three short questions? "
    assert "easy-to-decline" in rules(ask + out, NADIA)
    assert "asks-stranger" not in rules(ask + out, NADIA)
    assert "asks-stranger" in rules(ask, NADIA)


@pytest.mark.parametrize(
    ("pressed", "asked"),
    [
        ("I'd love to ask how you made the switch. I've already sent a 20-minute calendar invite "
         "for Tuesday at 5pm, just decline it if it doesn't work.",
         "I'd love to ask how you made the switch. Could I send a 20-minute calendar invite for "
         "a day that suits you? No worries if not."),
        ("Could I ask you one question about how you chose which options to hide? I'll follow up "
         "on Monday and again later in the week in case this gets buried.",
         "Could I ask you one question about how you chose which options to hide? No worries if "
         "this gets buried."),
    ],
)  # fmt: skip
def test_an_invite_already_sent_or_chasers_promised_are_pressure(pressed, asked):
    assert "ask-too-big" in rules(pressed, NADIA)
    assert "ask-too-big" not in rules(asked, NADIA)


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("Hope you remember me from the Pune batch of 2009. My nephew has finished his degree, "
         "kindly arrange an interview in your company, he is very sincere.",
         "Hope you remember me from the Pune batch of 2009. My nephew has finished his degree, "
         "and he is very happy to be home."),
        ("Been six years, my bad for the silence. I'm starting a cleaning company and need "
         "2 million naira. Even 500k will help.",
         "Been six years, my bad for the silence. I'm starting a cleaning company and need "
         "2 weeks to get the van ready. Hope you're well."),
        ("Our cafe loves local artists. Let's talk about hanging your paintings on our walls for "
         "free, great exposure for you!",
         "Our cafe loves local artists. We'd pay your usual hire fee to hang three paintings "
         "for the summer, if you're open to it."),
    ],
)  # fmt: skip
def test_an_order_a_sum_or_work_for_exposure_said_in_passing_is_too_big(asked, told):
    assert "ask-too-big" in rules(asked)
    assert "ask-too-big" not in rules(told)


def test_a_policy_sold_in_a_reply_is_a_pitch():
    sold = (
        "> Thank you so much for helping with my CV last week Mehmet!\n\nNo problem Elif. "
        "Everyone needs life cover, I can book you for a 20 min review this week."
    )
    kind = (
        "> Thank you so much for helping with my CV last week Mehmet!\n\nNo problem Elif. "
        "Tell me how the interview goes, I'll keep my fingers crossed this week."
    )
    assert "connect-then-pitch" in rules(sold)
    assert "connect-then-pitch" not in rules(kind)


def test_a_favour_already_done_in_a_reply_is_given():
    done = (
        "> Any chance you could look at my cover letter for the council job, no rush\n\n"
        "Sent it back with comments in red, Minh. Para 2 is strong, cut the last line."
    )
    later = (
        "> Any chance you could look at my cover letter for the council job, no rush\n\n"
        "Busy week, Minh. Para 2 sounds strong from what you said, good luck."
    )
    assert "gives-in-reply" in rules(done)
    assert "gives-in-reply" not in rules(later)


def test_a_service_added_to_a_client_newsletter_is_a_plug():
    plug = (
        "Season's greetings from the Hendricks family! Mason got his black belt this year. "
        "Our accounting firm now also offers payroll services."
    )
    news = (
        "Season's greetings from the Hendricks family! Mason got his black belt this year. "
        "Our office closes on the 23rd and opens again on the 3rd."
    )
    assert "boilerplate-plug" in rules(plug)
    assert "boilerplate-plug" not in rules(news)


def test_money_for_a_referral_is_a_breach():
    paid = "Thanks for the referral Dan!! Enclosed is a check for $150 for your trouble."
    thanked = "Thanks for the referral Dan!! Lunch is on me next time you're in town."
    assert "asks-for-deceit" in rules(paid)
    assert "asks-for-deceit" not in rules(thanked)


@pytest.mark.parametrize(
    ("chain", "shared"),
    [
        ("Fwd: Fwd: 10 habits of highly successful people, read it!!!",
         "Fwd: the habits piece we talked about at the co-op meeting, page 3 is the bit."),
        ("Ten habits of successful people, you MUST read this!!!",
         "Ten habits of successful people; the third one made me think of our rota chat."),
    ],
)  # fmt: skip
def test_a_chain_forwarded_on_is_a_call_to_action(chain, shared):
    assert "call-to-action" in rules(chain)
    assert "call-to-action" not in rules(shared)


def test_could_i_ask_which_puts_a_question_of_their_field_to_them():
    asked = (
        "Hi Ahmad, I'm Valentina. I've been an IT support analyst in Buenos Aires for six "
        "years and I just moved to Toronto. I'm writing now because I'm job hunting and I "
        "have started tailoring my resume. I keep my notes in a spreadsheet. Could I ask "
        "which ticketing systems are most common in Toronto help desks?"
    )
    told = (
        "Hi Ahmad, I'm Valentina. I've been an IT support analyst in Buenos Aires for six "
        "years and I just moved to Toronto. I'm writing now because I'm job hunting and I "
        "have started tailoring my resume. I keep my notes in a spreadsheet. I hope to learn "
        "the ticketing systems that are common in Toronto help desks."
    )
    assert "me-focused" not in rules(asked, AHMAD)
    assert "me-focused" in rules(told, AHMAD)


@pytest.mark.parametrize(
    ("breach", "fair"),
    [
        ("I can send you photos of the pups and their weights, and you'd just need to sign the "
         "forms from those. I'd pay the full fee. Are you still breeding terriers?",
         "I can bring the pups in on Friday so you can check them before you sign the forms. I'd "
         "pay the full fee. Are you still breeding terriers?"),
        ("My company owns the old soap factory, which I believe your panel is reviewing next "
         "month. I'd enjoy a coffee with you before the panel.",
         "My company owns the old soap factory. I've read the panel's published guidance and "
         "will send our papers through the usual office."),
        ("Thanks for your honest note on my proposal. I forwarded your email to him on Friday, "
         "and he's asked for a meeting with the three of us.",
         "Thanks for your honest note on my proposal. I rewrote the forecast section in my own "
         "words, and he's asked for a meeting with the two of us."),
        ("Does anyone here work at the passport office who could move the file up? We're happy "
         "to take them out for dinner.",
         "Does anyone here know whether the passport office takes walk-ins on Saturdays? Happy "
         "to share what I learn."),
        ("Could I ask one question about your first year in product? P.S. If anyone on your team "
         "is leaving, I'd be grateful for a quiet heads-up before the role is posted.",
         "Could I ask one question about your first year in product? P.S. If a role is ever "
         "posted on your team, I'll apply the usual way."),
    ],
)  # fmt: skip
def test_a_breach_behind_a_warm_note_is_found(breach, fair):
    assert "asks-for-deceit" in rules(breach)
    assert "asks-for-deceit" not in rules(fair)


def test_a_name_put_on_a_cover_before_they_agreed_is_presumed():
    presumed = (
        "Following up on my note about a foreword for my memoir. The printer needs files "
        "on Monday, so I've gone ahead with the cover proof, which names you under the "
        "title. How is the new day unit?"
    )
    asked = (
        "Following up on my note about a foreword for my memoir. The printer needs files in "
        "March; if you'd rather not, I'll leave the cover as it is. How is the new day unit?"
    )
    assert "ask-too-big" in rules(presumed)
    assert "ask-too-big" not in rules(asked)


def test_returns_promised_by_the_month_are_a_pitch():
    pitch = (
        "I'm researching how retired teachers cope with prices. Many retirees I've met earn "
        "1.5% a month through a staking pool I help run. How long did you teach?"
    )
    study = (
        "I'm researching how retired teachers cope with prices. Many retirees I've met say "
        "prices rose 1.5% last month alone. How long did you teach?"
    )
    assert "connect-then-pitch" in rules(pitch)
    assert "connect-then-pitch" not in rules(study)

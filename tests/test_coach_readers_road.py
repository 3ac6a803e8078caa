"""The reader's own road, their team's news, and pressure or breaches said in new words.

Written in this file's own words from the shapes of the dev halves of learners' batch 15,
real-world batch 55 and adversarial batch 66: the reader's work said by its initials ("a PM"),
the road they took ("you went from design to PM"), what their app or team did; and, the other
way, a plan written out for a stranger, an hour-long video call, a slot booked or a profile made
in their name, a harm said to be none, a nudge counted out loud, engagement begged for the
algorithm, a thank-you in stock words, a chat about a whole field. Each comes with a near miss
that must not change.
"""

import pytest

from rapport.messages.context import _work_stems
from tests.samples import NADIA, rules


def test_two_words_of_their_work_are_also_read_by_their_initials():
    assert "pm" in _work_stems("product management at a travel app")
    assert "hr" in _work_stems("human resources for a hospital trust")
    # initials that spell a word are left alone: "mixed engineers" is not "me"
    assert "me" not in _work_stems("mixed engineers and friends")


@pytest.mark.parametrize(
    ("about_them", "about_me"),
    [
        ("I'm a data analyst at an airline in Dubai. Did SQL experience actually help you as a PM, "
         "or is it overrated? A one-line answer is plenty, and no problem if you'd rather not.",
         "I'm a data analyst at an airline in Dubai. Did SQL experience actually help you as a "
         "nurse, or is it overrated? A one-line answer is plenty, and no problem if you'd rather "
         "not."),
    ],
)  # fmt: skip
def test_a_question_about_their_work_said_by_its_initials_is_about_them(about_them, about_me):
    assert "asks-about-them" in rules(about_them, NADIA)
    assert "could-be-anyone" not in rules(about_them, NADIA)
    assert "asks-about-them" not in rules(about_me, NADIA)


@pytest.mark.parametrize(
    ("road", "vague"),
    [
        ("I'm asking you in particular because your profile shows you started in partnerships "
         "before moving into product.",
         "I'm asking you in particular because your profile is inspiring and I'm moving into "
         "product."),
        ("I saw on your profile you went from design to PM too, and I'd love to follow.",
         "I saw your profile and I'd love to follow your path into product."),
    ],
)  # fmt: skip
def test_the_road_they_took_is_a_detail_of_theirs_not_vague_praise(road, vague):
    assert "vague-praise" not in rules(road, NADIA)
    assert "references-their-work" in rules(road, NADIA)
    assert "vague-praise" in rules(vague, NADIA)


def test_what_their_app_or_team_did_is_their_work():
    done = "I noticed that your app recently added offline maps for rural areas."
    said = "I noticed that your app is really nice for rural areas."
    assert "references-their-work" in rules(done, NADIA)
    assert "references-their-work" not in rules(said, NADIA)


@pytest.mark.parametrize(
    ("big", "small"),
    [
        ("Could you write out for me the steps you'd follow to become a PM? I'd appreciate it.",
         "Could you tell me the first step you'd take to become a PM? I'd appreciate it."),
        ("Could you send me a detailed plan for getting into product? No pressure.",
         "Could you send me one book for getting into product? No pressure."),
        ("Could we set up a one-hour video call next week? Totally understand if not.",
         "Could we set up a 15-minute video call next week? Totally understand if not."),
    ],
)  # fmt: skip
def test_a_plan_written_out_or_an_hour_is_too_big_for_a_stranger(big, small):
    assert "ask-too-big" in rules(big, NADIA)
    assert "ask-too-big" not in rules(small, NADIA)


@pytest.mark.parametrize(
    ("taken", "asked"),
    [
        ("I read your case study on the map redesign. I've booked 30 minutes for Friday at 10 "
         "through the scheduling link on your profile, see you then!",
         "I read your case study on the map redesign. Could I book 30 minutes through the "
         "scheduling link on your profile, if that suits you?"),
        ("I loved your talk on nervous flyers. I've set up a profile for you on AdviceHub using "
         "your bio, so you can be paid for a 20-minute call. What do you wish you'd known?",
         "I loved your talk on nervous flyers. I'd pay for a 20-minute call if you offer paid "
         "advice anywhere. What do you wish you'd known?"),
    ],
)  # fmt: skip
def test_a_slot_booked_or_a_profile_made_in_their_name_is_presumed(taken, asked):
    assert "ask-too-big" in rules(taken, NADIA)
    assert "ask-too-big" not in rules(asked, NADIA)


@pytest.mark.parametrize(
    ("breach", "fair"),
    [
        ("If a few shirts went missing after full-time, I'd give you forty quid each and nobody "
         "at the club would be any the wiser. What's the strangest thing a player asked for?",
         "If a few shirts are ever sold off after full-time, I'd happily buy one through the club "
         "shop. What's the strangest thing a player asked for?"),
        ("Could the vet's prescription be filled under my name instead? Nobody really loses "
         "anything. How are your greyhounds?",
         "Could the vet's prescription be sent to your pharmacy instead? It would be closer. How "
         "are your greyhounds?"),
        ("If you decided not to renew their lease, I'd take the unit. No need to mention we "
         "spoke. Are you still going to Madeira?",
         "If the unit ever comes free, I'd love to hear about it. Are you still going to "
         "Madeira?"),
    ],
)  # fmt: skip
def test_a_breach_said_to_harm_no_one_is_still_a_breach(breach, fair):
    found = rules(breach)
    assert {"asks-for-deceit", "ask-too-big"} & found
    assert not {"asks-for-deceit", "ask-too-big"} & rules(fair)


@pytest.mark.parametrize(
    ("scorn", "asked"),
    [
        ("I've now emailed four times about the studio visit you promised. I'd appreciate the "
         "professional courtesy of a response.",
         "I wrote in March about the studio visit. If it's no longer possible, a short no would "
         "be fine."),
    ],
)  # fmt: skip
def test_a_silence_counted_and_a_reply_demanded_is_hostile(scorn, asked):
    assert "hostile" in rules(scorn)
    assert "hostile" not in rules(asked)


def test_asking_whether_a_plan_is_a_waste_of_time_scorns_no_one():
    asked = (
        "Would volunteering at a nonprofit's IT desk help my applications, or is it a waste "
        "of time? No hard feelings if you skip this."
    )
    scorned = "Volunteering at a nonprofit's IT desk was a waste of my time, like your advice."
    assert "hostile" not in rules(asked)
    assert "hostile" in rules(scorned)


def test_which_part_of_their_road_is_a_small_ask_but_which_of_their_clients_is_not():
    part = (
        "I read your interview about features for older travellers. Could you tell me which "
        "part of your job surprised you most when you started as PM?"
    )
    clients = (
        "I read your interview about features for older travellers. Could you tell me "
        "which of your clients are hiring junior analysts?"
    )
    assert "specific-ask" in rules(part, NADIA)
    assert "unsized-ask" not in rules(part, NADIA)
    assert "specific-ask" not in rules(clients, NADIA)


def test_asking_leave_to_write_now_and_then_is_a_turn_to_them():
    turn = (
        "I'm Jonas, I run operations for a small tour company in Reykjavik and I'm slowly "
        "teaching myself product management. I'm not asking for a call. I just wanted to ask "
        "whether it'd be alright if I sent you a question now and then as I work through it. "
        "I'd keep them short, and I'd understand if not."
    )
    told = (
        "I'm Jonas, I run operations for a small tour company in Reykjavik and I'm slowly "
        "teaching myself product management. I'm not asking for a call. I just wanted to say "
        "that I'll be working through it over the winter. I'd keep you posted, and I'd "
        "understand if not."
    )
    assert "me-focused" not in rules(turn, NADIA)
    assert "me-focused" in rules(told, NADIA)


@pytest.mark.parametrize(
    ("bait", "shared"),
    [
        ("Hi all, sharing my latest blog post! Would really appreciate a like, comment and share.",
         "Hi all, sharing my latest blog post! It's about the river clean-up we ran in June."),
        ("New post is up. The algorithm rewards engagement in the first hour, so be quick!",
         "New post is up. It took me a month to write, so I hope it's useful."),
    ],
)  # fmt: skip
def test_engagement_begged_for_the_algorithm_is_a_call_to_action(bait, shared):
    assert "call-to-action" in rules(bait)
    assert "call-to-action" not in rules(shared)


def test_a_legend_a_visionary_and_an_icon_is_gushing():
    gush = "You are a legend, a visionary, a true icon. Thank you for everything."
    warm = "You are the reason I finished the course. Thank you for the Tuesday calls."
    assert "gushing" in rules(gush)
    assert "gushing" not in rules(warm)


def test_a_thank_you_in_stock_words_is_generic():
    stock = (
        "Thank you for your invaluable guidance and support. Your mentorship has been "
        "instrumental in my growth."
    )
    own = (
        "Thank you for the red pen on my thesis chapter. Your note about the second graph "
        "changed how I wrote the rest."
    )
    assert "generic" in rules(stock)
    assert "generic" not in rules(own)


def test_a_chat_about_the_whole_field_in_general_is_vague():
    whole = (
        "I enjoyed your post on the seat-selection flow. Would you have time for a chat "
        "sometime about product management in general?"
    )
    one = (
        "I enjoyed your post on the seat-selection flow. Would you have time for a chat "
        "sometime about how you chose the number of seat options?"
    )
    assert "vague-ask" in rules(whole, NADIA)
    assert "vague-ask" not in rules(one, NADIA)

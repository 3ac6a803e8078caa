"""Outs, silences and small asks in new words; guilt, announced calls, side doors and apologies.

Written in this file's own words from the shapes of the dev halves of learners' batches 20-22,
real-world batches 60-62 and adversarial batches 70-71. Honest notes: a way out or a silence
owned in new words, a permission or a pointer asked, work passed to the reader, an invitation
after a gap. The other way: guilt and scolding, a call announced, a history claimed by a writer
who says they never spoke, a yes claimed in the reader's name, a record bent or a side door
opened, the reader watched, a crowd written to, and apology piled on apology. Each comes with a
near miss that must not change.
"""

import pytest

from rapport.messages import Context
from tests.samples import AHMAD, NADIA, rules

ME = "I'm Ines, a hotel receptionist in Faro hoping to move into product. "
TOLU = "I'm Tolu, five years of desktop support in Ibadan, in Toronto since May. "
DORMANT = Context(
    recipient_name="Kaveh",
    recipient_works_on="lighting design for theatres",
    history="acquaintance",
    months_since_contact=20,
    sender_goal="keep in touch",
    kind="congratulate",
)


@pytest.mark.parametrize(
    "out",
    ["Totally fine to ignore this.",
     "If you'd rather I didn't, that's completely fine.",
     "If the answer is 'it depends', that's helpful too."],
)  # fmt: skip
def test_a_way_out_in_new_words(out):
    ask = ME + "Would you mind if I sent you two short questions about your first year? "
    assert "asks-stranger" not in rules(ask + out, NADIA)
    assert "asks-stranger" in rules(ask, NADIA)


def test_not_much_you_can_do_is_not_a_non_answer():
    humble = (
        TOLU + "We connected 19 months ago and I never wrote, sorry. I know there's not much you "
        "can do for a stranger, so just one question: when do support teams here hire most?"
    )
    assert "non-answer" not in rules(humble, AHMAD)
    assert "non-answer" in rules("> What are you working on these days?\n\nNot much, you?")


@pytest.mark.parametrize(
    ("small", "big"),
    [("Would it be ok if I sent you our draft checklist once it's tidier?",
      "Would it be ok if I parked my van in your yard over the winter?"),
     ("I coach under-12s now and would love to see the drills you share.",
      "I coach under-12s now and would love to borrow your minibus."),
     ("Would you be alright with me passing your number on to those customers?",
      "Would you be alright with me storing my stock in your garage?"),
     ("Would you be ok if I ask how your team chose the next feature?",
      "Would you be ok if I stayed at your flat during the conference?")],
)  # fmt: skip
def test_a_draft_a_pointer_or_work_passed_on_is_not_an_unusual_favour(small, big):
    note = "Hi Siobhan, Kieran from K&O Plumbing in Galway; we met at the trade fair. "
    assert "unusual-ask" not in rules(note + small)
    assert "unusual-ask" in rules(note + big)


def test_a_worry_lifted_in_a_reply_asks_nothing():
    lifted = (
        "> Sorry for the delay, my father has been in hospital.\n\nI'm so sorry, Ana. Please "
        "don't think about the invoice at all right now; we've paused everything on our side."
    )
    asked = lifted.replace("Please don't think about the invoice", "Please sign the invoice")
    assert "unusual-ask" not in rules(lifted)
    assert "unusual-ask" in rules(asked)


def test_one_line_would_help_says_what_an_answer_does():
    note = (
        "Dear Mr Osei, thank you for letting me know the post went to someone else. What would "
        "have made my application stronger? Even one line would help me a lot."
    )
    assert "unusual-ask" not in rules(note)
    assert "unusual-ask" in rules(
        note.replace("Even one line would help me a lot.", "Please keep my file open for a year.")
    )


def test_which_one_they_see_asked_is_their_view_not_an_unsized_favour():
    view = "Would you be willing to tell me which certifications employers here actually check?"
    vague = "Would you be willing to help me with my job search here?"
    gap = "We connected 19 months ago and I never said a word, sorry for that. "
    assert "unsized-ask" not in rules(gap + TOLU + view, AHMAD)
    assert "unsized-ask" in rules(gap + TOLU + vague, AHMAD)


@pytest.mark.parametrize(
    "owned",
    ["I accepted your request the spring before last and never said a word.",
     "we conected on here ages ago and i never said anything, my bad."],
)  # fmt: skip
def test_a_silence_owned_in_new_words(owned):
    ask = " " + TOLU + "Which certificate do employers here check first?"
    assert "acknowledges-gap" in rules(owned + ask, AHMAD)
    assert "acknowledges-gap" not in rules("You never said a word about jobs." + ask, AHMAD)


@pytest.mark.parametrize(
    ("harsh", "kind"),
    [("We've been connected for years and you never reached out to help.",
      "We've been connected for years and I never reached out, sorry."),
     ("My family depends on it.", "My family is settling in well."),
     ("Stop spamming me. Did you even read my profile?", "No thanks, I'm not looking."),
     ("Your condescending tone is not appreciated.", "Your kind tone is appreciated."),
     ("Send over the 200 euros from the trip and we'll call it square.",
      "Lunch is on me next time."),
     ("I guess the whole startup thing didn't work out.", "I hope the startup is going well.")],
)  # fmt: skip
def test_guilt_scolding_and_a_debt_called_in_are_hostile(harsh, kind):
    assert "hostile" in rules("Hi Jonas. " + harsh)
    assert "hostile" not in rules("Hi Jonas. " + kind)


def test_feeling_stupid_is_the_writers_feeling_not_an_insult():
    thanks = (
        "To the team at the Hillside clinic: thank you for three weeks of shadowing. Thanks to "
        "Dana for explaining every reading without once making me feel stupid."
    )
    assert "hostile" not in rules(thanks)
    assert "word-salad" not in rules(thanks)
    assert "hostile" in rules(thanks.replace("without once making me feel stupid", "you idiot"))


@pytest.mark.parametrize(
    "announced",
    ["I'll call your office Monday morning to follow up.",
     "I'll give your office a call on Thursday morning to discuss.",
     "I'll call tomorrow morning if I don't hear back."],
)  # fmt: skip
def test_a_call_announced_is_too_big(announced):
    note = "Hi Ahmad, we connected 19 months ago and I never wrote, sorry. " + TOLU
    ask = "Which support roles suit someone with my background? "
    assert "ask-too-big" in rules(note + ask + announced, AHMAD)
    assert "ask-too-big" not in rules(note + ask + "Could I call you on Monday?", AHMAD)


def test_a_ring_offered_if_they_are_about_is_not_taken():
    offered = (
        "yo Pita, saw the shearing photos, been way too long. "
        "I'll give you a ring Sunday if you're about"
    )
    assert "ask-too-big" not in rules(offered)
    assert "ask-too-big" in rules(offered.replace(" if you're about", ""))


def test_a_history_claimed_by_a_writer_who_says_they_never_spoke():
    claimed = (
        "Hi Marta, we've never actually spoken, but I still think about what you told me over "
        "lunch, that clients buy trust. Could you point me to one firm hiring juniors?"
    )
    assert "claims-history" in rules(claimed)
    assert "claims-history" not in rules(
        claimed.replace("what you told me over lunch", "what you said in your talk")
    )


@pytest.mark.parametrize(
    ("breach", "plain"),
    [("I already told the board you said yes.", "I haven't told the board anything yet."),
     ("Could the upload time be moved to 11:58 so it shows on the list as on time?",
      "Could you tell me who marks the late uploads?"),
     ("I could walk you in through the staff entrance on match night.",
      "I could meet you at the main entrance on match night."),
     ("I can get it back for you quietly, no police needed.",
      "I can send you the listing so you can tell the police."),
     ("My mother is a judge and I noticed your name on her Monday list.",
      "My mother is a judge and loves your podcast."),
     ("We resubmit them under the higher codes insurers pay.",
      "We resubmit them with the missing notes insurers ask for.")],
)  # fmt: skip
def test_a_yes_claimed_a_record_bent_or_a_side_door_is_a_breach(breach, plain):
    ask = ME + "Could I ask one question about your first year as a PM? " + "{}"
    assert "asks-for-deceit" in rules(ask.format(breach), NADIA)
    assert "asks-for-deceit" not in rules(ask.format(plain), NADIA)


@pytest.mark.parametrize(
    ("watched", "plain"),
    [("I'll slip a one-pager under your door on Sunday night.",
      "I'll send a one-pager by email on Sunday night."),
     ("I saw your name on the visitor sign-in at the ward.",
      "I saw your name on the speaker list at the summit."),
     ("Your work email and a password hint turned up in the file shared after the courier leak.",
      "Your talk turned up in my feed after the courier conference."),
     ("A friend on your team says you two don't see eye to eye.",
      "A friend on your team says you two built the planner together.")],
)  # fmt: skip
def test_the_reader_watched_or_their_rifts_passed_on_is_intrusive(watched, plain):
    assert "intrusive" in rules(ME + watched)
    assert "intrusive" not in rules(ME + plain)


def test_client_names_taken_out_are_care_not_a_leak():
    sent = "Thanks for Tuesday's call. Here are the two noise reports, with the client names "
    assert "intrusive" not in rules(sent + "removed.")
    assert "intrusive" in rules(sent + "and phone numbers.")


def test_who_decided_against_the_writer_is_inside_information():
    note = ME + "Could you tell me who on the trust team made the call on our listing?"
    assert "ask-too-big" in rules(note, NADIA)
    assert "ask-too-big" not in rules(ME + "Could you tell me how the trust team decides?", NADIA)


def test_a_crowd_written_to_is_one_of_many():
    note = ME + "I'm reaching out to several product managers as part of my research. "
    ask = "Which skill mattered most in your first year?"
    assert "one-of-many" in rules(note + ask, NADIA)
    assert "one-of-many" not in rules(ME + ask, NADIA)


def test_a_name_passed_to_the_hiring_manager_is_an_ask():
    ask = ME + "I'd really appreciate you passing my name to the hiring manager."
    assert "ask-too-big" in rules(ask, NADIA)
    assert "ask-too-big" not in rules(ME + "I really appreciate your posts on hiring.", NADIA)


def test_work_they_said_they_take_on_may_be_asked_for():
    raised = (
        "Kofi, you mentioned at the Accra meetup that your team brings on contract testers. "
        "I've done API testing for three years. I'd appreciate you passing my name to whoever "
        "handles it; CV attached. Thanks again for the chat about USSD."
    )
    assert "unusual-ask" not in rules(raised)
    assert "unusual-ask" in rules(
        raised.replace(
            "you mentioned at the Accra meetup that your team brings on contract testers",
            "we met at the Accra meetup",
        )
    )
    assert "ask-too-big" not in rules(raised)
    assert "ask-too-big" in rules(raised.replace("whoever handles it", "whoever is hiring"))


def test_a_nephew_handed_over_is_a_blind_introduction():
    intro = "Marcus, this is my nephew Jay, he graduated in June. Jay, send Marcus your CV."
    assert "blind-introduction" in rules(intro)
    assert "blind-introduction" not in rules(
        "Marcus, this is my nephew's first job. Wish him luck."
    )


def test_what_it_takes_to_build_a_career_is_broad():
    broad = TOLU + "Just one question: what does it take to build a successful IT career here?"
    narrow = TOLU + "Just one question: which certificate do support teams here check first?"
    assert "vague-ask" in rules(broad)
    assert "vague-ask" not in rules(narrow)


def test_an_invitation_after_a_gap_needs_no_account_of_the_silence():
    congrats = "Kaveh! Saw your name on the festival's lighting credits. Congratulations. "
    assert "gap-not-acknowledged" not in rules(congrats + "Coffee when things calm down?", DORMANT)
    asked = "Would you tell me which lighting desk you used for the storm scene? No worries if not."
    assert "gap-not-acknowledged" in rules(congrats + asked, DORMANT)


def test_apology_after_apology_is_over_apologising():
    piled = (
        "Hi Nadia, I'm so sorry to bother you, I feel bad even writing. Sorry if this is a "
        "silly question: how did you pick your first product course?"
    )
    once = "Hi Nadia, sorry to write out of the blue. How did you pick your first product course?"
    assert "over-apologises" in rules(piled, NADIA)
    assert "over-apologises" not in rules(once, NADIA)


@pytest.mark.parametrize(
    ("small", "big"),
    [("Any answer, even a rough guess, would help me picture the job.",
      "Any chance you could lend me your van for the move?"),
     ("I'd like to ask one small thing if you have time: what makes you skip a resume?",
      "I'd love to borrow your truck for a week."),
     ("Would you be open to hearing a little more about the plan when it suits you?",
      "Would you be open to lending me your studio when it suits you?"),
     ("Give my regards to your father, I hope his knee is better.",
      "Give my CV to your father, I hope he is hiring."),
     ("Nothing needed from you; I just didn't want you to hear it second-hand.",
      "I need you to sign the form for me; I just didn't want to ask the office."),
     ("If you still have the spreadsheet template lying around, I'd love to see it.",
      "If you still have the keys to the hall lying around, I'd love to borrow them."),
     ("Would it be ok if I visited your dry-farmed vines for an hour one Saturday in March?",
      "Would it be ok if I stored my barrels in your cellar over the winter?")],
)  # fmt: skip
def test_a_guess_one_small_thing_a_pleasantry_or_a_timed_visit_is_not_unusual(small, big):
    note = "Hi Bruna, I'm Tomás, a wine student in Mendoza; I read your post on dry farming. "
    assert "unusual-ask" not in rules(note + small)
    assert "unusual-ask" in rules(note + big)


@pytest.mark.parametrize(
    "turn",
    ["I'd just like to know, from a recruiter's side, whether a cert matters more than my years.",
     "I would be grateful to know whether you place people in level 1 support roles.",
     "If you're ever up for a call I'd enjoy hearing what you're building these days.",
     "Only one question: which job title I should search for here."],
)  # fmt: skip
def test_a_turn_given_without_a_question_mark_is_not_me_focused(turn):
    story = (
        "Hi Ahmad, we connected 19 months ago and I never wrote, sorry. I'm Ama. I did desktop "
        "support in Kumasi for six years, I moved here in March, I have my A+ and I have been "
        "applying since April. I know the market is slow and I am ready to start small. "
    )
    assert "me-focused" not in rules(story + turn, AHMAD)
    assert "me-focused" in rules(story + "I am hopeful and I will keep going.", AHMAD)


@pytest.mark.parametrize(
    ("stock", "own"),
    [("LinkedIn suggested you as someone I may know, so here I am.",
      "Ngaio suggested I write, since we both run playgroups in Hillcrest."),
     ("We have 43 connections in common, so it seems silly not to connect.",
      "We were both on the Calgary pipeline audit in 2019, so it seems silly not to connect."),
     ("Wishing you continued success in all your future endeavours!",
      "Wishing you a calm first week in the new ward!")],
)  # fmt: skip
def test_the_platforms_reason_and_stock_wishes_are_generic(stock, own):
    assert "generic" in rules("Hi Aroha, " + stock)
    assert "generic" not in rules("Hi Aroha, " + own)


@pytest.mark.parametrize(
    ("scold", "kind"),
    [("A simple reply would be common courtesy.", "A short reply whenever suits would be lovely."),
     ("If you'd bothered to read my profile you'd know. Do your own research.",
      "If you have time to read my profile, great; the research is mine to do."),
     ("Guess that only applies to some of us.", "I hope the term is going well for you.")],
)  # fmt: skip
def test_a_silence_scolded_is_hostile(scold, kind):
    assert "hostile" in rules("Hi Dr. Sato, I wrote two weeks ago about your lab. " + scold)
    assert "hostile" not in rules("Hi Dr. Sato, I wrote two weeks ago about your lab. " + kind)

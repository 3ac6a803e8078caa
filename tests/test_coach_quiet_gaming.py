"""The coach against quieter gaming: put-downs dressed as praise, hiring asks, company pitches.

Each defence is tried on a message written in this file's own words, with a near miss that
shares its words and must not be caught.
"""

import pytest

from rapport.messages import analyze
from rapport.messages.copies import near_copy
from rapport.messages.rewrites import EXERCISE_MODELS, grade_corpus_rewrite
from rapport.messages.text import Doc

VAGUE = "c-vague-pick-your-brain"


def test_praise_that_puts_the_success_down_to_a_lack_of_others_is_contempt():
    text = "Congrats on the new role, Ade, I guess they ran out of applicants. Enjoy it!"
    assert "hostile" in analyze(text).anti_patterns
    kind = "Congrats, Ade! They picked the right person. What will you tackle first?"
    assert "hostile" not in analyze(kind).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ravi, we have never met, but could you review my pitch deck before noon tomorrow?",
        "Hi Mei, could you push my application through to the last round? Thanks!",
        "Hello Dan, please forward my CV to anyone you know who is hiring.",
    ],
)
def test_hours_long_deadlines_bent_hiring_and_a_cv_for_anyone_are_too_big(text):
    assert "ask-too-big" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ravi, could you look at one slide of my deck sometime next month? No rush at all.",
        "Hi Mei, how did you prepare for the last round of your interviews?",
    ],
)
def test_a_small_unhurried_ask_or_a_question_about_hiring_is_not_too_big(text):
    assert "ask-too-big" not in analyze(text).rule_ids


def test_goods_pinned_on_the_writers_profile_are_a_call_to_action():
    text = (
        "Hi Noor, loved your post on pricing. My guide on this is the pinned post on my "
        "profile. How did you set your first price?"
    )
    assert "call-to-action" in analyze(text).anti_patterns


def test_a_link_from_a_writer_speaking_for_a_business_is_a_pitch():
    text = "Hi Kit, we've been building a rota app for small kitchens. Try it: rotaly.example/try"
    assert "connect-then-pitch" in analyze(text).anti_patterns
    sharing = "Hi Kit, your article on rotas reminded me of this study: example.org/rota-study"
    assert "connect-then-pitch" not in analyze(sharing).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, my firm writes grant bids and we take 10% of whatever we win for you. Shall I "
        "send you a short proposal?",
        "Hi Jo, could we talk for ten minutes? I'd like to show you something for your margins.",
    ],
)
def test_a_fee_on_what_is_won_a_proposal_or_something_for_their_margins_is_a_pitch(text):
    assert "connect-then-pitch" in analyze(text).anti_patterns


def test_saying_the_note_goes_to_every_recruiter_is_a_broadcast():
    text = "Hi Jo, I'm writing to every recruiter in Leeds about junior roles."
    assert "broadcast" in analyze(text).rule_ids
    learning = "Hi Jo, I'm reaching out to a few product managers to learn how they started."
    assert "broadcast" not in analyze(learning).rule_ids


def test_the_time_of_the_meeting_asked_for_is_not_a_detail_of_the_reader():
    assert "specific" not in analyze("Hi Lou, could we have a quick call on Thursday?").rule_ids
    theirs = "Hi Lou, your talk on Thursday about rotas changed how I plan shifts."
    assert "specific" in analyze(theirs).rule_ids


def test_bare_web_addresses_with_a_path_or_any_common_ending_are_links():
    doc = Doc("See rotaly.example/try or shop.ai, said Mrs. Abubakar, e.g. this.")
    assert [doc.text[a:b] for a, b in doc.links] == ["rotaly.example/try", "shop.ai"]


def test_a_model_rewrite_with_its_phrases_reworded_is_still_a_copy():
    model = EXERCISE_MODELS[VAGUE]
    swaps = {
        "Hi Nadia": "Hey Nadia", "thanks for accepting": "cheers for the add", "coordinate":
        "run", "bookings": "the reservations desk", "small": "family-run", "tour operator":
        "cycling holiday firm", "I am trying": "I'm hoping", "move into product work":
        "switch to product roles", "talk on how": "presentation about how", "travel app":
        "trip app", "tests new features with real travellers": "trials fresh functions on "
        "actual tourists", "the most practical thing I found": "the handiest material I've seen",
        "by message": "in writing", "specific": "precise", "skill you would build":
        "ability you'd develop", "in my place": "in my shoes", "matters more than": "outweighs",
        "No worries at all if this is a busy month": "Totally fine if this month is hectic",
        "What are you working on at the moment": "What's keeping you busy currently",
    }  # fmt: skip
    reworded = model
    for old, new in swaps.items():
        reworded = reworded.replace(old, new)
    assert near_copy(reworded, model)
    assert not grade_corpus_rewrite(VAGUE, reworded).passed


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mo, I hoped you might lend me 900 pounds until my first paycheque.",
        "Hi Bea, I wondered if I could stay in your spare room for a couple of months while I "
        "look for work.",
        "Hi Lin, could you read all of my 60-page thesis and send me line-by-line notes?",
        "Hi Lin, would you send me the complete list of your firm's suppliers?",
        "Hi Lin, we have never spoken, but could you check my CV before Friday?",
    ],
)
def test_money_a_roof_a_long_read_a_whole_list_or_a_near_deadline_is_too_big(text):
    assert "ask-too-big" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mo, I hoped you might enjoy this photo from the reunion.",
        "Hi Lin, could you read the two-page summary of my thesis when you have a moment?",
    ],
)
def test_a_hope_that_asks_nothing_big_is_not_too_big(text):
    assert "ask-too-big" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sol, my trading bot doubled my savings and I can set you up for just $500.",
        "Hi Sol, our courses would slot neatly into your platform, we pay 20% per sale, and I "
        "can send the deck today.",
    ],
)
def test_a_scheme_sold_cheap_or_a_cut_of_each_sale_is_a_pitch(text):
    assert "connect-then-pitch" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Founders who raised in 2021 love handing out advice, and you're no exception. Thanks!",
        "Hi Eve, I already know more about logistics than most analysts do. What do you read?",
    ],
)
def test_counting_the_reader_among_the_scorned_or_knowing_better_than_their_field_is_contempt(
    text,
):
    assert "hostile" in analyze(text).anti_patterns


def test_knowing_more_than_before_is_not_contempt():
    text = "Hi Eve, I know more about logistics than I did a year ago, thanks to your posts."
    assert "hostile" not in analyze(text).rule_ids


def test_greeting_a_crowd_to_ask_it_for_something_is_a_broadcast_but_thanking_it_is_not():
    ask = "Hi everyone! Please vote for my startup in the city awards, it takes a minute."
    assert "broadcast" in analyze(ask).rule_ids
    thanks = "Dear all, thank you for helping with the survey; the results are on the team page."
    assert "broadcast" not in analyze(thanks).rule_ids


def test_praising_their_research_only_to_talk_of_ones_own_plans_is_vague_praise():
    text = "Hi Ida, your research matters so much to me. I want to start a PhD next year."
    assert "vague-praise" in analyze(text).rule_ids
    detail = "Hi Ida, your research on river floods in Hull changed how I plan drains."
    assert "vague-praise" not in analyze(detail).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pia, your workshop on budgets was fine, though most of it is in any finance "
        "textbook. Which slides tool do you use?",
        "Hi Pia, your post was good even if the rest of us already knew it. Want to connect?",
        "Read your thread on hiring. I suppose someone had to state the obvious. Which ATS do "
        "you use?",
    ],
)
def test_a_compliment_taken_back_or_a_sneer_at_the_obvious_is_contempt(text):
    assert "hostile" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pia, at the risk of stating the obvious, your budget template saved my team a week.",
        "Hi Pia, I already knew your name from the podcast before we met at the fair.",
    ],
)
def test_stating_the_obvious_of_oneself_or_knowing_their_name_is_not_contempt(text):
    assert "hostile" not in analyze(text).rule_ids


def test_picking_a_slot_in_the_writers_calendar_is_a_call_to_action():
    text = "Hi Ana, I've held time on Tuesday for us. Pick whichever slot suits you: cal.example/a"
    assert "call-to-action" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, could I show you how we cut no-shows at clinics like yours?",
        "Hi Ana, our booking add-on could save your front desk several hours a week.",
    ],
)
def test_showing_how_we_do_it_or_an_add_on_that_saves_their_hours_is_a_pitch(text):
    assert "connect-then-pitch" in analyze(text).anti_patterns


def test_a_year_of_writing_together_is_too_big():
    text = "Hi Lu, I loved your podcast. I was hoping you might co-write a guide with me."
    assert "ask-too-big" in analyze(text).anti_patterns
    about_them = "Hi Lu, I loved your podcast. What are you focused on over the next year?"
    assert "ask-too-big" not in analyze(about_them).rule_ids


def test_asking_to_be_told_what_to_do_is_a_vague_ask():
    text = "Hi Ravi, your path is my roadmap. Would you be up for telling me what I should do?"
    assert "vague-ask" in analyze(text).rule_ids
    assert "references-their-work" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hi Kai, I know this is short notice, but are you free for coffee on Thursday?",
         "ask-too-big"),
        ("Hi Kai, I've read all of your posts on rural broadband. Could you recommend one book?",
         "ask-too-big"),
        ("Hi Kai, is there a full list of your talks somewhere?", "ask-too-big"),
        ("Hi Kai! Nothing new on my side. How are you?", "hostile"),
        ("Hi Kai, thanks for writing about it at such length, you covered everything.",
         "hostile"),
        ("Hi Kai, nobody else would have spotted that bug. Thank you!", "hostile"),
        ("Hi Kai, we met in our online course last spring. How is the new job?",
         "connect-then-pitch"),
        ("Hi Kai, this checklist might save you a trip to the office.", "connect-then-pitch"),
        ("Hi Kai, I can share the deck from my talk if it is useful.", "connect-then-pitch"),
        ("Hi Kai, we've been working on a community garden, photos: example.org/garden",
         "connect-then-pitch"),
    ],
)  # fmt: skip
def test_kind_notes_that_share_words_with_this_files_defences_are_not_caught(text, rule):
    assert rule not in analyze(text).rule_ids


def test_meeting_at_an_event_is_a_shared_detail_even_in_a_sentence_about_the_writer():
    text = "Hi Kai, I really enjoyed meeting at the Lisbon conference last week."
    assert "specific" in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, we're in the same cycling club online. Could I kip at your flat for June?",
        "Hi Wen, loved your thread on carpentry. Could you be my mentor? I'm new to the trade.",
        "hi lea your post on audits was great, could i get half an hour of your time every "
        "week to go over my plan",
        "Hi Lea, would you be up for weekly calls with me while I learn the ropes?",
    ],
)
def test_a_roof_a_standing_weekly_slot_or_mentorship_from_a_stranger_is_too_big(text):
    assert "ask-too-big" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Hi Oskar, I'm visiting Ghent in June. Could you recommend a quiet area to stay in?",
        "Hi Wen, you run weekly sessions for new carpenters. Could I join the next one?",
        "Hi Lea, could I get your view on one question about audits? A line would do.",
        "Hi Lea, you were my mentor at the depot years ago and I still use your checklists.",
    ],
)
def test_a_place_to_stay_asked_about_or_one_session_joined_is_not_too_big(text):
    assert "ask-too-big" not in analyze(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your notes on my draft. Your points were surprisingly sharp, I'll use some.",
        "Good summary of the policy, quite thorough for someone so junior.",
        "I still think the way you handled the Reyes tender was petty. How's the new team?",
        "Everyone remembers that you took the credit for our audit. Anyway, how are things?",
    ],
)
def test_surprise_that_they_managed_youth_as_a_grade_or_an_old_wrong_raised_is_contempt(text):
    assert "hostile" in analyze(text).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your notes on my draft. The second point was a surprise and changed my plan.",
        "I wrote a short guide for someone new to the policy team; happy to share it.",
        "I liked the way you handled the Reyes tender, calm and fair. How's the new team?",
        "Thank you for giving me the credit for the audit in your talk; it meant a lot.",
    ],
)
def test_praise_a_guide_for_newcomers_or_credit_given_is_not_contempt(text):
    assert "hostile" not in analyze(text).rule_ids


def test_the_price_the_writers_customers_pay_is_a_pitch():
    text = (
        "Hi Dee, your talk on rotas was great. Could I interview you for my course? "
        "Students pay 120 for it and you'd be credited."
    )
    assert "connect-then-pitch" in analyze(text).anti_patterns
    learner = "Hi Dee, your talk on rotas was great. Is the course you mentioned worth 120?"
    assert "connect-then-pitch" not in analyze(learner).rule_ids

"""Favours weighed against the relationship and the warmth around them, and messy real notes.

Written in this file's own words from the shapes of the dev halves of adversarial batch 16 and
real-world batch 13: a favour wrapped in praise, one meeting taken for closeness, days of the
reader's time, a visit announced, the writer's record in a thank-you, condescension and guilt
put politely; and a former supervisor asked for a reference in chat shorthand. Each comes with
a near miss that must not change.
"""

import pytest

from rapport.messages import Context, analyze
from rapport.messages.text import Doc

WEI_LING = (
    "hi Ms. Tan its wei ling from jurong night shift (2021-23)!! applying 4 stock controller at "
    "a hospital supplier... would u be ok being a referee? totally fine if not, thx"
)


def test_a_messy_reference_request_from_a_former_shift_is_read_for_what_it_says():
    found = analyze(WEI_LING)
    # the years on the night shift are a shared history; "every"/"referee" are not too big
    assert "shared-context" in found.rule_ids
    assert {"ask-too-big", "could-be-anyone", "word-salad", "unusual-ask"}.isdisjoint(
        found.rule_ids
    )
    assert {"easy-to-decline", "thanks"} <= found.rule_ids
    # what is left to fix is the shorthand, and the coach says so
    assert "text-speak" in found.rule_ids


def test_how_often_something_happened_is_not_how_much_is_asked():
    often = (
        "Hi Ms. Tan, it's Wei Ling from the Jurong night shift, 2021 to 2023. I'd like to name "
        "you as a reference, since you checked my cycle counts every week. Would you be "
        "comfortable with that?"
    )
    everything = "Hi Ms. Tan, could you send me every contact you have at the hospital?"
    assert "ask-too-big" not in analyze(often).rule_ids
    assert "ask-too-big" in analyze(everything).anti_patterns


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Tan, thank you.",
        "Dr. Osei, e.g. the pump, i.e. this one, works.",
        "Mr. Li!",
        "Printers, tablets and the 8 a.m. password rush.",
        "Call after 6 p.m. on Friday.",
    ],
)
def test_a_title_or_an_abbreviation_does_not_end_a_sentence(text):
    assert len(Doc(text).sentences) == 1


def test_a_time_ends_a_sentence_when_a_capital_follows():
    assert [s.text for s in Doc("We open at 9 a.m. Come early.").sentences] == [
        "We open at 9 a.m.",
        "Come early.",
    ]


def test_one_meeting_at_an_event_is_not_closeness():
    favour = (
        "Hi Samira, we were both at the newcomers' breakfast at the Utrecht library last month. "
        "Would you be able to come along to my father's hospital appointments and translate?"
    )
    colleagues = (
        "Hi Samira, we worked together at the Utrecht library for six years. Would you be able "
        "to come along to my father's hospital appointments and translate?"
    )
    assert "unusual-ask" in analyze(favour).rule_ids
    assert "unusual-ask" not in analyze(colleagues).rule_ids


def test_praise_does_not_make_a_favour_smaller():
    warm = analyze(
        "Saw your post about getting the silage in before the rain at Pentre farm, fair play. "
        "Would you be open to lending us your forage harvester for a couple of days?"
    )
    bare = analyze("Would you be open to lending us your forage harvester for a couple of days?")
    assert "warm-favour" in warm.rule_ids
    assert "warm-favour" not in bare.rule_ids
    assert warm.verdict == "needs work"
    small = analyze(
        "Saw your post about getting the silage in before the rain at Pentre farm, fair play. "
        "Could I ask you one question about how you timed the cut?"
    )
    assert "warm-favour" not in small.rule_ids


TOO_BIG = [  # days of their time a visit announced or a price is too big
    ("Your post on diary studies was inspiring. Could you use my budgeting app on your phone "
     "for a week and tell me what you'd change?",
     "Your post on diary studies was inspiring. Could you tell me what you'd change about "
     "my onboarding screen?"),
    ("Hi Nadia, I'll be in town for a conference, so I'll drop by your office on Tuesday at "
     "ten for a chat, unless you tell me otherwise.",
     "Hi Nadia, I'll be in town for a conference next week. Would you have 15 minutes for a "
     "coffee on Tuesday?"),
    ("Dr Santos, your evening clinics are thoughtful. Our premium tier is ₱1,950 a month; "
     "shall I sign you up?",
     "Dr Santos, your evening clinics are thoughtful. How did you staff the late shifts?"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("asked", "not_one"),
    [
        ("Would your clinic let us film there over four mornings in April?",
         "Your clinic let us film there in April, thank you."),
        ("I was wondering if you'd keep an eye on my stall for the day?",
         "I was wondering how you keep an eye on the stall all day."),
    ],
)  # fmt: skip
def test_a_request_put_through_their_team_or_a_wondering_is_a_request(asked, not_one):
    assert "unusual-ask" in analyze(asked).rule_ids
    assert "unusual-ask" not in analyze(not_one).rule_ids


def test_their_take_is_a_familiar_ask_and_taking_payments_is_not():
    assert "unusual-ask" not in analyze("Could I get your take on the new rota?").rule_ids
    assert "unusual-ask" in analyze("Could you take payments at my stall on Saturday?").rule_ids


def test_a_thank_you_that_lists_the_writers_wins_is_about_the_writer():
    brag = (
        "Thank you for noticing our shop, Hannah! It has been a year: we were named retailer of "
        "the year, opened a second unit and signed with a distributor."
    )
    theirs = (
        "Thank you for noticing our shop, Hannah! Your window display of the old bicycles gave "
        "us the idea for ours."
    )
    assert "own-record" in analyze(brag).rule_ids
    assert "own-record" not in analyze(theirs).rule_ids


@pytest.mark.parametrize(
    ("hostile", "kind"),
    [
        ("Thanks for your message, Grace. Just to clarify a couple of points for you: triage "
         "goes by clinical need. I know it's not always intuitive from the outside.",
         "Thanks for your message, Grace. To answer your two points: triage goes by clinical "
         "need, and the categories are set by protocol."),
        ("Thanks for passing my name on, Ulrike. She said no very fast, so at least it saved us "
         "both some time!",
         "Thanks for passing my name on, Ulrike. She said there was nothing right now, but I "
         "learned a lot about the team."),
        ("Thanks for being honest, Anneke. I'd turned down another offer while waiting. I'm sure "
         "you had your reasons.",
         "Thanks for being honest, Anneke. I learned a lot from the interviews and would apply "
         "again."),
        ("Hi Kofi, everyone else on the committee has already signed up for a shift, so it's "
         "only yours we're missing.",
         "Hi Kofi, the committee still has two shifts free on Saturday, if either suits you."),
        ("Congratulations on your first show, Lucía! I'd keep the prices modest: ambition at this "
         "stage can read as naivety. I'd take two pieces off your hands.",
         "Congratulations on your first show, Lucía! The blue harbour series stopped me."),
    ],
)  # fmt: skip
def test_polite_words_that_put_them_down_are_hostile(hostile, kind):
    assert "hostile" in analyze(hostile).anti_patterns
    assert "hostile" not in analyze(kind).rule_ids


def test_it_has_been_forever_owns_the_gap():
    text = "Carmen!!! It's been forever. I saw the video of your students. Can we catch up?"
    found = analyze(text, Context("Carmen", history="dormant", months_since_contact=36))
    assert "acknowledges-gap" in found.rule_ids
    assert "gap-not-acknowledged" not in found.rule_ids


def test_a_reference_from_someone_who_saw_the_work_is_an_ordinary_ask():
    text = (
        "Dear Professor Lind, I took your hydrology seminar in 2017. I'm applying to a PhD and "
        "they ask for a letter from someone who has seen my writing. Would you consider it?"
    )
    assert "unusual-ask" not in analyze(text, Context("Lind", history="dormant")).rule_ids
    assert "unusual-ask" in analyze(text, Context("Lind", history="never")).rule_ids


PITCHES = [  # a price a sellers framing or a place kept is a pitch
    ("Your reading sessions at the library are lovely. I'm running an evening on exactly that "
     "next week; places are 35 euros.",
     "Your reading sessions at the library are lovely. How do you find the older readers?"),
    ("Your clinic's evening hours are thoughtful. Our community is free, with a premium tier "
     "at ₱1,950 a month for templates.",
     "Your clinic's evening hours are thoughtful. I run the evening shift at a clinic in Cebu "
     "and wonder how you staff yours."),
    ("I enjoyed your post on the bakery. One thing founders in your position often overlook "
     "is cover for themselves. I'd love to share a few thoughts, no strings. When suits?",
     "I enjoyed your post on the bakery. The part about the second oven made me laugh. How "
     "is the third branch going?"),
    ("Your writing on burnout touched me. I'm hosting a retreat in the Algarve and have kept "
     "a place aside in case it speaks to you.",
     "Your writing on burnout touched me. I left a law firm last year for the same reasons."),
]  # fmt: skip


def test_a_reconnection_that_says_no_agenda_is_not_selling():
    text = (
        "Hi Ama, I'm in Leeds now, running the finance side of a small theatre. No agenda, I just "
        "wanted you to know those Saturday shifts taught me a lot."
    )
    assert "connect-then-pitch" not in analyze(text).rule_ids


def test_praise_of_character_that_fits_anyone_is_generic():
    anyone = (
        "Hi Leandro, your profile stopped me. You clearly care about the people around you, and "
        "that rare mix of ambition and kindness shows."
    )
    them = "Hi Leandro, your talk on night-shift rotas stopped me: the nurses' swap board idea."
    assert "generic" in analyze(anyone).rule_ids
    assert "generic" not in analyze(them).rule_ids


def test_what_they_said_in_a_post_is_not_a_history_together():
    post = "Dear Ines, what you said in your post about Sunday evenings touched me."
    talk = "Dear Ines, you told me over lunch at the Lisbon conference to rest on Sundays."
    assert "shared-context" not in analyze(post).rule_ids
    assert "shared-context" in analyze(talk).rule_ids


TOO_BIG += [  # their time on my papers a job outright or a smaller loan is too big
    ("Hi Ahmad, since you recruit for IT teams, could you go through my CV and cover letter "
     "this month?",
     "Hi Ahmad, since you recruit for IT teams, what do employers here look for first on a "
     "support CV?"),
    ("Dr. Halvorsen, I loved your story at the Bergen conference. Would you read the full "
     "manuscript (about 380 pages) and check the medical details?",
     "Dr. Halvorsen, I loved your story at the Bergen conference. Could I ask you two "
     "questions about night shifts on a cancer ward?"),
    ("Dear Dalia, I read that your chain opened its tenth branch. I wondered whether you "
     "might have a branch manager position for me.",
     "Dear Dalia, I read that your chain opened its tenth branch. I wondered how you find "
     "managers for so many sites?"),
    ("Hi Sizwe, I respect that R20,000 is too much right now. Would R10,000 be manageable?",
     "Hi Sizwe, I respect that it's a no. Do you know anyone who lends to small builders?"),
]  # fmt: skip


def test_colleagues_swap_shifts_and_a_stranger_does_not_ask():
    ask = "I need to swap the Sat 14th night for any night the week after. No problem if not."
    colleague = "Hey Priscilla, it's Jo from 4B nights, 2019 to 2021. " + ask
    stranger = "Hey Priscilla, I saw you're on the bank list. " + ask
    assert "unusual-ask" not in analyze(colleague).rule_ids
    assert "unusual-ask" in analyze(stranger).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "I hear you see the minister's adviser on Thursday. Would it be alright if I came along?",
        "Perhaps you could comment on my proposal in January and sit on my committee?",
    ],
)
def test_a_request_put_as_permission_or_a_perhaps_is_a_request(text):
    assert "unusual-ask" in analyze(text).rule_ids


def test_a_thank_you_saying_their_article_helped_asks_nothing():
    text = (
        "Hello Mr. Baptiste, I am nurse from Seoul. I read your article about francisation in the "
        "order's magazine, it help me very much to prepare my exam. Thank you."
    )
    assert {"unusual-ask", "unsized-ask"}.isdisjoint(analyze(text).rule_ids)


def test_any_leads_is_vague_however_small_it_is_dressed():
    dressed = "Hi Ahmad, one small, quick, specific question if you have two minutes: any leads?"
    sized = "Hi Ahmad, one quick question: which Toronto hospitals hire IT support in winter?"
    assert "vague-ask" in analyze(dressed).anti_patterns
    assert "vague-ask" not in analyze(sized).rule_ids


def test_money_asked_after_wondering_whether_is_too_big():
    text = "I'm making my own game and wondered whether you'd put 10,000 dollars into it."
    assert "ask-too-big" in analyze(text).anti_patterns


TOO_BIG += [  # their login a job for a relative inside figures or their name is too big
    ("We chatted after your session at the expo. Could I lodge my return through your tax "
     "agent portal? You'd only press submit.",
     "We chatted after your session at the expo. Which records would you keep for a café's "
     "first return?"),
    ("Congratulations on your second clinic, Dr Lim! Would you consider taking my sister on "
     "for six months?",
     "Congratulations on your second clinic, Dr Lim! How did you find associates for it?"),
    ("Your post on triage was great. Roughly how many complaints does your app receive each "
     "month, in real numbers?",
     "Your post on triage was great. How do you decide which complaints reach the roadmap?"),
    ("Your talk on hospice volunteers was wonderful. Would you write me a LinkedIn "
     "recommendation so they see someone senior vouching for me?",
     "Your talk on hospice volunteers was wonderful. What should a new coordinator read "
     "first?"),
    ("Professor Haddad, your lecture was superb. Would you supervise me and co-author my "
     "first article?",
     "Professor Haddad, your lecture was superb. Which of your students' theses should I read "
     "first?"),
]  # fmt: skip


def test_a_favour_ruled_out_in_so_many_words_is_not_asked():
    text = (
        "Hi Priya, I'm not asking for free legal advice: I'd only like to know whether this clause "
        "is common. One line would be plenty."
    )
    assert "ask-too-big" not in analyze(text).rule_ids


PITCHES += [  # a consultants warning a fee or a walk through is a pitch
    ("Congrats on the new kitchen! A lot of new restaurants miss the VAT threshold. I've "
     "helped a few places round here get ahead of it. Worth a quick chat?",
     "Congrats on the new kitchen! The queue on Saturday went round the corner. How are the "
     "first weeks?"),
    ("Your rehab posts are the most practical I've found. Partner clinics pay a modest "
     "enrolment fee. Shall I reserve you a place?",
     "Your rehab posts are the most practical I've found. The one on stairs helped my mother."),
    ("Congratulations on making partner, Farida. Could I get 20 minutes to walk you through "
     "our document management suite?",
     "Congratulations on making partner, Farida. Your audit of the Lagos office was the talk "
     "of the floor."),
]  # fmt: skip


def test_an_introduction_the_other_side_expects_is_not_blind():
    text = (
        "Hi Gareth, as promised, here's Anwen's number. She rewired my kitchen last year and she's "
        "expecting your call about the garage."
    )
    blind = "Hi Gareth, here's Anwen's number. She rewired my kitchen last year; give her a ring."
    assert "blind-introduction" not in analyze(text).rule_ids
    assert "blind-introduction" in analyze(blind).anti_patterns


TOO_BIG += [  # off the record money in other words or their number handed out is too big
    ("Good to meet you at the awards. It would really help to know roughly when the "
     "inspectors are planning to come through our area. Nothing official.",
     "Good to meet you at the awards. It would really help to know which checklist new "
     "kitchens should start from."),
    ("Hallo Jana, I'm in the flat above. Would you mind telling me what you pay, and "
     "forwarding a copy of your contract? I'd keep it between us.",
     "Hallo Jana, I'm in the flat above. Would you mind telling me which tenants' group you "
     "joined?"),
    ("It was great to sit together at the summit dinner. Would you consider a short bridge of "
     "USD 8,000 until our invoice is paid?",
     "It was great to sit together at the summit dinner. Would you tell me how you judge a "
     "founder's cash plan?"),
    ("Fiona! My son lands in Glasgow on the 14th. I've given him your number and he'll text "
     "you; I knew you wouldn't mind!",
     "Fiona! My son lands in Glasgow on the 14th. Would it be all right if he texted you "
     "with one question about student flats?"),
    ("Hi Ingrid, everyone says you're the expert in Tromsø! Could we do a couple of hours over "
     "lunch so I can ask about all of it?",
     "Hi Ingrid, everyone says you're the expert in Tromsø! Could I ask one question about "
     "grooming licences?"),
]  # fmt: skip


PITCHES += [  # a wellness company a policy review or a price check is a pitch
    ("Heyyy Lauren! I've started with an incredible wellness company and you popped into my "
     "head. Are you open to hearing about it?",
     "Heyyy Lauren! I've started a pottery class on Thursdays and you popped into my head."),
    ("Long time since our hall days! If you have your policy documents handy, I'd go over "
     "your coverage with you.",
     "Long time since our hall days! I still have the photo from the river trip."),
    ("Love your café! What are you paying per kilo for your beans? We've been working with a "
     "few independents and most were overpaying.",
     "Love your café! The flat white is the best I've had this year."),
    ("Marisol! I've been running my own business from home for a year, and the income has "
     "surprised me. You'd be SO good at it. Coffee, my treat?",
     "Marisol! I've been running a bakery stall for a year, and I finally love Mondays."),
    ("Mrs. Achterberg, loved your class. Could I book a short demo of our lab software?",
     "Mrs. Achterberg, your Friday demo with the iodine clock is where it all started."),
]  # fmt: skip


def test_thank_you_you_was_a_good_teacher_is_not_word_salad():
    text = (
        "Hello Mr. Kowalczyk, I was your apprentice in Slough 2009-2011. Yesterday I rewired a "
        "house how you showed me. I just want to say thank you, you was a very good teacher."
    )
    assert "word-salad" not in analyze(text).rule_ids
    salad = "Name Name recruiting roles city your work your work. Sorry. Thanks thanks."
    assert "word-salad" in analyze(salad).rule_ids


def test_a_former_student_may_ask_for_a_letter():
    text = (
        "Dear Dr. Ruiz, I took your soil ecology course in 2019 and wrote my final paper on "
        "earthworms. I'm applying to a master's and wondered whether you'd write a letter."
    )
    assert "unusual-ask" not in analyze(text).rule_ids
    assert (
        "unusual-ask"
        in analyze(
            text.replace("I took your soil ecology course", "I read about soil ecology")
        ).rule_ids
    )


@pytest.mark.parametrize(("big", "small"), TOO_BIG)
def test_an_ask_too_big_for_the_relationship_and_its_small_twin(big, small):
    assert "ask-too-big" in analyze(big).anti_patterns
    assert "ask-too-big" not in analyze(small).rule_ids


@pytest.mark.parametrize(("pitch", "fine"), PITCHES)
def test_a_pitch_in_ordinary_words_and_its_twin_that_sells_nothing(pitch, fine):
    assert "connect-then-pitch" in analyze(pitch).anti_patterns
    assert "connect-then-pitch" not in analyze(fine).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Hi Carmen, you know Jonas at the wind lab. Would you forward the short note below?",
        "Hi Halima, my cousin is keen. Shall I send you his email, or would you rather I gave him "
        "yours?",
        "Hi Sunniva, thanks for the intro. Could you let Pat know I'd be glad to talk in June?",
        "Hi Gemma, would you feel comfortable asking him whether he'd take a short email from me?",
    ],
)
def test_what_a_go_between_is_asked_to_pass_on_is_a_familiar_ask(text):
    assert "unusual-ask" not in analyze(text).rule_ids


def test_letting_me_know_off_the_record_is_not_a_go_between_ask():
    text = (
        "Respected Sir, your lectures helped my daughter. If you could let me know informally "
        "whether her name is on the merit list, we could plan our travel."
    )
    assert "ask-too-big" in analyze(text).anti_patterns


def test_former_colleagues_may_ask_each_other_to_swap_or_to_be_a_referee():
    swap = "Hi Priya, it's Jo; we did the 2021 flu clinics together. Any chance you'd swap?"
    referee = (
        "Dear Carmen, we worked together at the port authority from 2014 to 2017. I'm applying "
        "for a coordinator post and they ask for a referee. Would you feel comfortable being one?"
    )
    for text in (swap, referee):
        assert "unusual-ask" not in analyze(text).rule_ids, text
    stranger = swap.replace("we did the 2021 flu clinics together", "I saw you on the rota")
    assert "unusual-ask" in analyze(stranger).rule_ids

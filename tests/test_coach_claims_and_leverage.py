"""Ways out, silences and questions in learners' own words; claims, pressure and leverage.

Written in this file's own words from the shapes of the dev halves of learners' batches 17-19,
real-world batches 57-59 and adversarial batches 68-69. Honest notes: a clause that starts with
"when I..." is not a question, a way out typed without apostrophes, a silence owned in new
words, the reader's day or view asked for, a case put to them ("if you were..."). The other way:
a history claimed with a stranger, a slot taken or a call announced, an opening asked for, a
promotion called a fluke, a saving sold, and a favour asked by someone who holds power over the
reader or uses their firm's name. Each comes with a near miss that must not change.
"""

import pytest

from tests.samples import AHMAD, NADIA, rules

ME = "I'm Dev, a data analyst at a car rental firm in Pune moving into product. "


def test_a_clause_about_the_writer_that_starts_with_when_is_not_a_question():
    recalled = (
        "Dear Mr Banda, I heard you're retiring after 31 years. When I joined as a trainee meter "
        "reader you told me every complaint is a person without water. I still say it."
    )
    asked = "Dear Mr Banda, when can you send me every complaint file from the last 31 years."
    assert "ask-too-big" not in rules(recalled)
    assert "ask-too-big" in rules(asked)


@pytest.mark.parametrize(
    "out",
    ["honestly if you dont have time I completely get it.",
     "If you're swamped, just ignore this.",
     "If not, completely understood.",
     "Any quick thought is welcome, and no pressure to reply."],
)  # fmt: skip
def test_a_way_out_in_a_learners_own_words(out):
    ask = ME + "Would you be willing to answer two short questions about your first year? "
    assert "easy-to-decline" in rules(ask + out, NADIA)
    assert "asks-stranger" not in rules(ask + out, NADIA)
    assert "asks-stranger" in rules(ask, NADIA)


@pytest.mark.parametrize(
    "owned",
    ["I realised we've been linked for 19 months with zero messages, sorry about that.",
     "We've been connected since the summer before last and never exchanged a word.",
     "Apologies for connecting and then going quiet for so long.",
     "We connected a long while ago and I never reached out.",
     "19 months after clicking connect, a first message!"],
)  # fmt: skip
def test_a_silence_owned_in_new_words(owned):
    ask = " I'm Tariq, in IT support, new to Toronto. Which certificate do employers here check?"
    assert "acknowledges-gap" in rules(owned + ask, AHMAD)
    assert "gap-not-acknowledged" in rules(ask, AHMAD)


def test_a_time_ago_that_dates_only_the_writers_news_does_not_own_the_silence():
    news = (
        "Hi Ahmad, I'm Viktor. I moved to Toronto from Sofia two months ago after six years in "
        "IT support. Would it be okay if I sent you my resume in case something fits?"
    )
    owned = news.replace("I moved to", "We connected two years ago and I never wrote. I moved to")
    assert "gap-not-acknowledged" in rules(news, AHMAD)
    assert "acknowledges-gap" in rules(owned, AHMAD)
    # leave to send a CV is not leave to introduce two people
    assert "double-opt-in" not in rules(news, AHMAD)
    assert "double-opt-in" in rules("Would it be okay if I introduced you to Ravi, a nurse?")


def test_the_readers_work_said_beside_the_writers_goal_counts():
    named = (
        "I am preparing to move into product management and I noticed that you work on a travel "
        "app, an industry I have loved since my summer job at a tour company."
    )
    goal = "Your work in product management is the career I want within a year."
    assert "references-their-work" in rules(named, NADIA)
    assert "references-their-work" not in rules(goal, NADIA)


@pytest.mark.parametrize(
    ("view", "favour"),
    [("Would you be willing to share what a normal Tuesday looks like for you?",
      "Would you be willing to share your team's hiring plan for next year?"),
     ("I'd just like to know, from a recruiter's side, whether a certificate matters more "
      "than experience abroad.",
      "I'd just like you to send me the contact list of your hiring managers."),
     ("Travel is where I'd love to land, and you're one of the few PMs who came from a "
      "non-tech job. Could I ask one question by message?",
      "I'd love to shadow you at the office for a week. Could I ask one question by message?")],
)  # fmt: skip
def test_their_day_or_view_asked_is_not_an_unusual_favour(view, favour):
    out = " No worries if not."
    assert "unusual-ask" not in rules(ME + view + out, NADIA)
    assert "unusual-ask" in rules(ME + favour + out, NADIA)


def test_a_question_about_their_story_is_sized_and_need_said_in_passing_asks_nothing():
    story = ME + "I'd love to know if there was a moment you knew product was right for you."
    help_me = ME + "I'd love to know if you could help me."
    assert "unsized-ask" not in rules(story, NADIA)
    assert "unsized-ask" in rules(help_me, NADIA)
    passing = (
        "I apologise for writing only now, when I need advice. Could you name one or two IT "
        "meetups in Toronto? If not, I understand."
    )
    assert "unsized-ask" not in rules(passing, AHMAD)
    assert "unsized-ask" in rules("I need advice on my job search. If not, I understand.", AHMAD)


def test_leave_to_write_again_later_asks_nothing_big():
    leave = (
        "Hi Ahmad, we connected long ago and this is my first message. I'm Lucas, in IT support. "
        "I'd only like to know if it's ok to send you my background in a few weeks."
    )
    now = leave.replace("if it's ok to send you my background in a few weeks", "about any jobs")
    assert "unsized-ask" not in rules(leave, AHMAD)
    assert "unsized-ask" in rules(now, AHMAD)


def test_a_case_put_to_them_is_not_a_deadline():
    case = (
        ME + "If you were switching from ops into PM today, would you go for an APM programme "
        "or move internally first? A one-line answer would help."
    )
    rushed = ME + "Could you send me your notes on the APM programme today?"
    assert "ask-too-big" not in rules(case, NADIA)
    assert "ask-too-big" in rules(rushed, NADIA)


def test_news_asked_of_an_old_friend_in_a_reply_is_not_a_favour():
    reply = (
        "> Emeka! Is this still your email? It's been 8 years since Aba.\n\nIt is! What a nice "
        "surprise. I'm in Enugu now, teaching chemistry. Tell me everything, are you still with "
        "the refinery?"
    )
    order = reply.replace("Tell me everything, are you", "Tell your manager I can start, are you")
    assert "unusual-ask" not in rules(reply)
    assert "unusual-ask" in rules(order)


def test_stepping_out_of_an_introduction_asks_nothing():
    intro = (
        "Kofi, Meera is the night sister I told you about; Meera, Kofi's team builds the family "
        "messaging app. You both agreed to a 20 minute call, so I'll step back. Please drop me "
        "to bcc."
    )
    assert "unusual-ask" not in rules(intro)
    assert "unusual-ask" in rules(intro.replace("drop me to bcc", "send me your client list"))


def test_a_talk_panel_is_not_the_writers_interview_panel():
    talk = (
        ME + "I saw you're on the product panel at the iHub event next Thursday; if there's a "
        "moment afterwards I'd love to ask one question."
    )
    interview = (
        ME + "The invite says you're on the panel for my interview! Could you give me a rough "
        "idea of the questions?"
    )
    assert "asks-for-deceit" not in rules(talk, NADIA)
    assert "asks-for-deceit" in rules(interview, NADIA)


def test_a_history_claimed_with_a_stranger():
    claimed = (
        "Hey Ahmad! Long time no talk. As you may remember, I've been planning my move to "
        "Canada, and I finally made it to Toronto. Which employers hire IT support now?"
    )
    assert "claims-history" in rules(claimed, AHMAD)
    assert "claims-history" not in rules(claimed.replace("As you may remember, ", ""), AHMAD)


@pytest.mark.parametrize(
    "taken",
    ["I found the booking link on your profile and grabbed a 30-minute slot for Thursday.",
     "I found your number, so I'll give you a quick call on Monday morning.",
     "I'll be at your cousin's wedding, so I'll find you at the reception.",
     "I've already sent €150 to your account for a 20-minute call."],
)  # fmt: skip
def test_time_or_money_of_theirs_already_taken_is_too_big(taken):
    asked = "Could I book a 30-minute slot on Thursday, if that suits you?"
    assert "ask-too-big" in rules(ME + taken, NADIA)
    assert "ask-too-big" not in rules(ME + asked, NADIA)


def test_an_opening_asked_for_behind_a_question_is_too_big():
    opening = (
        ME + "What was the hardest part of shipping flexible dates? Also, are there any PM "
        "openings on your team that I could be considered for?"
    )
    market = ME + "What was the hardest part of shipping flexible dates? Are PM openings rare?"
    assert "ask-too-big" in rules(opening, NADIA)
    assert "ask-too-big" not in rules(market, NADIA)


@pytest.mark.parametrize(
    ("sneer", "kind"),
    [("When I saw the announcement I honestly assumed it was a typo, but congratulations!",
      "When I saw the announcement I was thrilled for you, congratulations!"),
     ("Great to see Fenwick taking a chance on you.",
      "Thank you again for taking a chance on me last year."),
     ("Recruiters just filter out anyone without Canadian experience, so I need one tip.",
      "Do recruiters filter out applications without Canadian experience? One tip would help.")],
)  # fmt: skip
def test_a_promotion_called_a_fluke_or_a_trade_blamed_is_hostile(sneer, kind):
    assert "hostile" in rules(sneer)
    assert "hostile" not in rules(kind)


@pytest.mark.parametrize(
    "sold",
    ["I'm in farm insurance now and I bet you're paying way too much.",
     "Let me have a look at your policies, ten minutes and you'll thank me.",
     "Most of our clients have seen their casks double in value in five years.",
     "Just making sure you saw my offer for a free SEO audit."],
)  # fmt: skip
def test_a_saving_or_a_return_sold_is_a_pitch(sold):
    assert "connect-then-pitch" in rules("Hi Pieter, it's Jeroen from school. " + sold)
    assert "connect-then-pitch" not in rules(
        "Hi Pieter, it's Jeroen from school. I bet you're busy with the harvest."
    )


def test_like_and_share_is_a_call_to_action():
    assert "call-to-action" in rules("What a year for our family! Don't forget to like and share!")
    assert "call-to-action" not in rules("What a year! I'd like to share one lesson with you.")


@pytest.mark.parametrize(
    ("leverage", "plain"),
    [("Completely fine if not, and this has nothing to do with the renewal of your lease.",
      "Completely fine if not, and this has nothing to do with work."),
     ("If you're busy that's fine, and of course it won't affect anything at school.",
      "If you're busy that's fine, and of course it won't affect anything else I'm planning."),
     ("This is quite separate from our file on your booking fees.",
      "This is quite separate from my day job."),
     ("I'm on the interview panel for the Head of Product role you applied for.",
      "I'm on the interview panel at my own firm and learning a lot."),
     ("I've reformatted my resume with your agency's logo so it looks like it came through you.",
      "I've reformatted my resume for Canadian employers."),
     ("My admin account still works, which is how I saw the new requisitions.",
      "Your careers page shows the new requisitions.")],
)  # fmt: skip
def test_a_favour_asked_beside_power_over_them_or_in_their_firms_name(leverage, plain):
    ask = ME + "Could I ask one question about your first year as a PM? " + "{}"
    assert "asks-for-deceit" in rules(ask.format(leverage), NADIA)
    assert "asks-for-deceit" not in rules(ask.format(plain), NADIA)

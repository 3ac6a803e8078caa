"""The coach's rules, as data: one entry per thing a message can do to a relationship.

A rule has an id, the principle it teaches, whether it is a strength, a problem or a note, its
prior weight, a detector (:mod:`rapport.messages.detectors`) and the words the learner sees.
Adding a rule is adding an entry, then ``make fit-coach`` to fit its weight.

Weights are on the log-odds scale of "a thoughtful recipient welcomes this message": the prior is
the course's own judgement, and the weight the coach uses is fitted to labelled messages
(:mod:`rapport.messages.fit`, stored in ``rapport/data/coach_weights.json``). A strength's weight
is never below zero and a problem's never above. Anti-patterns also stop a message being judged
good, whatever else it does well. Notes (``kind == "note"``) are advice that does not move the
score, such as blanks left in a template.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapport.messages import adverts as V
from rapport.messages import announcing as N
from rapport.messages import answering as R
from rapport.messages import antipatterns as A
from rapport.messages import asks as K
from rapport.messages import contempt as X
from rapport.messages import cues as C
from rapport.messages import details as T
from rapport.messages import detectors as D
from rapport.messages import favours as F
from rapport.messages import followups as U
from rapport.messages import form as M
from rapport.messages import gaming as G
from rapport.messages import introductions as O
from rapport.messages import intrusion as I
from rapport.messages import patterns as P
from rapport.messages import salad as L
from rapport.messages.detectors import Detector, phrase, unquoted

PRINCIPLES = {
    "interest": "Be interested in the other person",
    "give-first": "Give before you ask",
    "honest-ask": "Ask well when you must ask",
    "anti-pattern": "Habits that damage relationships",
    "clarity": "Easy to read, easy to answer",
}
KINDS = ("strength", "problem", "note")


@dataclass(frozen=True)
class Rule:
    """One thing the coach looks for.

    Attributes
    ----------
    prior
        The course's own weight for the rule, on the log-odds scale; fitting starts from it.
    """

    id: str
    principle: str
    kind: str  # "strength", "problem" or "note"
    prior: float
    detect: Detector
    explanation: str
    suggestion: str

    @property
    def anti_pattern(self) -> bool:
        """Whether finding this rule stops a message being judged good."""
        return self.principle == "anti-pattern"


RULES: tuple[Rule, ...] = (
    Rule("asks-about-them", "interest", "strength", 1.2, D.asks_about_them,
         "You ask about them: people warm to those who are curious about their work.",
         "Keep one real question about what they are working on, hoping for or stuck on."),
    Rule("references-their-work", "interest", "strength", 1.0, D.their_work,
         "You mention what they actually work on, so this could only have been written to them.",
         "Name the specific project, talk or post that made you write."),
    Rule("specific", "interest", "strength", 1.0, D.specific_written,
         "A detail only this reader would recognise: where, when, or which piece of their work.",
         "Name the event, the talk or the post, and when: 'your panel at the spring fair'."),
    Rule("detail-blank", "interest", "strength", 1.0, D.detail_blanks,
         "Your template's blanks ask for a detail of theirs (what they said, the event, the "
         "reason), so once filled it will read as written to this one person.",
         "Fill each blank with the real detail before you send it."),
    Rule("their-details", "interest", "strength", 0.8, T.reader_details,
         "You name things of their life or work that few notes would mention: it reads as "
         "written to them alone.",
         "Name the thing of theirs you remember: the project, the place, the tool, the story."),
    Rule("concrete", "interest", "strength", 0.3, T.concrete,
         "You write about real things (a place, a tool, a project) rather than words that fit "
         "any note: it reads as written by a person about something.",
         "Name the real thing, not the category: 'the Kano water board', not 'an organisation'."),
    Rule("shared-context", "interest", "strength", 1.0, lambda doc, ctx: C.shared(doc),
         "You name what you share: where you met or what you did together.",
         "Say where you met or what you have in common, in a few words."),
    Rule("knows-them", "honest-ask", "strength", 1.0, D.knows_them,
         "You know each other well, so a direct note, or a direct ask, is natural.",
         "Keep it warm and plain; close contacts still like a line about them."),
    Rule("appreciation", "interest", "strength", 0.8, lambda doc, ctx: C.appreciation(doc),
         "You say what of theirs you valued: appreciation people remember.",
         "Say what exactly helped you, and how."),
    Rule("reports-back", "interest", "strength", 0.6, phrase(C.REPORTS_BACK),
         "You tell them what came of their help: the note people who helped most hope for.",
         "Say what you did with their advice and how it turned out, even if it did not work."),
    Rule("stated-reason", "honest-ask", "strength", 0.6, phrase(C.REASON),
         "You say plainly why you are writing.",
         "One sentence on why you are writing to them now."),
    Rule("clear-search", "honest-ask", "strength", 0.6, N.clear_search,
         "You say exactly what you are looking for and where, and the one easy thing that would "
         "help, so people who know you can act on it in a minute.",
         "Name the kind of role and the place or sector, then the easiest help: 'a name would "
         "help me more than a job link'."),
    Rule("says-what-i-do", "interest", "strength", 0.6, T.says_what_i_do,
         "You say briefly and concretely what you work on, which gives them something to answer.",
         "One sentence about your own work is enough; then turn back to them."),
    Rule("offers-help", "give-first", "strength", 1.0, phrase(P.OFFER),
         "You offer something first: help, an introduction, a useful link.",
         "Offer one concrete thing you can do for them, with nothing expected back."),
    Rule("thanks", "interest", "strength", 0.3, phrase(P.THANKS),
         "A thank-you is a warm, cheap start.", "Thank them for something specific if you can."),
    Rule("acknowledges-gap", "honest-ask", "strength", 0.8, A.honest_about_gap,
         "You are honest about the gap (a long silence, or that you have not met), which makes "
         "the note easy to answer.",
         "One light sentence about the gap is enough; no long apology."),
    Rule("easy-to-decline", "honest-ask", "strength", 0.6, K.easy_decline,
         "You make it easy to say no, so saying yes feels free.",
         "Add a line such as 'no worries at all if now is busy'."),
    Rule("gentle-follow-up", "honest-ask", "strength", 0.8, U.gentle_follow_up,
         "One patient nudge: you point back at your earlier note and let them close the matter "
         "with a word, so answering costs almost nothing.",
         "Name the earlier note once, allow that it got buried, and offer an end: 'if the place "
         "is filled, a one-line reply would help me plan'."),
    Rule("gives-in-reply", "give-first", "strength", 0.8, R.gives_in_reply,
         "Your reply gives them something to act on: a time, a resource, a hand-off.",
         "Add one concrete thing: when you are free, what to read, or who to ask."),
    Rule("answers-them", "interest", "strength", 0.6, K.answers_them,
         "You answer what they wrote, first: a reply that starts with their question reads as "
         "written to them.",
         "Open with the answer or the yes, then the details."),
    Rule("takes-on-cost", "honest-ask", "strength", 0.6, K.takes_on_cost,
         "You say what you will carry of the favour (you collect, you pay, you send the papers), "
         "so its cost to them is plain and small.",
         "Say what you will do to make it easy: 'I'll collect it and bring it back Friday'."),
    Rule("specific-ask", "honest-ask", "strength", 0.8, K.specific_ask,
         "Your ask has a size: a time box, a number of questions or one document.",
         "Say exactly what you need and how long it takes: '15 minutes', 'two questions'."),
    Rule("why-them", "honest-ask", "strength", 0.6, phrase(P.WHY_THEM),
         "You say why you are asking them in particular.",
         "Say what about their experience makes them the right person."),
    Rule("double-opt-in", "give-first", "strength", 1.0, phrase(O.DOUBLE_OPT_IN),
         "You ask before introducing, so both sides can say no comfortably.",
         "Ask each person first and say why they should meet."),
    Rule("plug-with-question", "give-first", "strength", 0.0, A.plug_with_question,
         "One link with a real question back: a combination reply, acceptable.",
         "Keep the plug to one line and the question about them."),
    Rule("hostile", "anti-pattern", "problem", -4.0, X.hostile,
         "Insults or contempt end relationships before they start.",
         "Take the insult out. If you disagree with their work, say what and why, kindly."),
    Rule("intrusive", "anti-pattern", "problem", -3.0, I.intrusive,
         "Private life that is not yours to use (where they run and when, their home, a "
         "personal address you found, someone else's troubles): to the reader it feels like "
         "being watched or gossiped about, not known.",
         "Keep to what they shared with you or in public for their work: a talk, a post, a "
         "project. Leave private lives out, theirs and other people's."),
    Rule("word-salad", "anti-pattern", "problem", -4.0, L.word_salad,
         "This reads as a list of keywords, not as something a person would write.",
         "Write whole sentences, each said once, as you would say them aloud."),
    Rule("to-grader", "anti-pattern", "problem", -4.0, G.to_grader,
         "Words aimed at a grader or scoring system: the reader would be puzzled by them, and "
         "the coach does not take instructions from the text it reads.",
         "Delete the instruction and write only what the reader should read."),
    Rule("shouting", "anti-pattern", "problem", -3.0, G.shouting,
         "Written in capitals from end to end, the note reads as shouting.",
         "Use ordinary sentence case; keep capitals for names and acronyms."),
    Rule("emoji-rows", "anti-pattern", "problem", -2.0, G.emoji_rows,
         "Rows of emoji stand in for the words the reader needs, and read as not taking them "
         "seriously.",
         "Say it in words; one emoji at most, where it adds warmth."),
    Rule("ask-too-big", "anti-pattern", "problem", -3.0, K.huge_ask,
         "The ask is bigger than the relationship can carry: everything, their whole network, "
         "money, a deadline they never agreed to, or their time taken before they said yes (a "
         "slot booked, a call announced).",
         "Ask for one small thing they can give in minutes, and let them choose when."),
    Rule("asks-for-deceit", "anti-pattern", "problem", -3.0, K.asks_for_deceit,
         "You ask them to hide, fake or quietly break a rule for you, or say you already did it "
         "in their name. That puts their job and their name at risk, however well you know them.",
         "Ask only for what they could do openly, and never act in their name without asking."),
    Rule("chases-too-soon", "anti-pattern", "problem", -2.0, U.chases_too_soon,
         "You chase a day or two after your first note: it reads as pressure on someone who "
         "owes you nothing.",
         "Wait a week or so, then add something new (a detail, a smaller ask, an easy out)."),
    Rule("non-answer", "anti-pattern", "problem", -2.5, phrase(P.NON_ANSWER),
         "A non-answer: they asked about you and got nothing to reply to.",
         "Say in one sentence what you are working on or looking forward to."),
    Rule("boilerplate-plug", "anti-pattern", "problem", -3.0, A.boilerplate_plug,
         "A boilerplate plug: a canned call to like, follow or buy answers a friendly note.",
         "Answer them as a person first; ask about their work. Skip the plug."),
    Rule("call-to-action", "anti-pattern", "problem", -3.0, unquoted(V.CALL_TO_ACTION),
         "A canned call to action from an advert (a discount code, 'link in bio', 'DM me', "
         "'register here', a shortened link): it treats the reader as an audience, not a person.",
         "Drop it. If something of yours would help them, say what and why, and offer to send it."),
    Rule("connect-then-pitch", "anti-pattern", "problem", -3.0, A.connect_then_pitch,
         "A sales pitch to someone you have no relationship with.",
         "Start with interest in them; sell only to people who have asked."),
    Rule("list-owner-pitch", "anti-pattern", "problem", -3.0, phrase(P.LIST_OWNER),
         "Asking a near-stranger to promote something to their audience spends trust you "
         "never built.",
         "Build the relationship first, or ask for something small for you, not their audience."),
    Rule("one-of-many", "anti-pattern", "problem", -2.0, phrase(N.MASS),
         "You say this note is one of hundreds: after that, nothing in it reads as written to "
         "them.",
         "Write to fewer people, and to each one as the only one."),
    Rule("borrowed-name", "anti-pattern", "problem", -2.0, A.borrowed_name,
         "Leaning on a mutual contact's name to get attention for an ask.",
         "Mention a mutual contact only if they know you well, and say how; give your own reason."),
    Rule("ghost-returns", "anti-pattern", "problem", -2.5, A.ghost_returns,
         "Back after a long silence with a request, and nothing about the silence or them.",
         "Acknowledge the gap, ask how they are doing, and keep any request small."),
    Rule("vague-ask", "anti-pattern", "problem", -2.0, K.vague_ask,
         "A vague ask: they cannot tell what you want or how much time it takes.",
         "Make the ask specific and small: what, how long, and why them."),
    Rule("blind-introduction", "anti-pattern", "problem", -2.5, A.blind_introduction,
         "An introduction neither side agreed to.",
         "Ask each person first (double opt-in) and say why they should meet."),
    Rule("unfilled-blank", "anti-pattern", "problem", -3.0, M.unfilled_blank,
         "Blanks from a template are still in a message to someone you know: sent like this, "
         "it tells them they got a form letter.",
         "Fill each blank with the real name, place or detail; you know them."),
    Rule("unusual-ask", "honest-ask", "problem", -0.8, K.unusual_ask,
         "You ask for something of theirs, not for what anyone can give in minutes (a view, a "
         "pointer, one question, a short call): check that it fits what you are to them.",
         "Ask first for something small and familiar; bigger favours come once you know each "
         "other."),
    Rule("warm-favour", "honest-ask", "problem", -1.0, F.warm_favour,
         "The kind words before it do not make this favour smaller. From someone who is not "
         "close, praise followed by a request for something of theirs reads as the price of it.",
         "Keep the warmth, and shrink the ask to what anyone can give in minutes (a view, a "
         "pointer, a short call); ask for more once you know each other."),
    Rule("claims-history", "honest-ask", "problem", -2.0, A.claims_history,
         "You write as if you had spoken before (a talk, an offer, a promise), but you never "
         "have: a reader who remembers none of it will doubt the rest.",
         "Say honestly how you know of them, or where you saw their work; start from there."),
    Rule("asks-stranger", "honest-ask", "problem", -1.2, K.asks_stranger,
         "A favour asked of someone you have never spoken with, with nothing offered.",
         "Start a conversation first, or say why them and offer something back."),
    Rule("gap-not-acknowledged", "honest-ask", "problem", -1.0, A.gap_not_acknowledged,
         "You have been out of touch a long time and the message does not say so.",
         "Add a light line about the gap: 'It has been a while since we last spoke.'"),
    Rule("unsized-ask", "honest-ask", "problem", -0.5, K.unsized_ask,
         "Your ask has no size: they cannot tell how much you need.",
         "Say how long it takes or how many questions you have."),
    Rule("broadcast", "interest", "problem", -1.2, D.broadcast,
         "An announcement of your own needs that could go to anyone: nothing here is about them.",
         "Write to this one person: why them, and one small thing they could do."),
    Rule("generic", "interest", "problem", -1.2, D.generic,
         "Stock phrases that fit every reader, and nothing that fits this one.",
         "Replace the stock phrase with one detail only they would recognise."),
    Rule("could-be-anyone", "interest", "problem", -1.0, D.could_be_anyone,
         "Nothing ties this note to its reader: it could have been sent to anyone.",
         "Say where you met, what of theirs you read, or why you are writing to them."),
    Rule("ignores-their-work", "interest", "problem", -0.6, D.ignores_their_work,
         "This could have been sent to anyone: nothing refers to their work.",
         "Mention what they work on, and why it caught your interest."),
    Rule("gushing", "interest", "problem", -1.5, G.gushing,
         "A pile of superlatives reads as flattery, and it could be said of anyone's work.",
         "Keep one word of praise and say exactly what of theirs you found useful, and why."),
    Rule("vague-praise", "interest", "problem", -1.0, G.vague_praise,
         "Praise of 'your work' or 'your profile' with no detail fits every reader; tied to "
         "your own goals, it makes the note about you.",
         "Name the piece of their work you mean and what it changed for you."),
    Rule("own-record", "interest", "problem", -2.0, T.own_record,
         "A run of your own results turns a note to them into a note about you: the reader "
         "has to wade through your record to find their part in it.",
         "Keep one line on what you do, tied to why you write to them; leave the record for "
         "when they ask."),
    Rule("me-focused", "interest", "problem", -0.8, D.me_focused,
         "The message is mostly about you.", "Balance 'I' with 'you': ask about them."),
    Rule("over-apologises", "clarity", "problem", -1.0, M.over_apologises,
         "Apology after apology: the reader hears how bad you feel, and not who you are or what "
         "you would like.",
         "Say sorry once, for the silence if there was one, then say who you are and ask."),
    Rule("too-long", "clarity", "problem", -0.6, M.too_long,
         "Over 200 words; messages of about 50-125 words get the most replies.",
         "Cut to what they need: who you are, why them, one question."),
    Rule("too-short", "clarity", "problem", -0.6, M.too_short,
         "So short it leaves them nothing to answer.", "Add what you work on and why you write."),
    Rule("many-questions", "clarity", "problem", -0.5, M.many(M.question_spans, 3),
         "More than three questions is an interview, not a note.", "Keep one to three."),
    Rule("many-links", "clarity", "problem", -0.7, M.many(lambda doc: doc.links, 1),
         "More than one link reads like promotion.", "Keep at most one link."),
    Rule("hard-to-read", "clarity", "problem", -0.4, M.hard_to_read,
         "Long sentences and long words make this hard to read quickly.",
         "Shorter sentences and plain words."),
    Rule("text-speak", "clarity", "problem", -1.0, M.text_speak,
         "Chat shorthand ('u', 'ur', 'thx', 'lol') reads as careless to someone who does not "
         "know you well.",
         "Write the words out: it takes seconds and shows the note was meant for them."),
    Rule("placeholder", "clarity", "note", 0.0, M.placeholder,
         "Blanks from a template are still here; the coach reads the message around them.",
         "Fill in each blank with the real name, event or detail before you send it."),
    Rule("read-as-reply", "clarity", "note", 0.0, R.reply_cues,
         "Read as a reply to someone who wrote first: a first note's checks (its length, where "
         "you met, owning a long silence) are not asked of it.",
         "If this is a first note, not a reply, start with why you are writing to them."),
)  # fmt: skip

RULES_BY_ID = {rule.id: rule for rule in RULES}

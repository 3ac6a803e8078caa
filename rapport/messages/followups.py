"""Follow-ups: a second note about a first one that got no answer.

One patient nudge is normal and often welcome: it names the earlier note, allows that it may
have been buried, and lets the reader close the matter with a word ("if the place is filled, a
one-line reply would help me plan"). Chasing is not: a nudge days after the first note, a push
"to the top of your inbox", a count of the notes already sent.
"""

from __future__ import annotations

from rapport.messages import cues as C
from rapport.messages import patterns as P
from rapport.messages.context import Context
from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span

# A nudge a day or two after the first note, or a push to the top of their inbox: chasing.
TOO_SOON = _p(
    r"\b(?:sent|wrote|emailed|messaged|texted)(?: it| this| them)?(?: to)?(?: you)? (?:only )?"
    r"(?:yesterday|last night|this morning|earlier today|(?:a|one|two|three|1|2|3) days? ago|"
    r"(?:24|48|72) hours ago)\b"
    r"|\b(?:bump|bumping|push|pushing|float|floating|move|moving|nudge|nudging) (?:this|it|my "
    r"(?:note|message|email)) (?:back )?(?:up )?to the top of your inbox\b"
    # chasing promised, or several notes in a week: "I'll keep pinging till I hear from you"
    r"|\bkeep (?:pinging|chasing|messaging|nudging|following up|writing|emailing|bugging)"
    r"(?: you)? (?:till|until)\b"
    r"|\bmy (?:two|three|four|five|2|3|4|5) (?:messages|emails|notes|texts|dms) (?:from |since )?"
    r"(?:last week|this week|yesterday|the last few days)\b",
    triggers="sent wrote emailed messaged texted bump bumping push pushing float floating move "
    "moving nudge nudging keep my",
)
# Checking that the reader saw an earlier note.
SAW_IT = _p(
    r"\b(?:checking|making sure|wondering|just checking|seeing) (?:in )?(?:if |whether |that )?"
    r"you (?:saw|got|received|had a chance to (?:see|read|look at))\b"
    r"|\bdid you (?:see|get|receive) my\b",
    triggers="checking making wondering seeing did",
)

# Pointing back at an earlier note, in more words than :data:`cues.FOLLOW_UP` needs.
NUDGE = _p(
    r"\bresurfac(?:e|ing) (?:this|it|my)\b|\bone (?:more|last) (?:note|nudge|message)\b"
    r"|\bsorry to (?:write|bother you) again\b|\bsince i (?:wrote|last wrote|got in touch)\b"
    r"|\bi (?:wrote|emailed|sent you a (?:note|message|email)) (?:to you )?(?:(?:about |around )?"
    r"(?:two|three|four|a few|a couple of|\d+) (?:weeks|months) ago|last (?:week|month))\b"
    r"|\bi (?:wrote|emailed|messaged|applied) (?:to you )?in (?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|spring|summer|autumn|winter)\b",
)
# A way for the reader to end it with a word, or the writer's promise to stop.
CLOSE_OUT = _p(
    rf"\b(?:won{A}?t|will not|wont) (?:write|chase|follow up|bother you|keep writing)"
    rf"(?: again| further)?\b|\b(?:i{A}ll|i will) leave it (?:here|there|with you)\b"
    rf"|\btake (?:that|silence|no reply|no answer) as (?:an|my|a|the) answer\b"
    rf"|\b(?:a|one)[- ](?:line|word) (?:reply|answer|no)\b|\bstop (?:checking|writing)\b"
    rf"|\bif (?:it|the (?:role|spot|post|position|internship|job|opening|place|vacancy|show|"
    rf"exhibition|course|class|programme|program|list|cohort))"
    rf"(?:{A}s| is| has been| was)? (?:already )?(?:filled|gone|taken|closed|full)\b"
    rf"|\b(?:this is )?my (?:one|only|last|final) (?:follow-up|follow up|nudge|note on this)\b"
    rf"|\bhappy to wait\b|\bkeep me in mind\b",
)
# A count of notes already sent: "my last 3 emails", "my sixth note", "for the 4th time".
COUNTED = _p(
    r"\b(?:my|the|your) (?:last|previous|other) (?:\d+|two|three|four|five|six|several) "
    r"(?:emails|messages|notes|voicemails)\b|\b(?:my|this is my|for the) (?:\d+(?:st|nd|rd|th)|"
    r"second|third|fourth|fifth|sixth) (?:time|note|email|message|attempt)\b",
)


def chases_too_soon(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find a follow-up sent days after the first note: chasing someone who owes nothing."""
    soon = doc.find(TOO_SOON)
    if not soon or not (doc.find(C.FOLLOW_UP) or doc.find(SAW_IT)):
        return []
    return soon


def gentle_follow_up(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find one patient nudge: it points back at the earlier note and lets the reader close it."""
    nudge = doc.find(C.FOLLOW_UP) + doc.find(NUDGE)
    if not nudge or doc.find(TOO_SOON) or doc.find(SAW_IT) or doc.find(COUNTED):
        return []
    out = doc.find(CLOSE_OUT) + doc.find(P.EASY_DECLINE)
    return sorted(set(nudge[:1] + out)) if out else []

"""Announcements: the writer's own news to people who know them, such as a job search.

"I'm open to new opportunities, let me know if you hear of anything!" is the self-centred
broadcast: the reader cannot tell what would help, so nobody does. Career advisers still
recommend one kind of job-search note to one's own network: it says exactly what is sought (the
kind of role, and where: a sector, a city, "remote") and the one easy thing that would help ("a
name helps me more than a job link", "if someone comes to mind"). Such a note is about the writer
by nature; what makes it welcome is that it is easy to act on.

A note that says outright it went to a crowd ("number 214 of the 500 I'm writing") is the
opposite: nothing in it can then read as written to this reader (:data:`MASS`).
"""

from __future__ import annotations

from rapport.messages import selling as S
from rapport.messages.context import Context
from rapport.messages.patterns import A, _p
from rapport.messages.text import Doc, Span, has_match, memo

# Rules that judge a note to one reader: a search note is written to many and about the writer.
NOT_FOR_A_SEARCH = frozenset(
    {
        "broadcast",  # it is to everyone, but says what would help
        "could-be-anyone",  # it is meant for anyone who can help
        "me-focused",  # a job-search note is about the writer by nature
        "own-record",  # what the writer did is what it should say
    }
)

# The writer's own search said ("I'm looking for", "what I'm after next:").
SEARCH = _p(
    rf"\b(?:i{A}?m|i am|am|i{A}?ll be|now) (?:\w+ )?(?:looking for|seeking|searching for|hoping to "
    rf"find|on the lookout for|after)\b|\bwhat i{A}?m (?:looking for|after|hoping for)\b"
    rf"|\bnext,? i{A}?m (?:looking|hoping)\b"
    # a move said with its direction: "I'm leaving in July to move into learning and development"
    rf"|\bi{A}?m (?:\w+ ){{0,4}}(?:to move|moving|switching|retraining) (?:into|to|as)\b"
    # said without the "I": "Looking for a transport planner role around Poznań"
    rf"|^(?:now |currently )?(?:looking for|seeking)\b",
    triggers="i'm i’m im am i'll i’ll now what next looking seeking currently",
)
# Where or what, narrowed: a place, a sector, a distance, remote work, "ideally".
_NARROWED = _p(
    r"\b(?:in|around|across|near|within|based in|anywhere in|ideally|remote|hybrid|"
    r"(?:an|one|two) hours? (?:of|from)|commut\w+)\b",
)
# The one easy thing that would help: a name, an introduction, someone who comes to mind.
EASY_HELP = _p(
    r"\b(?:an?|one) (?:name|intro|introduction)\b|\bnames of\b"
    r"|\bif (?:one person|someone|somebody|anyone|a person|a name|a team|a company|one name)"
    r"(?: \w+){0,3} (?:comes?|springs?) to mind\b"
    r"|\bforward (?:this|it|my note) to (?:someone|anyone|the one person)\b"
    r"|\bpoint me (?:to|towards|at) (?:a|one|the|someone|anyone)\b"
    # "if you hear of anything, or know someone at a 3PL I should talk to"
    r"|\bif you hear of (?:anything|something|a role|an opening|a job)\b"
    r"|\bknow (?:someone|anyone|somebody) (?:at|in) an? [\w-]+ i should (?:talk|speak) to\b",
    triggers="a an one names if forward point hear know",
)


def clear_search(doc: Doc, ctx: Context | None) -> list[Span]:
    """Find a search said so others can help: what and where, and the one easy thing to do.

    Returns the search sentence and the easy help when both are there and nothing is sold;
    nothing otherwise.
    """
    return memo(doc, "clear-search", lambda: _clear_search(doc))


def _clear_search(doc: Doc) -> list[Span]:
    help_ = doc.find(EASY_HELP)
    if not help_ or doc.find(S.PITCH) or doc.find(S.PLUG):
        return []
    searching = [s for s in doc.sentences if has_match(SEARCH, s.text, s.lower)]
    if not searching:
        return []
    # The search is narrowed in its own sentence or in the one that says what would help
    # ("names of anyone who designs training ... around Bristol").
    helping = [s for s in doc.sentences if any(s.start <= a < s.end for a, _ in help_)]
    if not any(has_match(_NARROWED, s.text, s.lower) for s in searching + helping):
        return []
    return sorted([searching[0].span, *help_[:1]])


# Saying outright that the note is one of many: "number 214 of the 500 I'm writing", "I picked
# you from my 3,000 connections". No mention of the reader's work makes that personal.
MASS = _p(
    rf"\b\d[\d,]* of (?:the |my )?\d[\d,]{{1,}} (?:[\w-]+ ){{0,2}}(?:messages|notes|letters|emails"
    rf"|people|contacts|connections|i{A}m (?:writing|sending))\b"
    rf"|\bfrom (?:my|all my|the) \d[\d,]{{2,}} (?:connections|contacts|followers)\b"
    rf"|\b(?:each|every one|all|any) of (?:my|the|our) \d[\d,]{{2,}} (?:[\w-]+ )?(?:connections|"
    rf"contacts|followers|friends|people|subscribers|members)\b"
    # a crowd written to, or signed up, at once: "I'm connecting with every member", "I've
    # subscribed everyone in my contacts", "you've been added to my weekly newsletter"
    rf"|\bconnecting with (?:every |all (?:the )?)(?:[\w-]+ ){{0,4}}(?:members?|women|men|people|"
    rf"professionals|leaders|founders|alumni|colleagues|owners|managers|buyers|directors)\b"
    rf"|\b(?:subscribed|signed up|added) (?:everyone|everybody|all of you|all my contacts)\b"
    rf"|\b(?:you{A}?ve been|you have been) (?:added|subscribed|signed up) to my\b"
    # a crowd added to one thread: "adding everyone from my MBA cohort to this thread"
    rf"|\badding (?:everyone|everybody|all of you) (?:from|in|on|at) my\b"
    # the crowd admitted: "all 212 of you", "I've sent it to everyone in my network"
    rf"|\ball \d{{2,}} of you\b|\b(?:writing|sending this|reaching out|sent (?:it|this)) to "
    rf"(?:each|every one|all) of you\b"
    rf"|\b(?:sent|sending|emailed|messaged) (?:it|this|the same (?:note|message)) to everyone "
    rf"(?:in|on|from) my (?:network|contacts|list|address book)\b"
    # the same note sent to a crowd of their peers: "sending this same message to about thirty
    # recruiters across the GTA"
    rf"|\b(?:sending|sent|writing|sent out) (?:this|the same|this same|this exact) (?:message|note|"
    rf"email|letter) to (?:about |around |over |some |roughly )?(?:\d+|a dozen|dozens of|"
    rf"[a-z]+ty|[a-z]+teen|ten|several|lots of|many) (?:other )?(?:[\w-]+ )?(?:recruiters|"
    rf"agencies|people|contacts|firms|companies|managers|investors|editors|agents|professors|"
    rf"landlords|shops|clinics|buyers)\b"
    # the crowd named: "I'm reaching out to several product managers as part of my research"
    rf"|\b(?:reaching out|writing|sending this|sending messages) to (?:several|many|multiple|"
    rf"various|dozens of|lots of|a (?:number|bunch|handful|list) of) (?:other )?(?:[\w-]+ )?"
    rf"(?:managers|people|professionals|pms|recruiters|leaders|engineers|founders|designers|"
    rf"experts|contacts|alumni|companies|firms)\b"
    # a profile headline merged into the greeting: "Hi 🌍 Chief Curiosity Officer | Ex-Unilever |"
    rf"|^(?:hi|hello|hey|dear|good morning)\b[^\n|,]{{1,60}}\|[^\n|,]{{1,60}}\|"
    # a mail-merge's spintax left unspun: "{Hi|Hello} {Noor|there}"
    rf"|\{{[^{{}}|\n]{{1,40}}\|[^{{}}\n]{{1,80}}\}}",
)

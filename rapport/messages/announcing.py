"""Announcements: the writer's own news to people who know them, such as a job search.

"I'm open to new opportunities, let me know if you hear of anything!" is the self-centred
broadcast: the reader cannot tell what would help, so nobody does. Career advisers still
recommend one kind of job-search note to one's own network: it says exactly what is sought (the
kind of role, and where: a sector, a city, "remote") and the one easy thing that would help ("a
name helps me more than a job link", "if someone comes to mind"). Such a note is about the writer
by nature; what makes it welcome is that it is easy to act on.
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

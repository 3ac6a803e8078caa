"""Details: rare things of the reader's life or work, and the writer's own work said concretely.

A note written to one person names things few notes would mention (their old stapler, the
boatyard they were hunting for); boilerplate uses everyday words. Rarity comes from word
frequencies in English (:mod:`rapport.messages.words`), so no list of phrases is needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapport.messages import blanks as B
from rapport.messages import patterns as P
from rapport.messages.context import Context
from rapport.messages.requests import asking_sentences
from rapport.messages.text import (
    FIRST_PERSON,
    SECOND_PERSON,
    SINGULAR_ME,
    WORD,
    Doc,
    Sentence,
    Span,
    find_spans,
    holding,
    inside,
    memo,
)
from rapport.messages.words import looks_foreign, looks_like_typo, noun_topic, rarity, zipf

# Rarity (0 everyday, 1 unheard of) a topic word needs to count as a detail of the reader:
# "desk" and "covering" (0.27) count; "background", "finance" and "structure" (about 0.2 each)
# do not, so "given your background in finance" never adds up to a detail.
RARE_WORD = 0.25
# How rare the counted words of one sentence must be, added up: "stapler" alone (0.59), or
# "covering my Saturday shift" (0.52). The writer's own work is concrete at the same total of
# all its topic words: "I teach maths at a sixth-form college" (0.55), "communications for small
# health-tech companies" (0.46) beside a newsletter read; "driving growth and innovation" (0.47)
# alone is not.
DETAIL_RARITY = 0.5
OWN_WORK_RARITY = 0.5
# Words that name the occasion itself, which every note of its kind names: a congratulation
# says "congratulations on the promotion", a cover letter "opportunity", whoever the reader is.
OCCASION = frozenset(
    [
        "congratulations",
        "congratulation",
        "congrats",
        "promotion",
        "promotions",
        "achievement",
        "achievements",
        "accomplishment",
        "accomplishments",
        "endeavour",
        "endeavours",
        "endeavor",
        "endeavors",
        "milestone",
        "milestones",
        "anniversary",
        "success",
        "successes",
        "dedication",
        "journey",
        "opportunity",
        "opportunities",
        "discussion",
        "inspiration",
        "passion",
        "synergy",
        "synergies",
        "excellence",
        "expertise",
        "insight",
        "insights",
        "relationship",
        "relationships",
        # the envelope of any letter: "Dear Sir/Madam", "thanks for reaching out", "Sincerely"
        "sir",
        "madam",
        "sincerely",
        "regards",
        "reaching",
        "thx",
        # the medium every note travels by: "LinkedIn keeps suggesting you" names nothing of theirs
        "linkedin",
        "inmail",
        "whatsapp",
        "email",
        "gmail",
        "dm",
        "zoom",
    ]
)
# The name the note greets or calls the reader by ("Hi Joost,", "..., Ngozi."): not a detail.
_VOCATIVE = re.compile(
    r"^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Mm]orning|[Ee]vening|[Gg]ood \w+)\s+)?"
    # (a heading is no name: "Update:", "Subject:", "Quick question:")
    r"(?!(?:Update|Note|Subject|Re|Fwd|Fw|FYI|Fyi|News|Reminder|Quick \w+|Heads up|PS|Edit|"
    r"Summary|Context|Background|Question|Thanks|Congrats|Congratulations|Hello|Hi|Hey)\s*[:!,-])"
    r"((?:(?:Dr|Mr|Mrs|"
    r"Ms|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    # two readers greeted at once ("Chidi / Lena -", "Paulo and Chiara,"), and a dash after the
    # name ("Priya - adding you...")
    r"(?:\s*(?:/|&|and)\s*([A-Z][\w'’-]+))?\s*(?:[,!:]|\s[-–—]\s)"
    r"|,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Herr|Frau|Sr|Sra|Mme)\.?\s+)?([A-Z][\w'’-]+)\s*[.!?]"
)


def reader_details(doc: Doc, ctx: Context | None = None) -> list[Span]:
    """Rare things named in a sentence about the reader: their stapler, Tartu, the boatyard.

    A note written to one person names things of their life or work that are rare in English;
    boilerplate uses everyday words. Counted in sentences that speak to or of the reader
    ("you", "your") and ask nothing; the reader's own name and words no dictionary knows in
    lower case (typos) are not details.
    """
    return memo(doc, "details", lambda: _reader_details(doc))


def _reader_details(doc: Doc) -> list[Span]:
    # In a congratulation or a thank-you, news told without "you" is still theirs: "Saw the
    # ferry ran all winter without a cancelled crossing. Congratulations to the crew."
    addressed = any(_ADDRESSED & set(s.words) for s in doc.sentences)
    found: list[Span] = []
    for sentence, (spans, total) in _told(doc):
        if not (_to_reader(sentence) or (addressed and not _WRITERS & set(sentence.words))):
            continue
        if total >= DETAIL_RARITY:
            found += spans
    return found


def _told(doc: Doc) -> list[tuple[Sentence, tuple[list[Span], float]]]:
    """Each sentence that asks nothing, with its rare topic words and their rarity added up."""
    key = "told"
    if key not in doc.memo:
        names = _names(doc)
        asking = {s.span for s in asking_sentences(doc)}
        blanks = B.blanks(doc)  # "{{FirstName}}" is a slot, not a detail
        doc.memo[key] = [
            (s, _rare_things(s, names, RARE_WORD, blanks))
            for s in doc.sentences
            if s.span not in asking
        ]
    return doc.memo[key]  # type: ignore[return-value]


def concrete(doc: Doc, ctx: Context | None) -> list[Span]:
    """Real things named anywhere the note does not ask: a place, a tool, a project, a course.

    Whoever they belong to, rare nouns show a person writing about something ("the pallet jack
    at the food bank night", "the Kano water board's GIS post"); a note that could be pasted to
    anyone is made of everyday words. Counted over the whole note at the same rarity as
    :func:`reader_details`; the reader's names and unknown lower-case words (typos) are left out.
    """
    return memo(doc, "concrete", lambda: _concrete(doc))


def _concrete(doc: Doc) -> list[Span]:
    told = _told(doc)
    total = sum(rare for _, (_, rare) in told)
    return [span for _, (spans, _) in told for span in spans] if total >= DETAIL_RARITY else []


def _to_reader(sentence: Sentence) -> bool:
    """Whether a sentence speaks to or of the reader more than of the writer.

    A thing of theirs ("your guide", "your grandfather's boatyard"); "you" at least as often as
    "I"/"my" ("I got promoted, bought a flat in Lisbon, you should listen" is the writer's
    news); or a thank-you or congratulations. A greeting's name alone is not enough: "Hi Kwame,
    a few of us moved our savings..." is the writer's news.
    """
    words = sentence.words
    if {"your", "yours"} & set(words):
        return True  # a thing of theirs is named
    mine = sum(w in SINGULAR_ME for w in words)
    yours = sum(w in SECOND_PERSON for w in words)
    if yours:
        return yours >= mine
    return bool(set(words) & _ADDRESSED)


# Words of a sentence about the writer or the writer's side.
_WRITERS = FIRST_PERSON | {"ours", "we've", "we’ve"}
# Words that address a sentence to the reader without "you": "huge thanks for...", "congrats".
_ADDRESSED = {"thanks", "thank", "congratulations", "congratulation", "congrats", "kudos", "bravo"}


def _names(doc: Doc) -> set[str]:
    """The words of the names the note greets the reader by or signs off with."""
    if "names" not in doc.memo:
        end = _SIGNATURE.search(doc.text[-_SIGNATURE_REACH:])  # a sign-off is at the very end
        signed = [name for name in end.groups() if name] if end else []
        names = greeted_names(doc) + signed
        doc.memo["names"] = {word.lower() for name in names for word in name.split()}
    return doc.memo["names"]  # type: ignore[return-value]


# The writer's name after a sign-off at the end ("Sincerely, Kofi", "Thanks,\nAnele Dube"),
# looked for in the last characters of the note only.
_SIGNATURE_REACH = 80
_SIGNATURE = re.compile(
    r"\b(?:[Ss]incerely|[Rr]egards|[Bb]est(?: wishes)?|[Cc]heers|[Tt]hanks|[Tt]hank you|[Ww]armly|"
    r"[Yy]ours(?: truly| faithfully| sincerely)?|[Ww]ith thanks)[,.!]?\s+"
    r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)?)\s*$"
)


def greeted_names(doc: Doc) -> list[str]:
    """The names the note greets or calls the reader by ("Hi Joost,", "..., Ngozi.")."""
    return [group for match in _VOCATIVE.finditer(doc.text) for group in match.groups() if group]


@lru_cache(maxsize=1 << 16)
def _topic_rarity(word: str) -> float | None:
    """How rare a word's topic is, or None for no topic: an occasion, a foreign word or a typo."""
    lower = word.lower()
    key = None if lower in OCCASION or looks_foreign(word) else noun_topic(lower)
    if key is None or (not word[0].isupper() and (zipf(lower) == 0 or looks_like_typo(lower))):
        return None
    return rarity(key)


def _rare_things(
    sentence: Sentence, names: set[str], floor: float = 0.0, blanks: list[Span] | None = None
) -> tuple[list[Span], float]:
    """The spans of a sentence's topic words at least ``floor`` rare, and their rarity added up.

    The reader's names, lower-case words no dictionary knows (typos) and words inside a
    template's ``blanks`` are left out.
    """
    spans, total = [], 0.0
    for match in WORD.finditer(sentence.text):
        word = match.group()
        rare = _topic_rarity(word)
        if rare is None or rare < floor or word.lower() in names:
            continue
        if blanks and any(a <= sentence.start + match.start() < b for a, b in blanks):
            continue
        spans.append((sentence.start + match.start(), sentence.start + match.end()))
        total += rare
    return spans, total


def says_what_i_do(doc: Doc, ctx: Context | None) -> list[Span]:
    """The writer's own work said concretely ("a buyer ... upholstery foam"), not in a slogan.

    A sentence about what the writer does counts when it names things of that work rare enough
    to answer ("I'm a buyer at a furniture retailer, chasing a second foam supplier"); "I'm
    passionate about driving growth" gives the reader nothing to reply to.
    """
    found = doc.find(P.SAYS_WHAT_I_DO)
    if not found:
        return []
    names = _names(doc)
    concrete = [s.span for s in holding(doc, found) if _rare_things(s, names)[1] >= OWN_WORK_RARITY]
    return [f for f in found if any(inside(f, c) for c in concrete)]


def own_record(doc: Doc, ctx: Context | None) -> list[Span]:
    """The writer's achievements listed: two or more wins in sentences that never say "you".

    Saying what one does helps the reader answer (:func:`says_what_i_do`); a run of one's own
    results ("I grew sales by 40%, launched click-and-collect and got promoted") turns a note to
    them, a thank-you or a congratulation included, into a note about the writer.
    """
    spans = [
        (s.start + a, s.start + b)
        for s in doc.sentences
        if not _WRITER_SUBJECT.isdisjoint(s.words) and SECOND_PERSON.isdisjoint(s.words)
        for a, b in find_spans(_WINS, s.text, s.lower)
    ]
    return spans if len(spans) >= OWN_WINS else []


OWN_WINS = 2
# The writer as the one who did it ("my cousin spent four years..." is not the writer's record).
_WRITER_SUBJECT = frozenset(
    ["i", "i've", "i’ve", "i'm", "i’m", "i'd", "i’d", "we", "we've", "we’ve", "we're", "we’re"]
)
# What a writer lists as won: built, grew, launched, led, promoted, years spent.
_WINS = P._p(
    r"\b(?:built|grew|launched|founded|co-founded|won (?:a|an|the|our|my|two|three|\d+)|closed|"
    r"raised|scaled|delivered|doubled|"
    r"tripled|increased|published|mentored|coached|trained|hired|generated|secured|achieved|"
    r"exceeded|shipped|opened|expanded|led|ran|saved|cut|(?:got |was |been )promoted|sit on|"
    r"signed|landed|received|(?:was |were |been )(?:named|awarded|shortlisted|featured)|"
    r"spent (?:\w+ ){1,2}years"
    # offers counted: "accepted to four programmes, two with full funding"
    r"|(?:accepted|admitted|offered places?) (?:to|into|by|at) (?:two|three|four|five|six|\d+|"
    r"several|all|both)|(?:with|on) (?:a )?full (?:funding|scholarship|ride))\b"
)

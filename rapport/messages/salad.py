"""Keyword lists and checklists: text that strings the rubric's words together.

A note written to tick off the coach's moves rather than to a person reads as a list: words or
pairs said twice in a row, runs of words with nothing to hold them together, keyword fragments
with full stops between them, comma lists, a sentence pasted twice, or a string of short verbless
lines. A thoughtful recipient finds these odd, and exercise 03 refuses them. The detectors take
the read message (:class:`~rapport.messages.text.Doc`) and return the spans they are about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from rapport.messages.context import Context
from rapport.messages.text import WORD, Doc, Sentence, Span, matches
from rapport.messages.words import FOREIGN_GLUE

# Words that glue a sentence together; a real sentence of six or more words has some.
_GLUE = (
    "a an the to of and or but in on at for with from by about as is are was were be been am "
    "i you he she it we they me him her us them my your his its our their this that these those "
    "have has had do does did will would can could should may might must not no so if than then "
    "there here what which who how when where why just also very some any "
    "without every each all into over under after before while because since until through once"
)
# A pronoun run into its verb is glue too: "I'll step out now; Mehmet said he'd send times".
_CONTRACTED = [
    f"{who}{a}{verb}"
    for who, verbs in (("i", "m ve ll d"), ("you", "re ve ll d"), ("he", "s ll d"),
                       ("she", "s ll d"), ("it", "s ll d"), ("we", "re ve ll d"),
                       ("they", "re ve ll d"), ("that", "s ll d"), ("there", "s"), ("let", "s"))
    for verb in verbs.split()
    for a in ("'", "’")
]  # fmt: skip
FUNCTION_WORDS = frozenset(_GLUE.split() + _CONTRACTED) | FOREIGN_GLUE
# Words that open a short line that is not a keyword: greetings, thanks and sign-offs.
OPENERS = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "thanks",
        "thank",
        "cheers",
        "best",
        "regards",
        "congrats",
        "congratulations",
        "morning",
        "evening",
        "afternoon",
        "warmly",
        "sincerely",
    ]
) | frozenset(
    # The same in the languages learners greet and thank in: "Hola Ahmad!", "Gracias!", "Oi!"
    ["hola", "gracias", "oi", "olá", "ola", "obrigado", "obrigada", "bonjour", "salut", "merci",
     "hallo", "danke", "ciao", "grazie", "salam", "salaam", "shukran", "namaste", "asante",
     "jambo", "habari", "dziękuję", "dzięki", "dankie", "bedankt", "tack", "hej", "kiitos",
     "spasibo", "selamat", "terima", "salamat", "maraming", "arigato", "arigatou", "xiexie"]
)  # fmt: skip
REPEATS_ALLOWED = frozenset(
    {"very", "so", "ha", "no", "bye", "really", "that", "had", "far", "you"}  # "thank you, you..."
)
REPEAT_RUN = 6  # six words in a row said twice
REPEAT_SENTENCE = 4  # or a whole sentence of four words or more
CHOPPY_SENTENCES = 6  # a note of this many sentences or more...
CHOPPY_WORDS = 5  # ...averaging under this many words each reads as a checklist
SIGNATURE_LINES = 5  # lines of name, title, company and place under a sign-off
LIST_PIECES = 7  # a sentence of this many comma-separated pieces or more...
LIST_SHORT = 6  # ...this many of them short and verbless, is a list of keywords

# Words that make a short line a sentence: a subject, an auxiliary, a modal, a verb ending.
_VERBISH = frozenset(
    ["i", "we", "you", "they", "he", "she", "it", "is", "are", "was", "were", "am", "be", "been",
     "being", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would", "shall",
     "should", "may", "might", "must", "let", "please",
     # the same in text speak ("hope ur well", "im on it"): text-speak is a finding of its own
     "u", "ur", "im", "ive", "id", "hope", "hoping"]
)  # fmt: skip
# Short lines people write that have no verb and are no keyword: greetings, closings, thanks.
_SHORT_LINES = frozenset(
    ["no", "all", "take", "good", "speak", "talk", "see", "many", "kind", "best", "warm", "happy",
     "enjoy", "safe", "looking", "cheers", "welcome", "congrats", "congratulations", "great",
     "lovely", "nice", "sorry", "thx", "ty", "ta", "tysm", "totally", "fine", "np"]
)  # fmt: skip


def word_salad(doc: Doc, ctx: Context | None) -> list[Span]:
    """Return where the text is a list of keywords rather than sentences.

    Words said twice in a row, a pair of words said twice, runs of words with little to hold
    them together, three or more keyword fragments with full stops between them, or a
    checklist (:func:`checklist`: a sentence said twice, a string of verbless fragments, or
    many very short sentences).
    """
    if "salad" not in doc.memo:
        doc.memo["salad"] = _word_salad(doc)
    return list(doc.memo["salad"])  # type: ignore[call-overload]


# "thanks thanks", "Name Name": a word said twice in a row; "your work your work": a pair.
# "your work your article your talk": the same word every other word, three times (a list).
_STRIDE = re.compile(r"\b([^\W\d_]+) [^\W\d_]+ \1 [^\W\d_]+ \1\b")
_PAUSES = re.compile(r"[,;:()\u2013\u2014-]")
_DOUBLED = re.compile(r"\b([^\W\d_]{2,})(?:,? +)\1\b")
_DOUBLED_PAIR = re.compile(r"\b([^\W\d_]+ [^\W\d_]+) \1\b")


def _repeats(words: list[str]) -> bool:
    """Whether a word, or a pair of words, comes twice in a row, or a word every other word."""
    for i in range(len(words) - 1):
        if words[i] == words[i + 1] or (i + 2 < len(words) and words[i] == words[i + 2]):
            return True
    return False


def _word_salad(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    if _repeats(doc.words):  # cheap look first; the patterns find where
        spans = [
            m.span()
            for m in matches(_DOUBLED, doc.text, doc.lower)
            if m.group(1) not in REPEATS_ALLOWED
            # "a smart way in, in your view": a glue word either side of a comma is two phrases
            and not ("," in m.group(0) and m.group(1).lower() in FUNCTION_WORDS)
        ]
        spans += [
            m.span()
            for m in matches(_DOUBLED_PAIR, doc.text, doc.lower)
            if not set(m.group(1).split()) <= FUNCTION_WORDS
            and m.group(1).lower() not in _PAIRS_SAID_TWICE
        ]
        spans += [m.span() for m in matches(_STRIDE, doc.text, doc.lower)]
    fragments = [
        s.span
        for s in doc.sentences
        if len(s.words) >= 6
        and FUNCTION_WORDS.isdisjoint(s.words)
        and not s.lower.startswith(_HEADINGS)  # "Subject: Mehmet (textiles) <> Sofie (fibre lab)"
    ]
    if len(fragments) >= 2 or (fragments and spans):
        spans += fragments
    for s in doc.sentences:  # a run of words with no punctuation and little glue
        words = s.words
        if len(words) >= 10 and not _PAUSES.search(s.text):
            # ("IT" and "US" in capitals are a trade and a country, not "it" and "us")
            glue = _glue(words) - len(_CAPITAL_NOUNS.findall(s.text))
            # A long run with under GLUE_SHARE glue is a list, and so is a shorter one with
            # almost none.
            if glue < (GLUE_SHARE if len(words) >= 15 else 0.15) * len(words):
                spans.append(s.span)
    # "Product management. Travel app. Two questions.": keywords with full stops between them.
    bits = [
        s.span
        for s in doc.sentences
        if 2 <= len(s.words) <= 4 and not _glue(s.words) and s.words[0] not in OPENERS
    ]
    if len(bits) >= 3:
        spans += bits
    if _looped(doc.words) or _table(doc.text):
        spans.append((0, len(doc.text)))
    spans += checklist(doc) + comma_lists(doc) + gerund_chains(doc)
    return sorted(set(spans))


_CAPITAL_NOUNS = re.compile(r"\b(?:IT|US)\b")
# Pairs people say twice for warmth: "thank you thank you", "well done well done".
_PAIRS_SAID_TWICE = frozenset(
    ["thank you", "well done", "thanks so", "so much",
     # "more and more", "again and again", "over and over": an idiom, not a list
     "and more", "and again", "and over", "and on", "and round", "and less", "and further"]
)  # fmt: skip


# An email's own heading lines: a subject is a list of names and topics by design.
_HEADINGS = ("subject:", "re:", "fwd:", "fw:")
# Running English is about half glue words; a long run with less than this share is a list.
# Noun-heavy prose ("seeing the whole line stop for one crooked label explained quality
# control better than a term of lectures") still has over a quarter.
GLUE_SHARE = 0.22
# A row of a Markdown table: "| your work | shipyards |".
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE)


def _table(text: str) -> bool:
    """Whether the message is mostly a table: cells of keywords, not sentences to a person."""
    rows = _TABLE_ROW.findall(text)
    return len(rows) >= 2 and sum(map(len, rows)) * 2 >= len(text.strip())


LOOPED_SHARE = 0.3  # running prose repeats under a sixth of its word pairs
LOOPED_MIN_PAIRS = 20  # a short note may say "thanks again for" twice


def _looped(words: list[str]) -> bool:
    """Whether the same word pairs keep coming back ("your garden project your garden...").

    A note of ``LOOPED_MIN_PAIRS`` word pairs or more in which at least ``LOOPED_SHARE`` of the
    pairs are ones said more than once goes round in circles: a keyword loop, not a message.
    """
    pairs = list(pairwise(words))
    if len(pairs) < LOOPED_MIN_PAIRS:
        return False
    counts = Counter(pairs)
    return sum(n for n in counts.values() if n > 1) >= LOOPED_SHARE * len(pairs)


def comma_lists(doc: Doc) -> list[Span]:
    """Sentences that are lists of short keywords with commas (or semicolons, or numbers) between.

    "Hi Sam, your talk, Leeds, last June, your team, grateful, no pressure.": seven pieces or
    more, six of them one to three words with no verb, making up most of the message. A list
    inside a longer note ("I have used SQL, Python, Tableau and dbt") is left alone.
    """

    def keywords(sentence: Sentence) -> bool:
        pieces = [WORD.findall(piece.lower()) for piece in _list_pieces(sentence.text)]
        short = sum(1 for p in pieces if 1 <= len(p) <= 3 and not any(map(_verbish, p)))
        return len(pieces) >= LIST_PIECES and short >= LIST_SHORT

    return _most_of_the_note(doc, keywords)


def _most_of_the_note(doc: Doc, is_list: Callable[[Sentence], bool]) -> list[Span]:
    """Return the sentences ``is_list`` picks, when they hold at least half the note's words."""
    found = [s for s in doc.sentences if is_list(s)]
    listed = sum(len(s.words) for s in found)
    return [s.span for s in found] if listed * 2 >= doc.word_count else []


GERUND_PIECES = 5  # a sentence with this many comma pieces that open on an -ing word...
# (words ending in -ing that are not verbs)
_NOT_GERUNDS = frozenset(
    ["thing", "things", "morning", "evening", "nothing", "something", "anything", "everything",
     "during", "spring", "string", "king", "ring", "bring", "sibling", "ceiling", "wedding",
     "building", "meeting", "meetings", "feeling", "feelings", "pudding", "ping"]
)  # fmt: skip


def gerund_chains(doc: Doc) -> list[Span]:
    """Sentences that chain -ing pieces with commas instead of saying anything.

    "Writing after the summit, remembering your panel, thanking you sincerely, being brief,
    asking one small question, respecting your time": ``GERUND_PIECES`` pieces or more that open
    on an -ing word, making up most of the message, are a list of virtues, not a sentence.
    """

    def chained(sentence: Sentence) -> bool:
        pieces = [WORD.findall(piece.lower()) for piece in sentence.text.split(",")]
        opening = sum(
            1
            for p in pieces
            if p and p[0].endswith("ing") and len(p[0]) > 4 and p[0] not in _NOT_GERUNDS
        )
        return opening >= GERUND_PIECES

    return _most_of_the_note(doc, chained)


# "1) solar 2) microgrids 3) rural clinics": numbers that mark the pieces of a list.
_NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,2}[).:]\s")


def _list_pieces(text: str) -> list[str]:
    """Split a sentence at its list marks: numbers "1)", table bars, semicolons, or commas."""
    if len(_NUMBERED.findall(text)) >= LIST_PIECES - 1:
        return _NUMBERED.split(text)
    if text.count("|") >= LIST_PIECES - 1:  # a table in Markdown: | Hi Ewa | your talk |
        return text.split("|")
    if text.count(";") >= 2:  # "your bakery, your classes; Saturday market; flour; thanks"
        return re.split(r"[;,]", text)
    return text.split(",")


def _glue(words: list[str]) -> int:
    """How many of ``words`` are function words or contractions (the glue of a sentence)."""
    return sum(1 for w in words if w in FUNCTION_WORDS or "'" in w or "’" in w)


def checklist(doc: Doc) -> list[Span]:
    """Return where a text is a checklist rather than a message (empty when it is not).

    A sentence said twice (six words in a row repeated); three or more verbless fragments
    making up at least 30% of the sentences; or six or more sentences, greetings, thanks and
    sign-offs aside, averaging under five words (running prose averages well over ten). Pieces
    of web links and a closing signature block are not counted.
    """
    sentences = [s for s in doc.sentences if not _in_link(s.span, doc.links)]
    bits_all = fragments(doc)
    # A sign-off and the signature block under it ("Best,", "Jo Smith", "Head of Operations")
    # close many notes: fragments count as a signature only after a sign-off.
    for back in range(2, min(SIGNATURE_LINES + 1, len(sentences)) + 1):
        closing = sentences[-back]
        after = sentences[len(sentences) - back + 1 :]
        if closing.words and _courtesy(closing.words[0]) and all(s.span in bits_all for s in after):
            del sentences[-back:]
            break
    while sentences and (not sentences[-1].words or _courtesy(sentences[-1].words[0])):
        sentences.pop()
    kept = {s.span for s in sentences}
    found = repeated_sentences(doc)
    bits = [span for span in bits_all if span in kept]
    if len(bits) >= 3 and len(bits) >= 0.3 * len(sentences):
        found += bits
    # Greetings, thanks and sign-offs are short in any note: only the rest is measured.
    said = [s for s in sentences if s.words and not _courtesy(s.words[0])]
    words = sum(len(s.words) for s in said)
    if len(said) >= CHOPPY_SENTENCES and words < CHOPPY_WORDS * len(said):
        found += [s.span for s in said]
    return sorted(set(found))


def _courtesy(word: str) -> bool:
    return word in OPENERS or word in _SHORT_LINES


def _in_link(span: Span, links: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in links)


def repeated_sentences(doc: Doc) -> list[Span]:
    """Sentences that repeat one said earlier, or a run of six of its words (padding).

    Running text almost never says the same six words twice, or a whole sentence of four words
    or more twice; a pasted sentence does, with or without a greeting in front of it.
    """
    words = doc.words
    if len(doc.word_set) > len(words) - REPEAT_SENTENCE:  # too few repeated words for either
        return []
    said: set[tuple[str, ...]] = set()
    again = []  # whole sentences of four or more words said again
    for s in doc.sentences:
        key = tuple(s.words)
        if len(key) >= REPEAT_SENTENCE and key in said:
            again.append(s.span)
        said.add(key)
    seen: dict[tuple[str, ...], int] = {}
    repeated: set[str] = set()
    for i in range(len(words) - REPEAT_RUN + 1):
        run = tuple(words[i : i + REPEAT_RUN])
        if run in seen and i - seen[run] >= REPEAT_RUN:
            repeated.add(" ".join(run))
        seen.setdefault(run, i)
    if not repeated:
        return again
    found, before = [], ""
    for s in doc.sentences:
        joined = " ".join(s.words)
        if any(run in joined and run in before for run in repeated):
            found.append(s.span)
        before += " " + joined
    return sorted(set(found + again))


def fragments(doc: Doc) -> list[Span]:
    """Short lines with no verb that are not greetings or closings ("Your talk.", "Lahore.").

    One or two are normal ("Great panel!"); a string of them is a list of the rubric's moves.
    """
    found = []
    for s in doc.sentences:
        words = s.words
        if not 1 <= len(words) <= 4 or s.is_question or words[0] in OPENERS:
            continue
        if words[0] in _SHORT_LINES or any(_verbish(w) for w in words):
            continue
        found.append(s.span)
    return found


def _verbish(word: str) -> bool:
    return word in _VERBISH or "'" in word or "’" in word or word.endswith("ed")

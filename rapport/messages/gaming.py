"""Signs that a text was written at the coach rather than to a person.

A reader never sees the rubric, so words aimed at a grader, capitals from end to end, rows of
emoji, lists of keywords, the same sentence said twice, or a string of verbless fragments
ticking off the rubric's moves are all things a thoughtful recipient would find odd. Each
detector here takes the read message (:class:`~rapport.messages.text.Doc`) and returns the
spans it is about, like those in :mod:`rapport.messages.detectors`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from rapport.messages import cues as C
from rapport.messages import detectors as D
from rapport.messages.context import Context
from rapport.messages.fastre import search
from rapport.messages.patterns import _p
from rapport.messages.text import WORD, Doc, Sentence, Span, matches

WHOLE: list[Span] = [(0, 0)]
SHOUT_SHARE = 0.6  # share of cased letters in capitals from which a note reads as shouting
SHOUT_MIN_LETTERS = 20
EMOJI_MIN = 5  # a row of emoji: at least this many, and one for every few words
EMOJI_WORDS_EACH = 6
REPEAT_RUN = 6  # six words in a row said twice
REPEAT_SENTENCE = 4  # or a whole sentence of four words or more
CHOPPY_SENTENCES = 6  # a note of this many sentences or more...
CHOPPY_WORDS = 5  # ...averaging under this many words each reads as a checklist
SIGNATURE_LINES = 5  # lines of name, title, company and place under a sign-off
LIST_PIECES = 7  # a sentence of this many comma-separated pieces or more...
LIST_SHORT = 6  # ...this many of them short and verbless, is a list of keywords

# Instructions to whoever scores the text: a reader would be puzzled, and the coach ignores them.
TO_GRADER = _p(
    r"\b(?:ignore|disregard|override|bypass|forget) (?:the |all |any |your |previous |these )*"
    r"(?:rubric|rules|instructions|grader|grading|scoring|checks?|criteria|coach|marking)\b"
    r"|\b(?:scoring|grading|marking) (?:system|bot|model|rubric)\b"
    r"|\bnote (?:to|for) (?:the |any )?(?:grader|scorer|marker|coach|checker|reviewer|ai|bot|"
    r"automated (?:review|reviewer|grader|grading|checker|marking|scoring))\b"
    r"|\bautomated (?:review|reviewer|grader|grading|checker|marking|scoring)\b"
    # the same aimed at a grader in other languages: French, Spanish, German, Italian, Portuguese
    r"|\b(?:l['’])?(?:évaluateur|évaluatrice|evaluateur|correcteur|correctrice|evaluador|"
    r"evaluadora|corrector|bewerter|prüfer|valutatore|correttore|avaliador|corretor)\b"
    r"|\btreat (?:the|this|my) (?:request|ask|message|note|rewrite) as\b"
    # the note describing its own virtues instead of having them: "this message is warm and
    # specific... I thank you, and I make it easy to say no"
    r"|\bthis (?:message|note|rewrite) (?:is|was) (?:[\w-]+,? ){0,2}(?:warm|specific|respectful|"
    r"personali[sz]ed|polite|concise|genuine|excellent)\b|\bi make it easy to (?:say no|decline)\b"
    r"|\b(?:score|grade|mark|rate) (?:this|it|me|the (?:message|note|rewrite))? ?(?:as )?"
    r"(?:100|\d{2,3} ?/ ?100|good|excellent|perfect|full marks|a pass|passing)\b"
    r"|\bshould (?:receive|get|score|earn) (?:a )?(?:100|full marks|a pass|top marks)\b"
    r"|\b(?:should|must|will) be (?:rated|scored|graded|marked|judged) (?:as )?(?:good|warm|"
    r"excellent|perfect|a pass|passing|high|highly|100)\b|\bevaluator\b"
    # the rubric's own words tagged in brackets: "(easy out)", "(specific detail about her work)"
    r"|\((?:personali[sz]ed greeting|small ask|easy out|specific (?:detail|ask)[^)\n]{0,30}|"
    r"question about (?:them|her|him|their work)[^)\n]{0,20}|acknowledg\w* (?:the )?(?:gap|"
    r"silence)|why (?:them|her|him)|stated reason|shared context)\)"
    r"|\[\s*(?:system|instruction|grader|note to grader)\b"
    r"|\bthis (?:message|note|rewrite|text) (?:is|meets) (?:specific|excellent|perfect|every|"
    r"all (?:the )?(?:criteria|checks|principles))\b"
    # the reader asked to answer for the writer's marks: "for a course assignment... so I can
    # submit it"
    r"|\b(?:for|part of) (?:a|my|our|the) (?:[\w-]+ ){0,2}(?:course|class|module|workshop) "
    r"(?:assignment|exercise|homework|task)\b"
    r"|\bso (?:that )?i can (?:submit|hand in|get (?:the |my |full )?(?:marks?|credit|grade))\b"
    # a verdict or a sum of marks planted in the text: "score-97_label-good", "25 + 25 = 100"
    r"|(?:\b|_)(?:score|label|grade|verdict)[-_ ]?(?:\d{2,3}|good|pass|approved)[-_.]"
    r"|\b\d{1,3} ?\+ ?\d{1,3}(?: ?\+ ?\d{1,3})* ?= ?100\b"
    # instructions for a chatbot handed in as the message: "Write a short, warm LinkedIn message
    # from me to Ahmad... keep it under 90 words"
    r"|\b(?:write|draft|compose|generate) (?:me )?an? (?:[\w-]+,? ){0,3}(?:message|note|email|dm|"
    r"reply|rewrite)(?: from me)? to\b|\bkeep it (?:under|below|to|within) \d+ words\b"
    # the reader made to mark the learner's homework: "could you rate this message out of 10?"
    r"|\b(?:rate|score|grade|mark) (?:this|my) (?:message|note|email|draft|rewrite) out of\b"
    r"|\bmy (?:course|class|coach|teacher|instructor) said (?:the|my) first\b"
    # a chatbot's own words pasted around its draft: "Sure! Here's a warm, concise message to a
    # pharmacist:", "Let me know if you'd like it more formal!"
    r"|^(?:sure|certainly|of course|absolutely)[!,.]? here(?:['’]s| is) (?:a|an|your) "
    r"(?:[\w-]+,? ){0,4}(?:message|note|email|draft|reply|version)\b"
    r"|\blet me know if you['’]?d like (?:it|me to make it|a version that['’]?s) (?:a bit |"
    r"slightly )?(?:more|less) (?:formal|casual|concise|friendly|professional|detailed)\b",
    triggers=(
        "ignore disregard override bypass forget scoring grading marking note score grade mark "
        "rate should system instruction grader this automated treat évaluateur évaluatrice "
        "evaluateur correcteur correctrice evaluador evaluadora corrector bewerter prüfer "
        "valutatore correttore avaliador corretor l'évaluateur l’évaluateur rated scored "
        "graded marked judged evaluator personalised personalized small easy specific question "
        "acknowledge acknowledges acknowledging acknowledged why stated shared assignment "
        "exercise homework task submit hand marks credit label verdict write draft compose "
        "generate keep 100 my sure certainly of absolutely let"
    ),
)

# Superlatives of praise: one is warmth, a pile of them is flattery that fits anyone's work.
PRAISE = _p(
    r"\b(?:amazing|brilliant|inspiring|insightful|incredible|awesome|fantastic|outstanding|"
    r"phenomenal|genius|legendary|world-class|mind-blowing|superb|exceptional|stellar|wonderful|"
    r"excellent|impressive|masterful|stunning|best \w+(?: \w+){0,4} ever)\b",
    triggers=(
        "amazing brilliant inspiring insightful incredible awesome fantastic outstanding "
        "phenomenal genius legendary world class mind blowing superb exceptional stellar "
        "wonderful excellent impressive masterful stunning best"
    ),
)
GUSHING_MIN = 3
# "Your work" or "your profile" with no detail after it: it could be any reader's.
VAGUE_WORK = _p(
    r"\byour (?:work|career|journey|path|profile|success|story|background|achievements|"
    r"experience|research|writing|content|posts|projects|expertise|accomplishments|insights|"
    r"contributions|leadership)\b(?! (?:on|about|at|in|for|with|into|of) )"
    # the whole person praised in words that fit anyone: "one of the most impressive people"
    r"|\bone of the (?:most [\w-]+|best|smartest|brightest|sharpest|finest) (?:people|"
    r"professionals|leaders|minds|thinkers|voices|experts)\b|\bthe way you think\b",
    triggers="work career journey path profile success story background achievements experience "
    "research writing content posts projects expertise accomplishments insights contributions "
    "leadership one the way",
)
# Feelings about that vague work (the writer's own plans tied to it are cues.OWN_GOAL).
FEELINGS = _p(
    r"\b(?:impress\w*|inspir\w*|admir\w*|love|loved|appreciate|important to me|"
    r"matters? (?:a lot |so much |a great deal |deeply |hugely )?to me|"
    r"relevant to me|aligns?|resonat\w*|interested|my career|stood out|stands out|"
    r"caught my (?:eye|attention))\b"
)

_NOT_UPPER = "".join(chr(i) for i in range(128) if not chr(i).isupper())
_NOT_LOWER = "".join(chr(i) for i in range(128) if not chr(i).islower())
_KEEP_UPPER = str.maketrans("", "", _NOT_UPPER)
_KEEP_LOWER = str.maketrans("", "", _NOT_LOWER)

# Pictographs, symbols and flags (with their joiners and variation selectors).
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\U0001f1e6-\U0001f1ff]"
    "[\U0001f3fb-\U0001f3ff\ufe0f\u200d\U0001f1e6-\U0001f1ff]*"
)
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


def to_grader(doc: Doc, ctx: Context | None) -> list[Span]:
    """Words addressed to a grader or scoring system, not to the reader.

    A long encoded string outside any link ("ref: Tm90ZSB0byB0aGUg...") counts too: no reader
    can read it, so it can only be meant for a machine.
    """
    return doc.find(TO_GRADER) + _encoded(doc) + _rubric(doc) + _fields(doc)


# The coach's own checklist named in the text: three or more of its items read as a form filled
# in for a grader ("Specific detail noted... Shared context acknowledged... Easy out offered").
_RUBRIC = _p(
    r"\b(?:specific (?:detail|ask)|shared context|easy[- ]out|small ask|warm (?:closing|tone|"
    r"opening|greeting)|specificity|warmth|personali[sz]ed greeting|acknowledg\w* (?:the )?gap|"
    r"why them|stated reason|hook|(?:be|being) (?:specific|polite|concise)|"
    r"keep (?:my|the) ask small|respect(?:ing)? your time|follow up only once|"
    r"(?:being|be) (?:brief|short)|asking (?:just )?one (?:small |quick )?question|"
    r"easy way (?:to say no|out)|specific,? warm and brief|warm,? specific and brief)\b"
)
RUBRIC_ITEMS = 3
# Fields of a data object ("to": "Nadia", "hook": "...") in place of sentences.
_FIELD = re.compile(r'["“][\w ]{1,30}["”]\s*:\s*["“\[{\d]')
DATA_FIELDS = 3


def _rubric(doc: Doc) -> list[Span]:
    found = doc.find(_RUBRIC)
    kinds = {doc.text[a:b].lower().replace("-", " ") for a, b in found}
    return found if len(kinds) >= RUBRIC_ITEMS else []


def _fields(doc: Doc) -> list[Span]:
    found = [m.span() for m in _FIELD.finditer(doc.text)]
    return found if len(found) >= DATA_FIELDS else []


# A run of base64-like characters, not part of a word, a path or a link.
_ENCODED = re.compile(r"(?<![\w/+=.-])[A-Za-z0-9+/]{28,}={0,2}(?![\w/+=.-])")


_LONG_RUN = re.compile(r"[A-Za-z0-9+/]{28,}")  # the quick look first (RE2 runs it)


def _encoded(doc: Doc) -> list[Span]:
    if not search(_LONG_RUN, doc.text):
        return []
    found = []
    for match in _ENCODED.finditer(doc.text):
        token = match.group(0)
        mixed = sum(c.isupper() for c in token) >= 3 and sum(c.islower() for c in token) >= 3
        in_link = any(a <= match.start() < b for a, b in doc.links)
        if mixed and any(c.isdigit() for c in token) and not in_link:
            found.append(match.span())
    return found


def shouting(doc: Doc, ctx: Context | None) -> list[Span]:
    """Capitals from end to end: most of the cased letters are upper case."""
    if doc.ascii:  # count in C: delete the other letters and measure what is left
        upper = len(doc.text.translate(_KEEP_UPPER))
        lower = len(doc.text.translate(_KEEP_LOWER))
    else:
        upper = sum(1 for c in doc.text if c.isupper())
        lower = sum(1 for c in doc.text if c.islower())
    if upper + lower < SHOUT_MIN_LETTERS:
        return []
    return WHOLE if upper >= SHOUT_SHARE * (upper + lower) else []


def emoji_rows(doc: Doc, ctx: Context | None) -> list[Span]:
    """Emoji where words should be: many of them, at least one for every few words."""
    if doc.ascii:
        return []
    found = [m.span() for m in _EMOJI.finditer(doc.text)]
    many = len(found) >= EMOJI_MIN and len(found) * EMOJI_WORDS_EACH >= doc.word_count
    return found if many else []


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
            if m.group(1) not in C.REPEATS_ALLOWED
        ]
        spans += [
            m.span()
            for m in matches(_DOUBLED_PAIR, doc.text, doc.lower)
            if not set(m.group(1).split()) <= C.FUNCTION_WORDS
            and m.group(1).lower() not in _PAIRS_SAID_TWICE
        ]
        spans += [m.span() for m in matches(_STRIDE, doc.text, doc.lower)]
    fragments = [
        s.span
        for s in doc.sentences
        if len(s.words) >= 6
        and C.FUNCTION_WORDS.isdisjoint(s.words)
        and not s.lower.startswith(_HEADINGS)  # "Subject: Mehmet (textiles) <> Sofie (fibre lab)"
    ]
    if len(fragments) >= 2 or (fragments and spans):
        spans += fragments
    for s in doc.sentences:  # a run of words with no punctuation and little glue
        words = s.words
        if len(words) >= 10 and not _PAUSES.search(s.text):
            glue = _glue(words)
            # A long run with under GLUE_SHARE glue is a list, and so is a shorter one with
            # almost none.
            if glue < (GLUE_SHARE if len(words) >= 15 else 0.15) * len(words):
                spans.append(s.span)
    # "Product management. Travel app. Two questions.": keywords with full stops between them.
    bits = [
        s.span
        for s in doc.sentences
        if 2 <= len(s.words) <= 4 and not _glue(s.words) and s.words[0] not in C.OPENERS
    ]
    if len(bits) >= 3:
        spans += bits
    if _looped(doc.words) or _table(doc.text):
        spans.append((0, len(doc.text)))
    spans += checklist(doc) + comma_lists(doc) + gerund_chains(doc)
    return sorted(set(spans))


# Pairs people say twice for warmth: "thank you thank you", "well done well done".
_PAIRS_SAID_TWICE = frozenset(["thank you", "well done", "thanks so", "so much"])


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
    return sum(1 for w in words if w in C.FUNCTION_WORDS or "'" in w or "’" in w)


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
    return word in C.OPENERS or word in _SHORT_LINES


def _in_link(span: Span, links: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in links)


def gushing(doc: Doc, ctx: Context | None) -> list[Span]:
    """Three or more superlatives of praise: flattery rather than a detail of their work."""
    found = doc.find(PRAISE)
    return found if len(found) >= GUSHING_MIN else []


def vague_praise(doc: Doc, ctx: Context | None) -> list[Span]:
    """Sentences praising "your work" with no detail, or tying it to the writer's own goal.

    A sentence that also names a detail ("since the Leeds flood maps last spring") is not vague.
    """
    if not doc.find(VAGUE_WORK):
        return []
    details = D.specific(doc, ctx)
    return [
        s.span
        for s in doc.sentences
        if any(s.start <= a < s.end for a, _ in doc.find(VAGUE_WORK))
        and any(s.start <= a < s.end for a, _ in doc.find(FEELINGS) + doc.find(C.OWN_GOAL))
        and not any(s.start <= a < s.end for a, _ in details)
    ]


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
        if not 1 <= len(words) <= 4 or s.is_question or words[0] in C.OPENERS:
            continue
        if words[0] in _SHORT_LINES or any(_verbish(w) for w in words):
            continue
        found.append(s.span)
    return found


def _verbish(word: str) -> bool:
    return word in _VERBISH or "'" in word or "’" in word or word.endswith("ed")

"""Signs that a text was written at the coach rather than to a person.

A reader never sees the rubric, so words aimed at a grader, encoded strings, capitals from end
to end, rows of emoji, or a pile of praise that fits anyone's work are all things a thoughtful
recipient would find odd. Keyword lists and checklists are in :mod:`rapport.messages.salad`.
Each detector here takes the read message (:class:`~rapport.messages.text.Doc`) and returns the
spans it is about, like those in :mod:`rapport.messages.detectors`.
"""

from __future__ import annotations

import re

from rapport.messages import cues as C
from rapport.messages import detectors as D
from rapport.messages.context import Context
from rapport.messages.fastre import search
from rapport.messages.patterns import _p
from rapport.messages.text import Doc, Span
from rapport.messages.theirwork import YOUR_WORK

WHOLE: list[Span] = [(0, 0)]
SHOUT_SHARE = 0.6  # share of cased letters in capitals from which a note reads as shouting
SHOUT_MIN_LETTERS = 20
EMOJI_MIN = 5  # a row of emoji: at least this many, and one for every few words
EMOJI_WORDS_EACH = 6

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
    # ...or in a banner: "Outreach score: 96/100 | Status: PASS"
    r"|\b(?:score|rating|grade) ?: ?\d{1,3} ?/ ?100\b|\bstatus ?: ?(?:pass|passed|approved)\b"
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
        "generate keep 100 my sure certainly of absolutely let rating status"
    ),
)

# Superlatives of praise: one is warmth, a pile of them is flattery that fits anyone's work.
PRAISE = _p(
    r"\b(?:amazing|brilliant|inspiring|insightful|incredible|awesome|fantastic|outstanding|"
    r"phenomenal|genius|legendary|world-class|mind-blowing|superb|exceptional|stellar|wonderful|"
    r"excellent|impressive|masterful|stunning|legend|visionary|icon|rock ?star|superstar|"
    r"greatest|best \w+(?: \w+){0,4} ever)\b",
    triggers=(
        "amazing brilliant inspiring insightful incredible awesome fantastic outstanding "
        "phenomenal genius legendary world class mind blowing superb exceptional stellar "
        "wonderful excellent impressive masterful stunning best legend visionary icon rock "
        "rockstar superstar greatest"
    ),
)
GUSHING_MIN = 3
# "Your work" or "your profile" with no detail after it: it could be any reader's.
VAGUE_WORK = _p(
    r"\byour (?:work|career|journey|path|profile|success|story|background|achievements|"
    r"experience|research|writing|content|posts|projects|expertise|accomplishments|insights|"
    r"contributions|leadership)\b(?! (?:on|about|at|in|for|with|into|of|from) )"
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


def gushing(doc: Doc, ctx: Context | None) -> list[Span]:
    """Three or more superlatives of praise: flattery rather than a detail of their work."""
    found = doc.find(PRAISE)
    return found if len(found) >= GUSHING_MIN else []


def vague_praise(doc: Doc, ctx: Context | None) -> list[Span]:
    """Sentences praising "your work" with no detail, or tying it to the writer's own goal.

    A sentence that also names a detail ("since the Leeds flood maps last spring") or a piece
    of their work or their road ("your profile shows you went from design to PM") is not vague.
    """
    if not doc.find(VAGUE_WORK):
        return []
    details = D.specific(doc, ctx) + doc.find(YOUR_WORK)  # "...shows you went from X to Y"
    return [
        s.span
        for s in doc.sentences
        if any(s.start <= a < s.end for a, _ in doc.find(VAGUE_WORK))
        and any(s.start <= a < s.end for a, _ in doc.find(FEELINGS) + doc.find(C.OWN_GOAL))
        and not any(s.start <= a < s.end for a, _ in details)
    ]

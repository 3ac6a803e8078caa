"""Whether a favour named in a sentence is asked for, or ruled out or only supposed.

"I'm not asking for a referral" names a referral and asks none; "if you were switching today,
would you...?" puts a case, not a deadline. The ask detectors (:mod:`rapport.messages.asks`)
read a favour's words through these before they count it.
"""

from __future__ import annotations

import re

from rapport.messages.text import Sentence, find_spans

# "I'm not asking for a referral", "a referral isn't what I'm after": the favour ruled out.
# (a "but" ends the negation's reach: "they wouldn't love it, but you could just call in sick";
# "if not" is a way out, not a negation: "fine if not, and this has nothing to do with...")
_RULED_OUT_BEFORE = re.compile(
    r"(?:\b(?:(?<!if )(?<!rather )not|never|no|without)\b|n['’]t\b(?! mind\b))"
    r"(?:(?!\bbut\b)[^.?!;:]){0,30}$"
)
_RULED_OUT_AFTER = re.compile(r"^[^.?!;:]{0,20}?\b(?:is ?n['’]t|is not|not|isnt) (?:what|why)\b")
# A case put to them, not a favour: "if you were switching into PM today, would you...?"
_SUPPOSING = re.compile(r"\bif (?:you|i|we) were\b[^.?!;:,]{0,60}$")


def ruled_out(before: str) -> bool:
    """Whether the words before a favour (lower case, in its sentence) rule it out."""
    return _RULED_OUT_BEFORE.search(before) is not None


def asks_for(pattern: re.Pattern[str], sentence: Sentence) -> bool:
    """Whether a sentence asks for what ``pattern`` names, not ruling it out."""
    lower = sentence.lower
    return any(
        not ruled_out(lower[:a])
        and not _RULED_OUT_AFTER.search(lower[b:])
        and not _SUPPOSING.search(lower[:a])
        for a, b in find_spans(pattern, sentence.text, lower)
    )

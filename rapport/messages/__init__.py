"""The outreach coach: what a message does to a relationship, explained, with no network.

:func:`analyze` reads a message (optionally with its :class:`Context`) against the rule table in
:mod:`rapport.messages.rules`; :func:`classify_reply` sorts replies to a friendly first note into
the course's taxonomy. Both are deterministic and explain every judgement.
"""

from rapport.messages.analyze import GOOD_SCORE, Analysis, Finding, analyze
from rapport.messages.context import Context
from rapport.messages.replies import CATEGORIES, ReplyClass, classify_reply
from rapport.messages.rules import PRINCIPLES, RULES, RULES_BY_ID, Rule

__all__ = [
    "CATEGORIES",
    "GOOD_SCORE",
    "PRINCIPLES",
    "RULES",
    "RULES_BY_ID",
    "Analysis",
    "Context",
    "Finding",
    "ReplyClass",
    "Rule",
    "analyze",
    "classify_reply",
]

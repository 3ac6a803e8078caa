"""A plan for a call that deepens a relationship: who, why now, the first message, questions.

:func:`check_call_plan` reads a plan (a dict, typed in workbook 04 or filled in by the
``CallPlanner`` widget) and says, one plain sentence per part, what is ready and what to add.
:func:`save_call_plan` keeps ready plans in ``call-plans.json`` in the learner's data folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rapport.errors import RapportError
from rapport.fileio import write_atomic
from rapport.paths import learner_data_dir

FILENAME = "call-plans.json"
FIELDS = ("who", "why now", "first message", "three questions", "what I can offer")
PLACEHOLDER_WHO = "someone from your list"
# A question that can be answered with yes or no starts like this; open questions do not.
CLOSED_START = re.compile(
    r"^\s*(?:do|does|did|are|is|was|were|can|could|will|would|should|have|has|had|may)\b", re.I
)
PROPOSES_TALK = re.compile(
    r"\b(?:call|chat|coffee|video|phone|zoom|meet|talk|lunch|walk)\b", re.I
)  # fmt: skip
MIN_MESSAGE_WORDS = 12


class CallPlanError(RapportError, ValueError):
    """A plan that is not a dict of the expected parts; the message says what to change."""


@dataclass
class PlanCheck:
    """The verdict on a plan: ``(ok, sentence)`` per part, in the order of :data:`FIELDS`."""

    findings: list[tuple[bool, str]] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        """True when every part is ready."""
        return all(ok for ok, _ in self.findings)

    def text(self) -> str:
        """Return the findings as lines starting with ✓ or ✗."""
        return "\n".join(f"{'✓' if ok else '✗'} {sentence}" for ok, sentence in self.findings)


def questions_of(value: Any) -> list[str]:
    """Return the questions of a plan: a list, or text with one question per line."""
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise CallPlanError("'three questions' is a list of questions, or one per line.")
    return [" ".join(str(q).split()) for q in value if str(q).strip()]


def check_call_plan(plan: dict[str, Any]) -> PlanCheck:
    """Check each part of a call plan and say what is ready and what to add.

    Raises
    ------
    CallPlanError
        When ``plan`` is not a dict or lacks a part (the message names them).
    """
    if not isinstance(plan, dict):
        raise CallPlanError("A plan is a dict with the parts " + ", ".join(FIELDS) + ".")
    missing = [name for name in FIELDS if name not in plan]
    if missing:
        raise CallPlanError(f"The plan has no {', '.join(repr(m) for m in missing)}: add them.")
    result = PlanCheck()
    who = " ".join(str(plan["who"] or "").split())
    if who and who != PLACEHOLDER_WHO:
        result.findings.append((True, f"You plan to talk with {who}."))
    else:
        result.findings.append((False, "Say who you will call: one person from your short list."))
    why = str(plan["why now"] or "").strip()
    result.findings.append(
        (True, "You know why now is a good moment.")
        if why
        else (False, "Say why now: what they shared, what changed, or how long it has been.")
    )
    result.findings.append(_message_finding(str(plan["first message"] or "")))
    result.findings.append(_questions_finding(questions_of(plan["three questions"])))
    offer = str(plan["what I can offer"] or "").strip()
    result.findings.append(
        (True, "You know what you can offer: the call gives as well as takes.")
        if offer
        else (False, "Write one thing you could offer them: a contact, feedback, an article.")
    )
    return result


def _message_finding(message: str) -> tuple[bool, str]:
    words = len(message.split())
    if words == 0:
        return False, "Write the first message: a short note proposing about 30 minutes."
    if not PROPOSES_TALK.search(message):
        return False, "Your first message should propose talking: a call, a video chat, a coffee."
    if words < MIN_MESSAGE_WORDS:
        return False, (
            f"Your first message has {words} words: add why them and two times that suit you."
        )
    return True, "Your first message proposes a conversation."


def _questions_finding(questions: list[str]) -> tuple[bool, str]:
    if len(questions) < 3:
        return False, f"You have {len(questions)} of three questions: write {3 - len(questions)}."
    closed = [q for q in questions if CLOSED_START.match(q)]
    if closed:
        return False, (
            f"“{closed[0]}” can be answered with yes or no: ask it with what, how or why, "
            "so they tell you more."
        )
    return True, "Your questions are open: they invite a story, not a yes or no."


def save_call_plan(plan: dict[str, Any], path: str | Path | None = None) -> Path:
    """Add a plan, with today's date, to the learner's saved plans; return the file.

    The file is rewritten atomically, so a crash never leaves it half-written.
    """
    check_call_plan(plan)  # refuse a plan without its parts
    target = Path(path) if path else learner_data_dir(create=True) / FILENAME
    saved = json.loads(target.read_text(encoding="utf-8")) if target.exists() else []
    entry = {name: plan[name] for name in FIELDS}
    entry["three questions"] = questions_of(plan["three questions"])
    saved.append({"saved_on": date.today().isoformat(), **entry})
    write_atomic(target, json.dumps(saved, ensure_ascii=False, indent=1) + "\n")
    return target

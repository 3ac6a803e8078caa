"""The five people a learner chooses to deepen this week, and the check of that choice.

Workbook 01 ends with the learner naming five people, each with why this person and the first
small step. Those who write Python type a dictionary; the :class:`widgets.MyFiveForm` form fills the
same dictionary from text boxes. Both go through :func:`check_my_five`, and the form saves the
choice with :func:`save_my_five` to ``my-five.json`` beside the learner's tags.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rapport.errors import RapportError
from rapport.fileio import read_saved_json, write_atomic
from rapport.identity import name_key, name_keys
from rapport.tiers import tier_label

FILENAME = "my-five.json"
HOW_MANY = 5
MIN_WORDS = 5  # "why this person, and the first small step" takes a sentence
MAX_TEXT = 1000


class MyFiveError(RapportError, ValueError):
    """The saved choice cannot be read; the message says what to do."""


@dataclass
class FiveCheck:
    """What :func:`check_my_five` found.

    Attributes
    ----------
    chosen
        One line per person chosen, in the order given.
    problems
        One sentence per thing to fix; empty when the choice is complete.
    """

    chosen: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether five people are chosen, each found and each with a reason and a step."""
        return len(self.chosen) == HOW_MANY and not self.problems

    def summary(self) -> str:
        """Return the check as lines a learner can read."""
        lines = [f"{len(self.chosen)} of {HOW_MANY} chosen."]
        lines += [f"- {line}" for line in self.chosen]
        lines += [f"To do: {problem}" for problem in self.problems]
        if self.complete:
            lines.append("Your five are complete: now take the first step with one of them today.")
        return "\n".join(lines)


def check_my_five(entries: Mapping[str, str], audit: pd.DataFrame) -> FiveCheck:
    """Check a choice of people to deepen against the learner's audit.

    Parameters
    ----------
    entries
        ``{name: "why this person, and the first small step"}``; blank names are ignored.
    audit
        The audit table (``Audit.table``), to find each person and their tier.

    Returns
    -------
    FiveCheck
        A line per person (their tier, or that they are not in the list) and what to fix.
    """
    result = FiveCheck()
    keys = name_keys(audit["name"]) if len(audit) else pd.Series(dtype=object)
    named = {name.strip(): str(text).strip() for name, text in entries.items() if name.strip()}
    for name, text in named.items():
        rows = audit[keys == name_key(name)]
        if rows.empty:
            where = "not found in your connections (check the spelling)"
        elif len(rows) > 1:
            where = f"{len(rows)} people of that name in your connections"
        else:
            where = f"tier {tier_label(int(rows['tier'].iloc[0]))}"
        result.chosen.append(f"{name} ({where}): {text or '(no reason yet)'}")
        if rows.empty:
            result.problems.append(f"{name} is not in your connections; check the spelling.")
        if len(text.split()) < MIN_WORDS:
            result.problems.append(
                f"For {name}, write a sentence: why this person, and the first small step."
            )
        elif len(text) > MAX_TEXT:
            result.problems.append(f"For {name}, keep it under {MAX_TEXT} characters.")
    if len(named) > HOW_MANY:
        result.problems.append(
            f"You chose {len(named)}; keep the {HOW_MANY} you will really contact this week."
        )
    elif len(named) < HOW_MANY:
        result.problems.append(f"Choose {HOW_MANY - len(named)} more.")
    return result


def save_my_five(entries: Mapping[str, str], path: str | Path) -> Path:
    """Save the choice (names and texts, blanks dropped) as JSON, atomically."""
    chosen = {name.strip(): str(text) for name, text in entries.items() if name.strip()}
    write_atomic(Path(path), json.dumps({"my_five": chosen}, ensure_ascii=False, indent=1) + "\n")
    return Path(path)


def load_my_five(path: str | Path) -> dict[str, str]:
    """Read a saved choice; an absent file is an empty choice.

    Raises
    ------
    MyFiveError
        When the file is not a choice saved by :func:`save_my_five`.
    """
    path = Path(path)
    if not path.is_file():
        return {}

    def check(data: Any) -> dict[str, str]:
        chosen = data["my_five"]
        if not isinstance(chosen, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in chosen.items()
        ):
            raise ValueError("not names and texts")
        return chosen

    return read_saved_json(
        path,
        check,
        lambda why: MyFiveError(
            f"{path} is not a saved choice of five people ({why}). Rename or delete it, then "
            "choose your five again."
        ),
    )

"""The coach's fitted weights: how much each finding moves the odds a reader welcomes a message.

The weights live in ``rapport/data/coach_weights.json`` beside the rule table, written by
``make fit-coach`` (:mod:`rapport.messages.fit`). A rule the file does not know yet (added since
the last fit) scores with its prior until the next fit; a test keeps the file equal to a fresh fit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from rapport.messages.rules import Rule

WEIGHTS_FILE = "coach_weights.json"


@dataclass(frozen=True)
class Weights:
    """An intercept, one log-odds weight per rule id, and the score that counts as good."""

    intercept: float
    by_rule: dict[str, float] = field(default_factory=dict)
    good_score: int = 50  # the score from which a message is judged good (chosen by CV)

    def of(self, rule: Rule) -> float:
        """Return the weight of ``rule``: fitted if known, else its prior; zero for a note."""
        if rule.kind == "note":
            return 0.0
        return self.by_rule.get(rule.id, rule.prior)

    def probability(self, fired: Iterable[Rule]) -> float:
        """Return how likely a reader is to welcome a message on which ``fired`` rules apply."""
        logit = self.intercept + sum(self.of(rule) for rule in fired)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, logit))))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        """Read the ``intercept`` and ``weights`` of a weights file."""
        by_rule = {k: float(v) for k, v in data["weights"].items()}
        return cls(float(data["intercept"]), by_rule, int(data.get("good_score", 50)))


@cache
def load_weights() -> Weights:
    """Load the fitted weights shipped with the package."""
    text = files("rapport.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return Weights.from_dict(json.loads(text))

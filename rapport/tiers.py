"""The course's vocabulary for how deep a relationship goes, and the rules that use it.

Tiers run from 0 (a list entry) to 4 (trusted); a learner may rename them but not reorder them.
Four facts complete a tag: things only the learner knows. The data can only ever infer tier 1
(both sides wrote); anything deeper, or a correction, is the learner's own tag.
"""

from __future__ import annotations

import pandas as pd

TIER_NAMES = (
    "list entry",
    "exchanged messages",
    "real conversation",
    "mutual understanding",
    "trusted",
)
TIERS = tuple(range(len(TIER_NAMES)))
FACTS = ("know_their_goals", "they_know_mine", "helped_them", "helped_me")
FACT_LABELS = {
    "know_their_goals": "I know their goals",
    "they_know_mine": "they know mine",
    "helped_them": "I helped them",
    "helped_me": "they helped me",
}


def tier_label(tier: int) -> str:
    """Return ``"2 real conversation"``-style text for a tier."""
    return f"{tier} {TIER_NAMES[tier]}"


def inferred_tiers(sent: pd.Series, received: pd.Series) -> pd.Series:
    """Tier 1 where both sides wrote at least once, else 0: all the messages can tell."""
    return ((sent > 0) & (received > 0)).astype("int64")


def effective_tiers(learner: pd.Series, inferred: pd.Series) -> pd.Series:
    """Return the tier that counts: the learner's own where set, else the inferred one."""
    return learner.astype("Int64").fillna(inferred).astype("int64")

"""How deep a network goes: tiers per contact and the measures built on them.

:func:`audit_table` joins the contacts table, the conversation summary from ``messages.csv`` and
the learner's own tags into one row per contact with an effective ``tier``
(:func:`rapport.tiers.effective_tiers`):

- the learner's tier when they set one (they know about the coffee that no export shows);
- otherwise the inferred one: 1 (exchanged messages) when both sides wrote, else 0 (list entry).

:func:`apply_tag` changes that table in place when the learner tags someone, so every cell and
widget that holds the table sees the change. Every measure is a plain function of the table;
:func:`owes_reply` is the one definition of "my turn to write".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from rapport.identity import name_keys, profile_keys
from rapport.tiers import FACTS, TIER_NAMES, effective_tiers, inferred_tiers

DUNBAR_LAYERS = (5, 15, 50, 150)  # Zhou, Sornette, Hill & Dunbar 2005
# The layer each tier is compared with: the deepest tiers are the smallest circles.
TIER_LAYER = {4: 15, 3: 50, 2: 150}


def connections_per_year(contacts: pd.DataFrame) -> pd.Series:
    """Count connections added each year, with quiet years shown as zero.

    Parameters
    ----------
    contacts
        A contacts table with a ``connected_on`` datetime column (see :mod:`rapport.contacts`).

    Returns
    -------
    pandas.Series
        Integer counts indexed by year (``int``), ascending, from the first to the last year
        with a connection. Rows without a date are not counted. Empty when no row has a date.
    """
    years = contacts["connected_on"].dropna().dt.year.astype("int64")
    if years.empty:
        return pd.Series([], dtype="int64", index=pd.Index([], dtype="int64", name="year"))
    counts = years.value_counts()
    index = pd.Index(range(int(years.min()), int(years.max()) + 1), name="year")
    return counts.reindex(index, fill_value=0).astype("int64").rename("connections")


def _attach_stats(contacts: pd.DataFrame, stats: pd.DataFrame) -> pd.DataFrame:
    """Match conversation stats to contacts by profile URL, else by a name that is unique."""
    columns = ["conversations", "sent", "received", "first_exchange", "last_exchange"]
    columns += ["spoke_last", "whose_turn"]
    by_url = stats.set_index("key")
    keys = profile_keys(contacts["url"])
    matched = by_url.reindex(keys.where(keys != "", "\0"))[columns].set_axis(contacts.index)
    names = stats.loc[~stats["key"].str.contains("/"), ["person", *columns]]
    names = names.assign(person=name_keys(names["person"]))
    unique = names.drop_duplicates("person", keep=False).set_index("person")
    folded = name_keys(contacts["name"])
    if folded.duplicated(keep=False).any():
        folded = folded.where(~folded.duplicated(keep=False), "\0")
    by_name = unique.reindex(folded.where(folded != "", "\0"))[columns].set_axis(contacts.index)
    return matched.combine_first(by_name)


def audit_table(
    contacts: pd.DataFrame,
    stats: pd.DataFrame | None = None,
    tags: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per contact with conversation facts, the learner's tags and the effective tier.

    Parameters
    ----------
    contacts
        The contacts table.
    stats
        Per-person conversation summary from
        :func:`rapport.contacts.linkedin_messages.conversation_stats`, or ``None``.
    tags
        The learner's tags indexed by ``contact_id`` (:meth:`rapport.tags.TagStore.frame`).

    Returns
    -------
    pandas.DataFrame
        The contacts' columns plus ``conversations``, ``sent``, ``received``,
        ``first_exchange``, ``last_exchange``, ``spoke_last``, ``whose_turn``,
        ``inferred_tier``, ``learner_tier``, ``tier``, ``tier_name`` and the four facts.
    """
    table = contacts.copy()
    if stats is not None and len(stats):
        table = table.join(_attach_stats(contacts, stats))
    else:
        for column in ("conversations", "sent", "received"):
            table[column] = 0
        for column in ("first_exchange", "last_exchange"):
            table[column] = pd.Series(pd.NaT, index=table.index, dtype="datetime64[ns, UTC]")
        table["spoke_last"] = table["whose_turn"] = ""
    for column in ("conversations", "sent", "received"):
        table[column] = table[column].fillna(0).astype("int64")
    table["spoke_last"] = table["spoke_last"].fillna("")
    table["whose_turn"] = table["whose_turn"].fillna("")
    table["inferred_tier"] = inferred_tiers(table["sent"], table["received"])
    learner = pd.Series(pd.NA, index=table.index, dtype="Int64")
    facts = pd.DataFrame(False, index=table.index, columns=list(FACTS))
    if tags is not None and len(tags):
        aligned = tags.reindex(table["contact_id"])
        learner = pd.Series(aligned["tier"].to_numpy(), index=table.index, dtype="Int64")
        for fact in FACTS:
            facts[fact] = aligned[fact].fillna(False).astype(bool).to_numpy()
    table["learner_tier"] = learner
    table["tier"] = effective_tiers(learner, table["inferred_tier"])
    table["tier_name"] = table["tier"].map(dict(enumerate(TIER_NAMES)))
    return table.join(facts)


def apply_tag(audit: pd.DataFrame, contact_id: str, tag: Mapping[str, Any]) -> pd.Index:
    """Write a saved tag into the audit table, in place, and recompute that contact's tier.

    Parameters
    ----------
    audit
        The table from :func:`audit_table`; it is changed, not copied, so every holder of it
        (later cells, the summary panel) reads the new tier.
    contact_id
        Whose tag it is.
    tag
        The tag as :meth:`rapport.tags.TagStore.update` returns it (``tier`` may be ``None``).

    Returns
    -------
    pandas.Index
        The labels of the rows changed (empty when the contact is not in the table).
    """
    rows = audit.index[audit["contact_id"] == contact_id]
    learner = tag.get("tier")
    facts = {fact: bool(tag.get(fact, False)) for fact in FACTS}
    mine = pd.Series([learner], dtype="Int64")
    for row in rows:  # one row, unless two contacts share an id; .at is fast for single cells
        tier = int(effective_tiers(mine, pd.Series([audit.at[row, "inferred_tier"]])).iloc[0])
        audit.at[row, "learner_tier"] = pd.NA if learner is None else int(learner)
        audit.at[row, "tier"] = tier
        audit.at[row, "tier_name"] = TIER_NAMES[tier]
        for fact, value in facts.items():
            audit.at[row, fact] = value
    return rows


def owes_reply(audit: pd.DataFrame) -> pd.Series:
    """Whether it is the learner's turn to write: they wrote last in a thread the learner joined.

    A cold message the learner never answered is not a reply owed (nobody owes a pitch an
    answer), so the learner must have written at least once.
    """
    return (audit["whose_turn"] == "mine") & (audit["sent"] > 0)


def inch_deep_ratio(audit: pd.DataFrame) -> float:
    """Share of connections that are list entries (tier 0): never really conversed with."""
    return float((audit["tier"] == 0).mean()) if len(audit) else 0.0


def depth_pyramid(audit: pd.DataFrame) -> pd.DataFrame:
    """Contacts per tier, and how many are at that tier or deeper, beside Dunbar's layers.

    Returns
    -------
    pandas.DataFrame
        One row per tier 0-4: ``tier``, ``name``, ``contacts``, ``at_least`` (this tier or
        deeper) and ``dunbar_layer`` (the layer size to compare ``at_least`` with, or NA).
    """
    counts = audit["tier"].value_counts().reindex(range(5), fill_value=0).astype("int64")
    frame = pd.DataFrame({"tier": range(5), "name": TIER_NAMES, "contacts": counts.to_numpy()})
    frame["at_least"] = frame["contacts"][::-1].cumsum()[::-1].astype("int64")
    frame["dunbar_layer"] = frame["tier"].map(TIER_LAYER).astype("Int64")
    return frame


def added_vs_conversations(audit: pd.DataFrame) -> pd.DataFrame:
    """Per year: connections added, and conversations started (first exchange that year).

    Returns
    -------
    pandas.DataFrame
        Columns ``year``, ``added``, ``conversations_started``; every year from the first to
        the last with either, quiet years as zero.
    """
    added = audit["connected_on"].dropna().dt.year.value_counts()
    started = audit.loc[audit["inferred_tier"] > 0, "first_exchange"].dropna().dt.year
    started = started.value_counts()
    years = sorted(set(added.index) | set(started.index))
    index = range(int(years[0]), int(years[-1]) + 1) if years else range(0)
    return pd.DataFrame(
        {
            "year": list(index),
            "added": added.reindex(index, fill_value=0).astype("int64").to_numpy(),
            "conversations_started": started.reindex(index, fill_value=0)
            .astype("int64")
            .to_numpy(),
        }
    )


def _today(today: pd.Timestamp | str | None) -> pd.Timestamp:
    stamp = pd.Timestamp(today) if today is not None else pd.Timestamp.now(tz="UTC")
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp


def dormant_ties(
    audit: pd.DataFrame, quiet_days: int = 365, today: pd.Timestamp | str | None = None
) -> pd.DataFrame:
    """Contacts once in a real exchange (both wrote) who have been quiet for ``quiet_days``.

    Reconnecting with such ties tends to give useful and novel advice (Levin, Walter &
    Murnighan 2011). Sorted by the longest silence first, with ``days_quiet``.
    """
    if quiet_days < 0:
        raise ValueError("quiet_days cannot be negative")
    days = (_today(today) - audit["last_exchange"]).dt.days
    mask = (audit["inferred_tier"] > 0) & (days >= quiet_days)
    return audit[mask].assign(days_quiet=days[mask]).sort_values("days_quiet", ascending=False)


def my_turn(audit: pd.DataFrame, today: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """Contacts who wrote last in a thread the learner took part in: the learner owes a reply.

    A cold message the learner never answered is not counted: nobody owes a pitch a reply.
    Most recent first (the easiest replies to pick up again), with ``days_waiting``.
    """
    waiting = (_today(today) - audit["last_exchange"]).dt.days
    mask = owes_reply(audit)
    return (
        audit[mask].assign(days_waiting=waiting[mask]).sort_values("days_waiting", ascending=False)
    )


def deepen_shortlist(
    audit: pd.DataFrame,
    n: int = 5,
    today: pd.Timestamp | str | None = None,
    quiet_days: int = 365,
) -> pd.DataFrame:
    """Rank the people most worth deepening this week, each with the reasons.

    Signals (points): they wrote last within 90 days (4: reply and suggest a call); messages
    exchanged but never a real conversation (2: propose a call); a once-active tie quiet for
    ``quiet_days`` or more, as in :func:`dormant_ties` (2: reconnect); I know their goals but
    they do not know mine (1: share yours); they helped me and I have not helped them (1: give
    back). Trusted contacts (tier 4) and list entries with no signal are left out. Ties go to
    the most recent exchange.

    Returns
    -------
    pandas.DataFrame
        At most ``n`` rows: ``contact_id``, ``name``, ``company``, ``tier_name``, ``score``,
        ``reason``.
    """
    days = (_today(today) - audit["last_exchange"]).dt.days
    exchanged = audit["inferred_tier"] > 0
    signals = [
        (owes_reply(audit) & (days <= 90), 4,
         "they wrote last, {days} days ago: reply, and suggest a short call"),
        (exchanged & (audit["tier"] <= 1), 2,
         "you have exchanged messages but never really talked: propose 30 minutes"),
        (exchanged & (days >= quiet_days), 2,
         "once in touch, quiet for {months} months: dormant ties often give fresh advice"),
        (audit["know_their_goals"] & ~audit["they_know_mine"], 1,
         "you know their goals; they do not know yours yet"),
        (audit["helped_me"] & ~audit["helped_them"], 1,
         "they helped you; look for a way to give back"),
    ]  # fmt: skip
    below_trusted = audit["tier"] < 4
    masks = [mask.fillna(False).astype(bool) & below_trusted for mask, _, _ in signals]
    score = pd.Series(0, index=audit.index, dtype="int64")
    for mask, (_, points, _) in zip(masks, signals, strict=True):
        score += mask.astype("int64") * points
    ranked = audit.assign(score=score, _recent=audit["last_exchange"])
    ranked = ranked[ranked["score"] > 0].sort_values(
        ["score", "_recent"], ascending=[False, False], na_position="last", kind="stable"
    )
    top = ranked.head(n)
    reasons = []
    for row in top.index:  # words only for the few shown
        wait = days.get(row)
        known = pd.notna(wait)
        words = {"days": int(wait) if known else "?", "months": int(wait // 30) if known else "?"}
        chosen = [text for mask, (_, _, text) in zip(masks, signals, strict=True) if mask[row]]
        reasons.append("; ".join(text.format(**words) for text in chosen))
    columns = ["contact_id", "name", "company", "tier_name", "score"]
    return top[columns].assign(reason=reasons).reset_index(drop=True)

"""Seed the tracker's people from the learner's own connections and audit tags.

A learner who brought their ``Connections.csv`` can log anyone in it at once: every named
connection becomes a person in the tracker (so the name field suggests them), linked by contact
id. People the learner tagged as close in the audit (``audit-tags.json``) also get a
keep-in-touch rhythm, so the dashboard says when they go quiet. The bundled sample connections
are never used here: a learner without an export of their own starts with an empty list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from rapport.tracker.store import TrackerStore

# Days between touches the tracker suggests for people tagged at each depth tier (2-4).
TIER_CADENCE = {4: 30, 3: 60, 2: 90}


@dataclass(frozen=True)
class SeedReport:
    """What seeding did.

    Attributes
    ----------
    source
        The export read, or ``None`` when the learner has none of their own.
    connections
        Named connections found in it.
    added
        People new to the tracker.
    unnamed
        Rows without a name, which cannot be logged (counted, not silently dropped).
    with_rhythm
        People tagged as close who were given a keep-in-touch rhythm.
    """

    source: Path | None
    connections: int = 0
    added: int = 0
    unnamed: int = 0
    with_rhythm: int = 0

    def sentence(self) -> str:
        """Say in one or two plain sentences what happened."""
        if self.source is None:
            return (
                "No Connections.csv of yours in your data folder yet, so the name field only "
                "suggests people you add yourself."
            )
        text = (
            f"Your tracker knows the {self.connections} people in {self.source.name} "
            f"({self.added} new this time), so you can pick any of them by name."
        )
        if self.unnamed:
            text += f" {self.unnamed} rows without a name were left out."
        if self.with_rhythm:
            text += (
                f" {self.with_rhythm} you tagged as close in the audit got a keep-in-touch "
                "rhythm (change it in the dashboard)."
            )
        return text


def seed_people(
    store: TrackerStore, connections: str = "auto", tags: str | Path | None = None
) -> SeedReport:
    """Add the learner's own contacts (and rhythms from their tags) to the tracker.

    The contacts are the audit's (:func:`rapport.audit_builder.build_audit`): the learner's
    ``Connections.csv`` and the other exports in their data folder, merged, with their tags.

    Parameters
    ----------
    store
        The learner's tracker. A sample tracker is left alone.
    connections
        ``"auto"`` (the learner's files in the data folder, if there are any) or a path. When
        that means the bundled sample, nobody is added.
    tags
        The audit's tags file (default: ``audit-tags.json`` in the data folder).

    Raises
    ------
    rapport.contacts.ContactImportError
        When the learner's export cannot be read (the message says what to do).
    """
    from rapport.audit_builder import build_audit, choose_exports

    if store.is_sample or connections == "sample" or choose_exports(connections, "").sample:
        return SeedReport(None)
    audit = build_audit(connections, messages="", tags=tags)
    table = audit.table
    named = table[table["name"].str.strip() != ""]
    rows, rhythm = [], 0
    for contact_id, name, tier in zip(
        named["contact_id"], named["name"], named["learner_tier"], strict=True
    ):
        cadence = None if pd.isna(tier) else TIER_CADENCE.get(int(tier))
        rhythm += cadence is not None
        rows.append((name, contact_id, cadence))
    added = store.add_people(rows)
    return SeedReport(audit.choice.connections, len(named), added, len(table) - len(named), rhythm)


SAMPLE_NOTICE = (
    "SAMPLE: this is a throwaway copy of a fictional learner's log, to look around. Nothing you "
    "log here is kept, and your own tracker is not touched. Set use_sample = False to use yours."
)


def open_tracker(
    path: str | Path | None = None, use_sample: bool = False, connections: str = "auto"
) -> tuple[TrackerStore, list[str]]:
    """Open the tracker a notebook or the app shows, and say what was done, in plain sentences.

    With ``use_sample`` it is a throwaway copy of the sample log (:meth:`TrackerStore.sample`).
    Otherwise it is the learner's own tracker: sample entries an earlier version of the kit
    put there are taken out, and the learner's own connections seed its people
    (:func:`seed_people`). An export that cannot be read is reported, not raised: the tracker
    still opens.
    """
    from rapport.contacts import ContactImportError

    if use_sample:
        return TrackerStore.sample(), [SAMPLE_NOTICE]
    store = TrackerStore(path or None)
    said = []
    removed = store.remove_sample()
    if removed:
        said.append(
            f"Took out the {removed} sample entries an earlier version of the kit had put in "
            "your tracker; everything you logged yourself is still there."
        )
    try:
        said.append(seed_people(store, connections).sentence())
    except (ContactImportError, FileNotFoundError) as error:
        said.append(
            f"Your connections could not be read, so only people you add are known: {error}"
        )
    said.append(f"Your log is {store.path} (on this computer only).")
    return store, said

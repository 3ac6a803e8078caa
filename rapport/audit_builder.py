"""The one way to build a learner's audit: which files to read, reading them, and tagging.

Workbook 01, the summary a learner shares with an instructor (:func:`rapport.summary.summarise`)
and later workbooks all call :func:`build_audit`, so the numbers a learner sees are the numbers
they send. It decides, once for all the files, whether the audit is of the learner's own network
or of the bundled sample, and never mixes the two:

- ``"auto"`` reads the learner's own ``Connections.csv`` (and ``messages.csv`` if it is there)
  from their data folder; only when they have no file there yet does it use the sample, which is
  then labelled as such everywhere;
- ``"sample"`` always uses the sample, and its tags go to a separate practice file;
- a path reads that file; the sample's messages are never paired with a learner's connections.

Other exports the learner has put in their data folder (``Invitations.csv``, a Facebook friends
file, Google's ``contacts.csv``, vCards) are merged in by default, so every notebook and the shared
summary see the same people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rapport.audit import apply_tag, audit_table
from rapport.contacts import MergeResult, load_contacts, merge_contacts
from rapport.contacts.linkedin_messages import (
    MessagesImport,
    conversation_stats,
    load_linkedin_messages,
)
from rapport.contacts.table import ContactImportError, ImportReport, legacy_contact_id
from rapport.data import sample_path
from rapport.my_five import FILENAME as MY_FIVE_FILENAME
from rapport.paths import learner_data_dir
from rapport.tags import TagStore

CONNECTIONS, MESSAGES = "Connections.csv", "messages.csv"
# Exports looked for in the data folder when other_exports is "auto" (the names downloads have).
OTHER_EXPORTS = ("Invitations.csv", "your_friends.json", "friends.json", "contacts.csv", "*.vcf")
NO_MESSAGES = ("", "none")
SAMPLE_LABEL = "SAMPLE DATA"


@dataclass
class ExportChoice:
    """The files an audit reads, and whether they are the bundled sample.

    Attributes
    ----------
    connections
        The main contacts export.
    messages
        The LinkedIn ``messages.csv`` to read, or ``None`` for no messages.
    others
        More contacts exports to merge in.
    sample
        ``True`` when the files are the bundled sample of a fictional learner.
    notes
        Sentences for the learner saying which files were chosen and why.
    """

    connections: Path
    messages: Path | None
    others: list[Path] = field(default_factory=list)
    sample: bool = False
    notes: list[str] = field(default_factory=list)


def _path(choice: str, what: str) -> Path:
    path = Path(choice).expanduser()
    if not path.is_file():
        raise ContactImportError(
            f'No file at {path} (the {what} asked for). Check the path, or set it to "auto" '
            f"to use the files in your data folder ({learner_data_dir()})."
        )
    return path


def _found_others(folder: Path) -> list[Path]:
    found: dict[Path, None] = {}
    for pattern in OTHER_EXPORTS:
        found.update(dict.fromkeys(sorted(folder.glob(pattern))))
    return [path for path in found if path.is_file()]


def choose_exports(
    connections: str = "auto",
    messages: str = "auto",
    other_exports: Sequence[str | Path] | str = "auto",
) -> ExportChoice:
    """Decide which files to audit: all the learner's own, or all the bundled sample.

    Parameters
    ----------
    connections
        ``"auto"``, ``"sample"`` or a path (any contacts export the kit reads).
    messages
        ``"auto"`` (the learner's ``messages.csv`` if they have one; the sample's with the
        sample), ``"sample"``, ``""`` for none, or a path.
    other_exports
        Paths of more contacts exports to merge in (never with the sample), or ``"auto"``: the
        ones in the learner's data folder (:data:`OTHER_EXPORTS`).

    Raises
    ------
    ContactImportError
        When a path does not exist, or the choice would mix sample and own files.
    """
    folder = learner_data_dir()
    own_connections = folder / CONNECTIONS
    connections, messages = connections.strip(), messages.strip()
    automatic = isinstance(other_exports, str)
    if isinstance(other_exports, str) and other_exports not in ("auto", *NO_MESSAGES):
        other_exports = [other_exports]  # one path given as text
        automatic = False
    if automatic:
        others = [] if other_exports in NO_MESSAGES else _found_others(folder)
    else:
        others = [Path(str(path)).expanduser() for path in other_exports]
    sample = connections == "sample" or (
        connections == "auto" and not own_connections.is_file() and not others
    )
    if sample:
        if messages not in ("auto", "sample", *NO_MESSAGES) or (others and not automatic):
            raise ContactImportError(
                "The bundled sample is a fictional learner's network; it cannot be audited "
                "together with files of your own. To audit your own, put Connections.csv (and "
                f'messages.csv) in {folder} and set connections_csv to "auto".'
            )
        note = f"{SAMPLE_LABEL}: the exports of a fictional learner, bundled with the kit."
        if connections != "sample":
            note += f" To audit your own network, put {CONNECTIONS} (and {MESSAGES}) in {folder}."
        return ExportChoice(
            connections=sample_path(CONNECTIONS),
            messages=None if messages in NO_MESSAGES else sample_path(MESSAGES),
            sample=True,
            notes=[note],
        )
    if messages == "sample":
        raise ContactImportError(
            "The sample messages belong to a fictional learner and cannot be paired with your "
            f'own connections. Set messages_csv to "auto" to use your {MESSAGES} from {folder}, '
            'to its path, or to "" for none.'
        )
    if connections == "auto" and own_connections.is_file():
        main = own_connections
    elif connections == "auto":  # no Connections.csv, but other exports: the first is the main
        main, others = others[0], others[1:]
    else:
        main = _path(connections, "connections export")
    others = [path for path in others if path != main]
    notes = [f"Your own files (they stay on this machine). Contacts: {main}."]
    found: Path | None = None
    if messages == "auto":
        found = folder / MESSAGES if (folder / MESSAGES).is_file() else None
        if found is None:
            notes.append(
                f"No {MESSAGES} of yours in {folder}: the audit cannot see whom you have written "
                "with, so everyone starts as a list entry until you tag them."
            )
    elif messages not in NO_MESSAGES:
        found = _path(messages, f"{MESSAGES} export")
    others = [_path(str(path), "export to merge") for path in others]
    if others:
        notes.append("Merged in: " + ", ".join(path.name for path in others) + ".")
    return ExportChoice(connections=main, messages=found, others=others, notes=notes)


@dataclass
class Audit:
    """A learner's audit: the table, where it came from, and where its tags are saved.

    Attributes
    ----------
    table
        One row per contact (:func:`rapport.audit.audit_table`). :meth:`tag` changes it in place.
    store
        Where the tags are saved (a practice file for the sample).
    choice
        The files that were read.
    reports
        How each contacts export was read.
    merged
        The merge of several exports, or ``None`` when there was one.
    messages
        The messages export as read, or ``None``.
    """

    table: pd.DataFrame
    store: TagStore
    choice: ExportChoice
    reports: list[ImportReport]
    merged: MergeResult | None = None
    messages: MessagesImport | None = None

    @property
    def sample(self) -> bool:
        """Whether this is the audit of the bundled sample."""
        return self.choice.sample

    @property
    def my_five_path(self) -> Path:
        """Where the learner's choice of five people is saved: beside the tags."""
        return self.store.path.with_name(MY_FIVE_FILENAME)

    def tag(self, contact_id: str, **changes: Any) -> dict[str, Any]:
        """Save a change to a contact's tag and apply it to :attr:`table` (:func:`save_tag`)."""
        return save_tag(self.table, self.store, contact_id, **changes)

    def describe(self) -> str:
        """Return, one per line, what was read and where tags go, for the learner."""
        lines = list(self.choice.notes)
        lines += [report.summary() for report in self.reports]
        if self.merged is not None:
            lines.append(self.merged.summary())
        if self.messages is not None:
            lines.append(self.messages.report.summary())
        where = "practice tags on the sample are kept apart, in" if self.sample else "saved in"
        lines.append(f"Tags: {len(self.store)} contacts tagged so far, {where} {self.store.path}.")
        return "\n".join(lines)


def save_tag(table: pd.DataFrame, store: TagStore, contact_id: str, **changes: Any) -> dict:
    """Save a change to a contact's tag, then write it into the audit table, in place.

    Returns
    -------
    dict
        The contact's whole tag after the change.

    Raises
    ------
    TagStoreError
        When a field or value is not valid; nothing is saved or changed then.
    """
    tag = store.update(contact_id, **changes)
    apply_tag(table, contact_id, tag)
    return tag


def _migrate_old_ids(table: pd.DataFrame, store: TagStore) -> None:
    """Move tags saved under the ids earlier versions gave contacts to their current ids."""
    saved = set(store.frame().index)
    if not saved or saved <= set(table["contact_id"]):
        return
    old = [
        legacy_contact_id(row.source.split("+")[0], row.url, row.email, row.name, int(row.line))
        for row in table[["source", "url", "email", "name", "line"]].itertuples()
    ]
    moves = {
        previous: current
        for previous, current in zip(old, table["contact_id"], strict=True)
        if previous in saved
    }
    if moves:
        store.rename(moves)


def build_audit(
    connections: str = "auto",
    messages: str = "auto",
    other_exports: Sequence[str | Path] | str = "auto",
    tags: str | Path | TagStore | None = None,
) -> Audit:
    """Read the exports, messages and tags, and build the audit table.

    Parameters
    ----------
    connections, messages, other_exports
        Which files to read (see :func:`choose_exports`).
    tags
        The tag store, or its file; by default the learner's ``audit-tags.json`` (or the
        separate practice file when the files are the sample).

    Raises
    ------
    ContactImportError
        When a file cannot be read (the message names it and says what to do).
    """
    choice = choose_exports(connections, messages, other_exports)
    first = load_contacts(choice.connections)
    reports = [first.report]
    contacts, merged = first.contacts, None
    if choice.others:
        more = [load_contacts(path) for path in choice.others]
        reports += [item.report for item in more]
        merged = merge_contacts([first, *more])
        contacts = merged.contacts
    found = load_linkedin_messages(choice.messages) if choice.messages else None
    stats = conversation_stats(found.messages, found.owner) if found else None
    if isinstance(tags, TagStore):
        store = tags
    else:
        store = TagStore(tags) if tags else TagStore.for_sample() if choice.sample else TagStore()
    _migrate_old_ids(contacts, store)
    table = audit_table(contacts, stats, store.frame())
    return Audit(table, store, choice, reports, merged, found)

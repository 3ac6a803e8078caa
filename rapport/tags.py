"""The learner's own judgement of each contact, saved as they go, in their data folder.

A tag says how deep a relationship is (a tier, see :mod:`rapport.tiers`) and four facts the data
cannot know: whether I know their goals, whether they know mine, whether I have helped them,
whether they have helped me. Tags live in ``audit-tags.json`` in the learner's data folder (never
in the repository). Every change is written at once, atomically, under a file lock, and re-read
before writing, so two notebooks tagging at the same time do not overwrite each other and a crash
never corrupts the file. Tags made while trying the bundled sample go to a separate practice
file (:meth:`TagStore.for_sample`), never into the learner's own.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from rapport.errors import RapportError
from rapport.fileio import read_saved_json, write_atomic
from rapport.paths import learner_data_dir
from rapport.tiers import FACTS, TIERS

FILENAME = "audit-tags.json"
SAMPLE_FOLDER = "sample-practice"  # tags made on the bundled sample, kept apart
FORMAT_VERSION = 1
FIELDS = ("tier", *FACTS, "note")
MAX_NOTE = 2000


class TagStoreError(RapportError, ValueError):
    """The tags file or a change to it is not valid; the message says what to do."""


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TagStoreError(f"Unknown tag field(s) {sorted(unknown)}; use {', '.join(FIELDS)}.")
    tier = changes.get("tier")
    if "tier" in changes and tier is not None and (type(tier) is not int or tier not in TIERS):
        raise TagStoreError(
            f"A tier is a whole number from {TIERS[0]} to {TIERS[-1]} (or None), not {tier!r}."
        )
    for fact in FACTS:
        if fact in changes and not isinstance(changes[fact], bool):
            raise TagStoreError(f"{fact} is True or False, not {changes[fact]!r}.")
    note = changes.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise TagStoreError(f"A note is text of at most {MAX_NOTE} characters.")
    return changes


class TagStore:
    """Tags by contact id, persisted to a JSON file.

    Parameters
    ----------
    path
        The file; by default ``audit-tags.json`` in the learner's data folder.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else learner_data_dir(create=True) / FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tags = self._read()

    @classmethod
    def for_sample(cls) -> TagStore:
        """Return a store for tags made on the bundled sample, kept apart from the learner's.

        The file is ``sample-practice/audit-tags.json`` in the data folder: tagging the sample
        survives a kernel restart, fictional people never mix with the learner's own tags, and
        deleting that folder throws the practice away.
        """
        return cls(learner_data_dir(create=True) / SAMPLE_FOLDER / FILENAME)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _read(self) -> dict[str, dict[str, Any]]:
        if not self.path.exists():
            return {}

        def check(data: Any) -> dict[str, dict[str, Any]]:
            tags = data["tags"]  # a TypeError for JSON that is not an object
            if data.get("version") != FORMAT_VERSION or not isinstance(tags, dict):
                raise ValueError("unknown layout")
            return tags

        return read_saved_json(
            self.path,
            check,
            lambda why: TagStoreError(
                f"{self.path} is not a tags file this version can read ({why}). Nothing was "
                "changed. Move it aside (rename it) to start fresh, or restore a backup."
            ),
        )

    def _write(self) -> None:
        payload = {"version": FORMAT_VERSION, "tags": self._tags}
        write_atomic(self.path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")

    def reload(self) -> None:
        """Re-read the file (after another notebook changed it)."""
        self._tags = self._read()

    def get(self, contact_id: str) -> dict[str, Any]:
        """Return the tag of a contact: ``tier`` (None if unset), the facts, ``note``."""
        saved = self._tags.get(contact_id, {})
        return {"tier": None, **dict.fromkeys(FACTS, False), "note": "", **saved}

    def update(self, contact_id: str, **changes: Any) -> dict[str, Any]:
        """Change some fields of a contact's tag and save at once.

        Returns
        -------
        dict
            The contact's tag after the change.

        Raises
        ------
        TagStoreError
            When a field or value is not valid; nothing is saved then.
        """
        _validate(changes)
        with self._locked():
            self._tags = self._read()
            entry = {**self._tags.get(contact_id, {}), **changes}
            entry["updated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            self._tags[contact_id] = entry
            self._write()
        return self.get(contact_id)

    def rename(self, new_ids: Mapping[str, str]) -> int:
        """Move tags saved under old contact ids to new ones (when ids change between versions).

        A tag already saved under the new id is kept. Returns how many tags were moved.
        """
        with self._locked():
            self._tags = self._read()
            moves = {
                old: new
                for old, new in new_ids.items()
                if old in self._tags and new not in self._tags and old != new
            }
            if not moves:
                return 0
            for old, new in moves.items():
                self._tags[new] = self._tags.pop(old)
            self._write()
        return len(moves)

    def __len__(self) -> int:
        return sum(1 for tag in self._tags.values() if tag.get("tier") is not None)

    def frame(self) -> pd.DataFrame:
        """All tags as a table indexed by ``contact_id``."""
        rows = [{"contact_id": cid, **self.get(cid)} for cid in self._tags]
        columns = ["contact_id", *FIELDS]
        frame = pd.DataFrame(rows, columns=columns).set_index("contact_id")
        frame["tier"] = frame["tier"].astype("Int64")
        return frame

"""The learner's interaction log: a local SQLite file, durable and safe to share between kernels.

The database lives in the learner's data folder (``tracker.sqlite``) unless a path is given. It
runs in WAL mode; every change is one ``BEGIN IMMEDIATE`` transaction, so two notebooks writing at
once queue rather than collide, and a process killed mid-write leaves the last committed state.
Bad input raises :class:`TrackerError` before anything is written.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from rapport.errors import RapportError
from rapport.fileio import write_atomic
from rapport.paths import learner_data_dir
from rapport.tracker.schema import MIGRATIONS, SCHEMA_VERSION

FILENAME = "tracker.sqlite"
CHANNELS = ("message", "comment", "call", "video", "coffee", "event")
IN_PERSON = ("coffee", "event")
DIRECTIONS = ("me", "them")  # I reached out / they did
KINDS = ("give", "ask", "check-in", "introduction", "follow-up")
MAX_NOTE = 2000
CSV_COLUMNS = ("date", "people", "channel", "direction", "kind", "note")


class TrackerError(RapportError, ValueError):
    """An entry or a file the tracker cannot take; the message says what to change."""


def parse_day(value: date | datetime | str, today: date | None = None) -> date:
    """Return the calendar day of ``value``, refusing unreadable and future dates.

    Parameters
    ----------
    value
        A date, a datetime (an aware one counts on the learner's local calendar), or
        ``YYYY-MM-DD`` text.
    today
        The current day (default: the local today), for the future check.
    """
    if isinstance(value, datetime):
        day = (value.astimezone() if value.tzinfo else value).date()
    elif isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise TrackerError(f"{value!r} is not a date; write it as YYYY-MM-DD.") from None
    if day > (today or date.today()):
        raise TrackerError(f"{day} is in the future: log interactions after they happen.")
    return day


def check_entry(channel: str, direction: str, kind: str, note: str) -> None:
    """Raise :class:`TrackerError` unless the fields of an interaction are valid."""
    for value, allowed, what in (
        (channel, CHANNELS, "channel"),
        (direction, DIRECTIONS, "direction"),
        (kind, KINDS, "kind"),
    ):
        if value not in allowed:
            raise TrackerError(f"{what} {value!r} is not one of {', '.join(allowed)}.")
    if not isinstance(note, str) or not note.strip():
        raise TrackerError("Write a short note: what happened, in a few words.")
    if len(note) > MAX_NOTE:
        raise TrackerError(f"The note has {len(note):,} characters; keep it under {MAX_NOTE:,}.")


class TrackerStore:
    """The interaction log in one SQLite file.

    Parameters
    ----------
    path
        The database file; by default ``tracker.sqlite`` in the learner's data folder.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else learner_data_dir(create=True) / FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        self._migrate()

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise TrackerError(
                f"{self.path} was written by a newer version of the kit (schema {version}); "
                "update the kit to open it."
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as db:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- people --------------------------------------------------------------------------------
    def add_person(
        self, name: str, contact_id: str | None = None, cadence_days: int | None = None
    ) -> int:
        """Add a person (or return the existing one's id) and optionally set their cadence."""
        name = " ".join(str(name).split())
        if not name:
            raise TrackerError("A person needs a name.")
        if cadence_days is not None and (type(cadence_days) is not int or cadence_days < 1):
            raise TrackerError("A cadence is a whole number of days, 1 or more.")
        with self.transaction() as db:
            row = db.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = db.execute(
                    "INSERT INTO people (name, contact_id, created_on, cadence_days) "
                    "VALUES (?, ?, ?, ?) RETURNING id",
                    (name, contact_id, date.today().isoformat(), cadence_days),
                ).fetchone()
            elif cadence_days is not None:
                db.execute(
                    "UPDATE people SET cadence_days = ? WHERE id = ?", (cadence_days, row[0])
                )
        return int(row[0])

    def person_id(self, name: str) -> int:
        """Return a known person's id, or explain that they must be added first."""
        row = self.db.execute(
            "SELECT id FROM people WHERE name = ?", (" ".join(str(name).split()),)
        ).fetchone()
        if row is None:
            raise TrackerError(f"No one called {name!r} yet: add them with add_person first.")
        return int(row[0])

    def people(self) -> pd.DataFrame:
        """Everyone in the log: ``id``, ``name``, ``contact_id``, ``cadence_days``."""
        return pd.read_sql_query(
            "SELECT id, name, contact_id, cadence_days FROM people ORDER BY name", self.db
        )

    # -- interactions ----------------------------------------------------------------------------
    def log(
        self,
        when: date | datetime | str,
        people: list[str] | str,
        channel: str,
        direction: str,
        kind: str,
        note: str,
        today: date | None = None,
    ) -> int:
        """Record one interaction with one or several known people; returns its id."""
        day = parse_day(when, today)
        check_entry(channel, direction, kind, note)
        names = [people] if isinstance(people, str) else list(people)
        if not names:
            raise TrackerError("Say who the interaction was with.")
        ids = sorted({self.person_id(name) for name in names})
        with self.transaction() as db:
            row = db.execute(
                "INSERT INTO interactions (occurred_on, channel, direction, kind, note) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (day.isoformat(), channel, direction, kind, note.strip()),
            ).fetchone()
            db.executemany(
                "INSERT INTO interaction_people (interaction_id, person_id) VALUES (?, ?)",
                [(row[0], pid) for pid in ids],
            )
        return int(row[0])

    def undo_last(self) -> int | None:
        """Delete the most recently logged interaction; returns its id, or None if empty."""
        with self.transaction() as db:
            row = db.execute("SELECT max(id) FROM interactions").fetchone()
            if row[0] is not None:
                db.execute("DELETE FROM interactions WHERE id = ?", (row[0],))
        return row[0]

    def interactions(
        self, since: date | None = None, until: date | None = None, include_sample: bool = True
    ) -> pd.DataFrame:
        """Interactions (all, or from ``since`` up to but excluding ``until``), oldest first.

        One row per interaction, with its ``people`` sorted and joined by ``"; "``. With
        ``include_sample=False``, entries added by :meth:`load_sample` are left out.
        """
        where, args = self._between(since, until)
        if not include_sample:
            where = f"{where} AND i.sample = 0" if where else "WHERE i.sample = 0"
        frame = pd.read_sql_query(
            "SELECT i.id, i.occurred_on AS date, "
            "(SELECT group_concat(name, '; ') FROM (SELECT p.name FROM interaction_people ip "
            "JOIN people p ON p.id = ip.person_id WHERE ip.interaction_id = i.id ORDER BY p.name)"
            ") AS people, i.channel, i.direction, i.kind, i.note "
            f"FROM interactions i {where} ORDER BY i.occurred_on, i.id",
            self.db,
            params=args,
        )
        frame["date"] = [date.fromisoformat(day) for day in frame["date"]]
        return frame

    def last_contacts(self, include_sample: bool = True) -> pd.DataFrame:
        """Per person: ``last_day``, ``last_direction`` (who reached out) and ``interactions``.

        The same table as :func:`rapport.tracker.queries.last_contact`, computed by SQLite. With
        ``include_sample=False``, entries added by :meth:`load_sample` are left out.
        """
        own = "" if include_sample else " AND i2.sample = 0"
        frame = pd.read_sql_query(
            "SELECT p.name AS person, l.day AS last_day, ("
            " SELECT i2.direction FROM interaction_people ip2"
            " JOIN interactions i2 ON i2.id = ip2.interaction_id"
            f" WHERE ip2.person_id = l.person_id AND i2.occurred_on = l.day{own}"
            " ORDER BY i2.id DESC LIMIT 1) AS last_direction, l.n AS interactions "
            "FROM (SELECT ip.person_id, max(i.occurred_on) AS day, count(*) AS n"
            " FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id"
            f"{'' if include_sample else ' WHERE i.sample = 0'}"
            " GROUP BY ip.person_id) l JOIN people p ON p.id = l.person_id ORDER BY p.name",
            self.db,
        )
        frame["last_day"] = [date.fromisoformat(day) for day in frame["last_day"]]
        return frame

    @staticmethod
    def _between(since: date | None, until: date | None) -> tuple[str, list[str]]:
        clauses, args = [], []
        if since is not None:
            clauses.append("i.occurred_on >= ?")
            args.append(since.isoformat())
        if until is not None:
            clauses.append("i.occurred_on < ?")
            args.append(until.isoformat())
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), args

    def set_goal(self, week_start: date, target: int) -> None:
        """Set the number of people to interact with in the week starting ``week_start``."""
        if type(target) is not int or target < 0:
            raise TrackerError("A weekly goal is a whole number of people, 0 or more.")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO goals (week_start, target) VALUES (?, ?) "
                "ON CONFLICT(week_start) DO UPDATE SET target = excluded.target",
                (week_start.isoformat(), target),
            )

    def goals(self) -> dict[date, int]:
        """Weekly goals by week start."""
        rows = self.db.execute("SELECT week_start, target FROM goals").fetchall()
        return {date.fromisoformat(week): target for week, target in rows}

    def save_reflection(self, week_start: date, text: str) -> None:
        """Save the learner's reflection for a week (replacing an earlier one)."""
        if not isinstance(text, str) or not text.strip():
            raise TrackerError("Write a sentence or two before saving the reflection.")
        if len(text) > 10 * MAX_NOTE:
            raise TrackerError(f"Keep the reflection under {10 * MAX_NOTE:,} characters.")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reflections (week_start, text) VALUES (?, ?) "
                "ON CONFLICT(week_start) DO UPDATE SET text = excluded.text",
                (week_start.isoformat(), text.strip()),
            )

    def reflection(self, week_start: date) -> str:
        """Return the saved reflection for a week, or ``""``."""
        row = self.db.execute(
            "SELECT text FROM reflections WHERE week_start = ?", (week_start.isoformat(),)
        ).fetchone()
        return row[0] if row else ""

    # -- files -------------------------------------------------------------------------------------
    def export_csv(self, path: str | Path) -> Path:
        """Write every interaction to a CSV file (the columns of the sample log), atomically."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in self.interactions().itertuples(index=False):
            writer.writerow([row.date.isoformat(), row.people, row.channel, row.direction,
                             row.kind, row.note])  # fmt: skip
        write_atomic(Path(path), buffer.getvalue())
        return Path(path)

    def load_sample(self) -> int:
        """Add the bundled sample log (a fictional learner's), marked so it never counts as yours.

        Returns how many interactions were added. :meth:`remove_sample` takes them out again.
        """
        from rapport.data import sample_path

        return self.import_csv(sample_path("interactions.csv"), sample=True)

    def remove_sample(self) -> int:
        """Delete the entries :meth:`load_sample` added; return how many there were."""
        with self.transaction() as db:
            return db.execute("DELETE FROM interactions WHERE sample = 1").rowcount

    def import_csv(self, path: str | Path, today: date | None = None, sample: bool = False) -> int:
        """Add the interactions of a CSV log (people are added as needed); all or nothing."""
        text = Path(path).read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        if not rows or tuple(h.strip() for h in rows[0]) != CSV_COLUMNS:
            raise TrackerError(
                f"{path}: the first line must be the columns {','.join(CSV_COLUMNS)}; "
                "export a log with export_csv to see the format."
            )
        entries = []
        for line, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(CSV_COLUMNS):
                raise TrackerError(f"{path}, line {line}: {len(row)} fields, expected 6.")
            day_text, people, channel, direction, kind, note = row
            try:
                day = parse_day(day_text, today)
                check_entry(channel, direction, kind, note)
            except TrackerError as exc:
                raise TrackerError(f"{path}, line {line}: {exc}") from None
            names = [n.strip() for n in people.split(";") if n.strip()]
            if not names:
                raise TrackerError(f"{path}, line {line}: no people named.")
            entries.append((day, names, channel, direction, kind, note))
        with self.transaction() as db:  # one transaction: a bad file adds nothing
            for day, names, channel, direction, kind, note in entries:
                ids = []
                for name in names:
                    found = db.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
                    if found is None:
                        found = db.execute(
                            "INSERT INTO people (name, created_on) VALUES (?, ?) RETURNING id",
                            (name, date.today().isoformat()),
                        ).fetchone()
                    ids.append(found[0])
                row = db.execute(
                    "INSERT INTO interactions "
                    "(occurred_on, channel, direction, kind, note, sample) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    (day.isoformat(), channel, direction, kind, note, int(sample)),
                ).fetchone()
                db.executemany(
                    "INSERT OR IGNORE INTO interaction_people VALUES (?, ?)",
                    [(row[0], pid) for pid in ids],
                )
        return len(entries)

    def backup(self, path: str | Path) -> Path:
        """Copy the whole database, consistently, to ``path`` (SQLite's online backup)."""
        target = sqlite3.connect(Path(path))
        try:
            self.db.backup(target)
        finally:
            target.close()
        return Path(path)

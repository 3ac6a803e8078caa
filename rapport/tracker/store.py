"""The learner's interaction log: a local SQLite file, durable and safe to share between kernels.

The database lives in the learner's data folder (``tracker.sqlite``) unless a path is given. It
runs in WAL mode; every change is one ``BEGIN IMMEDIATE`` transaction, so two notebooks writing at
once queue rather than collide, and a process killed mid-write leaves the last committed state.
Each thread gets its own connection (widget callbacks can run on any thread with ipykernel 7), and
a file another program keeps busy for too long gives a :class:`TrackerError` that says what to do.
Bad input raises :class:`TrackerError` before anything is written.

The bundled sample log never goes into a learner's file: :meth:`TrackerStore.sample` opens a
throwaway copy, labelled as the sample, that is deleted when it is closed.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from rapport.errors import RapportError
from rapport.fileio import FORMULA_START, spreadsheet_safe, write_atomic
from rapport.paths import learner_data_dir
from rapport.tracker.schema import MIGRATIONS, SCHEMA_VERSION

FILENAME = "tracker.sqlite"
CHANNELS = ("message", "comment", "call", "video", "coffee", "event")
IN_PERSON = ("coffee", "event")
DIRECTIONS = ("me", "them")  # I reached out / they did
KINDS = ("give", "ask", "check-in", "introduction", "follow-up")
MAX_NOTE = 2000
MAX_GOAL = 500  # people in a week: beyond this a goal is no longer about relationships
MAX_CADENCE_DAYS = 3650  # ten years between contacts
CSV_COLUMNS = ("date", "people", "channel", "direction", "kind", "note")
BUSY_TIMEOUT_S = 15.0  # how long a write waits for another program's write to finish


class TrackerError(RapportError, ValueError):
    """An entry or a file the tracker cannot take; the message says what to change."""


def busy_error(path: Path) -> TrackerError:
    """Return the error for a tracker file that another program kept locked for too long."""
    return TrackerError(
        f"The tracker file {path} is busy: another notebook or program is writing to it. Wait a "
        "moment and try again; if it keeps happening, close the other notebooks that use the "
        "tracker (or restart their kernels)."
    )


def from_spreadsheet_safe(cell: str) -> str:
    """Undo :func:`rapport.fileio.spreadsheet_safe` (exports use it; imports take it off)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith((*FORMULA_START, "'")) else cell


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
    busy_timeout
        Seconds a write waits while another program holds the file's write lock before it gives
        up with a :class:`TrackerError`.

    Attributes
    ----------
    is_sample
        True for the throwaway copy of the sample log from :meth:`sample`.
    """

    is_sample = False
    _cleanup: weakref.finalize | None = None

    def __init__(self, path: str | Path | None = None, busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = Path(path) if path else learner_data_dir(create=True) / FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.busy_timeout = busy_timeout
        self._connections: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    @classmethod
    def sample(cls) -> TrackerStore:
        """Open a throwaway tracker holding the bundled sample log (a fictional learner's).

        It lives in a temporary folder, never in the learner's data folder, and is deleted when
        the store is closed or the kernel exits. ``is_sample`` is true, so widgets label it.
        """
        from rapport.data import sample_path

        folder = Path(tempfile.mkdtemp(prefix="rapport-sample-tracker-"))
        store = cls(folder / "sample-tracker.sqlite")
        store.is_sample = True
        store._cleanup = weakref.finalize(store, shutil.rmtree, folder, ignore_errors=True)
        store.import_csv(sample_path("interactions.csv"), sample=True)
        return store

    # -- connections ---------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        """Return the calling thread's connection to the database (opened on first use)."""
        key = threading.get_ident()
        with self._lock:
            connection = self._connections.get(key)
        if connection is None:
            connection = sqlite3.connect(
                self.path, timeout=self.busy_timeout, isolation_level=None,
                check_same_thread=False,  # used by this thread only; close() may run elsewhere
            )  # fmt: skip
            connection.execute("PRAGMA foreign_keys=ON")
            with self._lock:
                self._connections[key] = connection
        return connection

    def close(self) -> None:
        """Close the database (every thread's connection); a sample copy is deleted."""
        with self._lock:
            connections, self._connections = list(self._connections.values()), {}
        for connection in connections:
            connection.close()
        if self._cleanup is not None:
            self._cleanup()

    def __enter__(self) -> TrackerStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._explain(exc) from None
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise self._explain(exc) from None

    def _explain(self, exc: sqlite3.OperationalError) -> Exception:
        if "locked" in str(exc) or "busy" in str(exc):
            return busy_error(self.path)
        return exc

    def _migrate(self) -> None:
        db = self.db
        try:
            self._use_wal(db)
        except sqlite3.OperationalError as exc:
            raise self._explain(exc) from None
        except sqlite3.DatabaseError as exc:
            raise TrackerError(
                f"{self.path} is not a tracker database ({exc}). Nothing was changed: move it "
                "aside (rename it) to start a new tracker, or restore a backup."
            ) from None
        self._check_version(db.execute("PRAGMA user_version").fetchone()[0])
        if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        # The version is read again inside the write transaction: two programs opening a new
        # file at once queue here, and the second finds the tables the first made.
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            self._check_version(version)
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _use_wal(self, db: sqlite3.Connection) -> None:
        """Switch the file to WAL mode (kept in the file, so this is done once per file).

        The switch upgrades a read lock to a write lock inside one statement. When two programs
        do that at once, SQLite answers "busy" at once rather than wait (waiting could deadlock),
        so this retries until ``busy_timeout`` runs out.
        """
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.005
        while True:
            try:
                if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.2)

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise TrackerError(
                f"{self.path} was written by a newer version of the kit (schema {version}); "
                "update the kit to open it."
            )

    def _read(self, query: str, params: tuple | list = ()) -> list[tuple]:
        """Run a read query on this thread's connection, explaining a busy file."""
        try:
            return self.db.execute(query, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise self._explain(exc) from None

    def _frame(self, query: str, params: tuple | list = ()) -> pd.DataFrame:
        """Run a read query into a DataFrame, explaining a busy file."""
        try:
            cursor = self.db.execute(query, params)
            return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description])
        except sqlite3.OperationalError as exc:
            raise self._explain(exc) from None

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return self._read("PRAGMA user_version")[0][0]

    # -- people --------------------------------------------------------------------------------
    def add_person(
        self, name: str, contact_id: str | None = None, cadence_days: int | None = None
    ) -> int:
        """Add a person (or return the existing one's id) and optionally set their cadence."""
        name = " ".join(str(name).split())
        if not name:
            raise TrackerError("A person needs a name.")
        if cadence_days is not None and (
            type(cadence_days) is not int or not 1 <= cadence_days <= MAX_CADENCE_DAYS
        ):
            raise TrackerError(f"A cadence is a whole number of days from 1 to {MAX_CADENCE_DAYS}.")
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

    def add_people(self, people: list[tuple[str, str | None, int | None]]) -> int:
        """Add many people at once, in one transaction; return how many were new.

        Each item is ``(name, contact_id, cadence_days)``. A person already known keeps their
        name and cadence; they gain the contact id and the cadence only if they had none.
        """
        rows = []
        for name, contact_id, cadence in people:
            name = " ".join(str(name).split())
            if name:
                rows.append((name, contact_id, cadence))
        today = date.today().isoformat()
        with self.transaction() as db:
            before = db.execute("SELECT count(*) FROM people").fetchone()[0]
            db.executemany(
                "INSERT INTO people (name, contact_id, created_on, cadence_days) "
                "VALUES (?1, ?2, ?4, ?3) ON CONFLICT(name) DO UPDATE SET "
                "contact_id = coalesce(people.contact_id, excluded.contact_id), "
                "cadence_days = coalesce(people.cadence_days, excluded.cadence_days)",
                [(name, contact_id, cadence, today) for name, contact_id, cadence in rows],
            )
            after = db.execute("SELECT count(*) FROM people").fetchone()[0]
        return after - before

    def person_id(self, name: str) -> int:
        """Return a known person's id, or explain that they must be added first."""
        rows = self._read("SELECT id FROM people WHERE name = ?", (" ".join(str(name).split()),))
        row = rows[0] if rows else None
        if row is None:
            raise TrackerError(f"No one called {name!r} yet: add them with add_person first.")
        return int(row[0])

    def people(self) -> pd.DataFrame:
        """Everyone in the log: ``id``, ``name``, ``contact_id``, ``cadence_days``."""
        frame = self._frame("SELECT id, name, contact_id, cadence_days FROM people ORDER BY name")
        frame["cadence_days"] = frame["cadence_days"].astype("Int64")
        return frame

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
        frame = self._frame(
            "SELECT i.id, i.occurred_on AS date, "
            "(SELECT group_concat(name, '; ') FROM (SELECT p.name FROM interaction_people ip "
            "JOIN people p ON p.id = ip.person_id WHERE ip.interaction_id = i.id ORDER BY p.name)"
            ") AS people, i.channel, i.direction, i.kind, i.note "
            f"FROM interactions i {where} ORDER BY i.occurred_on, i.id",
            args,
        )
        frame["date"] = [date.fromisoformat(day) for day in frame["date"]]
        return frame

    def last_contacts(self, include_sample: bool = True) -> pd.DataFrame:
        """Per person: ``last_day``, ``last_direction`` (who reached out) and ``interactions``.

        The same table as :func:`rapport.tracker.queries.last_contact`, computed by SQLite. With
        ``include_sample=False``, entries added by :meth:`load_sample` are left out.
        """
        own = "" if include_sample else " AND i2.sample = 0"
        frame = self._frame(
            "SELECT p.name AS person, l.day AS last_day, ("
            " SELECT i2.direction FROM interaction_people ip2"
            " JOIN interactions i2 ON i2.id = ip2.interaction_id"
            f" WHERE ip2.person_id = l.person_id AND i2.occurred_on = l.day{own}"
            " ORDER BY i2.id DESC LIMIT 1) AS last_direction, l.n AS interactions "
            "FROM (SELECT ip.person_id, max(i.occurred_on) AS day, count(*) AS n"
            " FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id"
            f"{'' if include_sample else ' WHERE i.sample = 0'}"
            " GROUP BY ip.person_id) l JOIN people p ON p.id = l.person_id ORDER BY p.name"
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
        if type(target) is not int or not 1 <= target <= MAX_GOAL:
            raise TrackerError(f"A weekly goal is a whole number of people from 1 to {MAX_GOAL}.")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO goals (week_start, target) VALUES (?, ?) "
                "ON CONFLICT(week_start) DO UPDATE SET target = excluded.target",
                (week_start.isoformat(), target),
            )

    def goals(self) -> dict[date, int]:
        """Weekly goals by week start."""
        rows = self._read("SELECT week_start, target FROM goals")
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
        rows = self._read(
            "SELECT text FROM reflections WHERE week_start = ?", (week_start.isoformat(),)
        )
        return rows[0][0] if rows else ""

    # -- files -------------------------------------------------------------------------------------
    def export_csv(self, path: str | Path) -> Path:
        """Write every interaction to a CSV file (the columns of the sample log), atomically.

        Names and notes that a spreadsheet would run as a formula (starting with ``=``, ``+``,
        ``-`` or ``@``) are written with an apostrophe in front; :meth:`import_csv` removes it.
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in self.interactions().itertuples(index=False):
            writer.writerow([row.date.isoformat(), spreadsheet_safe(row.people), row.channel,
                             row.direction, row.kind, spreadsheet_safe(row.note)])  # fmt: skip
        write_atomic(Path(path), buffer.getvalue())
        return Path(path)

    def sample_entries(self) -> int:
        """Count entries that came from the sample log (put in by an earlier version of the kit)."""
        return self._read("SELECT count(*) FROM interactions WHERE sample = 1")[0][0]

    def remove_sample(self) -> int:
        """Delete sample-log entries, and the fictional people only they named; return how many.

        Earlier versions of the kit filled an empty tracker with the sample log; this takes it
        out and leaves everything the learner logged or added.
        """
        from rapport.data import sample_path

        with sample_path("interactions.csv").open(encoding="utf-8") as handle:
            fictional = {
                n.strip() for row in csv.DictReader(handle) for n in row["people"].split(";")
            }
        with self.transaction() as db:
            removed = db.execute("DELETE FROM interactions WHERE sample = 1").rowcount
            if removed:
                db.executemany(
                    "DELETE FROM people WHERE name = ? AND contact_id IS NULL "
                    "AND cadence_days IS NULL "
                    "AND id NOT IN (SELECT person_id FROM interaction_people)",
                    [(name,) for name in sorted(fictional)],
                )
        return removed

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
            people, note = from_spreadsheet_safe(people), from_spreadsheet_safe(note)
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

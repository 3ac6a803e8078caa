"""The tracker database's schema, as numbered forward migrations.

A database records its version in ``PRAGMA user_version``. Opening an older database applies the
missing migrations in order, each in one transaction, so a tracker file made by an earlier version
of the kit keeps every row and gains the new tables and columns.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: people, interactions (one or several people each), weekly goals.
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        contact_id TEXT,
        created_on TEXT NOT NULL
    );
    CREATE TABLE interactions (
        id INTEGER PRIMARY KEY,
        occurred_on TEXT NOT NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL
    );
    CREATE TABLE interaction_people (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        PRIMARY KEY (interaction_id, person_id)
    );
    CREATE INDEX interactions_by_day ON interactions(occurred_on);
    CREATE TABLE goals (week_start TEXT PRIMARY KEY, target INTEGER NOT NULL);
    """,
    # 2: a keep-in-touch cadence per person, and the weekly review's reflections.
    """
    ALTER TABLE people ADD COLUMN cadence_days INTEGER;
    CREATE TABLE reflections (week_start TEXT PRIMARY KEY, text TEXT NOT NULL);
    CREATE INDEX interaction_people_by_person ON interaction_people(person_id);
    """,
    # 3: entries that came from the bundled sample log, so they never count as the learner's own.
    """
    ALTER TABLE interactions ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

"""The tracker at a decade's scale: 100,000 interactions with 2,000 people over 10 years.

Targets (issue: weekly tracker): logging one interaction under 5 ms; the week summary (with the
log read from SQLite) under 300 ms; the overdue and whose-turn lists under 300 ms. Prints the
median of several runs. Also: logging from another thread (as widget callbacks run with
ipykernel 7) against the thread that opened the store, seeding 30,000 connections, and the
introduction suggestions over a log whose notes name topics.
"""

import csv
import random
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from rapport.tracker import TrackerStore
from rapport.tracker.introductions import suggest_introductions
from rapport.tracker.queries import overdue, week_summary, whose_turn
from rapport.tracker.store import CHANNELS, DIRECTIONS, KINDS

PEOPLE, INTERACTIONS, TODAY = 2_000, 100_000, date(2026, 10, 28)


def build(folder: Path) -> TrackerStore:
    rng = random.Random(7)
    names = [f"Person {i:04d}" for i in range(PEOPLE)]
    path = folder / "log.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "people", "channel", "direction", "kind", "note"])
        for _ in range(INTERACTIONS):
            day = TODAY - timedelta(days=rng.randrange(3650))
            who = "; ".join(rng.sample(names, rng.choice((1, 1, 1, 2))))
            writer.writerow([day.isoformat(), who, rng.choice(CHANNELS), rng.choice(DIRECTIONS),
                             rng.choice(KINDS), "a short note"])  # fmt: skip
    store = TrackerStore(folder / "tracker.sqlite")
    store.import_csv(path, today=TODAY)
    for i, name in enumerate(names):
        if i % 3 == 0:
            store.add_person(name, cadence_days=rng.choice((21, 60, 180, 365)))
    return store


def median_ms(function, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store = build(Path(tmp))
        print(f"built {INTERACTIONS:,} interactions with {PEOPLE:,} people in "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        log_one = median_ms(
            lambda: store.log(TODAY, "Person 0001", "call", "me", "give", "bench", today=TODAY), 50
        )
        print(f"log one interaction        {log_one:8.2f} ms   (target < 5 ms)")
        read = median_ms(store.interactions)
        year = TODAY - timedelta(days=365)  # the summary's streak looks back at most a year
        summary = median_ms(
            lambda: week_summary(store.interactions(since=year), TODAY, store.goals())
        )

        def lists_from_sqlite():
            last = store.last_contacts()
            return overdue(last, store.people(), TODAY), whose_turn(last)

        lists = median_ms(lists_from_sqlite)
        print(f"read the whole log         {read:8.0f} ms")
        print(f"week summary (from SQLite) {summary:8.0f} ms   (target < 300 ms)")
        print(f"overdue + whose turn       {lists:8.0f} ms   (target < 300 ms, from SQLite)")
        times: list[float] = []

        def from_a_thread():
            times.append(median_ms(lambda: store.log(TODAY, "Person 0002", "call", "me", "give",
                                                     "thread", today=TODAY), 50))  # fmt: skip

        thread = threading.Thread(target=from_a_thread)
        thread.start()
        thread.join()
        print(f"log one, from another thread {times[0]:6.2f} ms   "
              f"(ratio to the opening thread {times[0] / log_one:.2f})")  # fmt: skip
        store.close()
        seeded = TrackerStore(Path(tmp) / "seed.sqlite")
        rows = [(f"Contact {i:05d}", f"id{i}", None) for i in range(30_000)]
        start = time.perf_counter()
        seeded.add_people(rows)
        print(f"seed 30,000 connections    {(time.perf_counter() - start) * 1000:8.0f} ms")
        seeded.close()
        log = topic_log()
        suggest_introductions(log)  # loads the word lists once
        intros = median_ms(lambda: suggest_introductions(log), 3)
        print(f"introductions, {len(log):,} notes  {intros:8.0f} ms   (each dashboard refresh)")


def topic_log():
    """A year of notes about 300 people, each naming one of 150 made-up specialist topics."""
    import pandas as pd

    rng = random.Random(11)
    letters = "abcdefghijklmnopqrstuvwxyz"
    topics = ["".join(rng.choice(letters) for _ in range(9)) for _ in range(150)]
    rows = []
    for i in range(3_000):
        topic = rng.choice(topics)
        rows.append(
            (
                i + 1,
                TODAY - timedelta(days=rng.randrange(365)),
                f"Person {rng.randrange(300):04d}",
                f"Talked about {topic} and the weekend",
            )
        )
    return pd.DataFrame(rows, columns=["id", "date", "people", "note"]).assign(
        channel="call", direction="me", kind="check-in"
    )


if __name__ == "__main__":
    main()

"""Audit at LinkedIn's scale: 30,000 connections and 100,000 messages.

Target (issue: connection audit): import + every measure under 1.5 s on one core, and the
chart specs under 0.5 s. The exports are built from the bundled sample, with each person copied
under new profile URLs and each message moved to a time of its own (a real export repeats no
time, so no cache of repeated values helps), so they keep the real files' quirks. Prints each
stage, the totals, and the ratio of our import to a bare pandas.read_csv of the same files,
read right after each run so that both see the same load on a shared machine.
"""

import csv
import io
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from rapport.audit import (
    added_vs_conversations,
    audit_table,
    deepen_shortlist,
    depth_pyramid,
    dormant_ties,
    inch_deep_ratio,
    my_turn,
)
from rapport.audit_charts import (
    added_vs_conversations_chart,
    depth_pyramid_chart,
    dormant_chart,
    inch_deep_chart,
    waiting_chart,
)
from rapport.contacts import find_header, load_linkedin_connections
from rapport.contacts.linkedin import HEADER_FIELDS
from rapport.contacts.linkedin_messages import conversation_stats, load_linkedin_messages
from rapport.data import sample_path
from rapport.identity import profile_key

CONNECTIONS, MESSAGES, RUNS = 30_000, 100_000, 5
LINKEDIN_TIME = "%Y-%m-%d %H:%M:%S UTC"
TODAY = "2026-11-22"


def scaled_exports(folder: Path) -> tuple[Path, Path]:
    lines = sample_path("Connections.csv").read_text(encoding="utf-8").splitlines()
    at, names = find_header(lines, HEADER_FIELDS, "the sample export")
    rows = list(csv.reader(lines[at + 1 :]))
    url = names.index("URL")
    out = io.StringIO()
    out.write("\n".join(lines[: at + 1]) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    for i in range(CONNECTIONS):
        row = list(rows[i % len(rows)])
        if row[url]:
            row[url] = f"{row[url]}-{i // len(rows)}"
        writer.writerow(row)
    connections = folder / "Connections.csv"
    connections.write_text(out.getvalue(), encoding="utf-8")

    message_lines = list(csv.reader(io.StringIO(sample_path("messages.csv").read_text("utf-8"))))
    header, body = message_lines[0], message_lines[1:]
    owner = max({r[3] for r in body}, key=lambda u: sum(u in (r[3], r[5]) for r in body))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for i in range(MESSAGES):
        row = list(body[i % len(body)])
        copy = i // len(body)
        row[0] = f"{row[0]}-{copy}"
        # each message at a second of its own, as in a real export (no repeated times)
        sent = datetime.strptime(row[6], LINKEDIN_TIME) - timedelta(minutes=copy, seconds=i % 60)
        row[6] = sent.strftime(LINKEDIN_TIME)
        for column in (3, 5):  # sender and recipient URLs: keep the owner, copy the others
            if row[column] and row[column] != owner:
                row[column] = f"{row[column]}-{copy % (CONNECTIONS // 428 + 1)}"
        writer.writerow(row)
    messages = folder / "messages.csv"
    messages.write_text(out.getvalue(), encoding="utf-8")
    return connections, messages


def timed(function, *args, **kwargs):
    start = clock()
    result = function(*args, **kwargs)
    return result, clock() - start


# CPU time of this process: what one core spends on the work, even when the machine is busy.
clock = time.process_time


def run_once(connections: Path, messages: Path) -> dict[str, float]:
    profile_key.cache_clear()  # every run starts cold, as a learner's first import does
    times = {}
    contacts, times["import connections"] = timed(load_linkedin_connections, connections)
    loaded, times["import messages"] = timed(load_linkedin_messages, messages)
    stats, times["conversation stats"] = timed(conversation_stats, loaded.messages, loaded.owner)
    audit, times["audit table"] = timed(audit_table, contacts.contacts, stats)
    start = clock()
    measures = {
        "ratio": inch_deep_ratio(audit),
        "pyramid": depth_pyramid(audit),
        "years": added_vs_conversations(audit),
        "dormant": dormant_ties(audit, 365, TODAY),
        "turn": my_turn(audit, TODAY),
        "short": deepen_shortlist(audit, 5, TODAY),
    }
    times["measures"] = clock() - start
    start = clock()
    for chart in (
        inch_deep_chart(measures["ratio"], len(audit)),
        depth_pyramid_chart(measures["pyramid"]),
        added_vs_conversations_chart(measures["years"]),
        waiting_chart(measures["turn"]["days_waiting"]),
        dormant_chart(measures["dormant"]["days_quiet"]),
    ):
        chart.to_dict()
    times["chart specs"] = clock() - start
    times["_contacts"], times["_people with messages"] = len(audit), int((audit["sent"] > 0).sum())
    return times


def bare_pandas(connections: Path, messages: Path) -> float:
    """CPU time of pandas.read_csv alone on both files: no header search, checks or dates."""
    start = clock()
    pd.read_csv(connections, skiprows=3)
    pd.read_csv(messages)
    return clock() - start


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    with tempfile.TemporaryDirectory() as tmp:
        connections, messages = scaled_exports(Path(tmp))
        runs = []
        for _ in range(RUNS):  # bare pandas right after each run: both see the same load
            times = run_once(connections, messages)
            times["_bare"] = bare_pandas(connections, messages)
            imported = times["import connections"] + times["import messages"]
            times["_ratio"] = imported / times["_bare"]
            runs.append(times)
        median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"{CONNECTIONS} connections, {MESSAGES} messages")
    print(f"CPU time, median of {RUNS} runs, one core")
    for stage, seconds in median.items():
        if not stage.startswith("_"):
            print(f"  {stage:22} {seconds * 1000:8.0f} ms")
    total = sum(v for k, v in median.items() if not k.startswith("_") and k != "chart specs")
    print(f"  import + all measures  {total * 1000:8.0f} ms   (target < 1500 ms)")
    print(f"  chart specs            {median['chart specs'] * 1000:8.0f} ms   (target < 500 ms)")
    ratio, bare_ms = median["_ratio"], median["_bare"] * 1000
    ratios = ", ".join(f"{r['_ratio']:.2f}" for r in runs)
    print(f"  import vs bare pandas.read_csv: {ratio:.2f}x ({bare_ms:.0f} ms bare)  (target <= 2x)")
    print(f"  (median of the runs' ratios, each run against its own bare read: {ratios})")
    rows, messaged = median["_contacts"], median["_people with messages"]
    print(f"  audit rows {rows:.0f}, with messages {messaged:.0f}")


if __name__ == "__main__":
    main()

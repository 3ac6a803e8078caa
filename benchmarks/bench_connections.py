"""Reading a LinkedIn Connections.csv: our reader next to a bare pandas.read_csv.

Our reader finds the header instead of skipping a fixed count, keeps every usable row, reports the
rest, and parses three date forms; pandas alone does none of that. This prints what the care costs
on a large export (the sample's rows repeated to 50,000) as a ratio to pandas.
"""

import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from rapport.contacts import find_header, read_linkedin_connections
from rapport.contacts.linkedin import HEADER_FIELDS
from rapport.data import sample_path

ROWS = 50_000
RUNS = 5


def build_export(folder: Path) -> Path:
    lines = sample_path("Connections.csv").read_text(encoding="utf-8").splitlines()
    header_at, _ = find_header(lines, HEADER_FIELDS, "the sample export")
    body = lines[header_at + 1 :]
    rows = (body * (ROWS // len(body) + 1))[:ROWS]
    path = folder / "Connections.csv"
    path.write_text("\n".join(lines[: header_at + 1] + rows) + "\n", encoding="utf-8")
    return path


def median_seconds(function, *args) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pandas_only(path: Path, skip: int) -> pd.DataFrame:
    frame = pd.read_csv(path, skiprows=skip, dtype=str, keep_default_na=False)
    frame["Connected On"] = pd.to_datetime(frame["Connected On"], format="%d %b %Y")
    return frame


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = build_export(Path(tmp))
        skip, _ = find_header(path.read_text("utf-8").splitlines(), HEADER_FIELDS, "an export")
        ours = median_seconds(read_linkedin_connections, path)
        peer = median_seconds(pandas_only, path, skip)
        print(f"{ROWS} rows, median of {RUNS} runs")
        print(f"rapport.contacts reader  {ours * 1000:7.0f} ms  ({ROWS / ours:,.0f} rows/s)")
        print(f"pandas.read_csv only     {peer * 1000:7.0f} ms  ({ROWS / peer:,.0f} rows/s)")
        print(f"ratio rapport/pandas     {ours / peer:.2f}")


if __name__ == "__main__":
    main()

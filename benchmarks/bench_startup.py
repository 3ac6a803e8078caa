"""How fast the `rapport` command starts, next to the nbgrader and jupyter commands it sits beside.

Instructors call `rapport` often and every grading worker pays its start-up, so it imports heavy
libraries only inside the subcommands that need them. Prints the median of several runs and the
ratio to each peer (below 1 means `rapport` starts faster).
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
RUNS = 7


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ours = median_seconds([str(BIN / "rapport"), "--help"])
    print(f"rapport --help            {ours * 1000:7.0f} ms (median of {RUNS})")
    for name, command in {
        "nbgrader --help": [str(BIN / "nbgrader"), "--help"],
        "jupyter --version": [str(BIN / "jupyter"), "--version"],
    }.items():
        peer = median_seconds(command)
        print(f"{name:25} {peer * 1000:7.0f} ms   rapport/peer ratio {ours / peer:.2f}")


if __name__ == "__main__":
    main()

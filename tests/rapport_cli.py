"""Running the kit's own ``rapport`` command line in a subprocess, as the tests do."""

import subprocess
import sys
from pathlib import Path

from .nbgrader_cli import run_command

RAPPORT = [sys.executable, "-m", "rapport.cli"]


def rapport(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """Run ``rapport ARGS``; return its output and exit status (a failure does not raise)."""
    return run_command([*RAPPORT, *args], cwd=cwd, env=env, timeout=timeout)

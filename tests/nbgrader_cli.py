"""Running nbgrader's own command line in a course folder, as the tests do."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

NBGRADER = [sys.executable, "-m", "nbgrader"]


def run_command(
    command: Sequence[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess:
    """Run ``command``; return what it printed and its exit status (a failure does not raise)."""
    return subprocess.run(
        list(command),
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def nbgrader(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # nbgrader starts `alembic` by name to create its database: it must find the venv's.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return run_command([*NBGRADER, *args], cwd=cwd, env=env)

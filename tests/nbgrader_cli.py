"""Running nbgrader's own command line in a course folder, as the tests do."""

import os
import subprocess
import sys
from pathlib import Path

NBGRADER = [sys.executable, "-m", "nbgrader"]


def nbgrader(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # nbgrader starts `alembic` by name to create its database: it must find the venv's.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        [*NBGRADER, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )

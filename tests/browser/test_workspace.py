"""`make lab` as a learner meets it: their own workspace, no news prompt, and a clean repository.

The server is started with the same command `make lab` runs (``rapport lab``), with a private
data folder holding the learner's own LinkedIn export. The learner lands on the start notebook,
is not asked about Jupyter news, runs the audit notebook on their export and saves it. Their
saved notebook holds their contacts; the repository's ``git status`` and ``git diff`` are
exactly what they were before.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, expect

from ..learner_export import names, write_connections
from .conftest import REPO
from .lab import (
    KERNEL_TIMEOUT_MS,
    UI_TIMEOUT_MS,
    Lab,
    _serve,
    _status_answers,
    _wait_until_ready,
    free_port,
    notebook_panel,
    open_notebook,
    run_all_cells,
    wait_kernel_idle,
)

AUDIT = "workbook/01-audit-your-connections.ipynb"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
    ).stdout


@contextmanager
def make_lab(workdir: Path) -> Iterator[Lab]:
    """Run ``rapport lab`` (what `make lab` runs) with a private data and config folder."""
    data = workdir / "data"
    write_connections(data)
    token, port = secrets.token_hex(16), free_port()
    env = {
        **os.environ,
        "RAPPORT_DATA_DIR": str(data),
        "JUPYTER_CONFIG_DIR": str(workdir / "config"),  # empty: only the kit's settings apply
        "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
    }
    env.pop("JUPYTER_CONFIG_PATH", None)
    command = [sys.executable, "-m", "rapport.cli", "lab", "--no-browser", f"--port={port}",
               "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
               f"--IdentityProvider.token={token}"]  # fmt: skip
    lab = Lab(f"http://127.0.0.1:{port}", token, data / "workspace", workdir / "lab.log", data)
    with _serve(command, REPO, env, lab.log_path) as process:
        _wait_until_ready(
            lambda: _status_answers(lab), process, "rapport lab", lab.base_url, lab.log_path,
            lab.log_tail,
        )  # fmt: skip
        yield lab


def test_a_learner_works_in_their_own_workspace_and_the_repository_stays_clean(
    page: Page, tmp_path: Path
) -> None:
    status, diff = git("status", "--porcelain"), git("diff")
    with make_lab(tmp_path) as lab:
        started = time.monotonic()
        page.goto(f"{lab.base_url}/?token={lab.token}")  # goes where the printed URL goes
        expect(page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")).to_contain_text(
            "00-start-here.ipynb", timeout=KERNEL_TIMEOUT_MS
        )
        wait_kernel_idle(page)
        opened = time.monotonic() - started
        page.wait_for_timeout(5_000)  # the news prompt, when enabled, shows within a few seconds
        expect(page.get_by_text("Jupyter news")).to_have_count(0)

        open_notebook(page, lab, AUDIT)
        started = time.monotonic()
        run_all_cells(page)
        ran = time.monotonic() - started
        anyone = re.compile("|".join(map(re.escape, names())))
        expect(notebook_panel(page)).to_contain_text(anyone, timeout=UI_TIMEOUT_MS)
        saved_file = lab.root_dir / AUDIT
        before = saved_file.stat().st_mtime_ns
        page.keyboard.press("Control+s")
        deadline = time.monotonic() + UI_TIMEOUT_MS / 1000
        while saved_file.stat().st_mtime_ns == before and time.monotonic() < deadline:
            time.sleep(0.2)
        saved = saved_file.read_text(encoding="utf-8")
    print(f"\nmake lab: start page ready {opened:.1f} s; audit run all {ran:.1f} s")
    assert any(person in saved for person in names())  # the learner's contacts, in their copy
    assert git("status", "--porcelain") == status
    assert git("diff") == diff
    assert not anyone.search((REPO / AUDIT).read_text(encoding="utf-8"))

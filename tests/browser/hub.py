"""A real workshop hub under test: ``rapport workshop start`` with throwaway OS accounts.

Accounts get a unique ``rwh-XXXX-`` prefix and are removed, homes and all, at teardown, with
the hub's state folder. The hub needs root (it creates accounts and starts servers as them).
"""

from __future__ import annotations

import csv
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from rapport.workshop.accounts import remove_accounts
from rapport.workshop.settings import Workshop

from .lab import free_port

REPO = Path(__file__).resolve().parents[2]
RAPPORT = [sys.executable, "-m", "rapport.cli"]
# A learner's first login creates the account and starts JupyterLab as it: give it time.
LOGIN_TIMEOUT_MS = 180_000
# Clicks and typing wait for the page to settle; a loaded machine needs more than 30 s at times.
ACTION_TIMEOUT_MS = 120_000
ROOT_REQUIRED = "the workshop hub creates OS accounts: run the hub tests as root (CI does)"


@dataclass(frozen=True)
class Hub:
    """A running workshop hub and how to reach and log in to it."""

    workshop: Workshop
    passwords: dict[str, str]
    start_output: str

    @property
    def url(self) -> str:
        """The address the room opens."""
        return self.workshop.url

    @property
    def server_bin(self) -> Path:
        """The folder of the Python and commands that users' servers run."""
        view = self.workshop.state / "python" / "bin"
        return view if view.is_dir() else self.workshop.venv / "bin"

    def account(self, name: str) -> str:
        """The OS account of hub user ``name``."""
        return self.workshop.system_name(name)

    def home(self, name: str) -> Path:
        """The home folder of hub user ``name``."""
        return Path("/home") / self.account(name)

    def run_as(
        self, name: str, *command: str, cwd: Path | None = None, check: bool = True
    ) -> subprocess.CompletedProcess:
        """Run ``command`` as hub user ``name``'s OS account, with the environment of their
        server (as in a terminal of their JupyterLab)."""
        role = "instructor" if name == self.workshop.instructor else "learner"
        env = [
            f"PATH={self.server_bin}:/usr/local/bin:/usr/bin:/bin",
            f"HOME={self.home(name)}",
            f"USER={self.account(name)}",
            f"JUPYTER_CONFIG_PATH={self.workshop.jupyter_config / role}",
        ]
        done = subprocess.run(
            ["runuser", "-u", self.account(name), "--", "env", "-i", *env, *command],
            cwd=cwd or self.home(name),
            capture_output=True,
            text=True,
            check=False,
            timeout=900,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"{' '.join(command)} as {name} failed ({done.returncode}):\n"
                f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return done

    def log_tail(self, lines: int = 60) -> str:
        """The end of the hub's log."""
        path = self.workshop.logs / "hub.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def hub_command(*args: str) -> subprocess.CompletedProcess:
    """Run ``rapport workshop ARGS`` as an instructor would."""
    return subprocess.run(
        [*RAPPORT, "workshop", *args], capture_output=True, text=True, check=False, timeout=600
    )


@contextmanager
def running_hub(roster: dict[str, str], *, login: str = "accounts") -> Iterator[Hub]:
    """Start a hub for ``roster`` (learner -> password); stop it and remove its accounts after."""
    prefix = f"rwh-{secrets.token_hex(2)}-"
    # Learners' accounts must reach the state folder (the exchange): not under pytest's 0700 tmp.
    state = Path(tempfile.mkdtemp(prefix="rwh-state-", dir="/tmp"))
    state.chmod(0o755)
    roster_file = state / "roster.csv"
    with roster_file.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["username", "password", "full name"])
        for name, password in roster.items():
            writer.writerow([name, password, name.title()])
    args = ["--state-dir", str(state), "--port", str(free_port()), "--prefix", prefix]
    args += ["--login", login, "--roster", str(roster_file)]
    if login == "shared":
        args += ["--password", "workshop-pass-42"]
    try:
        started = hub_command("start", *args)
        if started.returncode != 0:
            raise RuntimeError(f"rapport workshop start failed:\n{started.stdout}{started.stderr}")
        workshop = Workshop.load(state)
        sheet = workshop.secrets / "accounts.csv"
        passwords = {}
        if sheet.exists():
            passwords = {r["username"]: r["password"] for r in csv.DictReader(sheet.open())}
        yield Hub(workshop, passwords, started.stdout)
    finally:
        stopped = hub_command("stop", "--state-dir", str(state))
        remove_accounts(prefix)
        shutil.rmtree(state, ignore_errors=True)
        assert stopped.returncode == 0, stopped.stderr


def start_login(browser: Browser, hub: Hub, name: str, password: str) -> Page:
    """Submit the login form of ``name`` from a fresh browser context; do not wait for the lab.

    Several learners started this way log in at the same time, as a room does.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", password)
    page.click("#login_submit")
    return page


def wait_for_lab(page: Page, hub: Hub, name: str) -> Page:
    """Wait until ``name``'s JupyterLab, started by the login, is up and has opened its page."""
    page.wait_for_url(re.compile(rf"/user/{re.escape(name)}/lab"), timeout=LOGIN_TIMEOUT_MS)
    expect(page.locator(".jp-LabShell")).to_be_visible(timeout=LOGIN_TIMEOUT_MS)
    # JupyterLab opens the default page (a notebook, or the course folder) after the shell: wait,
    # or it would take the front of the main area from whatever the test opens next.
    if name != hub.workshop.instructor:
        expect(page.locator(".jp-NotebookPanel")).to_be_visible(timeout=LOGIN_TIMEOUT_MS)
    expect(page.locator(".jp-DirListing-item").first).to_be_visible(timeout=LOGIN_TIMEOUT_MS)
    return page


def log_in(browser: Browser, hub: Hub, name: str, password: str) -> Page:
    """Log ``name`` in from a fresh browser context; return the page once JupyterLab is up."""
    return wait_for_lab(start_login(browser, hub, name, password), hub, name)


def open_assignments(page: Page) -> None:
    """Open nbgrader's Assignments tab from its menu, as a learner does."""
    menu = page.locator(".lm-MenuBar-itemLabel").filter(has_text=re.compile("^Nbgrader$"))
    expect(menu).to_be_visible(timeout=LOGIN_TIMEOUT_MS)
    menu.click()
    page.locator(".lm-Menu-itemLabel").filter(has_text=re.compile("^Assignment List$")).click()
    # Bring its tab to the front (a notebook opening late may have taken it).
    page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab").filter(has_text="Assignments").click()
    expect(page.locator("#released_assignments_list")).to_be_visible(timeout=LOGIN_TIMEOUT_MS)


def is_root() -> bool:
    """Whether the tests run as root."""
    return os.geteuid() == 0

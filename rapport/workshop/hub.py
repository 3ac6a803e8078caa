"""Start, stop and look at the workshop hub: a real JupyterHub process in the background.

``start`` checks what a room would otherwise discover one learner at a time (root, the kit
readable by unprivileged accounts, a free port, the proxy), writes the settings and per-role
config, makes the logins, launches ``jupyterhub`` detached and waits until its API answers
through the proxy. ``stop`` sends the hub SIGTERM: JupyterHub then stops every single-user
server and the proxy itself. Home folders and the exchange are kept.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rapport.workshop.accounts import workshop_accounts, write_role_config
from rapport.workshop.logins import Logins, prepare_logins
from rapport.workshop.proxy import ensure_proxy
from rapport.workshop.roster import RosterEntry
from rapport.workshop.runtime import as_nobody, server_bin
from rapport.workshop.settings import STATE_ENV, Workshop, WorkshopError

HUB_CONFIG = Path(__file__).with_name("jupyterhub_config.py")
HUB_PORT_ENV = "RAPPORT_WORKSHOP_HUB_PORT"
PROXY_API_PORT_ENV = "RAPPORT_WORKSHOP_PROXY_API_PORT"
PROXY_ENV = "RAPPORT_WORKSHOP_PROXY"
SERVER_BIN_ENV = "RAPPORT_WORKSHOP_BIN"
START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 90
LEFTOVER_TIMEOUT_S = 10  # for a learner's process still running after the hub has stopped
LOG_FILE = "hub.log"


@dataclass(frozen=True)
class Started:
    """A hub that answers: its process id, how long it took, and the logins to hand out."""

    pid: int
    seconds: float
    logins: Logins


def free_port() -> int:
    """Return a loopback TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_taken(ip: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((ip or "0.0.0.0", port))
        except OSError:
            return True
    return False


def running_pid(workshop: Workshop) -> int | None:
    """Return the hub's process id (from its pid file), or None when it is not running."""
    try:
        pid = int(workshop.pid_file.read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    return pid if b"jupyterhub" in cmdline else None


def _as_nobody(*test: str) -> bool:
    """Tell whether ``test ARGS`` succeeds for an unprivileged account, as learners' servers run."""
    return as_nobody("test", *test).returncode == 0


def preflight(workshop: Workshop) -> None:
    """Raise :class:`WorkshopError` with the fix for anything that would stop the hub."""
    if sys.platform != "linux":
        raise WorkshopError("the workshop hub runs on Linux (it creates an account per learner)")
    if os.geteuid() != 0:
        raise WorkshopError(
            "the workshop hub must run as root, to create an account per learner and start each "
            "learner's server as that account: run `sudo make workshop`"
        )
    if not (workshop.venv / "bin" / "jupyterhub").exists():
        raise WorkshopError(
            f"JupyterHub is not installed in {workshop.venv}: run `make workshop`, which "
            "installs the kit with its `workshop` extra"
        )
    notebook = workshop.kit / "workbook" / "00-start-here.ipynb"
    if not _as_nobody("-r", str(notebook)):
        raise WorkshopError(
            f"learners' accounts cannot read the kit at {workshop.kit}: every folder above it "
            "must be open to others (for example `chmod o+rx` on it and its parents), or move "
            "the kit to a shared place such as /srv/rapport"
        )
    if running_pid(workshop) is not None:
        raise WorkshopError(
            f"a workshop hub is already running from {workshop.state} at {workshop.url}; "
            "stop it first with `make workshop-stop`"
        )
    if _port_taken(workshop.ip, workshop.port):
        raise WorkshopError(
            f"port {workshop.port} is in use on this machine: choose another one, for example "
            f"`make workshop WORKSHOP_PORT={workshop.port + 1}`"
        )


def prepare_state(workshop: Workshop) -> None:
    """Create the state folders with the permissions each needs."""
    workshop.state.mkdir(parents=True, exist_ok=True)
    os.chmod(workshop.state, 0o755)  # learners read their role config and reach the exchange
    for folder, mode in ((workshop.secrets, 0o700), (workshop.logs, 0o700)):
        folder.mkdir(exist_ok=True)
        os.chmod(folder, mode)
    workshop.exchange.mkdir(exist_ok=True)
    os.chmod(workshop.exchange, 0o777)  # the mode nbgrader's exchange requires of its root
    write_role_config(workshop)
    if not _as_nobody("-w", str(workshop.exchange)):
        raise WorkshopError(
            f"learners' accounts cannot reach nbgrader's exchange in {workshop.state}: choose a "
            "state folder whose parents are open to others (--state-dir)"
        )


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def log_tail(workshop: Workshop, lines: int = 30) -> str:
    """Return the end of the hub's log."""
    try:
        text = (workshop.logs / LOG_FILE).read_text(errors="replace")
    except FileNotFoundError:
        return "(no hub log yet)"
    return "\n".join(text.splitlines()[-lines:])


def start(workshop: Workshop, roster: list[RosterEntry], password: str | None = None) -> Started:
    """Start the hub in the background and wait until it answers; see the module docstring."""
    preflight(workshop)
    prepare_state(workshop)
    proxy = ensure_proxy(workshop.venv)
    bin_dir = server_bin(workshop)
    logins = prepare_logins(workshop, roster, password)
    workshop.save()
    env = {
        **os.environ,
        STATE_ENV: str(workshop.state),
        HUB_PORT_ENV: str(free_port()),
        PROXY_API_PORT_ENV: str(free_port()),
        PROXY_ENV: str(proxy),
        SERVER_BIN_ENV: str(bin_dir),
        "PATH": f"{workshop.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_CONFIG_PATH", "JUPYTER_TOKEN"):
        env.pop(name, None)
    began = time.monotonic()
    with (workshop.logs / LOG_FILE).open("ab") as log:
        process = subprocess.Popen(
            [str(workshop.venv / "bin" / "jupyterhub"), "-f", str(HUB_CONFIG)],
            cwd=workshop.secrets,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # it outlives this command, as `make workshop` promises
        )
    deadline = began + START_TIMEOUT_S
    while not _answers(f"{workshop.url}/hub/api"):
        if process.poll() is not None:
            raise WorkshopError(
                f"JupyterHub stopped with code {process.returncode} while starting; the end of "
                f"its log ({workshop.logs / LOG_FILE}):\n{log_tail(workshop)}"
            )
        if time.monotonic() > deadline:
            _terminate(process.pid)
            raise WorkshopError(
                f"JupyterHub did not answer at {workshop.url} within {START_TIMEOUT_S} s; the "
                f"end of its log:\n{log_tail(workshop)}"
            )
        time.sleep(0.25)
    return Started(process.pid, time.monotonic() - began, logins)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child of this process that exited is a zombie until reaped: not alive.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _terminate(pid: int, timeout: float = STOP_TIMEOUT_S) -> bool:
    """SIGTERM, then SIGKILL after ``timeout``; True if it ended within the timeout."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            return False
        time.sleep(0.25)
    return True


def stop(workshop: Workshop) -> bool:
    """Stop the hub, which stops every learner's server and the proxy; False if none ran.

    A server the hub had to kill at the end of its shutdown window can leave a kernel behind:
    whatever the workshop's accounts still run once the hub is gone is ended too.
    """
    pid = running_pid(workshop)
    if pid is None:
        return False
    if not _terminate(pid):
        raise WorkshopError(
            f"the hub (process {pid}) did not stop within {STOP_TIMEOUT_S} s and was killed; "
            "learners' servers may still run: see `ps -u` for the workshop accounts"
        )
    _end_processes_of({a.pw_uid for a in workshop_accounts(workshop.prefix)})
    return True


def _pids_of(uids: set[int]) -> list[int]:
    """Return the processes whose real user is one of ``uids`` (read from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:  # it ended meanwhile
            continue
        uid = next((line.split()[1] for line in status.splitlines() if line.startswith("Uid:")), "")
        if uid.isdigit() and int(uid) in uids:
            found.append(int(entry))
    return found


def _end_processes_of(uids: set[int], timeout: float = LEFTOVER_TIMEOUT_S) -> None:
    """SIGTERM every process of ``uids``; SIGKILL any still running after ``timeout``."""
    if not uids:
        return
    for signum in (signal.SIGTERM, signal.SIGKILL):
        for pid in _pids_of(uids):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signum)
        deadline = time.monotonic() + timeout
        while any(_alive(pid) for pid in _pids_of(uids)) and time.monotonic() < deadline:
            time.sleep(0.1)

"""How long the workshop hub takes to serve a room, and how much memory it takes.

Starts a real hub with ``rapport workshop start`` (as root, on loopback, throwaway accounts
named ``rwh-bench-*`` that are removed at the end) and prints:

* hub start: from the command to the hub answering through its proxy;
* first learner: from logging in to that learner's JupyterLab answering (this creates the OS
  account and copies the workbook, as a first login in a room does);
* ten learners at once: from ten simultaneous logins to all ten servers answering, and the
  memory (resident, summed over processes) of the hub, the proxy and the learners' servers.

A learner's server here has no kernel running; each notebook a learner opens starts a kernel,
which adds the kernel's own memory (printed once, for one kernel). Figures are printed, never
asserted: they depend on the machine and its load.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from tests.browser.hub import running_hub

LEARNERS = [f"learner{n:02d}" for n in range(11)]
PASSWORD = "bench-pass-{}"
TIMEOUT_S = 600


class Learner:
    """One learner's browser session, without a browser: cookies and the login form."""

    def __init__(self, url: str, name: str) -> None:
        self.url, self.name = url, name
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def _xsrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "_xsrf")

    def log_in_and_wait(self) -> float:
        """Log in (which starts the server) and return seconds until JupyterLab answers."""
        began = time.monotonic()
        page = self.opener.open(f"{self.url}/hub/login", timeout=60).read().decode()
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page)
        form = {"username": self.name, "password": PASSWORD.format(self.name)}
        form["_xsrf"] = xsrf.group(1) if xsrf else self._xsrf()
        data = urllib.parse.urlencode(form).encode()
        self.opener.open(f"{self.url}/hub/login?next=", data=data, timeout=TIMEOUT_S).read()
        # Where a browser goes after logging in: it starts the server (the "starting" page
        # may answer with an error status).
        with contextlib.suppress(OSError):
            self.opener.open(f"{self.url}/hub/spawn", timeout=TIMEOUT_S).read()
        while time.monotonic() - began < TIMEOUT_S:
            try:
                with self.opener.open(f"{self.url}/user/{self.name}/api/status", timeout=10) as r:
                    if r.status == 200 and "started" in json.loads(r.read()):
                        return time.monotonic() - began
            except (OSError, ValueError):
                pass  # not up yet: the hub's "starting" page, or no answer
            time.sleep(0.5)
        raise TimeoutError(f"{self.name}'s server did not answer within {TIMEOUT_S} s")


def memory_mb(usernames: set[str], extra_pids: set[int]) -> float:
    """Resident memory of the processes of those accounts plus ``extra_pids`` (and children)."""
    pids = set()
    for pid in extra_pids:
        try:
            parent = psutil.Process(pid)
            pids |= {pid, *(c.pid for c in parent.children(recursive=True))}
        except psutil.NoSuchProcess:
            pass
    for process in psutil.process_iter(["pid", "username"]):
        if process.info["username"] in usernames:
            pids.add(process.info["pid"])
    total = 0
    for pid in pids:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += psutil.Process(pid).memory_info().rss
    return total / 2**20


def main() -> None:
    if os.geteuid() != 0:
        print("bench_workshop: skipped, the hub needs root (it creates an account per learner)")
        return
    roster = {name: PASSWORD.format(name) for name in LEARNERS}
    began = time.monotonic()
    with running_hub(roster) as hub:
        wall = time.monotonic() - began
        print(f"hub start (rapport workshop start, to the hub answering): {wall:5.1f} s")
        hub_pid = int(hub.workshop.pid_file.read_text())
        base = memory_mb(set(), {hub_pid})
        print(f"  hub + proxy memory:                                    {base:7.0f} MB")
        first = Learner(hub.url, LEARNERS[0]).log_in_and_wait()
        print(f"first learner server (login, account, workbook, JupyterLab): {first:5.1f} s")
        ten = LEARNERS[1:11]
        started = time.monotonic()
        with ThreadPoolExecutor(len(ten)) as pool:
            each = list(pool.map(lambda n: Learner(hub.url, n).log_in_and_wait(), ten))
        together = time.monotonic() - started
        accounts = {hub.account(n) for n in LEARNERS}
        total = memory_mb(accounts, {hub_pid})
        servers = total - base
        print(f"10 learner servers started at once: all answering after {together:5.1f} s "
              f"(fastest {min(each):.1f} s, slowest {max(each):.1f} s)")  # fmt: skip
        print(f"  memory: hub + proxy + 11 servers {total:7.0f} MB; "
              f"{servers / 11:5.0f} MB per learner server (no kernel)")  # fmt: skip
        kernel = hub.run_as(
            LEARNERS[0], "python", "-c",
            "import resource, rapport.audit, widgets; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)",
        )  # fmt: skip
        print(
            f"  a kernel that imports the kit (as the workbook does): ~{kernel.stdout.strip()} MB"
        )


if __name__ == "__main__":
    main()

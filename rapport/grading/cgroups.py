"""Control groups: a memory and process cap on a kernel and everything it starts, and a sure kill.

Groups are made below the group this process already belongs to (never elsewhere in the
hierarchy), one folder per worker (``rapport-grade-<pid>-<slot>``) and one per submission inside
it. cgroup v1 (separate ``memory`` and ``pids`` hierarchies, as on this project's machines) and
cgroup v2 (one unified hierarchy whose group delegates ``memory`` and ``pids``) both work; with
neither writable, grading goes on with per-process limits only.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
CONTROLLERS = ("memory", "pids")
PREFIX = "rapport-grade-"


def _own_groups() -> dict[str, str]:
    """Return this process's group path per controller (``""``: the v2 unified hierarchy)."""
    groups: dict[str, str] = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return groups
    for line in lines:
        _, names, path = line.split(":", 2)
        for name in names.split(",") if names else [""]:
            groups[name] = path
    return groups


def _bases() -> tuple[str, dict[str, Path]]:
    """Return the cgroup version and the folder per controller where groups may be made."""
    own = _own_groups()
    v1 = {c: ROOT / c / own[c].lstrip("/") for c in CONTROLLERS if c in own}
    if len(v1) == len(CONTROLLERS) and all((p / "cgroup.procs").exists() for p in v1.values()):
        return "v1", v1
    if (ROOT / "cgroup.controllers").exists() and "" in own:
        base = ROOT / own[""].lstrip("/")
        return "v2", {c: base for c in CONTROLLERS}
    return "", {}


def _writable(version: str, bases: dict[str, Path]) -> bool:
    for base in set(bases.values()):
        probe = base / f"{PREFIX}probe-{os.getpid()}"
        try:
            probe.mkdir(exist_ok=True)
            if version == "v2":
                wanted = set(CONTROLLERS)
                if not wanted <= set((probe / "cgroup.controllers").read_text().split()):
                    return False
            probe.rmdir()
        except OSError:
            with contextlib.suppress(OSError):
                probe.rmdir()
            return False
    return True


def cgroup_support() -> str:
    """``"v1"`` or ``"v2"`` if memory and pids groups can be made here, else ``""``."""
    version, bases = _bases()
    return version if version and _writable(version, bases) else ""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Group:
    """One control group (a folder per controller for v1, one folder for v2)."""

    def __init__(self, version: str, folders: dict[str, Path]) -> None:
        self.version = version
        self.folders = folders

    @property
    def procs_files(self) -> list[str]:
        """The ``cgroup.procs`` files a process writes its pid into to join the group."""
        return sorted({str(f / "cgroup.procs") for f in self.folders.values()})

    def child(self, name: str, memory_bytes: int = 0, max_pids: int = 0) -> Group:
        """Make a group inside this one, with limits (0: no limit)."""
        folders = {c: f / name for c, f in self.folders.items()}
        for folder in set(folders.values()):
            folder.mkdir(exist_ok=True)
        group = Group(self.version, folders)
        group.limit(memory_bytes, max_pids)
        return group

    def limit(self, memory_bytes: int, max_pids: int) -> None:
        """Set the memory cap (RAM and swap together where swap is counted) and the pid cap."""
        memory, pids = self.folders["memory"], self.folders["pids"]
        if self.version == "v1":
            if memory_bytes:
                (memory / "memory.limit_in_bytes").write_text(str(memory_bytes))
                with contextlib.suppress(OSError):  # only with swap accounting
                    (memory / "memory.memsw.limit_in_bytes").write_text(str(memory_bytes))
        elif memory_bytes:
            (memory / "memory.max").write_text(str(memory_bytes))
            with contextlib.suppress(OSError):
                (memory / "memory.swap.max").write_text("0")
        if max_pids:
            (pids / "pids.max").write_text(str(max_pids))

    def pids(self) -> set[int]:
        """Every process in the group and in the groups below it."""
        found: set[int] = set()
        for folder in set(self.folders.values()):
            for procs in folder.rglob("cgroup.procs"):
                with contextlib.suppress(OSError, ValueError):
                    found.update(int(p) for p in procs.read_text().split())
        return found

    def peak_bytes(self) -> int:
        """Return the most memory the group's processes held together (0 if not known)."""
        name = "memory.max_usage_in_bytes" if self.version == "v1" else "memory.peak"
        try:
            return int((self.folders["memory"] / name).read_text())
        except (OSError, ValueError):
            return 0

    def oom_kills(self) -> int:
        """How many processes the memory cap has killed in this group."""
        name = "memory.oom_control" if self.version == "v1" else "memory.events"
        try:
            text = (self.folders["memory"] / name).read_text()
        except OSError:
            return 0
        for line in text.splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
        return 0

    def kill(self, timeout: float = 5.0) -> int:
        """SIGKILL every process in the group until it is empty; return how many were killed."""
        killed: set[int] = set()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            alive = self.pids()
            if not alive:
                break
            for pid in alive - killed:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            killed |= alive
            time.sleep(0.005)
        return len(killed)

    def remove(self) -> None:
        """Kill what is left and remove the group's folders (children first)."""
        self.kill()
        for folder in set(self.folders.values()):
            if not folder.exists():
                continue
            for child in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)):
                if child.is_dir():
                    _rmdir(child)
            _rmdir(folder)


def _rmdir(folder: Path) -> None:
    for _ in range(200):  # a killed process leaves its group a moment after it dies
        try:
            folder.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.01)


def worker_group(slot: int) -> Group | None:
    """Make this worker's group (``rapport-grade-<pid>-<slot>``), after removing stale ones.

    Returns None where control groups cannot be used.
    """
    version, bases = _bases()
    if not version:
        return None
    sweep_stale(bases)
    name = f"{PREFIX}{os.getpid()}-{slot}"
    try:
        folders = {c: b / name for c, b in bases.items()}
        for folder in set(folders.values()):
            folder.mkdir(exist_ok=True)
        group = Group(version, folders)
        if version == "v2":
            (folders["memory"] / "cgroup.subtree_control").write_text("+memory +pids")
        return group
    except OSError:
        return None


def sweep_stale(bases: dict[str, Path] | None = None) -> int:
    """Remove groups left by workers that have died (e.g. by ``kill -9``); return how many."""
    if bases is None:
        _, bases = _bases()
    removed = 0
    for controller, base in bases.items():
        with contextlib.suppress(OSError):
            for folder in base.iterdir():
                if not folder.name.startswith(PREFIX) or not folder.is_dir():
                    continue
                owner = folder.name[len(PREFIX) :].split("-")[0]
                if owner.isdigit() and not _pid_alive(int(owner)):
                    Group("v1" if controller else "v2", {controller: folder}).remove()
                    removed += 1
    return removed

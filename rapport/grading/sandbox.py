"""What a grading worker may use to contain the kernels it runs, found once per process.

On Linux as root, with Debian's ``bubblewrap`` installed and control groups writable, each
grading worker gets

* a user of its own (``rapport-grade-N``): kernels run as that user, never as the grader, and
  after each submission every process that user owns is killed;
* a bubblewrap sandbox (:mod:`rapport.grading.zygote` runs inside it): its own view of the files
  (the system, Python and the imported packages read-only; no course folder, submissions,
  gradebook or home folders), its own process tree that dies with the worker, no network, and a
  size-capped private temporary folder;
* a control group per submission capping memory and the number of processes of the kernel and
  of everything it starts.

Whatever a machine lacks is left out with a warning (:attr:`Capabilities.missing`), or refused
with ``isolation="strict"``. The classes that use these pieces live in
:mod:`rapport.grading.cgroups` and :mod:`rapport.grading.kernel`.
"""

from __future__ import annotations

import ctypes
import fcntl
import functools
import importlib.util
import logging
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapport.grading.cgroups import cgroup_support

log = logging.getLogger("rapport.grading")

#: Default prefix of the grading users (``rapport-grade-0``, ``rapport-grade-1``, ...).
USER_PREFIX = "rapport-grade"
#: Environment variable that overrides the prefix (tests use their own and remove the users).
USER_PREFIX_ENV = "RAPPORT_GRADE_USERS"
#: Read-only system folders every kernel needs.
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")
ISOLATION_MODES = ("auto", "strict", "off")

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38


def prctl(option: int, value: int) -> bool:
    """Call Linux ``prctl(option, value)``; False where it is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent(parent: int | None = None) -> None:
    """Have the kernel SIGKILL this process when its parent dies (and exit now if it has).

    Parameters
    ----------
    parent
        The pid the parent had; if this process has already been re-parented, it exits at once.
    """
    import signal

    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


@dataclass
class Capabilities:
    """What containment works on this machine, for this process.

    Attributes
    ----------
    bwrap
        The path of a ``bwrap`` that was seen to work here, or "".
    users
        Whether kernels can run as separate users (root, with ``useradd``).
    cgroup
        ``"v1"``, ``"v2"`` or "" (no writable memory and pids controllers).
    missing
        One sentence per missing piece: what is not isolated, and how to get it.
    """

    bwrap: str = ""
    users: bool = False
    cgroup: str = ""
    missing: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line saying what is isolated."""
        given = [
            "bubblewrap sandbox" if self.bwrap else "",
            "a separate user per worker" if self.users else "",
            f"cgroup {self.cgroup} limits" if self.cgroup else "",
        ]
        given = [g for g in given if g]
        return "kernels run with " + (", ".join(given) if given else "no isolation")


def _bwrap_works(path: str) -> bool:
    try:
        result = subprocess.run(
            [path, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--unshare-pid",
             "--unshare-net", "--unshare-ipc", "--die-with-parent", "--new-session", "true"],
            capture_output=True, timeout=20, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


@functools.lru_cache(maxsize=1)
def _probe() -> Capabilities:
    caps = Capabilities()
    if not sys.platform.startswith("linux"):
        caps.missing.append(
            "kernels are not isolated: separate users, bubblewrap and control groups need Linux"
        )
        return caps
    path = shutil.which("bwrap") or ""
    if path and _bwrap_works(path):
        caps.bwrap = path
    else:
        caps.missing.append(
            "bubblewrap is not available (apt-get install bubblewrap), so kernels see every "
            "file their user can read, share the network, and a detached process can outlive "
            "its worker"
        )
    caps.users = os.geteuid() == 0 and bool(shutil.which("useradd"))
    if not caps.users:
        caps.missing.append(
            "kernels run as the grader's own user (run rapport grade as root to give them "
            "users of their own), so a submission can signal the grader and read what it reads"
        )
    caps.cgroup = cgroup_support() if os.geteuid() == 0 else ""
    if not caps.cgroup:
        caps.missing.append(
            "control groups are not writable, so memory is capped per process (not for all of a "
            "kernel's processes together) and the number of processes is capped only per user"
        )
    return caps


def capabilities(mode: str = "auto") -> Capabilities:
    """Return what this machine allows for ``mode`` (``auto``, ``strict`` or ``off``).

    Raises
    ------
    GradingSetupError
        With ``strict``, if anything is missing.
    """
    from rapport.grading.errors import GradingSetupError

    if mode not in ISOLATION_MODES:
        raise GradingSetupError(f"--isolation must be one of {', '.join(ISOLATION_MODES)}")
    if mode == "off":
        return Capabilities(missing=["isolation is off (--isolation off)"])
    caps = _probe()
    if mode == "strict" and caps.missing:
        raise GradingSetupError(
            "--isolation strict: " + "; ".join(caps.missing) + ". See docs/grading.md."
        )
    return caps


# -- users and slots ----------------------------------------------------------------------------
def user_prefix() -> str:
    """Return the prefix of the grading users' names."""
    return os.environ.get(USER_PREFIX_ENV) or USER_PREFIX


def ensure_user(name: str) -> tuple[int, int]:
    """Return the uid and gid of the system user ``name``, creating it if it is missing."""
    for attempt in range(20):
        try:
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
        except KeyError:
            pass
        result = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
             "--shell", "/usr/sbin/nologin", "--user-group",
             "--comment", "Rapport grading sandbox", name],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode not in (0, 9):  # 9: created meanwhile by another worker
            if attempt == 19:
                raise OSError(f"useradd {name} failed: {result.stderr.strip()}")
            time.sleep(0.05 * (attempt + 1))  # /etc/passwd is locked by another useradd
    raise OSError(f"could not create the grading user {name}")


class Slot:
    """A machine-wide exclusive number for one worker (its user and its folder names).

    The lock is a file in ``/run/rapport-grade`` (or the temporary folder) held with ``flock``:
    it is released when the worker exits, however it exits.
    """

    def __init__(self, prefix: str) -> None:
        base = Path("/run/rapport-grade") if os.geteuid() == 0 and Path("/run").is_dir() else None
        folder = base or Path(tempfile.gettempdir()) / f"rapport-grade-{os.geteuid()}"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.prefix = prefix
        for index in range(4096):
            fd = os.open(folder / f"{prefix}-{index}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            self.index, self._fd = index, fd
            return
        raise OSError("no free grading slot")

    @property
    def user(self) -> str:
        """The name of this slot's grading user."""
        return f"{self.prefix}-{self.index}"

    def release(self) -> None:
        """Give the slot back."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def remove_users(prefix: str) -> list[str]:
    """Kill the processes of the grading users named ``prefix-N`` and delete those users."""
    removed = []
    for entry in pwd.getpwall():
        if entry.pw_name.startswith(f"{prefix}-") and entry.pw_name[len(prefix) + 1 :].isdigit():
            kill_user(entry.pw_uid, entry.pw_gid)
            for _ in range(20):
                done = subprocess.run(["userdel", entry.pw_name], capture_output=True, check=False)
                if done.returncode in (0, 6):  # 6: already gone
                    removed.append(entry.pw_name)
                    break
                time.sleep(0.05)  # /etc/passwd locked by another useradd or userdel
    return removed


def processes_of(uid: int) -> list[int]:
    """Pids of the processes whose real or effective user is ``uid``."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        real, effective = (int(v) for v in line.split()[1:3])
                        if uid in (real, effective):
                            found.append(int(entry.name))
                        break
        except OSError:
            continue
    return found


def kill_user(uid: int, gid: int) -> int:
    """SIGKILL every process of ``uid`` (as that user: ``kill -9 -1``); return how many there were.

    Runs until none is left (a process may fork while the others die).
    """
    count = 0
    kill = shutil.which("kill") or "/bin/kill"
    for _ in range(50):
        alive = processes_of(uid)
        if not alive:
            break
        count = max(count, len(alive))
        subprocess.run(
            [kill, "-s", "KILL", "--", "-1"],
            user=uid, group=gid, extra_groups=[], capture_output=True, check=False,
        )  # fmt: skip
        time.sleep(0.01)
    return count


# -- the sandbox's view of the files ----------------------------------------------------------
def _package_paths(modules: tuple[str, ...]) -> list[Path]:
    """Folders (or files) of the top-level packages ``modules`` come from."""
    paths = []
    for name in dict.fromkeys(m.split(".")[0] for m in modules):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None:
            continue
        if spec.submodule_search_locations:
            paths += [Path(p) for p in spec.submodule_search_locations]
        elif spec.origin and os.path.isabs(spec.origin):
            paths.append(Path(spec.origin))
    return paths


def python_paths(modules: tuple[str, ...] = ()) -> list[Path]:
    """Return what a kernel must read: Python, its site-packages, the packages it imports.

    Only installation folders and the folders of the named packages are listed, never a
    ``sys.path`` entry such as the current folder, which may be the course itself.
    """
    prefixes = {Path(sys.base_prefix), Path(sys.prefix), Path(sys.exec_prefix)}
    found = set(prefixes)
    for entry in sys.path:
        path = Path(entry) if entry and os.path.isabs(entry) else None
        if path is None or not path.exists():
            continue
        if path.name in {"site-packages", "dist-packages"} or any(
            path.is_relative_to(p) for p in prefixes
        ):
            found.add(path)
    found.update(_package_paths(("rapport", *modules)))
    executable = Path(sys.executable)
    found.add(executable.resolve().parent)
    found.add(executable.parent)
    return sorted(p for p in found if p.exists())


def bwrap_command(
    bwrap: str, read_only: list[Path], writable: list[Path], tmp_bytes: int
) -> list[str]:
    """Return the ``bwrap`` arguments for a grading sandbox (without the command to run).

    Parameters
    ----------
    bwrap
        The ``bwrap`` executable.
    read_only, writable
        Host paths made visible at the same place, read-only or writable.
    tmp_bytes
        The size of the sandbox's private ``/tmp`` (kernels' working folders live in it).
    """
    args = [bwrap]
    for system in SYSTEM_DIRS:
        path = Path(system)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), system]
        elif path.is_dir():
            args += ["--ro-bind", system, system]
    args += ["--proc", "/proc", "--dev", "/dev"]
    args += ["--perms", "0755", "--size", str(tmp_bytes), "--tmpfs", "/tmp"]
    mounted = [Path(s) for s in SYSTEM_DIRS]
    binds = sorted(
        {(p, "--ro-bind") for p in read_only} | {(p, "--bind") for p in writable},
        key=lambda item: (len(item[0].parts), item[1] == "--ro-bind"),
    )
    for path, how in binds:
        if any(path.is_relative_to(m) for m in mounted) and how == "--ro-bind":
            continue  # already visible through a folder above it
        args += [how, str(path), str(path)]
        mounted.append(path)
    # bwrap creates the folders above each mount point readable by root only: open them up.
    parents = {
        parent
        for path in mounted
        for parent in path.parents
        if parent != Path("/") and not any(parent.is_relative_to(m) for m in mounted)
    }
    for parent in sorted(parents, key=lambda p: len(p.parts)):
        if parent != Path("/tmp"):
            args += ["--chmod", "0755", str(parent)]
    args += ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--hostname",
             "grading", "--die-with-parent", "--new-session", "--chdir", "/"]  # fmt: skip
    return args

"""One IPython kernel per submission, started in the worker's sandbox, killed with all it started.

A worker keeps one :class:`Sandbox`: a slot (its grading user and folder names), its control
group, and the kernel factory (:mod:`rapport.grading.zygote`) running inside bubblewrap, warm with
the assignment's imports. A :class:`Kernel` is one submission's kernel in it: a forked child that
joins the submission's control group, runs as the worker's user, and is reached over Unix
sockets in a folder only root can enter. When the submission is done, everything it started is
killed three ways: the factory kills every process it left (it is their subreaper), the control
group is emptied, and every process of the grading user is killed.

Two ways to start kernels: ``fork`` (warm, the default) and ``spawn`` (a factory with nothing
preloaded, started for each kernel: the cold start the benchmark compares with).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import secrets
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.grading import sandbox as sb
from rapport.grading.cgroups import Group, worker_group

if TYPE_CHECKING:
    import zmq
    from jupyter_client.blocking import BlockingKernelClient

log = logging.getLogger("rapport.grading")
MB = 1024 * 1024
#: Environment variables a kernel inherits; everything else is dropped.
KEPT_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "VIRTUAL_ENV")
QUIET_ENV = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "MALLOC_ARENA_MAX": "2",
    "MPLBACKEND": "Agg",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}
MAX_PROCESSES = 128  # threads count too: a pandas kernel uses about ten
#: What a submission's processes may hold together, on top of --memory: the kernel's own heaps
#: and the pages it copies from the factory. Each process is capped lower (--memory + 512 MB of
#: address space), so a runaway list in the kernel meets a MemoryError before this cap.
HEADROOM_MB = 1024
#: Milliseconds between the client's tries to reach a kernel's sockets. The client connects
#: before the kernel has bound them (it is still starting); ZeroMQ's default of 100 ms made
#: every kernel start wait most of that for nothing.
RECONNECT_MS = 10


def kernel_env(workdir: str, user: str = "") -> dict[str, str]:
    """Return a grading kernel's environment: no learner data folder, a private home."""
    env = {key: os.environ[key] for key in KEPT_ENV if key in os.environ}
    env.update(QUIET_ENV)
    env.update(
        HOME=workdir,
        TMPDIR=workdir,
        MPLCONFIGDIR=f"{workdir}/.matplotlib",
        RAPPORT_DATA_DIR=f"{workdir}/no-learner-data",
        RAPPORT_GRADING="1",
    )
    if user:
        env.update(USER=user, LOGNAME=user)
    return env


class SandboxError(RuntimeError):
    """The kernel factory could not start or stopped answering."""


class Sandbox:
    """A worker's kernel factory, its user, its control group and its socket folder.

    Parameters
    ----------
    modules
        Modules to import in the factory once (the assignment's locked cells' imports).
    isolation
        ``auto`` (use what works here, warn about the rest), ``strict`` or ``off``.
    memory_mb
        The ``--memory`` limit, used to size the private ``/tmp``.
    warm
        Import ``modules`` and ipykernel in the factory (False for cold-start comparisons).
    """

    def __init__(
        self, modules: tuple[str, ...], isolation: str = "auto", memory_mb: int = 2048, warm=True
    ) -> None:
        self.caps = sb.capabilities(isolation)
        self.modules = modules
        self.memory_mb = memory_mb
        self.warm = warm
        self.slot: sb.Slot | None = None
        self.uid: int | None = None
        self.gid: int | None = None
        self.user = ""
        self.group: Group | None = None
        self.process: subprocess.Popen | None = None
        self.events: list[dict] = []
        self._buffer = b""
        self.serial = 0
        self.folder = Path(tempfile.mkdtemp(prefix="rapport-kernels-"))
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        caps = self.caps
        if caps.users or caps.cgroup:
            self.slot = sb.Slot(sb.user_prefix())
        if caps.users and self.slot is not None:
            self.user = self.slot.user
            self.uid, self.gid = sb.ensure_user(self.user)
            sb.kill_user(self.uid, self.gid)  # whatever an earlier holder of the slot left
        if caps.cgroup and self.slot is not None:
            self.group = worker_group(self.slot.index)
        command = [sys.executable, "-m", "rapport.grading.zygote"]
        if caps.bwrap:
            writable = [self.folder]
            if self.group is not None:
                writable += sorted(set(self.group.folders.values()))
            read_only = sb.python_paths(self.modules)
            tmp_bytes = (self.memory_mb + HEADROOM_MB) * MB
            command = [
                *sb.bwrap_command(caps.bwrap, read_only, writable, tmp_bytes),
                "--",
                *command,
            ]
        env = {key: os.environ[key] for key in KEPT_ENV if key in os.environ}
        env.update(QUIET_ENV)
        stderr = open(self.folder / "zygote.log", "wb")  # noqa: SIM115 (kept by the child)
        with stderr:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
                cwd="/",
                start_new_session=True,  # Ctrl-C in the terminal is the grader's to handle
                preexec_fn=None if caps.bwrap else _zygote_preexec(os.getpid()),
            )
        self.send(modules=list(self.modules), warm=self.warm, env=QUIET_ENV)
        ready = self.wait_for("ready", timeout=300)
        if ready.get("failed"):
            log.info("modules not preloaded (they fail to import): %s", ready["failed"])
        log.debug("sandbox ready: %s (user %s)", self.caps.describe(), self.user or "same")

    # -- talking to the factory -------------------------------------------------------------
    def send(self, **request: object) -> None:
        """Send one request to the factory."""
        if self.process is None or self.process.stdin is None or self.process.poll() is not None:
            raise SandboxError(f"the kernel factory has stopped{self._log_tail()}")
        try:
            self.process.stdin.write((json.dumps(request) + "\n").encode())
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise SandboxError(f"the kernel factory has stopped{self._log_tail()}") from exc

    def poll(self, timeout: float = 0.0) -> None:
        """Read the events the factory has sent (waiting up to ``timeout`` for the first)."""
        if self.process is None or self.process.stdout is None:
            raise SandboxError("the kernel factory is not running")
        fd = self.process.stdout.fileno()
        wait = timeout
        while True:
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                return
            data = os.read(fd, 1 << 20)
            if not data:
                raise SandboxError(f"the kernel factory has stopped{self._log_tail()}")
            self._buffer += data
            *lines, self._buffer = self._buffer.split(b"\n")
            self.events += [json.loads(line) for line in lines if line.strip()]
            wait = 0.0

    def wait_for(self, name: str, timeout: float, **match: object) -> dict:
        """Wait for the next event called ``name`` (with the fields in ``match``); return it."""
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("event") == name and all(event.get(k) == v for k, v in match.items()):
                    del self.events[index]
                    return event
            left = deadline - time.monotonic()
            if left <= 0:
                raise SandboxError(f"the kernel factory did not answer ({name}){self._log_tail()}")
            self.poll(min(left, 0.5))

    def take(self, name: str) -> list[dict]:
        """Remove and return the events called ``name`` received so far."""
        taken = [e for e in self.events if e.get("event") == name]
        self.events = [e for e in self.events if e.get("event") != name]
        return taken

    def _log_tail(self) -> str:
        try:
            text = (self.folder / "zygote.log").read_text(errors="replace")[-1500:].strip()
        except OSError:
            return ""
        return f": {text}" if text else ""

    @property
    def alive(self) -> bool:
        """Whether the factory is running."""
        return self.process is not None and self.process.poll() is None

    def workdir(self) -> str:
        """Return a fresh path for a submission's working folder (the kernel makes it)."""
        self.serial += 1
        if self.caps.bwrap:
            return f"/tmp/grading-{self.serial}"
        return tempfile.mkdtemp(prefix="rapport-grade-")

    def sweep(self) -> int:
        """Kill every process of the grading user; return how many there were."""
        if self.uid is None or self.gid is None:
            return 0
        return sb.kill_user(self.uid, self.gid)

    def close(self) -> None:
        """Stop the factory and everything in it; give back the slot and folders."""
        if self.process is not None:
            with contextlib.suppress(SandboxError):
                self.send(op="exit")
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()
            self.process = None
        self.sweep()
        if self.group is not None:
            self.group.remove()
            self.group = None
        if self.slot is not None:
            self.slot.release()
            self.slot = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _zygote_preexec(parent: int):
    def preexec() -> None:
        sb.die_with_parent(parent)

    return preexec


_SANDBOXES: dict[tuple[int, tuple[str, ...], str], Sandbox] = {}
_LOCK = threading.Lock()


def shared_sandbox(modules: tuple[str, ...], isolation: str, memory_mb: int) -> Sandbox:
    """Return this thread's warm sandbox for ``modules`` (started on first use, kept after)."""
    key = (threading.get_ident(), modules, isolation)
    with _LOCK:
        box = _SANDBOXES.get(key)
        if box is not None and not box.alive:
            box.close()
            box = None
        if box is None:
            for other_key in [k for k in _SANDBOXES if k[0] == key[0]]:
                _SANDBOXES.pop(other_key).close()  # one factory per thread
            box = _SANDBOXES[key] = Sandbox(modules, isolation, memory_mb)
        return box


@atexit.register
def close_sandboxes() -> None:
    """Stop every sandbox this process started."""
    with _LOCK:
        while _SANDBOXES:
            _SANDBOXES.popitem()[1].close()


class Kernel:
    """A running kernel for one submission, and a client connected to it.

    Parameters
    ----------
    sandbox
        The worker's sandbox.
    memory_mb
        Memory the kernel may add: per process (address space) and, with control groups, for
        the kernel and everything it starts together.
    guard
        Install the tamper guard in the kernel.
    own_sandbox
        Close the sandbox with the kernel (a cold start).
    """

    def __init__(
        self, sandbox: Sandbox, memory_mb: int = 2048, guard: bool = True, own_sandbox=False
    ) -> None:
        self._own_sandbox = own_sandbox
        self.sandbox = sandbox
        self.memory_mb = memory_mb
        self.guard = guard
        self.workdir = self.sandbox.workdir()
        self.pid = 0
        self.status: int | None = None
        self.client: BlockingKernelClient | None = None
        self._context: zmq.Context | None = None
        self.starts = 0
        self.tails: list[str] = []
        self.guard_key = b""
        self.guard_reports: list[dict] = []
        self.output_cap = 0  # characters of printed text a cell sends (0: no cap)
        self.killed = 0  # processes found and killed when the kernel was stopped
        self.peak_mb = 0.0  # the most memory the submission's processes held together
        self.group: Group | None = None
        self._oom_seen = 0
        if self.sandbox.group is not None:
            cap = (memory_mb + HEADROOM_MB) * MB
            self.group = self.sandbox.group.child(
                f"s{self.sandbox.serial}", memory_bytes=cap, max_pids=MAX_PROCESSES
            )

    # -- life cycle ---------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> None:
        """Start the kernel and wait until it answers.

        Raises
        ------
        RuntimeError
            If it exits or does not answer in ``timeout`` seconds.
        """
        import zmq
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_client.connect import write_connection_file

        self.starts += 1
        box = self.sandbox
        name = f"k{box.serial}-{self.starts}"
        conn, _ = write_connection_file(
            str(box.folder / f"{name}.json"), transport="ipc", ip=str(box.folder / name)
        )
        self.alive()  # collect what an earlier kernel sent, checked with its key
        self.status = None
        self.guard_key = secrets.token_bytes(32) if self.guard else b""
        request = {
            "op": "start",
            "connection_file": conn,
            "workdir": self.workdir,
            "env": kernel_env(self.workdir, box.user),
            "memory_mb": self.memory_mb,
            "uid": box.uid,
            "gid": box.gid,
            "procs": self.group.procs_files if self.group else [],
            "max_processes": MAX_PROCESSES if box.uid is not None else 0,
            "output_cap": self.output_cap,
        }
        if self.guard:
            from rapport.grading.sandbox import python_paths

            request.update(
                guard_key=self.guard_key.hex(),
                guard_fd=200 + secrets.randbelow(700),
                trusted=[str(p) for p in python_paths(box.modules)],
            )
        box.take("exited")
        try:
            box.send(**request)
            self.pid = box.wait_for("started", timeout=30)["pid"]
        except SandboxError as exc:
            raise RuntimeError(f"the kernel did not start: {exc}") from exc
        self._context = zmq.Context()
        self._context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)  # for every socket it makes
        self.client = client = BlockingKernelClient(context=self._context)
        client.load_connection_file(conn)
        client.start_channels()
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        client = self.client
        assert client is not None, "start() makes the client before waiting for the kernel"
        while time.monotonic() < deadline:
            msg_id = client.kernel_info()
            until = min(deadline, time.monotonic() + 1.0)
            while time.monotonic() < until:
                try:
                    reply = client.get_shell_msg(timeout=0.05)
                except Exception:  # queue.Empty
                    if not self.alive():
                        reason = self.exit_reason()
                        self.stop()
                        raise RuntimeError(f"the kernel did not start: {reason}") from None
                    continue
                if reply["parent_header"].get("msg_id") == msg_id:
                    # iopub may lag behind the shell reply: wait for its first message too
                    with contextlib.suppress(Exception):
                        client.get_iopub_msg(timeout=1)
                    return
        self.stop()
        raise RuntimeError(f"the kernel did not start: no answer in {timeout:g} s")

    def alive(self) -> bool:
        """Whether the kernel process is still running."""
        if not self.pid:
            return False
        try:
            self.sandbox.poll()
        except SandboxError:
            if self.status is None:
                self.status = -int(signal.SIGKILL)
                self.tails.append("the kernel factory stopped")
            return False
        self._collect_guard()
        for event in self.sandbox.take("exited"):
            if event.get("pid") == self.pid:
                self.status = int(event["status"])
                if event.get("tail", "").strip():
                    self.tails.append(event["tail"].strip())
        return self.status is None

    def _collect_guard(self) -> None:
        """Verify the guard's report lines received so far with this kernel's key."""
        from rapport.grading.guard import verify

        for event in self.sandbox.take("guard"):
            report = verify(self.guard_key, event["line"]) if self.guard_key else None
            self.guard_reports.append(report if report is not None else {"forged": True})

    def memory_killed(self) -> bool:
        """Whether the control group's memory cap killed a process since the last call."""
        if self.group is None:
            return False
        seen = self.group.oom_kills()
        new, self._oom_seen = seen > self._oom_seen, seen
        return new

    def exit_reason(self) -> str:
        """How the kernel ended, in words (empty while it runs)."""
        if self.alive() or self.status is None:
            return ""
        if self.memory_killed():
            return (
                f"the kernel was stopped at the memory limit ({self.memory_mb + HEADROOM_MB} MB "
                "for the kernel and everything it started)"
            )
        if self.status < 0:
            name = signal.Signals(-self.status).name
            return f"the kernel was stopped by {name}"
        return f"the kernel exited with status {self.status}"

    def interrupt(self) -> None:
        """Send an interrupt (KeyboardInterrupt in the running cell)."""
        if self.alive():
            with contextlib.suppress(SandboxError):
                self.sandbox.send(op="signal", signal=int(signal.SIGINT))

    def stop(self) -> None:
        """Kill the kernel and every process it started; close the client."""
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self._context is not None:
            self._context.destroy(linger=0)
            self._context = None
        if self.pid and self.sandbox.alive:
            with contextlib.suppress(SandboxError):
                self.sandbox.send(op="stop")
                self.killed += max(0, self.sandbox.wait_for("stopped", timeout=30)["killed"] - 1)
            self.alive()  # collect the exit status and the output tail
        if self.status is None and self.pid:
            self.status = -int(signal.SIGKILL)
        if self.group is not None:
            self.killed += self.group.kill()
        for path in self.sandbox.folder.glob(f"k{self.sandbox.serial}-{self.starts}*"):
            with contextlib.suppress(OSError):
                path.unlink()

    def restart(self, timeout: float = 60) -> None:
        """Kill the kernel and start a fresh one in the same folder."""
        self.stop()
        self.start(timeout)

    def close(self) -> None:
        """Stop the kernel, remove its folder and control group, kill what its user still runs."""
        self.stop()
        box = self.sandbox
        with contextlib.suppress(SandboxError):
            if box.alive:
                box.send(op="stop", workdir=self.workdir)
                box.wait_for("stopped", timeout=30)
        self.killed += box.sweep()
        if self.group is not None:
            self.peak_mb = self.group.peak_bytes() / MB
            self.group.remove()
            self.group = None
        if not box.caps.bwrap:
            shutil.rmtree(self.workdir, ignore_errors=True)
            shutil.rmtree(self.workdir + "-config", ignore_errors=True)
        if self._own_sandbox:
            box.close()


def kernel_for(modules: tuple[str, ...], memory_mb: int, mode: str, isolation: str) -> Kernel:
    """Return a kernel for one submission: in this thread's warm sandbox, or cold for ``spawn``."""
    if mode == "spawn":
        return Kernel(Sandbox((), isolation, memory_mb, warm=False), memory_mb, own_sandbox=True)
    return Kernel(shared_sandbox(modules, isolation, memory_mb), memory_mb)

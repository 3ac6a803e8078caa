"""One IPython kernel per submission, in its own process, with limits, killed afterwards.

Two ways to start it:

``fork``
    The grading worker has already imported ipykernel and the modules the assignment's locked
    cells use; each kernel is a forked child of it, so it starts with those imports done (about
    0.4 s instead of 2 s) and is still its own process with its own memory.
``spawn``
    A fresh ``python -m ipykernel_launcher`` (used where forking is unsafe, e.g. a Dask worker
    with threads running).

Either way the kernel runs in its own session in a private working folder, with a scrubbed
environment and a cap on the address space it may add.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

MB = 1024 * 1024
KERNEL_ARGS = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.capture_fd_output=False"]
#: Environment variables a kernel inherits; everything else is dropped.
KEPT_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "PYTHONPATH", "VIRTUAL_ENV")
QUIET_ENV = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "MALLOC_ARENA_MAX": "2",
    "MPLBACKEND": "Agg",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}


def kernel_env(workdir: Path) -> dict[str, str]:
    """Return a grading kernel's environment: no learner data folder, a private home."""
    env = {key: os.environ[key] for key in KEPT_ENV if key in os.environ}
    env.update(QUIET_ENV)
    env.update(
        HOME=str(workdir),
        TMPDIR=str(workdir),
        IPYTHONDIR=str(workdir / ".ipython"),
        JUPYTER_CONFIG_DIR=str(workdir / ".jupyter"),
        RAPPORT_DATA_DIR=str(workdir / "no-learner-data"),
        RAPPORT_GRADING="1",
    )
    return env


def warm_up(modules: tuple[str, ...] = ()) -> list[str]:
    """Import the kernel machinery and ``modules`` now, so forked kernels start with them.

    Returns the modules that could not be imported (they are simply not preloaded).
    """
    import importlib

    os.environ.update(QUIET_ENV)
    importlib.import_module("ipykernel.kernelapp")
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # a module that fails here fails in the kernel too, with a message
            failed.append(name)
    return failed


def can_fork() -> bool:
    """Whether forking a kernel from this process is safe (POSIX, one thread)."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Kernel:
    """A running kernel and a client connected to it.

    Parameters
    ----------
    workdir
        The private working folder (created by the caller).
    memory_mb
        Address space the kernel may add on top of what it starts with.
    mode
        ``"fork"``, ``"spawn"``, or ``"auto"`` (fork when :func:`can_fork`).
    """

    def __init__(self, workdir: Path, memory_mb: int = 2048, mode: str = "auto") -> None:
        self.workdir = Path(workdir)
        self.memory_mb = memory_mb
        self.mode = ("fork" if can_fork() else "spawn") if mode == "auto" else mode
        self.pid = 0
        self.status: int | None = None
        self._popen: subprocess.Popen | None = None
        self.client = None
        self._context = None
        self.starts = 0

    # -- life cycle ---------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> None:
        """Start the kernel and wait until it answers."""
        import zmq
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_client.connect import write_connection_file

        self.starts += 1
        run = self.workdir / ".kernel"
        run.mkdir(exist_ok=True)
        conn, _ = write_connection_file(
            str(run / f"kernel-{self.starts}.json"),
            transport="ipc",
            ip=str(run / f"k{self.starts}"),
        )
        self.status = None
        log = os.open(run / f"kernel-{self.starts}.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            if self.mode == "fork":
                self.pid = self._fork(conn, log)
            else:
                self._popen = subprocess.Popen(
                    [sys.executable, "-m", "ipykernel_launcher", "-f", conn, *KERNEL_ARGS],
                    cwd=self.workdir,
                    env=kernel_env(self.workdir),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    start_new_session=True,
                    preexec_fn=self._limit_memory,
                )
                self.pid = self._popen.pid
        finally:
            os.close(log)
        self._context = zmq.Context()
        self.client = BlockingKernelClient(context=self._context)
        self.client.load_connection_file(conn)
        self.client.start_channels()
        try:
            self.client.wait_for_ready(timeout=timeout)
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(f"the kernel did not start: {self.exit_reason() or exc}") from exc

    def _limit_memory(self) -> None:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[0])
        base = pages * resource.getpagesize()
        cap = base + self.memory_mb * MB + 512 * MB  # 512 MB: the kernel's own threads and heaps
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    def _fork(self, conn: str, log: int) -> int:
        pid = os.fork()
        if pid:
            return pid
        # The child: never return into the worker's code, whatever happens.
        code = 1
        try:
            os.setsid()
            os.chdir(self.workdir)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(log, 1)
            os.dup2(log, 2)
            os.closerange(3, 4096)
            os.environ.clear()
            os.environ.update(kernel_env(self.workdir))
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            self._limit_memory()
            asyncio.set_event_loop_policy(None)
            asyncio.set_event_loop(asyncio.new_event_loop())
            sys.argv = ["ipykernel_launcher", "-f", conn, *KERNEL_ARGS]
            from ipykernel.kernelapp import IPKernelApp

            app = IPKernelApp.instance()
            app.initialize(sys.argv[1:])
            app.start()
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(code)

    def alive(self) -> bool:
        """Whether the kernel process is still running (reaping it if it has ended)."""
        if self.status is not None or not self.pid:
            return False
        if self._popen is not None:
            code = self._popen.poll()
            if code is None:
                return True
            self.status = code
            return False
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            self.status = 0
            return False
        if pid == 0:
            return True
        self.status = os.waitstatus_to_exitcode(status)
        return False

    def exit_reason(self) -> str:
        """How the kernel ended, in words (empty while it runs)."""
        if self.alive() or self.status is None:
            return ""
        if self.status < 0:
            name = signal.Signals(-self.status).name
            return f"the kernel was stopped by {name}"
        return f"the kernel exited with status {self.status}"

    def interrupt(self) -> None:
        """Send an interrupt (KeyboardInterrupt in the running cell)."""
        if self.alive():
            os.kill(self.pid, signal.SIGINT)

    def stop(self) -> None:
        """Kill the kernel's whole process group and close the client."""
        if self.pid and self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGKILL)
            deadline = time.monotonic() + 5
            while self.alive() and time.monotonic() < deadline:
                time.sleep(0.01)
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self._context is not None:
            self._context.destroy(linger=0)
            self._context = None

    def restart(self, timeout: float = 60) -> None:
        """Kill the kernel and start a fresh one in the same folder."""
        self.stop()
        self._popen = None
        self.start(timeout)

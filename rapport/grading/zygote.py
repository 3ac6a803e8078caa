"""The kernel factory a grading worker runs in its sandbox (``python -m rapport.grading.zygote``).

It imports ipykernel and the modules the assignment's locked cells use once, then forks one
kernel per request, so each kernel starts with those imports made (about 0.2 s instead of 2 s)
and is still a process of its own. Each kernel, before any learner code runs:

* joins the submission's control groups (memory and process caps for it and all it starts);
* binds its sockets, then drops to the worker's grading user (no way back: no new privileges);
* gets an address-space cap, no core files, a private working folder as ``HOME`` and ``TMPDIR``,
  a scrubbed environment, and dies if this process dies;
* installs the tamper guard (:mod:`rapport.grading.guard`) when asked.

This process is the kernels' subreaper: whatever a kernel starts, even in a new session, becomes
its child when the kernel dies, so ``stop`` kills every process a submission left. It speaks JSON
lines: requests on stdin, events on stdout (``ready``, ``started``, ``exited``, ``stopped``,
``guard``); a kernel's own stdout and stderr come back as the tail sent with ``exited``.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import selectors
import shutil
import signal
import sys
import time

MB = 1024 * 1024
TAIL_BYTES = 8192
GUARD_LINES = 2000  # a kernel that floods its guard channel is not read any further
KERNEL_ARGS = [
    "--HistoryManager.hist_file=:memory:",
    "--IPKernelApp.capture_fd_output=False",
    "--IPKernelApp.parent_handle=1",  # no "how to connect" banner; this process watches it
]


def warm_up(modules: list[str]) -> list[str]:
    """Import the kernel machinery and ``modules`` now; return those that failed to import.

    The modules a kernel imports while it starts (about a thousand: IPython's completer, the
    debugger, ...) are found by starting one trial kernel in a child, and imported here too, so
    each real kernel starts without importing anything (a quarter of a second less each).
    """
    import importlib

    importlib.import_module("ipykernel.kernelapp")
    importlib.import_module("rapport.grading.guard")
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # a module that fails here fails in the kernel too, with a message
            failed.append(name)
    for name in _kernel_modules():
        if name not in sys.modules:
            with contextlib.suppress(Exception):
                importlib.import_module(name)
    return failed


def _kernel_modules() -> list[str]:
    """Return the modules a kernel has imported once it is ready (found in a throwaway child)."""
    import tempfile

    read, write = os.pipe()
    folder = tempfile.mkdtemp(prefix="trial-kernel-")
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            os.environ.update(HOME=folder, IPYTHONDIR=folder, JUPYTER_CONFIG_DIR=folder)
            from ipykernel.kernelapp import IPKernelApp
            from jupyter_client.connect import write_connection_file

            conn, _ = write_connection_file(f"{folder}/k.json", transport="ipc", ip=f"{folder}/k")
            IPKernelApp.instance().initialize(["-f", conn, *KERNEL_ARGS])
            os.write(write, "\n".join(sys.modules).encode())
        finally:
            os._exit(0)
    os.close(write)
    chunks = []
    while data := os.read(read, 1 << 16):
        chunks.append(data)
    os.close(read)
    os.waitpid(pid, 0)
    shutil.rmtree(folder, ignore_errors=True)
    return b"".join(chunks).decode().split("\n") if chunks else []


def limit_memory(memory_mb: int) -> None:
    """Cap the address space this process may add (on top of what it holds now)."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[0])
    base = pages * resource.getpagesize()
    cap = base + memory_mb * MB + 512 * MB  # 512 MB: the kernel's own threads and heaps
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _drop_privileges(uid: int, gid: int, workdir: str) -> None:
    for root, dirs, files in os.walk(workdir):  # what the kernel made while still root
        for name in dirs + files:
            os.lchown(os.path.join(root, name), uid, gid)
    os.lchown(workdir, uid, gid)
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)


def _kernel(request: dict, out_fd: int, guard_fd: int) -> None:
    """Become the kernel (in the forked child); never returns."""
    from rapport.grading.sandbox import PR_SET_NO_NEW_PRIVS, die_with_parent, prctl

    code = 1
    try:
        os.setsid()
        die_with_parent(request["zygote"])
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        keep = 3
        if guard_fd >= 0:
            keep = request.get("guard_fd", 3)
            os.dup2(guard_fd, keep)
            os.set_inheritable(keep, False)
        os.closerange(3, keep)
        os.closerange(keep + 1, 65536)
        for procs in request.get("procs", []):
            with open(procs, "w") as handle:
                handle.write(str(os.getpid()))
        workdir = request["workdir"]
        os.makedirs(workdir, mode=0o700, exist_ok=True)
        # IPython and Jupyter read their configuration (and IPython its startup files) while the
        # kernel is still root, so it lives where the learner's code cannot write.
        config = f"{workdir}-config"
        os.makedirs(config, mode=0o755, exist_ok=True)
        os.chmod(config, 0o755)
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.update(
            IPYTHONDIR=f"{config}/ipython",
            JUPYTER_CONFIG_DIR=f"{config}/jupyter",
            JUPYTER_DATA_DIR=f"{config}/data",
            JUPYTER_RUNTIME_DIR=f"{config}/runtime",
        )
        os.chdir("/")
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if request.get("max_processes"):
            count = request["max_processes"]
            resource.setrlimit(resource.RLIMIT_NPROC, (count, count))
        limit_memory(request["memory_mb"])
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        import asyncio

        asyncio.set_event_loop_policy(None)
        asyncio.set_event_loop(asyncio.new_event_loop())
        sys.argv = ["ipykernel_launcher", "-f", request["connection_file"], *KERNEL_ARGS]
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        app.initialize(sys.argv[1:])
        if request.get("output_cap"):
            _cap_output(app, request["output_cap"])
        if request.get("uid") is not None:
            _drop_privileges(request["uid"], request["gid"], workdir)
        prctl(PR_SET_NO_NEW_PRIVS, 1)
        die_with_parent(request["zygote"])  # a change of user clears the parent-death signal
        os.chdir(workdir)
        if guard_fd >= 0:
            from rapport.grading import guard

            guard.install(keep, bytes.fromhex(request["guard_key"]), request["trusted"])
        app.start()
        code = 0
    except BaseException:
        import traceback

        traceback.print_exc()
        with contextlib.suppress(Exception):
            sys.stderr.flush()
    finally:
        os._exit(code)


def _cap_output(app, cap: int) -> None:
    """Stop sending a cell's printed text past ``cap`` characters (the grader keeps no more).

    A cell printing 100 MB would otherwise spend most of its time limit moving text that is
    thrown away; past the cap, one note says the rest was cut.
    """
    sent = {"count": 0}

    def reset(*_: object) -> None:
        sent["count"] = 0

    def capped(write):
        def write_capped(text):
            before = sent["count"]
            sent["count"] += len(text)
            if sent["count"] <= cap:
                return write(text)
            if before <= cap:
                write(text[: max(0, cap - before)])
                write("\n[output cut by the grader: the rest of this cell's output was not kept]\n")
            return len(text)

        return write_capped

    for stream in (sys.stdout, sys.stderr):
        stream.write = capped(stream.write)  # type: ignore[method-assign]  # capped on purpose
    app.shell.events.register("pre_execute", reset)


class Zygote:
    """The request loop (one kernel at a time)."""

    def __init__(self) -> None:
        self.selector = selectors.DefaultSelector()
        self.kernel = 0
        self.tail = bytearray()
        self.status: int | None = None
        self.guard_lines = 0
        self.buffers: dict[int, bytearray] = {}
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_w, False)
        signal.set_wakeup_fd(wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        self.selector.register(wake_r, selectors.EVENT_READ, "wake")
        self.selector.register(sys.stdin.fileno(), selectors.EVENT_READ, "requests")

    def send(self, **event: object) -> None:
        """Write one event line to the worker."""
        sys.stdout.write(json.dumps(event) + "\n")
        sys.stdout.flush()

    # -- kernels ----------------------------------------------------------------------------
    def start(self, request: dict) -> None:
        """Fork a kernel for ``request`` (after stopping the one before)."""
        self.stop()
        out_r, out_w = os.pipe()
        guard_r, guard_w = os.pipe() if request.get("guard_key") else (-1, -1)
        request["zygote"] = os.getpid()
        pid = os.fork()
        if pid == 0:
            _kernel(request, out_w, guard_w)
        os.close(out_w)
        self.kernel, self.status, self.tail, self.guard_lines = pid, None, bytearray(), 0
        self._watch(out_r, "output")
        if guard_r >= 0:
            os.close(guard_w)
            self._watch(guard_r, "guard")
        self.send(event="started", pid=pid)

    def _watch(self, fd: int, kind: str) -> None:
        os.set_blocking(fd, False)
        self.buffers[fd] = bytearray()
        self.selector.register(fd, selectors.EVENT_READ, kind)

    def _read(self, fd: int, kind: str) -> None:
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            return
        if not data:
            self.selector.unregister(fd)
            os.close(fd)
            self.buffers.pop(fd, None)
            return
        if kind == "output":
            self.tail += data
            del self.tail[:-TAIL_BYTES]
            return
        buffer = self.buffers[fd]
        buffer += data
        *lines, rest = bytes(buffer).split(b"\n")
        buffer[:] = rest[-65536:]
        for line in lines:
            if self.guard_lines < GUARD_LINES:
                self.guard_lines += 1
                self.send(event="guard", line=line[:4096].decode("utf-8", "replace"))

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid == self.kernel:
                self.status = os.waitstatus_to_exitcode(status)
                self._drain()
                self.send(event="exited", pid=pid, status=self.status, tail=self.text_tail())

    def _drain(self) -> None:
        for key in list(self.selector.get_map().values()):
            if key.data in {"output", "guard"}:
                for _ in range(64):
                    if key.fd not in self.buffers:
                        break
                    before = len(self.tail), self.guard_lines
                    self._read(key.fd, key.data)
                    if (len(self.tail), self.guard_lines) == before:
                        break

    def text_tail(self) -> str:
        """Return the end of the kernel's own output."""
        return bytes(self.tail).decode("utf-8", "replace")

    def children(self) -> list[int]:
        """Return the pids of this process's children (kernels, and what they left)."""
        me, found = os.getpid(), []
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            fields = stat.rsplit(b")", 1)[-1].split()
            if len(fields) > 1 and int(fields[1]) == me:
                found.append(int(entry.name))
        return found

    def stop(self) -> int:
        """Kill the kernel and every process it left behind; return how many were killed."""
        killed: set[int] = set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            self._reap()
            alive = self.children()
            if not alive:
                break
            for pid in alive:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            killed.update(alive)
            time.sleep(0.002)
        self._reap()
        self._drain()
        for key in list(self.selector.get_map().values()):
            if key.data in {"output", "guard"}:
                self.selector.unregister(key.fd)
                os.close(key.fd)
                self.buffers.pop(key.fd, None)
        self.kernel = 0
        return len(killed)

    # -- the loop ---------------------------------------------------------------------------
    def handle(self, request: dict) -> bool:
        """Carry out one request; False when told to exit."""
        op = request.get("op")
        if op == "start":
            self.start(request)
        elif op == "signal":
            if self.kernel and self.status is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.kernel, int(request["signal"]))
        elif op == "stop":
            killed = self.stop()
            if request.get("workdir"):
                shutil.rmtree(request["workdir"], ignore_errors=True)
                shutil.rmtree(request["workdir"] + "-config", ignore_errors=True)
            self.send(event="stopped", killed=killed)
        elif op == "exit":
            self.stop()
            return False
        return True

    def run(self, pending: bytes = b"") -> None:
        """Serve requests and watch the kernel until stdin closes or ``exit`` comes."""
        while True:
            for key, _ in self.selector.select(timeout=1.0):
                if key.data == "wake":
                    with contextlib.suppress(BlockingIOError):
                        os.read(key.fd, 4096)
                    self._reap()
                elif key.data == "requests":
                    data = os.read(key.fd, 65536)
                    if not data:
                        self.stop()
                        return
                    pending += data
                    *lines, pending = pending.split(b"\n")
                    for line in lines:
                        if line.strip() and not self.handle(json.loads(line)):
                            return
                else:
                    self._read(key.fd, key.data)
            self._reap()


def main() -> None:
    """Serve kernel requests from the grading worker until told to exit."""
    from rapport.grading.sandbox import PR_SET_CHILD_SUBREAPER, prctl

    prctl(PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Never import from the current folder: kernels start in folders learners write to.
    sys.path[:] = [p for p in sys.path if p and os.path.isabs(p) and p != os.getcwd()]
    pending = b""
    while b"\n" not in pending:
        data = os.read(0, 65536)
        if not data:
            return
        pending += data
    line, pending = pending.split(b"\n", 1)
    setup = json.loads(line)
    os.environ.update(setup.get("env", {}))
    failed = warm_up(setup["modules"]) if setup.get("warm", True) else []
    zygote = Zygote()
    zygote.send(event="ready", failed=failed, pid=os.getpid())
    zygote.run(pending)
    # Every kernel is stopped and nothing here needs finalising: skip tearing down the thousand
    # modules warm_up imported (a tenth of a second the worker would wait for at each close).
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()

"""The local pool of grading workers: a crash costs only the submission that caused it.

Each worker is a process that grades one submission at a time, so when a worker dies the pool
knows which submission it was grading: that submission is tried once more on a fresh worker,
and recorded as rejected if it crashes a worker again; every other submission goes on. A worker
dies with the grader (``PR_SET_PDEATHSIG``), and ignores Ctrl-C, which is the grader's to handle.
Submissions marked *solo* (suspected of having stopped an earlier run) are graded alone, so a
crash during one of them cannot be blamed on another.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from rapport.grading.errors import GradingSetupError
from rapport.grading.grade import GradeResult, GradeTask

log = logging.getLogger("rapport.grading")
# A Ctrl-C that lands while SQLAlchemy closes a connection is caught there and logged with its
# traceback; the stop still happens (STOP below). Without a handler of its own, that record
# would reach the terminal through logging's last resort: SQLAlchemy's records show with
# --verbose (which configures logging) and nowhere else.
logging.getLogger("sqlalchemy").addHandler(logging.NullHandler())
ATTEMPTS = 2  # a submission that crashes its worker this many times is rejected
START_FAILURES = 3  # workers that die before they are ready, with none ever ready: a setup error
STOP = threading.Event()  # set by Ctrl-C while a run is on: the pool stops at its next look


@contextlib.contextmanager
def ctrl_c_latch() -> Iterator[None]:
    """Make Ctrl-C stop a run even if its KeyboardInterrupt is lost.

    Python raises KeyboardInterrupt wherever the main thread happens to be; inside a garbage
    collector callback it is printed as "Exception ignored" and dropped. The handler set here
    also sets :data:`STOP`, which the pool checks every second, so the stop always happens.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    STOP.clear()

    def stop(_signum: int, _frame: object) -> None:
        STOP.set()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker(conn: Connection, parent: int, settings: dict) -> None:
    """Run a worker: start a warm sandbox, then grade what the pool sends until told to stop."""
    from rapport.grading.grade import grade_submission
    from rapport.grading.kernel import close_sandboxes, shared_sandbox
    from rapport.grading.sandbox import die_with_parent

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(
        level=settings["log_level"],
        format=f"%(asctime)s rapport.grading[worker {os.getpid()}] %(levelname)s %(message)s",
    )
    try:
        box = shared_sandbox(settings["modules"], settings["isolation"], settings["memory_mb"])
        conn.send(("ready", box.caps.describe(), box.caps.missing))
    except Exception as exc:  # the machine cannot give what was asked (e.g. strict isolation)
        conn.send(("failed", str(exc)))
        return
    try:
        while True:
            try:
                task = conn.recv()
            except EOFError:
                break
            if task is None:
                break
            try:
                conn.send(("result", grade_submission(task)))
            except Exception:  # a bug in the grader: say so, and let the pool decide
                conn.send(("error", traceback.format_exc(limit=8)))
    finally:
        close_sandboxes()
    # The sandbox is closed and the pool waits on this exit: skip the interpreter's teardown.
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    task: GradeTask | None = None
    since: float = field(default_factory=time.monotonic)


class WorkerPool:
    """Grading worker processes on this machine.

    Parameters
    ----------
    workers
        How many processes.
    modules, isolation, memory_mb
        What each worker's sandbox preloads, how it isolates kernels, and the memory limit.
    """

    def __init__(
        self, workers: int, modules: tuple[str, ...], isolation: str, memory_mb: int
    ) -> None:
        self.size = max(1, workers)
        self.settings = {
            "modules": modules,
            "isolation": isolation,
            "memory_mb": memory_mb,
            "log_level": logging.getLogger("rapport.grading").getEffectiveLevel(),
        }
        self.context = multiprocessing.get_context("spawn")
        self.slots: list[_Slot] = []
        self.isolation = ""
        self.missing: list[str] = []
        self.ever_ready = False
        self.start_failures = 0
        self._next: Callable[[], None] = lambda: None  # hands queued work to idle workers

    def _spawn(self) -> None:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(
            target=_worker, args=(theirs, os.getpid(), self.settings), daemon=True
        )
        process.start()
        theirs.close()
        self.slots.append(_Slot(process, ours))

    def start(self, count: int) -> None:
        """Start up to ``count`` workers now (they warm up while the run gets ready)."""
        while len(self.slots) < min(self.size, count):
            self._spawn()

    def _retire(self, slot: _Slot) -> None:
        self.slots.remove(slot)
        with contextlib.suppress(OSError):
            slot.conn.close()
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)

    def close(self) -> None:
        """Stop every worker (they close their sandboxes) and wait for them.

        A worker still starting is killed: its sandbox dies with it (bubblewrap or the parent-death
        signal), and the control groups it made are swept here.
        """
        for slot in self.slots:
            if slot.ready:
                with contextlib.suppress(OSError, BrokenPipeError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 10
        for slot in list(self.slots):
            if slot.ready:
                slot.process.join(timeout=max(0.1, deadline - time.monotonic()))
            self._retire(slot)
        from rapport.grading.cgroups import sweep_stale

        sweep_stale()  # the groups of workers a submission killed: nothing is left after a run

    def grade(
        self,
        tasks: list[GradeTask],
        solo: frozenset[str] = frozenset(),
        on_dispatch: Callable[[GradeTask], None] | None = None,
        crashed: Callable[[GradeTask, str], GradeResult] | None = None,
    ) -> Iterator[GradeResult]:
        """Grade ``tasks``; yield each result as it comes.

        Parameters
        ----------
        tasks
            The submissions; those whose learner is in ``solo`` first, each graded alone.
        on_dispatch
            Called just before a task goes to a worker.
        crashed
            Makes the result of a task that crashed its worker ``ATTEMPTS`` times.
        """
        queue = deque(sorted(tasks, key=lambda t: t.learner not in solo))
        attempts: dict[str, int] = {}
        self._next = lambda: self._dispatch(queue, solo, on_dispatch)
        try:
            while queue or any(s.task for s in self.slots):
                if STOP.is_set():
                    raise KeyboardInterrupt
                self._top_up(len(queue))
                self._next()
                yield from self._wait(queue, attempts, crashed)
        finally:
            self.close()

    def _top_up(self, queued: int) -> None:
        busy = sum(1 for s in self.slots if s.task)
        while len(self.slots) < min(self.size, busy + queued):
            self._spawn()

    def _dispatch(self, queue: deque, solo: frozenset[str], on_dispatch) -> None:
        for slot in self.slots:
            if not queue:
                return
            if not slot.ready or slot.task is not None:
                continue
            running = [s.task for s in self.slots if s.task]
            if any(t.learner in solo for t in running):
                return  # a suspect runs alone
            if queue[0].learner in solo and running:
                return  # wait until the others are done
            task = queue.popleft()
            if on_dispatch is not None:
                on_dispatch(task)
            slot.task, slot.since = task, time.monotonic()
            slot.conn.send(task)

    def _wait(self, queue: deque, attempts: dict, crashed) -> Iterator[GradeResult]:
        # a worker's pipe or its process sentinel: whichever is ready names the worker
        waitables: dict[Any, _Slot] = {s.conn: s for s in self.slots}
        waitables |= {s.process.sentinel: s for s in self.slots}
        for ready in wait(list(waitables), timeout=1.0):
            slot = waitables[ready]
            if slot not in self.slots:
                continue
            message = None
            if ready is slot.conn:
                try:
                    message = slot.conn.recv()
                except (EOFError, OSError):
                    message = None
            if message is None:
                yield from self._lost(slot, queue, attempts, crashed)
                continue
            kind = message[0]
            if kind == "ready":
                slot.ready, self.ever_ready = True, True
                self.isolation, self.missing = message[1], message[2]
            elif kind == "failed":
                raise GradingSetupError(message[1])
            elif kind == "result":
                slot.task = None
                self._next()  # the worker starts its next submission while this one is recorded
                yield message[1]
            elif kind == "error":
                task = slot.task
                assert task is not None, "a worker reports an error only while grading a task"
                log.error("the grader failed on %s:\n%s", task.learner, message[1])
                yield from self._charge(task, queue, attempts, crashed, "a grader error")
                slot.task = None

    def _lost(self, slot: _Slot, queue, attempts, crashed) -> Iterator[GradeResult]:
        """Charge a dead worker's submission (if it was grading one); it is replaced later."""
        slot.process.join(timeout=5)
        code = slot.process.exitcode
        how = f"stopped by {signal.Signals(-code).name}" if code and code < 0 else f"exit {code}"
        task = slot.task
        self._retire(slot)
        if not slot.ready:
            self.start_failures += 1
            if not self.ever_ready and self.start_failures >= START_FAILURES:
                raise GradingSetupError(
                    "the grading worker processes could not start. If you call grade_run "
                    "from a script, put the call under `if __name__ == '__main__':`."
                )
        if task is not None:
            log.warning("a worker died (%s) while grading %s", how, task.learner)
            yield from self._charge(task, queue, attempts, crashed, f"the worker was {how}")

    def _charge(self, task: GradeTask, queue, attempts, crashed, why: str):
        attempts[task.learner] = attempts.get(task.learner, 0) + 1
        if attempts[task.learner] < ATTEMPTS:
            queue.appendleft(task)
            return
        if crashed is not None:
            yield crashed(task, why)

"""Run a rebuilt submission cell by cell, so that one bad cell costs only itself.

Each code cell has a time limit: at the limit the kernel is interrupted, and if it does not come
back it is killed. A dead kernel (a crash, ``os._exit``, ``exit()``, a segfault, the memory cap)
is restarted, the cells that had run before are replayed (tests excepted), and grading goes on
with the next cell; a kernel that dies while starting is started again. A cell that ends in
``MemoryError`` is treated the same way: its traceback keeps what it allocated alive, so the
kernel is restarted rather than left at its limit for the cells after it. A total time budget
stops the run; every test cell that did not run gets an error output, so that nbgrader's scoring
rule gives it no points.

A cell's result follows the kernel's execute reply as well as its outputs: an error that a
submission hid from the output still fails the cell. With the tamper guard on
(:mod:`rapport.grading.guard`), each test cell runs between two probes, and a check that the
submission could have tampered with is not scored but flagged for review (:class:`Integrity`).
"""

from __future__ import annotations

import ast
import logging
import queue
import time
from dataclasses import dataclass, field

from nbformat import NotebookNode
from nbformat.v4 import new_output, output_from_msg

from rapport.grading.integrity import Integrity
from rapport.grading.kernel import Kernel
from rapport.grading.template import nbgrader_meta

log = logging.getLogger("rapport.grading")
POLL = 0.2  # seconds between checks that the kernel is still alive
GRACE = 3.0  # seconds an interrupted cell has to stop before the kernel is killed
START_ATTEMPTS = 3  # a kernel that dies while starting is started again, this many times in all
REPORT_WAIT = 5.0  # seconds the guard's report of a probe may take to arrive
TAIL_CHARS = 2000  # of a dead kernel's own output, kept for the instructor
#: Lines every kernel prints at start; not worth keeping in a diagnostic.
BANNER = ("To connect another client", "    --existing ")
NOT_TRUSTED = "NotScored"


@dataclass
class Limits:
    """Limits for one submission (seconds, megabytes, bytes)."""

    cell_timeout: float = 60.0
    total_timeout: float = 600.0
    memory_mb: int = 2048
    cell_output_bytes: int = 1_000_000
    start_timeout: float = 60.0


@dataclass
class CellRun:
    """What happened to one code cell."""

    index: int
    status: str  # ok | error | timeout | died | skipped
    seconds: float = 0.0
    note: str = ""


@dataclass
class Execution:
    """The outcome of running a notebook.

    ``review`` holds one sentence per reason to look at the submission by hand (a check not
    scored because the submission could have changed it, or machinery the guard put back);
    ``diagnostics`` the last output of kernels that died, for the instructor only.
    """

    runs: list[CellRun] = field(default_factory=list)
    restarts: int = 0
    seconds: float = 0.0
    faults: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    diagnostics: list[str] = field(default_factory=list)
    stray_processes: int = 0
    peak_memory_mb: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)


def error_output(ename: str, evalue: str) -> NotebookNode:
    """Return an error output as nbgrader's scoring sees it (no points for the cell)."""
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class _Collector:
    """Outputs of one cell, capped in size (error texts too)."""

    def __init__(self, cap: int) -> None:
        self.outputs: list[NotebookNode] = []
        self.size = 0
        self.dropped = 0
        self.cap = cap

    def add(self, msg: dict) -> None:
        kind = msg["header"]["msg_type"]
        if kind == "clear_output":
            self.outputs, self.size = [], 0
            return
        if kind not in {"stream", "display_data", "execute_result", "error"}:
            return
        content = msg["content"]
        if kind != "error" and self.size > self.cap:  # already over: count, do not build
            self.dropped += len(str(content.get("text", ""))) + len(str(content.get("data", "")))
            return
        out = output_from_msg(msg)
        if kind == "error":
            out.evalue = str(out.get("evalue", ""))[:2000]
            out.traceback = [line[:2000] for line in out.get("traceback", [])[-40:]]
            size = len(out.evalue) + sum(len(line) for line in out.traceback)
            self.size += size
            self.outputs.append(out)
            return
        size = len(str(out.get("text", ""))) + len(str(out.get("data", "")))
        if self.size + size > self.cap:
            self.dropped += size
            return
        self.size += size
        if kind == "stream" and self.outputs and self.outputs[-1].get("name") == out.name:
            self.outputs[-1].text += out.text
        else:
            self.outputs.append(out)

    def finish(self) -> list[NotebookNode]:
        if self.dropped:
            note = f"[output cut by the grader: {self.dropped:,} more characters not kept]\n"
            self.outputs.append(new_output("stream", name="stdout", text=note))
        return self.outputs


@dataclass
class _Outcome:
    status: str  # ok | error | timeout | died
    outputs: list
    note: str = ""
    reply: dict = field(default_factory=dict)


def _reply(kernel: Kernel, msg_id: str, deadline: float) -> dict:
    """Return the execute reply to ``msg_id`` (empty if the kernel dies or time runs out)."""
    while time.monotonic() < deadline and kernel.client is not None:
        try:
            msg = kernel.client.get_shell_msg(timeout=POLL)
        except queue.Empty:
            if not kernel.alive():
                return {}
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]
    return {}


def run_code(
    kernel: Kernel, code: str, limits: Limits, deadline: float, store_history: bool = True
) -> _Outcome:
    """Execute ``code`` with the cell limits; never raises for what the code does."""
    client = kernel.client
    if client is None or not kernel.alive():  # stopped by an earlier probe or cell
        return _Outcome("died", [], kernel.exit_reason() or "the kernel had stopped")
    msg_id = client.execute(
        code, store_history=store_history, allow_stdin=False, stop_on_error=False
    )
    collector = _Collector(limits.cell_output_bytes)
    cell_deadline = min(time.monotonic() + limits.cell_timeout, deadline)
    interrupted_at = None
    while True:
        try:
            msg = client.get_iopub_msg(timeout=POLL)
        except queue.Empty:
            if not kernel.alive():
                return _Outcome("died", collector.finish(), kernel.exit_reason())
            now = time.monotonic()
            if interrupted_at is None and now > cell_deadline:
                kernel.interrupt()
                interrupted_at = now
            elif interrupted_at is not None and now > interrupted_at + GRACE:
                kernel.stop()
                return _Outcome("timeout", collector.finish(), "it did not stop when interrupted")
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["header"]["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        collector.add(msg)
    outputs = collector.finish()
    reply = _reply(kernel, msg_id, time.monotonic() + max(GRACE, limits.cell_timeout))
    if interrupted_at is not None:
        return _Outcome("timeout", outputs, "interrupted at the time limit", reply)
    errors = [o for o in outputs if o.output_type == "error"]
    if reply.get("status") == "error" and not errors:
        # The kernel says the cell failed but no error reached the output: scores follow the
        # reply, as nbgrader's would if the error had been shown.
        ename, evalue = reply.get("ename", "Error"), str(reply.get("evalue", ""))[:2000]
        outputs.append(error_output(ename, evalue))
        return _Outcome("error", outputs, "hidden error", reply)
    if not reply and kernel.alive():
        return _Outcome("error", outputs, "no execute reply", reply)
    return _Outcome("error" if errors else "ok", outputs, "", reply)


def _ran_out_of_memory(outcome: _Outcome) -> bool:
    """Whether the cell stopped on a ``MemoryError`` (shown, or only in the execute reply)."""
    shown = any(o.get("ename") == "MemoryError" for o in outcome.outputs)
    return outcome.status == "error" and (shown or outcome.reply.get("ename") == "MemoryError")


def asked_to_exit(reply: dict) -> bool:
    """Whether the cell called ``exit()`` or ``quit()`` (the kernel stops after replying)."""
    return any(p.get("source") == "ask_exit" for p in reply.get("payload", []) or [])


def bound_names(source: str) -> list[str]:
    """Names a course cell binds at top level (imports, assignments, definitions)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names += [(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names += [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
    return list(dict.fromkeys(names))


def _tail(text: str) -> str:
    lines = [line for line in text.splitlines() if not line.startswith(BANNER) and line.strip()]
    return "\n".join(lines)[-TAIL_CHARS:]


class _Run:
    """The state of one notebook's run: the kernel, the replay list, the guard's verdicts."""

    def __init__(self, nb: NotebookNode, kernel: Kernel, limits: Limits) -> None:
        self.nb, self.kernel, self.limits = nb, kernel, limits
        self.execution = Execution()
        self.began = time.monotonic()
        self.deadline = self.began + limits.total_timeout
        self.replay: list[tuple[int, NotebookNode]] = []  # cells to run again after a restart
        self.count = 0
        self.integrity = Integrity(kernel, self)
        kernel.output_cap = limits.cell_output_bytes
        self.phases = self.execution.phases

    def timed(self, phase: str, began: float) -> None:
        self.phases[phase] = self.phases.get(phase, 0.0) + time.monotonic() - began

    def start(self) -> bool:
        """Start (or restart) the kernel, retrying a start that fails; False if it never does."""
        began = time.monotonic()
        try:
            for attempt in range(1, START_ATTEMPTS + 1):
                first = self.kernel.starts == 0
                try:
                    self.kernel.restart(self.limits.start_timeout)
                    self.execution.restarts += 0 if first else 1
                    self.integrity.started()
                    return True
                except RuntimeError as exc:
                    self.execution.restarts += 0 if first else 1
                    tail = _tail(self.kernel.tails[-1]) if self.kernel.tails else ""
                    if tail:
                        self.execution.diagnostics.append(f"{exc}:\n{tail}")
                    log.warning("kernel start %d of %d failed: %s", attempt, START_ATTEMPTS, exc)
                    if attempt == START_ATTEMPTS:
                        self.execution.faults.append(f"{exc} ({START_ATTEMPTS} tries)")
            return False
        finally:
            self.timed("kernel start", began)

    def run_cell(self, index: int, cell: NotebookNode) -> _Outcome:
        """Run one code cell (between probes if it is a test); returns what happened."""
        meta = nbgrader_meta(cell)
        is_test = bool(meta.get("grade"))
        label = meta.get("grade_id") or f"cell {index}"
        if is_test:
            self.integrity.before_test(label)
        began = time.monotonic()
        outcome = run_code(
            self.kernel, cell.source, self.limits, self.deadline, store_history=not is_test
        )
        self.timed("execution", began)
        if outcome.status == "ok" and asked_to_exit(outcome.reply):
            self.kernel.stop()
            outcome.status, outcome.note = "exited", "the code called exit() or quit()"
        if is_test:
            self.integrity.after_test(label, outcome)
        elif outcome.status in {"ok", "error"} and meta.get("locked") and not meta.get("solution"):
            self.integrity.snapshot(bound_names(cell.source))
        return outcome

    def restart_and_replay(self) -> bool:
        """Restart a dead kernel and run again the cells that had run; False if that fails."""
        if not self.start():
            return False
        for index, cell in list(self.replay):
            outcome = self.run_cell(index, cell)
            if outcome.status in {"died", "timeout", "exited"}:
                return False
        return True

    def go(self) -> Execution:
        execution = self.execution
        try:
            ready = self.start()
            for index, cell in enumerate(self.nb.cells):
                if cell.cell_type != "code":
                    continue
                label = nbgrader_meta(cell).get("grade_id") or f"cell {index}"
                if not ready or time.monotonic() > self.deadline:
                    reason = "the submission's time budget ran out" if ready else "no kernel"
                    cell.outputs = [error_output("NotRun", f"not run: {reason}")]
                    execution.runs.append(CellRun(index, "skipped", note=reason))
                    continue
                if not self.kernel.alive():
                    ready = self.restart_and_replay()
                    if not ready:
                        cell.outputs = [
                            error_output("NotRun", "not run: the kernel did not restart")
                        ]
                        execution.runs.append(CellRun(index, "skipped", note="no kernel"))
                        continue
                started = time.monotonic()
                outcome = self.run_cell(index, cell)
                self.count += 1
                cell.execution_count = self.count
                self._account(index, cell, label, outcome)
                cell.outputs = outcome.outputs
                seconds = time.monotonic() - started
                execution.runs.append(CellRun(index, outcome.status, seconds, outcome.note))
            self.integrity.finish()
        finally:
            began = time.monotonic()
            self.kernel.close()
            execution.stray_processes = self.kernel.killed
            execution.peak_memory_mb = self.kernel.peak_mb
            self.timed("kernel stop", began)
            execution.seconds = time.monotonic() - self.began
        return execution

    def _account(self, index: int, cell: NotebookNode, label: str, outcome: _Outcome) -> None:
        execution, limits = self.execution, self.limits
        is_test = bool(nbgrader_meta(cell).get("grade"))
        if outcome.status in ("timeout", "died"):
            if outcome.status == "timeout":
                ename, fault = "CellTimeoutError", f"{label} timed out ({outcome.note})"
                message = (
                    f"this cell ran past the {limits.cell_timeout:g} s limit and was stopped; "
                    "look for a loop that never ends or a long wait"
                )
            else:
                ename, fault = "KernelDied", f"{label}: {outcome.note}"
                message = (
                    f"{outcome.note} while running this cell (os._exit, a crash in compiled "
                    "code, or memory use past the limit); the grader restarted it and went on"
                )
            outcome.outputs.append(error_output(ename, message))
            execution.faults.append(fault)
            tail = _tail(self.kernel.tails[-1]) if self.kernel.tails else ""
            if outcome.status == "died" and tail:
                execution.diagnostics.append(f"{label}: {outcome.note}; its last output:\n{tail}")
        elif _ran_out_of_memory(outcome):
            # The kernel still holds the traceback's frames, and with them what the cell
            # allocated: later cells would fail at random, so the next one gets a fresh kernel.
            self.kernel.stop()
            execution.faults.append(
                f"{label} ran out of memory (MemoryError at the {limits.memory_mb} MB limit): "
                "the grader restarted the kernel and went on"
            )
        elif outcome.status == "exited":
            execution.faults.append(
                f"{label} called exit() or quit(): the grader restarted the kernel, so what the "
                "cell defined is lost"
            )
        elif outcome.note == "hidden error" and is_test:
            execution.review.append(
                f"{label}: its error was hidden from the output; the kernel's own status was used"
            )
        elif not is_test:
            self.replay.append((index, cell))


def run_notebook(nb: NotebookNode, kernel: Kernel, limits: Limits) -> Execution:
    """Run every code cell of ``nb`` in ``kernel``, filling in outputs; never raises for a cell.

    Parameters
    ----------
    nb
        The rebuilt, parameterised notebook; outputs are written into it.
    kernel
        A kernel that has not been started yet; it is closed at the end.
    limits
        Time, memory and output limits.
    """
    return _Run(nb, kernel, limits).go()

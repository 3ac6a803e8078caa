"""Run a rebuilt submission cell by cell, so that one bad cell costs only itself.

Each code cell has a time limit: at the limit the kernel is interrupted, and if it does not come
back it is killed. A dead kernel (a crash, ``os._exit``, a segfault, the memory cap) is restarted,
the cells that had run before are replayed (tests excepted), and grading goes on with the next
cell. A total time budget stops the run; every test cell that did not run gets an error output,
so that nbgrader's scoring rule gives it no points.
"""

from __future__ import annotations

import queue
import time
from dataclasses import dataclass, field

from nbformat import NotebookNode
from nbformat.v4 import new_output, output_from_msg

from rapport.grading.kernel import Kernel
from rapport.grading.template import nbgrader_meta

POLL = 0.2  # seconds between checks that the kernel is still alive
GRACE = 3.0  # seconds an interrupted cell has to stop before the kernel is killed


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
    """The outcome of running a notebook."""

    runs: list[CellRun] = field(default_factory=list)
    restarts: int = 0
    seconds: float = 0.0
    faults: list[str] = field(default_factory=list)


def error_output(ename: str, evalue: str) -> NotebookNode:
    """Return an error output as nbgrader's scoring sees it (no points for the cell)."""
    return new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


class _Collector:
    """Outputs of one cell, capped in size."""

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
        out = output_from_msg(msg)
        size = len(str(out.get("text", ""))) + len(str(out.get("data", "")))
        if kind != "error" and self.size + size > self.cap:
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


def _run_code(kernel: Kernel, code: str, limits: Limits, deadline: float) -> tuple[str, list, str]:
    """Execute ``code``; return (status, outputs, note)."""
    client = kernel.client
    msg_id = client.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
    collector = _Collector(limits.cell_output_bytes)
    cell_deadline = min(time.monotonic() + limits.cell_timeout, deadline)
    interrupted_at = None
    while True:
        try:
            msg = client.get_iopub_msg(timeout=POLL)
        except queue.Empty:
            if not kernel.alive():
                return "died", collector.finish(), kernel.exit_reason()
            now = time.monotonic()
            if interrupted_at is None and now > cell_deadline:
                kernel.interrupt()
                interrupted_at = now
            elif interrupted_at is not None and now > interrupted_at + GRACE:
                kernel.stop()
                return "timeout", collector.finish(), "it did not stop when interrupted"
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["header"]["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        collector.add(msg)
    outputs = collector.finish()
    if interrupted_at is not None:
        return "timeout", outputs, "interrupted at the time limit"
    errors = [o for o in outputs if o.output_type == "error"]
    return ("error" if errors else "ok"), outputs, ""


def _start(kernel: Kernel, limits: Limits, execution: Execution) -> bool:
    first = kernel.starts == 0
    try:
        kernel.restart(limits.start_timeout)
        return True
    except RuntimeError as exc:
        execution.faults.append(str(exc))
        return False
    finally:
        execution.restarts += 0 if first else 1


def run_notebook(nb: NotebookNode, kernel: Kernel, limits: Limits) -> Execution:
    """Run every code cell of ``nb`` in ``kernel``, filling in outputs; never raises for a cell.

    Parameters
    ----------
    nb
        The rebuilt, parameterised notebook; outputs are written into it.
    kernel
        A kernel that has not been started yet; it is stopped at the end.
    limits
        Time, memory and output limits.
    """
    execution = Execution()
    began = time.monotonic()
    deadline = began + limits.total_timeout
    replay: list[str] = []  # code of cells that ran, to run again after a restart
    count = 0
    try:
        ready = _start(kernel, limits, execution)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            is_test = bool(nbgrader_meta(cell).get("grade"))
            label = nbgrader_meta(cell).get("grade_id") or f"cell {index}"
            if not ready or time.monotonic() > deadline:
                reason = "the submission's time budget ran out" if ready else "no kernel"
                cell.outputs = [error_output("NotRun", f"not run: {reason}")]
                execution.runs.append(CellRun(index, "skipped", note=reason))
                continue
            if not kernel.alive():
                ready = _start(kernel, limits, execution) and _replay(
                    kernel, replay, limits, deadline
                )
                if not ready:
                    cell.outputs = [error_output("NotRun", "not run: the kernel did not restart")]
                    execution.runs.append(CellRun(index, "skipped", note="no kernel"))
                    continue
            started = time.monotonic()
            status, outputs, note = _run_code(kernel, cell.source, limits, deadline)
            count += 1
            cell.execution_count = count
            if status == "timeout":
                message = (
                    f"this cell ran past the {limits.cell_timeout:g} s limit and was stopped; "
                    "look for a loop that never ends or a long wait"
                )
                outputs.append(error_output("CellTimeoutError", message))
                execution.faults.append(f"{label} timed out ({note})")
            elif status == "died":
                message = (
                    f"{note} while running this cell (os._exit, a crash in compiled code, "
                    "or memory use past the limit); the grader restarted it and went on"
                )
                outputs.append(error_output("KernelDied", message))
                execution.faults.append(f"{label}: {note}")
            elif not is_test:
                replay.append(cell.source)
            cell.outputs = outputs
            execution.runs.append(CellRun(index, status, time.monotonic() - started, note))
    finally:
        kernel.stop()
        execution.seconds = time.monotonic() - began
    return execution


def _replay(kernel: Kernel, replay: list[str], limits: Limits, deadline: float) -> bool:
    """Run the cells that had run before a restart again; False if the kernel dies doing it."""
    for code in replay:
        status, _, _ = _run_code(kernel, code, limits, deadline)
        if status in {"died", "timeout"}:
            return False
    return True

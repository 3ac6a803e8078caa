"""The grader's side of the tamper guard: probes around each test, and what the reports cost.

Rules, applied per test cell:

* Before a test, a probe has the guard put back whatever the submission changed in the
  machinery (the shell, the kernel, ``sys`` hooks, builtins, :mod:`rapport.checks`) and rebind the
  names the course's cells defined; the test then runs as the course wrote it. What was put back
  is listed for review, and costs nothing by itself.
* A test is **not scored** (it gets an error output, so 0 points, and the submission is flagged
  for review) when its probe does not answer (the cell was rewritten on its way in), when the
  machinery changed while it ran, or when, at any point before or during it, the submission's
  own code reached into the interpreter (an alarm: frames, tracing, object lists, ctypes...).
* After the last test, a canary check that must fail (it compares two different numbers)
  runs; if it does not fail with its own message, no test of the submission is scored.

Honest answers never trigger these; the instructor can award the points by hand.
"""

from __future__ import annotations

import json
import secrets
import time
from typing import TYPE_CHECKING

from rapport.grading import execute as ex
from rapport.grading.guard import nonce, probe_code
from rapport.grading.template import nbgrader_meta

if TYPE_CHECKING:
    from rapport.grading.kernel import Kernel


class Integrity:
    """Probes, alarms and the canary for one notebook's run."""

    def __init__(self, kernel: Kernel, run: ex._Run) -> None:
        self.kernel, self.run = kernel, run
        self.on = kernel.guard
        self.sequence = 0
        self.compromised = ""  # why no later test can be trusted
        self.seen = 0  # guard reports already read
        self.tests_run = 0

    # -- probes -------------------------------------------------------------------------------
    def started(self) -> None:
        """Start counting probes from zero: a kernel (re)started, with a guard of its own."""
        self.sequence = 0
        self.seen = 0

    def _probe(self, phase: str, names: str = "") -> dict | None:
        """Run one probe; return the guard's signed report, or None if none came."""
        if not self.on or not self.kernel.alive():
            return None
        self.sequence += 1
        expected = nonce(self.kernel.guard_key, self.sequence)
        code = probe_code(self.kernel.guard_key, self.sequence, phase, names)
        began = time.monotonic()
        outcome = ex.run_code(
            self.kernel, code, self.run.limits, self.run.deadline, store_history=False
        )
        report = None
        deadline = time.monotonic() + ex.REPORT_WAIT
        while outcome.status != "died" and report is None and time.monotonic() < deadline:
            self._read_alarms()
            report = next(
                (r for r in self.kernel.guard_reports if r.get("nonce") == expected), None
            )
            if report is None:
                self.kernel.alive()
                time.sleep(0.001)
        self._read_alarms()
        self.run.timed("integrity probes", began)
        return report

    def _read_alarms(self) -> None:
        for report in self.kernel.guard_reports[self.seen :]:
            self.seen += 1
            if report.get("forged"):
                self._alarm("a report line the guard did not sign")
            elif "alarm" in report:
                where = f" ({report['where']})" if report.get("where") else ""
                if report.get("kind") == "hostile":
                    self.run.execution.review.append(
                        f"the answers tried {report['alarm']}{where} on another process"
                    )
                else:
                    self._alarm(f"the answers used {report['alarm']}{where}")

    def _alarm(self, reason: str) -> None:
        if not self.compromised:
            self.compromised = reason
            self.run.execution.review.append(
                f"{reason}: from then on no check could be trusted, so none was scored"
            )

    def snapshot(self, names: list[str]) -> None:
        """Record the values a course cell just bound (restored before every test)."""
        if names and self._probe("snapshot", json.dumps(names)) is None:
            self._alarm("a course cell's probe did not answer (cells were rewritten)")

    def before_test(self, label: str) -> None:
        """Put the machinery and the course's names back before test ``label`` runs."""
        report = self._probe("before", label)
        if report is None:
            self._alarm(f"the probe before {label} did not run (cells were rewritten)")
        elif report.get("found"):
            changed = ", ".join(sorted(set(report["found"])))
            self.run.execution.review.append(
                f"before {label} the answers had changed {changed}; the grader put them back, "
                "so the check ran as the course wrote it"
            )

    def after_test(self, label: str, outcome: ex._Outcome) -> None:
        """Judge test ``label``: not scored if anything could have changed how it ran."""
        self.tests_run += 1
        report = self._probe("after", label)
        if report is None and self.kernel.alive():
            self._alarm(f"the probe after {label} did not run (cells were rewritten)")
        elif report and report.get("found"):
            changed = ", ".join(sorted(set(report["found"])))
            self._alarm(f"{changed} changed while {label} ran")
        if self.compromised:
            outcome.outputs.append(
                ex.error_output(
                    ex.NOT_TRUSTED,
                    "this check was not scored automatically: the submission changed how checks "
                    "run; your instructor will review it",
                )
            )

    def finish(self) -> None:
        """Run the canary: a check that must fail. If it passes, no test is scored."""
        if not self.on or not self.tests_run or not self.kernel.alive():
            return
        label = secrets.token_hex(8)
        first = secrets.randbelow(10**6)
        # Raised the way a failed check is (an AssertionError that renders itself in one line).
        canary = (
            f"if {first} != {first + 1}:\n"
            f"    raise type('CheckFailed', (AssertionError,), "
            f"{{'_render_traceback_': lambda e: [str(e)]}})({label!r})"
        )
        outcome = ex.run_code(
            self.kernel,
            canary,
            self.run.limits,
            self.run.deadline,
            store_history=False,
        )
        self._read_alarms()
        failed_properly = outcome.reply.get("status") == "error" and any(
            o.output_type == "error" and label in str(o.get("evalue", "")) for o in outcome.outputs
        )
        if outcome.status in {"died", "timeout"} or failed_properly:
            return
        if not self.compromised:
            self._alarm("a check that must fail did not (errors were being hidden)")
            for cell in self.run.nb.cells:
                if nbgrader_meta(cell).get("grade") and cell.cell_type == "code":
                    cell.outputs.append(
                        ex.error_output(
                            ex.NOT_TRUSTED,
                            "this check was not scored automatically: the submission stopped "
                            "failed checks from showing; your instructor will review it",
                        )
                    )

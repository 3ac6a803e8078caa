"""What a grading run writes besides the gradebook: files per learner and for the class.

The gradebook is the record; files are made from it, so a file that cannot be written costs
nothing that was graded. :class:`Outputs` checks up front that it can write where it must, and
after that never stops a run: a failed write (a full disk, a folder made read-only) is collected
as a problem, reported at the end, and fixed by running again with ``--resume``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from rapport.fileio import spreadsheet_safe, write_atomic
from rapport.grading.errors import GradingSetupError
from rapport.grading.grade import GradeResult
from rapport.grading.template import Template

#: The names :func:`rapport.fileio.write_atomic` gives its temporary files.
STALE = ".*.tmp"


def grades_csv(template: Template, results: list[GradeResult]) -> str:
    """One row per learner, one column per question, then totals, status, late, flags, reason.

    Text a spreadsheet would run as a formula (a name starting with ``=``) is made inert.
    """
    questions = [q.grade_id for q in template.questions]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["learner", *questions, "total", "max_score", "status", "late", "flags", "reason"]
    )
    for r in results:
        points = {q.grade_id: q.points for q in r.questions}
        writer.writerow(
            [
                spreadsheet_safe(r.learner),
                *[f"{points.get(q, 0.0):g}" for q in questions],
                f"{r.score:g}",
                f"{r.max_score:g}",
                r.status,
                "yes" if r.late else "",
                spreadsheet_safe("; ".join(r.flags)),
                spreadsheet_safe(r.reason),
            ]
        )
    return buffer.getvalue()


class Outputs:
    """The files of one run: feedback, graded notebooks, nbgrader's feedback folders, reports.

    Parameters
    ----------
    out
        The run's output folder (``grades.csv``, ``report.html``, ``feedback/``).
    autograded, feedback
        Where graded notebooks and nbgrader-style feedback go, per learner (callables of the
        learner id returning the folder, as nbgrader's ``CourseDirectory`` lays them out).

    Raises
    ------
    GradingSetupError
        If a folder cannot be written at all (checked before anything is graded).
    """

    def __init__(
        self,
        out: Path,
        autograded: Callable[[str], Path],
        feedback: Callable[[str], Path],
        roots: list[Path],
        template: Template,
    ) -> None:
        self.out, self.template, self.roots = out, template, roots
        self.autograded, self.feedback = autograded, feedback
        self.problems: list[str] = []
        self.failed_writes = 0
        for folder in roots:
            check = folder / ".rapport-write-check"
            try:
                write_atomic(check, b"")
                check.unlink()
            except OSError as exc:
                raise GradingSetupError(
                    f"cannot write to {folder} ({exc.strerror or exc}). Nothing was graded. Fix "
                    "the folder's permissions or free some space, or choose another folder with "
                    "--out."
                ) from None

    def clean_stale(self) -> int:
        """Remove temporary files a killed run left behind; return how many."""
        removed = 0
        for root in self.roots:
            for path in root.rglob(STALE) if root.is_dir() else []:
                if path.is_file():
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def _write(self, path: Path, data: str | bytes) -> bool:
        try:
            write_atomic(path, data)
            return True
        except OSError as exc:
            self.failed_writes += 1
            if len(self.problems) < 5:
                self.problems.append(f"could not write {path}: {exc.strerror or exc}")
            return False

    def graded_notebook(self, result: GradeResult, extras: list[Path]) -> None:
        """Write the graded notebook (and nbgrader's timestamp and secret files beside it)."""
        if not result.graded_json:
            return
        folder = self.autograded(result.learner)
        self._write(folder / f"{self.template.notebook}.ipynb", result.graded_json)
        for extra in extras:
            if extra.is_file():
                self._write(folder / extra.name, extra.read_bytes())

    def learner_pages(self, results: list[GradeResult]) -> dict[str, str]:
        """Write each learner's feedback page, and the same page in nbgrader's feedback folder.

        The page never shows a hidden test; nbgrader's own ``generate_feedback`` would show the
        whole graded notebook, hidden tests included.
        """
        from rapport.grading.feedback import feedback_html

        pages = {}
        for result in results:
            page = pages[result.learner] = feedback_html(
                result, self.template.assignment, self.template
            )
            self._write(self.out / "feedback" / f"{result.learner}.html", page)
            folder = self.feedback(result.learner)
            self._write(folder / f"{self.template.notebook}.html", page)
            if result.timestamp:
                self._write(folder / "timestamp.txt", result.timestamp)
            # `nbgrader release_feedback` names the page by the submission's secret
            secret = self.autograded(result.learner) / "submission_secret.txt"
            if secret.is_file():
                self._write(folder / secret.name, secret.read_bytes())
        return pages

    def class_files(self, results: list[GradeResult]) -> None:
        """Write ``grades.csv`` and ``report.html`` for ``results``."""
        from rapport.grading.grading_report import report_html
        from rapport.grading.similarity import similar_pairs

        self._write(self.out / "grades.csv", grades_csv(self.template, results))
        answers = {r.learner: r.answers for r in results if r.status != "rejected"}
        pairs = similar_pairs(answers, self.template.stubs, models=self.template.model_answers)
        self._write(self.out / "report.html", report_html(self.template, results, pairs, answers))

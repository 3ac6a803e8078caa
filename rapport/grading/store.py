"""Recording results: nbgrader's gradebook and Rapport's results table, in one transaction.

Both live in the course's ``gradebook.db`` (SQLite), so a submission's scores in nbgrader's tables
(which formgrader shows) and its row in ``rapport_results`` (statuses, flags, failure messages,
timings) are committed together or not at all. A killed run never leaves half a submission.

nbgrader's gradebook is the one store of truth: :meth:`ResultsStore.results` reads Rapport's rows
only for learners nbgrader still has a submission for, with the scores nbgrader holds (a manual
grade given in formgrader included). A learner removed with ``nbgrader db student remove`` is
gone from Rapport's outputs too; :meth:`ResultsStore.remove` removes one from both at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from rapport.grading.errors import GradingSetupError
from rapport.grading.grade import GradeResult
from rapport.grading.template import Template

RESULTS_TABLE = """
CREATE TABLE IF NOT EXISTS rapport_results (
    assignment TEXT NOT NULL,
    learner TEXT NOT NULL,
    template TEXT NOT NULL,
    submission_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    result TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (assignment, learner)
)
"""


def db_url(course: Path) -> str:
    """Return the gradebook URL nbgrader uses for ``course`` (its ``CourseDirectory.db_url``)."""
    from rapport.grading.config import load_course_config

    return load_course_config(course).db_url


def _find_nbgrader_tools() -> None:
    """Put this interpreter's scripts first on PATH: nbgrader starts ``alembic`` by name."""
    scripts = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != scripts:
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def _release_into_gradebook(course: Path, assignment: str) -> None:
    """Let nbgrader itself record the assignment's cells (released to a throwaway folder)."""
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "nbgrader",
                "generate_assignment",
                assignment,
                "--force",
                f"--CourseDirectory.release_directory={scratch}",
                f"--CourseDirectory.db_url={db_url(course)}",
            ],
            cwd=course,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise GradingSetupError(
            f"nbgrader could not record {assignment} in the gradebook:\n{result.stderr[-2000:]}"
        )


@contextlib.contextmanager
def _transaction(session) -> Iterator[None]:
    """Run nbgrader's API calls with their commits turned into flushes, then commit once."""
    commit = session.commit
    session.commit = session.flush
    try:
        yield
        commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.commit = commit


def prepare_gradebook(course: Path, template: Template) -> None:
    """Make the course gradebook if it is missing, and have nbgrader record the assignment in it.

    The slow part of opening a store on a new course (nbgrader starts ``alembic`` and
    ``generate_assignment``: seconds); it opens and closes its own connection, so a run may do
    it in a thread while the first submissions are graded.
    """
    from nbgrader.api import Gradebook, MissingEntry

    _find_nbgrader_tools()
    try:
        with Gradebook(db_url(course)) as gradebook:
            ids = sorted(
                c.name
                for c in gradebook.find_notebook(template.notebook, template.assignment).grade_cells
            )
    except MissingEntry:
        ids = []
    if ids != sorted(q.grade_id for q in template.questions):
        _release_into_gradebook(course, template.assignment)


class ResultsStore:
    """The course gradebook, opened for one assignment.

    Parameters
    ----------
    course
        The course root.
    template
        The assignment being graded; nbgrader records it first if the gradebook lacks it.
    prepared
        :func:`prepare_gradebook` has already run for this course and template.
    """

    def __init__(self, course: Path, template: Template, prepared: bool = False) -> None:
        from nbgrader.api import Gradebook

        if not prepared:
            prepare_gradebook(course, template)
        self.template = template
        self.url = db_url(course)
        self.gradebook = Gradebook(self.url)
        from sqlalchemy import text

        self._text = text
        self.gradebook.db.execute(text(RESULTS_TABLE))
        self.gradebook.db.commit()

    def close(self) -> None:
        """Close the database connection."""
        self.gradebook.close()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self) -> contextlib.AbstractContextManager[None]:
        return _transaction(self.gradebook.db)

    def recorded(self) -> dict[str, tuple[str, str]]:
        """Learners recorded for this template version -> (submission hash, status)."""
        rows = self.gradebook.db.execute(
            self._text(
                "SELECT learner, submission_hash, status FROM rapport_results "
                "WHERE assignment = :a AND template = :t"
            ),
            {"a": self.template.assignment, "t": self.template.digest},
        )
        submitted = self._submitted()
        return {
            learner: (digest, status)
            for learner, digest, status in rows.fetchall()
            if learner in submitted
        }

    def _submitted(self) -> set[str]:
        from nbgrader.api import MissingEntry

        try:
            assignment = self.gradebook.find_assignment(self.template.assignment)
        except MissingEntry:
            return set()
        return {s.student.id for s in assignment.submissions}

    def record(self, result: GradeResult) -> None:
        """Store one submission's grades and result, atomically."""
        from nbgrader.api import MissingEntry
        from nbgrader.utils import parse_utc
        from sqlalchemy.exc import SAWarning

        t, gradebook = self.template, self.gradebook
        with warnings.catch_warnings(), self._transaction():
            # nbgrader's add_submission builds rows before adding them to the session, which
            # SQLAlchemy 2 warns about; the rows are added a line later, in the same transaction.
            warnings.simplefilter("ignore", SAWarning)
            gradebook.update_or_create_student(result.learner)
            with contextlib.suppress(MissingEntry):
                gradebook.remove_submission(t.assignment, result.learner)
            # formgrader counts a submission as autograded when this equals submitted/'s
            # timestamp.txt (or both are missing), as `nbgrader autograde` records it.
            stamp = {"timestamp": parse_utc(result.timestamp)} if result.timestamp else {}
            gradebook.add_submission(t.assignment, result.learner, **stamp)
            points = {q.grade_id: q.points for q in result.questions}
            # A check the tamper guard could not trust needs a person, as formgrader shows it.
            review = {q.grade_id for q in result.questions if q.status == "review"}
            for question in t.questions:
                grade = gradebook.find_grade(
                    question.grade_id, t.notebook, t.assignment, result.learner
                )
                grade.auto_score = points.get(question.grade_id, 0.0)
                grade.needs_manual_grade = question.grade_id in review
            # formgrader's "Flagged?": repairs, faults and choices between files need a look.
            notebook = gradebook.find_submission_notebook(t.notebook, t.assignment, result.learner)
            notebook.flagged = bool(result.flags)
            gradebook.db.execute(
                self._text(
                    "INSERT OR REPLACE INTO rapport_results VALUES "
                    "(:a, :l, :t, :h, :s, :score, :max, :r, :at)"
                ),
                {
                    "a": t.assignment,
                    "l": result.learner,
                    "t": t.digest,
                    "h": result.submission_hash,
                    "s": result.status,
                    "score": result.score,
                    "max": result.max_score,
                    "r": json.dumps(result.as_dict(), ensure_ascii=False),
                    "at": datetime.now(UTC).isoformat(timespec="seconds"),
                },
            )

    def results(self, learners: Iterable[str] | None = None) -> list[GradeResult]:
        """Return the results of this assignment, by learner, as nbgrader's gradebook has them.

        Parameters
        ----------
        learners
            Only these learners (a run reports only what it graded or kept); all if ``None``.
        """
        from nbgrader.api import MissingEntry

        wanted = None if learners is None else set(learners)
        rows = self.gradebook.db.execute(
            self._text(
                "SELECT learner, result FROM rapport_results WHERE assignment = :a ORDER BY learner"
            ),
            {"a": self.template.assignment},
        )
        t, results = self.template, []
        for learner, blob in rows.fetchall():
            if wanted is not None and learner not in wanted:
                continue
            try:
                notebook = self.gradebook.find_submission_notebook(
                    t.notebook, t.assignment, learner
                )
            except MissingEntry:  # removed from nbgrader's gradebook: gone here too
                continue
            result = GradeResult.from_dict(json.loads(blob))
            scores = {g.name: g.score for g in notebook.grades}
            for question in result.questions:
                if scores.get(question.grade_id) is not None:
                    question.points = float(scores[question.grade_id])
            result.score = float(notebook.score)
            result.late = result.late or bool(notebook.assignment.total_seconds_late)
            results.append(result)
        return results


def remove_learner(course: Path, learner: str, assignment: str | None = None) -> list[str]:
    """Remove ``learner`` from the course gradebook (both stores at once) and their graded files.

    With ``assignment``, only that submission; otherwise the learner and every submission, as
    ``nbgrader db student remove --force`` does.

    Returns
    -------
    list of str
        What was removed, one line each.
    """
    import shutil

    from nbgrader.api import Gradebook, MissingEntry
    from sqlalchemy import text

    course = course.resolve()
    url = db_url(course)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise GradingSetupError(f"{course} has no gradebook ({url}): nothing to remove.")
    _find_nbgrader_tools()
    with Gradebook(url) as gradebook:
        try:
            student = gradebook.find_student(learner)
        except MissingEntry:
            raise GradingSetupError(
                f"{learner} is not in the gradebook of {course}; learner ids are listed in "
                "grades.csv."
            ) from None
        names = [assignment] if assignment else [s.assignment.name for s in student.submissions]
        gradebook.db.execute(text(RESULTS_TABLE))
        with _transaction(gradebook.db):
            if assignment:
                with contextlib.suppress(MissingEntry):
                    gradebook.remove_submission(assignment, learner)
                where = "learner = :l AND assignment = :a"
            else:
                gradebook.remove_student(learner)
                where = "learner = :l"
            gradebook.db.execute(
                text(f"DELETE FROM rapport_results WHERE {where}"), {"l": learner, "a": assignment}
            )
    done = [f"removed {learner} from the gradebook" + (f" ({assignment})" if assignment else "")]
    from rapport.grading.config import load_course_config

    config = load_course_config(course)
    for name in names:
        for step in (config.autograded, config.feedback):
            folder = config.path(step, learner, name)
            if folder.is_dir():
                shutil.rmtree(folder)
                done.append(f"deleted {folder}")
        page = config.root / "graded" / name / "feedback" / f"{learner}.html"
        if page.is_file():
            page.unlink()
            done.append(f"deleted {page} (grades.csv lists them until the next run)")
    return done

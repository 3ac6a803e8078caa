"""A grading run: find submissions, grade them in parallel, record each, write the outputs."""

from __future__ import annotations

import csv
import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapport.fileio import write_atomic
from rapport.grading.errors import GradingInterrupted
from rapport.grading.execute import Limits
from rapport.grading.grade import GradeResult, GradeTask, file_hash, grade_submission
from rapport.grading.journal import QUARANTINE, Journal
from rapport.grading.store import ResultsStore
from rapport.grading.submissions import Submission, find_submissions
from rapport.grading.template import Template, load_template

log = logging.getLogger("rapport.grading")


@dataclass
class RunOptions:
    """How to run: outputs, parallelism, limits, resuming."""

    out: Path | None = None
    workers: int = 0  # 0: one per core
    limits: Limits = field(default_factory=Limits)
    dask: str = ""  # a scheduler address, or "local"
    resume: bool = False
    progress: bool = True
    kernel_mode: str = "auto"
    isolation: str = "auto"  # auto | strict | off: see rapport.grading.sandbox


@dataclass
class RunSummary:
    """What a run did."""

    total: int = 0
    graded: int = 0
    skipped: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    out: Path | None = None
    isolation: str = ""
    quarantined: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, all submissions

    def timed(self, step: str, seconds: float) -> None:
        """Add ``seconds`` to the time spent in ``step``."""
        self.timings[step] = self.timings.get(step, 0.0) + seconds


def _local(
    tasks: list[GradeTask], workers: int, template: Template, options: RunOptions, journal: Journal
) -> Iterator[GradeResult]:
    """Grade in a pool of warm workers; a worker's crash is charged to its submission alone."""
    from rapport.grading.pool import WorkerPool

    hashes = {t.learner: _hash(t.path) for t in tasks}
    suspects = frozenset(
        t.learner for t in tasks if journal.stops_against(t.learner, hashes[t.learner])
    )

    def crashed(task: GradeTask, why: str) -> GradeResult:
        return GradeResult(
            task.learner, "rejected", 0.0, template.max_score, submission_hash=hashes[task.learner],
            reason=f"grading crashed twice on this submission ({why}); grade it by hand",
        )  # fmt: skip

    pool = WorkerPool(workers, template.warm_modules, options.isolation, options.limits.memory_mb)
    yield from pool.grade(
        tasks,
        solo=suspects,
        on_dispatch=lambda t: journal.dispatch(t.learner, hashes[t.learner]),
        crashed=crashed,
    )


def _dask(tasks: list[GradeTask], address: str, workers: int) -> Iterator[GradeResult]:
    """Grade on a Dask distributed cluster (``local`` starts one on this machine)."""
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise RuntimeError("--dask needs Dask: pip install 'rapport-kit[dask]'") from exc
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        address = cluster.scheduler_address
    try:
        with Client(address) as client:
            futures = client.map(grade_submission, tasks, pure=False)
            for future in dask_completed(futures):
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


def _progress(total: int, enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, unit="nb", desc=desc, disable=not enabled, smoothing=0.1)


def grade_run(
    course: Path,
    assignment: str,
    submissions: Path,
    options: RunOptions,
    on_result: Callable[[GradeResult], None] | None = None,
) -> RunSummary:
    """Grade every submission of ``assignment`` and write grades, feedback and the report.

    Parameters
    ----------
    course
        The course root (``nbgrader_config.py``, ``solutions/``, ``exercises/``).
    assignment
        The assignment id.
    submissions
        An nbgrader ``submitted/`` folder, a flat folder of notebooks or an LMS zip.
    options
        Parallelism, limits, outputs and resuming.
    on_result
        Called after each submission is recorded (tests use it to stop a run part-way).
    """
    import time

    began = time.monotonic()
    isolation = ""
    if not options.dask:
        from rapport.grading.sandbox import capabilities

        caps = capabilities(options.isolation)  # strict: refuses here, before any work
        isolation = caps.describe()
        log.info("%s", isolation)
        for missing in caps.missing:
            log.warning("not isolated: %s", missing)
    course = course.resolve()
    template = load_template(course, assignment)
    out = (options.out or course / "graded" / assignment).resolve()
    summary = RunSummary(out=out, isolation=isolation)
    with tempfile.TemporaryDirectory(prefix="rapport-subs-") as scratch:
        found = find_submissions(submissions, assignment, template.notebook, Path(scratch))
        summary.total = len(found)
        with ResultsStore(course, template) as store:
            done = store.recorded() if options.resume else {}
            todo = [s for s in found if not _already(s, done)]
            summary.skipped = len(found) - len(todo)
            notes = {s.learner: s.note for s in todo if s.note}
            journal = Journal(out)
            if stopped := journal.begin():
                log.warning("the last run stopped while grading: %s", ", ".join(stopped))
            held = [
                s for s in todo if journal.stops_against(s.learner, _hash(s.path)) >= QUARANTINE
            ]
            summary.quarantined = [s.learner for s in held]
            limits, mode, contain = options.limits, options.kernel_mode, options.isolation
            tasks = [
                GradeTask(s.learner, str(s.path), template, limits, mode, contain)
                for s in todo
                if s not in held
            ]
            workers = options.workers or os.cpu_count() or 1
            if not tasks:
                results: Iterable[GradeResult] = []
            elif options.dask:
                results = _dask(tasks, options.dask, workers)
            else:
                results = _local(tasks, workers, template, options, journal)
            results = _chain(_set_aside(held, template), results)
            with _progress(len(tasks) + len(held), options.progress, assignment) as bar:
                try:
                    for result in results:
                        if result.learner in notes:
                            result.flags.insert(0, notes[result.learner])
                        for step, seconds in result.timings.items():
                            summary.timed(step, seconds)
                        began_writing = time.monotonic()
                        _write_learner_files(course, out, template, result)
                        recording = time.monotonic()
                        store.record(result)
                        summary.timed("gradebook write", time.monotonic() - recording)
                        summary.timed("feedback files", recording - began_writing)
                        journal.done(result.learner)
                        summary.graded += 1
                        summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
                        bar.update(1)
                        if on_result is not None:
                            on_result(result)
                except KeyboardInterrupt:
                    raise GradingInterrupted(summary.graded, summary.skipped) from None
            writing = time.monotonic()
            write_outputs(out, template, store.results())
            summary.timed("grades.csv and report", time.monotonic() - writing)
    summary.seconds = time.monotonic() - began
    return summary


def _hash(path: str | Path) -> str:
    try:
        return file_hash(Path(path))
    except OSError:
        return ""


def _chain(*parts: Iterable[GradeResult]) -> Iterator[GradeResult]:
    for part in parts:
        yield from part


def _set_aside(held: list[Submission], template: Template) -> Iterator[GradeResult]:
    """Results for submissions that stopped the grader twice: rejected, with a reason."""
    for submission in held:
        log.warning("%s stopped the grader twice; set aside", submission.learner)
        yield GradeResult(
            submission.learner, "rejected", 0.0, template.max_score,
            submission_hash=_hash(submission.path),
            reason="grading stopped twice while this submission ran (it may stop the grader on "
            "purpose); it was set aside: grade it by hand",
        )  # fmt: skip


def _already(submission: Submission, done: dict[str, str]) -> bool:
    if submission.learner not in done:
        return False
    try:
        return done[submission.learner] in {"", file_hash(submission.path)}
    except OSError:
        return False


def _write_learner_files(course: Path, out: Path, template: Template, result: GradeResult) -> None:
    from rapport.grading.feedback import feedback_html

    write_atomic(
        out / "feedback" / f"{result.learner}.html", feedback_html(result, template.assignment)
    )
    if result.graded_json:
        graded = course / "autograded" / result.learner / template.assignment
        write_atomic(graded / f"{template.notebook}.ipynb", result.graded_json)


def grades_csv(template: Template, results: list[dict]) -> str:
    """One row per learner, one column per question, then total, max, status, flags and reason."""
    questions = [q.grade_id for q in template.questions]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["learner", *questions, "total", "max_score", "status", "flags", "reason"])
    for r in results:
        points = {q["grade_id"]: q["points"] for q in r["questions"]}
        writer.writerow(
            [
                r["learner"],
                *[f"{points.get(q, 0.0):g}" for q in questions],
                f"{r['score']:g}",
                f"{r['max_score']:g}",
                r["status"],
                "; ".join(r["flags"]),
                r["reason"],
            ]
        )
    return buffer.getvalue()


def write_outputs(out: Path, template: Template, results: list[dict]) -> None:
    """Write ``grades.csv`` and ``report.html`` from every recorded result."""
    from rapport.grading.report import report_html
    from rapport.grading.similarity import similar_pairs

    write_atomic(out / "grades.csv", grades_csv(template, results))
    answers = {r["learner"]: r.get("answers", {}) for r in results if r["status"] != "rejected"}
    pairs = similar_pairs(answers, template.stubs, models=template.model_answers)
    write_atomic(out / "report.html", report_html(template.assignment, results, pairs, answers))

"""A grading run: find submissions, grade them in parallel, record each, write the outputs."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.grading.background import InBackground
from rapport.grading.errors import GradingInterrupted, GradingSetupError
from rapport.grading.execute import Limits
from rapport.grading.grade import GradeResult, GradeTask, grade_submission
from rapport.grading.journal import QUARANTINE, Journal
from rapport.grading.outputs import Outputs
from rapport.grading.store import ResultsStore, prepare_gradebook
from rapport.grading.submissions import Submission, find_submissions
from rapport.grading.template import Template, load_template

if TYPE_CHECKING:
    from rapport.grading.lms import LmsExport
    from rapport.grading.pool import WorkerPool

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
    lms: str = ""  # "canvas" or "moodle": also write that LMS's gradebook import file
    roster: Path | None = None  # the LMS's roster export the import file is matched on
    lms_column: str = ""  # the LMS's name for the assignment's grade column
    lms_match: str = "email"  # Moodle: match learners on "email" or "idnumber"
    strict: bool = False  # refuse to write the LMS file with any mismatch or choice
    config_timeout: bool = False  # take the cell limit from the course's nbgrader config
    isolation: str = "auto"  # auto | strict | off: see rapport.grading.sandbox


@dataclass
class RunSummary:
    """What a run did."""

    out: Path  # the folder the run wrote its outputs to
    total: int = 0
    graded: int = 0
    skipped: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    found: list[Submission] = field(default_factory=list)
    results: list[GradeResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed_writes: int = 0
    lms: LmsExport | None = None  # what --lms wrote, when it was given
    limits: Limits | None = None  # the limits the run used
    isolation: str = ""  # what contained the kernels, in words
    quarantined: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, all submissions

    def timed(self, step: str, seconds: float) -> None:
        """Add ``seconds`` to the time spent in ``step``."""
        self.timings[step] = self.timings.get(step, 0.0) + seconds


def _local(
    tasks: list[GradeTask], pool: WorkerPool, template: Template, journal: Journal
) -> Iterator[GradeResult]:
    """Grade in a pool of warm workers; a worker's crash is charged to its submission alone."""
    hashes = {t.learner: _hash(Path(t.path)) for t in tasks}
    suspects = frozenset(
        t.learner for t in tasks if journal.stops_against(t.learner, hashes[t.learner])
    )

    def crashed(task: GradeTask, why: str) -> GradeResult:
        return GradeResult(
            task.learner, "rejected", 0.0, template.max_score, submission_hash=hashes[task.learner],
            reason=f"grading crashed twice on this submission ({why}); grade it by hand",
        )  # fmt: skip

    yield from pool.grade(
        tasks,
        solo=suspects,
        on_dispatch=lambda t: journal.dispatch(t.learner, hashes[t.learner]),
        crashed=crashed,
    )


def _prepare(course: Path, template: Template) -> None:
    """Have nbgrader record the assignment, then import what the report needs (charts)."""
    prepare_gradebook(course, template)
    import rapport.grading.grading_report  # noqa: F401  (a second, once the grading is done)


def _after_first(
    results: Iterable[GradeResult], opening: InBackground, journal: Journal
) -> Iterator[GradeResult]:
    """Take results (the workers go on grading) until ``opening`` is done; return them all.

    Results are kept in memory until then. If the run stops meanwhile, the learners whose results
    were kept did not stop it: the journal forgets them. If ``opening`` fails, what was in flight
    is no submission's fault: the journal forgets all of it.
    """
    results = iter(results)
    kept: list[GradeResult] = []
    try:
        while opening.thread.is_alive() and (result := next(results, None)) is not None:
            kept.append(result)
    except BaseException:
        journal.release([r.learner for r in kept])
        raise
    try:
        opening.wait()
    except Exception:
        journal.release()
        raise
    return _chain(kept, results)


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

    Each submission is recorded in the gradebook first, then its files are written; the class
    files cover exactly the learners found in ``submissions`` (graded now or kept on resume).
    Ctrl-C stops the run with :class:`GradingInterrupted`; what was recorded is kept.

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
    from rapport.grading.pool import ctrl_c_latch

    with ctrl_c_latch():
        return _grade_run(course, assignment, submissions, options, on_result)


def _grade_run(
    course: Path,
    assignment: str,
    submissions: Path,
    options: RunOptions,
    on_result: Callable[[GradeResult], None] | None,
) -> RunSummary:
    from dataclasses import replace

    from sqlalchemy.exc import OperationalError

    from rapport.grading.config import load_course_config

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
    config = load_course_config(course)
    template = load_template(course, assignment, config)
    out = (options.out or config.root / "graded" / assignment).resolve()
    summary = RunSummary(out=out, isolation=isolation)
    if options.config_timeout:  # the course's nbgrader timeout, unless a flag gave one
        options = replace(
            options,
            limits=replace(
                options.limits, cell_timeout=config.cell_timeout or options.limits.total_timeout
            ),
        )
    summary.limits = options.limits
    outputs = Outputs(
        out,
        lambda learner: config.path(config.autograded, learner, assignment),
        lambda learner: config.path(config.feedback, learner, assignment),
        [out, config.root / config.autograded, config.root / config.feedback],
        template,
    )
    outputs.clean_stale()
    with tempfile.TemporaryDirectory(prefix="rapport-subs-") as scratch:
        found = find_submissions(
            submissions, assignment, template.notebook, Path(scratch), template.stubs
        )
        summary.total = len(found)
        summary.found = found
        hashes = {s.learner: _hash(s.path) for s in found}
        by_learner = {s.learner: s for s in found}
        workers = options.workers or os.cpu_count() or 1
        pool = None
        if not options.dask:
            from rapport.grading.pool import WorkerPool

            memory, modules = options.limits.memory_mb, template.warm_modules
            pool = WorkerPool(workers, modules, options.isolation, memory)
        with contextlib.ExitStack() as stack:
            store: ResultsStore | None = None
            opening: InBackground | None = None
            if pool is not None:
                stack.callback(pool.close)  # also when the gradebook cannot be opened
            if pool is not None and not options.resume:
                # Every submission is graded and nothing recorded is needed to choose them: the
                # workers warm up and grade while nbgrader records the assignment (seconds on a
                # new course); the store opens when the first result is in.
                pool.start(len(found))
                opening = InBackground(_prepare, course, template)
                stack.callback(opening.thread.join)
            else:
                store = stack.enter_context(ResultsStore(course, template))
            done = store.recorded() if store is not None and options.resume else {}
            todo = [s for s in found if not _already(s, hashes[s.learner], done, outputs)]
            summary.skipped = len(found) - len(todo)
            journal = Journal(out)
            if stopped := journal.begin():
                log.warning("the last run stopped while grading: %s", ", ".join(stopped))
            held = [
                s for s in todo if journal.stops_against(s.learner, hashes[s.learner]) >= QUARANTINE
            ]
            summary.quarantined = [s.learner for s in held]
            limits, mode, contain = options.limits, options.kernel_mode, options.isolation
            tasks = [
                GradeTask(s.learner, str(s.path), template, limits, mode, contain)
                for s in todo
                if s not in held
            ]
            if not tasks:
                results: Iterable[GradeResult] = []
            elif pool is None:
                results = _dask(tasks, options.dask, workers)
            else:
                results = _local(tasks, pool, template, journal)
            results = _chain(_set_aside(held, template), results)
            with _progress(len(tasks) + len(held), options.progress, assignment) as bar:
                try:
                    if store is None:
                        assert opening is not None, "the store opens now or is being prepared"
                        results = _after_first(results, opening, journal)
                        store = stack.enter_context(ResultsStore(course, template, prepared=True))
                        # nbgrader's gradebook setup and the report's imports, in a thread
                        summary.timed("setup beside grading (once)", opening.seconds)
                        summary.timed("waiting for that setup", opening.waited)
                    for result in results:
                        submission = by_learner[result.learner]
                        _describe(result, submission, hashes[result.learner])
                        for step, seconds in result.timings.items():
                            summary.timed(step, seconds)
                        recording = time.monotonic()
                        try:
                            store.record(result)
                        except OperationalError as exc:
                            raise GradingSetupError(
                                f"the gradebook could not be written ({exc.orig}); the "
                                f"{summary.graded} submissions recorded before are kept. Free "
                                "some space, then run the same command with --resume."
                            ) from None
                        journal.done(result.learner)
                        writing = time.monotonic()
                        summary.timed("gradebook write", writing - recording)
                        outputs.graded_notebook(result, _nbgrader_files(submission.path))
                        summary.timed("graded notebook write", time.monotonic() - writing)
                        summary.graded += 1
                        summary.statuses[result.status] = summary.statuses.get(result.status, 0) + 1
                        bar.update(1)
                        if on_result is not None:
                            on_result(result)
                except KeyboardInterrupt:
                    raise GradingInterrupted(summary.graded, summary.skipped) from None
            summary.results = store.results(by_learner)
        writing = time.monotonic()
        pages = outputs.learner_pages(summary.results)
        outputs.class_files(summary.results)
        summary.timed("feedback, grades.csv, report", time.monotonic() - writing)
        if options.lms:
            from rapport.grading.lms import export

            if options.roster is None:
                raise GradingSetupError(f"--lms {options.lms} needs --roster FILE.")
            summary.lms = export(
                options.lms,
                options.roster,
                summary.results,
                out,
                assignment,
                template.max_score,
                pages,
                column=options.lms_column,
                match=options.lms_match,
                strict=options.strict,
            )
    summary.problems = outputs.problems
    summary.failed_writes = outputs.failed_writes
    summary.seconds = time.monotonic() - began
    return summary


def _hash(path: Path) -> str:
    from rapport.grading.grade import file_hash

    try:
        return file_hash(path)
    except OSError:
        return ""


def _already(
    submission: Submission, digest: str, done: dict[str, tuple[str, str]], outputs: Outputs
) -> bool:
    """Whether a recorded result still stands: the same file on disk, its graded copy in place."""
    if submission.learner not in done or not digest:
        return False
    recorded, status = done[submission.learner]
    if recorded != digest:
        return False
    notebook = outputs.autograded(submission.learner) / f"{outputs.template.notebook}.ipynb"
    return status == "rejected" or notebook.is_file()


def _describe(result: GradeResult, submission: Submission, digest: str) -> None:
    """Add what the grader knows about the file (how it was picked, LMS ids, late) to a result."""
    if submission.note:
        result.flags.insert(0, submission.note)
    result.submission_hash = digest
    result.lms_id, result.lms_name = submission.lms_id, submission.lms_name
    result.late = result.late or submission.late
    result.file = submission.path.name
    result.chosen_from = submission.chosen_from


def _nbgrader_files(path: Path) -> list[Path]:
    """Return nbgrader's ``timestamp.txt`` and ``submission_secret.txt`` beside a submission."""
    return [path.parent / "timestamp.txt", path.parent / "submission_secret.txt"]

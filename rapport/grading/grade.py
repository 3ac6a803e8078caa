"""Grade one submission: the function every worker (local or Dask) runs.

Steps, each its own function: :func:`read_submission`, :func:`rapport.grading.template.rebuild`,
:func:`rapport.grading.template.with_parameters`, :func:`rapport.grading.execute.run_notebook`
and :func:`score`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from rapport.grading.errors import SubmissionRejected
from rapport.grading.execute import NOT_TRUSTED, Execution, Limits, run_notebook
from rapport.grading.hidden import HiddenText
from rapport.grading.kernel import kernel_for
from rapport.grading.repair import rebuild, with_parameters
from rapport.grading.template import Template, nbgrader_meta

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024
RESUBMIT = "download the notebook again from JupyterLab (File > Download) and submit that file"
#: Errors the grader adds (time limits, dead kernels): they explain a failure better than the
#: KeyboardInterrupt or NameError that came with them.
GRADER_ERRORS = frozenset({"CellTimeoutError", "KernelDied", "NotRun", NOT_TRUSTED})
#: The most characters of one error or printed text kept in a message, and in a graded notebook.
MESSAGE_CHARS = 600
OUTPUT_ERROR_CHARS = 5_000
DAMAGED = ".damaged-in-zip"
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class QuestionResult:
    """The score of one graded cell, and what a learner may be told about it."""

    grade_id: str
    points: float
    max_points: float
    status: str  # passed | partial | failed | not run | review
    message: str = ""
    seconds: float = 0.0


@dataclass
class GradeResult:
    """Everything recorded for one submission (plain data, safe to send between processes)."""

    learner: str
    status: str  # graded | faults | rejected
    score: float
    max_score: float
    questions: list[QuestionResult] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    reason: str = ""
    seconds: float = 0.0
    restarts: int = 0
    submission_hash: str = ""
    timestamp: str = ""  # nbgrader's timestamp.txt beside the submission, if there is one
    graded_json: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    diagnostics: list[str] = field(default_factory=list)  # dead kernels' last output (report only)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step (benchmark profile)
    lms_id: str = ""  # the Canvas user id or Moodle participant id of an LMS download
    lms_name: str = ""  # the LMS's file prefix or folder name, to return feedback under
    late: bool = False
    file: str = ""  # the name of the file graded
    chosen_from: int = 1  # how many notebooks the learner handed in

    def as_dict(self) -> dict:
        """Return the result as JSON-ready data (without the graded notebook)."""
        data = asdict(self)
        data.pop("graded_json")
        data.pop("timings")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> GradeResult:
        """Rebuild a result stored with :meth:`as_dict` (fields it lacks keep their defaults)."""
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["questions"] = [QuestionResult(**q) for q in data.get("questions", [])]
        return cls(**values)


@dataclass
class GradeTask:
    """One unit of work: a learner's notebook, the template and the limits."""

    learner: str
    path: str
    template: Template
    limits: Limits = field(default_factory=Limits)
    kernel_mode: str = "auto"
    isolation: str = "auto"  # auto | strict | off (rapport.grading.sandbox)


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes (so a resubmission is regraded on ``--resume``)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def submission_timestamp(path: Path) -> str:
    """Return the ``timestamp.txt`` nbgrader's collect step writes beside a submission, or ""."""
    try:
        return (path.parent / "timestamp.txt").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def read_submission(path: Path) -> NotebookNode:
    """Read and validate a submitted notebook.

    Raises
    ------
    SubmissionRejected
        With a reason a learner can act on: not a notebook, corrupt JSON, too old a format.
    """
    if path.name.endswith(DAMAGED):
        raise SubmissionRejected(
            "the file was damaged in the zip download ("
            + path.read_text(encoding="utf-8", errors="replace").strip()[:200]
            + "); download the submissions from the LMS again, or ask for the file again"
        )
    if path.suffix.lower() != ".ipynb":
        raise SubmissionRejected(f"{path.name} is not a notebook (.ipynb); {RESUBMIT}")
    if path.stat().st_size > MAX_NOTEBOOK_BYTES:
        raise SubmissionRejected("the file is over 50 MB; clear the outputs and submit again")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionRejected(f"the file is not text, so not a notebook; {RESUBMIT}") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise SubmissionRejected(
            f"the file is not valid notebook JSON (corrupt or cut off); {RESUBMIT}"
        ) from None
    has_cells = isinstance(data, dict) and ("cells" in data or "worksheets" in data)
    if not has_cells or "nbformat" not in data:
        raise SubmissionRejected(f"the file is JSON but not a notebook; {RESUBMIT}")
    version = data.get("nbformat")
    if version not in (3, 4):
        raise SubmissionRejected(
            f"the notebook is in format {version}; open it in JupyterLab 4, save, and submit again"
        )
    try:
        nb = nbformat.reads(json.dumps(_without_surrogates(data)), as_version=4)
        nbformat.validate(nb)
    except Exception as exc:
        message = str(exc).splitlines()[0][:200]
        raise SubmissionRejected(
            f"the notebook does not follow nbformat 4 ({message}); open it in JupyterLab 4, "
            "save, and submit again"
        ) from None
    return nb


def _without_surrogates(value: object) -> object:
    """Replace lone surrogates (from escapes like ``udcff`` in the JSON) so the notebook saves."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def cap(text: str, limit: int = MESSAGE_CHARS) -> str:
    """Cut ``text`` to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters not shown]"


def _error_text(out: dict, hidden: HiddenText | None = None) -> str:
    evalue = cap(ANSI.sub("", str(out.get("evalue", ""))).strip())
    name = cap(ANSI.sub("", str(out.get("ename", "Error"))), 200)
    if hidden is not None:  # each part on its own, so what is left still names the error
        evalue, name = hidden.redact(evalue), hidden.redact(name)
    if name == "AssertionError" and not evalue:
        return "a check failed (no message)"
    return cap(f"{name}: {evalue}" if evalue else name)


def failure_message(outputs: list, hidden: HiddenText | None = None) -> str:
    """Return the first error's name and message, never its traceback (it may show tests).

    Printed error output (stderr) is quoted, capped; with ``hidden``, every line that quotes a
    hidden test is removed from what is returned.
    """
    grader = [o for o in outputs if o.get("ename") in GRADER_ERRORS]
    message = ""
    for out in grader or outputs:
        if out.get("output_type") == "error":
            message = _error_text(out, hidden)
            break
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            printed = cap(ANSI.sub("", str(out.get("text", ""))).strip())
            printed = hidden.redact(printed) if hidden is not None else printed
            message = f"the test printed to stderr, which counts as a failure: {printed}"
            break
    return hidden.redact(message) if hidden is not None and message else message


def _defines(source: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", source) is not None


def first_cause(
    nb: NotebookNode, index: int, outputs: list, hidden: HiddenText | None = None
) -> str:
    """For a test failing with ``NameError``, the earlier error that left the name undefined.

    A failed ``import`` at the top of an answer stops the cell before its function is defined;
    the test then fails with ``NameError``. The first cause is the answer cell's error.
    """
    error = next((o for o in outputs if o.get("output_type") == "error"), None)
    if error is None or error.get("ename") != "NameError":
        return ""
    match = re.search(r"name '([^']+)' is not defined", str(error.get("evalue", "")))
    if not match:
        return ""
    for cell in nb.cells[:index]:
        if cell.cell_type != "code" or nbgrader_meta(cell).get("grade"):
            continue
        failed = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)
        if failed is not None and _defines(cell.source, match[1]):
            where = nbgrader_meta(cell).get("grade_id") or "one of your cells"
            return (
                f"{_error_text(failed, hidden)} (in {where}; because of it, {match[1]} was "
                "never defined)"
            )
    return ""


def cap_error_outputs(nb: NotebookNode, limit: int = OUTPUT_ERROR_CHARS) -> None:
    """Cut the text of every error output in ``nb`` (a 5 MB exception message stays small)."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") != "error":
                continue
            out["evalue"] = cap(str(out.get("evalue", "")), limit)
            lines, total = [], 0
            for line in out.get("traceback", []):
                if total > limit:
                    lines.append("[traceback cut by the grader]")
                    break
                lines.append(cap(str(line), limit))
                total += len(lines[-1])
            out["traceback"] = lines


def score(
    nb: NotebookNode, execution: Execution, hidden: HiddenText | None = None
) -> list[QuestionResult]:
    """Score every graded cell with nbgrader's own rule (``nbgrader.utils.determine_grade``).

    Each failure message names the first cause and never quotes a line of ``hidden``.
    """
    from nbgrader.utils import determine_grade

    seconds = {run.index: run.seconds for run in execution.runs}
    skipped = {run.index for run in execution.runs if run.status == "skipped"}
    results, since_last = [], 0.0
    for index, cell in enumerate(nb.cells):
        since_last += seconds.get(index, 0.0)
        meta = nbgrader_meta(cell)
        if not meta.get("grade"):
            continue
        points, max_points = determine_grade(cell)
        points = 0.0 if points is None else float(points)
        if index in skipped:
            status = "not run"
        elif any(o.get("ename") == NOT_TRUSTED for o in cell.get("outputs", [])):
            status = "review"
        elif points >= max_points:
            status = "passed"
        else:
            status = "partial" if points > 0 else "failed"
        message = ""
        if status != "passed":
            outputs = cell.get("outputs", [])
            message = first_cause(nb, index, outputs, hidden) or failure_message(outputs, hidden)
            message = hidden.redact(message) if hidden is not None else message
        results.append(
            QuestionResult(meta["grade_id"], points, max_points, status, message, since_last)
        )
        since_last = 0.0
    return results


def answers_of(nb: NotebookNode) -> dict[str, str]:
    """Return the learner's answer cells by grade id (for the similarity check)."""
    return {
        nbgrader_meta(c)["grade_id"]: c.source
        for c in nb.cells
        if nbgrader_meta(c).get("solution") and nbgrader_meta(c).get("grade_id")
    }


def grade_submission(task: GradeTask) -> GradeResult:
    """Grade one submission from start to end; learner mistakes never raise.

    Parameters
    ----------
    task
        The learner, the notebook's path, the template and the limits.

    Returns
    -------
    GradeResult
        Status ``graded``, ``faults`` (something timed out or crashed) or ``rejected``.
    """
    began = time.monotonic()
    template, path = task.template, Path(task.path)
    maximum = template.max_score
    stamp = submission_timestamp(path)
    try:
        digest = file_hash(path)
    except OSError:
        digest = ""
    try:
        submitted = read_submission(path)
    except (SubmissionRejected, OSError) as exc:
        reason = str(exc) if isinstance(exc, SubmissionRejected) else f"unreadable: {exc}"
        return GradeResult(
            task.learner,
            "rejected",
            0.0,
            maximum,
            reason=template.hidden.redact(cap(reason)),
            timestamp=stamp,
            submission_hash=digest,
        )
    nb, flags = rebuild(submitted, template)
    if submitted.get("metadata", {}).get("orig_nbformat") == 3:
        flags.insert(0, "an old notebook (nbformat 3), upgraded to format 4 and graded")
    nb = with_parameters(nb, template.parameters)
    limits, modules = task.limits, task.template.warm_modules
    kernel = kernel_for(modules, limits.memory_mb, task.kernel_mode, task.isolation)
    ran = time.monotonic()
    execution = run_notebook(nb, kernel, task.limits)
    scoring = time.monotonic()
    questions = score(nb, execution, template.hidden)
    cap_error_outputs(nb)
    total = sum(q.points for q in questions)
    timings = {"read and rebuild": ran - began, **execution.phases}
    result = GradeResult(
        learner=task.learner,
        status="faults" if execution.faults or execution.review else "graded",
        score=total,
        max_score=maximum,
        questions=questions,
        flags=[
            template.hidden.redact(cap(f))
            for f in flags + execution.faults + [f"review: {r}" for r in execution.review]
        ],
        diagnostics=execution.diagnostics,
        seconds=time.monotonic() - began,
        restarts=execution.restarts,
        submission_hash=digest,
        timestamp=stamp,
        graded_json=nbformat.writes(nb),
        answers=answers_of(nb),
        timings=timings,
    )
    result.timings["score"] = time.monotonic() - scoring
    return result

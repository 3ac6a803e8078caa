"""The grading template of an assignment: the course's own version of the notebook.

The template comes from the course itself: test and locked cells (with their hidden tests) from
the instructor's notebook in the source folder, checksums and answer stubs from the released
notebook, question titles, parameters and the hidden-test text. How a submission is rebuilt on it
is :mod:`rapport.grading.repair`.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from rapport.grading.config import CourseConfig, load_course_config
from rapport.grading.errors import GradingSetupError
from rapport.grading.hidden import BEGIN, END, HiddenText, hidden_regions

#: nbgrader's solution markers, removed to get the instructor's own answer.
SOLUTION_MARKERS = re.compile(r"[ \t]*### (BEGIN|END) SOLUTION\n?")
#: Cells whose source the grader always takes from the course (never from a submission).
LOCKED_KINDS = frozenset({"test", "locked"})


def nbgrader_meta(cell: NotebookNode) -> dict:
    """Return the cell's nbgrader metadata (empty if it has none)."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def cell_kind(cell: NotebookNode) -> str | None:
    """Classify a course cell with nbgrader's own predicates.

    Returns ``"answer"`` (a solution cell), ``"test"`` (a grade cell), ``"locked"`` (a locked
    cell), or ``None``: no grade id, or a plain cell nbgrader leaves to the learner.
    """
    from nbgrader.utils import is_grade, is_locked, is_solution

    if not nbgrader_meta(cell).get("grade_id"):
        return None
    if is_solution(cell):
        return "answer"
    if is_grade(cell):
        return "test"
    return "locked" if is_locked(cell) else None


@dataclass(frozen=True)
class Question:
    """One graded cell: its grade id and the points it is worth."""

    grade_id: str
    points: float


@dataclass
class Template:
    """Everything needed to grade one notebook of an assignment; picklable for workers.

    Attributes
    ----------
    assignment, notebook
        The assignment id and the notebook's name (without ``.ipynb``).
    source_json, release_json
        The instructor's notebook and the released one, as nbformat JSON.
    parameters
        The values injected into every submission (the source's ``parameters`` cell).
    warm_modules
        Modules the locked cells import, preloaded by warm kernels.
    """

    assignment: str
    notebook: str
    source_json: str
    release_json: str
    parameters: dict[str, object] = field(default_factory=dict)
    warm_modules: tuple[str, ...] = ()
    hidden_delimiters: tuple[str, str] = (BEGIN, END)

    @property
    def source(self) -> NotebookNode:
        """The instructor's notebook (a fresh copy)."""
        return nbformat.reads(self.source_json, as_version=4)

    @property
    def release(self) -> NotebookNode:
        """The released notebook (a fresh copy)."""
        return nbformat.reads(self.release_json, as_version=4)

    @property
    def questions(self) -> list[Question]:
        """The graded cells, in notebook order."""
        return [
            Question(nbgrader_meta(c)["grade_id"], float(nbgrader_meta(c).get("points", 0)))
            for c in self.source.cells
            if nbgrader_meta(c).get("grade")
        ]

    @functools.cached_property
    def hidden(self) -> HiddenText:
        """The hidden tests of the source, to keep out of anything a learner is shown."""
        begin, end = self.hidden_delimiters
        blocks, public = [], []
        for cell in self.source.cells:
            blocks += hidden_regions(cell.source, begin, end)
            lines, inside = [], False
            for line in cell.source.splitlines():
                if begin in line:
                    inside = True
                elif end in line:
                    inside = False
                elif not inside:
                    lines.append(line)
            public.append("\n".join(lines))
        public.append(self.release_json)
        return HiddenText(blocks, "\n".join(public), begin, end)

    @property
    def titles(self) -> dict[str, str]:
        """Each graded cell's question title: the heading of the text cell before its answer."""
        titles, heading = {}, ""
        for cell in self.source.cells:
            if cell.cell_type == "markdown":
                for line in cell.source.splitlines():
                    if line.lstrip().startswith("#"):
                        heading = re.sub(
                            r"\s*\(\d+(\.\d+)? points?\)\s*$", "", line.lstrip("# ").strip()
                        )
                        break
            meta = nbgrader_meta(cell)
            if meta.get("grade"):
                titles[meta["grade_id"]] = heading or meta["grade_id"]
        return titles

    @property
    def model_answers(self) -> dict[str, str]:
        """The instructor's answers (solution markers removed), by grade id."""
        return answer_sources(self.source, SOLUTION_MARKERS)

    @property
    def stubs(self) -> dict[str, str]:
        """The answer cells as released to learners, by grade id."""
        return answer_sources(self.release)

    @property
    def max_score(self) -> float:
        """The total points of the notebook."""
        return sum(q.points for q in self.questions)

    @property
    def digest(self) -> str:
        """A short hash of the source and release: results from another version are regraded."""
        blob = (self.source_json + self.release_json).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:16]


def answer_sources(nb: NotebookNode, strip: re.Pattern | None = None) -> dict[str, str]:
    """Return the answer cells' sources by grade id, with ``strip`` matches removed."""
    return {
        nbgrader_meta(c)["grade_id"]: strip.sub("", c.source) if strip else c.source
        for c in nb.cells
        if cell_kind(c) == "answer"
    }


def load_template(course: Path, assignment: str, config: CourseConfig | None = None) -> Template:
    """Build the template of ``assignment`` from the course folder.

    Parameters
    ----------
    course
        The course root (it holds ``nbgrader_config.py``, the source and release folders).
    assignment
        The assignment id, e.g. ``01-first-look``.
    config
        The course's nbgrader configuration (read from ``course`` if not given): where the
        source and release folders are, and the hidden-test delimiters.

    Raises
    ------
    GradingSetupError
        If the source or released notebook is missing or the two do not match.
    """
    config = config or load_course_config(course)
    source_dir = config.path(config.source, ".", assignment)
    sources = sorted(source_dir.glob("*.ipynb"))
    if not sources:
        known = sorted(p.name for p in source_dir.parent.glob("*") if p.is_dir())
        raise GradingSetupError(
            f"No notebook in {source_dir}. Assignments here: {', '.join(known) or 'none'}."
        )
    if len(sources) > 1:
        raise GradingSetupError(
            f"{source_dir} has {len(sources)} notebooks; rapport grade handles one per assignment."
        )
    name = sources[0].stem
    release_path = config.path(config.release, ".", assignment) / f"{name}.ipynb"
    if not release_path.exists():
        raise GradingSetupError(f"{release_path} is missing: run `make release` first.")
    source = nbformat.read(sources[0], as_version=4)
    release = nbformat.read(release_path, as_version=4)
    source_ids = [nbgrader_meta(c).get("grade_id") for c in source.cells if cell_kind(c)]
    release_ids = [nbgrader_meta(c).get("grade_id") for c in release.cells if cell_kind(c)]
    if source_ids != release_ids:
        raise GradingSetupError(
            f"{release_path} does not match {sources[0]}: run `make release` and release again."
        )
    return Template(
        assignment=assignment,
        notebook=name,
        source_json=nbformat.writes(source),
        release_json=nbformat.writes(release),
        parameters=_parameters(source),
        warm_modules=_imported_modules(source),
        hidden_delimiters=config.hidden_delimiters,
    )


def _parameters(nb: NotebookNode) -> dict[str, object]:
    """Literal assignments of the cell tagged ``parameters``."""
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            values: dict[str, object] = {}
            for node in ast.parse(cell.source).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                    if isinstance(target, ast.Name):
                        values[target.id] = ast.literal_eval(node.value)
            return values
    return {}


def _imported_modules(nb: NotebookNode) -> tuple[str, ...]:
    """Top-level modules imported by the locked code cells (never by learner code)."""
    modules: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code" or cell_kind(cell) not in LOCKED_KINDS:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.append(node.module)
    return tuple(dict.fromkeys(modules))

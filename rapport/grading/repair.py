"""Cell repair: a submission rebuilt on the course's cells, then given the course's parameters.

Test and locked cells always come from the instructor's notebook (hidden tests included); answer
cells come from the submission, joined if split and put back as the released stub if deleted;
cells the learner added keep their place. nbgrader's checksums tell which course cells a learner
edited, and every repair is reported as a short note.
"""

from __future__ import annotations

import copy

import nbformat
from nbformat import NotebookNode

from rapport.grading.template import Template, cell_kind, nbgrader_meta


def checksum(cell: NotebookNode) -> str:
    """Nbgrader's checksum of a cell (its own function, so the two always agree)."""
    from nbgrader.utils import compute_checksum

    return compute_checksum(cell)


def rebuild(submitted: NotebookNode, template: Template) -> tuple[NotebookNode, list[str]]:
    """Rebuild a submission on the course's cells, and say what had to be repaired.

    Test and locked cells always come from the source notebook (so hidden tests are the
    instructor's); answer cells come from the submission, in the course's order; cells the learner
    added keep their place after the course cell they followed.

    Parameters
    ----------
    submitted
        The learner's notebook (nbformat 4).
    template
        The assignment's template.

    Returns
    -------
    (notebook, flags)
        The notebook to run, and one short line per repair (edited, deleted, split cells).
    """
    source, release = template.source, template.release
    released = {nbgrader_meta(c)["grade_id"]: c for c in release.cells if cell_kind(c)}
    flags: list[str] = []
    answers: dict[str, list[NotebookNode]] = {}
    extras: dict[str | None, list[NotebookNode]] = {}  # learner cells after a course cell
    last_id: str | None = None
    for cell in submitted.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id is not None and grade_id in released:
            kind = cell_kind(released[grade_id])
            if kind == "answer":
                answers.setdefault(grade_id, []).append(cell)
            elif checksum(cell) != nbgrader_meta(released[grade_id]).get("checksum"):
                flags.append(f"edited {kind} cell restored: {grade_id}")
            last_id = grade_id
            continue
        if grade_id:
            flags.append(f"unknown cell id ignored as scratch work: {grade_id}")
        scratch = copy.deepcopy(cell)
        scratch.metadata.pop("nbgrader", None)
        extras.setdefault(last_id, []).append(scratch)

    cells: list[NotebookNode] = list(extras.get(None, []))
    seen = {n for n, c in released.items() if cell_kind(c) != "answer"}
    present = {nbgrader_meta(c).get("grade_id") for c in submitted.cells}
    for cell in source.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        kind = cell_kind(cell)
        if kind == "answer":
            assert grade_id is not None, "an answer cell has a grade id (cell_kind)"
            cells.append(_answer_cell(grade_id, answers.get(grade_id), released[grade_id], flags))
        else:
            restored = copy.deepcopy(cell)
            if cell.cell_type == "code":
                restored.outputs, restored.execution_count = [], None
            cells.append(restored)
            if grade_id in seen and grade_id not in present:
                flags.append(f"deleted {kind} cell put back: {grade_id}")
        cells += extras.get(grade_id, [])
    rebuilt = nbformat.v4.new_notebook(cells=cells, metadata=copy.deepcopy(source.metadata))
    for number, cell in enumerate(rebuilt.cells):
        cell["id"] = f"cell-{number}"
    return rebuilt, flags


def _answer_cell(
    grade_id: str, given: list[NotebookNode] | None, released: NotebookNode, flags: list[str]
) -> NotebookNode:
    """Return the answer for ``grade_id``: parts joined if split, the stub if deleted."""
    cell = copy.deepcopy(released)
    if not given:
        flags.append(f"answer cell missing, graded as blank: {grade_id}")
        return cell
    if len(given) > 1:
        flags.append(f"answer cell split or duplicated, parts joined in order: {grade_id}")
    cell.source = "\n".join(part.source for part in given)
    if cell.cell_type == "code":
        cell.outputs, cell.execution_count = [], None
    return cell


def with_parameters(nb: NotebookNode, parameters: dict[str, object]) -> NotebookNode:
    """Inject the course's parameters with papermill (after the ``parameters`` cell)."""
    if not parameters:
        return nb
    from papermill.parameterize import parameterize_notebook

    nb = copy.deepcopy(nb)
    for cell in nb.cells:  # papermill reads every cell's tags
        cell.metadata.setdefault("tags", [])
    nb.metadata.setdefault("papermill", {})
    injected = parameterize_notebook(nb, parameters, kernel_name="python3", language="python")
    injected.metadata.pop("papermill", None)
    return injected

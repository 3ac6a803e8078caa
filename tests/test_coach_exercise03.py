"""Exercise 03 as a learner meets it: the released notebook run cell by cell in a real kernel.

A check cell run before its answer cell says, in one plain sentence, to run the answer cell first
(no NameError); the hidden-test cell shows nothing; a situation never shows "None".
"""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

RELEASE = Path(__file__).resolve().parents[1] / "exercises" / "03-messages" / "03-messages.ipynb"


def grade_ids(nb) -> dict[str, int]:
    return {
        c.metadata.get("nbgrader", {}).get("grade_id"): i
        for i, c in enumerate(nb.cells)
        if c.metadata.get("nbgrader", {}).get("grade_id")
    }


@pytest.fixture(scope="module")
def run_out_of_order():
    """Run setup, the situations, the hidden-test cell and every check cell, skipping answers."""
    nb = nbformat.read(RELEASE, as_version=4)
    ids = grade_ids(nb)
    order = ["setup", "a-check", "a-hidden", "b-situations", "b1-interest", "b2-pass"]
    picked = nbformat.v4.new_notebook(cells=[nb.cells[ids[gid]] for gid in order])
    picked.metadata = nb.metadata
    NotebookClient(picked, timeout=120, allow_errors=True, kernel_name="python3").execute()
    return dict(zip(order, picked.cells, strict=True))


def text_of(cell) -> str:
    parts = []
    for out in cell.outputs:
        parts.append(out.get("text", ""))
        parts += out.get("traceback", [])
        parts.append(str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


@pytest.mark.parametrize("grade_id", ["a-check", "b1-interest", "b2-pass"])
def test_a_check_run_before_its_answer_says_to_run_the_answer_cell(run_out_of_order, grade_id):
    cell = run_out_of_order[grade_id]
    shown = text_of(cell)
    assert "run the answer cell above first" in shown
    assert "NameError" not in shown
    assert "Traceback" not in shown
    (error,) = [o for o in cell.outputs if o.output_type == "error"]
    assert len(error.traceback) <= 2  # the message (and no hint): one short paragraph


def test_the_hidden_test_cell_shows_nothing_to_the_learner(run_out_of_order):
    assert run_out_of_order["a-hidden"].outputs == []


def test_a_situation_never_shows_none(run_out_of_order):
    shown = text_of(run_out_of_order["b-situations"])
    assert "to Nadia" in shown
    assert "to Ahmad" in shown
    assert "None" not in shown
    assert "last in touch 19 months ago" in shown

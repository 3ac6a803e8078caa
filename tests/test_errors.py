"""A learner's mistake reads as one paragraph; a bug in the kit keeps its traceback."""

import html

import ipywidgets as W
import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from rapport.contacts.table import ContactImportError
from rapport.errors import RapportError
from rapport.grading.errors import GradingSetupError, SubmissionRejected
from rapport.slides import SlidesError
from rapport.summary import SummaryError
from rapport.tags import TagStoreError
from rapport.tracker.store import TrackerError
from widgets.errors import ErrorPanel


@pytest.mark.parametrize(
    "error",
    [
        ContactImportError,
        TrackerError,
        TagStoreError,
        SummaryError,
        SlidesError,
        GradingSetupError,
        SubmissionRejected,
    ],
)
def test_every_error_the_kit_raises_on_purpose_is_a_rapport_error(error):
    assert issubclass(error, RapportError)


def test_the_panel_shows_a_learner_error_as_its_sentence_without_a_traceback():
    panel = ErrorPanel()
    button = W.Button()

    def fail(_):
        raise TrackerError("Type a name for the person <b>first</b>, then press add.")

    button.on_click(panel.guard(fail))
    button.click()
    assert html.escape("Type a name for the person <b>first</b>, then press add.") in panel.value
    assert "<b>first</b>" not in panel.value
    assert "Traceback" not in panel.value
    assert "Something went wrong" not in panel.value


def test_the_panel_shows_a_bug_with_its_traceback():
    panel = ErrorPanel()
    button = W.Button()
    button.on_click(panel.guard(lambda _: {}["missing"]))
    button.click()
    assert "Something went wrong" in panel.value
    assert "Traceback" in panel.value
    assert "KeyError" in panel.value


def run_cells(*sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    client = NotebookClient(nb, kernel_name="python3", timeout=120, allow_errors=True)
    client.execute()
    return nb


def test_a_notebook_cell_shows_a_learner_error_as_one_paragraph_and_still_fails():
    nb = run_cells(
        "from rapport.contacts.table import ContactImportError",
        "raise ContactImportError('This file ends in the middle of a row: download it again.')",
        "raise KeyError('a bug')",
    )
    learner, bug = nb.cells[1].outputs, nb.cells[2].outputs
    assert [o.output_type for o in learner] == ["error"]
    assert learner[0].traceback == ["This file ends in the middle of a row: download it again."]
    # a bug keeps its whole traceback, so it can be reported
    assert bug[0].ename == "KeyError"
    assert len(bug[0].traceback) > 1


def test_a_learner_error_still_stops_run_all():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from rapport.tags import TagStoreError"),
        nbformat.v4.new_code_cell("raise TagStoreError('fix the tags file')"),
        nbformat.v4.new_code_cell("print('ran on')"),
    ]
    with pytest.raises(CellExecutionError):
        NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    assert nb.cells[2].outputs == []

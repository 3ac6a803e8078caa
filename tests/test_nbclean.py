import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from rapport.nbclean import (
    DEFAULT_FOLDERS,
    KERNELSPEC,
    clean_notebook,
    clean_paths,
    notebooks_under,
)

from .rapport_cli import rapport


def dirty_notebook():
    code = new_code_cell(
        "print(1)",
        execution_count=7,
        outputs=[new_output("stream", name="stdout", text="1\n")],
        metadata={
            "ExecuteTime": {"end_time": "2026-01-01"},
            "scrolled": True,
            "collapsed": False,
            "papermill": {"duration": 1.2},
            "tags": ["parameters"],
            "nbgrader": {"grade_id": "q1", "solution": True},
        },
    )
    nb = new_notebook(cells=[new_markdown_cell("# Title"), code])
    nb.metadata = {
        "kernelspec": {"name": "myenv", "display_name": "My env", "language": "python"},
        "language_info": {"name": "python", "version": "3.11.7", "mimetype": "text/x-python"},
        "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}},
        "papermill": {"parameters": {}},
        "nbgrader": {"kernelspec": "x"},
    }
    return nb


def test_clean_strips_outputs_counts_and_volatile_metadata_but_keeps_course_metadata():
    nb = clean_notebook(dirty_notebook())
    code = nb.cells[1]
    assert code.outputs == []
    assert code.execution_count is None
    assert dict(code.metadata) == {
        "nbgrader": {"grade_id": "q1", "solution": True},
        "tags": ["parameters"],
    }
    assert nb.metadata["kernelspec"] == KERNELSPEC
    assert nb.metadata["language_info"] == {"name": "python"}
    assert "widgets" not in nb.metadata
    assert "papermill" not in nb.metadata
    assert "nbgrader" in nb.metadata


def test_clean_paths_rewrites_once_then_reports_nothing(tmp_path):
    path = tmp_path / "nb.ipynb"
    nbformat.write(dirty_notebook(), path)
    assert clean_paths([tmp_path], check=True) == [path]
    assert clean_paths([tmp_path], check=True) == [path], "check mode must not write"
    assert clean_paths([tmp_path]) == [path]
    assert clean_paths([tmp_path]) == []
    text = path.read_text(encoding="utf-8")
    assert '"outputs": []' in text
    assert 'execution_count": null' in text
    assert not list(tmp_path.glob(".*tmp")), "no temporary file is left behind"


def test_checkpoints_are_ignored(tmp_path):
    (tmp_path / ".ipynb_checkpoints").mkdir()
    nbformat.write(dirty_notebook(), tmp_path / ".ipynb_checkpoints" / "a-checkpoint.ipynb")
    assert notebooks_under([tmp_path]) == []


def test_every_committed_notebook_is_clean(repo):
    found = notebooks_under([repo / f for f in DEFAULT_FOLDERS])
    assert len(found) >= 3, "the course notebooks were not found"
    assert clean_paths(found, check=True) == []


def test_every_committed_notebook_uses_the_python3_kernel(repo):
    for path in notebooks_under([repo / f for f in DEFAULT_FOLDERS]):
        assert nbformat.read(path, as_version=4).metadata["kernelspec"]["name"] == "python3"


def test_clean_nbs_check_exits_nonzero_and_names_the_file(tmp_path):
    path = tmp_path / "dirty.ipynb"
    nbformat.write(dirty_notebook(), path)
    result = rapport("clean-nbs", "--check", str(tmp_path))
    assert result.returncode == 1
    assert str(path) in result.stdout
    assert "make clean-nbs" in result.stderr

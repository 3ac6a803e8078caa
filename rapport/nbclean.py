"""Normalise notebooks before they are committed.

Strips outputs, execution counts and volatile metadata (widget state, timings, papermill and
editor traces), keeps what the course needs (nbgrader cell metadata, tags, slideshow), and sets
one kernelspec, ``python3``. Cleaning is idempotent and byte-stable: a clean notebook read and
cleaned again is written back identically. In the spirit of nbdev's ``clean.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import nbformat

from rapport.fileio import write_atomic

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python"}
# Notebook-level metadata worth keeping; everything else is editor or run state.
KEEP_NOTEBOOK_METADATA = ("nbgrader", "celltoolbar")
# Cell-level metadata worth keeping.
KEEP_CELL_METADATA = ("nbgrader", "tags", "slideshow", "editable", "deletable")
DEFAULT_FOLDERS = ("workbook", "solutions", "exercises", "apps", "docs")


def clean_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return ``nb`` cleaned in place (and also returned for chaining).

    Parameters
    ----------
    nb
        A version-4 notebook.
    """
    nb.metadata = nbformat.from_dict(
        {
            **{k: nb.metadata[k] for k in KEEP_NOTEBOOK_METADATA if k in nb.metadata},
            "kernelspec": KERNELSPEC,
            "language_info": LANGUAGE_INFO,
        }
    )
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict(
            {k: cell.metadata[k] for k in KEEP_CELL_METADATA if k in cell.metadata}
        )
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        elif "attachments" in cell and not cell.attachments:
            del cell["attachments"]
    return nb


def cleaned_text(path: Path) -> str:
    """Return the text the notebook at ``path`` should have once clean."""
    nb = nbformat.read(path, as_version=4)
    return nbformat.writes(clean_notebook(nb)) + "\n"


def notebooks_under(paths: Iterable[Path]) -> list[Path]:
    """List notebooks in the given files and folders, skipping checkpoints, sorted."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        elif path.suffix == ".ipynb":
            found.add(path)
    return sorted(found)


def clean_paths(paths: Iterable[Path], check: bool = False) -> list[Path]:
    """Clean every notebook under ``paths``.

    Parameters
    ----------
    paths
        Files or folders.
    check
        Only report, change nothing.

    Returns
    -------
    list of Path
        The notebooks that were (or, with ``check``, would be) changed.
    """
    changed = []
    for path in notebooks_under(paths):
        text = cleaned_text(path)
        if path.read_text(encoding="utf-8") != text:
            changed.append(path)
            if not check:
                write_atomic(path, text)
    return changed

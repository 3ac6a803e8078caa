"""The learner's workspace: their copies of the notebooks live outside the repository.

Following the course with one's own export must leave the repository exactly as it was:
``git status`` and ``git diff`` show nothing new, while the learner's saved notebooks (in the
workspace, in their data folder) do hold their contacts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from rapport.workspace import MANIFEST, WorkspaceError, lab_environment, prepare_workspace

from .learner_export import names, write_connections
from .test_notebooks import execute, outputs_text

REPO = Path(__file__).resolve().parent.parent


def git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr  # 1: `git grep` found nothing
    return done.stdout


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A copy of the kit's learner folders, to change as a new release would."""
    for name in ("workbook", "exercises"):
        shutil.copytree(REPO / name, tmp_path / "kit" / name)
    return tmp_path / "kit"


def test_the_first_run_copies_every_notebook_and_the_second_changes_nothing(kit, tmp_path):
    folder = tmp_path / "data" / "workspace"
    first = prepare_workspace(kit, folder)
    expected = sorted(p.relative_to(kit).as_posix() for p in kit.rglob("*.ipynb"))
    assert sorted(first.added) == expected
    assert (folder / "workbook" / "00-start-here.ipynb").read_bytes() == (
        kit / "workbook" / "00-start-here.ipynb"
    ).read_bytes()
    again = prepare_workspace(kit, folder)
    assert (again.added, again.updated, again.kept) == ([], [], [])


def test_a_notebook_the_learner_changed_is_never_overwritten(kit, tmp_path):
    folder = tmp_path / "workspace"
    prepare_workspace(kit, folder)
    mine = folder / "workbook" / "01-audit-your-connections.ipynb"
    mine.write_text(mine.read_text() + "\n")  # saved by JupyterLab, with the learner's outputs
    (kit / "workbook" / "01-audit-your-connections.ipynb").write_text('{"kit": "v2"}')
    (kit / "workbook" / "00-start-here.ipynb").write_text('{"kit": "v2"}')  # untouched copy
    (kit / "exercises" / "05-new").mkdir()
    (kit / "exercises" / "05-new" / "05-new.ipynb").write_text('{"kit": "new"}')

    report = prepare_workspace(kit, folder)

    assert report.kept == ["workbook/01-audit-your-connections.ipynb"]
    assert mine.read_text().endswith("\n\n")  # the learner's file, as they left it
    assert report.updated == ["workbook/00-start-here.ipynb"]
    assert (folder / "workbook" / "00-start-here.ipynb").read_text() == '{"kit": "v2"}'
    assert report.added == ["exercises/05-new/05-new.ipynb"]
    assert any("rename yours" in line for line in report.lines())
    # The learner renamed their copy: the next run brings the kit's version.
    mine.rename(mine.with_name("01-mine.ipynb"))
    assert prepare_workspace(kit, folder).added == ["workbook/01-audit-your-connections.ipynb"]


def test_a_lost_manifest_keeps_every_changed_copy(kit, tmp_path):
    folder = tmp_path / "workspace"
    prepare_workspace(kit, folder)
    mine = folder / "workbook" / "03-rewrite-outreach.ipynb"
    mine.write_text("my rewrites")
    (folder / MANIFEST).write_text("not json")
    report = prepare_workspace(kit, folder)
    assert report.kept == ["workbook/03-rewrite-outreach.ipynb"]
    assert mine.read_text() == "my rewrites"
    assert json.loads((folder / MANIFEST).read_text())  # rebuilt for the unchanged ones


def test_a_workspace_inside_the_kit_is_refused_with_what_to_do(kit):
    with pytest.raises(WorkspaceError, match="RAPPORT_DATA_DIR to a folder outside it"):
        prepare_workspace(kit, kit / "my-data" / "workspace")
    with pytest.raises(WorkspaceError, match="outside it"):  # anywhere in the kit's git tree
        prepare_workspace(REPO / "workbook", REPO / "build" / "workspace")
    assert not (kit / "my-data").exists()


def test_an_unwritable_workspace_says_what_to_do_and_writes_nothing_half(kit, tmp_path):
    folder = tmp_path / "workspace"
    folder.mkdir()
    (folder / "workbook").write_text("a file where a folder should be")
    with pytest.raises(WorkspaceError, match="Check that the folder is writable"):
        prepare_workspace(kit, folder)
    assert not list(folder.rglob("*.tmp"))


def test_the_lab_environment_turns_the_news_prompt_off():
    env = lab_environment({"JUPYTER_CONFIG_PATH": "/etc/elsewhere"})
    first, rest = env["JUPYTER_CONFIG_PATH"].split(":", 1)
    page_config = json.loads((Path(first) / "labconfig" / "page_config.json").read_text())
    assert page_config["disabledExtensions"]["@jupyterlab/apputils-extension:announcements"]
    assert rest == "/etc/elsewhere"  # the learner's own configuration is still read


@pytest.mark.notebook
def test_following_the_course_with_an_export_leaves_the_repository_clean(tmp_path, monkeypatch):
    data = tmp_path / "data"
    write_connections(data)
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(data))
    status, diff = git("status", "--porcelain"), git("diff")

    folder = prepare_workspace().folder
    assert folder == data / "workspace"
    for name in (
        "workbook/00-start-here.ipynb",
        "workbook/01-audit-your-connections.ipynb",
        "workbook/04-deepen-and-introduce.ipynb",
    ):
        path = folder / name
        ran = execute(path, path.with_suffix(".run.ipynb"))
        path.with_suffix(".run.ipynb").replace(path)  # as JupyterLab saves it: in place
        if name.startswith("workbook/01"):
            text = outputs_text(ran)
            assert any(person in text for person in names())  # the learner's own contacts

    assert git("status", "--porcelain") == status
    assert git("diff") == diff
    found = [p for p in names() if git("grep", "-l", p, "--", "workbook", "exercises")]
    assert found == []

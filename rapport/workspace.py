"""The learner's workspace: their own copy of the workbook and exercises, outside the repository.

JupyterLab saves a notebook's outputs into the file (autosave, Ctrl+S), and the audit's outputs
show the learner's contacts. So learners never work in the kit's own ``workbook/`` and
``exercises/``: ``rapport lab`` (``make lab``) copies them into ``workspace/`` in the learner's
data folder and opens JupyterLab there. The repository's files stay as they were committed.

A copy is never overwritten once the learner has changed it. A copy the learner has not
changed follows the kit when the kit's version changes; a changed one is kept, and the report
says how to get the kit's new version. A manifest (``.rapport-workspace.json``) records what was
copied, so the two cases can be told apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rapport.errors import RapportError
from rapport.fileio import write_atomic
from rapport.paths import ENV_VAR, learner_data_dir

FOLDERS = ("workbook", "exercises")  # what a learner opens, relative to the kit
MANIFEST = ".rapport-workspace.json"
START = "workbook/00-start-here.ipynb"
SKIP = (".ipynb_checkpoints", "__pycache__")


class WorkspaceError(RapportError):
    """The workspace cannot be made where it would go; the message says what to change."""


@dataclass
class WorkspaceReport:
    """What :func:`prepare_workspace` did, file by file (paths relative to the workspace)."""

    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the learner's changed copy; the kit moved on

    def lines(self) -> list[str]:
        """Sentences for the learner, one per kind of change."""
        out = [f"Your workspace: {self.folder} (your own copies; the kit's files stay untouched)."]
        if self.added:
            out.append(f"  copied {len(self.added)} new file(s) from the kit")
        if self.updated:
            out.append(f"  brought {len(self.updated)} unchanged file(s) up to the kit's version")
        for name in self.kept:
            out.append(
                f"  kept your copy of {name}; the kit has a newer one. To get it, rename yours "
                "(e.g. add '-mine') and run make lab again."
            )
        return out


def workspace_dir() -> Path:
    """Return the folder of the learner's workspace (inside their data folder)."""
    return learner_data_dir() / "workspace"


def kit_root() -> Path:
    """Return the kit's folder (the one holding ``workbook/`` and ``exercises/``)."""
    return Path(__file__).resolve().parents[1]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inside_git_tree(folder: Path, kit: Path) -> bool:
    """Tell whether ``folder`` is inside the kit's folder (so it could be committed with it)."""
    folder, kit = folder.resolve(), kit.resolve()
    if folder == kit or kit in folder.parents:
        return True
    try:
        top = subprocess.run(
            ["git", "-C", str(kit), "rev-parse", "--show-toplevel"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return False
    return Path(top).resolve() in (folder, *folder.parents)


def _kit_files(kit: Path) -> dict[str, Path]:
    files = {}
    for name in FOLDERS:
        for path in sorted((kit / name).rglob("*")):
            if path.is_file() and not any(part in SKIP for part in path.parts):
                files[path.relative_to(kit).as_posix()] = path
    return files


def prepare_workspace(kit: Path | None = None, folder: Path | None = None) -> WorkspaceReport:
    """Copy the kit's notebooks into the learner's workspace, never overwriting their work.

    Parameters
    ----------
    kit
        The kit's folder (default: the one this package is installed from).
    folder
        The workspace (default: ``workspace/`` in the learner's data folder).

    Returns
    -------
    WorkspaceReport
        What was added, updated and kept.

    Raises
    ------
    WorkspaceError
        The workspace would be inside the kit's repository, or a file cannot be written.
    """
    kit = (kit or kit_root()).resolve()
    folder = (folder or workspace_dir()).resolve()
    if _inside_git_tree(folder, kit):
        raise WorkspaceError(
            f"Your workspace {folder} would be inside the kit's folder {kit}, where your notes "
            f"and contacts could be committed by mistake. Set {ENV_VAR} to a folder outside it "
            "(or unset it to use your usual data folder), then run make lab again."
        )
    manifest_path = folder / MANIFEST
    try:
        recorded: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        recorded = {}
    report = WorkspaceReport(folder)
    try:
        for name, source in _kit_files(kit).items():
            data = source.read_bytes()
            target = folder / name
            fresh = _digest(data)
            if not target.exists():
                report.added.append(name)
            else:
                current = _digest(target.read_bytes())
                if current == fresh:
                    recorded[name] = fresh
                    continue  # already the kit's version
                if recorded.get(name) == fresh:
                    continue  # changed by the learner; the kit has not changed since the copy
                if current != recorded.get(name):
                    report.kept.append(name)  # the learner changed it: never overwrite
                    continue
                report.updated.append(name)  # untouched by the learner: follow the kit
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
            recorded[name] = fresh
        write_atomic(manifest_path, json.dumps(recorded, indent=1, sort_keys=True))
    except OSError as exc:
        raise WorkspaceError(
            f"Could not write your workspace in {folder} ({exc.strerror or exc}). Check that "
            f"the folder is writable and the disk has space, or set {ENV_VAR} to another folder."
        ) from None
    return report


def lab_command(folder: Path, extra: list[str]) -> list[str]:
    """Return the JupyterLab command that opens ``folder`` on the start notebook.

    The "Jupyter news?" prompt is turned off by the kit's own lab configuration (see
    :func:`lab_environment`), so nothing asks to reach the internet.
    """
    return [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        "--ServerApp.allow_root=True",
        f"--LabApp.default_url=/lab/tree/{START}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        *extra,
    ]  # fmt: skip


def lab_environment(environ: dict[str, str]) -> dict[str, str]:
    """Return ``environ`` with the kit's Jupyter configuration folder searched too.

    It holds ``labconfig/page_config.json``, which disables JupyterLab's announcements plugin
    (the "Would you like to receive official Jupyter news?" prompt) for this server only.
    """
    config = str(Path(__file__).resolve().parent / "jupyter-config")
    searched = [config, *filter(None, environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep))]
    return {**environ, "JUPYTER_CONFIG_PATH": os.pathsep.join(searched)}

"""OS accounts and home folders for workshop users, and the Jupyter config of each role.

Every hub user runs as an OS account of their own, created on their first login as The
Littlest JupyterHub does (``useradd --create-home``, then the home closed to others). A
learner's home gets a copy of the workbook; the instructor's gets the nbgrader course
(``~/course``: ``nbgrader_config.py``, ``solutions/``, ``exercises/``). Existing files are
never overwritten, so a restart or a second login keeps everyone's work.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
from pathlib import Path

from rapport.fileio import write_atomic
from rapport.workshop.settings import Workshop, WorkshopError

HOME_MODE = 0o700
COURSE_FILES = ("nbgrader_config.py", "solutions", "exercises")
SKIP = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
# nbgrader's lab plugins a learner does not use (its own table: students get the assignment list).
LEARNER_DISABLED_PLUGINS = (
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:course-list",
    "@jupyter/nbgrader:create-assignment",
)
LEARNER_DISABLED_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
)
NEWS_PLUGIN = "@jupyterlab/apputils-extension:announcements"


def ensure_account(system_name: str) -> pwd.struct_passwd:
    """Return the OS account ``system_name``, creating it with a private home if it is new."""
    try:
        return pwd.getpwnam(system_name)
    except KeyError:
        pass
    done = subprocess.run(
        ["useradd", "--create-home", "--shell", "/bin/bash", "--comment", "Rapport workshop",
         system_name],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0 and "already exists" not in done.stderr:
        raise WorkshopError(f"could not create the account {system_name}: {done.stderr.strip()}")
    account = pwd.getpwnam(system_name)
    os.chmod(account.pw_dir, HOME_MODE)
    return account


def copy_into_home(source: Path, account: pwd.struct_passwd, name: str) -> bool:
    """Copy ``source`` to ``HOME/name``, owned by the account, unless it is already there.

    Returns True when it copied. The copy goes to a temporary name first, so a crash never
    leaves a half-copied folder that a later start would take for the real one.
    """
    target = Path(account.pw_dir) / name
    if target.exists():
        return False
    partial = target.with_name(f".{name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    if source.is_dir():
        shutil.copytree(source, partial, ignore=SKIP)
    else:
        shutil.copy2(source, partial)
    for path in [partial, *(partial.rglob("*") if partial.is_dir() else [])]:
        os.chown(path, account.pw_uid, account.pw_gid, follow_symlinks=False)
    partial.rename(target)
    return True


def prepare_home(workshop: Workshop, hub_name: str) -> pwd.struct_passwd:
    """Create the OS account of ``hub_name`` if needed and give its home what the role needs."""
    account = ensure_account(workshop.system_name(hub_name))
    if hub_name == workshop.instructor:
        course = Path(account.pw_dir) / "course"
        if not course.exists():
            staging = Path(account.pw_dir) / ".course.partial"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            for item in COURSE_FILES:
                source = workshop.kit / item
                if source.is_dir():
                    shutil.copytree(source, staging / item, ignore=SKIP)
                else:
                    shutil.copy2(source, staging / item)
            for path in [staging, *staging.rglob("*")]:
                os.chown(path, account.pw_uid, account.pw_gid, follow_symlinks=False)
            staging.rename(course)
    else:
        copy_into_home(workshop.kit / "workbook", account, "workbook")
    return account


def workshop_accounts(prefix: str) -> list[pwd.struct_passwd]:
    """Every OS account whose name starts with ``prefix``."""
    return sorted(
        (a for a in pwd.getpwall() if a.pw_name.startswith(prefix)), key=lambda a: a.pw_name
    )


def remove_accounts(prefix: str) -> list[str]:
    """Delete every account named ``prefix...`` with its home and processes; return the names.

    For tests and for clearing a finished workshop: learners' files go with their homes.
    """
    if len(prefix) < 4 or not prefix.endswith("-"):
        raise WorkshopError(f"refusing to remove accounts by the short prefix {prefix!r}")
    removed = []
    for account in workshop_accounts(prefix):
        subprocess.run(["pkill", "-KILL", "-u", str(account.pw_uid)], check=False)
        subprocess.run(
            ["userdel", "--remove", "--force", account.pw_name], capture_output=True, check=False
        )
        shutil.rmtree(account.pw_dir, ignore_errors=True)
        removed.append(account.pw_name)
    return removed


# ------------------------------------------------------------------------------------------------
# Per-role Jupyter config: JUPYTER_CONFIG_PATH of each single-user server points at one of these.


def _nbgrader_config(workshop: Workshop, course_root: Path | None) -> str:
    lines = [
        '"""nbgrader settings of the Rapport workshop hub (by `rapport workshop start`)."""',
        "c = get_config()  # noqa: F821",
        f"c.Exchange.root = {str(workshop.exchange)!r}",
        f"c.CourseDirectory.course_id = {workshop.course_id!r}",
    ]
    if course_root is not None:
        lines.append(f"c.CourseDirectory.root = {str(course_root)!r}")
    return "\n".join(lines) + "\n"


def write_role_config(workshop: Workshop) -> dict[str, Path]:
    """Write the ``learner`` and ``instructor`` config folders; return them by role.

    Both point nbgrader at the exchange and the course id. The instructor's also names the
    course folder, for formgrader; the learner's turns off formgrader, the course list and the
    assignment creator (nbgrader's own advice for student accounts).
    """
    folders = {}
    for role in ("learner", "instructor"):
        folder = workshop.jupyter_config / role
        (folder / "labconfig").mkdir(parents=True, exist_ok=True)
        learner = role == "learner"
        disabled = [NEWS_PLUGIN, *(LEARNER_DISABLED_PLUGINS if learner else ())]
        page_config = {"disabledExtensions": dict.fromkeys(disabled, True)}
        write_atomic(folder / "labconfig" / "page_config.json", json.dumps(page_config, indent=1))
        extensions = dict.fromkeys(LEARNER_DISABLED_SERVER_EXTENSIONS, not learner)
        server = {"ServerApp": {"jpserver_extensions": extensions}}
        write_atomic(folder / "jupyter_server_config.json", json.dumps(server, indent=1))
        course_root = None if learner else workshop.course_root
        write_atomic(folder / "nbgrader_config.py", _nbgrader_config(workshop, course_root))
        for path in [folder, folder / "labconfig"]:
            os.chmod(path, 0o755)
        folders[role] = folder
    return folders

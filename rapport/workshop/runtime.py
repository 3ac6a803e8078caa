"""The Python every single-user server runs: the kit's .venv, reachable by learners' accounts.

Learners' servers run as unprivileged accounts, so they must be able to run the kit's Python.
When the kit's ``.venv`` was made from an interpreter those accounts cannot reach (pyenv under
``/root``, which is closed to others and must stay so), the hub does not open that folder.
It makes a small *view* of the kit's environment instead, in ``STATE/python``: a venv of a
system Python of the same version (for example Debian's ``/usr/bin/python3.11``) whose only
content is a ``.pth`` line adding the kit's ``site-packages``, links to its Jupyter data and
config, and copies of its commands pointed at the view's interpreter. The packages are the
kit's own: nothing is installed twice and no learner installs anything.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from rapport.workshop.settings import Workshop, WorkshopError

# What a server imports; checked as an unprivileged account before any learner logs in.
IMPORT_CHECK = "import jupyterhub.singleuser, nbgrader, rapport, widgets"
VIEW = "python"


def as_nobody(*command: str) -> subprocess.CompletedProcess:
    """Run ``command`` as the unprivileged account ``nobody``, as a learner's server would."""
    return subprocess.run(
        ["runuser", "-u", "nobody", "--", *command], capture_output=True, text=True, check=False
    )


def _runs(python: Path) -> bool:
    return as_nobody(str(python), "-c", IMPORT_CHECK).returncode == 0


def _version(venv: Path) -> str:
    """Return the ``X.Y`` of the venv's Python, from its ``lib/pythonX.Y`` folder."""
    found = sorted(p.name for p in (venv / "lib").glob("python3.*"))
    if not found:
        raise WorkshopError(f"{venv} is not a Python environment: run `make venv`")
    return found[-1].removeprefix("python")


def _system_python(version: str) -> Path | None:
    """Return a Python ``version`` outside home folders that ``nobody`` can run, or None."""
    for folder in ("/usr/bin", "/usr/local/bin"):
        candidate = Path(folder) / f"python{version}"
        if candidate.exists() and as_nobody(str(candidate), "-c", "pass").returncode == 0:
            return candidate
    return None


def server_bin(workshop: Workshop) -> Path:
    """Return the ``bin`` folder whose ``python`` and commands the single-user servers use.

    The kit's ``.venv/bin`` when learners' accounts can run it, otherwise a view built (or
    rebuilt) in ``STATE/python``. Raise :class:`WorkshopError` saying what to do when neither
    works.
    """
    venv_bin = workshop.venv / "bin"
    if _runs(venv_bin / "python"):
        return venv_bin
    version = _version(workshop.venv)
    system = _system_python(version)
    if system is None:
        raise WorkshopError(
            f"learners' accounts cannot run the kit's Python ({(venv_bin / 'python').resolve()}), "
            f"and there is no system Python {version} to stand in for it: install one "
            f"(`apt-get install -y python{version}`), or rebuild the environment from a Python "
            f"outside /root (`make clean && make venv PYTHON=/usr/bin/python{version}`)"
        )
    view = build_view(workshop, system, version)
    if not _runs(view / "bin" / "python"):
        detail = as_nobody(str(view / "bin" / "python"), "-c", IMPORT_CHECK).stderr.strip()
        raise WorkshopError(
            f"learners' accounts cannot import the kit from {view}; check that the kit at "
            f"{workshop.kit} and its parent folders are open to others (`chmod o+rx`):\n"
            + detail[-1500:]
        )
    return view / "bin"


def build_view(workshop: Workshop, system: Path, version: str) -> Path:
    """Make ``STATE/python``: a venv of ``system`` that runs the kit's installed packages."""
    view = workshop.state / VIEW
    venv_python = str(workshop.venv / "bin" / "python")
    done = subprocess.run(
        [str(system), "-m", "venv", "--without-pip", "--clear", str(view)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise WorkshopError(f"could not make {view} with {system}: {done.stderr.strip()}")
    site = view / "lib" / f"python{version}" / "site-packages"
    kit_site = workshop.venv / "lib" / f"python{version}" / "site-packages"
    # site.addsitedir also runs the .pth files in the kit's site-packages (the editable install).
    (site / "rapport-kit.pth").write_text(f"import site; site.addsitedir({str(kit_site)!r})\n")
    for part in ("share", "etc"):
        if (workshop.venv / part / "jupyter").is_dir():
            (view / part).mkdir(exist_ok=True)
            (view / part / "jupyter").symlink_to(workshop.venv / part / "jupyter")
    for script in sorted((workshop.venv / "bin").iterdir()):
        target = view / "bin" / script.name
        if target.exists() or not script.is_file() or script.is_symlink():
            continue
        try:
            text = script.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        first, _, rest = text.partition("\n")
        if first.strip() in (f"#!{venv_python}", f"#!{venv_python}3"):
            target.write_text(f"#!{view / 'bin' / 'python'}\n{rest}", encoding="utf-8")
            target.chmod(0o755)
    for path in [view, *view.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | (0o055 if path.is_dir() else 0o044))
    return view

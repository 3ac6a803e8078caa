"""What a workshop hub is: who teaches, how learners log in, and where its state lives.

The settings are written to ``STATE/workshop.json`` by ``rapport workshop start`` and read back
by the hub's ``jupyterhub_config.py`` (found through the ``RAPPORT_WORKSHOP_STATE`` variable),
so the command line and the running hub can never disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapport.fileio import write_atomic

STATE_ENV = "RAPPORT_WORKSHOP_STATE"
SETTINGS_FILE = "workshop.json"
LOGIN_MODES = ("shared", "accounts")
# Linux account names are at most 32 characters; the hub name gets the prefix in front of it.
MAX_SYSTEM_NAME = 31
PREFIX_RE = re.compile(r"^[a-z][a-z0-9-]{0,11}$")


class WorkshopError(Exception):
    """A workshop cannot start or stop; the message says what to do."""


@dataclass(frozen=True)
class Workshop:
    """One workshop hub.

    Parameters
    ----------
    kit
        The kit's folder: ``workbook/``, ``solutions/``, ``nbgrader_config.py`` and ``.venv``.
    state
        Where the hub keeps its database, secrets, logs and nbgrader's exchange.
    ip, port
        Where the hub listens. ``127.0.0.1`` serves this machine only; ``0.0.0.0`` a room.
    login
        ``shared``: one workshop password (JupyterHub's SharedPasswordAuthenticator).
        ``accounts``: a password per learner from the roster (NativeAuthenticator).
    roster
        Learner names allowed to log in; empty means anyone with the shared password.
    instructor
        The hub name of the instructor, who has formgrader and is a hub admin.
    prefix
        Each hub user ``NAME`` runs as the OS account ``PREFIX + NAME``.
    course_id
        nbgrader's course id, shared by the instructor and the learners.
    """

    kit: Path
    state: Path
    ip: str = "127.0.0.1"
    port: int = 8000
    login: str = "shared"
    roster: tuple[str, ...] = field(default_factory=tuple)
    instructor: str = "instructor"
    prefix: str = "rapport-"
    course_id: str = "rapport"

    def __post_init__(self) -> None:
        if self.login not in LOGIN_MODES:
            raise WorkshopError(
                f"login must be one of {', '.join(LOGIN_MODES)}, not {self.login!r}"
            )
        if not PREFIX_RE.match(self.prefix.rstrip("-") or "-"):
            raise WorkshopError(
                f"the account prefix {self.prefix!r} must start with a lower-case letter and "
                "hold only a-z, 0-9 and '-' (at most 12 characters)"
            )
        if self.login == "accounts" and not self.roster:
            raise WorkshopError("per-learner accounts need a roster: pass --roster FILE.csv")
        if not 0 < self.port < 65536:
            raise WorkshopError(f"the port must be between 1 and 65535, not {self.port}")
        if self.instructor in self.roster:
            raise WorkshopError(
                f"the roster names {self.instructor!r}, the instructor's login: rename that "
                "learner, or choose another instructor name with --instructor"
            )
        problem = name_problem(self.instructor, self.prefix)
        if problem:
            raise WorkshopError(f"the instructor name {self.instructor!r} {problem}")

    # -- where things are ---------------------------------------------------------------------
    @property
    def venv(self) -> Path:
        """The kit's environment, which every single-user server runs."""
        return self.kit / ".venv"

    @property
    def exchange(self) -> Path:
        """Return nbgrader's exchange: released assignments, submissions and feedback."""
        return self.state / "exchange"

    @property
    def secrets(self) -> Path:
        """Passwords, the cookie secret and the hub database (readable by root only)."""
        return self.state / "secrets"

    @property
    def logs(self) -> Path:
        """The hub's log."""
        return self.state / "logs"

    @property
    def jupyter_config(self) -> Path:
        """Per-role Jupyter config folders (``learner``, ``instructor``), on JUPYTER_CONFIG_PATH."""
        return self.state / "jupyter"

    @property
    def pid_file(self) -> Path:
        """Written by JupyterHub while it runs."""
        return self.state / "hub.pid"

    @property
    def url(self) -> str:
        """The address learners open (``127.0.0.1`` when the hub listens on every interface)."""
        host = "127.0.0.1" if self.ip in ("", "0.0.0.0") else self.ip
        return f"http://{host}:{self.port}"

    def system_name(self, hub_name: str) -> str:
        """Return the OS account a hub user runs as."""
        return f"{self.prefix}{hub_name}"

    @property
    def instructor_home(self) -> Path:
        """The instructor's home folder (created on their first login)."""
        return Path("/home") / self.system_name(self.instructor)

    @property
    def course_root(self) -> Path:
        """The instructor's nbgrader course folder, inside their home."""
        return self.instructor_home / "course"

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> Path:
        """Write the settings to ``STATE/workshop.json``; return its path."""
        data = asdict(self)
        data.update(kit=str(self.kit), state=str(self.state), roster=list(self.roster))
        path = self.state / SETTINGS_FILE
        write_atomic(path, json.dumps(data, indent=1) + "\n", mode=0o644)
        return path

    @classmethod
    def load(cls, state: Path | str) -> Workshop:
        """Read the settings a ``start`` wrote into ``state``."""
        path = Path(state) / SETTINGS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise WorkshopError(
                f"no workshop was started with the state folder {state} ({path} is missing)"
            ) from None
        data.update(kit=Path(data["kit"]), state=Path(data["state"]), roster=tuple(data["roster"]))
        return cls(**data)


NAME_RE = re.compile(r"^[a-z][a-z0-9._-]*$")


def name_problem(name: str, prefix: str) -> str:
    """Say what is wrong with ``name`` as a hub user name, or return "" when it is fine."""
    if not NAME_RE.match(name):
        return "must start with a lower-case letter and hold only a-z, 0-9, '.', '_' and '-'"
    if len(prefix) + len(name) > MAX_SYSTEM_NAME:
        return f"is too long: at most {MAX_SYSTEM_NAME - len(prefix)} characters"
    return ""


def username_pattern(prefix: str) -> str:
    """Return the regular expression JupyterHub checks every login name against."""
    return rf"^[a-z][a-z0-9._-]{{0,{MAX_SYSTEM_NAME - len(prefix) - 1}}}$"

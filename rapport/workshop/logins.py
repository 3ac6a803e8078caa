"""How people log in to the workshop hub, with JupyterHub's own authenticators.

* ``shared``: JupyterHub's SharedPasswordAuthenticator. Learners type any name (or a roster
  name) and the workshop password; the instructor logs in with a separate admin password.
  Anyone with the workshop password can log in under any learner's name, so it suits a
  workshop on the sample data, not learners' own exports.
* ``accounts``: NativeAuthenticator, one password per learner. The accounts are made in the
  hub database before the hub starts, with NativeAuthenticator's own ``create_user``; passwords
  come from the roster or are generated, and are listed for the instructor in
  ``STATE/secrets/accounts.csv`` (readable by root only).

Passwords live in ``STATE/secrets`` (mode 0700), so a restart keeps them.
"""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from rapport.fileio import write_atomic
from rapport.workshop.roster import RosterEntry
from rapport.workshop.settings import Workshop, WorkshopError

LEARNER_PASSWORD_FILE = "learner-password"
INSTRUCTOR_PASSWORD_FILE = "instructor-password"
ACCOUNTS_FILE = "accounts.csv"
HUB_DB_FILE = "jupyterhub.sqlite"
# No 0/o, 1/l/i: passwords are read off a slide or a sheet of paper.
READABLE = "abcdefghjkmnpqrstuvwxyz23456789"
MIN_LEARNER_PASSWORD = 8  # SharedPasswordAuthenticator's own minimum
ADMIN_PASSWORD_BYTES = 24  # 32 characters: SharedPasswordAuthenticator's admin minimum


@dataclass(frozen=True)
class Logins:
    """What to tell the room: the shared password, or where the per-learner sheet is."""

    mode: str
    learner_password: str = ""
    instructor_password: str = ""
    accounts_file: Path | None = None
    created: tuple[str, ...] = ()


def readable_password(groups: int = 3) -> str:
    """Return a random password such as ``k7mx-p3rd-9wqa`` (about 62 bits)."""
    return "-".join("".join(secrets.choice(READABLE) for _ in range(4)) for _ in range(groups))


def hub_db_url(workshop: Workshop) -> str:
    """Return the URL of the hub's SQLite database, kept with the secrets."""
    return f"sqlite:///{workshop.secrets / HUB_DB_FILE}"


def _secret(path: Path, value: str | None, make: str) -> str:
    """Return ``value`` (stored in ``path``), the stored one, or ``make`` (stored)."""
    if value is None and path.exists():
        return path.read_text(encoding="utf-8").strip()
    chosen = make if value is None else value
    write_atomic(path, chosen + "\n", mode=0o600)
    return chosen


def prepare_logins(
    workshop: Workshop, roster: list[RosterEntry], password: str | None = None
) -> Logins:
    """Choose or read the passwords, and make per-learner accounts that do not exist yet."""
    workshop.secrets.mkdir(mode=0o700, parents=True, exist_ok=True)
    if workshop.login == "shared":
        if password is not None and len(password) < MIN_LEARNER_PASSWORD:
            raise WorkshopError(
                f"the workshop password must be at least {MIN_LEARNER_PASSWORD} characters"
            )
        learner = _secret(workshop.secrets / LEARNER_PASSWORD_FILE, password, readable_password())
        admin = _secret(
            workshop.secrets / INSTRUCTOR_PASSWORD_FILE,
            None,
            secrets.token_urlsafe(ADMIN_PASSWORD_BYTES),
        )
        return Logins("shared", learner_password=learner, instructor_password=admin)
    sheet = workshop.secrets / ACCOUNTS_FILE
    known = _read_sheet(sheet)
    wanted = [*roster, RosterEntry(workshop.instructor)]
    for entry in wanted:
        if entry.username not in known:
            known[entry.username] = entry.password or readable_password()
    created = create_native_accounts(workshop, {e.username: known[e.username] for e in wanted})
    _write_sheet(sheet, known)
    return Logins("accounts", accounts_file=sheet, created=tuple(created))


def _read_sheet(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines())
    return {row["username"]: row["password"] for row in rows}


def _write_sheet(path: Path, accounts: dict[str, str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["username", "password"])
    writer.writerows(sorted(accounts.items()))
    write_atomic(path, buffer.getvalue(), mode=0o600)


def create_native_accounts(workshop: Workshop, accounts: dict[str, str]) -> list[str]:
    """Create, in the hub database, each NativeAuthenticator account that does not exist yet.

    Returns the names created. An existing account keeps its password (a learner may have
    changed it at ``/hub/change-password``). The hub must not be running.
    """
    from jupyterhub import orm
    from nativeauthenticator import NativeAuthenticator
    from nativeauthenticator.orm import UserInfo

    session = orm.new_session_factory(hub_db_url(workshop))()
    try:
        # open_signup=True marks the accounts authorized; the hub itself runs with signup off.
        authenticator = NativeAuthenticator(db=session, open_signup=True)
        created = []
        for name, password in accounts.items():
            if UserInfo.find(session, name) is not None:
                continue
            if authenticator.create_user(name, password) is None:
                raise WorkshopError(
                    f"NativeAuthenticator refused the account {name!r} (is its password at "
                    f"least {authenticator.minimum_password_length} characters?)"
                )
            created.append(name)
        return created
    finally:
        session.close()

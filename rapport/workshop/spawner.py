"""JupyterHub's LocalProcessSpawner, with each hub user run as an OS account made on first start.

Hub user ``ana`` runs as the OS account ``PREFIX + ana``, as in The Littlest JupyterHub. The
prefix keeps a login name from ever meaning an existing system account (``root``, ``postgres``):
whatever name someone types, their server runs as a fresh, unprivileged workshop account.
Loaded by the hub (``jupyterhub_config.py``); it imports ``jupyterhub``.
"""

from __future__ import annotations

import asyncio
import os
import pwd
from collections.abc import Callable

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from traitlets import Unicode

from rapport.workshop.accounts import prepare_home
from rapport.workshop.hub import SERVER_BIN_ENV
from rapport.workshop.settings import STATE_ENV, Workshop


class WorkshopSpawner(LocalProcessSpawner):
    """Start each user's JupyterLab from the kit's environment, as their own OS account."""

    state_dir = Unicode(help="The workshop's state folder (holds workshop.json).").tag(config=True)

    @property
    def workshop(self) -> Workshop:
        """The workshop settings ``rapport workshop start`` wrote."""
        return Workshop.load(self.state_dir or os.environ[STATE_ENV])

    @property
    def system_username(self) -> str:
        """The OS account this user's server runs as."""
        return self.workshop.system_name(self.user.name)

    @property
    def role(self) -> str:
        """``instructor`` or ``learner``."""
        return "instructor" if self.user.name == self.workshop.instructor else "learner"

    async def start(self) -> tuple[str, int]:
        """Create the account and home on first start, then start the server as that account."""
        await asyncio.to_thread(prepare_home, self.workshop, self.user.name)
        if self.role == "instructor":
            self.default_url = "/lab/tree/course"
        return await super().start()

    def make_preexec_fn(self, name: str) -> Callable[[], None]:
        """Switch to the workshop account (not to an account named like the hub user)."""
        return set_user_setuid(self.system_username)

    def user_env(self, env: dict[str, str]) -> dict[str, str]:
        """Set USER, HOME and SHELL of the workshop account.

        nbgrader names a learner by their OS account, so the instructor's gradebook lists
        ``rapport-ana`` for hub user ``ana``.
        """
        account = pwd.getpwnam(self.system_username)
        env.update(USER=account.pw_name, HOME=account.pw_dir, SHELL=account.pw_shell or "/bin/bash")
        return env

    def get_env(self) -> dict[str, str]:
        """Return the server's environment: the kit's tools first, the role's Jupyter config."""
        env = super().get_env()
        workshop = self.workshop
        env["PATH"] = f"{os.environ[SERVER_BIN_ENV]}{os.pathsep}/usr/local/bin:/usr/bin:/bin"
        env["JUPYTER_CONFIG_PATH"] = str(workshop.jupyter_config / self.role)
        return env

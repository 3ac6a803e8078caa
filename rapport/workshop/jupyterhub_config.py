"""JupyterHub configuration of the Rapport workshop hub.

JupyterHub loads this file (``jupyterhub -f``) when ``rapport workshop start`` launches it; the
settings come from ``$RAPPORT_WORKSHOP_STATE/workshop.json``, written by that command. Read it
to see how the room is set up: JupyterHub's own authenticators, LocalProcessSpawner with one
OS account per user, the kit's environment for every server, and nbgrader's exchange.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.workshop.hub import HUB_PORT_ENV, PROXY_API_PORT_ENV, PROXY_ENV, SERVER_BIN_ENV
from rapport.workshop.logins import INSTRUCTOR_PASSWORD_FILE, LEARNER_PASSWORD_FILE, hub_db_url
from rapport.workshop.settings import STATE_ENV, Workshop, username_pattern

if TYPE_CHECKING:  # JupyterHub's config loader puts get_config() in this file's namespace
    from traitlets.config import Config

    def get_config() -> Config:  # noqa: D103
        ...


c = get_config()
workshop = Workshop.load(Path(os.environ[STATE_ENV]))

# -- where it listens: the proxy faces the room, the hub and the proxy's API stay on loopback --
c.JupyterHub.ip = workshop.ip
c.JupyterHub.port = workshop.port
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ[HUB_PORT_ENV])
c.ConfigurableHTTPProxy.command = [os.environ[PROXY_ENV]]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ[PROXY_API_PORT_ENV]}"

# -- state, kept in the workshop's state folder (secrets readable by root only) ---------------
c.JupyterHub.db_url = hub_db_url(workshop)
c.JupyterHub.cookie_secret_file = str(workshop.secrets / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(workshop.pid_file)
# Stopping the hub stops every server it started and the proxy (`make workshop-stop`).
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

# -- who may log in ---------------------------------------------------------------------------
c.Authenticator.admin_users = {workshop.instructor}
c.Authenticator.username_pattern = username_pattern(workshop.prefix)
if workshop.roster:
    c.Authenticator.allowed_users = {*workshop.roster, workshop.instructor}
else:
    c.Authenticator.allow_all = True
if workshop.login == "shared":
    c.JupyterHub.authenticator_class = "shared-password"
    read = lambda name: (workshop.secrets / name).read_text(encoding="utf-8").strip()  # noqa: E731
    c.SharedPasswordAuthenticator.user_password = read(LEARNER_PASSWORD_FILE)
    c.SharedPasswordAuthenticator.admin_password = read(INSTRUCTOR_PASSWORD_FILE)
    how = "your first name (lower case) and the workshop password"
    if workshop.roster:
        how = "the name on the class list and the workshop password"
else:
    c.JupyterHub.authenticator_class = "native"
    c.NativeAuthenticator.enable_signup = False  # accounts come from the roster only
    c.NativeAuthenticator.open_signup = False
    how = "the name and password your instructor gave you"
c.JupyterHub.template_vars = {"announcement_login": f"Rapport workshop: log in with {how}."}

# -- each user's JupyterLab: their own OS account, the kit's environment ----------------------
c.JupyterHub.spawner_class = "rapport.workshop.spawner.WorkshopSpawner"
# The kit's .venv (or a view of it that learners' accounts can run: see runtime.py).
c.Spawner.cmd = [str(Path(os.environ[SERVER_BIN_ENV]) / "python"), "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/workbook/00-start-here.ipynb"
# A room logs in at once on a small machine: give servers time to start.
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 180
c.JupyterHub.log_level = "INFO"

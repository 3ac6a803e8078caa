"""configurable-http-proxy, JupyterHub's front door, installed from npm into the kit's .venv."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from rapport.workshop.settings import WorkshopError

PROXY_PACKAGE = "configurable-http-proxy"
# Pinned; 5.0 needs node 18 or newer (Debian 12 ships 18, Debian 13 ships 20).
PROXY_VERSION = "5.0.1"


def proxy_prefix(venv: Path) -> Path:
    """Where npm installs the proxy: inside the (git-ignored) environment."""
    return venv / "node"


def proxy_command(venv: Path) -> Path:
    """Return the proxy's executable in that npm prefix."""
    return proxy_prefix(venv) / "node_modules" / ".bin" / PROXY_PACKAGE


def installed_version(venv: Path) -> str:
    """Return the version installed there, or "" when there is none."""
    manifest = proxy_prefix(venv) / "node_modules" / PROXY_PACKAGE / "package.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return ""


def ensure_proxy(venv: Path) -> Path:
    """Install the pinned proxy with npm unless it is there already; return its executable."""
    command = proxy_command(venv)
    if command.exists() and installed_version(venv) == PROXY_VERSION:
        return command
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise WorkshopError(
            "the hub's proxy needs Node.js and npm: install them (on Debian or Ubuntu: "
            "`apt-get install -y nodejs npm`) and run `make workshop` again"
        )
    print(f"Installing {PROXY_PACKAGE}@{PROXY_VERSION} with npm into {proxy_prefix(venv)} ...")
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
         "--prefix", str(proxy_prefix(venv)), f"{PROXY_PACKAGE}@{PROXY_VERSION}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0 or not command.exists():
        raise WorkshopError(
            f"npm could not install {PROXY_PACKAGE}@{PROXY_VERSION}:\n"
            + (done.stderr or done.stdout).strip()[-2000:]
        )
    return command

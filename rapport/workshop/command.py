"""``rapport workshop start|stop|status``: the command behind ``make workshop``."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapport.workshop.settings import Workshop

DEFAULT_STATE = ".workshop"


def _kit() -> Path:
    """Return the kit folder: the one this package was installed from (editable install)."""
    return Path(__file__).resolve().parents[2]


def _workshop(args: argparse.Namespace, roster: tuple[str, ...] = ()) -> Workshop:
    from rapport.workshop.settings import Workshop

    kit = _kit()
    state = Path(args.state_dir or kit / DEFAULT_STATE).resolve()
    return Workshop(
        kit=kit,
        state=state,
        ip=args.ip,
        port=args.port,
        login=args.login,
        roster=roster,
        instructor=args.instructor,
        prefix=args.prefix,
    )


def _addresses(ip: str, port: int) -> list[str]:
    if ip not in ("", "0.0.0.0"):
        return [f"http://{ip}:{port}"]
    return [f"http://{socket.gethostname()}:{port}", f"http://127.0.0.1:{port} (this machine)"]


def _start(args: argparse.Namespace) -> int:
    from rapport.workshop.hub import start
    from rapport.workshop.roster import read_roster
    from rapport.workshop.settings import WorkshopError

    try:
        entries = read_roster(Path(args.roster), args.prefix) if args.roster else []
        if args.login == "accounts" and not entries:
            raise WorkshopError("--login accounts needs --roster FILE.csv (a 'username' column)")
        workshop = _workshop(args, tuple(e.username for e in entries))
        started = start(workshop, entries, password=args.password or None)
    except WorkshopError as exc:
        print(f"rapport workshop: {exc}", file=sys.stderr)
        return 1
    logins = started.logins
    print(f"The workshop hub is running (started in {started.seconds:.1f} s).")
    for address in _addresses(workshop.ip, workshop.port):
        print(f"  Open: {address}")
    if workshop.ip == "127.0.0.1":
        print("  It listens on this machine only; for a room: `make workshop WORKSHOP_IP=0.0.0.0`.")
    print()
    if logins.mode == "shared":
        who = "a name from the class list" if workshop.roster else "their first name, lower case"
        print(f"Learners log in with {who} and the workshop password: {logins.learner_password}")
        print(
            f"You log in as '{workshop.instructor}' with the instructor password in "
            f"{workshop.secrets / 'instructor-password'}"
        )
        print("Anyone with the workshop password can log in under any learner's name: fine for")
        print("the sample data; for learners' own exports use per-learner accounts (--roster).")
    else:
        print(
            f"Learners log in with their own name and password, listed (with yours, as "
            f"'{workshop.instructor}') in {logins.accounts_file}"
        )
        if logins.created:
            print(f"  {len(logins.created)} new account(s): {', '.join(logins.created)}")
    print()
    print(
        f"Formgrader: log in as '{workshop.instructor}', then open "
        f"{workshop.url}/user/{workshop.instructor}/formgrader"
    )
    print(f"Hub log: {workshop.logs / 'hub.log'}   Stop it with: make workshop-stop")
    return 0


def _stop(args: argparse.Namespace) -> int:
    from rapport.workshop.accounts import workshop_accounts
    from rapport.workshop.hub import stop
    from rapport.workshop.settings import Workshop, WorkshopError

    state = Path(args.state_dir or _kit() / DEFAULT_STATE).resolve()
    try:
        workshop = Workshop.load(state)
        stopped = stop(workshop)
    except WorkshopError as exc:
        print(f"rapport workshop: {exc}", file=sys.stderr)
        return 1
    homes = len(workshop_accounts(workshop.prefix))
    print("The workshop hub and its servers are stopped." if stopped else "No hub was running.")
    print(f"Learners' files are kept: {homes} home folder(s) of accounts named {workshop.prefix}*.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from rapport.workshop.hub import running_pid
    from rapport.workshop.settings import Workshop, WorkshopError

    state = Path(args.state_dir or _kit() / DEFAULT_STATE).resolve()
    try:
        workshop = Workshop.load(state)
    except WorkshopError as exc:
        print(f"rapport workshop: {exc}", file=sys.stderr)
        return 1
    pid = running_pid(workshop)
    print(f"running at {workshop.url} (process {pid})" if pid else "not running")
    return 0 if pid else 3


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``workshop`` and its actions to the ``rapport`` command."""
    workshop = commands.add_parser(
        "workshop",
        help="run a JupyterHub for a room of learners, with nbgrader's exchange",
        description="Start, stop or look at the workshop hub (Linux, as root).",
    )
    actions = workshop.add_subparsers(dest="action", metavar="ACTION", required=True)
    state_help = f"the hub's state folder (default: {DEFAULT_STATE}/ in the kit)"

    start = actions.add_parser("start", help="start the hub and print how learners log in")
    start.add_argument(
        "--ip",
        default=os.environ.get("WORKSHOP_IP") or "127.0.0.1",
        help="where to listen; 0.0.0.0 serves a room (default 127.0.0.1)",
    )
    start.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("WORKSHOP_PORT") or 8000),
        help="port to listen on (default 8000)",
    )
    start.add_argument(
        "--login",
        choices=["shared", "accounts"],
        default="",
        help="one workshop password, or one per learner (default: accounts "
        "with --roster, else shared)",
    )
    start.add_argument(
        "--roster",
        default="",
        help="CSV with a 'username' column (and optionally 'password'): who may log in",
    )
    start.add_argument(
        "--password",
        default="",
        help="the shared workshop password (default: generated once and kept)",
    )
    start.add_argument("--instructor", default="instructor", help="the instructor's login name")
    start.add_argument("--prefix", default="rapport-", help="OS account prefix (default rapport-)")
    start.add_argument("--state-dir", default="", help=state_help)
    start.set_defaults(run=_start_defaults)

    stop = actions.add_parser("stop", help="stop the hub and every learner's server")
    stop.add_argument("--state-dir", default="", help=state_help)
    stop.set_defaults(run=_stop)

    status = actions.add_parser("status", help="say whether the hub is running, and where")
    status.add_argument("--state-dir", default="", help=state_help)
    status.set_defaults(run=_status)


def _start_defaults(args: argparse.Namespace) -> int:
    if not args.login:
        args.login = "accounts" if args.roster else "shared"
    return _start(args)

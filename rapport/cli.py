"""The ``rapport`` command.

Subcommands import what they need when they run, so ``rapport --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rapport import __version__


def _paths(args: argparse.Namespace) -> int:
    from rapport.data import SAMPLE_FILES, sample_path
    from rapport.paths import ENV_VAR, learner_data_dir

    folder = learner_data_dir()
    print(f"Your data folder ({ENV_VAR} to change it): {folder}")
    print("  exists" if folder.exists() else "  not created yet (it is created when first needed)")
    for name in SAMPLE_FILES:
        print(f"Sample {name}: {sample_path(name)}")
    return 0


def _clean_nbs(args: argparse.Namespace) -> int:
    from rapport.nbclean import DEFAULT_FOLDERS, clean_paths

    paths = [Path(p) for p in args.paths] or [Path(p) for p in DEFAULT_FOLDERS if Path(p).exists()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"rapport clean-nbs: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    changed = clean_paths(paths, check=args.check)
    verb = "needs cleaning" if args.check else "cleaned"
    for path in changed:
        print(f"{verb}: {path}")
    if args.check and changed:
        print("Run `make clean-nbs` and commit the result.", file=sys.stderr)
        return 1
    return 0


def _sample_data(args: argparse.Namespace) -> int:
    from rapport.sample_data import generate

    for path in generate(Path(args.out), seed=args.seed).values():
        print(f"wrote {path}")
    return 0


def _tracker(args: argparse.Namespace) -> int:
    from datetime import date

    from rapport.tracker import TrackerError, TrackerStore

    try:
        store = TrackerStore(args.db or None)
        if args.action == "backup":
            print(f"backed up {store.path} to {store.backup(Path(args.file))}")
        elif args.action == "export":
            print(f"wrote {store.export_csv(Path(args.file))}")
        elif args.action == "import":
            print(f"added {store.import_csv(Path(args.file))} interactions to {store.path}")
        else:
            from rapport.tracker.queries import overdue, whose_turn
            from rapport.tracker.reminders import export_reminders

            last, today = store.last_contacts(), date.today()
            path = export_reminders(
                Path(args.file), overdue(last, store.people(), today), whose_turn(last), today
            )
            print(f"wrote reminders to {path}")
    except (TrackerError, OSError) as exc:
        print(f"rapport tracker: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``rapport`` command."""
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport course kit: workbook helpers, notebook hygiene and grading.",
    )
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    paths = commands.add_parser("paths", help="show where your data and the sample data live")
    paths.set_defaults(run=_paths)

    clean = commands.add_parser(
        "clean-nbs", help="strip outputs and volatile metadata from notebooks"
    )
    clean.add_argument("paths", nargs="*", help="files or folders (default: the course folders)")
    clean.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if any notebook is not clean"
    )
    clean.set_defaults(run=_clean_nbs)

    tracker = commands.add_parser(
        "tracker", help="back up, export, import the interaction log, or write reminders (.ics)"
    )
    tracker.add_argument("action", choices=["backup", "export", "import", "reminders"])
    tracker.add_argument("file", help="the backup, CSV or .ics file")
    tracker.add_argument("--db", default="", help="the tracker file (default: your data folder)")
    tracker.set_defaults(run=_tracker)

    sample = commands.add_parser("sample-data", help="write the fictional sample exports")
    sample.add_argument("--out", required=True, help="folder to write them to")
    sample.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    sample.set_defaults(run=_sample_data)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``rapport`` command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return args.run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

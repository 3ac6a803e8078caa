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


def _workspace(args: argparse.Namespace) -> int:
    """Prepare the learner's workspace; with ``lab``, then open JupyterLab in it."""
    import os

    from rapport.workspace import WorkspaceError, lab_command, lab_environment, prepare_workspace

    try:
        report = prepare_workspace()
    except WorkspaceError as exc:
        print(f"rapport {args.command}: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()), flush=True)
    if args.command != "lab":
        return 0
    command = lab_command(report.folder, list(args.extra))
    os.chdir(report.folder)
    os.execve(command[0], command, lab_environment(dict(os.environ)))


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

            # Reminders go to a real calendar: people only in the sample log are left out.
            last, today = store.last_contacts(include_sample=False), date.today()
            path = export_reminders(
                Path(args.file), overdue(last, store.people(), today), whose_turn(last), today
            )
            print(f"wrote reminders to {path}")
    except (TrackerError, OSError) as exc:
        print(f"rapport tracker: {exc}", file=sys.stderr)
        return 1
    return 0


def _summary(args: argparse.Namespace) -> int:
    import json

    from rapport.summary import export_summary, load_summary, summarise

    try:
        if args.action == "check":
            summary = load_summary(Path(args.file))
            print(f"{args.file} is a valid summary; it holds only these numbers:")
            print(json.dumps(summary, indent=1))
            return 0
        summary = summarise(
            args.db or None,
            connections=args.connections,
            messages=args.messages or None,
            workshop_date=args.workshop_date or None,
            today=args.today or None,
        )
        path = export_summary(Path(args.file), summary)
    except (ValueError, OSError) as exc:
        print(f"rapport summary: {exc}", file=sys.stderr)
        return 1
    weeks = len(summary["tracker"]["weeks"])
    print(f"wrote {path}: {summary['audit']['connections']} connections, {weeks} weeks of the log.")
    print("It holds counts and shares only: no names, companies, addresses or message text.")
    if summary["sample_data"]:
        print("Note: it summarises the bundled sample (no Connections.csv of yours was found).")
    if not summary["workshop_date_given"]:
        print("Note: no --workshop-date, so weeks are counted from this week.")
    return 0


def _class_report(args: argparse.Namespace) -> int:
    from rapport.class_report import build_class_report, collect_summary_files

    out = Path(args.out)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"rapport class-report: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    files = collect_summary_files(args.paths, exclude=out)
    if not files:
        print("rapport class-report: no files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    try:
        report = build_class_report(files, out)
    except OSError as exc:
        print(f"rapport class-report: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {report.path}: {report.learners} learner(s) counted, "
          f"{len(report.skipped)} file(s) not counted.")  # fmt: skip
    for name, reason in report.skipped:
        print(f"  not counted: {name}: {reason}")
    if report.suppressed:
        print("Fewer than 3 learners were counted, so the report shows no breakdown.")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from rapport.grading.errors import GradingInterrupted, GradingSetupError
    from rapport.grading.execute import Limits
    from rapport.grading.runner import RunOptions, grade_run

    if args.verbose:  # what an instructor needs to debug a run, on stderr
        import logging

        logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s")
        logging.getLogger("rapport.grading").setLevel(logging.DEBUG)

    problems = [
        f"{flag} must be {rule}"
        for flag, ok, rule in (
            ("--workers", args.workers >= 0, "0 (one per core) or more"),
            ("--timeout-cell", args.timeout_cell is None or args.timeout_cell > 0, "above 0"),
            ("--timeout-total", args.timeout_total > 0, "above 0"),
            ("--memory", args.memory >= 64, "at least 64 (MB)"),
            ("--roster", bool(args.roster) == bool(args.lms), "given with --lms, and only then"),
        )
        if not ok
    ]
    if problems:
        print(f"rapport grade: {'; '.join(problems)}", file=sys.stderr)
        return 2
    limits = Limits(total_timeout=args.timeout_total, memory_mb=args.memory)
    if args.timeout_cell is not None:
        limits.cell_timeout = args.timeout_cell
    options = RunOptions(
        out=Path(args.out) if args.out else None,
        workers=args.workers,
        limits=limits,
        dask=args.dask,
        resume=args.resume,
        progress=not args.quiet,
        isolation=args.isolation,
        lms=args.lms,
        roster=Path(args.roster) if args.roster else None,
        lms_column=args.lms_column,
        lms_match=args.match,
        strict=args.strict,
        config_timeout=args.timeout_cell is None,
    )
    try:
        if args.submissions:
            submissions = Path(args.submissions)
        else:  # the course's own submitted folder, as nbgrader's config names it
            from rapport.grading.config import load_course_config

            config = load_course_config(Path(args.course))
            submissions = config.root / config.submitted
        summary = grade_run(Path(args.course), args.assignment, submissions, options)
    except GradingSetupError as exc:
        print(f"rapport grade: {exc}", file=sys.stderr)
        return 2
    except (GradingInterrupted, KeyboardInterrupt) as exc:
        kept = (
            f"{exc.recorded} submission(s) graded in this run are"
            if isinstance(exc, GradingInterrupted)
            else "everything graded so far is"
        )
        print(
            f"\nrapport grade: stopped. {kept} recorded and kept; run the same command with "
            "--resume to grade the rest.",
            file=sys.stderr,
        )
        return 130
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(summary.statuses.items())) or "nothing new"
    print(
        f"{summary.total} submissions: graded {summary.graded} ({statuses}), "
        f"kept {summary.skipped} already recorded, in {summary.seconds:.1f} s"
    )
    choices = [s for s in summary.found if s.chosen_from > 1]
    for submission in choices:
        print(f"  {submission.learner}: {submission.note}")
    if summary.quarantined:
        print(f"set aside (grading stopped twice while each ran): {', '.join(summary.quarantined)}")
    if summary.isolation:
        print(summary.isolation)
    print(f"grades: {summary.out / 'grades.csv'}")
    print(f"report: {summary.out / 'report.html'}")
    print(f"feedback: {summary.out / 'feedback'}")
    if summary.lms is not None:
        found = summary.lms.found
        print(
            f"{args.lms}: {summary.lms.files[0]} ({len(found.matched)} matched, "
            f"{len(found.no_submission)} in the roster with no submission, "
            f"{len(found.not_in_roster)} submissions not in the roster); "
            f"every learner is listed in {summary.lms.files[1]}"
        )
    if summary.problems:
        print(
            f"rapport grade: {summary.failed_writes} file(s) could not be written; every grade "
            "is kept in the gradebook. Fix the problem, then run the same command with --resume "
            "to write them:",
            file=sys.stderr,
        )
        for problem in summary.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    return 0


def _grade_remove(args: argparse.Namespace) -> int:
    from rapport.grading.errors import GradingSetupError
    from rapport.grading.store import remove_learner

    try:
        removed = remove_learner(Path(args.course), args.learner, args.assignment or None)
    except GradingSetupError as exc:
        print(f"rapport grade remove: {exc}", file=sys.stderr)
        return 2
    for line in removed:
        print(line)
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

    workspace = commands.add_parser(
        "workspace",
        help="copy the workbook and exercises into your workspace (outside the kit), keeping "
        "your changes",
    )
    workspace.set_defaults(run=_workspace)
    lab = commands.add_parser(
        "lab",
        help="prepare your workspace, then open JupyterLab in it (other options go to JupyterLab, "
        "e.g. --no-browser --port=9999)",
    )
    lab.set_defaults(run=_workspace)

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

    summary = commands.add_parser(
        "summary", help="export (or check) a privacy-safe summary to share with your instructor"
    )
    summary.add_argument("action", choices=["export", "check"])
    summary.add_argument("file", help="the summary file (.json) to write or check")
    summary.add_argument(
        "--workshop-date", default="", metavar="YYYY-MM-DD", help="count weeks from this day"
    )
    summary.add_argument("--db", default="", help="the tracker file (default: your data folder)")
    summary.add_argument(
        "--connections", default="auto", metavar="PATH|auto|sample", help="default: auto"
    )
    summary.add_argument(
        "--messages", default="", metavar="PATH|auto|sample", help="default: as --connections"
    )
    summary.add_argument("--today", default="", metavar="YYYY-MM-DD", help="default: today")
    summary.set_defaults(run=_summary)

    report = commands.add_parser(
        "class-report", help="combine learners' summaries into one offline HTML report"
    )
    report.add_argument("paths", nargs="+", help="summary files, or folders of them")
    report.add_argument("--out", required=True, help="the HTML file to write")
    report.set_defaults(run=_class_report)

    grade = commands.add_parser(
        "grade",
        help="batch-grade submissions: grades CSV, feedback pages, class report, gradebook",
        description="Grade every submission of ASSIGNMENT in parallel; one broken notebook costs "
        "only itself. Results go to the course gradebook (formgrader shows them) and to --out.",
    )
    grade.add_argument("assignment", help="the assignment id, e.g. 01-first-look")
    grade.add_argument(
        "submissions",
        nargs="?",
        default="",
        help="an nbgrader submitted/ folder, a folder of notebooks, or an LMS zip "
        "(default: the course's submitted folder)",
    )
    grade.add_argument("--out", default="", help="output folder (default: graded/ASSIGNMENT)")
    grade.add_argument("--course", default=".", help="the course folder (default: here)")
    grade.add_argument("--workers", type=int, default=0, help="worker processes (default: cores)")
    grade.add_argument(
        "--timeout-cell",
        type=float,
        default=None,
        help="seconds per cell (default: the course's ExecutePreprocessor.timeout)",
    )
    grade.add_argument(
        "--timeout-total", type=float, default=600, help="seconds per submission (default 600)"
    )
    grade.add_argument(
        "--memory", type=int, default=2048, help="MB a kernel may add (default 2048)"
    )
    grade.add_argument("--dask", default="", help="a Dask scheduler address, or 'local'")
    grade.add_argument(
        "--resume", action="store_true", help="keep results already recorded; grade the rest"
    )
    grade.add_argument("--quiet", action="store_true", help="no progress bar")
    grade.add_argument(
        "--isolation",
        choices=("auto", "strict", "off"),
        default="auto",
        help="how kernels are contained: auto (what this machine allows, with a warning for the "
        "rest), strict (refuse to run without all of it), off (docs/grading.md)",
    )
    grade.add_argument(
        "--verbose", action="store_true", help="log what the grader does (kernels, workers)"
    )
    grade.add_argument(
        "--lms", choices=["canvas", "moodle"], default="", help="also write this LMS's import file"
    )
    grade.add_argument("--roster", default="", help="the LMS's roster export (with --lms)")
    grade.add_argument(
        "--lms-column", default="", help="the LMS's name for this assignment's grade column"
    )
    grade.add_argument(
        "--match",
        choices=["email", "idnumber"],
        default="email",
        help="Moodle: match learners on email (default) or ID number",
    )
    grade.add_argument(
        "--strict",
        action="store_true",
        help="refuse to write the LMS file if any learner is unmatched or a file was chosen",
    )
    grade.set_defaults(run=_grade)

    remove = commands.add_parser(
        "grade-remove",
        help="remove a learner from the gradebook (same as: rapport grade remove LEARNER)",
        description="Remove a learner's results from nbgrader's gradebook and Rapport's, "
        "with their graded notebooks and feedback (like `nbgrader db student remove --force`).",
    )
    remove.add_argument("learner", help="the learner id, as in grades.csv")
    remove.add_argument("--assignment", default="", help="only this assignment's submission")
    remove.add_argument("--course", default=".", help="the course folder (default: here)")
    remove.set_defaults(run=_grade_remove)

    from rapport.workshop.command import add_parser as add_workshop

    add_workshop(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``rapport`` command and return its exit status."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["grade", "remove"]:  # `rapport grade remove LEARNER`
        argv = ["grade-remove", *argv[2:]]
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":  # only `rapport lab` passes options on (to JupyterLab)
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    if args.command is None:
        parser.print_help()
        return 0
    return args.run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

import subprocess
import sys

from rapport import __version__
from rapport.cli import main

from .rapport_cli import rapport

run = rapport


def test_help_lists_the_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("paths", "clean-nbs", "sample-data"):
        assert command in result.stdout


def test_console_script_is_installed_and_reports_the_version():
    from shutil import which

    script = which("rapport", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert script, "the `rapport` console script is not installed next to this Python"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == f"rapport {__version__}"


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys; from rapport.cli import build_parser; build_parser().format_help();"
        "heavy = {'pandas', 'altair', 'nbformat', 'nbgrader', 'ipywidgets'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_paths_shows_the_private_folder_and_the_samples(private_data_dir, capsys):
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert str(private_data_dir.resolve()) in out
    assert "Connections.csv" in out


def test_unknown_paths_for_clean_nbs_are_an_error_not_a_silent_pass(tmp_path, capsys):
    assert main(["clean-nbs", "--check", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_tracker_commands_back_up_export_import_and_write_reminders(tmp_path, capsys):
    from rapport.data import sample_path
    from rapport.tracker import TrackerStore

    db = str(tmp_path / "t.sqlite")
    assert main(["tracker", "import", str(sample_path("interactions.csv")), "--db", db]) == 0
    assert "added 66 interactions" in capsys.readouterr().out
    assert main(["tracker", "backup", str(tmp_path / "b.sqlite"), "--db", db]) == 0
    assert len(TrackerStore(tmp_path / "b.sqlite").interactions()) == 66
    assert main(["tracker", "export", str(tmp_path / "log.csv"), "--db", db]) == 0
    assert len((tmp_path / "log.csv").read_text(encoding="utf-8").splitlines()) == 67
    assert main(["tracker", "reminders", str(tmp_path / "r.ics"), "--db", db]) == 0
    assert (tmp_path / "r.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_tracker_import_of_a_bad_file_is_a_message_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("when,who\n", encoding="utf-8")
    assert main(["tracker", "import", str(bad), "--db", str(tmp_path / "t.sqlite")]) == 1
    assert "first line must be the columns" in capsys.readouterr().err


def test_reminders_leave_out_people_known_only_from_the_sample_log(tmp_path):
    import csv

    from rapport.data import sample_path
    from rapport.tracker import TrackerStore

    db = tmp_path / "t.sqlite"
    store = TrackerStore(db)
    store.import_csv(sample_path("interactions.csv"), sample=True)  # as older kits did
    store.add_person("Kofi Asante")
    store.log("2026-01-05", "Kofi Asante", "message", "them", "ask", "asked about the role")
    store.close()
    assert main(["tracker", "reminders", str(tmp_path / "r.ics"), "--db", str(db)]) == 0
    calendar = (tmp_path / "r.ics").read_text(encoding="utf-8")
    assert "Kofi Asante" in calendar  # it is my turn to answer Kofi
    with open(sample_path("interactions.csv"), encoding="utf-8") as handle:
        sample_people = {
            n.strip() for row in csv.DictReader(handle) for n in row["people"].split(";")
        }
    assert not any(name in calendar for name in sample_people)

"""Grades into the LMS: Canvas and Moodle import files matched on a roster, checked as golden
files; every learner accounted for; --strict; learners found in LMS downloads."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pytest

from rapport.grading.errors import GradingSetupError
from rapport.grading.grade import GradeResult, QuestionResult
from rapport.grading.lms import export, read_roster, reconcile
from rapport.grading.submissions import find_submissions

FIXTURES = Path(__file__).parent / "fixtures" / "lms"
FIRST = "01-first-look"
#: Set to regenerate the golden files after a reviewed change of format.
REGENERATE = os.environ.get("RAPPORT_REGENERATE_GOLDEN") == "1"


def result(learner, score, lms_id="", **changes) -> GradeResult:
    r = GradeResult(
        learner,
        "graded",
        score,
        5.0,
        [QuestionResult("q1-check", min(score, 1.0), 1.0, "passed")],
        lms_id=lms_id,
    )
    for name, value in changes.items():
        setattr(r, name, value)
    return r


def golden(path: Path, name: str) -> None:
    expected = FIXTURES / name
    if REGENERATE:
        expected.write_bytes(path.read_bytes())
    assert path.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8"), name


def canvas_results() -> list[GradeResult]:
    return [
        result("Lee, Sam", 5, "102", late=True, lms_name="leesam_LATE_102_9001_"),
        result('=HYPERLINK("http://example.org","x")', 3, "103", lms_name="hyperlink_103_9002_"),
        result(
            "okaforamara",
            4,
            "104",
            chosen_from=2,
            flags=["2 notebooks submitted (a.ipynb, b.ipynb); graded b.ipynb: the newest"],
        ),
        result("stranger", 2, "999"),
    ]


def test_canvas_import_file_matches_the_golden_file(tmp_path):
    done = export(
        "canvas",
        FIXTURES / "canvas-roster.csv",
        canvas_results(),
        tmp_path,
        FIRST,
        5.0,
        {r.learner: f"<p>page of {r.learner}</p>" for r in canvas_results()},
    )
    golden(tmp_path / "lms" / "canvas-import.csv", "canvas-import.csv")
    golden(tmp_path / "lms" / "lms-check.csv", "canvas-check.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "lms" / "canvas-import.csv").read_text())))
    assert rows[0][-1] == "01-first-look (5501)"  # the roster's own column, with its id
    assert rows[1][0].strip() == "Points Possible"
    assert rows[2][:2] == ["Lee, Sam", "102"]  # a name with a comma survives
    assert rows[3][0].startswith("'=")  # and one starting with = is inert
    assert rows[5] == ["Show No", "105", "S105", "noshow", "Evening", ""]  # listed, blank
    assert [e.name for e in done.found.no_submission] == ["Show No"]
    assert [r.learner for r in done.found.not_in_roster] == ["stranger"]
    with zipfile.ZipFile(tmp_path / "lms" / "canvas-feedback.zip") as bundle:
        names = bundle.namelist()
    assert "leesam_LATE_102_9001_feedback-01-first-look.html" in names
    assert len(names) == 4


def test_moodle_import_file_matches_the_golden_file(tmp_path):
    results = [
        result("Sam Lee-102", 5, "102"),
        result("Sam Lee-103", 1, "103"),
        result("Dana Lee", 0, "104", status="rejected", reason="not a notebook; submit again"),
        result("=cmd", 4, "105"),
        result("Not Enrolled", 3, "777"),
    ]
    export("moodle", FIXTURES / "moodle-worksheet.csv", results, tmp_path, FIRST, 5.0, {})
    golden(tmp_path / "lms" / "moodle-import.csv", "moodle-import.csv")
    golden(tmp_path / "lms" / "lms-check.csv", "moodle-check.csv")
    check = list(csv.DictReader(io.StringIO((tmp_path / "lms" / "lms-check.csv").read_text())))
    by_id = {row["lms id"]: row for row in check}
    assert by_id["103"]["late"] == "yes"  # the worksheet's status says late
    assert by_id["106"]["status"] == "no submission"
    assert by_id["777"]["status"] == "not in the roster"
    assert len(check) == 6  # five in the roster + one stranger: nobody dropped


def test_strict_refuses_mismatches_and_choices_and_writes_nothing(tmp_path):
    with pytest.raises(GradingSetupError) as caught:
        export(
            "canvas", FIXTURES / "canvas-roster.csv", canvas_results(), tmp_path, FIRST, 5.0, {},
            strict=True,
        )  # fmt: skip
    message = str(caught.value)
    assert "in the roster, no submission: Show No (105)" in message
    assert "submission not in the roster: stranger" in message
    assert "chose between files for okaforamara" in message
    assert not (tmp_path / "lms").exists()


def test_a_roster_that_is_not_the_lms_export_is_refused_with_what_to_download(tmp_path):
    with pytest.raises(GradingSetupError, match="Download grading worksheet"):
        read_roster(FIXTURES / "canvas-roster.csv", "moodle")
    with pytest.raises(GradingSetupError, match="Grades, then Export"):
        read_roster(FIXTURES / "moodle-worksheet.csv", "canvas")


def test_a_moodle_zip_with_two_learners_of_one_name_grades_both(tmp_path):
    notebook = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    bundle = tmp_path / "moodle.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for number in ("102", "103"):
            archive.writestr(f"Sam Lee_{number}_assignsubmission_file_/{FIRST}.ipynb", notebook)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = find_submissions(bundle, FIRST, FIRST, scratch)
    assert [(s.learner, s.lms_id) for s in found] == [
        ("Sam Lee-102", "102"),
        ("Sam Lee-103", "103"),
    ]
    entries, _ = read_roster(FIXTURES / "moodle-worksheet.csv", "moodle")
    results = [result(s.learner, 5, s.lms_id) for s in found]
    matched = reconcile(entries, results).matched
    assert sorted(e.row["Email address"] for e in matched) == [
        "sam.lee.2@example.org",
        "sam.lee@example.org",
    ]


def test_a_canvas_late_submission_keeps_its_mark(tmp_path):
    bundle = tmp_path / "canvas.zip"
    notebook = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr(f"leesam_LATE_102_9001_{FIRST}.ipynb", notebook)
        archive.writestr(f"okafor_104_9002_{FIRST}.ipynb", notebook)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = {s.learner: s for s in find_submissions(bundle, FIRST, FIRST, scratch)}
    assert (found["leesam"].late, found["leesam"].lms_id) == (True, "102")
    assert found["leesam"].lms_name == "leesam_LATE_102_9001_"
    assert (found["okafor"].late, found["okafor"].lms_id) == (False, "104")


@pytest.mark.nbgrader
def test_a_small_synthetic_class_is_all_accounted_for_in_the_lms_files(tmp_path):
    import shutil

    from rapport.grading.runner import RunOptions, grade_run
    from rapport.grading.samples import synthetic_class

    repo = Path(__file__).resolve().parents[1]
    course = tmp_path / "course"
    for folder in ("solutions", "exercises"):
        shutil.copytree(repo / folder, course / folder)
    shutil.copy(repo / "nbgrader_config.py", course)
    archive, roster = synthetic_class(course, 8, "moodle", tmp_path / "lms")
    options = RunOptions(workers=2, progress=False, lms="moodle", roster=roster)
    summary = grade_run(course, FIRST, archive, options)
    found = summary.lms.found
    assert summary.total == 9  # eight in the roster and one who is not
    assert summary.statuses["rejected"] == 1  # the script handed in by learner 5
    assert len(found.matched) == 8
    assert [e.name for e in found.no_submission] == ["Absent Learner"]
    assert [r.lms_id for r in found.not_in_roster] == ["1008"]
    check = list(csv.DictReader(io.StringIO(summary.lms.files[1].read_text(encoding="utf-8"))))
    assert len(check) == 10  # 9 roster rows + 1 stranger: nobody dropped
    chosen = next(r for r in summary.results if r.lms_id == "1003")
    assert chosen.chosen_from == 2  # learner 3 left a blank copy beside the work
    options.strict, options.resume = True, True
    with pytest.raises(GradingSetupError, match="--strict"):
        grade_run(course, FIRST, archive, options)

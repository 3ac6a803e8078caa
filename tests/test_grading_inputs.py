"""What goes into `rapport grade`: choosing among files, odd names and bytes, damaged zips, and
keeping hidden tests out of every message. No kernel is started here."""

from __future__ import annotations

import html
import json
import os
import struct
import subprocess
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from rapport.grading.errors import SubmissionRejected
from rapport.grading.execute import CellRun, Execution
from rapport.grading.feedback import feedback_html
from rapport.grading.grade import (
    GradeResult,
    QuestionResult,
    cap_error_outputs,
    failure_message,
    read_submission,
    score,
)
from rapport.grading.outputs import grades_csv
from rapport.grading.samples import fill, solution_answers
from rapport.grading.submissions import find_submissions
from rapport.grading.template import load_template

REPO = Path(__file__).parents[1]
FIRST = "01-first-look"


@pytest.fixture(scope="module")
def template():
    return load_template(REPO, FIRST)


def find(where: Path, tmp_path: Path, stubs=None):
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    return {s.learner: s for s in find_submissions(where, FIRST, FIRST, scratch, stubs)}


# ---------------------------------------------------------------------------------------------
# choosing among a learner's notebooks


def test_the_notebook_with_answers_is_graded_not_the_blank_one(tmp_path, template):
    folder = tmp_path / "submitted" / "amara" / FIRST
    folder.mkdir(parents=True)
    answered = fill(template.release, solution_answers(REPO / "solutions"))
    nbformat.write(answered, folder / f"{FIRST}-Copy1.ipynb")
    nbformat.write(template.release, folder / f"{FIRST}.ipynb")  # blank, and newer
    os.utime(folder / f"{FIRST}-Copy1.ipynb", (1e9, 1e9))
    chosen = find(tmp_path / "submitted", tmp_path, template.stubs)["amara"]
    assert chosen.path.name == f"{FIRST}-Copy1.ipynb"
    assert chosen.note == (
        f"2 notebooks submitted ({FIRST}-Copy1.ipynb, {FIRST}.ipynb); graded "
        f"{FIRST}-Copy1.ipynb: the only one with answers"
    )
    assert chosen.chosen_from == 2


def test_of_two_answered_notebooks_the_newest_is_graded(tmp_path, template):
    folder = tmp_path / "flat" / "bruno"
    folder.mkdir(parents=True)
    answered = fill(template.release, solution_answers(REPO / "solutions"))
    nbformat.write(answered, folder / "old.ipynb")
    nbformat.write(answered, folder / "new.ipynb")
    os.utime(folder / "old.ipynb", (1e9, 1e9))
    chosen = find(tmp_path / "flat", tmp_path, template.stubs)["bruno"]
    assert chosen.path.name == "new.ipynb"
    assert chosen.note.endswith("graded new.ipynb: the newest of those with answers")


def test_the_choice_is_shown_on_the_feedback_page(template):
    note = "2 notebooks submitted (a.ipynb, b.ipynb); graded b.ipynb: the only one with answers"
    result = GradeResult("amara", "graded", 5, 5, flags=[note], file="b.ipynb", chosen_from=2)
    page = feedback_html(result, FIRST, template)
    assert "You handed in 2 notebooks; the grader graded b.ipynb." in page
    assert note in page


# ---------------------------------------------------------------------------------------------
# names and bytes that are not valid text


def test_a_folder_name_that_is_not_utf8_gets_a_usable_learner_id(tmp_path):
    bad = os.fsdecode(b"bad-\xff")
    for root in (tmp_path / "tree" / bad / FIRST, tmp_path / "flat" / bad):
        root.mkdir(parents=True)
        nbformat.write(new_notebook(), root / f"{FIRST}.ipynb")
    assert list(find(tmp_path / "tree", tmp_path)) == ["bad-_xff"]
    assert list(find(tmp_path / "flat", tmp_path)) == ["bad-_xff"]


def test_a_lone_surrogate_in_a_cell_is_replaced_so_the_notebook_can_be_saved(tmp_path):
    text = nbformat.writes(new_notebook(cells=[new_code_cell("x = 'caf'")]))
    path = tmp_path / "nb.ipynb"
    path.write_text(text.replace("caf'", "caf\\udcff'"), encoding="utf-8")
    nb = read_submission(path)
    assert nb.cells[0].source == "x = 'caf\ufffd'"
    nbformat.writes(nb).encode("utf-8")  # would raise UnicodeEncodeError before the fix


def damaged_zip(path: Path, members: dict[str, str], lie_about: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
    data = bytearray(path.read_bytes())
    at = data.find(lie_about.encode())  # the local header of this member: make its size false
    header = data.rfind(b"PK\x03\x04", 0, at)
    struct.pack_into("<I", data, header + 22, 3)  # uncompressed size: 3 bytes
    for start in _all(data, b"PK\x01\x02"):  # and the same lie in the central directory
        if data[start + 46 : start + 46 + len(lie_about)] == lie_about.encode():
            struct.pack_into("<I", data, start + 24, 3)
    path.write_bytes(bytes(data))
    return path


def _all(data: bytearray, needle: bytes):
    at = data.find(needle)
    while at >= 0:
        yield at
        at = data.find(needle, at + 1)


def test_a_zip_member_with_a_false_size_rejects_only_its_learner(tmp_path):
    good = nbformat.writes(new_notebook(cells=[new_code_cell("x = 1")]))
    bundle = damaged_zip(
        tmp_path / "canvas.zip",
        {f"amara_101_1_{FIRST}.ipynb": good, f"bruno_102_2_{FIRST}.ipynb": good},
        lie_about=f"bruno_102_2_{FIRST}.ipynb",
    )
    with pytest.raises(zipfile.BadZipFile):  # what a plain extraction does
        zipfile.ZipFile(bundle).extractall(tmp_path / "plain")
    found = find(bundle, tmp_path)
    assert read_submission(found["amara"].path).cells[0].source == "x = 1"
    with pytest.raises(SubmissionRejected, match="damaged in the zip download"):
        read_submission(found["bruno"].path)


# ---------------------------------------------------------------------------------------------
# hidden tests never reach a message, whatever the route


def check_cell(template) -> nbformat.NotebookNode:
    return next(
        c for c in template.source.cells if c.metadata.nbgrader.get("grade_id") == "q1-check"
    )


def hidden_lines(template) -> list[str]:
    block = template.hidden.hidden
    public = template.hidden.public
    return [
        line.strip()
        for text in block
        for line in text.splitlines()
        if len(line.strip()) > 3 and line.strip() not in public
    ]


def graded(outputs: list) -> nbformat.NotebookNode:
    cell = new_code_cell("# the test")
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "q1-check", "points": 1,
                                 "solution": False, "locked": True}  # fmt: skip
    cell.outputs = outputs
    return new_notebook(cells=[cell])


def leak_routes(source: str) -> dict[str, list]:
    return {
        "exception message": [new_output("error", ename="CheckFailed",
                                         evalue=f"`f` raised ValueError: LEAK>>{source}",
                                         traceback=source.splitlines())],
        "exception repr": [new_output("error", ename="ValueError", evalue=repr(source),
                                      traceback=[])],
        "exception name": [new_output("error", ename=source.splitlines()[13][:60], evalue="x",
                                      traceback=[])],
        "stderr print": [new_output("stream", name="stderr", text=f"LEAK>>{source}")],
        "warning": [new_output("stream", name="stderr",
                               text=f"<ipython>:3: UserWarning: x\n  {source.splitlines()[13]}\n")],
        "display then error": [new_output("display_data", data={"text/plain": source}),
                               new_output("error", ename="E", evalue=json.dumps(source),
                                          traceback=[])],
    }  # fmt: skip


def test_no_line_of_a_hidden_test_survives_any_route_into_feedback(template):
    source = check_cell(template).source
    lines = [line for line in hidden_lines(template) if line in source]
    assert len(lines) >= 5  # the leaks below really carry hidden lines
    for route, outputs in leak_routes(source).items():
        nb = graded(outputs)
        [question] = score(nb, Execution(runs=[CellRun(0, "error")]), template.hidden)
        leaked = [line for line in lines if line in question.message]
        assert leaked == [], route
        assert "HIDDEN" not in question.message, route
        page = feedback_html(
            GradeResult("amara", "graded", 0, 1, [question], flags=[source]), FIRST, template
        )
        text = html.unescape(page)
        assert [line for line in lines if line in text] == [], route
        assert "BEGIN HIDDEN" not in text


def test_without_the_filter_the_routes_do_leak(template):
    """The same outputs, scored without the hidden-test filter, show the test lines."""
    source = check_cell(template).source
    hidden = source[source.index("### BEGIN HIDDEN TESTS") :]
    lines = hidden_lines(template)
    message = failure_message([new_output("stream", name="stderr", text=hidden)])
    assert any(line in message for line in lines)
    assert not any(line in failure_message([new_output("stream", name="stderr", text=hidden)],
                                           template.hidden) for line in lines)  # fmt: skip


def test_a_check_label_from_a_hidden_test_is_still_shown(template):
    label = "CheckFailed: count_connections(connections) should be 120, but it is 130."
    assert template.hidden.redact(label) == label
    spaces = "CheckFailed: the count when a name is only spaces should be 1, but it is 2."
    assert template.hidden.redact(spaces) == spaces


# ---------------------------------------------------------------------------------------------
# first causes, capped text, spreadsheet-safe CSV


def test_a_failed_import_is_named_instead_of_the_later_name_error():
    answer = new_code_cell("import panda as pd\ndef count_connections(c):\n    return 1")
    answer.metadata["nbgrader"] = {"solution": True, "grade_id": "q1-answer"}
    answer.outputs = [new_output("error", ename="ModuleNotFoundError",
                                 evalue="No module named 'panda'", traceback=[])]  # fmt: skip
    undefined = "name 'count_connections' is not defined"
    nb = graded([new_output("error", ename="NameError", evalue=undefined, traceback=[])])
    nb.cells.insert(0, answer)
    [question] = score(nb, Execution())
    assert question.message == (
        "ModuleNotFoundError: No module named 'panda' (in q1-answer; because of it, "
        "count_connections was never defined)"
    )


def test_a_five_megabyte_error_is_capped_in_the_message_and_the_notebook():
    huge = new_output("error", ename="ValueError", evalue="Z" * 5_000_000,
                      traceback=["Z" * 5_000_000] * 3)  # fmt: skip
    nb = graded([huge])
    [question] = score(nb, Execution())
    assert len(question.message) < 1_000
    assert "more characters not shown" in question.message
    cap_error_outputs(nb)
    assert len(nbformat.writes(nb)) < 50_000


def test_grades_csv_neutralises_formulas_in_names_and_notes(template):
    rows = grades_csv(
        template,
        [
            GradeResult("=HYPERLINK(1)", "graded", 1, 5, flags=["+notes"]),
            GradeResult("@sam", "rejected", 0, 5, reason="-bad"),
            GradeResult("plain, name", "graded", 5, 5),
        ],
    ).splitlines()
    assert rows[1].startswith("'=HYPERLINK(1),")
    assert ",'+notes," in rows[1]
    assert rows[2].startswith("'@sam,")
    assert rows[2].endswith(",'-bad")
    assert rows[3].startswith('"plain, name",')


def test_a_question_is_labelled_by_its_title(template):
    assert template.titles["q2-check"] == "Question 2 · How much of the list is one workplace?"
    result = GradeResult("amara", "graded", 0, 2, [QuestionResult("q2-check", 0, 2, "failed")])
    assert "Question 2 · How much of the list is one workplace? (q2-check)" in feedback_html(
        result, FIRST, template
    )


def test_grades_csv_from_nbgrader_export_is_git_ignored():
    done = subprocess.run(["git", "check-ignore", "-q", "grades.csv"], cwd=REPO, check=False)
    assert done.returncode == 0

"""The named steps of `rapport grade`, one at a time, without starting a kernel."""

import copy
import csv
import io
import json
import os
import re
import shutil
import unicodedata
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from nbgrader.utils import determine_grade

from rapport.grading import grade as grade_module
from rapport.grading.errors import GradingSetupError, SubmissionRejected
from rapport.grading.execute import CellRun, Execution, error_output
from rapport.grading.feedback import feedback_html
from rapport.grading.grade import (
    GradeResult,
    QuestionResult,
    failure_message,
    read_submission,
    score,
)
from rapport.grading.outputs import grades_csv
from rapport.grading.repair import rebuild, with_parameters
from rapport.grading.samples import GOOD_Q2, fill, solution_answers
from rapport.grading.similarity import similar_pairs
from rapport.grading.submissions import find_submissions
from rapport.grading.template import load_template

REPO = Path(__file__).parents[1]
ASSIGNMENTS = sorted(p.name for p in (REPO / "solutions").iterdir() if p.is_dir())
FIRST = "01-first-look"
HIDDEN_REGION = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
# A message tells the learner what to do: it names an action they can take.
ACTION = re.compile(r"\b(submit|save|download|export|open|upload|re-?run)\b", re.I)


def source_notebook(assignment: str) -> dict:
    """The instructor's notebook as plain JSON (read without the code under test)."""
    path = REPO / "solutions" / assignment / f"{assignment}.ipynb"
    return json.loads(path.read_text(encoding="utf-8"))


def meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def by_id(nb) -> dict:
    return {meta(c)["grade_id"]: c for c in nb.cells if meta(c).get("grade_id")}


def index_of(nb, grade_id: str) -> int:
    ids = [meta(c).get("grade_id") for c in nb.cells]
    return ids.index(grade_id)


def as_text(source) -> str:
    return "".join(source) if isinstance(source, list) else source


@pytest.fixture(scope="module")
def template():
    return load_template(REPO, FIRST)


@pytest.fixture(scope="module")
def answers() -> dict[str, str]:
    return solution_answers(REPO / "solutions")


@pytest.fixture
def filled(template, answers):
    """The released notebook with every answer filled in, as a learner would hand it in."""
    return fill(template.release, answers)


# ---------------------------------------------------------------------------------------------
# read_submission


def write(tmp_path: Path, content: str | bytes, name: str = "nb.ipynb") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def rejection(path: Path) -> str:
    with pytest.raises(SubmissionRejected) as caught:
        read_submission(path)
    message = str(caught.value)
    assert message
    return message


def valid_notebook_text() -> str:
    nb = new_notebook(cells=[new_markdown_cell("# Mine"), new_code_cell("x = 1")])
    return nbformat.writes(nb)


def test_read_submission_accepts_a_valid_nbformat_4_notebook(tmp_path):
    nb = read_submission(write(tmp_path, valid_notebook_text()))
    assert nb.nbformat == 4
    assert [c.source for c in nb.cells] == ["# Mine", "x = 1"]


def test_read_submission_rejects_a_script_handed_in_instead_of_the_notebook(tmp_path):
    message = rejection(write(tmp_path, "x = 1\n", name="01-first-look.py"))
    assert "01-first-look.py is not a notebook (.ipynb)" in message
    assert "submit" in message


NOT_NOTEBOOKS = [
    pytest.param('{"cells": [}', "corrupt", id="corrupt-json"),
    pytest.param(valid_notebook_text()[:60], "cut off", id="truncated"),
    pytest.param("", "corrupt", id="empty"),
    pytest.param(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00", "not text", id="binary"),
    pytest.param('{"a": 1}', "not a notebook", id="json-object"),
    pytest.param("[1, 2, 3]", "not a notebook", id="json-list"),
]


@pytest.mark.parametrize(("content", "says"), NOT_NOTEBOOKS)
def test_read_submission_rejects_what_is_not_a_notebook_and_says_why(tmp_path, content, says):
    assert says in rejection(write(tmp_path, content))


@pytest.mark.parametrize("content", [pytest.param(p.values[0], id=p.id) for p in NOT_NOTEBOOKS])
def test_read_submission_rejection_tells_the_learner_what_to_do(tmp_path, content):
    message = rejection(write(tmp_path, content))
    assert ACTION.search(message), f"the learner is not told what to do: {message!r}"


def test_read_submission_upgrades_nbformat_3_as_nbgrader_does(tmp_path):
    old = nbformat.v3.new_notebook(
        worksheets=[nbformat.v3.new_worksheet(cells=[nbformat.v3.new_code_cell(input="x = 1")])]
    )
    nb = read_submission(write(tmp_path, nbformat.v3.writes_json(old)))
    assert nb.nbformat == 4
    assert [c.source for c in nb.cells] == ["x = 1"]
    assert nb.metadata["orig_nbformat"] == 3


def test_read_submission_rejects_an_oversized_file_before_reading_it(tmp_path, monkeypatch):
    path = write(tmp_path, valid_notebook_text())
    monkeypatch.setattr(grade_module, "MAX_NOTEBOOK_BYTES", path.stat().st_size - 1)
    message = rejection(path)
    assert "50 MB" in message
    assert "clear the outputs" in message
    monkeypatch.setattr(grade_module, "MAX_NOTEBOOK_BYTES", path.stat().st_size)
    assert read_submission(path).nbformat == 4


# ---------------------------------------------------------------------------------------------
# load_template


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_template_questions_and_points_are_the_sources_nbgrader_metadata(assignment):
    expected = [
        (meta(c)["grade_id"], float(meta(c)["points"]))
        for c in source_notebook(assignment)["cells"]
        if meta(c).get("grade")
    ]
    template = load_template(REPO, assignment)
    assert expected
    assert [(q.grade_id, q.points) for q in template.questions] == expected
    assert template.max_score == sum(points for _, points in expected)
    assert template.assignment == assignment
    assert template.notebook == assignment


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_template_parameters_are_the_parameters_cells_values(assignment):
    expected: dict = {}
    for cell in source_notebook(assignment)["cells"]:
        if "parameters" in cell["metadata"].get("tags", []):
            namespace: dict = {}
            exec(as_text(cell["source"]), namespace)
            expected = {k: v for k, v in namespace.items() if not k.startswith("__")}
            break
    assert load_template(REPO, assignment).parameters == expected


def test_template_parameters_keep_the_literals_types(tmp_path):
    shutil.copy(REPO / "nbgrader_config.py", tmp_path)  # it names the source and release folders
    shutil.copytree(REPO / "solutions" / FIRST, tmp_path / "solutions" / FIRST)
    shutil.copytree(REPO / "exercises" / FIRST, tmp_path / "exercises" / FIRST)
    path = tmp_path / "solutions" / FIRST / f"{FIRST}.ipynb"
    source = nbformat.read(path, 4)
    by_id(source)[
        "parameters"
    ].source = (
        'connections_csv = "sample"\nlimit = 3\nshare = 0.5\nyears = [2019, 2021]\nquiet = None'
    )
    nbformat.write(source, path)
    assert load_template(tmp_path, FIRST).parameters == {
        "connections_csv": "sample",
        "limit": 3,
        "share": 0.5,
        "years": [2019, 2021],
        "quiet": None,
    }


def test_template_parameters_of_first_look_are_the_sample_data(template):
    assert template.parameters == {"connections_csv": "sample"}


def test_template_warms_the_modules_the_locked_cells_import(template):
    assert "pandas" in template.warm_modules
    assert "rapport.checks" in template.warm_modules


def test_template_of_a_missing_assignment_is_an_error_listing_the_known_ones():
    with pytest.raises(GradingSetupError) as caught:
        load_template(REPO, "99-nope")
    assert FIRST in str(caught.value)


def test_template_without_a_release_says_to_release(tmp_path):
    shutil.copy(REPO / "nbgrader_config.py", tmp_path)
    shutil.copytree(REPO / "solutions", tmp_path / "solutions")
    with pytest.raises(GradingSetupError, match="make release"):
        load_template(tmp_path, FIRST)


def test_template_whose_release_has_other_cell_ids_is_an_error(tmp_path):
    shutil.copy(REPO / "nbgrader_config.py", tmp_path)  # it names the source and release folders
    shutil.copytree(REPO / "solutions" / FIRST, tmp_path / "solutions" / FIRST)
    release_dir = tmp_path / "exercises" / FIRST
    shutil.copytree(REPO / "exercises" / FIRST, release_dir)
    release = nbformat.read(release_dir / f"{FIRST}.ipynb", 4)
    assert load_template(tmp_path, FIRST).questions  # the copy itself is fine
    by_id(release)["q2-check"].metadata.nbgrader["grade_id"] = "q2-check-old"
    nbformat.write(release, release_dir / f"{FIRST}.ipynb")
    with pytest.raises(GradingSetupError, match="does not match"):
        load_template(tmp_path, FIRST)


# ---------------------------------------------------------------------------------------------
# rebuild and with_parameters


def test_rebuild_takes_test_cells_from_the_source_with_hidden_tests(template, filled, answers):
    rebuilt, flags = rebuild(filled, template)
    assert flags == []
    source = source_notebook(FIRST)
    source_ids = [meta(c).get("grade_id") for c in source["cells"]]
    assert [meta(c).get("grade_id") for c in rebuilt.cells] == source_ids
    source_cells = {meta(c)["grade_id"]: c for c in source["cells"]}
    tests = [c for c in rebuilt.cells if meta(c).get("grade")]
    assert len(tests) == 3
    for cell in tests:
        expected = as_text(source_cells[meta(cell)["grade_id"]]["source"])
        assert "### BEGIN HIDDEN TESTS" in expected
        assert cell.source == expected
        assert cell.outputs == []
    for grade_id, answer in answers.items():
        assert by_id(rebuilt)[grade_id].source == answer


def test_rebuild_restores_an_edited_test_cell_and_flags_it(template, filled):
    by_id(filled)["q1-check"].source = "# checks removed\npass"
    rebuilt, flags = rebuild(filled, template)
    expected = as_text(by_id_json(FIRST)["q1-check"]["source"])
    assert by_id(rebuilt)["q1-check"].source == expected
    assert flags == ["edited test cell restored: q1-check"]


def test_rebuild_restores_an_edited_locked_cell_and_flags_it(template, filled):
    by_id(filled)["setup"].source = "import pandas as pd\nconnections = None"
    rebuilt, flags = rebuild(filled, template)
    assert by_id(rebuilt)["setup"].source == as_text(by_id_json(FIRST)["setup"]["source"])
    assert flags == ["edited locked cell restored: setup"]


def by_id_json(assignment: str) -> dict:
    return {meta(c)["grade_id"]: c for c in source_notebook(assignment)["cells"]}


def test_rebuild_puts_a_deleted_test_cell_back_in_its_place(template, filled):
    filled.cells.pop(index_of(filled, "q2-check"))
    rebuilt, flags = rebuild(filled, template)
    source = source_notebook(FIRST)
    assert index_of(rebuilt, "q2-check") == [meta(c)["grade_id"] for c in source["cells"]].index(
        "q2-check"
    )
    assert index_of(rebuilt, "q2-check") == index_of(rebuilt, "q2-answer") + 1
    assert by_id(rebuilt)["q2-check"].source == as_text(by_id_json(FIRST)["q2-check"]["source"])
    assert flags == ["deleted test cell put back: q2-check"]


def test_rebuild_grades_a_deleted_answer_as_the_released_stub(template, filled):
    filled.cells.pop(index_of(filled, "q2-answer"))
    rebuilt, flags = rebuild(filled, template)
    stub = by_id(template.release)["q2-answer"].source
    assert "raise NotImplementedError()" in stub
    assert index_of(rebuilt, "q2-answer") == index_of(rebuilt, "q2-check") - 1
    assert by_id(rebuilt)["q2-answer"].source == stub
    assert flags == ["answer cell missing, graded as blank: q2-answer"]


def test_rebuild_joins_a_split_answer_in_order(template, filled):
    lines = GOOD_Q2.rstrip("\n").split("\n")
    first, second = "\n".join(lines[:3]), "\n".join(lines[3:])
    at = index_of(filled, "q2-answer")
    filled.cells[at].source = first
    half = copy.deepcopy(filled.cells[at])
    half.source, half["id"] = second, "split-half"
    filled.cells.insert(at + 1, half)
    rebuilt, flags = rebuild(filled, template)
    assert by_id(rebuilt)["q2-answer"].source == GOOD_Q2.rstrip("\n")
    assert [meta(c).get("grade_id") for c in rebuilt.cells].count("q2-answer") == 1
    assert flags == ["answer cell split or duplicated, parts joined in order: q2-answer"]


def test_rebuild_keeps_scratch_cells_after_the_cell_they_followed(template, filled):
    opening = new_markdown_cell("my notes before anything")
    scratch = new_code_cell("# trying things out\nlen(contacts)")
    scratch.metadata["nbgrader"] = {"grade": False, "solution": False, "locked": False}
    late = new_code_cell("print('done')")
    late.metadata["nbgrader"] = {"grade_id": "", "grade": True, "points": 5}
    filled.cells.insert(index_of(filled, "q1-answer") + 1, scratch)
    filled.cells.insert(index_of(filled, "q2-check") + 1, late)
    filled.cells.insert(0, opening)
    rebuilt, flags = rebuild(filled, template)
    sources = [c.source for c in rebuilt.cells]
    assert sources[0] == opening.source
    assert sources.index(scratch.source) == index_of(rebuilt, "q1-answer") + 1
    assert sources.index(late.source) == index_of(rebuilt, "q2-check") + 1
    assert len(rebuilt.cells) == len(source_notebook(FIRST)["cells"]) + 3
    for cell in rebuilt.cells:
        if cell.source in {opening.source, scratch.source, late.source}:
            assert "nbgrader" not in cell.metadata
    assert [q.grade_id for q in template.questions] == [
        meta(c)["grade_id"] for c in rebuilt.cells if meta(c).get("grade")
    ]
    assert flags == []


def test_rebuild_keeps_a_cell_with_an_unknown_grade_id_as_scratch(template, filled):
    stray = new_code_cell("share = 1.0")
    stray.metadata["nbgrader"] = {"grade_id": "q9-answer", "solution": True, "grade": False}
    filled.cells.insert(index_of(filled, "q3-answer") + 1, stray)
    rebuilt, flags = rebuild(filled, template)
    kept = rebuilt.cells[index_of(rebuilt, "q3-answer") + 1]
    assert kept.source == "share = 1.0"
    assert "nbgrader" not in kept.metadata
    assert "q9-answer" not in by_id(rebuilt)
    assert flags == ["unknown cell id ignored as scratch work: q9-answer"]


def test_rebuild_never_takes_an_answer_from_a_test_cell(template, answers):
    submitted = fill(template.release, {})
    check = by_id(submitted)["q1-check"]
    check.source = answers["q1-answer"]  # the answer written into the test cell...
    check.metadata.nbgrader["solution"] = True  # ...which now claims to be an answer
    rebuilt, flags = rebuild(submitted, template)
    stub = by_id(template.release)["q1-answer"].source
    assert by_id(rebuilt)["q1-answer"].source == stub
    assert by_id(rebuilt)["q1-check"].source == as_text(by_id_json(FIRST)["q1-check"]["source"])
    assert all(answers["q1-answer"] not in c.source for c in rebuilt.cells)
    assert flags == ["edited test cell restored: q1-check"]


def test_rebuild_never_takes_an_answer_from_a_test_cell_even_if_the_answer_is_gone(
    template, answers
):
    submitted = fill(template.release, {})
    submitted.cells.pop(index_of(submitted, "q1-answer"))
    by_id(submitted)["q1-check"].source = answers["q1-answer"]
    rebuilt, flags = rebuild(submitted, template)
    assert by_id(rebuilt)["q1-answer"].source == by_id(template.release)["q1-answer"].source
    assert sorted(flags) == [
        "answer cell missing, graded as blank: q1-answer",
        "edited test cell restored: q1-check",
    ]


def test_with_parameters_injects_the_values_after_the_parameters_cell(template, filled):
    rebuilt, _ = rebuild(filled, template)
    before = nbformat.writes(rebuilt)
    injected = with_parameters(rebuilt, {"connections_csv": "elsewhere.csv", "limit": 3})
    assert nbformat.writes(rebuilt) == before  # the input is left alone
    at = index_of(injected, "parameters")
    cell = injected.cells[at + 1]
    assert cell.metadata["tags"] == ["injected-parameters"]
    assert 'connections_csv = "elsewhere.csv"' in cell.source
    assert "limit = 3" in cell.source
    assert len(injected.cells) == len(rebuilt.cells) + 1
    tagged = [c for c in injected.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert tagged == [cell]
    assert "papermill" not in injected.metadata


def test_with_parameters_leaves_a_notebook_without_parameters_alone(template, filled):
    rebuilt, _ = rebuild(filled, template)
    assert with_parameters(rebuilt, {}) is rebuilt


# ---------------------------------------------------------------------------------------------
# find_submissions


def notebook_text(tag: str = "") -> str:
    return nbformat.writes(new_notebook(cells=[new_code_cell(f"x = {tag!r}")]))


def put(path: Path, text: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(notebook_text(path.name) if text is None else text, encoding="utf-8")
    return path


def find(where: Path, tmp_path: Path):
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    return find_submissions(where, FIRST, FIRST, scratch)


def learners(found) -> dict:
    return {s.learner: s for s in found}


def make_zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
    return path


def test_find_submissions_in_an_nbgrader_tree(tmp_path):
    where = tmp_path / "submitted"
    amara = put(where / "amara" / FIRST / f"{FIRST}.ipynb")
    bruno = put(where / "bruno" / FIRST / f"{FIRST}.ipynb")
    put(where / "carol" / "02-audit" / "02-audit.ipynb")  # another assignment
    found = find(where, tmp_path)
    assert [(s.learner, s.path, s.note) for s in found] == [
        ("amara", amara, ""),
        ("bruno", bruno, ""),
    ]


def test_find_submissions_in_a_zip_of_an_nbgrader_tree(tmp_path):
    bundle = make_zip(
        tmp_path / "submitted.zip",
        {
            f"submitted/{name}/{FIRST}/{FIRST}.ipynb": notebook_text(name)
            for name in ("amara", "bruno")
        },
    )
    found = learners(find(bundle, tmp_path))
    assert sorted(found) == ["amara", "bruno"]
    assert "'bruno'" in found["bruno"].path.read_text(encoding="utf-8")


def test_find_submissions_in_a_flat_folder(tmp_path):
    where = tmp_path / "flat"
    put(where / "amara.okafor.ipynb")
    put(where / "bruno.ipynb")
    found = find(where, tmp_path)
    assert [s.learner for s in found] == ["amara.okafor", "bruno"]
    assert all(s.note == "" for s in found)
    assert learners(found)["bruno"].path == where / "bruno.ipynb"


def test_find_submissions_in_a_canvas_zip(tmp_path):
    bundle = make_zip(
        tmp_path / "canvas.zip",
        {
            f"okafor_12345_678901_{FIRST}.ipynb": notebook_text("okafor"),
            f"silva_LATE_12345_678902_{FIRST}.ipynb": notebook_text("silva"),
            f"__MACOSX/._okafor_12345_678901_{FIRST}.ipynb": "\x00\x05junk",
        },
    )
    found = learners(find(bundle, tmp_path))
    assert sorted(found) == ["okafor", "silva"]
    assert "'silva'" in found["silva"].path.read_text(encoding="utf-8")
    assert found["okafor"].path.is_relative_to(tmp_path / "scratch")
    assert found["okafor"].note == ""


def test_find_submissions_in_a_moodle_zip(tmp_path):
    bundle = make_zip(
        tmp_path / "moodle.zip",
        {
            f"Amara Okafor_123456_assignsubmission_file_/{FIRST}.ipynb": notebook_text("amara"),
            f"Amara Okafor_123456_assignsubmission_file_/.ipynb_checkpoints/{FIRST}"
            "-checkpoint.ipynb": notebook_text("old"),
            f"Bruno Silva_123457_assignsubmission_file_/{FIRST}.ipynb": notebook_text("bruno"),
        },
    )
    found = learners(find(bundle, tmp_path))
    assert sorted(found) == ["Amara Okafor", "Bruno Silva"]
    assert found["Amara Okafor"].path.name == f"{FIRST}.ipynb"
    assert "'amara'" in found["Amara Okafor"].path.read_text(encoding="utf-8")
    assert found["Amara Okafor"].note == ""


def test_find_submissions_prefers_the_notebook_named_like_the_assignment(tmp_path):
    tree = tmp_path / "tree"
    put(tree / "amara" / FIRST / "00-scratch.ipynb")
    named = put(tree / "amara" / FIRST / f"{FIRST}.ipynb")
    assert learners(find(tree, tmp_path))["amara"].path == named
    flat = tmp_path / "flat"
    put(flat / "Bruno Silva_1_assignsubmission_file_" / "00-scratch.ipynb")
    named = put(flat / "Bruno Silva_1_assignsubmission_file_" / f"{FIRST}.ipynb")
    assert learners(find(flat, tmp_path))["Bruno Silva"].path == named


def test_find_submissions_of_two_blank_notebooks_takes_the_newest_with_a_note(tmp_path):
    tree = tmp_path / "tree"
    put(tree / "amara" / FIRST / "a-mine.ipynb")
    newest = put(tree / "amara" / FIRST / "b-copy.ipynb")
    os.utime(newest, (2e9, 2e9))
    chosen = learners(find(tree, tmp_path))["amara"]
    assert chosen.path == newest
    assert chosen.note == (
        "2 notebooks submitted (a-mine.ipynb, b-copy.ipynb); graded b-copy.ipynb: "
        "none has answers; the newest"
    )
    assert chosen.chosen_from == 2


def test_find_submissions_canvas_learner_with_two_notebooks_gets_the_assignment_one(tmp_path):
    bundle = make_zip(
        tmp_path / "canvas.zip",
        {
            "okafor_12345_678901_00-scratch.ipynb": notebook_text("scratch"),
            f"okafor_12345_678901_{FIRST}.ipynb": notebook_text("answer"),
        },
    )
    chosen = learners(find(bundle, tmp_path))["okafor"]
    assert chosen.path.name == f"okafor_12345_678901_{FIRST}.ipynb"


def test_find_submissions_canvas_learners_sharing_a_name_are_not_merged(tmp_path):
    bundle = make_zip(
        tmp_path / "canvas.zip",
        {
            f"okafor_12345_678901_{FIRST}.ipynb": notebook_text("amara"),
            f"okafor_54321_678999_{FIRST}.ipynb": notebook_text("chidi"),  # another learner
        },
    )
    found = learners(find(bundle, tmp_path))
    assert sorted(found) == ["okafor-12345", "okafor-54321"]  # both kept, told apart by user id
    assert found["okafor-12345"].path.name.startswith("okafor_12345_")
    assert found["okafor-54321"].path.name.startswith("okafor_54321_")


def test_find_submissions_keeps_a_submission_without_a_notebook_with_a_note(tmp_path):
    tree = tmp_path / "tree"
    put(tree / "amara" / FIRST / f"{FIRST}.ipynb")
    pdf = put(tree / "bruno" / FIRST / "answers.pdf", "%PDF-1.4")
    found = learners(find(tree, tmp_path))
    assert (found["bruno"].path, found["bruno"].note) == (pdf, "no notebook in the submission")
    flat = tmp_path / "flat"
    put(flat / "amara.ipynb")
    docx = put(flat / "bruno.docx", "not a notebook")
    found = learners(find(flat, tmp_path))
    assert (found["bruno"].path, found["bruno"].note) == (docx, "no notebook in the submission")


def test_find_submissions_normalises_unicode_names_to_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "zoë.núñez")
    assert nfd != "zoë.núñez"
    flat = tmp_path / "flat"
    put(flat / f"{nfd}.ipynb")
    assert [s.learner for s in find(flat, tmp_path)] == ["zoë.núñez"]
    tree = tmp_path / "tree"
    put(tree / nfd / FIRST / f"{FIRST}.ipynb")
    assert [s.learner for s in find(tree, tmp_path)] == ["zoë.núñez"]


def test_find_submissions_skips_checkpoints_and_macos_metadata(tmp_path):
    flat = tmp_path / "flat"
    put(flat / "amara.ipynb")
    put(flat / ".ipynb_checkpoints" / "amara-checkpoint.ipynb")
    put(flat / "__MACOSX" / "._amara.ipynb", "\x00\x05junk")
    put(flat / "bruno" / ".ipynb_checkpoints" / f"{FIRST}-checkpoint.ipynb")
    put(flat / "bruno" / f"{FIRST}.ipynb")
    found = find(flat, tmp_path)
    assert [(s.learner, s.path.name, s.note) for s in found] == [
        ("amara", "amara.ipynb", ""),
        ("bruno", f"{FIRST}.ipynb", ""),
    ]


def test_find_submissions_refuses_a_zip_slip_member(tmp_path):
    bundle = make_zip(
        tmp_path / "evil.zip",
        {"amara.ipynb": notebook_text(), "../evil.ipynb": notebook_text("evil")},
    )
    with pytest.raises(GradingSetupError, match="unsafe path"):
        find(bundle, tmp_path)
    assert not (tmp_path / "scratch" / "evil.ipynb").exists()
    assert not (tmp_path / "evil.ipynb").exists()


def test_find_submissions_of_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(GradingSetupError, match="does not exist"):
        find(tmp_path / "nowhere", tmp_path)


def test_find_submissions_of_a_file_that_is_not_a_zip_is_an_error(tmp_path):
    with pytest.raises(GradingSetupError, match="not a zip"):
        find(put(tmp_path / "grades.csv", "learner,score\n"), tmp_path)


def test_find_submissions_with_two_folders_for_one_learner_id_is_an_error(tmp_path):
    tree = tmp_path / "tree"
    put(tree / "zoë" / FIRST / f"{FIRST}.ipynb")
    put(tree / unicodedata.normalize("NFD", "zoë") / FIRST / f"{FIRST}.ipynb")
    with pytest.raises(GradingSetupError, match="same learner id: zoë"):
        find(tree, tmp_path)


# ---------------------------------------------------------------------------------------------
# similarity

REWRITE = (
    "Hi {name}, thanks for your talk at the {city} meetup about mentoring junior analysts. "
    "Could we meet for twenty minutes next week so I can ask how you moved into data work?"
)
OTHER = (
    "Dear team, I am writing to ask whether anyone has a spare ticket for the conference in "
    "spring, since mine fell through and I would love to go and learn."
)


def test_similarity_flags_rewrites_that_differ_only_in_names():
    pairs = similar_pairs(
        {
            "amara": {"b1": REWRITE.format(name="Nadia", city="Leeds")},
            "bruno": {"b1": REWRITE.format(name="Ahmad", city="Bristol")},
            "chen": {"b1": OTHER},
        }
    )
    assert [(p.question, p.first, p.second) for p in pairs] == [("b1", "amara", "bruno")]
    assert pairs[0].similarity >= 0.8


def test_similarity_does_not_flag_different_answers():
    answers = {"amara": {"b1": REWRITE.format(name="Nadia", city="Leeds")}, "chen": {"b1": OTHER}}
    assert similar_pairs(answers) == []


def test_similarity_never_compares_short_answers():
    short = "Hi Nadia, can we talk next week about data work?"
    assert similar_pairs({"amara": {"b1": short}, "bruno": {"b1": short}}) == []


def test_similarity_never_compares_the_released_stub(template):
    stub = by_id(template.release)["q2-answer"].source
    answers = {"amara": {"q2": stub}, "bruno": {"q2": stub + "\n"}, "chen": {"q2": stub}}
    assert len(similar_pairs(answers)) == 3  # long enough to compare without the stub...
    assert similar_pairs(answers, stubs={"q2": stub}) == []  # ...but it is the stub


def test_similarity_lists_the_most_similar_pairs_first():
    words = OTHER.split()
    nearly = " ".join([*words[:-3], "see", *words[-2:]])
    answers = {
        "amara": {"b1": OTHER, "b2": REWRITE.format(name="Nadia", city="Leeds")},
        "bruno": {"b1": nearly, "b2": OTHER},
        "yusuf": {"b2": REWRITE.format(name="Ahmad", city="York")},
    }
    pairs = similar_pairs(answers)
    assert [(p.question, p.first, p.second) for p in pairs] == [
        ("b2", "amara", "yusuf"),
        ("b1", "amara", "bruno"),
    ]
    assert pairs[0].similarity == 1.0
    assert 0.8 <= pairs[1].similarity < 1.0


# ---------------------------------------------------------------------------------------------
# feedback_html


def hidden_test_lines() -> set[str]:
    hidden, public = set(), set()
    for assignment in ASSIGNMENTS:
        for cell in source_notebook(assignment)["cells"]:
            text = as_text(cell["source"])
            for region in HIDDEN_REGION.findall(text):
                hidden.update(line.strip() for line in region.splitlines())
            public.update(line.strip() for line in HIDDEN_REGION.sub("", text).splitlines())
    return {line for line in hidden - public if len(line) > 3}


def a_result(**changes) -> GradeResult:
    result = GradeResult(
        learner="amara",
        status="graded",
        score=3.5,
        max_score=5.0,
        questions=[
            QuestionResult("q1-check", 1.0, 1.0, "passed"),
            QuestionResult(
                "q2-check",
                0.0,
                2.0,
                "failed",
                "CheckFailed: share_at_company(tiny, 'X') should be 0.5, but it is 0.25.",
            ),
            QuestionResult("q3-check", 2.0, 2.0, "passed"),
        ],
        flags=["edited test cell restored: q1-check"],
    )
    for name, value in changes.items():
        setattr(result, name, value)
    return result


def test_feedback_shows_score_statuses_and_messages():
    result = a_result()
    result.questions[2] = QuestionResult("q3-check", 0.5, 2.0, "partial", "ValueError: years")
    result.questions.append(QuestionResult("q4-check", 0.0, 1.0, "not run", "TimeoutError"))
    page = feedback_html(result, FIRST)
    assert "Score: 3.5 / 5" in page
    for status in ("passed", "failed", "partial", "not run"):
        assert f"<strong>{status}</strong>" in page
    assert 'class="not-run"' in page
    assert "0.5 / 2" in page
    assert "CheckFailed: share_at_company(tiny, &#39;X&#39;) should be 0.5" in page
    assert "All checks passed." in page
    assert "edited test cell restored: q1-check" in page


def test_feedback_escapes_everything_from_the_submission():
    evil = "<script>alert('x')</script>"
    result = a_result(learner=f"amara{evil}", flags=[f"unknown cell id ignored: {evil}"])
    result.questions[1].message = f"NameError: name {evil} is not defined"
    result.questions[0].grade_id = f"q1{evil}"
    page = feedback_html(result, FIRST)
    assert "<script" not in page
    assert page.count("&lt;script&gt;") >= 5  # title, heading, message, flag, question id


def test_feedback_for_a_rejected_file_gives_the_escaped_reason():
    result = GradeResult(
        "amara", "rejected", 0.0, 5.0, reason="the file is <not> text; export it again"
    )
    page = feedback_html(result, FIRST)
    assert "Score: 0 / 5" in page
    assert "could not be graded: the file is &lt;not&gt; text; export it again" in page


def test_feedback_never_shows_a_hidden_test_line(answers):
    lines = hidden_test_lines()
    assert len(lines) >= 10
    graded = nbformat.writes(nbformat.reads(json.dumps(source_notebook(FIRST)), as_version=4))
    result = a_result(graded_json=graded, answers=answers, status="faults")
    page = feedback_html(result, FIRST)
    leaked = sorted(line for line in lines if line in page)
    assert leaked == []


# ---------------------------------------------------------------------------------------------
# score and failure_message


def graded_cell(grade_id: str, points: float, outputs: list) -> nbformat.NotebookNode:
    cell = new_code_cell(f"# checks of {grade_id}")
    cell.metadata["nbgrader"] = {
        "grade": True,
        "solution": False,
        "locked": True,
        "grade_id": grade_id,
        "points": points,
        "schema_version": 3,
    }
    cell.outputs = outputs
    return cell


def execute_result(text: str):
    return new_output("execute_result", data={"text/plain": text}, execution_count=1)


TRACEBACK = [
    "\x1b[0;31m---------------------------------------------------------------\x1b[0m",
    "\x1b[0;31mCheckFailed\x1b[0m  Traceback (most recent call last)",
    "Cell \x1b[0;32mIn[7], line 3\x1b[0m",
    "check_equal(call(count_connections, connections), expected, 'count_connections(connections)')",
]


@pytest.fixture
def scored_notebook():
    answer = new_code_cell("def f():\n    return 1")
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "q-answer"}
    error = new_output(
        "error",
        ename="CheckFailed",
        evalue="\x1b[31mcount_connections(tiny) should be 2, but it is 3.\x1b[0m",
        traceback=TRACEBACK,
    )
    cells = [
        answer,
        graded_cell("error", 2, [error]),
        graded_cell("stderr", 1, [new_output("stream", name="stderr", text="\x1b[33moops\x1b[0m")]),
        graded_cell("half", 2, [execute_result("0.5")]),
        graded_cell("quiet", 1, []),
        graded_cell("printed", 1, [new_output("stream", name="stdout", text="fine\n")]),
        graded_cell("full", 2, [execute_result("2.0")]),
        graded_cell("skipped", 3, [error_output("TimeoutError", "not run: out of time")]),
    ]
    return new_notebook(cells=cells)


def test_score_matches_nbgraders_rule_and_names_each_status(scored_notebook):
    runs = [CellRun(i, "ok", seconds=0.5) for i in range(7)] + [CellRun(7, "skipped")]
    results = score(scored_notebook, Execution(runs=runs))
    expected_points = [float(determine_grade(c)[0]) for c in scored_notebook.cells[1:]]
    assert [r.points for r in results] == expected_points
    assert [(r.grade_id, r.points, r.max_points, r.status) for r in results] == [
        ("error", 0.0, 2.0, "failed"),
        ("stderr", 0.0, 1.0, "failed"),
        ("half", 0.5, 2.0, "partial"),
        ("quiet", 1.0, 1.0, "passed"),
        ("printed", 1.0, 1.0, "passed"),
        ("full", 2.0, 2.0, "passed"),
        ("skipped", 0.0, 3.0, "not run"),
    ]
    messages = {r.grade_id: r.message for r in results}
    assert messages["error"] == "CheckFailed: count_connections(tiny) should be 2, but it is 3."
    assert messages["stderr"] == "the test printed to stderr, which counts as a failure: oops"
    assert messages["skipped"] == "TimeoutError: not run: out of time"
    assert messages["quiet"] == messages["full"] == ""
    # Time since the previous graded cell: the answer cell's run counts towards the first check.
    assert [r.seconds for r in results] == [1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.0]


def test_score_ignores_cells_that_are_not_graded():
    plain = new_code_cell("x = 1")
    plain.outputs = [new_output("error", ename="NameError", evalue="y", traceback=[])]
    nb = new_notebook(cells=[plain, new_markdown_cell("text")])
    assert score(nb, Execution()) == []


def test_failure_message_never_returns_the_traceback():
    error = new_output("error", ename="CheckFailed", evalue="it is 3", traceback=TRACEBACK)
    message = failure_message([error])
    assert message == "CheckFailed: it is 3"
    for line in TRACEBACK:
        assert line not in message
    assert "Traceback" not in message
    assert "connections" not in message


def test_failure_message_strips_ansi_codes():
    error = new_output(
        "error", ename="ValueError", evalue="\x1b[1;31mbad\x1b[0m value", traceback=TRACEBACK
    )
    assert failure_message([error]) == "ValueError: bad value"
    stderr = new_output("stream", name="stderr", text="\x1b[33mwarning:\x1b[0m careful\n")
    message = failure_message([stderr])
    assert "\x1b" not in message
    assert message == "the test printed to stderr, which counts as a failure: warning: careful"


def test_failure_message_of_a_bare_assert_and_of_nothing():
    bare = new_output("error", ename="AssertionError", evalue="", traceback=TRACEBACK)
    assert failure_message([bare]) == "a check failed (no message)"
    stdout = new_output("stream", name="stdout", text="hello")
    assert failure_message([stdout, execute_result("0.5")]) == ""
    assert failure_message([]) == ""


def test_failure_message_reports_the_first_problem():
    first = new_output("stream", name="stdout", text="checking...")
    second = new_output("error", ename="KeyError", evalue="'company'", traceback=TRACEBACK)
    third = new_output("error", ename="ValueError", evalue="later", traceback=[])
    assert failure_message([first, second, third]) == "KeyError: 'company'"


# ---------------------------------------------------------------------------------------------
# grades_csv


def test_grades_csv_has_a_row_per_learner_and_a_column_per_question(template):
    graded = a_result(learner="zoë.núñez", flags=["note one, with a comma", 'a "quoted" note'])
    reason = "the file is not valid notebook JSON"
    rejected = GradeResult("hana.ito", "rejected", 0.0, 5.0, reason=reason)
    partial = a_result(learner="bruno", score=2.5, flags=[])
    partial.questions[2] = QuestionResult("q3-check", 0.5, 2.0, "partial")
    text = grades_csv(template, [graded, rejected, partial])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "learner",
        "q1-check",
        "q2-check",
        "q3-check",
        "total",
        "max_score",
        "status",
        "late",
        "flags",
        "reason",
    ]
    assert rows[1:] == [
        [
            "zoë.núñez",
            "1",
            "0",
            "2",
            "3.5",
            "5",
            "graded",
            "",
            'note one, with a comma; a "quoted" note',
            "",
        ],
        ["hana.ito", "0", "0", "0", "0", "5", "rejected", "", "", reason],
        ["bruno", "1", "0", "0.5", "2.5", "5", "graded", "", "", ""],
    ]
    assert [q.grade_id for q in template.questions] == rows[0][1:4]

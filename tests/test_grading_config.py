"""`rapport grade` follows the course's nbgrader configuration: folders, gradebook, timeout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from rapport.grading.config import load_course_config
from rapport.grading.execute import Limits
from rapport.grading.runner import RunOptions, grade_run

REPO = Path(__file__).resolve().parents[1]
FIRST = "01-first-look"
pytestmark = pytest.mark.nbgrader

MOVED = """
c = get_config()
c.CourseDirectory.source_directory = "instructor"
c.CourseDirectory.release_directory = "student-copies"
c.CourseDirectory.submitted_directory = "inbox"
c.CourseDirectory.autograded_directory = "marked"
c.CourseDirectory.feedback_directory = "returned"
c.CourseDirectory.db_url = "sqlite:///{db}"
c.ExecutePreprocessor.timeout = 7
"""


@pytest.fixture
def moved(tmp_path) -> Path:
    course = tmp_path / "course"
    shutil.copytree(REPO / "solutions", course / "instructor")
    shutil.copytree(REPO / "exercises", course / "student-copies")
    (course / "nbgrader_config.py").write_text(MOVED.format(db=tmp_path / "elsewhere.db"))
    for learner in ("amara.okafor", "hana.ito"):
        shutil.copytree(REPO / "samples" / "submitted" / learner, course / "inbox" / learner)
    return course


def test_the_config_is_read_as_nbgrader_reads_it(moved):
    config = load_course_config(moved)
    assert (config.source, config.release, config.submitted) == (
        "instructor",
        "student-copies",
        "inbox",
    )
    assert (config.autograded, config.feedback) == ("marked", "returned")
    assert config.cell_timeout == 7
    assert config.db_url.endswith("elsewhere.db")
    assert load_course_config(REPO).cell_timeout == 120  # the kit's own nbgrader_config.py


def test_a_run_honours_the_moved_folders_the_gradebook_and_the_timeout(moved, tmp_path):
    options = RunOptions(
        workers=1, limits=Limits(total_timeout=60, memory_mb=400), progress=False,
        config_timeout=True,
    )  # fmt: skip
    summary = grade_run(moved, FIRST, moved / "inbox", options)
    assert summary.limits.cell_timeout == 7
    assert summary.statuses == {"graded": 1, "rejected": 1}
    assert (moved / "marked" / "amara.okafor" / FIRST / f"{FIRST}.ipynb").is_file()
    assert (moved / "returned" / "amara.okafor" / FIRST / f"{FIRST}.html").is_file()
    assert not (moved / "gradebook.db").exists()
    with Gradebook(f"sqlite:///{tmp_path / 'elsewhere.db'}") as gradebook:
        assert gradebook.find_submission(FIRST, "amara.okafor").score == 5
    options.config_timeout, options.limits.cell_timeout = False, 3  # a flag overrides the config
    options.resume = True
    assert grade_run(moved, FIRST, moved / "inbox", options).limits.cell_timeout == 3

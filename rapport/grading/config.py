"""The course's nbgrader configuration, as nbgrader itself reads it.

``rapport grade`` follows the configuration an instructor already has for nbgrader: the
``CourseDirectory`` folders (source, release, submitted, autograded, feedback), the gradebook's
``db_url``, the cell timeout (``ExecutePreprocessor.timeout`` or ``Execute.timeout``) and the
hidden-test delimiters (``ClearHiddenTests``). Files are read as nbgrader reads them: the
``nbgrader_config.py`` of each Jupyter config folder, then the course folder's own, which wins.
Command-line flags override all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapport.grading.errors import GradingSetupError


@dataclass(frozen=True)
class CourseConfig:
    """Where a course keeps things, and how nbgrader would run its notebooks."""

    root: Path
    source: str
    release: str
    submitted: str
    autograded: str
    feedback: str
    db_url: str
    directory_structure: str
    cell_timeout: float | None  # None: no per-cell limit
    hidden_delimiters: tuple[str, str]

    def path(self, step: str, learner: str, assignment: str) -> Path:
        """Return the folder of ``step`` for a learner and assignment, as nbgrader lays it out."""
        return self.root / self.directory_structure.format(
            nbgrader_step=step, student_id=learner, assignment_id=assignment
        )


def load_course_config(course: Path) -> CourseConfig:
    """Read the nbgrader configuration that applies to ``course``.

    Raises
    ------
    GradingSetupError
        If a configuration file cannot be read (the message names it).
    """
    from jupyter_core.paths import jupyter_config_path
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import ClearHiddenTests, Execute
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    course = course.resolve()
    config = Config()
    for folder in [*reversed(jupyter_config_path()), str(course)]:
        if not (Path(folder) / "nbgrader_config.py").is_file():
            continue
        try:
            config.merge(PyFileConfigLoader("nbgrader_config.py", path=folder).load_config())
        except Exception as exc:  # a syntax error or a failing line in the instructor's file
            raise GradingSetupError(
                f"{Path(folder) / 'nbgrader_config.py'} could not be read ({exc}); fix it and run "
                "again (`nbgrader validate` reads the same file)."
            ) from None
    given = config.CourseDirectory.get("root")
    root = (course / given).resolve() if given else course
    coursedir = CourseDirectory(config=config, root=str(root))
    execute = Execute(config=config)
    timeout = execute.timeout
    hidden = ClearHiddenTests(config=config)
    return CourseConfig(
        root=root,
        source=coursedir.source_directory,
        release=coursedir.release_directory,
        submitted=coursedir.submitted_directory,
        autograded=coursedir.autograded_directory,
        feedback=coursedir.feedback_directory,
        db_url=coursedir.db_url,
        directory_structure=coursedir.directory_structure,
        cell_timeout=None if timeout is None or timeout < 0 else float(timeout),
        hidden_delimiters=(hidden.begin_test_delimeter, hidden.end_test_delimeter),
    )

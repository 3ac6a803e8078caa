"""nbgrader configuration for the Rapport course kit.

Instructor versions (with solutions and hidden tests) live in ``solutions/``; the learner
versions nbgrader generates from them live in ``exercises/`` (``make release``).
"""

c = get_config()

c.CourseDirectory.course_id = "rapport"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
# Only notebooks are released; learner data never sits in an assignment folder.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
# Every visible check uses rapport.checks; a blank exercise raises NotImplementedError.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# Kernel cells should finish quickly on the bundled sample data.
c.ExecutePreprocessor.timeout = 120

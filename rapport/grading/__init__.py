"""Batch grading with papermill-style parameters and nbgrader's scoring, fault-tolerant and fast.

``rapport grade ASSIGNMENT SUBMISSIONS`` is the entry point (:mod:`rapport.cli`). The steps, in
the order a submission meets them: :mod:`~rapport.grading.config` (the course's nbgrader
configuration), :mod:`~rapport.grading.submissions` (who handed in which file),
:mod:`~rapport.grading.template` (the course's notebook), :mod:`~rapport.grading.repair` (the
submission rebuilt on it), :mod:`~rapport.grading.execute`, :mod:`~rapport.grading.grade`
(scoring, with :mod:`~rapport.grading.hidden` keeping hidden tests out of messages),
:mod:`~rapport.grading.store` (the gradebook), :mod:`~rapport.grading.outputs` (feedback pages,
:mod:`~rapport.grading.grading_report`) and :mod:`~rapport.grading.lms` (LMS import files); the
walk of a whole run is :mod:`~rapport.grading.runner`. Nothing heavy is imported here, so the
command starts fast.
"""

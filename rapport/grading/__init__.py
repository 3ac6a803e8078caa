"""Batch grading with papermill-style parameters and nbgrader's scoring, fault-tolerant and fast.

``rapport grade ASSIGNMENT SUBMISSIONS`` is the entry point (:mod:`rapport.cli`); the steps live in
:mod:`~rapport.grading.submissions`, :mod:`~rapport.grading.template`,
:mod:`~rapport.grading.execute`, :mod:`~rapport.grading.grade`, :mod:`~rapport.grading.store` and
:mod:`~rapport.grading.runner`. Nothing heavy is imported here, so the command starts fast.
"""

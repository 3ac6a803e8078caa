"""The grading report scales: failures grouped by check, titles, reteach, capped clusters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapport.grading.grade import GradeResult, QuestionResult
from rapport.grading.grading_report import failure_kind, report_html
from rapport.grading.similarity import similar_pairs
from rapport.grading.template import load_template

REPO = Path(__file__).parents[1]
FIRST = "01-first-look"
ANSWER = (
    "def added_per_year(contacts):\n    # count the rows per year and fill the quiet years\n"
    "    years = contacts['connected_on'].dt.year\n    counts = years.value_counts()\n"
    "    return counts.reindex(range(years.min(), years.max() + 1), fill_value=0)  # {n}\n"
)


@pytest.fixture(scope="module")
def template():
    return load_template(REPO, FIRST)


def learner(i: int, value: str) -> GradeResult:
    message = (
        f"CheckFailed: the years in added_per_year(tiny) should be [2019, 2020, 2021], but it "
        f"is {value}. Hint: Include every year."
    )
    return GradeResult(
        f"learner{i:03d}",
        "graded",
        3,
        5,
        [
            QuestionResult("q1-check", 1, 1, "passed"),
            QuestionResult("q2-check", 2, 2, "passed"),
            QuestionResult("q3-check", 0, 2, "failed", message),
        ],
        answers={"q3-answer": ANSWER.format(n=i % 3)},
    )


def test_one_misconception_is_one_failure_whatever_the_values():
    a = failure_kind("CheckFailed: years should be [2019, 2021], but it is [2019.0, 2021.0].")
    b = failure_kind("CheckFailed: years should be [2019, 2021], but it is [2019, 2022].")
    assert a == b == "CheckFailed: years should be [2019, 2021]"


def test_sixty_learners_make_a_small_report_with_titles_and_reteach(template):
    values = ["[2019.0, 2020.0, 2021.0]", "[2019, 2021]", "[]", "None"]
    results = [learner(i, values[i % 4]) for i in range(60)]
    answers = {r.learner: r.answers for r in results}
    pairs = similar_pairs(answers, template.stubs, models=template.model_answers)
    assert len(pairs) >= 1_000  # everyone's answer is near-identical: the old report listed each
    page = report_html(template, results, pairs, answers)
    assert len(page) < 200_000
    assert page.count("<details>") <= 20
    assert "Question 3 · When did the list grow?" in page
    rows = re.findall(r"<tr><td>(\d+)</td><td>Question 3[^<]*</td>", page)
    assert rows == ["60"]  # one row for the one misconception, not one per set of values
    reteach = page.split("What to reteach")[1].split("</table>")[0]
    assert 'Question 3 · When did the list grow? <span class="reteach">· reteach' in reteach
    assert "0 of 60 (0%)" in reteach
    assert "60 of 60 (100%)" in reteach
    assert "q3-check" not in page.split("<figure>")[0]  # titles, not ids, in the tables

"""The call plan: checked part by part, as a dict or in the widget, and saved when ready."""

from __future__ import annotations

import json

import pytest

from rapport.tracker.call_plan import CallPlanError, check_call_plan, save_call_plan
from widgets import CallPlanner

READY = {
    "who": "Marisol Quintero",
    "why now": "She wrote last month about a new night-shift rota",
    "first message": "Hi Marisol, I'd love to hear how the new rota is going. Would a 30-minute "
    "call on Tuesday or Thursday afternoon suit you?",
    "three questions": [
        "What surprised you most about the new rota?",
        "How are the night staff finding it?",
        "What would make the next few months easier for you?",
    ],
    "what I can offer": "An introduction to Tobias, who built our scheduling dashboard",
}


def test_a_ready_plan_passes_every_part():
    verdict = check_call_plan(READY)
    assert verdict.ready
    assert len(verdict.findings) == 5
    assert verdict.text().count("✓") == 5


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"who": "someone from your list"}, "Say who you will call"),
        ({"first message": "Hi, quick question."}, "should propose talking"),
        ({"first message": "Fancy a call?"}, "add why them and two times"),
        ({"three questions": ["What is new?"]}, "You have 1 of three questions"),
        ({"three questions": [*READY["three questions"][:2], "Do you like it?"]}, "yes or no"),
        ({"what I can offer": ""}, "one thing you could offer"),
    ],
)
def test_each_missing_part_is_named_in_a_plain_sentence(change, said):
    verdict = check_call_plan({**READY, **change})
    assert not verdict.ready
    assert said in verdict.text()
    assert verdict.text().count("✗") == 1


def test_a_plan_that_is_not_a_plan_is_explained():
    with pytest.raises(CallPlanError, match="'what I can offer'"):
        check_call_plan({k: v for k, v in READY.items() if k != "what I can offer"})
    with pytest.raises(CallPlanError, match="is a dict"):
        check_call_plan("call Marisol")


def test_the_widget_checks_with_the_same_function_and_saves_when_ready(tmp_path):
    target = tmp_path / "plans.json"
    planner = CallPlanner(who=READY["who"], why_now=READY["why now"], save_to=target)
    planner.check.click()  # nothing else filled in yet
    assert planner.errors.last_error is None
    assert "Not saved yet" in planner.result.value
    assert planner.result.value.count("rapport-plan-todo") == 3
    assert not target.exists()
    planner.message.value = READY["first message"]
    planner.questions.value = "\n".join(READY["three questions"]) + "\n"
    planner.offer.value = "<b>An intro</b> to Tobias"
    planner.check.click()
    assert planner.result.value.count("✓") == 5
    assert "<b>An intro" not in planner.result.value  # what the learner typed is not markup
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved[0]["who"] == "Marisol Quintero"
    assert saved[0]["three questions"] == READY["three questions"]
    assert check_call_plan(planner.plan()).ready  # the widget's plan is the dict of workbook 04


def test_plans_are_added_not_overwritten(tmp_path):
    target = tmp_path / "plans.json"
    save_call_plan(READY, target)
    save_call_plan({**READY, "who": "Tobias Eriksen"}, target)
    assert [p["who"] for p in json.loads(target.read_text())] == [
        "Marisol Quintero",
        "Tobias Eriksen",
    ]

"""Choosing five people to deepen: the check, the saved file, and the form that uses both."""

import json

import pandas as pd
import pytest

from rapport.audit import audit_table
from rapport.contacts import contact_record, contacts_frame
from rapport.my_five import MyFiveError, check_my_five, load_my_five, save_my_five
from widgets import MyFiveForm

WHY = "we met at the meetup; I will ask about her pilot project"


@pytest.fixture
def audit():
    names = ["Ana Silva", "Ben Okoro", "Chen Wei", "Dara Byrne", "Eli Stone", "Zoë Ngọc"]
    records = [contact_record("linkedin", i, name=n) for i, n in enumerate(names)]
    return audit_table(contacts_frame(records))


def test_five_named_people_with_reasons_are_complete(audit):
    five = {name: WHY for name in ["Ana Silva", "ben okoro", "Chen Wei", "Dara Byrne", "Zoe Ngoc"]}
    check = check_my_five(five, audit)
    assert check.complete
    assert "5 of 5 chosen." in check.summary()
    assert "ben okoro (tier 0 list entry)" in check.summary()


def test_what_is_missing_is_said_in_a_sentence_each(audit):
    check = check_my_five({"Ana Silva": "call", "Nobody Known": WHY}, audit)
    assert not check.complete
    assert "For Ana Silva, write a sentence: why this person, and the first small step." in (
        check.problems
    )
    assert "Nobody Known is not in your connections; check the spelling." in check.problems
    assert "Choose 3 more." in check.problems


def test_more_than_five_is_refused_gently(audit):
    many = {name: WHY for name in audit["name"]}
    check = check_my_five(many, audit)
    assert any("keep the 5" in problem for problem in check.problems)


def test_a_saved_choice_loads_back_and_a_broken_file_is_explained(tmp_path):
    path = tmp_path / "my-five.json"
    assert load_my_five(path) == {}
    save_my_five({"Ana Silva": WHY, "  ": "ignored"}, path)
    assert load_my_five(path) == {"Ana Silva": WHY}
    path.write_text('{"my_five": ["Ana"]}', encoding="utf-8")
    with pytest.raises(MyFiveError, match="not a saved choice"):
        load_my_five(path)


def test_the_form_saves_and_checks_with_the_same_function_as_the_code(audit, tmp_path):
    path = tmp_path / "my-five.json"
    form = MyFiveForm(audit, path)
    assert [box.value for box in form.names] == [""] * 5
    assert "Ana Silva" in form.names[0].options
    form.names[0].value, form.reasons[0].value = "Ana Silva", WHY
    form.names[1].value, form.reasons[1].value = "<b>Ben</b>", "short"
    form.save.click()
    assert json.loads(path.read_text(encoding="utf-8"))["my_five"] == {
        "Ana Silva": WHY,
        "<b>Ben</b>": "short",
    }
    expected = check_my_five({"Ana Silva": WHY, "<b>Ben</b>": "short"}, audit).summary()
    for line in expected.splitlines():
        assert line.replace("<", "&lt;").replace(">", "&gt;") in form.result.value
    assert "<b>Ben</b>" not in form.result.value  # what the learner typed is escaped
    again = MyFiveForm(audit, path)  # after a restart, the choice is back in the boxes
    assert (again.names[0].value, again.reasons[0].value) == ("Ana Silva", WHY)
    assert form.errors.value == ""


def test_an_empty_audit_still_checks(tmp_path):
    empty = audit_table(contacts_frame([]))
    check = check_my_five({"Ana": WHY}, empty)
    assert "Ana is not in your connections; check the spelling." in check.problems
    assert isinstance(empty, pd.DataFrame)

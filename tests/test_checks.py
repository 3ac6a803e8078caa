import pandas as pd
import pytest

from rapport.checks import (
    CheckFailed,
    call,
    check,
    check_close,
    check_equal,
    check_type,
    passed,
)


def test_check_failed_is_an_assertion_error_so_nbgrader_scores_it_as_failed():
    with pytest.raises(AssertionError):
        check(False, "nope")


def test_failed_check_renders_message_and_hint_instead_of_a_traceback():
    failure = CheckFailed("the count should be 3, but it is 2.", hint="Count blank rows out.")
    lines = failure._render_traceback_()
    text = "\n".join(lines)
    assert "Check failed" in text
    assert "the count should be 3, but it is 2." in text
    assert "Hint:" in text
    assert "Count blank rows out." in text
    assert "Traceback" not in text


def test_check_equal_says_expected_and_actual():
    with pytest.raises(CheckFailed) as info:
        check_equal(2, 3, "the count", hint="look again")
    assert info.value.message == "the count should be 3, but it is 2."
    assert info.value.hint == "look again"
    check_equal(3, 3, "the count")  # passes silently


def test_check_equal_compares_arrays_elementwise_without_ambiguity_errors():
    check_equal(pd.Series([1, 2]).to_numpy(), pd.Series([1, 2]).to_numpy(), "values")
    with pytest.raises(CheckFailed):
        check_equal(pd.Series([1, 2]).to_numpy(), pd.Series([1, 3]).to_numpy(), "values")


def test_check_close_accepts_tolerance_and_rejects_non_numbers():
    check_close(0.3333333, 1 / 3, "share", tolerance=1e-6)
    with pytest.raises(CheckFailed, match=r"about 0\.5"):
        check_close(0.4, 0.5, "share")
    with pytest.raises(CheckFailed, match="should be a number, but it is of type str"):
        check_close("0.5", 0.5, "share")


def test_check_type_names_the_expected_type():
    with pytest.raises(CheckFailed, match="should be of type Series, but it is of type list"):
        check_type([1], pd.Series, "result")


def test_call_turns_not_implemented_into_a_not_written_yet_message():
    def added_per_year(df):
        raise NotImplementedError()

    with pytest.raises(CheckFailed) as info:
        call(added_per_year, None)
    assert info.value.message == "`added_per_year` is not written yet."
    assert "NotImplementedError" in info.value.hint


def test_call_reports_learner_errors_by_type_and_message():
    def share(df, company):
        return 1 / 0

    with pytest.raises(CheckFailed, match="`share` raised ZeroDivisionError: division by zero"):
        call(share, None, "x")
    assert call(lambda a, b=1: a + b, 1, b=2) == 3


def test_passed_prints_a_tick(capsys):
    passed("all good")
    assert "✓" in capsys.readouterr().out

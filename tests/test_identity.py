"""One identity for a person across exports: profile URLs, names, emails and companies."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.contacts import contact_record
from rapport.identity import (
    company_key,
    each_distinct,
    email_keys,
    name_key,
    person_key,
    profile_key,
    profile_keys,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.linkedin.com/in/ada-m/", "linkedin.com/in/ada-m"),
        ("HTTP://de.linkedin.com/in/Ada-M?trk=abc#top", "linkedin.com/in/ada-m"),
        ("https://uk.linkedin.com/in/ana", "linkedin.com/in/ana"),
        ("www.linkedin.com/in/ana", "linkedin.com/in/ana"),
        ("linkedin.com/in/ada-m", "linkedin.com/in/ada-m"),
        ("https://m.facebook.com/ada.m", "facebook.com/ada.m"),
        ("https://www.linkedin.com/in/zo%C3%AB-n/", "linkedin.com/in/zoë-n"),
        ("https://acme.example.com/", ""),
        ("", ""),
    ],
)
def test_profile_urls_compare_equal_however_they_are_written(url, expected):
    assert profile_key(url) == expected


def test_a_country_subdomain_and_www_are_the_same_profile():
    assert profile_key("https://uk.linkedin.com/in/ana") == profile_key("www.linkedin.com/in/ana")


def test_the_vectorised_key_matches_the_scalar_one():
    urls = pd.Series(["https://uk.linkedin.com/in/ana", "", "https://uk.linkedin.com/in/ana"])
    assert list(profile_keys(urls)) == ["linkedin.com/in/ana", "", "linkedin.com/in/ana"]


def test_names_emails_and_companies_are_compared_loosely():
    assert name_key("  Zoë-Ann  O\u2019Brien ") == "zoe ann o brien"
    assert email_keys("Ada@Example.com; ada@work.example, not-an-address") == [
        "ada@example.com",
        "ada@work.example",
    ]
    assert company_key("Bramble, Finch & Co") == company_key("bramble finch")
    assert company_key("Globex Ltd.") == "globex"
    assert company_key("Co") == "co"


def test_a_person_is_known_by_profile_then_email():
    assert person_key("https://uk.linkedin.com/in/ana/", "ana@example.com") == "linkedin.com/in/ana"
    assert person_key("https://acme.example.com", "Ana@Example.com") == "mailto:ana@example.com"
    assert person_key("", "") == ""


def test_contact_ids_follow_the_identity_not_the_spelling_of_the_url():
    uk = contact_record("linkedin", 2, name="Ana Silva", url="https://uk.linkedin.com/in/ana")
    www = contact_record("linkedin", 9, name="Ana Silva", url="www.linkedin.com/in/ana/")
    assert uk["contact_id"] == www["contact_id"]


@given(st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True))
def test_the_plain_form_of_an_export_url_keys_like_any_other_spelling(slug):
    plain = profile_key(f"https://www.linkedin.com/in/{slug}")  # the form most rows have
    assert plain == profile_key(f" HTTPS://uk.LinkedIn.com/in/{slug}/?trk=x ") != ""
    assert plain == f"linkedin.com/in/{slug}"


def test_each_distinct_value_is_worked_out_once_and_missing_values_are_not_skipped():
    calls = []

    def shout(text):
        calls.append(text)
        return "(missing)" if pd.isna(text) else text.upper()

    values = np.array(["a", "b", "a", None, "b", "a"], dtype=object)
    assert each_distinct(shout, values).tolist() == ["A", "B", "A", "(missing)", "B", "A"]
    assert len(calls) == 3  # a, b and the missing value, each once

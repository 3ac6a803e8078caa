"""Merging the same person across imports, and never merging two people."""

from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.contacts import (
    COLUMNS,
    ContactsImport,
    ImportReport,
    contact_record,
    contacts_frame,
    load_many,
    merge_contacts,
)
from rapport.identity import company_key, name_key

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"


def imported(source, *people):
    """A ContactsImport of people given as dicts of contact_record keyword arguments."""
    records = [contact_record(source, line, **person) for line, person in enumerate(people, 2)]
    report = ImportReport(path=Path(f"{source}.csv"), rows_read=len(records))
    return ContactsImport(contacts=contacts_frame(records), report=report)


def test_same_profile_url_written_differently_is_one_person():
    linkedin = imported(
        "linkedin", {"name": "Ada Mensah", "url": "https://www.linkedin.com/in/ada-m"}
    )
    google = imported(
        "google", {"name": "A. Mensah", "url": "http://uk.linkedin.com/in/Ada-M/?trk=x"}
    )
    result = merge_contacts([linkedin, google])
    assert len(result.contacts) == 1
    assert result.contacts.loc[0, "name"] == "Ada Mensah"
    assert set(result.merged["reason"]) == {"same url"}


def test_company_home_page_shared_by_colleagues_is_not_a_profile_url():
    google = imported(
        "google",
        {"name": "Bo Lind", "url": "https://acme.example.com/"},
        {"name": "Cy Moss", "url": "https://acme.example.com"},
    )
    contacts = merge_contacts([google]).contacts
    assert len(contacts) == 2
    assert contacts["contact_id"].is_unique


def test_same_email_among_several_is_one_person_whatever_the_case():
    google = imported(
        "google", {"name": "Imani Clarke", "email": "imani@example.com; ic@example.org"}
    )
    vcard = imported("vcard", {"name": "Imani C.", "email": "IC@Example.org"})
    result = merge_contacts([google, vcard])
    assert len(result.contacts) == 1
    assert result.contacts.loc[0, "email"] == "imani@example.com; ic@example.org"
    assert list(result.merged["reason"]) == ["same email", "same email"]


def test_same_name_and_company_merge_ignoring_case_accents_punctuation_and_suffix():
    linkedin = imported("linkedin", {"name": "Zoë Ngọc", "company": "Lumen Health Inc."})
    google = imported("google", {"name": "ZOE NGOC", "company": "lumen health"})
    result = merge_contacts([linkedin, google])
    assert len(result.contacts) == 1
    assert result.contacts.loc[0, "source"] == "linkedin+google"
    assert set(result.merged["reason"]) == {"same name and company"}


def test_same_name_with_one_company_blank_is_one_person():
    linkedin = imported("linkedin", {"name": "Liam O'Brien", "company": "Harbour Analytics"})
    facebook = imported("facebook", {"name": "Liam O\u2019Brien"})
    result = merge_contacts([facebook, linkedin])
    assert len(result.contacts) == 1
    assert result.contacts.loc[0, "company"] == "Harbour Analytics"
    assert result.contacts.loc[0, "name"] == "Liam O\u2019Brien"  # first import wins


def test_two_people_sharing_a_common_name_at_different_companies_stay_apart():
    linkedin = imported("linkedin", {"name": "Sam Lee", "company": "Northwind Traders"})
    google = imported("google", {"name": "Sam Lee", "company": "Globex Ltd"})
    result = merge_contacts([linkedin, google])
    assert sorted(result.contacts["company"]) == ["Globex Ltd", "Northwind Traders"]
    assert result.merged.empty


def test_a_name_without_company_is_not_given_to_either_of_two_namesakes():
    linkedin = imported(
        "linkedin",
        {"name": "Sam Lee", "company": "Northwind Traders"},
        {"name": "Sam Lee", "company": "Globex"},
    )
    facebook = imported("facebook", {"name": "Sam Lee"})
    result = merge_contacts([linkedin, facebook])
    assert len(result.contacts) == 3


def test_rows_without_a_name_never_merge_by_name():
    google = imported(
        "google", {"company": "Acme", "phone": "1"}, {"company": "Acme", "phone": "2"}
    )
    assert len(merge_contacts([google]).contacts) == 2


def test_sources_are_joined_and_the_earliest_date_is_kept():
    url = "https://www.linkedin.com/in/kwame-asante"
    linkedin = imported(
        "linkedin", {"name": "Kwame Asante", "url": url, "connected_on": datetime(2024, 11, 11)}
    )
    invitations = imported(
        "linkedin-invitations",
        {"name": "Kwame Asante", "url": url, "connected_on": datetime(2024, 8, 14)},
    )
    vcard = imported("vcard", {"name": "Kwame Asante", "url": url, "phone": "+1-555-0123"})
    result = merge_contacts([linkedin, invitations, vcard])
    kwame = result.contacts.iloc[0]
    assert kwame["source"] == "linkedin+linkedin-invitations+vcard"
    assert kwame["connected_on"] == datetime(2024, 8, 14)
    assert kwame["phone"] == "+1-555-0123"


def test_blank_fields_are_filled_from_other_sources_and_all_phones_kept():
    linkedin = imported("linkedin", {"name": "Farah Haddad", "email": "farah@example.org"})
    vcard = imported(
        "vcard",
        {
            "name": "Farah Haddad",
            "company": "Cedar & Pine",
            "position": "Architect",
            "email": "farah@example.org; f.haddad@example.com",
            "phone": "+44 1; +44 2",
        },
    )
    farah = merge_contacts([linkedin, vcard]).contacts.iloc[0]
    assert (farah["company"], farah["position"]) == ("Cedar & Pine", "Architect")
    assert farah["email"] == "farah@example.org; f.haddad@example.com"
    assert farah["phone"] == "+44 1; +44 2"


def test_merged_report_says_which_rows_went_into_which_person_and_why():
    linkedin = imported(
        "linkedin",
        {"name": "Ada Mensah", "url": "https://linkedin.com/in/ada", "company": "Kestrel"},
        {"name": "Bo Lind"},
    )
    google = imported(
        "google", {"name": "Ada Mensah", "email": "ada@example.com", "company": "Kestrel"}
    )
    vcard = imported("vcard", {"name": "Ada", "email": "ada@example.com"})
    result = merge_contacts([linkedin, google, vcard])
    merged = result.merged
    assert list(merged.columns) == ["merged_into", "contact_id", "name", "source", "line", "reason"]
    assert list(zip(merged["source"], merged["line"], merged["reason"], strict=True)) == [
        ("linkedin", 2, "same name and company"),
        ("google", 2, "same email; same name and company"),
        ("vcard", 2, "same email"),
    ]
    ada = result.contacts.iloc[0]
    assert set(merged["merged_into"]) == {ada["contact_id"]}
    assert "Bo Lind" not in set(merged["name"])
    assert result.summary() == "4 rows became 2 people: 3 rows were merged into 1 person."


def test_merging_the_fixture_exports_finds_each_person_once():
    names = ["Connections.csv", "Invitations.csv", "your_friends.json", "google_contacts.csv"]
    names += ["contacts_v3.vcf", "contacts_v4.vcf"]
    result = merge_contacts(load_many([FIXTURES / name for name in names]))
    by_name = result.contacts.groupby("name")
    ada = result.contacts.set_index("name").loc["Ada Mensah"]
    assert ada["source"] == "linkedin+linkedin-invitations+google+vcard"
    assert ada["connected_on"] == datetime(2021, 8, 25)
    assert ada["email"] == "ada.mensah@example.com; ada@example.org"
    assert by_name.size()["Sam Lee"] == 2  # Northwind and Globex are two people
    renee = result.contacts.set_index("name").loc["Renee Dubois"]
    assert renee["source"] == "linkedin+facebook"
    assert renee["connected_on"] == datetime(2020, 1, 1)
    assert tuple(result.contacts.columns) == COLUMNS
    assert result.contacts["contact_id"].is_unique


def test_merging_nothing_gives_empty_tables_with_the_right_columns():
    result = merge_contacts([])
    assert tuple(result.contacts.columns) == COLUMNS
    assert result.contacts.empty
    assert result.merged.empty


NAMES = ["Sam Lee", "sam lee", "Ada Mensah", "", "Zoë Ngọc", "Zoe Ngoc"]
COMPANIES = ["", "Acme", "Acme Inc", "Globex", "Initech"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(COMPANIES)), max_size=6),
        max_size=4,
    )
)
def test_merging_by_name_never_joins_two_companies_or_blank_names(groups):
    imports = [
        imported(f"s{index}", *({"name": n, "company": c, "phone": "1"} for n, c in people))
        for index, people in enumerate(groups)
    ]
    result = merge_contacts(imports)
    total = sum(len(people) for people in groups)
    merged = result.merged
    assert len(result.contacts) + len(merged) - merged["merged_into"].nunique() == total
    company = {
        (f"s{index}", line): c
        for index, people in enumerate(groups)
        for line, (_, c) in enumerate(people, 2)
    }
    for _, members in merged.groupby("merged_into"):
        assert all(members["name"].str.strip())
        assert len({name_key(name) for name in members["name"]}) == 1
        keys = {
            company_key(company[row])
            for row in zip(members["source"], members["line"], strict=True)
        }
        assert len(keys - {""}) <= 1

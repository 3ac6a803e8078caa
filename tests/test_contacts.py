from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.contacts import (
    COLUMNS,
    ContactImportError,
    load_linkedin_connections,
    parse_connected_on,
    read_linkedin_connections,
)

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = (
    'Notes:\n"Some addresses are hidden by their owners, so this column is mostly empty."\n\n'
)


def write(tmp_path, text, name="Connections.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_header_is_found_after_the_preamble_whatever_its_length(tmp_path):
    for extra in ("", "Another note\n", "a\nb\nc\n"):
        path = write(
            tmp_path,
            PREAMBLE
            + extra
            + HEADER
            + "\nAda,Mensah,https://x.example/ada,,Acme,CTO,25 Aug 2021\n",
        )
        contacts = read_linkedin_connections(path)
        assert list(contacts["name"]) == ["Ada Mensah"]
        assert contacts.loc[0, "connected_on"] == datetime(2021, 8, 25)


def test_table_has_the_documented_columns_and_types(tmp_path):
    path = write(tmp_path, HEADER + "\nAda,Mensah,https://x.example/ada,,Acme,CTO,05 Mar 2019\n")
    contacts = read_linkedin_connections(path)
    assert tuple(contacts.columns) == COLUMNS
    assert str(contacts["connected_on"].dtype).startswith("datetime64")
    assert contacts.loc[0, "source"] == "linkedin"
    assert contacts.loc[0, "line"] == 2


def test_quoted_commas_bom_and_blank_fields_survive(tmp_path):
    text = (
        "\ufeff" + PREAMBLE + HEADER + "\n"
        '"Zoë","Ngọc",,,"Bramble, Finch & Co","Director, Partnerships",01 Jan 2015\n'
        ",,,,,,12 Feb 2016\n"
        "王,芳,https://x.example/wf,wf@example.com,,,30 Dec 2020\n"
    )
    contacts = read_linkedin_connections(write(tmp_path, text))
    assert list(contacts["company"]) == ["Bramble, Finch & Co", "", ""]
    assert list(contacts["position"]) == ["Director, Partnerships", "", ""]
    assert list(contacts["name"]) == ["Zoë Ngọc", "", "王 芳"]
    assert contacts["contact_id"].is_unique


def test_older_exports_without_url_still_load(tmp_path):
    old = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Bo,Li,,Acme,Dev,03 Jun 2014\n"
    )
    contacts = read_linkedin_connections(write(tmp_path, old))
    assert list(contacts["url"]) == [""]
    assert contacts.loc[0, "connected_on"] == datetime(2014, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 Aug 2021", datetime(2021, 8, 25)),
        ("25 August 2021", datetime(2021, 8, 25)),
        ("2021-08-25", datetime(2021, 8, 25)),
        ("25/08/2021", datetime(2021, 8, 25)),
        ("25.08.2021", datetime(2021, 8, 25)),
        ("soon", None),
        ("", None),
    ],
)
def test_connected_on_understands_export_and_spreadsheet_dates(text, expected):
    assert parse_connected_on(text) == expected


def test_bad_rows_are_counted_with_their_line_not_dropped_silently(tmp_path):
    text = HEADER + "\nAda,Mensah,,,Acme,CTO,25 Aug 2021\nonly,three,fields\nBo,Li,,,,,whenever\n"
    loaded = load_linkedin_connections(write(tmp_path, text))
    assert loaded.report.rows_read == 3
    assert loaded.report.rows_kept == 2
    assert loaded.report.skipped == [(3, "has 3 fields where the header has 7")]
    assert loaded.report.notes == [(4, "date 'whenever' not understood")]
    assert "skipped 1" in loaded.report.summary()
    assert loaded.contacts["connected_on"].isna().sum() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"name,phone\nAda,123\n", "does not look like a LinkedIn Connections.csv"),
        (
            HEADER.encode() + b"\nAda,M\xe9nsah,,,Acme,CTO,25 Aug 2021\n",
            "line 2: the file is not UTF-8",
        ),
    ],
)
def test_unreadable_files_raise_one_clear_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "Connections.csv"
    path.write_bytes(content)
    with pytest.raises(ContactImportError, match=message) as info:
        load_linkedin_connections(path)
    assert str(path) in str(info.value)


def test_dates_pandas_cannot_hold_are_kept_as_unknown_with_a_note(tmp_path):
    text = HEADER + "\nAda,Mensah,,,Acme,CTO,9999-01-01\nBo,Li,,,,,25 Aug 9021\n"
    loaded = load_linkedin_connections(write(tmp_path, text))
    assert len(loaded.contacts) == 2
    assert loaded.contacts["connected_on"].isna().all()
    assert [line for line, _ in loaded.report.notes] == [2, 3]


def test_an_unclosed_quote_in_a_large_file_is_a_clear_error(tmp_path):
    text = HEADER + '\nAda,"Mensah,,,Acme,CTO,25 Aug 2021\n' + "x" * 200_000 + "\n"
    with pytest.raises(ContactImportError, match="a quote may be missing"):
        load_linkedin_connections(write(tmp_path, text))


def test_missing_file_says_to_check_the_path(tmp_path):
    with pytest.raises(ContactImportError, match="Check the path"):
        load_linkedin_connections(tmp_path / "absent.csv")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_either_loads_or_raises_contact_import_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "Connections.csv"
    path.write_text(HEADER + "\n" + text, encoding="utf-8")
    try:
        loaded = load_linkedin_connections(path)
    except ContactImportError:
        return
    assert loaded.report.rows_kept == len(loaded.contacts)

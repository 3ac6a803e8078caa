from datetime import datetime

import pandas as pd
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
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "zip archive or a spreadsheet"),
        (b"\x00\x01\x02binary\x00" * 40, "is not text"),
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
    with pytest.raises(ContactImportError, match=r"line 2: a quoted field .* a quote is missing"):
        load_linkedin_connections(write(tmp_path, text))


LATIN = (
    PREAMBLE + HEADER + "\n"
    "José,Muñoz,,,Café Société,Directeur général,25 Aug 2021\n"
    "Renée,Dubois,,,Crème & Cie,Cheffe,01 Jan 2020\n"
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_file_a_spreadsheet_resaved_in_a_legacy_encoding_is_read_and_says_so(tmp_path, encoding):
    loaded = load_linkedin_connections(write(tmp_path, LATIN, encoding=encoding))
    assert list(loaded.contacts["name"]) == ["José Muñoz", "Renée Dubois"]
    assert list(loaded.contacts["company"]) == ["Café Société", "Crème & Cie"]
    assert loaded.report.encoding == "cp1252"
    assert "not UTF-8 text" in loaded.report.summary()
    assert "Windows-1252" in loaded.report.summary()


def test_a_central_european_file_is_read_in_its_own_encoding(tmp_path):
    text = (
        HEADER
        + "\n"
        + "".join(
            f"Łukasz,Wiśniewski{i},,,Żabka Polska,Kierownik działu sprzedaży,25 Aug 2021\n"
            for i in range(5)
        )
    )
    loaded = load_linkedin_connections(write(tmp_path, text, encoding="cp1250"))
    assert loaded.contacts.loc[0, "name"] == "Łukasz Wiśniewski0"
    assert loaded.report.encoding == "cp1250"


def test_a_utf8_file_says_nothing_about_its_encoding(tmp_path):
    loaded = load_linkedin_connections(write(tmp_path, "\ufeff" + LATIN))
    assert loaded.report.encoding == "utf-8"
    assert "UTF-8" not in loaded.report.summary()


@pytest.mark.parametrize(
    ("tail", "line"),
    [
        ('Bo,Li,,,"Globex, Inc', 6),  # stops inside a quoted field
        ("Bo,Li,https://x.example/bo,,Glob", 6),  # stops part-way through the last row
    ],
)
def test_a_file_that_stops_mid_row_looks_cut_off_and_should_be_downloaded_again(
    tmp_path, tail, line
):
    text = PREAMBLE + HEADER + "\nAda,Mensah,,,Acme,CTO,25 Aug 2021\n" + tail
    with pytest.raises(ContactImportError, match=f"line {line}: .*looks cut off") as info:
        load_linkedin_connections(write(tmp_path, text))
    assert "Download it again" in str(info.value)


def test_a_short_row_in_the_middle_is_skipped_not_taken_for_a_cut(tmp_path):
    text = HEADER + "\nAda,Mensah,,,Acme\nBo,Li,,,Globex,Dev,03 Jun 2014\n"
    loaded = load_linkedin_connections(write(tmp_path, text))
    assert list(loaded.contacts["name"]) == ["Bo Li"]
    assert loaded.report.skipped == [(2, "has 5 fields where the header has 7")]


def test_a_connection_date_in_the_future_is_kept_without_a_date_and_noted(tmp_path):
    text = HEADER + "\nAda,Mensah,,,Acme,CTO,25 Aug 2091\nBo,Li,,,,,03 Jun 2014\n"
    loaded = load_linkedin_connections(write(tmp_path, text))
    assert len(loaded.contacts) == 2
    assert pd.isna(loaded.contacts.loc[0, "connected_on"])
    assert loaded.report.notes == [(2, "date '25 Aug 2091' is in the future; kept without a date")]


def test_rows_with_line_breaks_inside_fields_keep_the_line_they_start_on(tmp_path):
    text = (
        PREAMBLE + HEADER + "\n"
        'Ada,Mensah,,,Acme,"Chief\nTechnology Officer",25 Aug 2021\n'
        "Bo,Li,,,Globex,Dev,03 Jun 2014\n"
        'Cy,Ng,,,"Initech\r\nLabs",Ops,04 Jun 2014\r\n'
        "Di,Oh,,,Umbrella,QA,05 Jun 2014\n"
    )
    contacts = read_linkedin_connections(write(tmp_path, text))
    assert list(contacts["line"]) == [5, 7, 8, 10]
    assert contacts.loc[0, "position"] == "Chief\nTechnology Officer"


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

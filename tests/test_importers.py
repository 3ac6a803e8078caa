"""The importers for Invitations.csv, Facebook JSON, Google CSV and vCard, and format detection."""

import contextlib
import csv
import io
import json
import shutil
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.contacts import (
    COLUMNS,
    ContactImportError,
    load_contacts,
    load_facebook_friends,
    load_google_contacts,
    load_invitations,
    load_linkedin_connections,
    load_linkedin_invitations,
    load_many,
    load_vcards,
)
from rapport.contacts.facebook import repair_mojibake
from rapport.contacts.invitations import parse_sent_at

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fixture(name):
    return FIXTURES / name


def copy_as(tmp_path, name, new_name):
    target = tmp_path / new_name
    shutil.copyfile(fixture(name), target)
    return target


# --- LinkedIn Invitations.csv ------------------------------------------------------------------


def test_invitations_give_one_contact_per_counterpart_whichever_the_direction():
    loaded = load_invitations(fixture("Invitations.csv"))
    contacts = loaded.contacts
    assert list(contacts["name"]) == ["Kwame Asante", "Ada Mensah", "Holly Marsh", "Bea Santos"]
    assert "Jordan Reyes" not in set(contacts["name"])  # the learner is never a counterpart
    assert set(contacts["source"]) == {"linkedin-invitations"}
    assert contacts.loc[1, "url"] == "https://www.linkedin.com/in/ada-mensah-0a1b2c"
    assert tuple(contacts.columns) == COLUMNS


def test_invitations_keep_the_earliest_date_of_a_repeated_counterpart():
    loaded = load_invitations(fixture("Invitations.csv"))
    kwame = loaded.contacts.set_index("name").loc["Kwame Asante"]
    assert kwame["connected_on"] == datetime(2024, 8, 14)
    assert (4, "same person as line 2 (kept in the invitations table)") in loaded.report.skipped
    assert loaded.report.rows_kept == len(loaded.contacts) == 4


def test_invitations_table_keeps_every_invitation_with_its_direction_and_note():
    invitations = load_invitations(fixture("Invitations.csv")).invitations
    assert list(invitations["counterpart"]) == [
        "Kwame Asante",
        "Ada Mensah",
        "Kwame Asante",
        "Holly Marsh",
        "Bea Santos",
    ]
    assert list(invitations["direction"]) == ["received", "sent", "sent", "received", "sent"]
    assert list(invitations["has_note"]) == [True, False, True, False, False]
    assert invitations.loc[0, "note"].startswith("Hi Jordan, we met")
    assert invitations.loc[0, "sent_at"] == datetime(2024, 10, 3, 16, 12)
    assert invitations.loc[0, "contact_id"] == invitations.loc[2, "contact_id"]
    assert invitations["sent_at"].dtype == "datetime64[ns]"


def test_invitations_count_unknown_directions_and_note_unreadable_dates():
    report = load_invitations(fixture("Invitations.csv")).report
    assert report.rows_read == 6
    assert (7, "direction 'WITHDRAWN' is neither INCOMING nor OUTGOING") in report.skipped
    assert report.notes == [(6, "date 'someday' not understood")]


def test_invitations_with_utc_dates_and_no_url_columns_load():
    loaded = load_linkedin_invitations(fixture("Invitations_utc.csv"))
    assert list(loaded.contacts["name"]) == ["Farah Haddad", "Imani Clarke"]
    assert list(loaded.contacts["connected_on"]) == [datetime(2024, 10, 3), datetime(2023, 2, 14)]
    assert list(loaded.contacts["url"]) == ["", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/3/24, 4:12 PM", datetime(2024, 10, 3, 16, 12)),
        ("10/3/24, 4:12\u202fPM", datetime(2024, 10, 3, 16, 12)),
        ("1/15/2023, 12:05 AM", datetime(2023, 1, 15, 0, 5)),
        ("2024-10-03 16:12:00 UTC", datetime(2024, 10, 3, 16, 12)),
        ("2024-10-03 16:12 UTC", datetime(2024, 10, 3, 16, 12)),
        ("13/45/24, 4:12 PM", None),
        ("9999-12-31 00:00:00 UTC", None),  # beyond what the table's dates can hold
        ("", None),
    ],
)
def test_sent_at_understands_both_export_styles(text, expected):
    assert parse_sent_at(text) == expected


def test_a_file_without_the_invitations_header_names_the_file_and_says_what_to_do(tmp_path):
    path = copy_as(tmp_path, "not_an_export.csv", "Invitations.csv")
    with pytest.raises(
        ContactImportError, match="does not look like a LinkedIn Invitations"
    ) as info:
        load_invitations(path)
    assert str(path) in str(info.value)
    assert "Get a copy of your data" in str(info.value)


# --- Facebook friends JSON ----------------------------------------------------------------------


def test_facebook_names_are_repaired_from_their_latin1_escapes():
    names = list(load_facebook_friends(fixture("your_friends.json")).contacts["name"])
    assert names == [
        "Ama Owusu",
        "Renée Dubois",
        "Liam O\u2019Brien",
        "José Ortega",
        "王芳",
        "Kofi Boateng",
        "Nadia Petrova",
    ]


@pytest.mark.parametrize("name", ["José Ortega", "Zoë Ngọc", "王芳", "Ama Owusu", "Ø"])
def test_correctly_encoded_names_survive_the_repair_unchanged(name):
    assert repair_mojibake(name) == name
    assert repair_mojibake(name.encode("utf-8").decode("latin-1")) == name


def test_facebook_timestamps_become_utc_dates():
    contacts = load_facebook_friends(fixture("your_friends.json")).contacts
    # 1633046400 is midnight UTC: the local time zone must not move it to the day before.
    assert contacts.loc[0, "connected_on"] == datetime(2021, 10, 1)
    assert contacts.loc[4, "connected_on"] == datetime(2010, 1, 1)
    assert set(contacts["source"]) == {"facebook"}


def test_facebook_entries_without_a_name_are_skipped_and_bad_timestamps_noted():
    loaded = load_facebook_friends(fixture("your_friends.json"))
    assert loaded.report.rows_read == 8
    assert loaded.report.skipped == [(7, "has no name")]
    assert loaded.report.notes == [
        (6, "timestamp 'last spring' is not a usable date"),
        (8, "timestamp 0 is not a usable date"),
    ]
    assert loaded.contacts["connected_on"].isna().sum() == 2
    assert list(loaded.contacts["line"]) == [1, 2, 3, 4, 5, 6, 8]


def test_older_facebook_downloads_with_the_friends_key_load():
    loaded = load_facebook_friends(fixture("friends.json"))
    assert list(loaded.contacts["name"]) == ["Søren Kjær", "Tariq Aziz"]
    assert loaded.report.skipped == [(3, "has no name")]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.json", "is empty"),
        ("truncated.json", r"line 24, column 15: this is not valid JSON"),
        ("received_friend_requests.json", "no friends list.*'received_requests_v2'"),
    ],
)
def test_unreadable_facebook_files_name_the_file_and_say_what_to_do(name, message):
    with pytest.raises(ContactImportError, match=message) as info:
        load_facebook_friends(fixture(name))
    assert str(fixture(name)) in str(info.value)
    assert "Download your information" in str(info.value)


@pytest.mark.parametrize("text", ["[]", '"friends"', '{"friends_v2": {"name": "x"}}', "1e999"])
def test_json_that_holds_no_friends_list_is_refused(tmp_path, text):
    path = tmp_path / "your_friends.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContactImportError, match="no friends list"):
        load_facebook_friends(path)


# --- Google Contacts CSV ------------------------------------------------------------------------


def test_google_current_export_splits_multi_values_and_keeps_quoted_commas():
    contacts = load_google_contacts(fixture("google_contacts.csv")).contacts
    priya = contacts.iloc[0]
    assert priya["name"] == "Priya K. Raman"
    assert (priya["first_name"], priya["last_name"]) == ("Priya", "Raman")
    assert priya["email"] == "priya.raman@example.com; priya@example.org; praman@example.org"
    assert priya["phone"] == "+1 555 0142; +1 555 0199"
    assert priya["company"] == "Bramble, Finch & Co"
    assert priya["position"] == "Director, Partnerships"
    assert priya["url"] == "https://www.linkedin.com/in/priya-raman-5d6e7f"  # profile preferred
    assert contacts["connected_on"].isna().all()
    assert set(contacts["source"]) == {"google"}


def test_google_rows_are_numbered_by_the_line_they_start_on_despite_multiline_notes():
    loaded = load_google_contacts(fixture("google_contacts.csv"))
    assert list(loaded.contacts["line"]) == [2, 6, 7, 8, 10]
    assert loaded.report.skipped == [(9, "has no name, company, email or phone")]
    assert loaded.report.rows_kept == len(loaded.contacts) == 5


def test_google_contact_without_a_name_is_named_from_file_as():
    contacts = load_google_contacts(fixture("google_contacts.csv")).contacts
    assert contacts.loc[3, "name"] == "Okafor Dental Clinic"
    assert contacts.loc[3, "phone"] == "+44 20 5550 0199"


def test_google_legacy_export_reads_organization_and_all_phone_columns():
    contacts = load_google_contacts(fixture("google_contacts_legacy.csv")).contacts
    assert list(contacts["name"]) == ["Tomasz Nowak", "Imani Clarke", "Mei Tanaka"]
    assert contacts.loc[0, "company"] == "Wiślana Logistics, S.A."
    assert contacts.loc[0, "position"] == "Operations Lead"
    assert contacts.loc[0, "phone"] == "+48 555 010 203; +48 555 010 204; +48 555 010 205"
    assert contacts.loc[1, "email"] == "imani.clarke@example.org; imani@example.com"


def test_utf16_google_exports_load(tmp_path):
    path = tmp_path / "google.csv"
    path.write_bytes(fixture("google_contacts_legacy.csv").read_text("utf-8").encode("utf-16"))
    assert list(load_google_contacts(path).contacts["name"])[:1] == ["Tomasz Nowak"]
    assert list(load_contacts(path).contacts["source"])[:1] == ["google"]


def test_google_row_with_the_wrong_field_count_is_counted_with_its_line(tmp_path):
    text = fixture("google_contacts_legacy.csv").read_text("utf-8") + "Cut,Short,Row\r\n"
    path = tmp_path / "contacts.csv"
    path.write_text(text, encoding="utf-8")
    loaded = load_google_contacts(path)
    assert loaded.report.skipped == [(5, "has 3 fields where the header has 56")]


def test_an_unclosed_quote_that_swallows_the_file_is_reported_with_its_line(tmp_path):
    path = tmp_path / "contacts.csv"
    header = fixture("google_contacts_legacy.csv").read_text("utf-8").splitlines()[0]
    path.write_text(header + '\n"Ada' + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(ContactImportError, match="line 2: a quoted field starts") as info:
        load_google_contacts(path)
    assert str(path) in str(info.value)


def test_a_csv_that_is_not_a_google_export_is_refused_with_the_expected_header():
    with pytest.raises(ContactImportError, match="no Google Contacts header") as info:
        load_google_contacts(fixture("not_an_export.csv"))
    assert "not_an_export.csv" in str(info.value)
    assert "Export > Google CSV" in str(info.value)


# --- vCard --------------------------------------------------------------------------------------


def test_vcard_3_reads_several_emails_phones_and_folded_lines():
    contacts = load_vcards(fixture("contacts_v3.vcf")).contacts
    ada, farah = contacts.iloc[0], contacts.iloc[1]
    assert ada["email"] == "ada.mensah@example.com; ada@example.org"
    assert ada["company"] == "Kestrel Labs"
    assert ada["url"] == "https://www.linkedin.com/in/ada-mensah-0a1b2c"
    assert farah["position"] == (
        "Senior Architect for Sustainable Design and Urban Regeneration in the Northern Region"
    )
    assert farah["company"] == "Cedar & Pine Architects, LLP"
    assert farah["phone"] == "+44 20 5550 0101; +44 7700 900123"
    assert farah["email"].count("@") == 3


def test_a_broken_card_is_skipped_with_its_number_and_line_and_the_rest_survive():
    loaded = load_vcards(fixture("contacts_v3.vcf"))
    assert list(loaded.contacts["name"]) == ["Ada Mensah", "Farah Haddad"]
    assert list(loaded.contacts["line"]) == [1, 3]
    (number, reason), empty = loaded.report.skipped
    assert number == 2
    assert reason.startswith("card 2 (line 20) could not be read: Failed to parse line")
    assert empty == (4, "card 4 (line 36) has no name, company, email or phone")


def test_vcard_4_reads_tel_uris_unicode_names_and_organisation_cards():
    contacts = load_vcards(fixture("contacts_v4.vcf")).contacts
    assert list(contacts["name"]) == ["Kwame Asante", "Zoë Ngọc", "Orchard Community Kitchen"]
    assert contacts.loc[0, "phone"] == "+1-555-0123"
    assert contacts.loc[0, "email"] == "kwame.asante@example.com; kwame@example.org"
    assert (contacts.loc[1, "first_name"], contacts.loc[1, "last_name"]) == ("Zoë", "Ngọc")
    assert set(contacts["source"]) == {"vcard"}


def test_vcard_2_1_quoted_printable_with_charset_and_soft_breaks_is_decoded():
    contacts = load_vcards(fixture("phone_v21.vcf")).contacts
    assert list(contacts["name"]) == ["Jörg Müller", "Lucía García de la Fuente y Martínez"]
    assert contacts.loc[1, "company"] == "Panadería Sol"


def test_a_card_cut_off_before_end_vcard_is_counted(tmp_path):
    text = fixture("contacts_v4.vcf").read_text("utf-8")
    path = tmp_path / "cut.vcf"
    path.write_text(text[: text.index("KIND:org")], encoding="utf-8")
    loaded = load_vcards(path)
    assert loaded.report.skipped == [(3, "card 3 (line 22) has no END:VCARD line")]
    assert len(loaded.contacts) == 2


def test_a_file_without_cards_is_refused_naming_the_file():
    with pytest.raises(ContactImportError, match="no line says BEGIN:VCARD") as info:
        load_vcards(fixture("not_an_export.csv"))
    assert "not_an_export.csv" in str(info.value)
    assert "Export vCard" in str(info.value)


# --- detection ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "source", "count"),
    [
        ("Connections.csv", "linkedin", 6),
        ("Invitations.csv", "linkedin-invitations", 4),
        ("Invitations_utc.csv", "linkedin-invitations", 2),
        ("your_friends.json", "facebook", 7),
        ("friends.json", "facebook", 2),
        ("google_contacts.csv", "google", 5),
        ("google_contacts_legacy.csv", "google", 3),
        ("contacts_v3.vcf", "vcard", 2),
        ("contacts_v4.vcf", "vcard", 3),
        ("phone_v21.vcf", "vcard", 2),
    ],
)
def test_format_is_detected_from_the_content_not_the_extension(tmp_path, name, source, count):
    for path in (fixture(name), copy_as(tmp_path, name, "download.txt")):
        loaded = load_contacts(path)
        assert set(loaded.contacts["source"]) == {source}
        assert len(loaded.contacts) == count


def test_unknown_format_lists_every_known_format_and_how_to_get_it():
    with pytest.raises(ContactImportError) as info:
        load_contacts(fixture("not_an_export.csv"))
    message = str(info.value)
    assert "not_an_export.csv is not a contacts export" in message
    for known in ("Connections.csv", "Invitations.csv", "Facebook", "Google Contacts", "vCard"):
        assert known in message
    assert "Get a copy of your data" in message
    assert "Export > Google CSV" in message


def test_empty_files_are_explained_by_the_importer_their_extension_suggests(tmp_path):
    with pytest.raises(
        ContactImportError, match=r"empty\.json is empty\. Download it again from Fa"
    ):
        load_contacts(fixture("empty.json"))
    empty = tmp_path / "export.csv"
    empty.write_bytes(b"")
    with pytest.raises(ContactImportError, match=r"export\.csv is empty\. The formats it reads"):
        load_contacts(empty)


def test_load_many_returns_one_import_per_file_in_order():
    loaded = load_many([fixture("Connections.csv"), fixture("contacts_v4.vcf")])
    assert [set(item.contacts["source"]) for item in loaded] == [{"linkedin"}, {"vcard"}]


def test_load_many_reports_every_unreadable_file_in_one_error():
    paths = [fixture("Connections.csv"), fixture("empty.json"), fixture("not_an_export.csv")]
    with pytest.raises(ContactImportError, match="2 of 3 files could not be read") as info:
        load_many(paths)
    assert "empty.json is empty" in str(info.value)
    assert "not_an_export.csv is not a contacts export" in str(info.value)


# --- property-based: any input either loads or raises ContactImportError ------------------------

LOADERS = {
    "connections": (load_linkedin_connections, ["Connections.csv"]),
    "invitations": (load_linkedin_invitations, ["Invitations.csv", "Invitations_utc.csv"]),
    "facebook": (load_facebook_friends, ["your_friends.json", "friends.json"]),
    "google": (load_google_contacts, ["google_contacts.csv", "google_contacts_legacy.csv"]),
    "vcard": (load_vcards, ["contacts_v3.vcf", "contacts_v4.vcf", "phone_v21.vcf"]),
    "detect": (
        load_contacts,
        [
            "Connections.csv",
            "Invitations.csv",
            "your_friends.json",
            "google_contacts.csv",
            "google_contacts_legacy.csv",
            "contacts_v3.vcf",
            "contacts_v4.vcf",
        ],
    ),
}


def loads_or_refuses(loader, directory, name, data):
    path = directory / name
    path.write_bytes(data)
    try:
        loaded = loader(path)
    except ContactImportError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert str(path) in message
        return None
    assert tuple(loaded.contacts.columns) == COLUMNS
    assert loaded.report.rows_kept == len(loaded.contacts)
    assert len(loaded.report.skipped) <= loaded.report.rows_read
    return loaded


def shuffle_columns(data, rnd):
    """Move the columns of every full-width row to the same random new places."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    width = max(len(row) for row in rows)
    permutation = list(range(width))
    rnd.shuffle(permutation)
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([row[i] for i in permutation] if len(row) == width else row)
    return out.getvalue().encode("utf-8")


@st.composite
def mutated(draw, names):
    name = draw(st.sampled_from(names))
    data = fixture(name).read_bytes()
    for _ in range(draw(st.integers(1, 3))):
        lines = data.split(b"\n")
        action = draw(st.sampled_from(["truncate", "delete", "duplicate", "flip", "shuffle"]))
        if action == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif action == "delete" and lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
            data = b"\n".join(lines)
        elif action == "duplicate" and lines:
            index = draw(st.integers(0, len(lines) - 1))
            lines.insert(draw(st.integers(0, len(lines))), lines[index])
            data = b"\n".join(lines)
        elif action == "flip" and data:
            flipped = bytearray(data)
            for _ in range(draw(st.integers(1, 4))):
                flipped[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
            data = bytes(flipped)
        elif action == "shuffle" and name.endswith(".csv"):
            with contextlib.suppress(UnicodeDecodeError, csv.Error, ValueError):
                data = shuffle_columns(data, draw(st.randoms(use_true_random=False)))
    return name, data


@pytest.mark.parametrize("kind", sorted(LOADERS))
@FUZZ
@given(data=st.data())
def test_mutated_fixtures_load_or_raise_contact_import_error(tmp_path_factory, kind, data):
    loader, names = LOADERS[kind]
    name, content = data.draw(mutated(names))
    loads_or_refuses(loader, tmp_path_factory.mktemp(kind), Path(name).name, content)


@pytest.mark.parametrize("kind", sorted(LOADERS))
@FUZZ
@given(content=st.binary(max_size=300))
def test_random_bytes_load_or_raise_contact_import_error(tmp_path_factory, kind, content):
    loader, names = LOADERS[kind]
    loads_or_refuses(loader, tmp_path_factory.mktemp(kind), names[0], content)


HEADERS = {
    "invitations": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n",
    "google": "First Name,Middle Name,Last Name,File As,Organization Name,Labels,"
    "E-mail 1 - Value,Phone 1 - Value,Website 1 - Value\n",
    "vcard": "BEGIN:VCARD\nVERSION:3.0\n",
    "facebook": '{"friends_v2": [',
}


@pytest.mark.parametrize("kind", sorted(HEADERS))
@FUZZ
@given(text=st.text(max_size=300))
def test_random_text_after_a_real_header_loads_or_raises(tmp_path_factory, kind, text):
    loader, names = LOADERS[kind]
    tail = "\nEND:VCARD\n" if kind == "vcard" else ""
    content = (HEADERS[kind] + text + tail).encode("utf-8")
    loads_or_refuses(loader, tmp_path_factory.mktemp(kind), names[0], content)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
friend_entries = st.fixed_dictionaries(
    {},
    optional={
        "name": st.one_of(st.text(max_size=20), json_values),
        "timestamp": st.one_of(
            st.integers(min_value=-(10**20), max_value=10**20), st.floats(), json_values
        ),
    },
)


@FUZZ
@given(
    key=st.sampled_from(["friends_v2", "friends"]),
    entries=st.lists(st.one_of(friend_entries, json_values), max_size=6),
)
def test_any_friends_json_loads_or_raises(tmp_path_factory, key, entries):
    content = json.dumps({key: entries}).encode("utf-8")
    loaded = loads_or_refuses(
        load_facebook_friends, tmp_path_factory.mktemp("fb"), "your_friends.json", content
    )
    assert loaded is not None
    assert loaded.report.rows_read == len(entries)


vcard_lines = st.builds(
    "{}{}:{}".format,
    st.sampled_from(["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "PHOTO", "X-SOCIALPROFILE"]),
    st.lists(
        st.sampled_from(
            [
                ";ENCODING=QUOTED-PRINTABLE",
                ";CHARSET=UTF-8",
                ";CHARSET=NO-SUCH-CHARSET",
                ";ENCODING=b",
                ";VALUE=uri",
                ";TYPE=work",
                ";type=INTERNET",
            ]
        ),
        max_size=3,
    ).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30),
)


@FUZZ
@given(cards=st.lists(st.lists(vcard_lines, max_size=6), min_size=1, max_size=4))
def test_any_vcard_properties_load_or_raise(tmp_path_factory, cards):
    text = "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        + "".join(line + "\r\n" for line in lines)
        + "END:VCARD\r\n"
        for lines in cards
    )
    loaded = loads_or_refuses(
        load_vcards, tmp_path_factory.mktemp("vcf"), "cards.vcf", text.encode("utf-8")
    )
    assert loaded is not None
    assert loaded.report.rows_read == len(cards)


@pytest.mark.parametrize(
    ("loader", "name"),
    [
        (load_google_contacts, "google_contacts.csv"),
        (load_google_contacts, "google_contacts_legacy.csv"),
        (load_linkedin_invitations, "Invitations.csv"),
    ],
)
@settings(max_examples=25, deadline=None)
@given(rnd=st.randoms(use_true_random=False))
def test_column_order_does_not_change_what_is_read(tmp_path_factory, loader, name, rnd):
    original = loader(fixture(name)).contacts
    path = tmp_path_factory.mktemp("shuffled") / name
    path.write_bytes(shuffle_columns(fixture(name).read_bytes(), rnd))
    shuffled = loader(path).contacts
    columns = ["name", "company", "position", "url", "email", "phone", "connected_on"]
    pd.testing.assert_frame_equal(original[columns], shuffled[columns])


# --- dates in the future ------------------------------------------------------------------------


def test_invitations_and_facebook_dates_in_the_future_are_dropped_and_noted(tmp_path):
    invitations = tmp_path / "Invitations.csv"
    invitations.write_text(
        "From,To,Sent At,Message,Direction\n"
        'Ada Mensah,Jordan Reyes,"10/3/24, 4:12 PM",,INCOMING\n'
        "Bo Li,Jordan Reyes,2091-01-01 10:00:00 UTC,,INCOMING\n",
        encoding="utf-8",
    )
    loaded = load_invitations(invitations)
    assert list(loaded.contacts["name"]) == ["Ada Mensah", "Bo Li"]
    assert pd.isna(loaded.contacts.loc[1, "connected_on"])
    assert loaded.report.notes == [
        (3, "date '2091-01-01 10:00:00 UTC' is in the future; kept without a date")
    ]
    friends = tmp_path / "your_friends.json"
    friends.write_text(
        json.dumps({"friends_v2": [{"name": "Ama", "timestamp": 1633046400},
                                   {"name": "Kofi", "timestamp": 4000000000}]}),
        encoding="utf-8",
    )  # fmt: skip
    facebook = load_facebook_friends(friends)
    assert list(facebook.contacts["connected_on"].isna()) == [False, True]
    assert facebook.report.notes == [
        (2, "timestamp 4000000000 is in the future; kept without a date")
    ]


def test_a_latin1_google_export_is_read_and_its_encoding_reported(tmp_path):
    path = tmp_path / "contacts.csv"
    text = fixture("google_contacts_legacy.csv").read_text("utf-8")
    path.write_bytes(text.replace("Wiślana", "Wislaña").encode("cp1252", errors="replace"))
    loaded = load_contacts(path)
    assert loaded.contacts.loc[0, "company"] == "Wislaña Logistics, S.A."
    assert loaded.report.encoding == "cp1252"

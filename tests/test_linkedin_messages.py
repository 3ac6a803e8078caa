import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.contacts import ContactImportError
from rapport.contacts.linkedin_messages import (
    conversation_stats,
    load_linkedin_messages,
    sent_times,
)
from rapport.data import sample_path
from rapport.identity import profile_key
from rapport.sample_data import OWNER_URL

NEW_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT"
)
ME = "https://www.linkedin.com/in/me-1"
ANA = "https://www.linkedin.com/in/ana-2"
BEN = "https://www.linkedin.com/in/ben-3"


def write(tmp_path, text):
    path = tmp_path / "messages.csv"
    path.write_text(text, encoding="utf-8")
    return path


def sample_export(tmp_path):
    rows = [
        f'c1,,Me Here,{ME},Ana Silva,{ANA},2024-01-02 10:00:00 UTC,,"Hi Ana, how goes?",INBOX,No',
        f'c1,,Ana Silva,{ANA},Me Here,{ME},2024-01-03 09:00:00 UTC,,"A pilot, and you?",INBOX,No',
        f"c2,,Me Here,{ME},Ben Okoro,{BEN},2024-02-01 08:00:00 UTC,,Hello Ben,INBOX,No",
        f"c2,,Me Here,{ME},Ben Okoro,{BEN},2024-03-01 08:00:00 UTC,,draft,INBOX,Yes",
        f'c3,,Ana Silva,{ANA},Me Here,{ME},2024-05-01 08:00:00 UTC,,"Line one\nline two",INBOX,No',
        f"c4,,Ben Okoro,{BEN},Me Here,{ME},whenever,,?,INBOX,No",
    ]
    return write(tmp_path, NEW_HEADER + "\n" + "\n".join(rows) + "\n")


def test_owner_is_inferred_as_the_participant_of_every_conversation(tmp_path):
    loaded = load_linkedin_messages(sample_export(tmp_path))
    assert loaded.owner == profile_key(ME)


def test_drafts_and_undated_rows_are_skipped_and_counted_with_their_line(tmp_path):
    loaded = load_linkedin_messages(sample_export(tmp_path))
    assert loaded.report.rows_read == 6
    assert (5, "is a draft that was never sent") in loaded.report.skipped
    assert (8, "date 'whenever' not understood") in loaded.report.skipped
    assert len(loaded.messages) == 4
    assert str(loaded.messages["sent_at"].dt.tz) == "UTC"


def test_stats_count_each_way_and_say_whose_turn(tmp_path):
    loaded = load_linkedin_messages(sample_export(tmp_path))
    stats = conversation_stats(loaded.messages, loaded.owner).set_index("person")
    ana, ben = stats.loc["Ana Silva"], stats.loc["Ben Okoro"]
    assert (ana.conversations, ana.sent, ana.received) == (2, 1, 2)
    assert ana.spoke_last == "them"
    assert ana.whose_turn == "mine"
    assert ana.last_exchange == pd.Timestamp("2024-05-01 08:00", tz="UTC")
    assert (ben.conversations, ben.sent, ben.received) == (1, 1, 0)
    assert ben.whose_turn == "theirs"


def test_older_exports_without_url_columns_key_people_by_name(tmp_path):
    text = (
        "CONVERSATION ID,FROM,TO,DATE,CONTENT\n"
        "a,Me Here,Ana Silva,2019-01-01 10:00:00 UTC,hi\n"
        "a,Ana Silva,Me Here,2019-01-02 10:00:00 UTC,hello\n"
        "b,Me Here,Ben Okoro,2019-02-01 10:00:00 UTC,hey\n"
    )
    loaded = load_linkedin_messages(write(tmp_path, text))
    assert loaded.owner == "Me Here"
    stats = conversation_stats(loaded.messages, loaded.owner).set_index("key")
    assert stats.loc["Ana Silva", "received"] == 1
    assert stats.loc["Ben Okoro", "sent"] == 1


def test_a_file_that_is_not_a_messages_export_says_so(tmp_path):
    with pytest.raises(ContactImportError, match=r"does not look like a LinkedIn messages\.csv"):
        load_linkedin_messages(write(tmp_path, "First Name,Last Name\nA,B\n"))


def test_sample_messages_cover_many_contacts_but_a_minority():
    loaded = load_linkedin_messages(sample_path("messages.csv"))
    assert loaded.owner == profile_key(OWNER_URL)
    assert loaded.report.skipped == []
    stats = conversation_stats(loaded.messages, loaded.owner)
    assert 90 <= len(stats) <= 135
    assert (stats["received"] > 0).sum() > 50


def test_normalise_url_ignores_scheme_www_case_query_and_trailing_slash():
    assert profile_key("HTTPS://www.LinkedIn.com/in/Ana-2/?x=1") == "linkedin.com/in/ana-2"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_any_text_after_the_header_loads_or_raises_contact_import_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "messages.csv"
    path.write_text(NEW_HEADER + "\n" + text, encoding="utf-8")
    try:
        loaded = load_linkedin_messages(path)
    except ContactImportError:
        return
    assert loaded.report.rows_kept == len(loaded.messages)
    conversation_stats(loaded.messages, loaded.owner)


def test_owner_is_found_when_the_first_rows_are_one_long_conversation_with_someone_else(tmp_path):
    # The first rows name a candidate (Ana writes first and most there), who is not in the
    # later conversations: the whole file is then counted, and the owner is the one in all.
    rows = [
        f"c1,,{who},{url},{to},{to_url},2024-01-02 10:00:00 UTC,,hello,INBOX,No"
        for i in range(5200)
        for who, url, to, to_url in [
            ("Ana Silva", ANA, "Me Here", ME) if (i + 1) % 3 else ("Me Here", ME, "Ana Silva", ANA)
        ]
    ]
    rows += [
        f"c{n},,Me Here,{ME},Ben Okoro,{BEN},2024-02-01 08:00:00 UTC,,hi,INBOX,No"
        for n in range(2, 40)
    ]
    loaded = load_linkedin_messages(write(tmp_path, NEW_HEADER + "\n" + "\n".join(rows) + "\n"))
    assert loaded.owner == profile_key(ME)


SENT_CELL = st.one_of(
    st.builds(
        lambda y, mo, d, h, mi, s, tail: f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}{tail}",
        st.integers(1, 9999),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 25),
        st.integers(0, 61),
        st.integers(0, 61),
        st.sampled_from([" UTC", " utc", "", "+02:00", " UTC ", "Z", " GMT"]),
    ),
    # (pandas reads "now" and "today" as the current time whatever the format; LinkedIn never
    # writes them, and sent_times rightly leaves them NaT)
    st.text(max_size=25).filter(lambda text: text not in ("now", "today")),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(SENT_CELL, max_size=20))
def test_sent_times_read_what_pandas_reads_with_linkedins_format(cells):
    dates = pd.Series(cells, dtype=object)
    expected = pd.to_datetime(dates, format="%Y-%m-%d %H:%M:%S UTC", errors="coerce", utc=True)
    found = sent_times(dates)
    assert found.isna().tolist() == expected.isna().tolist()
    assert (found.dropna() == expected.dropna()).all()
    if expected.notna().any():
        assert found.dtype == expected.dtype

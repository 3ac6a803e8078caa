"""Tests for the bundled sample data and the generator that writes it."""

import csv
import io
import random
import re
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from rapport import fileio, sample_data
from rapport.sample_data import FORMER_EMPLOYER, OWNER_NAME, OWNER_URL, generate, main

DATA = Path(sample_data.__file__).resolve().parent / "data"
FILES = {
    "connections": "Connections.csv",
    "messages": "messages.csv",
    "interactions": "interactions.csv",
}
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER"
)
LAST_DAY = date(2026, 10, 31)
WEEK_ONE, WEEK_TWELVE_END = date(2026, 8, 3), date(2026, 10, 25)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture(scope="module")
def connections_text() -> str:
    return (DATA / "Connections.csv").read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def connections(connections_text) -> list[dict[str, str]]:
    rows = _rows(connections_text)
    at = next(i for i, row in enumerate(rows) if row[:2] == ["First Name", "Last Name"])
    return [dict(zip(rows[at], row, strict=True)) for row in rows[at + 1 :]]


@pytest.fixture(scope="module")
def connected_on(connections) -> dict[str, date]:
    parse = datetime.strptime
    return {r["URL"]: parse(r["Connected On"], "%d %b %Y").date() for r in connections if r["URL"]}


@pytest.fixture(scope="module")
def messages() -> list[dict[str, str]]:
    with (DATA / "messages.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def interactions() -> list[dict[str, str]]:
    with (DATA / "interactions.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- the generator ---------------------------------------------------------------------------


def test_regenerating_gives_the_committed_files_byte_for_byte(tmp_path):
    paths = generate(tmp_path)
    for key, name in FILES.items():
        assert paths[key] == tmp_path / name
        assert paths[key].read_bytes() == (DATA / name).read_bytes(), f"{name} drifted"


def test_same_seed_gives_identical_bytes_and_another_seed_differs(tmp_path):
    first = generate(tmp_path / "a", seed=7)
    again = generate(tmp_path / "b", seed=7)
    other = generate(tmp_path / "c", seed=8)
    for key in FILES:
        assert first[key].read_bytes() == again[key].read_bytes()
        assert first[key].read_bytes() != other[key].read_bytes()


def test_output_ignores_the_global_random_state(tmp_path):
    random.seed(1)
    one = generate(tmp_path / "a")
    random.seed(99)
    two = generate(tmp_path / "b")
    assert all(one[key].read_bytes() == two[key].read_bytes() for key in FILES)


def test_generate_leaves_only_the_three_files_behind(tmp_path):
    generate(tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FILES.values())


def test_a_failed_write_keeps_the_previous_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "Connections.csv"
    target.write_text("previous contents\n", encoding="utf-8")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        generate(tmp_path)
    assert target.read_text(encoding="utf-8") == "previous contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["Connections.csv"]


def test_main_writes_into_the_folder_given_and_returns_zero(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES.values())
    assert str(tmp_path / "messages.csv") in capsys.readouterr().out


def test_main_defaults_to_the_package_data_folder():
    import rapport.data

    assert Path(rapport.data.__file__).resolve().parent == sample_data.DATA_DIR


# --- Connections.csv -------------------------------------------------------------------------


def test_connections_has_note_lines_before_the_exact_header(connections_text):
    lines = connections_text.split("\n")
    assert lines[0] == "Notes:"
    assert lines[1].startswith('"')
    assert lines[1].endswith('"')
    at = lines.index(CONNECTIONS_HEADER)
    assert at >= 2
    assert lines[at - 1] == ""


def test_connections_is_utf8_without_bom_with_lf_line_endings():
    raw = (DATA / "Connections.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    raw.decode("utf-8")


def test_connections_has_at_least_420_rows(connections):
    assert len(connections) >= 420


def test_pandas_reads_connections_once_the_header_row_is_found(connections_text, connections):
    at = connections_text.split("\n").index(CONNECTIONS_HEADER)
    frame = pd.read_csv(
        io.StringIO(connections_text), skiprows=at, dtype=str, keep_default_na=False
    )
    assert list(frame.columns) == CONNECTIONS_HEADER.split(",")
    assert len(frame) == len(connections)


def test_connected_on_dates_span_eleven_years_and_are_sorted_newest_first(connections):
    texts = [r["Connected On"] for r in connections]
    assert all(re.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4}", t) for t in texts)
    days = [datetime.strptime(t, "%d %b %Y").date() for t in texts]
    assert len({d.year for d in days}) >= 11
    assert days == sorted(days, reverse=True)
    assert days[0] <= LAST_DAY
    assert days[-1] >= date(2014, 1, 1)


def test_connection_years_are_uneven(connections):
    years = Counter(r["Connected On"][-4:] for r in connections)
    assert max(years.values()) >= 2 * min(years.values())


def test_most_emails_are_blank_and_the_rest_use_reserved_domains(connections):
    emails = [r["Email Address"] for r in connections]
    assert sum(not e for e in emails) / len(emails) >= 0.8
    shared = [e for e in emails if e]
    assert shared
    assert all(re.fullmatch(r"[a-z0-9.]+@example\.(com|org|net)", e) for e in shared)


def test_some_rows_lack_company_position_or_name(connections):
    n = len(connections)
    blank_company = sum(not r["Company"] for r in connections) / n
    blank_position = sum(not r["Position"] for r in connections) / n
    assert 0.03 <= blank_company <= 0.10
    assert 0.03 <= blank_position <= 0.10
    hidden = [r for r in connections if not r["First Name"] and not r["Last Name"]]
    assert 3 <= len(hidden) <= 6
    assert all(not r["URL"] and r["Connected On"] for r in hidden)


def test_fields_with_commas_or_quotes_are_quoted_in_the_file(connections_text, connections):
    fields = {v for r in connections for k, v in r.items() if k in ("Company", "Position")}
    with_comma = [v for v in fields if "," in v and '"' not in v]
    with_quote = [v for v in fields if '"' in v]
    assert with_comma
    assert with_quote
    assert all(f'"{v}"' in connections_text for v in with_comma)
    assert all('"' + v.replace('"', '""') + '"' in connections_text for v in with_quote)


def _scripts(text: str) -> set[str]:
    """First word of each letter's Unicode name: LATIN, CJK, HANGUL, CYRILLIC, ..."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_names_include_accented_latin_and_several_other_scripts(connections):
    names = [r["First Name"] + r["Last Name"] for r in connections if r["First Name"]]
    found = Counter(script for name in names for script in _scripts(name))
    for script in ("CJK", "HANGUL", "CYRILLIC", "GREEK", "ARABIC", "DEVANAGARI"):
        assert found[script] > 0, script
    accented = [n for n in names if _scripts(n) == {"LATIN"} and not n.isascii()]
    non_latin = [n for n in names if _scripts(n) != {"LATIN"}]
    assert len(accented) >= 20
    assert 0.05 <= len(non_latin) / len(names) <= 0.35


def test_full_names_are_unique_and_never_the_owner(connections):
    full = [f"{r['First Name']} {r['Last Name']}" for r in connections if r["First Name"]]
    assert len(full) == len(set(full))
    assert OWNER_NAME not in full
    assert OWNER_URL not in {r["URL"] for r in connections}


def test_profile_urls_are_unique_ascii_slugs_with_six_hex_digits(connections):
    urls = [r["URL"] for r in connections if r["URL"]]
    assert len(urls) == len(set(urls))
    pattern = r"https://www\.linkedin\.com/in/[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6}"
    assert all(re.fullmatch(pattern, u) for u in urls)


def test_former_employer_is_clearly_the_most_common_company(connections):
    counts = Counter(r["Company"] for r in connections if r["Company"])
    (top, top_count), (_, runner_up) = counts.most_common(2)
    assert top == FORMER_EMPLOYER
    assert 25 <= top_count <= 40
    assert top_count > runner_up


# --- messages.csv ----------------------------------------------------------------------------


def test_messages_header_is_exact():
    first_line = (DATA / "messages.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line == MESSAGES_HEADER


def test_pandas_reads_multiline_messages_as_whole_rows(messages):
    frame = pd.read_csv(DATA / "messages.csv", dtype=str, keep_default_na=False)
    assert len(frame) == len(messages)
    assert (frame["FOLDER"] == "INBOX").all()


def test_message_dates_parse_and_stay_within_the_data_range(messages):
    stamps = [datetime.strptime(m["DATE"], "%Y-%m-%d %H:%M:%S UTC") for m in messages]
    assert max(stamps).date() <= LAST_DAY
    assert min(stamps).date() >= date(2014, 1, 1)


def test_no_message_predates_the_connection_it_involves(messages, connected_on):
    checked = 0
    for m in messages:
        for url in (m["SENDER PROFILE URL"], m["RECIPIENT PROFILE URLS"]):
            if url in connected_on:
                sent = datetime.strptime(m["DATE"], "%Y-%m-%d %H:%M:%S UTC").date()
                assert sent >= connected_on[url], m
                checked += 1
    assert checked >= 200


def test_only_a_minority_of_connections_ever_exchanged_a_message(messages, connected_on):
    urls = {m["SENDER PROFILE URL"] for m in messages} | {
        m["RECIPIENT PROFILE URLS"] for m in messages
    }
    counterparts = urls & set(connected_on)
    assert 90 <= len(counterparts) <= 130
    assert len(counterparts) < len(connected_on) / 2


def test_every_message_is_to_or_from_the_owner(messages):
    for m in messages:
        assert OWNER_URL in (m["SENDER PROFILE URL"], m["RECIPIENT PROFILE URLS"])
        assert OWNER_NAME in (m["FROM"], m["TO"])


def test_some_contents_hold_newlines_commas_and_quotes(messages):
    contents = [m["CONTENT"] for m in messages]
    assert sum("\n" in c for c in contents) >= 5
    assert sum("," in c for c in contents) >= 50
    assert sum('"' in c for c in contents) >= 3


def test_some_conversations_are_only_the_owners_unanswered_note(messages):
    senders: dict[str, set[str]] = {}
    for m in messages:
        senders.setdefault(m["CONVERSATION ID"], set()).add(m["FROM"])
    only_owner = [c for c, who in senders.items() if who == {OWNER_NAME}]
    both_sides = [c for c, who in senders.items() if len(who) == 2]
    assert len(only_owner) >= 10
    assert len(both_sides) >= 40


def test_conversations_are_mostly_short(messages):
    sizes = Counter(Counter(m["CONVERSATION ID"] for m in messages).values())
    assert sum(n for size, n in sizes.items() if size <= 8) == sum(sizes.values())


def test_a_few_messages_come_from_people_outside_the_connections(messages, connected_on):
    outsiders = {
        m["SENDER PROFILE URL"]
        for m in messages
        if m["SENDER PROFILE URL"] not in connected_on and m["SENDER PROFILE URL"] != OWNER_URL
    }
    assert 1 <= len(outsiders) <= 5


def test_the_named_patterns_all_appear(messages):
    text = "\n".join(m["CONTENT"] for m in messages).lower()
    for phrase in ("pick your brain", "i'm new here", "crowdfunding", "demo", "coffee", "call"):
        assert phrase in text, phrase


def test_links_in_messages_use_example_org_only(messages):
    links = [u for m in messages for u in re.findall(r"https?://\S+", m["CONTENT"])]
    assert links
    assert all(u.startswith("https://example.org/") for u in links)


# --- interactions.csv ------------------------------------------------------------------------


def test_interactions_columns_and_vocabularies(interactions):
    assert list(interactions[0]) == ["date", "people", "channel", "direction", "kind", "note"]
    assert 50 <= len(interactions) <= 80
    for row in interactions:
        assert row["channel"] in {"message", "comment", "call", "video", "coffee", "event"}
        assert row["direction"] in {"me", "them"}
        assert row["kind"] in {"give", "ask", "check-in", "introduction", "follow-up"}
        assert row["note"].strip()


def test_every_person_in_the_log_was_already_a_connection(interactions, connections):
    known = {
        f"{r['First Name']} {r['Last Name']}": datetime.strptime(
            r["Connected On"], "%d %b %Y"
        ).date()
        for r in connections
        if r["First Name"]
    }
    for row in interactions:
        for person in row["people"].split("; "):
            assert person in known, person
            assert known[person] <= date.fromisoformat(row["date"])


def test_log_covers_twelve_weeks_with_an_uneven_habit(interactions):
    days = [date.fromisoformat(r["date"]) for r in interactions]
    assert all(WEEK_ONE <= d <= WEEK_TWELVE_END for d in days)
    assert days == sorted(days)
    per_week = Counter((d - WEEK_ONE).days // 7 for d in days)
    empty = [w for w in range(12) if per_week[w] == 0]
    assert 1 <= len(empty) <= 2
    assert max(per_week.values()) >= 2 * min(v for v in per_week.values() if v)


def test_gives_outnumber_asks_and_some_meetings_are_in_person(interactions):
    kinds = Counter(r["kind"] for r in interactions)
    assert kinds["give"] > kinds["ask"] > 0
    channels = Counter(r["channel"] for r in interactions)
    assert channels["coffee"] + channels["event"] >= 3


def test_introductions_name_two_people(interactions):
    intros = [r for r in interactions if r["kind"] == "introduction"]
    assert len(intros) >= 3
    assert all(len(r["people"].split("; ")) == 2 for r in intros)

"""The fast CSV path agrees with the row-by-row reader, also when it reads some columns only."""

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.contacts.export_file import ExportText, _exact_table, csv_table, table_lines
from rapport.contacts.linkedin_messages import MESSAGE_COLUMNS, load_linkedin_messages
from rapport.contacts.table import ImportReport

NAMES = ["ID", "FROM", "NOTE", "TEXT", "FOLDER"]
# Cells as exports write them: blanks, commas, quotes, line breaks inside quoted fields.
CELL = st.sampled_from(["", "a", "b c", "x,y", 'say "hi"', "one\ntwo", "three\r\nfour", "\n"])
ROW = st.one_of(
    st.lists(CELL, min_size=5, max_size=5),
    st.just([]),  # a blank line
    st.just(["", "", "", "", ""]),  # a row of blank fields
    st.just(["", "", "", "only text", ""]),  # text in a column the caller does not read
)


def export_of(rows: list[list[str]], final_newline: bool) -> ExportText:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(NAMES)
    for row in rows:
        if row:
            writer.writerow(row)
        else:
            out.write("\n")
    text = out.getvalue() if final_newline else out.getvalue().rstrip("\n")
    return ExportText(path=Path("t.csv"), data=text.encode(), encoding="utf-8", how_to_fix="")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(ROW, max_size=12),
    st.booleans(),
    st.sampled_from([None, ("ID", "FROM")]),
    st.booleans(),
)
def test_fast_table_gives_the_rows_and_lines_the_exact_reader_gives(
    rows, final_newline, columns, lines
):
    export = export_of(rows, final_newline)
    fast = csv_table(export, 0, NAMES, ImportReport(Path("t.csv")), "", columns, lines)
    exact = _exact_table(export, 0, NAMES, ImportReport(Path("t.csv")), "", False)
    assert table_lines(export, 0, NAMES, fast).tolist() == exact["line"].tolist()
    if lines:
        assert fast["line"].tolist() == exact["line"].tolist()
    for name in columns or NAMES:  # a line break inside a field may keep its \r in the fast read
        fast_cells = [cell.replace("\r\n", "\n") for cell in fast[name]]
        assert fast_cells == exact[name].tolist(), name


def test_a_message_with_text_but_no_sender_is_reported_not_dropped(tmp_path):
    header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER"
    me, ana = "https://www.linkedin.com/in/me-1", "https://www.linkedin.com/in/ana-2"
    path = tmp_path / "messages.csv"
    path.write_text(
        f"{header}\n"
        f'c1,Me,{me},Ana,{ana},2024-01-02 10:00:00 UTC,"two\nlines",\n'
        ',,,,,,"a note with no sender, no date",\n'
        f"c1,Ana,{ana},Me,{me},2024-01-03 10:00:00 UTC,thanks,\n",
        encoding="utf-8",
    )
    loaded = load_linkedin_messages(path)
    assert loaded.report.skipped == [(4, "has no sender")]
    assert len(loaded.messages) == 2
    assert loaded.report.rows_read == 3


def test_a_skipped_rows_line_is_found_when_a_quote_sits_inside_a_messages_text(tmp_path):
    # An unquoted 5" splits no row for a CSV reader, but it breaks the quote count that finds
    # lines quickly: the line of the draft below is then found by reading the rows exactly.
    header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,DRAFT"
    header = header.replace("DRAFT", "IS MESSAGE DRAFT")
    me, ana = "https://www.linkedin.com/in/me-1", "https://www.linkedin.com/in/ana-2"
    path = tmp_path / "messages.csv"
    path.write_text(
        f"{header}\n"
        f'c1,Me,{me},Ana,{ana},2024-01-02 10:00:00 UTC,"two\nlines",No\n'
        f'c1,Ana,{ana},Me,{me},2024-01-03 10:00:00 UTC,my 5" screen broke,No\n'
        f'c1,Me,{me},Ana,{ana},2024-01-04 10:00:00 UTC,"still\nthinking",Yes\n',
        encoding="utf-8",
    )
    loaded = load_linkedin_messages(path)
    assert loaded.report.skipped == [(5, "is a draft that was never sent")]
    assert len(loaded.messages) == 2


def test_no_pass_for_lines_is_made_when_no_row_is_reported(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n"
        "c1,Me,https://www.linkedin.com/in/me-1,Ana,https://www.linkedin.com/in/ana-2,"
        '2024-01-02 10:00:00 UTC,"one\ntwo"\n',
        encoding="utf-8",
    )
    assert list(load_linkedin_messages(path).messages.columns) == list(MESSAGE_COLUMNS)


def test_what_the_messages_say_is_not_read(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n"
        "c1,Me,https://www.linkedin.com/in/me-1,Ana,https://www.linkedin.com/in/ana-2,"
        '2024-01-02 10:00:00 UTC,"my private words"\n',
        encoding="utf-8",
    )
    messages = load_linkedin_messages(path).messages
    assert "content" not in messages
    assert not messages.astype(str).apply(lambda c: c.str.contains("private")).any().any()

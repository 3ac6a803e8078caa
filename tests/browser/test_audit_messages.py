"""Workbook 01 in a real JupyterLab with a learner's own, messy messages.csv.

The export carries what real ones do: a byte-order mark, Windows line ends, a message of several
lines with quotes and commas, a draft, a row with text but no sender, a date nobody can read, and
a country subdomain on a profile URL. The learner runs all cells and must see every row counted
(the three unusable ones skipped and said), the audit joined to their messages, and no error.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import REPO
from .lab import (
    Lab,
    assert_no_error_outputs,
    notebook_panel,
    open_notebook,
    run_all_cells,
    running_lab,
)

AUDIT = "workbook/01-audit-your-connections.ipynb"
OWNER = "https://www.linkedin.com/in/tamsin-quarrie-7d2a91"
ROSA = "Rosa Díaz"
# Rows a learner's export may hold beside the sample's: (cells, the draft flag as written).
# Three cannot be used; the one with text only has every column the audit reads blank.
EXTRA = [
    (["c-own-1", "", "Tamsin Quarrie", OWNER, ROSA, "https://uk.linkedin.com/in/rosa-d/",
      "2026-10-01 09:00:00 UTC", "", 'Line one,\nline two "quoted"\nline three', "INBOX"], "No"),
    (["c-own-1", "", "Tamsin Quarrie", OWNER, ROSA, "", "2026-10-02 09:00:00 UTC", "",
      "never sent", "DRAFTS"], "Yes"),
    (["", "", "", "", "", "", "", "", "a pasted note with no sender", ""], ""),
    (["c-own-2", "", ROSA, "https://www.linkedin.com/in/rosa-d", "Tamsin Quarrie", OWNER,
      "yesterday-ish", "", "hi", "INBOX"], "No"),
]  # fmt: skip


def messy_messages(path: Path) -> int:
    """Write the sample's messages plus :data:`EXTRA` as a BOM, CRLF export; return its rows."""
    rows = list(csv.reader(io.StringIO((REPO / "rapport/data/messages.csv").read_text("utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*rows[0], "IS MESSAGE DRAFT"])
    for row in rows[1:]:
        writer.writerow([*row, "No"])
    for row, draft in EXTRA:
        writer.writerow([*row, draft])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return len(rows) - 1 + len(EXTRA)


@pytest.fixture(scope="module")
def messy_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Lab, int]]:
    try:
        with running_lab(tmp_path_factory.mktemp("audit-messages"), [REPO / "workbook"]) as lab:
            assert lab.data_dir is not None
            (lab.data_dir / "Connections.csv").write_bytes(
                (REPO / "rapport/data/Connections.csv").read_bytes()
            )
            yield lab, messy_messages(lab.data_dir / "messages.csv")
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_a_learners_messy_messages_are_counted_joined_and_reported(
    page: Page, messy_lab: tuple[Lab, int]
) -> None:
    from rapport.audit import inch_deep_ratio
    from rapport.audit_builder import build_audit

    lab, total = messy_lab
    assert lab.data_dir is not None
    expected = build_audit(
        str(lab.data_dir / "Connections.csv"), str(lab.data_dir / "messages.csv"), []
    )
    share = inch_deep_ratio(expected.table)
    assert share < 1.0, "the sample's conversations make some connections more than list entries"

    open_notebook(page, lab, AUDIT)
    run_all_cells(page)
    cell = notebook_panel(page).locator(".jp-CodeCell").filter(has_text="audit = build_audit(")
    output = cell.first.locator(".jp-OutputArea")
    expect(output).to_contain_text(
        f"Read {total} rows from messages.csv: kept {total - 3}, skipped 3"
    )
    expect(output).to_contain_text(
        f"{share:.0%} of {len(expected.table)} connections are list entries so far."
    )
    assert_no_error_outputs(page)

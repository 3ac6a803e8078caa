"""01-audit-your-connections in a real JupyterLab: tag contacts with clicks and keys, see the
summary redraw, find the tags again after a reload and a kernel restart, and escape HTML."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from playwright.sync_api import Locator, Page, expect

from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    assert_no_error_outputs,
    expect_svg_aria_label,
    expect_svg_text,
    expect_tagger_at,
    notebook_panel,
    open_notebook,
    restart_kernel_and_run_all,
    run_all_cells,
)

NOTEBOOK = "workbook/01-audit-your-connections.ipynb"
TAGS_FILE = "sample-practice/audit-tags.json"  # practice tags on the sample, kept apart
TIER_LABELS = (
    "0 list entry",
    "1 exchanged messages",
    "2 real conversation",
    "3 mutual understanding",
    "4 trusted",
)
# What a contact in the escaping test is called and works for: markup that must stay text.
EVIL_FIRST_NAME = "<img src=x onerror=window.__pwned=1>"
EVIL_COMPANY = "<b>Bold & Co</b>"
FACTS = ("know_their_goals", "they_know_mine", "helped_them", "helped_me")
ACTIVE = re.compile(r"\bmod-active\b")  # a ToggleButton(s) button that is on
COMMAND_MODE = re.compile(r"\bjp-mod-commandMode\b")


@pytest.fixture(scope="module")
def sample_audit() -> pd.DataFrame:
    """The audit table of the bundled sample with no tags, computed here, not by the notebook."""
    from rapport.audit import audit_table
    from rapport.contacts import read_linkedin_connections
    from rapport.contacts.linkedin_messages import conversation_stats, load_linkedin_messages
    from rapport.data import sample_path

    contacts = read_linkedin_connections(sample_path("Connections.csv"))
    messages = load_linkedin_messages(sample_path("messages.csv"))
    return audit_table(contacts, conversation_stats(messages.messages, messages.owner))


@pytest.fixture
def tags_path(lab: Lab) -> Path:
    """The tags file the notebook's kernels write, removed so that the test starts untagged."""
    assert lab.data_dir is not None, "the lab fixture does not say where RAPPORT_DATA_DIR is"
    path = lab.data_dir / TAGS_FILE
    path.unlink(missing_ok=True)
    return path


def search_hits(audit: pd.DataFrame, query: str) -> int:
    """How many contacts the tagger's Find box matches for ``query`` (name, company, title)."""
    text = audit["name"] + " " + audit["company"] + " " + audit["position"]
    return int(text.str.casefold().str.contains(query.strip().casefold(), regex=False).sum())


def percent(share: float) -> str:
    """Write a share the way the notebook does (f"{share:.0%}")."""
    return f"{share:.0%}"


def cell_types(page: Page) -> list[str]:
    """The type of every cell of the visible notebook, in order ("code" or "markdown")."""
    return (
        notebook_panel(page)
        .locator(".jp-Notebook .jp-Cell")
        .evaluate_all(
            "cells => cells.map(c => c.classList.contains('jp-CodeCell') ? 'code'"
            " : c.classList.contains('jp-MarkdownCell') ? 'markdown' : 'raw')"
        )
    )


def the_tagger(page: Page) -> Locator:
    tagger = notebook_panel(page).locator(".rapport-tagger")
    expect(tagger).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(tagger).to_be_visible(timeout=UI_TIMEOUT_MS)
    return tagger


def tier_button(tagger: Locator, tier: int) -> Locator:
    return tagger.locator(".rapport-tier button").filter(has_text=TIER_LABELS[tier])


def card_name(tagger: Locator) -> Locator:
    return tagger.locator(".rapport-card .rapport-card-name")


def fact_button(tagger: Locator, label: str) -> Locator:
    return tagger.locator("button.widget-toggle-button").filter(
        has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
    )


def next_name(tagger: Locator, previous: str | None) -> str:
    """The name on the card once it shows someone other than ``previous``."""
    name = card_name(tagger)
    expect(name).to_have_count(1, timeout=UI_TIMEOUT_MS)
    if previous is not None:
        # The position line and the card are separate widgets: one may be redrawn first.
        expect(name).not_to_have_text(previous, timeout=UI_TIMEOUT_MS)
    text = (name.text_content() or "").strip()
    assert text, "the contact on the card has no name"
    return text


def expect_tier_selected(tagger: Locator, tier: int | None) -> None:
    """Wait until the tier buttons show ``tier`` as the chosen one (None: no tier chosen)."""
    active = tagger.locator(".rapport-tier button.mod-active")
    if tier is None:
        expect(active).to_have_count(0, timeout=UI_TIMEOUT_MS)
    else:
        expect(active).to_have_count(1, timeout=UI_TIMEOUT_MS)
        expect(active).to_have_text(TIER_LABELS[tier], timeout=UI_TIMEOUT_MS)


def expect_summary(page: Page, summary: Locator, inch_deep: str, deep: int) -> None:
    """Wait until the figures and both charts say ``inch_deep`` and ``deep`` (tier 2 or more)."""
    figures = summary.locator(".rapport-audit-figures")
    try:
        expect(figures).to_contain_text(
            f"{inch_deep} inch-deep (list entries) · {deep} at tier 2 or deeper",
            timeout=UI_TIMEOUT_MS,
        )
        expect_svg_text(summary, "How deep is the list?")
        expect_svg_text(summary, f"{inch_deep} are list entries")
        expect_svg_text(summary, "Depth pyramid")
        # The pyramid's bar for tier 2 counts the contacts at tier 2 or deeper.
        expect_svg_aria_label(
            summary, re.compile(rf"label: 2 real conversation;.*\bat_least: {deep};")
        )
    except AssertionError:
        assert_no_error_outputs(page)
        raise


def test_tags_made_with_clicks_and_keys_are_saved_summarised_and_restored(
    page: Page, lab: Lab, sample_audit: pd.DataFrame, tags_path: Path
) -> None:
    total = len(sample_audit)
    before = percent((sample_audit["tier"] == 0).mean())
    assert int((sample_audit["tier"] >= 2).sum()) == 0, "the sample has no tier 2+ without tags"

    # 1. Run All: the tagger starts on the first of everyone, nobody tagged.
    open_notebook(page, lab, NOTEBOOK)
    run_all_cells(page)
    tagger = the_tagger(page)
    summary = notebook_panel(page).locator(".rapport-audit-summary")
    expect(summary).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect_tagger_at(page, tagger, 1, total, 0)
    expect_tier_selected(tagger, None)
    expect(tagger.locator(".rapport-tier button")).to_have_text(list(TIER_LABELS))
    expect_summary(page, summary, before, 0)

    # 2. Tag the first two contacts with clicks: each saves and moves on to the next.
    tagged: dict[str, int] = {}
    name = None
    for position, tier in ((1, 2), (2, 3)):
        name = next_name(tagger, name)
        expect_tier_selected(tagger, None)
        tier_button(tagger, tier).click()
        expect_tagger_at(page, tagger, position + 1, total, position)
        tagged[name] = tier

    # ... and the third with the keyboard, in command mode with the focus inside the tagger.
    name = next_name(tagger, name)
    expect_tier_selected(tagger, None)
    expect(tagger).to_have_attribute("data-lm-suppress-shortcuts", "true")
    keys = tagger.locator(".rapport-keys")
    keys.click()
    expect(keys).to_be_focused()
    expect(notebook_panel(page).locator(".jp-Notebook")).to_have_class(COMMAND_MODE)
    cells_before = cell_types(page)
    page.keyboard.press("4")
    expect_tagger_at(page, tagger, 4, total, 3)
    tagged[name] = 4
    assert len(tagged) == 3, f"the same contact was shown twice: {tagged}"
    next_name(tagger, name)
    expect_tier_selected(tagger, None)

    # The fact keys toggle the facts of the contact now shown (here on, then off again). In
    # command mode "m" and "b" are also JupyterLab's "change the cell to Markdown" and "insert a
    # cell below", and would fire with the focus anywhere in the notebook (JupyterLab 4 binds
    # "1"-"6", the heading shortcuts, to a focused Markdown cell only: no widget can set them
    # off). The tagger must keep its keys to itself.
    def no_notebook_shortcut_ran(after: str) -> None:
        cells = cell_types(page)
        assert cells == cells_before, (
            f"{after} in the tagger also ran a JupyterLab notebook shortcut: the cells were "
            f"{cells_before}, now {cells}"
        )

    for key, fact in (("m", "they know mine"), ("b", "they helped me")):
        button = fact_button(tagger, fact)
        for on in (True, False):
            page.keyboard.press(key)
            try:
                if on:
                    expect(button).to_have_class(ACTIVE, timeout=UI_TIMEOUT_MS)
                else:
                    expect(button).not_to_have_class(ACTIVE, timeout=UI_TIMEOUT_MS)
            except AssertionError:
                no_notebook_shortcut_ran(f"pressing {key!r}")  # the likelier explanation
                assert_no_error_outputs(page)
                raise
    expect_tagger_at(page, tagger, 4, total, 3)
    no_notebook_shortcut_ran("pressing 4, m and b")
    expect(keys).to_be_focused()
    expect(notebook_panel(page).locator(".jp-Notebook")).to_have_class(COMMAND_MODE)

    # The summary redraws: computed from the sample with these three tiers set.
    rows = {name: sample_audit.index[sample_audit["name"] == name] for name in tagged}
    ambiguous = {name: len(index) for name, index in rows.items() if len(index) != 1}
    assert not ambiguous, f"tagged names that are not exactly one sample contact: {ambiguous}"
    after_audit = sample_audit.copy()
    for name, tier in tagged.items():
        after_audit.loc[rows[name], "tier"] = tier
    after = percent((after_audit["tier"] == 0).mean())
    assert after != before, (
        f"tagging {sorted(tagged)} leaves the inch-deep ratio at {before}: the sample no "
        "longer tests that the chart redraws"
    )
    expect_summary(page, summary, after, 3)
    assert_no_error_outputs(page)

    # 3. The tags file holds exactly those three tiers, and no fact was switched on.
    expected = {sample_audit.at[rows[name][0], "contact_id"]: tier for name, tier in tagged.items()}
    assert tags_path.is_file(), f"no {TAGS_FILE} in RAPPORT_DATA_DIR ({tags_path.parent})"
    saved = json.loads(tags_path.read_text(encoding="utf-8"))["tags"]
    tiers = {cid: tag.get("tier") for cid, tag in saved.items() if tag.get("tier") is not None}
    assert tiers == expected, f"saved tiers {tiers}, expected {expected} (names {tagged})"
    switched_on = {cid: [f for f in FACTS if tag.get(f)] for cid, tag in saved.items()}
    switched_on = {cid: facts for cid, facts in switched_on.items() if facts}
    assert not switched_on, f"facts saved although none was toggled: {switched_on}"

    # 4. Reload the page, restart the kernel and run all: the tags come back from the file.
    open_notebook(page, lab, NOTEBOOK)
    restart_kernel_and_run_all(page)
    first_prompt = notebook_panel(page).locator(".jp-CodeCell .jp-InputPrompt").first
    expect(first_prompt).to_have_text(re.compile(r"\[1\]"), timeout=UI_TIMEOUT_MS)
    tagger = the_tagger(page)
    # Tagging resumes at the next untagged contact: the first three were tagged above.
    expect_tagger_at(page, tagger, 4, total, 3)
    expect_tier_selected(tagger, None)
    summary = notebook_panel(page).locator(".rapport-audit-summary")
    expect_summary(page, summary, after, 3)
    find = tagger.get_by_label("Find", exact=True)
    for name, tier in tagged.items():
        assert search_hits(sample_audit, name) == 1, f"searching {name!r} finds others too"
        find.fill(name)
        expect(card_name(tagger)).to_have_text(name, timeout=UI_TIMEOUT_MS)
        expect(tagger).to_contain_text("1 of 1 in this list", timeout=UI_TIMEOUT_MS)
        expect_tier_selected(tagger, tier)
    # An untagged contact shows no tier (the buttons are not stuck on the last one).
    untagged = next(
        n for n in sample_audit["name"] if n not in tagged and search_hits(sample_audit, n) == 1
    )
    find.fill(untagged)
    expect(card_name(tagger)).to_have_text(untagged, timeout=UI_TIMEOUT_MS)
    expect_tier_selected(tagger, None)
    expect(tagger.locator(".rapport-progress")).to_have_text(f"3 of {total} tagged")

    # "0" pressed twice is JupyterLab's "restart the kernel" in command mode: in the tagger it
    # tags the contact a list entry, and the second press only confirms it.
    keys = tagger.locator(".rapport-keys")
    keys.click()
    expect(notebook_panel(page).locator(".jp-Notebook")).to_have_class(COMMAND_MODE)
    page.keyboard.press("0")
    page.keyboard.press("0")
    expect(tagger.locator(".rapport-progress")).to_have_text(
        f"4 of {total} tagged", timeout=UI_TIMEOUT_MS
    )
    expect(card_name(tagger)).to_have_text(untagged)
    expect_tier_selected(tagger, 0)
    page.wait_for_timeout(500)  # JupyterLab would have opened its "Restart Kernel?" dialog
    expect(page.locator(".jp-Dialog")).to_have_count(0)
    assert_no_error_outputs(page)


def write_connections_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """Write a LinkedIn Connections.csv: a notes line, a blank line, the header, the rows."""
    header = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write('Notes:\n"A test export: every person in it is fictional."\n\n')
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def notebook_reading(lab: Lab, csv_path: Path, name: str) -> str:
    """Write a copy of the audit notebook whose parameters read ``csv_path``; return its path."""
    notebook = nbformat.read(lab.root_dir / NOTEBOOK, as_version=4)
    parameters = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1, "the audit notebook needs exactly one 'parameters' cell"
    source = parameters[0].source
    assert re.search(r"^connections_csv = ", source, re.MULTILINE), source
    parameters[0].source = re.sub(
        r"^connections_csv = .*$",
        f"connections_csv = {str(csv_path)!r}",
        source,
        count=1,
        flags=re.MULTILINE,
    )
    relative = str(Path(NOTEBOOK).parent / name)
    nbformat.write(notebook, lab.root_dir / relative)
    return relative


def test_names_and_companies_that_look_like_html_are_shown_as_text(page: Page, lab: Lab) -> None:
    csv_path = lab.root_dir / "workbook" / "escaping-connections.csv"
    evil = {
        "First Name": EVIL_FIRST_NAME,
        "Last Name": "Tester",
        "URL": "https://www.linkedin.com/in/html-tester",
        "Email Address": "",
        "Company": EVIL_COMPANY,
        "Position": "<i>Chief</i> Escaper",
        "Connected On": "02 Mar 2026",  # the latest: the card shows this contact first
    }
    plain = {
        "First Name": "Plain",
        "Last Name": "Person",
        "URL": "https://www.linkedin.com/in/plain-person",
        "Email Address": "",
        "Company": "Plain Ltd",
        "Position": "Engineer",
        "Connected On": "01 Jan 2020",
    }
    write_connections_csv(csv_path, [evil, plain])
    path = notebook_reading(lab, csv_path, "01-audit-escaping.ipynb")

    open_notebook(page, lab, path)
    page.evaluate("() => { delete window.__pwned; }")
    run_all_cells(page)
    panel = notebook_panel(page)
    expect(panel).to_contain_text("escaping-connections.csv", timeout=UI_TIMEOUT_MS)
    tagger = the_tagger(page)
    expect_tagger_at(page, tagger, 1, 2, 0)

    evil_name = f"{EVIL_FIRST_NAME} Tester"
    card = tagger.locator(".rapport-card")
    expect(card_name(tagger)).to_have_text(evil_name, timeout=UI_TIMEOUT_MS)
    expect(card).to_contain_text(EVIL_COMPANY)
    expect(card).to_contain_text("<i>Chief</i> Escaper")

    # Saving shows the name in the status line, and a fact puts the contact on the short list
    # ("you know their goals; they do not know yours yet") with name and company.
    fact_button(tagger, "I know their goals").click()
    expect(tagger).to_contain_text(f"saved {evil_name}", timeout=UI_TIMEOUT_MS)
    shortlist = panel.locator(".rapport-audit-summary .rapport-shortlist")
    expect(shortlist).to_contain_text(evil_name, timeout=UI_TIMEOUT_MS)
    expect(shortlist).to_contain_text(EVIL_COMPANY)
    assert_no_error_outputs(page)

    # Markup stayed text everywhere: no element was made from it, and no handler ran.
    expect(page.locator('img[src="x"]')).to_have_count(0)
    expect(tagger.locator(".rapport-card b", has_text="Bold & Co")).to_have_count(0)
    expect(shortlist.locator("b", has_text=re.compile(r"^Bold & Co$"))).to_have_count(0)
    expect(tagger.locator(".rapport-card i", has_text="Chief")).to_have_count(0)
    page.wait_for_timeout(500)  # an <img src=x> would have failed to load and run onerror
    assert page.evaluate("() => window.__pwned") is None, "window.__pwned was set: HTML ran"

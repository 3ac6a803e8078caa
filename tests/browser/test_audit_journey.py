"""The audit journey of a learner who brought their own LinkedIn export, in real JupyterLab.

A private data folder (never the repository's sample) holds a realistic ``Connections.csv`` made
here: a byte-order mark, the "Notes:" preamble, messy names and companies, blank emails, a
closed account with no name. The learner:

1. opens workbook 01 and runs all: the audit counts their own connections, says it has no
   messages of theirs, and nothing of the sample is in it;
2. tags 20 contacts by keyboard in the Tagger, pressing two fact keys about 150 ms apart on one
   card; the tag store on disk (read with the kit's own loader) holds all 20 tiers and both facts,
   each on the contact the card showed;
3. restarts the kernel from the Kernel menu and runs all again: the tags are kept and tagging
   resumes at card 21;
4. points the notebook at a spreadsheet's re-save (Windows-1252): it imports and says which
   encoding it read; then at a download that stopped early: one short paragraph says it looks cut
   off and to download it again, and no traceback is shown.

Workbook 00 is walked with the same export: the learner's own count and a year picked from the
dropdown. Keypress-to-card latencies (measured in the page with ``performance.now()``) and the
time of each step are printed, never asserted.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import REPO
from .lab import (
    UI_TIMEOUT_MS,
    Lab,
    assert_no_error_outputs,
    expect_tagger_at,
    notebook_panel,
    open_notebook,
    restart_kernel_and_run_all,
    run_all_cells,
    running_lab,
)

AUDIT = "workbook/01-audit-your-connections.ipynb"
START = "workbook/00-start-here.ipynb"
TAGS_FILE = "audit-tags.json"
TO_TAG = 20
FACT_CARD = 6  # the card on which two fact keys are pressed in quick succession
FACT_KEYS = (("g", "know_their_goals"), ("h", "helped_them"))
FACT_GAP_MS = 150
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    'missing. You will only see email addresses for connections who have allowed it."\n'
    "\n"
)
HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
# Messy, as real exports are: accents, stray spaces, capitals, quotes and commas in fields,
# blank companies and titles, an emoji, a suffix after a comma. Every person is made up.
FIRST = (
    "Zoë", "  Rahul", "DANIEL", "Siobhán", "José María", "mei", "Olúwaseun", "Grzegorz",
    "Anaïs", "Tomás", "Priyanka", "Lars-Erik", "Fatima", "Kenji", "Ngozi", "Hamish",
    "Leilani", "Bogdan", "Yusra", "Cormac", "Ilse", "Thandiwe", "Mateus", "Saoirse",
    "Dmitri", "Ana Lucía", "Ruairí", "Chiamaka", "Henrik", "Esperanza", "Wojciech", "Amara",
    "Teodor", "Nadia 🌱", "Rafael", "Ottilie", "Kofi", "Margarethe", "Jun", "Élodie",
    "Bartholomew", "Yara",
)  # fmt: skip
LAST = (
    "Van der Berg", "Iyer  ", "o'connell", "Ní Bhriain", "García-Rojas", "LIN", "Adeyemi",
    "Brzęczyszczykiewicz", "Rousseau", "Ó Súilleabháin", "Deshpande, PhD", "Lindqvist",
    "Al-Sayed", "Watanabe", "Okonkwo", "MacAulay", "Kahananui", "Petrescu", "Haddad",
    "Ó Dálaigh", "Vermeulen", "Dlamini", "Figueiredo", "Ní Chonaill", "Volkov", "Restrepo",
    "Mac Giolla", "Eze", "Solberg", "Quispe", "Kowalczyk", "Mensah", "Georgiev", "Rahimi",
    "Esteves", "Lindgren", "Boateng", "Hauser", "Takahashi", "Marchand", "Fairweather",
    "Haddadin",
)  # fmt: skip
COMPANIES = (
    "Harbourlight Clinics", "Fernbrook Analytics, Inc.", "", 'The "Good Bread" Bakery',
    "Saltmarsh Foods, Ltd.", "Northgate Council", "freelance", "Quarry & Vine",
)  # fmt: skip
POSITIONS = (
    "Data Engineer", "Head of Nursing, Night Shifts", "", "Product Designer",
    "Supply Chain Lead", "Teacher", "UX Researcher (contract)",
)  # fmt: skip
# A spreadsheet's re-save of an export: Windows-1252, curly apostrophe and accents.
RESAVED_PEOPLE = (
    ("Zoë", "D’Arcy", "Café Müller"),
    ("François", "Lefèvre", "Señor Façades"),
    ("Åsa", "Nyström", "Björk & Sønner"),
)


# ------------------------------------------------------------------------------------------------
# The learner's exports


def connection_rows() -> list[list[str]]:
    """The rows of the learner's export: 42 people and one closed account, newest first."""
    rows = []
    start = pd.Timestamp("2025-11-20")
    for i, (first, last) in enumerate(zip(FIRST, LAST, strict=True)):
        slug = re.sub(r"[^a-z]+", "-", f"{first} {last}".lower()).strip("-")
        url = "" if i % 11 == 10 else f"https://www.linkedin.com/in/{slug}-{i}"
        email = f"{slug}@example.org" if i % 9 == 4 else ""
        day = (start - pd.Timedelta(days=37 * i)).strftime("%d %b %Y")
        rows.append([first, last, url, email, COMPANIES[i % len(COMPANIES)], POSITIONS[i % 7], day])
    rows.append(["", "", "", "", "Quietwater Ltd", "Consultant", "03 Jan 2015"])  # closed account
    return rows


def csv_text(rows: list[list[str]]) -> str:
    """The export's text: the preamble, the header and the rows, quoted as LinkedIn quotes."""

    def field(value: str) -> str:
        if any(c in value for c in ',"\n'):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [",".join(HEADER)] + [",".join(field(v) for v in row) for row in rows]
    return PREAMBLE + "\n".join(lines) + "\n"


def write_exports(data_dir: Path, downloads: Path) -> dict[str, Path]:
    """Write the learner's own export and two broken ones; return their paths."""
    own = data_dir / "Connections.csv"
    own.write_text(csv_text(connection_rows()), encoding="utf-8-sig")
    downloads.mkdir(parents=True, exist_ok=True)
    resaved = downloads / "Connections-resaved.csv"
    rows = [
        [f, last, "", "", company, "Owner", "0" + str(i + 1) + " Mar 2024"]
        for i, (f, last, company) in enumerate(RESAVED_PEOPLE)
    ]
    resaved.write_bytes(csv_text(rows).encode("cp1252"))
    cut_off = downloads / "Connections-partial.csv"
    text = csv_text(connection_rows()).encode("utf-8-sig")
    cut_off.write_bytes(text[: text.index(b"Hamish")] + b'Hamish,MacAulay,,,"Saltmarsh Fo')
    return {"own": own, "resaved": resaved, "cut_off": cut_off}


@pytest.fixture(scope="module")
def own_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """One JupyterLab for the module, whose learner data folder holds the learner's export."""
    try:
        with running_lab(tmp_path_factory.mktemp("audit-journey"), [REPO / "workbook"]) as lab:
            assert lab.data_dir is not None
            write_exports(lab.data_dir, lab.root_dir / "downloads")
            yield lab
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def own_contacts(own_lab: Lab) -> pd.DataFrame:
    """The learner's contacts as the kit reads them, with their ids."""
    from rapport.contacts import load_contacts

    loaded = load_contacts(own_lab.data_dir / "Connections.csv")
    assert loaded.report.rows_read == len(FIRST) + 1, loaded.report.summary()
    return loaded.contacts


# ------------------------------------------------------------------------------------------------
# Page helpers

# Installed once per page: the time of the latest key pressed in the tagger, and of the first
# change of the card's name after it (performance.now(), in milliseconds).
_WATCH_CARD = """tagger => {
  const state = {pressed: null, changed: null, before: null};
  const name = () => {
    const el = tagger.querySelector('.rapport-card .rapport-card-name');
    return el ? el.textContent : null;
  };
  tagger.addEventListener('keydown', () => {
    state.pressed = performance.now();
    state.changed = null;
    state.before = name();
  }, true);
  new MutationObserver(() => {
    if (state.pressed !== null && state.changed === null && name() !== state.before)
      state.changed = performance.now();
  }).observe(tagger, {subtree: true, childList: true, characterData: true});
  window.__rapportCard = state;
}"""
_CARD_LATENCY = """() => {
  const s = window.__rapportCard;
  return s && s.changed !== null ? s.changed - s.pressed : null;
}"""


# Buttons of the tagger whose label does not fit (JupyterLab cuts it with an ellipsis).
_CUT_LABELS = """tagger => [...tagger.querySelectorAll('button')]
  .filter(b => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
  .map(b => b.textContent.trim())"""


def the_tagger(page: Page) -> Locator:
    tagger = notebook_panel(page).locator(".rapport-tagger")
    expect(tagger).to_have_count(1, timeout=UI_TIMEOUT_MS)
    expect(tagger).to_be_visible(timeout=UI_TIMEOUT_MS)
    return tagger


def card_name(tagger: Locator) -> str:
    name = tagger.locator(".rapport-card .rapport-card-name")
    expect(name).to_have_count(1, timeout=UI_TIMEOUT_MS)
    return (name.text_content() or "").strip()


def fact_button(tagger: Locator, fact: str) -> Locator:
    from rapport.tiers import FACT_LABELS

    label = re.escape(FACT_LABELS[fact])
    return tagger.locator("button.widget-toggle-button").filter(
        has_text=re.compile(rf"^\s*{label}\s*$")
    )


def output_of_cell_with(page: Page, code: str) -> Locator:
    """The output area of the code cell whose source contains ``code``."""
    cell = notebook_panel(page).locator(".jp-CodeCell").filter(has_text=code).first
    return cell.locator(".jp-OutputArea")


def set_parameter(page: Page, name: str, value: str) -> None:
    """Change ``name = ...`` in the parameters cell by typing in its editor, as a learner does."""
    cell = notebook_panel(page).locator(".jp-CodeCell").filter(has_text=f"{name} = ").first
    editor = cell.locator(".cm-content")
    line = editor.locator(".cm-line").filter(has_text=re.compile(rf"^{name} = "))
    line.click()
    page.keyboard.press("End")
    page.keyboard.press("Shift+Home")
    page.keyboard.type(f"{name} = {value!r}")
    expect(line).to_have_text(f"{name} = {value!r}", timeout=UI_TIMEOUT_MS)
    page.keyboard.press("Escape")  # back to command mode, as before Run All


def expect_figures(page: Page, total: int, list_entries: int, deep: int) -> None:
    """Wait until the summary's figures count ``total`` contacts and these tiers."""
    figures = notebook_panel(page).locator(".rapport-audit-summary .rapport-audit-figures")
    expected = (
        f"{total} connections · {list_entries / total:.0%} inch-deep (list entries) · "
        f"{deep} at tier 2 or deeper"
    )
    try:
        expect(figures).to_contain_text(expected, timeout=UI_TIMEOUT_MS)
    except AssertionError:
        assert_no_error_outputs(page)
        raise


def shot(page: Page, name: str) -> None:
    """Save a screenshot for a person to look at (under /tmp/journey-shots)."""
    folder = Path("/tmp/journey-shots")
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"audit-{name}.png"), full_page=False)


def tier_for(card: int) -> int:
    """The tier the learner gives the ``card``-th contact: mostly list entries and messages."""
    return (0, 1, 0, 2, 1, 3, 0, 1, 4, 0)[(card - 1) % 10]


# ------------------------------------------------------------------------------------------------
# The journeys


def test_a_learner_audits_and_tags_their_own_export(
    page: Page, own_lab: Lab, own_contacts: pd.DataFrame, capsys: pytest.CaptureFixture
) -> None:
    from rapport.tags import TagStore

    total = len(own_contacts)
    steps: dict[str, float] = {}
    started = time.monotonic()

    # 1. Run all: the learner's own connections, no messages of theirs, nothing of the sample.
    open_notebook(page, own_lab, AUDIT)
    run_all_cells(page)
    steps["open and run all"] = time.monotonic() - started
    described = output_of_cell_with(page, "audit = build_audit(")
    expect(described).to_contain_text(
        f"Your own files (they stay on this machine). Contacts: {own_lab.data_dir}"
    )
    expect(described).to_contain_text(f"Read {total} rows from Connections.csv: kept {total}")
    expect(described).to_contain_text("No messages.csv of yours")
    expect(described).to_contain_text(f"100% of {total} connections are list entries so far.")
    expect(described).not_to_contain_text("SAMPLE")
    panel = notebook_panel(page)
    expect(panel.locator(".rapport-sample-banner")).to_have_count(0)
    tagger = the_tagger(page)
    expect_tagger_at(page, tagger, 1, total, 0)
    expect(tagger.locator(".rapport-card")).to_contain_text("No messages in your export.")
    expect_figures(page, total, total, 0)
    tagger.scroll_into_view_if_needed()
    shot(page, "1-run-all")
    assert tagger.evaluate(_CUT_LABELS) == [], "button labels cut off in the tagger"
    assert_no_error_outputs(page)

    # 2. Tag 20 contacts by keyboard, with two fact keys pressed ~150 ms apart on one card.
    keys = tagger.locator(".rapport-keys")
    keys.click()
    expect(keys).to_be_focused()
    tagger.evaluate(_WATCH_CARD)
    tagged: dict[str, int] = {}
    latencies: list[float] = []
    step = time.monotonic()
    for card in range(1, TO_TAG + 1):
        name = card_name(tagger)
        assert name, f"card {card} shows no name"
        assert name not in tagged, f"card {card} shows {name!r} again"
        if card == FACT_CARD:
            fact_name = name
            page.keyboard.press(FACT_KEYS[0][0])
            page.wait_for_timeout(FACT_GAP_MS)
            page.keyboard.press(FACT_KEYS[1][0])
            for _, fact in FACT_KEYS:
                expect(fact_button(tagger, fact)).to_have_class(
                    re.compile(r"\bmod-active\b"), timeout=UI_TIMEOUT_MS
                )
            shot(page, "2-two-facts")
        page.keyboard.press(str(tier_for(card)))
        expect_tagger_at(page, tagger, card + 1, total, card)
        expect(tagger.locator(".rapport-card .rapport-card-name")).not_to_have_text(
            name, timeout=UI_TIMEOUT_MS
        )
        page.wait_for_function(f"({_CARD_LATENCY})() !== null", timeout=UI_TIMEOUT_MS)
        latencies.append(page.evaluate(_CARD_LATENCY))
        tagged[name] = tier_for(card)
    steps["tag 20 by keyboard"] = time.monotonic() - step
    shot(page, "3-twenty-tagged")
    assert_no_error_outputs(page)

    # The tag store on disk, read with the kit's loader: every tier and both facts, each on the
    # contact whose card showed when its key was pressed.
    ids = {}
    for name in tagged:
        matches = own_contacts.loc[own_contacts["name"] == name, "contact_id"]
        assert len(matches) == 1, f"the card showed {name!r}: {len(matches)} contacts match"
        ids[name] = matches.iloc[0]
    store = TagStore(own_lab.data_dir / TAGS_FILE)
    saved = store.frame()
    tiers = {cid: int(t) for cid, t in saved["tier"].dropna().items()}
    assert tiers == {ids[name]: tier for name, tier in tagged.items()}
    facts = {
        cid: sorted(f for _, f in FACT_KEYS if bool(saved.at[cid, f]))
        for cid in saved.index
        if any(bool(saved.at[cid, f]) for _, f in FACT_KEYS)
    }
    assert facts == {ids[fact_name]: sorted(f for _, f in FACT_KEYS)}, (
        f"facts saved {facts}; both {[f for _, f in FACT_KEYS]} were pressed on {fact_name!r}"
    )

    # 3. Restart the kernel from the Kernel menu and run all: tags kept, resume at card 21.
    step = time.monotonic()
    restart_kernel_and_run_all(page)
    steps["restart and run all"] = time.monotonic() - step
    tagger = the_tagger(page)
    expect_tagger_at(page, tagger, TO_TAG + 1, total, TO_TAG)
    expect(tagger.locator(".rapport-tier button.mod-active")).to_have_count(0)
    described = output_of_cell_with(page, "audit = build_audit(")
    expect(described).to_contain_text(f"Tags: {TO_TAG} contacts tagged so far, saved in")
    # The summary counts the learner's tiers: the untagged and tier-0 contacts are list entries.
    tiers = list(tagged.values())
    expect_figures(page, total, total - TO_TAG + tiers.count(0), sum(t >= 2 for t in tiers))
    # The contact with the two facts still has them, and its tier.
    tagger.get_by_label("Find", exact=True).fill(fact_name)
    expect(tagger.locator(".rapport-card .rapport-card-name")).to_have_text(
        fact_name, timeout=UI_TIMEOUT_MS
    )
    for _, fact in FACT_KEYS:
        expect(fact_button(tagger, fact)).to_have_class(re.compile(r"\bmod-active\b"))
    expect(tagger.locator(".rapport-tier button.mod-active")).to_have_count(1)
    shot(page, "4-after-restart")
    assert_no_error_outputs(page)

    p50 = statistics.median(latencies)
    p95 = statistics.quantiles(latencies, n=20, method="inclusive")[18]
    with capsys.disabled():
        print(
            f"\naudit journey ({total} contacts): keypress-to-card over {len(latencies)} tags "
            f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {max(latencies):.0f} ms; "
            + "; ".join(f"{what} {secs:.1f} s" for what, secs in steps.items())
        )


def test_a_learner_imports_a_resaved_file_and_a_cut_off_one(
    page: Page, own_lab: Lab, capsys: pytest.CaptureFixture
) -> None:
    started = time.monotonic()
    downloads = own_lab.root_dir / "downloads"
    open_notebook(page, own_lab, AUDIT)

    # A spreadsheet's re-save in Windows-1252: it imports, and says how it was read.
    set_parameter(page, "connections_csv", str(downloads / "Connections-resaved.csv"))
    run_all_cells(page)
    described = output_of_cell_with(page, "audit = build_audit(")
    expect(described).to_contain_text(
        f"Read {len(RESAVED_PEOPLE)} rows from Connections-resaved.csv: kept {len(RESAVED_PEOPLE)}"
    )
    expect(described).to_contain_text("it was read as Windows-1252")
    tagger = the_tagger(page)
    first, last, company = RESAVED_PEOPLE[0]
    card = tagger.locator(".rapport-card")
    tagger.get_by_label("Find", exact=True).fill(last)
    expect(card).to_contain_text(f"{first} {last}", timeout=UI_TIMEOUT_MS)
    expect(card).to_contain_text(company)
    shot(page, "5-resaved")

    # A download that stopped part-way: one short paragraph, and no traceback.
    set_parameter(page, "connections_csv", str(downloads / "Connections-partial.csv"))
    run_all_cells(page)
    output = output_of_cell_with(page, "audit = build_audit(")
    expect(output).to_contain_text("looks cut off", timeout=UI_TIMEOUT_MS)
    expect(output).to_contain_text("Connections-partial.csv")
    expect(output).to_contain_text("download", ignore_case=True)
    shot(page, "6-cut-off")
    text = output.inner_text()
    assert "Traceback" not in text, text
    assert len(text.strip().splitlines()) <= 3, f"more than a short paragraph:\n{text}"
    panel_text = notebook_panel(page).locator(".jp-OutputArea").all_inner_texts()
    assert not [t for t in panel_text if "Traceback" in t], panel_text
    with capsys.disabled():
        print(f"\naudit journey, broken files: {time.monotonic() - started:.1f} s")


def test_a_learner_looks_at_their_own_years_in_workbook_00(
    page: Page, own_lab: Lab, own_contacts: pd.DataFrame
) -> None:
    years = own_contacts["connected_on"].dt.year.dropna().astype(int)
    year = int(years.value_counts().sort_index().idxmax())
    count = int((years == year).sum())

    panel = open_notebook(page, own_lab, START)
    run_all_cells(page)
    expect(panel).to_contain_text("Using your own file", timeout=UI_TIMEOUT_MS)
    total = len(own_contacts)
    expect(panel).to_contain_text(f"Read {total} rows from Connections.csv: kept {total}")
    explorer = panel.locator(".rapport-year-explorer").first
    select = explorer.locator(".widget-dropdown select")
    chosen = "s => s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text.replace(/\\s+/g, ' ')"
    assert select.evaluate(chosen) == "All years", "the year dropdown starts blank"
    summary = explorer.locator(".rapport-year-summary")
    expect(summary).to_contain_text(f"You added {int(years.size)} connections")
    select.select_option(label=str(year))
    expect(summary).to_contain_text(f"In {year} you added {count} connections")
    shot(page, "7-start-here")
    assert_no_error_outputs(page)

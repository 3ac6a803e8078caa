import csv
import html
import io
import json
import re
import secrets
from datetime import date
from pathlib import Path

import pytest

from rapport.class_report import (
    MIN_LEARNERS,
    before_after,
    build_class_report,
    ratio_histogram,
    tier_shares,
    weekly_means,
)
from rapport.cli import main
from rapport.contacts import load_contacts
from rapport.data import sample_path
from rapport.sample_data import generate
from rapport.summary import (
    AUDIT_FIELDS,
    SCHEMA,
    SCHEMA_VERSION,
    TOP_FIELDS,
    WEEK_FIELDS,
    export_summary,
    summarise,
)
from rapport.tags import TagStore
from rapport.tracker import TrackerStore

SAMPLE_DIR = sample_path("Connections.csv").parent


def fake(n, tiers, weeks=None, workshop=True, sample=False):
    """A valid summary with the given tier counts and weeks {offset: (people, inter, give, ask)}."""
    weeks = weeks or {}
    total = sum(tiers)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "learner_token": f"{n:016x}",
        "sample_data": sample,
        "workshop_date_given": workshop,
        "exported_week": max(weeks, default=0),
        "audit": {
            "connections": total,
            "tagged": 0,
            "tier_counts": list(tiers),
            "inch_deep_ratio": round(tiers[0] / total, 4) if total else 0.0,
            "exchanged": 0,
            "dormant": 0,
            "dormant_share": 0.0,
            "replies_owed": 0,
            "added_per_year": {"2024": total},
        },
        "tracker": {
            "weeks": {
                str(o): dict(zip(("people", "interactions", "gives", "asks"), w, strict=True))
                for o, w in weeks.items()
            }
        },
    }


COHORT = [
    fake(1, [8, 2, 0, 0, 0], {-1: (2, 3, 1, 0), 0: (4, 4, 2, 1), 5: (1, 1, 0, 0)}),
    fake(2, [3, 1, 1, 0, 0], {-1: (0, 0, 0, 0), 0: (2, 2, 0, 0)}),
    fake(3, [0, 0, 0, 1, 1], {-1: (1, 1, 1, 0), 0: (3, 3, 1, 1)}),
    fake(4, [5, 0, 0, 0, 0], {-1: (10, 10, 9, 0), 0: (10, 10, 9, 0)}, workshop=False),
]


def write_cohort(folder, summaries=COHORT):
    return [export_summary(folder / f"learner-{i}.json", s) for i, s in enumerate(summaries)]


def test_ratio_histogram_puts_each_learner_in_its_tenth():
    counts = dict(zip(*ratio_histogram(COHORT).to_dict("list").values(), strict=True))
    assert counts["80-90%"] == 1  # 0.8
    assert counts["60-70%"] == 1  # 0.6
    assert counts["0-10%"] == 1  # 0.0
    assert counts["90-100%"] == 1  # 1.0 belongs to the last tenth
    assert sum(counts.values()) == 4


def test_tier_shares_are_the_mean_of_each_learners_shares():
    shares = tier_shares(COHORT)["share"].tolist()
    expected = [(0.8 + 0.6 + 0.0 + 1.0) / 4, (0.2 + 0.2) / 4, 0.2 / 4, 0.5 / 4, 0.5 / 4]
    assert shares == pytest.approx(expected)


def test_weekly_means_leave_out_weeks_few_learners_logged_and_dateless_summaries():
    means = weekly_means(COHORT).set_index("offset")
    assert list(means.index) == [-1, 0]  # week 5 was logged by one learner only
    assert means.loc[-1, "learners"] == 3  # the learner without a workshop date is not counted
    assert means.loc[-1, "people"] == pytest.approx((2 + 0 + 1) / 3)
    assert means.loc[0, "interactions"] == pytest.approx((4 + 2 + 3) / 3)
    assert means.loc[0, "asks"] == pytest.approx(2 / 3)


def test_before_and_after_average_each_learner_first():
    table = before_after(COHORT).set_index("period")
    assert table.loc["before", "people"] == pytest.approx((2 + 0 + 1) / 3)
    # learner 1 averages weeks 0 and 5: (4 + 1) / 2
    assert table.loc["from the workshop week", "people"] == pytest.approx((2.5 + 2 + 3) / 3)
    assert table["learners"].tolist() == [3, 3]


def test_invalid_files_are_counted_and_listed_by_name_never_dropped(tmp_path):
    folder = tmp_path / "summaries"
    write_cohort(folder)
    tampered = fake(9, [1, 0, 0, 0, 0]) | {"favourite_contact": "Ottoline Brackenbury"}
    (folder / "tampered.json").write_text(json.dumps(tampered), encoding="utf-8")
    (folder / "<b>odd&name.json").write_text("{not json", encoding="utf-8")
    (folder / "notes.txt").write_text("Ottoline Brackenbury", encoding="utf-8")
    export_summary(folder / "again.json", COHORT[0] | {"exported_week": -3})  # same learner
    report = build_class_report([folder], tmp_path / "report.html")
    assert report.learners == 4
    skipped = dict(report.skipped)
    assert set(skipped) == {"tampered.json", "<b>odd&name.json", "notes.txt", "again.json"}
    assert "not part of the format" in skipped["tampered.json"]
    assert "not valid JSON" in skipped["<b>odd&name.json"]
    assert "same learner" in skipped["again.json"]
    page = report.path.read_text(encoding="utf-8")
    assert "Files not counted (4)" in page
    assert html.escape("<b>odd&name.json") in page
    assert "<b>odd" not in page
    assert "ottoline" not in page.casefold()


def test_a_small_cohort_gets_counts_but_no_breakdown(tmp_path):
    report = build_class_report(write_cohort(tmp_path, COHORT[:2]), tmp_path / "small.html")
    page = report.path.read_text(encoding="utf-8")
    assert report.learners == 2
    assert report.suppressed is True
    assert report.figures == {}
    assert "Fewer than 3 learners contributed" in page
    assert "<svg" not in page
    assert "<table" not in page


def test_the_report_draws_inline_svg_and_loads_nothing_from_outside(tmp_path):
    report = build_class_report(write_cohort(tmp_path), tmp_path / "report.html")
    page = report.path.read_text(encoding="utf-8")
    assert report.suppressed is False
    assert report.figures["learners"] == 4
    assert report.figures["with_workshop_date"] == 3
    assert page.count("<svg") >= 4  # ratios, tiers, weeks, added per year
    assert "1 summary exported without the workshop date" in page
    lowered = page.casefold()
    for pattern in (r"<script", r"<link", r"<iframe", r"@import", r"url\(",
                    r"(src|href)\s*=\s*[\"']?\s*(https?:)?//"):  # fmt: skip
        assert not re.search(pattern, lowered), pattern


def test_lists_made_on_the_sample_are_left_out_of_the_list_figures_but_not_the_weeks(tmp_path):
    # Two learners ran the audit on the bundled sample: a list of 428 that is nobody's.
    on_sample = [
        fake(n, [400, 20, 5, 2, 1], {-1: (5, 5, 1, 0), 0: (5, 5, 1, 0)}, sample=True)
        for n in (7, 8)
    ]
    report = build_class_report(write_cohort(tmp_path, COHORT + on_sample), tmp_path / "r.html")
    figures = report.figures
    assert (figures["learners"], figures["own_lists"], figures["from_sample_data"]) == (6, 4, 2)
    assert figures["median_connections"] == 5  # of 10, 5, 2, 5; with the sample's 428s, 7.5
    assert figures["median_inch_deep_ratio"] == pytest.approx(0.7)  # with them, 0.8
    page = report.path.read_text(encoding="utf-8")
    assert "2 summaries made on the bundled sample connections" in page
    assert "From the 4 learners who audited their own connections" in page
    assert "Median list: 5 connections" in page
    # Their weeks are their own tracker's and still count.
    assert weekly_means(COHORT + on_sample).set_index("offset").loc[0, "learners"] == 5


def test_with_too_few_own_lists_the_report_says_nothing_about_lists(tmp_path):
    on_sample = [fake(n, [400, 20, 5, 2, 1], {0: (5, 5, 1, 0)}, sample=True) for n in (7, 8)]
    cohort = [*COHORT[:2], *on_sample]
    report = build_class_report(write_cohort(tmp_path, cohort), tmp_path / "r.html")
    page = report.path.read_text(encoding="utf-8")
    assert report.suppressed is False
    assert "median_connections" not in report.figures
    assert "Fewer than 3 learners audited their own connections (2)" in page
    assert "Median list" not in page
    assert page.count("<svg") == 1  # the weekly chart only: 4 learners logged week 0


def test_the_threshold_cannot_go_below_three(tmp_path):
    with pytest.raises(ValueError, match="below 3"):
        build_class_report([], tmp_path / "r.html", min_learners=MIN_LEARNERS - 1)


def test_cli_builds_the_report_and_lists_what_it_skipped(tmp_path, capsys):
    folder = tmp_path / "in"
    write_cohort(folder)
    (folder / "broken.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["class-report", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4 learner(s) counted, 1 file(s) not counted" in printed
    assert "not counted: broken.json" in printed
    assert out.read_text(encoding="utf-8").count("<svg") >= 4
    assert main(["class-report", str(tmp_path / "missing"), "--out", str(out)]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# -- privacy: nothing personal from the learners' data reaches the instructor ---------------------
def words(text):
    return re.findall(r"\w+", text.casefold())


def private_text(folder, extra_notes=()):
    """Every name, company, position, address and URL, and every message and note, in a dataset."""
    phrases, bodies = set(), set(extra_notes)
    text = (folder / "Connections.csv").read_text(encoding="utf-8-sig")
    for row in csv.DictReader(io.StringIO(text[text.index("First Name,") :])):
        first, last, url = row["First Name"], row["Last Name"], row["URL"]
        phrases |= {first, last, f"{first} {last}", row["Company"], row["Position"], url}
        phrases |= {row["Email Address"], url.rstrip("/").rsplit("/", 1)[-1]}
    with open(folder / "messages.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("FROM", "TO", "SENDER PROFILE URL", "RECIPIENT PROFILE URLS"):
                phrases |= {part.strip() for part in row[column].split(",")}
            bodies.add(row["CONTENT"])
    with open(folder / "interactions.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            phrases |= set(row["people"].split("; "))
            bodies.add(row["note"])
    return {p.strip() for p in phrases if words(p)}, {b for b in bodies if b.strip()}


def leaks(text, phrases, bodies):
    """Return the private phrases, messages and 5-word windows of messages found in ``text``."""
    plain = html.unescape(text)
    found = [b for b in bodies if len(b) > 20 and b.casefold() in plain.casefold()]
    tokens = words(plain)
    grams = {n: {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)} for n in range(1, 9)}
    for phrase in phrases:
        key = tuple(words(phrase))
        if (len(key) <= 8 and key in grams[len(key)]) or (len(key) > 8 and phrase in plain):
            found.append(phrase)
    for body in bodies:
        body_words = words(body)
        windows = {tuple(body_words[i : i + 5]) for i in range(len(body_words) - 4)}
        found += [" ".join(w) for w in windows & grams[5]]
    return found


def summary_of(folder, tmp_path, name, **options):
    store = TrackerStore(tmp_path / f"{name}.sqlite")
    store.import_csv(folder / "interactions.csv", today=date(2026, 11, 1))
    summary = summarise(store, workshop_date="2026-09-14", today="2026-10-31", **options)
    summary["learner_token"] = secrets.token_hex(8)  # three learners, not one learner thrice
    return export_summary(tmp_path / "shared" / f"{name}.json", summary)


def test_no_name_company_address_or_message_reaches_a_summary_or_the_report(tmp_path):
    # Three learners with lists of their own (one of them tagged contacts, with a private note)
    # and one on the bundled sample: the whole report is drawn, lists and weeks.
    own = {seed: tmp_path / f"learner-{seed}" for seed in (7, 11, 13)}
    for seed, folder in own.items():
        generate(folder, seed=seed)
    tags = TagStore(tmp_path / "tags.json")
    note = "Met at the harbour festival; she is changing teams in spring and worried about it"
    for contact_id in load_contacts(own[11] / "Connections.csv").contacts["contact_id"][:3]:
        tags.update(contact_id, tier=3, note=note)
    exported = [summary_of(SAMPLE_DIR, tmp_path, "bundled", connections="sample")]
    for seed, folder in own.items():
        exported.append(
            summary_of(
                folder,
                tmp_path,
                f"seeded-{seed}",
                connections=str(folder / "Connections.csv"),
                messages=str(folder / "messages.csv"),
                **({"tags": tags.path} if seed == 11 else {}),
            )
        )
    report = build_class_report([tmp_path / "shared"], tmp_path / "report.html")
    assert report.learners == 4
    assert report.suppressed is False
    assert report.skipped == []
    assert report.figures["own_lists"] == 3
    assert report.figures["learners_who_tagged"] == 1
    page = report.path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 4  # the breakdown is there, so the check has text to search

    datasets = [private_text(SAMPLE_DIR)] + [
        private_text(folder, [note] if seed == 11 else []) for seed, folder in own.items()
    ]
    assert len(datasets[1][0] - datasets[0][0]) > 100  # the learners' data really differs
    assert len(datasets[2][0] - datasets[1][0]) > 100
    for phrases, bodies in datasets:
        assert len(phrases) > 400
        assert len(bodies) > 300
        # The check itself finds what it looks for.
        planted = f"{page} {sorted(phrases)[-1]} {sorted(bodies, key=len)[-1]}"
        assert len(leaks(planted, phrases, bodies)) >= 3
        for path in [*exported, report.path]:
            assert leaks(path.read_text(encoding="utf-8"), phrases, bodies) == [], path.name


def test_exported_summaries_of_the_sample_hold_only_fixed_text(tmp_path):
    path = summary_of(SAMPLE_DIR, tmp_path, "bundled", connections="sample")
    texts = re.findall(r'"((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8"))
    fixed = {*TOP_FIELDS, *AUDIT_FIELDS, *WEEK_FIELDS, "weeks", SCHEMA}
    free = {t for t in texts if t not in fixed and not re.fullmatch(r"-?\d+|[0-9a-f]{16}", t)}
    assert free == set()
    assert SCHEMA in texts
    assert Path(path).stat().st_size < 4000

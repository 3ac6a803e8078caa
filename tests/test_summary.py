import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest

from rapport.audit import audit_table
from rapport.cli import main
from rapport.data import sample_path
from rapport.summary import (
    AUDIT_FIELDS,
    SCHEMA,
    TOP_FIELDS,
    WEEK_FIELDS,
    SummaryError,
    build_summary,
    export_summary,
    learner_token,
    load_summary,
    summarise,
    validate_summary,
    weekly_totals,
)
from rapport.tags import TagStore
from rapport.tracker import TrackerStore

from .small_audit import contacts, stats

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 6, 30)


@pytest.fixture
def audit(tmp_path):
    table = contacts()
    tags = TagStore(tmp_path / "tags.json")
    ids = dict(zip(table["name"], table["contact_id"], strict=True))
    tags.update(ids["Dara Byrne"], tier=4, helped_me=True, note="Dara found me my first mentor")
    tags.update(ids["Chen Wei"], tier=2)
    return audit_table(table, stats(), tags.frame())


@pytest.fixture
def log_store(tmp_path):
    store = TrackerStore(tmp_path / "log.sqlite")
    for name in ("Ana Silva", "Ben Okoro", "Chen Wei"):
        store.add_person(name)
    entries = [  # workshop on Wednesday 2026-06-17: its week starts on Monday 2026-06-15
        ("2026-06-02", ["Ana Silva", "Ben Okoro"], "give"),  # week -2
        ("2026-06-04", ["Ana Silva"], "ask"),  # week -2
        ("2026-06-15", ["Chen Wei"], "give"),  # week 0, Monday
        ("2026-06-21", ["Ana Silva"], "check-in"),  # week 0, Sunday
    ]
    for day, people, kind in entries:
        store.log(day, people, "message", "me", kind, "a private note about them", today=TODAY)
    yield store
    store.close()


def walk(value, keys, texts):
    """Collect every key and every text value in a JSON-like value."""
    if isinstance(value, str):
        texts.append(value)
    elif isinstance(value, dict):
        keys.extend(value)
        for item in value.values():
            walk(item, keys, texts)
    elif isinstance(value, list):
        for item in value:
            walk(item, keys, texts)
    return keys, texts


# -- the measures ---------------------------------------------------------------------------------
def test_audit_measures_match_a_hand_count(audit, log_store):
    summary = build_summary(audit, log_store.interactions(), today=TODAY, token="0123456789abcdef")
    assert summary["audit"] == {
        "connections": 5,
        "tagged": 2,  # Chen and Dara
        "tier_counts": [1, 2, 1, 0, 1],  # Eli | Ana, Ben | Chen | - | Dara
        "inch_deep_ratio": 0.2,
        "exchanged": 2,  # Ana and Ben both wrote and heard back
        "dormant": 1,  # Ben: quiet since 2024-01-01
        "dormant_share": 0.5,
        "replies_owed": 1,  # Ana wrote last; Eli's cold note is not owed a reply
        "added_per_year": {
            "2018": 1,
            "2019": 2,
            "2020": 1,
            "2021": 0,
            "2022": 0,
            "2023": 0,
            "2024": 1,
        },
    }
    assert summary["learner_token"] == "0123456789abcdef"
    assert summary["schema"] == SCHEMA
    assert validate_summary(summary) is summary


def test_weekly_totals_are_keyed_by_offset_from_the_workshop_week(log_store):
    weeks = weekly_totals(log_store.interactions(), date(2026, 6, 17), TODAY)
    zero = {"people": 0, "interactions": 0, "gives": 0, "asks": 0}
    assert weeks == {
        "-2": {"people": 2, "interactions": 2, "gives": 1, "asks": 1},
        "-1": zero,  # a quiet week inside the log counts as zeros
        "0": {"people": 2, "interactions": 2, "gives": 1, "asks": 0},
        "1": zero,
        "2": zero,  # 2026-06-30 falls in the week two after the workshop
    }


def test_without_a_workshop_date_weeks_count_from_the_export_week(audit, log_store):
    summary = build_summary(audit, log_store.interactions(), today=TODAY)
    assert summary["workshop_date_given"] is False
    assert summary["exported_week"] == 0
    assert sorted(map(int, summary["tracker"]["weeks"])) == [-4, -3, -2, -1, 0]
    dated = build_summary(
        audit, log_store.interactions(), today=TODAY, workshop_date=date(2026, 6, 17)
    )
    assert dated["workshop_date_given"] is True
    assert dated["exported_week"] == 2


def test_weeks_far_from_the_workshop_are_left_out(tmp_path):
    store = TrackerStore(tmp_path / "old.sqlite")
    store.add_person("Ana Silva")
    store.log("2025-01-06", "Ana Silva", "call", "me", "give", "long ago", today=TODAY)
    weeks = weekly_totals(store.interactions(), date(2026, 6, 17), TODAY)
    assert min(map(int, weeks)) == -52
    assert weeks["-52"]["interactions"] == 0
    assert sum(w["interactions"] for w in weeks.values()) == 0  # its week is 75 weeks back


def test_an_empty_log_gives_no_weeks(audit, tmp_path):
    store = TrackerStore(tmp_path / "empty.sqlite")
    summary = build_summary(audit, store.interactions(), today=TODAY)
    assert summary["tracker"] == {"weeks": {}}
    validate_summary(summary)


def test_the_learner_token_is_random_opaque_and_kept(private_data_dir):
    first = learner_token()
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert learner_token() == first
    assert (private_data_dir / "summary-token").read_text().strip() == first
    (private_data_dir / "summary-token").unlink()
    assert learner_token() != first


def test_summary_holds_no_text_but_the_format_name_and_the_token(audit, log_store):
    summary = build_summary(audit, log_store.interactions(), today=TODAY, token="00ff00ff00ff00ff")
    keys, texts = walk(summary, [], [])
    assert sorted(texts) == sorted([SCHEMA, "00ff00ff00ff00ff"])
    fixed = set(TOP_FIELDS) | set(AUDIT_FIELDS) | set(WEEK_FIELDS) | {"weeks"}
    assert {k for k in keys if not re.fullmatch(r"-?\d+", k)} <= fixed
    dumped = json.dumps(summary).casefold()
    for secret in ("ana", "silva", "okoro", "linkedin", "private note", "mentor"):
        assert secret not in dumped


# -- loading from the learner's files -------------------------------------------------------------
def test_own_connections_without_a_messages_export_count_no_conversations(
    private_data_dir, tmp_path
):
    (private_data_dir / "Connections.csv").write_text(
        "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Kofi,Asante,,,Lanternworks,Designer,02 Feb 2022\n"
        "Ines,Duarte,,,Lanternworks,Engineer,14 Jul 2023\n",
        encoding="utf-8",
    )
    own = summarise(tmp_path / "t.sqlite", today=TODAY)
    assert own["sample_data"] is False
    assert own["audit"]["connections"] == 2
    assert own["audit"]["exchanged"] == 0  # not the sample's conversations
    assert own["learner_token"] == learner_token()
    sample = summarise(tmp_path / "t.sqlite", connections="sample", today=date(2026, 10, 31))
    assert sample["sample_data"] is True
    assert sample["audit"]["connections"] == 428
    assert sample["audit"]["exchanged"] == 79


def test_the_sample_log_never_counts_as_the_learners_own(tmp_path):
    store = TrackerStore(tmp_path / "t.sqlite")
    store.import_csv(sample_path("interactions.csv"), sample=True)  # as older kits did
    store.add_person("Kofi Asante")
    store.log(date(2026, 10, 27), "Kofi Asante", "call", "me", "give", "my own call")
    store.close()
    summary = summarise(
        tmp_path / "t.sqlite", connections="sample", workshop_date="2026-10-26", today="2026-10-31"
    )
    weeks = summary["tracker"]["weeks"]
    assert sum(week["interactions"] for week in weeks.values()) == 1
    assert weeks["0"]["interactions"] == 1


def test_a_bad_workshop_date_is_explained(tmp_path):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        summarise(tmp_path / "t.sqlite", connections="sample", workshop_date="14/09/2026")


# -- the validator --------------------------------------------------------------------------------
@pytest.fixture
def exported(audit, log_store, tmp_path):
    summary = build_summary(
        audit,
        log_store.interactions(),
        today=TODAY,
        workshop_date=date(2026, 6, 17),
        token="0123456789abcdef",
    )
    return export_summary(tmp_path / "me.json", summary), summary


def test_an_exported_summary_loads_back_unchanged(exported):
    path, summary = exported
    assert load_summary(path) == summary
    assert not list(path.parent.glob(".me.json.*"))  # no temporary file left behind


def edit(key_path, value=None, delete=False):
    def change(data):
        *parents, last = key_path
        for key in parents:
            data = data[key]
        if delete:
            del data[last]
        else:
            data[last] = value

    return change


TAMPERING = {
    "extra top-level field": (edit(["Kofi Asante"], 1), "not part of the format"),
    "extra audit field": (edit(["audit", "friends"], ["Kofi Asante"]), "not part of the format"),
    "extra week field": (edit(["tracker", "weeks", "0", "who"], "Kofi Asante"), "not part of"),
    "a name as a week key": (edit(["tracker", "weeks", "Kofi Asante"], {}), "not a week offset"),
    "a name as a year key": (edit(["audit", "added_per_year", "Kofi Asante"], 0), "not a year"),
    "text for a count": (edit(["audit", "connections"], "Kofi Asante"), "whole number"),
    "text in the tiers": (edit(["audit", "tier_counts", 2], "Kofi Asante"), "whole number"),
    "a name as the token": (edit(["learner_token"], "kofi-asante-0000"), "16 hexadecimal"),
    "another format": (edit(["schema"], "Kofi Asante"), "not a Rapport learner summary"),
    "a newer format": (edit(["schema_version"], 2), "update the kit"),
    "a version as text": (edit(["schema_version"], "1"), "whole number"),
    "true for a count": (edit(["audit", "dormant"], True), "whole number"),
    "text for a flag": (edit(["sample_data"], "no"), "true or false"),
    "a missing field": (edit(["audit", "replies_owed"], delete=True), "lacks the field"),
    "tiers that do not add up": (edit(["audit", "tier_counts", 0], 99), "do not add up"),
    "a ratio that does not match": (edit(["audit", "inch_deep_ratio"], 0.9), "does not match"),
    "a share above one": (edit(["audit", "dormant_share"], 1.5), "from 0 to 1"),
    "more gives than interactions": (edit(["tracker", "weeks", "0", "gives"], 9), "larger"),
}


@pytest.mark.parametrize("case", TAMPERING, ids=list(TAMPERING))
def test_a_hand_edited_summary_is_refused_without_quoting_it(exported, case):
    path, summary = exported
    change, message = TAMPERING[case]
    data = copy.deepcopy(summary)
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SummaryError, match=message) as caught:
        load_summary(path)
    text = str(caught.value)
    assert text.startswith("me.json: ")
    assert "Export it again" in text
    assert "kofi" not in text.casefold()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not valid JSON"),
        ("[1, 2, 3]", "should be a group of fields"),
        ('{"schema": 1, "schema": 2}', "appears twice"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(tmp_path, content, message):
    path = tmp_path / "odd.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(SummaryError, match=message):
        load_summary(path)


def test_nan_is_refused(exported):
    path, _ = exported
    path.write_text(path.read_text().replace('"inch_deep_ratio": 0.2', '"inch_deep_ratio": NaN'))
    with pytest.raises(SummaryError, match="NaN"):
        load_summary(path)


def test_export_refuses_an_invalid_summary_and_writes_nothing(exported, tmp_path):
    _, summary = exported
    bad = {**summary, "name": "Kofi Asante"}
    with pytest.raises(SummaryError, match="not part of the format"):
        export_summary(tmp_path / "bad.json", bad)
    assert not (tmp_path / "bad.json").exists()


def test_export_defaults_to_the_learners_data_folder(exported, private_data_dir):
    _, summary = exported
    assert export_summary(None, summary) == private_data_dir.resolve() / "rapport-summary.json"


# -- the command line -----------------------------------------------------------------------------
def test_cli_exports_and_checks_a_summary(tmp_path, capsys):
    db = tmp_path / "t.sqlite"
    TrackerStore(db).import_csv(REPO / "rapport" / "data" / "interactions.csv")
    out = tmp_path / "share" / "summary.json"
    args = ["summary", "export", str(out), "--db", str(db), "--connections", "sample"]
    assert main([*args, "--workshop-date", "2026-09-14", "--today", "2026-10-31"]) == 0
    printed = capsys.readouterr().out
    assert "428 connections, 13 weeks of the log" in printed
    summary = load_summary(out)
    assert sorted(map(int, summary["tracker"]["weeks"])) == list(range(-6, 7))
    assert summary["tracker"]["weeks"]["-3"]["interactions"] == 0  # a quiet week in the sample
    assert main(["summary", "check", str(out)]) == 0
    assert '"inch_deep_ratio": 0.8154' in capsys.readouterr().out
    out.write_text(out.read_text().replace('"audit"', '"Tamsin Quarrie"'))
    assert main(["summary", "check", str(out)]) == 1
    assert "not part of the format" in capsys.readouterr().err


def test_cli_refuses_a_bad_date(tmp_path, capsys):
    code = main(["summary", "export", str(tmp_path / "s.json"), "--workshop-date", "soon"])
    assert code == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()


# -- the workbook cell ----------------------------------------------------------------------------
@pytest.mark.notebook
def test_tracker_notebook_writes_a_summary_the_class_report_accepts(tmp_path, private_data_dir):
    import papermill as pm

    target = tmp_path / "shared" / "me.json"
    notebook = REPO / "workbook" / "05-weekly-tracker.ipynb"
    own = TrackerStore()  # the learner's log: one real entry, in the workshop's week
    own.add_person("Kofi Asante")
    own.log(date(2026, 9, 15), "Kofi Asante", "call", "me", "give", "thanked him")
    own.close()
    pm.execute_notebook(
        str(notebook),
        str(tmp_path / "out.ipynb"),
        parameters={
            "today": "2026-10-21",
            "workshop_date": "2026-09-14",
            "summary_file": str(target),
        },
        cwd=str(notebook.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=300,
    )
    summary = load_summary(target)
    assert summary["workshop_date_given"] is True
    assert summary["sample_data"] is True
    assert summary["exported_week"] == 5
    # The log is not empty, so the notebook adds no sample: weeks run from the learner's entry
    # (week 0) to the export week (5).
    assert sorted(map(int, summary["tracker"]["weeks"])) == list(range(6))
    assert summary["tracker"]["weeks"]["0"]["interactions"] == 1
    assert summary["learner_token"] == (private_data_dir / "summary-token").read_text().strip()

"""One audit builder: which files are read (the learner's own or the sample, never both), the
table it builds, tags saved through it, and the summary and workbook 01 agreeing."""

import json
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import papermill as pm
import pytest

from rapport.audit_builder import build_audit, choose_exports
from rapport.contacts import ContactImportError
from rapport.contacts.table import legacy_contact_id
from rapport.data import sample_path
from rapport.summary import summarise
from rapport.tags import FILENAME, TagStore

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "contacts"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)


def own_connections(folder: Path) -> Path:
    path = folder / "Connections.csv"
    path.write_text(
        "Notes:\n\n" + HEADER + "Kofi,Asante,https://uk.linkedin.com/in/kofi,,Lanternworks,"
        "Designer,02 Feb 2022\nInes,Duarte,,,Lanternworks,Engineer,14 Jul 2023\n",
        encoding="utf-8",
    )
    return path


def test_the_learners_own_connections_are_never_paired_with_the_sample_messages(
    private_data_dir,
):
    own_connections(private_data_dir)
    audit = build_audit()
    assert audit.sample is False
    assert audit.messages is None
    assert list(audit.table["sent"]) == [0, 0]
    assert "No messages.csv of yours" in audit.describe()
    assert "SAMPLE" not in audit.describe()


def test_asking_for_the_sample_messages_with_own_connections_is_refused(private_data_dir):
    own_connections(private_data_dir)
    with pytest.raises(ContactImportError, match="cannot be paired with your own connections"):
        build_audit(messages="sample")


def test_the_sample_is_used_only_without_any_own_export_and_is_labelled(private_data_dir):
    audit = build_audit()
    assert audit.sample is True
    assert audit.choice.connections == sample_path("Connections.csv")
    assert audit.describe().startswith("SAMPLE DATA")
    assert (audit.table["sent"] > 0).any()


def test_own_messages_and_other_exports_in_the_data_folder_are_read(private_data_dir):
    own_connections(private_data_dir)
    (private_data_dir / "messages.csv").write_text(
        MESSAGES_HEADER
        + "c1,,Me,https://www.linkedin.com/in/me,Kofi Asante,https://www.linkedin.com/in/kofi,"
        "2024-01-02 10:00:00 UTC,,Hi Kofi,INBOX\n"
        "c1,,Kofi Asante,https://www.linkedin.com/in/kofi,Me,https://www.linkedin.com/in/me,"
        "2024-01-03 10:00:00 UTC,,Hello,INBOX\n"
        "c2,,Me,https://www.linkedin.com/in/me,Ines Duarte,,2024-02-01 10:00:00 UTC,,Hi,INBOX\n",
        encoding="utf-8",
    )
    shutil.copy(FIXTURES / "contacts_v4.vcf", private_data_dir / "phone.vcf")
    audit = build_audit()
    assert audit.choice.others == [private_data_dir / "phone.vcf"]
    table = audit.table.set_index("name")
    # The contact's URL has a country subdomain, the messages use www: the same person.
    assert (table.loc["Kofi Asante", "sent"], table.loc["Kofi Asante", "received"]) == (1, 1)
    assert table.loc["Kofi Asante", "inferred_tier"] == 1
    assert "Zoë Ngọc" in table.index  # from the vCard
    assert "Merged in: phone.vcf." in audit.describe()


def test_a_missing_path_says_what_to_do(tmp_path):
    with pytest.raises(ContactImportError, match='set it to "auto"'):
        choose_exports(str(tmp_path / "nope.csv"))


def test_tags_on_the_sample_go_to_a_practice_file_not_the_learners(private_data_dir):
    audit = build_audit("sample")
    someone = audit.table["contact_id"].iloc[0]
    audit.tag(someone, tier=3)
    assert not (private_data_dir / FILENAME).exists()
    assert audit.store.path.parent.name == "sample-practice"
    assert audit.table.loc[audit.table["contact_id"] == someone, "tier"].item() == 3
    again = build_audit("sample")
    assert again.table.loc[again.table["contact_id"] == someone, "learner_tier"].item() == 3


def test_tags_saved_under_the_ids_of_earlier_versions_are_found_again(private_data_dir):
    own_connections(private_data_dir)
    old_id = legacy_contact_id("linkedin", "https://uk.linkedin.com/in/kofi", "", "Kofi Asante", 4)
    TagStore().update(old_id, tier=2, helped_me=True)
    table = build_audit().table.set_index("name")
    assert table.loc["Kofi Asante", "tier"] == 2
    assert bool(table.loc["Kofi Asante", "helped_me"]) is True
    saved = json.loads((private_data_dir / FILENAME).read_text(encoding="utf-8"))["tags"]
    assert list(saved) == [table.loc["Kofi Asante", "contact_id"]]


@pytest.mark.notebook
def test_the_summary_counts_the_people_workbook_01_shows(private_data_dir, tmp_path):
    own_connections(private_data_dir)
    vcard = shutil.copy(FIXTURES / "contacts_v4.vcf", private_data_dir / "phone.vcf")
    out = tmp_path / "01.ipynb"
    pm.execute_notebook(
        str(REPO / "workbook" / "01-audit-your-connections.ipynb"),
        str(out),
        parameters={"other_exports": [str(vcard)], "today": "2026-11-22"},
        cwd=str(REPO / "workbook"),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=300,
    )
    text = "\n".join(
        output.get("text", "")
        for cell in nbformat.read(out, as_version=4).cells
        for output in cell.get("outputs", [])
    )
    assert "of 5 connections are list entries" in text
    assert "sample" not in text.casefold()
    summary = summarise(tmp_path / "t.sqlite", today="2026-11-22")
    assert summary["sample_data"] is False
    assert summary["audit"]["connections"] == 5


def test_the_audit_table_has_one_row_per_contact_and_the_tag_columns(private_data_dir):
    own_connections(private_data_dir)
    table = build_audit().table
    assert len(table) == 2
    for column in ("tier", "learner_tier", "inferred_tier", "tier_name", "know_their_goals"):
        assert column in table
    assert table["learner_tier"].isna().all()
    assert str(table["tier"].dtype) == "int64"
    assert isinstance(table, pd.DataFrame)

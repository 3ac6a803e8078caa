"""Every workbook, solutions and instructor notebook runs top to bottom in a fresh kernel."""

from pathlib import Path

import nbformat
import papermill as pm
import pytest

REPO = Path(__file__).resolve().parent.parent
WORKBOOK = sorted((REPO / "workbook").glob("*.ipynb"))
SOLUTIONS = sorted((REPO / "solutions").glob("*/*.ipynb"))
INSTRUCTOR = sorted((REPO / "docs" / "instructor").glob("*.ipynb"))


def execute(path: Path, out: Path, **parameters) -> nbformat.NotebookNode:
    pm.execute_notebook(
        str(path),
        str(out),
        parameters=parameters,
        cwd=str(path.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=300,
    )
    return nbformat.read(out, as_version=4)


def outputs_text(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(str(v) for v in output.get("data", {}).values())
    return "\n".join(parts)


def test_the_course_notebooks_are_found():
    assert REPO / "workbook" / "00-start-here.ipynb" in WORKBOOK
    assert REPO / "solutions" / "01-first-look" / "01-first-look.ipynb" in SOLUTIONS
    assert REPO / "docs" / "instructor" / "instructor-cycle.ipynb" in INSTRUCTOR


@pytest.mark.notebook
@pytest.mark.parametrize("path", WORKBOOK + SOLUTIONS + INSTRUCTOR, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom_in_a_fresh_kernel(path, tmp_path):
    nb = execute(path, tmp_path / path.name)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code" and c.source.strip())


@pytest.mark.parametrize("path", WORKBOOK, ids=lambda p: p.name)
def test_workbook_notebooks_have_a_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


@pytest.mark.notebook
def test_start_here_reads_the_learners_own_export_when_given_one(tmp_path):
    own = tmp_path / "my-connections.csv"
    own.write_text(
        "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Kofi,Asante,,,Lanternworks,Designer,02 Feb 2022\n"
        "Ines,Duarte,,,Lanternworks,Engineer,14 Jul 2023\n",
        encoding="utf-8",
    )
    nb = execute(
        REPO / "workbook" / "00-start-here.ipynb", tmp_path / "out.ipynb", connections_csv=str(own)
    )
    text = outputs_text(nb)
    assert f"Using your own file {own}" in text
    assert "Read 2 rows from my-connections.csv: kept 2." in text
    assert "Kofi Asante" in text


@pytest.mark.notebook
def test_audit_charts_survive_a_static_html_export_with_no_network(tmp_path):
    from nbconvert import HTMLExporter

    nb = execute(
        REPO / "workbook" / "01-audit-your-connections.ipynb",
        tmp_path / "audit.ipynb",
        today="2026-11-22",
    )
    body, _ = HTMLExporter().from_notebook_node(nb)
    # nbconvert inlines SVG outputs (as <svg> or a data: URI): nothing to fetch.
    assert body.count('class="jp-RenderedSVG') >= 3
    assert body.count("<svg") + body.count('src="data:image/svg+xml;base64,') >= 3
    assert "cdn.jsdelivr.net/npm/vega" not in body


@pytest.mark.notebook
def test_audit_notebook_merges_other_exports_into_one_list(tmp_path):
    fixtures = REPO / "tests" / "fixtures" / "contacts"
    nb = execute(
        REPO / "workbook" / "01-audit-your-connections.ipynb",
        tmp_path / "audit.ipynb",
        connections_csv=str(fixtures / "Connections.csv"),
        other_exports=[str(fixtures / "google_contacts.csv"), str(fixtures / "contacts_v3.vcf")],
        today="2026-11-22",
    )
    text = outputs_text(nb)
    assert "13 rows became 10 people: 5 rows were merged into 2 people." in text
    assert "Read 6 rows from google_contacts.csv: kept 5, skipped 1" in text


@pytest.mark.notebook
def test_rewrite_notebook_grades_the_learners_rewrites(tmp_path):
    rewrite = (  # the learner's own words, not a near-copy of the model rewrite (refused)
        "Hello Nadia, I run the bookings desk at a four-person walking-tour company in Lisbon, "
        "and I hope to move into product roles next year. The part of your conference talk "
        "where your team watched travellers use the app at the airport changed how I think "
        "about testing. Would you answer two short questions over message, about which skill "
        "matters most for a first product job? It is fine to say no if you are busy. What are "
        "you building right now?"
    )
    nb = execute(
        REPO / "workbook" / "03-rewrite-outreach.ipynb",
        tmp_path / "rewrite.ipynb",
        my_rewrites={"c-vague-pick-your-brain": rewrite},
    )
    text = outputs_text(nb)
    assert "c-vague-pick-your-brain: passes" in text
    assert "c-ghost-seed-round: no rewrite yet." in text

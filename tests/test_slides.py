"""The opening talk builds into reveal.js slides that load nothing from the network."""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
import tarfile
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from rapport.nbclean import DEFAULT_FOLDERS, KERNELSPEC, clean_paths, notebooks_under
from rapport.slides import (
    REVEAL_DIR,
    TARBALL_ENV_VAR,
    SlidesError,
    build_slides,
    install_reveal,
    loaded_references,
    network_references,
    reveal_tarball,
)

REPO = Path(__file__).resolve().parent.parent
DECK = REPO / "docs" / "slides" / "opening-talk.ipynb"
SOURCES = [
    "Zhou, Sornette, Hill & Dunbar 2005",
    "Dunbar 2016",
    "Hall 2019",
    "Granovetter",
    "Rajkumar et al. 2022",
    "Flynn & Lake 2008",
    "Levin, Walter & Murnighan 2011",
    "Boomerang 2016",
]


def slide_types(nb: nbformat.NotebookNode) -> list[str]:
    return [c.metadata.get("slideshow", {}).get("slide_type", "-") for c in nb.cells]


class SlideTree(HTMLParser):
    """Count top-level slides, speaker notes and fragments in reveal's markup."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = self.slides = self.notes = self.fragments = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "section":
            self.depth += 1
            self.slides += self.depth == 1
        elif tag == "aside" and "notes" in classes:
            self.notes += 1
        elif "fragment" in classes:
            self.fragments += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.depth -= 1


def parse(html: str) -> SlideTree:
    tree = SlideTree()
    tree.feed(html)
    return tree


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    """The deck built the way an instructor builds it: from the command line, executed."""
    out = tmp_path_factory.mktemp("slides")
    env_data = tmp_path_factory.mktemp("learner-data")
    cmd = [sys.executable, "-m", "rapport.slides", str(DECK), "--out", str(out)]
    env = {**os.environ, "RAPPORT_DATA_DIR": str(env_data)}
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env, cwd=REPO)
    return result, out / "opening-talk.slides.html"


@pytest.fixture(scope="module")
def html(built: tuple[subprocess.CompletedProcess, Path]) -> str:
    result, path = built
    assert result.returncode == 0, result.stderr[-3000:]
    return path.read_text(encoding="utf-8")


def test_the_command_writes_the_slides_with_reveal_beside_them(built, html):
    result, path = built
    assert f"wrote {path}" in result.stdout
    reveal = path.parent / REVEAL_DIR
    for part in (
        "dist/reveal.js",
        "dist/reveal.css",
        "dist/theme/white.css",
        "plugin/notes/notes.js",
    ):
        assert (reveal / part).is_file(), part
    assert "Permission is hereby granted" in (reveal / "LICENSE").read_text()  # MIT, shipped along


def test_the_slides_load_nothing_from_the_network(built, html):
    _, path = built
    assert network_references(html) == []
    for sheet in (path.parent / REVEAL_DIR).rglob("*.css"):
        assert network_references(sheet.read_text(encoding="utf-8")) == [], sheet.name
    scripts = re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", html)
    assert scripts == [f"{REVEAL_DIR}/dist/reveal.js", f"{REVEAL_DIR}/plugin/notes/notes.js"]
    for cdn in ("require.js", "jquery", "mathjax", "mermaid", "unpkg", "cdnjs"):
        assert cdn not in html.lower(), cdn


def test_every_file_the_slides_load_is_there(built, html):
    _, path = built
    pages = [(path, html)] + [
        (sheet, sheet.read_text(encoding="utf-8"))
        for sheet in (path.parent / REVEAL_DIR).rglob("*.css")
    ]
    checked = 0
    for source, text in pages:
        for ref in loaded_references(text):
            if ref.startswith("data:"):
                continue
            target = source.parent / re.split(r"[?#]", ref)[0]
            assert target.is_file(), f"{source.name} loads {ref}, which is missing"
            checked += 1
    assert checked >= 6  # reveal's css and js, the theme, its font sheet and font files


def test_one_slide_per_slide_cell_with_its_notes_and_fragments(html):
    types = slide_types(nbformat.read(DECK, as_version=4))
    assert types[0] == "slide"
    tree = parse(html)
    assert tree.slides == types.count("slide")
    assert tree.notes == types.count("notes")
    assert tree.fragments == types.count("fragment")
    assert 8 <= tree.slides <= 12


def test_the_chart_is_drawn_as_svg_and_the_code_is_not_shown(html):
    images = re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    drawings = [base64.b64decode(i).decode("utf-8") for i in images]
    assert any("Collecting vs connecting" in d for d in drawings)
    assert "enable_offline_renderer" not in html
    assert "In&nbsp;[" not in html
    assert "In [" not in html


def test_the_deck_cites_the_source_of_each_figure():
    text = "\n".join(c.source for c in nbformat.read(DECK, as_version=4).cells)
    missing = [s for s in SOURCES if s not in text]
    assert missing == []


def test_the_deck_is_committed_clean_and_checked_by_clean_nbs():
    assert "docs" in DEFAULT_FOLDERS
    assert DECK in notebooks_under([REPO / f for f in DEFAULT_FOLDERS])
    assert clean_paths([DECK], check=True) == []
    nb = nbformat.read(DECK, as_version=4)
    assert nb.metadata["kernelspec"] == KERNELSPEC
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells)


def test_network_references_finds_what_nbconvert_loads_from_cdns():
    from nbconvert.exporters import SlidesExporter

    default, _ = SlidesExporter().from_notebook_node(nbformat.read(DECK, as_version=4))
    found = network_references(default)
    assert any("reveal.js" in ref for ref in found)
    assert any("require" in ref for ref in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<script src="https://cdn.example/r.js"></script>', ["https://cdn.example/r.js"]),
        ("<script src='//cdn.example/r.js'></script>", ["//cdn.example/r.js"]),
        ('<link rel="stylesheet" href="http://x.example/a.css">', ["http://x.example/a.css"]),
        (
            "@import url(https://fonts.example/css?family=Lato);",
            ["https://fonts.example/css?family=Lato"],
        ),
        ("src: url('https://x.example/f.woff') format('woff');", ["https://x.example/f.woff"]),
        ("import mermaid from 'https://x.example/m.mjs';", ["https://x.example/m.mjs"]),
        ('<a href="https://example.org/paper">a paper</a>', []),
        ('<img src="data:image/svg+xml;base64,AAAA">', []),
        ('<script src="reveal.js/dist/reveal.js"></script>', []),
        ("@import url(./fonts/source-sans-pro/source-sans-pro.css);", []),
    ],
)
def test_network_references_tells_loads_from_elsewhere_from_local_ones(text, expected):
    assert network_references(text) == expected


def test_a_tarball_that_does_not_match_the_pinned_sha512_is_refused(tmp_path, monkeypatch):
    fake = tmp_path / "reveal.js.tgz"
    with tarfile.open(fake, "w:gz") as tar:
        data = b"window.Reveal = {};"
        info = tarfile.TarInfo("package/dist/reveal.js")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    monkeypatch.setenv(TARBALL_ENV_VAR, str(fake))
    with pytest.raises(SlidesError, match="sha512"):
        reveal_tarball()
    with pytest.raises(SlidesError, match="sha512"):
        install_reveal(tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_missing_local_tarball_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv(TARBALL_ENV_VAR, str(tmp_path / "nowhere.tgz"))
    with pytest.raises(SlidesError, match="not a file"):
        reveal_tarball()


def test_an_unknown_theme_is_refused(tmp_path):
    with pytest.raises(SlidesError, match="unknown theme"):
        install_reveal(tmp_path, theme="no-such-theme")


def test_a_theme_that_imports_web_fonts_is_refused(tmp_path):
    # reveal's "simple" theme imports its fonts from a web font service.
    with pytest.raises(SlidesError, match="network"):
        build_slides(DECK, tmp_path, execute=False, theme="simple")
    assert not (tmp_path / "opening-talk.slides.html").exists()


def test_a_notebook_that_fails_to_run_is_reported(tmp_path):
    nb = new_notebook(cells=[new_markdown_cell("# Title"), new_code_cell("1 / 0")])
    nb.cells[0].metadata["slideshow"] = {"slide_type": "slide"}
    path = tmp_path / "broken.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(SlidesError, match="ZeroDivisionError"):
        build_slides(path, tmp_path / "out")

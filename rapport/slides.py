"""Build a notebook into reveal.js slides that load nothing from the internet.

nbconvert's slides load reveal.js, require.js, jQuery, MathJax and mermaid from CDNs. Here
reveal.js comes from a pinned npm tarball, checked against its published sha512 and cached,
and a small template loads it from a folder beside the HTML; nothing else is loaded. Run
``python -m rapport.slides docs/slides/opening-talk.ipynb --out build/slides``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import sys
import tarfile
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import nbformat
from jinja2 import DictLoader
from platformdirs import user_cache_dir

from rapport.errors import RapportError
from rapport.fileio import write_atomic

REVEAL_VERSION = "5.2.1"
REVEAL_TARBALL_URL = f"https://registry.npmjs.org/reveal.js/-/reveal.js-{REVEAL_VERSION}.tgz"
# The npm registry's `dist.integrity` for that version.
REVEAL_INTEGRITY = (
    "sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD+"
    "7ZPZEbpBDhdRhJaFgfQ7zNQ=="
)
# A local copy of that tarball (`npm pack reveal.js@5.2.1`) for a machine with no registry.
TARBALL_ENV_VAR = "RAPPORT_REVEAL_TARBALL"
REVEAL_DIR = "reveal.js"  # the folder beside the HTML that holds reveal.js
THEME = "white"  # its fonts ship with reveal.js; some themes import web fonts
_TEMPLATE_NAME = "rapport-offline-slides.html.j2"
# reveal's nbconvert template, less every CDN script, with reveal.js loaded by plain script tags.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block footer_js -%}
<script src="{{ resources.reveal.url_prefix }}/dist/reveal.js"></script>
<script src="{{ resources.reveal.url_prefix }}/plugin/notes/notes.js"></script>
<script>
Reveal.initialize({
  controls: true, progress: true, hash: true, center: true,
  transition: "{{ resources.reveal.transition }}",
  slideNumber: "{{ resources.reveal.number }}",
  width: {{ resources.reveal.width | default('960', true) }},
  height: {{ resources.reveal.height | default('700', true) }},
  plugins: [RevealNotes],
});
</script>
{%- endblock footer_js -%}
"""
# Where a page or a style sheet names something to load: src=, <link href=, @import, url().
_LOADS = re.compile(
    r"""\bsrc\s*=\s*["']?([^"'\s>]+)"""
    r"""|<link\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)"""
    r"""|@import\s+(?:url\()?\s*["']?([^"')\s;]+)"""
    r"""|\burl\(\s*["']?([^"')\s]+)"""
    r"""|\bimport\b[^'"\n]*?\bfrom\s*["']([^"']+)""",
    re.IGNORECASE,
)
_NETWORK = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


class SlidesError(RapportError, RuntimeError):
    """The slides could not be built, or would load something from the network."""


def network_references(text: str) -> list[str]:
    """Return the addresses that ``text`` (HTML or CSS) would load from another host.

    Links a reader may click (``<a href>``) are not loads; ``data:`` URIs and relative paths
    are local.
    """
    return [ref for ref in loaded_references(text) if _NETWORK.match(ref)]


def loaded_references(text: str) -> list[str]:
    """Return every address that ``text`` (HTML or CSS) would load, local or not."""
    return [next(g for g in match.groups() if g) for match in _LOADS.finditer(text)]


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def reveal_tarball(cache_dir: Path | None = None) -> Path:
    """Return the pinned reveal.js tarball, verified, downloading it once into ``cache_dir``.

    ``$RAPPORT_REVEAL_TARBALL`` names a local copy to use instead of the registry.

    Raises
    ------
    SlidesError
        When the tarball cannot be had or does not match the pinned sha512.
    """
    local = os.environ.get(TARBALL_ENV_VAR)
    cache_dir = cache_dir or Path(user_cache_dir("rapport")) / "reveal.js"
    path = Path(local) if local else cache_dir / f"reveal.js-{REVEAL_VERSION}.tgz"
    if not path.is_file():
        if local:
            raise SlidesError(f"{TARBALL_ENV_VAR} names {path}, which is not a file")
        try:
            with urllib.request.urlopen(REVEAL_TARBALL_URL, timeout=60) as response:
                data = response.read()
        except OSError as exc:
            raise SlidesError(
                f"could not download reveal.js {REVEAL_VERSION} from the npm registry ({exc}); "
                f"on a machine without it, set {TARBALL_ENV_VAR} to a copy "
                f"(`npm pack reveal.js@{REVEAL_VERSION}`)"
            ) from exc
        if _integrity(data) != REVEAL_INTEGRITY:
            raise SlidesError(f"the download of {REVEAL_TARBALL_URL} does not match its sha512")
        write_atomic(path, data)
    if _integrity(path.read_bytes()) != REVEAL_INTEGRITY:
        raise SlidesError(f"{path} is not reveal.js {REVEAL_VERSION}: its sha512 does not match")
    return path


def install_reveal(out_dir: Path, theme: str = THEME, cache_dir: Path | None = None) -> Path:
    """Copy the parts of reveal.js the slides use into ``out_dir/reveal.js``; return that folder.

    That is the core script and style sheet, one theme with the bundled fonts, the speaker
    notes plugin and the licence.
    """
    wanted = {"LICENSE", "dist/reveal.js", "dist/reveal.css", f"dist/theme/{theme}.css"}
    wanted |= {"plugin/notes/notes.js"}
    target = out_dir / REVEAL_DIR
    copied = set()
    with tarfile.open(reveal_tarball(cache_dir), "r:gz") as tar:
        for member in tar.getmembers():
            name = member.name.removeprefix("package/")
            parts = name.split("/")
            fonts = name.startswith("dist/theme/fonts/") and ".." not in parts
            if not member.isfile() or not (name in wanted or fonts):
                continue
            dest = target.joinpath(*parts)
            source = tar.extractfile(member)
            if source is None:  # a regular file always has content; this satisfies the types
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(source.read())
            copied.add(name)
    if missing := wanted - copied:
        raise SlidesError(f"reveal.js {REVEAL_VERSION} has no {sorted(missing)}: unknown theme?")
    return target


def build_slides(
    notebook: Path, out_dir: Path, execute: bool = True, theme: str = THEME, timeout: int = 300
) -> Path:
    """Write ``notebook`` (cells with ``slideshow`` metadata) as slides; return the HTML file.

    Parameters
    ----------
    notebook, out_dir
        The notebook, and the folder that receives ``<name>.slides.html`` and ``reveal.js/``.
    execute
        Run the notebook first, in its own folder, so charts appear (code is never shown).
    theme, timeout
        A reveal.js theme that loads no web fonts; seconds a cell may run.

    Raises
    ------
    SlidesError
        When reveal.js cannot be had, or the result would load anything from the network.
    """
    from nbconvert.exporters import SlidesExporter

    nb = nbformat.read(notebook, as_version=4)
    if execute:
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        where = {"metadata": {"path": str(notebook.parent)}}
        try:
            NotebookClient(nb, timeout=timeout, kernel_name="python3", resources=where).execute()
        except CellExecutionError as exc:
            raise SlidesError(f"{notebook} failed to run: {exc}") from exc
    out_dir.mkdir(parents=True, exist_ok=True)
    reveal = install_reveal(out_dir, theme)
    exporter = SlidesExporter(
        extra_loaders=[DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
        template_file=_TEMPLATE_NAME,
        reveal_url_prefix=REVEAL_DIR,
        reveal_theme=theme,
        reveal_number="c/t",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    title = notebook.stem.replace("-", " ").capitalize()
    html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    sheets = (s.read_text(encoding="utf-8") for s in sorted(reveal.rglob("*.css")))
    if loads := network_references(html) + [r for s in sheets for r in network_references(s)]:
        raise SlidesError(f"the slides would load from the network: {sorted(set(loads))}")
    out = out_dir / f"{notebook.stem}.slides.html"
    write_atomic(out, html)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Build slides from the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m rapport.slides", description="Build offline reveal.js slides."
    )
    parser.add_argument("notebook", type=Path, help="e.g. docs/slides/opening-talk.ipynb")
    parser.add_argument("--out", type=Path, default=Path("build/slides"), help="output folder")
    parser.add_argument("--no-execute", action="store_true", help="do not run the notebook first")
    args = parser.parse_args(argv)
    try:
        out = build_slides(args.notebook, args.out, execute=not args.no_execute)
    except (SlidesError, OSError) as exc:
        print(f"rapport.slides: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}: open it in a browser, from the file or any local web server")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

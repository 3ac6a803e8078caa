"""The opening talk's slides in a real Chromium, with every request off this machine refused."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Page, Route, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from rapport.slides import build_slides

from .lab import UI_TIMEOUT_MS, svg_texts

REPO = Path(__file__).resolve().parents[2]
DECK = REPO / "docs" / "slides" / "opening-talk.ipynb"
# What nbconvert's own slides would fetch first; the page must never get it.
CDN_SCRIPT = "https://unpkg.com/reveal.js@4.0.2/dist/reveal.js"
READY = "() => typeof Reveal !== 'undefined' && Reveal.isReady()"
# Font faces the page actually loaded (from files beside it, or not at all).
LOADED_FONTS = """async () => {
  await document.fonts.ready;
  return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family);
}"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deck built (and run, for its chart) into a fresh folder."""
    return build_slides(DECK, tmp_path_factory.mktemp("slides"))


@pytest.fixture(scope="module")
def server(deck: Path) -> Iterator[str]:
    """A web server on 127.0.0.1 serving the built folder; yields its base URL."""
    handler = partial(QuietHandler, directory=str(deck.parent))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def expected_slides() -> int:
    types = [
        c.metadata.get("slideshow", {}).get("slide_type", "-")
        for c in nbformat.read(DECK, as_version=4).cells
    ]
    return types.count("slide")


@pytest.mark.parametrize("origin", ["http", "file"])
def test_slides_start_and_advance_with_the_network_cut_off(
    page: Page, deck: Path, server: str, origin: str
) -> None:
    local = f"{server}/" if origin == "http" else deck.parent.as_uri() + "/"
    refused: list[str] = []

    def only_local(route: Route) -> None:
        url = route.request.url
        if url.startswith(local) or url.startswith("data:"):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    page.route("**/*", only_local)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(local + deck.name)
    try:
        page.wait_for_function(READY, timeout=UI_TIMEOUT_MS)
    except PlaywrightTimeoutError as exc:
        raise AssertionError(
            f"reveal.js did not start; refused {refused}, errors {errors}"
        ) from exc
    slides = expected_slides()
    expect(page.locator(".reveal .slides > section")).to_have_count(slides)
    assert page.evaluate("Reveal.getTotalSlides()") == slides
    assert page.evaluate("Reveal.getIndices().h") == 0
    expect(page.locator(".reveal .slide-number")).to_contain_text(f"1 / {slides}")
    expect(page.locator(".reveal .slides h1").first).to_contain_text("Connections are not")
    expect(page.locator(".reveal aside.notes").first).to_be_hidden()

    # The theme and its font came from the files beside the page.
    assert "Source Sans Pro" in page.evaluate(LOADED_FONTS)

    # Step through the first slide's fragments, if any, then on to the second slide.
    fragments = page.evaluate("Reveal.getCurrentSlide().querySelectorAll('.fragment').length")
    for _ in range(fragments + 1):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("() => Reveal.getIndices().h === 1", timeout=UI_TIMEOUT_MS)
    expect(page).to_have_url(re.compile(r"#/1$"))
    expect(page.locator(".reveal .slide-number")).to_contain_text(f"2 / {slides}")

    # The chart slide shows the SVG drawn when the deck was built.
    assert any("Collecting vs connecting" in t for t in svg_texts(page.locator(".reveal .slides")))

    assert refused == []
    assert errors == []

    # The guard does see requests to other hosts: a script from a CDN is refused and recorded.
    outcome = page.evaluate("url => fetch(url).then(() => 'loaded', () => 'refused')", CDN_SCRIPT)
    assert outcome == "refused"
    assert refused == [CDN_SCRIPT]

"""Real-browser tests: Debian's Chromium, driven by pytest-playwright, against a real JupyterLab."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .lab import (
    CHROMIUM_ARGS,
    MISSING_CHROMIUM_IN_CI,
    MISSING_CHROMIUM_LOCALLY,
    Lab,
    find_chromium,
    running_lab,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


# pytest-playwright 0.10 (through its bundled base_url fixture) trips a pytest 9 deprecation on
# every browser test; it is theirs to fix and pytest<10 is pinned, so keep it out of our reports.
PLAYWRIGHT_BASE_URL_DEPRECATION = pytest.mark.filterwarnings(
    "ignore:Session-scoped fixtures defined as instance methods:pytest.PytestRemovedIn10Warning"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item, not only ours: mark the ones under tests/browser.
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(PLAYWRIGHT_BASE_URL_DEPRECATION)


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """The system Chromium; without it, fail in CI and skip elsewhere."""
    path = find_chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING_CHROMIUM_IN_CI, pytrace=False)
        pytest.skip(MISSING_CHROMIUM_LOCALLY)
    return path


@pytest.fixture(autouse=True)
def _require_chromium(chromium_executable: str) -> None:
    """Check for Chromium before anything else (such as the lab server) is started."""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, chromium_executable: str) -> dict:
    # `playwright install` cannot download a browser here; use Debian's build. --headed still works.
    return {
        "headless": True,
        **browser_type_launch_args,
        "executable_path": chromium_executable,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def lab_sources() -> list[Path]:
    """The folders the lab server serves copies of."""
    return [p for p in (REPO / "workbook", REPO / "solutions") if p.is_dir()]


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory, lab_sources: list[Path]) -> Iterator[Lab]:
    """A JupyterLab server over a temporary copy of the notebooks, for the whole session."""
    try:
        with running_lab(tmp_path_factory.mktemp("jupyterlab"), lab_sources) as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)

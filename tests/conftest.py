"""Shared fixtures: the repository root and a private learner data folder for every test."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Point RAPPORT_DATA_DIR at an empty folder so no test ever reads a developer's own data."""
    folder = tmp_path_factory.mktemp("learner-data")
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def repo() -> Path:
    return REPO

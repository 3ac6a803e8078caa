"""Shared fixtures: the repository root and a private learner data folder for every test."""

import os
import secrets
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


@pytest.fixture(scope="session", autouse=True)
def grading_users():
    """Grading kernels run as users ``rgx-<random>-N`` during the tests, removed at the end."""
    from rapport.grading.sandbox import USER_PREFIX_ENV, remove_users

    prefix = f"rgx-{secrets.token_hex(3)}"
    os.environ[USER_PREFIX_ENV] = prefix
    yield prefix
    remove_users(prefix)

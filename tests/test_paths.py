from pathlib import Path

import pytest

from rapport.data import SAMPLE_FILES, sample_path
from rapport.paths import learner_data_dir, resolve_export


def test_data_dir_follows_the_environment_variable(private_data_dir):
    assert learner_data_dir() == private_data_dir.resolve()


def test_data_dir_defaults_to_a_user_folder_outside_the_repo(monkeypatch, repo):
    monkeypatch.delenv("RAPPORT_DATA_DIR")
    folder = learner_data_dir()
    assert folder.name == "rapport"
    assert repo not in folder.parents


def test_every_sample_file_ships_with_the_package():
    for name in SAMPLE_FILES:
        assert sample_path(name).is_file(), name
    with pytest.raises(ValueError, match="choose one of"):
        sample_path("secrets.csv")


def test_auto_uses_the_sample_until_the_learner_adds_a_file(private_data_dir):
    path, which = resolve_export("auto")
    assert path == sample_path("Connections.csv")
    assert str(private_data_dir.resolve()) in which
    own = private_data_dir / "Connections.csv"
    own.write_text("First Name,Last Name\n", encoding="utf-8")
    path, which = resolve_export("auto")
    assert path == own.resolve()
    assert "your own file" in which


def test_sample_is_used_even_when_the_learner_has_a_file(private_data_dir):
    (private_data_dir / "Connections.csv").write_text("x", encoding="utf-8")
    assert resolve_export("sample")[0] == sample_path("Connections.csv")


def test_a_missing_explicit_path_explains_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="set it to 'auto'"):
        resolve_export(str(tmp_path / "nope.csv"))
    real = tmp_path / "mine.csv"
    real.write_text("x", encoding="utf-8")
    assert resolve_export(str(real))[0] == Path(real)

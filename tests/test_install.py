"""The install is reproducible: declared dependencies, a lock file, learners get no test tools."""

import ast
import json
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = REPO / "requirements" / "constraints.txt"
TEST_TOOLS = {"pytest", "pytest-xdist", "hypothesis", "playwright", "pytest-playwright", "ruff"}
TEST_TOOLS |= {"mypy", "dask", "distributed"}


def declared(group: str | None = None) -> set[str]:
    project = PYPROJECT["project"]
    specs = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {canonicalize_name(Requirement(spec).name) for spec in specs}


def imported_top_level(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"rapport", "widgets", "__future__"}


def test_every_package_the_code_imports_is_declared():
    runtime = declared()
    optional = set().union(*(declared(g) for g in PYPROJECT["project"]["optional-dependencies"]))
    owners = packages_distributions()
    missing = {}
    for module in imported_top_level(REPO / "rapport") | imported_top_level(REPO / "widgets"):
        dists = {canonicalize_name(d) for d in owners.get(module, [module])}
        if not dists & (runtime | optional):
            missing[module] = sorted(dists)
    assert missing == {}


def test_the_lock_pins_every_installed_dependency_exactly():
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version
    for name in declared() | declared("test"):
        assert name in pins, f"{name} is declared but not in {LOCK.name}; run make lock"


def test_make_uses_the_lock_and_gives_learners_no_test_tools():
    dry = subprocess.run(
        ["make", "-n", "-B", "--no-print-directory", "runtime"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installs = [line for line in dry.splitlines() if "pip install" in line and " -e " in line]
    assert installs, dry
    assert all("-c requirements/constraints.txt" in line for line in installs)
    assert not any("[test]" in line for line in installs)
    for target in ("lab", "tracker"):
        rule = subprocess.run(
            ["make", "-p", "-n", target], cwd=REPO, capture_output=True, text=True
        ).stdout
        deps = next(line for line in rule.splitlines() if line.startswith(f"{target}:"))
        assert "runtime" in deps
        assert "venv" not in deps


@pytest.mark.slow  # resolves the whole runtime install against the package index
def test_the_learners_install_resolves_from_the_lock_without_test_tools(tmp_path):
    report = tmp_path / "report.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--dry-run",
            "--ignore-installed",
            "--report",
            str(report),
            "-c",
            str(LOCK),
            "-e",
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    resolved = {
        canonicalize_name(item["metadata"]["name"]): item["metadata"]["version"]
        for item in json.loads(report.read_text(encoding="utf-8"))["install"]
    }
    assert "jupyterlab" in resolved
    assert "nbgrader" in resolved
    assert TEST_TOOLS.isdisjoint(resolved), sorted(TEST_TOOLS & set(resolved))

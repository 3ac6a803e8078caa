"""The core never depends on the UI layer."""

import ast
import subprocess
import sys

FORBIDDEN = {"ipywidgets", "widgets", "anywidget", "IPython.display"}
# Core modules that do not load altair (altair itself imports anywidget when it is installed).
LIGHT_CORE = [
    "rapport.contacts",
    "rapport.audit",
    "rapport.checks",
    "rapport.paths",
    "rapport.nbclean",
    "rapport.cli",
    "rapport.data",
]


def imported_names(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_core_module_imports_the_ui_layer(repo):
    modules = list((repo / "rapport").rglob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in imported_names(tree):
            root = name.split(".")[0]
            assert {name, root}.isdisjoint(FORBIDDEN), f"{path.name} imports {name}"


def test_importing_the_core_does_not_load_ipywidgets():
    code = f"import sys; import {', '.join(LIGHT_CORE)}; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

"""veodesk/core must stay free of Qt: the CLI and the tests run it without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import veodesk

CORE = Path(veodesk.__file__).parent / "core"
QT_MODULES = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def test_no_qt_import_statement_under_core() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) > 10  # the scan really saw the package


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = [f"veodesk.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import veodesk.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"

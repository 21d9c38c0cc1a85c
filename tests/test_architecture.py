"""Rules of the source tree's layout that a reader relies on."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "veodesk"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level (TYPE_CHECKING blocks included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_sandboxs_handlers_do_not_import_its_server() -> None:
    for name in ("api", "video", "billing", "control", "http_base"):
        modules = imported_modules(PACKAGE / "sandbox" / f"{name}.py")
        assert ".server" not in modules and "veodesk.sandbox.server" not in modules, name


def test_the_sandbox_does_not_take_the_contract_from_core() -> None:
    for path in (PACKAGE / "sandbox").glob("*.py"):
        modules = imported_modules(path)
        assert not any(m.startswith("veodesk.core") for m in modules), path.name


def test_no_gui_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in (PACKAGE / "gui").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def test_the_join_dialogs_modules_leave_the_joiner_unloaded() -> None:
    # The window opens "Join into a film…" on its UI thread; loading the joiner's
    # modules there took about 20 ms (UI-stall benchmark). Its pool thread runs
    # the join in a child process (film/child.py), and importing them there held
    # the GIL while they compiled. They, PyAV and OpenTimelineIO belong to the child.
    code = (
        "import sys\n"
        "import veodesk.core.film.history, veodesk.core.film.options, veodesk.core.film.child\n"
        "import veodesk.gui.jobs.film_join, veodesk.gui.jobs.film_dialog\n"
        "names = ('av', 'opentimelineio', 'veodesk.core.film.joiner')\n"
        "print(sorted(m for m in names if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_storyboard_tab_loads_no_picture_video_or_network_library() -> None:
    # The tab is built on the UI thread the first time it is shown: Pillow, PyAV,
    # requests and the runner load on its pool threads (survey, pictures, runs).
    code = (
        "import sys\n"
        "import veodesk.gui.shell.boards, veodesk.gui.storyboard.controller\n"
        "import veodesk.gui.storyboard.view, veodesk.gui.storyboard.sending\n"
        "names = ('av', 'opentimelineio', 'veodesk.core.film.joiner', 'requests', 'PIL',\n"
        "         'veodesk.core.runner')\n"
        "print(sorted(m for m in names if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"

"""The installers' metadata: desktop entry, AppStream, version, icons, Depends.

The validators (desktop-file-validate, appstreamcli) run when installed;
packaging/linux/build.sh installs them and runs them again on the .deb's copies.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.veodesk.Veodesk"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
MIME_XML = ROOT / "resources" / f"{APP_ID}.mime.xml"
STORYBOARD = "application/x-veodesk-storyboard"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
SPEC = ROOT / "packaging" / "veodesk.spec"
CONTROL = ROOT / "packaging" / "linux" / "control.in"


def pyproject_version() -> str:
    match = re.search(
        r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE
    )
    assert match
    return match.group(1)


def desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    group = ""
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "", proc.stdout  # no warnings or hints either


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_metainfo_validates() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_entry_matches_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    # /usr/bin/veodesk in the .deb, given the one file the file manager opens
    assert entry["Exec"] == "veodesk %f"
    assert entry["MimeType"].split(";") == [STORYBOARD, ""]
    assert entry["Icon"] == APP_ID
    assert "AudioVideo" in entry["Categories"].split(";")


def test_metainfo_names_the_desktop_entry_icon_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.find("content_rating") is not None
    assert root.findall("screenshots/screenshot/image")
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    # The newest release comes first and is the version being built.
    assert releases[0].get("version") == pyproject_version()
    dates = [r.get("date") or "" for r in releases]
    assert dates == sorted(dates, reverse=True)
    for image in root.findall("screenshots/screenshot/image"):
        # Each is a committed file (docs/screenshots, retaken by scripts/screenshots.sh).
        assert (ROOT / (image.text or "").split("/main/", 1)[1]).is_file(), image.text


def test_storyboard_mime_type_matches_the_desktop_entry_and_metainfo() -> None:
    types = ET.parse(MIME_XML).getroot().findall("m:mime-type", MIME_NS)
    assert [t.get("type") for t in types] == [STORYBOARD]
    (board,) = types
    assert [g.get("pattern") for g in board.findall("m:glob", MIME_NS)] == ["*.veoboard"]
    parent, icon = board.find("m:sub-class-of", MIME_NS), board.find("m:generic-icon", MIME_NS)
    assert parent is not None and parent.get("type") == "application/json"
    assert icon is not None and icon.get("name") == APP_ID
    # The first bytes of a project, as the storyboard writes them (the "format" key first).
    values = [m.get("value") for m in board.findall("m:magic/m:match", MIME_NS)]
    assert '"format": "veodesk-storyboard"' in values
    provides = ET.parse(METAINFO).getroot()
    assert provides.findtext("provides/mediatype") == STORYBOARD
    assert [b.text for b in provides.findall("provides/binary")] == ["veodesk", "veodesk-cli"]


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="no shared-mime-info")
def test_mime_xml_is_accepted_by_update_mime_database(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    proc = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path)},
    )
    # It reports a bad element on stderr and still exits 0.
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{STORYBOARD}:*.veoboard" in globs
    assert STORYBOARD in (tmp_path / "mime" / "magic").read_bytes().decode("latin-1")


def test_spec_reads_the_version_from_pyproject() -> None:
    """Run the spec's own _version() (not a copy of it) and compare."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    func = next(
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "_version"
    )
    namespace: dict[str, object] = {"ROOT": ROOT, "re": re, "Path": Path}
    exec(compile(ast.Module([func], []), str(SPEC), "exec"), namespace)
    assert namespace["_version"]() == pyproject_version()  # type: ignore[operator]
    assert re.search(r"^VERSION = _version\(\)$", SPEC.read_text(), re.MULTILINE)


def test_windows_and_macos_take_the_version_from_the_build() -> None:
    iss = (ROOT / "packaging" / "windows" / "veodesk.iss").read_text(encoding="utf-8")
    assert not re.search(r"\d+\.\d+\.\d+", iss.split("[Setup]")[0]), "hard-coded version"
    assert "AppVersion={#AppVersion}" in iss
    assert "PrivilegesRequired=lowest" in iss


def test_deb_depends_on_the_libraries_qt_needs() -> None:
    text = CONTROL.read_text(encoding="utf-8")
    match = re.search(r"^Depends:(.*(?:\n .*)*)", text, re.MULTILINE)
    assert match
    names = set(re.findall(r"[a-z0-9][a-z0-9.+-]+", re.sub(r"\(.*?\)", "", match.group(1))))
    for lib in (
        "libpulse0",
        "libegl1",
        "libgl1",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libfontconfig1",
        "libdbus-1-3",
    ):
        assert lib in names


def test_icons_render_at_every_size(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    from PIL import Image

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not blank
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    with Image.open(tmp_path / "veodesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "veodesk.icns") as icns:
        assert icns.size == (1024, 1024)


def test_the_sandboxs_api_description_ships_in_the_wheel_and_the_frozen_app() -> None:
    from veodesk.sandbox import contract

    assert contract.OPENAPI_FILE.is_file()
    name = contract.OPENAPI_FILE.name
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'"veodesk.sandbox" = ["{name}"]' in pyproject
    # Beside the sandbox's modules in the bundle, where contract.OPENAPI_FILE looks.
    assert f'"veodesk" / "sandbox" / "{name}"), "veodesk/sandbox")' in SPEC.read_text()

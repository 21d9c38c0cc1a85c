"""Check a frozen Linux bundle's libraries against the .deb's Depends, with ldd.

    python packaging/linux/check_depends.py BUNDLE_DIR CONTROL_FILE
    python packaging/linux/check_depends.py --glibc BUNDLE_DIR   # prints e.g. 2.35

For every ELF file in BUNDLE_DIR (the PyInstaller one-folder app), ldd runs
with the library path the PyInstaller bootloader sets (``_internal``). Each
library the file links directly (``NEEDED``) must resolve, either inside the
bundle or on the system; a system library's Debian package (``dpkg -S``) must
be one of the alternatives in CONTROL_FILE's Depends, which must also ask for
the newest glibc symbol version any file uses. Plugins Qt loads only when
their libraries are there (the GTK 3 theme) are skipped. Exit status 1 lists
what is missing; 0 prints the package map.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# Qt loads these plugins only when their libraries are there; without them the
# app still runs (Qt falls back to its own dialogs and styling).
OPTIONAL = (re.compile(r"/plugins/platformthemes/libqgtk3\.so$"),)

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def ldd(path: Path, env: dict[str, str]) -> dict[str, str]:
    proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
    found: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        match = LDD_LINE.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def package_of(path: str, cache: dict[str, str | None]) -> str | None:
    real = os.path.realpath(path)
    if real in cache:
        return cache[real]
    owner: str | None = None
    # dpkg knows a file by the path its package ships it at; with merged /usr
    # that may be /lib/... or /usr/lib/..., for the file or for a symlink to it.
    candidates = {path, real}
    for item in list(candidates):
        if item.startswith("/usr/"):
            candidates.add(item[4:])
        else:
            candidates.add("/usr" + item)
    for candidate in sorted(candidates):
        proc = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if proc.returncode == 0 and proc.stdout:
            owner = proc.stdout.split(":", 1)[0].split(",")[0].strip()
            break
    cache[real] = owner
    return owner


def glibc_needed(path: Path) -> tuple[int, ...]:
    """The newest GLIBC_x.y symbol version the file references."""
    out = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    versions = [tuple(map(int, v.split("."))) for v in re.findall(r"@GLIBC_(\d+(?:\.\d+)+)", out)]
    return max(versions, default=(0,))


def libc6_floor(control: Path) -> tuple[int, ...] | None:
    match = re.search(r"libc6\s*\(>=\s*([0-9.]+)", control.read_text(encoding="utf-8"))
    return tuple(map(int, match.group(1).split("."))) if match else None


def control_field(control: Path, field: str) -> set[str]:
    """Every package named in a relationship field, alternatives included."""
    text = control.read_text(encoding="utf-8")
    match = re.search(rf"^{field}:(.*(?:\n[ \t].*)*)", text, re.MULTILINE)
    if not match:
        return set()
    names = set()
    for clause in match.group(1).replace("\n", " ").split(","):
        for alternative in clause.split("|"):
            name = re.sub(r"\(.*?\)|:\S+", "", alternative).strip()
            if name:
                names.add(name)
    return names


def elf_files(bundle: Path) -> list[Path]:
    paths = sorted(bundle.rglob("*"))
    return [p for p in paths if p.is_file() and not p.is_symlink() and is_elf(p)]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--glibc":
        # The libc6 version the bundle needs, for the control file's Depends.
        newest = max((glibc_needed(p) for p in elf_files(Path(argv[1]))), default=(2, 17))
        print(".".join(map(str, newest)))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, control = Path(argv[0]).resolve(), Path(argv[1])
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    depends = control_field(control, "Depends")

    problems: list[str] = []
    optional: list[str] = []
    glibc: tuple[int, ...] = (0,)
    glibc_file = ""
    users: dict[str, set[str]] = defaultdict(set)  # package -> libraries
    cache: dict[str, str | None] = {}
    files = elf_files(bundle)
    for path in files:
        rel = str(path.relative_to(bundle))
        if any(pattern.search("/" + rel) for pattern in OPTIONAL):
            optional.append(rel)
            continue
        wants = glibc_needed(path)
        if wants > glibc:
            glibc, glibc_file = wants, rel
        resolved = ldd(path, env)
        for lib in needed(path):
            where = resolved.get(lib)
            if lib.startswith("ld-linux") or (where is None and lib.startswith("/")):
                continue
            if where is None or where == "not found":
                problems.append(f"{rel}: {lib} not found")
                continue
            if Path(where).resolve().is_relative_to(bundle):
                continue
            package = package_of(where, cache)
            if package is None:
                problems.append(f"{rel}: {lib} ({where}) belongs to no Debian package")
                continue
            if package not in depends:
                problems.append(f"{rel}: {lib} is in {package}, which Depends does not name")
            users[package].add(lib)

    floor = libc6_floor(control)
    glibc_text = ".".join(map(str, glibc))
    if floor is None or floor < glibc:
        problems.append(f"{glibc_file} needs glibc {glibc_text}: Depends must say libc6 (>= it)")

    print(f"{len(files)} ELF files checked with ldd; system packages they link:")
    for package in sorted(users):
        print(f"  {package}: {', '.join(sorted(users[package]))}")
    print(f"  (glibc symbols up to {glibc_text}, in {glibc_file})")
    if optional:
        print("Not checked (optional at run time): " + ", ".join(optional))
    unused = sorted(depends - set(users))
    if unused:
        print("In Depends for libraries loaded at run time (dlopen), or as an alternative name:")
        print("  " + ", ".join(unused))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for line in sorted(set(problems)):
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Check a frozen Linux bundle's libraries against the .deb's Depends or the .rpm's Requires.

    python packaging/linux/check_depends.py BUNDLE_DIR CONTROL_FILE
    python packaging/linux/check_depends.py --glibc BUNDLE_DIR   # prints e.g. 2.35
    python packaging/linux/check_depends.py --rpm-requires BUNDLE_DIR CONTROL_FILE
    python packaging/linux/check_depends.py --rpm BUNDLE_DIR RPM_FILE

For every ELF file in BUNDLE_DIR (the PyInstaller one-folder app), ldd runs
with the library path the PyInstaller bootloader sets (``_internal``). Each
library the file links directly (``NEEDED``) must resolve, either inside the
bundle or on the system; a system library's Debian package (``dpkg -S``) must
be one of the alternatives in CONTROL_FILE's Depends, which must also ask for
the newest glibc symbol version any file uses. Plugins Qt loads only when
their libraries are there (the GTK 3 theme) are skipped. Exit status 1 lists
what is missing; 0 prints the package map.

An .rpm names libraries, not packages (package names differ between Fedora
and openSUSE; sonames do not). ``--rpm-requires`` prints its Requires: each
system library a file links, as ``libX.so.N()(64bit)``, and each symbol
version used from it, as ``libX.so.N(GLIBC_2.34)(64bit)`` (what rpm's own
generator would write), plus the libraries of the packages that the .deb's
Depends names for run-time loading (dlopen), which no file links. A library
the bundle carries (the .rpm's libx264) is never required. ``--rpm`` reads
the built package's Requires (``rpm -qp --requires``) and checks them the
same way against ldd on the bundle the package holds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Qt loads these plugins only when their libraries are there; without them the
# app still runs (Qt falls back to its own dialogs and styling).
OPTIONAL = (re.compile(r"/plugins/platformthemes/libqgtk3\.so$"),)

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
#: A shared library's versioned file name, as packages ship them (libssl.so.3, libEGL.so.1.1.0).
SHARED_LIBRARY = re.compile(r"/lib[^/]*\.so\.\d[\d.]*$")


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


def version_needs(path: Path) -> dict[str, set[str]]:
    """Library -> the symbol versions the file uses from it (readelf's version needs)."""
    out = subprocess.run(
        ["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    needs: dict[str, set[str]] = defaultdict(set)
    _, _, section = out.partition("Version needs section")
    library = ""
    for line in section.splitlines():
        if match := re.search(r"File: (\S+)", line):
            library = match.group(1)
        elif (match := re.search(r"Name: (\S+)", line)) and library:
            needs[library].add(match.group(1))
    return needs


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


@dataclass
class Links:
    """What the bundle's ELF files link from outside it, as ldd resolves them on this machine."""

    bundle: Path
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    #: soname -> where it resolved on this system
    system: dict[str, str] = field(default_factory=dict)
    #: soname -> the symbol versions used from it (GLIBC_2.34, GLIBCXX_3.4.29, ...)
    versions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: soname -> the files that link it
    linked_by: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    glibc: tuple[int, ...] = (0,)
    glibc_file: str = ""

    def carried(self) -> set[str]:
        """The library file names inside the bundle."""
        return {p.name for p in self.bundle.rglob("*.so*")}


def scan(bundle: Path) -> Links:
    links = Links(bundle.resolve())
    internal = links.bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    links.files = elf_files(links.bundle)
    for path in links.files:
        rel = str(path.relative_to(links.bundle))
        if any(pattern.search("/" + rel) for pattern in OPTIONAL):
            links.optional.append(rel)
            continue
        wants = glibc_needed(path)
        if wants > links.glibc:
            links.glibc, links.glibc_file = wants, rel
        resolved = ldd(path, env)
        outside: set[str] = set()
        for lib in needed(path):
            where = resolved.get(lib)
            if lib.startswith("ld-linux") or (where is None and lib.startswith("/")):
                continue
            if where is None or where == "not found":
                links.problems.append(f"{rel}: {lib} not found")
                continue
            if Path(where).resolve().is_relative_to(links.bundle):
                continue
            links.system[lib] = where
            links.linked_by[lib].add(rel)
            outside.add(lib)
        for lib, versions in version_needs(path).items():
            if lib in outside:
                links.versions[lib] |= {v for v in versions if "PRIVATE" not in v}
    return links


def check_deb(links: Links, control: Path) -> int:
    depends = control_field(control, "Depends")
    problems = list(links.problems)
    users: dict[str, set[str]] = defaultdict(set)  # package -> libraries
    cache: dict[str, str | None] = {}
    for lib, where in links.system.items():
        package = package_of(where, cache)
        if package is None:
            problems.append(f"{lib} ({where}) belongs to no Debian package")
            continue
        if package not in depends:
            files = ", ".join(sorted(links.linked_by[lib]))
            problems.append(f"{files}: {lib} is in {package}, which Depends does not name")
        users[package].add(lib)

    floor = libc6_floor(control)
    glibc_text = ".".join(map(str, links.glibc))
    if floor is None or floor < links.glibc:
        problems.append(
            f"{links.glibc_file} needs glibc {glibc_text}: Depends must say libc6 (>= it)"
        )

    print(f"{len(links.files)} ELF files checked with ldd; system packages they link:")
    for package in sorted(users):
        print(f"  {package}: {', '.join(sorted(users[package]))}")
    print(f"  (glibc symbols up to {glibc_text}, in {links.glibc_file})")
    if links.optional:
        print("Not checked (optional at run time): " + ", ".join(links.optional))
    unused = sorted(depends - set(users))
    if unused:
        print("In Depends for libraries loaded at run time (dlopen), or as an alternative name:")
        print("  " + ", ".join(unused))
    return report(problems)


def report(problems: list[str]) -> int:
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for line in sorted(set(problems)):
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


def soname(path: Path) -> str | None:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return match.group(1) if match else None


def dlopened(links: Links, control: Path) -> set[str]:
    """The libraries of the Depends packages that no file links: loaded at run time.

    Only packages installed here count (the others are alternatives' names),
    and only their public libraries (``/lib*.so.N`` in a library folder).
    """
    cache: dict[str, str | None] = {}
    linked_packages = {package_of(where, cache) for where in links.system.values()}
    carried = links.carried()
    found: set[str] = set()
    for package in sorted(control_field(control, "Depends") - linked_packages):
        proc = subprocess.run(
            ["dpkg-query", "-L", package], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            continue
        for line in proc.stdout.splitlines():
            path = Path(line)
            if SHARED_LIBRARY.search(line) and "/lib" in str(path.parent) and path.is_file():
                name = soname(path)
                if name and name not in carried and name not in links.system:
                    found.add(name)
    return found


def rpm_requires(links: Links, runtime: set[str]) -> list[str]:
    requires = set()
    for lib in set(links.system) | runtime:
        requires.add(f"{lib}()(64bit)")
        requires.update(f"{lib}({version})(64bit)" for version in links.versions.get(lib, ()))
    return sorted(requires)


def check_rpm(links: Links, rpm: Path) -> int:
    proc = subprocess.run(
        ["rpm", "-qp", "--requires", str(rpm)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        return report([f"rpm -qp --requires {rpm}: {proc.stderr.strip()}"])
    requires = {line.strip() for line in proc.stdout.splitlines() if line.strip()}
    problems = list(links.problems)
    for lib in sorted(links.system):
        wanted = [f"{lib}()(64bit)"]
        wanted += [f"{lib}({v})(64bit)" for v in sorted(links.versions.get(lib, ()))]
        problems += [
            f"Requires lacks {w} (linked by {min(links.linked_by[lib])})"
            for w in wanted
            if w not in requires
        ]
    carried = links.carried()
    for item in sorted(requires):
        match = re.match(r"([^(]+\.so[.\d]*)\(", item)
        if match and match.group(1) in carried:
            problems.append(f"Requires {item}, a library the bundle carries")
    print(
        f"{len(links.files)} ELF files checked with ldd against {rpm.name}'s "
        f"{len(requires)} Requires; system libraries linked: {len(links.system)}"
    )
    return report(problems)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--glibc":
        # The libc6 version the bundle needs, for the control file's Depends.
        newest = max((glibc_needed(p) for p in elf_files(Path(argv[1]))), default=(2, 17))
        print(".".join(map(str, newest)))
        return 0
    if len(argv) == 3 and argv[0] == "--rpm-requires":
        links = scan(Path(argv[1]))
        if report(links.problems):
            return 1
        for item in rpm_requires(links, dlopened(links, Path(argv[2]))):
            print(f"Requires:       {item}")
        return 0
    if len(argv) == 3 and argv[0] == "--rpm":
        return check_rpm(scan(Path(argv[1])), Path(argv[2]))
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    return check_deb(scan(Path(argv[0])), Path(argv[1]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

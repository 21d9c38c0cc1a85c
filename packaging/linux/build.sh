#!/usr/bin/env bash
# Build veodesk for Linux: the PyInstaller bundle, a .deb, an .rpm and a portable tar.gz.
#
#   bash packaging/linux/build.sh
#
# Outputs (VERSION from pyproject.toml):
#   build/dist/veodesk/                       the one-folder app (bundle)
#   dist/veodesk_VERSION_amd64.deb            /usr/bin/veodesk{,-cli}, /usr/lib/veodesk, menu
#                                             entry, MIME type, icons
#   dist/veodesk-VERSION-1.x86_64.rpm         the same for Fedora and openSUSE, libx264 inside
#   dist/veodesk-VERSION-linux-x86_64.tar.gz  the bundle (veodesk, veodesk-cli) plus share/
# Installs what it needs when missing: Debian build tools, rpmbuild, the
# smoke test's tools and the libraries the .deb depends on (apt-get), a PyAV on
# a minimal FFmpeg (packaging/linux/pyav.sh), and the app with it and
# PyInstaller in build/venv (the "packaging" extra).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
APP_ID=io.github.veodesk.Veodesk
start=$SECONDS

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools and libraries ---------------------------------------------------
# binutils: readelf/objdump/strip for PyInstaller and the checks. The .deb's
# Depends go on the build machine too: check_depends.py resolves every library
# there, and the smoke test runs the unpacked .deb against them.
mapfile -t depends < <(sed -n '/^Depends:/,/^[A-Z]/p' packaging/linux/control.in \
  | sed -e '1s/^Depends://' -e '/^[A-Z]/d' | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/^ *//;s/ *$//' \
  | sed -e '/^$/d' -e '/@/d')
wanted=()
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if command -v dpkg-query >/dev/null 2>&1; then
  installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
  # rpm: rpmbuild. rpm2cpio, cpio, shared-mime-info (update-mime-database), xdg-utils
  # and libfile-mimeinfo-perl (xdg-mime's file-type lookup off a desktop): the smoke test.
  for tool in binutils dpkg-dev desktop-file-utils appstream xz-utils rpm rpm2cpio cpio \
    shared-mime-info xdg-utils libfile-mimeinfo-perl; do
    installed "$tool" || wanted+=("$tool")
  done
  need_update=1
  for clause in "${depends[@]}"; do
    IFS='|' read -ra alternatives <<<"$clause"
    ok=0
    for alt in "${alternatives[@]}"; do
      alt=$(echo "$alt" | xargs)
      if installed "$alt"; then ok=1; break; fi
    done
    ((ok)) && continue
    if ((need_update)); then $SUDO apt-get update -qq; need_update=0; fi
    for alt in "${alternatives[@]}"; do
      alt=$(echo "$alt" | xargs)
      if apt-cache show "$alt" >/dev/null 2>&1; then wanted+=("$alt"); break; fi
    done
  done
  if ((${#wanted[@]})); then
    say "Installing ${wanted[*]}"
    if ((need_update)); then $SUDO apt-get update -qq; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${wanted[@]}" >/dev/null
  fi
fi

say "PyAV on a minimal FFmpeg"
AV_WHEEL=$(bash packaging/linux/pyav.sh)
FFMPEG_LIB="$ROOT/build/pyav/ffmpeg/lib"

# Its own environment, so the bundle holds that PyAV and nothing the tests or
# benchmarks install (numpy, pytest, ...).
say "Python environment (build/venv with the packaging extra)"
VENV="$ROOT/build/venv"
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip >/dev/null
"$PY" -m pip install -q --force-reinstall --no-deps "$AV_WHEEL"
"$PY" -m pip install -q -e ".[packaging]"
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
[ "$ARCH" = amd64 ] || { echo "only amd64 is packaged (this is $ARCH)" >&2; exit 1; }

# --- the bundle --------------------------------------------------------------
say "PyInstaller: veodesk $VERSION"
t0=$SECONDS
rm -rf build/dist/veodesk
# The minimal FFmpeg is not on the loader's path: PyInstaller finds (and bundles)
# PyAV's libraries through LD_LIBRARY_PATH.
LD_LIBRARY_PATH="$FFMPEG_LIB${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller packaging/veodesk.spec
BUNDLE="$ROOT/build/dist/veodesk"
pyinstaller_seconds=$((SECONDS - t0))

# Debug info off the objects that carry it, but not the wheels' vendored
# libraries (*.libs/): strip corrupts their patchelf-ed segments.
say "Stripping debug info"
before=$(du -sk "$BUNDLE" | cut -f1)
find "$BUNDLE/_internal" -type f -name '*.so*' ! -path '*.libs/*' -print0 \
  | while IFS= read -r -d '' lib; do
      if readelf -S -W "$lib" 2>/dev/null | grep -q '\.debug_info'; then
        strip --strip-debug "$lib"
      fi
    done
echo "$(( (before - $(du -sk "$BUNDLE" | cut -f1)) / 1024 )) MB of debug info removed" >&2
# The command-line tool: a script beside the one executable, which it runs with --cli.
install -m 0755 packaging/linux/veodesk-cli.sh "$BUNDLE/veodesk-cli"

# --- the staged .deb tree ----------------------------------------------------
say "Staging the .deb"
ICONS=build/icons   # rendered by the spec (packaging/make_icons.py)
STAGE="$ROOT/build/deb/veodesk_${VERSION}_${ARCH}"
rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/usr/bin" "$STAGE/usr/lib" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/veodesk" "$STAGE/usr/share/icons" \
  "$STAGE/usr/share/mime/packages"
cp -a "$BUNDLE" "$STAGE/usr/lib/veodesk"
install -m 0755 packaging/linux/veodesk.sh "$STAGE/usr/bin/veodesk"
ln -s ../lib/veodesk/veodesk-cli "$STAGE/usr/bin/veodesk-cli"
install -m 0644 "resources/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
# The storyboard project type. shared-mime-info's dpkg trigger on this folder
# (and its file trigger on Fedora and openSUSE) rebuilds the MIME database:
# no maintainer script needed.
install -m 0644 "resources/$APP_ID.mime.xml" "$STAGE/usr/share/mime/packages/$APP_ID.xml"
install -m 0644 "resources/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
cp -r "$ICONS/hicolor" "$STAGE/usr/share/icons/hicolor"
install -m 0644 packaging/linux/copyright "$STAGE/usr/share/doc/veodesk/copyright"
# Debian wants directories 0755 and files 0644/0755, owned by root (dpkg-deb --root-owner-group).
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/usr/share" -type f -exec chmod 0644 {} +
chmod -R go-w "$STAGE"
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
glibc=$("$PY" packaging/linux/check_depends.py --glibc "$STAGE/usr/lib/veodesk")
# PyAV's FFmpeg links the build machine's libx264 (libx264-164 on Debian 12 and
# Ubuntu 24.04, libx264-163 on Ubuntu 22.04): depend on that very package.
x264_lib=$(ldd "$FFMPEG_LIB/libavcodec.so.62" | awk '/libx264/ {print $3}')
x264_pkg=$(dpkg-query -S "$(readlink -f "$x264_lib")" | cut -d: -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kb/" -e "s/@GLIBC@/$glibc/" \
  -e "s/@X264@/$x264_pkg/" \
  packaging/linux/control.in >"$STAGE/DEBIAN/control"

say "Checking"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --explain "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
"$PY" packaging/linux/check_depends.py "$STAGE/usr/lib/veodesk" "$STAGE/DEBIAN/control"

say "Building the .deb and the tar.gz"
mkdir -p dist
DEB="dist/veodesk_${VERSION}_${ARCH}.deb"
TARBALL="dist/veodesk-${VERSION}-linux-x86_64.tar.gz"
rm -f "$DEB" "$TARBALL"
t0=$SECONDS
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
deb_seconds=$((SECONDS - t0))

# --- the .rpm ------------------------------------------------------------------
# The .deb's tree (hard-linked, not copied), plus two system libraries that the
# .deb takes from Debian, each with its licence: the libx264 that PyAV's FFmpeg
# links (Fedora's base repositories do not have libx264), and the libbz2 that
# Python's _bz2 links by Debian's own soname, libbz2.so.1.0 (Fedora's and
# openSUSE's is libbz2.so.1, so no package there provides Debian's).
say "Staging and building the .rpm"
RPM_TOP="$ROOT/build/rpm"
RPM_ROOT="$RPM_TOP/root"
rm -rf "$RPM_TOP"
mkdir -p "$RPM_ROOT"
cp -al "$STAGE/usr" "$RPM_ROOT/usr"
internal="$RPM_ROOT/usr/lib/veodesk/_internal"
bz2_module=$(find "$BUNDLE/_internal" -name '_bz2.*.so' | head -n 1)
bz2_lib=$(ldd "$bz2_module" | awk '/libbz2/ {print $3}')
for lib in "$x264_lib" "$bz2_lib"; do
  real=$(readlink -f "$lib")
  # With merged /usr, dpkg may know the file as /lib/...: ask for both.
  package=$({ dpkg-query -S "$real" 2>/dev/null || dpkg-query -S "${real#/usr}"; } | cut -d: -f1)
  install -m 0755 "$(readlink -f "$lib")" "$internal/$(basename "$lib")"
  install -d "$internal/licenses/$package"
  install -m 0644 "/usr/share/doc/$package/copyright" "$internal/licenses/$package/copyright"
done
requires=$("$PY" packaging/linux/check_depends.py --rpm-requires "$RPM_ROOT/usr/lib/veodesk" \
  "$STAGE/DEBIAN/control")
sed -e "s/@VERSION@/$VERSION/" -e "s|@ROOT@|$RPM_ROOT|" packaging/linux/veodesk.rpm.spec.in \
  | awk -v requires="$requires" '$0 == "@REQUIRES@" { print requires; next } { print }' \
  >"$RPM_TOP/veodesk.spec"
RPM="dist/veodesk-${VERSION}-1.x86_64.rpm"
rm -f "$RPM"
t0=$SECONDS
# xz, as the .deb: every rpm on Fedora and openSUSE (Leap included) reads it.
rpmbuild -bb --quiet --target x86_64 \
  --define "_topdir $RPM_TOP" --define "_rpmdir $RPM_TOP/out" \
  --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
  --define "_binary_payload w6T.xzdio" \
  "$RPM_TOP/veodesk.spec" >"$RPM_TOP/rpmbuild.log" 2>&1 \
  || { tail -n 30 "$RPM_TOP/rpmbuild.log" >&2; exit 1; }
rpm_seconds=$((SECONDS - t0))
cp "$RPM_TOP/out/veodesk-${VERSION}-1.x86_64.rpm" "$RPM"
"$PY" packaging/linux/check_depends.py --rpm "$RPM_ROOT/usr/lib/veodesk" "$RPM"

# The portable archive: the bundle at the top, the desktop integration in share/.
PORTABLE="$ROOT/build/portable/veodesk-$VERSION"
rm -rf "$ROOT/build/portable"
mkdir -p "$PORTABLE"
cp -a "$BUNDLE/." "$PORTABLE/"
cp -a "$STAGE/usr/share" "$PORTABLE/share"
install -m 0644 packaging/linux/PORTABLE.txt "$PORTABLE/README.txt"
tar -C "$ROOT/build/portable" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "veodesk-$VERSION"

say "Done in $((SECONDS - start)) s (PyInstaller ${pyinstaller_seconds} s, dpkg-deb ${deb_seconds} s, rpmbuild ${rpm_seconds} s)"
printf '%-48s %8s\n' "bundle build/dist/veodesk (unpacked)" "$(du -sh "$BUNDLE" | cut -f1)"
printf '%-48s %8s\n' ".deb installed size (Installed-Size)" "$((installed_kb / 1024))M"
printf '%-48s %8s\n' "$DEB" "$(du -h "$DEB" | cut -f1)"
printf '%-48s %8s\n' "$RPM" "$(du -h "$RPM" | cut -f1)"
printf '%-48s %8s\n' "$TARBALL" "$(du -h "$TARBALL" | cut -f1)"

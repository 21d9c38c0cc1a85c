#!/usr/bin/env bash
# Smoke-test the frozen Linux app from its .deb, as packaging/linux/build.sh made it:
# unpack the .deb with dpkg-deb -x (no install, no root needed), check what it
# holds, then run `veodesk --self-test` from the unpacked tree, off-screen, with
# a private VEODESK_HOME and nothing from the build environment: the window
# opens, makes one video on the in-process sandbox, plays it to the end, exits 0;
# then runs `veodesk-cli demo` in a fresh VEODESK_HOME and joins films with
# `veodesk-cli film join` on the bundle's own FFmpeg. The storyboard MIME type
# and the desktop entry are checked with update-mime-database, xdg-mime and
# desktop-file-validate. The .rpm is unpacked with rpm2cpio and self-tested too,
# and the tar.gz started. build.sh installs the tools this needs.
#
#   bash packaging/smoke-test.sh [path/to/veodesk_VERSION_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.veodesk.Veodesk
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
DEB="${1:-dist/veodesk_${VERSION}_amd64.deb}"
TIMEOUT="${SMOKE_TIMEOUT:-240}"
RPM="dist/veodesk-${VERSION}-1.x86_64.rpm"
[ -f "$DEB" ] || { echo "no $DEB: run packaging/linux/build.sh first" >&2; exit 1; }
[ -f "$RPM" ] || { echo "no $RPM: run packaging/linux/build.sh first" >&2; exit 1; }
for tool in desktop-file-validate update-desktop-database update-mime-database xdg-mime \
  mimetype rpm rpm2cpio cpio; do
  command -v "$tool" >/dev/null || { echo "no $tool: packaging/linux/build.sh installs it" >&2; exit 1; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ROOTFS="$WORK/root"
HOME_DIR="$WORK/home"
mkdir -p "$ROOTFS" "$HOME_DIR"
passed=0
check() { echo "smoke: ok: $*"; passed=$((passed + 1)); }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

# 1. The package's metadata.
dpkg-deb --field "$DEB" Package | grep -qx veodesk || fail "Package is not veodesk"
[ "$(dpkg-deb --field "$DEB" Version)" = "$VERSION" ] || fail "Version is not $VERSION"
depends=$(dpkg-deb --field "$DEB" Depends)
for lib in libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 \
  libxcb-icccm4 libxcb-keysyms1 libfontconfig1; do
  grep -qw -- "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
check "control: veodesk $VERSION, Depends names Qt's system libraries"

# 2. What it installs.
dpkg-deb -x "$DEB" "$ROOTFS"
for path in usr/bin/veodesk usr/bin/veodesk-cli usr/lib/veodesk/veodesk usr/lib/veodesk/veodesk-cli \
  "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
  "usr/share/mime/packages/$APP_ID.xml" \
  "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" usr/share/doc/veodesk/copyright \
  usr/lib/veodesk/_internal/resources/samples/first-frame.jpg \
  usr/lib/veodesk/_internal/licenses/ffmpeg/BUILD.txt; do
  [ -e "$ROOTFS/$path" ] || fail "the .deb has no /$path"
done
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$ROOTFS/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] \
    || fail "no ${size}x${size} icon"
done
[ -x "$ROOTFS/usr/bin/veodesk" ] || fail "/usr/bin/veodesk is not executable"
[ -x "$ROOTFS/usr/bin/veodesk-cli" ] || fail "/usr/bin/veodesk-cli is not executable"
out=$(desktop-file-validate "$ROOTFS/usr/share/applications/$APP_ID.desktop" 2>&1) \
  && [ -z "$out" ] || fail "desktop-file-validate: $out"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$ROOTFS/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi
check "files: launchers (veodesk, veodesk-cli), bundle, desktop entry, MIME type, metainfo, icons, copyright"

# 2b. The storyboard MIME type and the menu entry that opens it, as a desktop
# sees them: the .deb's XML and desktop entry in a private XDG_DATA_HOME, its
# MIME database and menu cache rebuilt there (what the dpkg triggers of
# shared-mime-info and desktop-file-utils do on install), then xdg-mime asked.
# XDG_CURRENT_DESKTOP is unset, so xdg-mime reads the freedesktop.org database
# (through File::MimeInfo), not one desktop's own.
XDG_HOME="$WORK/xdg"
mkdir -p "$XDG_HOME/mime/packages" "$XDG_HOME/applications" "$WORK/files"
xdg_env=(env -i "PATH=/usr/bin:/bin" "HOME=$HOME_DIR" "XDG_DATA_HOME=$XDG_HOME"
  "XDG_DATA_DIRS=/usr/share" "XDG_CONFIG_HOME=$WORK/xdg-config")
cp "$ROOTFS/usr/share/mime/packages/$APP_ID.xml" "$XDG_HOME/mime/packages/"
cp "$ROOTFS/usr/share/applications/$APP_ID.desktop" "$XDG_HOME/applications/"
out=$("${xdg_env[@]}" update-mime-database "$XDG_HOME/mime" 2>&1) && [ -z "$out" ] \
  || fail "update-mime-database rejects $APP_ID.xml: $out"
update-desktop-database "$XDG_HOME/applications"
BOARD="$WORK/files/My Film.veoboard"
printf '{\n  "format": "veodesk-storyboard",\n  "version": 1,\n  "shots": []\n}\n' >"$BOARD"
printf '{"format":"veodesk-storyboard","version":1,"shots":[]}' >"$WORK/files/renamed"
for file in "$BOARD" "$WORK/files/renamed"; do
  type=$("${xdg_env[@]}" xdg-mime query filetype "$file")
  [ "$type" = application/x-veodesk-storyboard ] || fail "xdg-mime: $(basename "$file") is $type"
done
echo '{"format": "something-else"}' >"$WORK/files/other"
type=$("${xdg_env[@]}" xdg-mime query filetype "$WORK/files/other")
[ "$type" != application/x-veodesk-storyboard ] || fail "xdg-mime: any JSON is taken for a storyboard"
app=$("${xdg_env[@]}" xdg-mime query default application/x-veodesk-storyboard)
[ "$app" = "$APP_ID.desktop" ] || fail "xdg-mime: storyboards open with '$app'"
grep -qx 'Exec=veodesk %f' "$ROOTFS/usr/share/applications/$APP_ID.desktop" \
  || fail "the desktop entry does not pass the file to veodesk"
check "MIME: *.veoboard (and its first bytes) is application/x-veodesk-storyboard, opened by $app"

# 3. Every library of the unpacked bundle resolves (ldd, with the bootloader's path).
missing=$(find "$ROOTFS/usr/lib/veodesk" -type f \( -name '*.so*' -o -name veodesk \) \
  ! -path '*/platformthemes/libqgtk3.so' -print0 \
  | LD_LIBRARY_PATH="$ROOTFS/usr/lib/veodesk/_internal" xargs -0 ldd 2>/dev/null \
  | grep 'not found' | sort -u || true)
[ -z "$missing" ] || fail "unresolved libraries:
$missing"
check "ldd: no library of the bundle is missing"

# 4. The app itself: --version, then --self-test from the unpacked /usr/bin/veodesk.
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$HOME_DIR" "VEODESK_HOME=$HOME_DIR/veodesk"
  "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8" "XDG_RUNTIME_DIR=$WORK")
version_out=$(timeout 60 "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --version 2>&1) \
  || fail "veodesk --version: $version_out"
[ "$version_out" = "veodesk $VERSION" ] || fail "veodesk --version says: $version_out"
check "veodesk --version: $version_out"

log="$WORK/self-test.log"
t0=$SECONDS
set +e
# With a storyboard project, as the file manager starts it (Exec=veodesk %f): the
# window must start as usual and hand the file to the controller (it logs it).
timeout --kill-after=10 "$TIMEOUT" "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --self-test \
  --timeout "$((TIMEOUT - 30))" "$BOARD" >"$log" 2>&1
code=$?
set -e
grep '^self-test:' "$log" || true
if [ "$code" -ne 0 ]; then
  echo "--- last lines of the app's output ---" >&2
  tail -n 40 "$log" >&2
  [ "$code" -eq 124 ] && fail "self-test hung (killed after ${TIMEOUT} s)"
  fail "self-test exited $code"
fi
grep -q '^self-test: ok: played the video to its end' "$log" || fail "self-test did not play to the end"
ls "$HOME_DIR"/veodesk/data/demo/videos/*.mp4 >/dev/null 2>&1 || fail "no video was saved"
grep -qF "opening $(basename "$BOARD")" "$HOME_DIR/veodesk/logs/veodesk.log" \
  || fail "veodesk FILE: the file was not handed to the window (see its log)"
check "veodesk --self-test FILE: one demo video made and played to its end in $((SECONDS - t0)) s; the .veoboard was taken"

# 4, in German: the app's catalogue and Qt's own (qt_de.qm pulls in
# qtbase_de and qtmultimedia_de), which the spec keeps for de, es and ja only.
qt_translations=$(find "$ROOTFS/usr/lib/veodesk/_internal/PySide6" -path '*translations/*.qm' \
  -printf '%f\n' | sort | tr '\n' ' ')
expected="qt_de.qm qt_es.qm qt_ja.qm qtbase_de.qm qtbase_es.qm qtbase_ja.qm "
expected+="qtmultimedia_de.qm qtmultimedia_es.qm qtmultimedia_ja.qm "
[ "$qt_translations" = "$expected" ] || fail "Qt's translations in the bundle: $qt_translations"
log="$WORK/self-test-de.log"
set +e
timeout --kill-after=10 "$TIMEOUT" "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --self-test \
  --lang de --timeout "$((TIMEOUT - 30))" >"$log" 2>&1
code=$?
set -e
grep '^self-test:' "$log" || true
[ "$code" -eq 0 ] || { tail -n 40 "$log" >&2; fail "self-test --lang de exited $code"; }
grep -q "^self-test: language de: a Cancel button reads 'Abbrechen'" "$log" \
  || fail "self-test --lang de: Qt's own texts are not in German"
check "veodesk --self-test --lang de: the window and Qt's standard buttons in German"

# 4a. The command-line tool, from the unpacked /usr/bin/veodesk-cli, in a fresh
# VEODESK_HOME: the demo makes a video on the bundle's own sandbox.
CLI="$ROOTFS/usr/bin/veodesk-cli"
cli_env=(env -i "PATH=/usr/bin:/bin" "HOME=$HOME_DIR" "VEODESK_HOME=$WORK/cli-home"
  "LANG=C.UTF-8" "XDG_RUNTIME_DIR=$WORK")
out=$(timeout 60 "${cli_env[@]}" "$CLI" --version 2>&1) || fail "veodesk-cli --version: $out"
[ "$out" = "veodesk $VERSION" ] || fail "veodesk-cli --version says: $out"
t0=$SECONDS
out=$(timeout 180 "${cli_env[@]}" "$CLI" demo --duration 4 2>&1) || fail "veodesk-cli demo: $out"
ls "$WORK"/cli-home/data/demo/videos/*.mp4 >/dev/null 2>&1 || fail "veodesk-cli demo saved no video: $out"
check "veodesk-cli --version, veodesk-cli demo: a video made in a fresh VEODESK_HOME in $((SECONDS - t0)) s"
# `estimate` comes with the money work of issue 18, on another branch: it runs
# once this build's CLI lists it. The demo's jobs are not the user's history,
# so the estimate is the list price.
if timeout 60 "${cli_env[@]}" "$CLI" --help | grep -qw estimate; then
  json=$(timeout 60 "${cli_env[@]}" "$CLI" estimate --json 2>/dev/null) \
    || fail "veodesk-cli estimate --json: $json"
  python3 -c 'import json, sys
d = json.load(sys.stdin)
assert d["source"] == "list price" and d["usd"] > 0 and d["credits"] > 0, d' <<<"$json" \
    || fail "veodesk-cli estimate --json: $json"
  check "veodesk-cli estimate --json: $json"
else
  echo "smoke: skipped veodesk-cli estimate: this build's CLI has no such command"
fi

# 4b. A film joined by the frozen app, on the bundle's own FFmpeg: two demo clips
# (720p and 1080p, so one is scaled) made by its sandbox, then `veodesk-cli film
# join` with a crossfade, loudness normalisation, fades, music in each accepted
# format and a timeline in each format. A join that works from source but lacks a
# filter or decoder in the installers' minimal FFmpeg fails here.
FILM_DIR="$WORK/film"
mkdir -p "$FILM_DIR"
cp tests/data/music.mp3 tests/data/music.flac tests/data/music.wav "$FILM_DIR/"
for res in 720p 1080p; do
  out=$(timeout 180 "${clean_env[@]}" "$CLI" demo --duration 4 \
    --resolution "$res" --output "$FILM_DIR/clip-$res.mp4" 2>&1) \
    || fail "veodesk-cli demo --resolution $res: $out"
done
for case in "crossfade mp3 xml" "cut flac edl" "crossfade:6 wav otio"; do
  read -r transition music timeline <<<"$case"
  json=$(timeout 180 "${clean_env[@]}" "$CLI" film join \
    "$FILM_DIR/clip-720p.mp4" "$FILM_DIR/clip-1080p.mp4" --output "$FILM_DIR/film-$music.mp4" \
    --transition "$transition" --music "$FILM_DIR/music.$music" --normalize --fade 0.5 \
    --timeline "$FILM_DIR/film-$music.$timeline" --json 2>"$FILM_DIR/join.log") \
    || { tail -n 20 "$FILM_DIR/join.log" >&2; fail "film join ($case) from the frozen app"; }
  overlap=${transition#crossfade:}
  [ "$transition" = cut ] && overlap=1
  [ "$transition" = crossfade ] && overlap=12
  expected=$((2 * 4 * 24 - overlap))
  frames=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["frames"], d["width"], d["height"])' <<<"$json")
  [ "$frames" = "$expected 1280 720" ] || fail "film join ($case): got '$frames', expected '$expected 1280 720'"
  [ -s "$FILM_DIR/film-$music.mp4" ] && [ -s "$FILM_DIR/film-$music.$timeline" ] \
    || fail "film join ($case): no film or timeline"
done
check "veodesk-cli film join: 3 films (cut, crossfades; MP3/FLAC/WAV music; XML/EDL/OTIO) from the frozen app"

# 5. The same on a real X server (Xvfb): the xcb platform plugin, its xcb/GLX
# libraries and the video surface, as on a desktop. scripts/bootstrap.sh installs xvfb.
if command -v xvfb-run >/dev/null; then
  rm -rf "$HOME_DIR/veodesk"
  set +e
  timeout --kill-after=10 "$TIMEOUT" "${clean_env[@]}" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" "$ROOTFS/usr/bin/veodesk" --self-test \
    --timeout "$((TIMEOUT - 30))" >"$log" 2>&1
  code=$?
  set -e
  if [ "$code" -ne 0 ] || ! grep -q '^self-test: ok: played the video to its end' "$log"; then
    tail -n 40 "$log" >&2
    fail "self-test on X11 (Xvfb) exited $code"
  fi
  check "veodesk --self-test on X11 (Xvfb, xcb platform plugin)"
else
  echo "smoke: skipped the X11 run: no xvfb-run"
fi

# 6. The portable tar.gz holds the same app, started from its top folder.
TARBALL="dist/veodesk-${VERSION}-linux-x86_64.tar.gz"
if [ -f "$TARBALL" ]; then
  mkdir -p "$WORK/portable"
  tar -C "$WORK/portable" -xzf "$TARBALL"
  top="$WORK/portable/veodesk-$VERSION"
  [ -f "$top/share/applications/$APP_ID.desktop" ] || fail "the tar.gz has no desktop entry"
  [ -f "$top/share/mime/packages/$APP_ID.xml" ] || fail "the tar.gz has no MIME type"
  out=$(timeout 60 "${clean_env[@]}" "$top/veodesk" --version 2>&1) || fail "tar.gz: $out"
  [ "$out" = "veodesk $VERSION" ] || fail "tar.gz: veodesk --version says: $out"
  out=$(timeout 60 "${clean_env[@]}" "$top/veodesk-cli" --version 2>&1) || fail "tar.gz: $out"
  [ "$out" = "veodesk $VERSION" ] || fail "tar.gz: veodesk-cli --version says: $out"
  check "tar.gz: $(basename "$TARBALL") unpacks; veodesk and veodesk-cli start from its top folder"
fi

# 7. The .rpm: its Requires (sonames, no bundled library), then unpacked with
# rpm2cpio (no rpm database, no root) and self-tested like the .deb. libx264 and
# Debian's libbz2.so.1.0 must be inside it and be the ones PyAV's FFmpeg and
# Python's _bz2 load.
[ "$(rpm -qp --qf '%{NAME} %{VERSION}' "$RPM" 2>/dev/null)" = "veodesk $VERSION" ] \
  || fail "the .rpm is not veodesk $VERSION"
requires=$(rpm -qp --requires "$RPM" 2>/dev/null)
for lib in libEGL.so.1 libGL.so.1 libpulse.so.0 libxkbcommon.so.0 libxkbcommon-x11.so.0 \
  libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libfontconfig.so.1 libdbus-1.so.3 \
  libssl.so.3; do
  grep -qxF "$lib()(64bit)" <<<"$requires" || fail "the .rpm does not require $lib()(64bit)"
done
grep -q '^libc\.so\.6(GLIBC_2\.[0-9]*)(64bit)$' <<<"$requires" || fail "the .rpm has no glibc version floor"
! grep -q 'libx264\|libQt6\|libav\|libbz2\.so\.1\.0' <<<"$requires" \
  || fail "the .rpm requires a library it carries"
RPMFS="$WORK/rpm-root"
mkdir -p "$RPMFS"
(cd "$RPMFS" && rpm2cpio "$OLDPWD/$RPM" | cpio -idm --quiet)
for path in usr/bin/veodesk usr/bin/veodesk-cli usr/lib/veodesk/veodesk \
  "usr/share/applications/$APP_ID.desktop" "usr/share/mime/packages/$APP_ID.xml" \
  usr/lib/veodesk/_internal/licenses/libx264-164/copyright \
  usr/lib/veodesk/_internal/licenses/libbz2-1.0/copyright; do
  [ -e "$RPMFS/$path" ] || fail "the .rpm has no /$path"
done
# PyAV's FFmpeg is at the top of _internal (Qt's own, without x264, is deeper).
for pair in "libavcodec.so.*:libx264" "python3.*/lib-dynload/_bz2.*.so:libbz2"; do
  file=$(compgen -G "$RPMFS/usr/lib/veodesk/_internal/${pair%%:*}" | head -n 1)
  [ -n "$file" ] || fail "the .rpm has no _internal/${pair%%:*}"
  where=$(LD_LIBRARY_PATH="$RPMFS/usr/lib/veodesk/_internal" ldd "$file" \
    | awk -v lib="${pair##*:}" '$1 ~ lib {print $3}')
  [[ "$where" == "$RPMFS/"* ]] || fail "the .rpm's $(basename "$file") loads ${pair##*:} from '$where'"
done
missing=$(find "$RPMFS/usr/lib/veodesk" -type f \( -name '*.so*' -o -name veodesk \) \
  ! -path '*/platformthemes/libqgtk3.so' -print0 \
  | LD_LIBRARY_PATH="$RPMFS/usr/lib/veodesk/_internal" xargs -0 ldd 2>/dev/null \
  | grep 'not found' | sort -u || true)
[ -z "$missing" ] || fail "the .rpm: unresolved libraries:
$missing"
out=$(timeout 60 "${clean_env[@]}" "$RPMFS/usr/bin/veodesk-cli" --version 2>&1) || fail ".rpm: $out"
[ "$out" = "veodesk $VERSION" ] || fail ".rpm: veodesk-cli --version says: $out"
rm -rf "$HOME_DIR/veodesk"
t0=$SECONDS
set +e
timeout --kill-after=10 "$TIMEOUT" "${clean_env[@]}" "$RPMFS/usr/bin/veodesk" --self-test \
  --timeout "$((TIMEOUT - 30))" >"$log" 2>&1
code=$?
set -e
if [ "$code" -ne 0 ] || ! grep -q '^self-test: ok: played the video to its end' "$log"; then
  tail -n 40 "$log" >&2
  fail "self-test from the .rpm exited $code"
fi
check "rpm: $(basename "$RPM") requires sonames only, carries libx264 and libbz2.so.1.0, self-test passed in $((SECONDS - t0)) s"

echo "packaging: $passed passed, 0 failed"

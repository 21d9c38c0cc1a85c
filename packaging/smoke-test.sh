#!/usr/bin/env bash
# Smoke-test the frozen Linux app from its .deb, as packaging/linux/build.sh made it:
# unpack the .deb with dpkg-deb -x (no install, no root needed), check what it
# holds, then run `veodesk --self-test` from the unpacked tree, off-screen, with
# a private VEODESK_HOME and nothing from the build environment: the window
# opens, makes one video on the in-process sandbox, plays it to the end, exits 0;
# then joins films with `veodesk --cli film join` on the bundle's own FFmpeg.
#
#   bash packaging/smoke-test.sh [path/to/veodesk_VERSION_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.veodesk.Veodesk
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
DEB="${1:-dist/veodesk_${VERSION}_amd64.deb}"
TIMEOUT="${SMOKE_TIMEOUT:-240}"
[ -f "$DEB" ] || { echo "no $DEB: run packaging/linux/build.sh first" >&2; exit 1; }

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
for path in usr/bin/veodesk usr/lib/veodesk/veodesk \
  "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
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
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$ROOTFS/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$ROOTFS/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi
check "files: launcher, bundle, desktop entry, metainfo, icons, copyright"

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
timeout --kill-after=10 "$TIMEOUT" "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --self-test \
  --timeout "$((TIMEOUT - 30))" >"$log" 2>&1
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
check "veodesk --self-test: one demo video made and played to its end in $((SECONDS - t0)) s"

# 4b. A film joined by the frozen app, on the bundle's own FFmpeg: two demo clips
# (720p and 1080p, so one is scaled) made by its sandbox, then `veodesk --cli film
# join` with a crossfade, loudness normalisation, fades, music in each accepted
# format and a timeline in each format. A join that works from source but lacks a
# filter or decoder in the installers' minimal FFmpeg fails here.
FILM_DIR="$WORK/film"
mkdir -p "$FILM_DIR"
cp tests/data/music.mp3 tests/data/music.flac tests/data/music.wav "$FILM_DIR/"
for res in 720p 1080p; do
  out=$(timeout 180 "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --cli demo --duration 4 \
    --resolution "$res" --output "$FILM_DIR/clip-$res.mp4" 2>&1) \
    || fail "veodesk --cli demo --resolution $res: $out"
done
for case in "crossfade mp3 xml" "cut flac edl" "crossfade:6 wav otio"; do
  read -r transition music timeline <<<"$case"
  json=$(timeout 180 "${clean_env[@]}" "$ROOTFS/usr/bin/veodesk" --cli film join \
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
check "veodesk --cli film join: 3 films (cut, crossfades; MP3/FLAC/WAV music; XML/EDL/OTIO) from the frozen app"

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
  out=$(timeout 60 "${clean_env[@]}" "$top/veodesk" --version 2>&1) || fail "tar.gz: $out"
  [ "$out" = "veodesk $VERSION" ] || fail "tar.gz: veodesk --version says: $out"
  check "tar.gz: $(basename "$TARBALL") unpacks and starts"
fi

echo "packaging: $passed passed, 0 failed"

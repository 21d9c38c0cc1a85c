#!/usr/bin/env bash
# Build veodesk for macOS: veodesk.app (PyInstaller, with Info.plist and the
# .icns icon), its self-test, then a .dmg, whose copy of the app is self-tested
# too. Runs on a Mac (the GitHub macos runners); the .app is for the machine's
# own architecture and ad-hoc signed (not notarized).
#
#   bash packaging/macos/build.sh
#
# Outputs: build/dist/veodesk.app, dist/veodesk-VERSION-macos-ARCH.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
start=$SECONDS
[ "$(uname -s)" = Darwin ] || { echo "macOS only" >&2; exit 1; }

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[packaging]"
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
ARCH=$(uname -m)

echo "== PyInstaller: veodesk $VERSION ($ARCH)"
rm -rf build/dist/veodesk build/dist/veodesk.app
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller packaging/veodesk.spec
APP="$ROOT/build/dist/veodesk.app"

plist() { /usr/libexec/PlistBuddy -c "Print :$1" "$APP/Contents/Info.plist"; }
[ "$(plist CFBundleIdentifier)" = io.github.veodesk.Veodesk ] || { echo "bad bundle id" >&2; exit 1; }
[ "$(plist CFBundleShortVersionString)" = "$VERSION" ] || { echo "bad version" >&2; exit 1; }
[ -f "$APP/Contents/Resources/$(plist CFBundleIconFile)" ] || { echo "no icon" >&2; exit 1; }
codesign --verify --deep --strict "$APP"

# Self-test: macOS has no timeout(1); perl's alarm ends a hung app.
self_test() {
  local exe=$1 home
  home=$(mktemp -d)
  if ! env QT_QPA_PLATFORM=offscreen VEODESK_HOME="$home" \
    perl -e 'alarm shift; exec @ARGV' 240 "$exe" --self-test --timeout 200; then
    echo "self-test of $exe FAILED" >&2
    exit 1
  fi
  ls "$home"/data/demo/videos/*.mp4 >/dev/null
  rm -rf "$home"
  echo "self-test ok: $exe"
}
self_test "$APP/Contents/MacOS/veodesk"

mkdir -p dist
DMG="dist/veodesk-$VERSION-macos-$ARCH.dmg"
bash packaging/macos/make-dmg.sh "$APP" "$DMG" "veodesk $VERSION"

# The app as a user gets it: from the mounted .dmg.
MNT=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$MNT" "$DMG" >/dev/null
trap 'hdiutil detach "$MNT" -quiet || true' EXIT
[ -L "$MNT/Applications" ] || { echo "the .dmg has no Applications link" >&2; exit 1; }
self_test "$MNT/veodesk.app/Contents/MacOS/veodesk"

echo "== done in $((SECONDS - start)) s"
echo "bundle: $(du -sh "$APP" | cut -f1) unpacked; $DMG: $(du -h "$DMG" | cut -f1)"

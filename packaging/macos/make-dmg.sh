#!/usr/bin/env bash
# Wrap an .app in a compressed .dmg with an /Applications link to drag it onto.
#
#   bash packaging/macos/make-dmg.sh build/dist/veodesk.app dist/veodesk.dmg "veodesk 0.1.0"
set -euo pipefail
APP=$1
DMG=$2
VOLUME=${3:-veodesk}
[ -d "$APP" ] || { echo "no $APP" >&2; exit 1; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and code signature.
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "$VOLUME" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null
echo "$DMG"

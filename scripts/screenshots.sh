#!/usr/bin/env bash
# Screenshots of the window for the README, taken under Xvfb in demo mode:
# docs/screenshots/generating.png (a job in progress), playing.png (a result) and
# storyboard.png (the sample storyboard rendered into a film).
# Needs xvfb and Qt's xcb libraries (scripts/bootstrap.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
# A fresh VEODESK_HOME: no key, no history, nothing of the user's in the pictures.
VEODESK_HOME="$HOME_DIR" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="${QT_SCALE_FACTOR:-1}" \
  xvfb-run -a -s "-screen 0 ${SCREEN:-1600x1000}x24" \
  .venv/bin/python -m veodesk --screenshot "$OUT" --timeout 240
ls -l "$OUT"/*.png

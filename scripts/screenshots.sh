#!/usr/bin/env bash
# Screenshots of the window for the README, taken under Xvfb in demo mode:
# docs/screenshots/generating.png (a job in progress), playing.png (a result) and
# storyboard.png (the sample storyboard rendered into a film).
# With a language, the window in it: `bash scripts/screenshots.sh docs/screenshots de`
# writes generating-de.png, playing-de.png and storyboard-de.png (Japanese needs
# fonts-noto-cjk).
# Needs xvfb and Qt's xcb libraries (scripts/bootstrap.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
LANG_CODE="${2:-}"
HOME_DIR="$(mktemp -d)"
SHOTS="$HOME_DIR/shots"
trap 'rm -rf "$HOME_DIR"' EXIT
lang_args=()
[ -n "$LANG_CODE" ] && lang_args=(--lang "$LANG_CODE")
# A fresh VEODESK_HOME: no key, no history, nothing of the user's in the pictures.
VEODESK_HOME="$HOME_DIR" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="${QT_SCALE_FACTOR:-1}" \
  xvfb-run -a -s "-screen 0 ${SCREEN:-1600x1000}x24" \
  .venv/bin/python -m veodesk --screenshot "$SHOTS" --timeout 240 "${lang_args[@]}"
mkdir -p "$OUT"
for name in generating playing storyboard; do
  cp "$SHOTS/$name.png" "$OUT/$name${LANG_CODE:+-$LANG_CODE}.png"
done
ls -l "$OUT"/*.png

#!/usr/bin/env bash
# Install veodesk, then run it in demo mode: a local sandbox of the API renders
# the video on this computer, so no key and no network are needed. With a
# display it opens the window; without one it runs the same job from the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh sandbox
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  exec .venv/bin/veodesk --demo "$@"
fi
echo "No display found: running the demo job from the command line instead." >&2
echo "(On a desktop, this script opens the veodesk window in demo mode.)" >&2
exec .venv/bin/veodesk-cli demo "$@"

#!/usr/bin/env bash
# Install everything veodesk needs on a fresh Debian/Ubuntu machine: the system
# libraries Qt links against, then a virtualenv with the project and EXTRAS.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS="${1:-test}"
PYTHON="${PYTHON:-python3}"

# QtMultimedia links libpulse; Qt's xcb platform (used under Xvfb and on a real
# desktop) needs the xcb/xkb libraries. Offscreen tests need EGL/GL/fontconfig.
DEB_PACKAGES=(libpulse0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3 xvfb xauth)
# The tests measure Japanese text (nothing cut off at the default size) with a real
# CJK font, as a Japanese desktop has; without one Qt draws boxes of another width.
[[ "$EXTRAS" == test* ]] && DEB_PACKAGES+=(fonts-noto-cjk)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "Installing system libraries: ${missing[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[${EXTRAS}]"

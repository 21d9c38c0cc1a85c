#!/usr/bin/env bash
# Build every installer for the platform this runs on.
#
#   bash packaging/build.sh
#
# Linux:   bundle, .deb and tar.gz (packaging/linux/build.sh), then the smoke
#          test from the unpacked .deb (packaging/smoke-test.sh)
# macOS:   veodesk.app and .dmg, each self-tested (packaging/macos/build.sh)
# Windows: (Git Bash) the bundle and the Inno Setup installer, self-tested
#          installed and uninstalled (packaging/windows/build.ps1, via pwsh)
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux)
    bash packaging/linux/build.sh
    bash packaging/smoke-test.sh
    ;;
  Darwin)
    bash packaging/macos/build.sh
    ;;
  MINGW* | MSYS* | CYGWIN*)
    pwsh -NoProfile -File packaging/windows/build.ps1
    ;;
  *)
    echo "no installer for $(uname -s)" >&2
    exit 1
    ;;
esac

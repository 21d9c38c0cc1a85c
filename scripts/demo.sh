#!/usr/bin/env bash
# Install veodesk, then run it in demo mode: a local sandbox of the API renders
# the video on this computer, so no key and no network are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh sandbox
exec .venv/bin/veodesk-cli demo "$@"

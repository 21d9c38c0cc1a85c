#!/usr/bin/env bash
# Install veodesk with its test extras, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
.venv/bin/python -m ruff check .
exec .venv/bin/python -m pytest "$@"

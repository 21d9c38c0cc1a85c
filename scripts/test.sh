#!/usr/bin/env bash
# Install veodesk with its test extras, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy  # strict, on veodesk/ (pyproject.toml [tool.mypy])
.venv/bin/python -m pytest "$@"
# The installer (packaging/): build the Linux bundle and the .deb, unpack the .deb
# and run the frozen app's --self-test from it. Only on a whole run (no pytest
# arguments); VEODESK_SKIP_PACKAGING=1 leaves it out.
if [ "$#" -eq 0 ] && [ "${VEODESK_SKIP_PACKAGING:-0}" != 1 ]; then
  bash packaging/linux/build.sh
  bash packaging/smoke-test.sh
fi

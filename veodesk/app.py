"""Entry point of the desktop app (the ``veodesk`` command)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from veodesk.gui.main import run  # deferred: Qt is heavy to import
    except ImportError:
        print("The veodesk window is not built yet; use veodesk-cli for now.", file=sys.stderr)
        return 1
    return run(list(sys.argv if argv is None else ["veodesk", *argv]))


if __name__ == "__main__":
    sys.exit(main())

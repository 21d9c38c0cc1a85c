"""What PyInstaller freezes: the ``veodesk`` desktop app, exactly as ``veodesk.app:main``."""

from __future__ import annotations

import sys

from veodesk.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""What PyInstaller freezes: the ``veodesk`` desktop app, exactly as ``veodesk.app:main``.

``veodesk --cli ARGS`` runs ``veodesk-cli ARGS`` from the same bundle (no Qt is
loaded): the installers carry one executable, and their ``veodesk-cli`` is a
shell script beside it (packaging/linux/veodesk-cli.sh) that runs it so. The
smoke test runs the demo and joins a film with it, on the bundle's own FFmpeg.
"""

from __future__ import annotations

import sys

from veodesk.app import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--cli"]:
        from veodesk.cli import main as cli_main

        sys.exit(cli_main(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))

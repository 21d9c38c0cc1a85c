"""``python -m veodesk`` starts the desktop app, like the ``veodesk`` command."""

import sys

from veodesk.app import main

sys.exit(main())

"""Once the window is up: Pillow's decoders load and the GC stops walking start-up objects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from veodesk.gui.shell.staging import WARM_UP_DELAY_MS

# In a child: this test process has long had Pillow loaded by other tests.
CHILD = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from veodesk.gui.main import StagedStart

app = QApplication([])
start = StagedStart(demo=False)
seen = {}

def look(when):
    seen[when] = sorted(m for m in sys.modules if m.startswith("PIL."))
    seen[when + " frozen"] = gc.get_freeze_count()
    if when == "later":
        start.window.close()
        app.quit()

start.window.firstPainted.connect(lambda: look("first paint"))
start.show()
QTimer.singleShot(int(sys.argv[1]), lambda: look("later"))
app.exec()
print(json.dumps(seen))
"""


def test_after_start_up_decoders_load_and_start_up_objects_are_frozen(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        VEODESK_HOME=str(tmp_path),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(WARM_UP_DELAY_MS + 4000)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["first paint"] == []  # nothing of Pillow delays the window
    later = set(seen["later"])
    assert {"PIL.JpegImagePlugin", "PIL.PngImagePlugin", "PIL.WebPImagePlugin"} <= later
    # Not the ~30 formats veodesk never opens.
    assert not later & {"PIL.EpsImagePlugin", "PIL.PdfImagePlugin", "PIL.DdsImagePlugin"}
    # The window, the player and Pillow: objects the garbage collector no longer walks.
    assert seen["first paint frozen"] == 0
    assert seen["later frozen"] > 10_000

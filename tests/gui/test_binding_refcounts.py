"""The Qt bindings keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
void method and to True on every ``Signal.emit()``; once the count reaches
zero the interpreter aborts (``none_dealloc``), which a long session of
playback reaches within minutes. pyproject.toml excludes that release; this
test fails if a binding with the fault is installed again.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Source(QObject):
    changed = Signal(int)

app = QApplication([])
label, source = QLabel(), Source()
calls = int(sys.argv[1])
out = {}
for name, call in (("void method", lambda: label.setText("x")),
                   ("signal emit", lambda: source.changed.emit(1))):
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        call()
    out[name] = [sys.getrefcount(None) - none, sys.getrefcount(True) - true]
print(json.dumps(out))
"""


def test_void_calls_and_emits_leave_none_and_true_counts_alone() -> None:
    calls = 400  # well under the counts a fresh interpreter starts with
    # In a child: with the fault, enough calls abort the interpreter.
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(calls)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    drift = json.loads(proc.stdout.strip().splitlines()[-1])
    for name, (none, true) in drift.items():
        assert abs(none) < calls // 4, f"{name}: None's count moved by {none} over {calls} calls"
        assert abs(true) < calls // 4, f"{name}: True's count moved by {true} over {calls} calls"

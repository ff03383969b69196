"""The Qt binding the app runs on must survive a long session.

Every edit reaches the views through a Qt signal with an argument (the bridge's ``changed``), and
so do clicks, keystrokes and list selections. PySide6 6.12.0 on Python 3.11 drops one reference
to ``True`` on each such emission to a Python slot; after a few thousand the interpreter aborts
with "Fatal Python error: bool_dealloc" — in the app mid-session, in the test run at exit.
This runs in a child process so that such a crash fails this test and not the whole run.
"""

from __future__ import annotations

import subprocess
import sys

from tests.util import ROOT, cli_env

EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])

class Bridge(QObject):
    changed = Signal(object)

heard = []
bridge = Bridge()
bridge.changed.connect(lambda changes: heard.append(len(changes)))
before = sys.getrefcount(True)
for _ in range(20_000):
    bridge.changed.emit(["insight"])
after = sys.getrefcount(True)
print(len(heard), after - before)
"""


def test_signals_to_python_slots_can_be_emitted_all_session_long():
    proc = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True,
                          env=cli_env(), cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr[-500:]
    heard, lost = proc.stdout.split()
    assert heard == "20000"
    assert abs(int(lost)) < 50, f"{lost} references to True lost by 20000 signal emissions"

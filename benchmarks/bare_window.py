"""Baseline for the start-up benchmark: a bare PySide6 QMainWindow, quit at its first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    """Prints 'painted' once, at the first paint."""

    painted = False

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1600, 960)
window.show()
app.exec()

"""When the file cannot be written: a bar above the views that says so, and *Opslaan als…*.

A read-only file (an e-mail attachment), a USB stick pulled out mid-evening, a full disk: the
edit that failed is kept (the quick entry keeps its text, the command is held here), the bar says
in one sentence what happened and what to do, and *Opslaan als…* writes the whole project — the
held edits included — to a file of the user's choice and goes on working there. *Opnieuw
proberen* reopens the file where it was (the stick put back, room made on the disk) and saves the
held edits there.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..model import WijkdeskError

if TYPE_CHECKING:
    from .main_window import MainWindow

#: the error codes that mean "the file could not be written" (not a refused value)
STORAGE_CODES = frozenset({"read_only", "file_gone", "disk_full", "write_failed", "unreadable",
                           "busy"})


def is_storage_error(exc: BaseException) -> bool:
    """Whether an error means the file could not be written or read (not a refused value)."""
    return isinstance(exc, WijkdeskError) and exc.code in STORAGE_CODES


class StorageBar(QFrame):
    """The bar that says the project file cannot be written, with *Opslaan als…*."""

    saveAsRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#storageBar { background: #fff1c2; border: 2px solid #b35c00; border-radius: 4px; }"
            "#storageBar QLabel { color: #1f1f1f; }")
        self.text = QLabel()
        self.text.setObjectName("storageMessage")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.save_as_button.setObjectName("storageSaveAs")
        self.save_as_button.clicked.connect(self.saveAsRequested)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("storageRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.save_as_button)
        self.setAccessibleName(self.tr("The file cannot be saved"))
        self.hide()

    def show_problem(self, text: str, *, retry: bool) -> None:
        """Say what is wrong; retry offers *Opnieuw proberen* (not for a read-only file)."""
        self.text.setText(text)
        self.retry_button.setVisible(retry)
        self.show()

    def clear(self) -> None:
        """All is saved again."""
        self.text.clear()
        self.hide()


def install_storage_guard(window: MainWindow) -> Callable[..., None]:
    """Route a failure of the disk that escapes a view (a read after the stick was pulled out)
    to the window's bar instead of a traceback on the console; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        project = window.ctx.project
        if project is not None and isinstance(exc, sqlite3.Error | OSError):
            from ..model.store import storage_error

            window.storage_failed(storage_error(project.path, exc))
            return
        if project is not None and is_storage_error(exc):
            window.storage_failed(exc)
            return
        previous(kind, exc, tb)

    sys.excepthook = hook
    return previous


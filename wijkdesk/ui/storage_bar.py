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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..messages import error_text
from ..model import Project, WijkdeskError
from .commands import ModelCommand, push

if TYPE_CHECKING:
    from .context import AppContext
    from .interaction import Interaction
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


class Rescue(QObject):
    """The edits the file did not take, the bar that says so, and the ways out: *Opslaan
    als…* (the whole project, held edits included, to a new file, and on there), *Opnieuw
    proberen* (the same file again), and asking before a project with held edits is left."""

    #: edits the file had not taken, saved after all (Save as…, Try again): list of commands
    heldSaved = Signal(list)
    #: a line for the status bar
    status = Signal(str)
    #: what went wrong, for a facilitator who cannot see the bar (presenting on one screen)
    problem = Signal(str)

    def __init__(self, ctx: AppContext, interaction: Interaction, folder: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interaction = interaction
        self._folder = folder
        self.bar = StorageBar()
        self.bar.saveAsRequested.connect(self.save_as)
        self.bar.retryRequested.connect(self.retry)
        self.held: list[ModelCommand] = []

    def failed(self, error: WijkdeskError, command: ModelCommand | None = None) -> None:
        """The file did not take an edit: keep the edit, say what happened, offer Save as…."""
        if command is not None and command not in self.held:
            self.held.append(command)
        project = self._ctx.project
        self.bar.show_problem(error_text(error),
                              retry=not (project is not None and project.read_only))
        self.status.emit(self.tr("Not saved"))
        self.problem.emit(error_text(error))

    def project_changed(self, project: Project | None) -> None:
        """A project was opened (or closed): a read-only one says so; else the bar goes,
        unless edits are still held."""
        if project is not None and project.read_only:
            self._show_read_only(project)
        elif project is None or not self.held:
            self.bar.clear()

    def _show_read_only(self, project: Project) -> None:
        self.bar.show_problem(self.tr(
            "%1 can only be read, not changed (an e-mail attachment, a read-only folder or "
            "another wijkdesk that has it open). Choose Save as… to work on in a copy."
        ).replace("%1", str(project.path)), retry=False)

    def save_as(self) -> bool:
        """Write the whole project, with any edit the file did not take, to a new file and go
        on working there (File → Opslaan als…)."""
        project = self._ctx.project
        if project is None:
            return False
        path = self._interaction.save_path(self.tr("Save as"), self._folder())
        if not path:
            return False
        try:
            written = project.save_copy(path)
            opened = Project.open(written, device=project.device)
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Not saved"), error_text(exc))
            return False
        self._continue_in(opened)
        self.status.emit(self.tr("Saved as %1").replace("%1", str(written)))
        return True

    def retry(self) -> bool:
        """Open the file again where it was (the stick is back, there is room again) and save
        the edits it did not take."""
        project = self._ctx.project
        if project is None:
            return False
        path, device = project.path, project.device
        project.close()  # its connection may be dead (the stick was pulled out)
        try:
            opened = Project.open(path, device=device)
        except WijkdeskError as exc:
            self.bar.show_problem(error_text(exc), retry=True)
            return False
        if opened.read_only:
            opened.close()
            self.failed(WijkdeskError("read_only", path=str(path)))
            return False
        return self._continue_in(opened)

    def _continue_in(self, opened: Project) -> bool:
        """Switch to opened and save the held edits there (as undoable steps)."""
        held, self.held = self.held, []
        self._ctx.bridge.set_project(opened)
        saved = []
        for command in held:
            command.project = opened
            try:
                push(self._ctx.undo, command)
            except WijkdeskError as exc:
                self.held.append(command)
                self.failed(exc)
                continue
            saved.append(command)
        if saved:
            self.heldSaved.emit(saved)
        if self.held:
            return False
        self.project_changed(opened)
        return True

    def may_leave(self) -> bool:
        """Before the open project is closed or replaced: edits the file did not take are
        saved elsewhere first (Save as…), or let go only when the user says so."""
        if not self.held:
            return True
        project = self._ctx.project
        text = self.tr("%n change(s) could not be saved in %1.", "", len(self.held)).replace(
            "%1", str(project.path) if project is not None else "")
        if self._interaction.confirm(self.tr("Not saved"), text + " " + self.tr(
                "Save the whole project elsewhere first?"), action=self.tr("Save as…")):
            return self.save_as()
        if self._interaction.confirm(self.tr("Not saved"), text + " " + self.tr(
                "Close without them? They will be lost."), destructive=True,
                action=self.tr("Close without saving")):
            self.held.clear()
            return True
        return False


def install_storage_guard(window: MainWindow) -> Callable[..., None]:
    """Route a failure of the disk that escapes a view (a read after the stick was pulled out)
    to the window's bar instead of a traceback on the console; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        project = window.ctx.project
        if project is not None and isinstance(exc, sqlite3.Error | OSError):
            from ..model.store import storage_error

            window.rescue.failed(storage_error(project.path, exc))
            return
        if project is not None and is_storage_error(exc):
            window.rescue.failed(exc)
            return
        previous(kind, exc, tb)

    sys.excepthook = hook
    return previous


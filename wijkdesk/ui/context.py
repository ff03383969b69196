"""The context every view gets: the open project (through a Qt bridge), undo stack, settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from ..model import Change, Project


class ProjectBridge(QObject):
    """Turns the model's change notices into a Qt signal, and owns the open project."""

    #: the list of committed changes (wijkdesk.model.Change) of one transaction
    changed = Signal(list)
    #: a project was opened (or closed: then the argument is None)
    projectChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None

    @property
    def project(self) -> Project | None:
        """The open project, or None."""
        return self._project

    def set_project(self, project: Project | None) -> None:
        """Switch to another project (closing the previous one)."""
        if self._project is not None:
            self._project.unsubscribe(self._on_changes)
            self._project.close()
        self._project = project
        if project is not None:
            project.subscribe(self._on_changes)
        self.projectChanged.emit(project)

    def _on_changes(self, changes: list[Change]) -> None:
        self.changed.emit(changes)


class AppContext:
    """What views need, passed explicitly (no globals): the bridge, undo stack and settings."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        self.settings = settings
        self.bridge = ProjectBridge(parent)
        self.undo = QUndoStack(parent)

    @property
    def project(self) -> Project | None:
        """The open project, or None."""
        return self.bridge.project

"""The context every view gets: the open project (through a Qt bridge), undo stack, settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from .. import settings as store
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


class SettingsEvents(QObject):
    """Tells the views that settings changed (through ``AppContext.set_settings``)."""

    #: the keys (wijkdesk.settings) whose value changed
    settingsChanged = Signal(list)


class AppContext:
    """What views need, passed explicitly (no globals): the bridge, undo stack and settings."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        self.settings = settings
        self.bridge = ProjectBridge(parent)
        self.undo = QUndoStack(parent)
        #: ``settings_events.settingsChanged(keys)`` after ``set_settings`` changed something
        self.settings_events = SettingsEvents(parent)
        #: presenter mode of the main window (ui/presenter.py), once there is one
        self.presenter = None

    @property
    def project(self) -> Project | None:
        """The open project, or None."""
        return self.bridge.project

    def project_id(self) -> str | None:
        """The open project's id (what per-project settings are kept under), or None."""
        project = self.bridge.project
        return str(project.info().id) if project is not None else None

    def setting(self, key: str):
        """The value of a setting (wijkdesk.settings), of the open project where it is kept
        per project."""
        return store.get(self.settings, key, self.project_id())

    def set_settings(self, values: dict) -> list[str]:
        """Keep several settings (validated; per-project ones for the open project, skipped
        when none is open) and emit ``settingsChanged`` with the keys that changed."""
        project_id = self.project_id()
        changed = []
        for key, value in values.items():
            scope = store.setting(key).scope
            if scope == store.PROJECT and project_id is None:
                continue
            if store.set(self.settings, key, value,
                         project_id if scope == store.PROJECT else None):
                changed.append(key)
        if changed:
            self.settings_events.settingsChanged.emit(changed)
        return changed

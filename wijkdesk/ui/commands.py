"""Undoable edits. Each command changes the model only (through the facade); the views redraw
from the model's change notices. ``push()`` applies a command before it goes on the undo stack,
so an edit the model refuses raises and never reaches the stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Project, WijkdeskError


class ModelCommand(QUndoCommand):
    """An edit of the model: ``apply`` does it, ``revert`` takes it back."""

    def __init__(self, project: Project, label: str) -> None:
        super().__init__(label)
        self.project = project
        self._applied_by_push = False
        #: a refusal by the model during undo or redo, for the window to report
        self.error: WijkdeskError | None = None

    def apply(self) -> None:
        """Make the change in the model."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back in the model."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_by_push:  # push() already applied it
            self._applied_by_push = False
            return
        try:
            self.apply()
        except WijkdeskError as exc:  # e.g. a full disk: nothing changed; say so
            self.error = exc

    def undo(self) -> None:
        try:
            self.revert()
        except WijkdeskError as exc:
            self.error = exc


class AddRecord(ModelCommand):
    """Add a record; undo deletes it (a tombstone), redo restores it."""

    def __init__(self, project: Project, label: str, kind: str, fields: dict[str, Any]) -> None:
        super().__init__(project, label)
        self.kind = kind
        self.fields = dict(fields)
        self.record_id: str | None = None

    def apply(self) -> None:
        if self.record_id is None:
            self.record_id = self.project.add(self.kind, **self.fields)
        else:
            self.project.restore(self.kind, self.record_id)

    def revert(self) -> None:
        assert self.record_id is not None
        self.project.delete(self.kind, self.record_id)


class UpdateRecord(ModelCommand):
    """Change fields of a record; undo puts the old values back."""

    def __init__(self, project: Project, label: str, kind: str, record_id: str,
                 fields: dict[str, Any]) -> None:
        super().__init__(project, label)
        self.kind = kind
        self.record_id = record_id
        current = project.get(kind, record_id)
        if current is None:
            raise KeyError(record_id)
        self.new = dict(fields)
        self.old = {name: current[name] for name in fields}

    def apply(self) -> None:
        self.project.update(self.kind, self.record_id, **self.new)

    def revert(self) -> None:
        self.project.update(self.kind, self.record_id, **self.old)


class DeleteRecord(ModelCommand):
    """Delete a record (a tombstone); undo restores it."""

    def __init__(self, project: Project, label: str, kind: str, record_id: str) -> None:
        super().__init__(project, label)
        self.kind = kind
        self.record_id = record_id

    def apply(self) -> None:
        self.project.delete(self.kind, self.record_id)

    def revert(self) -> None:
        self.project.restore(self.kind, self.record_id)


def push(stack: QUndoStack, command: ModelCommand) -> ModelCommand:
    """Apply the command, then put it on the undo stack; a refused edit raises and is not pushed."""
    command.apply()
    command._applied_by_push = True
    stack.push(command)
    return command


class Promote(ModelCommand):
    """Make an agreement, action point or timeline step of a cluster or note; undo deletes it."""

    def __init__(self, project: Project, label: str, source_kind: str, source_id: str,
                 to: str, track: str = "doe") -> None:
        super().__init__(project, label)
        self.args = (source_kind, source_id, to, track)
        self.kind = to
        self.record_id: str | None = None

    def apply(self) -> None:
        from ..model.board import promote

        if self.record_id is None:
            source_kind, source_id, to, track = self.args
            self.kind, self.record_id = promote(self.project, source_kind, source_id, to, track)
        else:
            self.project.restore(self.kind, self.record_id)

    def revert(self) -> None:
        assert self.record_id is not None
        self.project.delete(self.kind, self.record_id)


class Edits(ModelCommand):
    """A group of edits made by a model function on an ``EditLog``; one undo step."""

    def __init__(self, project: Project, label: str, action) -> None:
        super().__init__(project, label)
        self._action = action  # (EditLog) -> result
        self.log = None
        self.result = None

    def apply(self) -> None:
        from ..model.board import EditLog

        if self.log is None:
            log = EditLog(self.project)
            with self.project.batch():  # one transaction: all of it is saved, or nothing
                self.result = self._action(log)
            self.log = log
        else:
            self.log.redo()

    def revert(self) -> None:
        assert self.log is not None
        self.log.undo()

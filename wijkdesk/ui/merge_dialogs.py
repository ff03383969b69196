"""Merging in the GUI: the preview before a merge, the "Te beoordelen" list, and the undo
command that takes a whole merge (or a decision) back in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..messages import kind_label
from ..model import Project, Record
from ..model.merge import MergeSummary
from .commands import ModelCommand

ID_ROLE = 256  # Qt.ItemDataRole.UserRole


class SnapshotCommand(ModelCommand):
    """An edit undone by restoring the file as it was (a merge, a conflict decision)."""

    def __init__(self, project: Project, label: str, action: Callable[[], object]) -> None:
        super().__init__(project, label)
        self._action = action
        self._before = None
        self._after = None
        self.result: object = None

    def apply(self) -> None:
        if self._after is not None:  # redo: the file as the merge left it
            self.project.restore_snapshot(self._after)
            return
        self._before = self.project.snapshot()
        self.result = self._action()
        self._after = self.project.snapshot()

    def revert(self) -> None:
        assert self._before is not None
        self.project.restore_snapshot(self._before)


class MergePreviewDialog(QDialog):
    """What a merge will do, per kind of record, before it is applied."""

    def __init__(self, summary: MergeSummary, sources: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge files"))
        intro = QLabel(self.tr("Merging %n file(s) into this project will change:", "",
                               len(sources)))
        files = QLabel("\n".join(sources))
        files.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("New"), self.tr("Changed"), self.tr("Deleted"), self.tr("To review")])
        self.table.setAccessibleName(self.tr("What the merge changes"))
        kinds = summary.kinds()
        self.table.setRowCount(len(kinds) + 1)
        labels = [kind_label(k) for k in kinds] + [self.tr("Total")]
        self.table.setVerticalHeaderLabels(labels)
        for row, kind in enumerate(kinds):
            for col, counts in enumerate((summary.new, summary.changed, summary.deleted,
                                          summary.conflicts)):
                self.table.setItem(row, col, QTableWidgetItem(str(counts.get(kind, 0))))
        for col, total in enumerate((summary.total_new, summary.total_changed,
                                     summary.total_deleted, summary.total_conflicts)):
            self.table.setItem(len(kinds), col, QTableWidgetItem(str(total)))
        self.table.resizeColumnsToContents()
        nothing = QLabel(self.tr("These files hold nothing new for this project."))
        nothing.setVisible(summary.ops_added == 0)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("&Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(files)
        layout.addWidget(self.table)
        layout.addWidget(nothing)
        layout.addWidget(buttons)
        self.resize(640, 420)


def describe(project: Project, kind: str, record_id: str) -> str:
    """A short text that lets the facilitator recognise a record."""
    rec = project.get(kind, record_id)
    if rec is None:
        return record_id[:8]
    for name in ("text", "title", "name", "what", "prompt", "role"):
        value = rec.get(name)
        if isinstance(value, str) and value.strip():
            return value if len(value) <= 80 else value[:77] + "…"
    return record_id[:8]


def when(stamp: str) -> str:
    """A clock stamp as local date and time."""
    try:
        ms = int(stamp.partition(".")[0])
        return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        return stamp


class ConflictsDialog(QDialog):
    """The "Te beoordelen" list: every conflicting value, who and when; pick one."""

    def __init__(self, project: Project, choose: Callable[[Record, object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._choose = choose
        self.setWindowTitle(self.tr("To review"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Value"), self.tr("Device"),
                                   self.tr("When")])
        self.tree.setAccessibleName(self.tr("Conflicts to review"))
        self.tree.itemActivated.connect(lambda *_: self.choose_selected())
        self.choose_button = QPushButton(self.tr("&Keep this value"))
        self.choose_button.clicked.connect(self.choose_selected)
        self.empty = QLabel(self.tr("Nothing to review: every merged value is clear."))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "These fields were changed on more than one laptop, or deleted on one and changed "
            "on another. The value shown now is the latest; choose the one to keep.")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the model."""
        self.tree.clear()
        conflicts = self._project.conflicts()
        for conflict in conflicts:
            label = describe(self._project, conflict.kind, conflict.id)
            what = f"{kind_label(conflict.kind)}: {label}"
            field = self.tr("deleted or kept") if conflict.field == "_deleted" else conflict.field
            top = QTreeWidgetItem([what, field, "", ""])
            for value in conflict["values"]:
                if conflict.field == "_deleted" and value.field == "_deleted":
                    shown = self.tr("delete it") if value.value else self.tr("keep it")
                    choice = bool(value.value)
                elif conflict.field == "_deleted":
                    shown = self.tr("keep it, changed: %1 = %2").replace(
                        "%1", value.field).replace("%2", str(value.value))
                    choice = False
                else:
                    shown = str(value.value)
                    choice = value.value
                child = QTreeWidgetItem(["", shown, value.device[:8], when(value.hlc)])
                child.setData(0, ID_ROLE, (conflict, choice))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.empty.setVisible(not conflicts)
        self.choose_button.setEnabled(bool(conflicts))

    def choose_selected(self) -> None:
        """Keep the selected value."""
        item = self.tree.currentItem()
        data = item.data(0, ID_ROLE) if item is not None else None
        if not data:
            return
        conflict, choice = data
        self._choose(conflict, choice)
        self.refresh()

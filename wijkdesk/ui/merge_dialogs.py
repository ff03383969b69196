"""Merging in the GUI: the preview before a merge, the "Te beoordelen" list, and the undo
command that takes a whole merge (or a decision) back in one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..messages import erasure_line, field_label, kind_label
from ..model import Project, Record, kinds
from .commands import ModelCommand
from .common import ID_ROLE, fit_to_screen

if TYPE_CHECKING:
    from ..model.merge import MergeSummary

translate = QCoreApplication.translate


class RecordedCommand(ModelCommand):
    """An edit undone by taking back exactly the changes it logged (a merge, an import, a
    conflict decision): edits made after it, here or in another window, stay."""

    def __init__(self, project: Project, label: str, action: Callable[[], object]) -> None:
        super().__init__(project, label)
        self._action = action
        self._record = None
        self.result: object = None

    def apply(self) -> None:
        if self._record is not None:  # redo: put back what undo took back
            self.project.reinstate(self._record)
            return
        with self.project.recording() as record:
            self.result = self._action()
        self._record = record

    def revert(self) -> None:
        assert self._record is not None
        self.project.retract(self._record)


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
        #: the erasures (AVG) the files bring: listed, and the merge waits for a tick
        self.erasures = QListWidget()
        self.erasures.setAccessibleName(self.tr("What the merge erases"))
        self.erasures.addItems([erasure_line(e) for e in summary.erasures])
        self.understood = QCheckBox(self.tr("I understand that this data will be erased for good"))
        self.understood.toggled.connect(self.merge_button.setEnabled)
        if summary.erasures:
            erasures_label = QLabel(self.tr(
                "These files bring %n erasure(s) of personal data (AVG): the texts below leave "
                "this file and its history for good. The merge cannot be undone.", "",
                len(summary.erasures)))
            erasures_label.setWordWrap(True)
            layout.addWidget(erasures_label)
            layout.addWidget(self.erasures)
            layout.addWidget(self.understood)
            self.merge_button.setEnabled(False)
        else:
            self.erasures.hide()
            self.understood.hide()
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560 if summary.erasures else 420)


def describe(project: Project, kind: str, record_id: str) -> str:
    """A short text that lets the facilitator recognise a record."""
    for name in kind.split("|"):
        rec = project.get(name, record_id)
        if rec is None:
            continue
        for field in ("text", "title", "name", "what", "prompt", "role"):
            value = rec.get(field)
            if isinstance(value, str) and value.strip():
                return value if len(value) <= 80 else value[:77] + "…"
        break
    return record_id[:8]


def value_text(project: Project, kind: str, field: str, value: object) -> str:
    """A field's value as the facilitator reads it: names for references, ja/nee, dates."""
    f = kinds.KINDS[kind].by_name.get(field)
    if value is None or value == "":
        return translate("Review", "(empty)")
    if f is not None and f.type == "ref" and isinstance(value, str):
        return describe(project, f.ref or "", value)
    if isinstance(value, bool):
        return translate("Review", "yes") if value else translate("Review", "no")
    if f is not None and f.type == "date" and isinstance(value, str):
        date = QDate.fromString(value, "yyyy-MM-dd")
        return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def when(stamp: str) -> str:
    """A clock stamp as local date and time, in the user's language."""
    try:
        ms = int(stamp.partition(".")[0])
        moment = QDateTime.fromMSecsSinceEpoch(ms)
    except (ValueError, OverflowError):
        return stamp
    return QLocale().toString(moment, "d MMM yyyy HH:mm")


def who(project: Project, device: str, tables: dict[str, list[int]]) -> str:
    """Which laptop made a change: this one, a table's, or another one (by a short id)."""
    if device == project.device:
        return translate("Review", "this laptop")
    if device in tables:
        numbers = "/".join(str(t) for t in tables[device])
        return translate("Review", "table %1").replace("%1", numbers)
    return translate("Review", "laptop %1").replace("%1", device[:4])


class ConflictsDialog(QDialog):
    """The "Te beoordelen" list: every conflicting value, who and when; pick one."""

    def __init__(self, project: Project, choose: Callable[[Record, object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._choose = choose
        self.setWindowTitle(self.tr("To review"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["", self.tr("Value"), self.tr("Who"), self.tr("When")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 40)
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
        fit_to_screen(self, 1100, 600)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the model."""
        self.tree.clear()
        project = self._project
        conflicts = project.conflicts()
        tables = project.device_tables()
        for conflict in conflicts:
            label = describe(project, conflict.kind, conflict.id)
            what = f"{kind_label(conflict.kind)}: {label} — {field_label(conflict.field)}"
            top = QTreeWidgetItem([what, "", "", ""])
            top.setToolTip(0, what)
            for value in conflict["values"]:
                if conflict.field == "_deleted" and value.field == "_deleted":
                    shown = self.tr("delete it") if value.value else self.tr("keep it")
                    choice = bool(value.value)
                elif conflict.field == "_deleted":
                    shown = self.tr("keep it, changed: %1 = %2").replace(
                        "%1", field_label(value.field)).replace(
                        "%2", value_text(project, conflict.kind, value.field, value.value))
                    choice = False
                else:
                    shown = value_text(project, conflict.kind, conflict.field, value.value)
                    choice = value.value
                child = QTreeWidgetItem(["", shown, who(project, value.device, tables),
                                         when(value.hlc)])
                child.setToolTip(1, shown)
                child.setToolTip(2, value.device)
                child.setData(0, ID_ROLE, (conflict, choice))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
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

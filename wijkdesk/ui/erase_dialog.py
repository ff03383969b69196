"""Wissen (AVG): erase a party, a person in the attendance or a note for good, and take their
name out of every other text in the file, after a preview of every record and field that
mentions it (wijkdesk.model.erasure).

Erasing cannot be undone, and it empties the undo stack: an earlier step undone could bring a
text back that held the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..messages import error_text, field_label, kind_name
from ..model import WijkdeskError, erasure
from .common import ID_ROLE, fit_to_screen


def split_names(text: str) -> list[str]:
    """The names typed in the name field: separated by ";" (a name may hold a comma)."""
    return [n.strip() for n in text.replace("\n", ";").split(";") if n.strip()]


class EraseDialog(QDialog):
    """The preview and the confirmation of an erasure; *Wissen* erases."""

    def __init__(self, ctx, kind: str | None = None, record_id: str | None = None,
                 parent: QWidget | None = None, names: list[str] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        project = ctx.project
        self.record = (kind, record_id) if kind and record_id else None
        #: what the erasure did (wijkdesk.model.erasure.Result), once done
        self.result = None
        self.setWindowTitle(self.tr("Erase (AVG)"))
        self.what = QLabel()
        self.what.setWordWrap(True)
        if self.record is not None:
            self.what.setText(self.tr(
                "This erases %1 “%2” completely, with every text it holds.").replace(
                "%1", kind_name(kind)).replace("%2", erasure.label(project, kind, record_id)))
        self.what.setVisible(self.record is not None)
        if names is None:
            names = erasure.names_of(project, kind, record_id) if self.record else []
        self.names = QLineEdit("; ".join(names))
        self.names.setAccessibleName(self.tr("Name to erase"))
        self.names.setPlaceholderText(self.tr("a name; more names separated by ;"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.names)
        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.names, 1)
        row.addWidget(self.search_button)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Texts that mention the name"))
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(lambda _item: self._update_button())
        explanation = QLabel(self.tr(
            "Erasing removes this text from the file for good, also from its history: it "
            "cannot be undone, and the steps before it can no longer be undone either. In the "
            "other texts the name is replaced by “%1”. Copies of the file on other laptops keep "
            "the text until they are merged with this one.").replace("%1", self.placeholder()))
        explanation.setWordWrap(True)
        explanation.setObjectName("eraseWarning")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(self.tr("&Erase"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.search_button.setDefault(True)  # Enter in the name field searches, never erases
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(row)
        layout.addWidget(self.found_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(explanation)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)
        self.search()
        self.names.setFocus()

    def placeholder(self) -> str:
        """What replaces the name in the texts that stay."""
        return self.tr("[erased]")

    def search(self) -> None:
        """Fill the list with every text that mentions the names (all ticked)."""
        project = self._ctx.project
        names = split_names(self.names.text())
        self.problem.setVisible(False)
        self.list.clear()
        if names and erasure.pattern(names) is None:
            self.found_label.setText(error_text(WijkdeskError("name_too_short")))
            self._update_button()
            return
        mentions = erasure.find_mentions(project, names, exclude=self.record) if names else []
        with_blocked = self.list.blockSignals(True)
        for m in mentions:
            item = QListWidgetItem(self.describe(m))
            item.setData(ID_ROLE, (m.kind, m.id, m.field))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(with_blocked)
        if not names:
            self.found_label.setText(self.tr("Type a name to find the texts that mention it."))
        elif mentions:
            self.found_label.setText(self.tr(
                "%n text(s) mention the name. The name is taken out of every ticked one:", "",
                len(mentions)))
        else:
            self.found_label.setText(self.tr("No other text mentions the name."))
        self._update_button()

    def describe(self, m: erasure.Mention) -> str:
        """One line of the list: the record, the field, the text around the name."""
        line = self.tr("%1 “%2” — %3: %4").replace("%1", kind_name(m.kind)).replace(
            "%2", m.label).replace("%3", field_label(m.field)).replace("%4", m.excerpt)
        if not m.current:
            line += " " + self.tr("(an earlier version)")
        if m.deleted:
            line += " " + self.tr("(deleted)")
        return line

    def chosen(self) -> list[tuple[str, str, str]]:
        """The ticked texts: (kind, id, field)."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.record is not None or bool(self.chosen()))

    def erase(self) -> bool:
        """Erase what is chosen, for good; the undo stack is emptied. False if refused."""
        try:
            self.result = erasure.erase(self._ctx.project, split_names(self.names.text()),
                                        self.chosen(), record=self.record,
                                        placeholder=self.placeholder())
        except WijkdeskError as exc:
            self.problem.setText(error_text(exc))
            self.problem.setVisible(True)
            return False
        # An earlier step undone (an edit, a merge) could bring the erased text back.
        self._ctx.undo.clear()
        self.accept()
        return True

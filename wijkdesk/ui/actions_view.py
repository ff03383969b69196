"""The Afspraken en acties view: an evening's agreements and action points, and the open actions
of every evening, edited in place or in a dialog.

Two tables for the chosen evening (number, text, *wie*, *wanneer*, status, the cluster or note
it came from) and, on a tab of its own, the action points of all evenings that are not done.
A cell is edited in place (F2, a double-click or typing): *wie* in a box that offers the parties
of the network and takes free text too, *wanneer* in a date editor (Delete: no date), the status
from a list. Return opens the whole record in a dialog; Insert adds one, Delete deletes the
selected ones, Ctrl+Up/Down moves one in the list. Every edit is one undo step
(``model/actions.py`` through ``commands.Edits``).

When a cluster or note is promoted to an agreement or action point (the board's promote menu),
``edit_promoted`` opens the dialog on the new record so that the facilitator can reword it and
fill in *wie* and *wanneer* at once; what is changed there belongs to the promotion's undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import locale_for, long_date, ui_language
from ..messages import error_text
from ..model import Change, Project, Record, WijkdeskError
from ..model import actions as acts
from ..model.kinds import ACTION_STATUS
from .commands import Edits, Promote, push
from .common import ID_ROLE, make_heading
from .context import AppContext
from .flow_layout import FlowLayout
from .saving_dialog import SavingDialog

#: the columns of an evening's table, and of the overview of open actions
EVENING_COLUMNS = ("number", "text", "who", "due", "status", "source")
OPEN_COLUMNS = ("evening", "number", "text", "who", "due", "status")
WATCHED = {"agreement", "action_item", "stakeholder", "bijeenkomst", "cluster", "insight", "*"}


translate = QCoreApplication.translate


def status_label(status: str) -> str:
    """A status in the user's language."""
    return {"open": translate("ActionsView", "open"),
            "bezig": translate("ActionsView", "in progress"),
            "klaar": translate("ActionsView", "done"),
            "uitgesteld": translate("ActionsView", "postponed")}.get(status, status)


def due_label(iso: str | None) -> str:
    """A due date, short: "15 feb. 2027" ("" for none)."""
    if not iso:
        return ""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    return locale_for(ui_language()).toString(date, "d MMM yyyy") if date.isValid() else iso


def source_label(project: Project, source_id: str | None) -> str:
    """What a record was made from: "cluster “Groen”", "note “Meer bomen”" ("" if none)."""
    if not source_id:
        return ""
    for kind, field, label in (("cluster", "name", translate("ActionsView", "cluster “%1”")),
                               ("insight", "text", translate("ActionsView", "note “%1”"))):
        rec = project.get(kind, source_id)
        if rec is not None:
            text = " ".join(str(rec[field]).split())
            text = text if len(text) <= 60 else text[:59] + "…"
            gone = translate("ActionsView", " (deleted)") if rec.deleted else ""
            return label.replace("%1", text) + gone
    return ""


def evening_label(evening: Record | None, short: bool = False) -> str:
    """An evening as the lists name it: its title and date (short: its date, else title)."""
    if evening is None:
        return translate("ActionsView", "(no evening)")
    if short:
        return due_label(evening.date) or str(evening.title)
    when = long_date(evening.date)
    return f"{evening.title} — {when}" if when else str(evening.title)


# -- editors -------------------------------------------------------------------------------------


class DueEdit(QDateEdit):
    """A date, or none ("no date", the lowest date): Delete clears it; a key, an arrow or the
    calendar start from today."""

    NONE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText(self.tr("no date"))
        self.setDisplayFormat("dd-MM-yyyy")
        self.setAccessibleName(self.tr("When"))
        self.setToolTip(self.tr("The date it is due; Delete: no date"))
        self.setDate(self.NONE)

    def set_value(self, iso: str | None) -> None:
        """Show an ISO date, or none."""
        date = QDate.fromString(iso, "yyyy-MM-dd") if iso else self.NONE
        self.setDate(date if date.isValid() else self.NONE)

    def value(self) -> str | None:
        """The ISO date shown, or None."""
        return None if self.date() == self.NONE else self.date().toString("yyyy-MM-dd")

    def _from_today(self) -> None:
        if self.date() == self.NONE:
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.date() == self.NONE:
            self._from_today()
            return
        super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.setDate(self.NONE)
            return
        if event.text().isdigit() or key in (Qt.Key.Key_F4,) or (
                key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self._from_today()
            if event.text().isdigit():
                self.lineEdit().selectAll()
                self.setCurrentSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._from_today()
        super().mousePressEvent(event)


def who_combo(project: Project | None, parent: QWidget | None = None) -> QComboBox:
    """An editable box with the parties of the network (their id as data); free text allowed."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    if project is not None:
        for party_id, name in sorted(acts.party_names(project).items(),
                                     key=lambda p: p[1].casefold()):
            combo.addItem(name, party_id)
    combo.lineEdit().setPlaceholderText(
        translate("ActionsView", "A party of the network, or free text"))
    combo.setAccessibleName(translate("ActionsView", "Who"))
    combo.setToolTip(
        translate("ActionsView", "Choose a party of the network, or type a name or role"))
    return combo


def set_who(combo: QComboBox, rec: Record | None, shown: str) -> None:
    """Show a record's *wie* in a ``who_combo``."""
    index = combo.findData(rec.get("who_id")) if rec is not None and rec.get("who_id") else -1
    if index > 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(shown)


def who_changes(combo: QComboBox) -> dict:
    """``{"who_id": party}`` when a party of the list is chosen, else ``{"who": text}``."""
    text = " ".join(combo.currentText().split())
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if text and index > 0 and combo.itemData(index):
        return {"who_id": combo.itemData(index)}
    return {"who": text}


def status_combo(parent: QWidget | None = None) -> QComboBox:
    """The statuses, in words (the stored value as data)."""
    combo = QComboBox(parent)
    for status in ACTION_STATUS:
        combo.addItem(status_label(status), status)
    combo.setAccessibleName(translate("ActionsView", "Status"))
    return combo


def _show_start(edit: QLineEdit) -> None:
    """All of a line edit's text chosen (typing replaces it), its beginning in sight."""
    edit.end(False)
    edit.home(True)


class _Delegate(QStyledItemDelegate):
    """The in-place editors: *wie*, *wanneer* and status; the rest as Qt makes them."""

    def __init__(self, table: ItemsTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        column = self.table.model_.columns[index.column()]
        if column == "who":
            return who_combo(self.table.project(), parent)
        if column == "due":
            return DueEdit(parent)
        if column == "status":
            return status_combo(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        model = self.table.model_
        column = model.columns[index.column()]
        rec = model.record(index.row())
        if column == "who":
            set_who(editor, rec, index.data(Qt.ItemDataRole.DisplayRole) or "")
            _show_start(editor.lineEdit())
        elif column == "due":
            editor.set_value(rec.get("due"))
        elif column == "status":
            editor.setCurrentIndex(max(0, editor.findData(rec.status)))
        else:
            super().setEditorData(editor, index)
            if isinstance(editor, QLineEdit):
                _show_start(editor)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        column = self.table.model_.columns[index.column()]
        if column == "who":
            self.table.model_.save(index.row(), who_changes(editor))
        elif column == "due":
            self.table.model_.save(index.row(), {"due": editor.value()})
        elif column == "status":
            self.table.model_.save(index.row(), {"status": editor.currentData()})
        else:
            super().setModelData(editor, model, index)


# -- the tables ----------------------------------------------------------------------------------


class ItemsModel(QAbstractTableModel):
    """Agreements or action points as rows; an edit is saved through ``save_changes``."""

    def __init__(self, kind: str, columns: tuple[str, ...],
                 save_changes: Callable[[str, str, dict], bool], parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = columns
        self._save = save_changes
        self.rows: list[Record] = []
        self._evenings: dict[str, Record] | None = None
        self._shown: list[dict[str, str]] = []

    def set_rows(self, project: Project | None, rows: list[Record],
                 evenings: dict[str, Record] | None = None) -> None:
        """Show these records (what each column says is worked out once, here)."""
        if project is None:
            rows = []
        names = acts.party_names(project) if project is not None else {}
        self.beginResetModel()
        sources: dict[str, str] = {}
        self.rows = rows
        self._evenings = evenings
        self._shown = []
        for rec in rows:
            if rec.source_id and rec.source_id not in sources:
                sources[rec.source_id] = source_label(project, rec.source_id)
            status = status_label(rec.status)
            if rec.get("postponed"):
                status += f" ({rec.postponed}×)"
            self._shown.append({
                "number": str(rec.number), "text": acts.text_of(self.kind, rec),
                "who": acts.who_name(project, rec, names), "due": due_label(rec.due),
                "status": status, "source": sources.get(rec.source_id or "", ""),
                "evening": evening_label((evenings or {}).get(rec.bijeenkomst_id), True),
            })
        self.endResetModel()

    def record(self, row: int) -> Record:
        """The record of a row."""
        return self.rows[row]

    def row_of(self, record_id: str) -> int:
        """The row of a record (-1 when it is not shown)."""
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def save(self, row: int, changes: dict) -> bool:
        """Save an edit of a row's record (one undo step)."""
        return self._save(self.kind, self.rows[row].id, changes)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.columns[section]
        if column == "text":
            return (translate("ActionsView", "Agreement") if self.kind == "agreement"
                    else translate("ActionsView", "What"))
        return {"number": translate("ActionsView", "No."),
                "who": translate("ActionsView", "Who"),
                "due": translate("ActionsView", "When"),
                "status": translate("ActionsView", "Status"),
                "source": translate("ActionsView", "From"),
                "evening": translate("ActionsView", "Evening")}[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        rec = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column]
        if role == Qt.ItemDataRole.EditRole:
            if column == "number":
                return rec.number
            return self._shown[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "who" and rec.get("who_id"):
                return translate("ActionsView", "A party of the network")
            if column == "evening":
                return evening_label((self._evenings or {}).get(rec.bijeenkomst_id))
            if column in ("text", "source"):
                return self._shown[index.row()][column] or None
        if role == ID_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column == "number"
                        else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()] not in ("source", "evening"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column == "number":
            return self.save(index.row(), {"number": int(value)})
        if column == "text":
            if str(value).strip() == acts.text_of(self.kind, self.rows[index.row()]):
                return False
            return self.save(index.row(), {"text": str(value)})
        return False


class ItemsTable(QTableView):
    """A table of agreements or action points, edited in place."""

    def __init__(self, kind: str, columns: tuple[str, ...], project: Callable[[], Project | None],
                 save_changes: Callable[[str, str, dict], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        #: the buttons beside the table (enabled while an evening is chosen)
        self.buttons: list[QPushButton] = []
        self.model_ = ItemsModel(kind, columns, save_changes, self)
        self.setModel(self.model_)
        self.setItemDelegate(_Delegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table: the buttons are reachable
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        # always there: rows whose height follows the columns' width could otherwise make the
        # scroll bar come and go without end
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        # rows as high as their wrapped text, again whenever the columns' widths change
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())

    #: columns of a fixed width; the others share the rest (the text the most, at least these)
    FIXED = {"number": 40, "due": 100, "status": 105}
    SHARE = {"who": 0.24, "source": 0.2, "evening": 0.16}
    MINIMUM = {"text": 160, "who": 130, "source": 110, "evening": 95}

    def fit_columns(self) -> None:
        """Columns that fill the table's width: the fixed ones, then wie, from and evening
        their share (at least their minimum), the text the rest."""
        columns = self.model_.columns
        room = self.viewport().width() - sum(self.FIXED.get(c, 0) for c in columns)
        widths = {c: self.FIXED.get(c) or max(self.MINIMUM[c], int(room * self.SHARE[c]))
                  for c in columns if c != "text"}
        widths["text"] = max(self.MINIMUM["text"],
                             self.viewport().width() - sum(widths.values()))
        for i, column in enumerate(columns):
            self.setColumnWidth(i, widths[column])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()
        self._fit_rows.start()

    @property
    def kind(self) -> str:
        """"agreement" or "action_item"."""
        return self.model_.kind

    def edit(self, index, trigger=None, event=None):  # noqa: D102 - Qt's
        if trigger is None:  # the slot: Qt calls the overload below
            return super().edit(index)
        started = super().edit(index, trigger, event)
        editor = self.indexWidget(index) if started else None
        if isinstance(editor, QLineEdit) and trigger != self.EditTrigger.AnyKeyPressed:
            _show_start(editor)  # Qt chose all of it with the cursor at the end
        return started

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in the list's order."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [self.model_.rows[r].id for r in rows]

    def current_id(self) -> str | None:
        """The id of the current row, or None."""
        index = self.currentIndex()
        return self.model_.rows[index.row()].id if index.isValid() else None

    def select_id(self, record_id: str | None, column: int = 1) -> None:
        """Make a record's row the current one."""
        row = self.model_.row_of(record_id) if record_id else -1
        if row >= 0:
            self.setCurrentIndex(self.model_.index(row, min(column, len(self.model_.columns)
                                                               - 1)))
            self.selectRow(row)

    def show_rows(self, project: Project | None, rows: list[Record],
                  evenings: dict[str, Record] | None = None) -> None:
        """Show rows, keeping the current one and its column."""
        keep, column = self.current_id(), max(self.currentIndex().column(), 1)
        self.model_.set_rows(project, rows, evenings)
        self.resizeRowsToContents()
        self.select_id(keep, column)


# -- the dialog ----------------------------------------------------------------------------------


class ItemDialog(SavingDialog):
    """An agreement or action point whole: text, *wie*, *wanneer*, status (and where it came
    from). Only collects; the view saves on OK."""

    def __init__(self, project: Project, kind: str, rec: Record | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemDialog")
        self.kind = kind
        agreement = kind == "agreement"
        if rec is None:
            title = self.tr("New agreement") if agreement else self.tr("New action point")
        else:
            title = (self.tr("Agreement %1") if agreement else self.tr("Action point %1")
                     ).replace("%1", str(rec.number))
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(acts.text_of(kind, rec) if rec is not None else "")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(110)
        self.text.setAccessibleName(self.tr("Agreement") if agreement else self.tr("What"))
        self.who = who_combo(project, self)
        set_who(self.who, rec, acts.who_name(project, rec) if rec is not None else "")
        self.due = DueEdit(self)
        self.due.set_value(rec.due if rec is not None else None)
        self.status = status_combo(self)
        self.status.setCurrentIndex(max(0, self.status.findData(rec.status if rec else "open")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Agreement:") if agreement else self.tr("&What:"), self.text)
        form.addRow(self.tr("W&ho:"), self.who)
        form.addRow(self.tr("Whe&n:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        source = source_label(project, rec.source_id) if rec is not None else ""
        self.source = QLabel(source)
        self.source.setWordWrap(True)
        if source:
            form.addRow(self.tr("From:"), self.source)
        self.finish_layout(form, width=560)
        self.text.setFocus()
        self.text.selectAll()

    def changes(self) -> dict:
        """What the dialog holds, as ``model.actions.edit`` takes it."""
        return {"text": self.text.toPlainText(), **who_changes(self.who),
                "due": self.due.value(), "status": self.status.currentData()}


# -- the view ------------------------------------------------------------------------------------


class ActionsView(QWidget):
    """See the module's description."""

    def __init__(self, ctx: AppContext, run, interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._interaction = interaction
        self._built = False
        #: the evening the Bijeenkomst view shows (set by the main window): chosen on showing
        self.follow_evening: Callable[[], str | None] | None = None
        #: the last dialog opened (tests)
        self.dialog: ItemDialog | None = None
        QVBoxLayout(self)
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: self.reload())

    @property
    def project(self) -> Project | None:
        """The open project."""
        return self._ctx.project

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        heading = make_heading(QLabel(self.tr("Agreements and actions")))
        self.evening = QComboBox()
        self.evening.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.evening.setMinimumContentsLength(18)
        self.evening.setAccessibleName(self.tr("Evening"))
        self.evening.currentIndexChanged.connect(lambda _i: self._fill())
        evening_label_ = QLabel(self.tr("E&vening:"))
        evening_label_.setBuddy(self.evening)
        top_box = QWidget()
        top = FlowLayout(top_box)
        top.add(heading)
        top.add(evening_label_, gap=14)
        top.add(self.evening, stretch=1)

        save = self.save_changes
        self.agreements = ItemsTable("agreement", EVENING_COLUMNS, lambda: self.project, save)
        self.agreements.setObjectName("agreementsTable")
        self.agreements.setAccessibleName(self.tr("Agreements"))
        self.actions = ItemsTable("action_item", EVENING_COLUMNS, lambda: self.project, save)
        self.actions.setObjectName("actionsTable")
        self.actions.setAccessibleName(self.tr("Action points"))
        self.open_table = ItemsTable("action_item", OPEN_COLUMNS, lambda: self.project, save)
        self.open_table.setObjectName("openActionsTable")
        self.open_table.setAccessibleName(self.tr("Open actions of all evenings"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.add_agreement_button = QPushButton(self.tr("New a&greement…"))
        self.add_action_button = QPushButton(self.tr("New a&ction point…"))
        for table, title, add_button in (
                (self.agreements, self.tr("Agreements"), self.add_agreement_button),
                (self.actions, self.tr("Action points"), self.add_action_button)):
            split.addWidget(self._panel(table, title, add_button))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(split, self.tr("This evening"))
        self.tabs.addTab(self._panel(self.open_table, "", None),
                         self.tr("Open actions of all evenings"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

        layout = self.layout()
        layout.addWidget(top_box)
        layout.addWidget(self.tabs, 1)
        self._shortcuts()

    def _panel(self, table: ItemsTable, title: str, add_button: QPushButton | None) -> QWidget:
        """A table with its title and buttons."""
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 4, 0, 0)
        row_box = QWidget()
        row = FlowLayout(row_box)
        if title:
            label = QLabel(f"<b>{title}</b>")
            row.add(label)
        if add_button is not None:
            add_button.setToolTip(self.tr("Add one by hand (Insert)"))
            add_button.clicked.connect(lambda: self.add_item(table.kind))
            row.add(add_button, gap=10)
        edit = QPushButton(self.tr("&Edit…"))
        edit.setToolTip(self.tr("Text, who, when and status of the chosen one (Return)"))
        edit.clicked.connect(lambda: self.edit_current(table))
        delete = QPushButton(self.tr("&Delete"))
        delete.setToolTip(self.tr("Delete the chosen ones (Delete; Ctrl+Z brings them back)"))
        delete.clicked.connect(lambda: self.delete_selected(table))
        row.add(edit)
        row.add(delete)
        if add_button is not None:
            up = QPushButton(self.tr("Up"))
            up.setToolTip(self.tr("One place up in the list (Ctrl+Up)"))
            up.clicked.connect(lambda: self.move_current(table, -1))
            down = QPushButton(self.tr("Down"))
            down.setToolTip(self.tr("One place down in the list (Ctrl+Down)"))
            down.clicked.connect(lambda: self.move_current(table, 1))
            renumber = QPushButton(self.tr("Renumber"))
            renumber.setToolTip(self.tr("Number the list 1, 2, 3, … in its order"))
            renumber.clicked.connect(lambda: self.renumber(table.kind))
            for button in (up, down, renumber):
                row.add(button)
        table.buttons = row_box.findChildren(QPushButton)
        column.addWidget(row_box)
        column.addWidget(table, 1)
        return panel

    def _shortcuts(self) -> None:
        """The tables' keys (only while a table itself has the focus, not a cell's editor)."""
        for table in (self.agreements, self.actions, self.open_table):
            edit = self.tr("Edit the chosen one in a dialog")
            keys = [(Qt.Key.Key_Delete, self.tr("Delete the chosen ones"),
                     lambda t=table: self.delete_selected(t)),
                    (Qt.Key.Key_Return, edit, lambda t=table: self.edit_current(t)),
                    (Qt.Key.Key_Enter, edit, lambda t=table: self.edit_current(t))]
            if table is not self.open_table:
                keys += [(Qt.Key.Key_Insert, self.tr("Add an agreement or action point"),
                          lambda t=table: self.add_item(t.kind)),
                         ("Ctrl+Up", self.tr("Move the chosen one up"),
                          lambda t=table: self.move_current(t, -1)),
                         ("Ctrl+Down", self.tr("Move the chosen one down"),
                          lambda t=table: self.move_current(t, 1))]
            for key, what, slot in keys:
                shortcut = QShortcut(QKeySequence(key), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
                shortcut.setWhatsThis(what)

    def ensure_built(self) -> None:
        """Make the widgets (the first time the view is shown)."""
        if not self._built:
            self._build()
            self._built = True
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.ensure_built()
        wanted = self.follow_evening() if self.follow_evening is not None else None
        if wanted and wanted != self.current_evening():
            self.choose_evening(wanted)

    # -- reading -------------------------------------------------------------------------

    def current_evening(self) -> str | None:
        """The evening whose lists are shown."""
        return self.evening.currentData(ID_ROLE) if self._built else None

    def choose_evening(self, evening_id: str | None) -> None:
        """Show an evening's lists."""
        if self._built:
            index = self.evening.findData(evening_id, ID_ROLE)
            if index >= 0:
                self.evening.setCurrentIndex(index)

    def reload(self) -> None:
        """Fill the evenings (keeping the chosen one; else the latest) and the tables."""
        if not self._built:
            return
        keep = self.current_evening()
        with QSignalBlocker(self.evening):
            self.evening.clear()
            if self.project is not None:
                for b in self.project.all("bijeenkomst", order="date"):
                    self.evening.addItem(evening_label(b), b.id)
                index = self.evening.findData(keep, ID_ROLE)
                self.evening.setCurrentIndex(index if index >= 0 else self.evening.count() - 1)
        self._fill()

    def _fill(self) -> None:
        project = self.project
        evening = self.current_evening()
        has = project is not None and evening is not None
        for table in (self.agreements, self.actions):
            table.show_rows(project, acts.items(project, table.kind, evening) if has else [])
            for button in table.buttons:
                button.setEnabled(has)
        opened = acts.open_actions(project) if project is not None else []
        self.open_table.show_rows(project, [o.action for o in opened],
                                  {o.evening.id: o.evening for o in opened if o.evening})
        self.tabs.setTabText(1, self.tr("Open actions of all evenings (%1)").replace(
            "%1", str(len(opened))))
        self._tab_changed()

    def _tab_changed(self) -> None:
        self.evening.setEnabled(self.tabs.currentIndex() == 0 and self.evening.count() > 0)

    def _on_changed(self, changes: list[Change]) -> None:
        if self._built and {c.kind for c in changes} & WATCHED:
            if {c.kind for c in changes} & {"bijeenkomst", "*"}:
                self.reload()
            else:
                self._fill()

    # -- editing -------------------------------------------------------------------------

    def _label(self, kind: str, what: str) -> str:
        agreement = kind == "agreement"
        return {"add": self.tr("Add agreement") if agreement else self.tr("Add action point"),
                "edit": self.tr("Edit agreement") if agreement else self.tr("Edit action point"),
                "delete": self.tr("Delete agreement") if agreement
                else self.tr("Delete action point"),
                "move": self.tr("Move agreement") if agreement else self.tr("Move action point"),
                "renumber": self.tr("Renumber agreements") if agreement
                else self.tr("Renumber action points")}[what]

    def save_changes(self, kind: str, record_id: str, changes: dict) -> bool:
        """An edit of one record, as one undo step (a refusal is said, nothing changes)."""
        project = self.project
        if project is None:
            return False
        return self._run(Edits(project, self._label(kind, "edit"),
                               lambda log: acts.edit(log, kind, record_id, **changes)))

    def add_item(self, kind: str) -> str | None:
        """Add an agreement or action point to the chosen evening, in a dialog."""
        project, evening = self.project, self.current_evening()
        if project is None or evening is None:
            return None
        dialog = ItemDialog(project, kind, None, self.window())
        made: list[str] = []

        def save(d: ItemDialog) -> bool:
            command = Edits(project, self._label(kind, "add"),
                            lambda log: acts.add(log, kind, evening, **d.changes()))
            if not self._save_from(d, command):
                return False
            made.append(command.result)
            self._table_of(kind).select_id(command.result)
            return True

        dialog.save = save
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)
        return made[0] if made else None

    def edit_item(self, kind: str, record_id: str, promoted: Promote | None = None) -> None:
        """Edit an agreement or action point in a dialog. With ``promoted`` (the command that
        just made it), what is changed belongs to that undo step while it is the last one."""
        project = self.project
        rec = project.get(kind, record_id) if project is not None else None
        if rec is None or rec.deleted:
            return
        dialog = ItemDialog(project, kind, rec, self.window())

        def save(d: ItemDialog) -> bool:
            if promoted is not None and self._is_last(promoted):
                from ..model.board import EditLog

                try:
                    acts.edit(EditLog(project), kind, record_id, **d.changes())
                except WijkdeskError as exc:
                    d.show_error(error_text(exc))
                    return False
                # undo of the promotion deletes the record; redo brings it back as edited
                promoted.setText(self._label(kind, "add"))
                return True
            return self._save_from(d, Edits(project, self._label(kind, "edit"),
                                            lambda log: acts.edit(log, kind, record_id,
                                                                  **d.changes())))

        dialog.save = save
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def edit_promoted(self, kind: str, record_id: str) -> None:
        """A cluster or note was just made an agreement or action point: edit it now."""
        if kind not in acts.KINDS:
            return
        stack = self._ctx.undo
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        promoted = top if isinstance(top, Promote) and top.record_id == record_id else None
        rec = self.project.get(kind, record_id) if self.project is not None else None
        if rec is not None:
            self.choose_evening(rec.bijeenkomst_id)
        self.edit_item(kind, record_id, promoted)

    def _is_last(self, command: Promote) -> bool:
        stack = self._ctx.undo
        return (stack.index() == stack.count() and stack.index() > 0
                and stack.command(stack.index() - 1) is command)

    def _save_from(self, dialog: ItemDialog, command: Edits) -> bool:
        """Push an edit made in a dialog; a refusal shows in the dialog, which stays open."""
        try:
            push(self._ctx.undo, command)
        except WijkdeskError as exc:
            dialog.show_error(error_text(exc))
            return False
        return True

    def _table_of(self, kind: str) -> ItemsTable:
        return self.agreements if kind == "agreement" else self.actions

    def edit_current(self, table: ItemsTable) -> None:
        """Edit the current row's record in the dialog."""
        record_id = table.current_id()
        if record_id is not None:
            self.edit_item(table.kind, record_id)
            table.setFocus()

    def delete_selected(self, table: ItemsTable) -> None:
        """Delete the selected records (one undo step)."""
        project, ids = self.project, table.selected_ids()
        if project is None or not ids:
            return
        row = table.currentIndex().row()
        if self._run(Edits(project, self._label(table.kind, "delete"),
                           lambda log: acts.delete(log, table.kind, ids))):
            self.window().statusBar().showMessage(
                self.tr("Deleted %n; Ctrl+Z brings it back", "", len(ids)))
            if table.model_.rowCount():
                row = min(row, table.model_.rowCount() - 1)
                table.select_id(table.model_.rows[max(row, 0)].id)

    def move_current(self, table: ItemsTable, delta: int) -> None:
        """Move the current record one place up or down (the list is renumbered)."""
        project, record_id = self.project, table.current_id()
        if project is None or record_id is None or table is self.open_table:
            return
        rows = table.model_.rows
        index = table.model_.row_of(record_id)
        if not 0 <= index + delta < len(rows):
            return
        column = table.currentIndex().column()
        self._run(Edits(project, self._label(table.kind, "move"),
                        lambda log: acts.move(log, table.kind, record_id, delta)))
        table.select_id(record_id, column)

    def renumber(self, kind: str) -> None:
        """Number the chosen evening's list 1, 2, 3, …"""
        project, evening = self.project, self.current_evening()
        if project is not None and evening is not None:
            self._run(Edits(project, self._label(kind, "renumber"),
                            lambda log: acts.renumber(log, kind, evening)))

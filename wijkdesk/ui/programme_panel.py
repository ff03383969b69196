"""The evening's programme in the Bijeenkomst view: prepared beforehand, run with one key.

The Programma panel shows the chosen evening's agenda items with their rounds under them
(``model/programme.py``): add an agenda item or a round, change one (a dialog), delete one,
move it up or down (the buttons, or Alt+Up / Alt+Down in the list); every change is one undo
step. During the evening *Volgende ronde* (F8) goes to the next round in the programme and
*Volgend agendapunt* (Shift+F8) to the next agenda item; a round that asks for it starts the
round timer with its own minutes. A new evening starts empty, from an evening template or
from a copy of an earlier evening's programme (``NewEveningDialog``).

``PromptEditor`` lets the facilitator type a round's question where it is shown, above the
board: double-click the heading, or F2 when it has the focus; Enter keeps it, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..messages import error_text
from ..model import WijkdeskError
from ..model import programme as pg
from ..model.kinds import FORMATS, MAX_TEXT
from .commands import Edits, push
from .common import ID_ROLE
from .flow_layout import FlowLayout
from .prompt_editor import PromptEditor  # noqa: F401 - where it was
from .saving_dialog import SavingDialog

KIND_ROLE = ID_ROLE + 1  # "agenda_item", "round" or "" (the loose rounds' heading)


def _minutes_text(minutes: int) -> str:
    """'20 min' ("" for none)."""
    return QCoreApplication.translate("ProgrammePanel", "%1 min").replace(
        "%1", str(minutes)) if minutes else ""


# -- dialogs --------------------------------------------------------------------------------


class RoundDialog(SavingDialog):
    """A round's question, agenda item, werkvorm, stage, timer and how it starts."""

    def __init__(self, values: dict, items: list[tuple[str, str]],
                 parent: QWidget | None = None, *, new: bool = False) -> None:
        from ..model.templates import formats

        super().__init__(parent)
        self.setWindowTitle(self.tr("New round") if new else self.tr("Round"))
        self.question = QLineEdit(values.get("prompt", ""))
        self.question.setMaxLength(MAX_TEXT)
        self.question.setPlaceholderText(self.tr("The question the tables talk about"))
        self.question.setCursorPosition(0)
        self.item = QComboBox()
        self.item.addItem(self.tr("(no agenda item)"), None)
        for item_id, title in items:
            self.item.addItem(title, item_id)
        self.item.setCurrentIndex(max(0, self.item.findData(values.get("agenda_item_id"))))
        self._formats = formats()
        self.format = QComboBox()
        for n, name in enumerate(FORMATS):
            self.format.addItem(name)
            found = self._formats.get(name)
            if found is not None and found.description:
                self.format.setItemData(n, found.description, Qt.ItemDataRole.ToolTipRole)
        self.format.setCurrentText(values.get("format", "world café"))
        self.stage = QComboBox()
        for stage, label in (("verzamelen", self.tr("1 Collect")),
                             ("ordenen", self.tr("2 Order")), ("kiezen", self.tr("3 Choose"))):
            self.stage.addItem(label, stage)
        self.stage.setCurrentIndex(max(0, self.stage.findData(values.get("stage",
                                                                          "verzamelen"))))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, pg.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("as set in the timer"))
        self.minutes.setValue(int(values.get("minutes", 0)))
        self._format_shown = self.format.currentText()
        self.format.currentTextChanged.connect(self._format_changed)
        self.autostart = QCheckBox(self.tr("Start the timer when the programme moves to this "
                                           "round (F8)"))
        self.autostart.setChecked(bool(values.get("autostart", False)))
        self.hidden = QCheckBox(self.tr("Collect hidden (notes face down until revealed)"))
        self.hidden.setChecked(bool(values.get("hidden", False)))
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("&Agenda item"), self.item)
        form.addRow(self.tr("&Werkvorm"), self.format)
        form.addRow(self.tr("&Stage"), self.stage)
        form.addRow(self.tr("&Timer"), self.minutes)
        form.addRow("", self.autostart)
        form.addRow("", self.hidden)
        self.finish_layout(form, width=600)
        self.question.setFocus()

    def _format_changed(self, name: str) -> None:
        """A werkvorm brings its usual minutes, unless other minutes were typed."""
        before = self._formats.get(self._format_shown)
        if self.minutes.value() == 0 or (before and self.minutes.value() == before.minutes):
            found = self._formats.get(name)
            if found is not None:
                self.minutes.setValue(found.minutes)
        self._format_shown = name

    def values(self) -> dict:
        """The round's fields as the model takes them."""
        return {"prompt": self.question.text().strip(),
                "agenda_item_id": self.item.currentData(),
                "format": self.format.currentText(), "stage": self.stage.currentData(),
                "minutes": self.minutes.value(), "autostart": self.autostart.isChecked(),
                "hidden": self.hidden.isChecked()}


class AgendaItemDialog(SavingDialog):
    """An agenda item's title, planned minutes and who leads it."""

    def __init__(self, values: dict, parent: QWidget | None = None, *,
                 new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agenda item") if new else self.tr("Agenda item"))
        self.title = QLineEdit(values.get("title", ""))
        self.title.setMaxLength(MAX_TEXT)
        self.title.setPlaceholderText(self.tr("e.g. Welcome and introduction"))
        self.title.setCursorPosition(0)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, pg.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not planned"))
        self.minutes.setValue(int(values.get("minutes", 0)))
        self.who = QLineEdit(values.get("who", ""))
        self.who.setMaxLength(MAX_TEXT)
        self.who.setPlaceholderText(self.tr("e.g. chair, wijkregisseur"))
        self.who.setCursorPosition(0)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Who"), self.who)
        self.finish_layout(form, width=520)
        self.title.setFocus()

    def values(self) -> dict:
        """The item's fields as the model takes them."""
        return {"title": self.title.text().strip(), "minutes": self.minutes.value(),
                "who": self.who.text().strip()}


class NewEveningDialog(SavingDialog):
    """A new evening: empty, from an evening template, or with a copy of an earlier evening's
    programme."""

    def __init__(self, templates: tuple[pg.EveningTemplate, ...],
                 earlier: list[tuple[str, str]], parent: QWidget | None = None,
                 *, copy_first: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New bijeenkomst"))
        self.templates = templates
        self.empty = QRadioButton(self.tr("&Empty: no programme yet"))
        self.from_template = QRadioButton(self.tr("From an evening &template:"))
        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("Evening templates"))
        for t in templates:
            line = self.tr("%1 — %2 min, %n round(s)", "", t.round_count).replace(
                "%1", t.name).replace("%2", str(t.minutes))
            item = QListWidgetItem(line)
            item.setToolTip(t.description)
            self.template_list.addItem(item)
        self.template_list.setFixedHeight(110)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.from_copy = QRadioButton(self.tr("&Copy the programme of an earlier evening:"))
        self.evening = QComboBox()
        self.evening.setAccessibleName(self.tr("Earlier evening"))
        for evening_id, label in earlier:
            self.evening.addItem(label, evening_id)
        self.from_template.setEnabled(bool(templates))
        self.from_copy.setEnabled(bool(earlier))
        if copy_first and earlier:
            self.from_copy.setChecked(True)
        elif templates:
            self.from_template.setChecked(True)
            self.template_list.setCurrentRow(0)
        else:
            self.empty.setChecked(True)
        self.template_list.currentRowChanged.connect(self._template_chosen)
        self.template_list.itemClicked.connect(lambda _i: self.from_template.setChecked(True))
        self.template_list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.evening.activated.connect(lambda _i: self.from_copy.setChecked(True))
        for button in (self.empty, self.from_template, self.from_copy):
            button.toggled.connect(lambda _on: self._show_choice())
        self._template_chosen(self.template_list.currentRow())
        hint = QLabel(self.tr("The copy takes the agenda items and the rounds with their "
                              "questions, werkvormen and timers, not what was said."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.empty)
        form.addRow(self.from_template)
        form.addRow(self.template_list)
        form.addRow(self.description)
        form.addRow(self.from_copy)
        form.addRow(self.evening)
        form.addRow(hint)
        self.finish_layout(form, width=620)
        self._show_choice()

    def _template_chosen(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            self.from_template.setChecked(True)
            self.description.setText(self.templates[row].description)
        else:
            self.description.clear()

    def _show_choice(self) -> None:
        # the list and the box stay usable: choosing in them chooses their way
        self.description.setVisible(self.from_template.isChecked())

    def choice(self) -> tuple[str, object]:
        """("empty", None), ("template", EveningTemplate) or ("copy", evening id)."""
        row = self.template_list.currentRow()
        if self.from_template.isChecked() and 0 <= row < len(self.templates):
            return "template", self.templates[row]
        if self.from_copy.isChecked() and self.evening.currentData():
            return "copy", self.evening.currentData()
        return "empty", None


# -- the panel ------------------------------------------------------------------------------


class WrapDelegate(QStyledItemDelegate):
    """Lines of the programme wrap onto more rows rather than being cut ("Presentatie: …"):
    the first column's height follows its text at the column's width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * (depth + 1) - 12
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data() or "")
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(40, width), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class ProgrammeTree(QTreeWidget):
    """The programme as a tree; its own keys (Delete, Alt+Up/Down, Enter) win over the
    window's shortcuts while it has the focus."""

    def __init__(self, panel: ProgrammePanel) -> None:
        super().__init__()
        self.panel = panel
        self.setObjectName("programme")
        self.setAccessibleName(self.tr("Programme of the evening"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setRootIsDecorated(True)
        self.setExpandsOnDoubleClick(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.setItemDelegate(WrapDelegate(self))
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    @staticmethod
    def _own(event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        return bool(key in (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    or (alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)))

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._own(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.panel.delete_current()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.edit_current()
        elif event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.panel.move_current(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class ProgrammePanel(QWidget):
    """See the module's description. ``view`` is the Bijeenkomst view: the chosen evening and
    round, the undoable edits, dialogs and messages go through it."""

    def __init__(self, view, ctx) -> None:
        super().__init__()
        self.view = view
        self._ctx = ctx
        self._last_result = None  # what the last dialog's edit returned (a new id)
        #: called when the programme moves on by key from another view (the main window
        #: shows the Bijeenkomst view)
        self.show_view: Callable[[], None] | None = None
        self._evening: str | None = None
        self._filling = False
        heading = QLabel(self.tr("Programme"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.tree = ProgrammeTree(self)
        self.tree.setMinimumHeight(220)
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.empty_hint = QLabel(self.tr("No programme yet: add an agenda item, or take one "
                                         "over from a template."))
        self.empty_hint.setWordWrap(True)
        self.add_item_button = QPushButton(self.tr("+ Agenda item"))
        self.add_item_button.clicked.connect(self.add_item)
        self.add_round_button = QPushButton(self.tr("+ Round"))
        self.add_round_button.clicked.connect(lambda: self.add_round())
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setToolTip(self.tr("Change the chosen agenda item or round (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr(
            "Delete the chosen agenda item or round (Delete); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton("▲")
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("▼")
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.take_over_button = QPushButton(self.tr("Take over…"))
        self.take_over_button.setToolTip(self.tr(
            "Add an evening template's programme, or an earlier evening's"))
        self.take_over_button.clicked.connect(self._open_take_over_menu)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("▲") + 28)

        # Running the evening: the actions (F8, Shift+F8) are the view's (``run_actions``),
        # in the main window's View menu too, so that they work from every view.
        self.next_round_action, self.next_item_action = view.run_actions
        self.next_round_button = QPushButton(self.tr("Next round ▶"))
        self.next_round_button.setToolTip(self.next_round_action.toolTip())
        self.next_round_button.clicked.connect(lambda: self.next_round())
        self.next_item_button = QPushButton(self.tr("Next agenda item ▶▶"))
        self.next_item_button.setToolTip(self.next_item_action.toolTip())
        self.next_item_button.clicked.connect(lambda: self.next_item())

        arrows = QWidget()  # up and down stay side by side when the row wraps
        pair = QHBoxLayout(arrows)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(2)
        pair.addWidget(self.up_button)
        pair.addWidget(self.down_button)
        edit_row = FlowLayout(spacing=4)
        for button in (self.add_item_button, self.add_round_button, arrows, self.edit_button,
                       self.delete_button, self.take_over_button):
            edit_row.add(button)
        run_row = FlowLayout(spacing=4)
        run_row.add(self.next_round_button)
        run_row.add(self.next_item_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(edit_row)
        layout.addLayout(run_row)
        self._enable()

    # -- what is shown ------------------------------------------------------------------------

    @property
    def project(self):
        return self.view.project

    def refresh(self) -> None:
        """Fill the tree from the model for the view's evening, keeping the choice."""
        project, evening = self.project, self.view.current_evening()
        keep = self.current()
        self._evening = evening if project is not None else None
        self._filling = True
        try:
            self.tree.clear()
            parts = pg.programme(project, evening) if self._evening else []
            for n, part in enumerate(parts, start=1):
                if part.item is not None:
                    top = QTreeWidgetItem([f"{n}. {part.item.title}",
                                           _minutes_text(part.item.minutes)])
                    top.setData(0, ID_ROLE, part.item.id)
                    top.setData(0, KIND_ROLE, "agenda_item")
                    tip = part.item.title + (f"\n{part.item.who}" if part.item.who else "")
                    top.setToolTip(0, tip)
                    if part.item.who:
                        top.setText(0, f"{n}. {part.item.title} — {part.item.who}")
                else:
                    top = QTreeWidgetItem([self.tr("Rounds outside the agenda"), ""])
                    top.setData(0, KIND_ROLE, "")
                    font = top.font(0)
                    font.setItalic(True)
                    top.setFont(0, font)
                self.tree.addTopLevelItem(top)
                for rnd in part.rounds:
                    child = QTreeWidgetItem(top, [rnd.prompt or self.tr("(no prompt)"),
                                                  self._timer_text(rnd)])
                    child.setData(0, ID_ROLE, rnd.id)
                    child.setData(0, KIND_ROLE, "round")
                    child.setToolTip(0, rnd.prompt)
                    child.setToolTip(1, self._timer_tip(rnd))
                top.setExpanded(True)
            self.empty_hint.setVisible(self._evening is not None and not parts)
        finally:
            self._filling = False
        self.mark_round(self.view.current_round(), keep=keep)
        self._enable()

    def _timer_text(self, rnd) -> str:
        text = _minutes_text(rnd.minutes)
        return f"▶ {text}" if rnd.autostart and text else text

    def _timer_tip(self, rnd) -> str:
        if not rnd.minutes:
            return self.tr("The timer keeps the minutes it has")
        if rnd.autostart:
            return self.tr("%1 minutes; the timer starts when the programme moves here").replace(
                "%1", str(rnd.minutes))
        return self.tr("%1 minutes on the timer").replace("%1", str(rnd.minutes))

    def _items(self):
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def mark_round(self, round_id: str | None, keep: tuple | None = None) -> None:
        """Show the round on screen in bold, and choose it in the tree (or keep the choice
        when it is an agenda item without rounds)."""
        chosen = None
        for item in self._items():
            on_screen = item.data(0, KIND_ROLE) == "round" and item.data(0, ID_ROLE) == round_id
            font = item.font(0)
            if font.bold() != on_screen:
                font.setBold(on_screen)
                item.setFont(0, font)
            if on_screen:
                chosen = item
        if keep is not None and keep[0] == "agenda_item":
            kept = next((i for i in self._items() if i.data(0, ID_ROLE) == keep[1]), None)
            current_item = pg.item_of(self.project, round_id) if round_id else None
            if kept is not None and current_item != keep[1]:
                chosen = kept  # an agenda item without rounds stays chosen
        if chosen is not None and chosen is not self.tree.currentItem():
            self._filling = True
            try:
                self.tree.setCurrentItem(chosen)
            finally:
                self._filling = False
        if chosen is not None:
            self.tree.scrollToItem(chosen)
        self._enable()

    def current(self) -> tuple[str, str] | None:
        """(kind, id) of the chosen agenda item or round (None: nothing, or the heading of
        the loose rounds)."""
        item = self.tree.currentItem()
        if item is None or not item.data(0, KIND_ROLE):
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _enable(self) -> None:
        has = self._evening is not None and self.project is not None
        chosen = self.current() is not None
        self.add_item_button.setEnabled(has)
        self.add_round_button.setEnabled(has)
        self.take_over_button.setEnabled(has)
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has and chosen)
        has_rounds = has and any(i.data(0, KIND_ROLE) == "round" for i in self._items())
        self.next_round_button.setEnabled(has_rounds)
        self.next_round_action.setEnabled(has_rounds)
        has_items = has and any(i.data(0, KIND_ROLE) == "agenda_item" for i in self._items())
        self.next_item_button.setEnabled(has_items)
        self.next_item_action.setEnabled(has_items)

    def _current_changed(self) -> None:
        """A round chosen in the tree is shown on the board."""
        self._enable()
        if self._filling:
            return
        chosen = self.current()
        if chosen is not None and chosen[0] == "round" and chosen[1] != self.view.current_round():
            self.view.select_round(chosen[1])

    # -- editing -------------------------------------------------------------------------------

    def _edits(self, label: str, action) -> bool:
        project = self.project
        return project is not None and self.view.run(Edits(project, label, action))

    def _dialog_save(self, dialog: SavingDialog, label: str, action) -> bool:
        """Save what a dialog holds as one undo step; a refusal shows in the dialog."""
        command = Edits(self.project, label, action)
        try:
            push(self._ctx.undo, command)
        except WijkdeskError as exc:
            dialog.show_error(error_text(exc))
            return False
        self._last_result = command.result
        return True

    def _item_choices(self) -> list[tuple[str, str]]:
        if self._evening is None:
            return []
        return [(i.id, f"{n}. {i.title}") for n, i in
                enumerate(pg.agenda_items(self.project, self._evening), start=1)]

    def _chosen_item(self) -> str | None:
        """The agenda item the choice is in: the chosen item, or the chosen round's (else
        the round on screen's)."""
        chosen = self.current()
        if chosen is not None:
            return chosen[1] if chosen[0] == "agenda_item" else pg.item_of(self.project,
                                                                            chosen[1])
        round_id = self.view.current_round()
        return pg.item_of(self.project, round_id) if round_id else None

    def add_item(self) -> AgendaItemDialog | None:
        """Ask for a new agenda item (after the chosen one); returns the dialog."""
        if self._evening is None:
            return None
        evening = self._evening
        chosen = self.current()
        after = chosen[1] if chosen is not None and chosen[0] == "agenda_item" else None
        dialog = AgendaItemDialog({}, self, new=True)

        def save(d) -> bool:
            values = d.values()
            if not values["title"]:
                d.show_error(self.tr("Type the title of the agenda item."))
                return False
            ok = self._dialog_save(d, self.tr("New agenda item"), lambda log: pg.add_agenda_item(
                log, evening, values["title"], minutes=values["minutes"], who=values["who"],
                after=after))
            if ok:
                self.refresh()
                self._choose("agenda_item", self._last_result)
            return ok

        dialog.save = save
        self.view.show_dialog(dialog)
        return dialog

    def add_round(self, item_id: str | None = ...) -> RoundDialog | None:
        """Ask for a new round: its question (there is no fixed one) and its setup, in the
        chosen agenda item (or ``item_id``); the new round is shown. Returns the dialog."""
        if self._evening is None:
            return None
        evening = self._evening
        if item_id is ...:
            item_id = self._chosen_item()
        chosen = self.current()
        after = chosen[1] if chosen is not None and chosen[0] == "round" else None
        from ..model.templates import formats

        fmt = self.project.get("bijeenkomst", evening).format
        found = formats().get(fmt)
        dialog = RoundDialog({"agenda_item_id": item_id, "format": fmt,
                              "minutes": found.minutes if found else 0},
                             self._item_choices(), self, new=True)

        def save(d) -> bool:
            values = d.values()
            if not values["prompt"]:
                d.show_error(self.tr("Type the question of the round."))
                return False
            prompt = values.pop("prompt")
            target = values.pop("agenda_item_id")
            ok = self._dialog_save(d, self.tr("New round"), lambda log: pg.add_round(
                log, evening, prompt, agenda_item_id=target,
                after=after if target == item_id else None, **values))
            if ok:
                self.view.select_round(self._last_result)
                self.view.focus_entry()
            return ok

        dialog.save = save
        self.view.show_dialog(dialog)
        return dialog

    def edit_current(self):
        """Change the chosen agenda item or round in its dialog; returns the dialog."""
        chosen = self.current()
        if chosen is None:
            return None
        return self.edit_round(chosen[1]) if chosen[0] == "round" else self.edit_item(chosen[1])

    def edit_item(self, item_id: str) -> AgendaItemDialog | None:
        """Change an agenda item's title, minutes and who."""
        rec = self.project.get("agenda_item", item_id) if self.project else None
        if rec is None:
            return None
        dialog = AgendaItemDialog(dict(rec), self)

        def save(d) -> bool:
            values = d.values()
            if not values["title"]:
                d.show_error(self.tr("Type the title of the agenda item."))
                return False
            changed = {k: v for k, v in values.items() if rec[k] != v}
            return not changed or self._dialog_save(
                d, self.tr("Change agenda item"),
                lambda log: pg.update_agenda_item(log, item_id, **changed))

        dialog.save = save
        self.view.show_dialog(dialog)
        return dialog

    def edit_round(self, round_id: str) -> RoundDialog | None:
        """Change a round's question, agenda item, werkvorm, stage and timer."""
        rec = self.project.get("round", round_id) if self.project else None
        if rec is None:
            return None
        values = dict(rec)
        values["agenda_item_id"] = pg.item_of(self.project, round_id)
        dialog = RoundDialog(values, self._item_choices(), self)

        def save(d) -> bool:
            new = d.values()
            if not new["prompt"]:
                d.show_error(self.tr("Type the question of the round."))
                return False
            changed = {k: v for k, v in new.items() if values[k] != v}
            return not changed or self._dialog_save(
                d, self.tr("Change round"), lambda log: pg.update_round(log, round_id, **changed))

        dialog.save = save
        self.view.show_dialog(dialog)
        return dialog

    def delete_current(self) -> None:
        """Delete the chosen agenda item (its empty rounds with it) or round; undoable."""
        chosen = self.current()
        if chosen is None:
            return
        kind, record_id = chosen
        if kind == "round":
            rec = self.project.get("round", record_id)
            notes = self.project.count("insight", round_id=record_id)
            if self._edits(self.tr("Delete round"), lambda log: pg.delete_round(log, record_id)):
                self.view.tell(self.tr("Round “%1” deleted, with its %n note(s); Ctrl+Z brings "
                                       "it back", "", notes).replace("%1", rec.prompt[:60]))
            return
        rec = self.project.get("agenda_item", record_id)
        kept: list[str] = []

        def action(log) -> None:
            kept.extend(pg.delete_agenda_item(log, record_id))

        if self._edits(self.tr("Delete agenda item"), action):
            message = self.tr("Agenda item “%1” deleted; Ctrl+Z brings it back").replace(
                "%1", rec.title[:60])
            if kept:
                message += " " + self.tr("(%n round(s) with notes kept, outside the agenda)",
                                         "", len(kept))
            self.view.tell(message)

    def move_current(self, delta: int) -> None:
        """Move the chosen agenda item or round up (-1) or down (+1); one undo step."""
        chosen = self.current()
        if chosen is None:
            return
        kind, record_id = chosen
        label = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self._edits(label, lambda log: pg.move(log, kind, record_id, delta))
        self.refresh()
        self._choose(kind, record_id)
        self.tree.setFocus()

    def _choose(self, kind: str, record_id: str | None) -> None:
        for item in self._items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                return

    # -- taking a programme over ------------------------------------------------------------

    def take_over_menu(self) -> QMenu:
        """The evening templates and the other evenings, to add their programme."""
        menu = QMenu(self)
        project, evening = self.project, self._evening
        if project is None or evening is None:
            return menu
        templates = pg.evening_templates()
        for t in templates:
            action = menu.addAction(self.tr("Template: %1").replace("%1", t.name))
            action.setToolTip(t.description)
            action.triggered.connect(lambda _=False, t=t: self.take_over_template(t))
        if templates:
            menu.addSeparator()
        for e in reversed(project.all("bijeenkomst", order="date")):
            if e.id != evening and (project.count("agenda_item", bijeenkomst_id=e.id)
                                    or project.count("round", bijeenkomst_id=e.id)):
                action = menu.addAction(self.tr("Copy of “%1”").replace("%1", e.title))
                action.triggered.connect(lambda _=False, e=e.id: self.take_over_copy(e))
        menu.setToolTipsVisible(True)
        return menu

    def _open_take_over_menu(self) -> None:
        button = self.take_over_button
        self.take_over_menu().exec(button.mapToGlobal(button.rect().bottomLeft()))

    def take_over_template(self, template: pg.EveningTemplate) -> bool:
        """Add a template's programme after the evening's (one undo step)."""
        evening = self._evening
        return evening is not None and self._edits(
            self.tr("Programme from “%1”").replace("%1", template.name),
            lambda log: pg.apply_template(log, evening, template))

    def take_over_copy(self, source_id: str) -> bool:
        """Add an earlier evening's programme after this evening's (one undo step)."""
        evening = self._evening
        return evening is not None and self._edits(
            self.tr("Copy of a programme"), lambda log: pg.copy_programme(log, source_id,
                                                                          evening))

    def new_evening_dialog(self, fields: dict) -> NewEveningDialog | None:
        """Ask how a new evening starts (empty, a template, a copy); on OK it is made with
        ``fields`` as one undo step and shown. Returns the dialog."""
        project = self.project
        if project is None:
            return None
        evenings = list(reversed(project.all("bijeenkomst", order="date")))
        with_programme = [e for e in evenings if project.count("agenda_item",
                                                               bijeenkomst_id=e.id)
                          or project.count("round", bijeenkomst_id=e.id)]
        from ..i18n import long_date

        earlier = [(e.id, f"{e.title} ({long_date(e.date)})" if e.date else e.title)
                   for e in with_programme]
        dialog = NewEveningDialog(pg.evening_templates(), earlier, self,
                                  copy_first=bool(with_programme))

        def save(d) -> bool:
            how, what = d.choice()
            ok = self._dialog_save(d, self.tr("New bijeenkomst"), lambda log: pg.new_evening(
                log, fields, template=what if how == "template" else None,
                copy_from=what if how == "copy" else None))
            if ok:
                self.view.select_evening(self._last_result)
            return ok

        dialog.save = save
        self.view.show_dialog(dialog)
        return dialog

    # -- running the evening ----------------------------------------------------------------

    def _go_to(self, rnd) -> None:
        """Show a round, and set (and start, if it asks) the round timer."""
        self.view.select_round(rnd.id)
        timer = getattr(self.view, "round_timer", None)
        if timer is not None:
            timer(rnd.minutes, rnd.autostart)

    def next_round(self) -> bool:
        """The next round of the programme (F8); returns whether there was one."""
        project, evening = self.project, self.view.current_evening()
        if project is None or evening is None:
            return False
        if self.show_view is not None:
            self.show_view()
        rnd = pg.next_round(project, evening, self.view.current_round())
        if rnd is None:
            self.view.tell(self.tr("This was the last round of the programme."))
            return False
        self._go_to(rnd)
        item = pg.item_of(project, rnd.id)
        self.view.tell(self._where(item, rnd))
        return True

    def next_item(self) -> bool:
        """The next agenda item of the programme and its first round (Shift+F8); returns
        whether there was one."""
        project, evening = self.project, self.view.current_evening()
        if project is None or evening is None:
            return False
        if self.show_view is not None:
            self.show_view()
        chosen = self.current()
        if chosen is not None and chosen[0] == "agenda_item":
            now = chosen[1]
        else:
            round_id = chosen[1] if chosen is not None else self.view.current_round()
            now = pg.item_of(project, round_id) if round_id else None
        item = pg.next_item(project, evening, now)
        if item is None:
            self.view.tell(self.tr("This was the last agenda item of the programme."))
            return False
        rnd = pg.first_round(project, evening, item.id)
        if rnd is not None:
            self._go_to(rnd)
        else:  # an item without rounds (a welcome, a break): chosen in the programme
            self._choose("agenda_item", item.id)
        self.view.tell(self._where(item.id, rnd))
        return True

    def _where(self, item_id: str | None, rnd) -> str:
        """'Agendapunt 4: Vragen uit de zaal — ronde: Welke vragen …?'"""
        project, evening = self.project, self.view.current_evening()
        items = pg.agenda_items(project, evening)
        ids = [i.id for i in items]
        parts = []
        if item_id in ids:
            item = items[ids.index(item_id)]
            parts.append(self.tr("Agenda item %1: %2").replace(
                "%1", str(ids.index(item_id) + 1)).replace("%2", item.title))
        if rnd is not None:
            parts.append(self.tr("round: %1").replace("%1", rnd.prompt))
        return " — ".join(parts)

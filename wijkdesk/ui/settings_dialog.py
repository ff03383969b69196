"""The settings dialog: one page per area, built from the declarations in wijkdesk.settings.

Every declared setting gets its editor from its type (a number box, a tick box, a choice, a
text, a file, or the list of tables with their names and colours); nothing is saved until OK.
OK checks the logo (a file that is no usable picture is refused with a message, the dialog
stays open and nothing is saved), keeps the settings and tells the views
(``ctx.settings_events.settingsChanged``). Cancel keeps nothing; Restore defaults puts the
defaults in the editors (kept on OK). Settings kept per project apply to the open project and
can only be changed while one is open. A new language takes effect when wijkdesk restarts:
the views make their texts once, when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from .. import settings as store
from ..messages import error_text
from ..model import WijkdeskError
from .context import AppContext
from .palette import colour_swatch

translate = QCoreApplication.translate


def label_of(s: store.Setting) -> str:
    """A setting's label in the UI language."""
    return translate(store.CONTEXT, s.label)


def colour_name(colour: str) -> str:
    """A colour in words beside its code, so it is never told by the swatch alone:
    "blue (#1f5fbf)"."""
    c = QColor(colour)
    hue, sat, val = c.hsvHueF() * 360, c.hsvSaturationF(), c.valueF()
    if sat < 0.3 or hue < 0:
        name = (translate("Settings", "black") if val < 0.25 else
                translate("Settings", "white") if val > 0.9 and sat < 0.1 else
                translate("Settings", "grey"))
    elif hue < 15 or hue >= 340:
        name = translate("Settings", "red")
    elif hue < 40:
        name = translate("Settings", "brown") if val < 0.6 else translate("Settings", "orange")
    elif hue < 70:
        name = translate("Settings", "olive") if val < 0.6 else translate("Settings", "yellow")
    elif hue < 165:
        name = translate("Settings", "green")
    elif hue < 200:
        name = translate("Settings", "teal")
    elif hue < 255:
        name = translate("Settings", "blue")
    elif hue < 290:
        name = translate("Settings", "purple")
    else:
        name = translate("Settings", "pink")
    return f"{name} ({c.name()})"


def default_table_name(n: int) -> str:
    """"Tafel 3" / "Table 3": the name of a table nobody named."""
    return translate("BijeenkomstView", "Table %n", "", n)


def _ask_colour(current: str, title: str, parent: QWidget | None) -> str | None:
    from PySide6.QtWidgets import QColorDialog

    chosen = QColorDialog.getColor(QColor(current), parent, title)
    return chosen.name() if chosen.isValid() else None


class Editor:
    """One setting's widget: ``value()`` reads it, ``set_value(v)`` fills it."""

    def __init__(self, widget: QWidget, value: Callable[[], Any],
                 set_value: Callable[[Any], None]) -> None:
        self.widget = widget
        self.value = value
        self.set_value = set_value


class TablesEditor(QWidget):
    """The tables as an editable list: number, name (typed in place) and colour (a button
    with the swatch and the colour's name; it opens a colour dialog).

    A name or colour left at the default is kept as "": the default is ``default_name(n)``
    and ``default_colour(n)`` ("Tafel 3" and the project's colour in the settings; the
    settings' name and colour in an evening's own editor)."""

    def __init__(self, parent: QWidget | None = None,
                 default_name: Callable[[int], str] | None = None,
                 default_colour: Callable[[int], str] | None = None) -> None:
        from .palette import project_table_colour

        super().__init__(parent)
        self._default_name = default_name or default_table_name
        self._default_colour = default_colour or project_table_colour
        #: (current colour, title) -> a new colour or None; tests replace it
        self.choose_colour: Callable[[str, str], str | None] = \
            lambda current, title: _ask_colour(current, title, self)
        self._names: list[str] = []  # "" = the default name, for all 40 tables
        self._colours: list[str] = []  # "" = the palette's colour
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tableNames")
        self.table.setAccessibleName(self.tr("Table names and colours"))
        self.table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Name"),
                                              self.tr("Colour")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._name_edited)
        self.colour_button_selected = QPushButton(self.tr("Choose c&olour…"))
        self.colour_button_selected.setAccessibleName(
            self.tr("Choose the colour of the selected table"))
        self.colour_button_selected.clicked.connect(
            lambda: self._choose(max(0, self.table.currentRow()) + 1))
        hint = QLabel(self.tr("Type a name in the list (empty: the default name); a colour's "
                              "button, or Choose colour… for the selected table, gives it "
                              "another colour."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.colour_button_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_values(self, names: list[str], colours: list[str]) -> None:
        """Show these names and colours ("" = default); keeps the number of rows."""
        self._names = (list(names) + [""] * store.MAX_TABLES)[:store.MAX_TABLES]
        self._colours = (list(colours) + [""] * store.MAX_TABLES)[:store.MAX_TABLES]
        self._fill()

    def set_count(self, count: int) -> None:
        """Show tables 1..count (what is set for the others is kept)."""
        count = max(1, min(store.MAX_TABLES, count))
        if count != self.table.rowCount():
            self.table.setRowCount(count)
            self._fill()

    def names(self) -> list[str]:
        """The names as kept: "" where the default applies; no trailing defaults."""
        return _trimmed(self._names)

    def colours(self) -> list[str]:
        """The colours as kept: "" where the palette's applies; no trailing defaults."""
        return _trimmed(self._colours)

    def colour(self, n: int) -> str:
        """The colour table n shows."""
        return self._colours[n - 1] or self._default_colour(n)

    def colour_button(self, n: int) -> QPushButton:
        """The colour button of table n (1, 2, …)."""
        return self.table.cellWidget(n - 1, 2)

    def _fill(self) -> None:
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                n = row + 1
                number = QTableWidgetItem(str(n))
                number.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, 0, number)
                name = QTableWidgetItem(self._names[row] or self._default_name(n))
                name.setToolTip(self.tr("Name of table %1").replace("%1", str(n)))
                self.table.setItem(row, 1, name)
                button = self.table.cellWidget(row, 2)
                if not isinstance(button, QPushButton):
                    button = QPushButton()
                    button.clicked.connect(lambda _=False, n=n: self._choose(n))
                    self.table.setCellWidget(row, 2, button)
                self._show_colour(n, button)

    def _show_colour(self, n: int, button: QPushButton) -> None:
        colour = self.colour(n)
        button.setIcon(colour_swatch(colour))
        button.setText(colour_name(colour))
        button.setAccessibleName(self.tr("Colour of table %1: %2").replace(
            "%1", str(n)).replace("%2", colour_name(colour)))
        button.setToolTip(self.tr("Choose the colour of table %1").replace("%1", str(n)))

    def _choose(self, n: int) -> None:
        chosen = self.choose_colour(self.colour(n),
                                    self.tr("Colour of table %1").replace("%1", str(n)))
        if chosen and QColor(chosen).isValid():
            colour = QColor(chosen).name()
            self._colours[n - 1] = "" if colour == self._default_colour(n) else colour
            self._show_colour(n, self.colour_button(n))

    def _name_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        n = item.row() + 1
        text = " ".join(item.text().split())[:40]
        self._names[n - 1] = "" if text == self._default_name(n) else text
        if not text:
            with QSignalBlocker(self.table):
                item.setText(self._default_name(n))


def _trimmed(items: list[str]) -> list[str]:
    out = list(items)
    while out and not out[-1]:
        out.pop()
    return out


class SettingsDialog(QDialog):
    """See the module's description."""

    def __init__(self, ctx: AppContext, interaction=None, parent: QWidget | None = None,
                 page: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        if interaction is None:
            from .interaction import Interaction

            interaction = Interaction(self)
        self._interaction = interaction
        self._project_id = ctx.project_id()
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        #: key -> its editor, for every declared setting
        self.editors: dict[str, Editor] = {}
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Areas of the settings"))
        self._page_index: dict[str, int] = {}
        self.language_note = QLabel(self.tr(
            "The new language takes effect when you restart wijkdesk."))
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("languageNote")
        self.tables = TablesEditor()
        for group, title in store.GROUPS:
            self._page_index[group] = self.pages.addTab(self._build_page(group),
                                                        translate(store.CONTEXT, title))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setAccessibleName(self.tr("Restore the default settings"))
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()
        if page is not None:
            self.open_page(page)
        self.resize(640, 520)

    # -- building ------------------------------------------------------------------------

    def _build_page(self, group: str) -> QWidget:
        page = QWidget()
        page.setObjectName(f"settingsPage_{group}")
        form = QFormLayout(page)
        for s in store.SETTINGS:
            if s.group != group:
                continue
            editor = self._editor(s)
            self.editors[s.key] = editor
            widget = editor.widget
            if s.scope == store.PROJECT and self._project_id is None:
                (self.tables if s.type is list else widget).setEnabled(False)
            if s.type is bool:
                form.addRow("", widget)
            elif s.type is list:
                if s.item == "name":  # one list holds both names and colours
                    form.addRow(self.tables)
            else:
                label = QLabel(label_of(s))
                label.setBuddy(widget.focusProxy() or widget)
                form.addRow(label, widget)
            if s.tip and s.type is not list:
                hint = QLabel(translate(store.CONTEXT, s.tip))
                hint.setWordWrap(True)
                form.addRow("", hint)
        if group == "language":
            form.addRow("", self.language_note)
        if self._project_id is None and any(s.group == group and s.scope == store.PROJECT
                                            for s in store.SETTINGS):
            note = QLabel(self.tr(
                "Open a project to set these: they are kept per project, on this laptop."))
            note.setWordWrap(True)
            form.addRow("", note)
        return page

    def _editor(self, s: store.Setting) -> Editor:
        label = label_of(s)
        tip = translate(store.CONTEXT, s.tip) if s.tip else ""
        if s.type is int:
            box = QSpinBox()
            box.setRange(int(s.min), int(s.max))
            editor = Editor(box, box.value, lambda v, b=box: b.setValue(int(v)))
        elif s.type is float:
            box = QDoubleSpinBox()
            box.setRange(float(s.min), float(s.max))
            box.setSingleStep(s.step or 0.1)
            box.setDecimals(1)
            box.setSuffix(" ×")
            editor = Editor(box, lambda b=box: round(b.value(), 1),
                            lambda v, b=box: b.setValue(float(v)))
        elif s.type is bool:
            check = QCheckBox(label)
            editor = Editor(check, check.isChecked, lambda v, c=check: c.setChecked(bool(v)))
        elif s.choices:
            combo = QComboBox()
            for value, text in zip(s.choices, s.choice_labels or s.choices, strict=True):
                combo.addItem(translate(store.CONTEXT, text), value)
            editor = Editor(combo, combo.currentData,
                            lambda v, c=combo: c.setCurrentIndex(max(0, c.findData(v))))
            if s.key == "language":
                combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        elif s.item == "file":
            editor = self._file_editor(label)
        elif s.type is list:
            if s.item == "name":
                editor = Editor(self.tables.table, self.tables.names,
                                lambda v: self.tables.set_values(v, self.tables.colours()))
            else:
                editor = Editor(self.tables.table, self.tables.colours,
                                lambda v: self.tables.set_values(self.tables.names(), v))
            return editor  # the list has its own accessible name
        else:
            edit = QLineEdit()
            if s.max_length:
                edit.setMaxLength(s.max_length)
            if s.key == "minutes/organisation":
                edit.setPlaceholderText(self.tr("e.g. Gemeente Wisselmonde"))
            editor = Editor(edit, lambda e=edit: e.text().strip(),
                            lambda v, e=edit: e.setText(str(v)))
        editor.widget.setObjectName(s.key)
        editor.widget.setAccessibleName(label)
        if tip:
            editor.widget.setToolTip(tip)
            editor.widget.setAccessibleDescription(tip)
        if s.key == "evening/tables":
            editor.widget.valueChanged.connect(lambda _v: self._show_table_rows())
        return editor

    def _file_editor(self, label: str) -> Editor:
        box = QWidget()
        self.logo_path = QLineEdit()
        self.logo_path.setAccessibleName(label)
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        self.choose_logo = QPushButton(self.tr("&Choose…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo = QPushButton(self.tr("No logo"))
        self.clear_logo.setAccessibleName(self.tr("Remove the logo"))
        self.clear_logo.clicked.connect(self.logo_path.clear)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_path, 1)
        row.addWidget(self.choose_logo)
        row.addWidget(self.clear_logo)
        box.setFocusProxy(self.logo_path)
        return Editor(box, lambda: self.logo_path.text().strip(),
                      lambda v: self.logo_path.setText(str(v)))

    def _choose_logo(self) -> None:
        current = self.logo_path.text().strip()
        folder = str(Path(current).parent) if current else str(Path.home())
        path = self._interaction.open_file(self.tr("Logo"), folder,
                                           self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)

    # -- values --------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the editors with the settings as kept."""
        self._fill(store.values(self._ctx.settings, self._project_id))

    def restore_defaults(self) -> None:
        """Put every default in the editors (kept on OK, as the other changes)."""
        self._fill({s.key: store.default(s.key) for s in store.SETTINGS})
        self.show_error("")

    def _fill(self, values: dict[str, Any]) -> None:
        self.tables.set_values(values["tables/names"], values["tables/colours"])
        for key, editor in self.editors.items():
            if store.setting(key).type is not list:
                editor.set_value(values[key])
        self._show_table_rows()
        self._language_chosen()

    def values(self) -> dict[str, Any]:
        """What the editors hold, for every declared setting."""
        return {key: editor.value() for key, editor in self.editors.items()}

    def _show_table_rows(self) -> None:
        count = self.editors["evening/tables"].value()
        project = self._ctx.project
        if project is not None:
            count = max([count, *(e.tables for e in project.all("bijeenkomst"))])
        self.tables.set_count(count)

    def _language_chosen(self) -> None:
        editor = self.editors.get("language")
        if editor is None:
            return
        changed = editor.value() != i18n.ui_language()
        font = self.language_note.font()
        font.setBold(changed)
        self.language_note.setFont(font)

    def open_page(self, group: str) -> None:
        """Show the page of an area ("evening", "tables", …, "minutes")."""
        self.pages.setCurrentIndex(self._page_index[group])

    def current_page(self) -> str:
        """The area whose page is shown."""
        index = self.pages.currentIndex()
        return next(g for g, i in self._page_index.items() if i == index)

    def show_error(self, text: str) -> None:
        """Say why OK did not save (the dialog stays open)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        """OK: check the logo, keep every setting and tell the views; a logo that is no
        usable picture is refused with a message, and then nothing is saved."""
        values = self.values()
        logo = values.get("minutes/logo", "")
        if logo and logo != store.get(self._ctx.settings, "minutes/logo"):
            from ..minutes.pdf import check_logo

            try:
                values["minutes/logo"] = str(check_logo(logo))
            except WijkdeskError as exc:
                message = error_text(exc)
                self.open_page("minutes")
                self.show_error(message)
                self._interaction.error(self.tr("Not a usable logo"), message)
                self.logo_path.setFocus()
                return
        try:
            values = {key: store.validate(key, value) for key, value in values.items()}
        except ValueError as exc:  # the editors give valid values; this is a safeguard
            self.show_error(str(exc))
            return
        language_before = store.get(self._ctx.settings, "language")
        self._ctx.set_settings(values)
        if values["language"] != language_before and values["language"] != i18n.ui_language():
            self._interaction.information(self.tr("Language"), self.language_note.text())
        super().accept()


def open_settings(ctx: AppContext, interaction, parent: QWidget | None = None,
                  page: str | None = None) -> SettingsDialog:
    """Show the settings dialog (on the page of an area, if given); returns it."""
    dialog = SettingsDialog(ctx, interaction, parent, page=page)
    dialog.finished.connect(dialog.deleteLater)
    interaction.exec_dialog(dialog)
    return dialog

"""The names and colours of one evening's tables: the settings' tables editor, with the
settings' names and colours as the defaults (a table left at its default follows the settings;
one given a name or colour here keeps it at this evening)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .settings_dialog import TablesEditor


class EveningTablesDialog(QDialog):
    """Edit the names and colours of an evening's tables; ``changes()`` says what OK keeps."""

    def __init__(self, tables: list, default_name: Callable[[int], str],
                 default_colour: Callable[[int], str], evening_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eveningTablesDialog")
        self.setWindowTitle(self.tr("Tables of “%1”").replace("%1", evening_title))
        self._before = {t.number: (t.own_name, t.own_colour) for t in tables}
        self.editor = TablesEditor(self, default_name, default_colour)
        self.editor.set_values([t.own_name for t in tables], [t.own_colour for t in tables])
        self.editor.set_count(len(tables))
        note = QLabel(self.tr("These names and colours hold for this evening only; a table "
                              "left as it is follows the settings (Settings → Tables). The "
                              "number of tables is set in the evening's form."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def changes(self) -> dict[int, tuple[str, str]]:
        """{table: (own name, own colour)} of the tables that changed ("" : the default)."""
        names, colours = self.editor.names(), self.editor.colours()
        out: dict[int, tuple[str, str]] = {}
        for number, before in self._before.items():
            now = (names[number - 1] if number <= len(names) else "",
                   colours[number - 1] if number <= len(colours) else "")
            if now != before:
                out[number] = now
        return out

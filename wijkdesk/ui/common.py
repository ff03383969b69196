"""Small things every view uses: the item data role that holds a record's id, and text made
safe for a rich-text label."""

from __future__ import annotations

from html import escape as _html_escape

# Qt.ItemDataRole.UserRole as a plain number: touching the Qt namespace at start-up makes
# PySide6 build ~100 Python enums (~60 ms), a third of a bare window's start-up.
ID_ROLE = 256


def escape(text: str) -> str:
    """Text for a rich-text label: &, < and > written as entities (quotes left alone)."""
    return _html_escape(text, quote=False)


def fill_checkable(widget, rows, checked) -> None:
    """Add ``(id, text)`` rows to a QListWidget, each with a tick box; the ids in ``checked``
    are ticked."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidgetItem

    for record_id, text in rows:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if record_id in checked
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget) -> list:
    """The ids of a QListWidget's ticked rows, in the list's order."""
    from PySide6.QtCore import Qt

    return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def make_heading(label):
    """Make a QLabel a view's heading: bold, 1.8 times the text around it; returns it."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    label.setFont(font)
    return label


def fit_to_screen(window, width: int, height: int) -> None:
    """Give a dialog the size it would like, but no larger than the screen it opens on (less
    room for a title bar and a task bar): every button stays in reach on a 1024×768 beamer."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 24), min(height, area.height() - 60)
    window.resize(width, height)


def show_starts(widget) -> None:
    """Let every one-line text field in a widget (a dialog, a form) show the beginning of its
    text, not its end: setText leaves the cursor at the end, so a long title opened as
    "…ewonersavond 2" instead of "Bewonersavond 2: …"."""
    from PySide6.QtWidgets import QLineEdit

    edits = [widget] if isinstance(widget, QLineEdit) else widget.findChildren(QLineEdit)
    for edit in edits:
        if not edit.hasFocus() and not edit.hasSelectedText():
            edit.setCursorPosition(0)

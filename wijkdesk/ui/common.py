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

"""Accessible names: a screen reader can say what each control of the main window does.

Every view is built and shown, then every interactive widget (buttons, fields, combo and spin
boxes, lists, tables, check boxes, canvases) is asked for a name: its accessible name, its
own visible text, or a label that is its buddy (a form's label is)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QGraphicsView, QPlainTextEdit, QTextEdit, QSlider)


def _describe(widget: QWidget) -> str:
    path = []
    w = widget
    while w is not None and len(path) < 4:
        path.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    tip = f" tooltip={widget.toolTip()!r}" if widget.toolTip() else ""
    return f"{type(widget).__name__} in {' < '.join(path)}{tip}"


def _inside_composite(widget: QWidget, window: QWidget) -> bool:
    """Part of another control (a spin box's line edit, a table's header or corner button, a
    line edit's clear button), or Qt's own (the ">>" of a full menu bar or tool bar): the
    control itself is what has the name."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader would call the widget ("" for nothing)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddies.get(id(widget), "")


def unnamed(window: QWidget) -> list[str]:
    """The interactive widgets of a window (and the windows it owns) without a name."""
    widgets = [w for w in window.findChildren(QWidget) if w.window() is window]
    buddies = {id(label.buddy()): label.text() for label in window.findChildren(QLabel)
               if label.buddy() is not None and label.text().strip()}
    missing = []
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget, window):
            continue
        if not name_of(widget, buddies).replace("&", "").strip():
            missing.append(_describe(widget))
    return missing


def _build_every_view(window, qtbot) -> None:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        view = window.views.currentWidget()
        if hasattr(view, "ensure_built"):
            view.ensure_built()
        qtbot.wait(10)
        tabs = view.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QTabWidget)
        for tab in tabs:
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                qtbot.wait(5)
    window.bijeenkomst_view.board  # noqa: B018 - made on first use
    window.timer_panel  # noqa: B018
    window.nav.setCurrentRow(0)


def test_every_control_of_every_view_has_a_name(window, qtbot, tmp_path):
    from wijkdesk.model.demo import build_demo

    path = tmp_path / "demo.wijkdesk"
    build_demo(path).close()
    assert window.open_path(str(path))
    _build_every_view(window, qtbot)
    missing = unnamed(window)
    assert missing == [], "controls without an accessible name:\n" + "\n".join(missing)


def test_the_shortcut_sheet_has_names_too(window, qtbot):
    sheet = window.show_shortcuts()
    qtbot.waitExposed(sheet)
    assert unnamed(sheet) == []
    sheet.close()

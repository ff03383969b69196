"""The keyboard reaches everything: a shortcut sheet made from the app (F1 or ?), a shortcut
or an underlined letter for every menu action, Tab through every view's controls without a
trap, and a focus that can be seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from wijkdesk.ui.shortcut_sheet import (
    CANVASES,
    NATIVE,
    ShortcutSheet,
    key_text,
    mnemonic,
    plain,
    shortcut_texts,
)

from .test_accessibility import INTERACTIVE, _inside_composite


def _sheet(window) -> ShortcutSheet:
    sheets = [s for s in window.findChildren(ShortcutSheet) if s.isVisible()]
    assert len(sheets) == 1
    return sheets[0]


def _open_demo(window, tmp_path):
    from wijkdesk.model.demo import build_demo

    path = tmp_path / "demo.wijkdesk"
    build_demo(path).close()
    assert window.open_path(str(path))


def test_f1_opens_the_shortcut_sheet(window, qtbot):
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    sheet = _sheet(window)
    assert sheet.windowTitle() == "Keyboard shortcuts"
    assert window.shortcuts_action in window.menuBar().actions()[-1].menu().actions()
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)  # again: the same sheet, not a second one
    assert _sheet(window) is sheet
    sheet.close()


def test_question_mark_opens_the_sheet_unless_typing(window, qtbot, project):
    path = project.path
    project.close()
    assert window.open_path(str(path))
    entry = window.bijeenkomst_view.entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClicks(entry, "Waarom?")
    assert entry.text() == "Waarom?"
    assert not [s for s in window.findChildren(ShortcutSheet) if s.isVisible()]
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, "?")
    _sheet(window).close()


def test_the_sheet_lists_every_action_and_shortcut_of_the_window(window, qtbot, project):
    path = project.path
    project.close()
    assert window.open_path(str(path))
    window.bijeenkomst_view.board  # noqa: B018 - the canvases are made on first use
    sheet = window.show_shortcuts()
    rows = {(what, keys) for _section, what, keys in sheet.rows()}
    whats = {what for what, _keys in rows}
    for action in window.findChildren(QAction):
        if not action.text() or action.isSeparator() or action.menu() is not None:
            continue
        keys = shortcut_texts(action)
        if not keys:
            continue
        assert (plain(action.text()), ", ".join(keys)) in rows, action.text()
    for shortcut in window.findChildren(QShortcut):
        assert shortcut.whatsThis(), f"{shortcut.key().toString()} says nothing in the sheet"
        assert shortcut.whatsThis() in whats
    # the font scale, the beamer theme, the views, presenting and this sheet are all there
    for keys in ("Ctrl++, Ctrl+=", "Ctrl+-", "Ctrl+0", "Ctrl+Shift+B", "F1, ?", "Ctrl+1"):
        assert keys in {k for _w, k in rows}, keys
    sheet.close()


def test_the_sheet_lists_every_canvas_key(window):
    from importlib import import_module

    from wijkdesk.ui.zoom_view import ZoomView

    sheet = window.show_shortcuts()
    by_section: dict[str, str] = {}
    for section, _what, keys in sheet.rows():
        by_section[section] = by_section.get(section, "") + " " + keys
    listed = set()
    for module, name, _title in CANVASES:
        cls = getattr(import_module(module), name)
        listed.add(cls)
        section = next(s for s in by_section if cls.key_help()[-1][1] in
                       {w for sec, w, _k in sheet.rows() if sec == s})
        for key in cls.OWN_KEYS:  # every key the canvas takes for itself is explained
            assert key_text(key) in by_section[section], (name, key)
        for key in ("+", "-", "0", Qt.Key.Key_Space, Qt.Key.Key_Escape):
            assert key_text(key) in by_section[section], (name, key)
    # every canvas there is, is in the sheet
    import wijkdesk.ui.board_canvas  # noqa: F401
    import wijkdesk.ui.network_view  # noqa: F401
    import wijkdesk.ui.timeline_canvas  # noqa: F401

    assert set(ZoomView.__subclasses__()) <= listed
    sheet.close()


def test_the_sheet_can_be_searched(window, qtbot):
    sheet = window.show_shortcuts()
    qtbot.keyClicks(sheet.search, "larger")
    rows = sheet.rows()
    assert rows and all("larger" in f"{s} {w} {k}".lower() for s, w, k in rows)
    sheet.search.clear()
    assert len(sheet.rows()) > len(rows)
    sheet.close()


def test_every_menu_action_has_a_shortcut_or_a_letter(window, project):
    path = project.path
    project.close()
    assert window.open_path(str(path))  # the recent files' menu has an entry now

    def check(menu, where: str) -> list[str]:
        problems, letters = [], {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter:
                letters.setdefault(letter, []).append(action.text())
            elif not action.shortcuts():
                problems.append(f"{where} > {action.text()}: no shortcut and no &letter")
            if action.menu() is not None:
                problems += check(action.menu(), f"{where} > {action.text()}")
        problems += [f"{where}: &{k} is used by {v}" for k, v in letters.items() if len(v) > 1]
        return problems

    problems = []
    tops = {}
    for top in window.menuBar().actions():
        tops.setdefault(mnemonic(top.text()), []).append(top.text())
        problems += check(top.menu(), top.text())
    problems += [f"menu bar: &{k} is used by {v}" for k, v in tops.items() if len(v) > 1 or not k]
    assert problems == []


def _tab_walk(window, qtbot, start: QWidget, limit: int = 400) -> tuple[list[QWidget], list]:
    """Tab from start until the focus comes back; (widgets reached, keyboard traps)."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    reached, traps = [], []
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        tries = 0
        while QApplication.focusWidget() is before and tries < 6:  # a date's day, month, year
            qtbot.keyClick(before, Qt.Key.Key_Tab)
            tries += 1
        now = QApplication.focusWidget()
        if now is before:
            traps.append(before)
            break
        if now is start:
            break
        reached.append(now)
    return reached, traps


def _controls(view: QWidget, window) -> list[QWidget]:
    return [w for w in view.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled()
            and not _inside_composite(w, window)]


def test_tab_reaches_every_control_of_every_view(window, qtbot, tmp_path):
    _open_demo(window, tmp_path)
    window.bijeenkomst_view.board  # noqa: B018
    problems = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        view = window.views.currentWidget()
        if hasattr(view, "ensure_built"):
            view.ensure_built()
        tabs = view.findChildren(QTabWidget) or [None]
        for tab in tabs:
            for page in range(tab.count() if tab is not None else 1):
                if tab is not None:
                    tab.setCurrentIndex(page)
                qtbot.wait(5)
                reached, traps = _tab_walk(window, qtbot, window.nav)
                name = window.nav.item(row).text() + (f" / {tab.tabText(page)}" if tab else "")
                problems += [f"{name}: Tab is stuck in {type(w).__name__} "
                             f"{w.accessibleName()!r}" for w in traps]
                for control in _controls(view, window):
                    if control not in reached and control.focusProxy() not in reached:
                        problems.append(f"{name}: Tab never reaches {type(control).__name__} "
                                        f"{control.accessibleName() or control.objectName()!r}")
    assert problems == []


@pytest.mark.parametrize("row", [0, 1, 2])
def test_a_focused_canvas_draws_a_focus_frame(window, qtbot, project, row):
    from wijkdesk.ui import palette

    path = project.path
    project.close()
    assert window.open_path(str(path))
    window.nav.setCurrentRow(row)
    canvas = {0: lambda: window.bijeenkomst_view.board,
              1: lambda: window.stakeholder_view.network,
              2: lambda: window.timeline_view.canvas}[row]()
    qtbot.waitExposed(canvas)

    def edge() -> str:
        return canvas.viewport().grab().toImage().pixelColor(1, 40).name()

    window.nav.setFocus()
    qtbot.waitUntil(lambda: not canvas.hasFocus())
    qtbot.wait(20)
    assert edge() != QColor(palette.FOCUS).name()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.wait(20)
    assert edge() == QColor(palette.FOCUS).name()
    # scrolling moves the picture along: the frame stays at the edge, none is left behind
    bar = canvas.horizontalScrollBar()
    bar.setValue(bar.value() - 40 if bar.value() - 40 >= bar.minimum() else bar.value() + 40)
    qtbot.wait(20)
    image = canvas.viewport().grab().toImage()
    assert image.pixelColor(1, 40).name() == QColor(palette.FOCUS).name()
    assert QColor(palette.FOCUS).name() not in {image.pixelColor(x, 40).name()
                                                for x in range(6, 80)}


def test_the_menu_key_opens_the_menu_of_the_selection(window, qtbot, project):
    path = project.path
    project.close()
    assert window.open_path(str(path))
    view = window.bijeenkomst_view
    view.entry.setFocus()
    qtbot.keyClicks(view.entry, "Meer groen in de straat")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    board = view.board
    note = next(iter(board.cards))
    board.select_notes([note])
    opened = []

    class Menu:
        def exec(self, pos):
            opened.append(pos)

    view.insight_menu = lambda note_id: opened.append(note_id) or Menu()
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Menu)
    assert opened[0] == note
    qtbot.keyClick(board, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert opened.count(note) == 2


def test_keys_are_named_in_the_users_language():
    assert key_text(Qt.Key.Key_F2) == QKeySequence(Qt.Key.Key_F2).toString(NATIVE)
    assert key_text("Shift+F10") == "Shift+F10"
    assert key_text("Ctrl + mouse wheel") == "Ctrl + mouse wheel"
    assert plain("&Merge…") == "Merge"
    assert mnemonic("Save a &copy as…") == "C"
    assert mnemonic("R&&D") == ""


def test_the_focused_control_has_a_thick_outline(window, qtbot, project):
    from wijkdesk.ui import palette

    path = project.path
    project.close()
    assert window.open_path(str(path))
    view = window.bijeenkomst_view
    focus = QColor(palette.FOCUS).name()

    def edge(widget, x) -> str:
        return widget.grab().toImage().pixelColor(x, widget.height() // 2).name()

    for widget in (view.add_round_button, view.entry, window.nav):
        window.nav.setFocus() if widget is not window.nav else view.entry.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        assert edge(widget, 1) != focus, widget
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        # 3 px wide: the outermost pixels are the focus colour (a list keeps a 2 px margin
        # when not focused, so that the outline takes no room from it)
        assert edge(widget, 0) == focus and edge(widget, 2) == focus, widget


def test_no_two_window_shortcuts_share_a_key(window):
    """An ambiguous key does nothing in Qt: the window's actions each have their own keys,
    and no view's shortcut takes one of them (two views may use one key: one view shows)."""
    actions: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            actions.setdefault(seq.toString(), []).append(action.text())
    views: dict[str, list] = {}
    for shortcut in window.findChildren(QShortcut):
        views.setdefault(shortcut.key().toString(), []).append(shortcut.parent())
    shared = {key: who for key, who in actions.items() if len(who) > 1 or key in views}
    shared.update({key: parents for key, parents in views.items()
                   if len(set(parents)) < len(parents)})
    assert shared == {}

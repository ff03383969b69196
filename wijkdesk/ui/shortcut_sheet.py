"""The shortcut sheet (F1, or ? where no text is being typed): every key the app knows.

It is made from the app itself each time it opens, so it never goes stale: the main window's
menus and their actions (with their shortcuts, or the Alt+letter path through the menu), the
window's other actions, the views' own shortcuts (``QShortcut``, described by their
``whatsThis``), and the keys of each canvas (``ZoomView.key_help``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText

#: the canvases whose own keys the sheet lists: (module, class, title for the sheet)
CANVASES = (
    ("wijkdesk.ui.board_canvas", "BoardCanvas", "Board (Bijeenkomst)"),
    ("wijkdesk.ui.network_view", "NetworkView", "Stakeholder network"),
    ("wijkdesk.ui.network_view", "GridView", "Power/interest grid"),
    ("wijkdesk.ui.timeline_canvas", "TimelineCanvas", "Timeline"),
)


def _canvas_title(title: str) -> str:
    """A canvas's title in the user's language (the names above, written out for lupdate)."""
    return {"Board (Bijeenkomst)": QCoreApplication.translate("ShortcutSheet",
                                                              "Board (Bijeenkomst)"),
            "Stakeholder network": QCoreApplication.translate("ShortcutSheet",
                                                              "Stakeholder network"),
            "Power/interest grid": QCoreApplication.translate("ShortcutSheet",
                                                              "Power/interest grid"),
            "Timeline": QCoreApplication.translate("ShortcutSheet", "Timeline")}.get(title, title)


def plain(text: str) -> str:
    """A menu text without its mnemonic (&) and its trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def key_text(key) -> str:
    """A key (``Qt.Key``), a key sequence's text or a description, as the user reads it."""
    if isinstance(key, str):
        if " " in key:
            return key
        native = QKeySequence(key).toString(NATIVE)
        return native or key
    return QKeySequence(key).toString(NATIVE)


def mnemonic(text: str) -> str:
    """The letter after a single & in a menu text ("" when there is none)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return ""


def _media_keys() -> set:
    """The keys of special keyboards (New, Open, Save, …) that standard shortcuts add."""
    k = Qt.Key
    return {k.Key_New, k.Key_Open, k.Key_Close, k.Key_Save, k.Key_Undo, k.Key_Redo, k.Key_Copy,
            k.Key_Cut, k.Key_Paste, k.Key_Find, k.Key_Refresh, k.Key_Forward, k.Key_Back}


def shortcut_texts(action: QAction) -> list[str]:
    """An action's shortcuts as the user reads them (not the special keyboards' keys)."""
    media = _media_keys()
    return [s.toString(NATIVE) for s in action.shortcuts()
            if not s.isEmpty() and s[0].key() not in media]


def action_keys(action: QAction, path: list[str]) -> str:
    """An action's shortcuts; without one, the Alt+letter path through the menus to it."""
    keys = shortcut_texts(action)
    if keys:
        return ", ".join(keys)
    letters = [*path, mnemonic(action.text())]
    if path and all(letters):
        first = QKeySequence(f"Alt+{letters[0]}").toString(NATIVE)
        return ", ".join([first, *letters[1:]])
    return ""


Row = tuple[str, str]


def menu_rows(menu: QMenu, path: list[str]) -> list[Row]:
    """The actions of a menu (and of its submenus), each with its keys."""
    rows: list[Row] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        if sub is not None:
            if sub.property("dynamic"):  # e.g. the recent files: listed by the menu itself
                rows.append((plain(action.text()) + " ▸", action_keys(action, path)))
                continue
            rows += menu_rows(sub, [*path, mnemonic(action.text())])
            continue
        rows.append((plain(action.text()), action_keys(action, path)))
    return rows


def _view_titles(window: QMainWindow) -> dict[QWidget, str]:
    nav, views = getattr(window, "nav", None), getattr(window, "views", None)
    if nav is None or views is None:
        return {}
    return {views.widget(i): plain(nav.item(i).text()) for i in range(views.count())}


def _section_of(widget: QWidget | None, titles: dict[QWidget, str]) -> str:
    while widget is not None:
        if widget in titles:
            return titles[widget]
        section = widget.property("shortcutSection")
        if section:
            return str(section)
        widget = widget.parentWidget()
    return QCoreApplication.translate("ShortcutSheet", "Everywhere")


def sections(window: QMainWindow) -> list[tuple[str, list[Row]]]:
    """What the sheet lists: (section title, [(what, keys)]), in the window's order."""
    out: list[tuple[str, list[Row]]] = []
    listed: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        out.append((plain(top.text()), menu_rows(menu, [mnemonic(top.text())])))
        stack = [menu]
        while stack:
            m = stack.pop()
            for action in m.actions():
                listed.add(action)
                if action.menu() is not None:
                    stack.append(action.menu())
    others = [a for a in window.findChildren(QAction)
              if a not in listed and a.shortcuts() and a.text() and a.isVisible()]
    if others:
        out.append((QCoreApplication.translate("ShortcutSheet", "Other actions"),
                    [(plain(a.text()), action_keys(a, [])) for a in others]))
    titles = _view_titles(window)
    by_section: dict[str, list[Row]] = {}
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.isEnabled() or shortcut.key().isEmpty():
            continue
        parent = shortcut.parent()
        section = _section_of(parent if isinstance(parent, QWidget) else None, titles)
        by_section.setdefault(section, []).append(
            (shortcut.whatsThis() or "", shortcut.key().toString(NATIVE)))
    order = list(titles.values())
    for section in sorted(by_section, key=lambda s: (order.index(s) if s in order
                                                     else len(order), s)):
        out.append((section, sorted(set(by_section[section]), key=lambda r: r[1])))
    presenter = getattr(window, "presenter", None)
    if presenter is not None and hasattr(presenter, "key_help"):
        out.append((QCoreApplication.translate("ShortcutSheet", "Presenting"),
                    [(text, ", ".join(key_text(k) for k in keys))
                     for keys, text in presenter.key_help()]))
    out += canvas_sections()
    return out


def canvas_sections() -> list[tuple[str, list[Row]]]:
    """The keys of each canvas, while it has the focus."""
    from importlib import import_module

    out = []
    for module, name, title in CANVASES:
        cls = getattr(import_module(module), name)
        rows = [(text, ", ".join(key_text(k) for k in keys)) for keys, text in cls.key_help()]
        out.append((_canvas_title(title), rows))
    return out


class ShortcutSheet(QDialog):
    """The sheet: sections of (what, keys), with a search line."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search the shortcuts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for title, rows in sections(window):
            if not rows:
                continue
            section = QTreeWidgetItem([title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(section)
            for what, keys in rows:
                QTreeWidgetItem(section, [what, keys or "—"])
            section.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        hint = QLabel(self.tr("Tab moves between the controls of a view; in a menu, the "
                              "underlined letter chooses. Open this sheet again with F1 or ?."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Search"))
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        self.resize(min(900, screen.width() - 40) if screen else 900,
                    min(800, screen.height() - 80) if screen else 700)
        self.search.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, what, keys) of every row shown (tests and the search)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                if not item.isHidden():
                    out.append((section.text(0), item.text(0), item.text(1)))
        return out

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            shown = 0
            for j in range(section.childCount()):
                item = section.child(j)
                haystack = f"{section.text(0)} {item.text(0)} {item.text(1)}".casefold()
                hide = not all(w in haystack for w in words)
                item.setHidden(hide)
                shown += not hide
            section.setHidden(shown == 0)


def show_sheet(window: QMainWindow) -> ShortcutSheet:
    """Open the sheet beside a window (it stays open while one works; F1 again brings it
    to the front)."""
    for sheet in window.findChildren(ShortcutSheet):
        if sheet.isVisible():
            sheet.raise_()
            sheet.activateWindow()
            return sheet
    sheet = ShortcutSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.show()
    return sheet

"""Dutch on every screen (issue 16, point 7): the app runs in Dutch on the demo project, every
view, tab, menu, context menu and dialog is opened, every audience screen is shown, and every
string a user can see is collected (labels, buttons, menus, window titles, tooltips, list and
table items, texts on the canvases, text painted by our own paint code). None may be English:

- the English source of one of our messages whose Dutch differs (wijkdesk_nl.ts), whole, as a
  pattern with its placeholders filled in, or as a phrase of three words or more inside a text;
- a text Qt was asked to translate and found no Dutch for (a context lupdate did not see, or a
  word Qt's own catalogue lacks: the file dialog's "Look in:");
- a text with English words that Dutch never uses ("the", "and", "with", ...).

Qt's own dialogs (file, colour, message, input) are opened as the app opens them."""

from __future__ import annotations

import contextlib
import html
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
TS_NL = ROOT / "resources" / "translations" / "wijkdesk_nl.ts"

#: words that are English and never Dutch (Dutch has "of", "is", "was", "in", "op" too)
ENGLISH_WORDS = frozenset({
    "the", "and", "with", "from", "this", "that", "which", "your", "you", "are", "were", "have",
    "has", "will", "should", "there", "their", "what", "when", "who", "how", "into", "for", "to",
    "by", "or", "not", "please", "click"})
#: Qt's words that are the same in Dutch (no translation needed), and the names of the two
#: languages, each in its own language as language choices are
SAME_IN_DUTCH = frozenset({"OK", "HTML", "Help", "Reset", "Computer", "Type", "Alias", "Ctrl",
                           "Shift", "Alt", "Esc", "Home", "End", "Tab", "Enter", "Return",
                           "Backspace", "Del", "Ins", "PgUp", "PgDown", "Menu", "Control",
                           "English", "Nederlands"})
#: the licence texts in About (legal documents, whose official text is English)
LEGAL_TEXTS = frozenset({"thirdPartyLicences", "licenceText"})

_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_]*\}")


def norm(text: str) -> str:
    """A text as compared: no shortcut after a tab, no mnemonic &, no tags, single spaces,
    no trailing dots, ellipsis or colon."""
    text = (text or "").split("\t")[0]
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub(" ", text))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(" .…:").strip()


def _pattern(text: str) -> re.Pattern | None:
    """A text with placeholders (%1, %n, {name}) as a regex; None if its words are too few to
    tell a language by."""
    parts = _PLACEHOLDER.split(norm(text))
    if len(parts) < 2 or sum(len(re.findall(r"[A-Za-z]", p)) for p in parts) < 5:
        return None
    return re.compile("(?:.+?)".join(re.escape(p) for p in parts), re.DOTALL)


class Catalogue:
    """Our messages: the English sources whose Dutch differs, and all the Dutch."""

    def __init__(self, path: Path = TS_NL) -> None:
        self.english: dict[str, str] = {}
        self.phrases: dict[str, str] = {}
        self.dutch: set[str] = set()
        self.english_patterns: list[tuple[re.Pattern, str]] = []
        self.dutch_patterns: list[re.Pattern] = []
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or \
                    [translation.text or ""]
                unfinished = translation.get("type") == "unfinished" or not all(forms)
                dutch = {norm(f) for f in forms if f}
                self.dutch |= dutch
                self.dutch_patterns += [p for f in forms if f and (p := _pattern(f))]
                label = f"{name}: {source!r}"
                english = norm(source)
                if not re.search(r"[A-Za-z]{2,}", english) or (english in dutch and not unfinished):
                    continue
                pattern = _pattern(source) if _PLACEHOLDER.search(source) else None
                if pattern is not None:
                    self.english_patterns.append((pattern, label))
                elif not _PLACEHOLDER.search(source):
                    self.english[english] = label
                    if len(english.split()) >= 3:
                        self.phrases[english] = label

    def english_of(self, text: str) -> str | None:
        """The message whose English this text is (None: not our English)."""
        if text in self.dutch:
            return None
        if text in self.english:
            return self.english[text]
        for pattern, label in self.english_patterns:
            if pattern.fullmatch(text) and not any(p.fullmatch(text)
                                                   for p in self.dutch_patterns):
                return label
        for phrase, label in self.phrases.items():
            if phrase in text and phrase not in self.dutch and re.search(
                    rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
                return label
        return None


class Recorder(QTranslator):
    """Installed before the others, so asked last: every text no catalogue had Dutch for."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.untranslated: dict[str, str] = {}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if source and context != "QGuiApplication":
            self.untranslated.setdefault(norm(source), f"{context}: {source!r}")
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


# -- collecting what a user sees -------------------------------------------------------------


class Seen:
    """Every visible text with where it was seen."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, where: str, text) -> None:
        if isinstance(text, str) and text.strip():
            lines = text.splitlines()
            for line in [text, *lines] if len(lines) > 1 else [text]:
                n = norm(line)
                if n and re.search(r"[A-Za-z]", n):
                    self.texts.append((where, n))

    def menu(self, where: str, menu: QMenu) -> None:
        """A menu's actions, its submenus' too (filled as if shown)."""
        menu.aboutToShow.emit()
        self.add(where, menu.title())
        for action in menu.actions():
            if not action.isVisible():
                continue
            self.add(f"{where} > {norm(action.text())}", action.text())
            if action.toolTip() and norm(action.toolTip()) != norm(action.text()):
                self.add(f"{where} > tooltip", action.toolTip())
            if action.menu() is not None:
                self.menu(f"{where} > {norm(action.text())}", action.menu())

    def model(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        for orientation, header in ((Qt.Orientation.Horizontal, getattr(view, "horizontalHeader",
                                                                      None)),
                                    (Qt.Orientation.Vertical, getattr(view, "verticalHeader",
                                                                    None))):
            shown = header() if header is not None else None
            if isinstance(view, QTreeView):
                shown = view.header() if orientation == Qt.Orientation.Horizontal else None
            if shown is not None and shown.isVisible():
                for i in range(min(shown.count(), 200)):
                    self.add(f"{where} header", model.headerData(i, orientation))
        stack = [view.rootIndex()]
        budget = 2000
        while stack and budget > 0:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                # the columns up to the first invalid index (columnCount is not public on
                # every model PySide6 hands out)
                for column in range(50):
                    index = model.index(row, column, parent)
                    if not index.isValid():
                        break
                    budget -= 1
                    self.add(where, index.data(Qt.ItemDataRole.DisplayRole))
                    self.add(f"{where} tooltip", index.data(Qt.ItemDataRole.ToolTipRole))
                    if column == 0 and isinstance(view, QTreeView) and \
                            model.index(0, 0, index).isValid():
                        stack.append(index)  # a tree's children too

    def scene(self, where: str, view: QGraphicsView) -> None:
        scene = view.scene()
        if scene is None:
            return
        for item in scene.items():
            if not item.isVisible():
                continue
            if isinstance(item, QGraphicsTextItem):
                self.add(where, item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                self.add(where, item.text())
            self.add(f"{where} tooltip", item.toolTip())
        for text in painted_texts(scene):
            self.add(f"{where} (painted)", text)

    def widget(self, where: str, root: QWidget) -> None:
        """Everything visible in a widget and its children."""
        if root.isWindow():
            self.add(f"{where} title", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible() or w.objectName() in LEGAL_TEXTS:
                continue
            name = f"{where}/{type(w).__name__}"
            self.add(f"{name} tooltip", w.toolTip())
            if isinstance(w, QLabel):
                self.add(name, w.text())
            elif isinstance(w, QAbstractButton):
                self.add(name, w.text())
                if getattr(w, "menu", None) and w.menu() is not None:
                    self.menu(f"{name} menu", w.menu())
            elif isinstance(w, QGroupBox):
                self.add(name, w.title())
            elif isinstance(w, QLineEdit):
                self.add(name, w.placeholderText())
                self.add(name, w.text())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.add(name, w.itemText(i))
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.add(name, w.tabText(i))
                    self.add(f"{name} tooltip", w.tabToolTip(i))
            elif isinstance(w, QTextEdit | QPlainTextEdit):
                self.add(name, w.placeholderText())
                self.add(name, w.toPlainText())
            elif isinstance(w, QProgressBar):
                self.add(name, w.text())
            elif isinstance(w, QSpinBox | QDoubleSpinBox):
                self.add(name, w.specialValueText())
                self.add(name, w.prefix())
                self.add(name, w.suffix())
                self.add(name, w.text())
            elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
                self.model(name, w)
            elif isinstance(w, QGraphicsView):
                self.scene(name, w)
            elif isinstance(w, QToolBar):
                for action in w.actions():
                    self.add(name, action.text())
                    self.add(f"{name} tooltip", action.toolTip())
            if isinstance(w, QMainWindow):
                for action in w.menuBar().actions():
                    if action.menu() is not None:
                        self.menu(f"{where} menu bar", action.menu())
                self.add(f"{where} status bar", w.statusBar().currentMessage())
            if w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
                for action in w.actions():
                    self.add(f"{name} actions", action.text())

    def every_page(self, where: str, root: QWidget) -> None:
        """The widget with each tab and page of its tab widgets and stacks shown in turn."""
        self.widget(where, root)
        for pages in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
            if not pages.isVisible():
                continue
            before = pages.currentIndex()
            for i in range(pages.count()):
                if i != before:
                    pages.setCurrentIndex(i)
                    QApplication.processEvents()
                    self.widget(f"{where} page {i}", pages.widget(i))
            pages.setCurrentIndex(before)


def painted_texts(scene_or_widget) -> list[str]:
    """The texts a scene's items or a widget paint (our paint code's drawText and
    drawStaticText too): drawn into an SVG, whose <text> elements hold them."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    if isinstance(scene_or_widget, QWidget):
        svg.setSize(scene_or_widget.size())
    else:
        svg.setSize(scene_or_widget.sceneRect().size().toSize())
    painter = QPainter(svg)
    if isinstance(scene_or_widget, QWidget):
        scene_or_widget.render(painter, QPoint(0, 0))
    else:
        scene_or_widget.render(painter)
    painter.end()
    drawn = bytes(buffer.data()).decode("utf-8", "replace")
    return [html.unescape(_TAG.sub("", t)) for t in
            re.findall(r"<text[^>]*>(.*?)</text>", drawn, re.DOTALL)]


@contextlib.contextmanager
def menus_captured(seen: Seen, where: str):
    """Menus that pop up while the block runs (menu.exec, popup) are recorded and closed."""

    def catch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                seen.menu(f"{where} context menu", widget)
                widget.close()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(catch)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def context_menus(seen: Seen, where: str, root: QWidget) -> None:
    """Ask every canvas for its context menu on one item of each kind and on empty space, and
    every list or table with a menu of its own for the menu of its first row."""
    with menus_captured(seen, where):
        for view in root.findChildren(QGraphicsView):
            if not view.isVisible() or view.scene() is None:
                continue
            kinds: dict[type, QPoint] = {}
            for item in view.scene().items():
                centre = view.mapFromScene(item.sceneBoundingRect().center())
                if item.isVisible() and view.viewport().rect().contains(centre):
                    kinds.setdefault(type(item), centre)
            empty = next((QPoint(x, y) for x in range(5, view.viewport().width(), 40)
                          for y in range(5, view.viewport().height(), 40)
                          if view.itemAt(QPoint(x, y)) is None), None)
            for pos in [*kinds.values(), *([empty] if empty else [])]:
                view.scene().clearSelection()
                event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                          view.viewport().mapToGlobal(pos))
                QApplication.sendEvent(view.viewport(), event)
        for items in root.findChildren(QAbstractItemView):
            if items.isVisible() and items.contextMenuPolicy() == \
                    Qt.ContextMenuPolicy.CustomContextMenu and items.model() is not None \
                    and items.model().rowCount():
                first = items.model().index(0, 0)
                items.setCurrentIndex(first)
                items.customContextMenuRequested.emit(items.visualRect(first).center())


def modal(qtbot, call, seen: Seen, where: str, prepare=None):
    """Run call (which opens a modal dialog), record the dialog's texts and close it."""
    done: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        try:
            if prepare is not None:
                prepare(dialog)
            seen.every_page(where, dialog)
            done.append(True)
        finally:
            if isinstance(dialog, QMessageBox | QDialog):
                dialog.reject()
            dialog.close()

    QTimer.singleShot(0, look)
    call()
    assert done, f"{where}: no dialog opened"


def open_dialogs(seen: Seen, where: str, interaction) -> None:
    """The dialogs our code handed to the scripted interaction: shown, recorded, closed."""
    while interaction.dialogs:
        dialog = interaction.dialogs.pop(0)
        dialog.show()
        QApplication.processEvents()
        name = f"{where}: {type(dialog).__name__}"
        seen.every_page(name, dialog)
        context_menus(seen, name, dialog)
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


# -- the test --------------------------------------------------------------------------------


def _showing_interaction():
    """Scripted dialogs, but the import and merge previews are made (and kept to be looked
    at) instead of only recorded; they answer "no"."""
    from wijkdesk.ui.interaction import ScriptedInteraction

    class Showing(ScriptedInteraction):
        def review_import(self, preview, rows, where: str) -> bool:
            from wijkdesk.ui.import_dialog import ImportPreviewDialog

            self.dialogs.append(ImportPreviewDialog(preview, rows, where, None))
            return False

        def review_merge(self, summary, sources: list[str]) -> bool:
            from wijkdesk.ui.merge_dialogs import MergePreviewDialog

            self.dialogs.append(MergePreviewDialog(summary, sources, None))
            return False

    return Showing()


@pytest.fixture
def dutch(qapp):
    """The app in Dutch, with a recorder of what found no Dutch."""
    from wijkdesk import i18n

    recorder = Recorder(qapp)
    qapp.installTranslator(recorder)
    translator = i18n.install(qapp, "nl")
    assert translator is not None, "wijkdesk_nl.qm is missing: run make translations"
    yield recorder
    i18n.uninstall(qapp, translator)
    qapp.removeTranslator(recorder)


@pytest.fixture
def demo_window(dutch, qtbot, tmp_path, settings):
    """The main window in Dutch on the demo project, 1280 x 800, scripted dialogs."""
    from PySide6.QtCore import QStandardPaths

    from wijkdesk.model.demo import build_demo
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    path = tmp_path / "Demo wijkdesk.wijkdesk"
    build_demo(path).close()
    (tmp_path / "deelnemers.csv").write_text("tekst\nMeer groen\n", encoding="utf-8")
    (tmp_path / "verslag.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "Map").mkdir()
    window = MainWindow(AppContext(settings), _showing_interaction())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window._timer_panel is not None)
    yield window
    if window._presenter is not None:
        window.presenter.stop()
    window.ctx.bridge.set_project(None)


def _findings(seen: Seen, recorder: Recorder, data: set[str]) -> list[str]:
    catalogue = Catalogue()
    found: dict[str, str] = {}
    for where, text in seen.texts:
        if text in found or text in data or text in SAME_IN_DUTCH:
            continue
        why = catalogue.english_of(text)
        if why is None and text in recorder.untranslated and text not in SAME_IN_DUTCH \
                and text not in catalogue.dutch:
            why = f"no Dutch for {recorder.untranslated[text]}"
        if why is None and text not in catalogue.dutch:
            words = set(re.findall(r"[a-z]+", text.casefold()))
            if words & ENGLISH_WORDS and not any(text in d or d in text for d in data
                                                  if len(d) > 12):
                why = f"English words: {sorted(words & ENGLISH_WORDS)}"
        if why is not None:
            found[text] = f"{text!r} in {where} ({why})"
    return sorted(found.values())


def _project_texts(project) -> set[str]:
    """Every text the project holds (the residents' and facilitator's own words)."""
    out: set[str] = set()
    from wijkdesk.model.kinds import KINDS

    for kind in KINDS:
        for rec in project.all(kind):
            for value in rec.values():  # a Record is a dict of its fields
                if isinstance(value, str):
                    out |= {norm(value), *(norm(v) for v in value.splitlines())}
    return {t for t in out if t}


def test_every_view_dialog_menu_and_audience_screen_is_dutch(demo_window, dutch, qtbot,
                                                               tmp_path):
    window = demo_window
    interaction = window.interaction
    seen = Seen()
    project = window.ctx.project
    data = _project_texts(project)

    # every view, each of its tabs; its context menus; the menu bar
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        view = window.views.currentWidget()
        qtbot.waitUntil(view.isVisible)
        QApplication.processEvents()
        where = f"view {norm(window.nav.item(row).text())}"
        seen.widget(where, window)
        for pages in view.findChildren(QTabWidget):
            for i in range(pages.count()):
                pages.setCurrentIndex(i)
                QApplication.processEvents()
                seen.widget(f"{where} tab {norm(pages.tabText(i))}", view)
                context_menus(seen, f"{where} tab {norm(pages.tabText(i))}", view)
            pages.setCurrentIndex(0)
        context_menus(seen, where, view)
        # the menus our views make (export, layout, filter, reveal, ...)
        with menus_captured(seen, where):
            for name in dir(view):
                if name.endswith("_menu") and not name.startswith("_"):
                    factory = getattr(view, name)
                    with contextlib.suppress(TypeError):
                        menu = factory()
                        if isinstance(menu, QMenu):
                            seen.menu(f"{where} {name}", menu)
        # buttons that open a dialog ("…"): their dialogs
        for button in view.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled() and \
                    button.text().rstrip().endswith(("…", "...")):
                with menus_captured(seen, f"{where} {norm(button.text())}"):
                    button.click()
                QApplication.processEvents()
                open_dialogs(seen, f"{where} {norm(button.text())}", interaction)

    # an edit: the Edit menu names it (undo, then redo), the status bar says it was saved
    window.nav.setCurrentRow(0)
    entry = window.bijeenkomst_view.entry
    qtbot.keyClicks(entry, "Meer bankjes op het plein")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    seen.widget("after an edit", window)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    seen.widget("after undo", window)

    # the dialogs of the menus and of the views
    from wijkdesk.ui.about_dialog import AboutDialog  # noqa: F401 - opened by the menu

    for action in [window.settings_action, window.review_action]:
        action.trigger()
        open_dialogs(seen, norm(action.text()), interaction)
    window.about()
    open_dialogs(seen, "about", interaction)
    sheet = window.show_shortcuts()
    QApplication.processEvents()
    seen.every_page("shortcut sheet", sheet)
    sheet.close()
    # every other menu item that opens a dialog ("…"); file dialogs answer "cancel" here
    import shiboken6

    for action in list(window.findChildren(type(window.settings_action))):
        if not shiboken6.isValid(action) or action is window.settings_action:
            continue
        if action.text().rstrip().endswith("…") and action.isEnabled():
            text = norm(action.text())
            with menus_captured(seen, f"menu {text}"):
                action.trigger()
                QApplication.processEvents()
            open_dialogs(seen, f"menu {text}", interaction)

    window.nav.setCurrentRow(0)
    bijeenkomst = window.bijeenkomst_view
    votes = bijeenkomst.votes_dialog()
    assert votes is not None
    votes.show()
    QApplication.processEvents()
    seen.every_page("votes dialog", votes)
    context_menus(seen, "votes dialog", votes)
    top = votes.top_dialog()
    top.show()
    seen.every_page("top dialog", top)
    top.close()
    votes.reject()

    for made in (bijeenkomst.add_evening(), bijeenkomst.programme.add_item()):
        if isinstance(made, QDialog) and made not in interaction.dialogs:
            interaction.dialogs.append(made)
    open_dialogs(seen, "programme", interaction)

    # the previews of an import and of a merge (of a table laptop's copy with a new note)
    import shutil

    from wijkdesk.model import Project

    interaction.answers = [str(tmp_path / "deelnemers.csv")]
    window.import_action.trigger()
    copy = tmp_path / "tafel 2.wijkdesk"
    shutil.copy(project.path, copy)
    with Project.open(copy, device="bbbbbbbb-0000-4000-8000-000000000002") as table:
        table.add("insight", round_id=bijeenkomst.current_round(), text="Meer licht", table=2)
    interaction.answers = [[str(copy)]]
    window.merge_action.trigger()
    qtbot.waitUntil(lambda: len(interaction.dialogs) >= 2)
    open_dialogs(seen, "import and merge", interaction)

    stakeholders = window.stakeholder_view
    window.nav.setCurrentRow(1)
    stakeholders.ensure_built()
    first = project.all("stakeholder")[0]
    relation = project.all("relation")[0]
    stakeholders.add_stakeholder()
    stakeholders.edit_stakeholder(first.id)
    stakeholders.add_relation()
    stakeholders.edit_relation(relation.id)
    open_dialogs(seen, "stakeholders", interaction)

    timeline = window.timeline_view
    window.nav.setCurrentRow(2)
    timeline.ensure_built()
    timeline.add_step()
    timeline.edit_step(project.all("timeline_item")[0].id)
    open_dialogs(seen, "timeline", interaction)

    kompas = window.kompas_view
    window.nav.setCurrentRow(3)
    kompas.ensure_built()
    kompas.add_knooppunt()
    kompas.choose(project.all("knooppunt")[0].id)
    kompas.edit_chosen()
    kompas.link_chosen()
    open_dialogs(seen, "wijkkompas", interaction)

    window.nav.setCurrentRow(4)
    window.minutes_view.ensure_built()
    window.minutes_view.edit_sender()
    open_dialogs(seen, "minutes", interaction)

    # Qt's own dialogs, as the app opens them (not the scripted ones)
    from wijkdesk.ui.interaction import Interaction
    from wijkdesk.ui.settings_dialog import _ask_colour

    real = Interaction(window)
    folder = str(tmp_path)

    def detail(dialog) -> None:  # the file list filled in, in its detail view
        if isinstance(dialog, QFileDialog):
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
            files = dialog.findChild(QTreeView)
            qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) >= 2)

    modal(qtbot, lambda: real.open_path(norm(window.open_action.text()), folder), seen,
          "file dialog: open", detail)
    modal(qtbot, lambda: real.save_path(norm(window.copy_action.text()), folder), seen,
          "file dialog: save", detail)
    modal(qtbot, lambda: real.open_files("CSV", folder, "CSV (*.csv)"), seen,
          "file dialog: open files", detail)
    modal(qtbot, lambda: _ask_colour("#3060c0", "Kleur", window), seen, "colour dialog")
    modal(qtbot, lambda: real.confirm("Vraag", "Doorgaan?"), seen, "question")
    modal(qtbot, lambda: real.error("Fout", "Niet opgeslagen."), seen, "error message")
    modal(qtbot, lambda: real.information("Melding", "Klaar."), seen, "information")
    modal(qtbot, lambda: real.ask_text("Naam", "Naam:"), seen, "text input")
    modal(qtbot, lambda: real.ask_table("Tafel", "Tafel:", 4), seen, "table input")
    modal(qtbot, lambda: real.offer_open("Verslag", "Geschreven.", str(tmp_path / "v.pdf")),
          seen, "file written")
    # the standard context menu of text fields (made by Qt, not popped up by us)
    for widget in (QLineEdit("x"), QTextEdit("x"), QPlainTextEdit("x")):
        seen.menu(f"context menu of a {type(widget).__name__}",
                  widget.createStandardContextMenu())

    # every audience screen, through the Presenter's public API
    presenter = window.presenter
    window.nav.setCurrentRow(0)
    presenter.start()
    assert presenter.active

    def audience(where: str) -> None:
        QApplication.processEvents()
        for top_level in QApplication.topLevelWidgets():
            if top_level.isVisible() and top_level is not window and \
                    not isinstance(top_level, QMenu):
                seen.widget(f"audience {where}", top_level)
                for text in painted_texts(top_level):  # what the room sees, as painted
                    seen.add(f"audience {where} (painted)", text)

    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        presenter.update()
        audience(norm(window.nav.item(row).text()))
        view = window.views.currentWidget()
        for pages in view.findChildren(QTabWidget):
            for i in range(pages.count()):
                pages.setCurrentIndex(i)
                presenter.update()
                audience(f"{norm(window.nav.item(row).text())} tab {norm(pages.tabText(i))}")
            pages.setCurrentIndex(0)
    window.nav.setCurrentRow(0)
    seen.widget("presenting (the laptop)", window)  # the beamer panel beside the views
    # every show the facilitator can choose for the beamer, each of its pages
    from wijkdesk.ui.audience import SHOWS

    board = window.bijeenkomst_view.board
    clusters = [i for i in board.scene().items() if type(i).__name__ == "ClusterFrame"]
    if clusters:
        clusters[0].setSelected(True)  # "one cluster" shows the chosen one
    for show in SHOWS:
        presenter.choose(show)
        audience(f"show {show}")
        for page in range(1, 3):
            presenter.turn(1)
            audience(f"show {show} page {page + 1}")
    presenter.choose("follow")
    round_id = bijeenkomst.current_round()
    presenter.show_top(round_id, 3)
    audience("top 3")
    empty_round = next((r.id for r in project.all("round") if not project.all(
        "vote", round_id=r.id)), None)
    if empty_round is not None:
        presenter.show_top(empty_round, 3)
        audience("top 3 without votes")
    presenter.end_top()
    presenter.start_entry()  # the votes typed in the audience window, the ranking above
    audience("votes typed on the beamer")
    presenter.refused(window.open_settings())  # a dialog waits until presenting ends
    audience("a dialog while presenting")
    open_dialogs(seen, "settings while presenting", interaction)
    presenter.stop()

    assert len(seen.texts) > 500, "too little was seen: the walk broke"
    if os.environ.get("WIJKDESK_SEEN"):  # to look at what the walk saw
        Path(os.environ["WIJKDESK_SEEN"]).write_text(
            "\n".join(f"{where}\t{text}" for where, text in seen.texts), encoding="utf-8")
        Path(os.environ["WIJKDESK_SEEN"] + ".untranslated").write_text(
            "\n".join(sorted(dutch.untranslated.values())), encoding="utf-8")
    findings = _findings(seen, dutch, data)
    assert findings == [], "English on screen in the Dutch UI:\n" + "\n".join(findings)


def test_the_welcome_page_is_dutch(dutch, qtbot, settings):
    """Without a project: the welcome page, the menus, the window."""
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(settings), ScriptedInteraction())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = Seen()
    seen.widget("welcome", window)
    assert len(seen.texts) > 30
    findings = _findings(seen, dutch, set())
    assert findings == [], "English on screen in the Dutch UI:\n" + "\n".join(findings)


def test_qt_own_words_are_dutch(dutch):
    """Qt's menus we cannot pop up in a test (a spin box's, a scroll bar's) and the words of
    its dialogs that Qt's catalogue lacked: Dutch."""
    translate = QCoreApplication.translate
    for context, source in [("QAbstractSpinBox", "&Step up"), ("QAbstractSpinBox", "Step &down"),
                            ("QScrollBar", "Scroll here"), ("QScrollBar", "Top"),
                            ("QScrollBar", "Page down"), ("QFileDialog", "&Look in:"),
                            ("QFileDialog", "Files of &type:"), ("QFileDialog", "File &name:"),
                            ("QPlatformTheme", "&Yes"), ("QPlatformTheme", "Cancel"),
                            ("QColorDialog", "Select Color"), ("QLineEdit", "Select All")]:
        assert translate(context, source) != source, (context, source)
    assert translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Map"


def test_the_catalogue_tells_english_from_dutch():
    """The checker itself: English sources are caught whole, with placeholders and inside a
    text; Dutch, and words the same in both languages, are not."""
    catalogue = Catalogue()
    assert catalogue.english_of("Power and interest") is not None
    assert catalogue.english_of("Invloed en belang") is None
    assert catalogue.english_of(norm("&Keyboard shortcuts")) is not None
    assert catalogue.english_of("Wijkkompas") is None  # the same in both
    assert catalogue.english_of(norm("Saved at 21:04:10")) is not None
    assert catalogue.english_of(norm("Opgeslagen om 21:04:10")) is None


def test_error_messages_name_fields_and_records_in_dutch(dutch):
    """A refused edit names the field, the kind of record and what was expected in Dutch,
    not by the model's English keys ("Het veld 'prompt' ...")."""
    from wijkdesk.messages import error_text
    from wijkdesk.model.errors import ValidationError

    assert error_text(ValidationError("field_required", field="prompt")) == \
        "Het veld 'vraag' moet een waarde hebben."
    assert error_text(ValidationError("field_type", field="tables", expected="integer")) == \
        "Het veld 'tafels' verwacht een geheel getal."
    assert error_text(ValidationError("no_such_record", kind="round", id="r1")) == \
        "Er is geen ronde met id r1."



def test_every_field_and_kind_has_a_name_to_translate(monkeypatch):
    """Every field and kind of record a message can name goes through translation (new ones
    too: a field added without a name would show its English key)."""
    from wijkdesk import messages
    from wijkdesk.model.kinds import KINDS

    monkeypatch.setattr(messages, "translate", lambda context, text, *args: f"<{text}>")
    fields = {f.name for kind in KINDS.values() for f in kind.fields} - {"id"}
    assert [f for f in sorted(fields) if not messages.field_label(f).startswith("<")] == []
    assert [k for k in KINDS if not messages.kind_name(k).startswith("<")] == []
    assert [k for k in KINDS if not messages.kind_label(k).startswith("<")] == []


def test_the_dutch_says_u_not_je():
    """The Dutch addresses the facilitator one way: "u" (as Qt's own Dutch does), never "je"."""
    informal = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
    found = []
    for context in ET.parse(TS_NL).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            for text in [f.text or "" for f in translation.iter("numerusform")] or \
                    [translation.text or ""]:
                if informal.search(text):
                    found.append(f"{context.findtext('name')}: {text}")
    assert found == []


def test_counts_in_the_import_preview_have_their_own_plural(dutch, qtbot):
    """"1 inzicht, 0 nieuwe clusters en 1 stem", not "1 inzichten ... 1 stemmen"."""
    from types import SimpleNamespace

    from wijkdesk.ui.import_dialog import ImportPreviewDialog

    preview = SimpleNamespace(insights=1, clusters_created=0, votes=1)
    dialog = ImportPreviewDialog(preview, [], "de ronde “Wat?”")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "1 inzicht, 0 nieuwe clusters en 1 stem worden toegevoegd aan de ronde “Wat?”." \
        in texts

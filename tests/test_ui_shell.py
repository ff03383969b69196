"""The app shell as a facilitator uses it: open, type insights, undo, status, errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from wijkdesk.model import Project

from .conftest import DEVICE_A


def _open(window, path: Path) -> Project:
    assert window.open_path(str(path))
    project = window.ctx.project
    assert project is not None
    return project


def _insight_texts(window) -> list[str]:
    view = window.bijeenkomst_view
    return [view.insights.item(i).text() for i in range(view.insights.count())]


def test_without_project_the_welcome_page_shows_the_ways_in(window):
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.new_button.isVisibleTo(window)
    assert not window.copy_action.isEnabled()
    assert window.windowTitle() == "wijkdesk"


def test_opening_a_project_shows_its_name_views_and_evening(window, project):
    path = project.path
    project.close()
    opened = _open(window, path)
    assert window.pages.currentIndex() == 1
    assert window.windowTitle().startswith("Testwijk")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Bijeenkomst", "Stakeholders", "Timeline", "Wijkkompas", "Minutes",
        "Agreements and actions"]
    view = window.bijeenkomst_view
    assert view.title_edit.text() == "Eerste avond"
    assert view.date_edit.date() == QDate(2026, 9, 17)
    assert view.prompt.text() == "Wat maakt deze wijk de moeite waard?"
    assert view.table_combo.count() == 3
    assert opened.path == path


def test_typing_fifty_insights_without_the_mouse(window, project, qtbot):
    path = project.path
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    view.entry.setFocus()
    for n in range(50):
        if n % 10 == 0:
            qtbot.keyClick(view.entry, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(view.entry, f"Opmerking {n} over de wijk")
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    texts = [i.text for i in opened.all("insight")]
    assert texts == [f"Opmerking {n} over de wijk" for n in range(50)]
    assert {i.table for i in opened.all("insight")} == {1, 2, 3}
    assert view.insights.count() == 50
    assert view.entry.text() == ""
    assert "Saved" in window.statusBar().currentMessage()


def test_empty_input_is_ignored_and_overlong_input_refused(window, project, qtbot):
    path = project.path
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    qtbot.keyClicks(view.entry, "    ")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert opened.count("insight") == 0
    view.entry.setText("x" * 2001)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert opened.count("insight") == 0
    assert "2000" in view.entry_message.text()
    assert view.entry.text() == "x" * 2001  # kept, so the facilitator can shorten it


def test_undo_and_redo_of_an_insight_reach_the_file(window, project, qtbot):
    path = project.path
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    qtbot.keyClicks(view.entry, "Meer groen in de straat")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert opened.count("insight") == 1
    window.undo_action.trigger()
    assert opened.count("insight") == 0
    assert view.insights.count() == 0
    window.redo_action.trigger()
    assert [i.text for i in opened.all("insight")] == ["Meer groen in de straat"]
    with Project.open(path, device=DEVICE_A) as other:  # a second reader sees it committed
        assert other.count("insight") == 1


def test_editing_the_title_is_saved_and_undoable(window, project, qtbot):
    path = project.path
    evening = project.all("bijeenkomst")[0].id
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    view.title_edit.clear()
    qtbot.keyClicks(view.title_edit, "Tweede avond")
    view.title_edit.editingFinished.emit()
    assert opened.get("bijeenkomst", evening).title == "Tweede avond"
    assert view.evenings.currentItem().text().startswith("Tweede avond")
    window.undo_action.trigger()
    assert opened.get("bijeenkomst", evening).title == "Eerste avond"
    assert view.title_edit.text() == "Eerste avond"


def test_delete_key_deletes_the_selected_insight_undoably(window, project, qtbot):
    path = project.path
    round_id = project.all("round")[0].id
    project.add("insight", round_id=round_id, text="Te veel verkeer")
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    view.insights.setCurrentRow(0)
    view.insights.setFocus()
    qtbot.keyClick(view.insights, Qt.Key.Key_Delete)
    assert opened.count("insight") == 0
    window.undo_action.trigger()
    assert opened.count("insight") == 1


def test_new_evening_and_round(window, project, qtbot):
    path = project.path
    project.close()
    opened = _open(window, path)
    view = window.bijeenkomst_view
    qtbot.mouseClick(view.add_evening_button, Qt.MouseButton.LeftButton)
    start = window.interaction.dialogs[-1]  # empty, a template, or a copy: empty
    start.empty.setChecked(True)
    start.accept()
    assert opened.count("bijeenkomst") == 2
    qtbot.mouseClick(view.add_round_button, Qt.MouseButton.LeftButton)
    ask = window.interaction.dialogs[-1]  # the round's question is asked
    ask.question.setText("Waar wilt u over tien jaar nog wonen?")
    ask.accept()
    new_evening = view.current_evening()
    assert [r.prompt for r in opened.all("round", bijeenkomst_id=new_evening)] == [
        "Waar wilt u over tien jaar nog wonen?"]
    assert view.entry.isEnabled()


@pytest.mark.parametrize("bad", ["text", "folder", "missing", "newer"])
def test_a_bad_file_gives_a_message_and_changes_nothing(window, project, tmp_path, bad):
    good = project.path
    project.close()
    _open(window, good)
    if bad == "text":
        target = tmp_path / "notities.wijkdesk"
        target.write_text("Dit is geen project\n", encoding="utf-8")
    elif bad == "folder":
        target = tmp_path / "map.wijkdesk"
        target.mkdir()
    elif bad == "missing":
        target = tmp_path / "weg.wijkdesk"
    else:
        import sqlite3

        target = tmp_path / "nieuwer.wijkdesk"
        Project.create(target, "Nieuwer", device=DEVICE_A).close()
        con = sqlite3.connect(target)
        con.execute("PRAGMA user_version=99")
        con.close()
    before = hashlib.sha256(target.read_bytes()).hexdigest() if target.is_file() else None
    assert not window.open_path(str(target))
    kind, title, text = window.interaction.messages[-1]
    assert kind == "error" and title == "Cannot open project"
    assert str(target) in text and "\n" not in text
    if bad == "newer":
        assert "newer version" in text
    assert window.ctx.project is not None and window.ctx.project.path == good
    after = hashlib.sha256(target.read_bytes()).hexdigest() if target.is_file() else None
    assert before == after


def test_new_project_from_the_welcome_page(window, tmp_path, qtbot):
    window.interaction.answers.append(str(tmp_path / "Kersenbuurt"))
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    project = window.ctx.project
    assert project is not None and project.path == tmp_path / "Kersenbuurt.wijkdesk"
    assert project.info().name == "Kersenbuurt"
    assert project.count("bijeenkomst") == 1
    # its programme is the first-evening template's: agenda items, rounds with questions
    assert project.count("agenda_item") >= 5 and project.count("round") >= 1
    assert "Wat maakt deze wijk de moeite waard?" not in [r.prompt for r in project.all("round")]
    assert window.bijeenkomst_view.entry.isEnabled()


def test_recent_projects_and_closing(window, project, tmp_path):
    path = project.path
    project.close()
    _open(window, path)
    window.close_action.trigger()
    assert window.ctx.project is None
    assert window.pages.currentWidget() is window.welcome
    recent = window.welcome.recent
    assert recent.count() == 1 and recent.item(0).data(256) == str(path)
    window.welcome.recentChosen.emit(str(path))
    assert window.ctx.project is not None and window.ctx.project.path == path


def test_save_a_copy_writes_a_complete_project(window, project, tmp_path):
    path = project.path
    round_id = project.all("round")[0].id
    project.add("insight", round_id=round_id, text="Zonnepanelen op de school")
    project.close()
    _open(window, path)
    window.interaction.answers.append(str(tmp_path / "usb" / "kopie"))
    (tmp_path / "usb").mkdir()
    window.copy_action.trigger()
    with Project.open(tmp_path / "usb" / "kopie.wijkdesk", device=DEVICE_A) as copy:
        assert [i.text for i in copy.all("insight")] == ["Zonnepanelen op de school"]


def test_window_geometry_is_remembered(qtbot, settings):
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    first = MainWindow(AppContext(settings), ScriptedInteraction())
    qtbot.addWidget(first)
    first.show()
    # It fits a 1366 x 768 laptop (and a 1024 x 768 beamer) with room for the task bar.
    assert first.minimumSizeHint().height() <= 600
    first.resize(first.width(), 567)  # the offscreen screen is only 800 x 800
    qtbot.waitUntil(lambda: first.height() == 567)
    first.close()
    second = MainWindow(AppContext(settings), ScriptedInteraction())
    qtbot.addWidget(second)
    assert second.height() == 567


def test_dutch_is_the_default_language(qtbot, settings, project):
    from PySide6.QtWidgets import QApplication

    from wijkdesk import i18n
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translator = i18n.install(app, None)
    assert translator is not None, "resources/translations/wijkdesk_nl.qm is missing (make)"
    try:
        w = MainWindow(AppContext(settings), ScriptedInteraction())
        qtbot.addWidget(w)
        path = project.path
        project.close()
        assert w.open_path(str(path))
        assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
            "Bijeenkomst", "Belanghebbenden", "Tijdlijn", "Wijkkompas", "Verslag",
            "Afspraken en acties"]
        assert w.menuBar().actions()[0].text() == "&Bestand"
        view = w.bijeenkomst_view
        qtbot.keyClicks(view.entry, "Betaalbaarheid is het belangrijkste")
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
        assert w.statusBar().currentMessage().startswith("Opgeslagen om ")
        w.ctx.bridge.set_project(None)
    finally:
        i18n.uninstall(app, translator)


def _run_app(args: list[str], tmp_path: Path, code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WIJKDESK_EXIT_AFTER_PAINT="1",
               WIJKDESK_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    script = (f"import sys\nfrom wijkdesk.__main__ import main\nrc = main({args!r})\n{code}\n")
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_app_starts_on_the_demo_and_loads_no_heavy_module(tmp_path):
    first = _run_app(["--demo"], tmp_path, "sys.exit(rc)")  # writes the demo project
    assert first.returncode == 0, first.stderr
    result = _run_app(["--demo"], tmp_path, (
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'matplotlib', 'reportlab', 'networkx'})\n"
        "print('HEAVY', heavy)\n"
        "merging = sorted(set(sys.modules) & {'wijkdesk.model.merge', "
        "'wijkdesk.ui.merge_dialogs', 'wijkdesk.ui.progress', 'concurrent.futures'})\n"
        "print('MERGING', merging)\nsys.exit(rc)"))
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout
    assert "HEAVY []" in result.stdout
    assert "MERGING []" in result.stdout  # what merging needs loads when the user merges
    demo = tmp_path / "data" / "Demo wijkdesk.wijkdesk"
    with Project.open(demo, device=DEVICE_A) as project:
        assert project.count("insight") >= 60


def test_the_app_opens_a_file_given_on_the_command_line(tmp_path, project):
    path = project.path
    project.close()
    result = _run_app([str(path), "--lang", "en"], tmp_path, "sys.exit(rc)")
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout
    assert "Traceback" not in result.stderr


def test_each_table_has_a_colour_beside_its_label(window, project, qtbot):
    from wijkdesk.ui.palette import table_colour

    path = project.path
    project.close()
    _open(window, path)
    view = window.bijeenkomst_view

    def colour(icon):
        return icon.pixmap(14, 14).toImage().pixelColor(7, 7).name()

    assert [view.table_combo.itemText(i) for i in range(view.table_combo.count())] == [
        "Table 1", "Table 2", "Table 3"]
    assert [colour(view.table_combo.itemIcon(i)) for i in range(3)] == [
        table_colour(1), table_colour(2), table_colour(3)]
    assert len({table_colour(n) for n in range(1, 9)}) == 8  # eight tables, eight colours
    view.next_table()  # Ctrl+T: the next note goes to table 2, shown in its colour
    qtbot.keyClicks(view.entry, "Een bankje bij de bushalte")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    item = view.insights.item(view.insights.count() - 1)
    assert item.text() == "Table 2: Een bankje bij de bushalte"
    assert colour(item.icon()) == table_colour(2)

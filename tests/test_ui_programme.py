"""The evening's programme in the window (issue 16, point 1), as a facilitator uses it: the
round's question typed on its heading (F2, double-click) and undone, a new round that asks its
question, the round dialog, the Programma panel's reorder keys, F8 / Shift+F8 running the
programme and starting a round's timer, also from the audience window, a new evening from a
template, and the agenda in the Verslag view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wijkdesk.model import programme as pg
from wijkdesk.model.demo import build_demo

SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "templates" / "avonden"


@pytest.fixture
def demo(window, tmp_path, qtbot):
    """The demo open in the window on the Bijeenkomst view (its latest evening)."""
    path = tmp_path / "demo.wijkdesk"
    build_demo(path).close()
    assert window.open_path(str(path))
    window.nav.setCurrentRow(0)
    view = window.bijeenkomst_view
    qtbot.waitUntil(lambda: view.current_round() is not None)
    return window.ctx.project, view


def first_evening(project, view, qtbot) -> str:
    """Show the first evening (two world-café rounds with their own timers)."""
    evening = project.all("bijeenkomst", order="date")[0].id
    view.select_evening(evening)
    qtbot.waitUntil(lambda: view.current_evening() == evening)
    return evening


# -- the question on the heading ----------------------------------------------------------------


def test_f2_on_the_heading_edits_the_question_and_undo_restores_it(window, demo, qtbot):
    project, view = demo
    round_id = view.current_round()
    before = project.get("round", round_id).prompt
    assert view.prompt.text() == before
    depth = window.ctx.undo.count()
    view.prompt.setFocus()
    qtbot.waitUntil(view.prompt.hasFocus)
    QTest.keyClick(view.prompt, Qt.Key.Key_F2)
    editor = view.prompt_editor
    qtbot.waitUntil(lambda: editor.isVisible() and editor.hasFocus())
    assert not view.prompt.isVisible() and editor.text() == before
    assert editor.cursorPosition() == 0  # the beginning in view, all of it selected
    assert editor.selectedText() == before
    asked = "Welke plek in Klaverveld mag nooit verdwijnen?"
    QTest.keyClicks(editor, asked)  # typed over the selection
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: project.get("round", round_id).prompt == asked)
    assert window.ctx.undo.count() == depth + 1
    assert view.prompt.isVisible() and view.prompt.text() == asked
    assert view.rounds.currentText() == asked
    window.ctx.undo.undo()
    assert project.get("round", round_id).prompt == before
    qtbot.waitUntil(lambda: view.prompt.text() == before)


def test_esc_cancels_and_an_empty_question_is_not_saved(window, demo, qtbot):
    project, view = demo
    round_id = view.current_round()
    before = project.get("round", round_id).prompt
    depth = window.ctx.undo.count()
    QTest.mouseDClick(view.prompt, Qt.MouseButton.LeftButton)  # a double-click edits too
    editor = view.prompt_editor
    qtbot.waitUntil(editor.isVisible)
    QTest.keyClicks(editor, "Iets anders")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and view.prompt.text() == before
    editor.start()
    editor.clear()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert project.get("round", round_id).prompt == before
    assert window.ctx.undo.count() == depth


# -- a new round and the round dialog -----------------------------------------------------------


def test_a_new_round_asks_its_question_and_joins_the_agenda_item(window, demo, qtbot):
    project, view = demo
    evening = view.current_evening()
    window.interaction.dialogs.clear()
    item = next(i for i in pg.agenda_items(project, evening) if i.title == "Vragen en antwoorden")
    view.programme._choose("agenda_item", item.id)
    count = project.count("round", bijeenkomst_id=evening)
    QTest.mouseClick(view.add_round_button, Qt.MouseButton.LeftButton)
    dialog = window.interaction.dialogs[-1]
    assert dialog.question.text() == ""  # no fixed question
    assert dialog.item.currentData() == item.id
    dialog.accept()  # nothing typed: refused, said why, nothing added
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert project.count("round", bijeenkomst_id=evening) == count
    dialog.question.setText("Welke vraag heeft u nog over de routes?")
    dialog.format.setCurrentText("plenair")
    dialog.minutes.setValue(12)
    dialog.autostart.setChecked(True)
    depth = window.ctx.undo.count()
    dialog.accept()
    new = project.all("round", prompt="Welke vraag heeft u nog over de routes?")
    assert len(new) == 1
    rnd = new[0]
    assert (rnd.agenda_item_id, rnd.format, rnd.minutes, rnd.autostart) == (
        item.id, "plenair", 12, True)
    assert window.ctx.undo.count() == depth + 1
    qtbot.waitUntil(lambda: view.current_round() == rnd.id)
    assert view.prompt.text() == "Welke vraag heeft u nog over de routes?"
    window.ctx.undo.undo()
    assert project.get("round", rnd.id).deleted


def test_the_round_dialog_changes_question_timer_and_agenda_item(window, demo, qtbot):
    project, view = demo
    evening = view.current_evening()
    round_id = view.current_round()
    target = pg.agenda_items(project, evening)[0]
    dialog = view.programme.edit_round(round_id)
    dialog = window.interaction.dialogs[-1]
    dialog.question.setText("Wat heeft u nodig om mee te doen?")
    dialog.minutes.setValue(25)
    dialog.item.setCurrentIndex(dialog.item.findData(target.id))
    dialog.accept()
    rnd = project.get("round", round_id)
    assert (rnd.prompt, rnd.minutes, rnd.agenda_item_id) == (
        "Wat heeft u nodig om mee te doen?", 25, target.id)
    assert pg.run_order(project, evening)[0].id == round_id  # now under the first item
    qtbot.waitUntil(lambda: view.prompt.text() == "Wat heeft u nodig om mee te doen?")
    window.ctx.undo.undo()
    assert project.get("round", round_id).minutes == 10


def test_alt_up_in_the_programme_moves_an_item_as_one_undo_step(window, demo, qtbot):
    project, view = demo
    evening = view.current_evening()
    titles = [i.title for i in pg.agenda_items(project, evening)]
    panel = view.programme
    panel._choose("agenda_item", pg.agenda_items(project, evening)[1].id)
    view.splitter.setSizes([400, 1000])
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    QTest.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = [i.title for i in pg.agenda_items(project, evening)]
    assert moved == [titles[1], titles[0], *titles[2:]]
    assert panel.current() == ("agenda_item", pg.agenda_items(project, evening)[0].id)
    assert panel.tree.topLevelItem(0).text(0).startswith(f"1. {titles[1]}")
    window.ctx.undo.undo()
    assert [i.title for i in pg.agenda_items(project, evening)] == titles


# -- running the programme ------------------------------------------------------------------


def test_f8_goes_to_the_next_round_and_starts_its_timer_when_asked(window, demo, qtbot):
    project, view = demo
    evening = first_evening(project, view, qtbot)
    first, second = pg.run_order(project, evening)
    view.select_round(first.id)
    timer = window.timer_panel.timer
    timer.reset()
    assert second.autostart and second.minutes == 20
    QTest.keyClick(window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: view.current_round() == second.id)
    assert timer.running and window.timer_panel.minutes.value() == 20
    assert 19 * 60 < timer.remaining() <= 20 * 60
    assert view.prompt.text() == second.prompt
    timer.pause()
    QTest.keyClick(window, Qt.Key.Key_F8)  # the last round: it says so and stays
    assert view.current_round() == second.id
    assert "last round" in window.statusBar().currentMessage()


def test_a_round_that_does_not_ask_leaves_the_timer_stopped_with_its_minutes(window, demo,
                                                                          qtbot):
    project, view = demo
    evening = view.current_evening()
    order = pg.run_order(project, evening)
    view.select_round(order[0].id)
    timer = window.timer_panel.timer
    timer.reset()
    assert not order[1].autostart and order[1].minutes == 10
    assert window.next_round()
    assert view.current_round() == order[1].id
    assert not timer.running and window.timer_panel.minutes.value() == 10


def test_shift_f8_goes_through_the_agenda_items(window, demo, qtbot):
    project, view = demo
    evening = first_evening(project, view, qtbot)
    items = pg.agenda_items(project, evening)
    view.programme._choose("agenda_item", items[0].id)
    QTest.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.programme.current() == ("agenda_item", items[1].id)  # no rounds: chosen
    assert items[1].title in window.statusBar().currentMessage()
    view.programme._choose("agenda_item", items[2].id)
    assert window.next_agenda_item()  # item 4 has a round: it is shown, its timer started
    first_round = pg.first_round(project, evening, items[3].id)
    assert view.current_round() == first_round.id
    assert window.timer_panel.timer.running
    window.timer_panel.timer.pause()


def test_f8_works_from_another_view_and_from_the_audience_window(window, demo, qtbot):
    project, view = demo
    evening = first_evening(project, view, qtbot)
    first, second = pg.run_order(project, evening)
    view.select_round(first.id)
    window.nav.setCurrentRow(2)  # the timeline
    QTest.keyClick(window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: view.current_round() == second.id)
    assert window.views.currentWidget() is view  # back on the round
    window.timer_panel.timer.pause()
    view.select_round(first.id)
    window.presenter.start()
    audience = window.presenter.window
    qtbot.waitUntil(audience.isVisible)
    try:
        QTest.keyClick(audience, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: view.current_round() == second.id)
    finally:
        window.presenter.stop()
        window.timer_panel.timer.pause()


def test_the_keys_are_on_the_shortcut_sheet(window, demo, qtbot):
    sheet = window.show_shortcuts()
    rows = {(what, keys) for _section, what, keys in sheet.rows()}
    assert ("Next round", "F8") in rows
    assert ("Next agenda item", "Shift+F8") in rows
    assert ("Change the question of the round (on its heading)", "F2") in rows
    sheet.close()


# -- a new evening ----------------------------------------------------------------------------


def test_a_new_evening_from_a_template_is_one_undo_step(window, demo, qtbot):
    project, view = demo
    before = project.count("bijeenkomst")
    window.interaction.dialogs.clear()
    QTest.mouseClick(view.add_evening_button, Qt.MouseButton.LeftButton)
    dialog = window.interaction.dialogs[-1]
    names = [t.name for t in dialog.templates]
    row = next(n for n, t in enumerate(dialog.templates) if t.key == "keuze-avond")
    dialog.template_list.setCurrentRow(row)
    assert dialog.choice()[0] == "template"
    depth = window.ctx.undo.count()
    dialog.accept()
    assert project.count("bijeenkomst") == before + 1 and names
    evening = view.current_evening()
    template = dialog.templates[row]
    assert project.get("bijeenkomst", evening).title == template.title
    assert [i.title for i in pg.agenda_items(project, evening)] == [
        i.title for i in template.items]
    assert view.programme.tree.topLevelItemCount() == len(template.items)
    assert view.rounds.count() == template.round_count
    assert view.prompt.text() in [r.prompt for i in template.items for r in i.rounds]
    assert window.ctx.undo.count() == depth + 1
    window.ctx.undo.undo()
    assert project.count("bijeenkomst") == before
    assert project.count("agenda_item", bijeenkomst_id=evening) == 0


def test_a_new_evening_copies_an_earlier_programme_or_starts_empty(window, demo, qtbot):
    project, view = demo
    latest = view.current_evening()
    dialog = view.add_evening()
    dialog = window.interaction.dialogs[-1]
    assert dialog.choice() == ("copy", latest)  # the latest evening's programme, by default
    dialog.accept()
    evening = view.current_evening()
    assert [r.prompt for r in pg.run_order(project, evening)] == [
        r.prompt for r in pg.run_order(project, latest)]
    assert project.count("insight", round_id=pg.run_order(project, evening)[0].id) == 0
    view.add_evening()
    empty = window.interaction.dialogs[-1]
    empty.empty.setChecked(True)
    empty.accept()
    assert project.count("round", bijeenkomst_id=view.current_evening()) == 0
    assert view.programme.empty_hint.isVisibleTo(view.programme)


# -- the minutes -------------------------------------------------------------------------------


def test_the_verslag_view_shows_the_programme_as_the_agenda(window, demo, qtbot):
    project, view = demo
    evening = view.current_evening()
    item = pg.agenda_items(project, evening)[0]
    window.nav.setCurrentRow(4)
    minutes = window.minutes_view
    qtbot.waitUntil(lambda: minutes.isVisible() and minutes.current_evening() == evening)
    minutes.refresh_preview()
    line = f"{item.title} ({item.minutes} min, {item.who})"
    qtbot.waitUntil(lambda: line in minutes.preview.toPlainText(), timeout=10_000)
    assert "Er is geen agenda vastgelegd" not in minutes.preview.toPlainText()

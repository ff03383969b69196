"""The Afspraken en acties view (issue 16, point 3): edit agreements and action points in place
and in a dialog, wie from the network, the open actions of all evenings, promote then reword."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.util import open_in_window
from wijkdesk.model import actions as acts
from wijkdesk.model.board import EditLog

ACTIONS_VIEW = 5


@pytest.fixture
def opened(window, project):
    evening = project.all("bijeenkomst")[0].id
    project.add("stakeholder", name="Energiecoöperatie Klaverkracht")
    project.add("stakeholder", name="Gemeente Wisselmonde")
    log = EditLog(project)
    acts.add(log, "agreement", evening, text="Verslag binnen twee weken")
    acts.add(log, "action_item", evening, text="Offertes opvragen")
    acts.add(log, "action_item", evening, text="Spreekuur plannen", status="bezig")
    p = open_in_window(window, project)
    window.nav.setCurrentRow(ACTIONS_VIEW)
    return p


def _cell(table, row, column):
    return table.model().index(row, table.model_.columns.index(column))


def _edit_in_place(qtbot, table, row, column):
    """Open the cell's editor with F2, as the facilitator does; returns the editor."""
    table.setFocus()
    table.setCurrentIndex(_cell(table, row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def _commit(qtbot, table, editor):
    """Return in the editor: the delegate saves (on the next turn of the event loop)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_the_view_lists_the_evening_and_is_in_the_navigation(window, opened):
    view = window.actions_view
    assert window.nav.item(ACTIONS_VIEW).text() == "Agreements and actions"
    assert window.nav.currentRow() == ACTIONS_VIEW and view.isVisibleTo(window)
    assert view.agreements.model_.rowCount() == 1
    model = view.actions.model_
    assert [model.data(_cell(view.actions, r, "text")) for r in range(2)] == [
        "Offertes opvragen", "Spreekuur plannen"]
    assert model.data(_cell(view.actions, 1, "status")) == "in progress"
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "No.", "What", "Who", "When", "Status", "From"]


def test_editing_text_who_when_status_in_place_lands_in_the_file_and_undoes(
        window, opened, qtbot):
    view = window.actions_view
    table = view.actions
    coop = opened.all("stakeholder", name="Energiecoöperatie Klaverkracht")[0].id

    editor = _edit_in_place(qtbot, table, 0, "text")
    # the whole text chosen, its beginning in sight: typing replaces it
    assert (editor.selectedText(), editor.cursorPosition()) == ("Offertes opvragen", 0)
    qtbot.keyClicks(editor, "Offertes voor isolatie opvragen")
    _commit(qtbot, table, editor)
    first = acts.items(opened, "action_item", view.current_evening())[0]
    assert first.what == "Offertes voor isolatie opvragen"

    editor = _edit_in_place(qtbot, table, 0, "who")  # a party from the list
    editor.setCurrentIndex(editor.findData(coop))
    _commit(qtbot, table, editor)
    rec = opened.get("action_item", first.id)
    assert (rec.who_id, rec.who) == (coop, "Energiecoöperatie Klaverkracht")
    assert table.model_.data(_cell(table, 0, "who")) == "Energiecoöperatie Klaverkracht"

    editor = _edit_in_place(qtbot, table, 0, "due")
    assert editor.value() is None
    editor.setDate(QDate(2027, 2, 15))
    _commit(qtbot, table, editor)
    assert opened.get("action_item", first.id).due == "2027-02-15"
    assert "2027" in table.model_.data(_cell(table, 0, "due"))

    editor = _edit_in_place(qtbot, table, 0, "status")
    editor.setCurrentIndex(editor.findData("uitgesteld"))
    _commit(qtbot, table, editor)
    rec = opened.get("action_item", first.id)
    assert (rec.status, rec.postponed) == ("uitgesteld", 1)
    assert table.model_.data(_cell(table, 0, "status")) == "postponed (1×)"

    # four edits, four undo steps, back to how it was
    for _ in range(4):
        window.undo_action.trigger()
    rec = opened.get("action_item", first.id)
    assert (rec.what, rec.who_id, rec.who, rec.due, rec.status) == (
        "Offertes opvragen", None, "", None, "open")
    assert table.model_.data(_cell(table, 0, "text")) == "Offertes opvragen"


def test_free_text_who_and_a_refused_edit(window, opened, qtbot):
    view = window.actions_view
    table = view.actions
    editor = _edit_in_place(qtbot, table, 1, "who")
    editor.setEditText("Buurthuis De Klaverhof, beheerder")
    _commit(qtbot, table, editor)
    rec = acts.items(opened, "action_item", view.current_evening())[1]
    assert (rec.who_id, rec.who) == (None, "Buurthuis De Klaverhof, beheerder")

    editor = _edit_in_place(qtbot, table, 1, "text")  # an empty text is refused
    editor.clear()
    _commit(qtbot, table, editor)
    assert acts.items(opened, "action_item", view.current_evening())[1].what == \
        "Spreekuur plannen"
    kind, title, _text = window.interaction.messages[-1]
    assert kind == "error" and title == "Not saved"


def test_add_in_a_dialog_delete_and_undo(window, opened, qtbot):
    view = window.actions_view
    table = view.agreements
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    dialog = window.interaction.dialogs[-1]
    assert dialog.windowTitle() == "New agreement"
    dialog.text.setPlainText("Spreekuur elke eerste woensdag")
    dialog.who.setEditText("gemeente wisselmonde")  # a party's name, typed
    dialog.due.setDate(QDate(2027, 1, 6))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    new = acts.items(opened, "agreement", view.current_evening())[1]
    party = opened.all("stakeholder", name="Gemeente Wisselmonde")[0].id
    assert (new.number, new.text, new.who_id, new.who, new.due, new.status) == (
        2, "Spreekuur elke eerste woensdag", party, "Gemeente Wisselmonde", "2027-01-06", "open")
    assert table.current_id() == new.id

    dialog_count = len(window.interaction.dialogs)
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # an empty text: the dialog says so and stays
    dialog = window.interaction.dialogs[dialog_count]
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "needs a value" in dialog.error.text()
    assert opened.count("agreement") == 2

    table.select_id(new.id)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert opened.count("agreement") == 1
    assert table.model_.rowCount() == 1
    window.undo_action.trigger()
    assert opened.count("agreement") == 2 and table.model_.rowCount() == 2


def test_return_edits_in_a_dialog_and_ctrl_down_moves(window, opened, qtbot):
    view = window.actions_view
    table = view.actions
    first, second = acts.items(opened, "action_item", view.current_evening())
    table.setFocus()
    table.select_id(first.id)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.interaction.dialogs[-1]
    assert dialog.windowTitle() == "Action point 1"
    assert dialog.text.toPlainText() == "Offertes opvragen"
    dialog.status.setCurrentIndex(dialog.status.findData("klaar"))
    dialog.accept()
    assert opened.get("action_item", first.id).status == "klaar"

    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.what for r in acts.items(opened, "action_item", view.current_evening())] == [
        "Spreekuur plannen", "Offertes opvragen"]
    assert table.current_id() == first.id
    window.undo_action.trigger()
    assert acts.items(opened, "action_item", view.current_evening())[0].id == first.id


def test_the_overview_lists_the_open_actions_of_all_evenings(window, opened):
    view = window.actions_view
    later = opened.add("bijeenkomst", title="Tweede avond", date="2026-11-12")
    log = EditLog(opened)
    acts.add(log, "action_item", later, text="Netbeheerder uitnodigen")
    acts.add(log, "action_item", later, text="Al gedaan", status="klaar")
    view.tabs.setCurrentIndex(1)
    table = view.open_table
    texts = [table.model_.data(_cell(table, r, "text")) for r in range(table.model_.rowCount())]
    assert texts == ["Offertes opvragen", "Spreekuur plannen", "Netbeheerder uitnodigen"]
    assert table.model_.data(_cell(table, 2, "evening")) == "12 nov 2026"
    tip = table.model_.data(_cell(table, 2, "evening"), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Tweede avond — ") and tip.endswith(" 12 november 2026")
    assert view.tabs.tabText(1) == "Open actions of all evenings (3)"
    # done in the overview: it leaves the list
    table.model_.save(0, {"status": "klaar"})
    assert table.model_.rowCount() == 2
    assert view.tabs.tabText(1) == "Open actions of all evenings (2)"


def test_promote_opens_the_editor_and_the_reword_is_one_undo_step(window, opened, qtbot):
    view = window.bijeenkomst_view
    window.nav.setCurrentRow(0)
    rnd = opened.all("round")[0].id
    cluster = opened.add("cluster", round_id=rnd, name="Groen")
    opened.add("insight", round_id=rnd, text="Meer bomen", cluster_id=cluster)
    before = len(window.interaction.dialogs)
    view.promote_menu("cluster", cluster).actions()[1].trigger()  # an action point
    [made] = opened.all("action_item", source_id=cluster)
    dialog = window.interaction.dialogs[before]
    assert dialog.windowTitle() == "Action point 3"
    assert dialog.text.toPlainText() == "Groen"
    assert dialog.source.text() == "cluster “Groen”"
    dialog.text.setPlainText("Plan voor meer bomen op het plein maken")
    dialog.who.setCurrentIndex(dialog.who.findText("Gemeente Wisselmonde"))
    dialog.due.setDate(QDate(2027, 3, 1))
    dialog.accept()
    rec = opened.get("action_item", made.id)
    assert (rec.what, rec.who, rec.due, rec.source_id) == (
        "Plan voor meer bomen op het plein maken", "Gemeente Wisselmonde", "2027-03-01",
        cluster)
    window.undo_action.trigger()  # one step: the promotion with its wording
    assert opened.count("action_item", source_id=cluster) == 0
    window.redo_action.trigger()
    rec = opened.get("action_item", made.id)
    assert (rec.deleted, rec.what, rec.due) == (
        False, "Plan voor meer bomen op het plein maken", "2027-03-01")
    window.nav.setCurrentRow(ACTIONS_VIEW)
    table = window.actions_view.actions
    assert table.model_.data(_cell(table, 2, "source")) == "cluster “Groen”"


def test_the_main_window_still_fits_and_every_button_is_reachable(window, opened):
    assert window.minimumSizeHint().width() <= 1000
    assert window.minimumSizeHint().height() <= 700
    window.resize(1024, 740)
    view = window.actions_view
    QApplication.processEvents()
    for table in (view.agreements, view.actions):
        for button in table.buttons:
            assert button.isVisible() and button.isEnabled()
            assert view.rect().contains(button.mapTo(view, button.rect().bottomRight()))


def test_the_shortcut_sheet_lists_the_views_keys(window, opened):
    from wijkdesk.ui.shortcut_sheet import sections

    rows = dict(sections(window))["Agreements and actions"]
    assert ("Add an agreement or action point", "Ins") in rows
    assert ("Edit the chosen one in a dialog", "Return") in rows
    assert all(what for what, _keys in rows)

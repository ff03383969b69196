"""Typing in the sticker tallies in the window, the ranking, and the top N (issue 4, point 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wijkdesk.model.votes import tallies


def _open(window, project):
    path = project.path
    rnd = project.all("round")[0].id
    ids = {"groen": project.add("cluster", round_id=rnd, name="Groen"),
           "geld": project.add("cluster", round_id=rnd, name="Betaalbaarheid")}
    ids["los"] = project.add("insight", round_id=rnd, text="Een moestuin", table=2)
    project.close()
    assert window.open_path(str(path))
    return window.ctx.project, rnd, ids


def _votes_dialog(window):
    window.bijeenkomst_view.votes_button.click()
    return window.interaction.dialogs[-1]


def _rows(dialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def _ranking(dialog) -> list[str]:
    return [dialog.ranking.item(i).text() for i in range(dialog.ranking.count())]


def _type(qtbot, text: str, key=Qt.Key.Key_Tab) -> None:
    """Type into the focused widget, as the facilitator does, and press a key after it."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), key)


def _focused_box(dialog):
    focus = QApplication.focusWidget()
    return next((b for b in dialog.boxes() if focus is b or b.isAncestorOf(focus)), None)


def test_typed_tallies_are_saved_ranked_and_undoable(window, project, qtbot):
    opened, rnd, ids = _open(window, project)
    dialog = _votes_dialog(window)
    assert _rows(dialog) == ["■ Groen", "■ Betaalbaarheid"]  # the clusters; notes on request

    box = dialog.count_box(ids["groen"])
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "12")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # one number, one edit (not "1" then "12")
    dialog.count_box(ids["geld"]).stepUp()  # the + button
    dialog.count_box(ids["geld"]).stepUp()
    assert tallies(opened, rnd) == {(ids["groen"], 0): 12, (ids["geld"], 0): 2}
    assert window.ctx.undo.count() == 3
    # A line without votes has no rank: it was not chosen 3rd; it comes last, unranked
    assert _ranking(dialog) == [
        "1. Groen — 12 vote(s)", "2. Betaalbaarheid — 2 vote(s)",
        "No votes yet:", "Een moestuin — 0 vote(s)"]
    assert dialog.promote_menu_for(2) is None  # the heading is no line to promote

    window.undo_action.trigger()
    assert dialog.count_box(ids["geld"]).value() == 1  # the box follows the undo
    assert dialog.ranking.item(1).text() == "2. Betaalbaarheid — 1 vote(s)"
    window.redo_action.trigger()
    assert tallies(opened, rnd)[(ids["geld"], 0)] == 2


def test_tallies_per_table_and_ties_in_the_top(window, project):
    opened, rnd, ids = _open(window, project)
    dialog = _votes_dialog(window)
    dialog.per_table.setChecked(True)
    dialog.with_notes.setChecked(True)
    assert dialog.table.columnCount() == 1 + 3  # the evening has three tables
    assert dialog.table.horizontalHeaderItem(2).text() == "Table 2"
    dialog.count_box(ids["groen"], 1).setValue(3)
    dialog.count_box(ids["groen"], 2).setValue(4)
    dialog.count_box(ids["los"], 3).setValue(7)
    assert tallies(opened, rnd) == {(ids["groen"], 1): 3, (ids["groen"], 2): 4,
                                    (ids["los"], 3): 7}
    lines = _ranking(dialog)
    assert lines == ["1. Groen — 7 vote(s) (shared)", "1. Een moestuin — 7 vote(s) (shared)",
                     "No votes yet:", "Betaalbaarheid — 0 vote(s)"]

    dialog.top_n.setValue(1)  # a tie at the cut: both are shown
    top = dialog.top_dialog()
    assert [top.lines.item(i).text() for i in range(top.lines.count())] == lines[:2]
    assert top.lines.font().pointSize() >= 24  # readable from the back of the hall
    dialog.top_n.setValue(5)  # no line without votes in the top
    top = dialog.top_dialog()
    assert [top.lines.item(i).text() for i in range(top.lines.count())] == lines[:2]


def test_the_form_lists_clusters_and_the_loose_insights_on_request(window, project):
    path = project.path
    rnd = project.all("round")[0].id
    groen = project.add("cluster", round_id=rnd, name="Groen")
    inside = project.add("insight", round_id=rnd, text="Meer bomen", cluster_id=groen)
    project.add("insight", round_id=rnd, text="Een moestuin")
    project.add("insight", round_id=rnd, text="Geheim punt", hidden=True)
    project.close()
    assert window.open_path(str(path))
    dialog = _votes_dialog(window)
    assert not dialog.with_notes.isChecked()
    assert _rows(dialog) == ["■ Groen"]
    assert [len(dialog.boxes()), dialog.table.columnCount()] == [1, 2]  # one box a line

    dialog.with_notes.setChecked(True)
    # the loose ones only: "Meer bomen" counts for Groen; face down stays face down
    assert _rows(dialog) == ["■ Groen", "Een moestuin", "▒▒▒▒▒▒ (face down)"]
    assert dialog.count_box(inside) is None
    assert dialog.with_notes.text() == "Also &loose insights"


def test_the_form_opens_as_the_votes_were_counted_before(window, project):
    path = project.path
    rnd = project.all("round")[0].id
    groen = project.add("cluster", round_id=rnd, name="Groen")
    inside = project.add("insight", round_id=rnd, text="Meer bomen", cluster_id=groen)
    loose = project.add("insight", round_id=rnd, text="Een moestuin")
    project.add("vote", round_id=rnd, target_id=loose, table=2, count=4)
    project.add("vote", round_id=rnd, target_id=inside, table=0, count=3)  # an older file
    project.close()
    assert window.open_path(str(path))
    dialog = _votes_dialog(window)
    # no count out of sight: the loose note has votes, they were counted per table, and
    # the whole room has a count too
    assert dialog.with_notes.isChecked() and dialog.per_table.isChecked()
    assert dialog.columns() == [0, 1, 2, 3]
    assert _rows(dialog) == ["■ Groen  (+3 on its insights)", "Een moestuin"]
    assert dialog.count_box(loose, 2).value() == 4
    assert _ranking(dialog) == ["1. Een moestuin — 4 vote(s)", "2. Groen — 3 vote(s)"]


def test_a_round_without_clusters_votes_on_its_insights(window, project):
    path = project.path
    rnd = project.all("round")[0].id
    project.add("insight", round_id=rnd, text="Een moestuin")
    project.close()
    assert window.open_path(str(path))
    dialog = _votes_dialog(window)
    assert dialog.with_notes.isChecked() and _rows(dialog) == ["Een moestuin"]
    dialog.with_notes.setChecked(False)
    assert _rows(dialog) == [] and "no clusters yet" in dialog.hint.text()


def test_one_tab_or_enter_per_line_after_a_typed_number(window, project, qtbot):
    opened, rnd, ids = _open(window, project)
    ids["verkeer"] = opened.add("cluster", round_id=rnd, name="Verkeer")
    dialog = _votes_dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # it opens ready to type the first count
    qtbot.waitUntil(lambda: _focused_box(dialog) is dialog.count_box(ids["groen"]))
    _type(qtbot, "12")  # Tab: stored, and the next line
    assert _focused_box(dialog) is dialog.count_box(ids["geld"])
    _type(qtbot, "5", Qt.Key.Key_Return)  # Enter does the same
    assert _focused_box(dialog) is dialog.count_box(ids["verkeer"])
    assert dialog.isVisible()  # Enter did not close the dialog
    _type(qtbot, "7")
    assert tallies(opened, rnd) == {(ids["groen"], 0): 12, (ids["geld"], 0): 5,
                                    (ids["verkeer"], 0): 7}
    assert window.ctx.undo.count() == 3  # one undo step a number
    assert QApplication.focusWidget() is dialog.show_top_button  # all typed: show the top

    dialog.count_box(ids["geld"]).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert _focused_box(dialog) is dialog.count_box(ids["groen"])
    assert dialog.count_box(ids["groen"]).lineEdit().selectedText() == "12"  # typing replaces
    _type(qtbot, "20")
    assert tallies(opened, rnd)[(ids["groen"], 0)] == 20


def test_per_table_tab_goes_down_a_table_then_to_the_next(window, project, qtbot):
    opened, rnd, ids = _open(window, project)
    dialog = _votes_dialog(window)
    dialog.per_table.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.count_box(ids["groen"], 1).lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.count_box(ids["groen"], 1).lineEdit().selectedText() == "0")
    _type(qtbot, "3")
    assert _focused_box(dialog) is dialog.count_box(ids["geld"], 1)
    _type(qtbot, "1")
    assert _focused_box(dialog) is dialog.count_box(ids["groen"], 2)  # table 2's sheet
    _type(qtbot, "4")
    assert tallies(opened, rnd) == {(ids["groen"], 1): 3, (ids["geld"], 1): 1,
                                    (ids["groen"], 2): 4}


def test_the_dialog_fits_a_1024x768_beamer_with_close_in_sight(window, project, qtbot):
    opened, rnd, ids = _open(window, project)
    for i in range(40):
        opened.add("cluster", round_id=rnd, name=f"Cluster met een wat langere naam {i}")
    window.resize(1000, 700)
    dialog = _votes_dialog(window)
    dialog.per_table.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    assert dialog.width() <= 1000 and dialog.height() <= 700
    dialog.resize(1000, 700)  # what the window manager leaves of 1024×768
    qtbot.wait(10)
    close = dialog.close_button
    corner = close.mapTo(dialog, close.rect().bottomRight())
    assert close.isVisible() and dialog.rect().contains(corner)
    assert dialog.table.verticalScrollBar().maximum() > 0  # the lines scroll, not the dialog


def test_the_votes_key_opens_the_tallies_of_the_round_on_screen(window, project, qtbot):
    _open(window, project)
    window.bijeenkomst_view.entry.setFocus()
    qtbot.keyClick(window.bijeenkomst_view.entry, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.interaction.dialogs and window.interaction.dialogs[-1].round_id == (
        window.bijeenkomst_view.current_round())


def test_stickers_per_participant_give_a_hint_of_what_to_expect(window, project):
    opened, rnd, ids = _open(window, project)
    evening = opened.all("bijeenkomst")[0].id
    opened.add("attendance", bijeenkomst_id=evening, group="bewoners", count=20)
    opened.add("attendance", bijeenkomst_id=evening, group="organisaties", count=4)
    opened.add("attendance", bijeenkomst_id=evening, group="bewoners", count=3,
               absent_with_notice=True)
    dialog = _votes_dialog(window)
    assert dialog.hint.text() == "0 sticker(s) counted so far."
    dialog.dots.setValue(3)
    assert opened.get("bijeenkomst", evening).dots == 3  # saved with the evening, undoable
    dialog.count_box(ids["groen"]).setValue(40)
    assert dialog.hint.text() == (
        "Everyone has 3 sticker(s). 24 present: 72 stickers to expect. 40 counted so far.")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert opened.get("bijeenkomst", evening).dots == 0
    assert dialog.dots.value() == 0

"""Typing in the sticker tallies in the window, the ranking, and the top N (issue 4, point 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_typed_tallies_are_saved_ranked_and_undoable(window, project, qtbot):
    opened, rnd, ids = _open(window, project)
    dialog = _votes_dialog(window)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "■ Groen", "■ Betaalbaarheid", "Een moestuin"]

    box = dialog.count_box(ids["groen"])
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "12")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # one number, one edit (not "1" then "12")
    dialog.count_box(ids["geld"]).stepUp()  # the + button
    dialog.count_box(ids["geld"]).stepUp()
    assert tallies(opened, rnd) == {(ids["groen"], 0): 12, (ids["geld"], 0): 2}
    assert window.ctx.undo.count() == 3
    assert [dialog.ranking.item(i).text() for i in range(dialog.ranking.count())] == [
        "1. Groen — 12 vote(s)", "2. Betaalbaarheid — 2 vote(s)", "3. Een moestuin — 0 vote(s)"]

    window.undo_action.trigger()
    assert dialog.count_box(ids["geld"]).value() == 1  # the box follows the undo
    assert dialog.ranking.item(1).text() == "2. Betaalbaarheid — 1 vote(s)"
    window.redo_action.trigger()
    assert tallies(opened, rnd)[(ids["geld"], 0)] == 2


def test_tallies_per_table_and_ties_in_the_top(window, project):
    opened, rnd, ids = _open(window, project)
    dialog = _votes_dialog(window)
    dialog.per_table.setChecked(True)
    assert dialog.table.columnCount() == 1 + 3  # the evening has three tables
    assert dialog.table.horizontalHeaderItem(2).text() == "Table 2"
    dialog.count_box(ids["groen"], 1).setValue(3)
    dialog.count_box(ids["groen"], 2).setValue(4)
    dialog.count_box(ids["los"], 3).setValue(7)
    assert tallies(opened, rnd) == {(ids["groen"], 1): 3, (ids["groen"], 2): 4,
                                    (ids["los"], 3): 7}
    lines = [dialog.ranking.item(i).text() for i in range(dialog.ranking.count())]
    assert lines == ["1. Groen — 7 vote(s) (shared)", "1. Een moestuin — 7 vote(s) (shared)",
                     "3. Betaalbaarheid — 0 vote(s)"]

    dialog.top_n.setValue(1)  # a tie at the cut: both are shown
    top = dialog.top_dialog()
    assert [top.lines.item(i).text() for i in range(top.lines.count())] == lines[:2]
    assert top.lines.font().pointSize() >= 24  # readable from the back of the hall


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

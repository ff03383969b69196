"""Deleting an evening asks first, naming it and what goes with it, and is undone with Ctrl+Z
(issue 16, point 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _open(window, project):
    path = project.path
    evening = project.all("bijeenkomst")[0].id
    first = project.all("round")[0].id
    second = project.add("round", bijeenkomst_id=evening, prompt="Wat moet er anders?")
    for text in ("Meer groen", "Een moestuin"):
        project.add("insight", round_id=first, text=text)
    project.add("insight", round_id=second, text="Minder verkeer")
    project.add("agreement", bijeenkomst_id=evening, text="Volgende keer in de school")
    project.add("action_item", bijeenkomst_id=evening, what="Offerte vragen", who="Piet")
    other = project.add("bijeenkomst", title="Tweede avond", date="2026-10-15", tables=3)
    project.close()
    assert window.open_path(str(path))
    return window.ctx.project, evening, other


def _evenings(view) -> list[str]:
    return [view.evenings.item(i).text().split("\n")[0] for i in range(view.evenings.count())]


def test_deleting_an_evening_asks_with_what_goes_with_it(window, project, qtbot):
    opened, evening, _other = _open(window, project)
    view = window.bijeenkomst_view
    view.evenings.setCurrentRow(_evenings(view).index("Eerste avond"))
    window.interaction.answers = [False]  # "No": nothing happens
    qtbot.mouseClick(view.delete_evening_button, Qt.MouseButton.LeftButton)
    kind, title, text = window.interaction.messages[-1]
    assert (kind, title) == ("confirm", "Delete bijeenkomst")
    assert text.startswith("Delete “Eerste avond” (")  # its name and its date
    assert "with its 2 round(s), 3 insight(s) and 2 agreement(s) and action point(s)?" in text
    assert "Ctrl+Z" in text
    assert opened.get("bijeenkomst", evening) is not None
    assert not opened.get("bijeenkomst", evening).deleted
    assert "Eerste avond" in _evenings(view)
    assert window.ctx.undo.count() == 0

    window.interaction.answers = [True]
    qtbot.mouseClick(view.delete_evening_button, Qt.MouseButton.LeftButton)
    assert opened.get("bijeenkomst", evening).deleted
    assert _evenings(view) == ["Tweede avond"]

    window.undo_action.trigger()  # one step brings the evening back, with all of it
    assert not opened.get("bijeenkomst", evening).deleted
    assert "Eerste avond" in _evenings(view)
    assert opened.count("round", bijeenkomst_id=evening) == 2


def test_an_evening_without_rounds_says_so(window, project, qtbot):
    opened, _evening, other = _open(window, project)
    view = window.bijeenkomst_view
    view.evenings.setCurrentRow(_evenings(view).index("Tweede avond"))
    window.interaction.answers = [True]
    qtbot.mouseClick(view.delete_evening_button, Qt.MouseButton.LeftButton)
    text = window.interaction.messages[-1][2]
    assert "It has no rounds yet." in text
    assert opened.get("bijeenkomst", other).deleted


def test_deleting_asks_a_destructive_question(window, project, qtbot):
    _opened, _evening, _other = _open(window, project)
    view = window.bijeenkomst_view
    view.evenings.setCurrentRow(_evenings(view).index("Eerste avond"))
    window.interaction.answers = [False]
    qtbot.mouseClick(view.delete_evening_button, Qt.MouseButton.LeftButton)
    assert window.interaction.confirmed[-1] == {"destructive": True, "action": "Delete"}


def test_the_destructive_question_defaults_to_no(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from wijkdesk.ui.interaction import question_box

    box = question_box(None, "Delete bijeenkomst", "Delete “Eerste avond”?",
                       destructive=True, action="Delete")
    qtbot.addWidget(box)
    no = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is no
    assert box.escapeButton() is no
    assert box.yes_button.text() == "Delete"
    box.show()
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton() is no

    plain = question_box(None, "Vraag", "Doorgaan?")  # other questions keep Yes first
    qtbot.addWidget(plain)
    assert plain.defaultButton() is plain.yes_button


def test_enter_on_the_real_question_keeps_the_evening(window, project, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wijkdesk.ui.interaction import Interaction

    opened, evening, _other = _open(window, project)
    view = window.bijeenkomst_view
    view._confirm = Interaction(view).confirm  # the real message box, as in the app
    view.evenings.setCurrentRow(_evenings(view).index("Eerste avond"))
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)
        if box.isVisible():  # Enter did not answer: close it so the test cannot hang
            seen.append("still open")
            box.reject()

    QTimer.singleShot(0, press_enter)
    qtbot.mouseClick(view.delete_evening_button, Qt.MouseButton.LeftButton)
    assert seen and "still open" not in seen
    assert not opened.get("bijeenkomst", evening).deleted
    assert "Eerste avond" in _evenings(view)
    assert window.ctx.undo.count() == 0

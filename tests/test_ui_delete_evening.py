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

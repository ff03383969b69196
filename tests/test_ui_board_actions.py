"""Hidden collecting with reveal, and promoting a note or cluster, in the window
(issue 4, points 4 and 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.util import open_in_window

_open = open_in_window


def _type(qtbot, view, text, table=None):
    if table is not None:
        view.table_combo.setCurrentIndex(view.table_combo.findData(table))
    qtbot.keyClicks(view.entry, text)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)


def test_hidden_collecting_shows_notes_face_down_until_revealed(window, project, qtbot):
    opened = _open(window, project)
    view = window.bijeenkomst_view
    round_id = view.current_round()
    view.hidden_check.click()
    assert opened.get("round", round_id).hidden is True
    _type(qtbot, view, "Geheim van tafel 1", table=1)
    _type(qtbot, view, "Geheim van tafel 2", table=2)
    _type(qtbot, view, "Nog een van tafel 2", table=2)

    texts = [view.insights.item(i).text() for i in range(view.insights.count())]
    # the facilitator's list reads them, marked (the beamer shows backs: test_face_down.py)
    assert texts == ["Table 1: Geheim van tafel 1 (hidden)", "Table 2: Geheim van tafel 2 (hidden)",
                     "Table 2: Nog een van tafel 2 (hidden)"]
    assert all(view.insights.item(i).font().italic() for i in range(3))
    assert opened.count("insight", hidden=True) == 3  # and so it is in the file
    assert view.reveal_button.text() == "&Reveal (3 face down)"
    assert [a.text() for a in view.reveal_menu.actions()] == [
        "Reveal &all", "Reveal table 1", "Reveal table 2"]

    view.reveal_menu.actions()[2].trigger()  # table 2
    texts = [view.insights.item(i).text() for i in range(view.insights.count())]
    assert texts == ["Table 1: Geheim van tafel 1 (hidden)", "Table 2: Geheim van tafel 2",
                     "Table 2: Nog een van tafel 2"]
    window.undo_action.trigger()  # the reveal is one undo step
    assert opened.count("insight", hidden=True) == 3
    window.redo_action.trigger()
    view.reveal_menu.actions()[0].trigger()  # all
    assert opened.count("insight", hidden=True) == 0
    assert not view.reveal_button.isEnabled()

    view.hidden_check.click()  # off again: new notes are face up
    _type(qtbot, view, "Open kaart")
    assert opened.get("round", round_id).hidden is False
    assert view.insights.item(3).text().endswith("Open kaart")


def test_a_note_is_promoted_to_an_agreement_and_an_action_with_the_link_shown(
        window, project, qtbot):
    opened = _open(window, project)
    view = window.bijeenkomst_view
    _type(qtbot, view, "Een buurtbatterij onderzoeken")
    note = opened.all("insight")[0].id
    menu = view.promote_menu("insight", note)
    assert [a.text() for a in menu.actions()] == [
        "Make an &agreement", "Make an a&ction point", "On the timeline, &doe-spoor",
        "On the timeline, d&enk-spoor"]

    menu.actions()[0].trigger()
    [agreement] = opened.all("agreement")
    assert (agreement.text, agreement.number, agreement.source_id) == (
        "Een buurtbatterij onderzoeken", 1, note)
    assert window.statusBar().currentMessage() == (
        "Agreement 1 made from note “Een buurtbatterij onderzoeken”, 0 vote(s)")
    view.promote_menu("insight", note).actions()[1].trigger()
    assert opened.all("action_item")[0].what == "Een buurtbatterij onderzoeken"
    assert view.insights.item(0).text() == (
        "Table 1: Een buurtbatterij onderzoeken   → Agreement 1, Action point 1")

    window.undo_action.trigger()  # undo the action point
    assert opened.count("action_item") == 0
    assert view.insights.item(0).text().endswith("→ Agreement 1")


def test_a_cluster_is_promoted_from_the_ranking_to_the_timeline(window, project):
    opened = _open(window, project)
    rnd = opened.all("round")[0].id
    green = opened.add("cluster", round_id=rnd, name="Groen en spelen")
    opened.add("insight", round_id=rnd, text="Meer bomen", cluster_id=green)
    dialog = window.bijeenkomst_view.votes_dialog()
    dialog.count_box(green).setValue(14)
    menu = dialog.promote_menu_for(0)  # the top line of the ranking
    menu.actions()[3].trigger()  # denk-spoor
    [step] = opened.all("timeline_item")
    assert (step.title, step.track, step.kind, step.source_id) == (
        "Groen en spelen", "denk", "besluit", green)
    assert window.statusBar().currentMessage() == (
        "Denk-spoor step made from cluster “Groen en spelen”, 14 vote(s)")
    assert window.bijeenkomst_view.insights.item(0).text().endswith(
        "→ Denk-spoor step (Groen en spelen)")


def test_face_down_notes_stay_face_down_in_the_votes_view(window, project):
    opened = _open(window, project)
    rnd = opened.all("round")[0].id
    opened.add("insight", round_id=rnd, text="Nog geheim", hidden=True)
    dialog = window.bijeenkomst_view.votes_dialog()
    assert dialog.table.item(0, 0).text() == "▒▒▒▒▒▒ (face down)"
    assert dialog.ranking.item(1).text() == "▒▒▒▒▒▒ (face down) — 0 vote(s)"  # no rank at 0


def _select(view, rows):
    view.insights.clearSelection()
    view.insights.setCurrentRow(rows[0])
    for row in rows:
        view.insights.item(row).setSelected(True)


def test_clustering_from_the_list_with_keyboard_and_menu(window, project, qtbot):
    opened = _open(window, project)
    view = window.bijeenkomst_view
    for text in ("Meer bomen", "Bankjes in het park", "Warmtenet: wat kost het?",
                 "Meer bomen"):
        _type(qtbot, view, text)
    notes = [n.id for n in opened.all("insight")]

    _select(view, [0, 1])
    window.interaction.answers += ["Groen"]
    qtbot.keyClick(view.insights, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    [green] = opened.all("cluster")
    assert green.name == "Groen"
    assert [n.cluster_id for n in opened.all("insight")] == [green.id, green.id, None, None]
    assert view.insights.item(0).text() == "Table 1: Meer bomen   [Groen]"
    window.undo_action.trigger()  # one step
    assert opened.count("cluster") == 0 and opened.count("insight", cluster_id=green.id) == 0
    window.redo_action.trigger()

    _select(view, [2])
    menu = view.insight_menu(notes[2])
    into = next(a.menu() for a in menu.actions() if a.text() == "&Move to cluster")
    assert [a.text() for a in into.actions()] == ["Groen"]
    into.actions()[0].trigger()
    assert opened.get("insight", notes[2]).cluster_id == green.id

    window.interaction.answers += ["Groen en betaalbaar"]
    menu = view.insight_menu(notes[2])
    next(a for a in menu.actions() if a.text().startswith("&Rename cluster")).trigger()
    assert opened.get("cluster", green.id).name == "Groen en betaalbaar"

    _select(view, [0, 3])  # the same text twice: fold into one
    menu = view.insight_menu(notes[0])
    next(a for a in menu.actions() if a.text().startswith("Merge &duplicates")).trigger()
    assert opened.count("insight") == 3 and opened.get("insight", notes[3]).deleted

    menu = view.insight_menu(notes[0])
    next(a for a in menu.actions() if a.text().startswith("&Dissolve cluster")).trigger()
    assert opened.count("cluster") == 0 and opened.count("insight", cluster_id=green.id) == 0
    window.undo_action.trigger()
    assert opened.count("insight", cluster_id=green.id) == 3


def test_deleting_several_selected_notes_is_one_undo_step(window, project, qtbot):
    opened = _open(window, project)
    view = window.bijeenkomst_view
    for text in ("een", "twee", "drie"):
        _type(qtbot, view, text)
    _select(view, [0, 2])
    view.insights.setFocus()
    qtbot.keyClick(view.insights, Qt.Key.Key_Delete)
    assert [n.text for n in opened.all("insight")] == ["twee"]
    window.undo_action.trigger()
    assert opened.count("insight") == 3


def test_notes_and_clusters_get_phase_track_and_theme_tags(window, project, qtbot):
    from wijkdesk.model.templates import tags

    opened = _open(window, project)
    view = window.bijeenkomst_view
    for text in ("Speeltuin opknappen", "Riool gaat toch open"):
        _type(qtbot, view, text)
    notes = [n.id for n in opened.all("insight")]
    _select(view, [0, 1])
    window.interaction.answers += ["Buitenruimte"]
    view.cluster_selection()

    def submenu(menu, text):
        return next(a.menu() for a in menu.actions() if a.text() == text)

    tag_menu = submenu(view.insight_menu(notes[0]), "&Tags")
    phases = submenu(tag_menu, "Wijkkompas &phase")
    assert [a.text() for a in phases.actions()][1:] == [
        f"{n}. {name}" for n, name in sorted(tags().phases.items())]
    phases.actions()[2].trigger()  # phase 2, for both selected notes (one undo step)
    assert [n.phase for n in opened.all("insight")] == [2, 2]
    submenu(submenu(view.insight_menu(notes[0]), "&Tags"), "T&rack").actions()[1].trigger()
    themes = submenu(submenu(view.insight_menu(notes[0]), "&Tags"), "Koppelkans &theme")
    next(a for a in themes.actions() if a.text() == "Speelplekken").trigger()
    cluster_tags = submenu(view.insight_menu(notes[0]), "Tags of cluster “Buitenruimte”")
    next(a for a in submenu(cluster_tags, "Koppelkans &theme").actions()
         if a.text() == "Groen").trigger()
    assert opened.all("cluster")[0].theme == "Groen"
    assert view.insights.item(0).text() == (
        "Table 1: Speeltuin opknappen   [Buitenruimte]   {P2 · sociaal · Speelplekken}")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert {n.theme for n in opened.all("insight")} == {""}


def test_a_broken_tags_file_falls_back_to_the_built_in_lists(tmp_path):
    from wijkdesk.model.templates import tags

    bad = tmp_path / "tags.json"
    bad.write_text("{niet json", encoding="utf-8")
    assert tags(bad).phases[4] == "Keuzes maken"
    odd = tmp_path / "odd.json"
    odd.write_text('{"phases": [{"number": 9, "name": "x"}], "themes": ["Zon", "Zon", "Wind"]}',
                   encoding="utf-8")
    result = tags(odd)
    assert result.phases[1] == "Samen starten"  # the odd phase list is not taken
    assert result.themes == ("Zon", "Wind")


def test_the_stage_changes_what_the_controls_offer(window, project, qtbot):
    opened = _open(window, project)
    view = window.bijeenkomst_view
    round_id = view.current_round()
    assert view.stage_buttons["verzamelen"].isChecked() and view.entry_box.isVisible()
    assert view.stage_hint.text() == ""

    view.stage_buttons["ordenen"].click()
    assert opened.get("round", round_id).stage == "ordenen"
    assert not view.entry_box.isVisible()  # no typing while the room orders
    assert "Ctrl+G" in view.stage_hint.text()

    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert opened.get("round", round_id).stage == "kiezen"
    assert view.votes_button.isDefault() and view.votes_button.font().bold()
    assert "Ctrl+K" in view.stage_hint.text()

    window.undo_action.trigger()  # stages are undoable like every edit
    assert opened.get("round", round_id).stage == "ordenen"
    view.stage_buttons["verzamelen"].click()
    assert view.entry_box.isVisible() and view.entry.hasFocus()


def test_a_rounds_format_sets_the_timer_to_its_usual_minutes(window, project):
    from wijkdesk.model.templates import formats

    opened = _open(window, project)
    view = window.bijeenkomst_view
    view.round_format.setCurrentText("informatiemarkt")
    view.round_format.activated.emit(view.round_format.currentIndex())
    assert opened.get("round", view.current_round()).format == "informatiemarkt"
    assert window.timer_panel.minutes.value() == formats()["informatiemarkt"].minutes == 45
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    view.round_format.event(QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), QPoint(2, 2)))
    assert "Kramen" in view.round_format.toolTip()  # the description, read when asked
    window.timer_panel.timer.start()  # a running timer is left alone
    view.round_format.setCurrentText("plenair")
    view.round_format.activated.emit(view.round_format.currentIndex())
    assert window.timer_panel.minutes.value() == 45

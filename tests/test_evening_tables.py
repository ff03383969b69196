"""The tables of an evening (issue 16, point 2): how many, their names and colours (defaults
from the settings), a fourth table added to a running evening (undoable, one record when two
laptops add it), a CSV naming a table by its name; and in the window: the evening form's
Tafels field and names editor, the table combo, '+ tafel', table copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from wijkdesk.model import Project, ValidationError, WijkdeskError
from wijkdesk.model import tables as tb
from wijkdesk.model.board import EditLog
from wijkdesk.model.csv_import import import_insights, preview_import, read_csv
from wijkdesk.model.dump import dump_text


def _evening(project: Project) -> str:
    return project.all("bijeenkomst")[0].id


def _names(project: Project, evening: str, name_of=None) -> list[str]:
    return [t.name for t in tb.tables(project, evening, name_of)]


# -- the model -----------------------------------------------------------------------------------


def test_an_evening_has_its_count_of_tables_with_the_defaults(project):
    evening = _evening(project)
    assert _names(project, evening) == ["Tafel 1", "Tafel 2", "Tafel 3"]
    settings_names = {1: "Tafel A", 2: "Tafel B"}  # the settings named two tables
    shown = tb.tables(project, evening, lambda n: settings_names.get(n, f"Table {n}"),
                      lambda n: f"#00000{n}")
    assert [(t.number, t.name, t.colour) for t in shown] == [
        (1, "Tafel A", "#000001"), (2, "Tafel B", "#000002"), (3, "Table 3", "#000003")]
    assert project.count("evening_table") == 0  # defaults are not copied into the file


def test_an_evening_names_and_colours_its_own_tables_as_one_undo_step(project):
    evening = _evening(project)
    log = EditLog(project)
    tb.set_table(log, evening, 2, name="  De   Groene tafel ", colour="#1A7F37")
    t2 = tb.table(project, evening, 2, colour_of=lambda n: "#123456")
    assert (t2.name, t2.colour, t2.own_name) == ("De Groene tafel", "#1a7f37", "De Groene tafel")
    assert tb.table(project, evening, 1, colour_of=lambda n: "#123456").colour == "#123456"
    [rec] = project.all("evening_table")
    assert rec.id == tb.table_id(evening, 2) and rec.number == 2
    log.undo()
    assert _names(project, evening) == ["Tafel 1", "Tafel 2", "Tafel 3"]
    log.redo()
    assert _names(project, evening)[1] == "De Groene tafel"
    # back to the default name: "" is stored, the record stays
    tb.set_table(EditLog(project), evening, 2, name="")
    assert _names(project, evening)[1] == "Tafel 2"


@pytest.mark.parametrize("call, code", [
    (lambda p, e: tb.set_table(EditLog(p), e, 2, colour="groen"), "bad_choice"),
    (lambda p, e: tb.set_table(EditLog(p), e, 2, name="x" * 41), "text_too_long"),
    (lambda p, e: tb.set_table(EditLog(p), e, 41, name="Te veel"), "out_of_range"),
    (lambda p, e: tb.set_count(EditLog(p), e, 0), "out_of_range"),
    (lambda p, e: tb.set_count(EditLog(p), e, 41), "out_of_range"),
    (lambda p, e: tb.add_table(EditLog(p), "no-such-evening"), "no_such_record"),
], ids=["colour", "long name", "table 41", "no tables", "41 tables", "no evening"])
def test_bad_values_are_refused_and_change_nothing(project, call, code):
    evening = _evening(project)
    before = dump_text(project)
    with pytest.raises(ValidationError) as refused:
        call(project, evening)
    assert refused.value.code == code
    assert dump_text(project) == before


def test_a_fourth_table_is_added_to_a_running_evening_and_undone(project):
    evening = _evening(project)
    log = EditLog(project)
    assert tb.add_table(log, evening, name="Tafel D") == 4
    assert project.get("bijeenkomst", evening).tables == 4
    assert _names(project, evening) == ["Tafel 1", "Tafel 2", "Tafel 3", "Tafel D"]
    log.undo()
    assert project.get("bijeenkomst", evening).tables == 3
    assert _names(project, evening) == ["Tafel 1", "Tafel 2", "Tafel 3"]
    log.redo()
    assert _names(project, evening)[-1] == "Tafel D"
    # no more than 40
    tb.set_count(EditLog(project), evening, 40)
    with pytest.raises(ValidationError):
        tb.add_table(EditLog(project), evening)


def test_two_laptops_adding_table_four_make_one_record_and_no_conflict(project, tmp_path):
    evening = _evening(project)
    a = Project.open(project.save_copy(tmp_path / "a.wijkdesk"), device=DEVICE_A)
    b = Project.open(project.save_copy(tmp_path / "b.wijkdesk"), device=DEVICE_B)
    assert tb.add_table(EditLog(a), evening) == 4
    assert tb.add_table(EditLog(b), evening) == 4
    tb.set_table(EditLog(b), evening, 4, colour="#334455")  # B also gives it a colour
    a.close()
    b.close()
    with Project.open(tmp_path / "a.wijkdesk", device=DEVICE_A) as pa:
        pa.merge([tmp_path / "b.wijkdesk"])
        assert pa.conflicts() == []
        assert pa.count("evening_table") == 1
        assert pa.get("bijeenkomst", evening).tables == 4
        t4 = tb.table(pa, evening, 4)
        assert (t4.name, t4.colour) == ("Tafel 4", "#334455")
        merged = dump_text(pa)
    with Project.open(tmp_path / "b.wijkdesk", device=DEVICE_B) as pb:
        pb.merge([tmp_path / "a.wijkdesk"])
        assert dump_text(pb) == merged  # the other way round: the same


def test_two_laptops_naming_table_four_differently_is_a_conflict(project, tmp_path):
    evening = _evening(project)
    a = Project.open(project.save_copy(tmp_path / "a.wijkdesk"), device=DEVICE_A)
    b = Project.open(project.save_copy(tmp_path / "b.wijkdesk"), device=DEVICE_B)
    tb.add_table(EditLog(a), evening, name="Tafel D")
    tb.add_table(EditLog(b), evening, name="Jongeren")
    b.close()
    a.merge([tmp_path / "b.wijkdesk"])
    assert [c.field for c in a.conflicts()] == ["name"]
    assert a.count("evening_table") == 1
    a.close()


@pytest.mark.parametrize("text, number", [
    ("3", 3), ("tafel 3", 3), ("Table 3", 3), ("TAFEL  2", 2), ("Tafel A", 1), ("tafel a", 1),
    ("A", 1), (" a ", 1), ("Jongeren", 2), ("tafel jongeren", 2), ("0", 0), ("Tafel B", None),
    ("50", None), ("", None),
])
def test_a_table_is_found_by_its_name_or_its_number(project, text, number):
    evening = _evening(project)
    tb.set_table(EditLog(project), evening, 1, name="Tafel A")
    tb.set_table(EditLog(project), evening, 2, name="Jongeren")
    assert tb.find_table(project, evening, text) == number


def test_the_settings_names_are_found_too(project):
    evening = _evening(project)
    names = {3: "Tafel C"}.get
    assert tb.find_table(project, evening, "c", lambda n: names(n) or f"Tafel {n}") == 3
    assert tb.find_table(project, evening, "c") is None  # without those settings: none


# -- a CSV naming tables -------------------------------------------------------------------------


CSV_BY_NAME = ("tekst;tafel;cluster\n"
               "Meer groen;Tafel A;Groen\n"
               "Bankjes;3;\n"
               "Verlichting;tafel 2;\n"
               "Speeltuin;jongeren;\n")


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tafels.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_names_tables_by_name_or_number(project, tmp_path):
    evening = _evening(project)
    tb.set_table(EditLog(project), evening, 1, name="Tafel A")
    tb.add_table(EditLog(project), evening, name="Jongeren")
    round_id = project.all("round")[0].id
    path = _csv(tmp_path, CSV_BY_NAME)
    rows = read_csv(path)
    assert [(r.table, r.table_name) for r in rows] == [
        (0, "Tafel A"), (3, ""), (2, ""), (0, "jongeren")]
    assert preview_import(project, rows, round_id, path=path).insights == 4
    import_insights(project, path, round_id=round_id, rows=rows)
    assert [(i.text, i.table) for i in project.all("insight")] == [
        ("Meer groen", 1), ("Bankjes", 3), ("Verlichting", 2), ("Speeltuin", 4)]


def test_an_unknown_table_name_is_refused_naming_the_line_and_nothing_changes(project, tmp_path):
    round_id = project.all("round")[0].id
    path = _csv(tmp_path, CSV_BY_NAME)
    rows = read_csv(path)
    before = dump_text(project)
    with pytest.raises(WijkdeskError) as refused:
        preview_import(project, rows, round_id, path=path)
    error = refused.value
    assert error.code == "csv_unknown_table"
    assert (error.params["line"], error.params["table"]) == (2, "Tafel A")
    assert "Line 2 of" in str(error) and "'Tafel A'" in str(error)
    assert "Tafel 1, Tafel 2, Tafel 3" in str(error)
    with pytest.raises(WijkdeskError):
        import_insights(project, path, round_id=round_id, rows=rows)
    with pytest.raises(WijkdeskError):  # the command line's way: by evening
        import_insights(project, path)
    assert dump_text(project) == before


# -- in the window -------------------------------------------------------------------------------


def _combo(view) -> list[tuple[int, str]]:
    return [(view.table_combo.itemData(i), view.table_combo.itemText(i))
            for i in range(view.table_combo.count())]


def _open(window, project):
    from tests.util import open_in_window

    opened = open_in_window(window, project)
    return opened, window.bijeenkomst_view


def test_the_evening_form_sets_the_number_of_tables_undoably(window, project):
    opened, view = _open(window, project)
    evening = _evening(opened)
    assert view.tables_spin.value() == 3 and view.tables_spin.isEnabled()
    assert [n for n, _ in _combo(view)] == [1, 2, 3]
    view.tables_spin.setValue(5)
    assert opened.get("bijeenkomst", evening).tables == 5
    assert _combo(view) == [(n, f"Table {n}") for n in range(1, 6)]
    assert window.ctx.undo.undoText() == "Number of tables"
    window.undo_action.trigger()
    assert opened.get("bijeenkomst", evening).tables == 3
    assert view.tables_spin.value() == 3 and len(_combo(view)) == 3


def test_a_fourth_table_is_added_with_the_button_or_the_shortcut_and_undone(
        window, project, qtbot):
    from PySide6.QtCore import Qt

    opened, view = _open(window, project)
    evening = _evening(opened)
    view.add_table_button.click()
    assert opened.get("bijeenkomst", evening).tables == 4
    assert _combo(view)[-1] == (4, "Table 4")
    assert view.table_combo.currentData() == 4  # the new table is chosen for the next notes
    assert view.tables_spin.value() == 4
    assert view.entry_message.text() == "Table 4 added; the notes typed now belong to it."
    qtbot.keyClicks(view.entry, "Jongeren willen een hangplek")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert [i.table for i in opened.all("insight")] == [4]
    assert view.board.legend.text().count("Table 4") == 1
    view.entry.setFocus()
    qtbot.keyClick(view.entry, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(_combo(view)) == 5 and window.ctx.undo.undoText() == "Add a table"
    window.undo_action.trigger()
    window.undo_action.trigger()  # the note
    window.undo_action.trigger()  # table 4
    assert opened.get("bijeenkomst", evening).tables == 3 and len(_combo(view)) == 3
    window.redo_action.trigger()
    assert _combo(view)[-1] == (4, "Table 4")


def test_the_evening_names_and_colours_its_tables_in_a_dialog(window, project, qtbot):
    from PySide6.QtCore import Qt

    from wijkdesk.ui import palette

    opened, view = _open(window, project)
    evening = _evening(opened)
    qtbot.keyClicks(view.entry, "Een moestuin")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)  # table 1
    view.table_names_button.click()
    dialog = window.interaction.dialogs[-1]
    editor = dialog.editor
    assert [editor.table.item(r, 1).text() for r in range(3)] == ["Table 1", "Table 2",
                                                                   "Table 3"]
    editor.table.item(0, 1).setText("Tafel A")
    editor.choose_colour = lambda current, title: "#2a6f3b"
    editor.colour_button(1).click()
    assert dialog.changes() == {1: ("Tafel A", "#2a6f3b")}
    dialog.accept()
    t1 = tb.table(opened, evening, 1)
    assert (t1.name, t1.colour) == ("Tafel A", "#2a6f3b")
    assert _combo(view)[0] == (1, "Tafel A")
    assert view.insights.item(0).text() == "Tafel A: Een moestuin"
    [card] = view.board.cards.values()
    assert card.footer == "Tafel A" and "Tafel A" in view.board.legend.text()
    assert palette.table_colour(1) == palette.readable_mark("#2a6f3b")
    assert palette.table_colour(2) == palette.project_table_colour(2)
    assert window.ctx.undo.undoText() == "Tables of the evening"
    window.undo_action.trigger()
    assert _combo(view)[0] == (1, "Table 1")
    assert view.insights.item(0).text() == "Table 1: Een moestuin"
    assert palette.table_colour(1) == palette.project_table_colour(1)


def test_new_evenings_take_the_settings_count_names_and_colours(window, project):
    from wijkdesk import settings as store

    opened, view = _open(window, project)
    window.ctx.set_settings({"evening/tables": 4, "tables/names": ["", "Tafel B"]})
    view.add_evening_button.click()
    window.interaction.dialogs[-1].accept()  # how it starts: the dialog's choice
    new = view.current_evening()
    assert opened.get("bijeenkomst", new).tables == 4
    assert view.tables_spin.value() == 4
    assert _combo(view) == [(1, "Table 1"), (2, "Tafel B"), (3, "Table 3"), (4, "Table 4")]
    assert store.get(window.ctx.settings, "evening/tables") == 4
    # the first evening keeps its own three
    assert opened.get("bijeenkomst", _evening(opened)).tables == 3


def test_a_table_copy_offers_the_evening_s_tables_by_name(window, project, tmp_path):
    opened, view = _open(window, project)
    tb.set_table(EditLog(opened), _evening(opened), 2, name="Jongeren")
    view.add_table()
    window.interaction.answers += [4, str(tmp_path / "voor-tafel-4")]
    window.table_copy_action.trigger()
    asked = next(m for m in window.interaction.messages if m[0] == "ask_table")
    assert asked[2] == [(1, "Table 1"), (2, "Jongeren"), (3, "Table 3"), (4, "Table 4")]
    with Project.open(tmp_path / "voor-tafel-4.wijkdesk", device=DEVICE_B) as copy:
        assert copy.preset_table == 4


def test_the_window_imports_a_csv_naming_tables_and_refuses_an_unknown_name(
        window, project, tmp_path):
    opened, view = _open(window, project)
    tb.set_table(EditLog(opened), _evening(opened), 1, name="Tafel A")
    view.add_table()
    path = _csv(tmp_path, "tekst;tafel\nMeer groen;tafel a\nSpeeltuin;Table 4\n")
    window.interaction.answers += [str(path), True]
    window.import_action.trigger()
    assert [(i.text, i.table) for i in opened.all("insight")] == [
        ("Meer groen", 1), ("Speeltuin", 4)]
    from wijkdesk.ui.import_dialog import ImportPreviewDialog

    rows = read_csv(path)  # the preview shows the table as the file names it
    dialog = ImportPreviewDialog(window.interaction.reviewed, rows, "de ronde")
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["tafel a", "Table 4"]
    before = dump_text(opened)
    bad = _csv(tmp_path, "tekst;tafel\nGoed;1\nFout;Tafel Z\n")
    window.interaction.answers += [str(bad), True]
    window.import_action.trigger()
    kind, title, text = window.interaction.messages[-1][:3]
    assert (kind, title) == ("error", "Cannot import")
    assert text.startswith("Line 3 of ") and "'Tafel Z'" in text
    assert "Tafel A (1), Table 2, Table 3, Table 4" in text
    assert dump_text(opened) == before

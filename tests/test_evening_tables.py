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

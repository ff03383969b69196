"""Importing insights from a CSV and exporting a round, in the window (issue 4, point 10)."""

from __future__ import annotations

import json

from tests.util import open_in_window, sha256
from wijkdesk.model.csv_import import MAX_ROWS
from wijkdesk.model.dump import dump_text

EXCEL_CSV = (
    "Tekst;Tafel;Thema;Stemmen\r\n"
    "Meer groen in de straat;1;Groen;4\r\n"
    "Café als ontmoetingsplek;tafel 2;Ontmoeten;\r\n"
    "Zorgen over de kosten – en wie betaalt?;3;;2\r\n"
)


_open = open_in_window


def test_importing_a_csv_shows_a_preview_and_is_one_undo_step(window, project, tmp_path):
    csv_path = tmp_path / "tafels.csv"
    csv_path.write_bytes(EXCEL_CSV.encode("cp1252"))  # as Dutch Excel writes it
    opened = _open(window, project)
    before = dump_text(opened)
    round_id = window.bijeenkomst_view.current_round()

    window.interaction.answers += [str(csv_path), True]
    window.import_action.trigger()

    preview = window.interaction.reviewed
    assert (preview.insights, preview.clusters_created, preview.votes) == (3, 2, 6)
    kind, where, _ = next(m for m in window.interaction.messages if m[0] == "review_import")
    assert where == "the round “Wat maakt deze wijk de moeite waard?” of Eerste avond"
    texts = sorted(i.text for i in opened.all("insight", round_id=round_id))
    assert texts == ["Café als ontmoetingsplek", "Meer groen in de straat",
                     "Zorgen over de kosten – en wie betaalt?"]
    assert window.bijeenkomst_view.insights.count() == 3
    assert window.statusBar().currentMessage() == "Imported 3 insight(s)"

    window.undo_action.trigger()
    assert dump_text(opened) == before
    assert window.bijeenkomst_view.insights.count() == 0
    window.redo_action.trigger()
    assert opened.count("insight", round_id=round_id) == 3


def test_a_cancelled_import_preview_changes_nothing(window, project, tmp_path):
    csv_path = tmp_path / "tafels.csv"
    csv_path.write_text(EXCEL_CSV, encoding="utf-8-sig")
    opened = _open(window, project)
    digest = sha256(opened.path)
    window.interaction.answers += [str(csv_path), False]
    window.import_action.trigger()
    assert window.interaction.reviewed.insights == 3
    assert opened.count("insight") == 0 and window.ctx.undo.count() == 0
    assert sha256(opened.path) == digest


def test_a_bad_csv_gives_one_clear_message_and_changes_nothing(window, project, tmp_path):
    opened = _open(window, project)
    digest = sha256(opened.path)
    wrong = tmp_path / "kolommen.csv"
    wrong.write_text("naam;adres\nJan;Dorpsstraat 1\n", encoding="utf-8")
    huge = tmp_path / "groot.csv"
    huge.write_text("tekst\n" + "x\n" * (MAX_ROWS + 5), encoding="utf-8")
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for path, expected in ((wrong, "no column for the text"), (huge, "at most 10000"),
                           (binary, "character encoding")):
        window.interaction.answers += [str(path)]
        window.import_action.trigger()
        kind, title, text = window.interaction.messages[-1]
        assert (kind, title) == ("error", "Cannot import"), text
        assert expected in text and str(path) in text and "\n" not in text
    assert window.interaction.reviewed is None
    assert sha256(opened.path) == digest


def test_a_round_exports_as_csv_and_json_canvas(window, project, tmp_path):
    opened = _open(window, project)
    round_id = window.bijeenkomst_view.current_round()
    opened.add("insight", round_id=round_id, text="Meer bankjes", table=2)

    window.interaction.answers += [str(tmp_path / "ronde")]
    window.export_csv_action.trigger()
    kind, _title, suggested = window.interaction.messages[-1]
    assert kind == "save_file"
    assert suggested.endswith("Wat maakt deze wijk de moeite waard.csv")
    csv_text = (tmp_path / "ronde.csv").read_bytes().decode("utf-8-sig")
    assert csv_text == "tekst;tafel;cluster;stemmen\r\nMeer bankjes;2;;\r\n"
    assert window.statusBar().currentMessage() == f"Exported to {tmp_path / 'ronde.csv'}"

    window.interaction.answers += [str(tmp_path / "bord.canvas")]
    window.export_canvas_action.trigger()
    doc = json.loads((tmp_path / "bord.canvas").read_text(encoding="utf-8"))
    assert [n["text"] for n in doc["nodes"]] == ["# Wat maakt deze wijk de moeite waard?",
                                                 "Meer bankjes"]


def test_without_a_round_import_and_export_say_what_to_do(window, project, tmp_path):
    opened = _open(window, project)
    evening = opened.all("bijeenkomst")[0].id
    opened.delete("round", opened.all("round")[0].id)
    assert opened.count("round", bijeenkomst_id=evening) == 0
    window.export_csv_action.trigger()
    kind, title, text = window.interaction.messages[-1]
    assert (kind, title) == ("error", "Export round") and "round" in text
    window.import_action.trigger()
    assert window.interaction.messages[-1][1] == "Import insights"

"""Exporting a round (issue 4, point 10): CSV that Excel and ``import-insights`` read back, and
JSON Canvas 1.0 (docs/formats.md) that other tools open; plus the row limit of a CSV import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import sha256
from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model.board_export import export_round_canvas, export_round_csv, round_canvas
from wijkdesk.model.csv_import import MAX_ROWS, import_insights, read_csv


@pytest.fixture
def board(project):
    """A round with two clusters, notes from three tables, votes on notes and on a cluster."""
    rnd = project.all("round")[0].id
    green = project.add("cluster", round_id=rnd, name="Groen")
    money = project.add("cluster", round_id=rnd, name="Betaalbaarheid")
    notes = {
        "bomen": project.add("insight", round_id=rnd, text="Meer bomen; minder stenen", table=1,
                             cluster_id=green),
        "tuin": project.add("insight", round_id=rnd, text='Een "moestuin" bij de school',
                            table=2, cluster_id=green),
        "huur": project.add("insight", round_id=rnd, table=3, cluster_id=money,
                            text="Huurders mogen er niet op achteruitgaan.\nNooit."),
        "los": project.add("insight", round_id=rnd, text="Warmtenet: ja of nee?", table=2),
        "weg": project.add("insight", round_id=rnd, text="Verwijderd-X7", table=1),
    }
    project.delete("insight", notes["weg"])
    project.add("vote", round_id=rnd, target_id=notes["bomen"], count=5)
    project.add("vote", round_id=rnd, target_id=notes["bomen"], table=2, count=2)
    project.add("vote", round_id=rnd, target_id=money, count=11)
    return project, rnd, {"green": green, "money": money, **notes}


def test_a_round_exports_to_csv_that_excel_and_the_import_read_back(board, tmp_path):
    project, rnd, ids = board
    out = export_round_csv(project, rnd, tmp_path / "ronde.csv")

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # what Dutch Excel expects
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows == [
        ["tekst", "tafel", "cluster", "stemmen"],
        ["Meer bomen; minder stenen", "1", "Groen", "7"],
        ['Een "moestuin" bij de school', "2", "Groen", ""],
        ["Huurders mogen er niet op achteruitgaan.\nNooit.", "3", "Betaalbaarheid", ""],
        ["Warmtenet: ja of nee?", "2", "", ""],
    ]
    parsed = read_csv(out)  # the importer's own reader: newlines in a cell survive
    assert [(r.text, r.table, r.cluster, r.votes) for r in parsed] == [
        ("Meer bomen; minder stenen", 1, "Groen", 7),
        ('Een "moestuin" bij de school', 2, "Groen", 0),
        ("Huurders mogen er niet op achteruitgaan.\nNooit.", 3, "Betaalbaarheid", 0),
        ("Warmtenet: ja of nee?", 2, "", 0),
    ]
    assert b"Verwijderd-X7" not in data

    # Imported into a new project, the same notes, clusters and votes come back.
    other = Project.create(tmp_path / "ander.wijkdesk", "Ander", device=DEVICE_A)
    evening = other.add("bijeenkomst", title="Avond")
    target = other.add("round", bijeenkomst_id=evening, prompt="Terug")
    result = import_insights(other, out, round_id=target)
    assert (result.insights, result.clusters_created, result.votes) == (4, 2, 7)
    assert sorted(c.name for c in other.all("cluster", round_id=target)) == [
        "Betaalbaarheid", "Groen"]
    other.close()


def test_a_round_exports_to_json_canvas(board, tmp_path):
    project, rnd, ids = board
    out = export_round_canvas(project, rnd, tmp_path / "ronde.canvas", "{n} votes")
    doc = json.loads(out.read_text(encoding="utf-8"))

    assert set(doc) == {"nodes", "edges"} and doc["edges"] == []
    nodes = {n["id"]: n for n in doc["nodes"]}
    assert len(nodes) == len(doc["nodes"])  # ids are unique
    for n in doc["nodes"]:  # JSON Canvas 1.0: required keys, integer geometry
        assert n["type"] in ("text", "group")
        assert all(isinstance(n[k], int) for k in ("x", "y", "width", "height"))
        assert n["width"] > 0 and n["height"] > 0
        if n["type"] == "text":
            assert isinstance(n["text"], str)
        if "color" in n:
            assert n["color"] in {"1", "2", "3", "4", "5", "6"}
    assert nodes[ids["green"]]["type"] == "group" and nodes[ids["green"]]["label"] == "Groen"
    assert nodes[ids["money"]]["label"] == "Betaalbaarheid — 11 votes"
    assert nodes[ids["bomen"]]["text"] == "Meer bomen; minder stenen\n\n*7 votes*"
    assert nodes[ids["tuin"]]["color"] == "2"
    assert ids["weg"] not in nodes
    assert any(n["text"] == "# Wat maakt deze wijk de moeite waard?" for n in doc["nodes"]
               if n["type"] == "text")
    # Every note of a cluster lies inside its group; groups come first (drawn underneath).
    for note, group in (("bomen", "green"), ("tuin", "green"), ("huur", "money")):
        n, g = nodes[ids[note]], nodes[ids[group]]
        assert g["x"] < n["x"] and n["x"] + n["width"] < g["x"] + g["width"]
        assert g["y"] < n["y"] and n["y"] + n["height"] < g["y"] + g["height"]
    kinds = [n["type"] for n in doc["nodes"]]
    assert kinds == sorted(kinds, key=lambda t: t != "group")
    # Groups do not overlap one another.
    a, b = nodes[ids["green"]], nodes[ids["money"]]
    assert a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]


def test_an_empty_round_exports_too(project, tmp_path):
    rnd = project.all("round")[0].id
    assert [n["type"] for n in round_canvas(project, rnd)["nodes"]] == ["text"]  # the prompt
    out = export_round_csv(project, rnd, tmp_path / "leeg.csv")
    assert out.read_bytes() == "\ufefftekst;tafel;cluster;stemmen\r\n".encode()


def test_an_export_to_an_unwritable_place_says_so_and_leaves_nothing(board, tmp_path):
    project, rnd, _ = board
    (tmp_path / "bezet.csv").mkdir()  # a folder where the file should go: the write fails
    for target in (tmp_path / "weg" / "ronde.csv", tmp_path / "bezet.csv"):
        with pytest.raises(WijkdeskError) as info:
            export_round_csv(project, rnd, target)
        assert info.value.code == "write_failed" and str(target) in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # and the open project's lock
        "bezet.csv", "wijk.wijkdesk", "wijk.wijkdesk.lock"]


def test_a_csv_with_too_many_lines_is_refused_whole(project, tmp_path):
    before = sha256(project.path)
    big = tmp_path / "miljoen.csv"
    big.write_text("tekst;tafel\n" + "".join(f"Regel {i};1\n" for i in range(MAX_ROWS + 1)),
                   encoding="utf-8")
    with pytest.raises(WijkdeskError) as info:
        read_csv(big)
    assert info.value.code == "csv_too_many_rows" and "10000" in str(info.value)
    assert sha256(project.path) == before
    # Exactly the limit is fine, and blank lines do not count.
    ok = tmp_path / "precies.csv"
    ok.write_text("tekst;tafel\n" + "".join(f"Regel {i};1\n\n" for i in range(MAX_ROWS)),
                  encoding="utf-8")
    assert len(read_csv(ok)) == MAX_ROWS


def test_a_million_line_csv_is_refused_quickly(tmp_path):
    import time

    huge = tmp_path / "groot.csv"
    huge.write_text("tekst\n" + "x\n" * 1_000_000, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(WijkdeskError) as info:
        read_csv(huge)
    assert info.value.code == "csv_too_many_rows"
    assert time.perf_counter() - started < 5  # refused early, not after parsing it all


def test_exported_paths_are_what_the_user_asked_for(board, tmp_path):
    project, rnd, _ = board
    assert export_round_csv(project, rnd, tmp_path / "a.csv") == Path(tmp_path / "a.csv")

"""Exporting the stakeholder network (GraphML, GEXF, Gephi and Kumu CSV, a picture) and the
Kumu import (issue 5). Files other tools open must read back with the same content; an import
that cannot be done leaves the project unchanged."""

from __future__ import annotations

import csv
import io
import json
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import ROOT, tree_state
from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model import stakeholders as sh
from wijkdesk.model.demo import build_demo
from wijkdesk.model.dump import dump_text
from wijkdesk.model.kumu_import import MAX_KUMU_ROWS

NODE_KEYS = {"name", "type", "type_label", "role", "influence", "interest", "segment",
             "participation", "phases", "x", "y", "notes"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = build_demo(tmp_path_factory.mktemp("demo") / "demo.wijkdesk", device=DEVICE_A)
    yield p
    p.close()


@pytest.fixture
def small(project):
    """Two parties with the same name, one contact with consent and one without, a parallel
    relation, a custom type, and a name with characters that XML, CSV and matplotlib treat
    specially."""
    ids = {
        "a": project.add("stakeholder", name="Gemeente", type="gemeente", phases=[1, 2],
                         contact_name="Jan de Vries", contact_consent=True, x=0.0, y=0.0),
        "b": project.add("stakeholder", name='Bewoners "Noord", $5 & <meer>', type="VvE",
                         contact_name="Geheime Naam", notes="regel 1\nregel 2; met ;",
                         x=300.0, y=100.0),
        "c": project.add("stakeholder", name="Gemeente", type="Provincie", x=-200.0, y=250.0),
    }
    ids["r1"] = sh.add_relation(project, ids["a"], ids["b"], "informeert", 1, "Nieuwsbrief")
    ids["r2"] = sh.add_relation(project, ids["a"], ids["b"], "financiert", 3)
    ids["r3"] = sh.add_relation(project, ids["b"], ids["c"], "eigen verbinding", 2)
    return project, ids


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


# -- GraphML and GEXF ---------------------------------------------------------------------


def test_graphml_reads_back_with_every_attribute(demo, tmp_path):
    import networkx as nx

    out = sh.export_graphml(demo, tmp_path / "netwerk.graphml")
    assert out == tmp_path / "netwerk.graphml"
    back = nx.read_graphml(out, force_multigraph=True)
    original = sh.graph(demo)
    assert set(back.nodes) == set(original.nodes)
    for node, data in original.nodes(data=True):
        assert {k: back.nodes[node][k] for k in NODE_KEYS} == data
        assert back.nodes[node]["label"] == data["name"]
    assert {data["type"] for _, data in back.nodes(data=True)} >= {"gemeente", "vve"}
    assert sorted(back.edges(keys=True, data=True)) == sorted(
        original.edges(keys=True, data=True))
    assert back.graph["name"] == demo.info().name
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


def test_gexf_13_reads_back_with_every_attribute(demo, tmp_path):
    import networkx as nx

    out = sh.export_gexf(demo, tmp_path / "netwerk.gexf")
    text = out.read_text(encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    assert 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' in text
    edge_types = {e.get("type") for e in root.iter("{http://gexf.net/1.3}edge")}
    assert edge_types <= {None, "directed", "undirected", "mutual"}  # GEXF's own meaning
    back = nx.read_gexf(out)
    original = sh.graph(demo)
    assert set(back.nodes) == set(original.nodes)
    for node, data in original.nodes(data=True):
        got = back.nodes[node]
        assert {k: got[k] for k in NODE_KEYS} == data
        assert got["label"] == data["name"]
        assert got["viz"]["position"]["x"] == data["x"]
    relations = {(u, v, d["type"], d["strength"], d["note"])
                 for u, v, d in original.edges(data=True)}
    assert {(u, v, d["relation_type"], d["strength"], d["note"])
            for u, v, d in back.edges(data=True)} == relations
    assert {d["label"] for _, _, d in back.edges(data=True)} == {r[2] for r in relations}


def test_parallel_relations_and_special_characters_survive_graphml_and_gexf(small, tmp_path):
    import networkx as nx

    p, ids = small
    for back in (nx.read_graphml(sh.export_graphml(p, tmp_path / "a.graphml"),
                                 force_multigraph=True),
                 nx.read_gexf(sh.export_gexf(p, tmp_path / "a.gexf"))):
        assert back.number_of_edges() == 3
        assert back.number_of_edges(ids["a"], ids["b"]) == 2
        assert back.nodes[ids["b"]]["name"] == 'Bewoners "Noord", $5 & <meer>'
        assert back.nodes[ids["b"]]["type"] == "vve"
        assert back.nodes[ids["c"]]["type"] == "Provincie"
        assert back.nodes[ids["b"]]["notes"] == "regel 1\nregel 2; met ;"


def test_no_contact_name_unless_personal_and_consent(small, demo, tmp_path):
    p, ids = small
    writers = (sh.export_graphml, sh.export_gexf, sh.export_gephi_csv, sh.export_kumu_csv)
    for n, write in enumerate(writers):
        for project in (p, demo):
            out = write(project, tmp_path / f"{n}-anon.xml")
            data = b"".join(f.read_bytes() for f in (out if isinstance(out, list) else [out]))
            assert b"contact_name" not in data
            assert b"Jan de Vries" not in data and b"Geheime Naam" not in data
            assert b"wijkregisseur" not in data  # the demo's contacts gave no consent
        out = write(p, tmp_path / f"{n}-personal.xml", personal=True)
        data = b"".join(f.read_bytes() for f in (out if isinstance(out, list) else [out]))
        assert b"Jan de Vries" in data  # consent
        assert b"Geheime Naam" not in data  # no consent


# -- Gephi and Kumu spreadsheets ----------------------------------------------------------


def test_gephi_csv_has_gephis_columns(demo, tmp_path):
    nodes, edges = sh.export_gephi_csv(demo, tmp_path / "gephi.csv")
    assert (nodes, edges) == (tmp_path / "gephi-nodes.csv", tmp_path / "gephi-edges.csv")
    assert _header(nodes)[:2] == ["Id", "Label"]
    assert set(_header(nodes)[2:]) == NODE_KEYS - {"name"}
    assert _header(edges)[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    node_rows = _read_csv(nodes)
    stakeholders = {s.id: s for s in demo.all("stakeholder")}
    assert {r["Id"]: r["Label"] for r in node_rows} == {k: s.name for k, s in
                                                       stakeholders.items()}
    assert {r["type"] for r in node_rows} >= {"vve", "energiecooperatie", "gemeente"}
    edge_rows = _read_csv(edges)
    relations = demo.all("relation")
    assert len(edge_rows) == len(relations)
    assert all(r["Type"] == "Directed" for r in edge_rows)
    assert {(r["Source"], r["Target"], r["Label"], r["Weight"]) for r in edge_rows} == {
        (r.source_id, r.target_id, r.type, str(r.strength)) for r in relations}
    assert {r["Source"] for r in edge_rows} <= set(stakeholders)


def test_kumu_csv_has_kumus_columns_and_unique_labels(small, tmp_path):
    p, ids = small
    elements, connections = sh.export_kumu_csv(p, tmp_path / "kumu.csv")
    assert elements.name == "kumu-elements.csv" and connections.name == "kumu-connections.csv"
    assert _header(elements)[:4] == ["Label", "Type", "Description", "Tags"]
    assert {"influence", "interest", "segment", "participation"} <= set(_header(elements))
    assert _header(connections) == ["From", "To", "Type", "Strength", "Description"]
    rows = _read_csv(elements)
    assert [r["Label"] for r in rows] == ["Gemeente", 'Bewoners "Noord", $5 & <meer>',
                                          "Gemeente (2)"]
    assert [r["Type"] for r in rows] == ["Gemeente", "VvE", "Provincie"]
    assert rows[0]["Tags"] == "fase 1|fase 2"
    links = _read_csv(connections)
    assert [(r["From"], r["To"], r["Type"], r["Strength"]) for r in links] == [
        ("Gemeente", 'Bewoners "Noord", $5 & <meer>', "informeert", "1"),
        ("Gemeente", 'Bewoners "Noord", $5 & <meer>', "financiert", "3"),
        ('Bewoners "Noord", $5 & <meer>', "Gemeente (2)", "eigen verbinding", "2")]


def _network_of(p: Project) -> tuple[set, set]:
    parties = {s.id: s for s in p.all("stakeholder")}
    nodes = {(s.name, sh.type_key(s.type), s.role, s.influence, s.interest, s.segment,
              s.participation, tuple(s.phases), s.notes) for s in parties.values()}
    links = {(parties[r.source_id].name, parties[r.target_id].name, r.type, r.strength, r.note)
             for r in p.all("relation")}
    return nodes, links


def test_kumu_round_trip_gives_the_same_network(demo, tmp_path):
    files = sh.export_kumu_csv(demo, tmp_path / "kumu.csv")
    with Project.create(tmp_path / "leeg.wijkdesk", "Leeg", device=DEVICE_A) as fresh:
        preview = sh.read_kumu_csv(files, project=fresh)
        assert preview.ok and preview.unknown_types == () and preview.skipped == 0
        assert len(preview.new_stakeholders) == demo.count("stakeholder")
        assert preview.stakeholders == preview.new_stakeholders
        summary = sh.import_kumu(fresh, preview)
        assert (summary.stakeholders, summary.relations) == (
            demo.count("stakeholder"), demo.count("relation"))
        assert _network_of(fresh) == _network_of(demo)
        positions = [(s.x, s.y) for s in fresh.all("stakeholder")]
        assert len(set(positions)) == len(positions)  # on a grid, not on one heap
        # Importing the same again adds nothing: every party and relation is there.
        before = dump_text(fresh)
        again = sh.import_kumu(fresh, sh.read_kumu_csv(list(reversed(files))))
        assert (again.stakeholders, again.relations) == (0, 0)
        assert again.matched == demo.count("stakeholder")
        assert again.skipped == demo.count("relation")
        assert dump_text(fresh) == before


def test_kumu_import_maps_types_and_reports_unknown_ones(project, tmp_path):
    elements = tmp_path / "elements.csv"
    elements.write_text(
        "\nLabel;Type;Description;Tags;invloed;segment\n"
        "Gemeente Wisselmonde;Gemeente;Regie;fase 1|Fase 3|warmte;5;willen\n"
        "VvE Meidoorn;VvE;;;;\n"
        "Energiecoöperatie;energiecoöperatie/bewonersinitiatief;;;2;MIDDENVELD\n"
        "Provincie;Overheid;;;;\n"
        "Waterschap;;;;;\n"
        "vve meidoorn;VvE;een tweede;;;\n"
        ";;;;;\n", encoding="cp1252")  # Dutch Excel
    preview = sh.read_kumu_csv(elements)
    assert [(e.name, e.type, e.mapped_type) for e in preview.new_stakeholders] == [
        ("Gemeente Wisselmonde", "Gemeente", "gemeente"), ("VvE Meidoorn", "VvE", "vve"),
        ("Energiecoöperatie", "energiecoöperatie/bewonersinitiatief", "energiecooperatie"),
        ("Provincie", "Overheid", "overig"), ("Waterschap", "", "overig")]
    assert preview.unknown_types == ("Overheid",)
    assert [e.line for e in preview.duplicate_elements] == [8]
    first = preview.new_stakeholders[0]
    assert (first.description, first.phases, first.influence, first.segment) == (
        "Regie", (1, 3), 5, "willen")
    assert preview.new_stakeholders[2].segment == "middenveld"
    summary = sh.import_kumu(project, preview)
    assert summary.stakeholders == 5 and summary.unknown_types == ("Overheid",)
    assert {s.name: s.type for s in project.all("stakeholder")}["Provincie"] == "overig"


def test_a_connections_sheet_alone_links_stakeholders_already_there(project, tmp_path):
    a = project.add("stakeholder", name="Gemeente", type="gemeente")
    b = project.add("stakeholder", name="Straatgroep", type="bewonersgroep")
    sh.add_relation(project, a, b, "informeert")
    links = tmp_path / "connections.csv"
    links.write_bytes("\ufeffFrom,To,Type,Strength,Description\n"
                      "gemeente,STRAATGROEP,Informeert,3,al bekend\n"
                      "Straatgroep,Gemeente,adviseert,,\n"
                      "Straatgroep,Gemeente,Adviseert,1,dubbel\n".encode())
    preview = sh.read_kumu_csv(links, project=project)
    assert preview.ok
    assert [(c.source, c.type, c.strength) for c in preview.relations] == [
        ("Straatgroep", "adviseert", 2)]
    assert [c.line for c in preview.duplicate_relations] == [2, 4]
    summary = sh.import_kumu(project, preview)
    assert (summary.stakeholders, summary.relations, summary.skipped) == (0, 1, 2)
    added = project.get("relation", summary.relation_ids[0])
    assert (added.source_id, added.target_id, added.type) == (b, a, "adviseert")


# -- refusals: the project stays as it was -------------------------------------------------


def _refused(project: Project, paths, code: str) -> WijkdeskError:
    before = dump_text(project)
    with pytest.raises(WijkdeskError) as err:
        sh.import_kumu(project, sh.read_kumu_csv(paths))
    assert err.value.code == code, err.value
    assert dump_text(project) == before
    return err.value


def test_missing_columns_are_refused_with_the_columns_found_and_wanted(project, tmp_path):
    project.add("stakeholder", name="Gemeente")
    path = tmp_path / "wat.csv"
    path.write_text("Partij;Soort\nGemeente;gemeente\n", encoding="utf-8")
    err = _refused(project, path, "kumu_columns")
    assert "Partij, Soort" in str(err) and "Label" in str(err) and "From and To" in str(err)
    path.write_text("From;Type\nGemeente;informeert\n", encoding="utf-8")
    err = _refused(project, path, "kumu_columns")
    assert "From, Type" in str(err) and "needs From and To" in str(err)


def test_unknown_names_in_from_and_to_refuse_the_whole_import(project, tmp_path):
    project.add("stakeholder", name="Gemeente")
    elements = tmp_path / "elements.csv"
    elements.write_text("Label,Type\nStraatgroep,bewonersgroep\n", encoding="utf-8")
    links = tmp_path / "connections.csv"
    links.write_text("From,To,Type\nGemeente,Straatgroep,informeert\n"
                     "Gemeete,Straatgroep,informeert\nStraatgroep,Buurkracht,adviseert\n",
                     encoding="utf-8")
    preview = sh.read_kumu_csv([elements, links], project=project)
    assert not preview.ok and preview.unknown_names == ("Gemeete", "Buurkracht")
    err = _refused(project, [elements, links], "kumu_unknown_names")
    assert "Gemeete, Buurkracht" in str(err) and "Nothing was imported" in str(err)
    assert project.count("stakeholder") == 1  # Straatgroep was not added either


@pytest.mark.parametrize(("content", "code"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "csv_encoding"),
    (b"PK\x03\x04\x14\x00\x06\x00", "kumu_workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "kumu_workbook"),
    (b"", "csv_empty"),
    (b"\n \n", "csv_empty"),
    (b"Label,Type,influence\nGemeente,gemeente,9\n", "csv_bad_row"),
    (b"Label,Type,segment\nGemeente,gemeente,tegen\n", "csv_bad_row"),
    (b"Label,Type\n,gemeente\n", "csv_bad_row"),
    (b"From,To,Strength\nA,B,4\n", "csv_bad_row"),
    (b"From,To\nA,a\n", "csv_bad_row"),
    (b"From,To\nA,\n", "csv_bad_row"),
], ids=["binary", "xlsx", "xls", "empty", "blank", "influence", "segment", "no-label",
        "strength", "itself", "no-to"])
def test_unusable_files_are_refused_and_nothing_changes(project, tmp_path, content, code):
    project.add("stakeholder", name="A")
    path = tmp_path / "kumu.csv"
    path.write_bytes(content)
    err = _refused(project, path, code)
    if code == "csv_bad_row":
        assert err.params["line"] == 2


def test_a_huge_file_is_refused(project, tmp_path):
    path = tmp_path / "groot.csv"
    path.write_text("Label\n" + "".join(f"Partij {i}\n" for i in range(MAX_KUMU_ROWS + 1)),
                    encoding="utf-8")
    _refused(project, path, "kumu_too_many_rows")
    path.write_text("Label\n" + "".join(f"Partij {i}\n" for i in range(MAX_KUMU_ROWS)),
                    encoding="utf-8")
    assert len(sh.read_kumu_csv(path).new_stakeholders) == MAX_KUMU_ROWS


def test_a_missing_file_or_folder_is_refused(project, tmp_path):
    with pytest.raises(WijkdeskError) as err:
        sh.read_kumu_csv(tmp_path / "weg.csv")
    assert err.value.code == "not_found"
    with pytest.raises(WijkdeskError) as err:
        sh.read_kumu_csv(tmp_path)
    assert err.value.code == "is_folder"


# -- pictures -----------------------------------------------------------------------------


def _png_chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: dict[bytes, bytes] = {}
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind = data[at + 4:at + 8]
        chunks.setdefault(kind, data[at + 8:at + 8 + length])
        at += 12 + length
    return chunks


def test_a_png_picture_at_200_dpi(demo, tmp_path):
    out = sh.export_picture(demo, tmp_path / "netwerk.png")
    chunks = _png_chunks(out.read_bytes())
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    # The picture is cropped to the drawing, so its size follows the layout: at 200 dpi it
    # is still at least 6 by 4 inches.
    assert width >= 1200 and height >= 800
    x_ppm, y_ppm, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    assert unit == 1 and round(x_ppm * 0.0254) >= 200 and x_ppm == y_ppm
    assert b"IEND" in chunks


def test_an_svg_picture_is_xml_with_the_names(demo, tmp_path):
    out = sh.export_picture(demo, tmp_path / "netwerk.svg")
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert out.read_bytes() == sh.export_picture(demo, tmp_path / "again.svg").read_bytes()


def test_a_pdf_picture(demo, tmp_path):
    out = sh.export_picture(demo, tmp_path / "netwerk.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_pictures_of_awkward_networks(small, project, tmp_path):
    p, _ = small
    for fmt in ("png", "svg", "pdf"):  # "$5" and "<meer>" in a name; a custom type
        assert sh.export_picture(p, tmp_path / f"a.{fmt}").stat().st_size > 1000
    with Project.create(tmp_path / "leeg.wijkdesk", device=DEVICE_A) as empty:
        assert sh.export_picture(empty, tmp_path / "leeg.png").stat().st_size > 1000
        for i in range(4):  # nobody placed yet: a spring layout is drawn
            empty.add("stakeholder", name=f"P{i}")
        assert sh.export_picture(empty, tmp_path / "ongeplaatst.png", format="PNG").exists()


def test_an_unknown_picture_format_is_refused(demo, tmp_path):
    for name in ("netwerk.jpg", "netwerk"):
        with pytest.raises(WijkdeskError) as err:
            sh.export_picture(demo, tmp_path / name)
        assert err.value.code == "picture_format"
    assert list(tmp_path.iterdir()) == []


# -- writing files whole ------------------------------------------------------------------


def test_exports_never_overwrite_the_project_file(small):
    p, _ = small
    before = p.path.read_bytes()
    for write in (sh.export_graphml, sh.export_gexf):
        with pytest.raises(WijkdeskError) as err:
            write(p, p.path)
        assert err.value.code == "export_over_project"
    with pytest.raises(WijkdeskError):
        sh.export_picture(p, p.path, format="png")
    assert p.path.read_bytes() == before


def test_a_write_that_fails_leaves_nothing_behind(demo, tmp_path):
    with pytest.raises(WijkdeskError) as err:
        sh.export_graphml(demo, tmp_path / "weg" / "netwerk.graphml")
    assert err.value.code == "write_failed"
    # The second file of a pair cannot be written: the first is not written either.
    (tmp_path / "paar-edges.csv").mkdir()
    before = tree_state(tmp_path)
    with pytest.raises(WijkdeskError) as err:
        sh.export_gephi_csv(demo, tmp_path / "paar.csv")
    assert err.value.code == "write_failed"
    assert tree_state(tmp_path) == before
    # An older first file is put back as it was.
    (tmp_path / "paar-nodes.csv").write_text("oud", encoding="utf-8")
    before = tree_state(tmp_path)
    with pytest.raises(WijkdeskError):
        sh.export_gephi_csv(demo, tmp_path / "paar.csv")
    assert tree_state(tmp_path) == before
    # Once the way is clear, both are replaced and no backup stays behind.
    (tmp_path / "paar-edges.csv").rmdir()
    (tmp_path / "paar-edges.csv").write_text("oud", encoding="utf-8")
    sh.export_gephi_csv(demo, tmp_path / "paar.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paar-edges.csv", "paar-nodes.csv"]
    assert all(p.read_text(encoding="utf-8") != "oud" for p in tmp_path.iterdir())


def test_an_export_replaces_an_older_file(demo, tmp_path):
    target = tmp_path / "netwerk.graphml"
    target.write_text("oud", encoding="utf-8")
    sh.export_graphml(demo, target)
    assert target.read_text(encoding="utf-8").startswith("<?xml")


# -- start-up cost and backends -----------------------------------------------------------

FRESH = """
import json, sys, tempfile, pathlib
import wijkdesk.model.stakeholders, wijkdesk.model.network_export, wijkdesk.model.kumu_import
light = sorted(m for m in ("networkx", "matplotlib", "numpy") if m in sys.modules)
from wijkdesk.model.demo import build_demo
from wijkdesk.model import stakeholders as sh
folder = pathlib.Path(tempfile.mkdtemp())
p = build_demo(folder / "d.wijkdesk")
for suffix in ("png", "svg", "pdf"):
    sh.export_picture(p, folder / f"n.{suffix}")
print(json.dumps({"at_import": light,
                  "gui": sorted(m for m in sys.modules if m.startswith(("PySide6",
                                "matplotlib.backends.backend_qt", "tkinter",
                                "matplotlib.pyplot")))}))
"""


def test_heavy_modules_load_on_first_use_and_no_gui_backend_is_chosen(tmp_path):
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "WIJKDESK_DATA_DIR": str(tmp_path),
           "MPLBACKEND": ""}
    env.pop("MPLBACKEND")
    proc = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out == {"at_import": [], "gui": []}


def test_csv_files_parse_with_any_csv_reader(demo, tmp_path):
    for path in [*sh.export_gephi_csv(demo, tmp_path / "g.csv"),
                 *sh.export_kumu_csv(demo, tmp_path / "k.csv")]:
        text = path.read_text(encoding="utf-8")
        assert not text.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert len({len(r) for r in rows}) == 1 and len(rows) > 10

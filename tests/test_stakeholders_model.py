"""The stakeholder network's model (issue 5): types, checks, the graph, layouts and analysis."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from wijkdesk.model import Project, ValidationError
from wijkdesk.model import demo_data as d
from wijkdesk.model import stakeholders as sh
from wijkdesk.model.demo import build_demo
from wijkdesk.model.dump import dump_text
from wijkdesk.model.kinds import SEGMENTS

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "stakeholders.json"


def party(p: Project, name: str, type: str = "overig", **fields) -> str:
    return p.add("stakeholder", name=name, type=type, **fields)


@pytest.fixture
def net(project):
    """A small network: gemeente → corporatie → huurders; a loose school."""
    ids = {
        "gemeente": party(project, "Gemeente", "gemeente", influence=5, phases=[3, 1],
                          contact_name="Jan de Vries", contact_consent=True, x=10.0, y=20.0),
        "corporatie": party(project, "Woonstichting", "woningcorporatie",
                            contact_name="Els Bakker", notes="Bezit 640 woningen"),
        "huurders": party(project, "Huurdersvereniging", "huurdersvereniging",
                          segment="willen", participation="adviseren"),
        "school": party(project, "Basisschool", "school", segment="niet willen"),
    }
    ids["r1"] = sh.add_relation(project, ids["gemeente"], ids["corporatie"], "regisseert", 3,
                                "Prestatieafspraken")
    ids["r2"] = sh.add_relation(project, ids["corporatie"], ids["huurders"], "financiert", 1)
    return project, ids


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = build_demo(tmp_path_factory.mktemp("demo") / "demo.wijkdesk", device=DEVICE_A)
    yield p
    p.close()


# -- reference lists ----------------------------------------------------------------------


def test_the_template_lists_the_types_verbs_and_resident_groups():
    types = sh.stakeholder_types()
    assert list(types) == ["gemeente", "netbeheerder", "woningcorporatie", "huurdersvereniging",
                           "vve", "energiecooperatie", "warmtebedrijf", "wijkteam", "school",
                           "ondernemers", "energieloket", "bewonersgroep", "overig"]
    assert types["vve"].label == "VvE"
    assert all(t.label and t.description and isinstance(t.typical, bool)
               for t in types.values())
    assert sh.relation_types() == ("regisseert", "financiert", "adviseert", "vertegenwoordigt",
                                   "beheert", "levert", "stemt in", "informeert",
                                   "ondersteunt", "is eigenaar van")
    assert sh.resident_types() == sh.RESIDENT_TYPES == {
        "bewonersgroep", "huurdersvereniging", "vve", "energiecooperatie"}
    checklist = sh.checklist()
    assert {i.key for i in checklist} == {k for k, t in types.items() if t.typical}
    assert all(len(i.why) > 20 for i in checklist)
    # The file and the built-in fallback say the same.
    assert sh.stakeholder_types(Path("/nonexistent/stakeholders.json")) == types
    assert sh.checklist(Path("/nonexistent/stakeholders.json")) == checklist


def test_every_type_the_demo_uses_is_a_known_type():
    known = sh.stakeholder_types()
    for s in d.STAKEHOLDERS:
        assert s["type"] in known, s["type"]  # stored as keys
        assert sh.type_key(s["type"]) == s["type"]


@pytest.mark.parametrize(("written", "key"), [
    ("VvE", "vve"), ("vve", "vve"), ("V.v.E.", "vve"), ("vereniging van eigenaars", "vve"),
    ("energiecoöperatie/bewonersinitiatief", "energiecooperatie"),
    ("Energiecooperatie / Bewonersinitiatief", "energiecooperatie"),
    ("wijkteam/zorg en welzijn", "wijkteam"), ("corporatie", "woningcorporatie"),
    ("bewoners", "bewonersgroep"), ("  Gemeente ", "gemeente"), ("", "overig"),
    ("Buurtsportcoach", "Buurtsportcoach"), (" Provincie ", "Provincie"),
])
def test_type_key_knows_labels_and_aliases_and_keeps_a_type_of_ones_own(written, key):
    assert sh.type_key(written) == key


def test_type_label_shows_a_custom_type_as_typed():
    assert sh.type_label("vve") == "VvE"
    assert sh.type_label("VvE") == "VvE"
    assert sh.type_label("wijkteam") == "Wijkteam/zorg en welzijn"
    assert sh.type_label("Buurtsportcoach") == "Buurtsportcoach"
    assert sh.is_resident_type("VvE") and not sh.is_resident_type("gemeente")
    assert sh.type_colour("vve") != sh.type_colour("gemeente")
    assert sh.type_colour("Provincie") == sh.type_colour("provincie")  # stable for custom


@pytest.mark.parametrize("content", [
    None, "{not json", "[]", '{"types": "gemeente"}',
    '{"types": [{"key": "gemeente", "label": "Gemeente", "typical": "ja"}]}',
    '{"types": [{"key": "Gemeente!", "label": "Gemeente", "typical": true}]}',
    '{"types": [{"key": "a", "label": "A", "typical": true}, '
    '{"key": "a", "label": "B", "typical": true}]}',
])
def test_a_missing_or_damaged_template_falls_back_to_the_built_in_lists(tmp_path, content):
    path = tmp_path / "stakeholders.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert list(sh.stakeholder_types(path)) == list(sh.stakeholder_types())
    assert sh.relation_types(path) == sh.relation_types()
    assert sh.resident_types(path) == sh.RESIDENT_TYPES


def test_a_facilitators_own_template_is_used(tmp_path):
    data = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    data["types"] = [t for t in data["types"] if t["key"] != "overig"]
    data["types"][0]["label"] = "Gemeente (regie)"
    data["types"].append({"key": "provincie", "label": "Provincie", "typical": False,
                          "description": "Subsidies"})
    data["relation_types"] = ["praat met", "regisseert"]
    data["resident_types"] = ["bewonersgroep", "nergens"]  # an unknown key: built-in list
    path = tmp_path / "eigen.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    types = sh.stakeholder_types(path)
    assert types["gemeente"].label == "Gemeente (regie)"
    assert "provincie" in types and "overig" in types  # overig is always there
    assert sh.relation_types(path) == ("praat met", "regisseert")
    assert sh.resident_types(path) == sh.RESIDENT_TYPES
    assert sh.type_label("gemeente", path) == "Gemeente (regie)"


# -- checks -------------------------------------------------------------------------------


def test_a_name_that_exists_gives_a_warning_not_a_refusal(net):
    p, ids = net
    assert sh.check_stakeholder(p, {"name": "  gemeente "}) == ["name_exists"]
    assert sh.check_stakeholder(p, {"name": "GEMEENTE", "influence": 4}) == ["name_exists"]
    assert sh.check_stakeholder(p, {"name": "Gemeente"}, ids["gemeente"]) == []  # itself
    assert sh.check_stakeholder(p, {"name": "Provincie"}) == []
    assert sh.check_stakeholder(p, {"influence": 4}) == []
    p.add("stakeholder", name="Gemeente")  # allowed all the same
    p.delete("stakeholder", ids["school"])
    assert sh.check_stakeholder(p, {"name": "Basisschool"}) == []  # a deleted one


@pytest.mark.parametrize("field", ["influence", "interest"])
@pytest.mark.parametrize("value", [0, 6, -1, 99])
def test_influence_and_interest_outside_1_to_5_are_refused_by_the_model(net, field, value):
    p, ids = net
    before = dump_text(p)
    with pytest.raises(ValidationError) as err:
        p.add("stakeholder", name="Nieuw", **{field: value})
    assert err.value.code == "out_of_range"
    with pytest.raises(ValidationError):
        p.update("stakeholder", ids["school"], **{field: value})
    assert dump_text(p) == before
    p.update("stakeholder", ids["school"], **{field: 1})
    p.update("stakeholder", ids["school"], **{field: 5})


def test_a_relation_to_itself_is_refused(net):
    p, ids = net
    with pytest.raises(ValidationError) as err:
        sh.check_relation(p, ids["school"], ids["school"], "informeert")
    assert err.value.code == "relation_to_itself"
    assert "Basisschool" in str(err.value)


def test_a_duplicate_relation_is_refused_but_other_types_and_directions_are_not(net):
    p, ids = net
    g, c = ids["gemeente"], ids["corporatie"]
    with pytest.raises(ValidationError) as err:
        sh.check_relation(p, g, c, "regisseert")
    assert err.value.code == "relation_exists"
    assert "Gemeente" in str(err.value) and "Woonstichting" in str(err.value)
    with pytest.raises(ValidationError):
        sh.check_relation(p, g, c, " Regisseert ")  # case and spaces do not matter
    sh.check_relation(p, g, c, "financiert")  # another type
    sh.check_relation(p, c, g, "regisseert")  # the other direction
    sh.check_relation(p, g, c, "regisseert", relation_id=ids["r1"])  # editing itself
    p.delete("relation", ids["r1"])
    sh.check_relation(p, g, c, "regisseert")  # a deleted one does not count


def test_a_relation_with_an_unknown_or_deleted_stakeholder_is_refused(net):
    p, ids = net
    for source, target in ((ids["gemeente"], "nope"), ("nope", ids["gemeente"]),
                           (ids["gemeente"], ids["r1"])):
        with pytest.raises(ValidationError) as err:
            sh.check_relation(p, source, target, "informeert")
        assert err.value.code == "unknown_stakeholder"
    p.delete("stakeholder", ids["school"])
    with pytest.raises(ValidationError) as err:
        sh.check_relation(p, ids["gemeente"], ids["school"], "informeert")
    assert err.value.code == "unknown_stakeholder"


def test_add_relation_checks_first_and_a_refusal_changes_nothing(net):
    p, ids = net
    before = dump_text(p)
    for args in ((ids["gemeente"], ids["gemeente"], "x"),
                 (ids["gemeente"], ids["corporatie"], "regisseert"),
                 (ids["gemeente"], "weg", "x")):
        with pytest.raises(ValidationError):
            sh.add_relation(p, *args)
    with pytest.raises(ValidationError):
        sh.add_relation(p, ids["gemeente"], ids["school"], "informeert", strength=4)
    assert dump_text(p) == before
    new = sh.add_relation(p, ids["gemeente"], ids["school"], " informeert ", 1, "Nieuwsbrief")
    rec = p.get("relation", new)
    assert (rec.source_id, rec.target_id, rec.type, rec.strength, rec.note) == (
        ids["gemeente"], ids["school"], "informeert", 1, "Nieuwsbrief")


# -- the graph ----------------------------------------------------------------------------

NODE_KEYS = {"name", "type", "type_label", "role", "influence", "interest", "segment",
             "participation", "phases", "x", "y", "notes"}


def test_the_graph_carries_every_attribute_and_no_contact_name_by_default(net):
    import networkx as nx

    p, ids = net
    sh.add_relation(p, ids["gemeente"], ids["corporatie"], "financiert")  # a parallel edge
    g = sh.graph(p)
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {ids[k] for k in ("gemeente", "corporatie", "huurders", "school")}
    assert g.graph["name"] == "Testwijk"
    node = g.nodes[ids["gemeente"]]
    assert set(node) == NODE_KEYS
    assert node == {"name": "Gemeente", "type": "gemeente", "type_label": "Gemeente",
                    "role": "", "influence": 5, "interest": 3, "segment": "middenveld",
                    "participation": "informeren", "phases": "1,3", "x": 10.0, "y": 20.0,
                    "notes": ""}
    assert g.nodes[ids["school"]]["phases"] == ""
    assert all(v is not None and not isinstance(v, list | tuple)
               for _, data in g.nodes(data=True) for v in data.values())
    edges = g.get_edge_data(ids["gemeente"], ids["corporatie"])
    assert edges[ids["r1"]] == {"type": "regisseert", "strength": 3, "note": "Prestatieafspraken"}
    assert len(edges) == 2
    assert g.number_of_edges() == 3


def test_contact_names_only_with_personal_and_consent(net):
    p, ids = net
    assert "contact_name" not in sh.graph(p).nodes[ids["gemeente"]]
    personal = sh.graph(p, personal=True)
    assert personal.nodes[ids["gemeente"]]["contact_name"] == "Jan de Vries"
    assert "contact_name" not in personal.nodes[ids["corporatie"]]  # no consent


def test_the_graph_leaves_out_deleted_stakeholders_and_their_relations(net):
    p, ids = net
    p.delete("stakeholder", ids["huurders"])  # its relation r2 stays in the file
    g = sh.graph(p)
    assert ids["huurders"] not in g
    assert g.number_of_edges() == 1


def test_a_custom_type_is_kept_as_typed(project):
    s = party(project, "Provincie Waardland", "Provincie")
    node = sh.graph(project).nodes[s]
    assert (node["type"], node["type_label"]) == ("Provincie", "Provincie")


# -- layouts ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", sh.LAYOUTS)
def test_layouts_are_deterministic_and_centred(demo, tmp_path, method):
    first = sh.layout(demo, method)
    assert set(first) == {s.id for s in demo.all("stakeholder")}
    assert first == sh.layout(demo, method)
    with Project.open(demo.save_copy(tmp_path / "kopie.wijkdesk"), device=DEVICE_A) as copy:
        assert sh.layout(copy, method) == first  # same content, same picture
    xs = [x for x, _ in first.values()]
    ys = [y for _, y in first.values()]
    assert all(math.isfinite(v) and isinstance(v, float) for v in xs + ys)
    assert abs((min(xs) + max(xs)) / 2) < 400 and abs((min(ys) + max(ys)) / 2) < 400
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 600  # spread out, not in a heap
    points = sorted(first.values())
    assert len(set(points)) == len(points)  # no two on the same spot
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 20


@pytest.mark.parametrize("method", sh.LAYOUTS)
def test_layouts_keep_what_is_kept(demo, method):
    parties = demo.all("stakeholder")
    keep = {parties[0].id, parties[3].id, parties[7].id}
    pos = sh.layout(demo, method, keep=keep)
    for s in parties:
        if s.id in keep:
            assert pos[s.id] == (s.x, s.y)
    free = [pos[s.id] for s in parties if s.id not in keep]
    assert len(set(free)) == len(free)
    assert pos == sh.layout(demo, method, keep=frozenset(keep))
    everything = {s.id for s in parties}
    assert sh.layout(demo, method, keep=everything) == {s.id: (s.x, s.y) for s in parties}


@pytest.mark.parametrize("method", sh.LAYOUTS)
def test_layouts_of_a_part_and_of_nothing(net, method):
    p, ids = net
    part = sh.layout(p, method, ids=[ids["gemeente"], ids["corporatie"], "weg"])
    assert set(part) == {ids["gemeente"], ids["corporatie"]}
    assert sh.layout(p, method, ids=[]) == {}
    assert sh.layout(p, method, ids=[ids["school"]]) == {ids["school"]: (0.0, 0.0)}


def test_an_unknown_layout_is_refused(net):
    with pytest.raises(ValidationError):
        sh.layout(net[0], "circular")


def test_kamada_kawai_puts_neighbours_closer_than_strangers(demo):
    pos = sh.layout(demo, "kamada_kawai")
    g = sh.graph(demo)
    near = [math.dist(pos[u], pos[v]) for u, v in g.edges()]
    linked = {frozenset(e) for e in g.edges()}
    far = [math.dist(pos[u], pos[v]) for u in pos for v in pos
           if u < v and frozenset((u, v)) not in linked]
    assert sum(near) / len(near) < 0.7 * sum(far) / len(far)


def test_kamada_kawai_places_a_free_node_between_its_kept_neighbours(project):
    a = party(project, "A", x=0.0, y=0.0)
    b = party(project, "B", x=900.0, y=-700.0)
    c = party(project, "C", x=400.0, y=0.0)
    sh.add_relation(project, a, b, "informeert")
    sh.add_relation(project, b, c, "informeert")
    pos = sh.layout(project, "kamada_kawai", keep={a, c})
    assert pos[a] == (0.0, 0.0) and pos[c] == (400.0, 0.0)
    assert math.dist(pos[b], (200.0, 0.0)) < 200  # between them, a step from each
    assert abs(math.dist(pos[b], pos[a]) - math.dist(pos[b], pos[c])) < 1.0


def test_spring_with_kept_nodes_works_in_scene_units(project):
    ids = [party(project, f"P{i}", x=1000.0 + 100 * i, y=500.0) for i in range(6)]
    for u, v in zip(ids, ids[1:], strict=False):
        sh.add_relation(project, u, v, "informeert")
    pos = sh.layout(project, "spring", keep={ids[0], ids[5]})
    assert pos[ids[0]] == (1000.0, 500.0) and pos[ids[5]] == (1500.0, 500.0)
    for i in ids[1:5]:  # near the kept ones, not around (0, 0)
        assert math.dist(pos[i], (1250.0, 500.0)) < 1500


def test_grouped_puts_each_type_in_its_own_cluster(demo):
    pos = sh.layout(demo, "grouped")
    by_type: dict[str, list[tuple[float, float]]] = {}
    for s in demo.all("stakeholder"):
        by_type.setdefault(sh.type_key(s.type), []).append(pos[s.id])
    centres = {k: (sum(x for x, _ in v) / len(v), sum(y for _, y in v) / len(v))
               for k, v in by_type.items()}
    for key, points in by_type.items():
        for point in points:
            nearest = min(centres, key=lambda k: math.dist(centres[k], point))
            assert nearest == key


def test_grouped_with_kept_nodes_moves_the_groups_to_them(net):
    p, ids = net
    p.update("stakeholder", ids["school"], x=5000.0, y=5000.0)
    pos = sh.layout(p, "grouped", keep={ids["school"]})
    assert pos[ids["school"]] == (5000.0, 5000.0)
    assert all(math.dist(xy, (5000.0, 5000.0)) < 3000 for xy in pos.values())


# -- analysis -----------------------------------------------------------------------------


def test_analysis_of_the_demo(demo):
    result = sh.analysis(demo)
    names = {s.id: s.name for s in demo.all("stakeholder")}
    assert names[result.brokers[0][0]] == "Gemeente Wisselmonde"
    scores = [score for _, score in result.brokers]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    assert [names[i] for i in result.isolated] == ["Basisschool De Vlinderboom"]
    assert [names[i] for i in result.no_path_to_residents] == ["Basisschool De Vlinderboom"]
    assert result.no_resident_groups is False
    assert result.per_segment == {"willen": 7, "middenveld": 9, "niet willen": 1}
    assert result.missing_types == []


def test_analysis_finds_the_broker_in_the_middle(project):
    a, b, c, e = (party(project, n) for n in "ABCE")
    sh.add_relation(project, a, b, "informeert")
    sh.add_relation(project, c, b, "informeert")  # direction does not matter
    sh.add_relation(project, b, e, "informeert")
    result = sh.analysis(project)
    assert result.brokers == [(b, pytest.approx(1.0))]


def test_analysis_of_isolated_parties_and_paths_to_residents(project):
    gemeente = party(project, "Gemeente", "gemeente")
    bewoners = party(project, "Straatgroep", "bewonersgroep")
    vve = party(project, "VvE Los", "VvE")  # a resident group without relations
    loket = party(project, "Loket", "energieloket")
    warmte = party(project, "Warmtebedrijf", "warmtebedrijf")
    school = party(project, "School", "school")
    sh.add_relation(project, gemeente, bewoners, "informeert")
    sh.add_relation(project, bewoners, gemeente, "adviseert")
    sh.add_relation(project, warmte, loket, "informeert")  # a pair apart from the residents
    result = sh.analysis(project)
    assert result.isolated == [vve, school]
    assert result.no_path_to_residents == [loket, warmte, school]
    assert result.no_resident_groups is False
    assert result.brokers == []
    assert result.per_segment == {"willen": 0, "middenveld": 6, "niet willen": 0}
    assert result.missing_types == ["netbeheerder", "woningcorporatie", "huurdersvereniging",
                                    "energiecooperatie", "wijkteam", "ondernemers"]


def test_analysis_without_resident_groups_says_so(project):
    a = party(project, "Gemeente", "gemeente", segment="willen")
    b = party(project, "Netbeheerder", "netbeheerder", segment="niet willen")
    sh.add_relation(project, a, b, "informeert")
    result = sh.analysis(project)
    assert result.no_resident_groups is True
    assert result.no_path_to_residents == []
    assert set(result.per_segment) == set(SEGMENTS)
    assert result.per_segment == {"willen": 1, "middenveld": 0, "niet willen": 1}
    assert "bewonersgroep" in result.missing_types and "gemeente" not in result.missing_types


def test_analysis_of_an_empty_project(project):
    result = sh.analysis(project)
    assert result.brokers == result.isolated == result.no_path_to_residents == []
    assert result.no_resident_groups is True
    assert result.per_segment == {s: 0 for s in SEGMENTS}
    assert result.missing_types == [i.key for i in sh.checklist()]


def test_analysis_ignores_relations_of_deleted_parties(project):
    a = party(project, "A", "gemeente")
    b = party(project, "B", "bewonersgroep")
    sh.add_relation(project, a, b, "informeert")
    project.delete("stakeholder", b)
    result = sh.analysis(project)
    assert result.isolated == [a]
    assert result.no_resident_groups is True

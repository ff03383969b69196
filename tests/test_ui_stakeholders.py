"""The Stakeholders view as a facilitator uses it: adding parties and relations through the
dialogs, dragging on the network and in the power/interest grid, layouts, filters and focus,
deleting, exports, the Kumu import, the analysis panel and the demo project."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tests.util import open_in_window

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- helpers ------------------------------------------------------------------------------


_open = open_in_window


def _show(window, qtbot):
    """The Stakeholders view in a big window, its scenes built and laid out."""
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(1)
    view = window.stakeholder_view
    view.ensure_built()
    qtbot.waitUntil(lambda: view.network.isVisible() and view.network.viewport().width() > 600)
    return view


def _setup(window, project, qtbot):
    opened = _open(window, project)
    return opened, _show(window, qtbot)


def _ids(opened, kind="stakeholder"):
    return {r.id for r in opened.all(kind)}


def _lines(view):
    return [view.people.item(i).text() for i in range(view.people.count())]


def _add_through_dialog(view, qtbot, name, *, type_key=None, role="", influence=None,
                        interest=None, segment=None, participation=None, contact="",
                        consent=False, notes="", phases=()):
    """Open the New stakeholder dialog, fill it in, press OK; returns the dialog."""
    view.add_stakeholder()
    dialog = view.dialog
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText(name)
    if type_key is not None:
        index = dialog.type.findData(type_key)
        assert index >= 0, type_key
        dialog.type.setCurrentIndex(index)
    dialog.role.setText(role)
    if influence is not None:
        dialog.influence.setValue(influence)
    if interest is not None:
        dialog.interest.setValue(interest)
    if segment is not None:
        dialog.segment.setCurrentIndex(dialog.segment.findData(segment))
    if participation is not None:
        dialog.participation.setCurrentIndex(dialog.participation.findData(participation))
    dialog.contact.setText(contact)
    dialog.consent.setChecked(consent)
    dialog.notes.setPlainText(notes)
    for n in phases:
        dialog.phases[n].setChecked(True)
    dialog.accept()
    return dialog


def _add_relation_through_dialog(view, source, target, rel_type, strength=2, note=""):
    view.add_relation()
    dialog = view.dialog
    assert dialog is not None
    dialog.source.setCurrentIndex(dialog.source.findData(source))
    dialog.target.setCurrentIndex(dialog.target.findData(target))
    dialog.type.setCurrentText(rel_type)
    dialog.strength.setValue(strength)
    dialog.note.setText(note)
    dialog.accept()
    return dialog


def _party(opened, name, type_key="overig", x=0.0, y=0.0, **fields):
    return opened.add("stakeholder", name=name, type=type_key, x=float(x), y=float(y), **fields)


def _small_network(opened):
    """Five parties on distinct places with relations: a is the hub, e is loose."""
    ids = {
        "a": _party(opened, "Gemeente Oost", "gemeente", 0, 0, segment="willen"),
        "b": _party(opened, "Stedin", "netbeheerder", 300, 0, segment="middenveld"),
        "c": _party(opened, "Bewoners Zuid", "bewonersgroep", 0, 300, segment="willen"),
        "d": _party(opened, "Woonstede", "woningcorporatie", 300, 300,
                    segment="niet willen"),
        "e": _party(opened, "Bakkerij Jansen", "ondernemers", 600, 150, segment="middenveld"),
    }
    rels = {
        "ab": opened.add("relation", source_id=ids["a"], target_id=ids["b"], type="regisseert"),
        "ac": opened.add("relation", source_id=ids["a"], target_id=ids["c"], type="informeert"),
        "cd": opened.add("relation", source_id=ids["c"], target_id=ids["d"],
                         type="vertegenwoordigt"),
    }
    return ids, rels


def _drag(view, start, end, steps=8):
    """Left-press at scene point start, move with the button held in steps, release at end."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    assert viewport.rect().contains(a) and viewport.rect().contains(b), "drag off screen"
    QTest.mousePress(viewport, LEFT, NO_MOD, a)
    for n in range(1, steps + 1):
        p = QPointF(a.x() + (b.x() - a.x()) * n / steps, a.y() + (b.y() - a.y()) * n / steps)
        move = QMouseEvent(QEvent.Type.MouseMove, p, QPointF(viewport.mapToGlobal(p.toPoint())),
                           Qt.MouseButton.NoButton, LEFT, NO_MOD)
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, LEFT, NO_MOD, b)
    return view.mapToScene(b)


def _positions(opened):
    return {r.id: (r.x, r.y) for r in opened.all("stakeholder")}


def _section(view, title):
    """The text under one heading of the analysis panel (tags removed)."""
    html = view.analysis.text()
    for part in re.findall(r"<p>(.*?)</p>", html, flags=re.S):
        head, _, body = part.partition("<br>")
        if re.sub(r"<[^>]+>", "", head) == title:
            return re.sub(r"<[^>]+>", "", body)
    raise AssertionError(f"no section {title!r} in {html!r}")


def _write_csv(path: Path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


# -- 1. adding through the dialog ---------------------------------------------------------


def test_two_stakeholders_are_added_through_the_dialog_with_every_field_and_undone(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    assert opened.count("stakeholder") == 0
    assert not view.relation_button.isEnabled()

    first = _add_through_dialog(
        view, qtbot, "Gemeente Oost", type_key="gemeente", role="Regisseur warmtetransitie",
        influence=5, interest=4, segment="willen", participation="meebeslissen",
        contact="Anna de Vries", consent=True, notes="Wethouder komt op 17 september.",
        phases=(1, 3))
    assert first.result() == QDialog.DialogCode.Accepted
    assert not first.isVisible()
    second = _add_through_dialog(
        view, qtbot, "Stedin", type_key="netbeheerder", role="Netbeheer",
        influence=4, interest=2, segment="niet willen", participation="raadplegen",
        contact="", consent=False, notes="Planning vervanging gasnet", phases=(2,))
    assert second.result() == QDialog.DialogCode.Accepted

    [gemeente] = opened.all("stakeholder", name="Gemeente Oost")
    [stedin] = opened.all("stakeholder", name="Stedin")
    assert (gemeente.type, gemeente.role, gemeente.influence, gemeente.interest,
            gemeente.segment, gemeente.participation, gemeente.contact_name,
            gemeente.contact_consent, gemeente.notes, list(gemeente.phases)) == (
        "gemeente", "Regisseur warmtetransitie", 5, 4, "willen", "meebeslissen",
        "Anna de Vries", True, "Wethouder komt op 17 september.", [1, 3])
    assert (stedin.type, stedin.role, stedin.influence, stedin.interest, stedin.segment,
            stedin.participation, stedin.contact_name, stedin.contact_consent, stedin.notes,
            list(stedin.phases)) == (
        "netbeheerder", "Netbeheer", 4, 2, "niet willen", "raadplegen", "", False,
        "Planning vervanging gasnet", [2])

    # on screen: a node on the network and in the grid, a line in the list
    assert set(view.network.nodes) == {gemeente.id, stedin.id}
    assert set(view.grid.nodes) == {gemeente.id, stedin.id}
    assert view.network.nodes[stedin.id].segment == "niet willen"
    node_a, node_b = view.network.nodes[gemeente.id], view.network.nodes[stedin.id]
    assert not node_a.sceneBoundingRect().intersects(node_b.sceneBoundingRect())
    assert _lines(view) == ["Gemeente Oost — Gemeente", "Stedin — Netbeheerder"]
    assert view.relation_button.isEnabled()

    window.undo_action.trigger()  # Ctrl+Z: the last one goes
    assert _ids(opened) == {gemeente.id}
    assert set(view.network.nodes) == {gemeente.id}
    assert set(view.grid.nodes) == {gemeente.id}
    assert _lines(view) == ["Gemeente Oost — Gemeente"]
    assert not view.relation_button.isEnabled()

    window.redo_action.trigger()
    assert _ids(opened) == {gemeente.id, stedin.id}
    assert opened.get("stakeholder", stedin.id).notes == "Planning vervanging gasnet"
    assert set(view.network.nodes) == {gemeente.id, stedin.id}
    assert _lines(view) == ["Gemeente Oost — Gemeente", "Stedin — Netbeheerder"]


def test_a_stakeholder_without_a_name_is_refused_in_the_dialog(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    dialog = _add_through_dialog(view, qtbot, "   ")
    assert dialog.result() == 0
    assert dialog.isVisible()  # stays open with what was typed
    assert dialog.error.isVisible() and "name" in dialog.error.text()
    assert opened.count("stakeholder") == 0
    assert not window.undo_action.isEnabled()
    dialog.reject()


def test_double_click_on_a_node_edits_it_and_insert_opens_a_new_one(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, _rels = _small_network(opened)
    network = view.network
    network.fit_all()
    QTest.mouseDClick(network.viewport(), LEFT, NO_MOD,
                      network.mapFromScene(network.nodes[ids["b"]].scenePos()))
    dialog = view.dialog
    assert dialog.name.text() == "Stedin"
    assert dialog.type.currentData() == "netbeheerder"
    dialog.influence.setValue(1)
    dialog.role.setText("Beheert het net")
    dialog.accept()
    rec = opened.get("stakeholder", ids["b"])
    assert (rec.influence, rec.role, rec.name) == (1, "Beheert het net", "Stedin")
    assert window.undo_action.text().endswith("Change stakeholder")
    assert view.network.nodes[ids["b"]].influence == 1
    window.undo_action.trigger()
    assert opened.get("stakeholder", ids["b"]).influence == 3

    view.dialog = None
    network.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Insert)
    assert view.dialog is not None and view.dialog.windowTitle() == "New stakeholder"


def test_scene_items_keep_the_qgraphicsitem_type_method(window, project, qtbot):
    """Qt calls ``type()`` on items (debug output, qgraphicsitem_cast): an attribute called
    ``type`` holding a string makes every such call raise."""
    from PySide6.QtWidgets import QGraphicsItem

    opened, view = _setup(window, project, qtbot)
    _small_network(opened)
    items = [*view.network.nodes.values(), *view.network.edges.values(),
             *view.grid.nodes.values()]
    assert items
    broken = [type(i).__name__ for i in items if not callable(getattr(i, "type", None))]
    assert broken == [], "NodeItem/EdgeItem.type is a str and hides QGraphicsItem.type()"
    assert all(i.type() >= QGraphicsItem.UserType for i in items)


# -- 2. a name that exists already --------------------------------------------------------


def test_a_name_that_exists_already_warns_but_may_be_saved(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    _add_through_dialog(view, qtbot, "Buurtvereniging De Horst", type_key="bewonersgroep")
    assert opened.count("stakeholder") == 1

    view.add_stakeholder()
    dialog = view.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Buurtvereniging")
    assert not dialog.warning.isVisible()
    dialog.name.setText("buurtvereniging  de horst")  # other case and spacing: the same name
    assert dialog.warning.isVisible()
    assert "buurtvereniging  de horst" in dialog.warning.text()
    assert "already" in dialog.warning.text()
    dialog.name.setText("Buurtvereniging De Horst-Noord")
    assert not dialog.warning.isVisible()
    dialog.name.setText("Buurtvereniging De Horst")
    assert dialog.warning.isVisible()
    assert "Buurtvereniging De Horst" in dialog.warning.text()

    dialog.accept()  # a warning, not a refusal
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.error.text()
    names = [r.name for r in opened.all("stakeholder")]
    assert names == ["Buurtvereniging De Horst", "Buurtvereniging De Horst"]
    assert len(view.network.nodes) == 2


# -- 3. relations through the dialog ------------------------------------------------------


def test_a_relation_is_added_and_self_and_duplicate_relations_are_refused(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    a = _party(opened, "Gemeente Oost", "gemeente", 0, 0)
    b = _party(opened, "Stedin", "netbeheerder", 400, 0)
    assert set(view.network.nodes) == {a, b}
    assert view.relation_button.isEnabled()

    dialog = _add_relation_through_dialog(view, a, b, "financiert", strength=3,
                                          note="Subsidie voor de warmtescan")
    assert dialog.result() == QDialog.DialogCode.Accepted
    [rel] = opened.all("relation")
    assert (rel.source_id, rel.target_id, rel.type, rel.strength, rel.note) == (
        a, b, "financiert", 3, "Subsidie voor de warmtescan")
    assert set(view.network.edges) == {rel.id}
    edge = view.network.edges[rel.id]
    assert edge.source is view.network.nodes[a] and edge.target is view.network.nodes[b]
    assert edge.isVisible()

    itself = _add_relation_through_dialog(view, a, a, "adviseert")
    itself.show()
    qtbot.waitExposed(itself)
    assert itself.result() == 0
    assert itself.error.isVisible() and "Gemeente Oost" in itself.error.text()
    assert opened.count("relation") == 1
    assert set(view.network.edges) == {rel.id}
    itself.reject()

    twice = _add_relation_through_dialog(view, a, b, "Financiert")  # the type without case
    twice.show()
    qtbot.waitExposed(twice)
    assert twice.result() == 0
    assert twice.error.isVisible()
    assert "Gemeente Oost" in twice.error.text() and "Stedin" in twice.error.text()
    assert opened.count("relation") == 1
    twice.reject()

    back = _add_relation_through_dialog(view, b, a, "financiert")  # the other way is fine
    assert back.result() == QDialog.DialogCode.Accepted
    assert opened.count("relation") == 2
    assert len(view.network.edges) == 2

    window.undo_action.trigger()
    assert opened.count("relation") == 1
    assert set(view.network.edges) == {rel.id}


def test_double_click_on_a_relation_edits_it_with_the_same_checks(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    network = view.network
    network.fit_all()
    middle = network.edges[rels["ab"]].boundingRect().center()
    QTest.mouseDClick(network.viewport(), LEFT, NO_MOD, network.mapFromScene(middle))
    dialog = view.dialog
    assert dialog.values()["source_id"] == ids["a"]
    assert dialog.values()["target_id"] == ids["b"]
    assert dialog.values()["type"] == "regisseert"

    dialog.target.setCurrentIndex(dialog.target.findData(ids["c"]))
    dialog.type.setCurrentText("informeert")  # a→c informeert exists already
    dialog.accept()
    assert dialog.result() == 0 and "already" in dialog.error.text()
    dialog.target.setCurrentIndex(dialog.target.findData(ids["a"]))
    dialog.accept()
    assert dialog.result() == 0 and "itself" in dialog.error.text()
    assert opened.get("relation", rels["ab"]).target_id == ids["b"]

    dialog.target.setCurrentIndex(dialog.target.findData(ids["e"]))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rec = opened.get("relation", rels["ab"])
    assert (rec.target_id, rec.type) == (ids["e"], "informeert")
    assert network.edges[rels["ab"]].target is network.nodes[ids["e"]]
    window.undo_action.trigger()
    rec = opened.get("relation", rels["ab"])
    assert (rec.target_id, rec.type) == (ids["b"], "regisseert")


# -- 4. dragging on the network -----------------------------------------------------------


def test_dragging_a_node_on_the_network_saves_its_place_pins_it_and_moves_its_edges(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    network = view.network
    network.fit_all()
    qtbot.waitUntil(lambda: network.viewport().rect().contains(
        network.mapFromScene(QPointF(600, 300))))
    hub = ids["a"]
    node = network.nodes[hub]
    start = node.scenePos()
    assert (start.x(), start.y()) == (0.0, 0.0)
    edges_before = {rid: network.edges[rid].sceneBoundingRect() for rid in rels.values()}
    assert hub not in view.pins()

    target = QPointF(150, 130)
    drop = _drag(network, start, target)

    rec = opened.get("stakeholder", hub)
    assert abs(rec.x - drop.x()) < 3 and abs(rec.y - drop.y()) < 3
    assert abs(rec.x - 150) < 5 and abs(rec.y - 130) < 5
    assert network.nodes[hub].scenePos() == QPointF(rec.x, rec.y)
    assert view.pins() == {hub}  # only the dragged one
    drawn_pinned = network.nodes[hub].pinned  # checked at the end: the pin mark on the node
    # the others did not move, and the edges at the hub followed it
    assert _positions(opened)[ids["b"]] == (300.0, 0.0)
    for key in ("ab", "ac"):
        assert network.edges[rels[key]].sceneBoundingRect() != edges_before[rels[key]]
        assert network.edges[rels[key]].source is network.nodes[hub]
    assert network.edges[rels["cd"]].sceneBoundingRect() == edges_before[rels["cd"]]

    window.undo_action.trigger()
    rec = opened.get("stakeholder", hub)
    assert (rec.x, rec.y) == (0.0, 0.0)
    assert network.nodes[hub].scenePos() == QPointF(0, 0)
    assert network.edges[rels["ab"]].sceneBoundingRect() == edges_before[rels["ab"]]
    assert drawn_pinned is True, "the dragged node is pinned but drawn without its pin"


def test_a_click_without_moving_saves_nothing(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, _rels = _small_network(opened)
    view.network.fit_all()
    before = _positions(opened)
    _drag(view.network, QPointF(300, 0), QPointF(300, 0), steps=1)
    assert _positions(opened) == before
    assert view.pins() == set()
    assert not window.undo_action.isEnabled()
    assert view.network.selected_ids() == [ids["b"]]


def test_the_first_drag_on_a_computed_layout_keeps_it_but_pins_only_the_dragged_node(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids = [opened.add("stakeholder", name=n) for n in ("Alfa", "Bravo", "Charlie", "Delta")]
    opened.add("relation", source_id=ids[0], target_id=ids[1])
    network = view.network
    assert network.unplaced and view.hint.isVisible()  # nothing placed: a computed layout
    assert _positions(opened) == {i: (0.0, 0.0) for i in ids}
    network.fit_all()
    shown = {i: (network.nodes[i].scenePos().x(), network.nodes[i].scenePos().y()) for i in ids}
    assert len(set(shown.values())) == 4

    start = network.nodes[ids[2]].scenePos()
    _drag(network, start, start + QPointF(60, 40))
    saved = _positions(opened)
    for i in (ids[0], ids[1], ids[3]):  # the others are saved where they were seen
        assert saved[i] == pytest.approx(shown[i])
    assert saved[ids[2]] != pytest.approx(shown[ids[2]])
    assert not network.unplaced and not view.hint.isVisible()
    assert view.pins() == {ids[2]}, "only the dragged stakeholder is placed by hand"

    assert view.apply_layout("spring")  # so a layout still moves the others
    after = _positions(opened)
    assert after[ids[2]] == saved[ids[2]]
    assert any(after[i] != saved[i] for i in (ids[0], ids[1], ids[3]))


def test_a_new_stakeholder_on_a_computed_layout_does_not_pile_up_the_others(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    for name in ("Alfa", "Bravo", "Charlie"):
        opened.add("stakeholder", name=name)  # no places saved (x = y = 0 for all)
    network = view.network
    assert network.unplaced
    assert len({(n.scenePos().x(), n.scenePos().y()) for n in network.nodes.values()}) == 3

    _add_through_dialog(view, qtbot, "Echo")
    assert opened.count("stakeholder") == 4
    spots = {n.name: (n.scenePos().x(), n.scenePos().y()) for n in network.nodes.values()}
    distinct = len(set(spots.values()))
    assert distinct == 4, f"nodes on one spot: {spots}"


# -- 5. dragging in the power/interest grid -----------------------------------------------


def test_dragging_in_the_grid_changes_influence_and_interest(window, project, qtbot):
    from wijkdesk.ui.network_view import CELL, cell_of

    opened, view = _setup(window, project, qtbot)
    ids, _rels = _small_network(opened)
    opened.update("stakeholder", ids["b"], influence=2, interest=1)
    view.tabs.setCurrentWidget(view.grid)
    grid = view.grid
    qtbot.waitUntil(lambda: grid.isVisible() and grid.viewport().width() > 600)
    grid.fit_all()
    node = grid.nodes[ids["b"]]
    assert cell_of(node.scenePos()) == (2, 1)

    # to the cell influence 5, interest 4 ("manage closely")
    target = QPointF((4 - 0.5) * CELL, (5 - 5 + 0.5) * CELL)
    drop = _drag(grid, node.scenePos(), target)
    expected = cell_of(drop)
    assert expected == (5, 4)
    rec = opened.get("stakeholder", ids["b"])
    assert (rec.influence, rec.interest) == expected
    assert cell_of(grid.nodes[ids["b"]].scenePos()) == expected  # redrawn in its new cell
    assert view.network.nodes[ids["b"]].influence == 5  # the network follows (size)
    assert (rec.x, rec.y) == (300.0, 0.0)  # the network place is not touched

    window.undo_action.trigger()
    rec = opened.get("stakeholder", ids["b"])
    assert (rec.influence, rec.interest) == (2, 1)
    assert cell_of(grid.nodes[ids["b"]].scenePos()) == (2, 1)

    # within its own cell: nothing changes, the node goes back to its place
    place = grid.nodes[ids["b"]].scenePos()
    _drag(grid, place, place + QPointF(20, 10))
    assert (opened.get("stakeholder", ids["b"]).influence,
            opened.get("stakeholder", ids["b"]).interest) == (2, 1)
    assert cell_of(grid.nodes[ids["b"]].scenePos()) == (2, 1)
    assert grid.nodes[ids["b"]].scenePos() == place


# -- 6. layouts ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["spring", "kamada_kawai", "grouped"])
def test_a_layout_moves_all_but_the_pinned_and_is_one_undo_step(
        window, project, qtbot, method):
    opened, view = _setup(window, project, qtbot)
    ids, _rels = _small_network(opened)
    before = _positions(opened)
    view.set_pinned([ids["a"]], True)
    assert view.pins() == {ids["a"]}
    assert view.network.nodes[ids["a"]].pinned
    steps = window.ctx.undo.count()

    assert view.apply_layout(method)
    after = _positions(opened)
    assert after[ids["a"]] == before[ids["a"]]  # pinned: kept
    moved = [i for i in ids.values() if i != ids["a"] and after[i] != before[i]]
    assert len(moved) >= 3, (method, before, after)
    assert len(set(after.values())) == len(after)  # no two on one spot
    for sid, (x, y) in after.items():  # on screen where the file says
        assert view.network.nodes[sid].scenePos() == QPointF(x, y)
    assert window.ctx.undo.count() == steps + 1

    window.undo_action.trigger()  # one step back: all as before
    assert _positions(opened) == before
    for sid, (x, y) in before.items():
        assert view.network.nodes[sid].scenePos() == QPointF(x, y)

    window.redo_action.trigger()
    assert _positions(opened) == after

    assert view.apply_layout(method, everything=True)  # also what was placed by hand
    anew = _positions(opened)
    assert anew[ids["a"]] != before[ids["a"]]
    assert view.pins() == set()
    assert not view.network.nodes[ids["a"]].pinned
    window.undo_action.trigger()
    assert _positions(opened) == after


def test_an_unknown_layout_changes_nothing(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    _small_network(opened)
    before = _positions(opened)
    assert not view.apply_layout("circular")
    assert _positions(opened) == before


# -- 7. filters and focus -----------------------------------------------------------------


def _liander(opened):
    return opened.all("stakeholder", name="Liander")[0].id


def _shown(view):
    return {sid for sid, node in view.network.nodes.items() if node.isVisible()}


def _shown_edges(view):
    return {rid for rid, edge in view.network.edges.items() if edge.isVisible()}


def test_filters_by_type_and_segment_hide_nodes_and_their_edges_also_in_the_grid(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    every = set(ids.values())
    assert _shown(view) == every and _shown_edges(view) == set(rels.values())

    view.set_filters({"gemeente", "bewonersgroep"}, None)
    assert _shown(view) == {ids["a"], ids["c"]}
    assert view.network.visible_ids() == {ids["a"], ids["c"]}
    assert _shown_edges(view) == {rels["ac"]}  # ab and cd lead to a hidden party
    assert set(view.grid.nodes) == {ids["a"], ids["c"]}
    assert view.filter_button.text() == "&Filter (on)"

    view.set_filters(None, {"willen"})
    assert _shown(view) == {ids["a"], ids["c"]}
    view.set_filters(None, {"middenveld", "niet willen"})
    assert _shown(view) == {ids["b"], ids["d"], ids["e"]}
    assert _shown_edges(view) == set()
    assert set(view.grid.nodes) == {ids["b"], ids["d"], ids["e"]}

    view.set_filters({"netbeheerder"}, {"middenveld"})  # both filters at once
    assert _shown(view) == {ids["b"]}
    assert set(view.grid.nodes) == {ids["b"]}

    # a filter stays when the model changes
    _party(opened, "Liander", "netbeheerder", 900, 0, segment="willen")
    assert _shown(view) == {ids["b"]}
    assert set(view.grid.nodes) == {ids["b"]}

    # through the Filter menu: untick a type
    view.set_filters(None, None)
    menu = view.filter_menu()
    [gemeente] = [a for a in menu.actions() if a.text() == "Gemeente"]
    assert gemeente.isChecked()
    gemeente.setChecked(False)
    assert ids["a"] not in _shown(view) and len(_shown(view)) == 5
    assert rels["ab"] not in _shown_edges(view) and rels["cd"] in _shown_edges(view)
    assert ids["a"] not in view.grid.nodes
    [unwilling] = [a for a in view.filter_menu().actions() if a.text() == "unwilling"]
    unwilling.setChecked(False)
    assert _shown(view) == {ids["b"], ids["c"], ids["e"], _liander(opened)}

    view.set_filters(None, None)
    assert len(_shown(view)) == 6 and _shown_edges(view) == set(rels.values())
    assert len(view.grid.nodes) == 6
    assert view.filter_button.text() == "&Filter"


def test_focus_dims_all_but_the_selected_stakeholder_and_its_neighbours(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    network = view.network

    view.network.select([ids["c"]])  # Bewoners Zuid: related to a and d
    assert view.selected_ids() == [ids["c"]]
    view.focus_button.click()
    assert view.focus_button.isChecked()
    assert network.focus_id == ids["c"]
    for key in ("a", "c", "d"):
        assert network.nodes[ids[key]].opacity() == 1.0, key
    for key in ("b", "e"):
        assert network.nodes[ids[key]].opacity() < 1.0, key
    assert network.edges[rels["ac"]].opacity() == 1.0
    assert network.edges[rels["cd"]].opacity() == 1.0
    assert network.edges[rels["ab"]].opacity() < 1.0

    # choosing another one in the list moves the focus along
    row = next(i for i in range(view.people.count())
               if view.people.item(i).text().startswith("Stedin"))
    view.people.setCurrentRow(row)
    assert network.focus_id == ids["b"]
    assert network.nodes[ids["a"]].opacity() == 1.0
    assert network.nodes[ids["c"]].opacity() < 1.0

    view.focus_button.click()  # off: all alike again
    assert network.focus_id is None
    assert all(n.opacity() == 1.0 for n in network.nodes.values())
    assert all(e.opacity() == 1.0 for e in network.edges.values())


# -- 8. deleting with the Delete key ------------------------------------------------------


def test_the_delete_key_deletes_a_stakeholder_with_its_relations_in_one_undo_step(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    step = opened.add("timeline_item", title="Warmtescan", owner_id=ids["a"])
    network = view.network
    network.fit_all()
    QTest.mouseClick(network.viewport(), LEFT, NO_MOD,
                     network.mapFromScene(network.nodes[ids["a"]].scenePos()))
    assert network.selected_ids() == [ids["a"]]
    network.setFocus()
    qtbot.waitUntil(network.hasFocus)
    QTest.keyClick(network, Qt.Key.Key_Delete)

    assert opened.get("stakeholder", ids["a"]).deleted
    assert _ids(opened) == set(ids.values()) - {ids["a"]}
    assert _ids(opened, "relation") == {rels["cd"]}
    assert opened.get("timeline_item", step).owner_id is None
    assert ids["a"] not in network.nodes and set(network.edges) == {rels["cd"]}
    assert ids["a"] not in view.grid.nodes
    assert not any(line.startswith("Gemeente Oost") for line in _lines(view))

    window.undo_action.trigger()  # one step: the party and its relations
    assert _ids(opened) == set(ids.values())
    assert _ids(opened, "relation") == set(rels.values())
    assert opened.get("timeline_item", step).owner_id == ids["a"]
    assert set(network.nodes) == set(ids.values())
    assert set(network.edges) == set(rels.values())


def test_the_delete_key_deletes_a_selected_relation_only(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)
    network = view.network
    network.scene().clearSelection()
    network.edges[rels["ab"]].setSelected(True)
    network.setFocus()
    qtbot.waitUntil(network.hasFocus)
    QTest.keyClick(network, Qt.Key.Key_Delete)
    assert _ids(opened, "relation") == {rels["ac"], rels["cd"]}
    assert _ids(opened) == set(ids.values())
    window.undo_action.trigger()
    assert _ids(opened, "relation") == set(rels.values())


# -- 9. exports ---------------------------------------------------------------------------


def test_exports_graphml_png_and_kumu(window, project, qtbot, tmp_path):
    import networkx as nx

    opened, view = _setup(window, project, qtbot)
    ids, rels = _small_network(opened)

    [graphml] = view.export("graphml", str(tmp_path / "netwerk.graphml"))
    g = nx.read_graphml(graphml)
    assert {data["name"] for _, data in g.nodes(data=True)} == {
        "Gemeente Oost", "Stedin", "Bewoners Zuid", "Woonstede", "Bakkerij Jansen"}
    types = {data["name"]: data["type"] for _, data in g.nodes(data=True)}
    assert types["Stedin"] == "netbeheerder" and types["Bakkerij Jansen"] == "ondernemers"
    assert g.number_of_edges() == 3
    assert {d["type"] for _, _, d in g.edges(data=True)} == {
        "regisseert", "informeert", "vertegenwoordigt"}
    assert "netwerk.graphml" in window.statusBar().currentMessage()

    [png] = view.export("png", str(tmp_path / "netwerk.png"))
    assert Path(png).read_bytes()[:8] == PNG_SIGNATURE
    assert Path(png).stat().st_size > 1000

    written = view.export("kumu", str(tmp_path / "kumu.csv"))
    assert sorted(Path(p).name for p in written) == ["kumu-connections.csv", "kumu-elements.csv"]
    elements = {Path(p).name: p for p in written}["kumu-elements.csv"]
    connections = {Path(p).name: p for p in written}["kumu-connections.csv"]
    with open(elements, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Label", "Type"]
    assert {r[0] for r in rows[1:]} == {
        "Gemeente Oost", "Stedin", "Bewoners Zuid", "Woonstede", "Bakkerij Jansen"}
    with open(connections, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["From", "To", "Type"]
    assert ["Gemeente Oost", "Stedin", "regisseert"] in [r[:3] for r in rows[1:]]
    assert len(rows) == 4

    # through the file dialog (a scripted answer); a cancelled dialog writes nothing
    window.interaction.answers.append(str(tmp_path / "gekozen"))
    [chosen] = view.export("graphml")
    assert chosen.endswith("gekozen.graphml") and Path(chosen).exists()
    assert view.export("gexf") == []
    assert not list(tmp_path.glob("*.gexf"))
    assert not any(kind == "error" for kind, *_ in window.interaction.messages)


def test_an_export_over_the_project_file_is_refused_with_a_message(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    _small_network(opened)
    before = opened.path.read_bytes()[:16]
    assert view.export("graphml", str(opened.path)) == []
    assert [m[0] for m in window.interaction.messages] == ["error"]
    assert opened.path.read_bytes()[:16] == before
    assert opened.count("stakeholder") == 5


# -- 10. the Kumu import ------------------------------------------------------------------


def test_a_kumu_import_is_previewed_added_and_undone_in_one_step(
        window, project, qtbot, tmp_path):
    from wijkdesk.model.dump import dump_text

    opened, view = _setup(window, project, qtbot)
    existing = _party(opened, "Gemeente Oost", "gemeente", 0, 0)
    before = dump_text(opened)
    elements = _write_csv(tmp_path / "elements.csv", [
        ["Label", "Type", "Description", "Tags", "influence", "interest", "segment"],
        ["Stedin", "Netbeheerder", "Netbeheer", "fase 2|groen", "4", "2", "middenveld"],
        ["Bakkerij Jansen", "Bakkerij", "Winkel op de hoek", "", "2", "3", "willen"],
        ["Gemeente Oost", "Gemeente", "", "", "", "", ""],  # there already: linked
    ])

    window.interaction.answers.extend([str(elements), True])  # the file, then Yes
    assert view.import_kumu()
    [(kind, _title, text)] = [m for m in window.interaction.messages if m[0] == "confirm"]
    assert "2 new stakeholder(s)" in text
    assert "Bakkerij" in text and "overig" in text  # the unknown type is named
    assert "Gemeente Oost" in text

    assert opened.count("stakeholder") == 3
    [stedin] = opened.all("stakeholder", name="Stedin")
    [bakker] = opened.all("stakeholder", name="Bakkerij Jansen")
    assert (stedin.type, stedin.role, stedin.influence, stedin.interest,
            list(stedin.phases)) == ("netbeheerder", "Netbeheer", 4, 2, [2])
    assert (bakker.type, bakker.segment) == ("overig", "willen")
    assert {stedin.id, bakker.id, existing} == set(view.network.nodes)
    assert "Bakkerij Jansen — Overig" in _lines(view)

    connections = _write_csv(tmp_path / "connections.csv", [
        ["From", "To", "Type", "Strength"],
        ["Gemeente Oost", "Stedin", "regisseert", "3"],
        ["Bakkerij Jansen", "Gemeente Oost", "informeert", "1"],
    ])
    window.interaction.answers.append(True)
    assert view.import_kumu(str(connections))
    assert opened.count("relation") == 2
    assert len(view.network.edges) == 2
    [regie] = opened.all("relation", type="regisseert")
    assert (regie.source_id, regie.target_id, regie.strength) == (existing, stedin.id, 3)

    window.undo_action.trigger()  # the connections, in one step
    assert opened.count("relation") == 0 and opened.count("stakeholder") == 3
    assert view.network.edges == {}
    window.undo_action.trigger()  # the elements, in one step
    assert dump_text(opened) == before
    assert set(view.network.nodes) == {existing}
    assert _lines(view) == ["Gemeente Oost — Gemeente"]


def test_a_kumu_import_that_is_declined_or_unfit_changes_nothing(
        window, project, qtbot, tmp_path):
    from wijkdesk.model.dump import dump_text

    opened, view = _setup(window, project, qtbot)
    _small_network(opened)
    before = dump_text(opened)
    steps = window.ctx.undo.count()
    good = _write_csv(tmp_path / "goed.csv", [["Label", "Type"], ["Energieloket", "energieloket"]])
    assert not view.import_kumu(str(good))  # no answer: the preview is declined
    assert dump_text(opened) == before

    missing = _write_csv(tmp_path / "kolommen.csv", [
        ["Organisatie", "Soort"], ["Energieloket", "energieloket"]])
    window.interaction.messages.clear()
    window.interaction.answers.append(True)
    assert not view.import_kumu(str(missing))
    errors = [m for m in window.interaction.messages if m[0] == "error"]
    assert len(errors) == 1 and "Organisatie" in errors[0][2]
    assert not any(m[0] == "confirm" for m in window.interaction.messages)
    assert dump_text(opened) == before

    half = _write_csv(tmp_path / "half.csv", [["From", "Type"], ["Stedin", "levert"]])
    window.interaction.messages.clear()
    assert not view.import_kumu(str(half))
    assert [m[0] for m in window.interaction.messages] == ["error"]
    assert dump_text(opened) == before

    unknown = _write_csv(tmp_path / "onbekend.csv", [
        ["From", "To", "Type"], ["Stedin", "Waterschap Vallei", "adviseert"]])
    window.interaction.messages.clear()
    assert not view.import_kumu(str(unknown))
    [(kind, _title, text)] = window.interaction.messages
    assert kind == "error" and "Waterschap Vallei" in text
    assert dump_text(opened) == before
    assert window.ctx.undo.count() == steps
    window.interaction.answers.clear()


# -- 11. the analysis panel ---------------------------------------------------------------


def test_the_analysis_names_an_isolated_party_and_a_missing_typical_type(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    assert "No stakeholders yet" in view.analysis.text()
    _add_through_dialog(view, qtbot, "Gemeente Oost", type_key="gemeente", segment="willen")
    _add_through_dialog(view, qtbot, "Bewoners Zuid", type_key="bewonersgroep")
    _add_through_dialog(view, qtbot, "Bakkerij Jansen", type_key="ondernemers",
                        segment="niet willen")
    gemeente, bewoners, bakker = (r.id for r in opened.all("stakeholder"))
    _add_relation_through_dialog(view, gemeente, bewoners, "informeert")

    assert _section(view, "Without any relation") == "Bakkerij Jansen"
    assert _section(view, "No path to a resident group") == "Bakkerij Jansen"
    missing = _section(view, "Typical parties not yet in view")
    assert "Netbeheerder" in missing and "VvE" in missing
    assert "Gemeente" not in missing and "Ondernemers" not in missing
    assert _section(view, "Per segment") == "willing: 1, middle ground: 1, unwilling: 1"

    _add_relation_through_dialog(view, bakker, gemeente, "adviseert")
    assert _section(view, "Without any relation") == "none"
    assert _section(view, "No path to a resident group") == "none"
    assert "Gemeente Oost" in _section(view, "Brokers (betweenness)")
    _add_through_dialog(view, qtbot, "Stedin", type_key="netbeheerder")
    assert "Netbeheerder" not in _section(view, "Typical parties not yet in view")
    assert _section(view, "Without any relation") == "Stedin"


# -- 12. the demo project -----------------------------------------------------------------


def test_the_demo_project_shows_every_party_and_relation_and_fits_in_view(
        window, qtbot, tmp_path):
    from wijkdesk.model.demo import build_demo

    demo = build_demo(tmp_path / "demo.wijkdesk")
    path = demo.path
    parties = {r.id for r in demo.all("stakeholder")}
    relations = {r.id for r in demo.all("relation")}
    demo.close()
    assert len(parties) > 5 and relations
    assert window.open_path(str(path))
    view = _show(window, qtbot)
    network = view.network

    assert set(network.nodes) == parties
    assert set(network.edges) == relations
    assert set(view.grid.nodes) == parties
    assert view.people.count() == len(parties)
    for edge in network.edges.values():
        assert edge.source is network.nodes[window.ctx.project.get(
            "relation", edge.relation_id).source_id]

    network.zoom_by(3.0)  # away from the fit first
    network.centerOn(QPointF(5000, 5000))
    network.fit_all()

    def all_inside():
        seen = network.mapToScene(network.viewport().rect()).boundingRect()
        return all(seen.contains(n.sceneBoundingRect()) for n in network.nodes.values())

    qtbot.waitUntil(all_inside, timeout=2000)
    seen = network.mapToScene(network.viewport().rect()).boundingRect()
    outside = [n.name for n in network.nodes.values() if not seen.contains(n.sceneBoundingRect())]
    assert outside == []


def test_pins_stay_with_the_project_when_its_file_is_moved(window, project, qtbot):
    import shutil

    sid = project.add("stakeholder", name="Gemeente", type="gemeente")
    path = project.path
    project.close()
    assert window.open_path(str(path))
    view = window.stakeholder_view
    view.set_pins({sid})
    window.close_project()
    moved = path.with_name("verhuisd naar de USB-stick.wijkdesk")
    shutil.move(path, moved)
    assert window.open_path(str(moved))
    assert view.pins() == {sid}

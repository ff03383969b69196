"""The Timeline view as a facilitator uses it (issue 6): steps on the denk-spoor and the
doe-spoor through the dialog, dragging and stretching bars, refusals, dependencies and the
clash panel, the evenings, links, postponing, zoom, keys, the iCalendar export and the demo."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tests.util import open_in_window

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CHECKED = Qt.CheckState.Checked
ID_ROLE = 256


# -- helpers ------------------------------------------------------------------------------


_open = open_in_window


def _show(window, qtbot):
    """The Timeline view in a big window, its canvas built and laid out."""
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(2)
    view = window.timeline_view
    view.ensure_built()
    canvas = view.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.viewport().width() > 600)
    return view


def _setup(window, project, qtbot):
    opened = _open(window, project)
    return opened, _show(window, qtbot)


def _qdate(iso):
    return QDate.fromString(iso, "yyyy-MM-dd")


def _check(widget, ids):
    """Tick exactly the rows of a checkable list whose record id is in ids."""
    found = set()
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(ID_ROLE) in ids
        item.setCheckState(CHECKED if on else Qt.CheckState.Unchecked)
        if on:
            found.add(item.data(ID_ROLE))
    assert found == set(ids), f"not in the list: {set(ids) - found}"


def _fill(dialog, *, title=None, track=None, kind=None, start=None, end=None, no_end=False,
          status=None, owner=None, phase=None, note=None, depends=None, links=None):
    if title is not None:
        dialog.title.setText(title)
    if track is not None:
        index = dialog.track.findData(track)
        assert index >= 0, track
        dialog.track.setCurrentIndex(index)
    if kind is not None:
        index = dialog.kind.findData(kind)
        assert index >= 0, kind
        dialog.kind.setCurrentIndex(index)
    if start is not None:
        dialog.start.setDate(_qdate(start))
        assert dialog.start.date().toString("yyyy-MM-dd") == start
    if end is not None:
        dialog.has_end.setChecked(True)
        dialog.end.setDate(_qdate(end))
        assert dialog.end.date().toString("yyyy-MM-dd") == end
    if no_end:
        dialog.has_end.setChecked(False)
    if status is not None:
        dialog.status.setCurrentIndex(dialog.status.findData(status))
    if owner is not None:
        dialog.owner.setCurrentIndex(dialog.owner.findData(owner))
    if phase is not None:
        dialog.phase.setCurrentIndex(dialog.phase.findData(phase))
    if note is not None:
        dialog.note.setPlainText(note)
    if depends is not None:
        _check(dialog.depends, depends)
    if links is not None:
        _check(dialog.links, links)


def _new_step(view, qtbot=None, **fields):
    """Open the New step dialog, fill it in, press OK; returns the dialog."""
    view.dialog = None
    view.add_step()
    dialog = view.dialog
    assert dialog is not None
    if qtbot is not None:
        dialog.show()
        qtbot.waitExposed(dialog)
    _fill(dialog, **fields)
    dialog.accept()
    return dialog


def _edit_step(view, item_id, **fields):
    """Open the edit dialog of a step, change it, press OK; returns the dialog."""
    view.dialog = None
    view.edit_step(item_id)
    dialog = view.dialog
    assert dialog is not None
    _fill(dialog, **fields)
    dialog.accept()
    return dialog


def _step(opened, title):
    [rec] = [r for r in opened.all("timeline_item") if r.title == title]
    return rec


def _add(opened, title, **fields):
    from wijkdesk.model import timeline as tl

    return tl.add_item(opened, title=title, **fields)


def _date(iso):
    return dt.date.fromisoformat(iso)


def _drag(canvas, start, end, steps=8, before_release=None):
    """Left-press at scene point start, move with the button held in steps, release at end
    (calling before_release, if given, with the button still down)."""
    viewport = canvas.viewport()
    a, b = canvas.mapFromScene(start), canvas.mapFromScene(end)
    assert viewport.rect().contains(a) and viewport.rect().contains(b), "drag off screen"
    QTest.mousePress(viewport, LEFT, NO_MOD, a)
    for n in range(1, steps + 1):
        p = QPointF(a.x() + (b.x() - a.x()) * n / steps, a.y() + (b.y() - a.y()) * n / steps)
        move = QMouseEvent(QEvent.Type.MouseMove, p, QPointF(viewport.mapToGlobal(p.toPoint())),
                           Qt.MouseButton.NoButton, LEFT, NO_MOD)
        QApplication.sendEvent(viewport, move)
    if before_release is not None:
        before_release()
    QTest.mouseRelease(viewport, LEFT, NO_MOD, b)


def _ctrl_wheel(canvas, clicks, at=None):
    viewport = canvas.viewport()
    pos = QPointF(at if at is not None else QPointF(viewport.width() / 2,
                                                    viewport.height() / 2))
    event = QWheelEvent(pos, QPointF(viewport.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * clicks), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(viewport, event)


def _px(canvas, scene_width):
    """Pixels on screen of a width in the scene (the timeline's scene counts days across)."""
    return scene_width * canvas.transform().m11()


def _sx(canvas, pixels):
    """A distance on screen as a distance in the scene."""
    return pixels / canvas.transform().m11()


def _seen(canvas):
    """The scene rectangle the viewport shows."""
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


def _focus(canvas, qtbot):
    canvas.window().activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)


def _clash_lines(view):
    return [view.clash_list.item(i).text() for i in range(view.clash_list.count())]


def _details(view):
    return re.sub(r"<[^>]+>", "\n", view.details.text()).replace("&amp;", "&")


def _dump(opened):
    from wijkdesk.model.dump import dump_text

    return dump_text(opened)


# -- 1. creating steps on both lanes ------------------------------------------------------


def test_steps_on_both_lanes_are_created_through_the_dialog_and_undone_and_redone(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    [evening] = opened.all("bijeenkomst")
    assert set(canvas.steps) == {evening.id}  # only the evening, by itself
    view.add_button.click()  # the New step… button opens the dialog, on the doe-spoor
    assert view.dialog is not None and view.dialog.windowTitle() == "Step on the timeline"
    assert view.dialog.track.currentData() == "doe"
    assert view.dialog.start.date() == QDate.currentDate()
    view.dialog.reject()

    stip = _new_step(view, qtbot, title="Aardgasvrij in 2035", track="denk", kind="stip",
                     start="2035-12-31", note="De stip op de horizon")
    assert stip.result() == QDialog.DialogCode.Accepted and not stip.isVisible()
    activity = _new_step(view, title="Warmtescans aan huis", track="doe", kind="activiteit",
                         start="2027-03-01", end="2027-06-30", status="bezig", phase=2)
    milestone = _new_step(view, title="Subsidie aangevraagd", track="doe", kind="mijlpaal",
                          start="2027-09-15", no_end=True)
    assert activity.result() == milestone.result() == QDialog.DialogCode.Accepted

    s, a, m = (_step(opened, t) for t in ("Aardgasvrij in 2035", "Warmtescans aan huis",
                                          "Subsidie aangevraagd"))
    assert (s.track, s.kind, s.start, s.end, s.status, s.note) == (
        "denk", "stip", "2035-12-31", None, "gepland", "De stip op de horizon")
    assert (a.track, a.kind, a.start, a.end, a.status, a.phase) == (
        "doe", "activiteit", "2027-03-01", "2027-06-30", "bezig", 2)
    assert (m.track, m.kind, m.start, m.end) == ("doe", "mijlpaal", "2027-09-15", None)

    # on screen: each on its own lane, with its dates
    assert set(canvas.steps) == {evening.id, s.id, a.id, m.id}
    assert (canvas.steps[s.id].lane, canvas.steps[s.id].step_kind) == ("denk", "stip")
    assert canvas.steps[a.id].lane == "doe" and canvas.steps[m.id].lane == "doe"
    assert (canvas.steps[a.id].start, canvas.steps[a.id].end) == (
        _date("2027-03-01"), _date("2027-06-30"))
    assert canvas.steps[m.id].end is None and canvas.steps[m.id].is_point
    assert not canvas.steps[a.id].is_point
    denk_y = canvas.steps[s.id].pos().y()
    assert all(canvas.steps[i].pos().y() > denk_y for i in (a.id, m.id, evening.id))
    assert canvas.steps[s.id].scenePos().x() == pytest.approx(canvas.x_of(_date("2035-12-31")))
    assert canvas.steps[a.id].scenePos().x() == pytest.approx(canvas.x_of(_date("2027-03-01")))
    bar = canvas.steps[a.id].shape().boundingRect()
    assert _px(canvas, bar.width()) == pytest.approx(122 * canvas.px_per_day)  # 122 days

    # undo each, newest first; redo brings them back with the same ids
    window.undo_action.trigger()
    assert opened.get("timeline_item", m.id).deleted
    assert m.id not in canvas.steps
    window.undo_action.trigger()
    assert opened.get("timeline_item", a.id).deleted and a.id not in canvas.steps
    window.undo_action.trigger()
    assert opened.count("timeline_item") == 0
    assert set(canvas.steps) == {evening.id}
    assert window.ctx.undo.index() == 0 and not window.undo_action.isEnabled()

    window.redo_action.trigger()
    assert set(canvas.steps) == {evening.id, s.id}
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert {r.id for r in opened.all("timeline_item")} == {s.id, a.id, m.id}
    assert set(canvas.steps) == {evening.id, s.id, a.id, m.id}
    assert canvas.steps[s.id].lane == "denk" and canvas.steps[a.id].lane == "doe"
    assert opened.get("timeline_item", a.id).end == "2027-06-30"


# -- 2. dragging and stretching -----------------------------------------------------------


def _two_lane_plan(opened):
    """A decision on the denk-spoor and two activities on the doe-spoor, years apart."""
    return {
        "besluit": _add(opened, "Besluit warmtenet", track="denk", kind="besluit",
                        start="2028-09-30"),
        "scan": _add(opened, "Warmtescans aan huis", start="2027-03-04", end="2027-06-30"),
        "isolatie": _add(opened, "Collectieve isolatie", start="2029-04-10",
                         end="2029-10-31"),
    }


def _scroll_to(canvas, step):
    canvas.centerOn(step)
    seen = _seen(canvas)
    assert seen.contains(step.mapToScene(step.shape().boundingRect()).boundingRect())


@pytest.mark.parametrize("px_per_day", [3.0, 0.5], ids=["weeks", "months"])
def test_dragging_a_bar_moves_its_dates_by_whole_snap_units_and_undo_puts_them_back(
        window, project, qtbot, px_per_day):
    from wijkdesk.ui.timeline_canvas import snap_days

    opened, view = _setup(window, project, qtbot)
    ids = _two_lane_plan(opened)
    canvas = view.canvas
    canvas.set_scale(px_per_day)
    unit = snap_days(canvas.px_per_day)
    assert unit == (7 if px_per_day == 3.0 else 30)
    step = canvas.steps[ids["scan"]]
    _scroll_to(canvas, step)
    lane, row, y = step.lane, step.row, step.scenePos().y()
    grab = step.mapToScene(step.shape().boundingRect().center() - QPointF(_sx(canvas, 8), 0))
    shift = _sx(canvas, 4.3 * unit * canvas.px_per_day)  # about four units right, a bit down
    _drag(canvas, grab, grab + QPointF(shift, 25))

    rec = opened.get("timeline_item", ids["scan"])
    moved = (_date(rec.start) - _date("2027-03-04")).days
    assert abs(moved - 4.3 * unit) <= unit, (moved, unit)  # where the mouse let go
    assert _date(rec.end) - _date(rec.start) == _date("2027-06-30") - _date("2027-03-04")
    assert (rec.track, rec.kind, rec.title) == ("doe", "activiteit", "Warmtescans aan huis")
    step = canvas.steps[ids["scan"]]
    assert (step.lane, step.row, step.scenePos().y()) == (lane, row, y)  # time only
    assert (step.start, step.end) == (_date(rec.start), _date(rec.end))
    assert step.scenePos().x() == pytest.approx(canvas.x_of(_date(rec.start)))
    assert window.undo_action.text().endswith("Move step")
    others = {k: opened.get("timeline_item", ids[k]).start for k in ("besluit", "isolatie")}
    assert others == {"besluit": "2028-09-30", "isolatie": "2029-04-10"}

    window.undo_action.trigger()
    back = opened.get("timeline_item", ids["scan"])
    assert (back.start, back.end) == ("2027-03-04", "2027-06-30")
    assert canvas.steps[ids["scan"]].start == _date("2027-03-04")
    assert canvas.steps[ids["scan"]].scenePos().x() == pytest.approx(
        canvas.x_of(_date("2027-03-04")))
    window.redo_action.trigger()
    assert opened.get("timeline_item", ids["scan"]).start == rec.start

    # the move snaps to whole units, not to a grid counted from the canvas's origin: whole
    # weeks keep the weekday, whole (calendar) months keep the day of the month
    if unit == 7:
        assert moved % 7 == 0, f"moved {moved} days ({back.start} -> {rec.start})"
    else:
        assert _date(rec.start).day == _date(back.start).day, (back.start, rec.start)
        assert _date(rec.start).month != _date(back.start).month


@pytest.mark.parametrize("px_per_day", [14.0, 3.0], ids=["days", "weeks"])
def test_stretching_a_bar_by_its_right_end_changes_only_its_end(
        window, project, qtbot, px_per_day):
    from wijkdesk.ui.timeline_canvas import snap_days

    opened, view = _setup(window, project, qtbot)
    ids = _two_lane_plan(opened)
    canvas = view.canvas
    canvas.set_scale(px_per_day)
    unit = snap_days(px_per_day)
    step = canvas.steps[ids["scan"]]
    canvas.centerOn(step.mapToScene(step.shape().boundingRect().topRight()))
    edge = step.mapToScene(step.shape().boundingRect().topRight() + QPointF(-_sx(canvas, 4), 17))
    assert _seen(canvas).contains(edge)
    _drag(canvas, edge, edge + QPointF(-_sx(canvas, 3.2 * unit * px_per_day), 0))

    rec = opened.get("timeline_item", ids["scan"])
    assert rec.start == "2027-03-04"  # the start stays
    shorter = (_date("2027-06-30") - _date(rec.end)).days
    assert abs(shorter - 3.2 * unit) <= unit, (rec.end, unit)
    # on a unit: the length in whole units, or the end moved by whole units
    assert ((_date(rec.end) - _date(rec.start)).days + 1) % unit == 0 or shorter % unit == 0
    step = canvas.steps[ids["scan"]]
    assert (step.start, step.end) == (_date("2027-03-04"), _date(rec.end))
    assert step.scenePos().x() == pytest.approx(canvas.x_of(_date("2027-03-04")))
    assert _px(canvas, step.shape().boundingRect().width()) == pytest.approx(
        ((_date(rec.end) - _date(rec.start)).days + 1) * px_per_day)

    window.undo_action.trigger()
    assert (opened.get("timeline_item", ids["scan"]).start,
            opened.get("timeline_item", ids["scan"]).end) == ("2027-03-04", "2027-06-30")
    assert canvas.steps[ids["scan"]].end == _date("2027-06-30")

    # longer, past the start of the next doe-step: still only the end
    step = canvas.steps[ids["scan"]]
    canvas.centerOn(step.mapToScene(step.shape().boundingRect().topRight()))
    edge = step.mapToScene(step.shape().boundingRect().topRight() + QPointF(-_sx(canvas, 3), 17))
    _drag(canvas, edge, edge + QPointF(_sx(canvas, 5 * unit * px_per_day), 0))
    rec = opened.get("timeline_item", ids["scan"])
    assert rec.start == "2027-03-04" and rec.end > "2027-06-30"
    window.undo_action.trigger()
    assert opened.get("timeline_item", ids["scan"]).end == "2027-06-30"


# -- 3. refusals in the dialog ------------------------------------------------------------


def _refused(dialog, *words):
    """The dialog said no: still open, the reason shown, naming each word."""
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    text = dialog.error.text()
    for word in words:
        assert word in text, (word, text)
    return text


@pytest.mark.parametrize(("fields", "words"), [
    ({"start": "2027-05-01", "end": "2027-04-30"}, ("Proefstraat", "2027-04-30", "2027-05-01")),
    ({"start": "1989-12-31"}, ("1989-12-31", "1990-01-01", "2100-12-31")),
    ({"start": "2099-12-01", "end": "2101-01-01"}, ("2101-01-01", "2100-12-31")),
    ({"start": "2100-12-31", "end": "2100-12-31"}, None),  # the last day is fine
    ({"kind": "stip", "track": "doe", "start": "2035-12-31"}, ("denk-spoor", "Proefstraat")),
], ids=["end-before-start", "before-1990", "after-2100", "last-day", "stip-on-doe"])
def test_a_new_step_with_bad_dates_is_refused_in_the_dialog_and_nothing_is_saved(
        window, project, qtbot, fields, words):
    opened, view = _setup(window, project, qtbot)
    before = _dump(opened)
    steps = window.ctx.undo.count()
    dialog = _new_step(view, qtbot, title="Proefstraat", **fields)
    if words is None:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert _step(opened, "Proefstraat").end == "2100-12-31"
        return
    _refused(dialog, *words)
    assert _dump(opened) == before
    assert window.ctx.undo.count() == steps
    assert opened.count("timeline_item") == 0
    assert [s.evening for s in view.canvas.steps.values()] == [True]
    dialog.reject()


def test_a_change_with_bad_dates_is_refused_and_the_step_stays_as_it_was(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids = _two_lane_plan(opened)
    before = _dump(opened)
    view.edit_step(ids["scan"])
    dialog = view.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Warmtescans aan huis"
    assert dialog.has_end.isChecked()
    _fill(dialog, end="2027-02-28", note="Korter")
    dialog.accept()
    _refused(dialog, "Warmtescans aan huis", "2027-02-28")
    _fill(dialog, start="1985-06-01", end="2027-06-30")
    dialog.accept()
    _refused(dialog, "1985-06-01")
    assert _dump(opened) == before
    assert view.canvas.steps[ids["scan"]].end == _date("2027-06-30")

    _fill(dialog, start="2027-03-04", end="2027-05-31")  # put right: saved, dialog closes
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rec = opened.get("timeline_item", ids["scan"])
    assert (rec.start, rec.end, rec.note) == ("2027-03-04", "2027-05-31", "Korter")
    assert view.canvas.steps[ids["scan"]].end == _date("2027-05-31")


def test_a_dependency_cycle_made_in_the_dialog_is_refused_with_the_titles(
        window, project, qtbot):
    from wijkdesk.model import timeline as tl

    opened, view = _setup(window, project, qtbot)
    a = _add(opened, "Wijkanalyse", start="2027-01-01", end="2027-03-31")
    b = _add(opened, "Warmteplan", start="2027-04-01", end="2027-06-30")
    c = _add(opened, "Keukentafelgesprekken", start="2027-07-01")
    # b depends on a, through the dialog of b
    dialog = _edit_step(view, b, depends={a})
    assert dialog.result() == QDialog.DialogCode.Accepted
    [dep] = opened.all("dependency")
    assert (dep.before_id, dep.after_id) == (a, b)
    _edit_step(view, c, depends={b})
    assert {(d.before_id, d.after_id) for d in opened.all("dependency")} == {(a, b), (b, c)}
    assert len(view.canvas.arrows) == 2
    _edit_step(view, c, depends=set())  # unticked: gone; undo brings it back
    assert {(d.before_id, d.after_id) for d in opened.all("dependency")} == {(a, b)}
    assert len(view.canvas.arrows) == 1
    window.undo_action.trigger()
    assert {(d.before_id, d.after_id) for d in opened.all("dependency")} == {(a, b), (b, c)}
    assert len(view.canvas.arrows) == 2
    before = _dump(opened)
    steps = window.ctx.undo.count()

    # a on c closes the circle a → b → c → a; a changed title in the same dialog is not saved
    view.edit_step(a)
    dialog = view.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    _fill(dialog, title="Wijkanalyse (herzien)", depends={c})
    dialog.accept()
    text = _refused(dialog, "Wijkanalyse", "Warmteplan", "Keukentafelgesprekken")
    assert "circle" in text
    assert _dump(opened) == before
    assert window.ctx.undo.count() == steps
    assert opened.get("timeline_item", a).title == "Wijkanalyse"
    assert len(view.canvas.arrows) == 2
    dialog.reject()

    # on itself is not offered; on a step deleted while the dialog was open is refused
    view.edit_step(c)
    dialog = view.dialog
    assert c not in {dialog.depends.item(i).data(ID_ROLE) for i in range(dialog.depends.count())}
    dialog.show()
    qtbot.waitExposed(dialog)
    tl.check_dependency(opened, a, c)  # fine so far
    opened.delete("timeline_item", a)
    before = _dump(opened)
    _fill(dialog, depends={a, b})
    dialog.accept()
    _refused(dialog, a)
    assert _dump(opened) == before
    dialog.reject()


# -- 4. dependencies that clash -----------------------------------------------------------


def test_a_dependency_that_clashes_shows_in_the_clash_panel_and_on_the_timeline(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    plan = _add(opened, "Warmteplan", track="denk", start="2040-04-01", end="2040-09-30")
    talks = _add(opened, "Keukentafelgesprekken", start="2040-06-01", end="2040-08-31")
    assert _clash_lines(view) == ["No clashes."]
    assert not canvas.steps[plan].clash and not canvas.steps[talks].clash

    dialog = _edit_step(view, talks, depends={plan})  # talks depend on the plan
    assert dialog.result() == QDialog.DialogCode.Accepted
    [dep] = opened.all("dependency")
    assert (dep.before_id, dep.after_id) == (plan, talks)
    [line] = _clash_lines(view)
    assert "Keukentafelgesprekken" in line and "Warmteplan" in line
    assert "2040-06-01" in line and "2040-09-30" in line
    assert view._clash_heading.text() == "Clashes (1)"
    assert canvas.steps[plan].clash and canvas.steps[talks].clash
    [arrow] = canvas.arrows
    assert (arrow.before, arrow.after) == (canvas.steps[plan], canvas.steps[talks])
    assert arrow.dependency_id == dep.id and arrow.clash
    assert canvas.steps[talks]._label().startswith("⚠")

    # choosing the clash in the panel selects its steps
    view.clash_list.itemClicked.emit(view.clash_list.item(0))
    assert set(canvas.selected_ids()) == {plan, talks}

    # fixing the dates (in the dialog) takes the clash away
    _edit_step(view, talks, start="2040-10-01", end="2040-12-15")
    assert _clash_lines(view) == ["No clashes."]
    assert view._clash_heading.text() == "Clashes (0)"
    assert not canvas.steps[plan].clash and not canvas.steps[talks].clash
    [arrow] = canvas.arrows
    assert not arrow.clash
    window.undo_action.trigger()  # the dates back: the clash again
    assert canvas.steps[talks].clash and canvas.arrows[0].clash
    window.undo_action.trigger()  # the dependency gone: no clash, no arrow
    assert opened.count("dependency") == 0
    assert _clash_lines(view) == ["No clashes."]
    assert canvas.arrows == [] and not canvas.steps[talks].clash


def test_a_doe_step_after_the_decision_it_prepares_is_a_clash_with_its_arrow_marked(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    decision = _add(opened, "Keuze warmteoplossing", track="denk", kind="besluit",
                    start="2041-09-30")
    market = _add(opened, "Informatiemarkt", kind="bijeenkomst", start="2041-10-14")
    _edit_step(view, decision, depends={market})  # the market prepares the decision
    [line] = _clash_lines(view)
    assert "Informatiemarkt" in line and "Keuze warmteoplossing" in line
    assert canvas.steps[decision].clash and canvas.steps[market].clash
    [arrow] = canvas.arrows
    assert arrow.clash, "the arrow of a 'decision' clash is not marked red"


def test_the_clash_panel_beside_the_timeline_is_wide_enough_to_read(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    plan = _add(opened, "Warmteplan", track="denk", start="2040-04-01", end="2040-09-30")
    talks = _add(opened, "Keukentafelgesprekken", start="2040-06-01", end="2040-08-31")
    _edit_step(view, talks, depends={plan})
    view.canvas.select(talks)
    qtbot.waitUntil(lambda: view.canvas.paints > 0 and view.details.isVisible())
    for _ in range(3):  # the posted layout requests
        QApplication.processEvents()
    canvas_width, side_width = view._split.sizes()
    assert canvas_width + side_width + view._split.handleWidth() == view._split.width()
    # the view asks for 1250 : 380; a third of that is the least to read a clash sentence by
    assert view.clash_list.width() >= 200 and view.details.width() >= 200, (
        f"the side panel is {side_width} px wide beside a {canvas_width} px timeline")


# -- 5. the evenings ----------------------------------------------------------------------


def test_the_projects_evenings_are_on_the_doe_spoor_by_themselves_and_stay_put(
        window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    [evening] = opened.all("bijeenkomst")
    step = canvas.steps[evening.id]
    assert (step.evening, step.lane, step.step_kind, step.start, step.end) == (
        True, "doe", "bijeenkomst", _date("2026-09-17"), None)
    assert step.title == "Eerste avond"
    assert opened.count("timeline_item") == 0  # derived, not stored

    # a drag does not move it: the date and the place stay, nothing to undo
    before = _dump(opened)
    steps = window.ctx.undo.count()
    _scroll_to(canvas, step)
    pos = step.scenePos()
    grab = step.mapToScene(QPointF(0, 17))
    held = []
    _drag(canvas, grab, grab + QPointF(_sx(canvas, 160), 40),
          before_release=lambda: held.append(canvas.steps[evening.id].scenePos()))
    assert held == [pos]  # it does not follow the mouse either
    assert opened.get("bijeenkomst", evening.id).date == "2026-09-17"
    assert _dump(opened) == before
    assert window.ctx.undo.count() == steps
    assert canvas.steps[evening.id].scenePos() == pos
    assert canvas.steps[evening.id].start == _date("2026-09-17")
    assert canvas.selected_ids() == []  # not a step to edit or delete
    QTest.mouseDClick(canvas.viewport(), LEFT, NO_MOD, canvas.mapFromScene(grab))
    assert view.dialog is None

    # a new evening, a new date, a deleted evening: the timeline follows by itself
    second = opened.add("bijeenkomst", title="Tweede avond", date="2026-11-12")
    opened.add("bijeenkomst", title="Avond zonder datum")
    evenings = {i for i, s in canvas.steps.items() if s.evening}
    assert evenings == {evening.id, second}
    assert canvas.steps[second].lane == "doe"
    opened.update("bijeenkomst", second, date="2027-01-14")
    assert canvas.steps[second].start == _date("2027-01-14")
    assert canvas.steps[second].scenePos().x() == pytest.approx(canvas.x_of(_date("2027-01-14")))
    opened.delete("bijeenkomst", evening.id)
    assert {i for i, s in canvas.steps.items() if s.evening} == {second}


# -- 6. links -----------------------------------------------------------------------------


def _cluster(opened, name):
    [round_] = opened.all("round")
    return opened.add("cluster", round_id=round_.id, name=name)


def test_links_to_a_stakeholder_and_a_cluster_are_made_in_the_dialog_and_shown_both_ways(
        window, project, qtbot):
    from wijkdesk.model.timeline import links_of

    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    party = opened.add("stakeholder", name="Woonstede", type="woningcorporatie")
    green = _cluster(opened, "Groen en ontmoeten")
    other = _cluster(opened, "Verkeer")
    scan = _add(opened, "Warmtescans aan huis", start="2027-03-04", end="2027-06-30")

    view.edit_step(scan)
    dialog = view.dialog
    offered = {dialog.links.item(i).data(ID_ROLE): dialog.links.item(i).text()
               for i in range(dialog.links.count())}
    assert offered[party] == "Stakeholder: Woonstede"
    assert offered[green] == "Cluster: Groen en ontmoeten"
    _fill(dialog, links={party, green}, owner=party, note="Met de corporatie samen")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert [(k, r.id) for k, r in links_of(opened, scan)] == [
        ("cluster", green), ("stakeholder", party)]
    assert [(k, r.id) for k, r in links_of(opened, party)] == [("timeline_item", scan)]
    assert [(k, r.id) for k, r in links_of(opened, green)] == [("timeline_item", scan)]
    assert links_of(opened, other) == []
    assert opened.get("timeline_item", scan).owner_id == party
    assert opened.count("link") == 2

    canvas.select(scan)
    details = _details(view)
    assert "Warmtescans aan huis" in details
    assert "Stakeholder: Woonstede" in details
    assert "Cluster: Groen en ontmoeten" in details
    assert "Owner: Woonstede" in details
    assert "Verkeer" not in details
    canvas.scene().clearSelection()
    assert "Woonstede" not in _details(view)

    # the dialog opens with the links ticked; unticking one removes it (one undo step)
    view.edit_step(scan)
    dialog = view.dialog
    ticked = {dialog.links.item(i).data(ID_ROLE) for i in range(dialog.links.count())
              if dialog.links.item(i).checkState() == CHECKED}
    assert ticked == {party, green}
    _fill(dialog, links={green})
    dialog.accept()
    assert [(k, r.id) for k, r in links_of(opened, scan)] == [("cluster", green)]
    assert links_of(opened, party) == []
    canvas.select(scan)
    assert "Stakeholder: Woonstede" not in _details(view)
    window.undo_action.trigger()
    assert [(k, r.id) for k, r in links_of(opened, party)] == [("timeline_item", scan)]
    canvas.select(scan)
    assert "Stakeholder: Woonstede" in _details(view)


def test_a_new_step_with_a_dependency_and_links_is_one_undo_step(window, project, qtbot):
    from wijkdesk.model.timeline import links_of

    opened, view = _setup(window, project, qtbot)
    party = opened.add("stakeholder", name="Stedin", type="netbeheerder")
    green = _cluster(opened, "Groen en ontmoeten")
    first = _add(opened, "Netcapaciteit in kaart", track="denk", start="2027-01-01",
                 end="2027-06-30")
    before = _dump(opened)
    dialog = _new_step(view, title="Aanleg warmtenet", start="2027-09-01", end="2029-06-30",
                       depends={first}, links={party, green})
    assert dialog.result() == QDialog.DialogCode.Accepted
    rec = _step(opened, "Aanleg warmtenet")
    assert {(d.before_id, d.after_id) for d in opened.all("dependency")} == {(first, rec.id)}
    assert {r.id for _k, r in links_of(opened, rec.id)} == {party, green}
    assert len(view.canvas.arrows) == 1
    window.undo_action.trigger()
    assert _dump(opened) == before
    assert view.canvas.arrows == [] and rec.id not in view.canvas.steps
    window.redo_action.trigger()
    assert {r.id for _k, r in links_of(opened, rec.id)} == {party, green}
    assert len(view.canvas.arrows) == 1


# -- 7. postponing ------------------------------------------------------------------------


def test_postponing_in_the_dialog_counts_and_shows_in_the_bar_label(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    scan = _add(opened, "Warmtescans aan huis", start="2027-03-04", end="2027-06-30")
    assert "↻" not in canvas.steps[scan]._label()

    _edit_step(view, scan, status="uitgesteld", start="2027-09-01", end="2027-12-31")
    rec = opened.get("timeline_item", scan)
    assert (rec.status, rec.postponed, rec.start) == ("uitgesteld", 1, "2027-09-01")
    step = canvas.steps[scan]
    assert (step.status, step.postponed) == ("uitgesteld", 1)
    assert step._label() == "Warmtescans aan huis  ↻1"
    canvas.select(scan)
    assert "postponed 1 time(s)" in _details(view)

    _edit_step(view, scan, note="Nog steeds uitgesteld")  # still postponed: no new count
    assert opened.get("timeline_item", scan).postponed == 1
    _edit_step(view, scan, status="bezig")
    assert opened.get("timeline_item", scan).postponed == 1
    _edit_step(view, scan, status="uitgesteld")
    assert opened.get("timeline_item", scan).postponed == 2
    assert canvas.steps[scan]._label().endswith("↻2")

    window.undo_action.trigger()
    rec = opened.get("timeline_item", scan)
    assert (rec.status, rec.postponed) == ("bezig", 1)
    assert canvas.steps[scan]._label().endswith("↻1")
    for _ in range(3):
        window.undo_action.trigger()
    rec = opened.get("timeline_item", scan)
    assert (rec.status, rec.postponed, rec.start) == ("gepland", 0, "2027-03-04")
    assert "↻" not in canvas.steps[scan]._label()


# -- 8. zoom ------------------------------------------------------------------------------


def _layout(canvas):
    """What must not change when time is stretched: lanes and each step's row and height."""
    return ({lane: canvas.lane_top(lane) for lane in ("denk", "doe")}, dict(canvas.rows),
            {i: (s.lane, s.row, s.scenePos().y()) for i, s in canvas.steps.items()},
            canvas.height_needed())


def _spread_plan(opened):
    return {
        "analyse": _add(opened, "Wijkanalyse", track="denk", start="2027-01-01",
                        end="2027-06-30"),
        "besluit": _add(opened, "Besluit warmtenet", track="denk", kind="besluit",
                        start="2029-09-30"),
        "stip": _add(opened, "Aardgasvrij in 2035", track="denk", kind="stip",
                     start="2035-12-31"),
        "scan": _add(opened, "Warmtescans aan huis", start="2027-09-01", end="2028-03-31"),
        "proef": _add(opened, "Proefstraat", start="2030-04-01", end="2031-03-31"),
        "wijk": _add(opened, "Woning voor woning", start="2032-06-01", end="2034-12-31"),
    }


def _zoom_plan(opened):
    """Steps whose rows do not depend on the zoom: far apart, or overlapping in time."""
    return {
        "analyse": _add(opened, "Wijkanalyse", track="denk", start="2027-01-01",
                        end="2027-06-30"),
        "stip": _add(opened, "Aardgasvrij in 2035", track="denk", kind="stip",
                     start="2035-12-31"),
        "scan": _add(opened, "Warmtescans aan huis", start="2027-09-01", end="2028-03-31"),
        "proef": _add(opened, "Proefstraat", start="2027-10-01", end="2028-06-30"),
    }


def test_zoom_keys_and_ctrl_wheel_stretch_time_only(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids = _zoom_plan(opened)
    canvas = view.canvas
    canvas.fit_all()
    _focus(canvas, qtbot)
    layout = _layout(canvas)
    assert canvas.steps[ids["scan"]].row != canvas.steps[ids["proef"]].row
    ppd = canvas.px_per_day

    QTest.keyClick(canvas, "+")
    assert canvas.px_per_day == pytest.approx(ppd * 1.25)
    assert _layout(canvas) == layout
    scan = canvas.steps[ids["scan"]]
    assert scan.scenePos().x() == pytest.approx(canvas.x_of(_date("2027-09-01")))
    assert _px(canvas, scan.shape().boundingRect().width()) == pytest.approx(
        ((_date("2028-03-31") - _date("2027-09-01")).days + 1) * canvas.px_per_day)
    QTest.keyClick(canvas, "-")
    QTest.keyClick(canvas, "-")
    assert canvas.px_per_day == pytest.approx(ppd / 1.25)
    assert _layout(canvas) == layout

    _ctrl_wheel(canvas, 2)
    assert canvas.px_per_day == pytest.approx(ppd * 1.25)
    assert _layout(canvas) == layout
    _ctrl_wheel(canvas, -1)
    assert canvas.px_per_day == pytest.approx(ppd)
    assert _layout(canvas) == layout
    _ctrl_wheel(canvas, 0)  # a horizontal wheel: no zoom
    assert canvas.px_per_day == pytest.approx(ppd)
    transform = canvas.transform()
    # time is stretched by the view, heights are not
    assert (transform.m11(), transform.m22()) == (pytest.approx(canvas.px_per_day), 1.0)
    assert canvas.steps[ids["scan"]].shape().boundingRect().height() == 34  # BAR_H

    # from weeks to decades, and no further
    for _ in range(40):
        QTest.keyClick(canvas, "+")
    assert canvas.px_per_day == pytest.approx(1920 / 14)
    for _ in range(60):
        QTest.keyClick(canvas, "-")
    assert canvas.px_per_day == pytest.approx(1920 / (40 * 365.25))


def test_zooming_keeps_the_date_under_the_mouse_or_in_the_middle(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    _zoom_plan(opened)
    canvas = view.canvas
    canvas.set_scale(1.0)  # a year is 365 px: room to scroll both ways
    canvas.centerOn(canvas.x_of(_date("2031-01-01")), 200)
    _focus(canvas, qtbot)
    viewport = canvas.viewport()

    def date_at(x):
        return canvas.date_of(canvas.mapToScene(QPoint(int(x), 100)).x())

    at = QPointF(viewport.width() * 0.6, viewport.height() / 2)
    date = date_at(at.x())
    _ctrl_wheel(canvas, 2, at)
    assert canvas.px_per_day == pytest.approx(1.25 ** 2)
    wheel_off = (date_at(at.x()) - date).days

    middle = date_at(viewport.width() / 2)
    QTest.keyClick(canvas, "-")
    key_off = (date_at(viewport.width() / 2) - middle).days
    assert abs(wheel_off) <= 2 and abs(key_off) <= 2, (
        f"after Ctrl+wheel the date under the mouse moved {wheel_off} days; after '-' the "
        f"date in the middle moved {key_off} days")


def _marker(canvas, step):
    """Scene x from where to where a step itself is drawn (without its label)."""
    if step.is_point:
        x = step.scenePos().x()
        return x - _sx(canvas, 21), x + _sx(canvas, 21)
    return canvas.x_of(step.start), canvas.x_of(step.end + dt.timedelta(days=1))


@pytest.mark.parametrize("plan", ["one-year", "ten-years"])
def test_zero_fits_all_steps_between_the_left_and_the_right_of_the_view(
        window, project, qtbot, plan):
    opened, view = _setup(window, project, qtbot)
    if plan == "one-year":
        _add(opened, "Wijkanalyse", track="denk", start="2027-01-01", end="2027-06-30")
        _add(opened, "Warmtescans aan huis", start="2026-11-01", end="2027-03-31")
        _add(opened, "Besluit warmteplan", track="denk", kind="besluit", start="2027-09-30")
    else:
        _spread_plan(opened)
    canvas = view.canvas
    _focus(canvas, qtbot)
    for _ in range(12):
        QTest.keyClick(canvas, "+")  # far in, and away to the end
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    first = min(canvas.steps.values(), key=lambda s: s.start)
    assert not _seen(canvas).contains(first.scenePos())

    QTest.keyClick(canvas, "0")
    seen = _seen(canvas)
    out = []
    for step in canvas.steps.values():
        left, right = _marker(canvas, step)
        if not (seen.left() <= left and right <= seen.right()):
            out.append((step.title, round(left), round(right)))
        assert seen.top() <= step.sceneBoundingRect().top(), step.title
        assert step.sceneBoundingRect().bottom() <= seen.bottom(), step.title
    assert out == [], f"outside {seen.left():.0f}..{seen.right():.0f} after fit-all"
    # and not smaller than needed: the steps take at least half of the width
    xs = [x for s in canvas.steps.values() for x in _marker(canvas, s)]
    assert max(xs) - min(xs) > 0.5 * seen.width()

    view.fit_button.click()  # the button does the same
    assert _seen(canvas) == seen


def test_fit_all_leaves_room_for_the_label_of_the_last_step(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    ids = _spread_plan(opened)
    canvas = view.canvas
    canvas.fit_all()
    stip = canvas.steps[ids["stip"]]
    label_right = stip.scenePos().x() + stip.shape().boundingRect().right()
    seen = _seen(canvas)
    assert label_right <= seen.right(), (
        f"the label of 'Aardgasvrij in 2035' ends at x={label_right:.0f}, the view at "
        f"{seen.right():.0f}: cut off")


def test_t_brings_today_into_view(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    _spread_plan(opened)
    canvas = view.canvas
    _focus(canvas, qtbot)
    for _ in range(6):
        QTest.keyClick(canvas, "+")
    today = canvas.x_of(dt.date.today())
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    assert not (_seen(canvas).left() <= today <= _seen(canvas).right())
    QTest.keyClick(canvas, Qt.Key.Key_T)
    seen = _seen(canvas)
    assert seen.left() + _sx(canvas, 100) <= today <= seen.right() - _sx(canvas, 100)
    assert canvas.today == dt.date.today()

    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())
    assert not (_seen(canvas).left() <= today <= _seen(canvas).right())
    view.today_button.click()
    assert _seen(canvas).left() <= today <= _seen(canvas).right()


# -- 9. keyboard navigation ---------------------------------------------------------------


def _selected(canvas):
    return [i.item_id for i in canvas.scene().selectedItems() if hasattr(i, "item_id")]


def test_arrow_keys_go_from_step_to_step_and_enter_opens_the_dialog(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    a = _add(opened, "Wijkanalyse", track="denk", start="2027-01-05", end="2027-06-30")
    b = _add(opened, "Besluit warmteplan", track="denk", kind="besluit", start="2028-01-15")
    c = _add(opened, "Warmtescans aan huis", start="2027-03-01", end="2027-05-31")
    d = _add(opened, "Proefstraat", start="2027-09-01", end="2028-06-30")
    e = _add(opened, "Isolatieactie", start="2028-09-01", end="2028-12-31")
    canvas.fit_all()
    _focus(canvas, qtbot)
    canvas.select(c)
    assert _selected(canvas) == [c]

    QTest.keyClick(canvas, Qt.Key.Key_Right)  # next on the doe-spoor, in time
    assert _selected(canvas) == [d]
    assert canvas.hasFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert _selected(canvas) == [e]
    QTest.keyClick(canvas, Qt.Key.Key_Right)  # the last one stays
    assert _selected(canvas) == [e]
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    assert _selected(canvas) == [c]
    QTest.keyClick(canvas, Qt.Key.Key_Up)  # the nearest in time on the denk-spoor
    assert _selected(canvas) == [a]
    assert "Wijkanalyse" in _details(view)
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert _selected(canvas) == [b]
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # 2028-01-15: Proefstraat starts nearest
    assert _selected(canvas) == [d]
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert _selected(canvas) == [b]

    view.dialog = None
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog is not None and dialog in window.interaction.dialogs
    assert dialog.title.text() == "Besluit warmteplan"
    assert dialog.kind.currentData() == "besluit" and dialog.track.currentData() == "denk"
    assert not dialog.has_end.isChecked()
    dialog.title.setText("Besluit warmteplan (raad)")
    dialog.accept()
    assert opened.get("timeline_item", b).title == "Besluit warmteplan (raad)"
    assert canvas.steps[b].title == "Besluit warmteplan (raad)"
    assert _selected(canvas) == [b]  # the selection stays after the redraw

    # a double-click opens it too
    view.dialog = None
    step = canvas.steps[d]
    _scroll_to(canvas, step)
    QTest.mouseDClick(canvas.viewport(), LEFT, NO_MOD,
                      canvas.mapFromScene(step.mapToScene(QPointF(_sx(canvas, 6), 17))))
    assert view.dialog is not None and view.dialog.title.text() == "Proefstraat"


def test_delete_removes_the_step_with_its_dependencies_and_links_in_one_undo_step(
        window, project, qtbot):
    from wijkdesk.model import timeline as tl

    opened, view = _setup(window, project, qtbot)
    canvas = view.canvas
    party = opened.add("stakeholder", name="Woonstede", type="woningcorporatie")
    green = _cluster(opened, "Groen en ontmoeten")
    a = _add(opened, "Wijkanalyse", track="denk", start="2027-01-05", end="2027-06-30")
    b = _add(opened, "Warmteplan", track="denk", start="2027-09-01", end="2027-12-31")
    c = _add(opened, "Warmtescans aan huis", start="2028-03-01", end="2028-05-31")
    tl.add_dependency(opened, a, b)
    tl.add_dependency(opened, b, c)
    tl.add_link(opened, b, party)
    tl.add_link(opened, b, green)
    tl.add_link(opened, c, b)  # another step linked to it
    before = _dump(opened)
    assert len(canvas.arrows) == 2
    canvas.fit_all()
    _focus(canvas, qtbot)
    canvas.select(b)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)

    assert opened.get("timeline_item", b).deleted
    assert {r.id for r in opened.all("timeline_item")} == {a, c}
    assert opened.count("dependency") == 0
    assert tl.links_of(opened, party) == [] and tl.links_of(opened, green) == []
    assert tl.links_of(opened, c) == []
    assert set(canvas.steps) - {s for s in canvas.steps if canvas.steps[s].evening} == {a, c}
    assert canvas.arrows == []
    assert window.undo_action.text().endswith("Delete step")
    left_behind = [(r.from_id, r.to_id) for r in tl.link_records(opened, b)]

    window.undo_action.trigger()  # one step brings all of it back
    assert _dump(opened) == before
    assert {r.id for r in opened.all("timeline_item")} == {a, b, c}
    assert len(canvas.arrows) == 2
    assert {r.id for _k, r in tl.links_of(opened, b)} == {party, green, c}
    window.redo_action.trigger()
    assert opened.get("timeline_item", b).deleted and opened.count("dependency") == 0

    # nothing selected: Delete does nothing
    window.undo_action.trigger()
    canvas.scene().clearSelection()
    steps = window.ctx.undo.count()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert window.ctx.undo.count() == steps and _dump(opened) == before

    # the link from the other step to the deleted one went with it (not left alive)
    assert left_behind == [], "a link from another step to the deleted step is left behind"


# -- 10. the iCalendar export -------------------------------------------------------------


def _calendar(path):
    icalendar = pytest.importorskip(
        "icalendar", reason="the icalendar package is not installed in this environment: "
                            "the ICS export cannot be parsed independently")
    return icalendar.Calendar.from_ical(Path(path).read_bytes())


def _components(cal, name):
    return {str(c["UID"]): c for c in cal.walk(name)}


def test_the_ics_export_has_an_event_per_dated_step_and_a_todo_per_open_action_point(
        window, project, qtbot, tmp_path):
    opened, view = _setup(window, project, qtbot)
    [evening] = opened.all("bijeenkomst")
    ids = _two_lane_plan(opened)
    undated = opened.add("timeline_item", title="Nog te plannen: buurtfeest")
    gone = _add(opened, "Vervallen stap", start="2027-02-01")
    opened.delete("timeline_item", gone)
    actions = {
        status: opened.add("action_item", bijeenkomst_id=evening.id, number=n,
                           what=f"Actiepunt {status}", who="Anna", status=status,
                           due="2027-01-31" if status == "open" else None)
        for n, status in enumerate(("open", "bezig", "uitgesteld", "klaar"), start=1)}

    written = view.export("ics", str(tmp_path / "tijdlijn.ics"))
    assert written == str(tmp_path / "tijdlijn.ics")
    assert "tijdlijn.ics" in window.statusBar().currentMessage()
    cal = _calendar(written)
    events = _components(cal, "VEVENT")
    assert set(events) == {f"{i}@wijkdesk" for i in (*ids.values(), evening.id)}
    assert f"{undated}@wijkdesk" not in events and f"{gone}@wijkdesk" not in events
    scan = events[f"{ids['scan']}@wijkdesk"]
    assert str(scan["SUMMARY"]) == "Warmtescans aan huis"
    assert scan.decoded("DTSTART") == _date("2027-03-04")
    assert scan.decoded("DTEND") == _date("2027-07-01")  # the day after the end
    decision = events[f"{ids['besluit']}@wijkdesk"]
    assert decision.decoded("DTSTART") == _date("2028-09-30")
    assert decision.decoded("DTEND") == _date("2028-10-01")
    assert events[f"{evening.id}@wijkdesk"].decoded("DTSTART") == _date("2026-09-17")
    todos = _components(cal, "VTODO")
    assert set(todos) == {f"{actions[s]}@wijkdesk" for s in ("open", "bezig", "uitgesteld")}
    assert str(todos[f"{actions['open']}@wijkdesk"]["SUMMARY"]) == "Actiepunt open"
    assert todos[f"{actions['open']}@wijkdesk"].decoded("DUE") == _date("2027-01-31")
    assert str(todos[f"{actions['bezig']}@wijkdesk"]["STATUS"]) == "IN-PROCESS"

    # again, through the file dialog: the same UIDs (the same file, even)
    window.interaction.answers.append(str(tmp_path / "opnieuw"))
    again = view.export("ics")
    assert again == str(tmp_path / "opnieuw.ics")
    assert Path(again).read_bytes() == Path(written).read_bytes()
    # after a change the entries keep their UIDs (a calendar updates them)
    _edit_step(view, ids["scan"], start="2027-04-01", end="2027-07-31")
    third = _calendar(view.export("ics", str(tmp_path / "derde.ics")))
    events3 = _components(third, "VEVENT")
    assert set(events3) == set(events)
    assert events3[f"{ids['scan']}@wijkdesk"].decoded("DTSTART") == _date("2027-04-01")
    assert set(_components(third, "VTODO")) == set(todos)

    # a cancelled file dialog writes nothing; over the project file is refused
    assert view.export("ics") is None
    assert view.export("ics", str(opened.path)) is None
    assert [m[0] for m in window.interaction.messages if m[0] == "error"] == ["error"]
    assert opened.count("timeline_item") == 4


# -- 11. the demo project -----------------------------------------------------------------


def test_the_demo_timeline_draws_every_step_arrow_and_clash_and_fits_in_view(
        window, qtbot, tmp_path):
    from wijkdesk.model import timeline as tl
    from wijkdesk.model.demo import build_demo

    demo = build_demo(tmp_path / "demo.wijkdesk")
    path = demo.path
    demo.close()
    assert window.open_path(str(path))
    view = _show(window, qtbot)
    canvas = view.canvas
    opened = window.ctx.project

    dated = {r.id: r for r in opened.all("timeline_item") if r.start}
    evenings = {e.id: e for e in tl.evening_items(opened)}
    assert len(dated) > 15 and len(evenings) >= 2
    assert set(canvas.steps) == set(dated) | set(evenings)
    for item_id, rec in dated.items():
        step = canvas.steps[item_id]
        assert (step.lane, step.start, step.step_kind, step.evening) == (
            rec.track, _date(rec.start), rec.kind, False), rec.title
        assert step.end == (_date(rec.end) if rec.end else None)
    assert all(canvas.steps[i].evening and canvas.steps[i].lane == "doe" for i in evenings)
    [stip] = [s for s in canvas.steps.values() if s.step_kind == "stip"]
    assert stip.lane == "denk"
    # no two steps of a row overlap (each label has its room)
    for lane in ("denk", "doe"):
        for row in range(canvas.rows[lane]):
            spans = sorted(s.extent() for s in canvas.steps.values()
                           if (s.lane, s.row) == (lane, row))
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), (lane, row)

    drawn = [d for d in opened.all("dependency")
             if d.before_id in canvas.steps and d.after_id in canvas.steps]
    assert len(drawn) == opened.count("dependency") > 10
    arrows = {a.dependency_id: a for a in canvas.arrows}
    assert set(arrows) == {d.id for d in drawn}
    for d in drawn:
        assert arrows[d.id].before is canvas.steps[d.before_id]
        assert arrows[d.id].after is canvas.steps[d.after_id]

    found = tl.clashes(opened, dt.date.today().isoformat())
    assert found
    lines = _clash_lines(view)
    assert lines == ["⚠ " + tl.clash_text(c, "en") for c in found]
    assert view._clash_heading.text() == f"Clashes ({len(found)})"
    text = "\n".join(lines)
    for title in ("Deadline aanvraag gemeentelijke isolatiesubsidie",
                  "Haalbaarheidsstudie warmtenet op restwarmte",
                  "Informatiemarkt warmteopties per buurt",
                  "Keuze van de warmteoplossing per buurt",
                  "Collectieve isolatieactie per straat"):
        assert title in text, title
    clashing = {i for c in found for i in c.item_ids}
    assert {i for i, s in canvas.steps.items() if s.clash} == clashing
    for c in found:
        if c.kind == "dependency":
            [arrow] = [a for a in canvas.arrows
                       if (a.before.item_id, a.after.item_id) == c.item_ids]
            assert arrow.clash, c.english()
    quiet = [a for a in canvas.arrows
             if not {a.before.item_id, a.after.item_id} <= clashing]
    assert quiet and not any(a.clash for a in quiet)

    canvas.zoom_by(4.0)  # away from the fit first
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    canvas.fit_all()
    seen = _seen(canvas)
    outside = [s.title for s in canvas.steps.values()
               if not seen.left() <= s.scenePos().x() <= seen.right()]
    assert outside == []

    # a picture of it, for the minutes and for a look
    qtbot.waitUntil(lambda: canvas.paints > 0)
    picture = window.grab()
    assert picture.save(str(tmp_path / "demo-timeline.png"))
    assert picture.width() >= 1500


def test_a_steps_status_is_told_by_a_mark_not_by_its_colour_alone(window, project, qtbot):
    opened, view = _setup(window, project, qtbot)
    done = _add(opened, "Wijkanalyse", track="denk", start="2027-01-01", end="2027-06-30",
                status="klaar")
    busy = _add(opened, "Warmtescans", start="2027-02-01", end="2027-05-31", status="bezig")
    planned = _add(opened, "Proefstraat", start="2027-03-01", end="2027-09-30")
    canvas = view.canvas
    assert canvas.steps[done]._label() == "✓ Wijkanalyse"
    assert canvas.steps[busy]._label() == "▶ Warmtescans"
    assert canvas.steps[planned]._label() == "Proefstraat"

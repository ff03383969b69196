"""The Wijkkompas view (issue 8) as a facilitator uses it: the grid of phases and tracks, the
detail of a knooppunt, its status, date, note and links (also seen from the Timeline), the
phase (derived or set by hand), knooppunten of the project's own, "Where do we stand?" and the
APK — every edit stored in the project at once and undone and redone through Edit > Undo.

The tests speak English (``QLocale`` en_GB, no translator loaded: the UI's own words are the
English source strings and the model's words follow the locale), except where they say
otherwise; the last test loads the Dutch translation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from tests.conftest import DEVICE_A
from tests.util import open_in_window
from wijkdesk.model import Project, kompas
from wijkdesk.model.demo import build_demo

KOMPAS_VIEW = 3
TIMELINE_VIEW = 2
ID_ROLE = 256
LEFT = Qt.MouseButton.LeftButton
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
#: what a status looks like before a knooppunt's title in the grid
MARKS = {"niet gestart": "○", "bezig": "◐", "afgerond": "●", "nvt": "–"}
_COPIES = itertools.count(1)

TABLE = "start-partijen-aan-tafel"  # phase 1, social: five parties, three tips
AREA = "start-gebied-afbakenen"  # phase 1, technical
WISHES = "karakter-woon-en-wijkwensen"  # phase 2, social (demo: in progress)
NETS = "karakter-netten-en-warmtebronnen"  # phase 2, technical (demo: in progress)


# -- fixtures and helpers -----------------------------------------------------------------


def _set_locale(lang: str) -> None:
    QLocale.setDefault(QLocale("en_GB" if lang == "en" else "nl_NL"))


@pytest.fixture(autouse=True)
def english():
    """English words from the model, as from the (untranslated) UI."""
    before = QLocale()
    _set_locale("en")
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo (statuses, links, an own knooppunt, two APKs) for one test."""
    path = tmp_path / "demo.wijkdesk"
    shutil.copy(demo_template, path)
    return path


def _show(window, qtbot):
    """The Wijkkompas view, shown in a big window."""
    window.resize(1600, 1000)
    window.nav.setCurrentRow(KOMPAS_VIEW)
    view = window.kompas_view
    qtbot.waitUntil(lambda: view.isVisible() and view.tabs.count() == 3)
    return view


def _open_demo(window, qtbot, path: Path):
    assert window.open_path(str(path))
    return window.ctx.project, _show(window, qtbot)


def _open_small(window, qtbot, project):
    """The conftest's small project (one evening, nothing in the Kompas yet)."""
    opened = open_in_window(window, project)
    return opened, _show(window, qtbot)


def kid(key: str) -> str:
    return kompas.knooppunt_id(key)


def _k(opened, key_or_id: str) -> kompas.Knooppunt:
    """A knooppunt as the model has it now, by starter key or id."""
    nodes = kompas.knooppunten(opened)
    found = [k for k in nodes if key_or_id in (k.key, k.id)]
    assert len(found) == 1, key_or_id
    return found[0]


def _from_file(opened, tmp_path: Path, kind: str, record_id: str):
    """A record as a copy of the project's file holds it (so: saved, not only in memory)."""
    copy = opened.save_copy(tmp_path / f"copy-{next(_COPIES)}.wijkdesk")
    other = Project.open(copy)
    try:
        return other.get(kind, record_id)
    finally:
        other.close()


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _where(view) -> dict[str, list[tuple[int, str]]]:
    """Every knooppunt id in the grid -> the cells it is in."""
    out: dict[str, list[tuple[int, str]]] = {}
    for place, cell in view.cells.items():
        for i in range(cell.count()):
            out.setdefault(cell.item(i).data(ID_ROLE), []).append(place)
    return out


def _item(view, knooppunt_id: str):
    [place] = _where(view)[knooppunt_id]
    cell = view.cells[place]
    [item] = [cell.item(i) for i in range(cell.count())
              if cell.item(i).data(ID_ROLE) == knooppunt_id]
    return cell, item


def _click(view, qtbot, knooppunt_id: str) -> None:
    """Click a knooppunt in the grid, as the user does."""
    cell, item = _item(view, knooppunt_id)
    cell.scrollToItem(item)
    rect = cell.visualItemRect(item)
    assert cell.viewport().rect().contains(rect.center()), "the knooppunt is out of sight"
    qtbot.mouseClick(cell.viewport(), LEFT, pos=rect.center())
    assert view.chosen == knooppunt_id


def _pick(combo, data) -> None:
    """Choose the entry holding data in a combo box, as the user does (activated)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _plain(html_label) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_label.text())).strip()


def _header(view, phase: int) -> str:
    return _plain(view.phase_headers[phase])


def _highlighted(view) -> list[int]:
    """The phases whose header looks unlike the others' (the current phase's)."""
    styles = Counter(h.styleSheet() for h in view.phase_headers.values())
    usual = styles.most_common(1)[0][0]
    return [n for n, h in view.phase_headers.items() if h.styleSheet() != usual]


def _detail(view) -> str:
    return view.detail.toPlainText()


def _undo(window) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def _redo(window) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def _today() -> str:
    return dt.date.today().isoformat()


def _lines(text: str, start: str, *ends: str) -> list[str]:
    """The non-empty lines of a plain text between the line start and the first of ends."""
    lines = [line.strip() for line in text.splitlines()]
    assert start in lines, (start, text)
    out = []
    for line in lines[lines.index(start) + 1:]:
        if line in ends:
            return out
        if line:
            out.append(line)
    return out


# -- the grid -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_knooppunt_sits_in_the_cell_of_its_phase_and_track_with_its_status_mark(
        window, qtbot, demo_path, lang):
    _set_locale(lang)
    opened, view = _open_demo(window, qtbot, demo_path)
    nodes = kompas.knooppunten(opened)
    assert len(nodes) >= 25
    assert {k.status for k in nodes} == set(MARKS)  # the demo has every status

    where = _where(view)
    assert set(where) == {k.id for k in nodes}
    for k in nodes:
        assert where[k.id] == [(k.phase, k.track)], k.title  # that cell, and only there
    for (phase, track), cell in view.cells.items():
        assert _texts(cell) == [f"{MARKS[k.status]} {k.label(lang)}" for k in nodes
                                if (k.phase, k.track) == (phase, track)], (phase, track)
    own = [k for k in nodes if k.custom]
    assert [(k.title, k.phase, k.track, k.status) for k in own] == [
        ("Koffieochtenden in de portiekflats", 2, "sociaal", "bezig")]
    assert "◐ Koffieochtenden in de portiekflats" in _texts(view.cells[(2, "sociaal")])
    _cell, not_applicable = _item(view, kid("start-bestaande-plannen"))
    assert not_applicable.text().startswith("– ") and not_applicable.font().strikeOut()
    _cell, started = _item(view, kid(WISHES))
    assert started.text().startswith("◐ ") and not started.font().strikeOut()

    # the headers: each phase's name and how much of it is done; phase 2 stands out
    for phase in range(1, 7):
        here = [k for k in nodes if k.phase == phase]
        done = sum(k.status == "afgerond" for k in here)
        applicable = sum(k.status != "nvt" for k in here)
        header = _header(view, phase)
        assert header.startswith(f"{phase}. {kompas.phase_name(phase, lang)}"), header
        assert f"{done} of {applicable} done" in header
    assert "1 of 10 done" in _header(view, 2)  # what the demo's statuses come to
    assert _highlighted(view) == [2]
    label = _plain(view.phase_label)
    source = {"en": "Follows from the statuses", "nl": "Volgt uit de statussen"}[lang]
    assert label == f"We are in phase 2: {kompas.phase_name(2, lang)}. {source}"
    assert kompas.phase_name(2, lang) == {"en": "Characterising the area",
                                         "nl": "Karakteriseren van het gebied"}[lang]


def test_opening_another_project_shows_its_knooppunten_and_forgets_the_choice(
        window, qtbot, demo_path, project):
    opened, view = _open_demo(window, qtbot, demo_path)
    _click(view, qtbot, kid(WISHES))
    assert view.status.currentData() == "bezig"
    assert "◐ Koffieochtenden in de portiekflats" in _texts(view.cells[(2, "sociaal")])
    small = open_in_window(window, project)
    assert view.chosen is None and _detail(view).startswith("Pick a knooppunt")
    assert not view.status.isEnabled()
    assert not any("Koffieochtenden" in text for cell in view.cells.values()
                   for text in _texts(cell))
    assert sum(c.count() for c in view.cells.values()) == len(kompas.knooppunten(small))
    assert _highlighted(view) == []


def test_a_new_project_has_no_phase_and_every_knooppunt_not_started(window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    nodes = kompas.knooppunten(opened)
    assert opened.count("knooppunt") == 0  # nothing is copied into the file
    assert sum(cell.count() for cell in view.cells.values()) == len(nodes) >= 25
    assert all(text.startswith("○ ") for cell in view.cells.values() for text in _texts(cell))
    assert _highlighted(view) == []
    assert _plain(view.phase_label) == "No phase yet. Not known yet"
    assert view.phase_choice.currentIndex() == 0
    assert _detail(view).startswith("Pick a knooppunt")
    for widget in (view.status, view.has_date, view.note, view.link_button, view.edit_button,
                   view.reset_button, view.delete_button):
        assert not widget.isEnabled()
    assert view.add_button.isEnabled()


# -- a knooppunt's detail -------------------------------------------------------------------


def test_picking_a_knooppunt_shows_its_goal_approach_tips_and_parties_marking_the_missing(
        window, qtbot, project):
    from wijkdesk.model.stakeholders import type_label

    project.add("stakeholder", name="Gemeente Wisselmonde", type="gemeente")
    project.add("stakeholder", name="Het Klaverhuis", type="woningcorporatie")
    opened, view = _open_small(window, qtbot, project)
    k = _k(opened, TABLE)
    assert k.goal and k.approach and len(k.tips) >= 2 and "netbeheerder" in k.parties

    _click(view, qtbot, k.id)
    text = _detail(view)
    assert text.splitlines()[0] == "The right parties at the table"
    assert "Phase 1, Social" in text
    assert _lines(text, "Goal", "Approach") == [k.goal]
    assert _lines(text, "Approach", "Tips") == [k.approach]
    assert _lines(text, "Tips", "Parties") == k.tips
    present = {"gemeente", "woningcorporatie"}
    expected = ", ".join(type_label(p) if p in present
                         else f"{type_label(p)} (not yet in the network)" for p in k.parties)
    assert _lines(text, "Parties", "Prompt for a first round") == [expected]
    assert "Gemeente (not yet" not in text and "Netbeheerder (not yet in the network)" in text
    assert f"“{k.prompt}”" in text
    assert view.status.currentData() == "niet gestart"
    assert view.status.isEnabled() and view.edit_button.isEnabled()
    assert not view.delete_button.isEnabled()  # a starter knooppunt is set to nvt instead
    assert not view.reset_button.isEnabled()  # nothing edited
    assert not view.has_date.isChecked() and view.note.text() == ""
    assert _texts(view.links) == ["Nothing linked yet."]
    assert opened.count("knooppunt") == 0  # looking changes nothing

    # a netbeheerder joins the network: the detail says so at once
    opened.add("stakeholder", name="Netbeheer Waardland", type="netbeheerder")
    assert "Netbeheerder (not yet" not in _detail(view)
    assert "Bewonersgroep (not yet in the network)" in _detail(view)

    # another knooppunt: only one is chosen in the whole grid
    _click(view, qtbot, kid(AREA))
    assert _detail(view).splitlines()[0] == _k(opened, AREA).label("en")
    chosen = [cell for cell in view.cells.values() if cell.currentItem() is not None]
    assert chosen == [view.cells[(1, "technisch")]]

    # Enter (or a double-click) on it opens its texts
    view.dialog = None
    qtbot.keyClick(view.cells[(1, "technisch")], Qt.Key.Key_Return)
    assert view.dialog is not None and view.dialog.title.text() == _k(opened, AREA).label("en")
    view.dialog.reject()


# -- status, date and note ------------------------------------------------------------------


def test_a_status_chosen_is_stored_dated_when_done_and_undone_and_redone(
        window, qtbot, project, tmp_path):
    opened, view = _open_small(window, qtbot, project)
    k = _k(opened, TABLE)
    _click(view, qtbot, k.id)

    _pick(view.status, "bezig")
    assert _from_file(opened, tmp_path, "knooppunt", k.id).status == "bezig"
    assert _k(opened, TABLE).date is None
    _cell, item = _item(view, k.id)
    assert item.text() == "◐ The right parties at the table"
    assert _plain(view.phase_label) == (
        "We are in phase 1: Starting together. Follows from the statuses")
    assert _highlighted(view) == [1]

    _pick(view.status, "afgerond")
    stored = _from_file(opened, tmp_path, "knooppunt", k.id)
    assert (stored.status, stored.date) == ("afgerond", _today())
    assert _item(view, k.id)[1].text() == "● The right parties at the table"
    assert view.has_date.isChecked()
    assert view.date.date() == QDate.currentDate()
    applicable = sum(1 for n in kompas.knooppunten(opened) if n.phase == 1)
    assert f"1 of {applicable} done" in _header(view, 1)

    _undo(window)
    rec = opened.get("knooppunt", k.id)
    assert (rec.status, rec.date) == ("bezig", None)
    assert view.status.currentData() == "bezig"
    assert not view.has_date.isChecked()
    assert _item(view, k.id)[1].text().startswith("◐ ")
    _redo(window)
    rec = opened.get("knooppunt", k.id)
    assert (rec.status, rec.date) == ("afgerond", _today())
    assert view.status.currentData() == "afgerond"
    _undo(window)
    _undo(window)
    assert _k(opened, TABLE).status == "niet gestart"
    assert _item(view, k.id)[1].text().startswith("○ ")
    assert _plain(view.phase_label).startswith("No phase yet.")
    assert not window.undo_action.isEnabled()


def test_the_phase_moves_on_when_every_knooppunt_of_it_is_done_or_not_applicable(
        window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    first = [k for k in kompas.knooppunten(opened) if k.phase == 1]
    assert len(first) >= 3
    steps = window.ctx.undo.count()
    for n, k in enumerate(first):
        _click(view, qtbot, k.id)
        _pick(view.status, "nvt" if n == 1 else "afgerond")
        assert window.ctx.undo.count() == steps + n + 1  # one undo step each
        if n < len(first) - 1:
            assert _highlighted(view) == [1]
            assert _plain(view.phase_label).startswith("We are in phase 1: Starting together.")
    assert [_k(opened, k.id).status for k in first] == [
        "nvt" if n == 1 else "afgerond" for n in range(len(first))]
    assert _plain(view.phase_label) == (
        "We are in phase 2: Characterising the area. Follows from the statuses")
    assert _highlighted(view) == [2]
    assert f"{len(first) - 1} of {len(first) - 1} done" in _header(view, 1)

    _undo(window)  # the last one is open again: back to phase 1
    assert _highlighted(view) == [1]
    assert _plain(view.phase_label).startswith("We are in phase 1:")
    _redo(window)
    assert _highlighted(view) == [2]


def test_the_date_and_the_note_are_stored_one_undo_step_each(window, qtbot, project, tmp_path):
    opened, view = _open_small(window, qtbot, project)
    k = _k(opened, AREA)
    _click(view, qtbot, k.id)
    assert not view.date.isEnabled()
    steps = window.ctx.undo.count()

    qtbot.mouseClick(view.has_date, LEFT, pos=view.has_date.rect().center())
    assert view.has_date.isChecked() and view.date.isEnabled()
    assert _from_file(opened, tmp_path, "knooppunt", k.id).date == _today()
    assert window.ctx.undo.count() == steps + 1

    view.date.setFocus()
    view.date.setDate(QDate(2026, 3, 1))
    qtbot.keyClick(view.date, Qt.Key.Key_Return)
    assert _from_file(opened, tmp_path, "knooppunt", k.id).date == "2026-03-01"
    assert window.ctx.undo.count() == steps + 2
    qtbot.keyClick(view.date, Qt.Key.Key_Return)  # nothing changed: no new step
    assert window.ctx.undo.count() == steps + 2

    view.note.setFocus()
    qtbot.keyClicks(view.note, "Grens besproken met de bewonersgroepen")
    assert _k(opened, AREA).note == ""  # not yet: while typing nothing is stored
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    assert _from_file(opened, tmp_path, "knooppunt", k.id).note == (
        "Grens besproken met de bewonersgroepen")
    assert window.ctx.undo.count() == steps + 3

    _undo(window)
    assert _k(opened, AREA).note == ""
    assert view.note.text() == ""
    _undo(window)
    assert _k(opened, AREA).date == _today()
    assert view.date.date() == QDate.currentDate()
    _undo(window)
    assert _k(opened, AREA).date is None
    assert not view.has_date.isChecked() and not view.date.isEnabled()
    _redo(window)
    _redo(window)
    assert _k(opened, AREA).date == "2026-03-01"
    assert view.has_date.isChecked() and view.date.date() == QDate(2026, 3, 1)

    # unticking the date removes it (one step)
    qtbot.mouseClick(view.has_date, LEFT, pos=view.has_date.rect().center())
    assert _k(opened, AREA).date is None
    _undo(window)
    assert _k(opened, AREA).date == "2026-03-01"


def test_a_note_typed_for_one_knooppunt_stays_with_it_when_another_is_picked(
        window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    first, second, third = (kid(TABLE), kid(AREA), kid("start-doel-en-verhaal"))

    _click(view, qtbot, first)
    view.note.setFocus()
    qtbot.keyClicks(view.note, "Wie mist er nog?")
    _click(view, qtbot, second)  # by the mouse
    assert _k(opened, first).note == "Wie mist er nog?"
    assert _k(opened, second).note == ""
    assert view.note.text() == ""

    view.note.setFocus()
    qtbot.keyClicks(view.note, "Kaart van de leidingen")
    view.choose(third)  # as a click in the grid would
    assert _k(opened, second).note == "Kaart van de leidingen"
    assert _k(opened, third).note == ""
    assert view.chosen == third and view.note.text() == ""


# -- the phase by hand ----------------------------------------------------------------------


def test_the_phase_set_by_hand_overrides_the_statuses_until_from_the_statuses_is_chosen(
        window, qtbot, demo_path, tmp_path):
    opened, view = _open_demo(window, qtbot, demo_path)
    assert opened.info().current_phase is None
    assert view.phase_choice.currentText() == "From the statuses"

    _pick(view.phase_choice, 4)
    assert _from_file(opened, tmp_path, "project", opened.info().id).current_phase == 4
    assert _plain(view.phase_label) == "We are in phase 4: Making choices. Set by hand"
    assert _highlighted(view) == [4]
    assert view.phase_choice.currentText() == "Phase 4"

    _pick(view.phase_choice, None)
    assert opened.info().current_phase is None
    assert _plain(view.phase_label) == (
        "We are in phase 2: Characterising the area. Follows from the statuses")
    assert _highlighted(view) == [2]

    _undo(window)
    assert opened.info().current_phase == 4
    assert view.phase_choice.currentText() == "Phase 4" and _highlighted(view) == [4]
    _undo(window)
    assert opened.info().current_phase is None
    assert view.phase_choice.currentIndex() == 0 and _highlighted(view) == [2]
    assert not window.undo_action.isEnabled()


# -- links ----------------------------------------------------------------------------------


def _linkables(opened):
    [evening] = opened.all("bijeenkomst")
    [round_] = opened.all("round")
    green = opened.add("cluster", round_id=round_.id, name="Groen en ontmoeten")
    traffic = opened.add("cluster", round_id=round_.id, name="Verkeer")
    deal = opened.add("agreement", bijeenkomst_id=evening.id, number=1,
                      text="We nodigen de VvE's persoonlijk uit")
    action = opened.add("action_item", bijeenkomst_id=evening.id, number=1,
                        what="Lijst van huurders opvragen", who="Corporatie")
    party = opened.add("stakeholder", name="Huurdersvereniging Klaverveld",
                       type="huurdersvereniging")
    from wijkdesk.model import timeline as tl

    step = tl.add_item(opened, title="Kernteam samenstellen", start="2026-10-01",
                       end="2026-11-30")
    return {"green": green, "traffic": traffic, "deal": deal, "action": action,
            "party": party, "step": step}


def _ticked(dialog) -> set[str]:
    return {dialog.list.item(i).data(ID_ROLE) for i in range(dialog.list.count())
            if dialog.list.item(i).checkState() == CHECKED}


def _tick(dialog, rid: str, on: bool = True) -> None:
    [item] = [dialog.list.item(i) for i in range(dialog.list.count())
              if dialog.list.item(i).data(ID_ROLE) == rid]
    item.setCheckState(CHECKED if on else UNCHECKED)


def _visible(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())
            if not dialog.list.item(i).isHidden()]


def _timeline_details(window, qtbot, step: str) -> str:
    window.nav.setCurrentRow(TIMELINE_VIEW)
    timeline = window.timeline_view
    timeline.ensure_built()
    qtbot.waitUntil(lambda: timeline.canvas is not None and timeline.canvas.isVisible())
    timeline.canvas.select(step)
    text = re.sub(r"<[^>]+>", "\n", timeline.details.text()).replace("&amp;", "&")
    window.nav.setCurrentRow(KOMPAS_VIEW)
    qtbot.waitUntil(window.kompas_view.isVisible)
    return text


def test_links_chosen_in_the_dialog_are_stored_shown_both_ways_and_undone_as_one_step(
        window, qtbot, project):
    from wijkdesk.ui.kompas_view import LinkDialog

    opened, view = _open_small(window, qtbot, project)
    ids = _linkables(opened)
    k = kid(TABLE)
    _click(view, qtbot, k)
    steps = window.ctx.undo.count()

    view.dialog = None
    view.link_chosen()
    dialog = view.dialog
    assert isinstance(dialog, LinkDialog)
    assert window.interaction.dialogs[-1] is dialog
    offered = {dialog.list.item(i).data(ID_ROLE): dialog.list.item(i).text()
               for i in range(dialog.list.count())}
    assert offered == {
        ids["green"]: "Cluster: Groen en ontmoeten", ids["traffic"]: "Cluster: Verkeer",
        ids["deal"]: "Agreement: We nodigen de VvE's persoonlijk uit",
        ids["action"]: "Action point: Lijst van huurders opvragen",
        ids["party"]: "Stakeholder: Huurdersvereniging Klaverveld",
        ids["step"]: "Step: Kernteam samenstellen"}
    assert _ticked(dialog) == set()

    # the filter narrows the list; what is ticked stays ticked when it is hidden
    qtbot.keyClicks(dialog.filter, "groen")
    assert _visible(dialog) == ["Cluster: Groen en ontmoeten"]
    _tick(dialog, ids["green"])
    dialog.filter.clear()
    assert len(_visible(dialog)) == 6
    qtbot.keyClicks(dialog.filter, "KERNTEAM")
    assert _visible(dialog) == ["Step: Kernteam samenstellen"]
    _tick(dialog, ids["step"])
    qtbot.keyClicks(dialog.filter, "-niets")
    assert _visible(dialog) == []
    for name in ("deal", "party"):
        _tick(dialog, ids[name])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    linked = {name for name, rid in ids.items()
              if rid in {rec.id for _kind, rec in kompas.links_of(opened, k)}}
    assert linked == {"green", "deal", "party", "step"}
    assert sorted(_texts(view.links)) == sorted([
        "Cluster: Groen en ontmoeten", "Agreement: We nodigen de VvE's persoonlijk uit",
        "Stakeholder: Huurdersvereniging Klaverveld", "Step: Kernteam samenstellen"])
    assert window.ctx.undo.count() == steps + 1  # the whole dialog: one step

    # the other way round: the step's details on the Timeline name the knooppunt
    details = _timeline_details(window, qtbot, ids["step"])
    assert "Kernteam samenstellen" in details
    assert "→ Knooppunt: The right parties at the table" in details

    # untick one: unlinked, the others stay
    view.link_chosen()
    dialog = view.dialog
    assert _ticked(dialog) == {ids[n] for n in ("green", "deal", "party", "step")}
    _tick(dialog, ids["party"], on=False)
    _tick(dialog, ids["action"])
    dialog.accept()
    assert {rec.id for _kind, rec in kompas.links_of(opened, k)} == {
        ids[n] for n in ("green", "deal", "step", "action")}
    assert "Stakeholder: Huurdersvereniging Klaverveld" not in _texts(view.links)
    assert "Action point: Lijst van huurders opvragen" in _texts(view.links)
    assert window.ctx.undo.count() == steps + 2

    _undo(window)
    assert {rec.id for _kind, rec in kompas.links_of(opened, k)} == {
        ids[n] for n in ("green", "deal", "party", "step")}
    _undo(window)
    assert kompas.links_of(opened, k) == []
    assert _texts(view.links) == ["Nothing linked yet."]
    assert "Knooppunt" not in _timeline_details(window, qtbot, ids["step"])
    _redo(window)
    assert len(kompas.links_of(opened, k)) == 4
    assert len(_texts(view.links)) == 4

    # changing the step on the Timeline keeps the knooppunt's link to it
    window.timeline_view.edit_step(ids["step"])
    window.timeline_view.dialog.title.setText("Kernteam samenstellen en starten")
    window.timeline_view.dialog.accept()
    assert ids["step"] in {rec.id for _kind, rec in kompas.links_of(opened, k)}
    assert "Step: Kernteam samenstellen en starten" in _texts(view.links)
    _undo(window)

    # OK without a change adds no step; Cancel neither
    view.link_chosen()
    view.dialog.accept()
    view.link_chosen()
    _tick(view.dialog, ids["traffic"])
    view.dialog.reject()
    assert window.ctx.undo.index() == steps + 1
    assert len(kompas.links_of(opened, k)) == 4


def test_the_demo_links_show_in_the_detail_and_on_the_timeline(window, qtbot, demo_path):
    opened, view = _open_demo(window, qtbot, demo_path)
    k = _k(opened, NETS)
    linked = kompas.links_of(opened, k.id)
    assert {kind for kind, _rec in linked} == {"timeline_item", "stakeholder"}
    _click(view, qtbot, k.id)
    assert sorted(_texts(view.links)) == sorted(
        f"{'Step' if kind == 'timeline_item' else 'Stakeholder'}: "
        f"{rec.title if kind == 'timeline_item' else rec.name}" for kind, rec in linked)
    [step] = [rec for kind, rec in linked if kind == "timeline_item"]
    details = _timeline_details(window, qtbot, step.id)
    assert f"→ Knooppunt: {k.label('en')}" in details


# -- knooppunten of the project's own -------------------------------------------------------


def _fill(dialog, *, phase=None, track=None, title=None, goal=None, approach=None, tips=None,
          parties=None, prompt=None):
    if phase is not None:
        dialog.phase.setCurrentIndex(dialog.phase.findData(phase))
    if track is not None:
        dialog.track.setCurrentIndex(dialog.track.findData(track))
    if title is not None:
        dialog.title.setText(title)
    if goal is not None:
        dialog.goal.setPlainText(goal)
    if approach is not None:
        dialog.approach.setPlainText(approach)
    if tips is not None:
        dialog.tips.setPlainText("\n".join(tips))
    if parties is not None:
        for i in range(dialog.parties.count()):
            item = dialog.parties.item(i)
            item.setCheckState(CHECKED if item.data(ID_ROLE) in parties else UNCHECKED)
    if prompt is not None:
        dialog.prompt.setText(prompt)


def test_a_new_knooppunt_goes_to_its_cell_can_be_edited_and_deleted_and_undone(
        window, qtbot, project, tmp_path):
    from wijkdesk.ui.kompas_view import KnooppuntDialog

    opened, view = _open_small(window, qtbot, project)
    cell = view.cells[(3, "technisch")]
    before = _texts(cell)
    steps = window.ctx.undo.count()

    view.dialog = None
    view.add_knooppunt()
    dialog = view.dialog
    assert isinstance(dialog, KnooppuntDialog)
    assert (dialog.phase.currentData(), dialog.track.currentData()) == (1, "sociaal")
    _fill(dialog, phase=3, track="technisch", title="Excursie naar een warmtenet",
          goal="Zien hoe een warmtenet in een andere wijk werkt.",
          approach="Een bus, een rondleiding en koffie met bewoners daar.",
          tips=["Neem twijfelaars mee.", "Vraag naar de storingen."],
          parties=["warmtebedrijf", "bewonersgroep"], prompt="Wat wilt u daar zien?")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.ctx.undo.count() == steps + 1

    assert _texts(cell) == [*before, "○ Excursie naar een warmtenet"]
    [rec] = opened.all("knooppunt")
    stored = _from_file(opened, tmp_path, "knooppunt", rec.id)
    assert (stored.key, stored.phase, stored.track, stored.title) == (
        "", 3, "technisch", "Excursie naar een warmtenet")
    assert stored.tips == "Neem twijfelaars mee.\nVraag naar de storingen."
    assert stored.parties == "warmtebedrijf, bewonersgroep"
    assert stored.prompt == "Wat wilt u daar zien?"
    own = _k(opened, rec.id)
    assert own.custom

    # the new one is the one shown
    assert view.chosen == rec.id
    text = _detail(view)
    assert text.splitlines()[0] == "Excursie naar een warmtenet"
    assert "Phase 3, Technical and financial (own knooppunt)" in text
    assert "Neem twijfelaars mee." in text and "Warmtebedrijf (not yet in the network)" in text
    assert view.delete_button.isEnabled() and not view.reset_button.isEnabled()

    # its texts are edited in the same dialog (one step)
    view.edit_chosen()
    dialog = view.dialog
    assert dialog.title.text() == "Excursie naar een warmtenet"
    assert dialog.tips.toPlainText() == "Neem twijfelaars mee.\nVraag naar de storingen."
    checked = {dialog.parties.item(i).data(ID_ROLE) for i in range(dialog.parties.count())
               if dialog.parties.item(i).checkState() == CHECKED}
    assert checked == {"warmtebedrijf", "bewonersgroep"}
    _fill(dialog, title="Excursie naar het warmtenet van Zuid", phase=4)
    dialog.accept()
    assert _k(opened, rec.id).title == "Excursie naar het warmtenet van Zuid"
    assert _texts(cell) == before
    assert "○ Excursie naar het warmtenet van Zuid" in _texts(view.cells[(4, "technisch")])
    assert window.ctx.undo.count() == steps + 2
    _undo(window)
    assert _texts(cell) == [*before, "○ Excursie naar een warmtenet"]

    # delete it with its link (one step), undo brings both back
    party = opened.add("stakeholder", name="WarmteWaard", type="warmtebedrijf")
    _click(view, qtbot, rec.id)
    view.link_chosen()
    _tick(view.dialog, party)
    view.dialog.accept()
    assert _texts(view.links) == ["Stakeholder: WarmteWaard"]
    qtbot.mouseClick(view.delete_button, LEFT)
    assert opened.all("knooppunt") == [] and opened.all("link") == []
    assert _texts(cell) == before
    assert view.chosen is None and _detail(view).startswith("Pick a knooppunt")
    _undo(window)
    assert _texts(cell) == [*before, "○ Excursie naar een warmtenet"]
    assert [r.id for _kind, r in kompas.links_of(opened, rec.id)] == [party]
    _undo(window)  # the link
    _undo(window)  # the knooppunt itself
    assert _texts(cell) == before
    assert opened.all("knooppunt") == []


def test_an_empty_title_is_refused_in_the_dialog_and_nothing_changes(window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    grid = {place: _texts(cell) for place, cell in view.cells.items()}
    steps = window.ctx.undo.count()

    view.add_knooppunt()
    dialog = view.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    _fill(dialog, title="   ", goal="Een doel zonder titel")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.goal.toPlainText() == "Een doel zonder titel"  # what was typed stays
    assert opened.count("knooppunt") == 0
    assert window.ctx.undo.count() == steps
    assert {place: _texts(cell) for place, cell in view.cells.items()} == grid
    assert window.interaction.messages == []
    _fill(dialog, title="Toch met een titel")
    dialog.accept()
    assert not dialog.isVisible() and opened.count("knooppunt") == 1

    # the same when a starter knooppunt's title is emptied
    _click(view, qtbot, kid(TABLE))
    view.edit_chosen()
    dialog = view.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    _fill(dialog, title="")
    dialog.accept()
    assert dialog.error.isVisible()
    assert _k(opened, TABLE).label("en") == "The right parties at the table"
    assert opened.get("knooppunt", kid(TABLE)) is None
    dialog.reject()


def test_starter_text_puts_an_edited_starter_knooppunt_back(window, qtbot, project, tmp_path):
    opened, view = _open_small(window, qtbot, project)
    k = _k(opened, TABLE)
    _click(view, qtbot, k.id)
    assert not view.reset_button.isEnabled() and not view.delete_button.isEnabled()

    view.edit_chosen()
    dialog = view.dialog
    assert dialog.title.text() == "The right parties at the table"
    assert dialog.goal.toPlainText() == k.goal
    _fill(dialog, goal="Iedereen die ertoe doet zit aan tafel.")
    dialog.accept()
    stored = _from_file(opened, tmp_path, "knooppunt", k.id)
    assert stored.goal == "Iedereen die ertoe doet zit aan tafel."
    assert stored.title == "" and stored.approach == ""  # only what changed is stored
    assert _lines(_detail(view), "Goal", "Approach") == ["Iedereen die ertoe doet zit aan tafel."]
    assert _item(view, k.id)[1].text() == "○ The right parties at the table"
    assert view.reset_button.isEnabled() and not view.delete_button.isEnabled()

    qtbot.mouseClick(view.reset_button, LEFT)
    assert _k(opened, TABLE).goal == k.goal
    assert _lines(_detail(view), "Goal", "Approach") == [k.goal]
    assert not view.reset_button.isEnabled()
    _undo(window)
    assert _k(opened, TABLE).goal == "Iedereen die ertoe doet zit aan tafel."
    assert view.reset_button.isEnabled()
    _redo(window)
    assert not view.reset_button.isEnabled()


def test_ok_in_the_edit_dialog_without_a_change_stores_nothing(window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    for key in (TABLE, AREA, WISHES):
        k = _k(opened, key)
        assert len(k.parties) >= 2
        _click(view, qtbot, k.id)
        steps = window.ctx.undo.count()
        view.edit_chosen()
        view.dialog.accept()
        assert view.dialog.result() == QDialog.DialogCode.Accepted
        assert window.ctx.undo.count() == steps, key
        assert opened.get("knooppunt", k.id) is None, key  # still the starter's text
        assert not view.reset_button.isEnabled()

    # a change of one text stores that text only; the parties keep their order
    _click(view, qtbot, kid(TABLE))
    view.edit_chosen()
    _fill(view.dialog, approach="Begin met een kaart van de partijen.")
    view.dialog.accept()
    stored = opened.get("knooppunt", kid(TABLE))
    assert stored.approach == "Begin met een kaart van de partijen."
    assert (stored.title, stored.goal, stored.tips, stored.parties, stored.prompt) == (
        "", "", "", "", "")
    assert _k(opened, TABLE).edited == {"approach"}
    # a party ticked is added after the ones there were
    before = _k(opened, TABLE).parties
    view.edit_chosen()
    _fill(view.dialog, parties=[*before, "vve"])
    view.dialog.accept()
    assert _k(opened, TABLE).parties == [*before, "vve"]


def test_a_starter_knooppunt_moved_to_another_phase_offers_no_starter_text(
        window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    k = _k(opened, AREA)
    _click(view, qtbot, k.id)
    view.edit_chosen()
    _fill(view.dialog, phase=2)
    view.dialog.accept()
    assert _where(view)[k.id] == [(2, "technisch")]
    assert view.chosen == k.id
    # "Starter text" puts texts back, not the place: there is no text to put back
    steps = window.ctx.undo.count()
    assert not view.reset_button.isEnabled()
    view.reset_chosen()
    assert window.ctx.undo.count() == steps


# -- where do we stand? ---------------------------------------------------------------------

STANDING_HEADINGS = ("Done", "Open now: social", "Open now: technical and financial",
                     "Not yet in the network", "Next")


def _standing(view) -> str:
    return view.standing.toPlainText()


def _section(view, heading: str) -> list[str]:
    return _lines(_standing(view), heading, *STANDING_HEADINGS,
                  "Show the rules behind the suggestions")


def test_where_do_we_stand_shows_the_phase_done_open_missing_and_next(
        window, qtbot, demo_path):
    opened, view = _open_demo(window, qtbot, demo_path)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Phase 2" in _standing(view))
    text = _standing(view)
    assert text.splitlines()[0] == "Phase 2: Characterising the area"
    assert "follows from the statuses" in text

    nodes = kompas.knooppunten(opened)
    done = sorted((k for k in nodes if k.status == "afgerond"),
                  key=lambda k: k.date or "", reverse=True)
    assert len(done) == 7 and all(k.date for k in done)
    assert _section(view, "Done") == [f"● {k.label('en')}" for k in done[:5]] + ["and 2 more"]
    for track, heading in (("sociaal", "Open now: social"),
                           ("technisch", "Open now: technical and financial")):
        here = [k for k in nodes if k.phase == 2 and k.track == track and k.is_open]
        here.sort(key=lambda k: k.status != "bezig")  # in progress first, else Kompas order
        shown = [f"{MARKS[k.status]} {k.label('en')}" for k in here[:5]]
        more = [f"and {len(here) - 5} more"] if len(here) > 5 else []
        assert _section(view, heading) == shown + more, heading
    assert _section(view, "Open now: social")[:2] == [
        "◐ Exploring housing and neighbourhood wishes", "◐ Koffieochtenden in de portiekflats"]
    assert _section(view, "Not yet in the network") == ["None"]

    # the suggestions, in the model's order, each with its reason; then the first round
    suggested = kompas.suggestions(opened, lang="en")
    assert len(suggested) == 3
    lines = _lines(text, "Next", "How the phase is found:")
    expected = [line for s in suggested for line in (s.knooppunt.label("en"), s.reason)]
    assert lines[:len(expected)] == expected
    assert lines[0] == "Exploring housing and neighbourhood wishes"
    prompt, why = kompas.first_round_prompt(opened, lang="en")
    assert f"First round of the next evening: “{prompt}”" in lines
    assert why in lines

    # the rules, when asked for
    assert "How the phase is found:" not in text
    view.rules_box.setChecked(True)
    text = _standing(view)
    assert f"How the phase is found: {kompas.PHASE_RULE[1]}" in text
    rules = _lines(text, "How the next steps are chosen:")
    assert rules == [rule[1] for rule in kompas.SUGGESTION_RULES]
    view.rules_box.setChecked(False)
    assert "How the next steps are chosen:" not in _standing(view)


def test_where_do_we_stand_names_a_party_missing_once_its_last_stakeholder_is_gone(
        window, qtbot, demo_path):
    opened, view = _open_demo(window, qtbot, demo_path)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Not yet in the network" in _standing(view))
    assert _section(view, "Not yet in the network") == ["None"]
    nets = [s for s in opened.all("stakeholder") if s.type == "netbeheerder"]
    assert nets
    asking = [k.label("en") for k in kompas.knooppunten(opened)
              if k.phase == 2 and k.is_open and "netbeheerder" in k.parties]
    assert asking

    for s in nets[:-1]:
        opened.delete("stakeholder", s.id)
    assert _section(view, "Not yet in the network") == ["None"]  # one is left
    opened.delete("stakeholder", nets[-1].id)
    [missing] = _section(view, "Not yet in the network")
    assert missing.startswith("Netbeheerder — ")
    named = missing.removeprefix("Netbeheerder — ").split(", ")
    assert named and set(named) <= set(asking)
    opened.restore("stakeholder", nets[-1].id)
    assert _section(view, "Not yet in the network") == ["None"]


def test_where_do_we_stand_for_a_new_project(window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Done" in _standing(view))
    text = _standing(view)
    assert text.splitlines()[0] == "No phase yet"
    assert _section(view, "Done") == ["Nothing"]
    social = [k for k in kompas.knooppunten(opened) if k.phase == 1 and k.track == "sociaal"]
    shown = _section(view, "Open now: social")
    assert shown[:min(5, len(social))] == [f"○ {k.label('en')}" for k in social[:5]]
    missing = _section(view, "Not yet in the network")
    assert missing and all(" — " in line for line in missing)  # nobody in the network yet
    assert missing[0].startswith("Gemeente — ")  # asked by the most open knooppunten
    first = kompas.suggestions(opened, lang="en")[0]
    assert _lines(text, "Next")[0] == first.knooppunt.label("en")

    # it follows an edit on the Process tab at once
    view.tabs.setCurrentIndex(0)
    _click(view, qtbot, kid(TABLE))
    _pick(view.status, "afgerond")
    view.tabs.setCurrentIndex(1)
    assert _standing(view).splitlines()[0] == "Phase 1: Starting together"
    assert _section(view, "Done") == ["● The right parties at the table"]


# -- the APK --------------------------------------------------------------------------------

APK_KEYS = ("urgency", "vision", "residents_role", "trust", "frontrunners", "facilitation",
            "communication")


def _apk_tab(view, qtbot):
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.apk_evening.count() > 0)


def _scores(view) -> dict[str, int]:
    return {key: view.apk_scores[key].value() for key in APK_KEYS}


def _trends(view) -> dict[str, str]:
    return {key: view.apk_trends[key].text() for key in APK_KEYS}


def _choose_evening(view, evening_id: str) -> None:
    index = view.apk_evening.findData(evening_id)
    assert index >= 0
    view.apk_evening.setCurrentIndex(index)


def _chart_matches_file(view) -> bool:
    """The chart shown is the one just drawn (not an older picture)."""
    assert view.chart_path is not None
    drawn = QImage()
    assert drawn.loadFromData(view.chart_path.read_bytes())
    shown = view.chart.pixmap().toImage().convertToFormat(drawn.format())
    return shown == drawn


def test_the_apk_form_shows_an_evenings_scores_and_the_trend_since_the_one_before(
        window, qtbot, demo_path, tmp_path):
    opened, view = _open_demo(window, qtbot, demo_path)
    _apk_tab(view, qtbot)
    first, second = opened.all("bijeenkomst", order="date")
    assert view.apk_evening.count() == 2
    assert view.apk_evening.currentData() == second.id  # the latest evening
    assert [view.apk_questions[k].text() for k in APK_KEYS] == [
        kompas.apk_question(k, "en") for k in APK_KEYS]
    assert _scores(view) == {"urgency": 4, "vision": 3, "residents_role": 3, "trust": 3,
                             "frontrunners": 4, "facilitation": 3, "communication": 3}
    assert _trends(view) == {"urgency": "↑", "vision": "↑", "residents_role": "↑",
                             "trust": "↑", "frontrunners": "↑", "facilitation": "↓",
                             "communication": "↑"}
    assert view.apk_notes["facilitation"].text().startswith("De avond liep uit")
    assert view.apk_state.text() == "Saved for this evening."
    assert not view.chart.pixmap().isNull() and view.chart.text() == ""

    _choose_evening(view, first.id)
    assert _scores(view)["vision"] == 2 and _scores(view)["facilitation"] == 4
    assert set(_trends(view).values()) == {""}  # nothing before the first
    assert view.apk_notes["trust"].text() == "De brief van juni heeft veel kwaad bloed gezet."

    # a third evening: a new APK, compared with the second
    third = opened.add("bijeenkomst", title="Bewonersavond 3", date="2027-01-21")
    assert view.apk_evening.findData(third) >= 0
    _choose_evening(view, third)
    assert set(_scores(view).values()) == {0}
    assert view.apk_state.text() == "Not held at this evening yet."
    steps = window.ctx.undo.count()
    scores = {"urgency": 5, "vision": 3, "residents_role": 4, "trust": 2, "frontrunners": 4,
              "facilitation": 4, "communication": 3}
    for key, value in scores.items():
        view.apk_scores[key].setValue(value)
    view.apk_notes["trust"].setText("  De netcijfers kwamen weer te laat.  ")
    view.apk_summary.setPlainText("Meer urgentie, minder vertrouwen.")
    qtbot.mouseClick(view.apk_save, LEFT)
    assert window.ctx.undo.count() == steps + 1
    rec = kompas.apk_for(opened, third)
    assert rec is not None
    stored = _from_file(opened, tmp_path, "apk", rec.id)
    assert {key: stored[key] for key in APK_KEYS} == scores
    assert stored.trust_note == "De netcijfers kwamen weer te laat."
    assert stored.summary == "Meer urgentie, minder vertrouwen."
    assert stored.date == "2027-01-21"
    assert len(kompas.apks(opened)) == 3
    assert _trends(view) == {"urgency": "↑", "vision": "=", "residents_role": "↑",
                             "trust": "↓", "frontrunners": "=", "facilitation": "↑",
                             "communication": "="}
    assert view.apk_state.text() == "Saved for this evening."
    assert _chart_matches_file(view)

    # saving again for the same evening updates that APK
    view.apk_scores["urgency"].setValue(3)
    qtbot.mouseClick(view.apk_save, LEFT)
    assert len(kompas.apks(opened)) == 3
    assert kompas.apk_for(opened, third).urgency == 3
    assert _trends(view)["urgency"] == "↓"
    assert _chart_matches_file(view)
    assert window.ctx.undo.count() == steps + 2

    _undo(window)
    assert kompas.apk_for(opened, third).urgency == 5
    assert view.apk_scores["urgency"].value() == 5 and _trends(view)["urgency"] == "↑"
    _undo(window)
    assert kompas.apk_for(opened, third) is None
    assert len(kompas.apks(opened)) == 2
    assert set(_scores(view).values()) == {0} and set(_trends(view).values()) == {""}
    assert view.apk_state.text() == "Not held at this evening yet."
    assert view.apk_evening.currentData() == third  # the evening chosen stays chosen
    _redo(window)
    assert kompas.apk_for(opened, third).urgency == 5
    assert _scores(view) == scores


def test_the_apk_chart_says_so_while_there_is_no_apk_and_draws_once_there_is(
        window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    _apk_tab(view, qtbot)
    assert view.chart.pixmap().isNull()
    assert view.chart.text() == "No APK yet: score the seven questions at an evening."
    assert view.apk_save.isEnabled()

    view.apk_scores["trust"].setValue(4)
    view.apk_save.click()
    assert not view.chart.pixmap().isNull() and view.chart.text() == ""
    assert _chart_matches_file(view)
    _undo(window)
    assert view.chart.pixmap().isNull()
    assert view.chart.text().startswith("No APK yet")
    _redo(window)
    assert not view.chart.pixmap().isNull()


def test_the_apk_chart_is_redrawn_when_the_new_picture_has_the_old_ones_size_and_time(
        window, qtbot, project, monkeypatch):
    """Two charts drawn within one second to files of one size (a picture cache keyed by
    the file's name, size and modification time in seconds would show the old one)."""
    import os

    real_chart = kompas.apk_chart

    def same_size_and_time(project_, path, lang="nl", **kwargs):
        written = real_chart(project_, path, lang, **kwargs)
        with open(written, "ab") as f:  # trailing bytes after the PNG's end are ignored
            f.write(b"\0" * (400_000 - os.path.getsize(written)))
        os.utime(written, (1_800_000_000, 1_800_000_000))
        return written

    monkeypatch.setattr(kompas, "apk_chart", same_size_and_time)
    opened, view = _open_small(window, qtbot, project)
    _apk_tab(view, qtbot)
    view.apk_scores["trust"].setValue(2)
    view.apk_save.click()
    first = view.chart.pixmap().toImage()
    assert _chart_matches_file(view)
    view.apk_scores["trust"].setValue(5)
    view.apk_scores["vision"].setValue(4)
    view.apk_save.click()
    assert kompas.apk_for(opened, view.apk_evening.currentData()).trust == 5
    assert _chart_matches_file(view)
    assert view.chart.pixmap().toImage() != first


def test_the_apk_cannot_be_saved_without_an_evening(window, qtbot, project):
    [evening] = project.all("bijeenkomst")
    project.delete("bijeenkomst", evening.id)
    opened, view = _open_small(window, qtbot, project)
    view.tabs.setCurrentIndex(2)
    assert view.apk_evening.count() == 0
    assert not view.apk_save.isEnabled()
    view.save_apk()
    assert opened.count("apk") == 0


# -- languages ------------------------------------------------------------------------------


def test_in_dutch_the_tabs_headers_and_statuses_are_dutch(qtbot, settings, project):
    from wijkdesk import i18n
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translator = i18n.install(app, "nl")
    assert translator is not None, "resources/translations/wijkdesk_nl.qm is missing (make)"
    try:
        w = MainWindow(AppContext(settings), ScriptedInteraction())
        qtbot.addWidget(w)
        w.show()
        opened = open_in_window(w, project)
        view = _show(w, qtbot)
        tabs = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
        assert tabs == ["Proces", "Waar staan we?", "APK"]
        _click(view, qtbot, kid(TABLE))
        _pick(view.status, "afgerond")
        header = _header(view, 1)
        assert header.startswith("1. Samen starten")
        assert " of " not in header and "done" not in header
        assert "Volgt uit de statussen" in _plain(view.phase_label)
        assert "We are in" not in _plain(view.phase_label)
        assert [view.status.itemText(i)[1:].strip() for i in range(view.status.count())] == [
            "niet gestart", "bezig", "afgerond", "niet van toepassing"]
        assert _detail(view).splitlines()[0] == "De juiste partijen aan tafel"
        assert "Fase 1" in _detail(view)
        assert _k(opened, TABLE).status == "afgerond"
        w.ctx.bridge.set_project(None)
    finally:
        i18n.uninstall(app, translator)


def test_an_apk_with_nothing_filled_in_is_not_saved(window, qtbot, project):
    opened, view = _open_small(window, qtbot, project)
    _apk_tab(view, qtbot)
    undo_steps = window.ctx.undo.count()
    view.apk_save.click()
    assert opened.all("apk") == []
    assert window.ctx.undo.count() == undo_steps
    assert view.apk_state.text() == "Give at least one question a score first."
    view.apk_notes["vision"].setText("Nog niet besproken")  # a note alone is worth keeping
    view.apk_save.click()
    assert len(opened.all("apk")) == 1

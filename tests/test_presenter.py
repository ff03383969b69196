"""Presenter mode (issues 9 and 16): F5 opens the audience window — on the second screen when
Qt reports one, full screen on the laptop's own otherwise, exactly the screen's size — and it
draws its own picture of what is shown, whole: every card, every cluster's title, every party
of the network and the grid with its name, type of 18 pt or more at 1024 x 768 (the font's
pixel size against the screen's logical DPI: 24 px at 96 DPI), pages where not all fits.
Face-down notes show their backs only. On one screen no dialog shows over the room; the
votes are typed in a row of the audience window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest

from tests.util import open_in_window

ROOT = Path(__file__).resolve().parent.parent
ID_ROLE = 256
SIZES = ((1024, 768), (1920, 1080))


@pytest.fixture
def presenting(window, tmp_path, qtbot):
    """The demo project open in a shown window, presenter mode on."""
    from wijkdesk.model.demo import build_demo

    path = tmp_path / "demo.wijkdesk"
    build_demo(path).close()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(path))
    window.nav.setCurrentRow(0)
    QTest.keyClick(window, Qt.Key.Key_F5)
    audience = window.presenter.window
    assert audience is not None
    qtbot.waitUntil(audience.isVisible)
    yield window, audience
    window.presenter.stop()


def layout(window, name: str, width: int, height: int, page: int = 0):
    """A show laid out for a screen of this size (96 DPI), as the presenter lays it out."""
    from wijkdesk.ui.audience.screens import Frame, build

    return build(name, window.presenter.source(), Frame(width, height, height, 96.0), page)


def check_whole(picture, width: int, height: int) -> None:
    """Every item inside the screen, every text whole in its box, no text under 18 pt at
    768 lines (in proportion above: the least size grows with the screen's height)."""
    from wijkdesk.ui.audience.picture import font, pt_of

    screen = QRectF(0, 0, width, height).adjusted(-0.5, -0.5, 0.5, 0.5)
    least_pt = 18.0 * height / 768
    for item in picture.items:
        if item.points:
            for point in item.points:
                assert screen.contains(point), (picture.name, item.kind, point)
            continue
        assert screen.contains(item.rect), (picture.name, item.kind, item.text, item.rect)
        if not item.text:
            continue
        assert pt_of(item.px, 96.0) >= least_pt - 0.01, (picture.name, item.kind, item.px)
        box = item.text_rect()
        need = QFontMetricsF(font(item.px, item.bold)).boundingRect(
            QRectF(box.x(), box.y(), box.width(), 1e6), item.flags, item.text)
        assert need.height() <= box.height() + 1, (picture.name, item.kind, item.text)
        assert need.width() <= box.width() + 1, (picture.name, item.kind, item.text)


def test_f5_opens_the_audience_full_screen_on_the_only_screen_and_esc_ends_it(presenting, qtbot):
    window, audience = presenting
    assert window.presenter.active
    assert audience.isFullScreen()
    assert audience.screen() is window.screen()  # one screen: this one
    assert audience.geometry() == audience.screen().geometry()  # never wider than it
    assert not audience.second_screen
    assert audience.strip.isVisible()  # the small control strip, on one screen only
    QTest.keyClick(audience, Qt.Key.Key_H)
    assert not audience.strip.isVisible()
    QTest.keyClick(audience, Qt.Key.Key_H)
    assert audience.strip.isVisible()
    # the laptop's window keeps every control, and a small live picture of the room's
    assert window.isVisible() and window.nav.isVisible() and window.menuBar().isVisible()
    panel = window.presenter.panel
    assert panel.isVisible()
    qtbot.waitUntil(lambda: panel.picture.pixmap() is not None
                    and not panel.picture.pixmap().isNull())
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    assert not window.presenter.active
    qtbot.waitUntil(lambda: not audience.isVisible())
    assert not panel.isVisible()
    # and the toolbar button starts it again
    window.present_action.trigger()
    assert window.presenter.active
    window.present_action.trigger()
    assert not window.presenter.active


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1920x1080"])
def test_every_show_is_whole_and_readable_on_the_beamer(presenting, size):
    from wijkdesk.ui.audience import SHOWS

    window, _audience = presenting
    project = window.ctx.project
    width, height = size
    view = window.bijeenkomst_view
    for rnd in project.all("round"):  # every round of the demo's evenings
        _choose_round(view, project, rnd.id)
        round_id = rnd.id
        for name in SHOWS:
            first = layout(window, name, width, height)
            pictures = [first] + [layout(window, name, width, height, page)
                                  for page in range(1, first.pages)]
            for picture in pictures:
                check_whole(picture, width, height)
            refs = {item.ref for p in pictures for item in p.items}
            if name == "round":  # every card and every cluster's title, on some page
                notes = project.all("insight", round_id=round_id)
                assert {n.id for n in notes} <= refs
                clusters = project.all("cluster", round_id=round_id)
                titled = {i.ref for p in pictures for i in p.items
                          if i.kind in ("heading", "count")}
                assert {c.id for c in clusters} <= titled
                if first.pages > 1:  # paging: every cluster with its count on every page
                    for p in pictures:
                        assert {c.id for c in clusters} <= {
                            i.ref for i in p.items if i.kind == "count"}
            if name == "grid":  # the quadrants' lines between 2 and 3 of either axis
                cells = {i.ref: i.rect for i in first.items if i.kind == "cell"}
                lines = [i.points for i in first.items if i.kind == "line"]
                across = [a.y() for a, b in lines if a.y() == b.y()]
                down = [a.x() for a, b in lines if a.x() == b.x()]
                assert across == [pytest.approx(cells["3,1"].bottom())]
                assert across == [pytest.approx(cells["2,1"].top())]
                assert down == [pytest.approx(cells["1,2"].right())]
            if name in ("network", "grid"):  # every party with its whole name
                names = {i.ref: i.text for i in first.items if i.kind == "name"}
                for person in project.all("stakeholder"):
                    assert names.get(person.id) == person.name


def test_the_type_is_18_pt_at_1024x768_and_grows_with_the_screen():
    from wijkdesk.ui.audience.picture import least_px, pt_of

    assert least_px(768, 96.0) == 24 and pt_of(24, 96.0) == 18.0
    assert least_px(1080, 96.0) == 34  # 25.3 pt: in proportion
    assert least_px(768, 120.0) == 30  # the same 18 pt on a screen of more DPI


def make_round(path, notes: int, hidden: bool = False, clusters: int = 3):
    """A project with one round of many notes in a few clusters."""
    from wijkdesk.model import Project

    project = Project.create(path, "Veel")
    evening = project.add("bijeenkomst", title="Avond", date="2026-11-25")
    round_id = project.add("round", bijeenkomst_id=evening, prompt="Wat speelt er?",
                           hidden=hidden)
    ids = [project.add("cluster", round_id=round_id, name=f"Thema nummer {c + 1}",
                       x=400.0 * c) for c in range(clusters)]
    for n in range(notes):
        project.add("insight", round_id=round_id, table=n % 4 + 1,
                    cluster_id=ids[n % clusters] if ids and n % 5 else None, hidden=hidden,
                    text=f"Geheim punt {n}: meer bankjes en schaduw op het plein bij de school")
    project.close()


def open_path(window, qtbot, path):
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(path))
    window.presenter.start()
    return window.presenter.window


def test_sixty_notes_page_with_every_cluster_and_count_in_view(window, tmp_path, qtbot):
    path = tmp_path / "veel.wijkdesk"
    make_round(path, 60)
    audience = open_path(window, qtbot, path)
    try:
        first = layout(window, "round", 1024, 768)
        assert first.pages > 1
        seen = set()
        for page in range(first.pages):
            picture = layout(window, "round", 1024, 768, page)
            check_whole(picture, 1024, 768)
            counts = [i.text for i in picture.items if i.kind == "count"]
            assert len(counts) == 4  # three clusters and the notes in none, with counts
            assert any("(" in text for text in counts)
            seen |= {i.ref for i in picture.items if i.kind == "text"}
            pages = [i.text for i in picture.items if i.kind == "page"]
            assert pages == [f"page {page + 1} of {first.pages}"]
        assert len(seen) == 60  # every card, whole, on some page
        # PageDown on the audience window turns the page; the panel says which
        QTest.keyClick(audience, Qt.Key.Key_PageDown)
        assert audience.picture.page == 1
        assert window.presenter.panel.page.text().startswith("2 / ")
        QTest.keyClick(audience, Qt.Key.Key_PageUp)
        assert audience.picture.page == 0
    finally:
        window.presenter.stop()


def test_face_down_notes_show_only_their_backs_on_the_beamer(window, tmp_path, qtbot):
    path = tmp_path / "p.wijkdesk"
    make_round(path, 12, hidden=True)
    open_path(window, qtbot, path)
    try:
        for name in ("round", "cluster", "top"):
            for size in SIZES:
                picture = layout(window, name, *size)
                assert not any("Geheim" in text for text in picture.texts()), name
        backs = [i for i in window.presenter.window.picture.items if i.kind == "back"]
        assert len(backs) == 12
        # the votes row lists what the laptop's votes dialog lists: the clusters
        window.presenter.start_entry()
        labels = [label for _id, label in window.presenter.window.entry.targets]
        assert labels == ["Thema nummer 1", "Thema nummer 2", "Thema nummer 3"]
    finally:
        window.presenter.stop()


def test_the_votes_row_gives_face_down_loose_notes_their_backs_only(window, tmp_path, qtbot):
    path = tmp_path / "p.wijkdesk"
    make_round(path, 6, hidden=True, clusters=0)  # no clusters: the notes get the lines
    open_path(window, qtbot, path)
    try:
        window.presenter.choose("round")
        window.presenter.start_entry()
        labels = [label for _id, label in window.presenter.window.entry.targets]
        assert len(labels) == 6
        assert not any("Geheim" in label for label in labels)
        assert all("table" in label for label in labels)
    finally:
        window.presenter.stop()


def test_switching_network_and_grid_switches_the_beamer_at_once(presenting, qtbot):
    window, audience = presenting
    window.nav.setCurrentRow(1)
    assert audience.shown == "network"
    stakeholders = window.stakeholder_view
    stakeholders.tabs.setCurrentWidget(stakeholders.grid)
    assert audience.shown == "grid"  # no wait, no other nudge
    stakeholders.tabs.setCurrentWidget(stakeholders.network)
    assert audience.shown == "network"
    window.nav.setCurrentRow(2)
    assert audience.shown == "timeline"
    window.nav.setCurrentRow(3)
    assert audience.shown == "kompas"
    assert any("Karakteriseren" in text for text in audience.picture.texts())
    # the arrows of the audience window go through the views as well
    QTest.keyClick(audience, Qt.Key.Key_Left)
    assert window.nav.currentRow() == 2 and audience.shown == "timeline"


def test_the_facilitator_chooses_what_the_beamer_shows(presenting, qtbot):
    window, audience = presenting
    menu = window.beamer_menu
    menu.actions["grid"].trigger()
    assert audience.shown == "grid" and window.nav.currentRow() == 0  # the laptop stays
    assert window.presenter.panel.choice.currentData() == "grid"
    menu.next_show.trigger()  # F6
    assert audience.shown == "timeline"
    QTest.keyClick(audience, Qt.Key.Key_N)  # a letter on the audience's screen
    assert audience.shown == "network"
    assert menu.actions["network"].isChecked()
    project = window.ctx.project
    round_id = next(r.id for r in project.all("round") if project.all("cluster", round_id=r.id))
    _choose_round(window.bijeenkomst_view, project, round_id)
    QTest.keyClick(audience, Qt.Key.Key_C)  # one cluster: the first, then the next
    assert audience.shown == "cluster"
    first = window.presenter.cluster_id
    assert first in {c.id for c in project.all("cluster", round_id=round_id)}
    headings = [i.ref for i in audience.picture.items if i.kind in ("heading", "count")]
    assert headings and set(headings) == {first}
    for _ in range(audience.picture.pages):
        window.presenter.turn(1)
    assert window.presenter.cluster_id != first
    menu.actions["follow"].trigger()
    assert audience.shown == "round"


def _choose_round(view, project, round_id):
    """Pick the round's evening, then the round, as the facilitator would."""
    evening = project.get("round", round_id).bijeenkomst_id
    row = next(i for i in range(view.evenings.count())
               if view.evenings.item(i).data(ID_ROLE) == evening)
    view.evenings.setCurrentRow(row)
    view.rounds.setCurrentIndex(view.rounds.findData(round_id, ID_ROLE))
    assert view.current_round() == round_id


def test_the_top_of_the_ranking_goes_to_the_room_and_stays_live(presenting, qtbot):
    from wijkdesk.model.votes import ranking

    window, audience = presenting
    view = window.bijeenkomst_view
    project = window.ctx.project
    voted = next(r.id for r in project.all("round")
                 if sum(line.votes for line in ranking(project, r.id)) > 0)
    _choose_round(view, project, voted)
    dialog = view.votes_dialog()
    dialog.top_n.setValue(3)
    dialog.show_top()  # presenting: on the audience's screen, not a dialog on the laptop
    assert audience.shown == "top"

    def labels():
        return [i.text for i in audience.picture.items if i.kind == "label"]

    expected = [line for line in ranking(project, voted) if line.rank <= 3 and line.votes]
    assert len(labels()) == len(expected) > 0
    assert expected[0].label in labels()[0]
    dialog.top_n.setValue(1)  # live: the facilitator narrows it
    qtbot.waitUntil(lambda: len(labels()) ==
                    len([x for x in ranking(project, voted) if x.rank <= 1]))
    last = [line for line in ranking(project, voted)][-1]
    dialog.set_count(last.id, 1, 500)  # a tally typed in moves the ranking at once
    qtbot.waitUntil(lambda: labels() and last.label in labels()[0])
    dialog.done(0)  # the votes dialog closes: back to the board
    assert audience.shown == "round"


def test_votes_typed_while_presenting_on_one_screen_stay_in_the_audience_view(
        presenting, qtbot):
    from wijkdesk.model.votes import tallies

    window, audience = presenting
    project = window.ctx.project
    round_id = window.bijeenkomst_view.current_round()
    QTest.keyClick(audience, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    entry = audience.entry
    assert entry.isVisible() and audience.shown == "top"
    assert window.presenter.active and audience.isVisible()
    first, _label = entry.targets[0]
    entry.count.setValue(0)
    QTest.keyClicks(entry.count, "42")
    QTest.keyClick(entry.count, Qt.Key.Key_Return)  # stored; on to the next
    assert tallies(project, round_id).get((first, 0)) == 42
    assert entry.targets[entry.index][0] != first
    qtbot.waitUntil(lambda: any(i.kind == "votes" and i.ref == first and "42" in i.text
                                for i in audience.picture.items))
    window.ctx.undo.undo()  # one undo step
    assert tallies(project, round_id).get((first, 0), 0) == 0
    QTest.keyClick(entry.count, Qt.Key.Key_Escape)
    assert not entry.isVisible() and audience.shown == "round"
    # Ctrl pressed for Ctrl+K says nothing on the strip (only a Ctrl key the room must not
    # see does); Enter on the last line ends the row: the room sees the whole ranking
    assert not audience.message.isVisible()
    QTest.keyClick(audience, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert entry.isVisible()
    for _ in entry.targets:
        QTest.keyClick(entry.count, Qt.Key.Key_Return)
    assert not entry.isVisible() and audience.shown == "round"
    assert not audience.message.isVisible()


def test_on_one_screen_no_dialog_shows_over_the_room(presenting, qtbot):
    from PySide6.QtWidgets import QDialog

    window, audience = presenting
    dialog = QDialog(window)
    dialog.setWindowTitle("Instellingen")
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible())  # refused, never on screen
    assert audience.message.isVisible() and "Instellingen" in audience.message.text()
    # the votes dialog (Ctrl+K on the laptop) becomes the row in the audience window
    window.bijeenkomst_view.votes_dialog().show()
    qtbot.waitUntil(lambda: audience.entry.isVisible())
    assert window.presenter.active
    # a Ctrl key of the laptop's says on the strip that it waits for the end of presenting
    QTest.keyClick(audience.entry.count, Qt.Key.Key_Escape)
    QTest.keyClick(audience, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert "Esc" in audience.message.text()


def test_the_timer_on_the_audience_view_is_large(presenting, qtbot):
    window, audience = presenting
    timer = window.timer_panel.timer
    timer.set_minutes(7)
    qtbot.waitUntil(lambda: any(i.kind == "clock" and i.text in ("7:00", "07:00")
                                for i in audience.picture.items))
    clock = next(i for i in audience.picture.items if i.kind == "clock")
    assert clock.px >= 24


ONE_SCREEN = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings, QRectF
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from wijkdesk.model.demo import build_demo
    from wijkdesk.ui.audience import SHOWS
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow
    work = Path(tempfile.mkdtemp())
    build_demo(work / "d.wijkdesk").close()
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(AppContext(settings), ScriptedInteraction())
    w.show()
    w.open_path(str(work / "d.wijkdesk"))
    app.processEvents()
    w.presenter.start()
    app.processEvents()
    a = w.presenter.window
    g = a.geometry()
    print("window", g.x(), g.y(), g.width(), g.height(), a.frameGeometry().width())
    canvas = QRectF(a.canvas.rect())
    for name in SHOWS:
        w.presenter.choose(name)
        app.processEvents()
        p = a.picture
        outside = [i.kind for i in p.items if not i.points and
                   not canvas.adjusted(-0.5, -0.5, 0.5, 0.5).contains(i.rect)]
        least = min([i.px for i in p.items if i.text] or [0])
        print("show", name, least, len(outside))
    w.presenter.stop()
""")


def test_at_1024x768_the_audience_window_is_the_screen_and_every_show_fits(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "beamer", "x": 0, "y": 0, "width": 1024, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", ONE_SCREEN], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    window = next(line.split() for line in lines if line.startswith("window"))
    assert window[1:] == ["0", "0", "1024", "768", "1024"]  # not a pixel wider
    shows = [line.split() for line in lines if line.startswith("show")]
    assert len(shows) == 8
    for _show, name, least, outside in shows:
        assert outside == "0", name
        assert least == "0" or int(least) >= 24, (name, least)  # 18 pt at 96 DPI


SECOND_SCREEN = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from wijkdesk.model.demo import build_demo
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow
    work = Path(tempfile.mkdtemp())
    build_demo(work / "d.wijkdesk").close()
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(AppContext(settings), ScriptedInteraction())
    laptop = [s for s in app.screens() if s.name() == "laptop"][0]
    w.setScreen(laptop)
    w.setGeometry(laptop.availableGeometry().adjusted(0, 40, 0, 0))
    w.show()
    w.open_path(str(work / "d.wijkdesk"))
    app.processEvents()
    w.presenter.start()
    app.processEvents()
    a = w.presenter.window
    g = a.geometry()
    print(w.screen().name(), a.screen().name(), a.isFullScreen(), a.strip.isVisible(),
          g.x(), g.y(), g.width(), g.height(), a.shown)
    w.presenter.stop()
""")


def test_with_a_second_screen_the_audience_goes_there_without_the_control_strip(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", SECOND_SCREEN], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1].split()
    assert line[:4] == ["laptop", "beamer", "True", "False"], result.stdout
    assert [int(v) for v in line[4:8]] == [1366, 0, 1920, 1080]
    assert line[8] == "round"


def test_presenter_mode_ends_with_the_window(window, project, qtbot):
    open_in_window(window, project)
    window.show()
    qtbot.waitExposed(window)
    window.presenter.start()
    audience = window.presenter.window
    window.close()
    assert not window.presenter.active
    qtbot.waitUntil(lambda: not audience.isVisible())


def test_a_few_parties_sit_in_their_own_cells_of_the_grid(window, tmp_path, qtbot):
    from wijkdesk.model import Project

    path = tmp_path / "weinig.wijkdesk"
    project = Project.create(path, "Weinig")
    for name, influence, interest in (("Gemeente Wisselmonde", 5, 4), ("Buurthuis", 2, 5),
                                      ("Waterschap Lage Waard", 1, 1)):
        project.add("stakeholder", name=name, influence=influence, interest=interest)
    project.close()
    open_path(window, qtbot, path)
    try:
        project = window.ctx.project
        for size in SIZES:
            picture = layout(window, "grid", *size)
            check_whole(picture, *size)
            cells = {i.ref: i.rect for i in picture.items if i.kind == "cell"}
            names = {i.ref: i.rect for i in picture.items if i.kind == "name"}
            for person in project.all("stakeholder"):  # the name itself in the cell
                assert cells[f"{person.influence},{person.interest}"].contains(names[person.id])
            lines = [i.points for i in picture.items if i.kind == "line"]
            assert [a.y() for a, b in lines if a.y() == b.y()] == [
                pytest.approx(cells["2,1"].top())]
            assert [a.x() for a, b in lines if a.x() == b.x()] == [
                pytest.approx(cells["1,3"].left())]
    finally:
        window.presenter.stop()

"""Presenter mode (issue 9): F5 opens the audience window — on the second screen when Qt
reports one, full screen on the laptop's own otherwise — showing what the facilitator shows,
live, in large type; Esc ends it. Hidden notes stay hidden."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.util import open_in_window

ROOT = Path(__file__).resolve().parent.parent
ID_ROLE = 256


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


def test_f5_opens_the_audience_full_screen_on_the_only_screen_and_esc_ends_it(presenting, qtbot):
    window, audience = presenting
    assert window.presenter.active
    assert audience.isFullScreen()
    assert audience.screen() is window.screen()  # one screen: this one
    assert audience.geometry() == audience.screen().geometry()
    assert not audience.second_screen
    assert audience.strip.isVisible()  # the small control strip, on one screen only
    QTest.keyClick(audience, Qt.Key.Key_H)
    assert not audience.strip.isVisible()
    QTest.keyClick(audience, Qt.Key.Key_H)
    assert audience.strip.isVisible()
    # the laptop's window keeps every control
    assert window.isVisible() and window.nav.isVisible() and window.menuBar().isVisible()
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    assert not window.presenter.active
    qtbot.waitUntil(lambda: not audience.isVisible())
    # and the toolbar button starts it again
    window.present_action.trigger()
    assert window.presenter.active
    window.present_action.trigger()
    assert not window.presenter.active


def test_the_audience_follows_the_view_the_facilitator_shows(presenting, qtbot):
    window, audience = presenting
    view = window.bijeenkomst_view
    assert audience.shown == "board"
    assert audience.prompt.text() == view.prompt.text() != ""
    mirror = audience.pages.currentWidget()
    assert mirror.scene() is view.board.scene()  # the same notes, live
    assert not mirror.isInteractive()

    from wijkdesk.ui.board_canvas import CARD_FONT_PT

    qtbot.waitUntil(lambda: mirror.transform().m11() * CARD_FONT_PT >= 24)  # cards' text

    window.nav.setCurrentRow(1)
    assert audience.shown == "network"
    stakeholders = window.stakeholder_view
    assert audience.pages.currentWidget().scene() is stakeholders.network.scene()
    stakeholders.tabs.setCurrentWidget(stakeholders.grid)
    window.presenter.update()
    assert audience.shown == "grid"
    assert audience.pages.currentWidget().scene() is stakeholders.grid.scene()

    window.nav.setCurrentRow(2)
    assert audience.shown == "timeline"
    canvas = window.timeline_view.canvas
    mirror = audience.pages.currentWidget()
    assert mirror.scene() is canvas.scene()
    # scaled up to fill the audience's screen, texts with it, and never below 24 pt
    from wijkdesk.ui import theme
    from wijkdesk.ui.timeline_canvas import LABEL_PT

    port, seen = canvas.viewport(), mirror.viewport()
    k = max(min(seen.width() / port.width(), seen.height() / port.height()),
            24 / theme.scaled_pt(LABEL_PT))
    qtbot.waitUntil(lambda: mirror.transform().m22() == pytest.approx(k))
    assert mirror.transform().m22() * theme.scaled_pt(LABEL_PT) >= 24
    # time keeps the canvas's stretch: the same days per pixel, times that scale
    assert mirror.transform().m11() == pytest.approx(canvas.transform().m11() * k)

    window.nav.setCurrentRow(3)
    assert audience.shown == "kompas"
    assert "Karakteriseren" in audience.text.toPlainText()

    # the arrows of the audience window go through the views as well
    QTest.keyClick(audience, Qt.Key.Key_Left)
    assert window.nav.currentRow() == 2 and audience.shown == "timeline"


def test_hidden_notes_stay_hidden_on_the_audience_view(window, tmp_path, qtbot):
    from wijkdesk.model import Project
    from wijkdesk.ui.board_canvas import NoteCard

    path = tmp_path / "p.wijkdesk"
    project = Project.create(path, "Verborgen")
    b = project.add("bijeenkomst", title="Avond", date="2026-11-25")
    r = project.add("round", bijeenkomst_id=b, prompt="Wat speelt er?", hidden=True)
    project.add("insight", round_id=r, text="Geheim van tafel twee", table=2, hidden=True)
    project.add("insight", round_id=r, text="Open kaart", table=1)
    project.close()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(path))
    window.presenter.start()
    audience = window.presenter.window
    try:
        mirror = audience.pages.currentWidget()
        cards = [i for i in mirror.items() if isinstance(i, NoteCard)]
        assert len(cards) == 2
        hidden = [c for c in cards if c.hidden]
        assert len(hidden) == 1 and hidden[0].toolTip() == ""
        # what the room sees of it: the card's back, not its text
        assert "Geheim" not in audience.prompt.text()
    finally:
        window.presenter.stop()


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
    expected = [line for line in ranking(project, voted) if line.rank <= 3]
    assert audience.top.count() == len(expected) > 0
    assert expected[0].label in audience.top.item(0).text()
    dialog.top_n.setValue(1)  # live: the facilitator narrows it
    qtbot.waitUntil(lambda: audience.top.count() ==
                    len([x for x in ranking(project, voted) if x.rank <= 1]))
    # a tally typed in moves the ranking on the audience's screen at once
    last = [line for line in ranking(project, voted)][-1]
    dialog.set_count(last.id, 1, 500)
    qtbot.waitUntil(lambda: last.label in audience.top.item(0).text())
    dialog.done(0)  # the votes dialog closes: back to the board
    assert audience.shown == "board"


def test_a_round_without_votes_shows_no_list_of_ties(presenting, qtbot):
    from wijkdesk.model.votes import ranking

    window, audience = presenting
    view = window.bijeenkomst_view
    project = window.ctx.project
    unvoted = next(r.id for r in project.all("round")
                   if ranking(project, r.id) and not any(x.votes for x in ranking(project, r.id)))
    _choose_round(view, project, unvoted)
    dialog = view.votes_dialog()
    dialog.show_top()
    assert [audience.top.item(i).text() for i in range(audience.top.count())] == [
        "No votes counted yet."]
    dialog.done(0)


def test_the_timer_and_the_texts_on_the_audience_view_are_large(presenting, qtbot):
    window, audience = presenting
    timer = window.timer_panel.timer
    timer.set_minutes(7)
    qtbot.waitUntil(lambda: audience.clock.text() in ("7:00", "07:00"))
    for widget in (audience.prompt, audience.clock, audience.top, audience.blank):
        assert widget.font().pointSize() >= 24, widget.objectName()


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
    assert line[8] == "board"


def test_presenter_mode_ends_with_the_window(window, project, qtbot):
    open_in_window(window, project)
    window.show()
    qtbot.waitExposed(window)
    window.presenter.start()
    audience = window.presenter.window
    window.close()
    assert not window.presenter.active
    qtbot.waitUntil(lambda: not audience.isVisible())

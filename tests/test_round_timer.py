"""The round timer (issue 4, point 7): set, start, pause, reset; stays in sight; warns at the
end. A fake monotonic clock drives it, so the tests need no sleeping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wijkdesk.ui.round_timer import RoundTimer, TimerPanel, clock_text


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def panel(qtbot, settings):
    clock = FakeClock()
    timer = RoundTimer(now=clock)
    widget = TimerPanel(settings, timer)
    qtbot.addWidget(widget)
    widget.show()
    widget.clock = clock
    return widget


def test_set_start_pause_resume_and_reset(panel):
    panel.minutes.setValue(2)
    assert panel.display.text() == "2:00" and panel.start_button.text() == "Start"
    panel.start_button.click()
    assert panel.timer.running and panel.start_button.text() == "Pause"
    assert not panel.minutes.isEnabled()  # the time cannot change under a running round
    panel.clock.t += 30.2
    panel.timer.tick()
    assert panel.display.text() == "1:30"
    panel.start_button.click()  # pause
    panel.clock.t += 600  # a coffee break does not count
    panel.timer.tick()
    assert panel.display.text() == "1:30" and not panel.timer.running
    panel.start_button.click()  # resume
    panel.clock.t += 60
    panel.timer.tick()
    assert panel.display.text() == "0:30"
    panel.reset_button.click()
    assert panel.display.text() == "2:00" and not panel.timer.running


def test_the_last_half_minute_warns_and_zero_says_time(panel, qtbot):
    panel.minutes.setValue(1)
    panel.timer.start()
    panel.clock.t += 29
    panel.timer.tick()
    assert panel.display.text() == "0:31" and panel.display.property("warning") is False
    panel.clock.t += 1.5
    panel.timer.tick()
    assert panel.display.property("warning") is True
    assert "#900000" in panel.display.styleSheet()
    with qtbot.waitSignal(panel.timer.finished, timeout=1000):
        panel.clock.t += 60
        panel.timer.tick()
    assert panel.display.text() == "Time!" and not panel.timer.running
    assert panel.start_button.text() == "Start"


def test_sound_is_off_by_default_and_the_minutes_are_remembered(qtbot, settings, monkeypatch):
    from PySide6.QtWidgets import QApplication

    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    clock = FakeClock()
    first = TimerPanel(settings, RoundTimer(now=clock))
    qtbot.addWidget(first)
    assert not first.sound.isChecked()
    first.minutes.setValue(25)
    first.timer.set_minutes(1)
    first.timer.start()
    clock.t += 61
    first.timer.tick()
    assert beeps == []  # silent unless asked
    first.sound.setChecked(True)
    first.timer.reset()
    first.timer.start()
    clock.t += 61
    first.timer.tick()
    assert beeps == [1]
    again = TimerPanel(settings, RoundTimer(now=clock))
    qtbot.addWidget(again)
    assert again.minutes.value() == 25 and again.sound.isChecked()


def test_the_timer_stays_in_sight_in_every_view_and_f9_starts_it(window, project, qtbot):
    path = project.path
    project.close()
    window.open_path(str(path))
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.timer_panel.isVisible(), row
    qtbot.keyClick(window.bijeenkomst_view.entry, Qt.Key.Key_F9)
    assert window.timer_panel.timer.running
    qtbot.keyClick(window.bijeenkomst_view.entry, Qt.Key.Key_F9)
    assert not window.timer_panel.timer.running


def test_clock_text():
    assert [clock_text(s) for s in (0, 5, 65, 1200, 3600, 3725)] == [
        "0:00", "0:05", "1:05", "20:00", "1:00:00", "1:02:05"]

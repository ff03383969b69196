"""The round timer: set, start, pause, reset; a large countdown beside the views.

The countdown lives in the main window's left column, under the views, so it stays in sight
whichever view is shown. The last 30 seconds show in a warning colour; at zero it says so, and
beeps only if the facilitator turned the sound on (off by default: a hall may be quiet). The
time is measured on a monotonic clock, so a busy moment or a changed system clock does not make
it drift. The minutes last set are remembered.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import settings as store

WARNING_SECONDS = 30
DEFAULT_MINUTES = store.default("timer/minutes")  # a world-café round takes 20 to 30 minutes


class RoundTimer(QObject):
    """A countdown on a monotonic clock (``now`` returns seconds; tests pass their own)."""

    #: the remaining whole seconds, whenever they change (and on set, start, pause, reset)
    changed = Signal(int)
    #: the countdown reached zero
    finished = Signal()

    def __init__(self, now: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._duration = DEFAULT_MINUTES * 60.0
        self._left_at_start = self._duration
        self._started: float | None = None
        self._shown = -1
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        """Whether it is counting down."""
        return self._started is not None

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        if self._started is None:
            return self._left_at_start
        return max(0.0, self._left_at_start - (self._now() - self._started))

    def set_minutes(self, minutes: int) -> None:
        """Set the duration and go back to its start (stopped)."""
        self._duration = max(1, int(minutes)) * 60.0
        self.reset()

    def start(self) -> None:
        """Count down from where it is."""
        if self._started is None and self.remaining() > 0:
            self._started = self._now()
            self._ticker.start()
            self._emit(force=True)

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if self._started is not None:
            self._left_at_start = self.remaining()
            self._started = None
            self._ticker.stop()
            self._emit(force=True)

    def toggle(self) -> None:
        """Start or pause."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full duration, stopped."""
        self._started = None
        self._ticker.stop()
        self._left_at_start = self._duration
        self._emit(force=True)

    def tick(self) -> None:
        """Check the clock (the internal timer calls this a few times a second)."""
        self._emit()
        if self._started is not None and self.remaining() <= 0:
            self._left_at_start = 0.0
            self._started = None
            self._ticker.stop()
            self._emit(force=True)
            self.finished.emit()

    def _emit(self, force: bool = False) -> None:
        seconds = int(-(-self.remaining() // 1))  # round up: 0:01 shows until it is over
        if force or seconds != self._shown:
            self._shown = seconds
            self.changed.emit(seconds)


def clock_text(seconds: int) -> str:
    """'19:59', or '1:05:00' for an hour or more."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TimerPanel(QWidget):
    """The countdown with its controls, for the main window's left column."""

    def __init__(self, settings, timer: RoundTimer | None = None,
                 parent: QWidget | None = None, events=None) -> None:
        """events: the app's SettingsEvents (context.py); the minutes and the sound follow
        the settings dialog."""
        super().__init__(parent)
        self.setObjectName("roundTimer")
        self._settings = settings
        self.timer = timer or RoundTimer(parent=self)
        self.display = QLabel()
        self.display.setObjectName("timerDisplay")
        self.display.setAccessibleName(self.tr("Time left in this round"))
        font = self.display.font()
        font.setPointSize(34)
        font.setBold(True)
        self.display.setFont(font)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes for the round"))
        self.minutes.setValue(store.get(settings, "timer/minutes"))
        self.minutes.valueChanged.connect(self._set_minutes)
        self.start_button = QPushButton()
        self.start_button.setToolTip(self.tr("Start or pause the timer (F9)"))
        self.start_button.clicked.connect(self.timer.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the full time (Shift+F9)"))
        self.reset_button.clicked.connect(self.timer.reset)
        self.sound = QCheckBox(self.tr("Sound at the end"))
        self.sound.setChecked(store.get(settings, "timer/sound"))
        self.sound.toggled.connect(lambda on: store.set(settings, "timer/sound", on))
        if events is not None:
            events.settingsChanged.connect(self._settings_changed)
        self.timer.changed.connect(self._show)
        self.timer.finished.connect(self._finished)
        # (whatsThis: what the shortcut sheet says they do)
        QShortcut(QKeySequence("F9"), self, self.timer.toggle).setWhatsThis(
            self.tr("Start or pause the round timer"))
        QShortcut(QKeySequence("Shift+F9"), self, self.timer.reset).setWhatsThis(
            self.tr("Reset the round timer"))

        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.start_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(self.tr("Round timer")))
        layout.addWidget(self.display)
        layout.addLayout(row)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.sound)
        self.timer.set_minutes(self.minutes.value())

    def _set_minutes(self, minutes: int) -> None:
        store.set(self._settings, "timer/minutes", minutes)
        self.timer.set_minutes(minutes)

    def _settings_changed(self, keys: list) -> None:
        """The settings dialog changed the minutes or the sound (a running round keeps its
        time)."""
        if "timer/sound" in keys:
            self.sound.setChecked(store.get(self._settings, "timer/sound"))
        if "timer/minutes" in keys and not self.timer.running:
            self.minutes.setValue(store.get(self._settings, "timer/minutes"))

    def _show(self, seconds: int) -> None:
        if seconds == 0 and not self.timer.running and self.timer.remaining() == 0:
            self.display.setText(self.tr("Time!"))
        else:
            self.display.setText(clock_text(seconds))
        warning = seconds <= WARNING_SECONDS and (self.timer.running or seconds == 0)
        # A deep red on the light background: a contrast of over 7:1, also on a beamer.
        self.display.setStyleSheet("color: #900000;" if warning else "")
        self.display.setProperty("warning", warning)
        self.start_button.setText(self.tr("Pause") if self.timer.running else self.tr("Start"))
        self.minutes.setEnabled(not self.timer.running)

    def _finished(self) -> None:
        if self.sound.isChecked():
            QApplication.beep()

"""The facilitator's side of the beamer: the small live picture of what the room sees with
the choice of show (``BeamerPanel``, in the main window's left column while presenting), and
the row that takes the votes while presenting on one screen (``VotesEntry``, inside the
audience window: the room keeps its picture while the facilitator types the counts)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...model.votes import MAX_COUNT
from . import FOLLOW, SHOWS, show_names

THUMB_WIDTH = 200


class BeamerPanel(QWidget):
    """What the beamer shows, small and live, and what it is to show."""

    #: the facilitator chose a show (FOLLOW or one of SHOWS)
    chosen = Signal(str)
    #: ◀ / ▶: the page (or cluster) before or after
    paged = Signal(int)
    #: the N of the top N
    topChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beamerPanel")
        self.setFixedWidth(220)
        self.heading = QLabel(self.tr("On the beamer:"))
        self.heading.setObjectName("beamerHeading")
        self.picture = QLabel()
        self.picture.setObjectName("beamerThumbnail")
        self.picture.setAccessibleName(self.tr("What the room sees"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("QLabel#beamerThumbnail { border: 1px solid #607d8b; "
                                   "background: #ffffff; }")
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.picture.setFixedSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 4)
        self.choice = QComboBox()
        self.choice.setObjectName("beamerChoice")
        self.choice.setAccessibleName(self.tr("What the beamer shows"))
        for key, name in show_names().items():
            self.choice.addItem(name, key)
        self.choice.activated.connect(lambda i: self.chosen.emit(self.choice.itemData(i)))
        self.previous = QPushButton("◀")
        self.previous.setAccessibleName(self.tr("Previous page on the beamer"))
        self.previous.setToolTip(self.tr("Previous page on the beamer (Ctrl+PgUp)"))
        self.next = QPushButton("▶")
        self.next.setAccessibleName(self.tr("Next page on the beamer"))
        self.next.setToolTip(self.tr("Next page on the beamer (Ctrl+PgDown)"))
        for button in (self.previous, self.next):
            button.setFixedWidth(36)
        self.previous.clicked.connect(lambda: self.paged.emit(-1))
        self.next.clicked.connect(lambda: self.paged.emit(1))
        self.page = QLabel()
        self.page.setObjectName("beamerPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 20)
        self.top_n.setValue(3)
        self.top_n.setPrefix(self.tr("Top "))
        self.top_n.setAccessibleName(self.tr("How many of the top the beamer shows"))
        self.top_n.valueChanged.connect(self.topChanged)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous)
        row.addWidget(self.page, 1)
        row.addWidget(self.next)
        row.addWidget(self.top_n)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.picture)
        layout.addWidget(self.choice)
        layout.addLayout(row)

    def set_choice(self, key: str) -> None:
        """Show the current choice (without choosing it again)."""
        index = self.choice.findData(key)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def set_page(self, page: int, pages: int) -> None:
        """'2 / 3', or nothing when there is one page."""
        self.page.setText(f"{page + 1} / {pages}" if pages > 1 else "")

    def set_thumbnail(self, pixmap: QPixmap) -> None:
        """The small picture of the audience window (scaled to the panel's width)."""
        if pixmap.isNull() or pixmap.width() <= 0:
            return
        height = max(1, round(THUMB_WIDTH * pixmap.height() / pixmap.width()))
        if self.picture.size() != QSize(THUMB_WIDTH, height):
            self.picture.setFixedSize(THUMB_WIDTH, height)
        self.picture.setPixmap(pixmap.scaled(THUMB_WIDTH, height,
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))


class CountBox(QSpinBox):
    """The count being typed: Enter and Tab go on, Shift+Tab goes back, Esc ends."""

    def __init__(self, entry: VotesEntry) -> None:
        super().__init__()
        self.entry = entry

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Down):
            self.entry.step(1)
        elif key in (Qt.Key.Key_Backtab, Qt.Key.Key_Up):
            self.entry.step(-1)
        elif key == Qt.Key.Key_Escape:
            self.entry.finish()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        self.entry.step(1 if forward else -1)
        return True


class VotesEntry(QWidget):
    """A slim row at the foot of the audience window: the count of one cluster (or loose
    note) at a time, for the whole room; Enter or Tab stores it and goes to the next."""

    #: the target being typed changed (its id), or the entry ended ("")
    moved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votesEntry")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # its dark band
        self.setStyleSheet("QWidget#votesEntry { background: #263238; }"
                           "QLabel { color: #ffffff; font-size: 16pt; }"
                           "QSpinBox { font-size: 18pt; min-width: 5em; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count = CountBox(self)
        self.count.setRange(0, MAX_COUNT)
        self.count.setAccessibleName(self.tr("Votes"))
        self.hint = QLabel(self.tr("Enter: next (after the last: done) · Shift+Tab: back · "
                                   "Esc: done"))
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 13pt;")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 3)
        row.addWidget(self.count)
        row.addWidget(self.hint, 2)
        self.targets: list[tuple[str, str]] = []  # (id, label)
        self.index = 0
        self.store = None  # (target_id, count) -> None: the presenter stores it
        self.read = None  # target_id -> int: the whole room's tally now

    def begin(self, targets: list[tuple[str, str]]) -> None:
        """Start at the first target."""
        self.targets = targets
        self.index = 0
        self.show()
        self._load()

    def _load(self) -> None:
        if not self.targets:
            self.label.setText(self.tr("This round has no clusters or notes to vote on."))
            self.count.setEnabled(False)
            self.moved.emit("")
            return
        self.count.setEnabled(True)
        target, label = self.targets[self.index]
        self.label.setText(self.tr("Votes for “%1” (%2 of %3):").replace("%1", label).replace(
            "%2", str(self.index + 1)).replace("%3", str(len(self.targets))))
        self.count.setValue(self.read(target) if self.read else 0)
        self.count.selectAll()
        self.count.setFocus()
        self.moved.emit(target)

    def commit(self) -> None:
        """Store the count typed for the current target (when it changed)."""
        if not self.targets or self.store is None:
            return
        self.count.interpretText()
        target, _label = self.targets[self.index]
        value = self.count.value()
        if self.read is None or self.read(target) != value:
            self.store(target, value)

    def step(self, delta: int) -> None:
        """Store, then the next (or previous) target; past the last one the entry ends (the
        room sees the whole ranking), before the first it stays at the first."""
        self.commit()
        if self.targets and self.index + delta >= len(self.targets):
            self.finish()
            return
        if self.targets:
            self.index = max(0, self.index + delta)
        self._load()

    def finish(self) -> None:
        """Store and end."""
        self.commit()
        self.hide()
        self.targets = []
        self.moved.emit("")


__all__ = ["BeamerPanel", "VotesEntry", "FOLLOW", "SHOWS"]

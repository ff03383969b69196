"""The start page when no project is open: new, open, recent projects, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .common import ID_ROLE


class WelcomePage(QWidget):
    """Welcome: what wijkdesk is for, and the ways into a project."""

    #: the user asked for a new project
    newRequested = Signal()
    #: the user asked to open a file through a dialog
    openRequested = Signal()
    #: the user asked for the demo project
    demoRequested = Signal()
    #: the user picked a recent project (its path)
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to wijkdesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "wijkdesk helps you run a bewonersavond: collect what residents say, cluster and "
            "vote on it, map the stakeholders and plan both tracks on a timeline. It works "
            "without internet, and afterwards you merge the table laptops' files and export "
            "the minutes."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New project…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.demo_button = QPushButton(self.tr("View the &demo"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(44)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(ID_ROLE)))
        self.no_recent = QLabel(self.tr(
            "No recent projects yet: start a new project, or look around in the demo first."))
        self.no_recent.setObjectName("noRecent")
        self.no_recent.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent projects")))
        column.addWidget(self.no_recent)
        column.addWidget(self.recent, 1)
        column.addStretch(0)  # takes the room only while the list is hidden
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        body = QWidget()
        body.setLayout(column)
        body.setMaximumWidth(900)
        outer.addWidget(body, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        """Show these recent project files (most recent first)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}  —  {path}")
            item.setData(ID_ROLE, path)
            self.recent.addItem(item)
        self.no_recent.setVisible(not paths)
        self.recent.setVisible(bool(paths))

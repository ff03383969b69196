"""The main window's Beamer menu: what the room sees, in a keystroke or two (Alt+B and a
letter; F6 / Shift+F6 go through the shows, Ctrl+PgDown / Ctrl+PgUp through the pages). The
actions work before presenting too: the choice is what the beamer shows once it starts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from . import FOLLOW, SHOWS


class BeamerMenu(QObject):
    """The Beamer menu and its actions (``actions[key]`` for each show and FOLLOW)."""

    def __init__(self, main) -> None:
        super().__init__(main)
        self.main = main
        self.menu: QMenu = main.menuBar().addMenu(self.tr("&Beamer"))
        self.menu.setObjectName("beamerMenu")
        texts = {FOLLOW: self.tr("&Follow my view"), "round": self.tr("The whole &round"),
                 "cluster": self.tr("One &cluster"),
                 "top": self.tr("The &top of the ranking"),
                 "network": self.tr("The whole &network"),
                 "grid": self.tr("The whole power/interest &grid"),
                 "timeline": self.tr("The time&line around today"),
                 "kompas": self.tr("&Where do we stand?"), "title": self.tr("Title &only")}
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for key in (FOLLOW, *SHOWS):
            action = QAction(texts[key], self)
            action.setCheckable(True)
            action.setChecked(key == FOLLOW)
            action.triggered.connect(lambda _=False, k=key: self.main.presenter.choose(k))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[key] = action
            if key == FOLLOW:
                self.menu.addSeparator()
        self.menu.addSeparator()
        self.next_show = self._add(self.tr("Next show"), "F6", lambda: self._cycle(1))
        self.previous_show = self._add(self.tr("Previous show"), "Shift+F6",
                                       lambda: self._cycle(-1))
        self.next_page = self._add(self.tr("Next page (or cluster)"), "Ctrl+PgDown",
                                   lambda: self.main.presenter.turn(1))
        self.previous_page = self._add(self.tr("Previous page (or cluster)"), "Ctrl+PgUp",
                                       lambda: self.main.presenter.turn(-1))

    def _add(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(keys)])
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _cycle(self, delta: int) -> None:
        order = (FOLLOW, *SHOWS)
        now = self.main.presenter.choice
        self.main.presenter.choose(order[(order.index(now) + delta) % len(order)])

    def set_choice(self, key: str) -> None:
        """Tick the current choice."""
        action = self.actions.get(key)
        if action is not None:
            action.setChecked(True)

"""A round's question, typed where it is shown: the heading above the board turns into a line
edit (double-click, or F2 when it has the focus); Enter keeps it, Esc cancels. A module of its
own, so the Bijeenkomst view's first frame needs nothing of the Programma panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit

from ..model.kinds import MAX_TEXT
from .palette import FOCUS


class PromptEditor(QLineEdit):
    """Edits the round's question in place of its heading: Enter keeps it, Esc cancels.

    ``save(text)`` is called with the new question (stripped, not empty, changed);
    ``can_edit()`` says whether there is a round to edit.
    """

    def __init__(self, heading: QLabel, save: Callable[[str], None],
                 can_edit: Callable[[], bool]) -> None:
        super().__init__()
        self.heading = heading
        self._save = save
        self._can_edit = can_edit
        self._before = ""
        self.setObjectName("promptEditor")
        self.setAccessibleName(self.tr("Question of the round"))
        self.setMaxLength(MAX_TEXT)
        self.setFont(heading.font())
        self.hide()
        heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        heading.setToolTip(self.tr("Double-click or press F2 to change the question"))
        # a frame shows where the focus is (it is always there, so nothing moves)
        heading.setStyleSheet("QLabel#prompt { border: 2px solid transparent; }"
                              f"QLabel#prompt:focus {{ border-color: {FOCUS}; }}")
        heading.installEventFilter(self)
        key = QShortcut(QKeySequence(Qt.Key.Key_F2), heading, self.start)
        key.setContext(Qt.ShortcutContext.WidgetShortcut)
        key.setWhatsThis(self.tr("Change the question of the round (on its heading)"))
        self.returnPressed.connect(lambda: self.finish(self.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.heading and event.type() == QEvent.Type.MouseButtonDblClick:
            self.start()
            return True
        return super().eventFilter(watched, event)

    @property
    def editing(self) -> bool:
        """Whether the question is being typed."""
        return self.isVisible()

    def start(self) -> None:
        """Put the heading's question in the line and the cursor in it (all selected, the
        beginning in view)."""
        if not self._can_edit():
            return
        self._before = self.heading.text()
        self.setText(self._before)
        self.heading.hide()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCursorPosition(len(self._before))
        self.cursorBackward(True, len(self._before))  # selected, from the start

    def finish(self, text: str | None) -> None:
        """Back to the heading; a changed question (not empty) is saved."""
        if not self.isVisible():
            return
        self.hide()
        self.heading.show()
        self.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        if text is not None and text.strip() and text.strip() != self._before:
            self._save(text.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.finish(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.finish(self.text())




def run_actions(parent, next_round: Callable[[], object],
                next_item: Callable[[], object]) -> tuple[QAction, QAction]:
    """*Volgende ronde* (F8) and *Volgend agendapunt* (Shift+F8): the Bijeenkomst view's, shown
    on the Programma panel and in the main window's View menu (so they work from every view).
    Their words are the Programma panel's."""
    translate = QCoreApplication.translate
    next_round_action = QAction(translate("ProgrammePanel", "Next &round"), parent)
    next_round_action.setShortcuts([QKeySequence("F8")])
    next_round_action.setToolTip(translate(
        "ProgrammePanel",
        "The next round of the programme (F8); its timer starts if it asks for it"))
    next_round_action.triggered.connect(lambda: next_round())
    next_item_action = QAction(translate("ProgrammePanel", "Next agenda &item"), parent)
    next_item_action.setShortcuts([QKeySequence("Shift+F8")])
    next_item_action.setToolTip(translate(
        "ProgrammePanel",
        "The next agenda item of the programme, and its first round (Shift+F8)"))
    next_item_action.triggered.connect(lambda: next_item())
    return next_round_action, next_item_action

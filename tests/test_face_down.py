"""Face down for the room, face up for the facilitator (issue 16, point 4): the laptop's notes
list and board show a face-down note's text, marked as hidden on the beamer, and it is edited
like any other (F2, double-click; one undo step); the audience sees its back only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.util import open_in_window
from wijkdesk.ui import palette


@pytest.fixture
def hidden_round(window, project, qtbot):
    """The small project open in a large window, a round collected face down: two hidden
    notes of table 2 and one face-up note of table 1."""
    rnd = project.all("round")[0]
    project.update("round", rnd.id, hidden=True)
    secret = project.add("insight", round_id=rnd.id, text="Geheim van tafel twee", table=2,
                         hidden=True, x=0.0, y=0.0)
    other = project.add("insight", round_id=rnd.id, text="Iets heel anders, en veel langer: "
                        + "bla " * 30, table=2, hidden=True, x=300.0, y=0.0)
    shown = project.add("insight", round_id=rnd.id, text="Open kaart", table=1, x=600.0, y=0.0)
    opened = open_in_window(window, project)
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    view = window.bijeenkomst_view
    board = view.board
    qtbot.waitUntil(lambda: board.isVisible() and board.viewport().width() > 600)
    return opened, view, board, (secret, other, shown)


def _line(view, note_id):
    return next(view.insights.item(r) for r in range(view.insights.count())
                if view.insights.item(r).data(256) == note_id)


def _picture(card, widget=None) -> QImage:
    """The card as it paints itself for a view (``widget``: that view's viewport)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    rect = card.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-rect.x(), -rect.y())
    card.paint(painter, QStyleOptionGraphicsItem(), widget)
    painter.end()
    return image


def test_the_laptop_list_shows_a_face_down_note_s_text_marked_hidden(hidden_round):
    opened, view, board, (secret, other, shown) = hidden_round
    line = _line(view, secret)
    assert line.text() == "Table 2: Geheim van tafel twee (hidden)"
    assert line.font().italic()
    assert line.toolTip() == "Hidden on the beamer: Geheim van tafel twee"
    face_up = _line(view, shown)
    assert face_up.text() == "Table 1: Open kaart" and not face_up.font().italic()
    assert view.reveal_button.text() == "&Reveal (2 face down)"


def test_the_laptop_board_shows_the_text_only_the_laptop_s_view_paints(hidden_round):
    from wijkdesk.ui.board_canvas import FACE_DOWN_PANEL, TEXT_COLOUR

    opened, view, board, (secret, other, shown) = hidden_round
    a, b = board.cards[secret], board.cards[other]
    assert a.hidden and b.hidden and a.boundingRect() == b.boundingRect()
    assert "Geheim" not in a.toolTip() and a.toolTip() == "Hidden on the beamer (F2: edit)"
    laptop = board.viewport()
    # For the laptop's view the two texts differ; for any other view (a mirror, a picture)
    # the two backs are the same, pixel for pixel.
    assert _picture(a, laptop) != _picture(b, laptop)
    assert _picture(a) == _picture(b)
    from PySide6.QtWidgets import QWidget

    elsewhere = QWidget()
    assert _picture(a, elsewhere) == _picture(b, elsewhere) == _picture(a)
    assert _picture(a, laptop) != _picture(a)
    # the text on its panel keeps the contrast rule
    assert palette.contrast(TEXT_COLOUR.name(), FACE_DOWN_PANEL.name()) >= palette.MIN_CONTRAST


def test_a_face_down_note_is_edited_from_the_list_and_stays_face_down(
        window, hidden_round, qtbot):
    from wijkdesk.ui.board_canvas import CardEditor

    opened, view, board, (secret, other, shown) = hidden_round
    view.insights.setCurrentItem(_line(view, secret))
    view.insights.setFocus()
    qtbot.waitUntil(view.insights.hasFocus)
    qtbot.keyClick(view.insights, Qt.Key.Key_F2)
    editor = board.editor
    assert isinstance(editor, CardEditor) and editor.toPlainText() == "Geheim van tafel twee"
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Geheim van tafel 2: een typfout hersteld")
    steps = window.ctx.undo.count()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    note = opened.get("insight", secret)
    assert (note.text, note.hidden) == ("Geheim van tafel 2: een typfout hersteld", True)
    assert board.cards[secret].hidden and board.cards[secret].text == note.text
    assert _line(view, secret).text() == f"Table 2: {note.text} (hidden)"
    assert window.ctx.undo.count() == steps + 1 and window.ctx.undo.undoText() == "Edit note"
    window.undo_action.trigger()
    assert opened.get("insight", secret).text == "Geheim van tafel twee"
    assert _line(view, secret).text() == "Table 2: Geheim van tafel twee (hidden)"
    window.redo_action.trigger()
    assert opened.get("insight", secret).text.endswith("hersteld")

    # a double-click on the line opens the editor too
    view.insights.itemDoubleClicked.emit(_line(view, other))
    assert isinstance(board.editor, CardEditor)
    assert board.editor.toPlainText().startswith("Iets heel anders")
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    assert board.editor is None and opened.get("insight", other).hidden


def test_the_audience_shows_no_text_of_a_face_down_note(window, hidden_round, qtbot):
    opened, view, board, (secret, other, shown) = hidden_round
    window.presenter.start()
    audience = window.presenter.window
    qtbot.waitUntil(audience.isVisible)
    try:
        def picture() -> QImage:
            return audience.grab().toImage()

        def texts() -> list[str]:
            from PySide6.QtWidgets import QLabel

            return [w.text() for w in audience.findChildren(QLabel)]

        qtbot.waitUntil(lambda: not picture().isNull())
        before = picture()
        assert not any("Geheim" in t for t in texts())
        # the facilitator fixes a face-down note's text, then a face-up one's
        opened.update("insight", secret, text="Een heel andere, veel langere tekst " * 3)
        opened.update("insight", shown, text="Open kaart, nu anders")
        qtbot.waitUntil(lambda: picture() != before)  # the audience follows the model
        # the face-up text back as it was: the audience is as before, pixel for pixel, so
        # nothing of the face-down note's new text reached it
        opened.update("insight", shown, text="Open kaart")
        qtbot.waitUntil(lambda: picture() == before)
        assert not any("andere" in t for t in texts())
    finally:
        window.presenter.stop()

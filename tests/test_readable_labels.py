"""Readable and whole: text fields open at the beginning of their text, "vandaag" on the
timeline does not run into a month's name, and names with room to stand whole are not cut
short (a decision's title on the timeline, a party's name in the network)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.util import open_in_window

LONG_TITLE = "Bewonersavond 2: eerste stappen kiezen voor de warmte in Klaverveld-Zuid"


def _start_shown(edit) -> bool:
    """Whether a line edit shows the first letters of its text."""
    return edit.cursorPosition() == 0 or edit.text() == ""


def test_the_evening_form_and_dialogs_show_the_beginning_of_long_texts(window, project, qtbot):
    evening = project.all("bijeenkomst")[0]
    project.update("bijeenkomst", evening.id, title=LONG_TITLE,
                   place="Aula van basisschool De Vlinderboom, Lijsterstraat 8, Klaverveld")
    project.add("stakeholder", name="Winkeliersvereniging Klaverveld en omstreken (voorzitter)",
                type="ondernemers")
    open_in_window(window, project)
    window.resize(1024, 738)
    view = window.bijeenkomst_view
    qtbot.waitUntil(lambda: view.title_edit.text() == LONG_TITLE)
    assert _start_shown(view.title_edit) and _start_shown(view.place_edit)
    # typed at the end and left with Tab: the field shows its beginning again
    view.title_edit.setFocus()
    view.title_edit.end(False)
    qtbot.keyClicks(view.title_edit, " en meer")
    assert not _start_shown(view.title_edit)
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.ctx.project.get("bijeenkomst", evening.id).title
                    == LONG_TITLE + " en meer")
    assert _start_shown(view.title_edit)
    window.nav.setCurrentRow(1)
    stakeholders = window.stakeholder_view
    stakeholders.ensure_built()
    [party] = window.ctx.project.all("stakeholder")
    stakeholders.edit_stakeholder(party.id)
    dialog = stakeholders.dialog
    assert dialog.name.text().startswith("Winkeliersvereniging")
    assert _start_shown(dialog.name)


class _Recorder(QPainter):
    """A painter that writes down every static text drawn and where (the canvas calls it)."""

    def __init__(self, image) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, QRectF]] = []

    def drawStaticText(self, pos, text) -> None:  # noqa: N802 - Qt's name
        rect = QRectF(self.transform().map(QPointF(pos)), text.size())
        self.texts.append((text.text(), rect))
        super().drawStaticText(pos, text)


def test_today_on_the_timeline_never_lies_over_a_month_name(window, project, qtbot):
    from wijkdesk.ui.timeline_canvas import TimelineCanvas

    project.add("timeline_item", title="Start", track="doe", kind="activiteit",
                start="2026-01-05", end="2026-03-01")
    open_in_window(window, project)
    window.resize(1600, 1000)
    window.nav.setCurrentRow(2)
    view = window.timeline_view
    view.ensure_built()
    canvas: TimelineCanvas = view.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.viewport().width() > 600)
    canvas.set_scale(12 * 60 / 365.25)  # the months written out
    today = canvas.tr("today")
    clashes = []
    # today at every day of a year: on, beside and between the months' names
    for offset in range(0, 366, 3):
        canvas.today = dt.date(2026, 1, 1) + dt.timedelta(days=offset)
        canvas.show_today()
        image = QImage(canvas.viewport().size(), QImage.Format.Format_ARGB32)
        painter = _Recorder(image)
        painter.setWorldTransform(canvas.viewportTransform())
        seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
        canvas.drawBackground(painter, seen)
        canvas.drawForeground(painter, seen)
        painter.end()
        names = [r for text, r in painter.texts if text == today]
        assert names, offset
        months = [(text, r) for text, r in painter.texts if text != today and not text.isdigit()
                  and r.top() < names[0].bottom() and r.bottom() > names[0].top()]
        clashes += [(offset, text) for text, r in months if r.intersects(names[0])]
    assert clashes == []


def test_a_long_title_on_the_timeline_and_in_the_network_stands_whole(
        window, project, qtbot):
    title = "Keuze warmteoplossing (all-electric of warmtenet)"
    project.add("timeline_item", title=title, track="denk", kind="besluit",
                start="2027-06-01")
    name = "Winkeliersvereniging Klaverveld"
    project.add("stakeholder", name=name, type="ondernemers")
    open_in_window(window, project)
    window.resize(1600, 1000)
    window.nav.setCurrentRow(2)
    view = window.timeline_view
    view.ensure_built()
    qtbot.waitUntil(lambda: view.canvas.isVisible())
    from wijkdesk.ui.timeline_canvas import BAR_H, LABEL_MAX

    [step] = [s for s in view.canvas.steps.values() if not s.evening]
    label = min(LABEL_MAX, step._natural)  # as StepItem.paint writes a point's label
    r = BAR_H / 2 - 2
    assert step._fitted(step._half() + 8 + label - r - 10, False).text() == title
    window.nav.setCurrentRow(1)
    window.stakeholder_view.ensure_built()
    QApplication.processEvents()
    [node] = window.stakeholder_view.network.nodes.values()
    assert node._label == name

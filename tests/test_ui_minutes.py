"""The Verslag view (issue 7) as a facilitator uses it: the latest evening's minutes in the
preview, completing them (agenda texts, residents, next meeting, attendance) as undoable edits
of the project, saving them as PDF off the GUI thread (also anonymised), the e-mail text on the
clipboard, and what happens when the PDF cannot be written or there is nothing to write.

The minutes' own words follow the UI language (``QLocale``); the app sets it to Dutch by
default (``i18n.install``), and so do these tests, while the UI strings stay English (no
translator is loaded). The PDF is read back with ``tests/pdf_util.py``.
"""

from __future__ import annotations

import base64
import errno
import os
import re
import shutil
import threading
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.conftest import DEVICE_A
from tests.pdf_util import Pdf, normalised, tool_text
from tests.util import sha256
from wijkdesk.minutes.content import build_minutes
from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo

SECOND = "Bewonersavond 2: Eerste stappen kiezen"
QA = "Vragen en antwoorden"  # agenda item 4 of the second evening
RESIDENT = "Geertruida Zilverspar"
MINUTES_VIEW = 4


# -- fixtures and helpers -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def dutch():
    """The app's default language: Dutch minutes (the UI strings stay English)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo (two evenings) for one test."""
    path = tmp_path / "demo.wijkdesk"
    shutil.copy(demo_template, path)
    return path


def _open(window, qtbot, path: Path):
    """Open the project file and show the Verslag view; returns (project, view)."""
    assert window.open_path(str(path))
    window.nav.setCurrentRow(MINUTES_VIEW)
    view = window.minutes_view
    qtbot.waitUntil(lambda: view.isVisible() and view.current_evening() is not None)
    return window.ctx.project, view


def _latest(project):
    return project.all("bijeenkomst", order="date")[-1]


def _preview(view) -> str:
    return normalised(view.preview.toPlainText())


def _wait_preview(qtbot, view, check) -> None:
    """Wait for the (delayed) preview to show something, or not."""
    qtbot.waitUntil(lambda: check(_preview(view)), timeout=3000)


def _notes(project, evening: str, title: str):
    return [n for n in project.all("note", bijeenkomst_id=evening) if n.title == title]


def _item_note(project, evening: str, title: str) -> str:
    """The text kept on the agenda item of the evening's programme with this title."""
    [item] = project.all("agenda_item", bijeenkomst_id=evening, title=title)
    return item.note


def _residents(project, evening: str) -> int:
    return sum(a.count for a in project.all("attendance", bijeenkomst_id=evening)
               if a.group == "bewoners")


class _Pdf(Pdf):
    """``pdf_util.Pdf`` taking a stream's bytes by its /Length.

    ``Pdf.stream`` strips trailing CR/LF bytes before inflating, and those may be the last
    bytes of the compressed data itself (zlib.error "incomplete or truncated stream"): the
    demo's second evening with a resident's name added makes such a font stream.
    """

    def stream(self, number: int) -> bytes:
        body = self.obj(number)  # checks the /Length against "endstream"
        dictionary, _, rest = body.partition(b"stream")
        raw = rest[2:] if rest.startswith(b"\r\n") else rest[1:]
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", dictionary)
        n = int(length.group(1))
        if length.group(2):
            n = int(self.obj(n).strip())
        raw = raw[:n]
        for name in re.findall(rb"/(ASCII85Decode|FlateDecode)", dictionary):
            if name == b"ASCII85Decode":
                raw = base64.a85decode(raw.strip(), adobe=raw.strip().startswith(b"<~"))
            else:
                raw = zlib.decompress(raw)
        return raw


def _pdf_text(path: Path) -> str:
    """The PDF's text by every extractor at hand, one string (whitespace collapsed)."""
    found = [_Pdf.read(path).text(), tool_text(path)]
    return "\n".join(normalised(t) for t in found if t is not None)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _messages(window, kind: str) -> list[tuple[str, str, str]]:
    return [m for m in window.interaction.messages if m[0] == kind]


def _seed(path: Path, seed) -> None:
    """Change the project file before the window opens it."""
    with Project.open(path, device=DEVICE_A) as p:
        seed(p, _latest(p).id)


def _type_into(qtbot, widget, text: str) -> None:
    """Put the keyboard focus in the widget, select what is there, type text."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _leave(qtbot, widget, view) -> None:
    """Move the focus away from widget (as clicking elsewhere would)."""
    view.evening.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not widget.hasFocus())


# -- 1. the latest evening in the preview -------------------------------------------------


def test_the_demo_shows_the_latest_evening_with_every_insight_agreement_and_action(
        window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evenings = project.all("bijeenkomst", order="date")
    assert len(evenings) == 2
    latest = evenings[-1]
    assert latest.title == SECOND
    assert view.current_evening() == latest.id
    assert view.evening.count() == 2 and SECOND in view.evening.currentText()
    text = _preview(view)
    insights = [i.text for r in project.all("round", bijeenkomst_id=latest.id)
                for i in project.all("insight", round_id=r.id)]
    agreements = [a.text for a in project.all("agreement", bijeenkomst_id=latest.id)]
    actions = [a.what for a in project.all("action_item", bijeenkomst_id=latest.id)]
    assert len(insights) > 30 and len(agreements) == 5 and len(actions) == 5
    assert SECOND in text
    for expected in (*insights, *agreements, *actions):
        assert normalised(expected) in text, expected
    # Open actions of the first evening are carried over.
    carried = [a.what for a in project.all("action_item", bijeenkomst_id=evenings[0].id)
               if a.status != "klaar"]
    assert carried
    for expected in carried:
        assert normalised(expected) in text, expected
    assert normalised(latest.next_meeting) in text
    assert "None" not in text
    # The other evening, chosen in the list, shows its own minutes.
    view.evening.setCurrentIndex(0)
    assert view.current_evening() == evenings[0].id
    first = _preview(view)
    assert evenings[0].title in first and SECOND not in first
    for expected in agreements:
        assert normalised(expected) not in first


def test_the_preview_shows_the_notes_of_the_evening_the_pdf_shows(window, qtbot, demo_path,
                                                                   tmp_path):
    """A note of the evening that belongs to no agenda item is in the PDF ("Overige
    aantekeningen"); the preview, "the minutes as they will be in the PDF", shows it too."""
    project, view = _open(window, qtbot, demo_path)
    note = next(n for n in project.all("note", bijeenkomst_id=_latest(project).id))
    assert note.title == "Stemmen met stickers"
    out = view.export_pdf(str(tmp_path / "notities.pdf"))
    assert out is not None
    assert normalised(note.text) in _pdf_text(out)
    text = _preview(view)
    assert normalised(note.text) in text


def test_the_minutes_words_follow_the_ui_language(window, qtbot, demo_path):
    """The view passes the UI language (QLocale's default, set by ``i18n.install``) to the
    minutes: Dutch here, English when the UI is English."""
    _project, view = _open(window, qtbot, demo_path)
    assert "donderdag 12 november 2026" in _preview(view)
    assert view.copy_email().startswith(f"Verslag: {SECOND}")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.refresh_preview()
    assert "Thursday November 12, 2026" in _preview(view)
    assert view.copy_email().startswith(f"Minutes: {SECOND}")


# -- 2. a text per agenda item --------------------------------------------------------------


def test_typing_an_agenda_text_and_leaving_the_field_keeps_it_on_the_item(window, qtbot,
                                                                          demo_path):
    """The demo's evenings have a programme: the text hangs on its agenda item, no note."""
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    undo = window.ctx.undo
    assert QA in view.agenda_edits and len(view.agenda_edits) == 9
    assert _item_note(project, evening, QA) == ""
    edit = view.agenda_edits[QA]
    assert edit.toPlainText() == ""
    said = "Vraag over de kosten van een warmtepomp; antwoord: de subsidie dekt een deel."
    depth = undo.count()
    _type_into(qtbot, edit, said)
    assert _item_note(project, evening, QA) == ""  # saved when the field is left, not per key
    _leave(qtbot, edit, view)
    qtbot.waitUntil(lambda: _item_note(project, evening, QA) == said)
    assert not _notes(project, evening, QA)
    assert undo.count() == depth + 1  # one undo step
    assert view.agenda_edits[QA].toPlainText() == said
    _wait_preview(qtbot, view, lambda t: said in t)
    agenda = {a.title: a.text for a in build_minutes(project, evening, figures=False).agenda}
    assert agenda[QA] == said
    undo.undo()
    assert _item_note(project, evening, QA) == ""
    assert view.agenda_edits[QA].toPlainText() == ""
    _wait_preview(qtbot, view, lambda t: said not in t)
    undo.redo()
    assert _item_note(project, evening, QA) == said


def test_save_agenda_text_then_changes_it_as_one_step_each(window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    undo = window.ctx.undo
    title = "Sluiting"
    depth = undo.count()
    assert view.save_agenda_text(title, "  Om 21.45 uur sluit de voorzitter de avond.  ")
    assert _item_note(project, evening, title) == "Om 21.45 uur sluit de voorzitter de avond."
    assert not view.save_agenda_text(title, "Om 21.45 uur sluit de voorzitter de avond.")
    assert view.save_agenda_text(title, "Om 22.00 uur sluit de voorzitter de avond.")
    assert _item_note(project, evening, title) == "Om 22.00 uur sluit de voorzitter de avond."
    assert undo.count() == depth + 2
    _wait_preview(qtbot, view, lambda t: "Om 22.00 uur sluit" in t)
    undo.undo()
    assert _item_note(project, evening, title) == "Om 21.45 uur sluit de voorzitter de avond."
    assert view.agenda_edits[title].toPlainText() == "Om 21.45 uur sluit de voorzitter de avond."
    assert not view.save_agenda_text("Opening en welkom", "   ")  # nothing typed: no change
    assert _item_note(project, evening, "Opening en welkom") == ""
    assert not _notes(project, evening, title)


def test_an_agenda_typed_as_text_keeps_its_texts_as_notes(window, qtbot, demo_path):
    """An older file's evening without a programme: the agenda is its text, and the text of
    an item is a note of the evening named after it."""
    def as_text(p, e):
        for item in p.all("agenda_item", bijeenkomst_id=e):
            p.delete("agenda_item", item.id)

    _seed(demo_path, as_text)
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    assert QA in view.agenda_edits and len(view.agenda_edits) == 9
    assert view.save_agenda_text(QA, "Wie betaalt? De gemeente, deels.")
    assert [n.text for n in _notes(project, evening, QA)] == ["Wie betaalt? De gemeente, deels."]


def test_tab_from_one_agenda_text_to_the_next_keeps_both(window, qtbot, demo_path):
    """Tab saves the first text and goes on to the next agenda item, where typing goes on."""
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    titles = list(view.agenda_edits)
    first, second = titles[0], titles[1]
    _type_into(qtbot, view.agenda_edits[first], "Welkom door de voorzitter.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(_item_note(project, evening, first)))
    qtbot.wait(50)  # let deferred deletions happen
    focus = QApplication.focusWidget()
    assert focus is view.agenda_edits[second], focus
    qtbot.keyClicks(focus, "Het verslag is vastgesteld.")
    _leave(qtbot, focus, view)
    qtbot.waitUntil(lambda: bool(_item_note(project, evening, second)))
    assert _item_note(project, evening, second) == "Het verslag is vastgesteld."
    assert _item_note(project, evening, first) == "Welkom door de voorzitter."


def test_editing_a_text_kept_under_the_items_number_does_not_repeat_it(window, qtbot,
                                                                       demo_path):
    """A note titled "4" holds the text of item 4 (content.py); the field shows it, and what
    the facilitator makes of it replaces it in the minutes instead of being added to it."""
    _seed(demo_path, lambda p, e: p.add("note", bijeenkomst_id=e, title="4",
                                        text="Eerste vraag: wie betaalt?"))
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    edit = view.agenda_edits[QA]
    assert edit.toPlainText() == "Eerste vraag: wie betaalt?"
    _type_into(qtbot, edit, "Eerste vraag: wie betaalt? Antwoord: de gemeente, deels.")
    _leave(qtbot, edit, view)
    agenda = {a.title: a.text for a in build_minutes(project, evening, figures=False).agenda}
    assert agenda[QA] == "Eerste vraag: wie betaalt? Antwoord: de gemeente, deels."


# -- 3. residents, next meeting, attendance -----------------------------------------------


def test_residents_and_next_meeting_are_saved_and_undoable(window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    undo = window.ctx.undo
    assert view.residents.value() == _residents(project, evening) == 42
    depth = undo.count()
    _type_into(qtbot, view.residents, "57")
    qtbot.keyClick(view.residents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _residents(project, evening) == 57)
    assert undo.count() == depth + 1
    assert build_minutes(project, evening, figures=False).residents == 57
    _wait_preview(qtbot, view, lambda t: "Residents present 57" in t)
    undo.undo()
    assert _residents(project, evening) == 42 and view.residents.value() == 42

    when = "Donderdag 11 maart 2027, 19.30 uur, buurthuis De Klaverhof"
    _type_into(qtbot, view.next_meeting, when)
    qtbot.keyClick(view.next_meeting, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: project.get("bijeenkomst", evening).next_meeting == when)
    assert undo.count() == depth + 1  # the undone step is replaced by this one
    _wait_preview(qtbot, view, lambda t: when in t)
    undo.undo()
    assert project.get("bijeenkomst", evening).next_meeting.startswith("Voorjaar 2027")
    assert view.next_meeting.text().startswith("Voorjaar 2027")


def test_residents_without_a_record_get_one(window, qtbot, project):
    path = project.path
    project.close()
    opened, view = _open(window, qtbot, path)
    evening = _latest(opened).id
    assert view.residents.value() == 0
    view.residents.setValue(12)
    view.residents.editingFinished.emit()
    records = [a for a in opened.all("attendance", bijeenkomst_id=evening)]
    assert [(a.group, a.count) for a in records] == [("bewoners", 12)]
    window.ctx.undo.undo()
    assert not opened.all("attendance", bijeenkomst_id=evening)


def test_the_preview_gives_clusters_without_votes_no_rank(window, qtbot, project):
    """Issue 16, point 9: '3. Parkeren — 0' is no third place; it comes after the ranked ones,
    under 'Without votes' (Zonder stemmen)."""
    round_id = project.all("round")[0].id
    for name, votes in (("Parkeren", 0), ("Groen", 4), ("Verkeer", 7)):
        cluster = project.add("cluster", round_id=round_id, name=name)
        project.add("insight", round_id=round_id, text=f"Over {name.lower()}",
                    cluster_id=cluster)
        if votes:
            project.add("vote", round_id=round_id, target_id=cluster, count=votes)
    path = project.path
    project.close()
    _opened, view = _open(window, qtbot, path)
    _wait_preview(qtbot, view, lambda text: "Verkeer" in text)
    text = _preview(view)
    assert "1. Verkeer — 7" in text and "2. Groen — 4" in text
    assert "Without votes: Parkeren Over parkeren" in text
    assert "3. Parkeren" not in text and "Parkeren — 0" not in text


def test_the_residents_field_counts_as_the_minutes_do(window, qtbot, demo_path):
    """A resident who sent apologies is absent with notice, not one of the residents present:
    the field shows the number the minutes show, and saving it sets that number."""
    _seed(demo_path, lambda p, e: p.add("attendance", bijeenkomst_id=e, group="bewoners",
                                        role="bewoner", count=3, absent_with_notice=True))
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    assert build_minutes(project, evening, figures=False).residents == 42
    assert view.residents.value() == 42
    view.residents.setValue(45)
    view.residents.editingFinished.emit()
    assert build_minutes(project, evening, figures=False).residents == 45


def _row(view, organisation: str, role: str) -> int:
    for row in range(view.attendance.rowCount()):
        if (view.attendance.item(row, 0).text(), view.attendance.item(row, 1).text()) == (
                organisation, role):
            return row
    raise AssertionError(f"no row {organisation} / {role}")


def test_editing_the_attendance_table_saves_the_field(window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    undo = window.ctx.undo
    # Professionals by organisation and role, and who sent apologies; not the residents.
    others = [a for a in project.all("attendance", bijeenkomst_id=evening)
              if a.group != "bewoners"]
    assert view.attendance.rowCount() == len(others) == 10
    row = _row(view, "Energiecoöperatie Klaverkracht", "vrijwillige energiecoach")
    record = view.attendance.item(row, 0).data(256)
    assert view.attendance.item(row, 2).text() == "4"
    depth = undo.count()
    view.attendance.item(row, 2).setText("6")
    qtbot.waitUntil(lambda: project.get("attendance", record).count == 6)
    assert undo.count() == depth + 1
    row = _row(view, "Energiecoöperatie Klaverkracht", "vrijwillige energiecoach")
    view.attendance.item(row, 1).setText("energiecoach")
    qtbot.waitUntil(lambda: project.get("attendance", record).role == "energiecoach")
    row = _row(view, "Energiecoöperatie Klaverkracht", "energiecoach")
    view.attendance.item(row, 3).setText("yes")
    qtbot.waitUntil(lambda: project.get("attendance", record).absent_with_notice)
    assert undo.count() == depth + 3
    absent = build_minutes(project, evening, figures=False).absent
    assert ("Energiecoöperatie Klaverkracht", "energiecoach", 6) in [
        (a.organisation, a.role, a.count) for a in absent]
    undo.undo()
    undo.undo()
    undo.undo()
    rec = project.get("attendance", record)
    assert (rec.role, rec.count, rec.absent_with_notice) == (
        "vrijwillige energiecoach", 4, False)
    assert view.attendance.item(
        _row(view, "Energiecoöperatie Klaverkracht", "vrijwillige energiecoach"), 2
    ).text() == "4"


def test_adding_and_removing_a_line_of_attendance(window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    undo = window.ctx.undo
    before = {a.id for a in project.all("attendance", bijeenkomst_id=evening)}
    rows = view.attendance.rowCount()
    qtbot.mouseClick(view.add_row, Qt.MouseButton.LeftButton)
    added = {a.id for a in project.all("attendance", bijeenkomst_id=evening)} - before
    assert len(added) == 1
    new = project.get("attendance", added.pop())
    assert (new.group, new.organisation, new.role, new.count) == (
        "professionals", "Organisation", "", 1)
    assert view.attendance.rowCount() == rows + 1
    row = _row(view, "Organisation", "")
    view.attendance.item(row, 0).setText("Politie Wisselmonde")
    qtbot.waitUntil(lambda: project.get("attendance", new.id).organisation ==
                    "Politie Wisselmonde")
    view.attendance.item(_row(view, "Politie Wisselmonde", ""), 1).setText("wijkagent")
    qtbot.waitUntil(lambda: project.get("attendance", new.id).role == "wijkagent")
    _wait_preview(qtbot, view, lambda t: "Politie Wisselmonde — wijkagent (1)" in t)

    # Remove the chosen line: one undo step, and undo brings it back.
    row = _row(view, "Politie Wisselmonde", "wijkagent")
    view.attendance.setCurrentCell(row, 1)
    depth = undo.count()
    qtbot.mouseClick(view.remove_row, Qt.MouseButton.LeftButton)
    assert project.get("attendance", new.id).deleted
    assert view.attendance.rowCount() == rows
    assert undo.count() == depth + 1
    _wait_preview(qtbot, view, lambda t: "Politie Wisselmonde" not in t)
    undo.undo()
    assert not project.get("attendance", new.id).deleted
    assert view.attendance.rowCount() == rows + 1
    # With no line chosen, Remove removes nothing.
    view.attendance.setCurrentItem(None)
    count = len(project.all("attendance", bijeenkomst_id=evening))
    qtbot.mouseClick(view.remove_row, Qt.MouseButton.LeftButton)
    assert len(project.all("attendance", bijeenkomst_id=evening)) == count


# -- 4. the PDF -----------------------------------------------------------------------------


def test_export_writes_the_pdf_and_offers_to_open_it(window, qtbot, demo_path, tmp_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project)
    target = tmp_path / "v.pdf"
    written = view.export_pdf(str(target))
    assert written == target == view.last_pdf
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert ("offer_open", "Minutes saved", str(target)) in window.interaction.messages
    assert not _messages(window, "error")
    pdf = _Pdf.read(target)
    assert pdf.lang() == "nl-NL"
    pages = len(pdf.pages())
    text = _pdf_text(target)
    assert SECOND in text
    for a in project.all("agreement", bijeenkomst_id=evening.id):
        assert normalised(a.text) in text, a.text
    for a in project.all("action_item", bijeenkomst_id=evening.id):
        assert normalised(a.what) in text, a.what
    for r in project.all("round", bijeenkomst_id=evening.id):
        for i in project.all("insight", round_id=r.id):
            assert normalised(i.text) in text, i.text
    assert "pagina 1 van" in text and f"pagina {pages} van {pages}" in text
    assert "None" not in text
    assert "v.pdf" in _listing(tmp_path)
    assert not [n for n in _listing(tmp_path) if ".tmp" in n]  # no half-written file left


def test_the_button_asks_where_and_completes_the_name(window, qtbot, demo_path, tmp_path):
    project, view = _open(window, qtbot, demo_path)
    assert view.pdf_button.isEnabled()
    window.interaction.answers.append(str(tmp_path / "verslag-november"))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "verslag-november.pdf"
    qtbot.waitUntil(lambda: bool(_messages(window, "offer_open")), timeout=20000)
    asked = _messages(window, "save_file")
    assert len(asked) == 1 and asked[0][2].endswith("demo-verslag.pdf")
    assert _messages(window, "offer_open")[-1][2] == str(out)
    assert view.last_pdf == out and out.read_bytes().startswith(b"%PDF")
    assert SECOND in _pdf_text(out)


def test_an_edit_in_the_view_is_in_the_pdf(window, qtbot, demo_path, tmp_path):
    project, view = _open(window, qtbot, demo_path)
    said = "Bewoners vragen naar de geluidsoverlast van warmtepompen; toelichting volgt."
    assert view.save_agenda_text(QA, said)
    view.next_meeting.setText("Dinsdag 9 maart 2027 in De Klaverhof")
    view.next_meeting.editingFinished.emit()
    out = view.export_pdf(str(tmp_path / "aangevuld.pdf"))
    text = _pdf_text(out)
    assert said in text
    assert "Dinsdag 9 maart 2027 in De Klaverhof" in text


# -- 5. anonymised --------------------------------------------------------------------------


def _seed_resident(p, evening: str) -> None:
    round_id = p.all("round", bijeenkomst_id=evening)[0].id
    p.add("attendance", bijeenkomst_id=evening, group="bewoners", role="bewoner",
          name=RESIDENT, consent=True, count=1)
    action = p.all("action_item", bijeenkomst_id=evening)[0]
    p.update("action_item", action.id, who=RESIDENT)
    p.add("insight", round_id=round_id,
          text=f"{RESIDENT} wil de buurtapp voor de Zwaluwstraat beheren.")


def _has_name(text: str) -> bool:
    return any(re.search(rf"(?<!\w){part}(?!\w)", text, re.IGNORECASE)
               for part in (RESIDENT, *RESIDENT.split()))


def test_the_anonymised_pdf_and_preview_have_no_resident_name(window, qtbot, demo_path,
                                                              tmp_path):
    _seed(demo_path, _seed_resident)
    project, view = _open(window, qtbot, demo_path)
    # Not anonymised, the name is there (else this test would prove nothing).
    assert not view.anonymous.isChecked()
    assert _has_name(_preview(view))
    plain = view.export_pdf(str(tmp_path / "gewoon.pdf"))
    assert _has_name(_pdf_text(plain))

    view.anonymous.setChecked(True)
    preview = _preview(view)
    assert not _has_name(preview), preview
    assert "bewoner wil de buurtapp" in preview.replace("Bewoner", "bewoner")
    window.interaction.answers.append(str(tmp_path / "anoniem.pdf"))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_messages(window, "offer_open")) == 2, timeout=20000)
    assert _messages(window, "save_file")[-1][2].endswith("-verslag-anoniem.pdf")
    anon = tmp_path / "anoniem.pdf"
    assert view.last_pdf == anon
    text = _pdf_text(anon)
    assert not _has_name(text)
    assert "bewoner" in text
    assert "geanonimiseerde versie" in text
    for person in ("Lotte", "Zonnewende", "Mila", "Duinroos"):  # chair and minute-taker
        assert person not in text, person
    assert not _has_name(_Pdf.read(anon).info().get("Title", ""))
    # The project is unchanged: the name is only left out of the minutes.
    evening = _latest(project).id
    assert RESIDENT in [a.name for a in project.all("attendance", bijeenkomst_id=evening)]


# -- 6. e-mail text ---------------------------------------------------------------------------


def test_copy_as_e_mail_text_lists_the_agreements_and_actions(window, qtbot, demo_path):
    project, view = _open(window, qtbot, demo_path)
    evening = _latest(project).id
    QApplication.clipboard().setText("iets anders")
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text.startswith(f"Verslag: {SECOND}")
    for a in project.all("agreement", bijeenkomst_id=evening):
        assert f"{a.number}. {a.text}" in text
    for a in project.all("action_item", bijeenkomst_id=evening):
        assert f"{a.number}. {a.what}" in text
    assert "None" not in text and "<" not in text  # plain text, no HTML
    assert "clipboard" in window.statusBar().currentMessage()
    # Anonymised, the e-mail text is too.
    _seed_resident(project, evening)
    view.anonymous.setChecked(True)
    assert not _has_name(view.copy_email())
    assert not _has_name(QApplication.clipboard().text())


# -- 7. when the PDF cannot be written ------------------------------------------------------


def test_an_unwritable_target_gives_a_message_and_writes_nothing(window, qtbot, project,
                                                                 tmp_path):
    path = project.path
    project.close()
    _opened, view = _open(window, qtbot, path)
    out = tmp_path / "uit"
    out.mkdir()
    (out / "bestand").write_text("geen map", encoding="utf-8")
    targets = [out / "bestaat-niet" / "v.pdf",  # a folder that does not exist
               out / "bestand" / "v.pdf"]  # a file where a folder should be
    for n, target in enumerate(targets, start=1):
        assert view.export_pdf(str(target)) is None
        errors = _messages(window, "error")
        assert len(errors) == n and errors[-1][1] == "Not saved"
        assert str(target) in errors[-1][2] and "Could not write" in errors[-1][2]
        assert not target.exists()
    assert not _messages(window, "offer_open") and view.last_pdf is None
    assert _listing(out) == ["bestand"]
    # Over the project file itself: refused, the project unchanged.
    digest = sha256(path)
    assert view.export_pdf(str(path)) is None
    assert len(_messages(window, "error")) == 3
    assert "project file itself" in _messages(window, "error")[-1][2]
    assert sha256(path) == digest


def test_a_full_disk_gives_a_message_and_leaves_no_half_written_pdf(window, qtbot, project,
                                                                    tmp_path, monkeypatch):
    from wijkdesk.minutes import pdf as pdf_module

    path = project.path
    project.close()
    _opened, view = _open(window, qtbot, path)
    out = tmp_path / "uit"
    out.mkdir()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf_module.os, "fsync", full)
    assert view.export_pdf(str(out / "vol.pdf")) is None
    errors = _messages(window, "error")
    assert len(errors) == 1 and os.strerror(errno.ENOSPC) in errors[0][2]
    assert _listing(out) == []
    assert not _messages(window, "offer_open") and view.last_pdf is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="a read-only folder is writable for root")
def test_a_read_only_folder_gives_a_message_and_writes_nothing(window, qtbot, project,
                                                               tmp_path):
    path = project.path
    project.close()
    _opened, view = _open(window, qtbot, path)
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert view.export_pdf(str(folder / "v.pdf")) is None
        assert _messages(window, "error")
        assert _listing(folder) == []
    finally:
        folder.chmod(0o755)


def test_a_cancelled_save_dialog_writes_nothing(window, qtbot, project, tmp_path):
    path = project.path
    project.close()
    _opened, view = _open(window, qtbot, path)
    assert not window.interaction.answers
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert view.export_pdf() is None
    assert len(_messages(window, "save_file")) == 2
    assert not _messages(window, "offer_open") and not _messages(window, "error")
    assert view.last_pdf is None
    assert not [p for p in tmp_path.rglob("*") if p.suffix == ".pdf" or ".tmp" in p.name]


def test_cancelling_the_progress_leaves_no_file(window, qtbot, demo_path, tmp_path):
    _project, view = _open(window, qtbot, demo_path)
    out = tmp_path / "uit"
    out.mkdir()

    def cancel() -> None:
        for dialog in view.findChildren(QProgressDialog):
            dialog.cancel()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(cancel)
    poll.start()
    try:
        assert view.export_pdf(str(out / "afgebroken.pdf")) is None
    finally:
        poll.stop()
    assert "Cancelled" in window.statusBar().currentMessage()
    # The worker stops on its own and leaves nothing behind.
    qtbot.waitUntil(lambda: not any(t.name == "wijkdesk-background"
                                    for t in threading.enumerate()), timeout=20000)
    assert _listing(out) == []
    assert not _messages(window, "offer_open") and not _messages(window, "error")


# -- 8. nothing to make minutes of ----------------------------------------------------------


def _buttons(view):
    return (view.pdf_button, view.mail_button, view.add_row, view.remove_row, view.anonymous,
            view.residents, view.next_meeting, view.attendance)


def test_without_a_project_or_an_evening_the_buttons_are_disabled(window, qtbot, tmp_path):
    view = window.minutes_view
    assert window.ctx.project is None
    window.pages.setCurrentIndex(1)
    window.nav.setCurrentRow(MINUTES_VIEW)
    qtbot.waitUntil(view.isVisible)
    assert view.current_evening() is None
    assert not any(w.isEnabled() for w in _buttons(view))
    assert view.preview.toPlainText() == "" and not view.agenda_edits
    assert view.export_pdf(str(tmp_path / "niets.pdf")) is None
    assert view.copy_email() == ""

    empty = tmp_path / "leeg.wijkdesk"
    Project.create(empty, "Lege wijk", device=DEVICE_A).close()
    assert window.open_path(str(empty))
    window.nav.setCurrentRow(MINUTES_VIEW)
    qtbot.waitUntil(view.isVisible)
    assert view.evening.count() == 0 and view.current_evening() is None
    assert not any(w.isEnabled() for w in _buttons(view))
    assert view.preview.toPlainText() == "" and not view.agenda_edits
    assert view.export_pdf(str(tmp_path / "niets.pdf")) is None
    assert not view.save_agenda_text("Opening", "tekst")
    assert not (tmp_path / "niets.pdf").exists()
    assert not window.interaction.messages

    # An evening added: the buttons come to life; the project closed: disabled again.
    opened = window.ctx.project
    opened.add("bijeenkomst", title="Startavond", date="2027-01-14")
    qtbot.waitUntil(lambda: view.current_evening() is not None)
    assert all(w.isEnabled() for w in _buttons(view))
    assert "Startavond" in _preview(view)
    window.close_project()
    assert view.current_evening() is None
    assert not any(w.isEnabled() for w in _buttons(view))


def test_the_sender_and_logo_go_on_the_minutes_and_a_bad_logo_is_refused(
        window, qtbot, demo_path, tmp_path):
    """Sender and logo…: the settings dialog on its Minutes page; kept in the settings,
    printed on the PDF; a file that is no picture is refused with a message and the settings
    stay as they were."""
    from PySide6.QtGui import QColor, QImage

    from wijkdesk.ui.settings_dialog import SettingsDialog

    _project, view = _open(window, qtbot, demo_path)
    view.sender_button.click()
    dialog = window.interaction.dialogs[-1]
    assert isinstance(dialog, SettingsDialog) and dialog.current_page() == "minutes"
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_bytes(b"this is no picture at all")
    dialog.editors["minutes/organisation"].widget.setText("Dienst Wijkaanpak Testdorp")
    dialog.logo_path.setText(str(not_a_picture))
    dialog.accept()
    assert window.interaction.messages[-1][0] == "error"
    assert dialog.result() != dialog.DialogCode.Accepted  # stays open, nothing kept
    assert view.sender() == ("", "")
    dialog.reject()

    logo = tmp_path / "wapen.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fbf"))
    assert image.save(str(logo))
    plain = view.export_pdf(str(tmp_path / "zonder-afzender.pdf"))
    dialog = view.edit_sender()
    dialog.editors["minutes/organisation"].widget.setText("  Dienst Wijkaanpak Testdorp  ")
    window.interaction.answers.append(str(logo))
    dialog.choose_logo.click()  # Choose…: the file dialog
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.sender() == ("Dienst Wijkaanpak Testdorp", str(logo))
    written = view.export_pdf(str(tmp_path / "met-afzender.pdf"))
    assert written is not None and plain is not None
    assert "Dienst Wijkaanpak Testdorp" in _pdf_text(written)
    assert "Dienst Wijkaanpak Testdorp" not in _pdf_text(plain)
    images = [p.read_bytes().count(b"/Subtype /Image") for p in (plain, written)]
    assert images[1] == images[0] + 1  # the logo, besides the map and the timeline

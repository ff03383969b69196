"""Wissen (AVG) in the window: from a party, a line of attendance, a note and the Edit menu,
a dialog previews every text that mentions the name (all ticked), explains that erasing is for
good, and erases; the file's bytes no longer hold the name, and nothing on the undo stack can
bring it back. The merge preview lists the erasures a file brings and waits for a tick."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import DEVICE_B
from tests.util import open_in_window
from wijkdesk.model import Project
from wijkdesk.ui.commands import UpdateRecord
from wijkdesk.ui.erase_dialog import EraseDialog

NAME = "Gerrit Özdemir"
SURNAME = "Özdemir"


@pytest.fixture
def people(project) -> dict[str, str]:
    """A party with a contact, a line of attendance, and notes that mention the contact."""
    evening = project.all("bijeenkomst")[0].id
    rnd = project.all("round")[0].id
    ids = {
        "evening": evening,
        "party": project.add("stakeholder", name="Buurtpreventie", contact_name=NAME,
                             contact_consent=True),
        "person": project.add("attendance", bijeenkomst_id=evening, group="professionals",
                              organisation="Politie", role="wijkagent", count=1),
        "note": project.add("insight", round_id=rnd, text=f"{NAME} regelt de buurtapp"),
        "other": project.add("insight", round_id=rnd, text=f"Vraag {SURNAME} om de sleutel"),
        "plain": project.add("insight", round_id=rnd, text="Meer licht in het park"),
    }
    project.add("agreement", bijeenkomst_id=evening, text=f"{SURNAME} belt de gemeente")
    return ids


def _menu_action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def _lines(dialog: EraseDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def _ticked(dialog: EraseDialog) -> list[bool]:
    return [dialog.list.item(i).checkState() == Qt.CheckState.Checked
            for i in range(dialog.list.count())]


def _with_undo_step(window, opened, ids) -> None:
    """An edit on the undo stack whose undo would bring a text with the name back."""
    window.run_command(UpdateRecord(opened, "Edit", "insight", ids["note"],
                                    {"text": f"{NAME} regelt de buurtapp en de flyers"}))
    assert window.undo_action.isEnabled()


def _closed_bytes(window, path: Path) -> bytes:
    window.ctx.bridge.set_project(None)
    return path.read_bytes()


def test_erase_a_party_from_its_menu(window, project, people, qtbot):
    path = project.path
    opened = open_in_window(window, project)
    _with_undo_step(window, opened, people)
    window.nav.setCurrentRow(1)
    view = window.stakeholder_view
    view.ensure_built()
    _menu_action(view.node_menu(people["party"]), "&Erase (AVG)…").trigger()
    dialog = window.interaction.dialogs[-1]
    assert isinstance(dialog, EraseDialog) and view.dialog is dialog
    assert dialog.windowTitle() == "Erase (AVG)"
    assert "stakeholder “Buurtpreventie”" in dialog.what.text()
    assert dialog.names.text() == NAME
    assert _lines(dialog) == [f"insight “{NAME} regelt de buurtapp en de flyers” — text: "
                              f"{NAME} regelt de buurtapp en de flyers"]
    assert _ticked(dialog) == [True]
    warning = dialog.findChild(type(dialog.what), "eraseWarning").text()
    assert "for good" in warning and "cannot be undone" in warning
    # the surname alone is in two more texts: search for it as well
    dialog.names.setText(f"{NAME}; {SURNAME}")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)  # Enter searches, it never erases
    assert dialog.isVisible() and dialog.result is None
    lines = _lines(dialog)
    assert len(lines) == 3 and _ticked(dialog) == [True] * 3
    assert any(line.startswith("agreement “Özdemir belt de gemeente” — text: ")
               for line in lines)
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert dialog.result is not None and len(dialog.result.redacted) == 3
    assert opened.get("stakeholder", people["party"]).deleted
    assert opened.get("insight", people["note"]).text == "[erased] regelt de buurtapp en de flyers"
    assert opened.get("insight", people["other"]).text == "Vraag [erased] om de sleutel"
    assert not window.undo_action.isEnabled()  # nothing to undo that brings the name back
    assert view.people.count() == 0
    data = _closed_bytes(window, path)
    assert SURNAME.encode() not in data and b"Gerrit" not in data


def test_unticked_texts_stay_as_they_are(window, project, people):
    opened = open_in_window(window, project)
    dialog = EraseDialog(window.ctx, names=[SURNAME])
    assert dialog.record is None and not dialog.what.isVisible()
    assert len(_lines(dialog)) == 4
    for i in range(dialog.list.count()):
        if "agreement" in dialog.list.item(i).text():
            dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.erase()
    assert opened.all("agreement")[0].text == f"{SURNAME} belt de gemeente"
    assert opened.get("stakeholder", people["party"]).contact_name == "Gerrit [erased]"
    # with nothing ticked and no record, there is nothing to erase
    again = EraseDialog(window.ctx, names=[SURNAME])
    for i in range(again.list.count()):
        again.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not again.erase_button.isEnabled()


def test_erase_a_person_from_the_attendance(window, project, people, qtbot):
    path = project.path
    open_in_window(window, project)
    window.nav.setCurrentRow(4)
    minutes = window.minutes_view
    minutes.ensure_built()
    qtbot.waitUntil(lambda: minutes.attendance.rowCount() == 1)
    assert minutes.attendance.item(0, 1).text() == "wijkagent"
    _menu_action(minutes.attendance_menu(people["person"]), "&Erase (AVG)…").trigger()
    dialog = minutes.dialog
    assert dialog is window.interaction.dialogs[-1]
    assert "attendance “wijkagent”" in dialog.what.text()
    assert dialog.names.text() == "" and _lines(dialog) == []
    assert dialog.found_label.text() == "Type a name to find the texts that mention it."
    assert dialog.erase_button.isEnabled()  # the line itself
    dialog.names.setText("x")
    dialog.search_button.click()
    assert dialog.found_label.text() == "Give a name of at least two letters to search for."
    dialog.names.setText(NAME)
    dialog.search_button.click()
    assert len(_lines(dialog)) == 2  # the party's contact and the first note
    dialog.erase_button.click()
    project = window.ctx.project
    assert project.get("attendance", people["person"]).deleted
    assert project.get("attendance", people["person"]).role == ""
    assert minutes.attendance.rowCount() == 0
    data = _closed_bytes(window, path)
    assert b"wijkagent" not in data and b"Gerrit" not in data


def test_erase_a_note_from_its_menu(window, project, people):
    path = project.path
    opened = open_in_window(window, project)
    view = window.bijeenkomst_view
    _menu_action(view.insight_menu(people["plain"]), "&Erase (AVG)…").trigger()
    dialog = window.interaction.dialogs[-1]
    assert "insight “Meer licht in het park”" in dialog.what.text()
    assert _lines(dialog) == [] and dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert opened.get("insight", people["plain"]).deleted
    assert view.insights.count() == 2
    assert b"Meer licht" not in _closed_bytes(window, path)


def test_the_edit_menu_erases_the_chosen_note_or_a_name(window, project, people):
    opened = open_in_window(window, project)
    window.nav.setCurrentRow(0)
    view = window.bijeenkomst_view
    view.insights.setCurrentRow(-1)
    view.insights.clearSelection()
    window.erase_action.trigger()
    dialog = window.interaction.dialogs[-1]
    assert dialog.record is None and not dialog.erase_button.isEnabled()
    dialog.reject()
    item = next(view.insights.item(i) for i in range(view.insights.count())
                if "Vraag" in view.insights.item(i).text())
    view.insights.setCurrentItem(item)
    window.erase_action.trigger()
    dialog = window.interaction.dialogs[-1]
    assert dialog.record == ("insight", people["other"])
    dialog.erase_button.click()
    assert opened.get("insight", people["other"]).deleted
    window.ctx.bridge.set_project(None)
    assert not window.erase_action.isEnabled()


def _source_with_erasure(tmp_path, project, people) -> Path:
    """A copy of the project in which the party was erased on another laptop."""
    source = tmp_path / "laptop.wijkdesk"
    project.save_copy(source)
    from wijkdesk.model import erasure

    with Project.open(source, device=DEVICE_B) as other:
        mentions = erasure.find_mentions(other, [NAME], exclude=("stakeholder", people["party"]))
        erasure.erase(other, [NAME], [(m.kind, m.id, m.field) for m in mentions],
                      record=("stakeholder", people["party"]))
    return source


def test_the_merge_preview_lists_erasures_and_waits_for_a_tick(window, project, people,
                                                               tmp_path):
    from wijkdesk.ui.merge_dialogs import MergePreviewDialog

    source = _source_with_erasure(tmp_path, project, people)
    path = project.path
    opened = open_in_window(window, project)
    preview = opened.preview_merge(opened.prepare_merge([source]))
    dialog = MergePreviewDialog(preview, [str(source)])
    lines = [dialog.erasures.item(i).text() for i in range(dialog.erasures.count())]
    assert lines == ["stakeholder: erased completely",
                     "insight, text: a name taken out (“[gewist] regelt de buurtapp”)"]
    assert not dialog.merge_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.merge_button.isEnabled()
    # a preview without erasures asks nothing more
    same = opened.save_copy(tmp_path / "zelfde.wijkdesk")
    plain = MergePreviewDialog(opened.preview_merge(opened.prepare_merge([same])), ["x"])
    assert plain.merge_button.isEnabled() and plain.understood.isHidden()

    # merged in the window: the erasure is in, and it cannot be undone
    _with_undo_step(window, opened, people)
    window.interaction.answers += [[str(source)], True]
    window.merge_action.trigger()
    assert len(window.interaction.reviewed.erasures) == 2
    assert opened.get("stakeholder", people["party"]).deleted
    assert not window.undo_action.isEnabled()
    assert b"Gerrit" not in _closed_bytes(window, path)


@pytest.fixture
def in_dutch(qapp):
    from wijkdesk import i18n

    translator = i18n.install(qapp, "nl")
    assert translator is not None
    yield
    i18n.uninstall(qapp, translator)


def test_the_dialogs_speak_dutch(in_dutch, project, people, tmp_path, settings):
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.merge_dialogs import MergePreviewDialog

    source = _source_with_erasure(tmp_path, project, people)
    project.update("insight", people["other"], text="Vraag de buren om de sleutel")
    ctx = AppContext(settings)
    ctx.bridge.set_project(project)
    try:
        dialog = EraseDialog(ctx, "stakeholder", people["party"], names=[SURNAME])
        assert dialog.windowTitle() == "Wissen (AVG)"
        assert dialog.what.text() == "Dit wist belanghebbende “Buurtpreventie” helemaal, met " \
                                     "alle tekst erin."
        assert dialog.erase_button.text() == "&Wissen"
        assert dialog.found_label.text().startswith("3 teksten noemen de naam.")
        assert _lines(dialog)[1] == ("inzicht “Vraag de buren om de sleutel” — tekst: Vraag "
                                     f"{SURNAME} om de sleutel (een eerdere versie)")
        warning = dialog.findChild(type(dialog.what), "eraseWarning").text()
        assert warning.startswith("Wissen haalt deze tekst voorgoed uit het bestand")
        assert "“[gewist]”" in warning
        preview = MergePreviewDialog(project.preview_merge(project.prepare_merge([source])),
                                     [str(source)])
        assert preview.understood.text() == "Ik begrijp dat deze gegevens definitief worden " \
                                            "gewist"
        assert preview.erasures.item(0).text() == "belanghebbende: helemaal gewist"
        labels = [w.text() for w in preview.findChildren(type(dialog.what))]
        assert any(t.startswith("Deze bestanden brengen 2 wissingen van persoonsgegevens")
                   for t in labels)
    finally:
        ctx.bridge.set_project(None)

"""The settings (issue 9, point 5): each declared once, a store that never fails on a bad stored
value, per-project settings kept by the project's id, the one dialog built from the
declarations, and what the settings reach: new evenings, the tables, the timer, the minutes.
Also the dates in the language's format (point 4)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTableWidget,
)

from tests.conftest import DEVICE_A
from tests.util import open_in_window
from wijkdesk import i18n
from wijkdesk import settings as store
from wijkdesk.model import Project
from wijkdesk.ui.palette import TABLE_COLOURS, table_colour

# A valid value other than the default, for every setting.
OTHER = {
    "evening/tables": 6,
    "evening/dots": 5,
    "tables/names": ["Groen", "", "Verkeer"],
    "tables/colours": ["#123456", "", "#00aa00"],
    "timer/minutes": 25,
    "timer/sound": True,
    "display/theme": "beamer",
    "display/font_scale": 1.3,
    "language": "en",
    "minutes/organisation": "Dienst Wijkaanpak Testdorp",
    "minutes/logo": "/tmp/wapen.png",
}


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _pid(project) -> str:
    return str(project.info().id)


class DictSettings:
    """A settings store that keeps native Python types (as a macOS plist does)."""

    def __init__(self, values: dict | None = None) -> None:
        self.data = dict(values or {})

    def value(self, key, default=None):
        return self.data.get(key, default)

    def setValue(self, key, value):
        self.data[key] = value

    def remove(self, key):
        self.data.pop(key, None)

    def contains(self, key):
        return key in self.data


# -- the declarations ---------------------------------------------------------------------


def test_every_setting_is_declared_once_with_a_valid_default():
    keys = [s.key for s in store.SETTINGS]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(OTHER)  # this test names a value for each
    groups = [g for g, _title in store.GROUPS]
    for s in store.SETTINGS:
        assert s.scope in (store.LAPTOP, store.PROJECT), s.key
        assert s.group in groups, s.key
        assert s.type in (int, float, bool, str, list), s.key
        assert s.label, s.key
        assert store.validate(s.key, s.default) == store.default(s.key), s.key
        if s.choices:
            assert s.default in s.choices and len(s.choice_labels) == len(s.choices)
        if s.type in (int, float):
            assert s.min <= s.default <= s.max, s.key
        assert store.validate(s.key, OTHER[s.key]) != store.default(s.key), s.key
    assert all(any(s.group == g for s in store.SETTINGS) for g in groups)  # no empty page


def test_the_declarations_agree_with_the_rest_of_the_app():
    from wijkdesk.model.kinds import KINDS
    from wijkdesk.ui.round_timer import DEFAULT_MINUTES

    fields = {f.name: f for f in KINDS["bijeenkomst"].fields}
    for key, name in (("evening/tables", "tables"), ("evening/dots", "dots")):
        s = store.setting(key)
        assert (s.default, s.min, s.max) == (fields[name].default, fields[name].minimum,
                                             fields[name].maximum)
    assert store.setting("language").choices == i18n.LANGUAGES
    assert store.default("language") == i18n.DEFAULT_LANGUAGE
    assert store.default("timer/minutes") == DEFAULT_MINUTES
    # the keys older versions wrote are kept, so what they stored survives
    for key in ("timer/minutes", "timer/sound", "language", "minutes/organisation",
                "minutes/logo"):
        assert store.setting(key).scope == store.LAPTOP
        assert store.stored_key(key) == key
    for key in ("tables/names", "tables/colours", "display/font_scale"):
        assert store.setting(key).scope == store.PROJECT
    font = store.setting("display/font_scale")
    assert (font.min, font.max, font.step) == (0.8, 2.0, 0.1)


# -- the store ----------------------------------------------------------------------------


def test_every_setting_survives_a_round_trip_through_an_ini_file(tmp_path):
    settings = _ini(tmp_path / "s.ini")
    assert store.values(settings, "p-1") == {s.key: store.default(s.key) for s in store.SETTINGS}
    for key, value in OTHER.items():
        assert store.set(settings, key, value, "p-1")
        assert not store.set(settings, key, value, "p-1")  # the same again: no change
    settings.sync()
    again = _ini(tmp_path / "s.ini")  # the file read anew: every value a string in it
    expected = {**OTHER, "tables/names": ["Groen", "", "Verkeer"]}
    assert store.values(again, "p-1") == expected
    assert isinstance(store.get(again, "evening/tables"), int)
    assert store.get(again, "timer/sound") is True
    assert store.get(again, "display/font_scale", "p-1") == pytest.approx(1.3)
    # back to the default: the key is gone, so a later default applies
    for key in OTHER:
        assert store.reset(again, key, "p-1")
        assert store.get(again, key, "p-1") == store.default(key)
    assert again.allKeys() == []


def test_what_the_round_timer_wrote_before_is_read():
    old = DictSettings({"timer/sound": "true", "timer/minutes": "30", "language": "en"})
    assert store.get(old, "timer/sound") is True
    assert store.get(old, "timer/minutes") == 30
    assert store.get(old, "language") == "en"
    store.set(old, "timer/sound", True)
    assert old.data["timer/sound"] == "true"  # still as the timer reads and wrote it


@pytest.mark.parametrize(("key", "bad"), [
    ("evening/tables", "veel"), ("evening/tables", 0), ("evening/tables", 41),
    ("evening/tables", "3.5"), ("evening/tables", True), ("evening/tables", [1, 2]),
    ("evening/dots", -1), ("evening/dots", None), ("timer/minutes", 10_000),
    ("timer/sound", "misschien"), ("timer/sound", 7), ("display/theme", "neon"),
    ("display/theme", 3), ("display/font_scale", "groot"), ("display/font_scale", 5),
    ("display/font_scale", float("nan")), ("display/font_scale", 0.1),
    ("language", "de"), ("language", ["nl"]), ("minutes/organisation", {"a": 1}),
    ("tables/names", 12), ("tables/colours", {"x": 1}),
])
def test_a_bad_stored_value_reads_as_the_default(key, bad):
    settings = DictSettings({store.stored_key(key, "p-1"): bad})
    assert store.get(settings, key, "p-1") == store.default(key)
    with pytest.raises(ValueError):
        store.set(settings, key, bad, "p-1")  # and it is never written
    assert settings.data == {store.stored_key(key, "p-1"): bad}


def test_bad_entries_in_a_list_fall_back_one_by_one(tmp_path):
    settings = _ini(tmp_path / "s.ini")
    where = store.stored_key("tables/colours", "p-1")
    settings.setValue(where, ["#zzz", "#00FF00", 5, "", "red"])
    assert store.get(settings, "tables/colours", "p-1") == ["", "#00ff00"]
    assert store.table_colours(settings, "p-1", 3) == [table_colour(1), "#00ff00",
                                                       table_colour(3)]
    settings.setValue(where, "#abcdef")  # a list of one comes back as its string
    assert store.get(settings, "tables/colours", "p-1") == ["#abcdef"]
    names = store.stored_key("tables/names", "p-1")
    settings.setValue(names, ["x" * 41, "  Groen  "] + ["n"] * 50)
    assert store.get(settings, "tables/names", "p-1")[:2] == ["", "Groen"]
    assert len(store.get(settings, "tables/names", "p-1")) == store.MAX_TABLES


def test_table_names_colours_and_the_palette_hook(tmp_path):
    settings = _ini(tmp_path / "s.ini")
    assert store.palette_overrides(settings, "p-1") == {}
    assert store.table_colours(settings, "p-1", 9) == [table_colour(n) for n in range(1, 10)]
    store.set(settings, "tables/colours", ["", "#123456", TABLE_COLOURS[2]], "p-1")
    assert store.palette_overrides(settings, "p-1") == {2: "#123456"}  # only real changes
    assert store.palette_overrides(settings, "p-2") == {}
    assert store.palette_overrides(settings, None) == {}
    store.set(settings, "tables/names", ["", "Groen"], "p-1")
    assert store.table_names(settings, "p-1", 3, lambda n: f"Tafel {n}") == [
        "Tafel 1", "Groen", "Tafel 3"]
    assert store.table_name(settings, "p-1", 2, lambda n: f"Tafel {n}") == "Groen"


def test_project_settings_are_kept_by_the_projects_id_not_its_path(tmp_path):
    settings = _ini(tmp_path / "s.ini")
    first = Project.create(tmp_path / "een.wijkdesk", "Een", device=DEVICE_A)
    second = Project.create(tmp_path / "twee.wijkdesk", "Twee", device=DEVICE_A)
    a, b = _pid(first), _pid(second)
    assert a != b
    store.set(settings, "display/font_scale", 1.5, a)
    store.set(settings, "tables/names", ["Groen"], a)
    assert store.get(settings, "display/font_scale", a) == 1.5
    assert store.get(settings, "display/font_scale", b) == 1.0  # the other project: its own
    assert store.get(settings, "tables/names", b) == []
    assert store.get(settings, "display/font_scale") == 1.0  # no project: the default
    with pytest.raises(ValueError):
        store.set(settings, "display/font_scale", 1.2)  # per project needs a project
    # moved and renamed: the same project, the same settings
    table_copy = first.save_copy(tmp_path / "tafel2.wijkdesk", table=2)
    first.close()
    second.close()
    moved = tmp_path / "elders" / "hernoemd.wijkdesk"
    moved.parent.mkdir()
    shutil.move(tmp_path / "een.wijkdesk", moved)
    for path in (moved, table_copy):
        with Project.open(path, device=DEVICE_A) as reopened:
            assert store.get(settings, "display/font_scale", _pid(reopened)) == 1.5
            assert store.get(settings, "tables/names", _pid(reopened)) == ["Groen"]


# -- the dialog ---------------------------------------------------------------------------


def _dialog(window):
    from wijkdesk.ui.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    dialog = window.interaction.dialogs[-1]
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_the_edit_menu_opens_the_settings(window):
    from wijkdesk.ui.settings_dialog import SettingsDialog

    edit = window.menuBar().actions()[1].menu()
    assert window.settings_action in edit.actions()
    assert window.settings_action.text() == "&Settings…"
    assert QKeySequence("Ctrl+,") in window.settings_action.shortcuts()
    window.settings_action.trigger()
    assert isinstance(window.interaction.dialogs[-1], SettingsDialog)


def test_the_dialog_shows_every_declared_setting_with_a_name(window, project):
    open_in_window(window, project)
    dialog = _dialog(window)
    assert set(dialog.editors) == {s.key for s in store.SETTINGS}
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "Evening", "Tables", "Timer", "Display", "Language", "Minutes"]
    for key, editor in dialog.editors.items():
        widget = editor.widget
        assert dialog.isAncestorOf(widget), key
        assert widget.accessibleName(), key
        assert widget.isEnabled(), key
    # every control a screen reader meets says what it is for
    controls = [w for cls in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                              QTableWidget) for w in dialog.findChildren(cls)]
    for control in controls:
        if isinstance(control.parent(), QAbstractSpinBox | QComboBox) or \
                control.objectName().startswith("qt_"):
            continue  # the inner line edit of a spin box or combo box
        spoken = control.accessibleName() or (isinstance(control, QAbstractButton)
                                               and control.text().replace("&", ""))
        assert spoken, (type(control).__name__, control.objectName())
    assert dialog.editors["language"].widget.accessibleName() == "Language"
    assert dialog.tables.colour_button(1).accessibleName().startswith("Colour of table 1: ")


def test_without_a_project_the_project_settings_wait_for_one(window):
    dialog = _dialog(window)
    assert not dialog.tables.isEnabled()
    assert not dialog.editors["display/font_scale"].widget.isEnabled()
    assert dialog.editors["evening/tables"].widget.isEnabled()
    dialog.editors["evening/tables"].set_value(7)
    dialog.accept()
    assert store.get(window.ctx.settings, "evening/tables") == 7


def test_ok_saves_cancel_does_not_and_restore_defaults(window, project, qtbot):
    opened = open_in_window(window, project)
    ctx = window.ctx
    heard: list[list[str]] = []
    ctx.settings_events.settingsChanged.connect(heard.append)
    before = store.values(ctx.settings, _pid(opened))

    dialog = _dialog(window)
    dialog.editors["timer/minutes"].set_value(35)
    dialog.editors["display/theme"].set_value("beamer")
    dialog.reject()
    assert store.values(ctx.settings, _pid(opened)) == before
    assert heard == []

    dialog = _dialog(window)
    assert dialog.editors["timer/minutes"].value() == 20  # Cancel kept nothing
    dialog.editors["timer/minutes"].set_value(35)
    dialog.editors["timer/sound"].set_value(True)
    dialog.editors["display/theme"].set_value("beamer")
    dialog.editors["display/font_scale"].set_value(1.4)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.get(ctx.settings, "timer/minutes") == 35
    assert store.get(ctx.settings, "display/theme") == "beamer"
    assert store.get(ctx.settings, "display/font_scale", _pid(opened)) == 1.4
    assert ctx.setting("display/font_scale") == 1.4
    assert sorted(heard[-1]) == ["display/font_scale", "display/theme", "timer/minutes",
                                 "timer/sound"]
    # the round timer follows
    assert window.timer_panel.minutes.value() == 35
    assert window.timer_panel.sound.isChecked()

    dialog = _dialog(window)
    assert dialog.editors["timer/minutes"].value() == 35
    dialog.restore_defaults()
    assert dialog.values() == {s.key: store.default(s.key) for s in store.SETTINGS}
    assert store.get(ctx.settings, "timer/minutes") == 35  # not before OK
    dialog.accept()
    assert store.values(ctx.settings, _pid(opened)) == before
    assert window.timer_panel.minutes.value() == 20


def test_table_names_and_colours_are_edited_in_one_list(window, project, qtbot):
    opened = open_in_window(window, project)
    dialog = _dialog(window)
    dialog.open_page("tables")
    tables = dialog.tables
    assert tables.table.rowCount() == 3  # the evening's tables
    dialog.editors["evening/tables"].set_value(5)
    assert tables.table.rowCount() == 5
    assert tables.table.item(1, 1).text() == "Table 2"
    tables.table.item(1, 1).setText("  Groen  ")
    asked = []
    tables.choose_colour = lambda current, title: asked.append((current, title)) or "#123456"
    tables.colour_button(2).click()
    assert asked == [(table_colour(2), "Colour of table 2")]
    button = tables.colour_button(2)
    assert button.text() == "blue (#123456)"  # the colour in words beside the swatch
    assert "#123456" in button.accessibleName()
    tables.table.setCurrentCell(3, 1)
    tables.choose_colour = lambda current, title: "#1e8449"
    tables.colour_button_selected.click()  # the keyboard's way: the selected table
    assert tables.colour_button(4).text() == "green (#1e8449)"
    dialog.accept()
    pid = _pid(opened)
    assert store.get(window.ctx.settings, "tables/names", pid) == ["", "Groen"]
    assert store.get(window.ctx.settings, "tables/colours", pid) == ["", "#123456", "",
                                                                     "#1e8449"]
    assert store.palette_overrides(window.ctx.settings, pid) == {2: "#123456", 4: "#1e8449"}
    view = window.bijeenkomst_view
    assert [view.table_combo.itemText(i) for i in range(3)] == ["Table 1", "Groen", "Table 3"]
    swatch = view.table_combo.itemIcon(1).pixmap(14, 14).toImage().pixelColor(7, 7).name()
    assert swatch == "#123456"
    view.table_combo.setCurrentIndex(1)
    view.entry.setText("Een bankje bij de bushalte")
    view.add_insight_from_entry()
    assert view.insights.item(view.insights.count() - 1).text() == (
        "Groen: Een bankje bij de bushalte")
    # an emptied name is the default one again
    dialog = _dialog(window)
    dialog.tables.table.item(1, 1).setText("")
    assert dialog.tables.table.item(1, 1).text() == "Table 2"
    dialog.accept()
    assert store.get(window.ctx.settings, "tables/names", pid) == []


def test_colour_names():
    from wijkdesk.ui.settings_dialog import colour_name

    shown = ("#1f5fbf", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#823400", "#117a8b",
             "#7d6608", "#5d6d7e", "#f1c40f", "#d63384")
    assert [colour_name(c).split(" ")[0] for c in shown] == [
        "blue", "red", "green", "purple", "orange", "brown", "teal", "olive", "grey", "yellow",
        "pink"]
    assert all(colour_name(c).endswith(f"({c})") for c in TABLE_COLOURS)
    assert colour_name("#000000") == "black (#000000)"
    assert colour_name("#ffffff") == "white (#ffffff)"


def test_a_new_language_says_it_follows_on_restart(window):
    dialog = _dialog(window)
    dialog.open_page("language")
    assert not dialog.language_note.isHidden()
    other = "en" if i18n.ui_language() == "nl" else "nl"
    dialog.editors["language"].set_value(other)
    dialog.accept()
    assert store.get(window.ctx.settings, "language") == other
    assert window.interaction.messages[-1][:2] == ("information", "Language")
    assert "restart" in window.interaction.messages[-1][2]


def test_new_evenings_take_the_default_tables_and_dots(window, project, tmp_path):
    opened = open_in_window(window, project)
    window.ctx.set_settings({"evening/tables": 6, "evening/dots": 5})
    view = window.bijeenkomst_view
    view.add_evening().accept()  # how it starts: the dialog's choice
    newest = opened.get("bijeenkomst", view.current_evening())
    assert (newest.tables, newest.dots) == (6, 5)
    assert view.table_combo.count() == 6
    window.interaction.answers.append(str(tmp_path / "nieuw"))
    window.new_project()
    first = window.ctx.project.all("bijeenkomst")
    assert [(e.tables, e.dots) for e in first] == [(6, 5)]


def test_a_corrupt_settings_file_still_opens_the_dialog(window, project):
    opened = open_in_window(window, project)
    settings = window.ctx.settings
    settings.setValue("evening/tables", "heel veel")
    settings.setValue("display/theme", "neon")
    settings.setValue(store.stored_key("display/font_scale", _pid(opened)), "groot")
    settings.setValue(store.stored_key("tables/colours", _pid(opened)), ["#zz"])
    dialog = _dialog(window)
    assert dialog.editors["evening/tables"].value() == 3
    assert dialog.editors["display/theme"].value() == "standaard"
    assert dialog.editors["display/font_scale"].value() == 1.0
    dialog.accept()  # and OK writes good values
    assert store.get(settings, "evening/tables") == 3


# -- the minutes --------------------------------------------------------------------------


def _picture(path: Path) -> Path:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fbf"))
    assert image.save(str(path))
    return path


def test_organisation_and_logo_reach_the_minutes_and_a_bad_logo_is_refused(
        window, project, tmp_path, qtbot):
    from wijkdesk.ui.settings_dialog import SettingsDialog

    open_in_window(window, project)
    window.nav.setCurrentRow(4)
    view = window.minutes_view
    qtbot.waitUntil(lambda: view.isVisible())
    view.ensure_built()
    view.sender_button.click()  # "Afzender en logo…": the settings, on their Minutes page
    dialog = view.dialog
    assert isinstance(dialog, SettingsDialog) and window.interaction.dialogs[-1] is dialog
    assert dialog.current_page() == "minutes"
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_bytes(b"this is no picture at all")
    dialog.editors["minutes/organisation"].set_value("Dienst Wijkaanpak Testdorp")
    window.interaction.answers.append(str(not_a_picture))
    dialog.choose_logo.click()
    assert dialog.logo_path.text() == str(not_a_picture)
    dialog.accept()
    assert window.interaction.messages[-1][:2] == ("error", "Not a usable logo")
    assert dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    assert view.sender() == ("", "")  # nothing saved, not even the organisation

    logo = _picture(tmp_path / "wapen.png")
    dialog.logo_path.setText(str(logo))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.sender() == ("Dienst Wijkaanpak Testdorp", str(logo))
    dialog = view.edit_sender()
    assert dialog.editors["minutes/logo"].value() == str(logo)
    dialog.clear_logo.click()
    dialog.accept()
    assert view.sender() == ("Dienst Wijkaanpak Testdorp", "")


def test_minutes_view_lists_evenings_with_their_date_in_full(window, project, qtbot):
    open_in_window(window, project)
    view = window.minutes_view
    view.ensure_built()
    texts = [view.evening.itemText(i) for i in range(view.evening.count())]
    assert texts == ["Eerste avond — " + i18n.long_date("2026-09-17", view._lang())]


# -- dates --------------------------------------------------------------------------------


def test_long_date_in_both_languages_whatever_the_system():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert i18n.long_date("2026-11-17", "nl") == "di 17 november 2026"
        assert i18n.long_date("2026-11-17", "en") == "Tue 17 November 2026"
        assert i18n.long_date("2026-11-14", "nl") == "za 14 november 2026"
        assert i18n.long_date("2027-03-01", "en") == "Mon 1 March 2027"
        assert i18n.long_date("", "nl") == ""
        assert i18n.long_date(None, "en") == ""
        assert i18n.long_date("binnenkort", "nl") == "binnenkort"  # no date: as it is
        assert i18n.long_date("2026-02-30", "nl") == "2026-02-30"
    finally:
        QLocale.setDefault(before)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert i18n.long_date("2026-11-17") == "Tue 17 November 2026"  # the UI's language
    finally:
        QLocale.setDefault(before)


def test_the_evenings_list_shows_the_date_in_full(window, project):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        open_in_window(window, project)
        item = window.bijeenkomst_view.evenings.item(0)
        assert item.text() == "Eerste avond\ndo 17 september 2026"
    finally:
        QLocale.setDefault(before)

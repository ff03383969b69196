"""The projector theme and the font scale: remembered per project, changed by the keys, and
large enough on the audience's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from wijkdesk.model import Project
from wijkdesk.ui import theme

from .conftest import DEVICE_A


@pytest.fixture(autouse=True)
def _standard_look_afterwards():
    yield
    if QApplication.instance() is not None:
        theme.apply(theme="standaard", scale=1.0)


def _new_project(tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.wijkdesk"
    Project.create(path, name, device=DEVICE_A).close()
    return str(path)


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_the_font_scale_is_remembered_per_project(window, qtbot, tmp_path):
    a, b = _new_project(tmp_path, "Noord"), _new_project(tmp_path, "Zuid")
    base = QApplication.font().pointSizeF()

    assert window.open_path(a)
    _press(qtbot, window, Qt.Key.Key_Plus)
    _press(qtbot, window, Qt.Key.Key_Equal)  # Ctrl+= too (no Shift needed for +)
    assert theme.font_scale() == pytest.approx(1.2)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.2)
    id_a = window.ctx.project_id()

    assert window.open_path(b)
    assert theme.font_scale() == pytest.approx(1.0)  # another project: its own size
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    _press(qtbot, window, Qt.Key.Key_Minus)
    assert theme.font_scale() == pytest.approx(0.9)
    id_b = window.ctx.project_id()

    assert window.open_path(a)
    assert theme.font_scale() == pytest.approx(1.2)
    assert window.open_path(b)
    assert theme.font_scale() == pytest.approx(0.9)
    _press(qtbot, window, Qt.Key.Key_0)
    assert theme.font_scale() == pytest.approx(1.0)

    settings = window.ctx.settings
    assert float(settings.value(f"projects/{id_a}/display/font_scale")) == pytest.approx(1.2)
    assert not settings.contains(f"projects/{id_b}/display/font_scale")  # back to default
    window.close_project()
    assert theme.font_scale() == pytest.approx(1.0)


def test_the_font_scale_stays_within_its_limits(window, qtbot, tmp_path):
    assert window.open_path(_new_project(tmp_path, "Oost"))
    for _ in range(20):
        _press(qtbot, window, Qt.Key.Key_Plus)
    assert theme.font_scale() == pytest.approx(theme.MAX_SCALE)
    for _ in range(30):
        _press(qtbot, window, Qt.Key.Key_Minus)
    assert theme.font_scale() == pytest.approx(theme.MIN_SCALE)


def test_ctrl_plus_on_a_canvas_scales_the_type_and_plus_zooms(window, qtbot, project):
    path = project.path
    project.close()
    assert window.open_path(str(path))
    board = window.bijeenkomst_view.board
    board.setFocus()
    qtbot.waitUntil(board.hasFocus)
    zoom = board.zoom()
    qtbot.keyClick(board, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert theme.font_scale() == pytest.approx(1.1)
    qtbot.keyClick(board, Qt.Key.Key_Plus)
    assert board.zoom() > zoom
    assert theme.font_scale() == pytest.approx(1.1)


def test_the_canvases_draw_their_labels_at_the_font_scale(window, qtbot, tmp_path):
    assert window.open_path(_new_project(tmp_path, "West"))
    window.nav.setCurrentRow(2)  # the timeline
    timeline = window.timeline_view.canvas
    window.nav.setCurrentRow(1)  # the stakeholders
    network = window.stakeholder_view.network
    before = (network._fonts[0].pointSizeF(), timeline.font.pointSizeF())
    window.display.set_scale(1.5)
    after = (network._fonts[0].pointSizeF(), timeline.font.pointSizeF())
    assert after[0] == pytest.approx(before[0] * 1.5)
    assert after[1] > before[1]
    assert theme.scaled_font(10).pointSizeF() == pytest.approx(15)


def test_the_audience_sees_at_least_24_points_at_1920_by_1080():
    assert theme.audience_font_pt(1080) >= 24
    assert theme.audience_font_pt(1080, scale=theme.MIN_SCALE) >= 24
    assert theme.audience_font_pt(720) >= 24
    assert theme.audience_font_pt(2160) > theme.audience_font_pt(1080)
    assert theme.audience_font_pt(1080, scale=1.5) > theme.audience_font_pt(1080)
    from wijkdesk.ui.presenter import audience_pt

    assert audience_pt() >= 24


def test_the_beamer_theme_changes_the_palette_and_is_kept(window, qtbot):
    standard = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    base = QApplication.font().pointSizeF()
    window.display.beamer_action.trigger()
    pal = QApplication.palette()
    for role, colour in theme.BEAMER_COLOURS.items():
        assert pal.color(getattr(QPalette.ColorRole, role)).name() == colour, role
    assert theme.theme_name() == "beamer"
    assert QApplication.font().pointSizeF() >= max(theme.MIN_BEAMER_PT, base)
    assert "3px solid" in QApplication.instance().styleSheet()
    assert window.ctx.settings.value("display/theme") == "beamer"

    window.display.beamer_action.trigger()
    assert theme.theme_name() == "standaard"
    assert QApplication.palette().color(QPalette.ColorRole.Highlight).name() == standard
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert not window.ctx.settings.contains("display/theme")  # the default again


def test_widgets_with_their_own_type_size_keep_their_proportion(window):
    nav = window.nav
    ratio = nav.font().pointSizeF() / QApplication.font().pointSizeF()
    window.display.toggle_beamer(True)
    window.display.set_scale(1.4)
    assert nav.font().pointSizeF() / QApplication.font().pointSizeF() == pytest.approx(ratio)
    window.display.toggle_beamer(False)
    window.display.set_scale(1.0)
    assert nav.font().pointSizeF() / QApplication.font().pointSizeF() == pytest.approx(ratio)


def test_the_settings_dialogs_choice_is_followed(window, tmp_path):
    assert window.open_path(_new_project(tmp_path, "Midden"))
    window.ctx.set_settings({"display/font_scale": 1.3, "display/theme": "beamer"})
    assert theme.font_scale() == pytest.approx(1.3)
    assert theme.theme_name() == "beamer"
    assert window.display.beamer_action.isChecked()
    window.ctx.set_settings({"display/theme": "standaard"})
    assert theme.theme_name() == "standaard"


def test_a_projects_own_table_colours_are_used_readably(window, tmp_path):
    from wijkdesk.ui import palette

    assert window.open_path(_new_project(tmp_path, "Kleur"))
    window.ctx.set_settings({"tables/colours": ["#ffff00"]})
    own = palette.table_colour(1)
    assert own != palette.TABLE_COLOURS[0]
    assert palette.contrast(own, palette.WHITE) >= palette.MIN_CONTRAST
    window.close_project()
    assert palette.table_colour(1) == palette.TABLE_COLOURS[0]


def test_the_window_fits_a_laptop_and_in_the_beamer_theme_a_beamer(window, qtbot, tmp_path):
    """Every view built with the demo: the window's least size fits a 1366 x 768 laptop in
    the standard theme, and a 1920 x 1080 beamer with the beamer theme's larger type."""
    from wijkdesk.model.demo import build_demo

    path = tmp_path / "demo.wijkdesk"
    build_demo(path).close()
    window.show()
    assert window.open_path(str(path))
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda: window.views.currentWidget().isVisible())
    theme.apply(theme="standaard", scale=1.0)
    least = window.minimumSizeHint()
    assert least.width() <= 1366 and least.height() <= 768, least
    theme.apply(theme="beamer", scale=1.0)
    least = window.minimumSizeHint()
    assert least.width() <= 1920 and least.height() <= 1080, least

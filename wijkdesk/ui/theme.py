"""Themes and type size: the standard look, the projector ("beamer") theme, the font scale.

- **Beamer theme**: a high-contrast palette (near-black on white, every text pair at 7:1 or
  more, see ``palette``), a larger base font, and controls with clear edges.
- **Both themes**: a visible keyboard focus: a 3 px outline on buttons, fields, lists and
  tables (the canvases draw their own focus frame, see ``ZoomView``).
- **Font scale** (0.8-2.0, Ctrl++ / Ctrl+- / Ctrl+0, kept per project in the settings):
  scales the application font, the fonts the widgets set themselves, and the labels the
  canvases draw: they build their fonts with ``scaled_font`` and listen to ``changed()``.
- **Audience type**: ``audience_font_pt`` is the type size of the audience window, at least
  24 pt on a 1920 x 1080 beamer.

The theme and scale are process-wide, like the application font they set; the settings
(``wijkdesk.settings``: "display/theme" for the laptop, "display/font_scale" per project) are
read and written through ``stored_theme`` / ``store_theme`` and ``stored_font_scale`` /
``store_font_scale``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from . import palette

THEMES = ("standaard", "beamer")
MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.8, 2.0, 0.1
#: the beamer theme's base type: this many times the system's, and at least MIN_BEAMER_PT
BEAMER_FACTOR, MIN_BEAMER_PT = 1.3, 13.0
#: the audience window's body type at 1080 screen lines (font scale 1), and its least size
AUDIENCE_PT, MIN_AUDIENCE_PT = 28.0, 24.0

#: the beamer palette: (role, colour); text roles reach 7:1 on their backgrounds
BEAMER_COLOURS = {
    "Window": palette.WHITE, "WindowText": palette.TEXT, "Base": palette.WHITE,
    "AlternateBase": "#f1f3f6", "Text": palette.TEXT, "Button": "#e8ecf1",
    "ButtonText": palette.TEXT, "BrightText": palette.WHITE, "Highlight": palette.SELECTED,
    "HighlightedText": palette.WHITE, "ToolTipBase": "#fffbe6", "ToolTipText": palette.TEXT,
    "PlaceholderText": "#4f4f4f", "Link": "#0d47a1", "LinkVisited": "#4a148c",
    "Light": palette.WHITE, "Midlight": "#dfe3e8", "Mid": "#8a939c", "Dark": "#4b5560",
    "Shadow": "#1c1c1c",
}
#: text of disabled controls in the beamer theme (on Window, Base and Button)
BEAMER_DISABLED = "#5c5c5c"
#: the pairs of the beamer palette that are text on a background (the contrast test reads it)
BEAMER_TEXT_PAIRS = (("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
                     ("ButtonText", "Button"), ("HighlightedText", "Highlight"),
                     ("ToolTipText", "ToolTipBase"), ("PlaceholderText", "Base"),
                     ("Link", "Base"), ("LinkVisited", "Base"))
#: edges of controls in the beamer theme, and a checked button
BEAMER_EDGE, BEAMER_CHECKED, BEAMER_CHECKED_TEXT = "#3f4a55", "#263238", palette.WHITE


class _Display(QObject):
    """The theme and font scale in force (one per process, like the application font)."""

    #: the theme or the font scale changed: fonts and colours are to be made again
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.theme = "standaard"
        self.scale = 1.0
        self.applied = False
        self.system_font: QFont | None = None
        self.system_palette: QPalette | None = None
        self.style_pending: str | None = None  # a style sheet to set after the first paint


_display: _Display | None = None


def _state() -> _Display:
    global _display  # noqa: PLW0603 - made when first asked for, with the application up
    if _display is None:
        _display = _Display()
    return _display


def changed():
    """The signal emitted when the theme or the font scale changed (canvases listen)."""
    return _state().changed


def theme_name() -> str:
    """The theme in force: "standaard" or "beamer"."""
    return _state().theme


def font_scale() -> float:
    """The font scale in force (1.0: as designed)."""
    return _state().scale


def scaled_pt(base_pt: float) -> float:
    """A type size the design gives, at the font scale (and the beamer theme's larger type)."""
    factor = BEAMER_FACTOR if _state().theme == "beamer" else 1.0
    return base_pt * _state().scale * factor


def scaled_font(base_pt: float, bold: bool = False) -> QFont:
    """A font of the design's size ``base_pt`` at the font scale (the canvases' labels)."""
    font = QFont()
    font.setPointSizeF(scaled_pt(base_pt))
    font.setBold(bold)
    return font


def audience_font_pt(screen_height: int = 1080, scale: float | None = None) -> float:
    """The audience window's body type (points): AUDIENCE_PT at 1080 lines, grown with the
    screen and the font scale, never under MIN_AUDIENCE_PT (24 pt)."""
    scale = _state().scale if scale is None else scale
    return max(MIN_AUDIENCE_PT, AUDIENCE_PT * scale * max(screen_height, 1) / 1080)


def clamp_scale(value: float) -> float:
    """A font scale within 0.8-2.0, in steps of 0.1."""
    return round(min(MAX_SCALE, max(MIN_SCALE, round(value / SCALE_STEP) * SCALE_STEP)), 2)


# -- the settings --------------------------------------------------------------------------


def stored_theme(settings) -> str:
    """The theme kept in the settings ("display/theme")."""
    from .. import settings as store

    return store.get(settings, "display/theme")


def store_theme(settings, name: str) -> None:
    """Keep the theme in the settings."""
    from .. import settings as store

    store.set(settings, "display/theme", name)


def stored_font_scale(settings, project_id: str | None) -> float:
    """The font scale kept for a project ("display/font_scale"; 1.0 without a project)."""
    from .. import settings as store

    return clamp_scale(float(store.get(settings, "display/font_scale", project_id)))


def store_font_scale(settings, project_id: str | None, scale: float) -> None:
    """Keep a project's font scale (nothing is kept without a project)."""
    from .. import settings as store

    if project_id:
        store.set(settings, "display/font_scale", clamp_scale(scale), project_id)


# -- applying ------------------------------------------------------------------------------


def beamer_palette() -> QPalette:
    """The beamer theme's palette (``BEAMER_COLOURS``)."""
    from PySide6.QtGui import QColor

    pal = QPalette()
    for role, colour in BEAMER_COLOURS.items():
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role),
                     QColor(BEAMER_DISABLED))
    return pal


def stylesheet(theme: str, light: bool = True) -> str:
    """The application style sheet: controls with clear edges and a 3 px focus outline
    (the same size focused or not: only the colour and width of the edge change, the padding
    gives back what the edge takes). ``light``: the standard theme's windows are light (then
    the focus is the dark FOCUS blue; on a dark system palette, its highlight colour)."""
    if theme == "beamer":
        edge, focus, button, button_text = (BEAMER_EDGE, palette.FOCUS,
                                            BEAMER_COLOURS["Button"], palette.TEXT)
        checked, checked_text = BEAMER_CHECKED, BEAMER_CHECKED_TEXT
        base, disabled = palette.WHITE, BEAMER_DISABLED
    else:
        edge, focus, button, button_text = ("palette(dark)",
                                            palette.FOCUS if light else "palette(highlight)",
                                            "palette(button)", "palette(button-text)")
        checked, checked_text = "palette(highlight)", "palette(highlighted-text)"
        base, disabled = "palette(base)", "palette(mid)"
    return f"""
QPushButton {{ background: {button}; color: {button_text}; border: 1px solid {edge};
    border-radius: 4px; padding: 4px 12px; }}
QPushButton:hover {{ background: palette(midlight); }}
QPushButton:checked, QPushButton:pressed {{ background: {checked}; color: {checked_text}; }}
QPushButton:disabled {{ color: {disabled}; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {focus}; padding: 2px 10px; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ border: 1px solid {edge}; border-radius: 3px;
    padding: 3px 4px; background: {base}; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border: 3px solid {focus};
    padding: 1px 2px; }}
QAbstractItemView, QPlainTextEdit, QTextEdit {{ border: 1px solid {edge}; margin: 2px; }}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 3px solid {focus};
    margin: 0px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px;
    padding: 1px 3px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
"""


def _base_font(app: QApplication, state: _Display) -> QFont:
    if state.system_font is None:
        state.system_font = QFont(app.font())
        state.system_palette = QPalette(app.palette())
    return QFont(state.system_font)


def apply(theme: str | None = None, scale: float | None = None,
          app: QApplication | None = None, *, style_later: bool = False) -> None:
    """Put a theme and a font scale in force (either left as is when None): the palette, the
    style sheet and the application font; widgets that set their own font follow; then
    ``changed()`` is emitted. With ``style_later`` (at start-up) the style sheet waits for
    ``apply_pending_style`` after the first paint: styling every widget anew costs the first
    frame a tenth of its time, and the sheet only adds the focus outlines and edges."""
    app = app or QApplication.instance()
    state = _state()
    theme = state.theme if theme is None else (theme if theme in THEMES else "standaard")
    scale = state.scale if scale is None else clamp_scale(scale)
    if state.applied and theme == state.theme and scale == state.scale:
        return
    before_pt = app.font().pointSizeF()
    base = _base_font(app, state)
    if not state.applied or theme != state.theme:
        app.setPalette(beamer_palette() if theme == "beamer" else QPalette(state.system_palette))
    state.theme, state.scale, state.applied = theme, scale, True
    pt = base.pointSizeF()
    if pt <= 0:  # a font sized in pixels (some platforms): its size in points at 96 dpi
        pt = max(base.pixelSize(), 12) * 0.75
    if theme == "beamer":
        pt = max(pt * BEAMER_FACTOR, MIN_BEAMER_PT)
    font = QFont(base)
    font.setPointSizeF(pt * scale)
    ratio = font.pointSizeF() / before_pt if before_pt and before_pt > 0 else 1.0
    own = _own_fonts(app, ratio)
    app.setFont(font)
    # Set (again) after the font: with a style sheet, widgets take a new application font
    # only when they are polished anew, and polishing gives the widgets that set their own
    # font (a heading, the prompt) the one they had at first: they get theirs back after it.
    window = state.system_palette.color(QPalette.ColorRole.Window).name()
    sheet = stylesheet(theme, light=palette.luminance(window) > 0.4)
    if style_later:
        state.style_pending = sheet
    else:
        state.style_pending = None
        app.setStyleSheet(sheet)
    for widget, pt in own:
        own_font = QFont(widget.font())
        own_font.setPointSizeF(pt)
        widget.setFont(own_font)
    state.changed.emit()


def apply_pending_style(app: QApplication | None = None) -> None:
    """Set the style sheet that ``apply(style_later=True)`` left for after the first paint."""
    state = _state()
    if state.style_pending is not None:
        sheet, state.style_pending = state.style_pending, None
        (app or QApplication.instance()).setStyleSheet(sheet)


def _own_fonts(app: QApplication, ratio: float) -> list[tuple[QWidget, float]]:
    """The widgets that set their own font (a heading, the prompt, the timer), each with its
    size grown or shrunk as the application font is. The audience window (a window with the
    property ``ownTypeSize``) sizes its own type (``audience_font_pt``)."""
    out: list[tuple[QWidget, float]] = []
    if abs(ratio - 1.0) < 1e-9:
        return out
    for window in app.topLevelWidgets():
        if window.property("ownTypeSize"):
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and not (
                    widget.window().property("ownTypeSize")):
                pt = widget.font().pointSizeF()
                if pt > 0:
                    out.append((widget, pt * ratio))
    return out


# -- the View menu's controls --------------------------------------------------------------


class DisplayControls(QObject):
    """The View menu's actions for the type size and the theme; puts the open project's font
    scale and table colours in force, and follows the settings dialog."""

    def __init__(self, window: QWidget, ctx, menu) -> None:
        super().__init__(window)
        self._ctx = ctx
        self.larger_action = self._action(window, menu, self.tr("&Larger text"),
                                          [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                                          lambda: self.step(+1))
        self.smaller_action = self._action(window, menu, self.tr("S&maller text"),
                                           [QKeySequence("Ctrl+-")], lambda: self.step(-1))
        self.normal_action = self._action(window, menu, self.tr("&Normal text size"),
                                          [QKeySequence("Ctrl+0")], self.reset)
        self.beamer_action = self._action(window, menu, self.tr("&Beamer theme (high contrast)"),
                                          [QKeySequence("Ctrl+Shift+B")], self.toggle_beamer)
        self.beamer_action.setCheckable(True)
        theme = stored_theme(ctx.settings)
        self.beamer_action.setChecked(theme == "beamer")
        apply(theme=theme, style_later=True)  # the sheet itself after the first paint
        ctx.bridge.projectChanged.connect(lambda _project: self.follow_settings())
        ctx.settings_events.settingsChanged.connect(self._settings_changed)
        self.follow_settings()

    @staticmethod
    def _action(window: QWidget, menu, text: str, keys, slot) -> QAction:
        action = QAction(text, window)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def follow_settings(self) -> None:
        """Put the settings in force: the theme, and the open project's font scale and table
        colours (without a project: the designed size and the palette's colours)."""
        from .. import settings as store

        project_id = self._ctx.project_id()
        palette.set_table_overrides(store.palette_overrides(self._ctx.settings, project_id)
                                    if project_id else {})
        name = stored_theme(self._ctx.settings)
        self.beamer_action.setChecked(name == "beamer")
        apply(theme=name, scale=stored_font_scale(self._ctx.settings, project_id))
        changed().emit()  # table colours may have changed even when the type did not

    def _settings_changed(self, keys: list[str]) -> None:
        if {"display/theme", "display/font_scale", "tables/colours"} & set(keys):
            self.follow_settings()

    def set_scale(self, scale: float) -> None:
        """Use this font scale, and keep it for the open project."""
        scale = clamp_scale(scale)
        apply(scale=scale)
        if self._ctx.project_id():
            self._ctx.set_settings({"display/font_scale": scale})

    def step(self, direction: int) -> None:
        """One step larger (+1) or smaller (-1)."""
        self.set_scale(font_scale() + direction * SCALE_STEP)

    def reset(self) -> None:
        """Back to the designed size."""
        self.set_scale(1.0)

    def toggle_beamer(self, on: bool | None = None) -> None:
        """Switch the beamer theme on or off (and keep the choice)."""
        on = self.beamer_action.isChecked() if on is None else on
        self.beamer_action.setChecked(on)
        name = "beamer" if on else "standaard"
        apply(theme=name)
        self._ctx.set_settings({"display/theme": name})

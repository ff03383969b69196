"""The projector promise: every text, and every mark that carries meaning, reaches a WCAG 2.x
contrast ratio of at least 7:1 (AAA) against what it sits on — computed from the code's own
colour constants, so a colour changed in the code is checked here without a copy."""

from __future__ import annotations

import pytest

from wijkdesk.ui import palette
from wijkdesk.ui.palette import blend, contrast, over, tint_of

MIN = 7.0


def _name(colour) -> str:
    """A QColor, a hex text or an (r, g, b, a) tuple as ``#rrggbb``."""
    if isinstance(colour, str):
        return colour.lower()
    return colour.name()


def board_pairs() -> list[tuple[str, str, str]]:
    from wijkdesk.ui import board_canvas as b

    board = _name(b.BOARD_COLOUR)
    legend = over(b.LEGEND_BG, board)
    frame_inside = over(b.FRAME_FILL.getRgb(), board)
    pairs = [
        ("board: a face-down card's footer", _name(b.FACE_DOWN_TEXT), _name(b.FACE_DOWN)),
        ("board: a face-down card on the board", _name(b.FACE_DOWN), board),
        ("board: a cluster's vote badge", _name(b.BADGE_TEXT), _name(b.BADGE)),
        ("board: legend text", _name(b.TEXT_COLOUR), legend),
        ("board: the empty board's hint", _name(b.EMPTY_HINT), board),
        ("board: a card's edge on the board", _name(b.CARD_EDGE), board),
        ("board: a card's edge in a cluster", _name(b.CARD_EDGE), frame_inside),
        ("board: a plain cluster frame on the board", _name(b.FRAME_COLOUR), board),
        ("board: selection outline on the board", _name(b.SELECTED), board),
        ("board: selection outline in a cluster", _name(b.SELECTED), frame_inside),
    ]
    colours = dict.fromkeys([*palette.TABLE_COLOURS, *palette.CATEGORY_COLOURS,
                             palette.NO_TABLE, _name(b.FRAME_COLOUR)])
    for c in colours:
        card = tint_of(c, palette.CARD_TINT)
        title = tint_of(c, palette.TITLE_TINT)
        pairs += [
            (f"board: card text on a {c} card", _name(b.TEXT_COLOUR), card),
            (f"board: card footer on a {c} card", _name(b.FOOTER_COLOUR), card),
            (f"board: far-away text bars on a {c} card", _name(b.TEXT_BARS), card),
            (f"board: the {c} stripe on its card", c, card),
            (f"board: the {c} stripe on a face-down card's white band", c,
             _name(b.FACE_DOWN_TEXT)),
            (f"board: the {c} legend swatch", c, legend),
            (f"board: the {c} swatch in a list", c, palette.WHITE),
            (f"board: a {c} cluster frame on the board", c, board),
            (f"board: a cluster's name on its {c} title bar", _name(b.TEXT_COLOUR), title),
        ]
    return pairs


def network_pairs() -> list[tuple[str, str, str]]:
    from wijkdesk.model import stakeholders
    from wijkdesk.ui import network_view as n

    backgrounds = {"network": n.NETWORK_BG, "grid": n.GRID_BG,
                   **{f"grid quadrant {q!r}": c for q, c in n.QUADRANT_COLOURS.items()}}
    pairs = []
    # every colour a type can get: the listed types, "overig", and the hashed ones
    kinds = [*stakeholders.stakeholder_types(), *(f"own type {i}" for i in range(300))]
    for kind in dict.fromkeys(stakeholders.type_colour(k) for k in kinds):
        fill = palette.readable_fill(kind)
        pairs.append((f"network: a type's code on a node of {kind} (fill {fill})",
                      _name(n.TEXT), fill))
    for kind in stakeholders.stakeholder_types():
        pairs.append((f"network: the code on a {kind} node", _name(n.TEXT), n.node_fill(kind)))
    for where, bg in backgrounds.items():
        pairs += [
            (f"network: a node's outline on the {where}", _name(n.NODE_EDGE), bg),
            (f"network: a selected node's outline on the {where}", _name(n.SELECTED), bg),
            (f"network: a name on its label on the {where}", _name(n.TEXT), over(n.LABEL_BG, bg)),
        ]
    pairs += [
        ("network: a relation's line", _name(n.EDGE_COLOUR), n.NETWORK_BG),
        ("network: a relation's type on its label", _name(n.TEXT),
         over(n.EDGE_LABEL_BG, n.NETWORK_BG)),
        ("grid: the axes' numbers and names", _name(n.TEXT), n.GRID_BG),
    ]
    for q, c in n.QUADRANT_COLOURS.items():
        pairs += [(f"grid: the name of quadrant {q!r}", n.QUADRANT_TEXT, c),
                  (f"grid: the lines between the quadrants on {q!r}", n.QUADRANT_LINE, c)]
    return pairs


def timeline_pairs() -> list[tuple[str, str, str]]:
    from wijkdesk.ui import timeline_canvas as t

    text = _name(t.TEXT)
    # what lies under a label beside a step: a lane, maybe under a phase band
    under = {}
    for lane, colour in t.LANE_COLOURS.items():
        under[f"the {lane} lane"] = colour
        for i, phase in enumerate(t.PHASE_COLOURS, start=1):
            under[f"phase {i} over the {lane} lane"] = blend(phase, colour, t.PHASE_OPACITY)
            under[f"current phase {i} over the {lane} lane"] = blend(phase, colour,
                                                                    t.PHASE_OPACITY_NOW)
    pairs = []
    for status, colour in t.STATUS_COLOURS.items():
        pairs.append((f"timeline: a title on a bar with status {status!r}", text, colour))
    pairs.append(("timeline: a title on an evening's bar", text, t.EVENING_COLOUR))
    for where, bg in under.items():
        pairs += [
            (f"timeline: a label on {where}", text, bg),
            (f"timeline: a step's outline on {where}", t.STEP_EDGE, bg),
            (f"timeline: the stip on {where}", t.STIP_COLOUR, bg),
            (f"timeline: a dependency arrow on {where}", t.ARROW_COLOUR, bg),
            (f"timeline: a clash's outline on {where}", _name(t.CLASH), bg),
            (f"timeline: the selection on {where}", _name(t.SELECTED), bg),
            (f"timeline: the lane's name on {where}", t.LANE_LABEL_TEXT,
             over(t.LANE_LABEL_BG, bg)),
        ]
    for i, phase in enumerate(t.PHASE_COLOURS, start=1):
        pairs += [
            (f"timeline: the name of phase {i}", t.PHASE_TEXT,
             blend(phase, t.BACKGROUND, t.PHASE_OPACITY)),
            (f"timeline: the name of current phase {i}", t.PHASE_TEXT_NOW,
             blend(phase, t.BACKGROUND, t.PHASE_OPACITY_NOW)),
        ]
    pairs += [
        ("timeline: the current phase's edge", t.PHASE_EDGE_NOW, t.BACKGROUND),
        ("timeline: the years and months", text, t.BACKGROUND),
        ("timeline: today's name", _name(t.CLASH), t.BACKGROUND),
    ]
    return pairs


def kompas_pairs() -> list[tuple[str, str, str]]:
    from wijkdesk.ui import kompas_view as k

    pairs = [(f"kompas: a knooppunt with status {s!r}",
              k.NVT_TEXT if s == "nvt" else k.STATUS_TEXT, c)
             for s, c in k.STATUS_COLOURS.items()]
    pairs += [
        ("kompas: the current phase's header", k.PHASE_NOW_TEXT, k.PHASE_NOW),
        ("kompas: another phase's header", k.PHASE_OTHER_TEXT, k.PHASE_OTHER),
        ("kompas: a finished phase on 'Waar staan we?'", k.PHASE_NOW_TEXT, k.PHASE_DONE),
        ("kompas: an open phase on 'Waar staan we?'", k.PHASE_NOW_TEXT, k.PHASE_OPEN),
    ]
    for name in ("STATUS_TEXT", "HEADING", "QUIET_TEXT", "WARNING_TEXT", "RULES_TEXT"):
        pairs.append((f"kompas: {name} on the page", getattr(k, name), palette.WHITE))
    return pairs


def theme_pairs() -> list[tuple[str, str, str]]:
    from wijkdesk.ui import theme
    from wijkdesk.ui.zoom_view import ZoomView

    colours = theme.BEAMER_COLOURS
    pairs = [(f"beamer theme: {text} on {bg}", colours[text], colours[bg])
             for text, bg in theme.BEAMER_TEXT_PAIRS]
    for bg in ("Window", "Base", "Button"):
        pairs += [(f"beamer theme: the focus outline on {bg}", palette.FOCUS, colours[bg]),
                  (f"beamer theme: a control's edge on {bg}", theme.BEAMER_EDGE, colours[bg])]
    pairs.append(("beamer theme: a checked button", theme.BEAMER_CHECKED_TEXT,
                  theme.BEAMER_CHECKED))
    for name in ("ERROR_TEXT", "WARNING_TEXT", "URGENT_TEXT"):
        for bg in ("Window", "Base"):
            pairs.append((f"messages: {name} on {bg}", getattr(palette, name), colours[bg]))
    from wijkdesk.ui import board_canvas, network_view, timeline_canvas

    for where, bg in (("board", _name(board_canvas.BOARD_COLOUR)),
                      ("network", network_view.NETWORK_BG), ("grid", network_view.GRID_BG),
                      ("timeline", timeline_canvas.BACKGROUND),
                      *((f"{lane} lane", c) for lane, c in timeline_canvas.LANE_COLOURS.items())):
        pairs.append((f"a focused canvas's frame on the {where}", ZoomView.FOCUS_COLOUR, bg))
    return pairs


ALL = {"board": board_pairs, "network": network_pairs, "timeline": timeline_pairs,
       "kompas": kompas_pairs, "theme": theme_pairs}


@pytest.mark.parametrize("part", list(ALL))
def test_every_text_and_mark_reaches_7_to_1(part):
    low = [f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
           for name, fg, bg in ALL[part]() if contrast(fg, bg) < MIN]
    assert low == [], "below 7:1:\n" + "\n".join(low)


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's example
    assert contrast("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("chosen", ["#ffff00", "#00ff00", "#ff9f1a", "#777777", "#ffffff",
                                    "#e0f7fa", "#000000"])
def test_a_projects_own_table_colour_is_made_readable(chosen):
    from wijkdesk.ui import board_canvas as b

    palette.set_table_overrides({1: chosen})
    try:
        c = palette.table_colour(1)
        card = tint_of(c, palette.CARD_TINT)
        assert contrast(c, palette.WHITE) >= MIN, c
        assert contrast(c, _name(b.BOARD_COLOUR)) >= MIN, c
        assert contrast(c, card) >= MIN, c
        assert contrast(_name(b.TEXT_COLOUR), card) >= MIN, c
    finally:
        palette.set_table_overrides({})
    assert palette.table_colour(1) == palette.TABLE_COLOURS[0]


def test_types_and_tables_are_told_by_more_than_colour():
    from wijkdesk.model.stakeholders import stakeholder_types
    from wijkdesk.ui.network_view import type_codes

    types = [(key, t.label) for key, t in stakeholder_types().items()]
    codes = type_codes(types)
    assert set(codes) == {key for key, _ in types}
    assert len(set(codes.values())) == len(codes)  # each type its own code
    assert all(1 <= len(code) <= 3 for code in codes.values())
    # a colour told apart only by hue would need these to differ: they do, and each is named
    assert len(set(palette.TABLE_COLOURS)) == len(palette.TABLE_COLOURS)


def test_a_cards_colour_is_also_written_on_it(window, project, qtbot):
    """Coloured by table, theme or phase: the card says which in its footer."""
    round_id = project.all("round")[0].id
    note = project.add("insight", round_id=round_id, text="Meer bomen", table=2,
                       theme="Groen", phase=3)
    path = project.path
    project.close()
    assert window.open_path(str(path))
    board = window.bijeenkomst_view.board
    footers = {}
    for mode in ("table", "theme", "phase"):
        board.set_colour_mode(mode)
        footers[mode] = board.cards[note].footer
    assert footers["table"].startswith("Table 2")
    assert footers["theme"].startswith("Groen") and "Table 2" in footers["theme"]
    assert footers["phase"].startswith("Phase 3")

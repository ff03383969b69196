"""No text under 8 points in the minutes PDF, in the pictures too: the stakeholder map and the
timeline are drawn for the page, not drawn at screen size and shrunk (issue 16, point 8).

The PDF's own text is read with ``tests/pdf_util.py`` (``Tf`` sizes through the text and
transformation matrices). A picture is a PNG: its drawing reports the sizes of its texts at
the size it was drawn for, and the PDF must place it at exactly that size.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import DEVICE_A
from tests.pdf_util import Pdf, image_placements, qpdf_check, text_sizes
from wijkdesk.minutes.content import (
    FIGURE_DPI,
    FIGURE_MIN_FONT,
    FIGURE_SIZE_PT,
    build_minutes,
    make_figures,
)
from wijkdesk.minutes.pdf import _Doc, write_pdf
from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo
from wijkdesk.model.network_export import page_figure, text_boxes
from wijkdesk.model.network_export import text_sizes as figure_texts
from wijkdesk.model.timeline_export import page_figures


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "klaverveld.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    with Project.open(path, device=DEVICE_A) as p:
        yield p


@pytest.fixture(scope="module")
def minutes(demo):
    return build_minutes(demo)


@pytest.fixture(scope="module")
def pdf_path(minutes, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "verslag.pdf"
    write_pdf(minutes, out, organisation="Gemeente Wisselmonde")
    return out


def test_no_text_in_the_minutes_pdf_is_under_8_points(pdf_path):
    pdf = Pdf.read(pdf_path)
    assert qpdf_check(pdf_path) in (True, None)
    sizes = text_sizes(pdf)
    assert len(sizes) > 200  # the reader saw the text (headers, tables, footers…)
    small = [(page, text, round(size, 2)) for page, text, size in sizes if size < 8]
    assert small == []
    assert any(text.startswith("pagina") for _p, text, _s in sizes)  # the footer counts too


def test_the_pictures_are_placed_at_the_size_they_were_drawn_for(minutes, pdf_path):
    pictures = [f for f in minutes.figures if f.png is not None]
    assert {f.key for f in pictures} == {"stakeholders", "timeline"}
    placed = image_placements(Pdf.read(pdf_path))
    assert len(placed) == len(pictures)
    for f, (_page, width, height, px, py) in zip(pictures, placed, strict=True):
        # drawn at the size of the page's room, every text 8 points or more at that size
        assert (f.width_pt, f.height_pt) == pytest.approx(FIGURE_SIZE_PT)
        assert f.min_font_pt >= FIGURE_MIN_FONT
        with Image.open(io.BytesIO(f.png)) as im:
            assert im.size == (px, py)
            assert im.size == pytest.approx((f.width_pt / 72 * FIGURE_DPI,
                                             f.height_pt / 72 * FIGURE_DPI), abs=1)
        # … and placed at that size: not shrunk, so its text stays the size it was drawn
        assert (width, height) == pytest.approx((f.width_pt, f.height_pt), abs=0.5)


def test_the_figure_room_fits_the_landscape_page():
    width, height = _Doc.frame_size("landscape")
    assert FIGURE_SIZE_PT[0] <= width and width - FIGURE_SIZE_PT[0] < 10
    assert FIGURE_SIZE_PT[1] <= height - 70  # the heading and the caption above and below


def test_every_text_of_the_demo_pictures_is_8_points_and_inside(demo):
    figures = [figure for _name, figure in page_figures(demo, *FIGURE_SIZE_PT)]
    figures.append(page_figure(demo, *FIGURE_SIZE_PT))
    assert len(figures) == 2  # the demo's timeline fits one picture
    for figure in figures:
        assert tuple(v * 72 for v in figure.get_size_inches()) == pytest.approx(FIGURE_SIZE_PT)
        texts = figure_texts(figure)
        labels = {text for text, _size, _inside in texts}
        assert [t for t in texts if t[1] < 8] == []
        assert [t for t in texts if not t[2]] == []  # none runs off the picture
        assert labels
    timeline_labels = {t for t, _s, _i in figure_texts(figures[0])}
    assert "Startavond in buurthuis De Klaverhof" in timeline_labels
    assert any(label.startswith("Fasen: ") for label in timeline_labels)  # narrow phases
    assert "Gemeente Wisselmonde" in {t for t, _s, _i in figure_texts(figures[1])}


def test_a_long_label_with_room_is_whole_on_the_page(project):
    # Issue 16: "Keuze warmteoplossing (all-…" was cut short on a page with room to spare.
    title = "Keuze warmteoplossing (all-electric of warmtenet) met de hele wijk"
    project.add("timeline_item", track="denk", kind="besluit", title=title, start="2027-06-01")
    project.add("timeline_item", track="doe", title="Warmtescans per straat",
                start="2027-01-15", end="2027-04-30")
    [(name, figure)] = page_figures(project, *FIGURE_SIZE_PT, today="2026-12-07")
    texts = figure_texts(figure)
    assert title in {t for t, _s, _i in texts}
    assert [t for t in texts if t[1] < 8 or not t[2]] == []


def test_a_long_timeline_comes_as_a_picture_per_track_and_part(project):
    start = dt.date(2027, 1, 1)
    for i in range(80):
        day = (start + dt.timedelta(days=2 * i)).isoformat()
        project.add("timeline_item", track="doe" if i % 3 else "denk",
                    title=f"Stap {i}: een wat langere omschrijving van wat er gebeurt",
                    start=day, end=day)
    parts = page_figures(project, *FIGURE_SIZE_PT, today="2027-03-01")
    names = [name for name, _figure in parts]
    assert names[0].startswith("Denk-spoor") and names[-1].startswith("Doe-spoor (")
    shown = []
    for _name, figure in parts:
        texts = figure_texts(figure)
        assert [t for t in texts if t[1] < 8 or not t[2]] == []
        shown += [t for t, _s, _i in texts if t.startswith("Stap ")]
    assert len(shown) == 80  # every step is in one of the pictures

    m = make_figures(project, "nl")
    timeline = [f for f in m if f.key == "timeline"]
    assert [f.title for f in timeline] == [f"Tijdlijn — {name}" for name in names]
    assert all(f.min_font_pt >= 8 and f.png for f in timeline)


def _dots(figure) -> list[tuple[float, float, float]]:
    """(x, y, radius) in display pixels of every party's dot of a network figure."""
    ax = figure.axes[0]
    px = figure.dpi / 72
    return [(*ax.transData.transform(c.get_offsets()[0]), c.get_sizes()[0] ** 0.5 / 2 * px)
            for c in ax.collections]


def _touches(box, dot) -> bool:
    x, y, r = dot
    nx, ny = min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)
    return (nx - x) ** 2 + (ny - y) ** 2 < r * r


def test_no_two_texts_of_the_demos_map_meet_nor_cover_a_dot(demo):
    """Issue 16, point 8: parties sitting close together get their names and relation labels
    nudged apart; none is drawn over another or over a party's dot."""
    figure = page_figure(demo, *FIGURE_SIZE_PT, font=FIGURE_MIN_FONT)
    boxes = text_boxes(figure)
    assert len(boxes) == len(demo.all("stakeholder")) + len(demo.all("relation")) + len(
        {s.type for s in demo.all("stakeholder")}) + 1  # names, labels, legend, its title
    met = [(a, b) for (a, _s, box_a), (b, _t, box_b) in itertools.combinations(boxes, 2)
           if box_a.overlaps(box_b)]
    assert met == []
    dots = _dots(figure)
    assert len(dots) == len(demo.all("stakeholder"))
    assert [text for text, _s, box in boxes if any(_touches(box, d) for d in dots)] == []
    assert [t for t in figure_texts(figure) if not t[2]] == []  # all still inside


def test_labels_with_room_stay_where_they_belong(project):
    """A name stands below its dot and a relation's label on the middle of its arc when
    nothing is in the way; a name that would run off the picture there stands beside it."""
    a = project.add("stakeholder", name="Gemeente Wisselmonde", type="gemeente", x=0.0, y=0.0)
    b = project.add("stakeholder", name="Woonstichting", type="woningcorporatie", x=600.0,
                    y=0.0)
    project.add("relation", source_id=a, target_id=b, type="financiert", strength=2)
    figure = page_figure(project, *FIGURE_SIZE_PT, font=FIGURE_MIN_FONT)
    boxes = {text: box for text, _s, box in text_boxes(figure)}
    (ax_, ay), (bx, by) = [(x, y) for x, y, _r in _dots(figure)]
    box = boxes["Woonstichting"]
    assert box.y1 < by and abs((box.x0 + box.x1) / 2 - bx) < 1  # just below its dot
    box = boxes["Gemeente Wisselmonde"]  # at the left edge: too wide to stand below it
    assert box.x0 > ax_ and box.y0 < ay < box.y1  # to the right of its dot
    assert box.x0 >= figure.bbox.x0 and box.x1 < bx
    label = boxes["financiert"]
    assert ax_ < (label.x0 + label.x1) / 2 < bx
    assert abs((label.x0 + label.x1) / 2 - (ax_ + bx) / 2) < 2  # halfway
    assert not [line for line in figure.axes[0].lines]  # no line to a label moved aside

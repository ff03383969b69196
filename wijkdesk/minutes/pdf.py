"""The minutes as a PDF (reportlab platypus): A4, sober, in the shipped DejaVu Sans.

Layout: generous margins, one accent colour; a running header with the wijk and the date and a
footer "pagina X van Y" on every page; tables whose header row repeats on every page; the
stakeholder map and the timeline on landscape pages at the end (PNG at 200 dpi or more, so
that their small labels stay readable when printed); a PDF outline (bookmarks) of the sections.

"van Y" is a form XObject that every page draws and that is defined once the last page is known,
so a document is laid out once. A document of more than four pages gets a cover page with a
table of contents: it is built a second time with ``TableOfContents`` in front, its entries
seeded from the first build (every page moves on by the cover), so that ``multiBuild`` is
satisfied after one pass; were the seed wrong, multiBuild would simply take another pass.

Text in other scripts: every text goes through ``scripts.visual`` (Arabic joined, right-to-left
text in visual order, characters the font lacks named in brackets) and the fonts' ToUnicode
maps (``_to_unicode_cmap``) give back the typed characters when the PDF's text is copied.

The logo: ``load_logo`` reads its size from the header (a pixel limit before any decoding),
decodes it once and keeps a copy scaled down to what the page needs, in memory.

Metadata: title, author (the organisation, else "wijkdesk"), subject, keywords, creator, and
the document language in the catalogue's ``/Lang`` ("nl-NL", or "en-GB"): reportlab (4.x and
5.x) takes ``lang=`` on ``BaseDocTemplate`` and hands it through the canvas to
``PDFDocument``, which writes ``Catalog.Lang``.

The file is written whole or not at all: the document is made in memory, written to a temporary
file in the target's folder and renamed over the target. A target that is a project file is
refused; a failure to write raises WijkdeskError ``write_failed``, and ``cancelled()``
returning True raises WijkdeskError ``cancelled`` (the UI can ignore that one); in both cases
no file is left behind.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import stat
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..model.atomic import atomic_write, export_target
from ..model.errors import WijkdeskError
from . import scripts
from .content import ActionLine, Figure, Minutes, RoundBlock, agenda_line

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: More pages than this and the document gets a table of contents.
TOC_AFTER_PAGES = 4
#: Figures are embedded as PNG of at least this resolution.
MIN_DPI = 200
#: No text in the minutes is smaller: the page header and footer, notes in a table.
SMALL_PT = 8.0
#: A logo may be at most this large (file) and this many pixels (read from its header).
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MAX_PIXELS = 25_000_000
LOGO_PIXEL_LIMIT_TEXT = (f"{LOGO_MAX_PIXELS // 1_000_000} megapixels "
                         f"({math.isqrt(LOGO_MAX_PIXELS)} × {math.isqrt(LOGO_MAX_PIXELS)} pixels)")
#: The logo fits in this box (width, height) on the first page; it is embedded at
#: LOGO_DPI there, so at most 567 × 236 pixels however large the file.
LOGO_BOX = (48 * mm, 20 * mm)
LOGO_DPI = 300
#: Why a logo is refused (``logo_not_image``); wijkdesk/messages.py translates these.
LOGO_NOT_PNG_JPEG = "it is not a PNG or JPEG picture"
LOGO_DAMAGED = "the picture is damaged or incomplete"
LOGO_UNREADABLE = "the file cannot be read"
LOGO_NOT_A_FILE = "it is not a file"

ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#E9EFF5")
ZEBRA = colors.HexColor("#F5F7F9")
RULE = colors.HexColor("#B9C5D1")
INK = colors.HexColor("#1B1F23")
MUTED = colors.HexColor("#5B6670")

MARGIN_X = 24 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
FONT = "WijkdeskSans"
BOLD = "WijkdeskSans-Bold"
ITALIC = "WijkdeskSans-Oblique"
BOLD_ITALIC = "WijkdeskSans-BoldOblique"
_TOTAL_FORM = "wijkdeskPageTotal"
_fonts_lock = threading.Lock()
_fonts_ready = False
_glyphs: frozenset[int] = frozenset()  # the code points the regular font has a glyph for


# -- resources ---------------------------------------------------------------------------


def fonts_dir() -> Path:
    """``resources/fonts`` next to the package, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent.parent
    return base / "resources" / "fonts"


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with reportlab, once per process."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = fonts_dir()
        files = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
                 ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
        for name, file in files.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        for name in files:  # scripts.JOINER: a space's glyph and width, no line break at it
            face = pdfmetrics.getFont(name).face
            face.charToGlyph[ord(scripts.JOINER)] = face.charToGlyph[32]
            face.charWidths[ord(scripts.JOINER)] = face.charWidths[32]
        global _glyphs
        _glyphs = frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)
        if hasattr(ttfonts, "makeToUnicodeCMap"):  # the text layer copies what was typed
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        # Streams in binary (Flate only): ASCII85 on top makes every picture a quarter larger.
        rl_config.useA85 = 0
        _fonts_ready = True


@dataclass(frozen=True)
class Logo:
    """A checked logo, decoded once and scaled down to what the page needs.

    ``data`` is PNG (or, for a JPEG logo without transparency, JPEG) bytes that fill
    ``LOGO_BOX`` at ``LOGO_DPI`` at most, held in memory only: the minutes embed these,
    never the original file, so a large logo costs the PDF no more than a small one.
    """

    path: Path
    data: bytes
    width: int
    height: int
    original: tuple[int, int]


def _header_size(head: bytes) -> tuple[str, int, int] | None:
    """Format, width and height from the first bytes of a PNG or JPEG, without decoding.

    None when the header is not one of these or cannot be read that far.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(head) < 24 or head[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", head[16:24])
        return "PNG", width, height
    if not head.startswith(b"\xff\xd8"):
        return None
    i = 2
    while i + 4 <= len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker == 0xFF:  # fill bytes
            i += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            i += 2
            continue
        (length,) = struct.unpack(">H", head[i + 2:i + 4])
        if marker in _SOF_MARKERS:
            if i + 9 > len(head):
                return None
            height, width = struct.unpack(">HH", head[i + 5:i + 9])
            return "JPEG", width, height
        if length < 2:
            return None
        i += 2 + length
    return None


#: JPEG start-of-frame markers (baseline, progressive, lossless, ...; not DHT, JPG, DAC).
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                          0xCE, 0xCF})
_logo_cache: dict[tuple[str, int, int], Logo] = {}
_logo_lock = threading.Lock()


def _megabytes(n: int) -> str:
    return f"{max(1, round(n / (1024 * 1024)))} MB"


def load_logo(path: str | os.PathLike[str]) -> Logo:
    """The logo file checked, decoded and scaled down; WijkdeskError if it is no usable logo.

    Refused: a file larger than ``LOGO_MAX_BYTES``, or whose header declares more than
    ``LOGO_MAX_PIXELS`` (read before anything is decoded, so a decompression bomb costs
    nothing), as ``logo_too_large``; anything that is not a PNG or JPEG picture that decodes
    whole (a truncated or garbled file) as ``logo_not_image`` with the reason. The picture is
    decoded once, here, under Pillow's own pixel limit too, and kept in memory scaled down to
    what the page needs (``LOGO_BOX`` at ``LOGO_DPI``). The last logo loaded is remembered
    while its file is unchanged (same size and modification time), so that the next minutes
    do not decode it again.
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        raise WijkdeskError("not_found", path=str(p)) from None
    if not stat.S_ISREG(st.st_mode):
        raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_NOT_A_FILE)
    if st.st_size > LOGO_MAX_BYTES:
        raise WijkdeskError("logo_too_large", path=str(p), size=_megabytes(st.st_size),
                            limit=_megabytes(LOGO_MAX_BYTES))
    key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
    with _logo_lock:
        if key in _logo_cache:
            return _logo_cache[key]
    try:
        raw = p.read_bytes()
    except OSError:
        raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_UNREADABLE) from None
    logo = _decode_logo(p, raw)
    with _logo_lock:
        _logo_cache.clear()
        _logo_cache[key] = logo
    return logo


def _decode_logo(p: Path, raw: bytes) -> Logo:
    from PIL import Image as PILImage

    header = _header_size(raw[:65536])
    if header is None:
        raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_NOT_PNG_JPEG)
    fmt, width, height = header

    def too_large(w: int, h: int) -> WijkdeskError:
        return WijkdeskError("logo_too_large", path=str(p), size=f"{w} × {h} pixels",
                             limit=LOGO_PIXEL_LIMIT_TEXT)

    if width * height > LOGO_MAX_PIXELS:
        raise too_large(width, height)
    if not width or not height:
        raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_DAMAGED)
    try:
        with PILImage.open(io.BytesIO(raw), formats=(fmt,)) as im:
            if im.size != (width, height):  # a header that says one thing, Pillow another
                raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_DAMAGED)
            im.verify()  # PNG: every chunk's checksum
        with PILImage.open(io.BytesIO(raw), formats=(fmt,)) as im:
            box = _logo_pixels()
            if fmt == "JPEG":  # decode straight at a reduced scale (every block is still read)
                im.draft(im.mode if im.mode in ("L", "RGB") else None, box)
            im.load()
            picture = _normalised(im)
            picture.thumbnail(box, PILImage.Resampling.LANCZOS)
            out = io.BytesIO()
            if fmt == "JPEG" and picture.mode in ("L", "RGB"):
                picture.save(out, "JPEG", quality=90)
            else:
                picture.save(out, "PNG", optimize=False, compress_level=6)
    except WijkdeskError:
        raise
    except PILImage.DecompressionBombError:
        raise too_large(width, height) from None
    except MemoryError:
        raise too_large(width, height) from None
    except Exception:  # noqa: BLE001 - a picture that does not decode whole is damaged
        raise WijkdeskError("logo_not_image", path=str(p), reason=LOGO_DAMAGED) from None
    return Logo(p, out.getvalue(), picture.width, picture.height, (width, height))


def _logo_pixels() -> tuple[int, int]:
    """``LOGO_BOX`` in pixels at ``LOGO_DPI``."""
    return (math.ceil(LOGO_BOX[0] / 72 * LOGO_DPI), math.ceil(LOGO_BOX[1] / 72 * LOGO_DPI))


def _normalised(im: Any) -> Any:
    """The picture in a mode that PNG/JPEG writing and reportlab both take."""
    if im.mode in ("1", "L", "RGB", "RGBA", "LA"):
        return im
    if im.mode == "P" or "transparency" in im.info:
        return im.convert("RGBA")
    if im.mode.startswith("I"):  # 16-bit grey
        return im.point(lambda v: v / 256).convert("L")
    return im.convert("RGB")  # CMYK, YCbCr, ...


def check_logo(path: str | os.PathLike[str]) -> Path:
    """The logo file if it is a usable PNG or JPEG (see ``load_logo``); WijkdeskError if not.

    For the settings dialog (refuse a bad logo when it is chosen) and the command line.
    """
    return load_logo(path).path


# -- styles ------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.6, textColor=INK,
                          spaceAfter=5, splitLongWords=True, bulletFontName=FONT)
    s = {"body": base}
    s["title"] = ParagraphStyle("title", base, fontName=BOLD, fontSize=19, leading=24,
                                textColor=ACCENT, spaceAfter=3)
    s["kicker"] = ParagraphStyle("kicker", base, fontName=BOLD, fontSize=9, leading=12,
                                 textColor=MUTED, spaceAfter=2)
    s["subtitle"] = ParagraphStyle("subtitle", base, fontSize=11.5, leading=15,
                                   textColor=MUTED, spaceAfter=10)
    s["h1"] = ParagraphStyle("h1", base, fontName=BOLD, fontSize=13.5, leading=18,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=6, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", base, fontName=BOLD, fontSize=11, leading=14.5,
                             textColor=INK, spaceBefore=9, spaceAfter=4, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", base, fontName=BOLD, fontSize=9.8, leading=13.5,
                             textColor=ACCENT, spaceBefore=7, spaceAfter=2, keepWithNext=1)
    s["small"] = ParagraphStyle("small", base, fontSize=8.3, leading=11.5, textColor=MUTED)
    s["bullet"] = ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2.5)
    s["item"] = ParagraphStyle("item", base, leftIndent=18, bulletIndent=0, spaceAfter=2.5)
    s["cell"] = ParagraphStyle("cell", base, fontSize=8.8, leading=12, spaceAfter=0)
    s["cell_right"] = ParagraphStyle("cell_right", s["cell"], alignment=TA_RIGHT)
    s["head"] = ParagraphStyle("head", s["cell"], fontName=BOLD, textColor=colors.white)
    s["head_right"] = ParagraphStyle("head_right", s["head"], alignment=TA_RIGHT)
    s["label"] = ParagraphStyle("label", s["cell"], fontName=BOLD, textColor=MUTED)
    s["caption"] = ParagraphStyle("caption", base, fontSize=8.3, leading=11.5,
                                  textColor=MUTED, spaceBefore=4)
    s["toc0"] = ParagraphStyle("toc0", base, fontSize=10, leading=15, leftIndent=0,
                               firstLineIndent=0)
    s["toc1"] = ParagraphStyle("toc1", base, fontSize=9, leading=13, leftIndent=14,
                               firstLineIndent=0, textColor=MUTED)
    s["org"] = ParagraphStyle("org", base, fontName=BOLD, fontSize=10, leading=13,
                              textColor=ACCENT, alignment=TA_LEFT)
    return s


def _has_glyph(cp: int) -> bool:
    return cp in _glyphs


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, each glyph mapped to the text it stands
    for (``scripts.to_unicode``) in UTF-16: joined Arabic forms to their letters, characters
    beyond U+FFFF as surrogate pairs (reportlab wrote five hex digits: a wrong character)."""
    pairs = "\n".join(f"<{i:02X}> <{scripts.to_unicode(cp).encode('utf-16-be').hex().upper()}>"
                      for i, cp in enumerate(subset))
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        pairs, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
        "end"])


def _plain(value: str) -> str:
    """Text as the PDF sets it: right-to-left scripts shaped and in visual order, glyphs the
    font lacks named (``scripts.visual``)."""
    return scripts.visual(value or "", _has_glyph)


def _text(value: str) -> str:
    """Plain text as Paragraph markup: set for the PDF (``_plain``), escaped, line breaks
    kept."""
    return escape(_plain(value)).replace("\n", "<br/>")


def _paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    blocks = [b.strip() for b in (value or "").replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(_text(b), style) for b in blocks if b]


class _Heading(Paragraph):
    """A section heading: it goes into the outline and the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(_text(text), style)
        self.toc_text, self.level, self.key = text, level, key


# -- the story ---------------------------------------------------------------------------


class _Story:
    """Builds the flowables of the minutes."""

    def __init__(self, minutes: Minutes, organisation: str, logo: Logo | None,
                 width: float) -> None:
        self.m = minutes
        self.w = minutes.words()
        self.s = _styles()
        self.organisation = organisation.strip()
        self.logo = logo
        self.width = width
        self.keys = 0

    def heading(self, text: str, level: int = 0) -> _Heading:
        self.keys += 1
        style = self.s["h1"] if level == 0 else self.s["h2"]
        return _Heading(text, style, level, f"s{self.keys}")

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float],
              right: tuple[int, ...] = ()) -> Table:
        s = self.s
        head = [Paragraph(_text(h), s["head_right"] if i in right else s["head"])
                for i, h in enumerate(header)]
        body = [[c if isinstance(c, Flowable) else
                 Paragraph(_text(str(c)), s["cell_right"] if i in right else s["cell"])
                 for i, c in enumerate(row)] for row in rows]
        scale = self.width / sum(widths)
        table = Table([head, *body], colWidths=[w * scale for w in widths], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.8),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    # -- sections --

    def title_block(self, *, cover: bool = False) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = []
        top: list[Flowable] = []
        if self.organisation:
            top.append(Paragraph(_text(self.organisation), s["org"]))
        if self.logo is not None:
            iw, ih = self.logo.width, self.logo.height  # the scaled-down copy, not the file
            scale = min(LOGO_BOX[0] / iw, LOGO_BOX[1] / ih)
            logo: Flowable = Image(io.BytesIO(self.logo.data), iw * scale, ih * scale)
            logo.hAlign = "RIGHT"
            out.append(Table([[top or "", logo]], colWidths=[self.width * 0.6, self.width * 0.4],
                             style=[("FONT", (0, 0), (-1, -1), FONT, 8.8),
                                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, 6 * mm))
        elif top:
            out += [*top, Spacer(1, 4 * mm)]
        if cover:
            out.append(Spacer(1, 30 * mm))
        kicker = w["minutes"].upper()
        if m.anonymous:
            kicker += " · " + w["anonymised"].upper()
        out.append(Paragraph(_text(kicker), s["kicker"]))
        out.append(Paragraph(_text(m.title or w["minutes"]), s["title"]))
        sub = " · ".join(x for x in (m.wijk, m.date) if x)
        if sub:
            out.append(Paragraph(_text(sub), s["subtitle"]))
        return out

    def details(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        rows = [(w["wijk"], m.wijk), (w["date"], m.date), (w["place"], m.place),
                (w["chair"], m.chair), (w["minute_taker"], m.minute_taker),
                (w["format"], m.format)]
        data = [[Paragraph(_text(k), s["label"]), Paragraph(_text(v), s["cell"])]
                for k, v in rows if v and v.strip()]
        if not data:
            return []
        table = Table(data, colWidths=[34 * mm, self.width - 34 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8.8),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
        ]))
        return [table, Spacer(1, 2 * mm)]

    def attendance(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = [self.heading(w["present"])]
        if not m.residents and not m.attendance and not m.named:
            out.append(Paragraph(_text(w["no_attendance"]), s["body"]))
        if m.residents:
            line = f"<b>{_text(w['residents_line'].format(n=m.residents))}</b>"
            parts = [f"{_text(_who(r))}: {r.count}" for r in m.resident_lines if _who(r)]
            if len(parts) > 1 or (parts and m.resident_lines[0].count != m.residents):
                line += " (" + "; ".join(parts) + ")"
            out.append(Paragraph(line, s["body"]))
        if m.attendance:
            rows = [[a.organisation, a.role, str(a.count)] for a in m.attendance]
            out.append(self.table([w["organisation"], w["role"], w["count"]], rows,
                                  [70, 70, 18], right=(2,)))
        if m.named:
            out.append(Paragraph(_text(w["named"]), s["h3"]))
            out.append(self.table([w["name"], w["organisation"], w["role"]],
                                  [[a.name, a.organisation, a.role] for a in m.named],
                                  [50, 60, 50]))
        out.append(Paragraph(_text(w["absent"]), s["h3"]))
        if m.absent:
            names = []
            for a in m.absent:
                text = _who(a)
                if a.count > 1:
                    text += f" ({a.count})"
                if a.name:
                    text += f": {a.name}"
                names.append(_text(text))
            out.append(Paragraph("; ".join(names) + ".", s["body"]))
        else:
            out.append(Paragraph(_text(w["nobody_absent"]), s["body"]))
        return out

    def agenda(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = [self.heading(w["agenda"])]
        if not m.agenda:
            return [*out, Paragraph(_text(w["no_agenda"]), s["body"])]
        lines = [Paragraph(_text(agenda_line(item, w)), s["item"], bulletText=f"{item.number}.")
                 for item in m.agenda]
        # A heading with keepWithNext does not hold on to a KeepTogether: keep them as one.
        return [KeepTogether([*out, *lines])] if len(lines) <= 25 else [*out, *lines]

    def proceedings(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        items = [i for i in m.agenda if i.text.strip()]
        if not items and not m.notes:
            return []
        out: list[Flowable] = [self.heading(w["proceedings"])]
        for item in items:
            out.append(Paragraph(_text(f"{item.number}. {item.title}"), s["h3"]))
            out += _paragraphs(item.text, s["body"])
        if m.notes:
            if items:  # under their own heading, each note's title leads its paragraph
                out.append(Paragraph(_text(w["other_notes"]), s["h3"]))
            for note in m.notes:
                title = note.title.strip()
                if title and not items:
                    out.append(Paragraph(_text(title), s["h3"]))
                    title = ""
                blocks = _paragraphs(note.text, s["body"]) or [Paragraph("", s["body"])]
                if title:
                    lead = f"<b>{_text(title)}.</b> " if title[-1] not in ".:?!" else \
                        f"<b>{_text(title)}</b> "
                    first = note.text.strip().split("\n\n")[0] if note.text.strip() else ""
                    blocks[0] = Paragraph(lead + _text(first.strip()), s["body"])
                out += blocks
        return out

    def results(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = [self.heading(w["results"])]
        if not m.rounds or all(r.empty for r in m.rounds):
            return [*out, Paragraph(_text(w["no_rounds"]), s["body"])]
        for r in m.rounds:
            out += self.round(r)
        return out

    def _votes(self, n: int) -> str:
        return self.w["vote_1"] if n == 1 else self.w["votes_n"].format(n=n)

    def round(self, r: RoundBlock) -> list[Flowable]:
        w, s = self.w, self.s
        title = w["round"].format(n=r.number)
        if r.prompt:
            title += f": {r.prompt}"
        out: list[Flowable] = [self.heading(title, 1)]
        if r.format:
            out.append(Paragraph(_text(w["round_format"].format(format=r.format)), s["small"]))
        if r.empty:
            return [*out, Paragraph(_text(w["no_insights"]), s["body"])]
        if r.voted and r.clusters:
            out.append(Paragraph(_text(w["ranking"]), s["h3"]))
            rows = []
            for c in r.ranked:
                rank = str(c.rank) + (f" ({w['shared']})" if c.shared else "")
                rows.append([rank, c.name, str(len(c.insights)), str(c.votes)])
            if rows:
                out.append(self.table([w["rank"], w["cluster"], w["insights_n"], w["votes"]],
                                      rows, [21, 95, 24, 22], right=(2, 3)))
            if r.unranked:  # no votes, no rank: named after the ranked ones
                names = ", ".join(c.name for c in r.unranked)
                out += [Spacer(1, 4), Paragraph(f"<b>{_text(w['unranked'])}:</b> "
                                                f"{_text(names)}", s["body"])]
        for c in r.clusters:
            head = _text(c.name)
            if r.voted:
                head += f' <font name="{FONT}" color="#5B6670" size="8.5">· ' \
                        f"{_text(self._votes(c.votes))}</font>"
            out.append(Paragraph(head, s["h3"]))
            out += [self.insight(i, r.voted) for i in c.insights]
        if r.loose:
            out.append(Paragraph(_text(w["loose"]), s["h3"]))
            out += [self.insight(i, r.voted) for i in r.loose]
        return out

    def insight(self, i: Any, voted: bool) -> Paragraph:
        extra = []
        if i.table:
            extra.append(self.w["table_n"].format(n=i.table))
        if voted and i.votes:
            extra.append(self._votes(i.votes))
        text = _text(i.text)
        if extra:
            text += f' <font color="#5B6670" size="8">({_text(", ".join(extra))})</font>'
        return Paragraph(text, self.s["bullet"], bulletText="•")

    def agreements(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = [self.heading(w["agreements"])]
        if not m.agreements:
            return [*out, Paragraph(_text(w["no_agreements"]), s["body"])]
        phases = any(a.phase for a in m.agreements)
        who = any(a.who for a in m.agreements)  # wie and wanneer, when any agreement has one
        due = any(a.due for a in m.agreements)
        header, widths = [w["number"], w["agreement"]], [12, 148]
        if who:
            header, widths = [*header, w["who"]], [*widths, 40]
        if due:
            header, widths = [*header, w["when"]], [*widths, 24]
        if phases:
            header, widths = [*header, w["phase"]], [*widths, 36]
        widths[1] = max(64, widths[1] - sum(widths[2:]))  # the text keeps what is left
        rows = [[str(a.number), a.text] + ([a.who] if who else []) + ([a.due] if due else [])
                + ([a.phase] if phases else []) for a in m.agreements]
        out.append(self.table(header, rows, widths))
        return out

    def _status(self, a: ActionLine) -> Paragraph:
        text = _text(a.status)
        if a.postponed:
            text += f'<br/><font color="#5B6670" size="{SMALL_PT}">' \
                    f'{_text(self.w["postponed_n"].format(n=a.postponed))}</font>'
        return Paragraph(text, self.s["cell"])

    def actions(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        out: list[Flowable] = [self.heading(w["actions"])]
        if not m.actions:
            return [*out, Paragraph(_text(w["no_actions"]), s["body"])]
        header = [w["number"], w["what"], w["who"], w["when"], w["status"]]
        new, carried = m.new_actions, m.carried_actions
        if new:
            if carried:
                out.append(Paragraph(_text(w["new_actions"]), s["h3"]))
            rows = [[str(a.number), a.what, a.who, a.due, self._status(a)] for a in new]
            out.append(self.table(header, rows, [10, 60, 41, 25, 26]))
        if carried:
            out.append(Paragraph(_text(w["carried_actions"]), s["h3"]))
            rows = [[str(a.number), a.what, a.who, a.due, self._status(a), a.origin]
                    for a in carried]
            out.append(self.table([*header, w["from"]], rows, [10, 44, 33, 24, 26, 25]))
        return out

    def next_meeting(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        text = m.next_meeting.strip() or w["next_unknown"]
        return [self.heading(w["next_meeting"]), *_paragraphs(text, s["body"])]

    def apk(self) -> list[Flowable]:
        m, w, s = self.m, self.w, self.s
        if m.apk is None:
            return []
        out: list[Flowable] = [self.heading(w["apk"])]
        if m.apk.date:
            out.append(Paragraph(_text(m.apk.date), s["small"]))
        if m.apk.scores:
            rows = [[x.question, str(x.score) if x.score else "–", x.note]
                    for x in m.apk.scores]
            out.append(self.table([w["question"], w["score"], w["note"]], rows, [70, 14, 76],
                                  right=(1,)))
        out += _paragraphs(m.apk.summary, s["body"])
        return out

    def figure(self, f: Figure, frame: tuple[float, float]) -> list[Flowable]:
        """A figure on a page of its own (landscape), or its stand-in text in the flow."""
        s = self.s
        if f.png is None:
            text = f.placeholder or f.caption
            return [self.heading(f.title), *_paragraphs(text, s["body"])]
        reader = ImageReader(io.BytesIO(f.png))
        iw, ih = reader.getSize()
        fw, fh = frame
        room = fh - 26 * mm  # the heading and the caption
        if f.width_pt and f.width_pt <= fw + 0.5 and f.height_pt <= room + 0.5:
            # drawn for the page: placed at the size it was drawn for, its text as drawn
            width, height = f.width_pt, f.height_pt
        else:
            scale = min(fw / iw, room / ih, 72 / MIN_DPI)  # never below MIN_DPI on paper
            width, height = iw * scale, ih * scale
        image = Image(io.BytesIO(f.png), width, height)
        image.hAlign = "CENTER"
        out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(),
                               self.heading(f.title), image]
        if f.caption:
            out.append(Paragraph(_text(f.caption), s["caption"]))
        return out

    def body(self, landscape_frame: tuple[float, float]) -> list[Flowable]:
        story: list[Flowable] = [*self.title_block(), *self.details()]
        for part in (self.attendance(), self.agenda(), self.proceedings(), self.results(),
                     self.agreements(), self.actions(), self.next_meeting(), self.apk()):
            if part:
                story += [CondPageBreak(30 * mm), *part]
        pictures = [f for f in self.m.figures if f.png is not None]
        for f in self.m.figures:
            if f.png is None:
                story += [CondPageBreak(30 * mm), *self.figure(f, landscape_frame)]
        for f in pictures:
            story += self.figure(f, landscape_frame)
        return story

    def cover(self, toc: TableOfContents) -> list[Flowable]:
        head = Paragraph(_text(self.w["contents"]), self.s["h1"])
        return [*self.title_block(cover=True), Spacer(1, 12 * mm), head, toc,
                NextPageTemplate("portrait"), PageBreak()]


def _who(a: Any) -> str:
    return ", ".join(x for x in (a.role, a.organisation) if x) if a.role else a.organisation


# -- the document ------------------------------------------------------------------------


class _CancelledError(Exception):
    pass


class _PagedCanvas(Canvas):
    """Counts its pages and, on save, defines the "van Y" form every page refers to."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages = 0

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm(_TOTAL_FORM)
        self.setFont(FONT, SMALL_PT)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, target: Any, minutes: Minutes, organisation: str,
                 step: Callable[[int], None], **kw: Any) -> None:
        self.minutes = minutes
        self.organisation = organisation
        self.step = step
        self.headings: list[tuple[int, str, int, str]] = []
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        portrait = Frame(MARGIN_X, MARGIN_BOTTOM, A4[0] - 2 * MARGIN_X,
                         A4[1] - MARGIN_TOP - MARGIN_BOTTOM, id="portrait", leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)
        wide = landscape(A4)
        land = Frame(MARGIN_X, MARGIN_BOTTOM, wide[0] - 2 * MARGIN_X,
                     wide[1] - MARGIN_TOP - MARGIN_BOTTOM, id="landscape", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("portrait", [portrait], onPage=self._decorate, pagesize=A4),
            PageTemplate("landscape", [land], onPage=self._decorate, pagesize=wide),
        ])

    @staticmethod
    def frame_size(template: str) -> tuple[float, float]:
        size = A4 if template == "portrait" else landscape(A4)
        return size[0] - 2 * MARGIN_X, size[1] - MARGIN_TOP - MARGIN_BOTTOM

    def build(self, flowables: list[Any], *args: Any, **kwargs: Any) -> None:
        self._story = flowables  # the list being laid out (multiBuild passes a copy)
        super().build(flowables, *args, **kwargs)

    def handle_flowable(self, flowables: list[Any]) -> None:
        # Also called for the page's own start-up actions: only the story counts.
        main = flowables is getattr(self, "_story", None)
        if main:
            self.step(len(flowables))
        super().handle_flowable(flowables)
        if main:
            self.step(len(flowables))

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            page = self.page
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=flowable.level)
            self.headings.append((flowable.level, flowable.toc_text, page, flowable.key))
            self.notify("TOCEntry", (flowable.level, _text(flowable.toc_text), page,
                                     flowable.key))

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        m = self.minutes
        w = m.words()
        width, height = canv._pagesize
        canv.saveState()
        canv.setFont(FONT, SMALL_PT)
        canv.setFillColor(MUTED)
        left = " · ".join(x for x in (w["minutes"], m.wijk) if x)
        right = m.date or ""
        if m.anonymous:
            right = " · ".join(x for x in (right, w["anonymised"]) if x)
        y = height - MARGIN_TOP + 9 * mm
        canv.drawString(MARGIN_X, y, _fit(left, width * 0.5))
        canv.drawRightString(width - MARGIN_X, y, _fit(right, width * 0.4))
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.7)
        canv.line(MARGIN_X, y - 2.6 * mm, width - MARGIN_X, y - 2.6 * mm)
        fy = MARGIN_BOTTOM - 11 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, fy + 4 * mm, width - MARGIN_X, fy + 4 * mm)
        label = w["page_of"].format(page=canv.getPageNumber())
        canv.drawString(MARGIN_X, fy, label)
        canv.saveState()
        canv.translate(MARGIN_X + pdfmetrics.stringWidth(label, FONT, SMALL_PT), fy)
        canv.doForm(_TOTAL_FORM)
        canv.restoreState()
        footer = self.organisation or m.title
        canv.drawRightString(width - MARGIN_X, fy, _fit(footer, width * 0.55))
        canv.restoreState()


def _fit(text: str, width: float, size: float = SMALL_PT) -> str:
    """Shorten text with "…" to fit width at the header's font size (set for the PDF)."""
    text = _plain(" ".join((text or "").split()))
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _metadata(minutes: Minutes, organisation: str) -> dict[str, Any]:
    w = minutes.words()
    where = ", ".join(x for x in (minutes.wijk, minutes.date) if x)
    title = " — ".join(x for x in (w["minutes"], minutes.title, where) if x)
    if minutes.anonymous:
        title += f" ({w['anonymised']})"
    keywords = [x for x in (minutes.wijk, minutes.municipality, w["minutes"]) if x]
    return {
        "title": title, "author": organisation.strip() or "wijkdesk",
        "subject": w["subject"].format(wijk=minutes.wijk or "?"),
        "keywords": keywords, "creator": "wijkdesk", "producer": "wijkdesk (reportlab)",
        "lang": "nl-NL" if minutes.lang == "nl" else "en-GB", "displayDocTitle": True,
        "initialFontName": FONT, "initialFontSize": 9.5,
    }


def render_pdf(minutes: Minutes, *, organisation: str = "", logo: Path | Logo | None = None,
               progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> tuple[bytes, int]:
    """The PDF as bytes and its number of pages (no file written); see ``write_pdf``."""
    register_fonts()
    if logo is not None and not isinstance(logo, Logo):
        logo = load_logo(logo)
    meta = _metadata(minutes, organisation)
    maker = _Story(minutes, organisation, logo, _Doc.frame_size("portrait")[0])
    story = maker.body(_Doc.frame_size("landscape"))
    # Progress counts the flowables laid out: those of the first build, then (with a table
    # of contents) those of the second; it never goes back.
    state = {"base": 0, "size": len(story), "total": len(story), "done": 0}

    def step(remaining: int) -> None:
        if cancelled is not None and cancelled():
            raise _CancelledError
        done = min(state["base"] + state["size"] - remaining, state["total"])
        if done > state["done"]:
            state["done"] = done
            if progress is not None:
                progress(done, state["total"])

    step(len(story))
    canvases: list[_PagedCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _PagedCanvas:
        canvases.append(_PagedCanvas(*args, **kwargs))
        return canvases[-1]

    buffer = io.BytesIO()
    doc = _Doc(buffer, minutes, organisation, step, **meta)
    doc.build(list(story), canvasmaker=make_canvas)
    pages = canvases[-1].pages
    if pages > TOC_AFTER_PAGES:
        s = maker.s
        toc = TableOfContents(levelStyles=[s["toc0"], s["toc1"]], dotsMinLevel=0,
                              tableStyle=TableStyle([
                                  ("FONT", (0, 0), (-1, -1), FONT, 9),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        # Every heading moves on by the cover page: seed the entries with that, so that
        # multiBuild's first pass already draws the right page numbers.
        toc._entries = [(level, _text(text), page + 1, key)
                        for level, text, page, key in doc.headings]
        # New flowables: laid-out ones keep state (a postponed paragraph would not move again).
        maker.keys = 0
        story = maker.cover(toc) + maker.body(_Doc.frame_size("landscape"))
        state.update(base=state["size"], size=len(story), total=state["size"] + len(story))
        buffer = io.BytesIO()
        canvases.clear()
        doc = _Doc(buffer, minutes, organisation, step, **meta)
        doc.multiBuild(list(story), canvasmaker=make_canvas)
        pages = canvases[-1].pages
    if progress is not None and state["done"] < state["total"]:
        progress(state["total"], state["total"])
    return buffer.getvalue(), pages


def _refuse_project_file(target: Path) -> None:
    if target.suffix.lower() == ".wijkdesk":
        raise WijkdeskError("export_over_project", path=str(target))
    with contextlib.suppress(OSError), target.open("rb") as f:
        if f.read(16) == b"SQLite format 3\x00":
            raise WijkdeskError("export_over_project", path=str(target))


def write_pdf(minutes: Minutes, path: str | os.PathLike[str], *, organisation: str = "",
              logo: Path | Logo | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """Write the minutes to a PDF at path, whole or not at all; returns the path.

    ``organisation`` (the author, shown in the title block and the footer) and ``logo`` (a PNG
    or JPEG file, or a ``Logo`` already loaded: see ``load_logo``) come from the settings.
    ``progress(done, total)`` is called as the document is laid out (total grows once when a
    table of contents is added);
    ``cancelled()`` is asked as often, and when it says True the export stops with
    WijkdeskError ``cancelled`` and writes nothing. Needs no project: may run in a worker
    thread.
    """
    target = Path(path)
    export_target(target)  # a pipe or a device is refused before anything opens it
    _refuse_project_file(target)
    try:
        data, _pages = render_pdf(minutes, organisation=organisation, logo=logo,
                                  progress=progress, cancelled=cancelled)
    except _CancelledError:
        raise WijkdeskError("cancelled") from None

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        if cancelled is not None and cancelled():
            raise _CancelledError

    try:  # whole or not at all, into a link's target (atomic_write)
        return atomic_write(target, write)
    except _CancelledError:
        raise WijkdeskError("cancelled") from None

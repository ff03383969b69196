"""Names and texts in other scripts in the minutes PDF: Arabic joined and set right to left,
Hebrew right to left, Dutch accents as typed, an emoji the font has copied as itself and one
it lacks named in brackets; the text layer gives back what was typed."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from tests.conftest import DEVICE_A
from tests.pdf_util import Pdf
from wijkdesk.minutes import pdf, scripts
from wijkdesk.minutes.content import build_minutes
from wijkdesk.minutes.pdf import write_pdf
from wijkdesk.minutes.scripts import JOINER, STRETCH, visual
from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo

ARABIC = "محمد العلي"
ARABIC_2 = "علاء بلال"  # lam-alef twice: the ligature
HEBREW = "שרה לוי"
DUTCH = "Hébé Ørsted-Çelik"
GRIN = "😀"  # DejaVu Sans has it (beyond U+FFFF)
THUMBS = "👍"  # it has not
NOTE = f"Goed idee {GRIN} en {THUMBS}🏽 van {DUTCH}"


def _has(cp: int) -> bool:
    pdf.register_fonts()
    return cp in pdfmetrics.getFont(pdf.FONT).face.charToGlyph


def _letters(text: str) -> str:
    """Presentation forms back to their letters (what a viewer shows when copying)."""
    return "".join(unicodedata.normalize("NFKC", c) if 0xFB50 <= ord(c) <= 0xFEFF else c
                   for c in text)


# -- setting the text --------------------------------------------------------------------


def test_arabic_letters_take_their_joined_forms():
    shaped = scripts.shape_arabic("محمد", _has)
    names = [unicodedata.name(c) for c in shaped]
    assert names == ["ARABIC LETTER MEEM INITIAL FORM", "ARABIC LETTER HAH MEDIAL FORM",
                     "ARABIC LETTER MEEM MEDIAL FORM", "ARABIC LETTER DAL FINAL FORM"]
    assert _letters(shaped) == "محمد"
    # lam and alef become one glyph; a right-joining letter (alef) ends a joined group
    assert [unicodedata.name(c) for c in scripts.shape_arabic("لا", _has)] == [
        "ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM"]
    assert "FINAL" in unicodedata.name(scripts.shape_arabic("بلا", _has)[1])
    assert "ISOLATED" in unicodedata.name(scripts.shape_arabic("ا", _has))


def test_a_right_to_left_name_is_in_visual_order_and_unbreakable_in_a_dutch_line():
    line = visual(f"Naam: {ARABIC} (tafel 3)", _has)
    assert line.startswith("Naam: ") and line.endswith(" (tafel 3)")
    middle = line[len("Naam: "):-len(" (tafel 3)")]
    assert " " not in middle and JOINER in middle  # no line break inside the name
    words = middle.split(JOINER)
    assert [_letters(w)[::-1] for w in reversed(words)] == ARABIC.split()


def test_numbers_keep_their_digits_and_brackets_mirror_in_right_to_left_text():
    line = visual("فاطمة 12.5 (بيت)", _has).replace(JOINER, " ")
    assert "12.5" in line
    # logical: word, number, "(" word ")" -> visual from the left: "(" word ")" number word
    assert re.fullmatch(r"\(\S+\) 12\.5 \S+", line)
    assert visual(f"{HEBREW} (١٢)", _has).replace(JOINER, " ").startswith("(١٢) ")


def test_a_dutch_line_that_starts_with_a_name_reads_left_to_right_name_first():
    line = visual(f"{ARABIC} wil een buurtbatterij [thumbs up sign]", _has)
    name, rest = line.split(" ", 1)
    assert rest == "wil een buurtbatterij [thumbs up sign]"  # no bracket turned around
    assert [_letters(w)[::-1] for w in reversed(name.split(JOINER))] == ARABIC.split()


def test_a_line_without_left_to_right_letters_is_set_right_to_left():
    line = visual(f"{ARABIC} 12", _has).replace(JOINER, " ")
    assert line.startswith("12 ")  # the number at the line's (right-to-left) end
    assert _letters(line[len("12 "):]) == " ".join(
        w[::-1] for w in reversed(ARABIC.split()))


def test_a_long_right_to_left_passage_is_set_in_pieces_that_each_fit_a_line():
    passage = " ".join(["كلمة"] * 30)
    out = visual(passage, _has)
    pieces = out.split(" ")
    assert len(pieces) > 1 and all(len(p) <= STRETCH for p in pieces)
    assert sum(len(p.split(JOINER)) for p in pieces) == 30


def test_characters_the_font_lacks_are_named_not_drawn_as_something_else():
    assert _has(ord(GRIN)) and not _has(ord(THUMBS))
    out = visual(NOTE, _has)
    assert out == f"Goed idee {GRIN} en [thumbs up sign] van {DUTCH}"  # skin tone left out
    assert visual(DUTCH, _has) == DUTCH
    assert visual("a\u2066b", _has) in ("ab", "a\u2066b")  # an invisible control: no name


def test_the_text_layer_maps_glyphs_to_what_was_typed():
    assert scripts.to_unicode(ord(JOINER)) == " "
    assert scripts.to_unicode(0xFEE3) == "م"  # meem, initial form
    assert scripts.to_unicode(0xFEFB) == "اﻝ"[0] + "ل"  # lam-alef, in visual order
    assert scripts.to_unicode(ord(GRIN)) == GRIN
    cmap = pdf._to_unicode_cmap("F", [0, 0x41, ord(GRIN), 0xFEE3])
    assert "<02> <D83DDE00>" in cmap and "<03> <0645>" in cmap and "<01> <0041>" in cmap


# -- the minutes ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory) -> Path:
    """The demo's latest evening with an Arabic, a Hebrew and a Dutch name present, and a
    note with emoji."""
    folder = tmp_path_factory.mktemp("scripts")
    path = folder / "klaverveld.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    with Project.open(path, device=DEVICE_A) as project:
        evening = project.all("bijeenkomst", order="date")[-1].id
        for name in (ARABIC, ARABIC_2, HEBREW, DUTCH):
            project.add("attendance", bijeenkomst_id=evening, group="bewoners",
                        organisation="Bewoners", role="bewoner", count=1, name=name,
                        consent=True)
        project.add("note", bijeenkomst_id=evening, title="Reactie", text=NOTE)
        minutes = build_minutes(project, evening, figures=False)
    return write_pdf(minutes, folder / "verslag.pdf")


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return "".join(c for c in out if c not in "\u202a\u202b\u202c\u200e\u200f")


def test_pdftotext_gives_back_the_names_and_the_note_as_typed(minutes_pdf):
    text = _pdftotext(minutes_pdf)
    lines = [line.strip() for line in text.splitlines()]
    for name in (ARABIC, ARABIC_2, HEBREW, DUTCH):
        assert any(name in line for line in lines), name
    assert f"Goed idee {GRIN} en [thumbs up sign] van {DUTCH}" in text


def test_the_text_layer_has_no_joined_forms_wrong_or_private_characters(minutes_pdf):
    for text in (Pdf.read(minutes_pdf).text(), _pdftotext_or_empty(minutes_pdf)):
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff\ue000-\uf8ff]", text)
        assert "\u1f60" not in text  # what reportlab made of U+1F600
        assert THUMBS not in text
    ours = Pdf.read(minutes_pdf).text()
    assert GRIN in ours and DUTCH in ours
    # in content order the glyphs are in visual order: each word's letters reversed
    assert all(word[::-1] in ours for word in ARABIC.split() + HEBREW.split())


def _pdftotext_or_empty(path: Path) -> str:
    return _pdftotext(path) if shutil.which("pdftotext") else ""


def test_no_glyph_is_missing_from_the_fonts_in_the_pdf(minutes_pdf):
    """Every character drawn has a glyph in the font: none is drawn as an empty box."""
    pdf_file = Pdf.read(minutes_pdf)
    drawn: set[str] = set()  # every character of every font subset's text layer
    for number in pdf_file.offsets:
        body = pdf_file.obj(number)
        if b"/ToUnicode" in body.split(b"stream", 1)[0]:
            drawn |= set("".join(pdf_file._cmap(number, {}).values()))
    assert set(ARABIC.replace(" ", "")) <= drawn and GRIN in drawn
    missing = {ch for ch in drawn if not _has(ord(ch)) and unicodedata.category(ch) != "Cc"}
    assert missing <= set(ARABIC_2)  # letters drawn through joined forms only (lam-alef)

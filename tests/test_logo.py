"""The logo on the minutes: read with a pixel limit, decoded once when it is chosen, scaled
down to what the page needs; a decompression bomb, a damaged file or a file that is no PNG or
JPEG is refused with its reason, in the model, the command line and the window, and nothing
is written."""

from __future__ import annotations

import io
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, tree_state
from wijkdesk.minutes import pdf
from wijkdesk.minutes.content import Minutes, build_minutes
from wijkdesk.minutes.pdf import (
    LOGO_DAMAGED,
    LOGO_NOT_PNG_JPEG,
    check_logo,
    load_logo,
    write_pdf,
)
from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo
from wijkdesk.model.errors import WijkdeskError

# -- pictures ------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int = 50_000, height: int = 50_000) -> Path:
    """A PNG whose header declares width × height pixels; a few hundred bytes on disk."""
    rows = zlib.compress((b"\x00" + b"\x00" * ((width + 7) // 8)) * 16, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
                     + _chunk(b"IDAT", rows) + _chunk(b"IEND", b""))
    return path


def jpeg_bomb(path: Path, width: int = 60_000, height: int = 60_000) -> Path:
    """A JPEG whose frame header declares width × height pixels, and no picture after it."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    path.write_bytes(b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x01" * 9
                     + sof + b"\xff\xd9")
    return path


def coat_of_arms(path: Path, side: int = 5000, fmt: str = "PNG") -> Path:
    """A large logo that is small on disk: rings and a band."""
    from PIL import ImageDraw

    im = Image.new("RGB", (side, side), "white")
    draw = ImageDraw.Draw(im)
    for i in range(0, side // 2, side // 100):
        draw.ellipse((i, i, side - i, side - i), outline=(31, 78 + i % 100, 121),
                     width=max(1, side // 250))
    draw.rectangle((side // 5, 2 * side // 5, 4 * side // 5, 3 * side // 5), fill=(200, 40, 40))
    im.save(path, fmt)
    return path


def small(path: Path, fmt: str = "PNG", size: tuple[int, int] = (300, 120)) -> Path:
    Image.new("RGB", size, "#1f4e79").save(path, fmt)
    return path


def truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    return path


def garbled(source: Path, path: Path) -> Path:
    """The header intact, the picture data scrambled."""
    data = bytearray(source.read_bytes())
    for i in range(60, len(data) - 20, 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def image_sizes(pdf_bytes: bytes) -> list[tuple[int, int]]:
    """Width and height of every image XObject in the PDF."""
    out = []
    for m in re.finditer(rb"/Subtype\s*/Image", pdf_bytes):
        head = pdf_bytes[max(0, m.start() - 400):m.start() + 400]
        w = re.search(rb"/Width\s+(\d+)", head)
        h = re.search(rb"/Height\s+(\d+)", head)
        if w and h:
            out.append((int(w.group(1)), int(h.group(1))))
    return out


@pytest.fixture(autouse=True)
def _fresh_cache():
    pdf._logo_cache.clear()
    yield
    pdf._logo_cache.clear()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "klaverveld.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    return path


@pytest.fixture(scope="module")
def minutes(demo_path) -> Minutes:
    with Project.open(demo_path, device=DEVICE_A) as project:
        return build_minutes(project, figures=False)


# -- the model ---------------------------------------------------------------------------


@pytest.mark.parametrize("make", [png_bomb, jpeg_bomb])
def test_a_decompression_bomb_is_refused_as_too_large_naming_the_limit(make, tmp_path):
    bomb = make(tmp_path / "bom.png")
    assert bomb.stat().st_size < 2000
    with pytest.raises(WijkdeskError) as info:
        check_logo(bomb)
    assert info.value.code == "logo_too_large"
    text = str(info.value)
    assert "25 megapixels" in text and "5000 × 5000 pixels" in text  # the limit
    assert re.search(r"\b[56]0000 × [56]0000 pixels", text)  # and what the file declares


def test_a_picture_just_over_the_pixel_limit_is_refused_and_one_at_it_accepted(tmp_path):
    over = tmp_path / "over.png"
    Image.new("1", (5001, 5000)).save(over)
    with pytest.raises(WijkdeskError) as info:
        load_logo(over)
    assert info.value.code == "logo_too_large"
    at = tmp_path / "at.png"
    Image.new("1", (5000, 5000)).save(at)
    assert load_logo(at).original == (5000, 5000)


def test_a_file_over_the_byte_limit_is_refused_naming_both_sizes(tmp_path):
    big = tmp_path / "groot.jpg"
    big.write_bytes(b"\xff\xd8" + b"\x00" * (6 * 1024 * 1024))
    with pytest.raises(WijkdeskError) as info:
        check_logo(big)
    assert info.value.code == "logo_too_large"
    assert "(6 MB)" in str(info.value) and "at most 5 MB" in str(info.value)


@pytest.mark.parametrize("kind", ["truncated png", "truncated jpeg", "garbled png",
                                  "garbled jpeg header", "empty"])
def test_a_damaged_logo_is_refused_when_checked_with_its_reason(kind, tmp_path):
    if kind == "truncated png":
        bad = truncated(coat_of_arms(tmp_path / "a.png", 800), tmp_path / "logo.png")
    elif kind == "truncated jpeg":
        bad = truncated(coat_of_arms(tmp_path / "a.jpg", 800, "JPEG"), tmp_path / "logo.jpg")
    elif kind == "garbled png":
        bad = garbled(small(tmp_path / "a.png"), tmp_path / "logo.png")
    elif kind == "garbled jpeg header":
        source = small(tmp_path / "a.jpg", "JPEG").read_bytes()
        bad = tmp_path / "logo.jpg"
        bad.write_bytes(source[:2] + bytes(b ^ 0x33 for b in source[2:200]) + source[200:])
    else:
        bad = tmp_path / "logo.png"
        bad.write_bytes(b"")
    with pytest.raises(WijkdeskError) as info:
        check_logo(bad)
    assert info.value.code == "logo_not_image"
    assert info.value.params["reason"] in (LOGO_DAMAGED, LOGO_NOT_PNG_JPEG)
    assert info.value.params["reason"] in str(info.value)


def test_a_truncated_png_is_refused_as_damaged_not_as_unknown(tmp_path):
    bad = truncated(coat_of_arms(tmp_path / "a.png", 800), tmp_path / "logo.png")
    with pytest.raises(WijkdeskError) as info:
        load_logo(bad)
    assert info.value.params["reason"] == LOGO_DAMAGED


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "WEBP", "text"])
def test_other_pictures_and_files_are_refused_as_not_png_or_jpeg(fmt, tmp_path):
    path = tmp_path / "logo.png"  # the name does not matter: the content does
    if fmt == "text":
        path.write_text("geen plaatje", encoding="utf-8")
    else:
        Image.new("RGB", (40, 20), "red").save(path, fmt)
    with pytest.raises(WijkdeskError) as info:
        check_logo(path)
    assert info.value.code == "logo_not_image"
    assert info.value.params["reason"] == LOGO_NOT_PNG_JPEG


def test_a_folder_or_a_missing_file_is_refused(tmp_path):
    with pytest.raises(WijkdeskError) as info:
        check_logo(tmp_path)
    assert info.value.code == "logo_not_image"
    with pytest.raises(WijkdeskError) as info:
        check_logo(tmp_path / "weg.png")
    assert info.value.code == "not_found"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_5000_pixel_logo_is_accepted_and_embedded_scaled_down(fmt, minutes, tmp_path):
    big = coat_of_arms(tmp_path / f"wapen.{fmt.lower()}", fmt=fmt)
    logo = load_logo(big)
    assert logo.original == (5000, 5000)
    assert max(logo.width, logo.height) <= 600  # what 20 mm of page needs at 300 dpi: 237
    with Image.open(io.BytesIO(logo.data)) as im:
        assert im.format == fmt and im.size == (logo.width, logo.height)
    out = write_pdf(minutes, tmp_path / "met-logo.pdf", organisation="Gemeente", logo=big)
    bare = write_pdf(minutes, tmp_path / "zonder.pdf", organisation="Gemeente")
    sizes = image_sizes(out.read_bytes())
    assert sizes == [(logo.width, logo.height)]
    assert out.stat().st_size - bare.stat().st_size < 300_000


def test_a_wide_logo_keeps_its_shape_and_a_small_one_is_not_enlarged(minutes, tmp_path):
    wide = small(tmp_path / "breed.png", size=(4000, 500))
    logo = load_logo(wide)
    assert (logo.width, logo.height) == (567, 71)  # 48 mm wide at 300 dpi
    tiny = load_logo(small(tmp_path / "klein.jpg", "JPEG", (120, 60)))
    assert (tiny.width, tiny.height) == (120, 60)


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "RGBA", "I;16", "CMYK"])
def test_every_kind_of_png_or_jpeg_reaches_the_pdf(mode, minutes, tmp_path):
    fmt = "JPEG" if mode == "CMYK" else "PNG"
    path = tmp_path / f"logo.{fmt.lower()}"
    im = Image.new(mode, (900, 300))
    if mode == "P":
        im.putpalette([0, 0, 0, 31, 78, 121] + [255] * 762)
        im.info["transparency"] = 0
    im.save(path, fmt)
    out = write_pdf(minutes, tmp_path / "v.pdf", logo=path)
    assert image_sizes(out.read_bytes())[0] == (567, 189)


def test_the_logo_is_decoded_once_while_its_file_is_unchanged(minutes, tmp_path, monkeypatch):
    path = small(tmp_path / "wapen.png")
    calls = []
    decode = pdf._decode_logo
    monkeypatch.setattr(pdf, "_decode_logo", lambda p, raw: calls.append(p) or decode(p, raw))
    check_logo(path)  # chosen in the settings
    write_pdf(minutes, tmp_path / "a.pdf", logo=path)
    write_pdf(minutes, tmp_path / "b.pdf", logo=path)
    assert len(calls) == 1
    garbled(small(tmp_path / "c.png", size=(301, 120)), path)  # replaced by a damaged file
    with pytest.raises(WijkdeskError) as info:
        write_pdf(minutes, tmp_path / "c.pdf", logo=path)
    assert info.value.code == "logo_not_image"
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("kind", ["bomb", "truncated", "garbled"])
def test_writing_minutes_with_a_bad_logo_raises_a_wijkdesk_error_and_writes_nothing(
        kind, minutes, tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    if kind == "bomb":
        bad = png_bomb(tmp_path / "logo.png")
    elif kind == "truncated":
        bad = truncated(coat_of_arms(tmp_path / "a.jpg", 600, "JPEG"), tmp_path / "logo.jpg")
    else:
        bad = garbled(small(tmp_path / "a.png"), tmp_path / "logo.png")
    with pytest.raises(WijkdeskError) as info:
        write_pdf(minutes, folder / "verslag.pdf", logo=bad)
    assert info.value.code in ("logo_too_large", "logo_not_image")
    assert tree_state(folder) == {}


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bomb", "truncated", "garbled", "not a picture"])
def test_the_command_line_refuses_a_bad_logo_in_one_line_and_writes_no_pdf(
        kind, demo_path, tmp_path):
    if kind == "bomb":
        bad = png_bomb(tmp_path / "logo.png")
    elif kind == "truncated":
        bad = truncated(coat_of_arms(tmp_path / "a.png", 800), tmp_path / "logo.png")
    elif kind == "garbled":
        bad = garbled(small(tmp_path / "a.jpg", "JPEG"), tmp_path / "logo.jpg")
    else:
        bad = tmp_path / "logo.png"
        bad.write_text("geen plaatje", encoding="utf-8")
    project = tmp_path / "p.wijkdesk"
    shutil.copy(demo_path, project)
    out = tmp_path / "verslag.pdf"
    line = assert_one_line_error(run_cli("--lang", "en", "minutes", project, "--logo", bad,
                                         "-o", out))
    assert str(bad) in line
    if kind == "bomb":
        assert "too large (50000 × 50000 pixels)" in line and "25 megapixels" in line
    else:
        assert "not a picture wijkdesk can use as a logo" in line
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["p.wijkdesk", bad.name] + (["a.png"] if kind == "truncated" else [])
        + (["a.jpg"] if kind == "garbled" else []))


def test_the_command_line_refuses_in_dutch_with_the_reason_in_dutch(demo_path, tmp_path):
    bad = garbled(small(tmp_path / "a.png"), tmp_path / "logo.png")
    line = assert_one_line_error(run_cli("--lang", "nl", "minutes", demo_path, "--logo", bad,
                                         "-o", tmp_path / "v.pdf"))
    assert LOGO_DAMAGED not in line and "logo" in line.lower()
    assert not (tmp_path / "v.pdf").exists()


def test_the_command_line_takes_a_large_logo(demo_path, tmp_path):
    big = coat_of_arms(tmp_path / "wapen.png")
    project = tmp_path / "p.wijkdesk"
    shutil.copy(demo_path, project)
    out = tmp_path / "verslag.pdf"
    result = run_cli("minutes", project, "--logo", big, "-o", out, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (567, 237) not in image_sizes(out.read_bytes())  # square: 20 mm high, 237 px
    assert (237, 237) in image_sizes(out.read_bytes())


# -- the window ----------------------------------------------------------------------------


def test_the_window_refuses_a_bomb_and_a_damaged_logo_with_their_reasons(
        window, demo_path, tmp_path, qtbot):
    from wijkdesk.ui.settings_dialog import SettingsDialog

    project = tmp_path / "p.wijkdesk"
    shutil.copy(demo_path, project)
    assert window.open_path(str(project))
    window.nav.setCurrentRow(4)
    view = window.minutes_view
    qtbot.waitUntil(lambda: view.isVisible() and view.current_evening() is not None)
    view.sender_button.click()
    dialog = window.interaction.dialogs[-1]
    assert isinstance(dialog, SettingsDialog)
    for bad, words in ((png_bomb(tmp_path / "bom.png"), "25 megapixels"),
                       (garbled(small(tmp_path / "a.png"), tmp_path / "kapot.png"),
                        "damaged")):
        dialog.logo_path.setText(str(bad))
        dialog.accept()
        kind, title, text = window.interaction.messages[-1][:3]
        assert (kind, title) == ("error", "Not a usable logo")
        assert words in text and str(bad) in text
        assert dialog.result() != dialog.DialogCode.Accepted
        assert view.sender() == ("", "")
    good = coat_of_arms(tmp_path / "wapen.png", 2000)
    dialog.logo_path.setText(str(good))
    dialog.accept()
    assert view.sender() == ("", str(good))
    # the file is damaged afterwards: the minutes say so and write nothing
    garbled(small(tmp_path / "b.png", size=(310, 120)), good)
    target = tmp_path / "verslag.pdf"
    assert view.export_pdf(str(target)) is None
    kind, title, text = window.interaction.messages[-1][:3]
    assert kind == "error" and "damaged" in text and str(good) in text
    assert not target.exists()

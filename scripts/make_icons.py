"""Make the app icon's PNG sizes, wijkdesk.ico and wijkdesk.icns from resources/icons/wijkdesk.svg.

    .venv/bin/python scripts/make_icons.py

The SVG is the source (drawn by hand for wijkdesk); it is rendered with Qt's QSvgRenderer
(PySide6-Essentials has QtSvg) and the .ico (Windows) and .icns (macOS) files are written with
Pillow (which matplotlib depends on), each from the renderings at its own sizes, so the small
sizes are drawn small rather than shrunk. The generated files are committed: building the app
does not need this script.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "wijkdesk.svg"
#: the PNG files committed (the hicolor sizes of a Linux desktop, and the app's window icon)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: the sizes inside wijkdesk.ico (Windows Explorer and the taskbar use 16 to 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the sizes inside wijkdesk.icns (16 to 512, each also at twice the size for Retina)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    """The file name of the PNG of this size."""
    return f"wijkdesk-{size}.png"


def render(size: int):
    """The SVG rendered at size x size pixels, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())[: size * size * 4]
    return Image.frombytes("RGBA", (size, size), data)


def _png_bytes(image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        (ICONS / png_name(size)).write_bytes(_png_bytes(images[size]))
    largest = images[max(ICO_SIZES)]
    largest.save(ICONS / "wijkdesk.ico", format="ICO",
                 sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    biggest = images[max(ICNS_SIZES)]
    biggest.save(ICONS / "wijkdesk.icns", format="ICNS",
                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    written = [png_name(s) for s in PNG_SIZES] + ["wijkdesk.ico", "wijkdesk.icns"]
    sys.stdout.write("Written in resources/icons: " + ", ".join(written) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

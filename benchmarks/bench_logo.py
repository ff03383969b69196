"""The minutes PDF with a 5000 × 5000 pixel logo against the same minutes without a logo.

The minutes are the demo's latest evening with its figures (the stakeholder map and the
timeline), as the window and ``wijkdesk minutes`` write them. The logo is a 5000 × 5000 PNG
(a coat of arms drawn large: rings and a band, 0.6 MB on disk, 75 MB decoded).

- ``minutes_cli_logo_5000px``: ``wijkdesk minutes --logo`` end to end, against the same
  command without ``--logo`` (target <= 1.5x): the command decodes the logo while it reads
  the project and draws the figures.
- ``minutes_pdf_logo_5000px``: ``write_pdf`` as the window calls it, the logo having been
  checked (decoded and scaled down) when it was chosen in the settings (target <= 1.5x).
- ``minutes_pdf_logo_5000px_first``: ``write_pdf`` given the logo's file with nothing
  decoded yet (the first minutes after a start): checking, decoding and scaling included.
  Shown only: this is the decoding's whole cost, in series.
- ``..._peak_memory``: a child process per variant builds the minutes, resets its peak
  resident size (Linux ``/proc/self/clear_refs``), writes the PDF once and reports the peak
  since then (Pillow's buffers are not seen by tracemalloc); target <= 1.5x.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .common import HERE, Figure, median, workdir

SAMPLES = 5
CLI_SAMPLES = 3
SIDE = 5000

_CHILD = """
import gc, json, sys
from pathlib import Path
from wijkdesk.minutes.content import build_minutes
from wijkdesk.minutes.pdf import register_fonts, write_pdf
from wijkdesk.model import Project
with Project.open(sys.argv[1]) as project:
    minutes = build_minutes(project)
register_fonts()
gc.collect()
with open("/proc/self/clear_refs", "w") as f:  # the peak (VmHWM) starts again from here
    f.write("5")
logo = Path(sys.argv[3]) if sys.argv[3] != "-" else None
write_pdf(minutes, sys.argv[2], logo=logo)
status = open("/proc/self/status").read()
print(json.dumps({k: int(v.split()[0]) for k, v in
                  (line.split(":", 1) for line in status.splitlines())
                  if k in ("VmHWM", "VmRSS")}))
"""


def big_logo(path: Path, side: int = SIDE) -> Path:
    """A large logo that is small on disk (well under the 5 MB limit)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (side, side), "white")
    draw = ImageDraw.Draw(im)
    for i in range(0, side // 2, side // 100):
        draw.ellipse((i, i, side - i, side - i), outline=(31, 78 + i % 100, 121),
                     width=max(1, side // 250))
    draw.rectangle((side // 5, 2 * side // 5, 4 * side // 5, 3 * side // 5), fill=(200, 40, 40))
    im.save(path)
    return path


def _peak_mb(project: Path, out: Path, logo: Path | None) -> float:
    """Peak resident size (MB) of a process that writes the minutes once."""
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(project), str(out), str(logo) if logo else "-"],
        capture_output=True, text=True, check=True, cwd=HERE.parent)
    return json.loads(result.stdout.strip().splitlines()[-1])["VmHWM"] / 1024


def _cli_ms(project: Path, out: Path, logo: Path | None) -> float:
    """Milliseconds for one ``wijkdesk minutes`` run."""
    extra = ["--logo", str(logo)] if logo else []
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wijkdesk", "minutes", str(project), "-o", str(out),
                    *extra], capture_output=True, check=True, cwd=HERE.parent,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return (time.perf_counter() - t) * 1000


def run() -> list[Figure]:
    """Time both variants alternately, measure their memory, return the figures."""
    from wijkdesk.minutes import pdf
    from wijkdesk.minutes.content import build_minutes
    from wijkdesk.model import Project
    from wijkdesk.model.demo import build_demo

    work = workdir()
    project = work / "klaverveld.wijkdesk"
    build_demo(project).close()
    logo = big_logo(work / "wapen.png")
    with Project.open(project) as p:
        minutes = build_minutes(p)
    pdf.write_pdf(minutes, work / "warm.pdf")  # fonts registered, modules loaded
    bare, with_logo, first = [], [], []
    for n in range(SAMPLES):
        t = time.perf_counter()
        pdf.write_pdf(minutes, work / f"bare{n}.pdf")
        bare.append((time.perf_counter() - t) * 1000)
        pdf._logo_cache.clear()  # as after a start: the logo is read and decoded
        t = time.perf_counter()
        pdf.write_pdf(minutes, work / f"first{n}.pdf", logo=logo)
        first.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()  # checked already (in the settings, or just now)
        pdf.write_pdf(minutes, work / f"logo{n}.pdf", logo=logo)
        with_logo.append((time.perf_counter() - t) * 1000)
    cli_bare, cli_logo = [], []
    for n in range(CLI_SAMPLES):
        cli_bare.append(_cli_ms(project, work / f"cli-bare{n}.pdf", None))
        cli_logo.append(_cli_ms(project, work / f"cli-logo{n}.pdf", logo))
    grown_kb = ((work / "logo0.pdf").stat().st_size - (work / "bare0.pdf").stat().st_size) / 1024
    memory_bare = _peak_mb(project, work / "mem-bare.pdf", None)
    memory_logo = _peak_mb(project, work / "mem-logo.pdf", logo)
    return [
        Figure(f"minutes_cli_logo_{SIDE}px", median(cli_logo), "ms", median(cli_bare),
               "wijkdesk minutes without --logo", 1.5, CLI_SAMPLES),
        Figure(f"minutes_pdf_logo_{SIDE}px", median(with_logo), "ms", median(bare),
               f"the same minutes without a logo (the logo adds {grown_kb:.0f} KB to the PDF)",
               1.5, SAMPLES),
        Figure(f"minutes_pdf_logo_{SIDE}px_first", median(first), "ms", median(bare),
               "the same minutes without a logo", None, SAMPLES),
        Figure(f"minutes_pdf_logo_{SIDE}px_peak_memory", memory_logo, "MB", memory_bare,
               "peak resident size while writing the same minutes without a logo", 1.5, 1),
    ]

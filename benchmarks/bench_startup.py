"""Start-up: process start to the main window's first paint, with the demo project open,
against a process that only shows a bare PySide6 QMainWindow (target <= 2.0x)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .common import HERE, Figure, median, workdir

RUNS = 7


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never painted: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait(timeout=30)
    return elapsed


def run() -> list[Figure]:
    """Measure both, interleaved, and return the figure."""
    work = workdir()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WIJKDESK_DATA_DIR"] = str(work / "data")
    env["XDG_CONFIG_HOME"] = str(work / "config")  # fresh settings: no remembered project
    env["WIJKDESK_EXIT_AFTER_PAINT"] = "1"
    # As installed (pip, or a bundle), our modules start from compiled .pyc files, like
    # PySide6's own. This machine sets PYTHONDONTWRITEBYTECODE, which would make every run of
    # the app (not of the bare window, which has no modules of ours) compile ~30 modules anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    demo = Path(work / "demo.wijkdesk")
    subprocess.run([sys.executable, "-m", "wijkdesk", "demo", str(demo)], env=env, check=True,
                   capture_output=True)
    app_cmd = [sys.executable, "-m", "wijkdesk", str(demo)]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    _time_to_paint(app_cmd, env)  # warm the disk cache and .pyc files for both
    _time_to_paint(bare_cmd, env)
    app, bare = [], []
    for _ in range(RUNS):
        bare.append(_time_to_paint(bare_cmd, env))
        app.append(_time_to_paint(app_cmd, env))
    return [Figure("startup_first_paint", median(app) * 1000, "ms", median(bare) * 1000,
                   "bare QMainWindow", 2.0, RUNS)]

"""Helpers shared by the tests: running the command line, hashing files, reading dumps."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DATA_DIR = tempfile.mkdtemp(prefix="wijkdesk-cli-data-")
atexit.register(shutil.rmtree, _DATA_DIR, True)  # the children's data folder goes with us


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a ``wijkdesk`` child process: no display, a private data folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKDESK_DATA_DIR": _DATA_DIR,
           "PYTHONPATH": str(ROOT)}
    env.pop("WIJKDESK_LANG", None)
    env.update(extra)
    return env


def cli_command(*args: str | os.PathLike[str]) -> list[str]:
    return [sys.executable, "-m", "wijkdesk", *(str(a) for a in args)]


def run_cli(*args: str | os.PathLike[str], cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m wijkdesk ARGS`` and capture its output as UTF-8 text."""
    return subprocess.run(
        cli_command(*args), capture_output=True, env=cli_env(), cwd=cwd or ROOT,
        timeout=timeout, encoding="utf-8", errors="replace",
    )


def run_cli_bytes(*args: str | os.PathLike[str],
                  timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m wijkdesk ARGS`` and capture its output as raw bytes."""
    return subprocess.run(cli_command(*args), capture_output=True, env=cli_env(), cwd=ROOT,
                          timeout=timeout)


def run_cli_many(commands: list[list[str | os.PathLike[str]]],
                 timeout: float = 60) -> list[subprocess.CompletedProcess[str]]:
    """Run several ``python -m wijkdesk`` commands side by side; results in the same order."""
    procs = [
        subprocess.Popen(cli_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=cli_env(), cwd=ROOT, encoding="utf-8", errors="replace")
        for args in commands
    ]
    results = []
    for args, proc in zip(commands, procs, strict=True):
        out, err = proc.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(args, proc.returncode, out, err))
    return results


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status 2 and exactly one line on stderr, no traceback; returns that line."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr.endswith("\n")
    assert lines[0].startswith("wijkdesk: ")
    assert len(lines[0].strip()) > len("wijkdesk: ") + 5
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under folder with its hash: shows that nothing was written or left behind."""
    return {
        str(p.relative_to(folder)): sha256(p) if p.is_file() else "<dir>"
        for p in sorted(folder.rglob("*"))
    }


def open_in_window(window, project):
    """Close a test's project and open its file in the window; returns the window's project."""
    path = project.path
    project.close()
    assert window.open_path(str(path))
    return window.ctx.project


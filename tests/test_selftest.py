"""``wijkdesk --self-test`` (issue 10): the main flows once, without a screen, one line per step.

``make dist-test`` runs the same self-test with the built bundle's executable; here it runs from
the source tree, in a child process (it makes its own QApplication, in Dutch).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .util import cli_env

STEPS = ["resources", "demo project", "main window", "copy", "merged", "pictures",
         "minutes exported to PDF"]


def _self_test(tmp_path: Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = cli_env(WIJKDESK_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
                  PYTHONIOENCODING="utf-8")
    env.pop("QT_QPA_PLATFORM")  # the self-test chooses offscreen by itself
    command = ([sys.executable, "-c", code] if code
               else [sys.executable, "-m", "wijkdesk", "--self-test"])
    work = tmp_path / "cwd"
    work.mkdir()
    return subprocess.run(command, env=env, cwd=work, capture_output=True, encoding="utf-8",
                          timeout=300)


def _step_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line[:1] in ("✓", "✗")]


def test_the_self_test_passes_every_step_and_touches_nothing_of_the_user(tmp_path):
    result = _self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    steps = _step_lines(result.stdout)
    assert len(steps) == len(STEPS), result.stdout
    for number, (line, word) in enumerate(zip(steps, STEPS, strict=True), start=1):
        assert line.startswith(f"✓ {number}/{len(STEPS)} "), line
        assert word in line, line
    views = steps[2].split("views: ")[1].split(";")[0].split(", ")  # every view was shown
    assert views[:3] == ["Bijeenkomst", "Belanghebbenden", "Tijdlijn"] and "Verslag" in views
    assert "1 nieuw" in steps[4]  # the copy's new insight came back with the merge
    assert result.stdout.splitlines()[-1].endswith("self-test: all steps passed")
    assert "Traceback" not in result.stderr
    # everything happened in a temporary folder: no data folder, settings or files of the user
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "cfg").exists()
    assert list((tmp_path / "cwd").iterdir()) == []


def test_a_failing_step_fails_the_run_and_skips_the_rest(tmp_path):
    code = (
        "import sys\n"
        "from wijkdesk import selftest\n"
        "def boom(self):\n"
        "    raise RuntimeError('no matplotlib here')\n"
        "selftest.SelfTest.pictures = boom\n"
        "sys.exit(selftest.run())\n")
    result = _self_test(tmp_path, code)
    assert result.returncode == 1, result.stdout + result.stderr
    steps = _step_lines(result.stdout)
    assert [line[0] for line in steps] == ["✓"] * 5 + ["✗", "✗"]
    assert steps[5] == "✗ 6/7 pictures: RuntimeError: no matplotlib here"
    assert steps[6] == "✗ 7/7 minutes PDF: skipped after a failed step"
    assert result.stdout.splitlines()[-1].endswith("self-test: FAILED")
    assert "RuntimeError: no matplotlib here" in result.stderr  # the traceback, for a report


"""Durability (issue 2, point 8): an edit that returned is on disk, whatever happens next.

A child process (tests/durability_child.py) adds insights through the facade and prints each id
after its commit returned. It is killed with SIGKILL at a random moment — mid-commit, between
commits, during a batch — again and again on the same file. After every kill the file opens,
holds every id that was printed, is intact, and no batch is half there.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import ROOT, cli_env
from wijkdesk.model import Project
from wijkdesk.model.check import check_file

KILLS = 24
SEED = 20260917

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _read_until(proc: subprocess.Popen[bytes], buffer: bytearray, deadline: float,
                want: bytes | None = None) -> None:
    """Collect the child's output until the deadline (or until ``want`` has been seen)."""
    fd = proc.stdout.fileno()  # type: ignore[union-attr]
    while True:
        if want is not None and want in buffer:
            return
        left = deadline - time.monotonic()
        if left <= 0:
            return
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                return  # the child ended
            buffer += chunk


def _complete_lines(buffer: bytes) -> list[str]:
    """The lines the child finished writing; a partial last line does not count."""
    *lines, _partial = buffer.split(b"\n")
    return [line.decode("ascii") for line in lines]


def _run_and_kill(path: Path, run: int, delay: float) -> list[str]:
    """One child life: start, edit for ``delay`` seconds, SIGKILL. Returns the printed ids."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.durability_child", str(path), str(run)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(), cwd=ROOT,
    )
    buffer = bytearray()
    try:
        _read_until(proc, buffer, time.monotonic() + 30, want=b"ready\n")
        assert buffer.startswith(b"ready\n"), (bytes(buffer), proc.poll())
        del buffer[:6]
        _read_until(proc, buffer, time.monotonic() + delay)
        assert proc.poll() is None, proc.stderr.read()  # type: ignore[union-attr]
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    # What the child wrote before it died is still in the pipe: read it to the end.
    buffer += proc.stdout.read()  # type: ignore[union-attr]
    stderr = proc.stderr.read()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL, stderr
    return _complete_lines(bytes(buffer))


def test_a_partial_last_line_is_not_counted():
    assert _complete_lines(b"") == []
    assert _complete_lines(b"a\nb\n") == ["a", "b"]
    assert _complete_lines(b"a\nb\n1234-ab") == ["a", "b"]


def test_every_printed_id_survives_sigkill(tmp_path):
    path = tmp_path / "duurzaam.wijkdesk"
    with Project.create(path, "Duurzaam", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        p.add("round", bijeenkomst_id=evening, prompt="Wat moet blijven?")
    rng = random.Random(SEED)
    printed: set[str] = set()
    unprinted: set[str] = set()
    for run in range(KILLS):
        delay = rng.uniform(0.05, 0.6)
        ids = _run_and_kill(path, run, delay)
        for record_id in ids:
            assert re.fullmatch(r"[0-9a-f-]{36}", record_id), record_id
        printed.update(ids)

        # Reopen: a cut-off edit is rolled back, every committed one is there.
        with Project.open(path, device=DEVICE_A) as p:
            stored = {r.id: r for r in p.all("insight")}
            round_id = p.all("round")[0].id
            # The file takes edits again; a journal left by the kill is gone after one.
            after = p.add("insight", round_id=round_id, text=f"na kill {run}")
        assert not Path(str(path) + "-journal").exists()
        missing = printed - set(stored)
        assert not missing, f"kill {run}: {len(missing)} printed ids lost"
        # At most one step (up to a batch of three) can be committed but not yet printed.
        new_unprinted = set(stored) - printed - unprinted
        assert len(new_unprinted) <= 3, f"kill {run}"
        unprinted |= new_unprinted
        batches: dict[str, list[str]] = defaultdict(list)
        for rec in stored.values():
            m = re.fullmatch(r"run (\d+) batch (\d+) (\d)/3", rec.text)
            if m:
                batches[f"{m[1]}/{m[2]}"].append(m[3])
        assert all(sorted(v) == ["1", "2", "3"] for v in batches.values()), "half a batch"
        with contextlib.closing(sqlite3.connect(path)) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        check_file(path)
        printed.add(after)

    assert len(printed) >= 10 * KILLS  # the children really were busy when they were killed
    report = check_file(path)
    assert report.records["insight"] == len(printed | unprinted)

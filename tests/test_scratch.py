"""No personal data left behind (issue 17, point 4): wijkdesk's temporary copies live in one
folder per running process (``wijkdesk.model.scratch``), which goes on every way out, and the
folder of a run that was killed goes on the next start of a command or of the app.

Also point 7's ``check`` part: ``wijkdesk check`` reads only; a file with an edit that was cut off
(a hot journal) is checked through a private copy, and neither the file nor its journal changes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import ROOT, cli_command, cli_env, run_cli, sha256
from wijkdesk.model import Project, scratch
from wijkdesk.model.check import check_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _pair(folder: Path) -> tuple[Path, Path]:
    """A target and a table copy of it with new insights."""
    target = folder / "doel.wijkdesk"
    with Project.create(target, "Opruimwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        round_id = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        source = p.save_copy(folder / "tafel.wijkdesk", table=2)
    with Project.open(source, device=DEVICE_B) as s, s.batch():
        for i in range(20):
            s.add("insight", round_id=round_id, table=2, text=f"Mevrouw Jansen zegt {i}")
    return target, source


def _ours(temp: Path) -> list[str]:
    return sorted(p.name for p in temp.iterdir() if p.name.startswith("wijkdesk-"))


#: A ``wijkdesk merge`` that stops once the source is copied aside (says "copied") and waits
#: there, to be killed.
_STALLED_MERGE = textwrap.dedent("""
    import sys, time
    from wijkdesk.model import merge
    real = merge.read_source

    def stalled(copy, *args, **kwargs):
        assert copy.is_file()
        print("copied", copy, flush=True)
        deadline = time.monotonic() + 120
        while copy.exists() and time.monotonic() < deadline:  # until it is taken away
            time.sleep(0.02)
        return real(copy, *args, **kwargs)

    merge.read_source = stalled
    from wijkdesk.__main__ import main
    sys.exit(main(sys.argv[1:]))
""")


def _stalled_merge(target: Path, source: Path, temp: Path) -> tuple[subprocess.Popen, Path]:
    proc = subprocess.Popen([sys.executable, "-c", _STALLED_MERGE, "merge", str(target),
                             str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=cli_env(TMPDIR=str(temp)), cwd=ROOT, text=True)
    line = proc.stdout.readline()  # type: ignore[union-attr]
    assert line.startswith("copied "), (line, proc.poll())
    return proc, Path(line.split(" ", 1)[1].strip())


def test_a_merge_killed_midway_leaves_a_folder_that_the_next_command_removes(tmp_path):
    target, source = _pair(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    before = sha256(target)
    proc, copy = _stalled_merge(target, source, temp)
    # the copy lies in this process's one folder: <temp>/wijkdesk-<pid>-<random>/
    folder = copy.parent.parent
    assert folder.parent == temp and folder.name.startswith(f"wijkdesk-{proc.pid}-")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _ours(temp) == [folder.name] and copy.is_file()  # the kill left it behind
    assert sha256(target) == before

    result = subprocess.run(cli_command("check", target), capture_output=True, text=True,
                            env=cli_env(TMPDIR=str(temp)), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert _ours(temp) == []  # the next command removed it


def test_sigterm_midway_removes_the_copies_on_the_way_out(tmp_path):
    target, source = _pair(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    before = sha256(target)
    proc, copy = _stalled_merge(target, source, temp)
    assert copy.is_file()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    assert _ours(temp) == []
    assert sha256(target) == before


def test_a_whole_merge_leaves_nothing_in_the_temp_folder(tmp_path):
    target, source = _pair(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = subprocess.run(cli_command("merge", target, source), capture_output=True,
                            text=True, env=cli_env(TMPDIR=str(temp)), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert os.listdir(temp) == []
    with Project.open(target) as p:
        assert p.count("insight") == 20


def test_the_app_removes_leftovers_when_it_starts(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    dead = _dead_pid()
    leftover = temp / f"wijkdesk-{dead}-abc123"
    (leftover / "merge-x").mkdir(parents=True)
    (leftover / "merge-x" / "source.wijkdesk").write_bytes(b"persoonsgegevens" * 1000)
    living = temp / f"wijkdesk-{os.getpid()}-def456"  # this test's process: alive
    living.mkdir()
    other = temp / "wijkdesk-cli-data-xyz"  # not a scratch folder
    other.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "wijkdesk"], capture_output=True, text=True, cwd=ROOT,
        timeout=60, env=cli_env(TMPDIR=str(temp), WIJKDESK_EXIT_AFTER_PAINT="1",
                                XDG_CONFIG_HOME=str(tmp_path / "config")))
    assert result.returncode == 0, result.stderr
    assert not leftover.exists()
    assert living.is_dir() and other.is_dir()


def test_sigterm_quits_the_app_as_closing_it_does(tmp_path):
    """A logout or shutdown sends SIGTERM: the app quits the way closing its window does (the
    file closed, its lock and the app's copies removed), not in the middle of things."""
    target, _ = _pair(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    lock = target.with_name(target.name + ".lock")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wijkdesk", str(target)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=cli_env(TMPDIR=str(temp), XDG_CONFIG_HOME=str(tmp_path / "config")))
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # a child process: no Qt event loop here to wait with
        assert lock.exists(), proc.poll()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not lock.exists()
    assert _ours(temp) == []


def _dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not scratch.pid_alive(proc.pid)
    return proc.pid


# -- the module itself -------------------------------------------------------------------------


@pytest.fixture
def temp(tmp_path, monkeypatch) -> Path:
    """The system temp folder, for this test: an empty folder of its own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    scratch.remove_all()
    yield folder
    scratch.remove_all()


def test_copies_share_one_folder_that_goes_with_the_last_copy(temp):
    with scratch.private_folder("merge-") as a, scratch.private_folder("merge-") as b:
        assert a.parent == b.parent
        assert a.parent.parent == temp
        assert a.parent.name.startswith(f"wijkdesk-{os.getpid()}-")
        assert oct(a.parent.stat().st_mode & 0o777) == "0o700"
        (a / "kopie.wijkdesk").write_bytes(b"x")
    assert os.listdir(temp) == []


def test_an_exception_inside_removes_the_copy(temp):
    with pytest.raises(RuntimeError), scratch.private_folder() as a:
        (a / "kopie").write_bytes(b"x")
        raise RuntimeError("stop")
    assert os.listdir(temp) == []


def test_a_long_lived_folder_goes_when_the_app_quits(temp):
    chart = scratch.make_folder("apk-")
    with scratch.private_folder() as copy:
        pass
    assert chart.is_dir() and not copy.exists()
    scratch.remove_all()  # the app's aboutToQuit, and atexit
    assert os.listdir(temp) == []


def test_leftovers_of_dead_processes_go_living_ones_stay(temp):
    dead = temp / f"wijkdesk-{_dead_pid()}-aaaa"
    dead.mkdir()
    (dead / "x.wijkdesk").write_bytes(b"x")
    alive = temp / f"wijkdesk-{os.getppid()}-bbbb"
    alive.mkdir()
    old_style = temp / "wijkdesk-merge-cccc"  # an earlier version's, a day old
    old_style.mkdir()
    os.utime(old_style, (time.time() - 2 * 86400,) * 2)
    new_old_style = temp / "wijkdesk-merge-dddd"  # perhaps an earlier version merging now
    new_old_style.mkdir()
    unrelated = temp / "wijkdesk-selftest-eeee"
    unrelated.mkdir()
    with scratch.private_folder() as mine:
        removed = scratch.remove_leftovers(temp)
        assert mine.is_dir()
    assert sorted(p.name for p in removed) == sorted([dead.name, old_style.name])
    assert sorted(os.listdir(temp)) == sorted([alive.name, new_old_style.name, unrelated.name])


def test_a_folder_whose_owner_holds_its_lock_is_not_a_leftover(temp):
    """A process id can be reused or belong to another pid namespace: the lock decides."""
    code = ("import sys, tempfile; tempfile.tempdir = sys.argv[1]\n"
            "from wijkdesk.model import scratch\n"
            "with scratch.private_folder() as f:\n"
            "    print(f.parent, flush=True); sys.stdin.read()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(temp)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT, env=cli_env())
    try:
        folder = Path(proc.stdout.readline().strip())  # type: ignore[union-attr]
        assert folder.is_dir()
        # the same folder under the name of a process that has ended
        disguised = temp / f"wijkdesk-{_dead_pid()}-zzzz"
        folder.rename(disguised)
        assert scratch.remove_leftovers(temp) == []
        assert disguised.is_dir()
        disguised.rename(folder)
    finally:
        proc.communicate("", timeout=30)
    assert proc.returncode == 0
    assert os.listdir(temp) == []


def test_pid_alive():
    assert scratch.pid_alive(os.getpid())
    assert scratch.pid_alive(os.getppid())
    assert not scratch.pid_alive(_dead_pid())
    assert not scratch.pid_alive(0) and not scratch.pid_alive(-1)


# -- check reads only ----------------------------------------------------------------------------


def _hot_journal(tmp_path: Path, damage: str = "") -> tuple[Path, int]:
    """A project whose last edit was cut off by SIGKILL mid-save; and its committed insights.

    damage: SQL committed before that edit (a file that is not valid once it is undone)."""
    path = tmp_path / "half.wijkdesk"
    with Project.create(path, "Halfwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        round_id = p.add("round", bijeenkomst_id=evening)
        with p.batch():
            for i in range(30):
                p.add("insight", round_id=round_id, text=f"Vastgelegd {i}")
        _IDS[path] = p.id
    if damage:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute(damage)
    # An edit as the app makes one (one transaction), so large that it spills into the file
    # before it is committed, cut off by SIGKILL: the file holds half of it, the journal the
    # pages to undo it with.
    code = textwrap.dedent(f"""
        import os, signal, sqlite3
        con = sqlite3.connect({str(path)!r}, isolation_level=None)
        con.execute("PRAGMA cache_size=1")
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE insight SET text = 'Half ' || text")
        con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                        [(f"half-{{i}}", "x" * 500) for i in range(2000)])
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=cli_env(),
                          capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    journal = Path(str(path) + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0
    return path, 30


def _state(path: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_check_of_a_file_with_a_cut_off_edit_writes_nothing(tmp_path):
    path, committed = _hot_journal(tmp_path)
    before = _state(path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = subprocess.run(cli_command("check", path), capture_output=True, text=True,
                            env=cli_env(TMPDIR=str(temp)), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert _state(path) == before  # neither the file nor its journal changed
    assert os.listdir(temp) == []  # the private copy is gone too
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("OK: ")
    assert "afgebroken" in lines[1] or "cut off" in lines[1], lines[1]
    report = check_file(path)
    assert report.unfinished and report.path == path
    assert report.records["insight"] == committed  # what the file is once the edit is undone
    assert _state(path) == before
    # opening it in wijkdesk does roll the edit back; then it checks the same, as finished
    with Project.open(path) as p:
        assert p.count("insight") == committed
    assert not Path(str(path) + "-journal").exists()
    again = check_file(path)
    assert not again.unfinished and again.records == report.records


def test_check_never_writes_to_a_valid_file(tmp_path):
    target, _ = _pair(tmp_path)
    before = _state(target)
    check_file(target)
    result = run_cli("check", target)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 1
    assert _state(target) == before


def test_check_of_a_damaged_file_with_a_journal_names_the_file(tmp_path):
    path, _ = _hot_journal(tmp_path, damage='UPDATE insight SET "table" = 99')
    before = _state(path)
    result = run_cli("check", path)
    assert result.returncode == 2
    assert str(path) in result.stderr and "copy.wijkdesk" not in result.stderr, result.stderr
    assert _state(path) == before


def test_check_of_a_read_only_file_with_a_cut_off_edit(tmp_path):
    path, committed = _hot_journal(tmp_path)
    before = _state(path)
    for p in path.parent.iterdir():
        if p.is_file():
            p.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        report = check_file(path)
    finally:
        path.parent.chmod(0o755)
    assert report.unfinished and report.records["insight"] == committed
    assert _state(path) == before


def test_a_merge_source_with_a_cut_off_edit_merges_what_was_saved(tmp_path):
    source, committed = _hot_journal(tmp_path)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    with Project.create(target, "Leeg", device=DEVICE_A) as p:
        project_id = p.id
    with contextlib.closing(sqlite3.connect(target)) as con:  # the same project, empty
        con.execute("UPDATE meta SET value = ? WHERE key = 'project_id'",
                    (_project_id(source),))
        con.execute("DELETE FROM op")
        con.execute("DELETE FROM head")
        con.execute("DELETE FROM project")
        con.commit()
    assert project_id != _project_id(source)
    before = _state(source)
    with Project.open(target, device=DEVICE_A) as p:
        p.merge([source])
        texts = [i.text for i in p.all("insight")]
    assert len(texts) == committed and not any(t.startswith("Half") for t in texts)
    assert _state(source) == before
    check_file(target)


_IDS: dict[Path, str] = {}


def _project_id(path: Path) -> str:
    return _IDS[path]

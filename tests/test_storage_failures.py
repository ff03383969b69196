"""When the disk fails: a read-only file, a folder (USB stick) gone while open, a full disk.

Nothing typed is lost: the window keeps the edit, says in one sentence what happened, and Save
as… writes the whole project, the edit included, elsewhere. The command line says it in one line
with exit status 2. And one file, one window: a lock next to an open file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text
from wijkdesk.model.filelock import STALE_AFTER, lock_path

from .conftest import DEVICE_A, DEVICE_B
from .util import ROOT, assert_one_line_error, cli_env, run_cli


def _make(path: Path, texts: tuple[str, ...] = ("Eerste inzicht",)) -> Path:
    with Project.create(path, "Stickwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond", date="2026-12-07", tables=2)
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        for text in texts:
            p.add("insight", round_id=rnd, text=text)
    return path


def _texts(path: Path) -> list[str]:
    with Project.open(path, read_only=True) as p:
        return sorted(i.text for i in p.all("insight"))


@contextlib.contextmanager
def _read_only_folder(tmp_path: Path):
    """A folder wijkdesk may not write to: by permissions, or (root ignores those) a
    read-only mount."""
    folder = tmp_path / "bijlage"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder, lambda: folder.chmod(0o555)
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no read-only folder can be made here (root, and mounting is not allowed)")

    def freeze() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    try:
        yield folder, freeze
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def _small_disk(tmp_path: Path, size: str = "2m"):
    """A small file system of its own (a tmpfs), to fill up; skipped where it cannot be made."""
    folder = tmp_path / "klein"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no small file system can be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path) -> None:
    """Fill the disk holding folder to the last byte."""
    fd = os.open(folder / "vulling.bin", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)


def _round(project: Project) -> str:
    return project.all("round")[0].id


# -- the model and the command line -----------------------------------------------------------


def test_a_read_only_file_opens_read_only_and_refuses_edits_without_changing(tmp_path):
    with _read_only_folder(tmp_path) as (folder, freeze):
        path = _make(folder / "bijlage.wijkdesk")
        freeze()
        before = path.read_bytes()
        with Project.open(path) as p:
            assert p.read_only
            with pytest.raises(WijkdeskError) as refused:
                p.add("insight", round_id=_round(p), text="Nog een")
            assert refused.value.code == "read_only"
            copy = p.save_copy(tmp_path / "kopie.wijkdesk")  # Save as… works
        assert path.read_bytes() == before
        assert not lock_path(path).exists()
        assert _texts(copy) == ["Eerste inzicht"]
        check_file(copy)
        # the command line: reading works, writing says so in one line
        assert run_cli("dump", path).returncode == 0
        csv = tmp_path / "in.csv"
        csv.write_text("tekst\nMeer bankjes\n", encoding="utf-8")
        line = assert_one_line_error(run_cli("import-insights", path, csv))
        assert "kan alleen gelezen worden" in line
        assert path.read_bytes() == before


def test_a_folder_gone_while_open_refuses_the_edit_and_the_copy_keeps_everything(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _make(stick / "avond.wijkdesk")
    p = Project.open(path, device=DEVICE_B)
    rnd = _round(p)
    p.add("insight", round_id=rnd, text="Voor het lostrekken")
    shutil.rmtree(stick)  # the stick is pulled out (its folder is gone)
    with pytest.raises(WijkdeskError) as refused:
        p.add("insight", round_id=rnd, text="Na het lostrekken")
    assert refused.value.code == "file_gone"
    copy = p.save_copy(tmp_path / "gered.wijkdesk")
    p.close()
    assert _texts(copy) == ["Eerste inzicht", "Voor het lostrekken"]
    check_file(copy)


def test_a_full_disk_refuses_the_edit_changes_nothing_and_says_so(tmp_path):
    path = _make(tmp_path / "vol.wijkdesk")
    before = path.read_bytes()
    with Project.open(path) as p:
        pages = p._con.execute("PRAGMA page_count").fetchone()[0]
        p._con.execute(f"PRAGMA max_page_count = {pages}")  # the disk holds not one page more
        with pytest.raises(WijkdeskError) as refused:
            p.add("insight", round_id=_round(p), text="Lang verhaal " * 150)
        assert refused.value.code == "disk_full"
        assert p.count("insight") == 1
    assert path.read_bytes() == before


def test_the_command_line_on_a_really_full_disk_says_so_in_one_line(tmp_path):
    with _small_disk(tmp_path) as disk:
        path = _make(disk / "vol.wijkdesk")
        csv = tmp_path / "veel.csv"
        csv.write_text("tekst\n" + "".join(f"Inzicht nummer {i} " * 20 + "\n"
                                            for i in range(400)), encoding="utf-8")
        _fill(disk)
        before = path.read_bytes()
        line = assert_one_line_error(run_cli("import-insights", path, csv))
        assert "vol" in line
        assert path.read_bytes() == before
        for command in (["merge", path, tmp_path / "nergens.wijkdesk"], ["demo", disk / "d"],
                        ["export", path, "--format", "csv", "-o", disk / "netwerk.csv"],
                        ["export", path, "--format", "timeline-png", "-o", disk / "t.png"],
                        ["minutes", path, "-o", disk / "verslag.pdf"]):
            assert_one_line_error(run_cli(*command))
        assert sorted(p.name for p in disk.iterdir()) == ["vol.wijkdesk", "vulling.bin"]
        (disk / "vulling.bin").unlink()
        assert _texts(path) == ["Eerste inzicht"]


PULLED = (
    "import shutil, sys\n"
    "from wijkdesk.model import csv_import\n"
    "from wijkdesk.__main__ import main\n"
    "real = csv_import.import_insights\n"
    "def pulled(project, *args, **kwargs):\n"
    "    shutil.rmtree(sys.argv[1])  # the stick is pulled out while the command writes\n"
    "    return real(project, *args, **kwargs)\n"
    "csv_import.import_insights = pulled\n"
    "sys.exit(main(['import-insights', sys.argv[2], sys.argv[3]]))\n")


def test_every_command_turns_a_disk_failure_into_one_line(tmp_path):
    """Injected: the folder disappears while the command writes."""
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _make(stick / "avond.wijkdesk")
    csv = tmp_path / "in.csv"
    csv.write_text("tekst\nMeer bankjes\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", PULLED, str(stick), str(path), str(csv)],
                            capture_output=True, env=cli_env(), cwd=ROOT, encoding="utf-8",
                            timeout=60)
    line = assert_one_line_error(result)
    assert "is er niet meer" in line and "Opslaan als" in line


# -- one file, one window -------------------------------------------------------------------


HOLDER = (
    "import sys\n"
    "from wijkdesk.model import Project\n"
    "p = Project.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()  # holds the file until the test closes this pipe (or kills it)\n")


@pytest.fixture
def held(tmp_path):
    """A project file open in another wijkdesk (a child process)."""
    path = _make(tmp_path / "gedeeld.wijkdesk")
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=cli_env(), cwd=ROOT, text=True)
    assert child.stdout.readline().strip() == "open"
    yield path, child
    child.kill()
    child.wait()


def test_a_file_open_elsewhere_says_who_since_when_and_opens_read_only(held):
    path, child = held
    with pytest.raises(WijkdeskError) as refused:
        Project.open(path)
    assert refused.value.code == "in_use"
    holder = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert holder["pid"] == child.pid
    assert refused.value.params["since"] == holder["since"]
    assert refused.value.params["user"] == holder["user"]
    with Project.open(path, read_only=True) as p:
        assert p.read_only and p.count("insight") == 1
    # the command line: a writing command refuses in one line; reading works
    line = assert_one_line_error(run_cli("merge", path, path))
    assert "is geopend in wijkdesk" in line
    assert run_cli("dump", path).returncode == 0


def test_the_lock_of_a_crashed_app_is_recognised(held):
    path, child = held
    child.send_signal(signal.SIGKILL)  # the app crashes: its lock stays behind
    child.wait()
    assert lock_path(path).exists()
    with Project.open(path) as p:
        assert not p.read_only
        p.add("insight", round_id=_round(p), text="Na de crash")
        assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert not lock_path(path).exists()


def test_a_lock_from_another_computer_counts_until_it_is_not_renewed(tmp_path):
    path = _make(tmp_path / "gedeeld.wijkdesk")
    lock = lock_path(path)
    lock.write_text(json.dumps({"app": "wijkdesk", "user": "marieke", "host": "tafel-laptop-3",
                                "pid": 4242, "since": "2026-12-07 19:31"}), encoding="utf-8")
    with pytest.raises(WijkdeskError) as refused:
        Project.open(path)
    assert refused.value.params == {"path": str(path), "user": "marieke",
                                    "host": "tafel-laptop-3", "since": "2026-12-07 19:31"}
    old = time.time() - STALE_AFTER - 60  # not renewed for longer than the app ever waits
    os.utime(lock, (old, old))
    with Project.open(path) as p:
        assert not p.read_only


def test_undo_of_a_merge_takes_back_only_that_merge(tmp_path):
    """Two projects on one file (two windows): undoing a merge in one keeps what the other
    added and changed after it."""
    path = _make(tmp_path / "wijk.wijkdesk", ("Oud inzicht", "Wordt aangepast aan tafel"))
    with Project.open(path) as base:
        table = base.save_copy(tmp_path / "tafel.wijkdesk", table=2)
    with Project.open(table, device=DEVICE_B) as laptop:
        rnd = _round(laptop)
        laptop.add("insight", round_id=rnd, text="Van tafel 2: bankjes")
        kept = laptop.add("insight", round_id=rnd, text="Van tafel 2: later aangevuld")
        changed = next(i.id for i in laptop.all("insight")
                       if i.text == "Wordt aangepast aan tafel")
        laptop.update("insight", changed, text="Aangepast aan tafel 2")
    one = Project.open(path)
    other = Project.open(path, device=str(uuid.uuid4()))
    try:
        before = dump_text(one)
        with one.recording() as merge:
            one.apply_merge(one.prepare_merge([table]))
        assert len(one.all("insight")) == 4
        rnd = _round(other)
        added = [other.add("insight", round_id=rnd, text=f"Andere laptop {n}") for n in range(5)]
        other.update("insight", kept, text="Van tafel 2: aangevuld door de ander")
        assert one.retract(merge) == 1  # the insight edited since stays, with its edit
        texts = sorted(i.text for i in one.all("insight"))
        assert texts == sorted(["Oud inzicht", "Wordt aangepast aan tafel",
                                "Van tafel 2: aangevuld door de ander",
                                *(f"Andere laptop {n}" for n in range(5))])
        assert all(other.get("insight", i) is not None for i in added)
        check_file(path)
        one.reinstate(merge)  # redo
        assert "Aangepast aan tafel 2" in {i.text for i in one.all("insight")}
        assert len(one.all("insight")) == 9
        one.retract(merge)
        assert dump_text(one) != before  # the other laptop's work is still there
    finally:
        one.close()
        other.close()
    check_file(path)


# -- the window ------------------------------------------------------------------------------


def _type(window, qtbot, text: str) -> None:
    from PySide6.QtCore import Qt

    view = window.bijeenkomst_view
    view.entry.setFocus()
    view.entry.clear()
    qtbot.keyClicks(view.entry, text)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)


def test_the_window_keeps_typed_text_when_the_stick_is_pulled_and_save_as_saves_it(
        window, tmp_path, qtbot):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _make(stick / "avond.wijkdesk")
    assert window.open_path(str(path))
    _type(window, qtbot, "Voor het lostrekken")
    assert window.bijeenkomst_view.entry.text() == ""
    shutil.rmtree(stick)
    _type(window, qtbot, "Meer groen op het plein")
    view = window.bijeenkomst_view
    assert view.entry.text() == "Meer groen op het plein"  # the text stays in the box
    bar = window.storage_bar
    assert bar.isVisible() and "no longer there" in bar.text.text()
    assert "Save as" in bar.text.text() and bar.save_as_button.isVisible()
    assert not [m for m in window.interaction.messages if m[0] == "error"]  # no dialog: the bar
    rescued = tmp_path / "gered.wijkdesk"
    window.interaction.answers.append(str(rescued))
    bar.save_as_button.click()
    assert window.ctx.project.path == rescued
    assert not bar.isVisible()
    assert view.entry.text() == ""  # what was typed is in the new file now
    assert _texts(rescued) == ["Eerste inzicht", "Meer groen op het plein",
                               "Voor het lostrekken"]
    window.undo_action.trigger()  # the saved edit is an undo step in the new file
    assert window.ctx.project.count("insight") == 2


def test_the_window_says_a_disk_is_full_and_try_again_saves_after_room_is_made(
        window, tmp_path, qtbot):
    path = _make(tmp_path / "vol.wijkdesk")
    assert window.open_path(str(path))
    project = window.ctx.project
    pages = project._con.execute("PRAGMA page_count").fetchone()[0]
    project._con.execute(f"PRAGMA max_page_count = {pages}")  # injected: the disk is full
    text = "Een lang verhaal over de warmtepomp " * 50
    _type(window, qtbot, text[:1900])
    bar = window.storage_bar
    assert bar.isVisible() and "full" in bar.text.text()
    assert bar.retry_button.isVisible()
    assert window.bijeenkomst_view.entry.text() == text[:1900]
    bar.retry_button.click()  # room made: the file is opened again and the edit saved
    assert not bar.isVisible()
    assert window.bijeenkomst_view.entry.text() == ""
    assert len(_texts(path)) == 2


def test_a_read_only_file_opens_read_only_in_the_window_saying_so(window, tmp_path, qtbot):
    with _read_only_folder(tmp_path) as (folder, freeze):
        path = _make(folder / "bijlage.wijkdesk")
        freeze()
        assert window.open_path(str(path))
        assert "(read-only)" in window.windowTitle()
        bar = window.storage_bar
        assert bar.isVisible() and "can only be read" in bar.text.text()
        assert not bar.retry_button.isVisible()
        _type(window, qtbot, "Bewoners willen een buurtbatterij")
        assert window.bijeenkomst_view.entry.text() == "Bewoners willen een buurtbatterij"
        target = tmp_path / "mijn-kopie.wijkdesk"
        window.interaction.answers.append(str(target))
        window.save_as_action.trigger()
        assert window.ctx.project.path == target and not window.ctx.project.read_only
        assert "(read-only)" not in window.windowTitle()
        assert _texts(target) == ["Bewoners willen een buurtbatterij", "Eerste inzicht"]


def test_a_file_open_in_another_wijkdesk_is_offered_read_only(window, held, qtbot):
    path, child = held
    window.interaction.answers.append(True)  # "Open read-only"
    assert window.open_path(str(path))
    kind, _title, text = window.interaction.messages[-1]
    holder = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert kind == "confirm" and holder["since"] in text and holder["host"] in text
    assert window.ctx.project.read_only
    assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == child.pid


def test_closing_with_an_edit_the_file_did_not_take_asks_first(window, tmp_path, qtbot):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _make(stick / "avond.wijkdesk")
    assert window.open_path(str(path))
    shutil.rmtree(stick)
    _type(window, qtbot, "Niet kwijtraken")
    window.interaction.answers += [False, False]  # not Save as…, and not without it either
    window.close_action.trigger()
    assert window.ctx.project is not None  # still open, the edit still held
    rescued = tmp_path / "gered.wijkdesk"
    window.interaction.answers += [True, str(rescued)]  # Save as… first
    window.close_action.trigger()
    assert window.ctx.project is None
    assert "Niet kwijtraken" in _texts(rescued)


def test_undo_of_a_merge_in_the_window_keeps_what_another_window_added(window, tmp_path):
    path = _make(tmp_path / "wijk.wijkdesk")
    with Project.open(path) as base:
        table = base.save_copy(tmp_path / "tafel.wijkdesk", table=1)
    with Project.open(table, device=DEVICE_B) as laptop:
        laptop.add("insight", round_id=_round(laptop), text="Van tafel 1")
    assert window.open_path(str(path))
    window.interaction.answers += [[str(table)], True]
    window.merge_action.trigger()
    with Project.open(path, device=str(uuid.uuid4())) as other:  # a second window, same file
        for n in range(5):
            other.add("insight", round_id=_round(other), text=f"Ander venster {n}")
    window.undo_action.trigger()
    assert _texts(path) == sorted(["Eerste inzicht", *(f"Ander venster {n}" for n in range(5))])


def test_presenting_on_one_screen_the_facilitator_hears_of_it_on_the_strip(
        window, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    stick = tmp_path / "stick"
    stick.mkdir()
    path = _make(stick / "avond.wijkdesk")
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    assert window.open_path(str(path))
    QTest.keyClick(window, Qt.Key.Key_F5)
    audience = window.presenter.window
    qtbot.waitUntil(audience.isVisible)
    try:
        shutil.rmtree(stick)
        _type(window, qtbot, "Tijdens het presenteren")
        assert audience.message.isVisible() and "no longer there" in audience.message.text()
        assert window.bijeenkomst_view.entry.text() == "Tijdens het presenteren"
    finally:
        window.presenter.stop()


def test_a_file_another_program_keeps_busy_is_one_line_not_a_traceback(tmp_path):
    import sqlite3

    path = _make(tmp_path / "bezig.wijkdesk")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing it
    try:
        line = assert_one_line_error(run_cli("dump", path, timeout=60))
        assert "wordt nu door een ander programma opgeslagen" in line
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_save_as_through_a_link_writes_its_file_and_refuses_a_pipe(tmp_path):
    path = _make(tmp_path / "wijk.wijkdesk")
    real = tmp_path / "usb" / "kopie.wijkdesk"
    real.parent.mkdir()
    real.write_bytes(b"oud")
    link = tmp_path / "snelkoppeling.wijkdesk"
    link.symlink_to(real)
    pipe = tmp_path / "pijp.wijkdesk"
    os.mkfifo(pipe)
    with Project.open(path) as p:
        assert p.save_copy(link) == link
        with pytest.raises(WijkdeskError) as refused:
            p.save_copy(pipe)
        assert refused.value.code == "export_special_file"
    assert link.is_symlink() and _texts(real) == ["Eerste inzicht"]


def test_at_start_the_in_use_question_comes_over_the_window(window, held, qtbot):
    path, _child = held
    window.hide()  # as at start: the file is opened before the window shows
    window.interaction.answers.append(True)
    assert not window.open_path(str(path))
    assert not window.interaction.messages  # not asked over an empty screen
    window.show()
    qtbot.waitUntil(lambda: window.ctx.project is not None)
    assert window.interaction.messages[-1][0] == "confirm" and window.ctx.project.read_only

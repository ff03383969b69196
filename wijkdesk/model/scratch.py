"""One private folder per running wijkdesk for temporary copies of personal data.

A merge copies every source file aside before reading it, ``check`` copies a file with an
unfinished change to roll that change back without touching the original, and the Wijkkompas
draws its chart into a file: all of these copies hold other people's data. They live in one
folder per process, ``<system temp>/wijkdesk-<pid>-<random>/`` (made on first use, private to
the user), so that nothing of them is left scattered:

* a copy is removed as soon as its work is done (``private_folder``), and the process's folder
  with the last copy in it;
* the whole folder is removed when the process ends normally, by an exception, by ``sys.exit``
  or (once ``install_signal_handlers`` ran) by SIGTERM or Ctrl+C;
* a folder left by a run that was killed (``kill -9``, a power cut) is removed by the next start
  of the app or of a command (``remove_leftovers``): its process no longer runs. (So are the
  per-merge folders ``wijkdesk-merge-*`` of earlier versions, once a day old.) While a process
  lives it holds a lock on a file in its folder, so a folder is never taken for a leftover while
  its owner runs, whatever its process id says (a reused id, another pid namespace).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .filelock import pid_alive  # never os.kill on Windows: it would end the process

PREFIX = "wijkdesk-"
_NAME = re.compile(r"wijkdesk-(\d+)-[A-Za-z0-9_]+")
#: the per-merge folders of wijkdesk before its scratch folder (no process id in their name):
#: left over when older than a day (no merge takes that long)
_OLD_NAME = re.compile(r"wijkdesk-merge-[A-Za-z0-9_]+")
_OLD_AGE = 24 * 3600
_LOCK_FILE = ".in-use"

_lock = threading.RLock()
_folder: Path | None = None
_lock_fd: int | None = None
_users = 0
_atexit_registered = False


def scratch_dir() -> Path:
    """This process's scratch folder (made now if there is none); removed at exit."""
    global _folder, _atexit_registered
    with _lock:
        if _folder is None or not _folder.is_dir():
            folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
            _hold(folder)
            _folder = folder
            if not _atexit_registered:
                atexit.register(remove_all)
                _atexit_registered = True
        return _folder


def make_folder(prefix: str = "") -> Path:
    """A new, empty, private folder in the scratch folder; give it back with ``release``."""
    global _users
    with _lock:
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=scratch_dir()))
        _users += 1
        return folder


def release(folder: Path) -> None:
    """Remove a folder made by ``make_folder``; the scratch folder too when it was the last."""
    global _users
    with _lock:
        shutil.rmtree(folder, ignore_errors=True)
        _users = max(0, _users - 1)
        if _users == 0:
            remove_all()


@contextlib.contextmanager
def private_folder(prefix: str = "") -> Iterator[Path]:
    """A private folder for temporary copies, removed with everything in it on leaving."""
    folder = make_folder(prefix)
    try:
        yield folder
    finally:
        release(folder)


def remove_all() -> None:
    """Remove this process's scratch folder and everything in it (at exit, on quitting)."""
    global _folder, _lock_fd, _users
    with _lock:
        folder, _folder, _users = _folder, None, 0
        if _lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(_lock_fd)
            _lock_fd = None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _hold(folder: Path) -> None:
    """Lock a file in the folder for as long as this process lives (the OS lets go at death)."""
    global _lock_fd
    try:
        fd = os.open(folder / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return
    if not _try_lock(fd):
        os.close(fd)
        return
    _lock_fd = fd


def _try_lock(fd: int) -> bool:
    """An exclusive lock on fd without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _in_use(folder: Path) -> bool:
    """Whether a living process holds the folder's lock."""
    try:
        fd = os.open(folder / _LOCK_FILE, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: leave it
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)  # closing lets go of a lock taken just now


def remove_leftovers(base: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove the scratch folders of wijkdesk runs that were cut off; returns what was removed.

    A folder counts as left over when its process no longer runs and no process holds its
    lock. Folders of other users are left alone (the OS would refuse anyway).
    """
    top = Path(base) if base is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(os.scandir(top))
    except OSError:
        return removed
    own_uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        old = match is None and _OLD_NAME.fullmatch(entry.name) is not None
        if match is None and not old:
            continue
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if own_uid is not None and st.st_uid != own_uid:
            continue
        folder = Path(entry.path)
        if old:
            if time.time() - st.st_mtime < _OLD_AGE:
                continue
        elif folder == _folder or pid_alive(int(match.group(1))) or _in_use(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


def remove_leftovers_in_background() -> threading.Thread:
    """``remove_leftovers`` in a thread of its own: the app's start-up does not wait for it,
    its exit does (a thread that is not a daemon)."""
    thread = threading.Thread(target=remove_leftovers, name="wijkdesk-leftovers")
    thread.start()
    return thread


def install_signal_handlers() -> None:
    """Let SIGTERM remove the copies and end the process as ``sys.exit`` does.

    (Python already turns Ctrl+C into KeyboardInterrupt, which runs the same clean-up.)
    Only from the main thread; elsewhere nothing is installed.
    """
    import signal

    if threading.current_thread() is not threading.main_thread():
        return
    if hasattr(signal, "SIGTERM") and signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL,
                                                                           None):
        signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, frame: object) -> None:
    # The copies go at once, even while a worker thread still reads one (it then fails, and
    # the process ends when it has); then the way out that sys.exit takes.
    remove_all()
    raise SystemExit(128 + signum)

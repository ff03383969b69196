"""One file, one window: a lock file next to an open project (``NAME.wijkdesk.lock``).

SQLite's own locks only last for one transaction, so two wijkdesk windows on one file would both
write, each unaware of the other. An open project therefore leaves a small lock file next to
itself that says who has it open, where and since when: a second wijkdesk (on this laptop or, on
a shared folder, another one) reads it and offers to open the file read-only instead.

A lock is *stale* when the app that made it is gone: on the same computer, when its process no
longer runs; on another computer, when it has not been renewed (``touch``) for ``STALE_AFTER``
seconds — the app renews it every minute while it is open. A stale lock is taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import WijkdeskError

SUFFIX = ".lock"
#: a lock of another computer that was not renewed for this long is left over from a crash
STALE_AFTER = 10 * 60
#: how often an open project renews its lock (the window's timer)
RENEW_EVERY = 60


def lock_path(path: Path) -> Path:
    """Where the lock of a project file lives."""
    return path.with_name(path.name + SUFFIX)


def _host() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename or "?"
    return os.environ.get("COMPUTERNAME", "?")  # Windows


def _user() -> str:
    import getpass  # only when a lock is written

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        return "?"


def pid_alive(pid: int) -> bool:
    """Whether a process of this computer runs (never signals it: ``os.kill`` on Windows
    would end it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Holder:
    """Who has a file open, according to its lock."""

    user: str
    host: str
    pid: int
    since: str  # local time, "YYYY-MM-DD HH:MM"

    def is_us(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()

    def stale(self, lock: Path) -> bool:
        """Left over by an app that is gone."""
        if self.host == _host():
            return not pid_alive(self.pid)
        try:
            age = time.time() - lock.stat().st_mtime
        except OSError:
            return True
        return age > STALE_AFTER


def read_holder(path: Path) -> Holder | None:
    """Who holds the lock of a project file, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return Holder(str(data["user"])[:80], str(data["host"])[:80], int(data["pid"]),
                      str(data["since"])[:20])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class FileLock:
    """The lock of one open project file; ``release`` (or closing the project) removes it.

    One process may open a file more than once (the command line's tests, a merge's undo test
    with two projects on one file): the lock is counted, and removed with the last release.
    """

    _held: dict[str, int] = {}

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._project = path
        self._key = os.path.normcase(os.path.abspath(self.path))

    def acquire(self) -> bool:
        """Take the lock. False when it cannot be written (a read-only folder: the caller opens
        the file read-only); WijkdeskError ``in_use`` when another live app holds it."""
        if self._held.get(self._key) and self.path.exists():
            self._held[self._key] += 1
            return True
        if self._take():
            self._held[self._key] = 1
            return True
        return False

    def _take(self) -> bool:
        body = json.dumps({"app": "wijkdesk", "user": _user(), "host": _host(),
                           "pid": os.getpid(), "since": time.strftime("%Y-%m-%d %H:%M")})
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self._project)
                if holder is not None and not holder.is_us() and not holder.stale(self.path):
                    raise WijkdeskError("in_use", path=str(self._project), user=holder.user,
                                        host=holder.host, since=holder.since) from None
                # ours (opened twice in one process), stale, or unreadable: take it over
                with contextlib.suppress(OSError):
                    self.path.unlink()
                continue
            except OSError:
                return False
            try:
                os.write(fd, body.encode("utf-8"))
            except OSError:
                os.close(fd)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                return False
            os.close(fd)
            return True
        return False

    def touch(self) -> None:
        """Renew the lock (so that another computer does not take it for a crashed app's)."""
        with contextlib.suppress(OSError):
            os.utime(self.path)

    def release(self) -> None:
        """Remove the lock, if it is still ours (and no other project of ours holds it)."""
        count = self._held.get(self._key, 0) - 1
        if count > 0:
            self._held[self._key] = count
            return
        self._held.pop(self._key, None)
        holder = read_holder(self._project)
        if holder is not None and holder.is_us():
            with contextlib.suppress(OSError):
                self.path.unlink()

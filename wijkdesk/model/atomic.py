"""Writing an export whole or not at all, into the file the user meant (issue 17, point 7).

Every export (CSV, GraphML, GEXF, pictures, iCalendar, the board's files, the minutes' PDF)
is written to a temporary file next to its target and then renamed over it, so that a full
disk or a crash never leaves half a file. The target is the file the user meant:

* a **symbolic link** is followed (through every link) and the file it points to is written;
  the link stays a link. A link to a file that does not exist yet creates that file.
* an existing file that is **not a regular file** (a named pipe, a device, a socket) is
  refused (``export_special_file``): renaming over it would replace it, writing into a pipe
  can wait for ever, and a device is no place for an export. Nothing is written.
* the **project file** itself, or its SQLite journal beside it, is refused
  (``export_over_project``), also when a link leads there.

A failure of the system (full disk, no permission, a folder that is gone) is WijkdeskError
``write_failed`` naming the path the user gave; the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import WijkdeskError

PathLike = str | os.PathLike[str]
#: Files SQLite keeps beside a project file while it is open.
_SIDECARS = ("-wal", "-shm", "-journal")


def export_target(path: PathLike) -> Path:
    """The file an export to ``path`` writes: ``path``, or where its links lead.

    WijkdeskError ``export_special_file`` when that is an existing file that is not a
    regular file; a folder is left to the write to refuse (``write_failed``).
    """
    given = Path(path)
    real = Path(os.path.realpath(given))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real  # nothing there yet: the export makes it
    except OSError as exc:  # a loop of links, a file where a folder should be, …
        raise WijkdeskError("write_failed", path=str(given),
                            reason=exc.strerror or str(exc)) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise WijkdeskError("export_special_file", path=str(given))
    return real


def refuse_project_file(project_path: PathLike, targets: Iterable[PathLike]) -> None:
    """WijkdeskError ``export_over_project`` when a target is the project file (or one of
    SQLite's files beside it), also through a link or another name of the same file."""
    own = Path(os.path.realpath(project_path))
    guarded = [own] + [own.with_name(own.name + s) for s in _SIDECARS]
    for target in targets:
        real = Path(os.path.realpath(target))
        for other in guarded:
            same = real == other
            if not same:
                with contextlib.suppress(OSError):
                    same = os.path.samefile(real, other)
            if same:
                raise WijkdeskError("export_over_project", path=str(target))


def temporary_beside(real: Path, tag: str = "tmp") -> Path:
    """A fresh hidden name in the folder of ``real`` (so that a rename is atomic)."""
    return real.with_name(f".{real.name}.{tag}-{uuid.uuid4().hex[:8]}")


def sync_file(path: Path) -> None:
    """Make the bytes written to ``path`` durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: PathLike, write: Callable[[Path], None], *, fsync: bool = True,
                 project_path: PathLike | None = None) -> Path:
    """Write one file through ``write(temporary_path)`` and rename it over the target (see
    ``export_target``); returns ``path`` as given.

    An OSError becomes WijkdeskError ``write_failed``; any other exception from ``write``
    (a cancel) is raised as it is. Either way the temporary file is removed and the target
    is as it was. With ``project_path``, writing over that project file is refused.
    """
    given = Path(path)
    if project_path is not None:
        refuse_project_file(project_path, [given])
    real = export_target(given)
    tmp = temporary_beside(real)
    try:
        write(tmp)
        if fsync:
            sync_file(tmp)
        os.replace(tmp, real)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WijkdeskError("write_failed", path=str(given),
                            reason=exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return given


def write_all(files: dict[Path, Callable[[Path], None]], *, fsync: bool = True,
              project_path: PathLike | None = None) -> list[Path]:
    """Write several files together (a pair of CSVs): each through ``write(temporary)``,
    then all renamed into place; returns the paths as given.

    Nothing is left behind when one fails (WijkdeskError ``write_failed``): the ones already
    renamed are put back as they were when a later one cannot be (say, Excel holds it open
    on Windows).
    """
    if project_path is not None:
        refuse_project_file(project_path, list(files))
    if len(files) == 1:
        (path, write), = files.items()
        return [atomic_write(path, write, fsync=fsync)]
    reals = {given: export_target(given) for given in files}
    temps: dict[Path, Path] = {}
    replaced: list[tuple[Path, Path | None]] = []
    current = next(iter(files))
    try:
        for given, write in files.items():
            current = given
            tmp = temporary_beside(reals[given])
            temps[given] = tmp
            write(tmp)
            if fsync:
                sync_file(tmp)
        for given, tmp in temps.items():
            current = given
            real = reals[given]
            backup = None
            if real.is_file():
                backup = temporary_beside(real, "old")
                os.replace(real, backup)
            try:
                os.replace(tmp, real)
            except OSError:
                if backup is not None:
                    os.replace(backup, real)
                raise
            replaced.append((real, backup))
    except BaseException as exc:
        for real, backup in reversed(replaced):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, real)
                else:
                    real.unlink()
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):
            raise WijkdeskError("write_failed", path=str(current),
                                reason=exc.strerror or str(exc)) from None
        raise
    for _, backup in replaced:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
    return list(files)

"""Deep validation of a project file: ``wijkdesk check`` and the check before a merge.

Beyond what opening checks (header, version, schema, quick_check), this runs SQLite's full
integrity check, validates every stored value against the kinds' rules and verifies that the
derived tables agree with the change log. It never writes to the file, nor to its journal: a
file with an unfinished edit (a hot journal, left when wijkdesk was cut off mid-save) is checked
in a private copy of file and journal, where SQLite undoes that edit as opening the file in
wijkdesk would, so the report says what the file will be once opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import hlc, kinds, store
from .errors import FileFormatError


@dataclass(frozen=True)
class CheckReport:
    """What a valid file holds."""

    path: Path
    format_version: int
    project_id: str
    records: dict[str, int]
    ops: int
    conflicts: int
    unfinished: bool = False  # an edit was cut off: checked as it is once that is undone


def check_file(path: str | os.PathLike[str]) -> CheckReport:
    """Validate a file completely; FileFormatError with a one-line reason when it is not valid.

    Reads only: neither the file nor its journal is written.
    """
    path = Path(path)
    if _journal(path).is_file():
        return _check_copy(path)
    return _check(path)


def _journal(path: Path) -> Path:
    return Path(str(path) + "-journal")


def _check_copy(path: Path) -> CheckReport:
    """Check a file with an unfinished edit through a private copy of it and its journal."""
    from . import scratch

    p = str(path)
    store._header(path)  # a missing file, a folder, no access: said as for any file
    with scratch.private_folder("check-") as work:
        copy = work / "copy.wijkdesk"
        try:
            shutil.copyfile(_journal(path), _journal(copy))
        except FileNotFoundError:
            pass  # the edit finished meanwhile: the file is whole
        except OSError as exc:
            raise FileFormatError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise FileFormatError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
        unfinished = _journal(copy).is_file() and _journal(copy).stat().st_size > 0
        try:
            report = _check(copy, rollback=True)
        except FileFormatError as exc:
            exc.params["path"] = p
            raise FileFormatError(exc.code, **exc.params) from None
    return CheckReport(path, report.format_version, report.project_id, report.records,
                       report.ops, report.conflicts, unfinished)


def _check(path: Path, *, rollback: bool = False) -> CheckReport:
    info = store.inspect_file(path, rollback=rollback)
    p = str(info.path)
    if info.needs_migration:
        # An older format: what opening checks is enough; it is migrated on open.
        return CheckReport(info.path, info.format_version, info.project_id, {}, 0, 0)
    try:
        with contextlib.closing(store._readonly(info.path)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                reason = " ".join(str(rows[0][0]).split())  # SQLite's report spans lines
                raise FileFormatError("corrupt", path=p, reason=reason[:200])
            counts = _check_records(con, p)
            ops, conflicts = _check_log(con, p)
            project = con.execute(
                "SELECT count(*) FROM project WHERE id = ?", (info.project_id,)
            ).fetchone()[0]
            if project != 1:
                raise FileFormatError("schema_mismatch", path=p, reason="no project record")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged name or text
        raise FileFormatError("corrupt", path=p, reason=str(exc)) from None
    return CheckReport(info.path, info.format_version, info.project_id, counts, ops, conflicts)


def _check_records(con: sqlite3.Connection, p: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for k in kinds.KINDS.values():
        n = 0
        for row in con.execute(f'SELECT {store.select_list(k)} FROM "{k.table}"'):
            values = {
                f.name: store.decode(f, raw)
                for f, raw in zip(k.fields, row[len(store.ENTITY_COLUMNS):], strict=True)
            }
            try:
                k.validate(values)
                hlc.parse(row[2])
                hlc.parse(row[3])
            except Exception as exc:  # noqa: BLE001 - any bad value makes the file invalid
                raise FileFormatError(
                    "schema_mismatch", path=p, reason=f"{k.name} {row[0]}: {exc}"
                ) from None
            if not row[1]:
                n += 1
        counts[k.name] = n
    return counts


def _check_log(con: sqlite3.Connection, p: str) -> tuple[int, int]:
    """Every derived record and its heads equal what its log says; returns (ops, conflicts)."""
    from .merge import derive, load_ops

    heads: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity_id, field, op_id in con.execute("SELECT entity_id, field, op_id FROM head"):
        heads[entity_id].add((field, op_id))
    rows: dict[str, tuple[kinds.Kind, tuple]] = {}
    for k in kinds.KINDS.values():
        for row in con.execute(f'SELECT {store.select_list(k)} FROM "{k.table}"'):
            rows[row[0]] = (k, row)
    entity_ids = [r[0] for r in con.execute("SELECT DISTINCT entity_id FROM op")]
    if set(entity_ids) != set(rows):
        raise FileFormatError("corrupt", path=p, reason="records and log differ")
    conflicts = 0
    for start in range(0, len(entity_ids), 2000):
        for entity_id, ops in load_ops(con, entity_ids[start:start + 2000]).items():
            d = derive(ops)
            k, row = rows[entity_id]
            if d.kind != k.name or bool(row[1]) != d.deleted:
                raise FileFormatError("corrupt", path=p, reason=f"{k.name} {entity_id}")
            for f, raw in zip(k.fields, row[len(store.ENTITY_COLUMNS):], strict=True):
                if store.decode(f, raw) != d.values[f.name]:
                    raise FileFormatError(
                        "corrupt", path=p, reason=f"{k.name}.{f.name} differs from its log")
            derived_heads = {(name, h.op_id) for name, hs in d.heads.items() for h in hs}
            if heads.get(entity_id, set()) != derived_heads:
                raise FileFormatError("corrupt", path=p, reason=f"heads of {k.name} {entity_id}")
            conflicts += len(d.conflict_fields)
    return int(con.execute("SELECT count(*) FROM op").fetchone()[0]), conflicts

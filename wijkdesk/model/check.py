"""Deep validation of a project file: ``wijkdesk check`` and the check before a merge.

Beyond what opening checks (header, version, schema, quick_check), this runs SQLite's full
integrity check, validates every stored value against the kinds' rules and verifies that the
derived tables agree with the change log. It never writes to the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
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


def check_file(path: str | os.PathLike[str]) -> CheckReport:
    """Validate a file completely; FileFormatError with a one-line reason when it is not valid."""
    info = store.inspect_file(path)
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
            ops = _check_log(con, p)
            conflicts = con.execute(
                "SELECT count(*) FROM (SELECT 1 FROM head GROUP BY entity_id, field "
                "HAVING count(*) > 1)"
            ).fetchone()[0]
            project = con.execute(
                "SELECT count(*) FROM project WHERE id = ?", (info.project_id,)
            ).fetchone()[0]
            if project != 1:
                raise FileFormatError("schema_mismatch", path=p, reason="no project record")
    except sqlite3.DatabaseError as exc:
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


def _check_log(con: sqlite3.Connection, p: str) -> int:
    """Every derived value equals the winning head of its field in the log."""
    derived: dict[tuple[str, str], object] = {}
    kinds_of: dict[str, str] = {}
    rows = con.execute(
        "SELECT h.entity_id, h.field, o.value, o.kind FROM head h JOIN op o ON o.op_id = h.op_id "
        "ORDER BY h.entity_id, h.field, o.hlc, o.device"
    )
    for entity_id, field, value, kind in rows:
        derived[(entity_id, field)] = json.loads(value)  # the last one wins
        kinds_of[entity_id] = kind
    for k in kinds.KINDS.values():
        for row in con.execute(f'SELECT {store.select_list(k)} FROM "{k.table}"'):
            entity_id = row[0]
            if kinds_of.get(entity_id) != k.name:
                raise FileFormatError("corrupt", path=p, reason=f"{k.name} {entity_id} not in log")
            if bool(row[1]) != bool(derived.get((entity_id, "_deleted"), False)):
                raise FileFormatError("corrupt", path=p, reason=f"{k.name} {entity_id} deleted")
            for f, raw in zip(k.fields, row[len(store.ENTITY_COLUMNS):], strict=True):
                if (entity_id, f.name) in derived and store.decode(f, raw) != derived[
                    (entity_id, f.name)
                ]:
                    raise FileFormatError(
                        "corrupt", path=p, reason=f"{k.name}.{f.name} differs from its log"
                    )
    return int(con.execute("SELECT count(*) FROM op").fetchone()[0])

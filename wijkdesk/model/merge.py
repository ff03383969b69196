"""Merging project files: a union of change logs, with heads, winners and conflicts.

DESIGN.md §3. Every file holds the full log of per-field changes (ops) of the records it knows.
Merging adds the source's ops that the target lacks and re-derives the records they touch. For
each field the *heads* are the ops no op of the same field replaces (``pred``); the shown value
is the head with the highest (hlc, device, op_id). More than one distinct head value is a
conflict. A delete (``_deleted`` = true) lists in ``pred`` every head it saw, of every field; a
head it did not see is a concurrent edit: the delete is then a conflict and the record stays
visible until the facilitator decides. ``_erased`` marks an AVG erasure: the record's text is
blanked in every op, also in ops that arrive later. Everything here is a function of the set of
ops, so merging in any order, any number of times, gives the same result.

A source file is untrusted: it is copied aside, validated (header, version, integrity, exact
schema, every op row) and only then read; the target changes in one transaction or not at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import hlc, kinds, store
from .errors import FileFormatError

SYSTEM_FIELDS = ("_deleted", "_erased")
MAX_SOURCE_BYTES = 2 * 1024**3
MAX_OPS = 5_000_000
MAX_VALUE_CHARS = 4 * kinds.MAX_LONG_TEXT
MAX_PRED = 10_000
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Op:
    """One logged change (a row of the ``op`` table)."""

    op_id: str
    entity_id: str
    kind: str
    field: str
    value: str  # JSON text
    hlc: str
    device: str
    pred: tuple[str, ...]

    @property
    def order(self) -> tuple[str, str, str]:
        """The total order that picks a winner: stamp, then device, then op id."""
        return (self.hlc, self.device, self.op_id)


@dataclass
class Derived:
    """What the ops of one record say: its values, heads, deletion and conflicts."""

    kind: str
    values: dict[str, Any]
    heads: dict[str, list[Op]]
    deleted: bool
    erased: bool
    conflict_fields: list[str]
    created: str
    updated: Op


def derive(ops: list[Op]) -> Derived:
    """Derive one record from all of its ops (any order)."""
    by_field: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        by_field[op.field].append(op)
    k = kinds.KINDS[ops[0].kind]
    heads: dict[str, list[Op]] = {}
    values = k.defaults()
    conflict_fields: list[str] = []
    for name, field_ops in by_field.items():
        replaced = {p for op in field_ops for p in op.pred}
        field_heads = sorted((op for op in field_ops if op.op_id not in replaced),
                             key=lambda o: o.order)
        heads[name] = field_heads
        if name == "_erased":
            continue
        if name in k.by_name:
            values[name] = json.loads(field_heads[-1].value)
        if len({h.value for h in field_heads}) > 1 and name != "_deleted":
            conflict_fields.append(name)
    erased = "_erased" in by_field
    deleted_heads = heads.get("_deleted", [])
    deleted = bool(deleted_heads) and json.loads(deleted_heads[-1].value) is True
    if erased:
        deleted = True
    elif deleted:
        seen = {p for h in deleted_heads if json.loads(h.value) is True for p in h.pred}
        unseen = [h for name, hs in heads.items() if name not in SYSTEM_FIELDS
                  for h in hs if h.op_id not in seen]
        if unseen:
            deleted = False  # a delete racing an edit: keep it visible, ask the facilitator
            conflict_fields.append("_deleted")
    elif len({h.value for h in deleted_heads}) > 1:
        conflict_fields.append("_deleted")  # a restore racing a delete
    latest = max(ops, key=lambda o: o.order)
    created = min(op.hlc for op in ops)
    return Derived(k.name, values, heads, deleted, erased, sorted(conflict_fields), created,
                   latest)


def load_ops(con: sqlite3.Connection, entity_ids: Iterable[str]) -> dict[str, list[Op]]:
    """All ops of the given records, grouped by record."""
    out: dict[str, list[Op]] = defaultdict(list)
    ids = list(entity_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = con.execute(
            "SELECT op_id, entity_id, kind, field, value, hlc, device, pred FROM op "
            f"WHERE entity_id IN ({','.join('?' * len(chunk))})", chunk)
        for r in rows:
            out[r[1]].append(Op(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7]))))
    return out


def write_derived(con: sqlite3.Connection, entity_id: str, d: Derived) -> None:
    """Store a derived record and its heads in the target's tables."""
    k = kinds.KINDS[d.kind]
    con.execute("DELETE FROM head WHERE entity_id = ?", (entity_id,))
    con.executemany(
        "INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)",
        [(entity_id, name, h.op_id) for name, hs in d.heads.items() for h in hs])
    names = [f.name for f in k.fields]
    cols = ", ".join(f'"{c}"' for c in (*store.ENTITY_COLUMNS, *names))
    marks = ", ".join("?" * (len(store.ENTITY_COLUMNS) + len(names)))
    con.execute(
        f'INSERT OR REPLACE INTO "{k.table}" ({cols}) VALUES ({marks})',
        (entity_id, int(d.deleted), d.created, d.updated.hlc, d.updated.device,
         *(store.encode(k.by_name[n], d.values[n]) for n in names)))


def text_fields(kind: str) -> list[str]:
    """The fields an erasure blanks."""
    return [f.name for f in kinds.KINDS[kind].fields if f.type in ("str", "text")]


# -- the summary --------------------------------------------------------------------------


@dataclass
class MergeSummary:
    """What a merge did (or would do), per kind of record."""

    files: int = 0
    ops_added: int = 0
    new: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)

    def count(self, what: dict[str, int], kind: str) -> None:
        """Add one to a counter."""
        what[kind] = what.get(kind, 0) + 1

    @property
    def total_new(self) -> int:
        """Records that were not in the target."""
        return sum(self.new.values())

    @property
    def total_changed(self) -> int:
        """Records whose shown values changed."""
        return sum(self.changed.values())

    @property
    def total_deleted(self) -> int:
        """Records that became deleted."""
        return sum(self.deleted.values())

    @property
    def total_conflicts(self) -> int:
        """New fields to decide on."""
        return sum(self.conflicts.values())

    def kinds(self) -> list[str]:
        """Kinds with anything to report, in registry order."""
        seen = set(self.new) | set(self.changed) | set(self.deleted) | set(self.conflicts)
        return [k for k in kinds.KINDS if k in seen]


# -- reading an untrusted source ------------------------------------------------------------


@contextlib.contextmanager
def source_copy(path: str | os.PathLike[str]):
    """A private, validated copy of a source file (migrated if older); yields its path."""
    src = Path(path)
    p = str(src)
    if not src.exists():
        raise FileFormatError("not_found", path=p)
    if src.is_dir():
        raise FileFormatError("is_folder", path=p)
    if not src.is_file():
        raise FileFormatError("not_a_file", path=p)
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise FileFormatError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
    if size > MAX_SOURCE_BYTES:
        raise FileFormatError("too_large", path=p)
    work = Path(tempfile.mkdtemp(prefix="wijkdesk-merge-"))
    try:
        copy = work / "source.wijkdesk"
        try:
            with src.open("rb") as fin, copy.open("wb") as fout:
                shutil.copyfileobj(fin, fout, 1024 * 1024)
                if fout.tell() > MAX_SOURCE_BYTES:
                    raise FileFormatError("too_large", path=p)
        except OSError as exc:
            raise FileFormatError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
        try:
            info = store.inspect_file(copy, deep=True)
            if info.needs_migration:
                store.migrate(info)
                store.inspect_file(copy, deep=True)
        except FileFormatError as exc:
            exc.params["path"] = p
            raise FileFormatError(exc.code, **exc.params) from None
        yield copy
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextlib.contextmanager
def _closing(con: sqlite3.Connection):
    try:
        yield con
    finally:
        con.close()


def _reference_schema() -> dict[str, list[tuple[Any, ...]]]:
    from . import schema

    con = sqlite3.connect(":memory:")
    with _closing(con):
        for statement in schema.ddl():
            con.execute(statement)
        return _schema_of(con)


def _schema_of(con: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for typ, name in con.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ):
        if typ == "table":
            out[f"table {name}"] = sorted(
                (r[1], str(r[2]).upper(), r[3], r[5])
                for r in con.execute(f'PRAGMA table_xinfo("{name}")'))
        else:
            out[f"{typ} {name}"] = []
    return out


def read_source(copy: Path, display: str, project_id: str,
                known: set[str] | frozenset[str] = frozenset()) -> list[Op]:
    """Validate a source copy and return its ops that are not in ``known``.

    The file's structure is checked completely (integrity, exact schema, project); every op
    that will be added is validated row by row. Ops whose id the target already has are
    skipped unread: a merge never takes anything from them.
    """
    try:
        con = store._readonly(copy)
    except sqlite3.Error as exc:
        raise FileFormatError("corrupt", path=display, reason=str(exc)) from None
    with _closing(con):
        try:
            if _schema_of(con) != _reference_schema():
                raise FileFormatError("schema_mismatch", path=display, reason="tables differ")
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("project_id") != project_id:
                raise FileFormatError("other_project", path=display)
            (n,) = con.execute("SELECT count(*) FROM op").fetchone()
            if n > MAX_OPS:
                raise FileFormatError("too_large", path=display)
            wanted = [r[0] for r in con.execute("SELECT seq, op_id FROM op")
                      if not isinstance(r[1], str) or r[1] not in known]
            ops = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                ops.extend(_valid_op(row, display, project_id) for row in con.execute(
                    "SELECT op_id, entity_id, kind, field, value, hlc, device, pred FROM op "
                    f"WHERE seq IN ({','.join('?' * len(chunk))})", chunk))
        except sqlite3.Error as exc:
            raise FileFormatError("corrupt", path=display, reason=str(exc)) from None
    kinds_of: dict[str, str] = {}
    for op in ops:
        if kinds_of.setdefault(op.entity_id, op.kind) != op.kind:
            raise FileFormatError("schema_mismatch", path=display, reason="a record of two kinds")
    return ops


def _valid_op(row: tuple[Any, ...], display: str, project_id: str) -> Op:
    def bad(reason: str) -> FileFormatError:
        return FileFormatError("schema_mismatch", path=display, reason=reason)

    if not all(isinstance(v, str) for v in row):
        raise bad("a change with a value of the wrong type")
    op_id, entity_id, kind, name, value, stamp, device, pred_text = row
    for text in (op_id, entity_id, device):
        if not _UUID.fullmatch(text):
            raise bad("a change with a malformed id")
    k = kinds.KINDS.get(kind)
    if k is None:
        raise bad(f"unknown kind of record '{kind[:40]}'")
    if kind == "project" and entity_id != project_id:
        raise bad("a second project record")
    if len(value) > MAX_VALUE_CHARS or len(pred_text) > 40 * MAX_PRED:
        raise FileFormatError("too_large", path=display)
    try:
        hlc.parse(stamp)
        decoded = json.loads(value)
        pred = json.loads(pred_text)
    except ValueError:
        raise bad("a change that cannot be read") from None
    if not isinstance(pred, list) or not all(isinstance(p, str) and _UUID.fullmatch(p)
                                             for p in pred):
        raise bad("a change with malformed predecessors")
    if name == "_deleted":
        if not isinstance(decoded, bool):
            raise bad("a malformed delete")
    elif name == "_erased":
        if not isinstance(decoded, list) or not all(n in k.by_name for n in decoded):
            raise bad("a malformed erasure")
    elif name in k.by_name:
        try:
            k.by_name[name].validate(decoded)
        except kinds.ValidationError as exc:
            raise bad(exc.english()) from None
    else:
        raise bad(f"unknown field '{name[:40]}'")
    return Op(op_id, entity_id, kind, name, value, stamp, device, tuple(pred))


# -- applying -------------------------------------------------------------------------------


def apply(con: sqlite3.Connection, incoming: list[Op], summary: MergeSummary) -> set[str]:
    """Add the ops the target lacks and re-derive what they touch (inside a transaction).

    Returns the ids of the records that changed in any way.
    """
    new_ops = _missing(con, incoming)
    if not new_ops:
        return set()
    affected = {op.entity_id for op in new_ops}
    before_kind = dict(_kinds_of(con, affected))
    for op in new_ops:
        known = before_kind.get(op.entity_id)
        if known is not None and known != op.kind:
            raise FileFormatError("schema_mismatch", path="", reason="a record of two kinds")
    con.executemany(
        "INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(o.op_id, o.entity_id, o.kind, o.field, o.value, o.hlc, o.device, json.dumps(list(o.pred)))
         for o in new_ops])
    summary.ops_added += len(new_ops)
    new_ids = {op.op_id for op in new_ops}
    grouped = load_ops(con, affected)
    for entity_id, ops in grouped.items():
        if any(op.field == "_erased" for op in ops):
            blank = text_fields(ops[0].kind)
            con.execute(
                f"UPDATE op SET value = '\"\"' WHERE entity_id = ? AND value != '\"\"' "
                f"AND field IN ({','.join('?' * len(blank))})", (entity_id, *blank))
            ops = [Op(o.op_id, o.entity_id, o.kind, o.field,
                      '""' if o.field in blank else o.value, o.hlc, o.device, o.pred)
                   for o in ops]
        k = kinds.KINDS[ops[0].kind]
        old_ops = [o for o in ops if o.op_id not in new_ids]
        old = derive(old_ops) if old_ops else None
        d = derive(ops)
        write_derived(con, entity_id, d)
        if old is None:
            if not d.deleted:
                summary.count(summary.new, k.name)
        elif d.deleted and not old.deleted:
            summary.count(summary.deleted, k.name)
        elif old.values != d.values or old.deleted != d.deleted:
            summary.count(summary.changed, k.name)
        for name in d.conflict_fields:
            if old is None or name not in old.conflict_fields:
                summary.count(summary.conflicts, k.name)
    return affected


def _missing(con: sqlite3.Connection, incoming: list[Op]) -> list[Op]:
    unique: dict[str, Op] = {}
    for op in incoming:
        unique.setdefault(op.op_id, op)
    ids = list(unique)
    present: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        present.update(r[0] for r in con.execute(
            f"SELECT op_id FROM op WHERE op_id IN ({','.join('?' * len(chunk))})", chunk))
    return [op for op_id, op in unique.items() if op_id not in present]


def _kinds_of(con: sqlite3.Connection, entity_ids: set[str]) -> Iterable[tuple[str, str]]:
    ids = list(entity_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from con.execute(
            f"SELECT DISTINCT entity_id, kind FROM op WHERE entity_id IN "
            f"({','.join('?' * len(chunk))})", chunk)


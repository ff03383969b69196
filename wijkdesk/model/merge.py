"""Merging project files: a union of change logs, with heads, winners and conflicts.

Every file holds the full log of per-field changes (ops) of the records it knows.
Merging adds the source's ops that the target lacks and re-derives the records they touch. For
each field the *heads* are the ops no op of the same field replaces (``pred``); the shown value
is the head with the highest (hlc, device, op_id). More than one distinct head value is a
conflict. A delete (``_deleted`` = true) lists in ``pred`` every head it saw, of every field,
and an edit of a deleted record lists the delete it saw; a head that neither saw the delete nor
was seen by it is a concurrent edit: the delete is then a conflict and the record stays
visible until the facilitator decides. ``_erased`` marks an AVG erasure: the record's text is
blanked in every op, also in ops that arrive later. ``_redacted`` marks a text field rewritten
for the AVG (a name taken out): every op of that field but the kept edit and the edits made
after it is blanked, also ops that arrive later (``redacted_ops``). Everything here is a
function of the set of ops, so merging in any order, any number of times, gives the same
result.

A source file is untrusted: it is copied aside, validated (header, version, integrity, exact
schema, every op row) and only then read; the target changes in one transaction or not at all.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import hlc, kinds, scratch, store
from .errors import FileFormatError

SYSTEM_FIELDS = ("_deleted", "_erased", "_redacted")
MAX_SOURCE_BYTES = 2 * 1024**3
MAX_OPS = 5_000_000
MAX_VALUE_CHARS = 4 * kinds.MAX_LONG_TEXT
MAX_PRED = 10_000
#: The latest clock stamp a source may bring (2200-01-01): a stamp far in the future would
#: become the target's clock, and its next edits would run out of the stamp's digits.
MAX_STAMP_MS = 7_258_118_400_000
_UUID = store.UUID_PATTERN


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


def _order(op: Op) -> tuple[str, str, str]:
    return (op.hlc, op.device, op.op_id)


_SCALARS: dict[str, Any] = {}


def _loads(text: str) -> Any:
    """json.loads, remembering short scalar values (most values are "", 0, null, …)."""
    try:
        return _SCALARS[text]
    except KeyError:
        value = json.loads(text)
        if len(text) <= 24 and not isinstance(value, list | dict) and len(_SCALARS) < 4096:
            _SCALARS[text] = value
        return value


def field_heads(field_ops: list[Op]) -> list[Op]:
    """The ops of one field that no op of that field replaces, in winning order (last wins)."""
    if len(field_ops) == 1:
        return list(field_ops)
    replaced = {p for op in field_ops for p in op.pred}
    return sorted((op for op in field_ops if op.op_id not in replaced), key=_order)


def by_field(ops: Iterable[Op]) -> dict[str, list[Op]]:
    """Ops grouped by field."""
    out: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        out[op.field].append(op)
    return out


def derive(ops: list[Op]) -> Derived:
    """Derive one record from all of its ops (any order)."""
    heads = {name: field_heads(fops) for name, fops in by_field(ops).items()}
    return from_heads(ops[0].kind, heads, min(op.hlc for op in ops), max(ops, key=_order))


def from_heads(kind: str, heads: dict[str, list[Op]], created: str, latest: Op) -> Derived:
    """Derive one record from the heads of its fields (what ``derive`` does after grouping)."""
    k = kinds.KINDS[kind]
    values = k.defaults()
    conflict_fields: list[str] = []
    for name, hs in heads.items():
        if name in k.by_name:
            values[name] = _loads(hs[-1].value)
            if len(hs) > 1 and len({h.value for h in hs}) > 1:
                conflict_fields.append(name)
    erased = "_erased" in heads
    deleted_heads = heads.get("_deleted", [])
    deleted = bool(deleted_heads) and deleted_heads[-1].value == "true"
    if erased:
        deleted = True
    elif deleted and racing_edits(heads):
        deleted = False  # a delete racing an edit: keep it visible, ask the facilitator
        conflict_fields.append("_deleted")
    elif len({h.value for h in deleted_heads}) > 1:
        conflict_fields.append("_deleted")  # a restore racing a delete
    return Derived(k.name, values, heads, deleted, erased, sorted(conflict_fields), created,
                   latest)


def racing_edits(heads: dict[str, list[Op]]) -> list[Op]:
    """The field heads that raced a delete: neither did the delete see them, nor they it.

    A delete lists in ``pred`` every head it saw; an edit made to a record already deleted
    (say, a value picked for a deleted record) lists the delete it saw. Either way one
    happened after the other on one laptop, so the record stays deleted. An edit that
    neither saw nor was seen by a delete happened concurrently: a conflict.
    """
    deletes = [h for h in heads.get("_deleted", ()) if h.value == "true"]
    if not deletes:
        return []
    seen = {p for h in deletes for p in h.pred}
    delete_ids = {h.op_id for h in deletes}
    return [h for name, hs in sorted(heads.items()) if name not in SYSTEM_FIELDS
            for h in hs if h.op_id not in seen and delete_ids.isdisjoint(h.pred)]


def load_ops(con: sqlite3.Connection, entity_ids: Iterable[str],
             fields: Iterable[str] | None = None) -> dict[str, list[Op]]:
    """All ops of the given records (or only those of the given fields), grouped by record."""
    out: dict[str, list[Op]] = defaultdict(list)
    ids = list(entity_ids)
    names = sorted(set(fields)) if fields is not None else None
    field_sql = f" AND field IN ({','.join('?' * len(names))})" if names is not None else ""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = con.execute(
            "SELECT op_id, entity_id, kind, field, value, hlc, device, pred FROM op "
            f"WHERE entity_id IN ({','.join('?' * len(chunk))}){field_sql}",
            chunk + (names or []))
        for r in rows:
            pred = () if r[7] == "[]" else tuple(json.loads(r[7]))
            out[r[1]].append(Op(r[0], r[1], r[2], r[3], r[4], r[5], r[6], pred))
    return out


def _load_rows(con: sqlite3.Connection, claimed: dict[str, str]) -> dict[str, tuple[Any, ...]]:
    """The derived rows of records (id -> kind claimed by incoming ops) that the target has.

    A record the target holds as another kind is refused: one id, one kind.
    """
    by_kind: dict[str, list[str]] = defaultdict(list)
    for entity_id, kind in claimed.items():
        by_kind[kind].append(entity_id)
    rows: dict[str, tuple[Any, ...]] = {}
    for kind, ids in by_kind.items():
        k = kinds.KINDS[kind]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in con.execute(
                    f'SELECT {store.select_list(k)} FROM "{k.table}" '
                    f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                rows[row[0]] = row
    unknown = [e for e in claimed if e not in rows]
    for start in range(0, len(unknown), 500):
        chunk = unknown[start:start + 500]
        for entity_id, kind in con.execute(
                "SELECT DISTINCT entity_id, kind FROM op "
                f"WHERE entity_id IN ({','.join('?' * len(chunk))})", chunk):
            if kind != claimed[entity_id]:
                raise _RefusedError(entity_id, "a record of two kinds")
    return rows


def _upsert(kind: str) -> str:
    k = kinds.KINDS[kind]
    cols = ", ".join(f'"{c}"' for c in (*store.ENTITY_COLUMNS, *(f.name for f in k.fields)))
    marks = ", ".join("?" * (len(store.ENTITY_COLUMNS) + len(k.fields)))
    return f'INSERT OR REPLACE INTO "{k.table}" ({cols}) VALUES ({marks})'


def _row(entity_id: str, d: Derived) -> tuple[Any, ...]:
    k = kinds.KINDS[d.kind]
    return (entity_id, int(d.deleted), d.created, d.updated.hlc, d.updated.device,
            *(store.encode(f, d.values[f.name]) for f in k.fields))


def write_derived(con: sqlite3.Connection, entity_id: str, d: Derived) -> None:
    """Store a derived record and its heads in the target's tables."""
    con.execute("DELETE FROM head WHERE entity_id = ?", (entity_id,))
    con.executemany(
        "INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)",
        [(entity_id, name, h.op_id) for name, hs in d.heads.items() for h in hs])
    con.execute(_upsert(d.kind), _row(entity_id, d))


# -- the summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    """An AVG erasure a merge brings to a record the target has: the whole record (field
    ""), or a name taken out of one text field (field, and the text as it reads after)."""

    kind: str
    id: str
    field: str = ""
    text: str = ""


@dataclass
class MergeSummary:
    """What a merge did (or would do), per kind of record."""

    files: int = 0
    ops_added: int = 0
    new: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    #: the erasures (AVG) the sources bring to records this file has
    erasures: list[Erasure] = field(default_factory=list)

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
    with scratch.private_folder("merge-") as work:
        copy = work / "source.wijkdesk"
        try:
            with src.open("rb") as fin, copy.open("wb") as fout:
                shutil.copyfileobj(fin, fout, 1024 * 1024)
                if fout.tell() > MAX_SOURCE_BYTES:
                    raise FileFormatError("too_large", path=p)
            _copy_journal(src, copy)
        except OSError as exc:
            raise FileFormatError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
        try:
            # quick_check verifies every page and the structure of every b-tree. What the
            # full integrity_check adds (that indexes agree with their tables, at five times
            # the cost) does not matter here: a source's rows are read from its tables by
            # rowid, never through its indexes, and nothing of it is copied but validated ops.
            info = store.inspect_file(copy)
            if info.needs_migration:
                store.migrate(info)
                store.inspect_file(copy)
        except FileFormatError as exc:
            exc.params["path"] = p
            raise FileFormatError(exc.code, **exc.params) from None
        yield copy


def _copy_journal(src: Path, copy: Path) -> None:
    """Copy a source's rollback journal next to its copy, if it has one.

    A file whose edit was cut off (a laptop switched off mid-save) holds the half-written edit
    and a journal to undo it with: validating the copy then rolls the copy back to the last
    complete state, as opening the file itself would. Without the journal the half-written
    edit would be read as if it were whole.
    """
    journal = Path(str(src) + "-journal")
    try:
        if not journal.is_file() or journal.stat().st_size == 0:
            return
        with journal.open("rb") as fin, Path(str(copy) + "-journal").open("wb") as fout:
            shutil.copyfileobj(fin, fout, 1024 * 1024)
            if fout.tell() > MAX_SOURCE_BYTES:
                raise FileFormatError("too_large", path=str(src))
    except FileNotFoundError:
        return  # finished meanwhile: the file is whole


@contextlib.contextmanager
def _closing(con: sqlite3.Connection):
    try:
        yield con
    finally:
        con.close()


@functools.cache
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


@dataclass(frozen=True)
class Incoming:
    """Validated ops of one or more source files, ready to merge (``Project.apply_merge``)."""

    sources: tuple[str, ...]
    ops: tuple[Op, ...]
    devices: dict[str, list[int]] = field(default_factory=dict)  # device -> tables it served
    #: op id -> the file that brought it, for ops not from the first file (which names the rest)
    origin: dict[str, str] = field(default_factory=dict)

    def source_of(self, op: Op) -> str:
        """The file an op came from (named when the merge refuses it)."""
        return self.origin.get(op.op_id) or (self.sources[0] if self.sources else "")


def read_sources(sources: Iterable[str | os.PathLike[str]], project_id: str, target: Path,
                 progress: Callable[[int, int], None] | None = None,
                 workers: int = 2) -> Incoming:
    """Copy aside, validate and read every source; the ops the target file lacks, deduplicated.

    Reads the target file only, read-only, through a connection of its own, so this may run
    in a worker thread while the project stays open. Sources are checked in parallel (SQLite
    does the heavy part without Python's lock); a FileFormatError names the first bad source
    in the given order. ``progress(done, total)`` is called in the calling thread.
    """
    from concurrent.futures import ThreadPoolExecutor, as_completed

    paths = list(sources)

    def one(source: str | os.PathLike[str]) -> tuple[list[Op], dict[str, list[int]]]:
        with source_copy(source) as copy:
            ops = read_source(copy, str(source), project_id, target)
            try:
                with _closing(store._readonly(copy)) as con:
                    devices = store.device_labels(con)
            except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged name or text
                raise FileFormatError("corrupt", path=str(source), reason=str(exc)) from None
            return ops, devices

    if progress is not None:
        progress(0, len(paths))
    results: list[tuple[list[Op], dict[str, list[int]]]] = []
    if paths:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(paths)))) as pool:
            futures = [pool.submit(one, path) for path in paths]
            for done, _ in enumerate(as_completed(futures), start=1):
                if progress is not None:
                    progress(done, len(paths))
            results = [f.result() for f in futures]  # raises the first failure, in order
    seen: dict[str, Op] = {}
    kinds_of: dict[str, str] = {}
    ops: list[Op] = []
    devices: dict[str, list[int]] = {}
    origin: dict[str, str] = {}
    differing: list[tuple[str, Op, Op]] = []  # (file, its op, the op of another file)
    for index, (path, (found, labels)) in enumerate(zip(paths, results, strict=True)):
        for device, tables in labels.items():
            devices[device] = sorted({*devices.get(device, []), *tables})
        for op in found:
            if kinds_of.setdefault(op.entity_id, op.kind) != op.kind:
                raise FileFormatError("schema_mismatch", path=str(path),
                                      reason="a record of another kind than in another file")
            first = seen.get(op.op_id)
            if first is None:
                seen[op.op_id] = op
                ops.append(op)
                if index:
                    origin[op.op_id] = str(path)
            elif first != op:
                # Two files with one change told otherwise: one of them is damaged or made
                # up, unless an erasure blanked its value in one (then it goes either way).
                if not _same_but_value(first, op):
                    raise FileFormatError("schema_mismatch", path=str(path), reason=_OTHERWISE)
                if first.value != op.value:
                    differing.append((str(path), op, first))
    if differing:
        _check_erased_values(differing, ops, target)
    _check_pred_order(ops, lambda op: origin.get(op.op_id) or str(paths[0]))
    return Incoming(tuple(str(p) for p in paths), tuple(ops), devices, origin)


#: why a change is refused that another file (or the target) holds otherwise
_OTHERWISE = "a change that differs from this project's"


def _same_but_value(a: Op, b: Op) -> bool:
    """Two ops with one id that agree on all but (perhaps) their value."""
    return (a.entity_id, a.kind, a.field, a.hlc, a.device, set(a.pred)) == (
        b.entity_id, b.kind, b.field, b.hlc, b.device, set(b.pred))


def _check_erased_values(differing: list[tuple[str, Op, Op]], ops: Iterable[Op],
                         target: Path | sqlite3.Connection | None) -> None:
    """Ops told with two values pass only where an erasure blanks the value after the merge.

    One copy of a record may hold a value that another copy's erasure blanked (AVG). After
    the merge both copies' ops are there, the erasure among them, and it blanks the value in
    every op: which value came first makes no difference. Any other change told two ways is
    refused (the merge would keep whichever came first). ``target`` is the target file, or a
    connection with it attached as ``target``.
    """
    entities = sorted({op.entity_id for _, op, _ in differing})
    wanted = set(entities)
    union: dict[str, dict[str, Op]] = defaultdict(dict)  # entity -> op id -> op
    for op in ops:
        if op.entity_id in wanted:
            union[op.entity_id].setdefault(op.op_id, op)
    if target is not None:
        if isinstance(target, sqlite3.Connection):
            con, schema, close = target, "target.", False
        else:
            con, schema, close = store._readonly(target), "", True
        try:
            for start in range(0, len(entities), 500):
                chunk = entities[start:start + 500]
                for r in con.execute(
                        "SELECT op_id, entity_id, kind, field, value, hlc, device, pred "
                        f"FROM {schema}op WHERE entity_id IN ({','.join('?' * len(chunk))})",
                        chunk):
                    pred = tuple(json.loads(r[7]))
                    union[r[1]].setdefault(r[0], Op(*r[:7], pred))
        finally:
            if close:
                con.close()
    for path, op, _other in differing:
        if op.op_id not in blanked_after(op.kind, list(union[op.entity_id].values())):
            raise FileFormatError("schema_mismatch", path=path, reason=_OTHERWISE)


def _check_pred_order(ops: list[Op], display: str | Callable[[Op], str],
                      target: sqlite3.Connection | None = None) -> None:
    """No change replaces a change of its field that is not older than itself.

    A change lists in ``pred`` the changes it replaces, all of which were made before it: its
    clock stamp is later than theirs. A file in which a change replaces a later one (or
    itself, or two replace each other) is made up, and would leave a field without a value.
    ``target``: a connection with the target attached as ``target``, to look up the changes
    that are not among ops.
    """
    refs = {p for op in ops for p in op.pred}
    stamps = {op.op_id: (op.entity_id, op.field, op.hlc) for op in ops if op.op_id in refs}
    wanted = sorted(refs - stamps.keys())
    if target is not None:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for op_id, entity_id, name, stamp in target.execute(
                    "SELECT op_id, entity_id, field, hlc FROM target.op "
                    f"WHERE op_id IN ({','.join('?' * len(chunk))})", chunk):
                stamps[op_id] = (entity_id, name, stamp)
    for op in ops:
        for p in op.pred:
            seen = stamps.get(p)
            if seen is not None and seen[:2] == (op.entity_id, op.field) and seen[2] >= op.hlc:
                path = display if isinstance(display, str) else display(op)
                raise FileFormatError("schema_mismatch", path=path,
                                      reason="a change that replaces a later one")


def blanked_after(kind: str, ops: list[Op]) -> set[str]:
    """The ops of one record whose values its erasures blank (all of them, or per field)."""
    if any(op.field == "_erased" for op in ops):
        blank = set(kinds.KINDS[kind].erasable)
        return {op.op_id for op in ops if op.field in blank}
    if any(op.field == "_redacted" for op in ops):
        return redacted_ops(ops)
    return set()


#: A source's ops that the target lacks or holds otherwise: the rows to validate one by one.
#: An op row the target holds identically is valid because the target's row is.
_NEW_OR_DIFFERENT = """
    SELECT s.seq, t.op_id IS NOT NULL,
           s.entity_id IS t.entity_id AND s.kind IS t.kind AND s.field IS t.field
           AND s.hlc IS t.hlc AND s.device IS t.device,
           t.value, t.pred
    FROM main.op AS s LEFT JOIN target.op AS t ON t.op_id = s.op_id
    WHERE t.op_id IS NULL OR s.entity_id IS NOT t.entity_id OR s.kind IS NOT t.kind
       OR s.field IS NOT t.field OR s.value IS NOT t.value OR s.hlc IS NOT t.hlc
       OR s.device IS NOT t.device OR s.pred IS NOT t.pred
"""


def read_source(copy: Path, display: str, project_id: str, target: Path | None = None) -> list[Op]:
    """Validate a source copy completely and return the ops the target file lacks.

    The file's structure is checked (integrity, exact schema, project) and every op row is
    validated: rows the target file (if given, read-only) holds byte for byte are valid as
    they are there; every other row is checked field by field. A row with the id of an op
    the target has must be that op (same record, kind, field, stamp, device and
    predecessors); its value may differ only where an erasure on either side blanks it after
    the merge, and a merge never takes it.
    """
    try:
        con = store._readonly(copy)
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged name or text
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
            if target is not None:
                try:
                    con.execute("ATTACH DATABASE ? AS target",
                                ("file:" + store._uri_path(target) + "?mode=ro",))
                except sqlite3.Error as exc:  # the target, not the source, cannot be read
                    raise FileFormatError("unreadable", path=str(target),
                                          reason=str(exc)) from None
                check = con.execute(_NEW_OR_DIFFERENT).fetchall()
            else:
                check = [(r[0], False, False, None, None)
                         for r in con.execute("SELECT seq FROM op")]
            ops = []
            differing: list[tuple[str, Op, Op]] = []
            for start in range(0, len(check), 500):
                chunk = check[start:start + 500]
                rows = dict(_rows_by_seq(con, [c[0] for c in chunk]))
                for seq, known, same, value, pred in chunk:
                    op = _valid_op(rows[seq], display, project_id)
                    if not known:
                        ops.append(op)
                        continue
                    ours = Op(op.op_id, op.entity_id, op.kind, op.field, value, op.hlc,
                              op.device, tuple(json.loads(pred)) if same else ())
                    if not (same and _same_but_value(op, ours)):
                        raise FileFormatError("schema_mismatch", path=display, reason=_OTHERWISE)
                    if op.value != value:
                        differing.append((display, op, ours))
            if differing:
                _check_erased_values(differing, ops, con)
            _check_pred_order(ops, display, con if target is not None else None)
            kinds_of: dict[str, str] = {}
            fields_of: dict[str, set[str]] = defaultdict(set)
            for op in ops:
                if kinds_of.setdefault(op.entity_id, op.kind) != op.kind:
                    raise FileFormatError("schema_mismatch", path=display,
                                          reason="a record of two kinds")
                fields_of[op.entity_id].add(op.field)
            known_here: set[str] = set()
            if target is not None:
                ids = list(kinds_of)
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    for entity_id, kind in con.execute(
                            "SELECT DISTINCT entity_id, kind FROM target.op WHERE entity_id "
                            f"IN ({','.join('?' * len(chunk))})", chunk):
                        known_here.add(entity_id)
                        if kinds_of[entity_id] != kind:
                            raise FileFormatError(
                                "schema_mismatch", path=display,
                                reason="a record of another kind than in this project")
            for entity_id, kind in kinds_of.items():
                # A record new to the target comes with its whole log, so with every field
                # it cannot be without (a note's round): else the log was damaged or made up.
                if entity_id not in known_here and not _REQUIRED[kind] <= fields_of[entity_id]:
                    raise FileFormatError("schema_mismatch", path=display,
                                          reason="a record without a required field")
        except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged name or text
            raise FileFormatError("corrupt", path=display, reason=str(exc)) from None
    return ops


#: Per kind, the fields a record cannot be without (no default, not nullable).
_REQUIRED = {name: {f.name for f in k.fields if f.default is None and not f.nullable}
             for name, k in kinds.KINDS.items()}


def _rows_by_seq(con: sqlite3.Connection, seqs: list[int]) -> Iterable[tuple[int, tuple[Any, ...]]]:
    for r in con.execute(
            "SELECT seq, op_id, entity_id, kind, field, value, hlc, device, pred FROM op "
            f"WHERE seq IN ({','.join('?' * len(seqs))})", seqs):
        yield r[0], r[1:]


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
        ms, _ = hlc.parse(stamp)
        decoded = json.loads(value)
        pred = json.loads(pred_text)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        raise bad("a change that cannot be read") from None
    if ms > MAX_STAMP_MS:
        raise bad("a change dated after the year 2200")
    if not isinstance(pred, list) or not all(isinstance(p, str) and _UUID.fullmatch(p)
                                             for p in pred):
        raise bad("a change with malformed predecessors")
    if "\\u" in value and not _encodable(decoded):
        # JSON can spell half of a character pair ("\\ud800"), which no file can store
        raise bad("a change with a text that is not valid Unicode")
    if name == "_deleted":
        if value not in ("true", "false"):
            raise bad("a malformed delete")
    elif name == "_erased":
        if not isinstance(decoded, list) or not all(isinstance(n, str) and n in k.by_name
                                                    for n in decoded):
            raise bad("a malformed erasure")
    elif name == "_redacted":
        if not (isinstance(decoded, dict) and set(decoded) == {"field", "keep"}
                and decoded["field"] in k.erasable and isinstance(decoded["keep"], str)
                and _UUID.fullmatch(decoded["keep"])):
            raise bad("a malformed erasure")
    elif name in k.by_name:
        try:
            k.by_name[name].validate(decoded)
        except kinds.ValidationError as exc:
            raise bad(exc.english()) from None
        except (TypeError, ValueError, OverflowError):  # a number beyond any float, …
            raise bad("a change with a value of the wrong type") from None
    else:
        raise bad(f"unknown field '{name[:40]}'")
    return Op(op_id, entity_id, kind, name, value, stamp, device, tuple(pred))


def _encodable(value: Any) -> bool:
    """Whether every text in a decoded JSON value can be written as UTF-8 (no lone halves
    of a surrogate pair)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
    return True


# -- applying -------------------------------------------------------------------------------


class _RefusedError(Exception):
    """A record the merge cannot take (raised inside ``apply``, which names its file)."""

    def __init__(self, entity_id: str, reason: str, op: Op | None = None) -> None:
        super().__init__(reason)
        self.entity_id = entity_id
        self.reason = reason
        self.op = op  # the change at fault, if known; else the record's first new one


def apply(con: sqlite3.Connection, incoming: Incoming | Iterable[Op],
          summary: MergeSummary) -> set[str]:
    """Add the ops the target lacks and re-derive what they touch (inside a transaction).

    Returns the ids of the records that changed in any way. Only the fields that new ops
    touch get new heads. A record the target has, that was never deleted or erased, is
    re-derived from the old ops of just those fields and its stored row (the fast path);
    a new record, or one with a delete or an erasure in its log, from all of its ops.

    A record that cannot be taken is refused with a FileFormatError naming the file that
    brought it (from ``Incoming``; given bare ops, no file is known); the caller rolls back.
    """
    if isinstance(incoming, Incoming):
        ops, source_of = incoming.ops, incoming.source_of
    else:
        ops, source_of = tuple(incoming), (lambda op: "")
    try:
        return _apply(con, ops, summary)
    except _RefusedError as exc:
        op = exc.op or next(op for op in ops if op.entity_id == exc.entity_id)
        raise FileFormatError("schema_mismatch", path=source_of(op), reason=exc.reason) from None
    except (sqlite3.IntegrityError, UnicodeEncodeError, OverflowError) as exc:
        # nothing the checks above foresee: still a reason, naming every file it may be in
        named = sorted({source_of(op) for op in ops})
        raise FileFormatError("schema_mismatch", path=", ".join(named),
                              reason=f"a change that cannot be stored: {exc}") from None


def _apply(con: sqlite3.Connection, incoming: Iterable[Op], summary: MergeSummary) -> set[str]:
    new_ops = _missing(con, incoming)
    if not new_ops:
        return set()
    incoming_by_entity: dict[str, list[Op]] = defaultdict(list)
    for op in new_ops:
        incoming_by_entity[op.entity_id].append(op)
    claimed = {}
    for entity_id, new in incoming_by_entity.items():
        claimed[entity_id] = new[0].kind
        if any(op.kind != new[0].kind for op in new):
            raise _RefusedError(entity_id, "a record of two kinds")
    rows = _load_rows(con, claimed)
    wanted = {op.field for op in new_ops} | set(SYSTEM_FIELDS)
    partial = load_ops(con, rows, wanted)  # before the new ops are in
    slow = {e for e, new in incoming_by_entity.items()
            if e not in rows or any(op.field in SYSTEM_FIELDS
                                    for op in (*partial.get(e, ()), *new))}
    whole = load_ops(con, [e for e in slow if e in rows])
    con.executemany(
        "INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(o.op_id, o.entity_id, o.kind, o.field, o.value, o.hlc, o.device, json.dumps(list(o.pred)))
         for o in new_ops])
    summary.ops_added += len(new_ops)
    heads_gone: list[tuple[str, str]] = []  # only the fields new ops touch get new heads
    heads_out: list[tuple[str, str, str]] = []
    rows_out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for entity_id, new in incoming_by_entity.items():
        kind = claimed[entity_id]
        if entity_id in slow:
            old = whole.get(entity_id, [])
            if entity_id in rows:
                _note_erasures(summary, kind, entity_id, old, new)
            if any(op.field == "_erased" for op in (*old, *new)):
                _erase_in_file(con, entity_id, kind)
                old, new = _blanked(kind, old), _blanked(kind, new)
            elif any(op.field == "_redacted" for op in (*old, *new)):
                gone = redacted_ops((*old, *new))
                _blank_ops(con, gone)
                old, new = _blanked_ids(old, gone), _blanked_ids(new, gone)
        else:
            old = partial.get(entity_id, [])
        old_fields = by_field(old)
        new_heads: dict[str, list[Op]] = {}
        for name, fops in by_field(new).items():
            culprit = _replaces_a_later_one(old_fields.get(name, []), fops)
            if culprit is not None:
                raise _RefusedError(entity_id, "a change that replaces a later one", culprit)
            new_heads[name] = field_heads(old_fields.get(name, []) + fops)
            heads_gone.append((entity_id, name))
            heads_out.extend((entity_id, name, h.op_id) for h in new_heads[name])
        if entity_id in slow:
            _derive_whole(entity_id, kind, old, new, old_fields, new_heads, summary, rows_out)
        else:
            _derive_fast(entity_id, kind, rows[entity_id], new, old_fields, new_heads, summary,
                         rows_out)
    con.executemany("DELETE FROM head WHERE entity_id = ? AND field = ?", heads_gone)
    con.executemany("INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)", heads_out)
    for kind, out in rows_out.items():
        _write_rows(con, kind, out)
    return set(incoming_by_entity)


def _replaces_a_later_one(old: list[Op], new: list[Op]) -> Op | None:
    """The new change of one field that replaces one of it that is not older, or that an old
    change replaced though it is not older (see ``_check_pred_order``); None if none."""
    stamps = {op.op_id: op.hlc for op in (*old, *new)}
    for op in new:
        for p in op.pred:
            if p in stamps and stamps[p] >= op.hlc:
                return op
    new_by_id = {op.op_id: op for op in new}
    for op in old:
        for p in op.pred:
            if p in new_by_id and stamps[p] >= op.hlc:
                return new_by_id[p]
    return None


def _write_rows(con: sqlite3.Connection, kind: str, out: list[tuple[Any, ...]]) -> None:
    """Store derived rows; a row the file cannot hold is refused as its record's."""
    try:
        con.executemany(_upsert(kind), out)
    except (sqlite3.IntegrityError, UnicodeEncodeError, OverflowError) as exc:
        for row in out:  # which record: one by one (a refused merge is rolled back anyway)
            try:
                con.execute(_upsert(kind), row)
            except (sqlite3.IntegrityError, UnicodeEncodeError, OverflowError):
                raise _RefusedError(row[0], f"a record that cannot be stored: {exc}") from None
        raise


def _derive_whole(entity_id: str, kind: str, old: list[Op], new: list[Op],
                  old_fields: dict[str, list[Op]], new_heads: dict[str, list[Op]],
                  summary: MergeSummary, rows_out: dict[str, list[tuple[Any, ...]]]) -> None:
    """A record from all of its ops: before (old ops) and after (old and new)."""
    old_heads = {name: field_heads(fops) for name, fops in old_fields.items()}
    created, latest = min(op.hlc for op in new), max(new, key=_order)
    before = None
    if old:
        old_created, old_latest = min(op.hlc for op in old), max(old, key=_order)
        before = from_heads(kind, old_heads, old_created, old_latest)
        created, latest = min(created, old_created), max(latest, old_latest, key=_order)
    d = from_heads(kind, {**old_heads, **new_heads}, created, latest)
    if any(d.values.get(f.name) is None and not f.nullable for f in kinds.KINDS[kind].fields):
        # a record without what it must have (a note without its round): a damaged or made-up
        # log, refused like one (the whole merge is one transaction)
        raise _RefusedError(entity_id, "a record without a required field")
    rows_out[kind].append(_row(entity_id, d))
    if before is None:
        if not d.deleted:
            summary.count(summary.new, kind)
    elif d.deleted and not before.deleted:
        summary.count(summary.deleted, kind)
    elif before.values != d.values or before.deleted != d.deleted:
        summary.count(summary.changed, kind)
    for name in d.conflict_fields:
        if before is None or name not in before.conflict_fields:
            summary.count(summary.conflicts, kind)


def _derive_fast(entity_id: str, kind: str, row: tuple[Any, ...], new: list[Op],
                 old_fields: dict[str, list[Op]], new_heads: dict[str, list[Op]],
                 summary: MergeSummary, rows_out: dict[str, list[tuple[Any, ...]]]) -> None:
    """A record never deleted nor erased: its stored row, with the touched fields re-derived.

    Without a delete in its log it is not deleted, before or after, and a conflict can only
    appear in a field that new ops touch; the other fields keep their values and heads.
    """
    k = kinds.KINDS[kind]
    n = len(store.ENTITY_COLUMNS)
    values = {f.name: store.decode(f, raw) for f, raw in zip(k.fields, row[n:], strict=True)}
    changed = False
    for name, hs in new_heads.items():
        old_hs = field_heads(old_fields[name]) if name in old_fields else []
        after = _loads(hs[-1].value)
        if after != values[name]:
            values[name] = after
            changed = True
        if len(hs) > 1 and len({h.value for h in hs}) > 1 and not (
                len(old_hs) > 1 and len({h.value for h in old_hs}) > 1):
            summary.count(summary.conflicts, kind)
    latest = max(new, key=_order)
    created = min(row[2], *(op.hlc for op in new))
    updated_hlc, device = max((row[3], row[4]), (latest.hlc, latest.device))
    if changed:
        summary.count(summary.changed, kind)
    rows_out[kind].append((entity_id, 0, created, updated_hlc, device,
                           *(store.encode(f, values[f.name]) for f in k.fields)))


def _erase_in_file(con: sqlite3.Connection, entity_id: str, kind: str) -> None:
    """Blank the erasable values in every op of an erased record (AVG)."""
    blank = kinds.KINDS[kind].erasable
    if not blank:
        return
    con.execute(
        f"UPDATE op SET value = '\"\"' WHERE entity_id = ? AND value != '\"\"' "
        f"AND field IN ({','.join('?' * len(blank))})", (entity_id, *blank))


def _blanked(kind: str, ops: list[Op]) -> list[Op]:
    """The ops with the values an erasure blanks blanked."""
    blank = set(kinds.KINDS[kind].erasable)
    return [Op(o.op_id, o.entity_id, o.kind, o.field,
               '""' if o.field in blank else o.value, o.hlc, o.device, o.pred) for o in ops]


def _note_erasures(summary: MergeSummary, kind: str, entity_id: str, old: list[Op],
                   new: list[Op]) -> None:
    """Note in the summary the erasures new ops bring to a record the target has."""
    if any(op.field == "_erased" for op in old):
        return  # erased here already
    if any(op.field == "_erased" for op in new):
        summary.erasures.append(Erasure(kind, entity_id))
        return
    values = {op.op_id: op.value for op in (*old, *new)}
    for op in new:
        if op.field == "_redacted":
            spec = json.loads(op.value)
            kept = values.get(spec["keep"])
            summary.erasures.append(Erasure(kind, entity_id, spec["field"],
                                            _loads(kept) if kept is not None else ""))


def redacted_ops(ops: Iterable[Op]) -> set[str]:
    """The ops of a record whose value its redactions blank (AVG).

    A redaction (``_redacted``) names a field and the edit to keep (the text without the name).
    Every op of that field is blanked except that edit and the edits that followed it (whose
    ``pred`` leads back to it): the values before it, and any made on a copy that had not
    seen the redaction, which may hold the name. A function of the set of ops only.
    """
    fields = by_field(ops)
    out: set[str] = set()
    for redaction in fields.get("_redacted", ()):
        spec = json.loads(redaction.value)
        field_ops = sorted(fields.get(spec["field"], ()), key=_order)
        after = {spec["keep"]}
        grew = True
        while grew:
            grew = False
            for op in field_ops:
                if op.op_id not in after and not after.isdisjoint(op.pred):
                    after.add(op.op_id)
                    grew = True
        out.update(op.op_id for op in field_ops if op.op_id not in after)
    return out


def _blank_ops(con: sqlite3.Connection, op_ids: set[str]) -> None:
    """Blank the values of these ops in the file (they are free-text fields)."""
    ids = sorted(op_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        con.execute(f"UPDATE op SET value = '\"\"' WHERE value != '\"\"' "
                    f"AND op_id IN ({','.join('?' * len(chunk))})", chunk)


def _blanked_ids(ops: list[Op], op_ids: set[str]) -> list[Op]:
    """The ops with the values of those in op_ids blanked."""
    return [Op(o.op_id, o.entity_id, o.kind, o.field, '""', o.hlc, o.device, o.pred)
            if o.op_id in op_ids else o for o in ops]


def _missing(con: sqlite3.Connection, incoming: Iterable[Op]) -> list[Op]:
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

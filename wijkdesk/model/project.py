"""The facade: one open project file and every operation on it.

Nothing outside ``wijkdesk.model`` sees a database connection or session. Each public edit is
validated, written to the change log and to the derived tables, and committed before it
returns; listeners then hear which records changed. ``batch()`` groups several edits into one
transaction (an import, a merge, an undo macro).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import kinds, store
from .device import device_id as _installation_device_id
from .errors import ValidationError, WijkdeskError
from .filelock import FileLock
from .hlc import Clock

if TYPE_CHECKING:
    from .merge import Incoming, MergeSummary


class Record(dict[str, Any]):
    """One record as plain data: ``rec.text`` or ``rec["text"]``; always includes ``id``."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True)
class Change:
    """A committed change to one record, as listeners hear of it."""

    kind: str
    id: str
    action: str  # "add", "update", "delete", "restore", "erase"
    fields: tuple[str, ...] = ()


Listener = Callable[[list[Change]], None]


@dataclass
class Recorded:
    """The changes (op ids) that a ``Project.recording`` logged; what ``retract`` took back."""

    op_ids: tuple[str, ...] = ()
    removed: list[tuple[Any, ...]] = field(default_factory=list)


def _compact(con: sqlite3.Connection) -> None:
    """Leave out of a copy everything deleted: deleted records and replaced values."""
    for k in kinds.KINDS.values():
        gone = [r[0] for r in con.execute(f'SELECT id FROM "{k.table}" WHERE deleted = 1')]
        for start in range(0, len(gone), 500):
            chunk = gone[start:start + 500]
            marks = ",".join("?" * len(chunk))
            con.execute(f"DELETE FROM op WHERE entity_id IN ({marks})", chunk)
            con.execute(f"DELETE FROM head WHERE entity_id IN ({marks})", chunk)
            con.execute(f'DELETE FROM "{k.table}" WHERE id IN ({marks})', chunk)
    con.execute("DELETE FROM op WHERE op_id NOT IN (SELECT op_id FROM head)")
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('shared_copy', '1')")


class Project:
    """An open ``.wijkdesk`` project: the one way to read and change it."""

    def __init__(self, path: Path, con: sqlite3.Connection, project_id: str, device: str,
                 *, read_only: bool = False, lock: FileLock | None = None) -> None:
        self._path = path
        self._con = con
        self._read_only = read_only
        self._lock = lock
        self._id = project_id
        self._device = device
        self._clock = Clock()
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: list[Change] = []
        self._labelled = self.preset_table is None
        last = con.execute("SELECT max(hlc) FROM op").fetchone()[0]
        if last:
            self._clock.observe(last)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, name: str = "Nieuw project", *, device: str | None = None,
        **fields: Any,
    ) -> Project:
        """Create a new project file at path (refused if it exists) and open it."""
        path = Path(path)
        if path.suffix != store.SUFFIX:
            path = path.with_name(path.name + store.SUFFIX)
        device = device or _installation_device_id()
        project_id = str(uuid.uuid4())
        clock = Clock()
        store.create_file(path, project_id, clock.tick(), device)
        project = cls.open(path, device=device)
        with project.batch():
            project._add_record("project", project_id, {"name": name, **fields})
        return project

    @classmethod
    def open(cls, path: str | Path, *, device: str | None = None,
             read_only: bool = False) -> Project:
        """Open an existing project file after validating it (FileFormatError if unfit).

        A file wijkdesk may not change (a read-only file or folder) opens read-only, as does
        one opened with read_only: it can be read and copied (``save_copy``), and every edit is
        refused with the error ``read_only``. Opening for writing takes the file's lock
        (``filelock``): a file another wijkdesk has open is refused with ``in_use``.
        """
        path = Path(path)
        lock = None
        if not read_only and path.is_file():
            if store.writable(path):
                lock = FileLock(path)
                if not lock.acquire():  # the folder takes no new files: treat as read-only
                    lock = None
            read_only = lock is None
        try:
            info = store.inspect_file(path)
            device = device or _installation_device_id()
            if read_only:
                return cls(info.path, cls._read_only_connection(info), info.project_id, device,
                           read_only=True)
            if info.needs_migration:
                store.migrate(info)
                info = store.inspect_file(path)
            try:
                con = store.connect(info.path)
            except sqlite3.Error as exc:
                raise WijkdeskError("unreadable", path=str(path), reason=str(exc)) from None
            return cls(info.path, con, info.project_id, device, lock=lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @staticmethod
    def _read_only_connection(info: store.FileInfo) -> sqlite3.Connection:
        """A connection that cannot change the file; an older format is brought up to date in a
        private in-memory copy (the file itself stays as it is)."""
        try:
            con = store.connect_readonly(info.path)
            if not info.needs_migration:
                return con
            mem = sqlite3.connect(":memory:", isolation_level=None)
            with contextlib.closing(con):
                con.backup(mem)
            store.migrate_connection(mem, info.format_version, info.path)
            return mem
        except sqlite3.Error as exc:
            raise WijkdeskError("unreadable", path=str(info.path), reason=str(exc)) from None

    @property
    def read_only(self) -> bool:
        """Whether the file is open read-only (every edit is refused with ``read_only``)."""
        return self._read_only

    def touch_lock(self) -> None:
        """Renew the file's lock (the window does this every minute while the file is open)."""
        if self._lock is not None:
            self._lock.touch()

    def close(self) -> None:
        """Close the file; the project object is unusable afterwards."""
        with contextlib.suppress(sqlite3.Error):
            self._con.close()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """Where the file is."""
        return self._path

    @property
    def id(self) -> str:
        """The project's UUID (the same in every copy of the file)."""
        return self._id

    @property
    def device(self) -> str:
        """The id of the device making this session's changes."""
        return self._device

    def info(self) -> Record:
        """The project record (name, wijk, municipality, …)."""
        rec = self.get("project", self._id)
        assert rec is not None
        return rec

    def save_copy(self, path: str | Path, *, table: int | None = None) -> Path:
        """Write a complete, consistent copy of the project to a new file; returns its path.

        With table, the copy is a table copy: opened on a table laptop, its new insights are
        attributed to that table (``preset_table``).
        """
        if table is not None and not (isinstance(table, int) and 1 <= table <= 40):
            raise ValidationError("out_of_range", field="table", value=str(table))
        return self._write_copy(path, table=table)

    def save_shared_copy(self, path: str | Path) -> Path:
        """Write a compacted copy to share (File → Delen…): no deleted records, no history.

        Only the current value of each field stays; deleted records, their tombstones and
        every replaced value are left out, and the file is vacuumed, so nothing deleted can
        be read from it.
        """
        return self._write_copy(path, compact=True)

    @property
    def preset_table(self) -> int | None:
        """The table this file is a table copy for (File → Kopie voor tafel…), if any."""
        row = self._con.execute("SELECT value FROM meta WHERE key = 'preset_table'").fetchone()
        return int(row[0]) if row and str(row[0]).isdigit() else None

    def device_tables(self) -> dict[str, list[int]]:
        """For each device known to have worked on a table copy, the tables it was used for.

        A table laptop notes this in the file with its first edit; merges carry it. It lets
        the review list say "tafel 2" instead of a device id.
        """
        return store.device_labels(self._con)

    def _label_device(self) -> None:
        """Note in the file that this device edits this table copy (inside a transaction)."""
        table = self.preset_table
        if table is not None:
            tables = sorted({*self.device_tables().get(self._device, []), table})
            self._con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                              (f"device:{self._device}", json.dumps(tables)))

    def _write_copy(self, path: str | Path, *, table: int | None = None,
                    compact: bool = False) -> Path:
        target = Path(path)
        if target.suffix != store.SUFFIX:
            target = target.with_name(target.name + store.SUFFIX)
        from .atomic import atomic_write, export_target

        # through a link to its file; a device or pipe refused; never the project itself
        if export_target(target) == self._path.resolve():
            raise WijkdeskError("exists", path=str(target))

        def write(tmp: Path) -> None:
            with contextlib.closing(sqlite3.connect(str(tmp), isolation_level=None)) as dest:
                self._con.backup(dest)
                dest.execute("PRAGMA secure_delete=ON")
                dest.execute("BEGIN")
                dest.execute("DELETE FROM meta WHERE key = 'preset_table'")
                if table is not None:
                    dest.execute(
                        "INSERT INTO meta (key, value) VALUES ('preset_table', ?)", (str(table),))
                if compact:
                    _compact(dest)
                dest.execute("COMMIT")  # SQLite syncs the file as it commits
                if compact:
                    dest.execute("VACUUM")

        try:
            atomic_write(target, write, fsync=False)
        except sqlite3.Error as exc:
            error = store.storage_error(target, exc)
            if error.code != "disk_full":  # the words for the project file do not fit here
                error = WijkdeskError("write_failed", path=str(target), reason=str(exc))
            raise error from None
        return target

    # -- merging -------------------------------------------------------------------------

    def merge(self, sources: list[str | Path] | tuple[str | Path, ...], *,
              dry_run: bool = False,
              progress: Callable[[int, int], None] | None = None) -> MergeSummary:
        """Merge other files of this project into this one, in one transaction.

        Every source is validated first (FileFormatError names the first bad one, and this
        file is not changed). With dry_run, say what the merge would do and change nothing.
        """
        incoming = self.prepare_merge(sources, progress=progress)
        return self.preview_merge(incoming) if dry_run else self.apply_merge(incoming)

    def prepare_merge(self, sources: list[str | Path] | tuple[str | Path, ...], *,
                      progress: Callable[[int, int], None] | None = None) -> Incoming:
        """Validate and read source files for a merge, changing nothing.

        Uses none of this object's state but its path and id, and reads the file through a
        read-only connection of its own: it may run in a worker thread, as long as nothing
        edits the project meanwhile. ``progress(done, total)`` counts checked files.
        """
        from .merge import read_sources

        return read_sources(sources, self._id, self._path, progress)

    def preview_merge(self, incoming: Incoming) -> MergeSummary:
        """What ``apply_merge`` would do, worked out on a private in-memory copy of the file.

        Like ``prepare_merge`` it reads the file through a read-only connection of its own,
        so it may run in a worker thread while nothing edits the project.
        """
        from .merge import MergeSummary, apply

        summary = MergeSummary(files=len(incoming.sources))
        try:
            with contextlib.closing(store._readonly(self._path)) as disk, \
                    contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as mem:
                disk.backup(mem)
                mem.execute("BEGIN")
                apply(mem, incoming, summary)
                mem.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise WijkdeskError("unreadable", path=str(self._path), reason=str(exc)) from None
        return summary

    def apply_merge(self, incoming: Incoming) -> MergeSummary:
        """Merge what ``prepare_merge`` read, in one transaction."""
        from .merge import MergeSummary, apply

        summary = MergeSummary(files=len(incoming.sources))
        with self.batch():
            changed = apply(self._con, incoming, summary)
            self._merge_device_tables(incoming.devices)
            if incoming.ops:
                self._clock.observe(max(op.hlc for op in incoming.ops))
            kind_of = {op.entity_id: op.kind for op in incoming.ops}
            self._pending.extend(Change(kind_of[e], e, "merge") for e in sorted(changed))
        return summary

    def _merge_device_tables(self, incoming: dict[str, list[int]]) -> None:
        known = self.device_tables()
        for device, tables in sorted(incoming.items()):
            merged = sorted({*known.get(device, []), *tables})
            if merged != known.get(device):
                self._con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                  (f"device:{device}", json.dumps(merged)))

    @contextlib.contextmanager
    def recording(self) -> Iterator[Recorded]:
        """Group edits into one transaction and note the changes (ops) they logged, so that
        ``retract`` can take exactly those back later (undo of a merge or an import)."""
        with self.batch():
            (before,) = self._con.execute("SELECT coalesce(max(seq), 0) FROM op").fetchone()
            record = Recorded()
            yield record
            record.op_ids = tuple(r[0] for r in self._con.execute(
                "SELECT op_id FROM op WHERE seq > ? ORDER BY seq", (before,)))

    def retract(self, record: Recorded) -> int:
        """Take back the changes of a ``recording`` (undo), leaving every later edit alone.

        Only the recorded ops leave the log; the records they touched are derived again from
        what remains, so an edit made after them (in this window or another) keeps its value.
        Two kinds of record keep the recorded ops: one the recording brought that was edited
        since (taking its start away would leave the later edit without its record), and one
        the recording erased (an erasure is for good). Returns how many records were kept so.
        """
        ids = list(record.op_ids)
        kept = 0
        with self.batch():
            rows: list[tuple[Any, ...]] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows += self._con.execute(
                    "SELECT seq, op_id, entity_id, kind, field, value, hlc, device, pred FROM op "
                    f"WHERE op_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            by_entity: dict[str, list[tuple[Any, ...]]] = {}
            for row in rows:
                by_entity.setdefault(row[2], []).append(row)
            removed: list[tuple[Any, ...]] = []
            ours = set(ids)
            for entity_id, own in by_entity.items():
                first = min(r[0] for r in own)
                others = [(seq, op_id) for seq, op_id in self._con.execute(
                    "SELECT seq, op_id FROM op WHERE entity_id = ?", (entity_id,))
                    if op_id not in ours]
                brought = not any(seq < first for seq, _ in others)
                if any(r[4] == "_erased" for r in own) or (brought and others):
                    kept += 1
                    continue
                removed += own
            self._drop_ops([r[1] for r in removed])
            self._rederive_all({r[2]: r[3] for r in removed})
            record.removed = [r[1:] for r in removed]
        return kept

    def reinstate(self, record: Recorded) -> None:
        """Put back what ``retract`` took back (redo)."""
        rows, record.removed = record.removed, []
        with self.batch():
            self._con.executemany(
                "INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
                "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM op WHERE op_id = ?)", [(*r, r[0]) for r in rows])
            self._rederive_all({r[1]: r[2] for r in rows})
            if rows:
                self._clock.observe(max(r[5] for r in rows))

    def _drop_ops(self, op_ids: list[str]) -> None:
        for start in range(0, len(op_ids), 500):
            chunk = op_ids[start:start + 500]
            self._con.execute(
                f"DELETE FROM op WHERE op_id IN ({','.join('?' * len(chunk))})", chunk)

    def _rederive_all(self, kind_of: dict[str, str]) -> None:
        """Derive records again from their logs (one with no ops left is removed)."""
        from .merge import derive, load_ops, write_derived

        ops = load_ops(self._con, list(kind_of))
        for entity_id, kind in sorted(kind_of.items()):
            if entity_id in ops:
                write_derived(self._con, entity_id, derive(ops[entity_id]))
            else:
                self._con.execute("DELETE FROM head WHERE entity_id = ?", (entity_id,))
                self._con.execute(f'DELETE FROM "{kinds.KINDS[kind].table}" WHERE id = ?',
                                  (entity_id,))
            self._pending.append(Change(kind, entity_id, "merge"))

    # -- listening -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call listener with the list of changes after every committed transaction."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling listener."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    # -- transactions --------------------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group edits into one committed transaction; all or nothing."""
        if self._depth == 0:
            if self._read_only:
                raise WijkdeskError("read_only", path=str(self._path))
            try:
                self._con.execute("BEGIN IMMEDIATE")
                if not self._labelled:
                    self._label_device()
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._con.execute("ROLLBACK")
                raise store.storage_error(self._path, exc) from None
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self._pending.clear()
                with contextlib.suppress(sqlite3.Error):
                    self._con.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error | OSError):
                    # the file could not be written (read-only, gone, a full disk): say so
                    raise store.storage_error(self._path, exc) from None
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self._con.execute("COMMIT")
            except sqlite3.Error as exc:
                self._pending.clear()
                with contextlib.suppress(sqlite3.Error):
                    self._con.execute("ROLLBACK")
                raise store.storage_error(self._path, exc) from None
            self._labelled = True  # the device's label, if any, is in the file now
            changes, self._pending = self._pending, []
            if not changes:
                return
            for listener in list(self._listeners):
                listener(changes)

    # -- reading -------------------------------------------------------------------------

    def get(self, kind: str, record_id: str) -> Record | None:
        """The record with that id, deleted or not (see ``rec.deleted``), or None."""
        k = kinds.kind(kind)
        row = self._con.execute(
            f'SELECT {store.select_list(k)} FROM "{k.table}" WHERE id = ?', (record_id,)
        ).fetchone()
        return None if row is None else self._record(k, row)

    def all(self, kind: str, /, *, order: str | None = None, **where: Any) -> list[Record]:
        """The records of a kind that are not deleted, filtered by field values, in order.

        The order is the given field, then creation; by default creation order.
        """
        k = kinds.kind(kind)
        where_sql, args = self._where(k, where)
        sql = f'SELECT {store.select_list(k)} FROM "{k.table}" WHERE deleted = 0{where_sql}'
        if order is not None:
            if order not in k.by_name:
                raise ValidationError("unknown_field", field=order, kind=kind)
            sql += f' ORDER BY "{order}", created_hlc, id'
        else:
            sql += " ORDER BY created_hlc, id"
        return [self._record(k, row) for row in self._con.execute(sql, args)]

    def count(self, kind: str, /, **where: Any) -> int:
        """How many records of a kind there are (not counting deleted ones), filtered."""
        k = kinds.kind(kind)
        sql, args = self._where(k, where)
        return int(self._con.execute(
            f'SELECT count(*) FROM "{k.table}" WHERE deleted = 0{sql}', args
        ).fetchone()[0])

    @staticmethod
    def _where(k: kinds.Kind, where: dict[str, Any]) -> tuple[str, list[Any]]:
        sql = ""
        args: list[Any] = []
        for name, value in where.items():
            f = k.by_name.get(name)
            if f is None:
                raise ValidationError("unknown_field", field=name, kind=k.name)
            if value is None:
                sql += f' AND "{name}" IS NULL'
            else:
                sql += f' AND "{name}" = ?'
                args.append(store.encode(f, value))
        return sql, args

    def history(self, record_id: str) -> list[Record]:
        """Every logged change of a record, oldest first (field, value, hlc, device)."""
        rows = self._con.execute(
            "SELECT op_id, field, value, hlc, device, pred FROM op WHERE entity_id = ? "
            "ORDER BY hlc, device, op_id", (record_id,),
        )
        return [Record(op_id=r[0], field=r[1], value=json.loads(r[2]), hlc=r[3], device=r[4],
                       pred=json.loads(r[5])) for r in rows]

    def logged_texts(self) -> Iterator[tuple[str, str, str, str]]:
        """Every text value the file holds in a free-text field, current or earlier, of every
        record (deleted ones too): (kind, id, field, text), for an AVG search."""
        erasable = {k.name: set(k.erasable) for k in kinds.KINDS.values()}
        for kind, entity_id, name, value in self._con.execute(
                "SELECT kind, entity_id, field, value FROM op WHERE value != '\"\"' "
                "AND substr(value, 1, 1) = '\"' ORDER BY seq"):
            if name in erasable.get(kind, ()):
                yield kind, entity_id, name, json.loads(value)

    def conflicts(self) -> list[Record]:
        """Fields to decide on after a merge ("Te beoordelen"), with every value, who and when.

        ``field`` is a field name, or ``_deleted`` for a delete that raced an edit (or a
        restore): its values are the delete(s) and the edits the delete did not see.
        """
        candidates = {r[0] for r in self._con.execute(
            "SELECT entity_id FROM head GROUP BY entity_id, field HAVING count(*) > 1")}
        candidates |= {r[0] for r in self._con.execute(
            "SELECT h.entity_id FROM head h JOIN op o ON o.op_id = h.op_id "
            "WHERE h.field = '_deleted' AND o.value = 'true'")}
        if not candidates:
            return []
        from .merge import derive, load_ops, racing_edits

        out: list[Record] = []
        for entity_id, ops in sorted(load_ops(self._con, candidates).items()):
            d = derive(ops)
            for name in d.conflict_fields:
                if name == "_deleted":
                    heads = list(d.heads["_deleted"]) + racing_edits(d.heads)
                else:
                    heads = d.heads[name]
                values = [Record(field=h.field, value=json.loads(h.value), hlc=h.hlc,
                                 device=h.device, op_id=h.op_id)
                          for h in sorted(heads, key=lambda o: o.order, reverse=True)]
                out.append(Record(kind=d.kind, id=entity_id, field=name, values=values))
        return out

    def resolve(self, kind: str, record_id: str, field: str, value: Any) -> None:
        """Decide a conflict: the chosen value replaces every current value of the field.

        For ``_deleted``, True deletes the record (having seen every edit), False keeps it.
        """
        k = kinds.kind(kind)
        with self.batch():
            self._require(k, record_id)
            if field == "_deleted":
                if not isinstance(value, bool):
                    raise ValidationError("field_type", field=field, expected="yes/no")
                self._log(k, record_id, "_deleted", value, saw_all=value)
            else:
                checked = k.validate({field: value})[field]
                self._check_rules(k, {**self._require(k, record_id), field: checked},
                                  {field: checked})
                self._log(k, record_id, field, checked)
            self._rederive(record_id)
            self._pending.append(Change(kind, record_id, "update", (field,)))

    def _rederive(self, record_id: str) -> None:
        """Recompute a record's derived row and heads from its log."""
        from .merge import derive, load_ops, write_derived

        ops = load_ops(self._con, [record_id])[record_id]
        write_derived(self._con, record_id, derive(ops))

    def _record(self, k: kinds.Kind, row: tuple[Any, ...]) -> Record:
        rec = Record(id=row[0], deleted=bool(row[1]))
        for f, raw in zip(k.fields, row[len(store.ENTITY_COLUMNS):], strict=True):
            rec[f.name] = store.decode(f, raw)
        return rec

    # -- changing ------------------------------------------------------------------------

    def add(self, kind: str, /, **fields: Any) -> str:
        """Add a record with the given fields (others take their defaults); returns its id."""
        record_id = str(uuid.uuid4())
        with self.batch():
            self._add_record(kind, record_id, fields)
        return record_id

    def add_with_id(self, kind: str, record_id: str, /, **fields: Any) -> str:
        """Add a record with a known id (redo of an add, or an import); returns the id."""
        try:
            uuid.UUID(record_id)
        except ValueError:
            raise ValidationError("field_type", field="id", expected="UUID") from None
        with self.batch():
            self._add_record(kind, record_id, fields)
        return record_id

    def add_shared(self, kind: str, record_id: str, /, **fields: Any) -> str:
        """Add a record that another laptop may add too, under the same id (one derived from
        a key, such as a Wijkkompas starter knooppunt); returns the id.

        Only the given fields are logged; the others take their defaults without a logged
        change, as a merge derives them too. So when two laptops each add the record and set
        different fields, a merge joins them into one record holding both; only a field both
        set to different values is a conflict. At least one field must be given.
        """
        if not fields:
            raise ValidationError("field_required", field="fields")
        try:
            uuid.UUID(record_id)
        except ValueError:
            raise ValidationError("field_type", field="id", expected="UUID") from None
        with self.batch():
            self._add_record(kind, record_id, fields, logged=set(fields))
        return record_id

    def update(self, kind: str, record_id: str, /, **fields: Any) -> None:
        """Change some fields of a record; fields that keep their value are not logged."""
        k = kinds.kind(kind)
        values = k.validate(fields)
        with self.batch():
            current = self._require(k, record_id)
            changed = {n: v for n, v in values.items() if current[n] != v}
            if not changed:
                return
            merged = {**current, **changed}
            self._check_rules(k, merged, changed)
            self._write(k, record_id, changed)
            self._pending.append(Change(kind, record_id, "update", tuple(sorted(changed))))

    def delete(self, kind: str, record_id: str) -> None:
        """Delete a record (a tombstone: it can be restored, and merges see the delete)."""
        self._set_deleted(kind, record_id, True)

    def restore(self, kind: str, record_id: str) -> None:
        """Bring a deleted record back (undo of a delete)."""
        self._set_deleted(kind, record_id, False)

    def erase(self, kind: str, record_id: str) -> None:
        """Delete a record and overwrite its text in the file and in its history (AVG).

        Unlike ``delete`` this cannot be undone: every text value the record ever had is
        replaced by an empty string in the log, and SQLite's secure delete zeroes the freed
        bytes. The erasure itself is logged as a change so that a merge can carry it.
        """
        k = kinds.kind(kind)
        text_fields = list(k.erasable)
        with self.batch():
            self._require(k, record_id)
            marks = ",".join("?" * len(text_fields))
            if text_fields:
                self._con.execute(
                    f"UPDATE op SET value = '\"\"' WHERE entity_id = ? AND field IN ({marks})",
                    (record_id, *text_fields),
                )
            stamp = self._log(k, record_id, "_erased", text_fields)
            self._log(k, record_id, "_deleted", True, stamp, saw_all=True)
            sets = "".join(f'"{n}" = \'\', ' for n in text_fields)
            self._con.execute(
                f'UPDATE "{k.table}" SET {sets}deleted = 1, updated_hlc = ?, device = ? '
                "WHERE id = ?", (stamp, self._device, record_id),
            )
            self._pending.append(Change(kind, record_id, "erase", tuple(text_fields)))

    def redact(self, kind: str, record_id: str, field: str, value: str) -> None:
        """Give a free-text field a new value and overwrite every earlier value of it, in the
        file and in its history (AVG: a name taken out of a text that stays).

        Like ``erase`` this cannot be undone. The new value is logged as an edit of the field;
        every earlier change of the field gets an empty value, and a ``_redacted`` change
        names the edit to keep, so that a merge blanks the field's older values in other
        copies too, and any value a copy gave it without having seen this (merge.py).
        """
        k = kinds.kind(kind)
        if field not in k.erasable:
            raise ValidationError("unknown_field", field=field, kind=kind)
        checked = k.validate({field: value})[field]
        with self.batch():
            if self.get(kind, record_id) is None:
                raise ValidationError("no_such_record", kind=kind, id=record_id)
            stamp = self._log(k, record_id, field, checked)
            (keep,) = self._con.execute(
                "SELECT op_id FROM head WHERE entity_id = ? AND field = ?", (record_id, field)
            ).fetchone()
            self._con.execute(
                "UPDATE op SET value = '\"\"' WHERE entity_id = ? AND field = ? AND op_id != ? "
                "AND value != '\"\"'", (record_id, field, keep))
            self._log(k, record_id, "_redacted", {"field": field, "keep": keep}, stamp)
            self._rederive(record_id)
            self._pending.append(Change(kind, record_id, "update", (field,)))

    # -- internals -----------------------------------------------------------------------

    def _require(self, k: kinds.Kind, record_id: str) -> Record:
        rec = self.get(k.name, record_id)
        if rec is None:
            raise ValidationError("no_such_record", kind=k.name, id=record_id)
        return rec

    def _exists(self, ref: str, record_id: str) -> bool:
        for name in ref.split("|"):
            table = kinds.KINDS[name].table
            if self._con.execute(
                f'SELECT 1 FROM "{table}" WHERE id = ? AND deleted = 0', (record_id,)
            ).fetchone():
                return True
        return False

    def _check_rules(self, k: kinds.Kind, values: dict[str, Any], changed: dict[str, Any]) -> None:
        """Rules across fields: references point to existing records; names need consent."""
        for name, value in changed.items():
            f = k.by_name[name]
            if f.type == "ref" and value is not None and not self._exists(f.ref or "", value):
                raise ValidationError("bad_reference", field=name, kind=k.name)
        if k.name == "attendance" and values.get("name") and not values.get("consent"):
            raise ValidationError("name_needs_consent")

    def _add_record(self, kind: str, record_id: str, fields: dict[str, Any], *,
                    logged: set[str] | None = None) -> None:
        """Add a record; every field is logged, or (``add_shared``) only those in logged."""
        k = kinds.kind(kind)
        values = k.validate(fields, complete=True)
        if self._con.execute(
            "SELECT 1 FROM op WHERE entity_id = ? LIMIT 1", (record_id,)  # ids: one per record
        ).fetchone():
            raise ValidationError("field_type", field="id", expected="a new id")
        self._check_rules(k, values, values)
        stamp = self._clock.tick()
        ops = [(str(uuid.uuid4()), name, json.dumps(value, ensure_ascii=False))
               for name, value in values.items() if logged is None or name in logged]
        self._con.executemany(
            "INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '[]')",
            [(op_id, record_id, k.name, name, value, stamp, self._device)
             for op_id, name, value in ops],
        )
        self._con.executemany(
            "INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)",
            [(record_id, name, op_id) for op_id, name, _ in ops],
        )
        cols = ", ".join(f'"{c}"' for c in (*store.ENTITY_COLUMNS, *values))
        marks = ", ".join("?" * (len(store.ENTITY_COLUMNS) + len(values)))
        self._con.execute(
            f'INSERT INTO "{k.table}" ({cols}) VALUES ({marks})',
            (record_id, 0, stamp, stamp, self._device,
             *(store.encode(k.by_name[n], v) for n, v in values.items())),
        )
        self._pending.append(Change(kind, record_id, "add", tuple(values)))

    def _write(self, k: kinds.Kind, record_id: str, changed: dict[str, Any]) -> None:
        stamp = self._clock.tick()
        for name, value in changed.items():
            self._log(k, record_id, name, value, stamp)
        sets = ", ".join(f'"{n}" = ?' for n in changed)
        self._con.execute(
            f'UPDATE "{k.table}" SET {sets}, updated_hlc = ?, device = ? WHERE id = ?',
            (*(store.encode(k.by_name[n], v) for n, v in changed.items()),
             stamp, self._device, record_id),
        )

    def _log(self, k: kinds.Kind, record_id: str, name: str, value: Any,
             stamp: str | None = None, *, saw_all: bool = False) -> str:
        """Append one op to the log; it replaces the field's current heads.

        With saw_all (a delete), ``pred`` also lists the heads of every other field: what the
        delete saw. An edit it did not see makes it a conflict after a merge. An edit of a
        record that is deleted lists the delete(s) it saw, so that it does not count as one
        that raced the delete.
        """
        stamp = stamp or self._clock.tick()
        op_id = str(uuid.uuid4())
        pred = [r[0] for r in self._con.execute(
            "SELECT op_id FROM head WHERE entity_id = ? AND field = ? ORDER BY op_id",
            (record_id, name),
        )]
        if saw_all:
            pred += [r[0] for r in self._con.execute(
                "SELECT op_id FROM head WHERE entity_id = ? AND field != ? ORDER BY op_id",
                (record_id, name))]
        elif not name.startswith("_") and self._con.execute(
                f'SELECT deleted FROM "{k.table}" WHERE id = ?', (record_id,)).fetchone()[0]:
            # An edit of a deleted record (not of one kept visible because a delete raced
            # an edit: editing that one does not accept the delete).
            pred += [r[0] for r in self._con.execute(
                "SELECT h.op_id FROM head h JOIN op o ON o.op_id = h.op_id "
                "WHERE h.entity_id = ? AND h.field = '_deleted' AND o.value = 'true' "
                "ORDER BY h.op_id", (record_id,))]
        self._con.execute(
            "INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (op_id, record_id, k.name, name, json.dumps(value, ensure_ascii=False), stamp,
             self._device, json.dumps(pred)),
        )
        if pred:
            self._con.execute(
                "DELETE FROM head WHERE entity_id = ? AND field = ?", (record_id, name))
        self._con.execute(
            "INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)",
            (record_id, name, op_id),
        )
        return stamp

    def _set_deleted(self, kind: str, record_id: str, deleted: bool) -> None:
        k = kinds.kind(kind)
        if k.name == "project":
            raise ValidationError("bad_choice", field="deleted", value="project")
        with self.batch():
            rec = self._require(k, record_id)
            if rec.deleted == deleted:
                return
            self._log(k, record_id, "_deleted", deleted, saw_all=deleted)
            self._rederive(record_id)
            self._pending.append(Change(kind, record_id, "delete" if deleted else "restore"))

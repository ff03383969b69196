"""The project file on disk: create, validate, open and migrate a ``.wijkdesk`` SQLite file.

Promises (docs/design-notes.md, "The file"):

* every edit is its own committed transaction, with a rollback journal (``journal_mode=DELETE``)
  and ``synchronous=FULL``: the ``.wijkdesk`` file is complete on its own whenever no edit is in
  flight, so it can be copied while the app is open;
* deleted content is overwritten on disk (``secure_delete=ON``);
* the format version lives in the file (``PRAGMA user_version`` and ``meta.format_version``) and
  the file is marked as ours (``PRAGMA application_id``);
* a file is validated before it is opened for writing; a file of a newer format, of another
  application, or a damaged one is refused with a clear reason and not changed.
"""

from __future__ import annotations

import contextlib
import errno as errnos
import json
import os
import re
import shutil
import sqlite3
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import kinds
from .errors import FileFormatError, WijkdeskError

#: 1: the first format. 2: a delete lists in ``pred`` every head it saw, of every field, so
#: that a merge can tell a delete that raced an edit (see merge.py). 3: fields for the board:
#: a note can lie face down (``insight.hidden``), notes and clusters carry a koppelkans theme,
#: agreements, action points and timeline steps remember the cluster or note they were
#: promoted from (``source_id``), and an evening knows the stickers per participant (``dots``).
#: 4: links (``link``): a timeline step linked to clusters, agreements, action points,
#: stakeholders and other steps, shown from both ends. 5: the Wijkkompas: knooppunten the
#: facilitator touched or made (``knooppunt``; a knooppunt can be the start of a link) and the
#: "APK van de wijkaanpak" health checks (``apk``). 6: the evening's programme: agenda items
#: (``agenda_item``) with their rounds (``round.agenda_item_id``), a round's own timer
#: (``minutes``, ``autostart``); an evening's tables with names and colours
#: (``evening_table``); agreements with a who, a when and a status like action points, and
#: both with the party from the network they name (``who_id``).
FORMAT_VERSION = 6
APPLICATION_ID = 0x574A4B44  # "WJKD"
SUFFIX = ".wijkdesk"
UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ENTITY_COLUMNS = ("id", "deleted", "created_hlc", "updated_hlc", "device")
LOG_COLUMNS = {
    "meta": ["key", "value"],
    "op": ["seq", "op_id", "entity_id", "kind", "field", "value", "hlc", "device", "pred"],
    "head": ["entity_id", "field", "op_id"],
}

#: Migrations: ``MIGRATIONS[n]`` turns a file of format n into format n + 1, inside one
#: transaction on the given connection. A file is copied to ``NAME.wijkdesk.vN.bak`` first.
def _v1_deletes_saw_their_past(con: sqlite3.Connection) -> None:
    """Format 1 → 2: a delete saw every change of its record made before it.

    Format 1 files were written by one device at a time (there was no merge yet), so every
    change logged before a delete, in clock order, was known to it.
    """
    deletes = con.execute(
        "SELECT op_id, entity_id, hlc, pred FROM op WHERE field = '_deleted' AND value = 'true'"
    ).fetchall()
    for op_id, entity_id, stamp, pred_text in deletes:
        seen = set(json.loads(pred_text))
        seen.update(r[0] for r in con.execute(
            "SELECT op_id FROM op WHERE entity_id = ? AND field NOT LIKE '\\_%' ESCAPE '\\' "
            "AND hlc <= ?", (entity_id, stamp)))
        con.execute("UPDATE op SET pred = ? WHERE op_id = ?", (json.dumps(sorted(seen)), op_id))


#: Format 2 → 3: the new columns, with the defaults the field registry gives them. Records
#: made before have no logged change of these fields, so their log derives the same default.
_V3_COLUMNS = (
    ("bijeenkomst", "dots", "INTEGER NOT NULL DEFAULT 0"),
    ("cluster", "theme", "TEXT NOT NULL DEFAULT ''"),
    ("insight", "hidden", "BOOLEAN NOT NULL DEFAULT 0"),
    ("insight", "theme", "TEXT NOT NULL DEFAULT ''"),
    ("timeline_item", "source_id", "VARCHAR(36)"),
    ("agreement", "source_id", "VARCHAR(36)"),
    ("action_item", "source_id", "VARCHAR(36)"),
)


def _v2_board_fields(con: sqlite3.Connection) -> None:
    """Format 2 → 3: add the board's new fields to their tables."""
    for table, column, definition in _V3_COLUMNS:
        con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')


#: Format 3 → 4: the ``link`` table and its indexes, exactly as ``schema.ddl()`` of format 4
#: creates them (written out here: a migration must not change when the schema does later;
#: tests/test_migrations.py compares the result with a new file's).
_V4_LINK_DDL = (
    "CREATE TABLE link (\n\tfrom_id VARCHAR(36) NOT NULL, \n\tto_id VARCHAR(36) NOT NULL, "
    "\n\tid VARCHAR(36) NOT NULL, \n\tdeleted BOOLEAN NOT NULL, \n\tcreated_hlc "
    "VARCHAR(40) NOT NULL, \n\tupdated_hlc VARCHAR(40) NOT NULL, \n\tdevice VARCHAR(36) "
    "NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE INDEX ix_link_from_id ON link (from_id)",
    "CREATE INDEX ix_link_to_id ON link (to_id)",
)


def _v3_links(con: sqlite3.Connection) -> None:
    """Format 3 → 4: add the (empty) table of links."""
    for statement in _V4_LINK_DDL:
        con.execute(statement)


#: Format 4 → 5: the ``knooppunt`` and ``apk`` tables, exactly as ``schema.ddl()`` of format 5
#: creates them (written out, like ``_V4_LINK_DDL``).
_V5_KOMPAS_DDL = (
    "CREATE TABLE apk (\n\tbijeenkomst_id VARCHAR(36), \n\tdate VARCHAR(10), \n\turgency "
    "INTEGER NOT NULL, \n\tvision INTEGER NOT NULL, \n\tresidents_role INTEGER NOT NULL, "
    "\n\ttrust INTEGER NOT NULL, \n\tfrontrunners INTEGER NOT NULL, \n\tfacilitation "
    "INTEGER NOT NULL, \n\tcommunication INTEGER NOT NULL, \n\turgency_note TEXT NOT NULL, "
    "\n\tvision_note TEXT NOT NULL, \n\tresidents_role_note TEXT NOT NULL, \n\ttrust_note "
    "TEXT NOT NULL, \n\tfrontrunners_note TEXT NOT NULL, \n\tfacilitation_note TEXT NOT "
    "NULL, \n\tcommunication_note TEXT NOT NULL, \n\tsummary TEXT NOT NULL, \n\tid "
    "VARCHAR(36) NOT NULL, \n\tdeleted BOOLEAN NOT NULL, \n\tcreated_hlc VARCHAR(40) NOT "
    "NULL, \n\tupdated_hlc VARCHAR(40) NOT NULL, \n\tdevice VARCHAR(36) NOT NULL, "
    "\n\tPRIMARY KEY (id)\n)",
    "CREATE INDEX ix_apk_bijeenkomst_id ON apk (bijeenkomst_id)",
    "CREATE TABLE knooppunt (\n\t\"key\" TEXT NOT NULL, \n\tphase INTEGER NOT NULL, "
    "\n\ttrack TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tgoal TEXT NOT NULL, "
    "\n\tapproach TEXT NOT NULL, \n\ttips TEXT NOT NULL, \n\tparties TEXT NOT NULL, "
    "\n\tprompt TEXT NOT NULL, \n\tposition INTEGER NOT NULL, \n\tstatus TEXT NOT NULL, "
    "\n\tdate VARCHAR(10), \n\tnote TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, "
    "\n\tdeleted BOOLEAN NOT NULL, \n\tcreated_hlc VARCHAR(40) NOT NULL, \n\tupdated_hlc "
    "VARCHAR(40) NOT NULL, \n\tdevice VARCHAR(36) NOT NULL, \n\tPRIMARY KEY (id)\n)",
)


def _v4_kompas(con: sqlite3.Connection) -> None:
    """Format 4 → 5: add the (empty) tables of knooppunten and APKs."""
    for statement in _V5_KOMPAS_DDL:
        con.execute(statement)


#: Format 5 → 6: the evening's programme (``agenda_item``, and a round's place in it and its
#: own timer), the evening's tables (``evening_table``), and a who, when and status for
#: agreements. New columns take the registry's defaults, like ``_V3_COLUMNS``; the new tables
#: are written out exactly as ``schema.ddl()`` of format 6 creates them.
_V6_COLUMNS = (
    ("round", "agenda_item_id", "VARCHAR(36)"),
    ("round", "minutes", "INTEGER NOT NULL DEFAULT 0"),
    ("round", "autostart", "BOOLEAN NOT NULL DEFAULT 0"),
    ("agreement", "who", "TEXT NOT NULL DEFAULT ''"),
    ("agreement", "who_id", "VARCHAR(36)"),
    ("agreement", "due", "VARCHAR(10)"),
    ("agreement", "status", "TEXT NOT NULL DEFAULT 'open'"),
    ("action_item", "who_id", "VARCHAR(36)"),
)
_V6_PROGRAMME_DDL = (
    "CREATE TABLE agenda_item (\n\tbijeenkomst_id VARCHAR(36) NOT NULL, \n\ttitle TEXT NOT "
    "NULL, \n\tminutes INTEGER NOT NULL, \n\twho TEXT NOT NULL, \n\tposition INTEGER NOT "
    "NULL, \n\tnote TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tdeleted BOOLEAN NOT "
    "NULL, \n\tcreated_hlc VARCHAR(40) NOT NULL, \n\tupdated_hlc VARCHAR(40) NOT NULL, "
    "\n\tdevice VARCHAR(36) NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE INDEX ix_agenda_item_bijeenkomst_id ON agenda_item (bijeenkomst_id)",
    "CREATE TABLE evening_table (\n\tbijeenkomst_id VARCHAR(36) NOT NULL, \n\tnumber "
    "INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tcolour TEXT NOT NULL, \n\tid "
    "VARCHAR(36) NOT NULL, \n\tdeleted BOOLEAN NOT NULL, \n\tcreated_hlc VARCHAR(40) NOT "
    "NULL, \n\tupdated_hlc VARCHAR(40) NOT NULL, \n\tdevice VARCHAR(36) NOT NULL, "
    "\n\tPRIMARY KEY (id)\n)",
    "CREATE INDEX ix_evening_table_bijeenkomst_id ON evening_table (bijeenkomst_id)",
)


def _v5_programme(con: sqlite3.Connection) -> None:
    """Format 5 → 6: add the programme's and tables' tables and the new columns."""
    for table, column, definition in _V6_COLUMNS:
        con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
    for statement in _V6_PROGRAMME_DDL:
        con.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_deletes_saw_their_past,
    2: _v2_board_fields,
    3: _v3_links,
    4: _v4_kompas,
    5: _v5_programme,
}


def expected_columns() -> dict[str, list[str]]:
    """Every table of the current format with its columns, in order."""
    out = {name: list(cols) for name, cols in LOG_COLUMNS.items()}
    for k in kinds.KINDS.values():
        out[k.table] = list(ENTITY_COLUMNS) + [f.name for f in k.fields]
    return out


@dataclass(frozen=True)
class FileInfo:
    """What validation found out about a project file."""

    path: Path
    format_version: int
    project_id: str
    needs_migration: bool


def _header(path: Path) -> bytes:
    """The first 100 bytes, with clear errors for a missing path, a folder or no access."""
    if not path.exists():
        raise FileFormatError("not_found", path=str(path))
    if path.is_dir():
        raise FileFormatError("is_folder", path=str(path))
    try:
        with path.open("rb") as f:
            return f.read(100)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileFormatError("unreadable", path=str(path), reason=reason) from None


def _readonly(path: Path) -> sqlite3.Connection:
    uri = "file:" + _uri_path(path) + "?mode=ro"
    con = sqlite3.connect(uri, uri=True, isolation_level=None)
    con.text_factory = _strict_text
    _defensive(con)
    return con


def _strict_text(data: bytes) -> str:
    """Text from a file being checked: bytes that are not UTF-8 make it a damaged file."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise sqlite3.DataError("text that is not UTF-8") from None


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()).replace(os.sep, "/"), safe="/:")


def _defensive(con: sqlite3.Connection) -> None:
    """Pragmas that make reading an untrusted file safer (docs/design-notes.md)."""
    con.execute("PRAGMA trusted_schema=OFF")
    con.execute("PRAGMA cell_size_check=ON")
    con.execute("PRAGMA mmap_size=0")


def inspect_file(path: str | os.PathLike[str], *, deep: bool = False,
                 rollback: bool = True) -> FileInfo:
    """Validate a project file without changing it; FileFormatError says what is wrong.

    With deep, SQLite's full integrity check runs instead of the quick one (for untrusted
    files, such as a source to merge). An edit that was cut off (a hot journal) is rolled
    back first; without rollback the file is not written to at all, and such a file is
    refused (``check`` checks a private copy of it instead, see check.py).
    """
    path = Path(path)
    head = _header(path)
    p = str(path)
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        raise FileFormatError("not_sqlite", path=p)
    user_version, app_id = struct.unpack(">i", head[60:64])[0], struct.unpack(">i", head[68:72])[0]
    if app_id != APPLICATION_ID:
        raise FileFormatError("other_app", path=p)
    if user_version > FORMAT_VERSION:
        raise FileFormatError("too_new", path=p, found=user_version, supported=FORMAT_VERSION)
    if user_version < 1:
        raise FileFormatError("schema_mismatch", path=p, reason="no format version")
    journal = Path(p + "-journal")
    try:
        if journal.exists() and journal.stat().st_size > 0 and not rollback:
            raise FileFormatError("corrupt", path=p, reason="it has an unfinished change")
        if journal.exists() and journal.stat().st_size > 0:
            # A hot journal from an edit that was cut off: SQLite must roll it back, which
            # needs write access. This restores the last committed state; nothing else changes.
            with contextlib.closing(sqlite3.connect(p, isolation_level=None)) as con:
                _defensive(con)
                con.execute("PRAGMA quick_check").fetchall()
            head = _header(path)
        _check_size(path, head)  # quick_check misses a last page that is cut short
        with contextlib.closing(_readonly(path)) as con:
            rows = con.execute(f"PRAGMA {'integrity' if deep else 'quick'}_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                reason = " ".join(str(rows[0][0]).split())  # SQLite's report spans lines
                raise FileFormatError("corrupt", path=p, reason=reason[:200])
            _check_schema(con, p, user_version)
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged name or text
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise WijkdeskError("busy", path=p) from None  # being written: not damaged
        raise FileFormatError("corrupt", path=p, reason=str(exc)) from None
    if meta.get("format_version") != str(user_version):
        raise FileFormatError("schema_mismatch", path=p, reason="format version does not match")
    project_id = meta.get("project_id", "")
    try:
        uuid.UUID(project_id)
    except ValueError:
        raise FileFormatError("schema_mismatch", path=p, reason="no project id") from None
    return FileInfo(path, user_version, project_id, user_version < FORMAT_VERSION)


def _check_size(path: Path, head: bytes) -> None:
    """The file holds whole pages, as many as its header says: else it was cut off."""
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages, changes, valid_for = (struct.unpack(">I", head[o:o + 4])[0] for o in (28, 24, 92))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileFormatError("unreadable", path=str(path), reason=exc.strerror or "") from None
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise FileFormatError("corrupt", path=str(path), reason="the file is cut off")
    if changes == valid_for and pages and pages != size // page_size:
        raise FileFormatError("corrupt", path=str(path), reason="the file is cut off")


def _check_schema(con: sqlite3.Connection, p: str, version: int) -> None:
    objects = con.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for typ, name, _tbl in objects:
        if typ in ("trigger", "view"):
            raise FileFormatError("schema_mismatch", path=p, reason=f"unexpected {typ} {name}")
    if version != FORMAT_VERSION:
        return  # an older format is checked after its migration
    tables = {name for typ, name, _ in objects if typ == "table" and not name.startswith("sqlite_")}
    expected = expected_columns()
    if tables != set(expected):
        extra = sorted(tables - set(expected)) or sorted(set(expected) - tables)
        raise FileFormatError("schema_mismatch", path=p, reason=f"table {extra[0]}")
    for table, cols in expected.items():
        found = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        if sorted(found) != sorted(cols):
            raise FileFormatError("schema_mismatch", path=p, reason=f"columns of {table}")


def storage_error(path: Path, exc: BaseException) -> WijkdeskError:
    """What a failed read or write of the project file means for the user, as an error.

    SQLite and the OS say "attempt to write a readonly database", "disk I/O error", "unable to
    open database file" or "database or disk is full"; the user needs to know whether the file
    is read-only, gone (a USB stick pulled out, its folder removed) or the disk full, and what
    to do about it.
    """
    if isinstance(exc, WijkdeskError):
        return exc
    p = str(path)
    name = getattr(exc, "sqlite_errorname", "") or ""
    errno_ = getattr(exc, "errno", None)
    if name.startswith("SQLITE_FULL") or errno_ in (errnos.ENOSPC, errnos.EDQUOT):
        return WijkdeskError("disk_full", path=p)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return WijkdeskError("busy", path=p)
    try:
        gone = not path.parent.is_dir() or not path.exists()
    except OSError:
        gone = True
    if gone or errno_ in (errnos.ENOENT, errnos.ENODEV, errnos.ENXIO, errnos.EIO):
        return WijkdeskError("file_gone", path=p)
    if name.startswith("SQLITE_READONLY") or errno_ in (errnos.EROFS, errnos.EACCES,
                                                         errnos.EPERM):
        return WijkdeskError("read_only", path=p)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        if not writable(path):
            return WijkdeskError("read_only", path=p)
        return WijkdeskError("file_gone", path=p)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return WijkdeskError("write_failed", path=p, reason=reason or type(exc).__name__)


def writable(path: Path) -> bool:
    """Whether the project file can be changed: the file, and its folder (for the journal)."""
    try:
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    except OSError:
        return False


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to a project file the user may not change."""
    con = _readonly(path)
    con.text_factory = str
    con.execute("PRAGMA cache_size=-32768")
    return con


def connect(path: Path) -> sqlite3.Connection:
    """The one read-write connection of an open project, with the file's promises set."""
    con = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    _defensive(con)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA secure_delete=ON")
    con.execute("PRAGMA foreign_keys=OFF")  # references are checked by the model; merges reorder
    con.execute("PRAGMA cache_size=-32768")  # 32 MiB: a merge touches the log's indexes widely
    return con


def create_file(path: Path, project_id: str, now: str, device: str) -> None:
    """Write a new, empty project file of the current format at path (which must not exist)."""
    from . import schema  # SQLAlchemy: only needed to create a file

    if path.exists():
        raise WijkdeskError("exists", path=str(path))
    from .atomic import atomic_write

    def write(tmp: Path) -> None:
        with contextlib.closing(sqlite3.connect(str(tmp), isolation_level=None)) as con:
            con.execute("PRAGMA journal_mode=DELETE")
            con.execute("PRAGMA secure_delete=ON")
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.execute("BEGIN")
            for statement in schema.ddl():
                con.execute(statement)
            meta = {
                "format_version": str(FORMAT_VERSION),
                "project_id": project_id,
                "app": "wijkdesk",
                "created": now,
                "created_by_device": device,
            }
            con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(meta.items()))
            con.execute(f"PRAGMA user_version={FORMAT_VERSION}")
            con.execute("COMMIT")  # SQLite syncs the file as it commits

    try:
        atomic_write(path, write, fsync=False)  # OSError: WijkdeskError write_failed
    except sqlite3.Error as exc:
        raise WijkdeskError("write_failed", path=str(path), reason=str(exc)) from None


def migrate(info: FileInfo) -> None:
    """Bring an older file to the current format, after copying it aside."""
    path = info.path
    backup = path.with_name(f"{path.name}.v{info.format_version}.bak")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise WijkdeskError("write_failed", path=str(backup), reason=exc.strerror or "") from None
    with contextlib.closing(connect(path)) as con:
        migrate_connection(con, info.format_version, path)


def migrate_connection(con: sqlite3.Connection, version: int, path: Path) -> None:
    """Run the migrations from format version to the current one on con, in one transaction
    (also on a private in-memory copy of a file opened read-only)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, FORMAT_VERSION):
            MIGRATIONS[step](con)
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'format_version'", (str(FORMAT_VERSION),)
        )
        con.execute(f"PRAGMA user_version={FORMAT_VERSION}")
        con.execute("COMMIT")
    except (ValueError, TypeError, KeyError, sqlite3.Error) as exc:
        # Content the migration cannot read: the file is damaged. Nothing was changed.
        con.execute("ROLLBACK")
        raise FileFormatError("schema_mismatch", path=str(path),
                              reason=f"cannot be brought up to date ({type(exc).__name__})"
                              ) from None
    except BaseException:
        con.execute("ROLLBACK")
        raise


def device_labels(con: sqlite3.Connection) -> dict[str, list[int]]:
    """The well-formed ``device:<uuid>`` → ``[table, …]`` rows of a file's meta table.

    Anything else is left out: these only label devices in the review list, and a source's
    malformed row is never copied.
    """
    out: dict[str, list[int]] = {}
    for key, value in con.execute("SELECT key, value FROM meta WHERE key LIKE 'device:%'"):
        if not (isinstance(key, str) and key.startswith("device:")
                and UUID_PATTERN.fullmatch(key[7:])
                and isinstance(value, str) and len(value) < 200):
            continue
        try:
            tables = json.loads(value)
        except ValueError:
            continue
        if (isinstance(tables, list) and 0 < len(tables) <= 40
                and all(type(t) is int and 1 <= t <= 40 for t in tables)):
            out[key[7:]] = sorted(set(tables))
    return out


def select_list(k: kinds.Kind) -> str:
    """The columns of a kind's table in the order ``Project._record`` reads them."""
    return ", ".join(f'"{c}"' for c in (*ENTITY_COLUMNS, *(f.name for f in k.fields)))


def decode(field: kinds.Field, raw: object) -> object:
    """A column value as the model's Python value."""
    if raw is None:
        return None
    if field.type == "bool":
        return bool(raw)
    if field.type == "intlist":
        return json.loads(str(raw))
    if field.type == "float":
        return float(raw)  # type: ignore[arg-type]
    return raw


def encode(field: kinds.Field, value: object) -> object:
    """A model value as its column value."""
    if value is None:
        return None
    if field.type == "bool":
        return int(bool(value))
    if field.type == "intlist":
        return json.dumps(list(value))  # type: ignore[call-overload]
    return value

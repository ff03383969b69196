"""Merging untrusted files, files of an older format, and AVG erasure across merges.

Issue 3, points 6, 7 and 8 (docs/design-notes.md, "Untrusted sources"):

* **untrusted input** — a seeded generator makes well over 300 bad sources from a valid copy of
  the target's own project (truncated, bytes flipped in the header and in the body, random bytes,
  hostile schema changes, hostile op rows, a future version, another project, a folder, a symlink
  to ``/dev/zero``, a missing path, …). Each is refused with a ``FileFormatError`` (a one-line
  reason naming the file) and the target stays byte-for-byte the same; nothing is left behind in
  the temp folder or next to either file. A flipped byte in an unused part of a page may leave a
  valid file: such a case may merge, and then the merged target must still pass ``check_file``.
  Most cases run through the API; one per category also through ``wijkdesk merge``.
* **old versions** — a source of format 1 (the committed fixture) merges after a temporary copy
  of it is migrated; the source file itself is not touched.
* **AVG erasure** — an erased value is gone from the file's bytes, stays gone when an older copy
  that still has it is merged in, and is removed from that older copy when the erased file is
  merged into it. ``save_shared_copy`` (File → Delen…) leaves nothing deleted in its bytes.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3
import struct
import subprocess
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import (
    ROOT,
    assert_one_line_error,
    cli_command,
    cli_env,
    run_cli,
    sha256,
    tree_state,
)
from wijkdesk.model import FileFormatError, Project, hlc, kinds, store
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text

DEVICE_C = "cccccccc-0000-4000-8000-000000000003"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
V1_FILE = FIXTURES / "format-v1.wijkdesk"

#: Every reason a source may be refused for.
ALL_CODES = frozenset({
    "not_found", "is_folder", "not_sqlite", "other_app", "too_new", "corrupt",
    "schema_mismatch", "other_project", "too_large", "unreadable", "not_a_file",
})
DAMAGED = frozenset({"not_sqlite", "corrupt"})
STRUCTURE = frozenset({"schema_mismatch"})
BAD_ROW = frozenset({"schema_mismatch", "corrupt"})


def _sql(path: Path, *statements: str | tuple[str, tuple | dict]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
        for statement in statements:
            if isinstance(statement, tuple):
                con.execute(*statement)
            else:
                con.execute(statement)


def _query(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute(sql, args).fetchall()


# -- the valid files every bad source is made from ---------------------------------------------


@dataclass(frozen=True)
class Base:
    """A target, a valid source of the same project (with edits the target lacks), another
    project's file, and ids of records in them."""

    target: Path
    source: Path
    other: Path
    insight_id: str
    round_id: str


def _build_base(folder: Path) -> Base:
    target = folder / "doel.wijkdesk"
    with Project.create(target, "Klaverveld", device=DEVICE_A, wijk="Klaverveld",
                        municipality="Voorbeeldstad") as p:
        evening = p.add("bijeenkomst", title="Bewonersavond", date="2026-09-17", tables=4,
                        place="Buurthuis De Klaver")
        rounds = [p.add("round", bijeenkomst_id=evening, prompt=q, position=i)
                  for i, q in enumerate(("Wat is mooi aan de wijk?", "Wat moet anders?"))]
        with p.batch():
            clusters = [p.add("cluster", round_id=rounds[i % 2], name=f"Thema {i}")
                        for i in range(4)]
            insights = [
                p.add("insight", round_id=rounds[i % 2], table=i % 4 + 1, x=10.0 * i, y=-3.5 * i,
                      cluster_id=clusters[i % 4] if i % 3 else None,
                      text=f"Inzicht {i}: de stoep bij school {i} is te smal, "
                           f"en er staan te weinig bankjes in straat {i}.")
                for i in range(60)
            ]
            parties = [p.add("stakeholder", name=f"Partij {i}", role="betrokken",
                             influence=i % 5 + 1, phases=[1, 2]) for i in range(6)]
            p.add("relation", source_id=parties[0], target_id=parties[1], note="Overleg")
            p.add("agreement", bijeenkomst_id=evening, number=1, text="Werkgroep groen.")
        for i in range(0, 60, 7):
            p.update("insight", insights[i], text=f"Inzicht {i}, herschreven na de avond.")
        p.delete("insight", insights[59])
        source = p.save_copy(folder / "bron.wijkdesk")
    with Project.open(source, device=DEVICE_B) as s:
        with s.batch():
            for i in range(15):
                s.add("insight", round_id=rounds[1], table=2, text=f"Tafel 2, kaartje {i}")
        for i in range(1, 40, 8):
            s.update("insight", insights[i], text=f"Inzicht {i}, aangevuld door tafel 2.")
        s.delete("insight", insights[58])
        s.add("stakeholder", name="Winkeliersvereniging", influence=4, interest=5)
        s.add("action_item", bijeenkomst_id=evening, number=1, what="Bankjes tellen", who="Tafel 2")
        s.add("note", bijeenkomst_id=evening, title="Tafel 2", text="Veel over verkeer.")
    other = folder / "ander.wijkdesk"
    with Project.create(other, "Andere wijk", device=DEVICE_A) as o:
        o_evening = o.add("bijeenkomst", title="Avond elders")
        o.add("round", bijeenkomst_id=o_evening, prompt="Elders?")
    return Base(target, source, other, insights[0], rounds[0])


class _SteadyTime:
    """A wall clock that ticks one millisecond per reading, from a fixed start."""

    def __init__(self) -> None:
        self.ns = 1_790_000_000_000 * 1_000_000

    def time_ns(self) -> int:
        self.ns += 1_000_000
        return self.ns


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    """Built with seeded ids and a steady clock: the same bytes on every run, so that a case
    (an offset, a flipped byte) that fails once fails again."""
    rng = random.Random(17)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4))
        m.setattr(hlc, "time", _SteadyTime())
        return _build_base(tmp_path_factory.mktemp("basis"))


# -- the cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad source: how to make it, and what it may be refused for."""

    id: str
    category: str
    make: Callable[[Base, Path], str]  # (base, bad file) -> detail for messages
    codes: frozenset[str] = ALL_CODES
    may_merge: bool = False  # a flip in an unused area may leave a valid file
    cli: bool = False  # also run through `wijkdesk merge`
    name: str = "bron.wijkdesk"


def _copy_of_source(base: Base, bad: Path) -> None:
    shutil.copyfile(base.source, bad)


def _truncate(where: Callable[[int], int]) -> Callable[[Base, Path], str]:
    def make(base: Base, bad: Path) -> str:
        data = base.source.read_bytes()
        offset = where(len(data))
        assert 0 <= offset < len(data)
        bad.write_bytes(data[:offset])
        return f"truncated to {offset} of {len(data)} bytes"
    return make


def _flip(seed: int, lo: int, hi: int | None, count: int) -> Callable[[Base, Path], str]:
    """XOR count random bytes at random offsets in [lo, hi) (hi None: the end of the file)."""
    def make(base: Base, bad: Path) -> str:
        rng = random.Random(seed)
        data = bytearray(base.source.read_bytes())
        top = len(data) if hi is None else hi
        flips = []
        for _ in range(count):
            offset = rng.randrange(lo, top)
            mask = rng.randrange(1, 256)
            data[offset] ^= mask
            flips.append((offset, mask))
        bad.write_bytes(bytes(data))
        return "flipped (offset, xor): " + ", ".join(f"({o}, {m:#04x})" for o, m in flips)
    return make


def _set_bytes(offset: int | Callable[[bytes], int], value: bytes) -> Callable[[Base, Path], str]:
    def make(base: Base, bad: Path) -> str:
        data = bytearray(base.source.read_bytes())
        at = offset(bytes(data)) if callable(offset) else offset
        data[at:at + len(value)] = value
        bad.write_bytes(bytes(data))
        return f"bytes {at}..{at + len(value)} set to {value!r}"
    return make


def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


def _random_bytes(seed: int, prefix: str) -> Callable[[Base, Path], str]:
    def make(base: Base, bad: Path) -> str:
        rng = random.Random(seed)
        length = rng.choice((1, 50, 99, 100, 101, 512, 4096, 8192)) if rng.random() < 0.3 \
            else rng.randrange(0, 200_000)
        body = rng.randbytes(length)
        if prefix == "magic":
            body = b"SQLite format 3\x00" + body
        elif prefix == "header":
            body = base.source.read_bytes()[:100] + body
        elif prefix == "first page":
            data = base.source.read_bytes()
            body = data[:_page_size(data)] + body
        bad.write_bytes(body)
        return f"{len(body)} bytes, prefix {prefix}"
    return make


def _edit(*statements: str | tuple) -> Callable[[Base, Path], str]:
    def make(base: Base, bad: Path) -> str:
        _copy_of_source(base, bad)
        _sql(bad, *statements)
        return "; ".join(s if isinstance(s, str) else s[0] for s in statements)
    return make


def _retype(table: str, column: str, new_type: str) -> Callable[[Base, Path], str]:
    """Rebuild a table with one column declared as another type (its indexes recreated)."""
    def make(base: Base, bad: Path) -> str:
        _copy_of_source(base, bad)
        (ddl,) = _query(bad, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,))[0]
        lines = ddl.splitlines()
        hits = [i for i, line in enumerate(lines) if line.strip().startswith(f"{column} ")]
        assert len(hits) == 1, ddl
        old_type = lines[hits[0]].split()[1].rstrip(",")
        lines[hits[0]] = lines[hits[0]].replace(f"{column} {old_type}", f"{column} {new_type}")
        new_ddl = "\n".join(lines).replace(f"CREATE TABLE {table} (",
                                           f"CREATE TABLE {table}_nieuw (", 1)
        assert new_ddl != ddl and f"{table}_nieuw" in new_ddl
        indexes = [r[0] for r in _query(
            bad, "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                 "AND sql IS NOT NULL", (table,))]
        _sql(bad, "BEGIN", new_ddl, f"INSERT INTO {table}_nieuw SELECT * FROM {table}",
             f"DROP TABLE {table}", f"ALTER TABLE {table}_nieuw RENAME TO {table}",
             *indexes, "COMMIT")
        found = {r[1]: r[2] for r in _query(bad, f'PRAGMA table_info("{table}")')}
        assert found[column] == new_type, found
        return f"{table}.{column}: {old_type} -> {new_type}"
    return make


def _op_row(**over: object) -> Callable[[Base, Path], str]:
    """Add one op row to a valid copy; by default a well-formed concurrent edit of an insight."""
    def make(base: Base, bad: Path) -> str:
        _copy_of_source(base, bad)
        row = {"op_id": "0ddba11c-0000-4000-8000-00000000c0de", "entity_id": base.insight_id,
               "kind": "insight", "field": "text", "value": json.dumps("Andere tekst van tafel 3"),
               "hlc": "1790000000000.000000", "device": DEVICE_C, "pred": "[]"}
        row.update(over)
        _sql(bad, ("INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
                   "VALUES (:op_id, :entity_id, :kind, :field, :value, :hlc, :device, :pred)",
                   row))
        shown = {k: (v[:60] + "…" if isinstance(v, str) and len(v) > 60 else v)
                 for k, v in row.items() if k in over}
        return f"op row with {shown}"
    return make


def _future_version(version: int) -> Callable[[Base, Path], str]:
    return _edit(f"PRAGMA user_version={version}")


def _other_project(base: Base, bad: Path) -> str:
    shutil.copyfile(base.other, bad)
    return "a file of another project"


def _other_project_old_format(base: Base, bad: Path) -> str:
    shutil.copyfile(V1_FILE, bad)
    return "the format 1 fixture: another project, of an older format"


def _other_app(base: Base, bad: Path) -> str:
    _sql(bad, "CREATE TABLE contact (id INTEGER PRIMARY KEY, naam TEXT)",
         "INSERT INTO contact (naam) VALUES ('Fictief')")
    return "a database of another application"


def _text_file(base: Base, bad: Path) -> str:
    bad.write_text("Boodschappen: melk, brood.\n" * 20, encoding="utf-8")
    return "a text file"


def _empty(base: Base, bad: Path) -> str:
    bad.write_bytes(b"")
    return "an empty file"


def _folder(base: Base, bad: Path) -> str:
    bad.mkdir()
    shutil.copyfile(base.source, bad / "binnenin.wijkdesk")
    return "a folder (with a project file in it)"


def _dev_zero(base: Base, bad: Path) -> str:
    bad.symlink_to("/dev/zero")
    return "a symlink to /dev/zero"


def _missing(base: Base, bad: Path) -> str:
    return "a path that does not exist"


def _sparse_huge(base: Base, bad: Path) -> str:
    _copy_of_source(base, bad)
    with bad.open("r+b") as f:
        f.truncate(2**31 + 4096)  # sparse: a valid database followed by 2 GiB of nothing
    return "a valid file padded (sparsely) to 2 GiB + 4 KiB"


def _record_of_another_kind(base: Base, bad: Path) -> str:
    """A file that is valid on its own, but holds the target's insight as a note."""
    _copy_of_source(base, bad)
    x = base.insight_id
    _sql(bad, ("DELETE FROM op WHERE entity_id = ?", (x,)),
         ("DELETE FROM head WHERE entity_id = ?", (x,)), ("DELETE FROM insight WHERE id = ?", (x,)))
    with Project.open(bad, device=DEVICE_C) as p:
        p.add_with_id("note", x, title="Notitie", text="Ik was een inzicht")
    check_file(bad)
    return f"record {x} is an insight in the target and a note in the source"


def _wal_mode(base: Base, bad: Path) -> str:
    _copy_of_source(base, bad)
    _sql(bad, "PRAGMA journal_mode=WAL")
    return "the same content, in WAL mode"


TEN_MB = json.dumps("Een heel lang verhaal over de wijk. " * 300_000)


def _cases() -> list[Case]:
    rng = random.Random(20260917)
    cases: list[Case] = []

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def add(case_id: str, category: str, make: Callable[[Base, Path], str], **kw) -> None:
        cases.append(Case(case_id, category, make, **kw))

    # Truncated at fixed edges and at random offsets: always damaged.
    edges = {"byte-0": lambda n: 0, "byte-1": lambda n: 1, "byte-16": lambda n: 16,
             "byte-99": lambda n: 99, "byte-100": lambda n: 100, "byte-101": lambda n: 101,
             "byte-512": lambda n: 512, "byte-4095": lambda n: 4095, "byte-4096": lambda n: 4096,
             "byte-4097": lambda n: 4097, "byte-8192": lambda n: 8192,
             "byte-12288": lambda n: 12288, "half": lambda n: n // 2,
             "1-page-from-end": lambda n: n - 4096, "2-pages-from-end": lambda n: n - 8192,
             "1-byte-from-end": lambda n: n - 1, "100-bytes-from-end": lambda n: n - 100}
    for name, where in edges.items():
        add(f"truncated-{name}", "truncated", _truncate(where), codes=DAMAGED,
            cli=name == "half")
    for _ in range(75):
        frac = rng.random()
        add(f"truncated-at-{frac:.5f}", "truncated",
            _truncate(lambda n, f=frac: max(0, min(n - 1, int(n * f)))), codes=DAMAGED)

    # Bytes flipped in the header: some header bytes are not checked by anyone, so a flip
    # may leave a valid file. A few flips that must be caught come first.
    add("header-flip-magic", "header flip", _set_bytes(0, b"T"), codes=frozenset({"not_sqlite"}),
        cli=True)
    add("header-flip-page-size", "header flip", _set_bytes(16, b"\x03\x00"), codes=DAMAGED)
    add("header-flip-application-id", "header flip", _set_bytes(68, b"WJKE"),
        codes=frozenset({"other_app"}))
    add("header-flip-user-version", "header flip", _set_bytes(60, b"\x00\x00\x01\x02"),
        codes=frozenset({"too_new"}))
    for i in range(60):
        count = rng.choice((1, 1, 1, 2, 3))
        add(f"header-flip-{i:02d}-{count}x", "header flip",
            _flip(rng.getrandbits(32), 0, 100, count), may_merge=True)

    # Bytes flipped in the body (pages after the header).
    add("body-flip-page-2-type", "body flip",
        _set_bytes(lambda d: _page_size(d), b"\x7f"), codes=DAMAGED, cli=True)
    add("body-flip-schema-text", "body flip",
        _set_bytes(lambda d: d.index(b"CREATE TABLE op"), b"CREATE TABLE 0p"),
        codes=DAMAGED | STRUCTURE)
    for i in range(140):
        count = rng.choice((1, 1, 2, 4, 8, 16, 32))
        add(f"body-flip-{i:03d}-{count}x", "body flip",
            _flip(rng.getrandbits(32), 100, None, count), may_merge=True)

    # Random bytes, bare or behind a valid-looking start.
    for i in range(36):
        prefix = ("none", "magic", "header", "first page")[i % 4]
        add(f"random-bytes-{i:02d}-{prefix.replace(' ', '-')}", "random bytes",
            _random_bytes(rng.getrandbits(32), prefix),
            codes=frozenset({"not_sqlite", "other_app", "corrupt", "too_new", "schema_mismatch"}),
            cli=i == 2)

    add("empty-file", "empty", _empty, codes=frozenset({"not_sqlite"}), cli=True)
    add("text-file", "not a database", _text_file, codes=frozenset({"not_sqlite"}))
    add("other-application", "other application", _other_app,
        codes=frozenset({"other_app"}), cli=True)

    # A valid file of the project, with a hostile change to its structure.
    trigger = ("CREATE TRIGGER stil AFTER INSERT ON op BEGIN "
               "DELETE FROM op WHERE op_id = new.op_id; END")
    add("added-trigger", "structure", _edit(trigger), codes=STRUCTURE, cli=True)
    add("added-trigger-on-read", "structure",
        _edit("CREATE TRIGGER lezen AFTER UPDATE ON meta BEGIN DELETE FROM op; END"),
        codes=STRUCTURE)
    add("added-view", "structure", _edit("CREATE VIEW alles AS SELECT * FROM op"),
        codes=STRUCTURE, cli=True)
    add("added-view-shadowing-nothing", "structure",
        _edit("CREATE VIEW op_kopie AS SELECT op_id, value FROM op"), codes=STRUCTURE)
    add("added-table", "structure", _edit("CREATE TABLE extra (x INTEGER)"), codes=STRUCTURE,
        cli=True)
    add("added-index", "structure", _edit("CREATE INDEX ix_extra ON op (value)"),
        codes=STRUCTURE)
    add("added-column", "structure", _edit("ALTER TABLE op ADD COLUMN extra TEXT"),
        codes=STRUCTURE)
    add("dropped-table", "structure", _edit("DROP TABLE note"), codes=STRUCTURE)
    add("changed-column-type-insight-text", "column type",
        _retype("insight", "text", "INTEGER"), codes=STRUCTURE, cli=True)
    add("changed-column-type-op-value", "column type", _retype("op", "value", "BLOB"),
        codes=STRUCTURE)
    add("changed-column-type-head-field", "column type", _retype("head", "field", "INTEGER"),
        codes=STRUCTURE)

    # A valid file of the project with one hostile op row.
    add("op-value-10-MB", "op row", _op_row(value=TEN_MB),
        codes=frozenset({"too_large", "schema_mismatch"}), cli=True)
    add("op-value-10-MB-unknown-field", "op row", _op_row(field="verhaal", value=TEN_MB),
        codes=frozenset({"too_large", "schema_mismatch"}))
    add("op-unknown-kind", "op row",
        _op_row(kind="ruimteschip", entity_id=new_id()), codes=BAD_ROW, cli=True)
    add("op-unknown-kind-sql", "op row",
        _op_row(kind="insight\"; DROP TABLE op; --", entity_id=new_id()),
        codes=BAD_ROW)
    add("op-unknown-field", "op row", _op_row(field="wachtwoord"), codes=BAD_ROW, cli=True)
    add("op-field-of-another-kind", "op row", _op_row(field="contact_name"), codes=BAD_ROW)
    add("op-malformed-deleted", "op row", _op_row(field="_deleted", value='"ja"'),
        codes=BAD_ROW)
    add("op-malformed-erased", "op row", _op_row(field="_erased", value='["geheim"]'),
        codes=BAD_ROW)
    add("op-value-not-json", "op row", _op_row(value="niet {json"), codes=BAD_ROW)
    add("op-value-as-blob", "op row", _op_row(value=b'"Andere tekst"'), codes=BAD_ROW)
    add("op-value-wrong-type", "op row", _op_row(field="table", value='"drie"'),
        codes=BAD_ROW)
    add("op-value-out-of-range", "op row", _op_row(field="table", value="41"), codes=BAD_ROW)
    add("op-value-with-nul", "op row", _op_row(value=json.dumps("a\x00b")), codes=BAD_ROW)
    add("op-second-project-record", "op row",
        _op_row(kind="project", field="name", entity_id=new_id(),
                value='"Overgenomen"'), codes=BAD_ROW)
    add("op-record-of-two-kinds", "op row", _op_row(kind="note"), codes=BAD_ROW)
    add("record-of-another-kind-than-in-the-target", "op row", _record_of_another_kind,
        codes=BAD_ROW, cli=True)
    malformed_ids = {"short": "00000000-0000-4000-8000-00000000000",
                     "letters": "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                     "sql": "' OR 1=1 --", "empty": "", "long": "a" * 5000}
    for column in ("op_id", "entity_id", "device"):
        for name, text in malformed_ids.items():
            add(f"op-malformed-{column}-{name}", "malformed uuid", _op_row(**{column: text}),
                codes=BAD_ROW, cli=(column, name) == ("op_id", "short"))
    for name, text in {"not-json": "[niet", "object": '{"a": 1}', "number": "5",
                       "bad-uuid": '["nee"]', "nested": '[["x"]]'}.items():
        add(f"op-malformed-pred-{name}", "malformed pred", _op_row(pred=text), codes=BAD_ROW,
            cli=name == "bad-uuid")
    for name, text in {"word": "gisteren", "no-counter": "1790000000000",
                       "short-ms": "179000000000.000000", "letter": "1790000000000.00000x",
                       "empty": "", "negative": "-790000000000.000000",
                       "spaces": " 1790000000000.000000"}.items():
        add(f"op-malformed-hlc-{name}", "malformed hlc", _op_row(hlc=text), codes=BAD_ROW,
            cli=name == "word")

    add("future-version-99", "future version", _future_version(99),
        codes=frozenset({"too_new"}), cli=True)
    add("future-version-next", "future version", _future_version(store.FORMAT_VERSION + 1),
        codes=frozenset({"too_new"}))
    add("no-version", "future version", _future_version(0), codes=STRUCTURE)
    add("negative-version", "future version", _future_version(-1), codes=STRUCTURE)
    add("meta-version-mismatch", "future version",
        _edit("UPDATE meta SET value = '7' WHERE key = 'format_version'"), codes=STRUCTURE)
    add("meta-project-id-missing", "other project",
        _edit("DELETE FROM meta WHERE key = 'project_id'"),
        codes=frozenset({"schema_mismatch", "other_project"}))
    add("other-project", "other project", _other_project, codes=frozenset({"other_project"}),
        cli=True)
    add("other-project-older-format", "other project", _other_project_old_format,
        codes=frozenset({"other_project"}))
    add("folder", "folder", _folder, codes=frozenset({"is_folder"}), cli=True, name="map")
    add("symlink-to-dev-zero", "symlink", _dev_zero,
        codes=frozenset({"not_a_file", "unreadable", "too_large", "not_sqlite"}), cli=True)
    add("missing-path", "missing", _missing, codes=frozenset({"not_found"}), cli=True)
    add("sparse-2-GiB", "too large", _sparse_huge, codes=frozenset({"too_large"}), cli=True)
    add("wal-mode", "journal mode", _wal_mode, may_merge=True)
    return cases


CASES = _cases()
CLI_CASES = [c for c in CASES if c.cli]
_OUTCOMES: dict[str, str] = {}


def test_the_generator_makes_enough_cases_of_every_kind():
    assert len({c.id for c in CASES}) == len(CASES)
    per = Counter(c.category for c in CASES)
    assert len(CASES) >= 300, per
    assert per["truncated"] >= 80, per
    assert per["header flip"] + per["body flip"] >= 120, per
    assert per["header flip"] >= 40 and per["body flip"] >= 80, per
    for needed in ("random bytes", "empty", "structure", "column type", "op row",
                   "malformed uuid", "malformed hlc", "future version", "other project",
                   "folder", "symlink", "missing", "too large"):
        assert per[needed] >= 1, needed
    # One case of every category also goes through the command line.
    assert {c.category for c in CLI_CASES} >= set(per) - {"journal mode", "not a database"}
    assert 20 <= len(CLI_CASES) <= 30


# -- running a case -----------------------------------------------------------------------------


def _fingerprint(path: Path) -> object:
    """What a source is, without reading 2 GiB or /dev/zero."""
    if path.is_symlink():
        return ("link", os.readlink(path))
    if not path.exists():
        return None
    if path.is_dir():
        return tree_state(path)
    st = path.stat()
    if st.st_size > 64 * 1024 * 1024:
        with path.open("rb") as f:
            return ("large", st.st_size, st.st_mtime_ns, f.read(1024 * 1024))
    return sha256(path)


@dataclass
class Prepared:
    case: Case
    detail: str
    target: Path
    bad: Path
    temp: Path
    target_state: dict[str, str]
    source_state: tuple[list[str], object]


def _prepare(case: Case, base: Base, work: Path) -> Prepared:
    target = work / "doel" / "doel.wijkdesk"
    target.parent.mkdir(parents=True)
    shutil.copyfile(base.target, target)
    folder = work / "bron"
    folder.mkdir()
    bad = folder / case.name
    detail = case.make(base, bad)
    temp = work / "tmp"
    temp.mkdir()
    return Prepared(case, detail, target, bad, temp, tree_state(target.parent),
                    (sorted(os.listdir(folder)), _fingerprint(bad)))


def _source_state(prep: Prepared) -> tuple[list[str], object]:
    return sorted(os.listdir(prep.bad.parent)), _fingerprint(prep.bad)


def _run_api_case(case: Case, base: Base, work: Path) -> str:
    """Merge the case's bad source into a copy of the target; 'refused' or 'merged'."""
    prep = _prepare(case, base, work)
    what = f"{case.id} ({prep.detail})"
    saved = tempfile.tempdir
    tempfile.tempdir = str(prep.temp)  # where the merge makes its private copy
    try:
        with Project.open(prep.target, device=DEVICE_C) as p:
            try:
                p.merge([prep.bad])
            except FileFormatError as exc:
                error: FileFormatError | None = exc
            else:
                error = None
    finally:
        tempfile.tempdir = saved
    assert _source_state(prep) == prep.source_state, f"{what}: the source was changed"
    assert sorted(os.listdir(prep.temp)) == [], f"{what}: left behind in the temp folder"
    if error is None:
        assert case.may_merge, f"{what}: merged, but this source must be refused"
        try:
            check_file(prep.target)
        except FileFormatError as exc:
            pytest.fail(f"{what}: merged into a target that no longer checks: {exc}")
        return "merged"
    assert tree_state(prep.target.parent) == prep.target_state, (
        f"{what}: refused ({error.code}), but the target changed")
    message = str(error)
    assert "\n" not in message, f"{what}: {message!r}"
    assert error.code in case.codes, f"{what}: refused as {error.code}: {message}"
    assert str(prep.bad) in message, f"{what}: the reason does not name the file: {message}"
    return "refused"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_bad_source_is_refused_and_the_target_is_unchanged(case, base, tmp_path):
    _OUTCOMES[case.id] = "failed"
    _OUTCOMES[case.id] = _run_api_case(case, base, tmp_path)


def test_at_least_250_generated_cases_are_refused(base, tmp_path):
    """Counts the outcomes of the cases above (running any that did not run, e.g. with -k).

    A case that failed its own test counts as not refused (its own test reports why).
    """
    for i, case in enumerate(CASES):
        if case.id not in _OUTCOMES:
            try:
                _OUTCOMES[case.id] = _run_api_case(case, base, tmp_path / f"c{i}")
            except Exception:  # noqa: BLE001 - counted as not refused; reported by its own test
                _OUTCOMES[case.id] = "failed"
    outcomes = Counter(_OUTCOMES[c.id] for c in CASES)
    merged = sorted(c.id for c in CASES if _OUTCOMES[c.id] == "merged")
    assert outcomes["refused"] >= 250, (outcomes, merged)


def test_the_valid_source_itself_merges(base, tmp_path):
    """The bad sources are made from this one: it merges, so a refusal is the damage's doing."""
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(base.target, target)
    before = sha256(base.source)
    with Project.open(target, device=DEVICE_C) as p:
        summary = p.merge([base.source])
        assert summary.total_new == 18 and summary.total_changed == 5
        assert summary.total_deleted == 1 and summary.total_conflicts == 0
    check_file(target)
    assert sha256(base.source) == before


def test_a_well_formed_added_op_row_merges(base, tmp_path):
    """The op-row cases add one row with this helper: a well-formed row is accepted."""
    source = tmp_path / "bron" / "bron.wijkdesk"
    source.parent.mkdir()
    _op_row()(base, source)
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(base.target, target)
    with Project.open(target, device=DEVICE_C) as p:
        summary = p.merge([source])
        assert summary.total_conflicts == 1
        assert [c.field for c in p.conflicts()] == ["text"]
    check_file(target)


KNOWN_ROW_TAMPERING = {
    "value-10-MB": ("value = ?", TEN_MB),
    "value-not-json": ("value = ?", "niet {json"),
    "unknown-field": ("field = ?", "wachtwoord"),
    "unknown-kind": ("kind = ?", "ruimteschip"),
    "malformed-hlc": ("hlc = ?", "gisteren"),
    "malformed-pred": ("pred = ?", "[niet"),
    "malformed-entity-id": ("entity_id = ?", "' OR 1=1 --"),
}


@pytest.mark.parametrize("name", sorted(KNOWN_ROW_TAMPERING))
def test_a_source_whose_known_op_rows_were_tampered_with_is_refused(name, base, tmp_path):
    """Every row is validated, also the rows of ops the target already has.

    A file in which such a row is damaged is a damaged file: refused, not half merged.
    """
    sets, value = KNOWN_ROW_TAMPERING[name]
    source = tmp_path / "bron" / "bron.wijkdesk"
    source.parent.mkdir()
    shutil.copyfile(base.source, source)
    (op_id,) = _query(source, "SELECT op_id FROM op WHERE entity_id = ? AND field = 'text' "
                              "ORDER BY hlc LIMIT 1", (base.insight_id,))[0]
    _sql(source, (f"UPDATE op SET {sets} WHERE op_id = ?", (value, op_id)))
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    shutil.copyfile(base.target, target)
    assert _query(target, "SELECT count(*) FROM op WHERE op_id = ?", (op_id,)) == [(1,)]
    before = tree_state(target.parent)
    with Project.open(target, device=DEVICE_C) as p, pytest.raises(FileFormatError) as info:
        p.merge([source])
    assert info.value.code in BAD_ROW | {"too_large"}, str(info.value)
    assert tree_state(target.parent) == before


@pytest.mark.parametrize("case_id", ["op-unknown-field", "added-trigger", "other-project",
                                     "missing-path", "truncated-half"])
def test_one_bad_source_among_good_ones_stops_the_whole_merge(case_id, base, tmp_path):
    case = next(c for c in CASES if c.id == case_id)
    prep = _prepare(case, base, tmp_path)
    good = tmp_path / "goed.wijkdesk"
    shutil.copyfile(base.source, good)
    with Project.open(prep.target, device=DEVICE_C) as p, \
            pytest.raises(FileFormatError) as info:
        p.merge([good, prep.bad, good])
    assert str(prep.bad) in str(info.value)
    assert tree_state(prep.target.parent) == prep.target_state
    if case_id == "op-unknown-field":  # the command line takes the same path
        result = run_cli("merge", prep.target, good, prep.bad)
        assert_one_line_error(result)
        assert result.stdout == ""
        assert tree_state(prep.target.parent) == prep.target_state


# -- the same through the command line ------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_results(base, tmp_path_factory) -> dict[str, tuple[Prepared, subprocess.CompletedProcess]]:
    """Every CLI case prepared in its own folder and run, four processes at a time."""
    root = tmp_path_factory.mktemp("cli")
    preps = [_prepare(case, base, root / case.id) for case in CLI_CASES]
    results: dict[str, tuple[Prepared, subprocess.CompletedProcess]] = {}
    for start in range(0, len(preps), 4):
        chunk = preps[start:start + 4]
        procs = [subprocess.Popen(cli_command("merge", prep.target, prep.bad),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                                  env=cli_env(TMPDIR=str(prep.temp)), encoding="utf-8",
                                  errors="replace") for prep in chunk]
        for prep, proc in zip(chunk, procs, strict=True):
            out, err = proc.communicate(timeout=60)
            results[prep.case.id] = (prep, subprocess.CompletedProcess(
                proc.args, proc.returncode, out, err))
    return results


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.id for c in CLI_CASES])
def test_wijkdesk_merge_refuses_a_bad_source_in_one_line(case, cli_results):
    prep, result = cli_results[case.id]
    what = f"{case.id} ({prep.detail})"
    assert tree_state(prep.target.parent) == prep.target_state, f"{what}: target changed"
    assert result.returncode == 2, (what, result.returncode, result.stdout, result.stderr)
    line = assert_one_line_error(result)
    assert result.stdout == "", what
    assert str(prep.bad) in line, (what, line)
    assert _source_state(prep) == prep.source_state, f"{what}: the source was changed"
    assert sorted(os.listdir(prep.temp)) == [], f"{what}: left behind in the temp folder"


def test_wijkdesk_merge_prints_a_summary_for_a_good_source(base, tmp_path):
    for lang, words in ((None, ("nieuw",)), ("en", ("Merged 1 file", "18 new", "5 changed"))):
        target = tmp_path / (lang or "nl") / "doel.wijkdesk"
        target.parent.mkdir()
        shutil.copyfile(base.target, target)
        args = ("--lang", lang) if lang else ()
        result = run_cli(*args, "merge", target, base.source)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        first = result.stdout.splitlines()[0]
        for word in words:
            assert word in first, first
        assert sha256(target) != sha256(base.target)
        check_file(target)


@pytest.mark.parametrize("args", [["merge"], ["merge", "{target}"], ["merge", "--dry"],
                                  ["merge", "{missing}", "{source}"]])
def test_wijkdesk_merge_usage_errors_exit_2_with_one_line(args, base, tmp_path):
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(base.target, target)
    before = tree_state(tmp_path)
    argv = [a.format(target=target, source=base.source, missing=tmp_path / "weg.wijkdesk")
            for a in args]
    assert_one_line_error(run_cli(*argv))
    assert tree_state(tmp_path) == before


# -- point 7: a source of an older format --------------------------------------------------------


def _rid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


#: The insight fields of format 1, in order (later formats added more).
V1_INSIGHT_FIELDS = {"round_id": None, "text": "", "table": 1, "x": 0.0, "y": 0.0, "colour": "",
                     "cluster_id": None, "phase": None, "track": ""}


class V1Writer:
    """Edits a format 1 file the way the format 1 code wrote them, straight in SQL.

    The current code cannot write an old format (it knows more fields), so this does what the
    old facade did: one op per field, the heads, the derived row; a delete lists in ``pred``
    only the heads of ``_deleted`` (format 1 had no merge).
    """

    def __init__(self, path: Path, device: str) -> None:
        self.path = path
        self.device = device
        (last,) = _query(path, "SELECT max(hlc) FROM op")[0]
        self.ms = hlc.parse(last)[0] + 1000

    def _stamp(self) -> str:
        self.ms += 1
        return hlc.stamp(self.ms, 0)

    def _op(self, con, entity_id: str, field: str, value, stamp: str, pred: list[str]) -> str:
        op_id = str(uuid.uuid4())
        con.execute("INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
                    "VALUES (?, ?, 'insight', ?, ?, ?, ?, ?)",
                    (op_id, entity_id, field, json.dumps(value, ensure_ascii=False), stamp,
                     self.device, json.dumps(pred)))
        con.execute("DELETE FROM head WHERE entity_id = ? AND field = ?", (entity_id, field))
        con.execute("INSERT INTO head (entity_id, field, op_id) VALUES (?, ?, ?)",
                    (entity_id, field, op_id))
        return op_id

    def add_insight(self, **values) -> str:
        entity_id = str(uuid.uuid4())
        record = {**V1_INSIGHT_FIELDS, **values}
        stamp = self._stamp()
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as con:
            con.execute("BEGIN")
            for field, value in record.items():
                self._op(con, entity_id, field, value, stamp, [])
            cols = ", ".join(f'"{c}"' for c in record)
            con.execute(
                f"INSERT INTO insight (id, deleted, created_hlc, updated_hlc, device, {cols}) "
                f"VALUES (?, 0, ?, ?, ?, {', '.join('?' * len(record))})",
                (entity_id, stamp, stamp, self.device, *record.values()))
            con.execute("COMMIT")
        return entity_id

    def update_text(self, entity_id: str, text: str) -> None:
        stamp = self._stamp()
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as con:
            con.execute("BEGIN")
            heads = [r[0] for r in con.execute(
                "SELECT op_id FROM head WHERE entity_id = ? AND field = 'text'", (entity_id,))]
            self._op(con, entity_id, "text", text, stamp, heads)
            con.execute("UPDATE insight SET text = ?, updated_hlc = ?, device = ? WHERE id = ?",
                        (text, stamp, self.device, entity_id))
            con.execute("COMMIT")

    def delete(self, entity_id: str) -> None:
        stamp = self._stamp()
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as con:
            con.execute("BEGIN")
            self._op(con, entity_id, "_deleted", True, stamp, [])  # format 1: saw nothing
            con.execute("UPDATE insight SET deleted = 1, updated_hlc = ?, device = ? "
                        "WHERE id = ?", (stamp, self.device, entity_id))
            con.execute("COMMIT")


@pytest.fixture
def v1_pair(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    """A target of the fixture's project (current format) and a format 1 source with edits."""
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    shutil.copyfile(V1_FILE, target)
    with Project.open(target, device=DEVICE_A) as p:  # migrates the target to the current format
        p.update("insight", _rid(32), table=2)
    source = tmp_path / "bron" / "oud.wijkdesk"
    source.parent.mkdir()
    shutil.copyfile(V1_FILE, source)
    old = V1Writer(source, DEVICE_B)
    new = old.add_insight(round_id=_rid(11), text="Ingevoerd met de oude versie", table=2)
    gone = old.add_insight(round_id=_rid(11), text="Later weggegooid")
    old.update_text(_rid(33), "Wat kost een warmtepomp echt?")
    old.delete(gone)
    report = check_file(source)  # a valid format 1 file, as the old code would have left it
    assert report.format_version == 1
    info = store.inspect_file(source)
    assert (info.format_version, info.needs_migration) == (1, True)
    return target, source, {"new": new, "gone": gone}


def test_an_old_format_source_merges_after_migrating_a_copy(v1_pair):
    target, source, ids = v1_pair
    before = tree_state(source.parent)
    with Project.open(target, device=DEVICE_A) as p:
        summary = p.merge([source])
        assert summary.total_new == 1 and summary.total_changed == 1, summary
        assert p.get("insight", ids["new"]).text == "Ingevoerd met de oude versie"
        assert p.get("insight", _rid(33)).text == "Wat kost een warmtepomp echt?"
        assert p.get("insight", _rid(32)).table == 2  # the target's own edit stays
        # Migrated, the old delete saw the record's fields: no conflict, the record is gone.
        # Unmigrated, it would race them and come back as a conflict.
        assert p.get("insight", ids["gone"]).deleted
        assert p.conflicts() == []
    assert tree_state(source.parent) == before  # not migrated in place, no backup beside it
    assert _query(source, "PRAGMA user_version") == [(1,)]
    assert check_file(target).format_version == store.FORMAT_VERSION


def test_wijkdesk_merge_takes_an_old_format_source(v1_pair):
    target, source, ids = v1_pair
    before = tree_state(source.parent)
    result = run_cli("--lang", "en", "merge", target, source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Merged 1 file"), result.stdout
    assert "1 new" in result.stdout.splitlines()[0]
    assert tree_state(source.parent) == before
    with Project.open(target, device=DEVICE_A) as p:
        assert p.get("insight", ids["new"]) is not None and p.conflicts() == []


def test_the_untouched_old_fixture_merges_as_nothing_new(tmp_path):
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(V1_FILE, target)
    source = tmp_path / "bron" / "oud.wijkdesk"
    source.parent.mkdir()
    shutil.copyfile(V1_FILE, source)
    with Project.open(target, device=DEVICE_A) as p:
        before = dump_text(p)
        summary = p.merge([source, source])
        assert (summary.total_new, summary.total_changed, summary.total_deleted,
                summary.total_conflicts) == (0, 0, 0, 0)
        assert dump_text(p) == before
    assert sha256(source) == sha256(V1_FILE)
    assert os.listdir(source.parent) == ["oud.wijkdesk"]


def _v1_rows(where: str, sets: str, *args: object) -> Callable[[Path], None]:
    """Change the op rows matching where, each under a new op id: ops the target lacks."""
    def edit(path: Path) -> None:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("BEGIN")
            rows = con.execute(f"SELECT op_id FROM op WHERE {where}").fetchall()
            assert rows, where
            for (op_id,) in rows:
                new = str(uuid.uuid4())
                con.execute(f"UPDATE op SET op_id = ?, {sets} WHERE op_id = ?",
                            (new, *args, op_id))
                con.execute("UPDATE head SET op_id = ? WHERE op_id = ?", (new, op_id))
            con.execute("COMMIT")
    return edit


DELETES = "field = '_deleted' AND value = 'true'"
V1_HOSTILE: dict[str, str | Callable[[Path], None]] = {
    # A trigger would fire while the copy is migrated: it must be refused before that.
    "trigger-fired-by-the-migration": (
        "CREATE TRIGGER t AFTER UPDATE ON op BEGIN "
        "INSERT INTO meta (key, value) VALUES ('besmet', 'ja'); END"),
    "view": "CREATE VIEW v AS SELECT * FROM op",
    "added-table": "CREATE TABLE extra (x INTEGER)",
    "dropped-column": "ALTER TABLE note DROP COLUMN title",
    # The migration reads the pred of every delete: a malformed one must not crash it.
    "delete-pred-not-json": _v1_rows(DELETES, "pred = '[niet'"),
    "delete-pred-a-number": _v1_rows(DELETES, "pred = '5'"),
    "delete-pred-of-numbers": _v1_rows(DELETES, "pred = '[1, 2]'"),
    "delete-pred-an-object": _v1_rows(DELETES, "pred = '{\"a\": 1}'"),
    "delete-with-bad-hlc": _v1_rows(DELETES, "hlc = 'gisteren'"),
    "bad-hlc": _v1_rows("field = 'text'", "hlc = 'gisteren'"),
    "ten-MB-value": _v1_rows("field = 'text' AND entity_id LIKE '%30'", "value = ?", TEN_MB),
}


V1_HOSTILE_CLI = {"trigger-fired-by-the-migration", "delete-pred-not-json", "ten-MB-value"}


@pytest.mark.parametrize("name", sorted(V1_HOSTILE))
def test_a_hostile_old_format_source_is_refused(name, tmp_path):
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    shutil.copyfile(V1_FILE, target)
    with Project.open(target, device=DEVICE_A):
        pass  # migrate the target first, so that only the merge is under test
    source = tmp_path / "bron" / "oud.wijkdesk"
    source.parent.mkdir()
    shutil.copyfile(V1_FILE, source)
    hostile = V1_HOSTILE[name]
    if callable(hostile):
        hostile(source)
    else:
        _sql(source, hostile)
    assert _query(source, "PRAGMA user_version") == [(1,)]
    target_state, source_state = tree_state(target.parent), tree_state(source.parent)
    with Project.open(target, device=DEVICE_A) as p, pytest.raises(FileFormatError) as info:
        p.merge([source])
    assert info.value.code in {"schema_mismatch", "corrupt", "too_large"}, str(info.value)
    assert str(source) in str(info.value) and "\n" not in str(info.value)
    assert tree_state(target.parent) == target_state
    assert tree_state(source.parent) == source_state
    if name in V1_HOSTILE_CLI:
        result = run_cli("merge", target, source)
        assert_one_line_error(result)
        assert tree_state(target.parent) == target_state
        assert tree_state(source.parent) == source_state


# -- point 8: AVG erasure and the shared copy ---------------------------------------------------

M_NAME = "Jansen-7Q4Z"
M_NOTE = "Keukentafel-K8W2"
M_CONTACT = "Pietersen-X3V9"
MARKERS = (M_NAME, M_NOTE, M_CONTACT)


def _present(path: Path, markers=MARKERS) -> list[str]:
    data = path.read_bytes()
    return [m for m in markers if m.encode("utf-8") in data]


def _cli_dump(path: Path) -> str:
    result = run_cli("dump", path)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def avg_files(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    """An original in which three people's data was erased, and an older copy that still has
    them, edited after the copy was made (so it holds ops the original never saw)."""
    original = tmp_path / "origineel" / "wijk.wijkdesk"
    original.parent.mkdir()
    older = tmp_path / "oud" / "oud.wijkdesk"
    older.parent.mkdir()
    with Project.create(original, "Avg-wijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond", chair="Voorzitter")
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        ids = {
            "person": p.add("attendance", bijeenkomst_id=evening, group="organisaties",
                            name=M_NAME, consent=True, count=1, role="buurtcoach"),
            "note": p.add("note", bijeenkomst_id=evening, title="Na afloop",
                          text=f"Gesprek met {M_NOTE} over de stoep."),
            "party": p.add("stakeholder", name="Bewonerscommissie", contact_name=M_CONTACT,
                           contact_consent=True),
            "round": rnd,
        }
        p.update("stakeholder", ids["party"], contact_name="Secretariaat")
        p.add("insight", round_id=rnd, text="Meer bankjes op het plein")
        p.save_copy(older)
    with Project.open(older, device=DEVICE_B) as o:
        o.update("attendance", ids["person"], name=f"{M_NAME} (gecorrigeerd)")
        o.update("note", ids["note"], text=f"{M_NOTE} belde terug.", title=f"Over {M_NOTE}")
        o.update("stakeholder", ids["party"], contact_name=M_CONTACT, notes="Belt graag")
        ids["late"] = o.add("insight", round_id=rnd, text="Speeltuin opknappen")
    assert _present(original) == list(MARKERS)
    with Project.open(original, device=DEVICE_A) as p:
        p.erase("attendance", ids["person"])
        p.erase("note", ids["note"])
        p.erase("stakeholder", ids["party"])
    return original, older, ids


def _assert_erased(path: Path, ids: dict[str, str]) -> None:
    assert _present(path) == [], f"{path.name} still holds {_present(path)}"
    dump = _cli_dump(path)
    assert [m for m in MARKERS if m in dump] == []
    with Project.open(path, device=DEVICE_C) as p:
        for kind, key in (("attendance", "person"), ("note", "note"), ("stakeholder", "party")):
            rec = p.get(kind, ids[key])
            assert rec.deleted, (kind, rec)
            # Every free-text field is blank; fixed choices (a segment, a status) hold no
            # personal data and keep a valid value, so the file still merges.
            erasable = kinds.KINDS[kind].erasable
            assert erasable and all(rec[n] == "" for n in erasable), (kind, rec)
        conflicts = json.dumps([dict(c) for c in p.conflicts()], ensure_ascii=False)
        assert [m for m in MARKERS if m in conflicts] == []
        assert p.get("insight", ids["late"]).text == "Speeltuin opknappen"


def test_erase_removes_the_values_from_the_file_history_included(avg_files):
    original, older, ids = avg_files
    assert _present(original) == []
    assert _present(older) == list(MARKERS)  # the older copy still has them
    with Project.open(original, device=DEVICE_A) as p:
        for h in p.history(ids["party"]):
            assert M_CONTACT not in json.dumps(h.value)


@pytest.mark.parametrize("kind", ["stakeholder", "attendance", "note", "bijeenkomst",
                                  "timeline_item", "action_item"])
def test_a_file_with_an_erased_record_still_checks_and_merges(kind, tmp_path):
    """Erasing blanks every text field, also ones with a fixed set of choices (a stakeholder's
    segment, an action's status): the file must still pass check, and a copy that never saw
    the record must still take it in a merge (as erased)."""
    path = tmp_path / "wijk" / "wijk.wijkdesk"
    path.parent.mkdir()
    fresh = tmp_path / "laptop" / "laptop.wijkdesk"
    fresh.parent.mkdir()
    with Project.create(path, "Wisbaar", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Eerste avond")
        p.save_copy(fresh)  # a laptop that never sees the record before it is erased
        fields = {"stakeholder": {"name": "Partij", "contact_name": M_CONTACT,
                                  "contact_consent": True},
                  "attendance": {"bijeenkomst_id": evening, "name": M_NAME, "consent": True},
                  "note": {"bijeenkomst_id": evening, "text": M_NOTE},
                  "bijeenkomst": {"title": "Tweede avond", "chair": M_NAME},
                  "timeline_item": {"title": f"Gesprek met {M_NAME}"},
                  "action_item": {"bijeenkomst_id": evening, "who": M_NAME}}[kind]
        record = p.add(kind, **fields)
        p.erase(kind, record)
    assert _present(path) == []
    check_file(path)
    with Project.open(fresh, device=DEVICE_B) as laptop:
        laptop.merge([path])
        assert laptop.get(kind, record).deleted
    assert _present(fresh) == []
    check_file(fresh)


def test_merging_an_older_copy_does_not_bring_erased_values_back(avg_files):
    original, older, ids = avg_files
    before = sha256(older)
    with Project.open(original, device=DEVICE_A) as p:
        summary = p.merge([older])
        assert summary.total_new == 1  # the late insight: the merge did take the copy's ops
    assert sha256(older) == before
    _assert_erased(original, ids)
    # And again, through the command line, changes nothing more.
    result = run_cli("merge", original, older)
    assert result.returncode == 0, result.stderr
    _assert_erased(original, ids)


def test_merging_the_erased_file_into_an_older_copy_erases_there_too(avg_files):
    original, older, ids = avg_files
    assert _present(older) == list(MARKERS)
    result = run_cli("--lang", "en", "merge", older, original)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Merged 1 file")
    _assert_erased(older, ids)
    with Project.open(older, device=DEVICE_B) as o:
        assert o.get("insight", ids["late"]).text == "Speeltuin opknappen"
    # Both ways merged, both files hold the same content.
    with Project.open(original, device=DEVICE_A) as p:
        p.merge([older])
    assert _cli_dump(original) == _cli_dump(older)
    assert _present(original) == []


M_DELETED = "Geheimadres-R5T1"
M_REPLACED = "Oudnummer-06Z9"
M_CONTACT_OLD = "Vorigecontact-H2L4"


def test_a_shared_copy_holds_nothing_deleted(tmp_path):
    path = tmp_path / "wijk" / "wijk.wijkdesk"
    path.parent.mkdir()
    shared_path = tmp_path / "delen" / "gedeeld.wijkdesk"
    shared_path.parent.mkdir()
    laptop = tmp_path / "laptop" / "laptop.wijkdesk"
    laptop.parent.mkdir()
    with Project.create(path, "Deelwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        contested = p.add("insight", round_id=rnd, text="Origineel")
        raced = p.add("insight", round_id=rnd, text="Wordt bewerkt en verwijderd")
        restored = p.add("insight", round_id=rnd, text="Even weg geweest")
        p.save_copy(laptop)
        with Project.open(laptop, device=DEVICE_B) as b:
            b.update("insight", contested, text="Versie van tafel B")
            b.update("insight", raced, text="Bewerkt op tafel B")
        p.update("insight", contested, text="Versie van de voorzitter")
        p.delete("insight", raced)
        p.merge([laptop])
        p.delete("insight", restored)
        p.restore("insight", restored)
        gone = p.add("note", bijeenkomst_id=evening, title="Privé", text=f"Woont op {M_DELETED}")
        p.delete("note", gone)
        changed = p.add("insight", round_id=rnd, text=f"Bel {M_REPLACED}")
        p.update("insight", changed, text="Bel de wijkagent")
        party = p.add("stakeholder", name="Winkeliers", contact_name=M_CONTACT_OLD,
                      contact_consent=True)
        p.update("stakeholder", party, contact_name="", contact_consent=False)
        assert {c.field for c in p.conflicts()} == {"text", "_deleted"}
        markers = (M_DELETED, M_REPLACED, M_CONTACT_OLD)
        assert _present(path, markers) == list(markers)  # deleted, not erased: still in history
        written = p.save_shared_copy(shared_path)
        assert written == shared_path
        expected = dump_text(p)
    assert _present(shared_path, markers) == []
    report = check_file(shared_path)
    assert report.conflicts == 2
    assert _cli_dump(shared_path) == _cli_dump(path) == expected
    for table in [r[0] for r in _query(shared_path, "SELECT name FROM sqlite_master WHERE "
                                                    "type = 'table'")]:
        columns = [r[1] for r in _query(shared_path, f'PRAGMA table_info("{table}")')]
        if "deleted" in columns:
            assert _query(shared_path, f'SELECT id FROM "{table}" WHERE deleted = 1') == []
    assert _query(shared_path, "SELECT count(*) FROM op WHERE op_id NOT IN "
                               "(SELECT op_id FROM head)") == [(0,)]
    with Project.open(shared_path, device=DEVICE_C) as s:
        assert s.get("note", gone) is None
        assert [h.value for h in s.history(changed) if h.field == "text"] == ["Bel de wijkagent"]
    # Merging the shared copy back changes nothing in the original.
    with Project.open(path, device=DEVICE_A) as p:
        summary = p.merge([shared_path])
        assert (summary.total_new, summary.total_changed, summary.total_deleted,
                summary.total_conflicts) == (0, 0, 0, 0)
        assert dump_text(p) == expected

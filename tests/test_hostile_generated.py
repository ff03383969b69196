"""Hostile sources with generated, well-formed content (issue 17, point 3).

tests/test_merge_untrusted.py damages files (cut off, flipped bytes, changed structure). Here
every source is a sound file: a copy of a real project, into whose log hypothesis writes op rows
as a hostile or careless program could, with sqlite3 — values of any Unicode (lone surrogates
too), huge and tiny numbers, wrong types and nulls; known, unknown and system fields
(``_deleted``, ``_erased``); references to nothing, to other kinds and to the record itself;
odd and far-future clock stamps; duplicate ids, op ids that collide with different content
(between the two sources, and with the target's own), ids of another project. Most rows start
as a plausible edit (a change of a record, a new record, a delete) and some are then bent.

Each example makes two sources A and B and merges them into two copies of the target, A then
B and B then A. Every merge either

* is refused with a FileFormatError: one line naming the source, and the target byte for byte
  as it was; or
* is accepted: the target passes ``check_file``, and keeps every change it had and every change
  the source brought (nothing lost).

When A and B are each accepted into the target on their own, the pair behaves the same in
both orders (both accepted or both refused the second time), and when accepted both ways the
two results are the same (``dump``). The counts are printed and written to
``hostile-counts.json`` in the test's temporary folder: 150 examples in ``make test``,
1,000 (2,000 sources, 4,000 merges) in ``make test-slow``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import assert_one_line_error, run_cli
from wijkdesk.model import FileFormatError, Project, hlc, kinds, merge
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text

DEVICE_C = "cccccccc-0000-4000-8000-000000000003"
KIND_NAMES = sorted(kinds.KINDS)
SYSTEM = [f for f in merge.SYSTEM_FIELDS]
#: ids of records new to the target, shared by both sources (so that they meet)
NEW_IDS = [f"0000aaaa-0000-4000-8000-{n:012d}" for n in range(1, 7)]
#: op ids both sources may use (so that they collide)
SHARED_OP_IDS = [f"0000bbbb-0000-4000-8000-{n:012d}" for n in range(1, 9)]


# -- the target --------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Base:
    """A target project file's bytes and what is in it."""

    target: bytes
    project_id: str
    records: dict[str, list[str]]  # kind -> ids (a deleted and an erased insight among them)
    heads: dict[tuple[str, str], list[str]]  # (record, field) -> its head op ids
    ops: list[tuple[Any, ...]]  # the op rows: op_id, entity_id, kind, field, value, hlc, …
    other_ids: list[str]  # records of another project, its project record first
    last_ms: int  # the target's latest clock stamp, in ms

    def __repr__(self) -> str:
        return "Base()"  # hypothesis shows the strategies' arguments


class _SteadyTime:
    def __init__(self) -> None:
        self.ns = 1_790_000_000_000 * 1_000_000

    def time_ns(self) -> int:
        self.ns += 1_000_000
        return self.ns


def _build(folder: Path) -> Base:
    target = folder / "doel.wijkdesk"
    with Project.create(target, "Vijandigwijk", device=DEVICE_A, wijk="Vijandig") as p:
        evening = p.add("bijeenkomst", title="Avond", date="2026-09-17", tables=4)
        rounds = [p.add("round", bijeenkomst_id=evening, prompt=f"Vraag {i}") for i in range(2)]
        cluster = p.add("cluster", round_id=rounds[0], name="Groen")
        insights = [p.add("insight", round_id=rounds[i % 2], table=i % 4 + 1,
                          cluster_id=cluster if i % 2 else None, text=f"Kaartje {i}")
                    for i in range(5)]
        p.update("insight", insights[0], text="Kaartje 0, herschreven")
        p.delete("insight", insights[3])
        p.erase("insight", insights[4])
        parties = [p.add("stakeholder", name=f"Partij {i}", influence=i + 2) for i in range(2)]
        p.add("relation", source_id=parties[0], target_id=parties[1])
        steps = [p.add("timeline_item", title=f"Stap {i}", start="2026-10-01",
                       owner_id=parties[0]) for i in range(2)]
        p.add("dependency", before_id=steps[0], after_id=steps[1])
        p.add("agreement", bijeenkomst_id=evening, number=1, text="Afspraak")
        p.add("action_item", bijeenkomst_id=evening, number=1, what="Bellen", who="Jan")
        p.add("note", bijeenkomst_id=evening, title="Notitie", text="Tekst")
        p.add("attendance", bijeenkomst_id=evening, group="bewoners", count=12)
        p.add("vote", round_id=rounds[0], target_id=cluster, table=1, count=3)
        project_id = p.id
    with contextlib.closing(sqlite3.connect(target)) as con:
        ops = con.execute("SELECT op_id, entity_id, kind, field, value, hlc, device, pred "
                          "FROM op ORDER BY seq").fetchall()
        heads: dict[tuple[str, str], list[str]] = {}
        for entity_id, name, op_id in con.execute(
                "SELECT entity_id, field, op_id FROM head ORDER BY op_id"):
            heads.setdefault((entity_id, name), []).append(op_id)
    records: dict[str, list[str]] = {}
    for _, entity_id, kind, *_rest in ops:
        if entity_id not in records.setdefault(kind, []):
            records[kind].append(entity_id)
    other = folder / "ander.wijkdesk"
    with Project.create(other, "Andere wijk", device=DEVICE_B) as o:
        o_evening = o.add("bijeenkomst", title="Elders")
        other_ids = [o.id, o_evening, o.add("round", bijeenkomst_id=o_evening)]
    last = max(op[5] for op in ops)
    return Base(target.read_bytes(), project_id, records, heads, ops, other_ids,
                hlc.parse(last)[0])


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    """The same bytes on every run (seeded ids, a steady clock): a failing example replays."""
    rng = random.Random(1717)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4))
        m.setattr(hlc, "time", _SteadyTime())
        return _build(tmp_path_factory.mktemp("vijandig"))


# -- generating op rows ------------------------------------------------------------------------

# Text of every kind: any code point, lone surrogates included, sometimes nothing but those.
TEXT = st.one_of(st.text(max_size=30),
                 st.text(st.characters(categories=["Cs"]) | st.characters(), max_size=8),
                 st.sampled_from(["", " ", "=HYPERLINK(\"x\")", "\u202e", "a\x00b", "\ufeff",
                                  "x" * 2001]))
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6)
EDGE_NUMBERS = st.sampled_from([2**63, -2**63 - 1, 10**400, -(10**30), 1e308, -1e308, 5e-324,
                                -0.0, 1e7, 1e7 + 1, 40, 41, -1, 0, 100_000, 100_001])
RAW_VALUES = st.sampled_from(["niet json", "", "[" * 3000 + "]" * 3000, "NaN", "-Infinity",
                              '"\\ud800"', '"\\udfff\\ud800"', "1e999", "[1, 2", "{}", "[]",
                              '"\\u0000"', "null", "true"])
UUIDS = st.uuids(version=4).map(str)
MALFORMED_IDS = st.sampled_from(["", "0000", "ZZZZZZZZ-ZZZZ-4ZZZ-8ZZZ-ZZZZZZZZZZZZ",
                                 "' OR 1=1 --", "a" * 300, NEW_IDS[0].upper()])
MALFORMED_STAMPS = st.sampled_from(["gisteren", "", "1790000000000", "1790000000000.0",
                                    "179000000000.000000", "-790000000000.000000",
                                    "1790000000000.00000x", " 1790000000000.000000",
                                    "17900000000000.000000"])
FAR_STAMPS = st.sampled_from(["7258118400000.000000", "7258118400000.999999",
                              "7258118400001.000000", "9999999999999.999999",
                              "0000000000000.000000", "0000000000001.999999"])


def _json(value: Any, ascii_only: bool) -> str:
    text = json.dumps(value, ensure_ascii=ascii_only)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be stored raw: written escaped
        text = json.dumps(value)
    return text


def _valid_value(draw, f: kinds.Field, base: Base, entity: str) -> Any:
    """A value the field takes (references may still point anywhere)."""
    if f.nullable and draw(st.integers(0, 5)) == 0:
        return None
    t = f.type
    if t == "intlist":
        return draw(st.lists(st.sampled_from(f.choices or (1, 2)), max_size=4))
    if f.choices is not None:
        return draw(st.sampled_from(f.choices))
    if t in ("str", "text"):
        return draw(TEXT.filter(lambda s: len(s) <= 2000 and "\x00" not in s))
    if t == "int":
        lo = int(f.minimum) if f.minimum is not None else -1000
        hi = int(f.maximum) if f.maximum is not None else 1000
        return draw(st.integers(lo, hi) | st.sampled_from([lo, hi]))
    if t == "float":
        return draw(st.floats(-1e7, 1e7, allow_nan=False) | st.integers(-10**7, 10**7))
    if t == "bool":
        return draw(st.booleans())
    if t == "date":
        return draw(st.dates()).isoformat()
    if t == "ref":
        wanted = [k for k in (f.ref or "").split("|") if k]
        same = [r for k in wanted for r in base.records.get(k, [])]
        anything = [r for ids in base.records.values() for r in ids]
        return draw(st.one_of(
            st.sampled_from(same or anything),  # a record of the right kind
            st.sampled_from(anything),  # of any kind
            st.just(entity),  # itself
            st.sampled_from(NEW_IDS),  # one that may or may not come along
            UUIDS,  # nothing
            st.sampled_from(base.other_ids),  # another project's
            st.just(""),
        ))
    raise AssertionError(t)


def _hostile_value(draw) -> str:
    """JSON text that is well-formed (mostly), of any type."""
    which = draw(st.integers(0, 3))
    if which == 0:
        return draw(RAW_VALUES)
    if which == 1:
        return _json(draw(EDGE_NUMBERS), True)
    return _json(draw(ANY_JSON), draw(st.booleans()))


def _value_text(draw, kind: str, name: str, base: Base, entity: str, hostile: bool) -> str:
    k = kinds.KINDS.get(kind)
    if hostile or k is None:
        return _hostile_value(draw)
    if name == "_deleted":
        return draw(st.sampled_from(["true", "true", "false"]))
    if name == "_erased":
        return _json(draw(st.lists(st.sampled_from([f.name for f in k.fields]), max_size=3)),
                     True)
    if name == "_redacted":
        erasable = list(k.erasable) or ["text"]
        keep = draw(st.sampled_from(SHARED_OP_IDS + [op[0] for op in base.ops[:20]]))
        return _json({"field": draw(st.sampled_from(erasable)), "keep": keep}, True)
    f = k.by_name.get(name)
    if f is None:
        return _hostile_value(draw)
    return _json(_valid_value(draw, f, base, entity), draw(st.booleans()))


def _fresh_stamp(draw, base: Base) -> str:
    ms = base.last_ms + draw(st.integers(-3, 50))
    return hlc.stamp(ms, draw(st.integers(0, 3) | st.just(999_999)))


@st.composite
def plausible_rows(draw, base: Base) -> list[dict[str, Any]]:
    """A change as a laptop makes one: an edit, a new record or a delete."""
    what = draw(st.sampled_from(["edit", "edit", "new", "delete", "erase"]))
    device = draw(st.sampled_from([DEVICE_A, DEVICE_B, DEVICE_C]))
    stamp = _fresh_stamp(draw, base)

    def op_id() -> str:
        return draw(UUIDS | st.sampled_from(SHARED_OP_IDS))

    if what == "new":
        kind = draw(st.sampled_from([k for k in KIND_NAMES if k != "project"]))
        k = kinds.KINDS[kind]
        entity = draw(st.sampled_from(NEW_IDS))
        fields = [f.name for f in k.fields if f.default is None and not f.nullable]
        fields += draw(st.lists(st.sampled_from([f.name for f in k.fields]),
                                min_size=0 if fields else 1, max_size=2))
        return [{"op_id": op_id(), "entity_id": entity, "kind": kind, "field": name,
                 "value": _value_text(draw, kind, name, base, entity, False), "hlc": stamp,
                 "device": device, "pred": []} for name in dict.fromkeys(fields)]
    kind = draw(st.sampled_from(sorted(base.records)))
    entity = draw(st.sampled_from(base.records[kind]))
    k = kinds.KINDS[kind]
    if what in ("delete", "erase"):
        if kind == "project":
            what = "edit"
        else:
            seen = sorted({h for (e, _), hs in base.heads.items() if e == entity for h in hs})
            rows = [{"op_id": op_id(), "entity_id": entity, "kind": kind, "field": "_deleted",
                     "value": "true", "hlc": stamp, "device": device, "pred": seen}]
            if what == "erase":
                rows.insert(0, {"op_id": op_id(), "entity_id": entity, "kind": kind,
                                "field": "_erased", "hlc": stamp, "device": device, "pred": [],
                                "value": _json(list(k.erasable), True)})
            return rows
    name = draw(st.sampled_from([f.name for f in k.fields]))
    concurrent = draw(st.booleans())  # made without seeing the target's last edit
    pred = [] if concurrent else base.heads.get((entity, name), [])
    return [{"op_id": op_id(), "entity_id": entity, "kind": kind, "field": name,
             "value": _value_text(draw, kind, name, base, entity, False), "hlc": stamp,
             "device": device, "pred": list(pred)}]


def _bend(draw, row: dict[str, Any], base: Base, rows: list[dict[str, Any]]) -> None:
    """Change one thing of a row the way a hostile file would."""
    target_ops = [op[0] for op in base.ops]
    what = draw(st.sampled_from(["kind", "entity", "field", "value", "value", "value", "hlc",
                                 "device", "op_id", "pred", "pred"]))
    if what == "kind":
        row["kind"] = draw(st.sampled_from(KIND_NAMES) | st.sampled_from(
            ["ruimteschip", "Insight", "", "insight\"; DROP TABLE op; --"]))
    elif what == "entity":
        anything = [r for ids in base.records.values() for r in ids]
        row["entity_id"] = draw(st.sampled_from(anything) | st.sampled_from(base.other_ids)
                                | st.sampled_from(NEW_IDS) | st.just(base.project_id)
                                | UUIDS | MALFORMED_IDS)
    elif what == "field":
        every = sorted({f.name for k in kinds.KINDS.values() for f in k.fields})
        row["field"] = draw(st.sampled_from(every) | st.sampled_from(SYSTEM)
                            | st.sampled_from(["wachtwoord", "", "_geheim", "id", "deleted"]))
        row["value"] = _value_text(draw, row["kind"], row["field"], base, row["entity_id"],
                                   draw(st.booleans()))
    elif what == "value":
        row["value"] = _value_text(draw, row["kind"], row["field"], base, row["entity_id"],
                                   True)
    elif what == "hlc":
        row["hlc"] = draw(FAR_STAMPS | MALFORMED_STAMPS | st.sampled_from(
            [op[5] for op in base.ops]))  # a tie with a change of the target
    elif what == "device":
        row["device"] = draw(st.sampled_from([DEVICE_A, DEVICE_B, DEVICE_C]) | MALFORMED_IDS)
    elif what == "op_id":
        row["op_id"] = draw(st.sampled_from(target_ops) | st.sampled_from(SHARED_OP_IDS)
                            | st.sampled_from([r["op_id"] for r in rows]) | MALFORMED_IDS)
    else:
        choices = st.one_of(st.sampled_from(target_ops), st.sampled_from(SHARED_OP_IDS),
                            st.just(row["op_id"]), UUIDS,
                            st.sampled_from([r["op_id"] for r in rows]))
        row["pred"] = draw(st.lists(choices, max_size=3) | st.just("niet json")
                           | st.just([1, 2]) | st.just({"a": 1}) | st.lists(MALFORMED_IDS,
                                                                             max_size=1))


@st.composite
def sources(draw, base: Base) -> list[dict[str, Any]]:
    """The op rows one source adds to (or changes in) its copy of the target."""
    rows: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 3))):
        rows += draw(plausible_rows(base))
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2]))):
        _bend(draw, draw(st.sampled_from(rows)), base, rows)
    return rows


# -- running an example ------------------------------------------------------------------------


def _write_source(base: Base, rows: list[dict[str, Any]], path: Path) -> None:
    """A copy of the target with the rows in its log (a row with an op id the copy has
    replaces that op's row: the same change, told otherwise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base.target)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("BEGIN")
        for row in rows:
            pred = row["pred"] if isinstance(row["pred"], str) else json.dumps(row["pred"])
            values = (row["entity_id"], row["kind"], row["field"], row["value"], row["hlc"],
                      row["device"], pred, row["op_id"])
            if con.execute("SELECT 1 FROM op WHERE op_id = ?", (row["op_id"],)).fetchone():
                con.execute("UPDATE op SET entity_id = ?, kind = ?, field = ?, value = ?, "
                            "hlc = ?, device = ?, pred = ? WHERE op_id = ?", values)
            else:
                con.execute("INSERT INTO op (entity_id, kind, field, value, hlc, device, pred, "
                            "op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
        _rederive(con, {row["entity_id"] for row in rows})
        con.execute("COMMIT")


def _rederive(con: sqlite3.Connection, entity_ids: set[str]) -> None:
    """Bring the copy's heads and tables in line with its log, where its rows allow it (as a
    program writing sound files would); rows that cannot be derived stay as they were."""
    try:
        found = merge.load_ops(con, entity_ids)
    except ValueError:  # a malformed pred
        return
    for entity_id, ops in found.items():
        con.execute("SAVEPOINT one")
        try:
            merge.write_derived(con, entity_id, merge.derive(ops))
        except Exception:  # noqa: BLE001 - a made-up record: its tables stay as they were
            con.execute("ROLLBACK TO one")
        con.execute("RELEASE one")


@dataclass
class Tally:
    examples: int = 0
    merges: int = 0
    refused: int = 0
    accepted: int = 0
    lost: int = 0
    sources_alone: Counter = None  # type: ignore[assignment]
    reasons: Counter = None  # type: ignore[assignment]
    pairs_compared: int = 0
    pairs_refused_both_ways: int = 0

    def __post_init__(self) -> None:
        self.sources_alone = Counter()
        self.reasons = Counter()


def _op_ids(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return {r[0] for r in con.execute("SELECT op_id FROM op")}


def _merge(target: Path, source: Path, tally: Tally) -> bool:
    """Merge one source into target; True when accepted. Asserts the promises either way."""
    before = target.read_bytes()
    had = _op_ids(target)
    tally.merges += 1
    try:
        with Project.open(target, device=DEVICE_C) as p:
            p.merge([source])
    except FileFormatError as exc:
        message = str(exc)
        assert "\n" not in message and str(source) in message, message
        reason = exc.params.get("reason") or exc.code
        assert reason, message
        assert target.read_bytes() == before, f"refused ({message}) but the target changed"
        assert not Path(str(target) + "-journal").exists()
        tally.refused += 1
        tally.reasons[reason.split(":")[0][:60]] += 1
        return False
    try:
        check_file(target)
    except FileFormatError as exc:
        pytest.fail(f"accepted, but the target no longer checks: {exc}")
    after = _op_ids(target)
    if not (had | _op_ids(source)) <= after:
        tally.lost += 1
    tally.accepted += 1
    return True


def _dump(path: Path) -> str:
    with Project.open(path, device=DEVICE_C) as p:
        return dump_text(p)


#: where the examples' files go: memory where there is a RAM disk (every merge is a committed
#: transaction that waits for the disk; the promises tested here do not depend on that)
_RAM = Path("/dev/shm") if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) \
    else None


def run_example(base: Base, rows_a: list, rows_b: list, tally: Tally) -> None:
    work = Path(tempfile.mkdtemp(prefix="vijandig-", dir=_RAM))
    try:
        a, b = work / "a" / "bron-a.wijkdesk", work / "b" / "bron-b.wijkdesk"
        _write_source(base, rows_a, a)
        _write_source(base, rows_b, b)
        tally.examples += 1
        results = {}
        for order in ((a, b), (b, a)):
            target = work / f"doel-{order[0].stem}" / "doel.wijkdesk"
            target.parent.mkdir()
            target.write_bytes(base.target)
            first = _merge(target, order[0], tally)
            second = _merge(target, order[1], tally)
            results[order[0]] = (first, second, target)
        a_alone, a_then_b, after_ab = results[a]
        b_alone, b_then_a, after_ba = results[b]
        tally.sources_alone["accepted" if a_alone else "refused"] += 1
        tally.sources_alone["accepted" if b_alone else "refused"] += 1
        if a_alone and b_alone:
            # each is fine on its own: together they do the same in either order
            assert a_then_b == b_then_a, ("accepted in one order only", a_then_b, b_then_a)
            if a_then_b:
                assert _dump(after_ab) == _dump(after_ba), "the order of merging matters"
                tally.pairs_compared += 1
            else:
                tally.pairs_refused_both_ways += 1
        assert tally.lost == 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


_SETTINGS = {"deadline": None, "database": None,
             "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture]}


def _report(tally: Tally, out: Path, minimum: int) -> None:
    figures = {
        "examples": tally.examples, "sources": 2 * tally.examples,
        "merges tried": tally.merges, "refused": tally.refused, "accepted": tally.accepted,
        "lost": tally.lost, "sources alone": dict(tally.sources_alone),
        "pairs compared (both orders equal)": tally.pairs_compared,
        "pairs refused the second time in both orders": tally.pairs_refused_both_ways,
        "reasons": dict(tally.reasons.most_common()),
    }
    out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nhostile sources: {2 * tally.examples} sources in {tally.examples} pairs, "
          f"{tally.merges} merges tried: {tally.refused} refused, {tally.accepted} accepted, "
          f"{tally.lost} lost; {tally.pairs_compared} pairs equal in both orders "
          f"({out})")
    assert tally.examples >= minimum
    assert tally.merges == tally.refused + tally.accepted
    assert tally.lost == 0
    # the generator reaches both sides: sound-looking changes merge, bent ones are refused
    assert tally.sources_alone["accepted"] >= tally.examples // 5, figures
    assert tally.sources_alone["refused"] >= tally.examples // 5, figures
    assert tally.pairs_compared >= tally.examples // 10, figures


def _run(base: Base, out: Path, examples: int) -> None:
    tally = Tally()

    @settings(max_examples=examples, **_SETTINGS)
    @given(sources(base), sources(base))
    def one(rows_a, rows_b) -> None:
        run_example(base, rows_a, rows_b, tally)

    one()
    _report(tally, out, examples)


def test_generated_hostile_sources_are_refused_or_merge_soundly(base, tmp_path):
    _run(base, tmp_path / "hostile-counts.json", 150)


@pytest.mark.slow
def test_generated_hostile_sources_many_examples(base, tmp_path):
    _run(base, tmp_path / "hostile-counts.json", 1000)


# -- the cases the issue found, by name; and the command line -----------------------------------


@pytest.mark.parametrize("case", ["surrogate-wins", "surrogate-in-new-record",
                                  "one-field-record", "pred-cycle", "pred-itself",
                                  "far-future", "big-number-for-a-float", "deep-nesting"])
def test_the_crashes_found_are_refused_with_a_reason(case, base, tmp_path):
    new = NEW_IDS[0]
    late = hlc.stamp(base.last_ms + 10**9, 0)  # wins over everything in the target
    rows = {
        "surrogate-wins": [dict(value='"\\ud800"', hlc=late)],
        "surrogate-in-new-record": [
            dict(entity_id=new, field="round_id", value=json.dumps(base.records["round"][0])),
            dict(entity_id=new, field="text", value='"a\\udfffb"')],
        "one-field-record": [dict(entity_id=new, field="text", value='"alleen tekst"')],
        "pred-cycle": [dict(op_id=SHARED_OP_IDS[0], pred=[SHARED_OP_IDS[1]]),
                       dict(op_id=SHARED_OP_IDS[1], pred=[SHARED_OP_IDS[0]])],
        "pred-itself": [dict(op_id=SHARED_OP_IDS[0], pred=[SHARED_OP_IDS[0]])],
        "far-future": [dict(hlc="9999999999999.999999")],
        "big-number-for-a-float": [dict(field="x", value="1" + "0" * 400)],
        "deep-nesting": [dict(field="text", value="[" * 5000 + "]" * 5000)],
    }[case]
    source = tmp_path / "bron" / f"{case}.wijkdesk"
    full = [{"op_id": str(uuid.UUID(int=i + 1, version=4)), "entity_id": base.records[
        "insight"][0], "kind": "insight", "field": "text", "value": '"x"',
        "hlc": hlc.stamp(base.last_ms + 10, 0), "device": DEVICE_C, "pred": [], **row}
        for i, row in enumerate(rows)]
    _write_source(base, full, source)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(base.target)
    tally = Tally()
    assert not _merge(target, source, tally)
    # the command line: exit 2, one line naming the file
    result = run_cli("merge", target, source)
    line = assert_one_line_error(result)
    assert str(source) in line and result.stdout == ""
    assert target.read_bytes() == base.target


def test_two_files_that_tell_one_change_otherwise_name_the_second(base, tmp_path):
    """Each file is fine alone; together they hold one op id with two contents."""
    def row(entity: str, text: str) -> list[dict[str, Any]]:
        stamp = hlc.stamp(base.last_ms + 10, 0)
        return [{"op_id": SHARED_OP_IDS[0], "entity_id": entity, "kind": "insight",
                 "field": "round_id", "value": json.dumps(base.records["round"][0]),
                 "hlc": stamp, "device": DEVICE_C, "pred": []},
                {"op_id": str(uuid.uuid4()), "entity_id": entity, "kind": "insight",
                 "field": "text", "value": json.dumps(text), "hlc": stamp, "device": DEVICE_C,
                 "pred": []}]
    first, second = tmp_path / "een.wijkdesk", tmp_path / "twee.wijkdesk"
    _write_source(base, row(NEW_IDS[0], "eerste"), first)
    _write_source(base, row(NEW_IDS[1], "tweede"), second)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(base.target)
    with Project.open(target, device=DEVICE_C) as p, pytest.raises(FileFormatError) as info:
        p.merge([first, second])
    assert str(second) in str(info.value) and str(first) not in str(info.value)
    assert target.read_bytes() == base.target
    result = run_cli("merge", target, first, second)
    assert str(second) in assert_one_line_error(result)
    assert target.read_bytes() == base.target


def test_two_files_that_clash_only_together_name_the_file_at_fault(base, tmp_path):
    """A change in one file replaces a change in the other, though that one is later: found
    when both are read, and the message names the file of the change at fault."""
    entity = base.records["note"][0]
    early, late = hlc.stamp(base.last_ms + 5, 0), hlc.stamp(base.last_ms + 9, 0)
    first = [{"op_id": SHARED_OP_IDS[0], "entity_id": entity, "kind": "note", "field": "title",
              "value": '"eerder"', "hlc": early, "device": DEVICE_C,
              "pred": [SHARED_OP_IDS[1]]}]
    second = [{"op_id": SHARED_OP_IDS[1], "entity_id": entity, "kind": "note",
               "field": "title", "value": '"later"', "hlc": late, "device": DEVICE_B,
               "pred": []}]
    a, b = tmp_path / "een.wijkdesk", tmp_path / "twee.wijkdesk"
    _write_source(base, first, a)
    _write_source(base, second, b)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(base.target)
    with Project.open(target, device=DEVICE_C) as p, pytest.raises(FileFormatError) as info:
        p.merge([b, a])
    assert str(a) in str(info.value) and str(b) not in str(info.value)
    assert target.read_bytes() == base.target


def test_a_refusal_found_while_merging_names_its_file_in_the_cli(base, tmp_path):
    """Found only while the merge is worked out (see the window's test below)."""
    missing = SHARED_OP_IDS[2]
    named = Base(_target_naming(base, missing), base.project_id, base.records, base.heads,
                 base.ops, base.other_ids, base.last_ms)
    good = _good_source(named, tmp_path / "tafel-1.wijkdesk")
    bad = tmp_path / "tafel-2.wijkdesk"
    _write_source(named, [{"op_id": missing, "entity_id": base.records["note"][0],
                           "kind": "note", "field": "title", "value": '"te laat"',
                           "hlc": hlc.stamp(base.last_ms + 10**6, 0), "device": DEVICE_C,
                           "pred": []}], bad)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(named.target)
    for sources in ([good, bad], [bad, good]):
        result = run_cli("merge", target, *sources)
        line = assert_one_line_error(result)
        assert str(bad) in line and str(good) not in line, line
        assert target.read_bytes() == named.target


# -- the window ----------------------------------------------------------------------------------


def _surrogate_source(base: Base, path: Path) -> Path:
    _write_source(base, [{"op_id": str(uuid.uuid4()), "entity_id": base.records["insight"][0],
                          "kind": "insight", "field": "text", "value": '"\\ud800"',
                          "hlc": hlc.stamp(base.last_ms + 10**9, 0), "device": DEVICE_C,
                          "pred": []}], path)
    return path


def _good_source(base: Base, path: Path) -> Path:
    _write_source(base, [{"op_id": str(uuid.uuid4()), "entity_id": base.records["note"][0],
                          "kind": "note", "field": "title", "value": '"Van tafel 2"',
                          "hlc": hlc.stamp(base.last_ms + 10, 0), "device": DEVICE_B,
                          "pred": base.heads[(base.records["note"][0], "title")]}], path)
    return path


def _merge_in_window(window, base: Base, tmp_path: Path, paths: list[Path]) -> str:
    """Merge paths in the window into a copy of the target; the error shown. Asserts that
    nothing changed, on screen and in the file."""
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(base.target)
    assert window.open_path(str(target))
    project = window.ctx.project
    before = dump_text(project)
    shown = len(window.interaction.messages)
    window.interaction.answers += [[str(p) for p in paths]]
    window.merge_action.trigger()
    assert len(window.interaction.messages) == shown + 1
    kind, title, text = window.interaction.messages[-1]
    assert kind == "error" and title == "Cannot merge", (kind, title, text)
    assert "\n" not in text
    assert dump_text(project) == before
    assert window.ctx.undo.count() == 0
    window.ctx.bridge.set_project(None)
    assert target.read_bytes() == base.target
    return text


def test_the_window_names_the_hostile_file_and_changes_nothing(window, base, tmp_path):
    good = _good_source(base, tmp_path / "tafel-1.wijkdesk")
    bad = _surrogate_source(base, tmp_path / "tafel-2.wijkdesk")
    text = _merge_in_window(window, base, tmp_path, [good, bad])
    assert str(bad) in text and str(good) not in text, text
    assert "not valid Unicode" in text


def _target_naming(base: Base, missing: str) -> bytes:
    """The target, with the note's title change listing a change it does not hold among the
    ones it replaced (as after a copy that left replaced changes out): a valid file."""
    entity = base.records["note"][0]
    (head,) = base.heads[(entity, "title")]
    with tempfile.TemporaryDirectory(dir=_RAM) as folder:
        path = Path(folder) / "doel.wijkdesk"
        path.write_bytes(base.target)
        with contextlib.closing(sqlite3.connect(path)) as con:
            con.execute("UPDATE op SET pred = ? WHERE op_id = ?", (json.dumps([missing]), head))
            con.commit()
        check_file(path)
        return path.read_bytes()


def test_the_window_names_the_file_when_the_merge_finds_it_late(window, base, tmp_path):
    """Refused only while the merge is worked out (for the preview), not when the files are
    read: a change that the target's own change replaced, arriving with a later stamp. The
    message names the file it came from, not the other one."""
    missing = SHARED_OP_IDS[2]
    named = Base(_target_naming(base, missing), base.project_id, base.records, base.heads,
                 base.ops, base.other_ids, base.last_ms)
    entity = base.records["note"][0]
    good = _good_source(named, tmp_path / "tafel-1.wijkdesk")
    bad = tmp_path / "tafel-2.wijkdesk"
    _write_source(named, [{"op_id": missing, "entity_id": entity, "kind": "note",
                           "field": "title", "value": '"te laat"',
                           "hlc": hlc.stamp(base.last_ms + 10**6, 0), "device": DEVICE_C,
                           "pred": []}], bad)
    text = _merge_in_window(window, named, tmp_path, [good, bad])
    assert str(bad) in text and str(good) not in text, text
    assert "replaces a later one" in text


def test_one_change_in_two_files_with_its_predecessors_in_another_order_merges(base, tmp_path):
    """Not told otherwise: the same change (predecessors are a set)."""
    entity = base.records["stakeholder"][0]
    heads = base.heads[(entity, "name")] + [SHARED_OP_IDS[3]]
    row = {"op_id": SHARED_OP_IDS[4], "entity_id": entity, "kind": "stakeholder",
           "field": "name", "value": '"Nieuwe naam"', "hlc": hlc.stamp(base.last_ms + 10, 0),
           "device": DEVICE_B}
    a, b = tmp_path / "een.wijkdesk", tmp_path / "twee.wijkdesk"
    _write_source(base, [{**row, "pred": sorted(heads)}], a)
    _write_source(base, [{**row, "pred": sorted(heads, reverse=True)}], b)
    target = tmp_path / "doel" / "doel.wijkdesk"
    target.parent.mkdir()
    target.write_bytes(base.target)
    with Project.open(target, device=DEVICE_C) as p:
        p.merge([a, b])
        assert p.get("stakeholder", entity).name == "Nieuwe naam"
    check_file(target)

"""Files of older formats keep opening (issue 2, point 4: the migration mechanism).

``tests/fixtures/format-v1.wijkdesk`` was written by the code of format 1
(``tests/fixtures/make_format_v1.py``) and is never regenerated; its ``wijkdesk dump`` is
``format-v1.dump.json``. Likewise ``format-v2``, ``format-v3`` (issue 6: format 4 adds
links) and ``format-v4`` (issue 8: format 5 adds the Wijkkompas: knooppunten and APKs). The
tests work on copies: opening may migrate a file in place.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DEVICE_B
from tests.util import run_cli_bytes, sha256
from wijkdesk.model import FileFormatError, Project, store
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_data

FIXTURES = Path(__file__).resolve().parent / "fixtures"
V1_FILE = FIXTURES / "format-v1.wijkdesk"
V1_DUMP = FIXTURES / "format-v1.dump.json"
V2_FILE = FIXTURES / "format-v2.wijkdesk"
V2_DUMP = FIXTURES / "format-v2.dump.json"
V3_FILE = FIXTURES / "format-v3.wijkdesk"
V3_DUMP = FIXTURES / "format-v3.dump.json"
V4_FILE = FIXTURES / "format-v4.wijkdesk"
V4_DUMP = FIXTURES / "format-v4.dump.json"
V5_FILE = FIXTURES / "format-v5.wijkdesk"
V5_DUMP = FIXTURES / "format-v5.dump.json"

#: Fields that format 3 added, with the value every record made before has.
ADDED_IN_V3 = {"bijeenkomst": {"dots": 0}, "cluster": {"theme": ""},
               "insight": {"hidden": False, "theme": ""}, "timeline_item": {"source_id": None},
               "agreement": {"source_id": None}, "action_item": {"source_id": None}}
#: Kinds of record each format added: a migrated older file has none of them.
ADDED_KINDS = {4: ("link",), 5: ("knooppunt", "apk"), 6: ("agenda_item", "evening_table")}
#: Fields that format 6 added, with the value every record made before has.
ADDED_IN_V6 = {"round": {"agenda_item_id": None, "minutes": 0, "autostart": False},
               "agreement": {"who": "", "who_id": None, "due": None, "status": "open"},
               "action_item": {"who_id": None}}


def as_of_old(dump: dict, version: int = 2) -> bytes:
    """The dump of a migrated file as the code of ``version`` wrote it: the fields added since
    are checked to hold their defaults and left out, as are the kinds added since (checked to
    be empty); the rest must match byte for byte."""
    if version < 3:
        for kind, fields in ADDED_IN_V3.items():
            for rec in dump["records"][kind]:
                for name, default in fields.items():
                    assert rec.pop(name) == default, (kind, rec["id"], name)
    if version < 6:
        for kind, fields in ADDED_IN_V6.items():
            for rec in dump["records"][kind]:
                for name, default in fields.items():
                    assert rec.pop(name) == default, (kind, rec["id"], name)
    for added, names in ADDED_KINDS.items():
        if added > version:
            for name in names:
                assert dump["records"].pop(name) == [], name
    return (json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    path = tmp_path / "oud.wijkdesk"
    shutil.copyfile(V1_FILE, path)
    return path


def _pragma(path: Path, name: str) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute(f"PRAGMA {name}").fetchone()[0]


def _meta(path: Path) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return dict(con.execute("SELECT key, value FROM meta"))


def test_the_fixture_is_a_format_1_file():
    assert _pragma(V1_FILE, "user_version") == 1
    assert _meta(V1_FILE)["format_version"] == "1"
    data = json.loads(V1_DUMP.read_text(encoding="utf-8"))
    records = data["records"]
    # It holds something of every kind format 1 knew, so a migration of any table is exercised
    # by it; the kinds added since are exercised by the later fixtures and tests below.
    later = {name for names in ADDED_KINDS.values() for name in names}
    assert set(records) == set(store.expected_columns()) - {"meta", "op", "head"} - later
    assert all(records[k] for k in records), [k for k in records if not records[k]]


def test_the_fixture_opens_checks_and_dumps_as_committed(v1_copy):
    before = sha256(v1_copy)
    report = check_file(v1_copy)
    assert report.format_version == 1
    assert report.conflicts == 0
    assert sha256(v1_copy) == before  # checking writes nothing
    result = run_cli_bytes("dump", v1_copy)
    assert result.returncode == 0, result.stderr
    assert as_of_old(json.loads(result.stdout)) == V1_DUMP.read_bytes()
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert as_of_old(dump_data(p)) == V1_DUMP.read_bytes()
        # The tombstone and the erased record are there, as tombstones.
        erased = p.get("insight", "00000000-0000-4000-8000-000000000036")
        assert erased is not None and erased.deleted and erased.text == ""
        assert p.get("insight", "00000000-0000-4000-8000-000000000035").deleted
        # And the file still takes edits.
        p.update("insight", "00000000-0000-4000-8000-000000000030", table=2)
    check_file(v1_copy)


def _add_meta_row(con: sqlite3.Connection) -> None:
    con.execute("INSERT INTO meta (key, value) VALUES ('migrated_by_test', 'ja')")


def _add_index(con: sqlite3.Connection) -> None:
    con.execute("CREATE INDEX ix_test_insight_text ON insight (text)")


def test_inspect_reads_the_format_version_at_call_time(v1_copy, monkeypatch):
    info = store.inspect_file(v1_copy)
    assert (info.format_version, info.needs_migration) == (1, True)
    # check only inspects an older file; it does not migrate it.
    before = sha256(v1_copy)
    assert check_file(v1_copy).format_version == 1
    assert sha256(v1_copy) == before
    assert not list(v1_copy.parent.glob("*.bak"))
    Project.open(v1_copy, device=DEVICE_B).close()  # now of the current format
    assert store.inspect_file(v1_copy).needs_migration is False
    monkeypatch.setattr(store, "FORMAT_VERSION", store.FORMAT_VERSION + 1)
    info = store.inspect_file(v1_copy)
    assert (info.format_version, info.needs_migration) == (store.FORMAT_VERSION - 1, True)


def test_the_real_migration_1_to_2_makes_old_deletes_see_their_past(v1_copy):
    # Format 1 deletes listed only the delete field's heads; format 2 deletes list every head
    # they saw, so that a merge can tell a delete racing an edit. Old deletes saw everything
    # logged before them (format 1 had no merge), and stay deletes after the migration.
    deleted = "00000000-0000-4000-8000-000000000035"
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert p.get("insight", deleted).deleted
        assert p.conflicts() == []
        delete_op = [h for h in p.history(deleted) if h.field == "_deleted"][-1]
        text_ops = {h.op_id for h in p.history(deleted) if h.field == "text"}
        assert text_ops <= set(delete_op.pred)
    assert _pragma(v1_copy, "user_version") == store.FORMAT_VERSION == 6
    assert check_file(v1_copy).conflicts == 0


def test_opening_an_older_file_migrates_it_after_a_backup(v1_copy, monkeypatch):
    original = v1_copy.read_bytes()
    expected = json.loads(V1_DUMP.read_text(encoding="utf-8"))
    real = dict(store.MIGRATIONS)

    def real_then_test(con: sqlite3.Connection) -> None:
        real[5](con)
        _add_meta_row(con)

    monkeypatch.setattr(store, "MIGRATIONS", {1: real[1], 2: real[2], 3: real[3],
                                              4: real[4], 5: real_then_test})
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert as_of_old(dump_data(p)) == V1_DUMP.read_bytes()
        p.add("insight", round_id="00000000-0000-4000-8000-000000000011", text="Na migratie")
    backup = v1_copy.with_name("oud.wijkdesk.v1.bak")
    assert backup.read_bytes() == original
    assert _pragma(v1_copy, "user_version") == 6
    meta = _meta(v1_copy)
    assert meta["format_version"] == "6"
    assert meta["migrated_by_test"] == "ja"
    assert check_file(v1_copy).format_version == 6
    # Opening it again does not migrate again (the backup stays as it was).
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert p.count("insight") == len(expected["records"]["insight"]) + 1
    assert backup.read_bytes() == original
    assert sorted(x.name for x in v1_copy.parent.iterdir()) == [
        "oud.wijkdesk", "oud.wijkdesk.v1.bak"]


def test_migrations_run_in_order_over_several_versions(v1_copy, monkeypatch):
    ran: list[int] = []

    def step(version, action):
        def migration(con: sqlite3.Connection) -> None:
            assert con.execute("PRAGMA user_version").fetchone()[0] == 1  # one transaction
            ran.append(version)
            action(con)
        return migration

    monkeypatch.setattr(store, "FORMAT_VERSION", 7)
    monkeypatch.setattr(store, "MIGRATIONS", {6: step(6, _add_index),
                                              5: step(5, store.MIGRATIONS[5]),
                                              4: step(4, store.MIGRATIONS[4]),
                                              3: step(3, store.MIGRATIONS[3]),
                                              2: step(2, store.MIGRATIONS[2]),
                                              1: step(1, store.MIGRATIONS[1])})
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert as_of_old(dump_data(p)) == V1_DUMP.read_bytes()
    assert ran == [1, 2, 3, 4, 5, 6]
    assert _pragma(v1_copy, "user_version") == 7
    assert _meta(v1_copy)["format_version"] == "7"


def test_a_failing_migration_leaves_the_file_untouched(v1_copy, monkeypatch):
    original = v1_copy.read_bytes()

    def half_then_fail(con: sqlite3.Connection) -> None:
        _add_meta_row(con)
        con.execute("UPDATE insight SET text = 'kapot'")
        raise RuntimeError("migratie mislukt")

    monkeypatch.setattr(store, "MIGRATIONS", {1: store.MIGRATIONS[1], 2: half_then_fail})
    with pytest.raises(RuntimeError, match="migratie mislukt"):
        Project.open(v1_copy, device=DEVICE_B)
    assert v1_copy.read_bytes() == original
    assert not Path(str(v1_copy) + "-journal").exists()
    monkeypatch.undo()
    # The current code still opens it as the format 1 file it was.
    with Project.open(v1_copy, device=DEVICE_B) as p:
        assert as_of_old(dump_data(p)) == V1_DUMP.read_bytes()


def test_a_missing_migration_step_changes_nothing(v1_copy, monkeypatch):
    original = v1_copy.read_bytes()
    monkeypatch.setattr(store, "MIGRATIONS", {1: store.MIGRATIONS[1]})
    with pytest.raises(Exception):  # noqa: B017 - a bug in the release, not in the file
        Project.open(v1_copy, device=DEVICE_B)
    assert v1_copy.read_bytes() == original


# -- format 2 ------------------------------------------------------------------------------------


@pytest.fixture
def v2_copy(tmp_path) -> Path:
    path = tmp_path / "v2.wijkdesk"
    shutil.copyfile(V2_FILE, path)
    return path


def test_the_v2_fixture_is_a_format_2_file_with_what_format_2_brought():
    assert _pragma(V2_FILE, "user_version") == 2
    meta = _meta(V2_FILE)
    assert meta["format_version"] == "2"
    assert meta["device:bbbbbbbb-0000-4000-8000-000000000002"] == "[2]"  # a table laptop
    data = json.loads(V2_DUMP.read_text(encoding="utf-8"))
    assert sorted(c["field"] for c in data["conflicts"]) == ["_deleted", "text"]


def test_a_format_2_file_migrates_and_keeps_its_conflicts_and_labels(v2_copy):
    report = check_file(v2_copy)
    assert report.format_version == 2
    Project.open(v2_copy).close()  # opening it to work in migrates the file
    result = run_cli_bytes("dump", v2_copy)
    assert result.returncode == 0, result.stderr
    assert as_of_old(json.loads(result.stdout)) == V2_DUMP.read_bytes()
    assert _pragma(v2_copy, "user_version") == store.FORMAT_VERSION == 6
    assert v2_copy.with_name("v2.wijkdesk.v2.bak").read_bytes() == V2_FILE.read_bytes()
    with Project.open(v2_copy, device=DEVICE_B) as p:
        assert p.device_tables() == {"bbbbbbbb-0000-4000-8000-000000000002": [2]}
        assert sorted(c.field for c in p.conflicts()) == ["_deleted", "text"]
        # The new fields take edits and travel like the others.
        note = "00000000-0000-4000-8000-000000000033"
        p.update("insight", note, hidden=True, theme="Energie")
        assert p.get("insight", note).hidden is True
    assert check_file(v2_copy).conflicts == 2


def test_a_format_2_source_merges_into_a_format_3_file(v2_copy, tmp_path):
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(V2_FILE, target)
    with Project.open(target, device=DEVICE_B) as p:  # migrated to format 3
        p.add("insight", round_id="00000000-0000-4000-8000-000000000011", text="Nieuw")
    before = sha256(v2_copy)
    result = run_cli_bytes("--lang", "en", "merge", target, v2_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"Merged 1 file(s): 0 new")
    assert sha256(v2_copy) == before  # the source was migrated in a copy only


def test_a_file_newer_than_the_code_is_refused(v1_copy, monkeypatch):
    with contextlib.closing(sqlite3.connect(v1_copy)) as con:
        con.execute(f"PRAGMA user_version={store.FORMAT_VERSION + 1}")
    original = v1_copy.read_bytes()
    with pytest.raises(FileFormatError) as info:
        Project.open(v1_copy, device=DEVICE_B)
    assert info.value.code == "too_new"
    assert v1_copy.read_bytes() == original
    assert not list(v1_copy.parent.glob("*.bak"))


# -- format 3 (issue 6: format 4 adds links) -----------------------------------------------------


@pytest.fixture
def v3_copy(tmp_path) -> Path:
    path = tmp_path / "v3.wijkdesk"
    shutil.copyfile(V3_FILE, path)
    return path


def _schema_sql(path: Path) -> dict[tuple[str, str], str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return {(typ, name): sql for typ, name, sql in con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def test_the_v3_fixture_is_a_format_3_file_with_what_format_3_brought():
    assert _pragma(V3_FILE, "user_version") == 3
    assert _meta(V3_FILE)["format_version"] == "3"
    assert ("table", "link") not in _schema_sql(V3_FILE)
    records = json.loads(V3_DUMP.read_text(encoding="utf-8"))["records"]
    assert "link" not in records
    assert [b["dots"] for b in records["bijeenkomst"]] == [3]
    assert any(i["hidden"] and i["theme"] for i in records["insight"])
    assert all(any(r["source_id"] for r in records[k])
               for k in ("agreement", "action_item", "timeline_item"))
    # A fuller timeline to migrate: both tracks, a decision, a stip, six phase spans.
    steps = records["timeline_item"]
    assert {t["track"] for t in steps} == {"denk", "doe"}
    assert {"besluit", "stip", "mijlpaal", "activiteit"} <= {t["kind"] for t in steps}
    assert sorted(s["number"] for s in records["phase_span"]) == [1, 2, 3, 4, 5, 6]
    assert len(records["dependency"]) == 3


def test_a_format_3_file_migrates_keeps_every_record_and_can_then_hold_links(v3_copy):
    from wijkdesk.model import timeline

    assert check_file(v3_copy).format_version == 3
    Project.open(v3_copy).close()  # opening it to work in migrates the file
    result = run_cli_bytes("dump", v3_copy)
    assert result.returncode == 0, result.stderr
    migrated = json.loads(result.stdout)
    assert migrated["records"]["link"] == []
    assert as_of_old(migrated, version=3) == V3_DUMP.read_bytes()  # every record, unchanged
    assert _pragma(v3_copy, "user_version") == store.FORMAT_VERSION == 6
    assert _meta(v3_copy)["format_version"] == "6"
    assert v3_copy.with_name("v3.wijkdesk.v3.bak").read_bytes() == V3_FILE.read_bytes()
    report = check_file(v3_copy)
    assert (report.format_version, report.records["link"], report.conflicts) == (6, 0, 2)
    step, decision = "00000000-0000-4000-8000-000000000112", "00000000-0000-4000-8000-000000000110"
    with Project.open(v3_copy, device=DEVICE_B) as p:
        assert sorted(c.field for c in p.conflicts()) == ["_deleted", "text"]
        links = [timeline.add_link(p, step, "00000000-0000-4000-8000-000000000020"),  # cluster
                 timeline.add_link(p, step, "00000000-0000-4000-8000-000000000051"),  # party
                 timeline.add_link(p, decision, "00000000-0000-4000-8000-000000000070")]
        assert p.count("link") == 3
        assert [k for k, _ in timeline.links_of(p, step)] == ["cluster", "stakeholder"]
        assert [r.id for _, r in timeline.links_of(
            p, "00000000-0000-4000-8000-000000000070")] == [decision]
    after = json.loads(run_cli_bytes("dump", v3_copy).stdout)
    assert sorted(r["id"] for r in after["records"]["link"]) == sorted(links)
    assert check_file(v3_copy).records["link"] == 3


def test_a_migrated_link_table_is_exactly_a_new_files(v3_copy, project):
    Project.open(v3_copy, device=DEVICE_B).close()
    migrated, new = _schema_sql(v3_copy), _schema_sql(project.path)
    assert set(migrated) == set(new)  # the same tables and indexes, no more, no less
    for key in (("table", "link"), ("index", "ix_link_from_id"), ("index", "ix_link_to_id")):
        assert migrated[key] == new[key], key
    from wijkdesk.model.merge import _reference_schema, _schema_of

    with contextlib.closing(sqlite3.connect(f"file:{v3_copy}?mode=ro", uri=True)) as con:
        assert _schema_of(con) == _reference_schema()  # so it passes a merge's exact check


def test_a_format_3_source_merges_into_a_format_4_file_with_links(v3_copy, tmp_path):
    from wijkdesk.model import timeline

    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(V3_FILE, target)
    step = "00000000-0000-4000-8000-000000000111"  # the stip
    with Project.open(target, device=DEVICE_B) as p:  # migrated to format 4
        link = timeline.add_link(p, step, "00000000-0000-4000-8000-000000000050")
    before = sha256(v3_copy)
    result = run_cli_bytes("--lang", "en", "merge", target, v3_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"Merged 1 file(s): 0 new")
    assert sha256(v3_copy) == before  # the source was migrated in a copy only
    assert _pragma(v3_copy, "user_version") == 3
    with Project.open(target, device=DEVICE_B) as p:
        assert [r.id for r in p.all("link")] == [link]
    # And the other way round: the older file takes in the newer file's link.
    result = run_cli_bytes("--lang", "en", "merge", v3_copy, target)
    assert result.returncode == 0, result.stderr
    with Project.open(v3_copy, device=DEVICE_B) as p:
        assert [r.id for r in p.all("link")] == [link]
        assert [r.id for _, r in timeline.links_of(p, step)] == [
            "00000000-0000-4000-8000-000000000050"]


# -- format 4 (issue 8: format 5 adds the Wijkkompas) ---------------------------------------------


def rid(n: int) -> str:
    """A record id of the fixtures (tests/fixtures/make_format_v1.py)."""
    return f"00000000-0000-4000-8000-{n:012d}"


@pytest.fixture
def v4_copy(tmp_path) -> Path:
    path = tmp_path / "v4.wijkdesk"
    shutil.copyfile(V4_FILE, path)
    return path


def test_the_v4_fixture_is_a_format_4_file_with_what_format_4_brought():
    assert _pragma(V4_FILE, "user_version") == 4
    assert _meta(V4_FILE)["format_version"] == "4"
    tables = _schema_sql(V4_FILE)
    assert ("table", "link") in tables
    assert ("table", "knooppunt") not in tables and ("table", "apk") not in tables
    records = json.loads(V4_DUMP.read_text(encoding="utf-8"))["records"]
    assert "knooppunt" not in records and "apk" not in records
    # Links from steps to every kind a link can point to; one removed (not in the dump),
    # one removed and made again.
    links = records["link"]
    assert len(links) == 6
    kinds_of = {r["id"]: k for k in ("cluster", "agreement", "action_item", "stakeholder",
                                     "timeline_item") for r in records[k]}
    assert {kinds_of[link["to_id"]] for link in links} == {
        "cluster", "agreement", "action_item", "stakeholder", "timeline_item"}
    assert {link["from_id"] for link in links} <= {r["id"] for r in records["timeline_item"]}
    assert len(records["bijeenkomst"]) == 2
    assert len(json.loads(V4_DUMP.read_text(encoding="utf-8"))["conflicts"]) == 2


def test_a_format_4_file_migrates_keeps_every_record_and_can_then_hold_the_kompas(v4_copy):
    from wijkdesk.model import kompas
    from wijkdesk.model.board import EditLog

    assert check_file(v4_copy).format_version == 4
    Project.open(v4_copy).close()  # opening it to work in migrates the file
    result = run_cli_bytes("dump", v4_copy)
    assert result.returncode == 0, result.stderr
    migrated = json.loads(result.stdout)
    assert migrated["records"]["knooppunt"] == [] and migrated["records"]["apk"] == []
    assert as_of_old(migrated, version=4) == V4_DUMP.read_bytes()  # every record, unchanged
    assert _pragma(v4_copy, "user_version") == store.FORMAT_VERSION
    assert _meta(v4_copy)["format_version"] == str(store.FORMAT_VERSION)
    assert v4_copy.with_name("v4.wijkdesk.v4.bak").read_bytes() == V4_FILE.read_bytes()
    report = check_file(v4_copy)
    assert (report.format_version, report.records["knooppunt"], report.records["apk"],
            report.records["link"], report.conflicts) == (store.FORMAT_VERSION, 0, 0, 6, 2)
    with Project.open(v4_copy, device=DEVICE_B) as p:
        # The fixture's project was set to phase 2 by hand: that still wins.
        assert kompas.current_phase(p) == (2, "override")
        first = kompas.knooppunten(p)[0]
        log = EditLog(p)
        kompas.set_status(log, first.id, "afgerond", date="2026-10-01", note="Gedaan")
        link = kompas.link(log, first.id, rid(20))  # the cluster "Groen"
        apk = kompas.save_apk(log, rid(120), None, {"trust": 4}, {"trust": "Groeit"})
        assert [k for k, _ in kompas.links_of(p, first.id)] == ["cluster"]
        assert [k.id for k in kompas.serving(p, rid(20))] == [first.id]
    after = json.loads(run_cli_bytes("dump", v4_copy).stdout)
    assert [r["id"] for r in after["records"]["knooppunt"]] == [first.id]
    assert after["records"]["knooppunt"][0]["status"] == "afgerond"
    assert link in {r["id"] for r in after["records"]["link"]}
    assert [(r["id"], r["date"], r["trust"]) for r in after["records"]["apk"]] == [
        (apk, "2026-11-12", 4)]
    assert check_file(v4_copy).records["knooppunt"] == 1


def test_migrated_kompas_tables_are_exactly_a_new_files(v4_copy, project):
    Project.open(v4_copy, device=DEVICE_B).close()
    migrated, new = _schema_sql(v4_copy), _schema_sql(project.path)
    assert set(migrated) == set(new)  # the same tables and indexes, no more, no less
    for key in (("table", "knooppunt"), ("table", "apk"), ("index", "ix_apk_bijeenkomst_id")):
        assert migrated[key] == new[key], key
    from wijkdesk.model.merge import _reference_schema, _schema_of

    with contextlib.closing(sqlite3.connect(f"file:{v4_copy}?mode=ro", uri=True)) as con:
        assert _schema_of(con) == _reference_schema()  # so it passes a merge's exact check


def test_a_format_4_and_a_format_5_file_merge_both_ways(v4_copy, tmp_path):
    from wijkdesk.model import kompas
    from wijkdesk.model.board import EditLog

    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(V4_FILE, target)
    with Project.open(target, device=DEVICE_B) as p:  # migrated to format 5
        log = EditLog(p)
        starter = kompas.knooppunten(p)[1]
        kompas.set_status(log, starter.id, "bezig", note="Loopt")
        link = kompas.link(log, starter.id, rid(112))  # a timeline step
        own = kompas.add_knooppunt(log, 3, "technisch", "Eigen knooppunt")
        apk = kompas.save_apk(log, rid(10), None, {"urgency": 3}, {})
        expected = kompas.knooppunten(p)
    before = sha256(v4_copy)
    result = run_cli_bytes("--lang", "en", "merge", target, v4_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"Merged 1 file(s): 0 new")
    assert sha256(v4_copy) == before  # the source was migrated in a copy only
    assert _pragma(v4_copy, "user_version") == 4
    # And the other way round: the older file takes in the newer file's Kompas.
    result = run_cli_bytes("--lang", "en", "merge", v4_copy, target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"Merged 1 file(s): 4 new")
    with Project.open(v4_copy, device=DEVICE_B) as p:
        assert kompas.knooppunten(p) == expected
        assert sorted(r.id for r in p.all("knooppunt")) == sorted([starter.id, own])
        assert [r.id for _, r in kompas.links_of(p, starter.id)] == [rid(112)]
        assert link in {r.id for r in p.all("link")}
        assert [r.id for r in kompas.apks(p)] == [apk]
    assert run_cli_bytes("dump", v4_copy).stdout == run_cli_bytes("dump", target).stdout


# -- format 5 (issue 16: format 6 adds the evening's programme and tables) -----------------------


@pytest.fixture
def v5_copy(tmp_path) -> Path:
    path = tmp_path / "v5.wijkdesk"
    shutil.copyfile(V5_FILE, path)
    return path


def test_the_v5_fixture_is_a_format_5_file_with_what_format_5_brought():
    assert _pragma(V5_FILE, "user_version") == 5
    assert _meta(V5_FILE)["format_version"] == "5"
    tables = _schema_sql(V5_FILE)
    assert ("table", "knooppunt") in tables and ("table", "apk") in tables
    assert ("table", "agenda_item") not in tables and ("table", "evening_table") not in tables
    records = json.loads(V5_DUMP.read_text(encoding="utf-8"))["records"]
    assert len(records["knooppunt"]) == 2 and len(records["apk"]) == 1
    assert "Nog geheim" in [r["text"] for r in records["insight"] if r["hidden"]]


def test_a_format_5_file_migrates_keeps_every_record_and_can_then_hold_a_programme(v5_copy):
    assert check_file(v5_copy).format_version == 5
    Project.open(v5_copy).close()  # opening it to work in migrates the file
    result = run_cli_bytes("dump", v5_copy)
    assert result.returncode == 0, result.stderr
    migrated = json.loads(result.stdout)
    assert migrated["records"]["agenda_item"] == [] and migrated["records"]["evening_table"] == []
    # Every round, agreement and action point holds the new fields' defaults; the rest is as
    # format 5 wrote it, byte for byte.
    assert as_of_old(migrated, version=5) == V5_DUMP.read_bytes()
    assert _pragma(v5_copy, "user_version") == store.FORMAT_VERSION == 6
    assert _meta(v5_copy)["format_version"] == "6"
    assert v5_copy.with_name("v5.wijkdesk.v5.bak").read_bytes() == V5_FILE.read_bytes()
    report = check_file(v5_copy)
    assert (report.format_version, report.records["agenda_item"], report.records["knooppunt"],
            report.records["apk"], report.conflicts) == (6, 0, 2, 1, 2)
    with Project.open(v5_copy, device=DEVICE_B) as p:
        item = p.add("agenda_item", bijeenkomst_id=rid(120), title="Opening", minutes=10,
                     who="Wethouder", position=0)
        p.update("round", rid(121), agenda_item_id=item, minutes=25, autostart=True)
        p.add("evening_table", bijeenkomst_id=rid(120), number=4, name="Tafel D",
              colour="#7b1fa2")
        agreement = p.all("agreement")[0]
        p.update("agreement", agreement.id, who="Gemeente", due="2027-01-15", status="bezig")
    after = json.loads(run_cli_bytes("dump", v5_copy).stdout)
    assert [(r["title"], r["minutes"], r["who"]) for r in after["records"]["agenda_item"]] == [
        ("Opening", 10, "Wethouder")]
    rnd = next(r for r in after["records"]["round"] if r["id"] == rid(121))
    assert (rnd["agenda_item_id"], rnd["minutes"], rnd["autostart"]) == (item, 25, True)
    assert [(r["number"], r["name"]) for r in after["records"]["evening_table"]] == [
        (4, "Tafel D")]
    assert check_file(v5_copy).records["agenda_item"] == 1


def test_migrated_programme_tables_are_exactly_a_new_files(v5_copy, project):
    Project.open(v5_copy, device=DEVICE_B).close()
    migrated, new = _schema_sql(v5_copy), _schema_sql(project.path)
    assert set(migrated) == set(new)  # the same tables and indexes, no more, no less
    for key in (("table", "agenda_item"), ("table", "evening_table"),
                ("index", "ix_agenda_item_bijeenkomst_id"),
                ("index", "ix_evening_table_bijeenkomst_id")):
        assert migrated[key] == new[key], key
    from wijkdesk.model.merge import _reference_schema, _schema_of

    with contextlib.closing(sqlite3.connect(f"file:{v5_copy}?mode=ro", uri=True)) as con:
        assert _schema_of(con) == _reference_schema()  # so it passes a merge's exact check


def test_a_format_5_and_a_format_6_file_merge_both_ways(v5_copy, tmp_path):
    target = tmp_path / "doel.wijkdesk"
    shutil.copyfile(V5_FILE, target)
    with Project.open(target, device=DEVICE_B) as p:  # migrated to format 6
        item = p.add("agenda_item", bijeenkomst_id=rid(120), title="Rondes", minutes=45)
        p.update("round", rid(121), agenda_item_id=item, minutes=20)
        p.add("evening_table", bijeenkomst_id=rid(120), number=4, name="Tafel D")
    before = sha256(v5_copy)
    result = run_cli_bytes("--lang", "en", "merge", target, v5_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"Merged 1 file(s): 0 new")
    assert sha256(v5_copy) == before  # the source was migrated in a copy only
    assert _pragma(v5_copy, "user_version") == 5
    result = run_cli_bytes("--lang", "en", "merge", v5_copy, target)
    assert result.returncode == 0, result.stderr
    with Project.open(v5_copy, device=DEVICE_B) as p:
        assert [r.title for r in p.all("agenda_item")] == ["Rondes"]
        assert p.get("round", rid(121)).agenda_item_id == item
        assert [r.name for r in p.all("evening_table")] == ["Tafel D"]
    assert run_cli_bytes("dump", v5_copy).stdout == run_cli_bytes("dump", target).stdout

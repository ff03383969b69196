"""The project file and the facade (issue 2, points 3 and 4).

What a user relies on: what they typed is in the file the moment the edit returns, the file is
complete on its own, deleted text is really gone, and a refused edit changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from wijkdesk.model import Change, Project, ValidationError, hlc, kinds, store
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text


def _query(path: Path, sql: str, *args: object) -> list[tuple]:
    """Read the file through a second, independent connection."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute(sql, args).fetchall()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _round(project: Project) -> str:
    return str(project.all("round")[0].id)


# -- create, open, format ------------------------------------------------------------------


def test_create_then_open_gives_back_everything(project_path):
    with Project.create(project_path, "Klaverveld", device=DEVICE_A, wijk="Klaverveld-Noord",
                        municipality="Wisselmonde", current_phase=2) as p:
        project_id = p.id
        evening = p.add("bijeenkomst", title="Avond 1", date="2026-09-17", place="Buurthuis")
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat gaat goed?")
        cluster = p.add("cluster", round_id=rnd, name="Groen", x=10.5, y=-3.0)
        insight = p.add("insight", round_id=rnd, text="Meer bomen — graag!", table=2,
                        cluster_id=cluster, phase=3, track="sociaal")
        sh = p.add("stakeholder", name="Woonstichting", phases=[3, 1, 3])
    with Project.open(project_path, device=DEVICE_B) as p:
        assert p.id == project_id
        info = p.info()
        assert (info.name, info.wijk, info.municipality, info.current_phase) == (
            "Klaverveld", "Klaverveld-Noord", "Wisselmonde", 2)
        rec = p.get("insight", insight)
        assert rec is not None
        assert (rec.text, rec.table, rec.cluster_id, rec.phase, rec.track, rec.deleted) == (
            "Meer bomen — graag!", 2, cluster, 3, "sociaal", False)
        assert p.get("cluster", cluster).x == 10.5
        assert p.get("bijeenkomst", evening).date == "2026-09-17"
        assert p.get("stakeholder", sh).phases == [1, 3]
        assert p.get("round", rnd).hidden is False


def test_create_adds_the_suffix_and_refuses_an_existing_file(tmp_path):
    with Project.create(tmp_path / "wijk", device=DEVICE_A) as p:
        assert p.path == tmp_path / "wijk.wijkdesk"
    before = _sha(tmp_path / "wijk.wijkdesk")
    with pytest.raises(Exception, match="already exists"):
        Project.create(tmp_path / "wijk.wijkdesk", device=DEVICE_A)
    assert _sha(tmp_path / "wijk.wijkdesk") == before


def test_fields_named_like_parameters_work(project):
    """A timeline item has a field called ``kind``, like the facade's first parameter."""
    item = project.add("timeline_item", kind="mijlpaal", track="denk", title="Start")
    project.update("timeline_item", item, kind="besluit")
    assert project.get("timeline_item", item).kind == "besluit"
    assert [r.id for r in project.all("timeline_item", kind="besluit")] == [item]
    assert project.count("timeline_item", kind="mijlpaal") == 0
    again = project.add_with_id("timeline_item", str(uuid.uuid4()), kind="stip")
    assert project.get("timeline_item", again).kind == "stip"


def test_format_version_and_application_id_are_in_the_file(project):
    path = project.path
    assert _query(path, "PRAGMA user_version") == [(store.FORMAT_VERSION,)]
    assert store.FORMAT_VERSION == 6
    assert _query(path, "PRAGMA application_id") == [(0x574A4B44,)]
    meta = dict(_query(path, "SELECT key, value FROM meta"))
    assert meta["format_version"] == str(store.FORMAT_VERSION)
    assert meta["project_id"] == project.id
    assert meta["app"] == "wijkdesk"
    assert meta["created_by_device"] == DEVICE_A
    # The header bytes say the same (a reader that does not speak SQL can check them).
    head = path.read_bytes()[:100]
    assert head[60:64] == store.FORMAT_VERSION.to_bytes(4, "big")
    assert head[68:72] == b"WJKD"


def test_every_edit_is_committed_before_it_returns(project):
    path = project.path
    rnd = _round(project)
    insight = project.add("insight", round_id=rnd, text="Het plein is te donker")
    assert _query(path, "SELECT text, deleted FROM insight WHERE id = ?", insight) == [
        ("Het plein is te donker", 0)]
    project.update("insight", insight, text="Het plein is 's avonds te donker", table=3)
    assert _query(path, "SELECT text, \"table\" FROM insight WHERE id = ?", insight) == [
        ("Het plein is 's avonds te donker", 3)]
    project.delete("insight", insight)
    assert _query(path, "SELECT deleted FROM insight WHERE id = ?", insight) == [(1,)]
    leftovers = sorted(p.name for p in path.parent.iterdir() if p.name != path.name)
    # no -journal, -wal, -shm or temp file next to it; only the lock that says it is open
    assert leftovers == [path.name + ".lock"]
    project.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_copy_of_the_open_file_is_complete(project, tmp_path):
    rnd = _round(project)
    ids = [project.add("insight", round_id=rnd, text=f"Inzicht {i}") for i in range(25)]
    project.update("insight", ids[0], text="Eerste, aangepast")
    project.delete("insight", ids[1])
    expected = dump_text(project)
    copy = tmp_path / "kopie" / "wijk.wijkdesk"
    copy.parent.mkdir()
    shutil.copyfile(project.path, copy)  # plain file copy while the project is still open
    with Project.open(copy, device=DEVICE_B) as p:
        assert dump_text(p) == expected
        assert p.get("insight", ids[0]).text == "Eerste, aangepast"
        assert p.get("insight", ids[1]).deleted is True
        assert {r.id for r in p.all("insight")} == set(ids) - {ids[1]}
    assert _query(copy, "PRAGMA integrity_check") == [("ok",)]


def test_every_record_has_a_uuid_and_every_op_a_clock_stamp_and_device(project):
    rnd = _round(project)
    ins = project.add("insight", round_id=rnd, text="Speeltuin opknappen")
    project.update("insight", ins, table=2)
    project.add("stakeholder", name="Buurtvereniging")
    project.delete("insight", ins)
    seen = 0
    for k in kinds.KINDS.values():
        for (record_id,) in _query(project.path, f'SELECT id FROM "{k.table}"'):
            assert str(uuid.UUID(record_id)) == record_id
            seen += 1
    assert seen == 5  # project, bijeenkomst, round, insight, stakeholder
    ops = _query(project.path, "SELECT op_id, entity_id, hlc, device FROM op")
    assert len(ops) > 10
    for op_id, entity_id, stamp, device in ops:
        uuid.UUID(op_id)
        uuid.UUID(entity_id)
        hlc.parse(stamp)
        assert device == DEVICE_A
    history = project.history(ins)
    assert [h.field for h in history][-2:] == ["table", "_deleted"]
    assert [h.hlc for h in history] == sorted(h.hlc for h in history)


# -- delete, restore, erase ----------------------------------------------------------------


def test_delete_leaves_a_tombstone_that_restore_brings_back(project):
    rnd = _round(project)
    keep = project.add("insight", round_id=rnd, text="Blijft")
    gone = project.add("insight", round_id=rnd, text="Weg ermee")
    project.delete("insight", gone)
    assert [r.id for r in project.all("insight")] == [keep]
    assert project.count("insight") == 1
    rec = project.get("insight", gone)
    assert rec.deleted is True and rec.text == "Weg ermee"
    assert _query(project.path, "SELECT deleted, text FROM insight WHERE id = ?", gone) == [
        (1, "Weg ermee")]
    project.restore("insight", gone)
    assert [r.id for r in project.all("insight")] == [keep, gone]
    assert project.get("insight", gone).deleted is False
    deleted_ops = [h.value for h in project.history(gone) if h.field == "_deleted"]
    assert deleted_ops == [True, False]


def test_erase_overwrites_the_text_in_the_file(project):
    rnd = _round(project)
    marker = "ZQX-geheim-" + uuid.uuid4().hex
    project.add("insight", round_id=rnd, text="Iets anders dat blijft")
    secret = project.add("insight", round_id=rnd, text=f"Mevrouw {marker} woont op nummer 12")
    project.update("insight", secret, text=f"Mevrouw {marker} woont op nummer 14")
    # The marker is in the file now (in the record and twice in the log)...
    assert project.path.read_bytes().count(marker.encode()) >= 3
    changes: list[list[Change]] = []
    project.subscribe(changes.append)
    project.erase("insight", secret)
    # ...and after erasing it is nowhere in the file's bytes: not in free pages, not in the log.
    assert marker.encode() not in project.path.read_bytes()
    assert changes == [[Change("insight", secret, "erase", ("text", "colour", "theme"))]]
    rec = project.get("insight", secret)
    assert rec.deleted is True and rec.text == ""
    assert [r.text for r in project.all("insight")] == ["Iets anders dat blijft"]
    project.close()
    assert marker.encode() not in project.path.read_bytes()
    assert not list(project.path.parent.glob("*-journal"))


# -- validation ----------------------------------------------------------------------------


def _state(project: Project) -> tuple[str, list[tuple], str]:
    return (dump_text(project), _query(project.path, "SELECT count(*), max(hlc) FROM op"),
            _sha(project.path))


REFUSED = {
    "unknown field": lambda p, r: p.add("insight", round_id=r, text="x", kleur="rood"),
    "unknown kind": lambda p, r: p.add("sticker", text="x"),
    "text too long": lambda p, r: p.add("insight", round_id=r, text="a" * 2001),
    "wrong type": lambda p, r: p.add("insight", round_id=r, text="x", table="twee"),
    "bad date": lambda p, r: p.add("bijeenkomst", title="Avond", date="17-09-2026"),
    "impossible date": lambda p, r: p.add("bijeenkomst", title="Avond", date="2026-02-30"),
    "bad choice": lambda p, r: p.add("timeline_item", track="vandaag"),
    "bad format": lambda p, r: p.add("bijeenkomst", format="borrel"),
    "out of range": lambda p, r: p.add("stakeholder", name="x", influence=9),
    "missing reference": lambda p, r: p.add("insight", round_id=str(uuid.uuid4()), text="x"),
    "missing required ref": lambda p, r: p.add("insight", text="x"),
    "name without consent": lambda p, r: p.add(
        "attendance", bijeenkomst_id=p.all("bijeenkomst")[0].id, name="Jan Jansen", count=1),
    "update unknown field": lambda p, r: p.update("round", r, kleur="rood"),
    "update too long": lambda p, r: p.update("round", r, prompt="b" * 2001),
    "update bad ref": lambda p, r: p.update(
        "insight", p.all("insight")[0].id, cluster_id=str(uuid.uuid4())),
    "update missing record": lambda p, r: p.update("insight", str(uuid.uuid4()), text="x"),
    "delete missing record": lambda p, r: p.delete("insight", str(uuid.uuid4())),
    "id that is not a uuid": lambda p, r: p.add_with_id("insight", "abc", round_id=r),
    "id that exists": lambda p, r: p.add_with_id(
        "round", r, bijeenkomst_id=p.all("bijeenkomst")[0].id),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_refused_edit_raises_and_changes_nothing(project, case):
    rnd = _round(project)
    if case == "update bad ref":
        project.add("insight", round_id=rnd, text="ok")
    before = _state(project)
    heard: list[list[Change]] = []
    project.subscribe(heard.append)
    with pytest.raises(ValidationError):
        REFUSED[case](project, rnd)
    assert _state(project) == before
    assert heard == []


def test_an_id_in_use_by_another_kind_is_refused(project):
    """Ids are unique across kinds: the log keys every change by the record's id alone."""
    rnd = _round(project)
    before = _state(project)
    with pytest.raises(ValidationError):
        project.add_with_id("insight", rnd, round_id=rnd, text="zelfde id als de ronde")
    assert _state(project) == before
    project.close()
    check_file(project.path)


def test_name_with_consent_is_accepted(project):
    evening = project.all("bijeenkomst")[0].id
    a = project.add("attendance", bijeenkomst_id=evening, name="Jan Jansen", consent=True,
                    count=1)
    assert project.get("attendance", a).name == "Jan Jansen"
    with pytest.raises(ValidationError, match="consent"):
        project.update("attendance", a, consent=False)
    assert project.get("attendance", a).consent is True


def test_validation_error_names_the_problem():
    with pytest.raises(ValidationError) as info:
        kinds.kind("insight").validate({"text": "x" * 2001})
    assert info.value.code == "text_too_long"
    assert "2000" in str(info.value)


# -- listeners and batches -----------------------------------------------------------------


def test_listeners_hear_each_committed_change(project):
    heard: list[list[Change]] = []
    rnd = _round(project)

    def listener(changes: list[Change]) -> None:
        # Called after the commit: the change is already in the file.
        for c in changes:
            if c.action == "add":
                assert _query(project.path, "SELECT count(*) FROM insight WHERE id = ?",
                              c.id) == [(1,)]
        heard.append(changes)

    project.subscribe(listener)
    ins = project.add("insight", round_id=rnd, text="Hallo")
    project.update("insight", ins, text="Hallo wijk", table=2)
    project.update("insight", ins, text="Hallo wijk")  # no change: no Change to hear
    project.delete("insight", ins)
    project.restore("insight", ins)
    heard[:] = [changes for changes in heard if changes]
    [[added]] = heard[:1]
    assert (added.kind, added.id, added.action) == ("insight", ins, "add")
    assert set(added.fields) == set(kinds.KINDS["insight"].by_name)
    assert heard[1:] == [
        [Change("insight", ins, "update", ("table", "text"))],
        [Change("insight", ins, "delete")],
        [Change("insight", ins, "restore")],
    ]
    project.unsubscribe(listener)
    project.add("insight", round_id=rnd, text="Niet gehoord")
    assert len(heard) == 4


def test_a_batch_is_one_commit_and_one_notification(project):
    heard: list[list[Change]] = []
    project.subscribe(heard.append)
    rnd = _round(project)
    with project.batch():
        a = project.add("insight", round_id=rnd, text="een")
        b = project.add("insight", round_id=rnd, text="twee")
        project.update("insight", a, table=3)
        # Not yet visible to another connection: nothing is committed inside the batch.
        assert _query(project.path, "SELECT count(*) FROM insight") == [(0,)]
        assert heard == []
    assert [[(c.id, c.action) for c in changes] for changes in heard] == [
        [(a, "add"), (b, "add"), (a, "update")]]
    assert _query(project.path, "SELECT count(*) FROM insight") == [(2,)]


def test_a_failing_batch_changes_nothing(project):
    rnd = _round(project)
    project.add("insight", round_id=rnd, text="al aanwezig")
    before = _state(project)
    heard: list[list[Change]] = []
    project.subscribe(heard.append)
    with pytest.raises(RuntimeError, match="halverwege"), project.batch():
        project.add("insight", round_id=rnd, text="een")
        with project.batch():  # nested: joins the outer transaction
            project.add("cluster", round_id=rnd, name="Groen")
        project.update("round", rnd, prompt="Anders")
        raise RuntimeError("halverwege")
    assert _state(project) == before
    assert heard == []
    with pytest.raises(ValidationError), project.batch():
        project.add("insight", round_id=rnd, text="een")
        project.add("insight", round_id=rnd, text="x" * 3000)
    assert _state(project) == before
    assert heard == []
    # The project is still usable afterwards.
    project.add("insight", round_id=rnd, text="daarna")
    assert [r.text for r in project.all("insight")] == ["al aanwezig", "daarna"]
    assert len(heard) == 1


# -- clock ---------------------------------------------------------------------------------


def test_clock_stamps_increase_when_the_wall_clock_goes_back():
    readings = iter([5_000, 5_000, 4_000, 1_000, 5_000, 5_001, 5_001, 3, 9_000])
    clock = hlc.Clock(now_ms=lambda: next(readings))
    stamps = [clock.tick() for _ in range(9)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert [hlc.parse(s) for s in stamps] == [
        (5000, 0), (5000, 1), (5000, 2), (5000, 3), (5000, 4), (5001, 0), (5001, 1), (5001, 2),
        (9000, 0)]


def test_clock_moves_past_observed_stamps():
    clock = hlc.Clock(now_ms=lambda: 1_000)
    clock.observe(hlc.stamp(7_000, 4))
    assert hlc.parse(clock.tick()) == (7_000, 5)
    clock.observe(hlc.stamp(2_000, 0))  # older: ignored
    assert hlc.parse(clock.tick()) == (7_000, 6)
    with pytest.raises(ValueError):
        clock.observe("gisteren")


def test_a_reopened_project_stamps_after_the_stamps_in_its_file(project_path):
    with Project.create(project_path, device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
    # Put a stamp far in the future in the file, as a device with a fast clock would.
    future = hlc.stamp(9_999_999_999_999, 7)
    with contextlib.closing(sqlite3.connect(project_path)) as con:
        con.execute("UPDATE op SET hlc = ? WHERE entity_id = ?", (future, evening))
        con.commit()
    with Project.open(project_path, device=DEVICE_A) as p:
        p.update("bijeenkomst", evening, title="Avond 2")
        last = p.history(evening)[-1]
        assert last.field == "title"
        assert last.hlc > future

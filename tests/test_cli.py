"""The command line (issue 2, points 6 and 7): demo, dump, check and usage errors."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import assert_one_line_error, run_cli, run_cli_bytes, run_cli_many, sha256
from wijkdesk.model import Project
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text

# -- demo ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "klaverveld.wijkdesk"
    result = run_cli("--lang", "en", "demo", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(path) in result.stdout
    return path


def test_demo_file_passes_check(demo_file):
    result = run_cli("--lang", "en", "check", demo_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")
    report = check_file(demo_file)
    assert report.conflicts == 0
    assert sum(report.records.values()) > 150


def test_demo_has_the_content_of_a_real_trajectory(demo_file):
    with Project.open(demo_file, device=DEVICE_A) as p:
        evenings = p.all("bijeenkomst")
        assert len(evenings) == 2
        assert all(e.title and e.date and e.place for e in evenings)
        evening_ids = {e.id for e in evenings}

        rounds = p.all("round")
        assert len(rounds) >= 3
        assert {r.bijeenkomst_id for r in rounds} == evening_ids
        assert all(r.prompt for r in rounds)

        insights = p.all("insight")
        assert len(insights) >= 60
        round_ids = {r.id for r in rounds}
        per_round = Counter(i.round_id for i in insights)
        assert set(per_round) <= round_ids
        assert len(per_round) >= 3
        assert {1, 2, 3} <= {i.table for i in insights}
        assert all(i.text.strip() for i in insights)
        assert len({i.text for i in insights}) == len(insights)  # no copy-paste filler

        clusters = {c.id: c for c in p.all("cluster")}
        assert clusters
        assert sum(1 for i in insights if i.cluster_id in clusters) >= 30
        votes = p.all("vote")
        assert votes and all(v.count > 0 for v in votes)
        targets = set(clusters) | {i.id for i in insights}
        assert all(v.target_id in targets for v in votes)

        stakeholders = {s.id: s for s in p.all("stakeholder")}
        assert len(stakeholders) >= 12
        assert len({s.type for s in stakeholders.values()}) >= 4
        relations = p.all("relation")
        assert len(relations) >= 10
        assert all(r.source_id in stakeholders and r.target_id in stakeholders
                   for r in relations)

        timeline = p.all("timeline_item")
        assert {t.track for t in timeline} == {"denk", "doe"}
        assert len({t.phase for t in timeline if t.phase is not None}) >= 4
        for track in ("denk", "doe"):
            assert sum(1 for t in timeline if t.track == track) >= 3

        agreements = p.all("agreement")
        assert agreements and all(a.text for a in agreements)
        actions = p.all("action_item")
        assert actions and all(a.what and a.who for a in actions)
        attendance = p.all("attendance")
        assert attendance
        assert {a.bijeenkomst_id for a in attendance} == evening_ids
        assert sum(a.count for a in attendance) >= 20
        # Named people only with consent (the demo must not break the rule it shows).
        assert all(a.consent for a in attendance if a.name)


def test_demo_refuses_an_existing_path(demo_file, tmp_path):
    before = sha256(demo_file)
    other = tmp_path / "iets.wijkdesk"
    other.write_text("niet overschrijven", encoding="utf-8")
    first, second = run_cli_many([["--lang", "en", "demo", demo_file], ["demo", other]])
    assert "already exists" in assert_one_line_error(first)
    assert_one_line_error(second)
    assert sha256(demo_file) == before
    assert other.read_text(encoding="utf-8") == "niet overschrijven"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["iets.wijkdesk"]


# -- dump ----------------------------------------------------------------------------------


def _dump(path: Path) -> bytes:
    result = run_cli_bytes("dump", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    return result.stdout


def test_dump_is_canonical_sorted_json(demo_file):
    raw = _dump(demo_file)
    data = json.loads(raw.decode("utf-8"))
    assert raw.decode("utf-8") == json.dumps(
        data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    assert set(data) == {"conflicts", "dump_version", "project_id", "records"}
    with Project.open(demo_file, device=DEVICE_A) as p:
        assert data["project_id"] == p.id
        assert len(data["records"]["insight"]) == p.count("insight")
        assert raw == dump_text(p).encode("utf-8")
    for rows in data["records"].values():
        ids = [r["id"] for r in rows]
        assert ids == sorted(ids)
    # What the dump leaves out: when and by whom (stamps, devices) and tombstones.
    assert b"hlc" not in raw and DEVICE_A.encode() not in raw
    assert "é" in raw.decode("utf-8")  # real characters, not \\u escapes


def test_dump_of_a_saved_copy_is_byte_identical(demo_file, tmp_path):
    with Project.open(demo_file, device=DEVICE_B) as p:
        copy = p.save_copy(tmp_path / "kopie.wijkdesk")
    assert copy == tmp_path / "kopie.wijkdesk"
    first, second = run_cli_many([["dump", demo_file], ["dump", copy]])
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert len(first.stdout) > 10_000


def _ids(n: int) -> list[str]:
    return [str(uuid.UUID(int=i + 1, version=4)) for i in range(n)]


def test_same_content_in_a_different_order_gives_the_same_dump(tmp_path):
    base = tmp_path / "basis.wijkdesk"
    with Project.create(base, "Volgorde", device=DEVICE_A) as p:
        a_path = p.save_copy(tmp_path / "a.wijkdesk")
        b_path = p.save_copy(tmp_path / "b.wijkdesk")
    ev, rnd, cl, i1, i2, i3, s1, s2, rel, t1 = _ids(10)

    def parents(p: Project) -> None:
        p.add_with_id("bijeenkomst", ev, title="Avond", date="2026-10-01")
        p.add_with_id("round", rnd, bijeenkomst_id=ev, prompt="Wat wil je behouden?")

    with Project.open(a_path, device=DEVICE_A) as a:
        parents(a)
        a.add_with_id("cluster", cl, round_id=rnd, name="Groen")
        a.add_with_id("insight", i1, round_id=rnd, text="Bomen", table=1, cluster_id=cl)
        a.add_with_id("insight", i2, round_id=rnd, text="Bankjes", table=2)
        a.add_with_id("insight", i3, round_id=rnd, text="Tijdelijk", table=3)
        a.add_with_id("stakeholder", s1, name="Woonstichting", phases=[1, 2])
        a.add_with_id("stakeholder", s2, name="Bewonerscommissie")
        a.add_with_id("relation", rel, source_id=s1, target_id=s2)
        a.add_with_id("timeline_item", t1, kind="mijlpaal", track="denk", title="Start")
        a.update("insight", i2, x=12.5, y=3.25)
        a.update("insight", i2, cluster_id=cl)
        a.delete("insight", i3)
        a.update("project", a.id, wijk="Centrum")
    with Project.open(b_path, device=DEVICE_B) as b:
        b.update("project", b.id, wijk="Centrum")
        b.add_with_id("stakeholder", s2, name="Bewonerscommissie")
        b.add_with_id("stakeholder", s1, name="Woonstichting", phases=[2, 1])
        b.add_with_id("timeline_item", t1, title="Start", track="denk", kind="mijlpaal")
        parents(b)
        b.add_with_id("insight", i3, round_id=rnd, text="Tijdelijk", table=3)
        b.delete("insight", i3)
        b.add_with_id("insight", i2, round_id=rnd, text="Bankjes", table=2, y=3.25)
        b.add_with_id("cluster", cl, round_id=rnd, name="Groen")
        b.update("insight", i2, cluster_id=cl, x=12.5)
        b.add_with_id("relation", rel, target_id=s2, source_id=s1)
        b.add_with_id("insight", i1, round_id=rnd, cluster_id=cl, text="Bomen", table=1)
    dump_a, dump_b = run_cli_many([["dump", a_path], ["dump", b_path]])
    assert dump_a.returncode == dump_b.returncode == 0
    assert sha256(a_path) != sha256(b_path)  # different files, same content
    assert dump_a.stdout == dump_b.stdout
    data = json.loads(dump_a.stdout)
    assert [r["id"] for r in data["records"]["insight"]] == [i1, i2]
    # A real difference does show up.
    with Project.open(b_path, device=DEVICE_B) as b:
        b.update("insight", i1, text="Bomen!")
    assert run_cli("dump", b_path).stdout != dump_a.stdout


def test_dump_after_add_and_delete_equals_dump_before(project):
    project.close()
    before = _dump(project.path)
    with Project.open(project.path, device=DEVICE_A) as p:
        rnd = p.all("round")[0].id
        ins = p.add("insight", round_id=rnd, text="Even geprobeerd")
        cl = p.add("cluster", round_id=rnd, name="Proef")
        assert ins.encode() in dump_text(p).encode()
        p.delete("insight", ins)
        p.delete("cluster", cl)
    assert _dump(project.path) == before


# -- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["check"],
    ["dump"],
    ["demo"],
    ["import-insights"],
    ["import-insights", "x.wijkdesk"],
    ["check", "x.wijkdesk", "--bogus"],
    ["dump", "--format", "xml", "x.wijkdesk"],
    ["import-insights", "x.wijkdesk", "y.csv", "--sessie", "1"],
    ["check", "x.wijkdesk", "y.wijkdesk"],
    ["--lang", "fr", "check", "x.wijkdesk"],
], ids=lambda a: " ".join(a))
def test_usage_errors_exit_2_with_one_line(args, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert_one_line_error(result)
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing was created

"""Hidden collecting and promoting (issue 4, points 4 and 8), in the model."""

from __future__ import annotations

import pytest

from tests.conftest import DEVICE_B
from wijkdesk.model import Project, ValidationError
from wijkdesk.model.board import hide_again, promote, promoted_from, reveal, source_of
from wijkdesk.model.votes import set_tally


@pytest.fixture
def hidden_round(project):
    rnd = project.all("round")[0].id
    project.update("round", rnd, hidden=True)
    notes = {t: [project.add("insight", round_id=rnd, text=f"T{t} nr {n}", table=t, hidden=True)
                 for n in range(2)] for t in (1, 2, 3)}
    return project, rnd, notes


def test_reveal_per_table_then_all_and_undo(hidden_round):
    project, rnd, notes = hidden_round
    assert reveal(project, rnd, table=2) == notes[2]
    assert [n.table for n in project.all("insight", round_id=rnd, hidden=True)] == [1, 1, 3, 3]
    rest = reveal(project, rnd)
    assert sorted(rest) == sorted(notes[1] + notes[3])
    assert project.count("insight", round_id=rnd, hidden=True) == 0
    hide_again(project, rest)
    assert project.count("insight", round_id=rnd, hidden=True) == 4


def test_a_note_that_arrives_later_stays_face_down_until_revealed(hidden_round, tmp_path):
    project, rnd, _ = hidden_round
    table_copy = project.save_copy(tmp_path / "tafel3", table=3)
    with Project.open(table_copy, device=DEVICE_B) as laptop:
        late = laptop.add("insight", round_id=rnd, text="Laat binnen", table=3, hidden=True)
    reveal(project, rnd)  # the facilitator reveals what is there
    project.merge([table_copy])
    assert project.get("insight", late).hidden is True  # the late note is still face down
    assert project.conflicts() == []  # a reveal and a late note do not clash


def test_promoting_keeps_the_link_back(project):
    rnd = project.all("round")[0].id
    evening = project.all("bijeenkomst")[0].id
    green = project.add("cluster", round_id=rnd, name="Groen en spelen", phase=2)
    note = project.add("insight", round_id=rnd, text="Meer bomen", cluster_id=green)
    loose = project.add("insight", round_id=rnd, text="Een buurtbatterij")
    set_tally(project, rnd, green, 0, 11)
    set_tally(project, rnd, note, 0, 3)

    kind, agreement = promote(project, "cluster", green, "agreement")
    _, second = promote(project, "insight", loose, "agreement")
    _, action = promote(project, "insight", loose, "action_item")
    _, step = promote(project, "cluster", green, "timeline_item", track="denk")

    a = project.get("agreement", agreement)
    assert (kind, a.text, a.number, a.bijeenkomst_id, a.phase) == (
        "agreement", "Groen en spelen", 1, evening, 2)
    assert project.get("agreement", second).number == 2
    assert project.get("action_item", action).what == "Een buurtbatterij"
    t = project.get("timeline_item", step)
    assert (t.track, t.kind, t.title) == ("denk", "besluit", "Groen en spelen")
    src = source_of(project, a.source_id)
    assert (src.kind, src.text, src.votes) == ("cluster", "Groen en spelen", 14)  # 11 + 3
    assert [k for k, _ in promoted_from(project, green)] == ["agreement", "timeline_item"]
    assert [k for k, _ in promoted_from(project, loose)] == ["agreement", "action_item"]
    project.delete("cluster", green)
    assert source_of(project, a.source_id) is None  # the link of a deleted source: none


def test_promoting_something_that_is_not_there_is_refused(project):
    with pytest.raises(ValidationError):
        promote(project, "insight", "00000000-0000-4000-8000-000000000099", "agreement")
    with pytest.raises(ValidationError):
        promote(project, "round", project.all("round")[0].id, "agreement")
    assert project.count("agreement") == 0


def _round_with_notes(project, n=4):
    rnd = project.all("round")[0].id
    return rnd, [project.add("insight", round_id=rnd, text=f"Kaart {i}") for i in range(n)]


def test_make_a_cluster_move_notes_and_undo_redo_as_one_step(project):
    from wijkdesk.model.board import EditLog, make_cluster, move_to_cluster
    from wijkdesk.model.dump import dump_text

    rnd, notes = _round_with_notes(project)
    before = dump_text(project)
    log = EditLog(project)
    cluster = make_cluster(log, notes[:2], "  Groen  ")
    assert project.get("cluster", cluster).name == "Groen"
    assert [n.cluster_id for n in project.all("insight", round_id=rnd)] == [
        cluster, cluster, None, None]
    log.undo()
    assert dump_text(project) == before
    log.redo()
    assert project.get("cluster", cluster).deleted is False  # the same cluster comes back
    assert project.count("insight", cluster_id=cluster) == 2
    second = EditLog(project)
    move_to_cluster(second, [notes[2]], cluster)
    move_to_cluster(second, [notes[0]], None)
    assert sorted(n.text for n in project.all("insight", cluster_id=cluster)) == [
        "Kaart 1", "Kaart 2"]


def test_a_new_cluster_goes_where_it_is_made(project):
    from wijkdesk.model.board import EditLog, make_cluster

    rnd = project.all("round")[0].id
    notes = [project.add("insight", round_id=rnd, text=f"Kaart {i}", x=480.0 + i, y=300.0)
             for i in range(3)]
    dropped = make_cluster(EditLog(project), notes[:1], "Hier", x=1000.0, y=-50.0)
    assert (project.get("cluster", dropped).x, project.get("cluster", dropped).y) == (
        1000.0, -50.0)  # where the card was dropped
    at_note = make_cluster(EditLog(project), notes[1:2], "Bij de kaart")
    assert (project.get("cluster", at_note).x, project.get("cluster", at_note).y) == (
        481.0, 300.0)  # where its first (loose) note lay
    beside = make_cluster(EditLog(project), notes[1:], "Ernaast")  # first note is clustered
    assert project.get("cluster", beside).x == 1000.0 + 320.0  # right of the others
    assert project.get("cluster", beside).y == -50.0


def test_dissolve_a_cluster_and_undo(project):
    from wijkdesk.model.board import EditLog, dissolve_cluster, make_cluster

    rnd, notes = _round_with_notes(project)
    cluster = make_cluster(EditLog(project), notes, "Alles")
    log = EditLog(project)
    dissolve_cluster(log, cluster)
    assert project.get("cluster", cluster).deleted
    assert project.count("insight", cluster_id=cluster) == 0 and project.count("insight") == 4
    log.undo()
    assert project.count("insight", cluster_id=cluster) == 4


def test_merging_duplicates_keeps_every_text_and_counts_once(project):
    from wijkdesk.model.board import EditLog, merge_duplicates
    from wijkdesk.model.votes import ranking

    rnd = project.all("round")[0].id
    keep = project.add("insight", round_id=rnd, text="Meer bomen")
    same = project.add("insight", round_id=rnd, text="Meer bomen")
    other = project.add("insight", round_id=rnd, text="Bomen in de straat")
    set_tally(project, rnd, same, 0, 3)
    set_tally(project, rnd, keep, 0, 2)
    log = EditLog(project)
    merge_duplicates(log, keep, [same, other])
    assert project.get("insight", keep).text == "Meer bomen\nBomen in de straat"
    assert project.count("insight") == 1
    assert [(r.label, r.votes) for r in ranking(project, rnd)] == [
        ("Meer bomen\nBomen in de straat", 5)]
    log.undo()
    assert project.count("insight") == 3 and project.get("insight", keep).text == "Meer bomen"
    assert [r.votes for r in ranking(project, rnd)] == [3, 2, 0]


def test_merging_duplicates_never_cuts_text(project):
    from wijkdesk.model.board import EditLog, merge_duplicates
    from wijkdesk.model.dump import dump_text

    rnd = project.all("round")[0].id
    a = project.add("insight", round_id=rnd, text="a" * 1500)
    b = project.add("insight", round_id=rnd, text="b" * 1500)
    before = dump_text(project)
    with pytest.raises(ValidationError) as info:
        merge_duplicates(EditLog(project), a, [b])
    assert info.value.code == "text_too_long"
    assert dump_text(project) == before

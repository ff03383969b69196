"""Dot-vote tallies typed in from paper stickers, and the ranking (issue 4, point 6)."""

from __future__ import annotations

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from wijkdesk.model import Project, ValidationError
from wijkdesk.model.dump import dump_text
from wijkdesk.model.votes import (
    ranking,
    set_tally,
    tallied_per_table,
    tallies,
    tally_id,
    undo_tally,
    vote_targets,
    wants_notes,
)


@pytest.fixture
def round_(project):
    rnd = project.all("round")[0].id
    ids = {
        "groen": project.add("cluster", round_id=rnd, name="Groen"),
        "geld": project.add("cluster", round_id=rnd, name="Betaalbaarheid"),
        "spelen": project.add("cluster", round_id=rnd, name="Spelen"),
    }
    ids["bomen"] = project.add("insight", round_id=rnd, text="Meer bomen", cluster_id=ids["groen"])
    ids["los"] = project.add("insight", round_id=rnd, text="Een moestuin")
    ids["stil"] = project.add("insight", round_id=rnd, text="Minder verkeer")
    return project, rnd, ids


def test_a_tally_is_set_changed_and_undone(round_):
    project, rnd, ids = round_
    before = dump_text(project)
    undo = set_tally(project, rnd, ids["groen"], 0, 7)
    assert tallies(project, rnd) == {(ids["groen"], 0): 7}
    again = set_tally(project, rnd, ids["groen"], 0, 9)
    assert tallies(project, rnd) == {(ids["groen"], 0): 9}
    assert project.count("vote") == 1  # the same record, changed
    undo_tally(project, again)
    assert tallies(project, rnd)[(ids["groen"], 0)] == 7
    undo_tally(project, undo)
    assert dump_text(project) == before
    set_tally(project, rnd, ids["groen"], 0, 3)  # after an undo the record comes back
    assert tallies(project, rnd) == {(ids["groen"], 0): 3}


def test_per_table_tallies_add_up_and_older_votes_are_replaced(round_):
    project, rnd, ids = round_
    project.add("vote", round_id=rnd, target_id=ids["geld"], count=4)  # e.g. from a CSV
    set_tally(project, rnd, ids["geld"], 1, 5)
    set_tally(project, rnd, ids["geld"], 2, 6)
    assert tallies(project, rnd) == {(ids["geld"], 0): 4, (ids["geld"], 1): 5,
                                     (ids["geld"], 2): 6}
    undo = set_tally(project, rnd, ids["geld"], 0, 10)  # the room's tally replaces the old one
    assert tallies(project, rnd)[(ids["geld"], 0)] == 10
    undo_tally(project, undo)
    assert tallies(project, rnd)[(ids["geld"], 0)] == 4


@pytest.mark.parametrize("bad", [-1, 100_001, 2.5, True, "7"])
def test_a_tally_must_be_a_whole_number_in_range(round_, bad):
    project, rnd, ids = round_
    with pytest.raises(ValidationError):
        set_tally(project, rnd, ids["groen"], 0, bad)
    assert project.count("vote") == 0


def test_the_ranking_counts_clusters_with_their_notes_and_shares_ranks(round_):
    project, rnd, ids = round_
    set_tally(project, rnd, ids["groen"], 0, 6)
    set_tally(project, rnd, ids["bomen"], 0, 2)  # a note inside Groen counts for Groen
    set_tally(project, rnd, ids["geld"], 1, 5)
    set_tally(project, rnd, ids["geld"], 2, 3)
    set_tally(project, rnd, ids["los"], 0, 4)
    lines = [(r.label, r.votes, r.rank, r.shared) for r in ranking(project, rnd)]
    assert lines == [
        ("Groen", 8, 1, True), ("Betaalbaarheid", 8, 1, True),  # a tie shares first place
        ("Een moestuin", 4, 3, False),
        ("Spelen", 0, 4, True), ("Minder verkeer", 0, 4, True),
    ]


def test_two_laptops_typing_one_tally_make_a_conflict_not_a_sum(round_, tmp_path):
    project, rnd, ids = round_
    copy = project.save_copy(tmp_path / "tafel2")
    set_tally(project, rnd, ids["groen"], 0, 7)
    with Project.open(copy, device=DEVICE_B) as other:
        set_tally(other, rnd, ids["groen"], 0, 9)
    project.merge([copy])
    [conflict] = project.conflicts()
    assert (conflict.kind, conflict.id, conflict.field) == (
        "vote", tally_id(rnd, ids["groen"], 0), "count")
    assert sorted(v.value for v in conflict["values"]) == [7, 9]
    assert project.count("vote") == 1  # one tally, not 16 votes
    assert DEVICE_A != DEVICE_B


def test_the_votes_form_lists_clusters_and_loose_notes_on_request(round_):
    project, rnd, ids = round_
    form = vote_targets(project, rnd)
    assert [(t.kind, t.label) for t in form] == [
        ("cluster", "Groen"), ("cluster", "Betaalbaarheid"), ("cluster", "Spelen")]
    assert not wants_notes(project, rnd) and not tallied_per_table(project, rnd)
    with_notes = [t.label for t in vote_targets(project, rnd, with_notes=True)]
    assert with_notes == ["Groen", "Betaalbaarheid", "Spelen", "Een moestuin", "Minder verkeer"]

    set_tally(project, rnd, ids["bomen"], 0, 2)  # a note in a cluster: its cluster's line
    assert vote_targets(project, rnd)[0].inner == 2
    set_tally(project, rnd, ids["los"], 3, 4)  # a loose note with votes, at table 3
    assert wants_notes(project, rnd) and tallied_per_table(project, rnd)

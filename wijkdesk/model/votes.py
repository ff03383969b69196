"""Dot-vote tallies typed in from the paper stickers, and the ranking they make.

Residents vote with stickers on paper; the facilitator types in the tally per cluster (or per
note), for the whole room (table 0) or per table. A tally of one target at one table is one
``vote`` record with an id derived from the round, target and table (``tally_id``): two laptops
that type in the same tally change the same record, so a merge shows a difference as a conflict
to review instead of adding the two up. Older vote records (the demo, a CSV import) count too;
setting a tally sets its own record and zeroes any other record of the same target and table.

Ranking: a cluster counts its own votes and those of its notes; a note outside a cluster counts
its own. Equal totals share a rank ("gedeeld"), and the next rank skips (1, 2, 2, 4).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from .errors import ValidationError
from .project import Project

#: The namespace of tally ids (a fixed random UUID; never change it: ids in files depend on it).
TALLY_NAMESPACE = uuid.UUID("5f0c3c52-2b7e-4d7e-9a51-6f4e2f1b9a07")
MAX_COUNT = 100_000


def tally_id(round_id: str, target_id: str, table: int) -> str:
    """The id of the vote record holding one target's tally at one table (0: the whole room)."""
    return str(uuid.uuid5(TALLY_NAMESPACE, f"{round_id}/{target_id}/{table}"))


def tallies(project: Project, round_id: str) -> dict[tuple[str, int], int]:
    """Votes per (target, table) in a round."""
    out: dict[tuple[str, int], int] = {}
    for vote in project.all("vote", round_id=round_id):
        key = (vote.target_id, vote.table)
        out[key] = out.get(key, 0) + vote.count
    return out


#: What ``set_tally`` changed, for its undo: record id -> its count before (None: it was new,
#: or deleted).
Previous = dict[str, int | None]


def set_tally(project: Project, round_id: str, target_id: str, table: int,
              count: int) -> Previous:
    """Make the tally of a target at a table ``count``, in one transaction; returns the undo."""
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
        raise ValidationError("out_of_range", field="count", value=str(count))
    own = tally_id(round_id, target_id, table)
    previous: Previous = {}
    with project.batch():
        for vote in project.all("vote", round_id=round_id, target_id=target_id, table=table):
            if vote.id != own and vote.count:
                previous[vote.id] = vote.count
                project.update("vote", vote.id, count=0)
        rec = project.get("vote", own)
        if rec is None:
            previous[own] = None
            project.add_with_id("vote", own, round_id=round_id, target_id=target_id,
                                table=table, count=count)
        elif rec.deleted:
            previous[own] = None
            project.restore("vote", own)
            project.update("vote", own, count=count)
        elif rec.count != count:
            previous[own] = rec.count
            project.update("vote", own, count=count)
    return previous


def undo_tally(project: Project, previous: Previous) -> None:
    """Put back what ``set_tally`` changed."""
    with project.batch():
        for record_id, count in previous.items():
            if count is None:
                project.delete("vote", record_id)
            else:
                project.update("vote", record_id, count=count)


@dataclass(frozen=True)
class Target:
    """One line of the votes form: a cluster, or a note outside any cluster."""

    kind: str  # "cluster" or "insight"
    id: str
    label: str  # a cluster's name, a note's text
    hidden: bool = False  # a face-down note
    inner: int = 0  # a cluster's: votes typed on its notes earlier, counted in its total


def vote_targets(project: Project, round_id: str, with_notes: bool = False) -> list[Target]:
    """What the room votes on in a round, in the order of the form: its clusters, and with
    ``with_notes`` the notes that are in no cluster. A note inside a cluster never gets a line
    of its own (its cluster does); votes typed on such a note earlier (an older file, a CSV)
    are the cluster's ``inner`` votes, which its total in the ranking includes."""
    clusters = project.all("cluster", round_id=round_id)
    ids = {c.id for c in clusters}
    per_target: dict[str, int] = {}
    for (target, _table), n in tallies(project, round_id).items():
        per_target[target] = per_target.get(target, 0) + n
    inner: dict[str, int] = {}
    loose: list[Target] = []
    for note in project.all("insight", round_id=round_id):
        if note.cluster_id in ids:
            inner[note.cluster_id] = inner.get(note.cluster_id, 0) + per_target.get(note.id, 0)
        elif with_notes:
            loose.append(Target("insight", note.id, note.text, bool(note.hidden)))
    return [Target("cluster", c.id, c.name, inner=inner.get(c.id, 0)) for c in clusters] + loose


def wants_notes(project: Project, round_id: str) -> bool:
    """Whether the votes form should list the loose notes from the start: the round has no
    clusters to vote on, or a loose note already has votes."""
    if not project.count("cluster", round_id=round_id):
        return True
    ids = {c.id for c in project.all("cluster", round_id=round_id)}
    voted = {target for (target, _table), n in tallies(project, round_id).items() if n}
    return any(n.id in voted and n.cluster_id not in ids
               for n in project.all("insight", round_id=round_id))


def tallied_per_table(project: Project, round_id: str) -> bool:
    """Whether the round's votes were counted per table (a tally at a table other than 0)."""
    return any(table and n for (_target, table), n in tallies(project, round_id).items())


@dataclass(frozen=True)
class Ranked:
    """One line of the ranking."""

    kind: str  # "cluster" or "insight"
    id: str
    label: str
    votes: int
    rank: int
    shared: bool  # another line has the same rank


def ranking(project: Project, round_id: str) -> list[Ranked]:
    """Clusters and loose notes by their votes, most first; ties share a rank."""
    per_target: dict[str, int] = {}
    for (target, _table), n in tallies(project, round_id).items():
        per_target[target] = per_target.get(target, 0) + n
    clusters = project.all("cluster", round_id=round_id)
    cluster_ids = {c.id for c in clusters}
    totals: dict[str, int] = {c.id: per_target.get(c.id, 0) for c in clusters}
    lines: list[tuple[str, str, str, int]] = [("cluster", c.id, c.name, 0) for c in clusters]
    order = {c.id: i for i, c in enumerate(clusters)}
    for note in project.all("insight", round_id=round_id):
        votes = per_target.get(note.id, 0)
        if note.cluster_id in cluster_ids:
            totals[note.cluster_id] += votes
        else:
            totals[note.id] = votes
            order[note.id] = len(order)
            lines.append(("insight", note.id, note.text, 0))
    lines.sort(key=lambda line: (-totals[line[1]], order[line[1]]))
    out: list[Ranked] = []
    for i, (kind, target, label, _) in enumerate(lines):
        votes = totals[target]
        rank = out[-1].rank if out and out[-1].votes == votes else i + 1
        out.append(Ranked(kind, target, label, votes, rank, False))
    counts: dict[int, int] = {}
    for line in out:
        counts[line.rank] = counts.get(line.rank, 0) + 1
    return [Ranked(r.kind, r.id, r.label, r.votes, r.rank, counts[r.rank] > 1) for r in out]

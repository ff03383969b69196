"""What the facilitator does with the notes of a round besides typing them: hidden collecting
and its reveal, and promoting a cluster or note to an agreement, action point or timeline step.

**Hidden collecting** (per round, ``round.hidden``): notes written while it is on lie face down
(``insight.hidden``) until the facilitator reveals them, per table or all at once, so that early
voices do not anchor the room. A reveal is a change of each note's own field, so notes that
arrive later from a table laptop stay face down until revealed in turn.

**Promoting** keeps the link back (``source_id``): an agreement, action point or timeline step
knows the cluster or note it came from, and says so ("uit cluster Groen, 14 stemmen").
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .kinds import MAX_TEXT
from .project import Project, Record

PROMOTED_KINDS = ("agreement", "action_item", "timeline_item")


# -- hidden collecting ----------------------------------------------------------------------------


def hidden_notes(project: Project, round_id: str, table: int | None = None) -> list[Record]:
    """The face-down notes of a round (of one table, if given)."""
    where = {"round_id": round_id, "hidden": True}
    if table is not None:
        where["table"] = table
    return project.all("insight", **where)


def reveal(project: Project, round_id: str, table: int | None = None) -> list[str]:
    """Turn the round's face-down notes (of one table, or all) face up; returns their ids."""
    ids = [n.id for n in hidden_notes(project, round_id, table)]
    with project.batch():
        for note_id in ids:
            project.update("insight", note_id, hidden=False)
    return ids


def hide_again(project: Project, note_ids: list[str]) -> None:
    """Undo a reveal: the notes lie face down again."""
    with project.batch():
        for note_id in note_ids:
            project.update("insight", note_id, hidden=True)


# -- promoting -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """What a promoted record came from."""

    kind: str  # "cluster" or "insight"
    id: str
    text: str  # the cluster's name or the note's text
    votes: int
    round_id: str


def source_of(project: Project, source_id: str | None) -> Source | None:
    """The cluster or note a record was promoted from (None if none, or it is gone)."""
    if not source_id:
        return None
    from .votes import tallies

    for kind, field in (("cluster", "name"), ("insight", "text")):
        rec = project.get(kind, source_id)
        if rec is not None and not rec.deleted:
            counts = tallies(project, rec.round_id)
            votes = sum(n for (target, _table), n in counts.items() if target == rec.id)
            if kind == "cluster":
                members = {i.id for i in project.all("insight", cluster_id=rec.id)}
                votes += sum(n for (target, _t), n in counts.items() if target in members)
            return Source(kind, rec.id, rec[field], votes, rec.round_id)
    return None


def promoted_from(project: Project, source_id: str) -> list[tuple[str, Record]]:
    """(kind, record) of every agreement, action point and timeline step made from a source."""
    out: list[tuple[str, Record]] = []
    for kind in PROMOTED_KINDS:
        out += [(kind, r) for r in project.all(kind, source_id=source_id)]
    return out


def _next_number(project: Project, kind: str, bijeenkomst_id: str) -> int:
    numbers = [r.number for r in project.all(kind, bijeenkomst_id=bijeenkomst_id)]
    return max(numbers, default=0) + 1


def promote(project: Project, source_kind: str, source_id: str, to: str,
            track: str = "doe") -> tuple[str, str]:
    """Make an agreement, action point or timeline step from a cluster or note.

    ``to`` is "agreement", "action_item" or "timeline_item" (on the ``track``, "denk" or
    "doe"). Agreements and action points are numbered on in the evening of the source's round.
    Returns (kind, id) of the new record.
    """
    if source_kind not in ("cluster", "insight") or to not in PROMOTED_KINDS:
        raise ValidationError("bad_choice", field="promote", value=f"{source_kind}->{to}")
    src = project.get(source_kind, source_id)
    if src is None or src.deleted:
        raise ValidationError("no_such_record", kind=source_kind, id=source_id)
    text = src.name if source_kind == "cluster" else src.text
    rnd = project.get("round", src.round_id)
    evening = rnd.bijeenkomst_id if rnd is not None else None
    with project.batch():
        if to == "agreement":
            new_id = project.add("agreement", bijeenkomst_id=evening, text=text,
                                 number=_next_number(project, "agreement", evening),
                                 phase=src.phase, source_id=source_id)
        elif to == "action_item":
            new_id = project.add("action_item", bijeenkomst_id=evening, what=text,
                                 number=_next_number(project, "action_item", evening),
                                 source_id=source_id)
        else:
            kind = "besluit" if track == "denk" else "activiteit"
            new_id = project.add("timeline_item", track=track, kind=kind, title=text[:2000],
                                 phase=src.phase, source_id=source_id)
    return to, new_id


# -- converging: clusters, as an undoable set of edits ---------------------------------------------


class EditLog:
    """Records a group of edits so that it can be undone and redone as one step.

    Each entry is ("update", kind, id, old values, new values), ("add", kind, id) or
    ("delete", kind, id). ``undo`` puts the old values back, deletes what was added and
    restores what was deleted; ``redo`` does it all again. Ids stay the same both ways.
    """

    def __init__(self, project: Project) -> None:
        self.project = project
        self.entries: list[tuple] = []

    def update(self, kind: str, record_id: str, **fields) -> None:
        rec = self.project.get(kind, record_id)
        if rec is None:
            raise ValidationError("no_such_record", kind=kind, id=record_id)
        old = {name: rec[name] for name in fields}
        if old == fields:
            return
        self.project.update(kind, record_id, **fields)
        self.entries.append(("update", kind, record_id, old, dict(fields)))

    def add(self, kind: str, **fields) -> str:
        record_id = self.project.add(kind, **fields)
        self.entries.append(("add", kind, record_id))
        return record_id

    def delete(self, kind: str, record_id: str) -> None:
        self.project.delete(kind, record_id)
        self.entries.append(("delete", kind, record_id))

    def added(self, kind: str, record_id: str) -> str:
        """Log a record that another model function added (it checked it first), so that
        undo takes it away and redo brings it back."""
        self.entries.append(("add", kind, record_id))
        return record_id

    def deleted(self, kind: str, record_id: str) -> None:
        """Log a record that another model function deleted, so that undo brings it back
        and redo deletes it again."""
        self.entries.append(("delete", kind, record_id))

    def undo(self) -> None:
        """Take the whole group back, in one transaction."""
        with self.project.batch():
            for entry in reversed(self.entries):
                if entry[0] == "update":
                    self.project.update(entry[1], entry[2], **entry[3])
                elif entry[0] == "add":
                    self.project.delete(entry[1], entry[2])
                else:
                    self.project.restore(entry[1], entry[2])

    def redo(self) -> None:
        """Do the whole group again, in one transaction."""
        with self.project.batch():
            for entry in self.entries:
                if entry[0] == "update":
                    self.project.update(entry[1], entry[2], **entry[4])
                elif entry[0] == "add":
                    self.project.restore(entry[1], entry[2])
                else:
                    self.project.delete(entry[1], entry[2])


def _notes(project: Project, note_ids: list[str]) -> list[Record]:
    notes = []
    for note_id in note_ids:
        rec = project.get("insight", note_id)
        if rec is None or rec.deleted:
            raise ValidationError("no_such_record", kind="insight", id=note_id)
        notes.append(rec)
    return notes


def make_cluster(log: EditLog, note_ids: list[str], name: str, x: float | None = None,
                 y: float | None = None) -> str:
    """A new cluster of the given notes (all of one round), at (x, y) if given; returns its id.

    Without a place, it goes where the first of the notes is (a loose one), else to the right
    of the round's other clusters.
    """
    project = log.project
    notes = _notes(project, note_ids)
    rounds = {n.round_id for n in notes}
    if len(rounds) != 1:
        raise ValidationError("bad_choice", field="notes", value="notes of different rounds")
    round_id = rounds.pop()
    with project.batch():
        if x is None or y is None:
            first = notes[0]
            if first.cluster_id is None:
                x, y = first.x, first.y
            else:
                others = project.all("cluster", round_id=round_id)
                x = max((c.x for c in others), default=-320.0) + 320.0
                y = min((c.y for c in others), default=0.0)
        cluster = log.add("cluster", round_id=round_id, name=name.strip() or "Cluster",
                          x=float(x), y=float(y))
        for note in notes:
            log.update("insight", note.id, cluster_id=cluster)
    return cluster


def move_to_cluster(log: EditLog, note_ids: list[str], cluster_id: str | None) -> None:
    """Put notes into a cluster, or (None) take them out of theirs."""
    with log.project.batch():
        for note in _notes(log.project, note_ids):
            log.update("insight", note.id, cluster_id=cluster_id)


def dissolve_cluster(log: EditLog, cluster_id: str) -> None:
    """Take every note out of a cluster and delete the cluster."""
    project = log.project
    with project.batch():
        for note in project.all("insight", cluster_id=cluster_id):
            log.update("insight", note.id, cluster_id=None)
        log.delete("cluster", cluster_id)


def merge_duplicates(log: EditLog, keep_id: str, other_ids: list[str]) -> None:
    """Fold notes that say the same into one: every text is kept on it, it counts once.

    The kept note's text gets the others' texts on lines of their own (a text that is exactly
    the same is not repeated); their votes move to it; they are deleted.
    """
    project = log.project
    keep, *others = _notes(project, [keep_id, *other_ids])
    if any(o.id == keep.id for o in others):
        raise ValidationError("bad_choice", field="notes", value="a note merged with itself")
    lines = [keep.text]
    for other in others:
        if other.text.strip() and other.text not in lines:
            lines.append(other.text)
    text = "\n".join(lines)
    if len(text) > MAX_TEXT:  # refuse rather than cut a resident's words
        raise ValidationError("text_too_long", field="text", limit=MAX_TEXT)
    with project.batch():
        for other in others:
            for vote in project.all("vote", target_id=other.id):
                log.update("vote", vote.id, target_id=keep.id)
            log.delete("insight", other.id)
        log.update("insight", keep.id, text=text)


def set_tags(log: EditLog, kind: str, record_ids: list[str], **tags) -> None:
    """Give notes or clusters a phase, track and/or koppelkans theme (None/"" clears)."""
    if kind not in ("insight", "cluster") or not set(tags) <= {"phase", "track", "theme"}:
        raise ValidationError("bad_choice", field="tags", value=kind)
    with log.project.batch():
        for record_id in record_ids:
            log.update(kind, record_id, **tags)

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

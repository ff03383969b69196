"""Agreements (afspraken) and action points (actiepunten): the lists of an evening, the open
actions across evenings, and editing them as one undo step each.

Both kinds have a text (an agreement's ``text``, an action's ``what``), a number within their
evening, *wie* (``who_id``: a party from the network, and ``who``: the name shown), *wanneer*
(``due``), a status (``ACTION_STATUS``) and, when made from a cluster or note, ``source_id``
(the trace; ``board.promote`` makes them so). Setting *wie* to a party stores its id and its
name at that moment: the minutes read well and a party deleted later still has a name. The
name shown (``who_name``) is the party's current name while it exists, else the stored text.

An action whose status becomes "uitgesteld" counts one postponement more (like a timeline
step). Every edit goes through a ``board.EditLog``, so that the UI undoes it as one step.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from .board import EditLog
from .errors import ValidationError
from .kinds import ACTION_STATUS
from .project import Project, Record

#: the two kinds this module edits, and the field that holds each one's text
KINDS = ("agreement", "action_item")
TEXT_FIELD = {"agreement": "text", "action_item": "what"}
#: statuses that still ask for something to be done ("klaar" is done)
OPEN_STATUSES = tuple(s for s in ACTION_STATUS if s != "klaar")
#: what ``edit`` accepts; "text" is the kind's own text field
EDITABLE = ("text", "who", "who_id", "due", "status", "number", "postponed")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError("bad_choice", field="kind", value=kind)


def items(project: Project, kind: str, bijeenkomst_id: str | None) -> list[Record]:
    """The agreements or action points of an evening, by number (then as they were made)."""
    _check_kind(kind)
    return project.all(kind, bijeenkomst_id=bijeenkomst_id, order="number")


def text_of(kind: str, rec: Record) -> str:
    """An agreement's text or an action's *wat*."""
    return str(rec[TEXT_FIELD[kind]] or "")


def party_names(project: Project) -> dict[str, str]:
    """The name of every party of the network (not deleted), by id."""
    return {s.id: s.name for s in project.all("stakeholder")}


def who_name(project: Project, rec: Record, names: dict[str, str] | None = None) -> str:
    """The *wie* to show: the party's current name while ``who_id`` points to a live one,
    else the stored text (a party's name when it was chosen, or free text)."""
    if rec.get("who_id"):
        if names is None:
            party = project.get("stakeholder", rec.who_id)
            if party is not None and not party.deleted:
                return str(party.name)
        elif rec.who_id in names:
            return names[rec.who_id]
    return str(rec.get("who") or "").strip()


def find_party(project: Project, text: str) -> Record | None:
    """The party whose name is this text (case and spaces aside), if exactly one is."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    found = [s for s in project.all("stakeholder")
             if " ".join(s.name.split()).casefold() == wanted]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class OpenAction:
    """An action point that is not done, with the evening it was made at (None: none)."""

    action: Record
    evening: Record | None


def _evening_key(evening: Record | None) -> tuple[int, str, str]:
    if evening is None:
        return (1, "", "")
    return (0, evening.date or "9999-99-99", evening.title or "")


def open_actions(project: Project, *, before: str | None = None) -> list[OpenAction]:
    """The action points of every evening that are not "klaar", oldest evening first.

    With ``before`` (an evening's id), only those of the evenings before it (by date, as the
    minutes carry them over). Actions of a deleted evening or of none come last.
    """
    evenings = {e.id: e for e in project.all("bijeenkomst")}
    ordered = sorted(evenings.values(), key=_evening_key)
    if before is not None:
        index = next((i for i, e in enumerate(ordered) if e.id == before), len(ordered))
        allowed: set[str | None] = {e.id for e in ordered[:index]}
    else:
        allowed = {*evenings, None}
    out = [OpenAction(a, evenings.get(a.bijeenkomst_id)) for a in project.all("action_item")
           if a.status != "klaar" and (a.bijeenkomst_id if a.bijeenkomst_id in evenings
                                       else None) in allowed]
    out.sort(key=lambda o: (_evening_key(o.evening), o.evening.id if o.evening else "",
                            o.action.number))
    return out


def next_number(project: Project, kind: str, bijeenkomst_id: str | None) -> int:
    """The number after the highest of the evening's agreements or action points."""
    return max((r.number for r in items(project, kind, bijeenkomst_id)), default=0) + 1


def _who_fields(project: Project, changes: dict[str, Any]) -> dict[str, Any]:
    """``who_id``/``who`` as stored: a party's id and its name, or no id and free text."""
    out: dict[str, Any] = {}
    party_id = changes.get("who_id")
    if party_id:
        party = project.get("stakeholder", party_id)
        if party is None or party.deleted:
            raise ValidationError("unknown_stakeholder", id=party_id)
        out["who_id"], out["who"] = party.id, party.name
    elif "who" in changes:
        text = " ".join(str(changes["who"] or "").split())
        party = find_party(project, text)
        out["who_id"], out["who"] = (party.id, party.name) if party else (None, text)
    elif "who_id" in changes:  # None: no party any more; the name stays as free text
        out["who_id"] = None
    return out


def _normalise(project: Project, kind: str, changes: dict[str, Any],
               current: Record | None) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("unknown_field", field=sorted(unknown)[0], kind=kind)
    fields: dict[str, Any] = {}
    if "text" in changes:
        text = str(changes["text"] or "").strip()
        if not text:
            raise ValidationError("field_required", field=TEXT_FIELD[kind])
        fields[TEXT_FIELD[kind]] = text
    fields.update(_who_fields(project, changes))
    if "due" in changes:
        due = changes["due"]
        if isinstance(due, _dt.date):
            due = due.isoformat()
        fields["due"] = due or None
    for name in ("status", "number"):
        if name in changes:
            fields[name] = changes[name]
    if "postponed" in changes:
        if kind != "action_item":
            raise ValidationError("unknown_field", field="postponed", kind=kind)
        fields["postponed"] = changes["postponed"]
    if (kind == "action_item" and current is not None and fields.get("status") == "uitgesteld"
            and current.status != "uitgesteld" and "postponed" not in fields):
        fields["postponed"] = min(current.postponed + 1, 1000)
    return fields


def add(log: EditLog, kind: str, bijeenkomst_id: str | None, **changes: Any) -> str:
    """Add an agreement or action point to an evening, numbered on; returns its id.

    ``changes`` as for ``edit`` (``text`` is needed); ``source_id`` may name the cluster or
    note it comes from.
    """
    _check_kind(kind)
    project = log.project
    source_id = changes.pop("source_id", None)
    if "text" not in changes:
        raise ValidationError("field_required", field=TEXT_FIELD[kind])
    fields = _normalise(project, kind, changes, None)
    fields.setdefault("number", next_number(project, kind, bijeenkomst_id))
    if kind == "action_item" and fields.get("status") == "uitgesteld":
        fields.setdefault("postponed", 1)
    with project.batch():
        return log.add(kind, bijeenkomst_id=bijeenkomst_id, source_id=source_id, **fields)


def edit(log: EditLog, kind: str, record_id: str, **changes: Any) -> None:
    """Change an agreement or action point: ``text``, ``who`` (free text; a party's exact
    name links that party), ``who_id`` (a party: also stores its name; None unlinks),
    ``due`` (ISO date or None), ``status``, ``number``, ``postponed`` (actions)."""
    _check_kind(kind)
    project = log.project
    current = project.get(kind, record_id)
    if current is None or current.deleted:
        raise ValidationError("no_such_record", kind=kind, id=record_id)
    fields = _normalise(project, kind, changes, current)
    if fields:
        with project.batch():
            log.update(kind, record_id, **fields)


def delete(log: EditLog, kind: str, record_ids: list[str]) -> None:
    """Delete agreements or action points (their numbers stay; ``renumber`` closes gaps)."""
    _check_kind(kind)
    with log.project.batch():
        for record_id in record_ids:
            rec = log.project.get(kind, record_id)
            if rec is None or rec.deleted:
                raise ValidationError("no_such_record", kind=kind, id=record_id)
            log.delete(kind, record_id)


def renumber(log: EditLog, kind: str, bijeenkomst_id: str | None) -> None:
    """Number an evening's agreements or action points 1, 2, 3, … in their order."""
    with log.project.batch():
        for number, rec in enumerate(items(log.project, kind, bijeenkomst_id), start=1):
            log.update(kind, rec.id, number=number)


def move(log: EditLog, kind: str, record_id: str, delta: int) -> bool:
    """Move an agreement or action point one place up (-1) or down (+1) in its evening's list;
    the list is numbered 1, 2, 3, … afterwards. False when it is at the end already."""
    _check_kind(kind)
    project = log.project
    rec = project.get(kind, record_id)
    if rec is None or rec.deleted:
        raise ValidationError("no_such_record", kind=kind, id=record_id)
    ordered = items(project, kind, rec.bijeenkomst_id)
    index = next(i for i, r in enumerate(ordered) if r.id == record_id)
    target = index + delta
    if not 0 <= target < len(ordered):
        return False
    ordered.insert(target, ordered.pop(index))
    with project.batch():
        for number, r in enumerate(ordered, start=1):
            log.update(kind, r.id, number=number)
    return True

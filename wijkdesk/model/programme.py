"""An evening's programme: its agenda items (title, planned minutes, who) and under them its
rounds (a question, a werkvorm, a stage and a timer), run in order during the evening.

**Order.** Agenda items go by ``position``; the rounds of an item by their own ``position``;
rounds that belong to no agenda item ("loose" rounds: every round of a file made before the
programme existed) come after the items, by position. ``run_order`` is that order, the one
"Volgende ronde" walks; "Volgend agendapunt" walks the agenda items.

**Edits** go through a ``board.EditLog``, so that one action of the facilitator (a new round, a
template applied, an item moved up) is one undo step. Moving a round past the first or last of
its agenda item takes it into the item before or after.

**Evening templates** (``resources/templates/avonden/*.json``) hold a programme to start a new
evening from: a first evening, a choices evening, an information evening. They are checked
when read; a damaged file is left out and never stops the app. ``copy_programme`` starts an
evening from an earlier one's programme instead (the questions, werkvormen and timers, not what
was said).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .board import EditLog
from .errors import ValidationError
from .project import Project, Record

#: the most minutes an agenda item or a round's timer can have (as ``kinds`` allows)
MAX_MINUTES = 600
#: what a round copied from an earlier evening or a template keeps of the round
ROUND_SETUP = ("prompt", "format", "minutes", "autostart", "hidden")


# -- reading the programme ---------------------------------------------------------------------


class Part(NamedTuple):
    """One part of the programme: an agenda item (None for the loose rounds) and its rounds."""

    item: Record | None
    rounds: list[Record]


def agenda_items(project: Project, evening_id: str) -> list[Record]:
    """The evening's agenda items in order."""
    return project.all("agenda_item", bijeenkomst_id=evening_id, order="position")


def programme(project: Project, evening_id: str) -> list[Part]:
    """The evening's programme in order: each agenda item with its rounds, then (if there are
    any) the rounds that belong to no agenda item."""
    items = agenda_items(project, evening_id)
    known = {i.id for i in items}
    grouped: dict[str | None, list[Record]] = {i.id: [] for i in items}
    grouped[None] = []
    for r in project.all("round", bijeenkomst_id=evening_id, order="position"):
        grouped[r.agenda_item_id if r.agenda_item_id in known else None].append(r)
    parts = [Part(i, grouped[i.id]) for i in items]
    if grouped[None]:
        parts.append(Part(None, grouped[None]))
    return parts


def run_order(project: Project, evening_id: str) -> list[Record]:
    """The evening's rounds in the order the programme runs them."""
    return [r for part in programme(project, evening_id) for r in part.rounds]


def item_of(project: Project, round_id: str) -> str | None:
    """The id of the agenda item a round belongs to (None: a loose round, or no round)."""
    rnd = project.get("round", round_id)
    if rnd is None or not rnd.agenda_item_id:
        return None
    item = project.get("agenda_item", rnd.agenda_item_id)
    return item.id if item is not None and not item.deleted else None


def next_round(project: Project, evening_id: str, round_id: str | None) -> Record | None:
    """The round after this one in run order; the first round when none (or another
    evening's) is given; None after the last."""
    order = run_order(project, evening_id)
    ids = [r.id for r in order]
    if round_id not in ids:
        return order[0] if order else None
    at = ids.index(round_id) + 1
    return order[at] if at < len(order) else None


def next_item(project: Project, evening_id: str, item_id: str | None) -> Record | None:
    """The agenda item after this one; the first when none is given; None after the last."""
    items = agenda_items(project, evening_id)
    ids = [i.id for i in items]
    if item_id not in ids:
        return items[0] if items else None
    at = ids.index(item_id) + 1
    return items[at] if at < len(items) else None


def first_round(project: Project, evening_id: str, item_id: str) -> Record | None:
    """The first round of an agenda item (None when it has none)."""
    for part in programme(project, evening_id):
        if part.item is not None and part.item.id == item_id:
            return part.rounds[0] if part.rounds else None
    return None


# -- editing -----------------------------------------------------------------------------------


def _require(project: Project, kind: str, record_id: str) -> Record:
    rec = project.get(kind, record_id)
    if rec is None or rec.deleted:
        raise ValidationError("no_such_record", kind=kind, id=record_id)
    return rec


def _renumber(log: EditLog, kind: str, records: list[Record]) -> None:
    """Positions 0, 1, 2, … in the order given (only the ones that change are written)."""
    for position, rec in enumerate(records):
        log.update(kind, rec.id, position=position)


def _rounds_in(project: Project, evening_id: str, item_id: str | None) -> list[Record]:
    for part in programme(project, evening_id):
        if (part.item.id if part.item is not None else None) == item_id:
            return part.rounds
    return []


def add_agenda_item(log: EditLog, evening_id: str, title: str, *, minutes: int = 0,
                    who: str = "", note: str = "", after: str | None = None) -> str:
    """A new agenda item at the end of the programme, or right after the item ``after``;
    returns its id. The title may not be empty."""
    project = log.project
    _require(project, "bijeenkomst", evening_id)
    title = title.strip()
    if not title:
        raise ValidationError("field_required", field="title")
    items = agenda_items(project, evening_id)
    at = len(items)
    if after is not None:
        ids = [i.id for i in items]
        at = ids.index(after) + 1 if after in ids else len(items)
    with project.batch():
        _renumber(log, "agenda_item", items[:at])
        new_id = log.add("agenda_item", bijeenkomst_id=evening_id, title=title,
                         minutes=minutes, who=who.strip(), note=note, position=at)
        for position, rec in enumerate(items[at:], start=at + 1):
            log.update("agenda_item", rec.id, position=position)
    return new_id


def update_agenda_item(log: EditLog, item_id: str, **fields: Any) -> None:
    """Change an agenda item's title, minutes, who or note."""
    if not set(fields) <= {"title", "minutes", "who", "note"}:
        raise ValidationError("bad_choice", field="agenda_item", value=", ".join(fields))
    if "title" in fields:
        fields["title"] = str(fields["title"]).strip()
        if not fields["title"]:
            raise ValidationError("field_required", field="title")
    _require(log.project, "agenda_item", item_id)
    log.update("agenda_item", item_id, **fields)


def delete_agenda_item(log: EditLog, item_id: str) -> list[str]:
    """Delete an agenda item. Its rounds that collected nothing go with it; a round with notes
    stays, as a round of no agenda item (nothing said is lost). Returns the ids of the rounds
    kept."""
    project = log.project
    item = _require(project, "agenda_item", item_id)
    kept: list[str] = []
    with project.batch():
        loose = _rounds_in(project, item.bijeenkomst_id, None)
        for rnd in _rounds_in(project, item.bijeenkomst_id, item_id):
            if project.count("insight", round_id=rnd.id):
                log.update("round", rnd.id, agenda_item_id=None,
                           position=len(loose) + len(kept))
                kept.append(rnd.id)
            else:
                log.delete("round", rnd.id)
        log.delete("agenda_item", item_id)
        _renumber(log, "agenda_item", agenda_items(project, item.bijeenkomst_id))
    return kept


def add_round(log: EditLog, evening_id: str, prompt: str, *, agenda_item_id: str | None = None,
              after: str | None = None, **fields: Any) -> str:
    """A new round with its question, at the end of its agenda item (or of the loose rounds),
    or right after the round ``after``; returns its id. The question may not be empty.

    Other fields (``format``, ``stage``, ``minutes``, ``autostart``, ``hidden``) as given.
    """
    project = log.project
    _require(project, "bijeenkomst", evening_id)
    prompt = prompt.strip()
    if not prompt:
        raise ValidationError("field_required", field="prompt")
    if agenda_item_id is not None:
        item = _require(project, "agenda_item", agenda_item_id)
        if item.bijeenkomst_id != evening_id:
            raise ValidationError("bad_reference", field="agenda_item_id", kind="round")
    siblings = _rounds_in(project, evening_id, agenda_item_id)
    ids = [r.id for r in siblings]
    at = ids.index(after) + 1 if after in ids else len(siblings)
    with project.batch():
        _renumber(log, "round", siblings[:at])
        new_id = log.add("round", bijeenkomst_id=evening_id, prompt=prompt,
                         agenda_item_id=agenda_item_id, position=at, **fields)
        for position, rec in enumerate(siblings[at:], start=at + 1):
            log.update("round", rec.id, position=position)
    return new_id


def update_round(log: EditLog, round_id: str, **fields: Any) -> None:
    """Change a round's question, werkvorm, stage, timer, or agenda item (it then goes to the
    end of its new item's rounds)."""
    project = log.project
    rnd = _require(project, "round", round_id)
    if "prompt" in fields:
        fields["prompt"] = str(fields["prompt"]).strip()
        if not fields["prompt"]:
            raise ValidationError("field_required", field="prompt")
    with project.batch():
        moving = "agenda_item_id" in fields and fields["agenda_item_id"] != item_of(
            project, round_id)
        if moving:
            target = fields["agenda_item_id"]
            if target is not None and _require(
                    project, "agenda_item", target).bijeenkomst_id != rnd.bijeenkomst_id:
                raise ValidationError("bad_reference", field="agenda_item_id", kind="round")
            fields["position"] = len(_rounds_in(project, rnd.bijeenkomst_id, target))
            old = item_of(project, round_id)
        log.update("round", round_id, **fields)
        if moving:
            _renumber(log, "round", _rounds_in(project, rnd.bijeenkomst_id, old))


def delete_round(log: EditLog, round_id: str) -> None:
    """Delete a round (its notes go with it, and come back with an undo)."""
    project = log.project
    rnd = _require(project, "round", round_id)
    with project.batch():
        item = item_of(project, round_id)
        log.delete("round", round_id)
        _renumber(log, "round", _rounds_in(project, rnd.bijeenkomst_id, item))


def move(log: EditLog, kind: str, record_id: str, delta: int) -> bool:
    """Move an agenda item, or a round, one place up (-1) or down (+1); returns whether it
    moved. A round at the top or bottom of its agenda item goes to the end of the item before
    or to the start of the item after (the loose rounds count as the last part)."""
    project = log.project
    if kind not in ("agenda_item", "round") or delta not in (-1, 1):
        raise ValidationError("bad_choice", field="move", value=f"{kind} {delta}")
    rec = _require(project, kind, record_id)
    evening = rec.bijeenkomst_id
    with project.batch():
        if kind == "agenda_item":
            items = agenda_items(project, evening)
            at = [i.id for i in items].index(record_id)
            to = at + delta
            if not 0 <= to < len(items):
                return False
            items.insert(to, items.pop(at))
            _renumber(log, "agenda_item", items)
            return True
        parts = programme(project, evening)
        groups = [p.item.id if p.item is not None else None for p in parts]
        if None not in groups:
            groups.append(None)
            parts.append(Part(None, []))
        here = groups.index(item_of(project, record_id))
        rounds = list(parts[here].rounds)
        at = [r.id for r in rounds].index(record_id)
        to = at + delta
        if 0 <= to < len(rounds):
            rounds.insert(to, rounds.pop(at))
            _renumber(log, "round", rounds)
            return True
        there = here + delta
        if not 0 <= there < len(groups):
            return False
        rounds.pop(at)
        others = list(parts[there].rounds)
        moved = project.get("round", record_id)
        if delta < 0:
            others.append(moved)
        else:
            others.insert(0, moved)
        log.update("round", record_id, agenda_item_id=groups[there])
        _renumber(log, "round", rounds)
        _renumber(log, "round", others)
        return True


# -- starting an evening from a template or an earlier evening ---------------------------------

#: in ``evening_templates`` (loaded on first use: its classes cost start-up time)
_FROM_TEMPLATES = ("RoundTemplate", "ItemTemplate", "EveningTemplate", "template_from_dict",
                   "templates_folder", "evening_templates", "apply_template", "copy_programme",
                   "new_evening")


def __getattr__(name: str) -> Any:
    if name in _FROM_TEMPLATES:
        from . import evening_templates

        return getattr(evening_templates, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

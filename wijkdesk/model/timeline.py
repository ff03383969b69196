"""The timeline of both tracks (issue 6; docs/design-notes.md, "The timeline").

A timeline step (``timeline_item``) lies on the *denk-spoor* (the stip op de horizon and the
thinking and deciding toward it) or the *doe-spoor* (steps that can be taken now). This module
holds the rules the view and the command line share:

* **Checks before a change** (``check_item``, ``check_dependency``, ``add_link``): dates between
  ``MIN_DATE`` and ``MAX_DATE``, an end not before its start, a stip only on the denk-spoor; a
  dependency between two existing steps, not on itself, not twice, and never in a circle (the
  refusal names the steps of the circle). A refused change leaves the file as it was.
* **Postponing counts**: a step whose status becomes "uitgesteld" from another status has its
  ``postponed`` counter raised by one (``update_item``).
* **Links** (``link`` records, format 4) join a step to the clusters, agreements, action points,
  stakeholders and other steps it belongs with; ``links_of`` reads them from either end.
  ``kinds.LINK_SOURCES`` / ``LINK_TARGETS`` say which kinds each end may be.
* **Evenings**: every dated bijeenkomst is on the doe-spoor as a derived step
  (``evening_items``); it is not stored as a timeline item.
* **Clashes** (``clashes``), each with a message code and parameters; ``clash_text(clash,
  lang)`` says it in Dutch or English:

  - ``dependency``: a step starts before a step it depends on is done (its end, or its start
    when it has no end).
  - ``decision``: a doe-spoor step that prepares a denk-spoor decision (a dependency from the
    doe-step to a ``besluit`` on the denk-spoor) starts after the decision's date. This is the
    sharper form of the ``dependency`` clash, so the pair is reported once, as ``decision``.
  - ``phase``: a step tagged with a phase lies (partly) outside that phase's span, when the
    project gives the phase a span. A side the span leaves open is no limit; if a merge left
    two spans for one phase, their union counts.
  - ``overdue``: an open step (status not "klaar") whose end (or start, with no end) lies
    before today.

  Steps without dates, deleted steps and dependencies on deleted steps never clash. The list
  is sorted by clash kind (in the order above), then by the steps' dates, titles and ids.
* **The current phase** (``current_phase``): the phase the facilitator set on the project
  (``project.current_phase``) if any — the Wijkkompas is iterative, so the calendar does not
  overrule the facilitator — else the phase the knooppunten' statuses give
  (``kompas.derived_phase``, issue 8), and otherwise the phase whose span holds today
  (``phase_by_dates``); when spans overlap, the one that started last (then the higher
  number). None when none of these says.

Dependencies and links get ids derived from their two ends (like vote tallies in votes.py):
the same dependency or link made on two laptops is one record after a merge, not two, and
making one again after it was removed brings the removed record back.

Exports (ICS, CSV, a picture) live in ``timeline_export.py`` and are importable from here.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from . import kinds
from .errors import ValidationError
from .project import Project, Record

MIN_DATE = "1990-01-01"
MAX_DATE = "2100-12-31"
#: The namespaces of dependency and link ids (fixed random UUIDs; never change them: ids in
#: files depend on them).
DEPENDENCY_NAMESPACE = uuid.UUID("33abea70-5326-4a35-a667-746add518ec2")
LINK_NAMESPACE = uuid.UUID("6c9dc924-edcc-47fa-aace-15d7c5377052")
#: The kinds of clash, in the order ``clashes`` lists them.
CLASH_KINDS = ("dependency", "decision", "phase", "overdue")
#: The text of each clash's message code, in English and in Dutch (``clash_text``). Clashes
#: are computed for the view and the exports, not raised, so their two languages live here
#: rather than in the .ts files; tests/test_timeline_model.py checks that both have every
#: code with the same placeholders.
CLASH_TEMPLATES: dict[str, str] = {
    "dependency_too_early": (
        "'{after}' starts ({start}) before '{before}', which it depends on, is done ({finish})."
    ),
    "decision_too_late": (
        "'{step}' on the doe-spoor starts ({start}) after the decision it prepares, "
        "'{decision}' ({date})."
    ),
    "outside_phase": "'{title}' lies outside the dates of phase {phase} ({name}: {span}).",
    "overdue": "'{title}' should have been done by {date}, but its status is '{status}'.",
}
CLASH_TEMPLATES_NL: dict[str, str] = {
    "dependency_too_early": (
        "'{after}' begint ({start}) voordat '{before}', waarvan het afhangt, klaar is "
        "({finish})."
    ),
    "decision_too_late": (
        "'{step}' op het doe-spoor begint ({start}) na het besluit dat het voorbereidt, "
        "'{decision}' ({date})."
    ),
    "outside_phase": "'{title}' valt buiten de data van fase {phase} ({name}: {span}).",
    "overdue": "'{title}' had op {date} klaar moeten zijn, maar de status is '{status}'.",
}
_DATE_FIELDS = ("start", "end")
_ITEM = kinds.KINDS["timeline_item"]
#: Which field names a record of each kind that a link can reach (for messages and sorting).
_LABEL_FIELD = {"timeline_item": "title", "cluster": "name", "agreement": "text",
                "action_item": "what", "stakeholder": "name", "knooppunt": "title"}


# -- steps ----------------------------------------------------------------------------------


def _today(today: str | None) -> str:
    return today if today is not None else _dt.date.today().isoformat()


def _live(project: Project, kind: str, record_id: str) -> Record | None:
    rec = project.get(kind, record_id) if isinstance(record_id, str) else None
    return None if rec is None or rec.deleted else rec


def check_item(project: Project, fields: dict[str, Any], item_id: str | None = None) -> None:
    """Refuse (ValidationError) timeline step values that break the timeline's rules.

    ``fields`` are the values to set: all of a new step's (``item_id`` None; the others take
    their defaults) or some of an existing step's. Besides each field's own type and choices:
    a date from ``MIN_DATE`` to ``MAX_DATE``, an end not before the start, a stip only on the
    denk-spoor. The rules across fields are checked when one of their fields changes, so an
    older step that already breaks one can still be edited otherwise.
    """
    values = _ITEM.validate(fields)
    if item_id is None:
        current = _ITEM.defaults()
    else:
        rec = _live(project, "timeline_item", item_id)
        if rec is None:
            raise ValidationError("no_such_record", kind="timeline_item", id=item_id)
        current = dict(rec)
    merged = {**current, **values}
    touched = set(values) if item_id is not None else set(_ITEM.by_name)
    title = merged.get("title") or ""
    for name in _DATE_FIELDS:
        value = merged.get(name)
        if name in touched and value is not None and not MIN_DATE <= value <= MAX_DATE:
            raise ValidationError("timeline_date_range", value=value, first=MIN_DATE,
                                  last=MAX_DATE)
    start, end = merged.get("start"), merged.get("end")
    if touched & {"start", "end"} and start is not None and end is not None and end < start:
        raise ValidationError("timeline_end_before_start", title=title, start=start, end=end)
    if touched & {"kind", "track"} and merged.get("kind") == "stip" \
            and merged.get("track") != "denk":
        raise ValidationError("stip_not_on_denk", title=title)


def add_item(project: Project, **fields: Any) -> str:
    """Add a timeline step after ``check_item``; returns its id."""
    check_item(project, fields)
    return project.add("timeline_item", **fields)


def update_item(project: Project, item_id: str, **fields: Any) -> None:
    """Change a timeline step after ``check_item``, in one transaction.

    When the status becomes "uitgesteld" from another status, ``postponed`` goes up by one
    (unless ``postponed`` itself is given).
    """
    with project.batch():
        check_item(project, fields, item_id)
        rec = project.get("timeline_item", item_id)
        assert rec is not None  # check_item found it
        if (fields.get("status") == "uitgesteld" and rec.status != "uitgesteld"
                and "postponed" not in fields):
            fields = {**fields, "postponed": min(rec.postponed + 1, 1000)}
        project.update("timeline_item", item_id, **fields)


def items(project: Project) -> list[Record]:
    """The timeline's steps that are not deleted, by date (undated last), title and id."""
    return sorted(project.all("timeline_item"), key=_item_key)


def _item_key(rec: Record) -> tuple[str, str, str]:
    return (rec.start or rec.end or "9999", rec.title.casefold(), rec.id)


# -- dependencies ---------------------------------------------------------------------------


def dependencies(project: Project) -> list[Record]:
    """The dependencies whose two steps are both there (not deleted), in creation order."""
    alive = {r.id for r in project.all("timeline_item")}
    return [d for d in project.all("dependency") if d.before_id in alive and d.after_id in alive]


def dependency_id(before_id: str, after_id: str) -> str:
    """The id of the dependency of ``after_id`` on ``before_id`` (the same on every laptop)."""
    return str(uuid.uuid5(DEPENDENCY_NAMESPACE, f"{before_id}/{after_id}"))


def check_dependency(project: Project, before_id: str, after_id: str) -> None:
    """Refuse a dependency of ``after_id`` on ``before_id`` that cannot be (ValidationError).

    Both steps must exist and not be deleted; a step cannot depend on itself; a dependency is
    not made twice; and none may close a circle (the error names its steps, in order).
    """
    steps = {}
    for item_id in (before_id, after_id):
        rec = _live(project, "timeline_item", item_id)
        if rec is None:
            raise ValidationError("dependency_unknown", id=str(item_id))
        steps[item_id] = rec
    if before_id == after_id:
        raise ValidationError("dependency_on_itself", title=steps[before_id].title)
    existing = dependencies(project)
    if any(d.before_id == before_id and d.after_id == after_id for d in existing):
        raise ValidationError("dependency_exists", before=steps[before_id].title,
                              after=steps[after_id].title)
    path = _path(existing, after_id, before_id)
    if path is not None:
        titles = {r.id: r.title for r in project.all("timeline_item")}
        cycle = [before_id, *path]  # before → after → … → before
        raise ValidationError("dependency_cycle",
                              cycle=" → ".join(titles.get(i, i) for i in cycle))


def _path(deps: list[Record], start: str, goal: str) -> list[str] | None:
    """The shortest chain of steps from start to goal along dependencies, or None."""
    onward: dict[str, list[str]] = {}
    for d in deps:
        onward.setdefault(d.before_id, []).append(d.after_id)
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            out = [node]
            while (prev := came_from[out[-1]]) is not None:
                out.append(prev)
            return out[::-1]
        for nxt in sorted(onward.get(node, ())):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    return None


def add_dependency(project: Project, before_id: str, after_id: str) -> str:
    """Make ``after_id`` depend on ``before_id`` after ``check_dependency``; returns its id."""
    with project.batch():
        check_dependency(project, before_id, after_id)
        return _add_pair(project, "dependency", dependency_id(before_id, after_id),
                         before_id=before_id, after_id=after_id)


def _add_pair(project: Project, kind: str, record_id: str, **fields: str) -> str:
    """Add a record with an id derived from its two ends, or bring back the removed one."""
    rec = project.get(kind, record_id)
    if rec is None:
        return project.add_with_id(kind, record_id, **fields)
    if any(h.field == "_erased" for h in project.history(record_id)):
        return project.add(kind, **fields)  # an erased record stays erased
    project.restore(kind, record_id)
    project.update(kind, record_id, **fields)
    return record_id


# -- links ----------------------------------------------------------------------------------


def link_id(from_id: str, to_id: str) -> str:
    """The id of the link from ``from_id`` to ``to_id`` (the same on every laptop)."""
    return str(uuid.uuid5(LINK_NAMESPACE, f"{from_id}/{to_id}"))


def _find(project: Project, record_id: str, allowed: tuple[str, ...]) -> tuple[str, Record]:
    """(kind, record) of a record that is there, of one of the allowed kinds."""
    for kind in allowed:
        rec = _live(project, kind, record_id)
        if rec is not None:
            return kind, rec
    raise ValidationError("link_unknown", id=str(record_id))


def label(rec: Record, kind: str) -> str:
    """The short text a record of a linkable kind is known by (a title, name or text)."""
    name = _LABEL_FIELD.get(kind)
    text = str(rec.get(name, "")) if name else ""
    if kind == "knooppunt" and not text.strip():
        from .kompas import starter_title  # a starter knooppunt stores no title of its own

        text = starter_title(str(rec.get("key", "")))
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= 80 else first[:79] + "…"


def link_records(project: Project, record_id: str) -> list[Record]:
    """The link records (not deleted) that start or end at a record, in creation order."""
    seen: dict[str, Record] = {}
    for rec in (*project.all("link", from_id=record_id), *project.all("link", to_id=record_id)):
        seen.setdefault(rec.id, rec)
    return list(seen.values())


def add_link(project: Project, from_id: str, to_id: str) -> str:
    """Link a record of a ``LINK_SOURCES`` kind to one of a ``LINK_TARGETS`` kind.

    Refused (ValidationError) when either is not there (or of a kind that cannot be linked),
    for a record and itself, and when the two are linked already (either way round). Returns
    the link's id.
    """
    with project.batch():
        source_kind, source = _find(project, from_id, kinds.LINK_SOURCES)
        target_kind, target = _find(project, to_id, kinds.LINK_TARGETS)
        if from_id == to_id:
            raise ValidationError("link_to_itself", title=label(source, source_kind))
        if _between(project, from_id, to_id):
            raise ValidationError("link_exists", source=label(source, source_kind),
                                  target=label(target, target_kind))
        return _add_pair(project, "link", link_id(from_id, to_id), from_id=from_id,
                         to_id=to_id)


def _between(project: Project, a: str, b: str) -> list[Record]:
    return [r for r in link_records(project, a) if {r.from_id, r.to_id} == {a, b}]


def remove_link(project: Project, from_id: str, to_id: str) -> list[str]:
    """Remove the link between two records (either way round); returns the ids of the link
    records deleted (``project.restore("link", id)`` undoes it). ValidationError when the two
    are not linked."""
    with project.batch():
        found = _between(project, from_id, to_id)
        if not found:
            names = []
            for record_id in (from_id, to_id):
                try:
                    kind, rec = _find(project, record_id, kinds.LINK_TARGETS + kinds.LINK_SOURCES)
                    names.append(label(rec, kind))
                except ValidationError:
                    names.append(str(record_id))
            raise ValidationError("link_missing", source=names[0], target=names[1])
        for rec in found:
            project.delete("link", rec.id)
    return [rec.id for rec in found]


def links_of(project: Project, record_id: str) -> list[tuple[str, Record]]:
    """(kind, record) of everything linked to a record, either way round.

    For a timeline step: the clusters, agreements, action points, stakeholders and steps it is
    linked to, and the steps linking to it; for a cluster, agreement, action point or
    stakeholder: the steps linking to it. Deleted records are left out, each record comes
    once, sorted by kind (in ``LINK_TARGETS`` order), label and id.
    """
    others: dict[str, tuple[str, Record]] = {}
    for link in link_records(project, record_id):
        if link.from_id == record_id:
            other, allowed = link.to_id, kinds.LINK_TARGETS
        else:
            other, allowed = link.from_id, kinds.LINK_SOURCES
        if other == record_id or other in others:
            continue
        try:
            others[other] = _find(project, other, allowed)
        except ValidationError:
            continue  # the other end was deleted
    order = list(dict.fromkeys(kinds.LINK_TARGETS + kinds.LINK_SOURCES))
    return sorted(others.values(),
                  key=lambda kr: (order.index(kr[0]), label(kr[1], kr[0]).casefold(), kr[1].id))


# -- evenings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EveningItem:
    """A bijeenkomst as a step on the doe-spoor (derived, not stored)."""

    id: str  # the bijeenkomst's id
    title: str
    date: str
    place: str = ""
    track: str = "doe"
    kind: str = "bijeenkomst"


def evening_items(project: Project) -> list[EveningItem]:
    """Every bijeenkomst with a date, as a doe-spoor step, by date, title and id.

    A bijeenkomst without a date has no place on a timeline and is left out.
    """
    out = [EveningItem(b.id, b.title, b.date, b.place)
           for b in project.all("bijeenkomst") if b.date]
    return sorted(out, key=lambda e: (e.date, e.title.casefold(), e.id))


# -- clashes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clash:
    """Where the plan does not add up: which kind, which steps, and what to say about it."""

    kind: str  # one of CLASH_KINDS
    item_ids: tuple[str, ...]
    message_code: str  # a key of CLASH_TEMPLATES
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=True)

    def english(self) -> str:
        """The clash as one English sentence."""
        return clash_text(self, "en")


def clash_text(clash: Clash, lang: str = "nl") -> str:
    """A clash as one sentence in Dutch ("nl", the default) or English ("en")."""
    templates = CLASH_TEMPLATES_NL if lang == "nl" else CLASH_TEMPLATES
    template = templates.get(clash.message_code, clash.message_code)
    try:
        return template.format(**clash.params)
    except (KeyError, IndexError, ValueError):
        return template


def _first(rec: Record) -> str | None:
    return rec.start or rec.end


def _last(rec: Record) -> str | None:
    return rec.end or rec.start


def phase_spans(project: Project) -> dict[int, tuple[str | None, str | None]]:
    """Phase number → (start, end) of its span; None on a side the span leaves open.

    If a merge left more than one span for a phase, their union counts.
    """
    spans: dict[int, list[Record]] = {}
    for s in project.all("phase_span"):
        spans.setdefault(s.number, []).append(s)
    out: dict[int, tuple[str | None, str | None]] = {}
    for number, found in sorted(spans.items()):
        starts = [s.start for s in found if s.start is not None]
        ends = [s.end for s in found if s.end is not None]
        out[number] = (min(starts) if len(starts) == len(found) else None,
                       max(ends) if len(ends) == len(found) else None)
    return out


def clashes(project: Project, today: str | None = None) -> list[Clash]:
    """Every clash in the plan (see the module's docstring for the rules), in a fixed order."""
    now = _today(today)
    steps = {r.id: r for r in project.all("timeline_item")}
    found: list[tuple[tuple[Any, ...], Clash]] = []

    def add(clash: Clash, *dates: str | None) -> None:
        key = (CLASH_KINDS.index(clash.kind), tuple(d or "" for d in dates),
               tuple(steps[i].title.casefold() for i in clash.item_ids), clash.item_ids)
        found.append((key, clash))

    seen_pairs: set[tuple[str, str]] = set()
    for d in dependencies(project):
        if (d.before_id, d.after_id) in seen_pairs:
            continue  # the same dependency twice (a merge of older files): one clash
        seen_pairs.add((d.before_id, d.after_id))
        before, after = steps[d.before_id], steps[d.after_id]
        if (before.track == "doe" and after.track == "denk" and after.kind == "besluit"
                and before.start and _first(after) and before.start > _first(after)):
            add(Clash("decision", (before.id, after.id), "decision_too_late",
                      {"step": before.title, "start": before.start,
                       "decision": after.title, "date": _first(after) or ""}),
                before.start, _first(after))
            continue
        finish = _last(before)
        if after.start and finish and after.start < finish:
            add(Clash("dependency", (before.id, after.id), "dependency_too_early",
                      {"after": after.title, "start": after.start, "before": before.title,
                       "finish": finish}),
                after.start, finish)
    spans = phase_spans(project)
    names = _phase_names()
    for rec in steps.values():
        first, last = _first(rec), _last(rec)
        if rec.phase is None or rec.phase not in spans or first is None or last is None:
            continue
        lo, hi = spans[rec.phase]
        if (lo is not None and first < lo) or (hi is not None and last > hi):
            add(Clash("phase", (rec.id,), "outside_phase",
                      {"title": rec.title, "phase": str(rec.phase),
                       "name": names.get(rec.phase, ""), "span": f"{lo or '…'} – {hi or '…'}"}),
                first)
    for rec in steps.values():
        last = _last(rec)
        if last is not None and last < now and rec.status != "klaar":
            add(Clash("overdue", (rec.id,), "overdue",
                      {"title": rec.title, "date": last, "status": rec.status}), last)
    return [clash for _, clash in sorted(found, key=lambda kc: kc[0])]


def _phase_names() -> dict[int, str]:
    from .templates import tags

    return dict(tags().phases)


# -- phases ---------------------------------------------------------------------------------


def current_phase(project: Project, today: str | None = None) -> int | None:
    """The phase the project is in: the one set on the project, else the one the Wijkkompas
    statuses give (``kompas.derived_phase``), else the one whose span holds today (the
    latest-starting one if spans overlap); None if none of them says.

    ``kompas.current_phase`` asks the same three in the same order and also says which one
    answered, so the timeline's highlight and the Kompas always agree."""
    explicit = project.info().current_phase
    if explicit is not None:
        return int(explicit)
    from .kompas import derived_phase

    derived = derived_phase(project)
    if derived is not None:
        return derived
    return phase_by_dates(project, today)


def phase_by_dates(project: Project, today: str | None = None) -> int | None:
    """The phase whose span holds today (the latest-starting one if spans overlap), or None."""
    now = _today(today)
    holding = [(start or "", number) for number, (start, end) in phase_spans(project).items()
               if (start is None or start <= now) and (end is None or now <= end)
               and (start is not None or end is not None)]
    return max(holding)[1] if holding else None


# -- exports, kept in their own module ------------------------------------------------------

#: Names that live in timeline_export.py, importable from here too. They are looked up on
#: first use (PEP 562) because that module imports this one.
_ELSEWHERE = {"export_ics": "timeline_export", "export_timeline_csv": "timeline_export",
              "export_timeline_picture": "timeline_export"}


def __getattr__(name: str) -> Any:
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __package__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_ELSEWHERE])

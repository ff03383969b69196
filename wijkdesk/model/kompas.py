"""Het Wijkkompas in the project (issue 8; docs/design-notes.md, "The Wijkkompas").

Six phases, two tracks (*sociaal* and *technisch*) and *knooppunten*: decisive moments, each
with a goal, an approach, tips, the typical parties and a prompt for an evening. This module
holds what the Kompas view, "Waar staan we?", the suggestions, the APK and the minutes share.

**The starter set** (``starter_set``) comes from ``resources/templates/knooppunten.json`` (a
facilitator may edit it); a missing or damaged file, or a damaged entry, never stops the app:
damaged entries are skipped, and a file with no usable entry gives the small built-in list.

**Records only for what the facilitator touched.** A starter knooppunt is *not* copied into
every file. A ``knooppunt`` record is made the first time the facilitator touches one (a
status, a note, a link, an edit of its text), with an id derived from its key
(``knooppunt_id``), and with only its key, phase and track logged (``Project.add_shared``): two
laptops that touch the same starter knooppunt — one setting the status, the other a note —
merge into one record holding both. Its text fields stay empty, meaning "the starter's text";
only a text the facilitator actually changes is stored (``Knooppunt.edited`` names them), and
``reset_text`` empties them again. A knooppunt the facilitator makes (``add_knooppunt``) has
no key and stores everything; only such a one can be deleted — a starter one is set to "nvt"
instead. ``knooppunten`` joins the starter set and the records, in Kompas order.

**Edits** take a ``board.EditLog`` first, so that the UI makes one user action one undo step;
each runs in one transaction. Materialising a starter knooppunt is not itself logged: undo
puts the values back (the record, equal to the starter again, stays).

**The phase** (``current_phase``): the one the facilitator set on the project, else the one
the statuses give (``derived_phase``, rule in ``PHASE_RULE``), else the one whose span on the
timeline holds today. ``timeline.current_phase`` asks the same three in the same order.

**Suggestions** follow the plain rules in ``SUGGESTION_RULES`` (shown verbatim by the UI), in
that order, and are deterministic.

**APK van de wijkaanpak**: seven questions (``APK_QUESTIONS``) scored 0–5 (0: not scored) with
a note each, one APK per evening (its id derived from the evening's), a chart of the scores
over time (``apk_chart``) and the last two scores per question (``apk_trend``). The minutes
show the latest APK on or before their evening (``minutes.content.latest_apk``).

Texts for the user come in Dutch ("nl", the default) and English ("en"), like
``timeline.clash_text``; the model stays free of Qt. AVG: knooppunten and APKs hold no
personal field; a note that names someone is erased like any free text (``Project.erase``).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import uuid
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from . import kinds
from .board import EditLog
from .errors import ValidationError
from .kompas_fallback import BUILT_IN as _BUILT_IN
from .project import Project, Record
from .templates import templates_dir

STATUSES = kinds.KNOOPPUNT_STATUS  # ("niet gestart", "bezig", "afgerond", "nvt")
TRACKS = kinds.KNOOPPUNT_TRACKS  # ("sociaal", "technisch")
#: The fields holding a knooppunt's text: empty in a starter knooppunt's record means "the
#: starter's text".
TEXT_FIELDS = ("title", "goal", "approach", "tips", "parties", "prompt")
#: What ``edit_knooppunt`` may change.
EDITABLE = (*TEXT_FIELDS, "phase", "track", "note", "date")
#: The namespaces of derived ids (fixed random UUIDs; never change them: ids in files depend
#: on them).
KNOOPPUNT_NAMESPACE = uuid.UUID("eee8bfbd-fb74-4b0f-987a-e20f9e8b32df")
APK_NAMESPACE = uuid.UUID("f54d45e5-8d6a-462c-9962-3bda468eeeb0")

_KNOOPPUNT = kinds.KINDS["knooppunt"]
_APK = kinds.KINDS["apk"]

# -- words --------------------------------------------------------------------------------

_STATUS_LABELS = {
    "nl": {"niet gestart": "niet gestart", "bezig": "bezig", "afgerond": "afgerond",
           "nvt": "niet van toepassing"},
    "en": {"niet gestart": "not started", "bezig": "in progress", "afgerond": "done",
           "nvt": "not applicable"},
}
_PHASES_EN = {1: "Starting together", 2: "Characterising the area",
              3: "Determining strategies", 4: "Making choices",
              5: "Preparing the implementation", 6: "Implementation and aftercare"}
_TRACKS_EN = {"sociaal": "Social", "technisch": "Technical and financial"}
_TRACK_WORDS = {"nl": {"sociaal": "het sociale spoor", "technisch": "het technische spoor"},
                "en": {"sociaal": "the social track", "technisch": "the technical track"}}
_SOURCES = {
    "nl": {"override": "met de hand gekozen", "statuses": "volgt uit de statussen",
           "dates": "volgt uit de data op de tijdlijn", "": "nog niet bekend"},
    "en": {"override": "set by hand", "statuses": "follows from the statuses",
           "dates": "follows from the dates on the timeline", "": "not known yet"},
}

#: The rule ``derived_phase`` follows, in one sentence (Dutch, English), for the UI to show.
PHASE_RULE = (
    "De fase is de hoogste fase waarin een knooppunt 'bezig' of 'afgerond' is (fase 1 als dat "
    "nog nergens zo is); is alles in die fase afgerond of niet van toepassing, dan is het de "
    "eerstvolgende fase met open knooppunten.",
    "The phase is the highest phase in which a knooppunt is 'in progress' or 'done' (phase 1 "
    "if none is yet); once everything in that phase is done or not applicable, it is the next "
    "phase with open knooppunten.",
)

#: The rules ``suggestions`` follows, in this order (Dutch, English); the UI shows them as
#: they are. "The current phase" is phase 1 while no phase is known.
SUGGESTION_RULES = (
    ("Eerst wat in de huidige fase al bezig is: maak het af.",
     "First what is in progress in the current phase: finish it."),
    ("Dan wat in de huidige fase nog niet gestart is, te beginnen bij het spoor dat achterloopt "
     "(het spoor met het kleinste deel afgerond).",
     "Then what has not started in the current phase, beginning with the track that lags "
     "behind (the track with the smallest share done)."),
    ("Dan wat in een eerdere fase is blijven liggen (niet afgerond en niet 'niet van "
     "toepassing'), de vroegste fase eerst.",
     "Then what was left behind in an earlier phase (neither done nor 'not applicable'), "
     "earliest phase first."),
    ("Is alles in de huidige fase afgerond of niet van toepassing, dan de knooppunten van de "
     "volgende fase die nog open zijn.",
     "When everything in the current phase is done or not applicable, the open knooppunten of "
     "the next phase."),
    ("Binnen elke regel geldt de volgorde van het kompas: sociaal voor technisch, dan de "
     "volgorde in het spoor.",
     "Within each rule the Kompas order holds: social before technical, then the order within "
     "the track."),
)

_REASONS = {
    "nl": {
        1: "Bezig in fase {phase} ({name}): maak het af.",
        2: "Nog niet gestart in fase {phase} ({name}).",
        "2lag": "Nog niet gestart in fase {phase}; {track} loopt achter ({done} van {total} "
                "afgerond).",
        3: "Blijven liggen in fase {phase} ({name}), terwijl we in fase {current} zitten.",
        4: "Fase {current} is rond; dit is de volgende stap in fase {phase} ({name}).",
        "why": "Bij '{title}': {reason}",
    },
    "en": {
        1: "In progress in phase {phase} ({name}): finish it.",
        2: "Not started yet in phase {phase} ({name}).",
        "2lag": "Not started yet in phase {phase}; {track} lags behind ({done} of {total} "
                "done).",
        3: "Left behind in phase {phase} ({name}), while we are in phase {current}.",
        4: "Phase {current} is done; this is the next step, in phase {phase} ({name}).",
        "why": "For '{title}': {reason}",
    },
}

#: The seven questions of the "APK van de wijkaanpak", in our own words: (field, Dutch, English).
#: Each field holds a score 0–5 (0: not scored) and ``<field>_note`` a short note.
APK_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("urgency", "Voelen alle partijen de urgentie?", "Do all parties feel the urgency?"),
    ("vision", "Is de visie nog in beeld?", "Is the vision still in view?"),
    ("residents_role", "Hebben bewoners een duidelijke rol?", "Do residents have a clear role?"),
    ("trust", "Groeit het vertrouwen?", "Is trust growing?"),
    ("frontrunners", "Zijn er genoeg koplopers?", "Are there enough front-runners?"),
    ("facilitation", "Wordt het proces goed genoeg begeleid?",
     "Is the process facilitated well enough?"),
    ("communication", "Worden de resultaten goed gecommuniceerd?",
     "Are the results communicated well?"),
)
#: Short names of the questions, for the chart's legend: field -> (Dutch, English).
APK_SHORT = {"urgency": ("Urgentie", "Urgency"), "vision": ("Visie", "Vision"),
             "residents_role": ("Rol bewoners", "Residents' role"),
             "trust": ("Vertrouwen", "Trust"), "frontrunners": ("Koplopers", "Front-runners"),
             "facilitation": ("Procesbegeleiding", "Facilitation"),
             "communication": ("Communicatie", "Communication")}
APK_MAX = 5
assert tuple(q[0] for q in APK_QUESTIONS) == kinds.APK_FIELDS


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def status_label(status: str, lang: str = "nl") -> str:
    """A status in words ("niet van toepassing" for "nvt"); an unknown one as it is."""
    return _STATUS_LABELS[_lang(lang)].get(status, status)


def phase_name(phase: int | None, lang: str = "nl") -> str:
    """The name of a phase ("Samen starten"); "" for None or an unknown number."""
    if phase is None:
        return ""
    if _lang(lang) == "en":
        return _PHASES_EN.get(phase, "")
    from .templates import tags

    return tags().phases.get(phase, "")


def track_label(track: str, lang: str = "nl") -> str:
    """The name of a track ("Sociaal-maatschappelijk")."""
    if _lang(lang) == "en":
        return _TRACKS_EN.get(track, track)
    from .templates import tags

    return tags().tracks.get(track, track)


def phase_source_text(source: str, lang: str = "nl") -> str:
    """Where the current phase comes from, in words ("volgt uit de statussen")."""
    return _SOURCES[_lang(lang)].get(source, source)


def apk_question(field_name: str, lang: str = "nl") -> str:
    """The question of an APK field, in Dutch or English."""
    for name, nl, en in APK_QUESTIONS:
        if name == field_name:
            return en if _lang(lang) == "en" else nl
    return field_name


# -- knooppunten ----------------------------------------------------------------------------


@dataclass
class Knooppunt:
    """A knooppunt as the Kompas shows it: the starter's text joined with the project's record.

    ``id`` is the record's id, also for a starter knooppunt that has no record yet (then the
    id it will get, ``knooppunt_id(key)``). ``custom``: made by the facilitator; ``stored``:
    the project has a record of it; ``edited``: the text fields (and "phase"/"track") in which
    it differs from the starter. ``title_en`` is the starter's English title, if any.
    """

    id: str
    key: str
    phase: int
    track: str
    title: str
    goal: str = ""
    approach: str = ""
    tips: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    prompt: str = ""
    position: int = 0
    status: str = "niet gestart"
    date: str | None = None
    note: str = ""
    custom: bool = False
    stored: bool = False
    edited: set[str] = field(default_factory=set)
    title_en: str = ""

    @property
    def is_open(self) -> bool:
        """Still to do: applicable and not done ("niet gestart" or "bezig")."""
        return self.status in ("niet gestart", "bezig")

    def label(self, lang: str = "nl") -> str:
        """The title in a language: the English starter title if asked and not edited."""
        if _lang(lang) == "en" and self.title_en and "title" not in self.edited:
            return self.title_en
        return self.title


def knooppunt_id(key: str) -> str:
    """The id of the starter knooppunt with this key (the same on every laptop)."""
    return str(uuid.uuid5(KNOOPPUNT_NAMESPACE, key))


def apk_id(bijeenkomst_id: str) -> str:
    """The id of the APK held at this evening (the same on every laptop)."""
    return str(uuid.uuid5(APK_NAMESPACE, bijeenkomst_id))


def _tips(value: Any) -> list[str]:
    """Tips as a list: from a list or from text with one tip per line."""
    lines = value if isinstance(value, list | tuple) else str(value or "").splitlines()
    return [str(t).strip() for t in lines if str(t).strip()]


def _parties(value: Any) -> list[str]:
    """Party type keys as a list: from a list or from comma-separated text; a label or an
    alias of a known type becomes its key ("Netbeheerder" -> "netbeheerder")."""
    from .stakeholders import type_key

    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    return list(dict.fromkeys(type_key(str(p)) for p in items if str(p).strip()))


def _stored_text(name: str, value: Any) -> str:
    """A text field's value as it is stored (tips one per line, parties comma-separated)."""
    if name == "tips":
        return "\n".join(_tips(value))
    if name == "parties":
        return ", ".join(_parties(value))
    return str(value if value is not None else "").strip()


def _text_of(k: Knooppunt, name: str) -> str:
    return _stored_text(name, getattr(k, name))


# -- the starter set ------------------------------------------------------------------------

_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")


def _default_file() -> Path:
    """``resources/templates/knooppunten.json`` (found like the other templates)."""
    return templates_dir() / "knooppunten.json"


def _short(value: Any, limit: int) -> str | None:
    """A string of at most limit characters, or None."""
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        return None
    return value.strip()


def _parse(item: Any) -> dict[str, Any] | None:
    """One entry of the file, checked; None when it is damaged."""
    if not isinstance(item, dict):
        return None
    key, title = item.get("key"), _short(item.get("title"), kinds.MAX_TEXT)
    phase, track = item.get("phase"), item.get("track")
    if not (isinstance(key, str) and _KEY.fullmatch(key) and title
            and type(phase) is int and phase in kinds.PHASES and track in TRACKS):
        return None
    out: dict[str, Any] = {"key": key, "phase": phase, "track": track, "title": title}
    for name, limit in (("title_en", kinds.MAX_TEXT), ("goal", kinds.MAX_LONG_TEXT),
                        ("approach", kinds.MAX_LONG_TEXT), ("prompt", kinds.MAX_TEXT)):
        value = item.get(name, "")
        text = _short(value, limit)
        if text is None:
            return None
        out[name] = text
    for name in ("tips", "parties"):
        value = item.get(name, [])
        if not isinstance(value, list) or not all(
                isinstance(v, str) and len(v) <= 500 and "\x00" not in v for v in value):
            return None
        out[name] = _tips(value) if name == "tips" else _parties(value)
    if len("\n".join(out["tips"])) > kinds.MAX_LONG_TEXT or \
            len(", ".join(out["parties"])) > kinds.MAX_TEXT:
        return None
    return out


def _build(entries: list[dict[str, Any]]) -> tuple[Knooppunt, ...]:
    cells: dict[tuple[int, str], int] = {}
    out: list[Knooppunt] = []
    for e in entries:
        cell = (e["phase"], e["track"])
        position = cells.get(cell, 0)
        cells[cell] = position + 1
        out.append(Knooppunt(
            id=knooppunt_id(e["key"]), key=e["key"], phase=e["phase"], track=e["track"],
            title=e["title"], goal=e.get("goal", ""), approach=e.get("approach", ""),
            tips=list(e.get("tips", [])), parties=list(e.get("parties", [])),
            prompt=e.get("prompt", ""), position=position, title_en=e.get("title_en", "")))
    return tuple(sorted(out, key=_order))


class _Starters:
    """A loaded starter set: the knooppunten in Kompas order, and by key."""

    def __init__(self, items: tuple[Knooppunt, ...]) -> None:
        self.items = items
        self.by_key = {k.key: k for k in items}


@cache
def _load_starters(path: Path) -> _Starters:
    """The starter set of a file; the built-in one when it holds no usable entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    found = data.get("knooppunten") if isinstance(data, dict) else None
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in found if isinstance(found, list) else []:
        parsed = _parse(item)
        if parsed is not None and parsed["key"] not in seen:
            seen.add(parsed["key"])
            entries.append(parsed)
    if not entries:
        entries = [dict(e) for e in _BUILT_IN]
    return _Starters(_build(entries))


def _copy(k: Knooppunt) -> Knooppunt:
    return replace(k, tips=list(k.tips), parties=list(k.parties), edited=set(k.edited))


def starter_set(path: str | Path | None = None) -> list[Knooppunt]:
    """The starter knooppunten (``resources/templates/knooppunten.json``, or the file at
    path), checked, in Kompas order; read once and cached. Never raises: damaged entries are
    skipped and a missing, damaged or empty file gives the built-in list (12 knooppunten)."""
    return [_copy(k) for k in _starters(path).items]


def _starters(path: str | Path | None = None) -> _Starters:
    return _load_starters(Path(path) if path is not None else _default_file())


def _starter_by_key(key: str) -> Knooppunt | None:
    return _starters().by_key.get(key) if key else None


def starter_title(key: str) -> str:
    """The title of the starter knooppunt with this key (the key itself if there is none)."""
    k = _starter_by_key(key)
    return k.title if k is not None else key


def _order(k: Knooppunt) -> tuple[Any, ...]:
    track = TRACKS.index(k.track) if k.track in TRACKS else len(TRACKS)
    return (k.phase, track, k.position, k.title.casefold(), k.id)


def _joined(rec: Record, starter: Knooppunt | None) -> Knooppunt:
    """A knooppunt record joined with its starter (None: made by the facilitator, or a
    starter the current set no longer has)."""
    k = Knooppunt(
        id=rec.id, key=rec.key, phase=rec.phase, track=rec.track, title=rec.title,
        goal=rec.goal, approach=rec.approach, tips=_tips(rec.tips),
        parties=_parties(rec.parties), prompt=rec.prompt, position=rec.position,
        status=rec.status, date=rec.date, note=rec.note, custom=not rec.key, stored=True)
    if starter is None:
        if not k.title.strip():
            k.title = rec.key or "?"
        return k
    k.position, k.title_en = starter.position, starter.title_en
    for name in TEXT_FIELDS:
        own = _stored_text(name, rec[name])
        if not own:
            value = getattr(starter, name)
            setattr(k, name, list(value) if isinstance(value, list) else value)
        elif own != _text_of(starter, name):
            k.edited.add(name)
    for name in ("phase", "track"):
        if rec[name] != getattr(starter, name):
            k.edited.add(name)
    return k


def knooppunten(project: Project) -> list[Knooppunt]:
    """Every knooppunt of the project: the starter set joined with the project's records,
    plus the ones the facilitator made; by phase, track, position and title. Deleted ones
    are left out (a deleted record of a starter knooppunt shows the starter again)."""
    starters = _starters()
    by_key = starters.by_key
    out = {k.id: _copy(k) for k in starters.items}
    for rec in project.all("knooppunt"):
        starter = by_key.get(rec.key) if rec.key else None
        if starter is not None and starter.id != rec.id and starter.id in out \
                and not out[starter.id].stored:
            # A record of this starter under another id (its own was erased): it takes the
            # starter's place.
            del out[starter.id]
        out[rec.id] = _joined(rec, starter)
    return sorted(out.values(), key=_order)


def knooppunt(project: Project, knooppunt_id: str) -> Knooppunt:
    """One knooppunt by id (a starter one also by the id it will get); ValidationError
    ``no_such_record`` when there is none."""
    for k in knooppunten(project):
        if k.id == knooppunt_id:
            return k
    raise ValidationError("no_such_record", kind="knooppunt", id=str(knooppunt_id))


def _materialise(project: Project, k: Knooppunt) -> str:
    """Make sure a starter knooppunt has its record (logging key, phase and track only);
    returns the record's id: ``k.id``, or a new one when that record was erased (AVG: an
    erased record stays erased; the new one takes the starter's place)."""
    rec = project.get("knooppunt", k.id)
    if rec is None:
        project.add_shared("knooppunt", k.id, key=k.key, phase=k.phase, track=k.track)
    elif rec.deleted:
        if any(h.field == "_erased" for h in project.history(k.id)):
            return project.add("knooppunt", key=k.key, phase=k.phase, track=k.track)
        project.restore("knooppunt", k.id)
    return k.id


def _today() -> str:
    return _dt.date.today().isoformat()


# -- edits ----------------------------------------------------------------------------------


def set_status(log: EditLog, knooppunt_id: str, status: str, date: str | None = None,
               note: str | None = None) -> None:
    """Give a knooppunt a status (one of ``STATUSES``), and a date and note if given.

    When it becomes "afgerond" and no date is given, the date is today. None leaves the date
    or the note as it is. A starter knooppunt gets its record first.
    """
    project = log.project
    if status not in STATUSES:
        raise ValidationError("bad_choice", field="status", value=str(status))
    with project.batch():
        k = knooppunt(project, knooppunt_id)
        changes: dict[str, Any] = {"status": status}
        if date is not None:
            changes["date"] = date
        elif status == "afgerond" and k.status != "afgerond":
            changes["date"] = _today()
        if note is not None:
            changes["note"] = note.strip()
        changes = _KNOOPPUNT.validate(changes)
        if k.stored or any(changes[n] != getattr(k, n) for n in changes):
            log.update("knooppunt", _materialise(project, k), **changes)


def _checked_fields(fields: dict[str, Any], allowed: tuple[str, ...]) -> dict[str, Any]:
    """Fields to store, normalised (tips and parties from lists) and validated."""
    for name in fields:
        if name not in allowed:
            raise ValidationError("unknown_field", field=name, kind="knooppunt")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in TEXT_FIELDS or name == "note":
            if value is None:
                value = ""
            if not isinstance(value, str | list | tuple):
                raise ValidationError("field_type", field=name, expected="text")
            out[name] = _stored_text(name, value)
        else:
            out[name] = value
    if "title" in out and not out["title"]:
        raise ValidationError("field_required", field="title")
    return _KNOOPPUNT.validate(out)


def edit_knooppunt(log: EditLog, knooppunt_id: str, **fields: Any) -> None:
    """Change a knooppunt's title, goal, approach, tips (a list, or text one per line),
    parties (a list of stakeholder type keys, or comma-separated), prompt, phase, track, note
    or date. An empty title is refused (ValidationError ``field_required``).

    For a starter knooppunt a text equal to the starter's is stored empty ("the starter's
    text"), so that only what the facilitator changed is stored.
    """
    project = log.project
    values = _checked_fields(fields, EDITABLE)
    with project.batch():
        k = knooppunt(project, knooppunt_id)
        starter = None if k.custom else _starter_by_key(k.key)
        if starter is not None:
            for name in TEXT_FIELDS:
                if name in values and values[name] == _text_of(starter, name):
                    values[name] = ""
        record_id = k.id
        if not k.stored:
            if all(values[n] == ("" if n in TEXT_FIELDS else getattr(k, n)) for n in values):
                return  # nothing differs from the starter
            record_id = _materialise(project, k)
        log.update("knooppunt", record_id, **values)


def add_knooppunt(log: EditLog, phase: int, track: str, title: str, **fields: Any) -> str:
    """Add a knooppunt of the facilitator's own at the end of its phase and track; returns
    its id. ``fields``: goal, approach, tips, parties, prompt, note, status, date, position.
    One added as "afgerond" without a date (not even None) is dated today."""
    project = log.project
    allowed = (*TEXT_FIELDS, "note", "status", "date", "position")
    values = _checked_fields({**fields, "title": title}, allowed)
    if values.get("status") == "afgerond" and "date" not in fields:
        values["date"] = _today()
    values.update(_KNOOPPUNT.validate({"phase": phase, "track": track}))
    with project.batch():
        if "position" not in values:
            cell = [k.position for k in knooppunten(project)
                    if k.phase == values["phase"] and k.track == values["track"]]
            values["position"] = min(max(cell, default=-1) + 1, 10_000)
        return log.add("knooppunt", key="", **values)


def delete_knooppunt(log: EditLog, knooppunt_id: str) -> None:
    """Delete a knooppunt the facilitator made, with its links. A starter knooppunt is refused
    (ValidationError ``knooppunt_is_starter``): set it to "nvt" instead."""
    project = log.project
    with project.batch():
        k = knooppunt(project, knooppunt_id)
        if not k.custom and _starter_by_key(k.key) is not None:
            raise ValidationError("knooppunt_is_starter", title=k.title)
        for link in project.all("link", from_id=k.id):
            log.delete("link", link.id)
        log.delete("knooppunt", k.id)


def reset_text(log: EditLog, knooppunt_id: str) -> None:
    """Put a starter knooppunt's texts (title, goal, approach, tips, parties, prompt) back to
    the starter's; its status, date, note, phase and track stay. Nothing for one the
    facilitator made, or one never edited."""
    project = log.project
    with project.batch():
        k = knooppunt(project, knooppunt_id)
        if k.custom or not k.stored or _starter_by_key(k.key) is None:
            return
        log.update("knooppunt", k.id, **{name: "" for name in TEXT_FIELDS})


def link(log: EditLog, knooppunt_id: str, target_id: str) -> str:
    """Link a knooppunt to a cluster, agreement, action point, stakeholder or timeline step
    that serves it; returns the link's id (derived from both ends, ``timeline.link_id``).
    A starter knooppunt gets its record first. Refused as ``timeline.add_link`` refuses."""
    from . import timeline

    project = log.project
    with project.batch():
        k = knooppunt(project, knooppunt_id)
        record_id = k.id
        if not k.stored:
            timeline._find(project, target_id, kinds.LINK_TARGETS)  # refuse before making it
            record_id = _materialise(project, k)
        return log.added("link", timeline.add_link(project, record_id, target_id))


def unlink(log: EditLog, knooppunt_id: str, target_id: str) -> None:
    """Remove the link between a knooppunt and a record (ValidationError ``link_missing`` if
    there is none)."""
    from . import timeline

    project = log.project
    with project.batch():
        for link_record in timeline.remove_link(project, knooppunt_id, target_id):
            log.deleted("link", link_record)


def links_of(project: Project, knooppunt_id: str) -> list[tuple[str, Record]]:
    """(kind, record) of everything a knooppunt is linked to (``timeline.links_of``)."""
    from . import timeline

    return timeline.links_of(project, knooppunt_id)


def serving(project: Project, target_id: str) -> list[Knooppunt]:
    """The knooppunten a record (cluster, agreement, action point, stakeholder, step) is
    linked to, in Kompas order."""
    sources = {r.from_id for r in project.all("link", to_id=target_id)}
    return [k for k in knooppunten(project) if k.stored and k.id in sources]


# -- the phase --------------------------------------------------------------------------------


def _phase_from(nodes: list[tuple[int, str]]) -> int | None:
    """``PHASE_RULE`` over (phase, status) pairs."""
    if all(status == "niet gestart" for _, status in nodes):
        return None
    started = [phase for phase, status in nodes if status in ("bezig", "afgerond")]
    phase = max(started, default=1)
    open_phases = {p for p, status in nodes if status in ("niet gestart", "bezig")}
    if phase in open_phases:
        return phase
    later = sorted(p for p in open_phases if p > phase)
    return later[0] if later else phase


def derived_phase(project: Project) -> int | None:
    """The phase the statuses give (``PHASE_RULE``), or None while no knooppunt has a status
    other than "niet gestart".

    The highest phase in which a knooppunt is "bezig" or "afgerond" (phase 1 when none is:
    only "nvt" was set); when every knooppunt of that phase is "afgerond" or "nvt", the next
    phase that still has open knooppunten (that phase itself when nothing is open after it).
    Work left open in an earlier phase does not pull the phase back; the suggestions name it.
    """
    starters = _starters()
    by_key = starters.by_key
    status = {k.id: (k.phase, "niet gestart") for k in starters.items}
    placeholders = set(status)
    for rec in project.all("knooppunt"):  # as knooppunten() joins them, without the texts
        starter = by_key.get(rec.key) if rec.key else None
        if starter is not None and starter.id != rec.id and starter.id in placeholders:
            del status[starter.id]
        placeholders.discard(rec.id)
        status[rec.id] = (rec.phase, rec.status)
    return _phase_from(list(status.values()))


def current_phase(project: Project, today: str | None = None) -> tuple[int | None, str]:
    """(phase, source): the phase set on the project ("override"), else the one the statuses
    give ("statuses"), else the one whose span on the timeline holds today ("dates"), else
    (None, ""). ``timeline.current_phase`` gives the same phase."""
    explicit = project.info().current_phase
    if explicit is not None:
        return int(explicit), "override"
    derived = derived_phase(project)
    if derived is not None:
        return derived, "statuses"
    from .timeline import phase_by_dates

    by_dates = phase_by_dates(project, today)
    if by_dates is not None:
        return by_dates, "dates"
    return None, ""


# -- waar staan we? -------------------------------------------------------------------------


@dataclass
class MissingParty:
    """A typical party the open knooppunten of this phase ask for that the network lacks."""

    key: str  # the stakeholder type key ("netbeheerder")
    label: str  # its label ("Netbeheerder")
    asked_by: list[str] = field(default_factory=list)  # titles of the knooppunten naming it


@dataclass
class Standing:
    """"Waar staan we?" on one screen: the phase, what is done, what is open, who is missing.

    ``focus_phase`` is the phase the lists are about: the current phase, or 1 while none is
    known. ``progress`` gives per phase (afgerond, applicable) counts.
    """

    phase: int | None
    source: str
    phase_name: str
    focus_phase: int
    done: list[Knooppunt]
    open_by_track: dict[str, list[Knooppunt]]
    missing_parties: list[MissingParty]
    progress: dict[int, tuple[int, int]]
    source_text: str = ""
    lang: str = "nl"


def _open_in(nodes: list[Knooppunt], phase: int) -> list[Knooppunt]:
    """The open knooppunten of a phase: "bezig" first, then Kompas order."""
    here = [k for k in nodes if k.phase == phase and k.is_open]
    return sorted(here, key=lambda k: (k.status != "bezig", *_order(k)))


def where_we_stand(project: Project, today: str | None = None, lang: str = "nl") -> Standing:
    """The summary for the beamer: the current phase and where it comes from, the knooppunten
    done (latest first), the open ones of the current phase per track ("bezig" first), and
    the stakeholder types those open ones name that no stakeholder in the network has."""
    from .stakeholders import type_key, type_label

    lang = _lang(lang)
    nodes = knooppunten(project)
    phase, source = current_phase(project, today)
    focus = phase or 1
    done = [k for k in nodes if k.status == "afgerond"]
    dated = sorted((k for k in done if k.date), key=lambda k: (k.date, *_order(k)), reverse=True)
    undated = sorted((k for k in done if not k.date), key=_order, reverse=True)
    open_here = _open_in(nodes, focus)
    open_by_track = {t: [k for k in open_here if k.track == t] for t in TRACKS}
    present = {type_key(s.type) for s in project.all("stakeholder")}
    missing: dict[str, MissingParty] = {}
    for k in [k for t in TRACKS for k in open_by_track[t]]:
        for party in k.parties:
            key = type_key(party)
            if key in present:
                continue
            entry = missing.setdefault(key, MissingParty(key, type_label(key)))
            if k.label(lang) not in entry.asked_by:
                entry.asked_by.append(k.label(lang))
    order = list(missing)
    missing_list = sorted(missing.values(), key=lambda m: (-len(m.asked_by), order.index(m.key)))
    progress = {p: (sum(1 for k in nodes if k.phase == p and k.status == "afgerond"),
                    sum(1 for k in nodes if k.phase == p and k.status != "nvt"))
                for p in kinds.PHASES}
    return Standing(phase, source, phase_name(phase, lang), focus, dated + undated,
                    open_by_track, missing_list, progress, phase_source_text(source, lang), lang)


# -- suggestions ----------------------------------------------------------------------------


@dataclass
class Suggestion:
    """A knooppunt to work on next, the rule that put it here (1-based, ``SUGGESTION_RULES``)
    and why, in words."""

    knooppunt: Knooppunt
    rule: int
    reason: str


def _share(done: int, total: int) -> float:
    """The share done of a track (1.0 when nothing in it applies: it has nothing to do)."""
    return done / total if total else 1.0


def _track_order(here: list[Knooppunt]) -> list[tuple[str, int, int]]:
    """The tracks of a phase, the one lagging behind first (the smallest share done; equal
    shares in Kompas order): (track, done, applicable)."""
    out = []
    for t in TRACKS:
        applicable = [k for k in here if k.track == t and k.status != "nvt"]
        done = sum(1 for k in applicable if k.status == "afgerond")
        out.append((t, done, len(applicable)))
    return sorted(out, key=lambda x: (_share(x[1], x[2]), TRACKS.index(x[0])))


def suggestions(project: Project, lang: str = "nl", limit: int | None = 3,
                today: str | None = None) -> list[Suggestion]:
    """The knooppunten to work on next, by ``SUGGESTION_RULES`` in order (at most limit;
    None for all). The same project always gives the same list."""
    lang = _lang(lang)
    words = _REASONS[lang]
    nodes = knooppunten(project)
    phase, _ = current_phase(project, today)
    current = phase or 1
    here = [k for k in nodes if k.phase == current]
    out: list[Suggestion] = []
    seen: set[str] = set()

    def add(k: Knooppunt, rule: int, reason: str) -> None:
        if k.id not in seen:
            seen.add(k.id)
            out.append(Suggestion(k, rule, reason))

    def fill(k: Knooppunt, template: str, **extra: Any) -> str:
        return template.format(phase=k.phase, name=phase_name(k.phase, lang), current=current,
                               **extra)

    for k in here:  # rule 1: in progress in the current phase
        if k.status == "bezig":
            add(k, 1, fill(k, words[1]))
    tracks = _track_order(here)  # rule 2: not started, the lagging track first
    shares = [_share(done, total) for _, done, total in tracks]
    lagging = tracks[0][0] if shares[0] < shares[-1] else None
    for track, done, total in tracks:
        for k in here:
            if k.track == track and k.status == "niet gestart":
                if track == lagging:
                    reason = fill(k, words["2lag"], track=_TRACK_WORDS[lang][track], done=done,
                                  total=total)
                else:
                    reason = fill(k, words[2])
                add(k, 2, reason)
    for k in nodes:  # rule 3: left behind in an earlier phase
        if k.phase < current and k.is_open:
            add(k, 3, fill(k, words[3]))
    if not any(k.is_open for k in here):  # rule 4: the next phase with open knooppunten
        later = sorted({k.phase for k in nodes if k.phase > current and k.is_open})
        if later:
            for k in _open_in(nodes, later[0]):
                add(k, 4, fill(k, words[4]))
    return out if limit is None else out[:max(0, limit)]


def first_round_prompt(project: Project, lang: str = "nl",
                       today: str | None = None) -> tuple[str, str] | None:
    """A prompt for the next evening's first round, and why: the prompt of the first
    suggested knooppunt that has one. None when no suggestion has a prompt."""
    lang = _lang(lang)
    for s in suggestions(project, lang, limit=None, today=today):
        prompt = s.knooppunt.prompt.strip()
        if prompt:
            why = _REASONS[lang]["why"].format(title=s.knooppunt.label(lang), reason=s.reason)
            return prompt, why
    return None


# -- APK van de wijkaanpak ------------------------------------------------------------------


def _apk_values(bijeenkomst_id: str | None, date: str | None, scores: dict[str, Any],
                notes: dict[str, Any], summary: str) -> dict[str, Any]:
    values: dict[str, Any] = {"bijeenkomst_id": bijeenkomst_id, "date": date}
    for name, score in (scores or {}).items():
        if name not in kinds.APK_FIELDS:
            raise ValidationError("unknown_field", field=str(name), kind="apk")
        values[name] = score
    for name, note in (notes or {}).items():
        base = name[:-5] if isinstance(name, str) and name.endswith("_note") else name
        if base not in kinds.APK_FIELDS:
            raise ValidationError("unknown_field", field=str(name), kind="apk")
        if not isinstance(note, str):
            raise ValidationError("field_type", field=f"{base}_note", expected="text")
        values[f"{base}_note"] = note.strip()
    if not isinstance(summary, str):
        raise ValidationError("field_type", field="summary", expected="text")
    values["summary"] = summary.strip()
    return _APK.validate(values)


def save_apk(log: EditLog, bijeenkomst_id: str | None, date: str | None,
             scores: dict[str, int], notes: dict[str, str], summary: str = "") -> str:
    """Save the APK held at an evening; returns its id.

    ``scores``: question field (``APK_QUESTIONS``) -> 0–5 (0: not scored); ``notes``: field
    (or ``<field>_note``) -> text. One APK per evening: its id is derived from the evening's
    (``apk_id``), so saving again for the same evening updates it (questions left out of
    scores and notes keep their value), and two laptops scoring the same evening merge into
    one APK. ``date`` None: the evening's date, else today. Without an evening, each save
    makes a new APK.
    """
    project = log.project
    with project.batch():
        if bijeenkomst_id is not None:
            evening = project.get("bijeenkomst", bijeenkomst_id)
            if evening is None or evening.deleted:
                raise ValidationError("no_such_record", kind="bijeenkomst", id=str(bijeenkomst_id))
            date = date or evening.date
        values = _apk_values(bijeenkomst_id, date or _today(), scores, notes, summary)
        if bijeenkomst_id is None:
            return log.add("apk", **values)
        record_id = apk_id(bijeenkomst_id)
        rec = project.get("apk", record_id)
        defaults = _APK.defaults()
        if rec is None:
            shared = {n: v for n, v in values.items()
                      if n in ("bijeenkomst_id", "date") or v != defaults[n]}
            return log.added("apk", project.add_shared("apk", record_id, **shared))
        if rec.deleted:
            if any(h.field == "_erased" for h in project.history(record_id)):
                return log.add("apk", **values)  # an erased APK stays erased
            project.restore("apk", record_id)
            log.added("apk", record_id)
        log.update("apk", record_id, **values)
        return record_id


def apks(project: Project) -> list[Record]:
    """The project's APKs, oldest first (by date; undated last; then as they were made)."""
    return sorted(project.all("apk"), key=lambda r: (r.date is None, r.date or ""))


def apk_for(project: Project, bijeenkomst_id: str) -> Record | None:
    """The APK held at an evening, if any (to fill in the form again)."""
    found = [r for r in apks(project) if r.bijeenkomst_id == bijeenkomst_id]
    return found[-1] if found else None


def apk_trend(project: Project) -> dict[str, tuple[int | None, int | None]]:
    """Per question field: (the score before, the last score), over the APKs in which it was
    scored (0 does not count); None where there is none. The UI shows ↑ / ↓ / = from it."""
    records = apks(project)
    out: dict[str, tuple[int | None, int | None]] = {}
    for name in kinds.APK_FIELDS:
        scored = [int(r[name]) for r in records if r[name]]
        out[name] = (scored[-2] if len(scored) > 1 else None, scored[-1] if scored else None)
    return out


def trend_arrow(previous: int | None, last: int | None) -> str:
    """"↑", "↓" or "=" from two scores; "" when one is missing."""
    if previous is None or last is None:
        return ""
    return "↑" if last > previous else "↓" if last < previous else "="


#: The chart's size in pixels (PNG) at ``APK_CHART_DPI``; SVG and PDF have the same inches.
APK_CHART_SIZE = (800, 450)
APK_CHART_DPI = 100
#: How far apart the lines of equal scores are drawn (in score units).
APK_CHART_NUDGE = 0.05
#: Colour-blind safe colours (Okabe–Ito) and a marker per question, so lines that overlap
#: stay apart.
_APK_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
_APK_MARKERS = ("o", "s", "^", "D", "v", "P", "X")


def apk_chart(project: Project, path: str | Path, lang: str = "nl", *,
              format: str | None = None) -> Path:
    """Draw the seven scores over time as a small line chart: PNG (``APK_CHART_SIZE``
    pixels), SVG or PDF by ``format`` or the suffix; returns the path. Unscored questions
    leave a gap; with no APK yet the chart says so. matplotlib is imported here, headless."""
    from .network_export import picture_format, save_figure

    fmt = picture_format(path, format)
    return save_figure(project, _apk_figure(project, _lang(lang)), path, fmt, APK_CHART_DPI,
                       tight=False)


def _short_date(iso: str | None, lang: str) -> str:
    """"17-09-2026" (Dutch) or "2026-09-17" (English); "?" without a date."""
    if not iso:
        return "?"
    return iso if lang == "en" else "-".join(reversed(iso.split("-")))


def _apk_figure(project: Project, lang: str) -> Any:
    from matplotlib.figure import Figure

    width, height = APK_CHART_SIZE
    figure = Figure(figsize=(width / APK_CHART_DPI, height / APK_CHART_DPI),
                    dpi=APK_CHART_DPI)
    ax = figure.add_axes((0.07, 0.14, 0.62, 0.74))
    title = "APK van de wijkaanpak" if lang == "nl" else "Health check of the approach"
    figure.suptitle(title, x=0.07, y=0.96, ha="left", fontsize=12, fontweight="bold")
    records = apks(project)
    ax.set_ylim(0.5, APK_MAX + 0.5)
    ax.set_yticks(range(1, APK_MAX + 1))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if not records:
        ax.set_xticks([])
        ax.text(0.5, 0.5, "Nog geen APK" if lang == "nl" else "No health check yet",
                transform=ax.transAxes, ha="center", va="center", color="#5b6670")
        return figure
    xs = list(range(len(records)))
    labels = [_short_date(r.date, lang) for r in records]
    trend = apk_trend(project)
    middle = (len(APK_QUESTIONS) - 1) / 2
    for i, (name, _nl, _en) in enumerate(APK_QUESTIONS):
        # Nudged up or down a little each, so that equal scores stay seven lines.
        nudge = (i - middle) * APK_CHART_NUDGE
        ys = [float(r[name]) + nudge if r[name] else float("nan") for r in records]
        previous, last = trend[name]
        label = APK_SHORT[name][0 if lang == "nl" else 1]
        if last is not None:
            label += f" ({last}{' ' + trend_arrow(previous, last) if previous else ''})"
        ax.plot(xs, ys, color=_APK_COLOURS[i], marker=_APK_MARKERS[i], linewidth=1.8,
                markersize=6, label=label)
    ax.set_xticks(xs)
    ax.set_xticklabels(labels, fontsize=8, rotation=0 if len(xs) <= 6 else 30)
    ax.set_xlim(-0.4 if len(xs) > 1 else -1.0, len(xs) - 0.6 if len(xs) > 1 else 1.0)
    ax.set_ylabel("score (1–5)", fontsize=9)
    ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False, fontsize=9)
    return figure

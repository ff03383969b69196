"""Starting an evening from an evening template or from an earlier evening's programme.

The templates are files in ``resources/templates/avonden/`` (checked field by field on load; a
damaged one is left out). Part of ``programme`` (its names are reached through it), kept apart
so that the first frame of the window, which reads the programme's order, does not pay for
the templates' classes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .board import EditLog
from .errors import ValidationError
from .kinds import FORMATS, MAX_LONG_TEXT, MAX_TEXT, STAGES
from .programme import (
    MAX_MINUTES,
    ROUND_SETUP,
    _require,
    _rounds_in,
    agenda_items,
    programme,
)


@dataclass(frozen=True)
class RoundTemplate:
    """A round of a template: its question and setup."""

    prompt: str
    format: str = "world café"
    stage: str = "verzamelen"
    minutes: int = 0
    autostart: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class ItemTemplate:
    """An agenda item of a template, with its rounds."""

    title: str
    minutes: int = 0
    who: str = ""
    rounds: tuple[RoundTemplate, ...] = ()


@dataclass(frozen=True)
class EveningTemplate:
    """A programme to start an evening from (``resources/templates/avonden/*.json``)."""

    key: str  # the file's name without .json
    name: str  # what the facilitator chooses ("Eerste bewonersavond")
    description: str = ""
    title: str = ""  # the new evening's title ("" : the usual one)
    format: str = ""  # the evening's werkvorm ("" : the usual one)
    items: tuple[ItemTemplate, ...] = field(default_factory=tuple)

    @property
    def minutes(self) -> int:
        """The planned minutes of the whole programme."""
        return sum(i.minutes for i in self.items)

    @property
    def round_count(self) -> int:
        """How many rounds the programme has."""
        return sum(len(i.rounds) for i in self.items)


def _text(data: dict, name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    value = data.get(name, "")
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise ValueError(f"{name}: text expected")
    value = value.strip()
    if required and not value:
        raise ValueError(f"{name}: required")
    return value


def _minutes(data: dict) -> int:
    value = data.get("minutes", 0)
    if type(value) is not int or not 0 <= value <= MAX_MINUTES:
        raise ValueError("minutes: a whole number from 0 to 600 expected")
    return value


def _choice(data: dict, name: str, choices: tuple[str, ...], default: str) -> str:
    value = data.get(name, default)
    if value not in choices:
        raise ValueError(f"{name}: one of {', '.join(choices)} expected")
    return value


def _flag(data: dict, name: str) -> bool:
    value = data.get(name, False)
    if not isinstance(value, bool):
        raise ValueError(f"{name}: true or false expected")
    return value


def template_from_dict(key: str, data: Any) -> EveningTemplate:
    """An evening template from its JSON data, checked (ValueError says what is wrong)."""
    if not isinstance(data, dict):
        raise ValueError("an object expected")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items or len(raw_items) > 100:
        raise ValueError("items: a list of 1 to 100 agenda items expected")
    items = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            raise ValueError("items: objects expected")
        raw_rounds = raw.get("rounds", [])
        if not isinstance(raw_rounds, list) or len(raw_rounds) > 50:
            raise ValueError("rounds: a list expected")
        rounds = []
        for r in raw_rounds:
            if not isinstance(r, dict):
                raise ValueError("rounds: objects expected")
            rounds.append(RoundTemplate(
                prompt=_text(r, "prompt", required=True),
                format=_choice(r, "format", FORMATS, "world café"),
                stage=_choice(r, "stage", STAGES, "verzamelen"), minutes=_minutes(r),
                autostart=_flag(r, "autostart"), hidden=_flag(r, "hidden")))
        items.append(ItemTemplate(title=_text(raw, "title", required=True),
                                  minutes=_minutes(raw), who=_text(raw, "who"),
                                  rounds=tuple(rounds)))
    fmt = data.get("format", "")
    if fmt != "" and fmt not in FORMATS:
        raise ValueError(f"format: one of {', '.join(FORMATS)} expected")
    return EveningTemplate(key=key, name=_text(data, "name", required=True),
                           description=_text(data, "description", limit=MAX_LONG_TEXT),
                           title=_text(data, "title"), format=fmt, items=tuple(items))


def templates_folder() -> Path:
    """``resources/templates/avonden``."""
    from .templates import templates_dir

    return templates_dir() / "avonden"


@cache
def evening_templates(folder: Path | None = None) -> tuple[EveningTemplate, ...]:
    """The evening templates in the folder (by default ``templates_folder()``), by name; a
    file that cannot be read or is not a good template is left out."""
    folder = folder or templates_folder()
    found: list[EveningTemplate] = []
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError:
        return ()
    for path in paths:
        try:
            found.append(template_from_dict(path.stem,
                                            json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, RecursionError):
            continue  # damaged: left out
    return tuple(sorted(found, key=lambda t: (t.name.casefold(), t.key)))


def apply_template(log: EditLog, evening_id: str, template: EveningTemplate) -> list[str]:
    """Add a template's agenda items and rounds after the evening's programme (and its
    werkvorm, if it names one); returns the new agenda items' ids."""
    project = log.project
    evening = _require(project, "bijeenkomst", evening_id)
    made: list[str] = []
    with project.batch():
        if template.format and evening.format != template.format:
            log.update("bijeenkomst", evening_id, format=template.format)
        start = len(agenda_items(project, evening_id))
        for n, item in enumerate(template.items):
            item_id = log.add("agenda_item", bijeenkomst_id=evening_id, title=item.title,
                              minutes=item.minutes, who=item.who, position=start + n)
            made.append(item_id)
            for position, r in enumerate(item.rounds):
                log.add("round", bijeenkomst_id=evening_id, agenda_item_id=item_id,
                        position=position, prompt=r.prompt, format=r.format, stage=r.stage,
                        minutes=r.minutes, autostart=r.autostart, hidden=r.hidden)
    return made


def copy_programme(log: EditLog, source_id: str, evening_id: str) -> list[str]:
    """Add an earlier evening's programme after this evening's: its agenda items (title,
    minutes, who) and rounds (question, werkvorm, timer, hidden collecting), each round at
    its start (collecting); not the notes, texts or votes. Returns the new items' ids."""
    project = log.project
    _require(project, "bijeenkomst", source_id)
    _require(project, "bijeenkomst", evening_id)
    if source_id == evening_id:
        raise ValidationError("bad_choice", field="source", value="the same evening")
    made: list[str] = []
    with project.batch():
        start = len(agenda_items(project, evening_id))
        loose_start = len(_rounds_in(project, evening_id, None))
        for n, part in enumerate(programme(project, source_id)):
            if part.item is None:
                item_id = None
                offset = loose_start
            else:
                item_id = log.add("agenda_item", bijeenkomst_id=evening_id,
                                  title=part.item.title, minutes=part.item.minutes,
                                  who=part.item.who, position=start + n)
                made.append(item_id)
                offset = 0
            for position, rnd in enumerate(part.rounds, start=offset):
                log.add("round", bijeenkomst_id=evening_id, agenda_item_id=item_id,
                        position=position, **{name: rnd[name] for name in ROUND_SETUP})
    return made


def new_evening(log: EditLog, fields: dict[str, Any], *,
                template: EveningTemplate | None = None,
                copy_from: str | None = None) -> str:
    """A new evening with the given fields, empty or with a template's programme or a copy of
    an earlier evening's; returns its id (one undo step with the log)."""
    project = log.project
    with project.batch():
        if template is not None:
            fields = {**fields, **({"title": template.title} if template.title else {}),
                      **({"format": template.format} if template.format else {})}
        evening_id = log.add("bijeenkomst", **fields)
        if template is not None:
            apply_template(log, evening_id, template)
        elif copy_from is not None:
            copy_programme(log, copy_from, evening_id)
    return evening_id

"""Reference lists shipped in ``resources/templates/`` (editable by a facilitator): the tags a
note or cluster can carry. A missing or damaged file never stops the app: the built-in lists
below are used instead."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .kinds import COMPASS_TRACKS, PHASES

_BUILT_IN_PHASES = {1: "Samen starten", 2: "Karakteriseren van het gebied",
                    3: "Strategieën bepalen", 4: "Keuzes maken", 5: "Voorbereiding uitvoering",
                    6: "Realisatie en nazorg"}
_BUILT_IN_TRACKS = {"sociaal": "Sociaal-maatschappelijk", "technisch": "Technisch-financieel"}
_BUILT_IN_THEMES = ("Leefwereld van bewoners", "Armoede en schulden", "Werk", "Gezondheid",
                    "Eenzaamheid", "Vervanging riool of gasleiding", "Groen", "Hittestress",
                    "Wateroverlast", "Speelplekken", "Mobiliteit")


def templates_dir() -> Path:
    """``resources/templates`` next to the package, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent.parent
    return base / "resources" / "templates"


@dataclass(frozen=True)
class Tags:
    """The phases (number -> name), tracks (key -> name) and koppelkans themes."""

    phases: dict[int, str]
    tracks: dict[str, str]
    themes: tuple[str, ...]


@cache
def tags(path: Path | None = None) -> Tags:
    """The tag lists from ``tags.json``, each part checked; the built-in one where it is not."""
    phases, tracks, themes = dict(_BUILT_IN_PHASES), dict(_BUILT_IN_TRACKS), _BUILT_IN_THEMES
    try:
        data = json.loads((path or templates_dir() / "tags.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Tags(phases, tracks, themes)
    if not isinstance(data, dict):
        return Tags(phases, tracks, themes)
    found = data.get("phases")
    if isinstance(found, list) and all(
            isinstance(p, dict) and p.get("number") in PHASES and isinstance(p.get("name"), str)
            for p in found):
        phases.update({p["number"]: p["name"][:80] for p in found})
    found = data.get("tracks")
    if isinstance(found, list) and all(
            isinstance(t, dict) and t.get("key") in COMPASS_TRACKS
            and isinstance(t.get("name"), str) for t in found):
        tracks.update({t["key"]: t["name"][:80] for t in found if t["key"]})
    found = data.get("themes")
    if isinstance(found, list) and found and all(
            isinstance(t, str) and 0 < len(t) <= 80 for t in found):
        themes = tuple(dict.fromkeys(found))
    return Tags(phases, tracks, themes)


_BUILT_IN_FORMATS = {"world café": 20, "thematafels": 30, "plenair": 15, "informatiemarkt": 45,
                     "anders": 20}


@dataclass(frozen=True)
class Format:
    """A workshop format: its name (one of ``kinds.FORMATS``), usual minutes, a description."""

    name: str
    minutes: int
    description: str


@cache
def formats(path: Path | None = None) -> dict[str, Format]:
    """The workshop formats from ``werkvormen.json``; built-in values where it says nothing."""
    from .kinds import FORMATS

    out = {name: Format(name, _BUILT_IN_FORMATS[name], "") for name in FORMATS}
    try:
        data = json.loads((path or templates_dir() / "werkvormen.json").read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        return out
    found = data.get("formats") if isinstance(data, dict) else None
    for item in found if isinstance(found, list) else []:
        if (isinstance(item, dict) and item.get("name") in out
                and type(item.get("minutes")) is int and 1 <= item["minutes"] <= 240
                and isinstance(item.get("description", ""), str)):
            out[item["name"]] = Format(item["name"], item["minutes"],
                                       item.get("description", "")[:300])
    return out

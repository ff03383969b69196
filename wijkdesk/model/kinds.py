"""The kinds of things a project holds and their fields, declared once.

This registry is plain Python so that it loads in a few milliseconds: validation, the change log,
the canonical dump and the fast read path use it. The typed SQLAlchemy tables in ``schema.py``
declare the same columns; ``tests/test_schema.py`` checks that the two agree.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from .errors import ValidationError

MAX_TEXT = 2000
MAX_LONG_TEXT = 100_000

PHASES = (1, 2, 3, 4, 5, 6)
COMPASS_TRACKS = ("", "sociaal", "technisch")
FORMATS = ("world café", "thematafels", "plenair", "informatiemarkt", "anders")
STAGES = ("verzamelen", "ordenen", "kiezen")
SEGMENTS = ("willen", "middenveld", "niet willen")
PARTICIPATION = ("informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen")
TIMELINE_TRACKS = ("denk", "doe")
TIMELINE_KINDS = ("mijlpaal", "activiteit", "besluit", "bijeenkomst", "stip")
TIMELINE_STATUS = ("gepland", "bezig", "klaar", "uitgesteld")
ACTION_STATUS = ("open", "bezig", "klaar", "uitgesteld")
#: Wijkkompas (format 5): the tracks a knooppunt lies on and the statuses it can have.
KNOOPPUNT_TRACKS = ("sociaal", "technisch")
KNOOPPUNT_STATUS = ("niet gestart", "bezig", "afgerond", "nvt")
#: The seven questions of the "APK van de wijkaanpak" as field names: a score 0-5 each (0: not
#: scored) and a note each (``<name>_note``). The questions' words are in kompas.APK_QUESTIONS.
APK_FIELDS = ("urgency", "vision", "residents_role", "trust", "frontrunners", "facilitation",
              "communication")
#: What a link may start at, and what it may point to (format 4; a Wijkkompas knooppunt since
#: format 5). Linking another kind of record later is one more name in LINK_SOURCES (and, as a
#: target, in LINK_TARGETS); the file's columns stay the same.
LINK_SOURCES = ("timeline_item", "knooppunt")
LINK_TARGETS = ("cluster", "agreement", "action_item", "stakeholder", "timeline_item")


@dataclass(frozen=True)
class Field:
    """One field of a kind: its type, default and the limits a value must keep."""

    name: str
    type: str  # "str", "text", "int", "float", "bool", "date", "ref", "intlist"
    default: Any = None
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    ref: str | None = None  # kind(s) a "ref" field points to, "a|b" for either
    nullable: bool = False
    personal: bool = False  # personal data (AVG): redacted by erase and anonymous exports

    def validate(self, value: Any) -> Any:
        """Return the value normalised to the field's type, or raise ValidationError."""
        if value is None:
            if self.nullable:
                return None
            raise ValidationError("field_required", field=self.name)
        t = self.type
        if t in ("str", "text"):
            if not isinstance(value, str):
                raise ValidationError("field_type", field=self.name, expected="text")
            limit = MAX_TEXT if t == "str" else MAX_LONG_TEXT
            if len(value) > limit:
                raise ValidationError("text_too_long", field=self.name, limit=limit)
            if "\x00" in value:
                raise ValidationError("field_type", field=self.name, expected="text")
        elif t == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError("field_type", field=self.name, expected="integer")
        elif t == "float":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError("field_type", field=self.name, expected="number")
            value = float(value)
            if value != value or value in (float("inf"), float("-inf")):
                raise ValidationError("field_type", field=self.name, expected="number")
        elif t == "bool":
            if not isinstance(value, bool):
                raise ValidationError("field_type", field=self.name, expected="yes/no")
        elif t == "date":
            if not isinstance(value, str):
                raise ValidationError("field_type", field=self.name, expected="date")
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError("bad_date", field=self.name, value=value) from None
            if len(value) != 10:
                raise ValidationError("bad_date", field=self.name, value=value)
        elif t == "ref":
            if not isinstance(value, str) or len(value) > 64:
                raise ValidationError("field_type", field=self.name, expected="reference")
        elif t == "intlist":
            if not isinstance(value, list | tuple) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                raise ValidationError("field_type", field=self.name, expected="list of numbers")
            value = sorted(set(value))
            if self.choices is not None and any(v not in self.choices for v in value):
                raise ValidationError("bad_choice", field=self.name, value=str(value))
            return value
        else:  # pragma: no cover - the registry below uses only the types above
            raise AssertionError(t)
        if self.choices is not None and value not in self.choices:
            raise ValidationError("bad_choice", field=self.name, value=str(value))
        if self.minimum is not None and value < self.minimum:
            raise ValidationError("out_of_range", field=self.name, value=str(value))
        if self.maximum is not None and value > self.maximum:
            raise ValidationError("out_of_range", field=self.name, value=str(value))
        return value


@dataclass(frozen=True)
class Kind:
    """A kind of record: its name, table and fields (besides id and bookkeeping)."""

    name: str
    table: str
    fields: tuple[Field, ...]
    parent: str | None = None  # the ref field that places it under another record
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def defaults(self) -> dict[str, Any]:
        """Every field with its default value."""
        return {f.name: (list(f.default) if isinstance(f.default, list) else f.default)
                for f in self.fields}

    @property
    def erasable(self) -> tuple[str, ...]:
        """The free-text fields an AVG erasure blanks (text fields without a fixed choice)."""
        return tuple(f.name for f in self.fields
                     if f.type in ("str", "text") and f.choices is None)

    def validate(self, values: dict[str, Any], *, complete: bool = False) -> dict[str, Any]:
        """Validate some (or, with complete, all) fields; unknown names are refused."""
        out: dict[str, Any] = {}
        for name, value in values.items():
            f = self.by_name.get(name)
            if f is None:
                raise ValidationError("unknown_field", field=name, kind=self.name)
            out[name] = f.validate(value)
        if complete:
            for f in self.fields:
                if f.name not in out:
                    out[f.name] = f.validate(self.defaults()[f.name])
        return out


def _s(name: str, default: str = "", **kw: Any) -> Field:
    return Field(name, "str", default, **kw)


def _t(name: str, default: str = "", **kw: Any) -> Field:
    return Field(name, "text", default, **kw)


def _ref(name: str, kind: str, nullable: bool = True) -> Field:
    return Field(name, "ref", None, ref=kind, nullable=nullable)


def _i(name: str, default: int | None = 0, **kw: Any) -> Field:
    return Field(name, "int", default, **kw)


def _f(name: str, default: float = 0.0) -> Field:
    return Field(name, "float", default, minimum=-1e7, maximum=1e7)


def _b(name: str, default: bool = False) -> Field:
    return Field(name, "bool", default)


def _d(name: str) -> Field:
    return Field(name, "date", None, nullable=True)


_PHASE = Field("phase", "int", None, choices=PHASES, nullable=True)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("project", "project", (
            _s("name", "Nieuw project"), _s("wijk"), _s("municipality"), _t("description"),
            Field("current_phase", "int", None, choices=PHASES, nullable=True),
        )),
        Kind("bijeenkomst", "bijeenkomst", (
            _s("title", "Bewonersavond"), _d("date"), _s("place"),
            _s("chair", personal=True), _s("minute_taker", personal=True),
            _s("format", "world café", choices=FORMATS), _t("agenda"),
            _i("tables", 3, minimum=1, maximum=40), _s("next_meeting"),
            _i("dots", 0, minimum=0, maximum=100),  # stickers per participant; 0: no hint
        )),
        Kind("round", "round", (
            _ref("bijeenkomst_id", "bijeenkomst", nullable=False), _s("prompt"),
            _i("position", 0, minimum=0, maximum=10_000),
            _s("format", "world café", choices=FORMATS),
            _s("stage", "verzamelen", choices=STAGES), _b("hidden"),
            # format 6: the round's place in the evening's programme and its own timer
            _ref("agenda_item_id", "agenda_item"),
            _i("minutes", 0, minimum=0, maximum=600),  # the timer; 0: the settings' default
            _b("autostart"),  # start the timer when the programme moves to this round
        ), parent="bijeenkomst_id"),
        # format 6: an item of an evening's programme (agenda); its rounds point to it
        Kind("agenda_item", "agenda_item", (
            _ref("bijeenkomst_id", "bijeenkomst", nullable=False), _s("title"),
            _i("minutes", 0, minimum=0, maximum=600), _s("who", personal=True),
            _i("position", 0, minimum=0, maximum=10_000), _t("note"),
        ), parent="bijeenkomst_id"),
        # format 6: a table of an evening, its name and colour ("" : the settings' default);
        # its id is a UUID5 of the evening and the number, so two laptops adding table 4 to
        # the same evening make one record
        Kind("evening_table", "evening_table", (
            _ref("bijeenkomst_id", "bijeenkomst", nullable=False),
            _i("number", 1, minimum=1, maximum=40), _s("name"), _s("colour"),
        ), parent="bijeenkomst_id"),
        Kind("cluster", "cluster", (
            _ref("round_id", "round", nullable=False), _s("name", "Nieuw cluster"),
            _f("x"), _f("y"), _s("colour"), _PHASE,
            _s("track", "", choices=COMPASS_TRACKS), _s("theme"),
        ), parent="round_id"),
        Kind("insight", "insight", (
            _ref("round_id", "round", nullable=False), _s("text"),
            _i("table", 1, minimum=0, maximum=40), _f("x"), _f("y"), _s("colour"),
            _ref("cluster_id", "cluster"), _PHASE, _s("track", "", choices=COMPASS_TRACKS),
            _b("hidden"), _s("theme"),  # hidden: face down until revealed
        ), parent="round_id"),
        Kind("vote", "vote", (
            _ref("round_id", "round", nullable=False),
            _ref("target_id", "cluster|insight", nullable=False),
            _i("table", 0, minimum=0, maximum=40), _i("count", 0, minimum=0, maximum=100_000),
        ), parent="round_id"),
        Kind("stakeholder", "stakeholder", (
            _s("name", "Nieuwe partij"), _s("type", "overig"), _s("role"),
            _i("influence", 3, minimum=1, maximum=5), _i("interest", 3, minimum=1, maximum=5),
            _s("segment", "middenveld", choices=SEGMENTS),
            _s("participation", "informeren", choices=PARTICIPATION),
            _s("contact_name", personal=True), _b("contact_consent"), _t("notes"),
            _f("x"), _f("y"), Field("phases", "intlist", [], choices=PHASES),
        )),
        Kind("relation", "relation", (
            _ref("source_id", "stakeholder", nullable=False),
            _ref("target_id", "stakeholder", nullable=False),
            _s("type", "informeert"), _i("strength", 2, minimum=1, maximum=3), _t("note"),
        )),
        Kind("timeline_item", "timeline_item", (
            _s("track", "doe", choices=TIMELINE_TRACKS),
            _s("kind", "activiteit", choices=TIMELINE_KINDS), _s("title", "Nieuwe stap"),
            _d("start"), _d("end"), _ref("owner_id", "stakeholder"),
            _s("status", "gepland", choices=TIMELINE_STATUS),
            _i("postponed", 0, minimum=0, maximum=1000), _PHASE, _t("note"),
            _ref("source_id", "cluster|insight"),  # promoted from this cluster or note
        )),
        Kind("dependency", "dependency", (
            _ref("before_id", "timeline_item", nullable=False),
            _ref("after_id", "timeline_item", nullable=False),
        )),
        Kind("agreement", "agreement", (
            _ref("bijeenkomst_id", "bijeenkomst"), _i("number", 1, minimum=0, maximum=100_000),
            _t("text"), _PHASE, _ref("source_id", "cluster|insight"),
            # format 6: an agreement has a who, a when and a status too
            _s("who", personal=True), _ref("who_id", "stakeholder"), _d("due"),
            _s("status", "open", choices=ACTION_STATUS),
        ), parent="bijeenkomst_id"),
        Kind("action_item", "action_item", (
            _ref("bijeenkomst_id", "bijeenkomst"), _i("number", 1, minimum=0, maximum=100_000),
            _t("what"), _s("who"), _d("due"), _s("status", "open", choices=ACTION_STATUS),
            _i("postponed", 0, minimum=0, maximum=1000), _ref("source_id", "cluster|insight"),
            _ref("who_id", "stakeholder"),  # format 6: the party from the network, if one
        ), parent="bijeenkomst_id"),
        Kind("attendance", "attendance", (
            _ref("bijeenkomst_id", "bijeenkomst", nullable=False), _s("group", "bewoners"),
            _s("organisation"), _s("role"), _i("count", 0, minimum=0, maximum=100_000),
            _s("name", personal=True), _b("consent"), _b("absent_with_notice"),
        ), parent="bijeenkomst_id"),
        Kind("phase_span", "phase_span", (
            Field("number", "int", 1, choices=PHASES), _d("start"), _d("end"),
        )),
        Kind("note", "note", (
            _ref("bijeenkomst_id", "bijeenkomst"), _s("title"), _t("text"),
        ), parent="bijeenkomst_id"),
        Kind("link", "link", (  # format 4: a timeline step linked to what it came from
            _ref("from_id", "|".join(LINK_SOURCES), nullable=False),
            _ref("to_id", "|".join(LINK_TARGETS), nullable=False),
        )),
        # format 5: a Wijkkompas knooppunt the facilitator touched or made (kompas.py). For
        # one of the starter set (``key``), an empty text field means "the starter's text".
        Kind("knooppunt", "knooppunt", (
            _s("key"), Field("phase", "int", 1, choices=PHASES),
            _s("track", "sociaal", choices=KNOOPPUNT_TRACKS), _s("title"), _t("goal"),
            _t("approach"), _t("tips"), _s("parties"), _s("prompt"),
            _i("position", 0, minimum=0, maximum=10_000),
            _s("status", "niet gestart", choices=KNOOPPUNT_STATUS), _d("date"), _t("note"),
        )),
        # format 5: one "APK van de wijkaanpak" (health check), at an evening
        Kind("apk", "apk", (
            _ref("bijeenkomst_id", "bijeenkomst"), _d("date"),
            *(_i(name, 0, minimum=0, maximum=5) for name in APK_FIELDS),
            *(_s(f"{name}_note") for name in APK_FIELDS),
            _t("summary"),
        ), parent="bijeenkomst_id"),
    )
}


def kind(name: str) -> Kind:
    """The kind called name, or ValidationError for an unknown one."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValidationError("unknown_kind", kind=name) from None

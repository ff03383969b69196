"""The app's settings: each declared once (key, type, default, scope, limits), and a small store.

Every setting is one ``Setting`` in ``SETTINGS``; the settings dialog is built from these
declarations, and the rest of the app reads and writes them through ``get`` and ``set``, never
with ``QSettings.value`` on its own.

Scope ``"laptop"``: kept under the key as it is, for every project on this laptop. Scope
``"project"``: kept per project on this laptop, under ``projects/<project id>/<key>`` — the id
of the project (``project.info().id``), not its path, so a renamed or moved file (or a table
copy, which has the same id) keeps them. Nothing here goes into the project file.

A stored value that is of the wrong type, out of range or not one of the choices (another
version, a hand-edited file, a plist with other types) reads as the default: reading a
setting never fails. ``set`` refuses a value that does not fit the declaration
(``ValueError``): that is a programming error, the dialog's widgets give only valid values.

``settings`` is anything with QSettings' ``value(key, default)``, ``setValue(key, value)``,
``remove(key)`` and ``contains(key)``; this module imports no Qt, so the command line and
tests can use it without a GUI.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation (lupdate finds it); the dialog translates it when shown."""
    return text


#: the translation context of the labels below (``QCoreApplication.translate(CONTEXT, …)``)
CONTEXT = "Settings"
LAPTOP = "laptop"
PROJECT = "project"
#: the pages of the settings dialog, in order, with their titles
GROUPS = (
    ("evening", QT_TRANSLATE_NOOP("Settings", "Evening")),
    ("tables", QT_TRANSLATE_NOOP("Settings", "Tables")),
    ("timer", QT_TRANSLATE_NOOP("Settings", "Timer")),
    ("display", QT_TRANSLATE_NOOP("Settings", "Display")),
    ("language", QT_TRANSLATE_NOOP("Settings", "Language")),
    ("minutes", QT_TRANSLATE_NOOP("Settings", "Minutes")),
)
MAX_TABLES = 40  # as the model's bijeenkomst.tables
COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Setting:
    """One setting. ``type`` is int, float, bool, str or list (a list of str, one per table);
    ``item`` says what a str or list holds when it needs its own editor ("file", "name",
    "colour"); ``min``/``max``/``step`` bound a number, ``max_length`` a text (or each item),
    ``choices`` the allowed values of a str (with their labels in ``choice_labels``)."""

    key: str
    type: type
    default: Any
    scope: str
    group: str
    label: str
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    step: float | None = None
    max_length: int = 0
    item: str = ""
    tip: str = ""


def _table_colours() -> tuple[str, ...]:
    from .ui.palette import TABLE_COLOURS  # no Qt at module level there either

    return TABLE_COLOURS


SETTINGS: tuple[Setting, ...] = (
    Setting("evening/tables", int, 3, LAPTOP, "evening",
            QT_TRANSLATE_NOOP("Settings", "Number of tables"), min=1, max=MAX_TABLES,
            tip=QT_TRANSLATE_NOOP("Settings", "For new bijeenkomsten; each evening can "
                                  "still have its own number")),
    Setting("evening/dots", int, 0, LAPTOP, "evening",
            QT_TRANSLATE_NOOP("Settings", "Stickers per participant"), min=0, max=100,
            tip=QT_TRANSLATE_NOOP("Settings", "Dots each participant gets for the dot "
                                  "vote, for new bijeenkomsten; 0: not set")),
    Setting("tables/names", list, (), PROJECT, "tables",
            QT_TRANSLATE_NOOP("Settings", "Table names"), max=MAX_TABLES, max_length=40,
            item="name"),
    Setting("tables/colours", list, (), PROJECT, "tables",
            QT_TRANSLATE_NOOP("Settings", "Table colours"), max=MAX_TABLES, item="colour"),
    Setting("timer/minutes", int, 20, LAPTOP, "timer",
            QT_TRANSLATE_NOOP("Settings", "Minutes for a round"), min=1, max=240),
    Setting("timer/sound", bool, False, LAPTOP, "timer",
            QT_TRANSLATE_NOOP("Settings", "Sound at the end of a round")),
    Setting("display/theme", str, "standaard", LAPTOP, "display",
            QT_TRANSLATE_NOOP("Settings", "Theme"), choices=("standaard", "beamer"),
            choice_labels=(QT_TRANSLATE_NOOP("Settings", "Standard"),
                           QT_TRANSLATE_NOOP("Settings", "Beamer (high contrast)"))),
    Setting("display/font_scale", float, 1.0, PROJECT, "display",
            QT_TRANSLATE_NOOP("Settings", "Font scale"), min=0.8, max=2.0, step=0.1,
            tip=QT_TRANSLATE_NOOP("Settings", "Larger type for this project (Ctrl++ and "
                                  "Ctrl+-)")),
    Setting("language", str, "nl", LAPTOP, "language",
            QT_TRANSLATE_NOOP("Settings", "Language"), choices=("nl", "en"),
            choice_labels=("Nederlands", "English")),  # each in its own language
    Setting("minutes/organisation", str, "", LAPTOP, "minutes",
            QT_TRANSLATE_NOOP("Settings", "Organisation"), max_length=120,
            tip=QT_TRANSLATE_NOOP("Settings", "The organisation name on the minutes")),
    Setting("minutes/logo", str, "", LAPTOP, "minutes",
            QT_TRANSLATE_NOOP("Settings", "Logo"), max_length=4096, item="file",
            tip=QT_TRANSLATE_NOOP("Settings", "A PNG or JPEG picture on the minutes")),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of key (KeyError for an unknown key)."""
    return _BY_KEY[key]


def default(key: str) -> Any:
    """The default value of key."""
    value = _BY_KEY[key].default
    return list(value) if isinstance(value, tuple) else value


def stored_key(key: str, project_id: str | None = None) -> str:
    """Where key is kept in the settings: as it is, or under the project's id."""
    s = _BY_KEY[key]
    if s.scope == PROJECT:
        if not project_id or not isinstance(project_id, str) or "/" in project_id:
            raise ValueError(f"{key} is kept per project: a project id is needed")
        return f"projects/{project_id}/{key}"
    return key


# -- validation --------------------------------------------------------------------------


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false", "1", "0"):
        return raw.strip().lower() in ("true", "1")
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    raise ValueError(f"not a yes/no value: {raw!r}")


def _to_number(s: Setting, raw: Any) -> int | float:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ValueError(f"not a number: {raw!r}")
    if s.type is int:
        if isinstance(raw, float):
            if not raw.is_integer():
                raise ValueError(f"not a whole number: {raw!r}")
            value: int | float = int(raw)
        else:
            value = int(str(raw).strip()) if isinstance(raw, str) else int(raw)
    else:
        value = float(str(raw).strip().replace(",", ".")) if isinstance(raw, str) \
            else float(raw)
        if not math.isfinite(value):
            raise ValueError(f"not a number: {raw!r}")
        if s.step:  # 1.2000000001 from a float spin box is 1.2
            value = round(round(value / s.step) * s.step, 6)
    if (s.min is not None and value < s.min) or (s.max is not None and value > s.max):
        raise ValueError(f"{value} is outside {s.min}..{s.max} for {s.key}")
    return value


def _item_ok(s: Setting, item: Any) -> bool:
    if not isinstance(item, str):
        return False
    if item == "":
        return True  # the default for that table
    if s.item == "colour":
        return bool(COLOUR_RE.fullmatch(item))
    return len(item) <= (s.max_length or 200) and "\n" not in item


def _to_list(s: Setting, raw: Any, *, lenient: bool) -> list[str]:
    if raw is None or raw == "":
        return []  # QSettings keeps an empty list as nothing
    if isinstance(raw, str):
        raw = [raw]  # QSettings gives a list of one as its single string
    if not isinstance(raw, list | tuple):
        raise ValueError(f"not a list: {raw!r}")
    if s.max is not None and len(raw) > s.max:
        if not lenient:
            raise ValueError(f"more than {s.max} items for {s.key}")
        raw = raw[:int(s.max)]
    out = []
    for item in raw:
        if not _item_ok(s, item):
            if not lenient:
                raise ValueError(f"{item!r} does not fit {s.key}")
            item = ""  # one bad entry: that table gets its default, the others stay
        out.append(item.strip() if s.item == "name" else item.lower())
    while out and out[-1] == "":
        out.pop()
    return out


def validate(key: str, value: Any, *, lenient: bool = False) -> Any:
    """value as key's type, within its limits; ValueError when it does not fit.

    With lenient (reading what is stored), a list keeps its good items and a text is read
    as a text (QSettings may give a number for "12").
    """
    s = _BY_KEY[key]
    if s.type is bool:
        return _to_bool(value)
    if s.type in (int, float):
        return _to_number(s, value)
    if s.type is list:
        return _to_list(s, value, lenient=lenient)
    if value is None:
        raise ValueError(f"no value for {key}")
    if not isinstance(value, str):
        if not lenient or isinstance(value, list | tuple | dict | bytes):
            raise ValueError(f"not a text: {value!r}")
        value = str(value)
    if s.item != "file":
        value = " ".join(value.split()) if "\n" in value else value.strip()
    if s.choices and value not in s.choices:
        raise ValueError(f"{value!r} is not one of {s.choices} for {key}")
    if s.max_length and len(value) > s.max_length:
        if not lenient and s.item == "file":
            raise ValueError(f"the path for {key} is too long")
        value = value[:s.max_length].rstrip()
    return value


def _stored_form(s: Setting, value: Any) -> Any:
    """How a valid value is written: a bool as "true"/"false" (as the round timer always
    wrote it, and readable from every QSettings format); a list as a list."""
    if s.type is bool:
        return "true" if value else "false"
    if s.type is list:
        return list(value)
    return value


# -- the store ---------------------------------------------------------------------------


def get(settings, key: str, project_id: str | None = None) -> Any:
    """The value of key (for a project-scoped key, of that project); the default when
    nothing usable is stored, or for a project-scoped key without a project."""
    s = _BY_KEY[key]
    if s.scope == PROJECT and not project_id:
        return default(key)
    try:
        where = stored_key(key, project_id)
        if settings is None or not settings.contains(where):
            return default(key)
        return validate(key, settings.value(where), lenient=True)
    except (ValueError, TypeError, OverflowError):
        return default(key)


def set(settings, key: str, value: Any, project_id: str | None = None) -> bool:
    """Keep value for key (validated; ValueError when it does not fit). The default is kept
    by removing the key, so a later version's default applies. Returns whether the value
    that ``get`` gives changed."""
    value = validate(key, value)
    before = get(settings, key, project_id)
    where = stored_key(key, project_id)
    if value == default(key):
        settings.remove(where)
    else:
        settings.setValue(where, _stored_form(_BY_KEY[key], value))
    return value != before


def reset(settings, key: str, project_id: str | None = None) -> bool:
    """Back to the default; returns whether the value changed."""
    return set(settings, key, default(key), project_id)


def values(settings, project_id: str | None = None) -> dict[str, Any]:
    """Every setting's current value (project-scoped ones of project_id, or their defaults)."""
    return {s.key: get(settings, s.key, project_id) for s in SETTINGS}


# -- tables ------------------------------------------------------------------------------


def table_colours(settings, project_id: str | None, count: int = MAX_TABLES) -> list[str]:
    """The colour of tables 1..count: the project's own where set, else the palette's."""
    from .ui.palette import project_table_colour

    own = get(settings, "tables/colours", project_id)
    return [(own[n - 1] if n <= len(own) and own[n - 1] else project_table_colour(n))
            for n in range(1, count + 1)]


def table_names(settings, project_id: str | None, count: int, default_name) -> list[str]:
    """The names of tables 1..count: the project's own where set, else ``default_name(n)``
    ("Tafel 3" / "Table 3", translated by the caller)."""
    own = get(settings, "tables/names", project_id)
    return [(own[n - 1] if n <= len(own) and own[n - 1] else default_name(n))
            for n in range(1, count + 1)]


def table_name(settings, project_id: str | None, table: int, default_name) -> str:
    """The name of one table (1, 2, …)."""
    return table_names(settings, project_id, max(1, table), default_name)[-1]


def palette_overrides(settings, project_id: str | None) -> dict[int, str]:
    """The table colours this project changed, ``{table number: "#rrggbb"}`` (empty when it
    uses the palette's); for the theme to apply over ``wijkdesk.ui.palette.TABLE_COLOURS``."""
    own = get(settings, "tables/colours", project_id)
    defaults = _table_colours()
    return {n: colour for n, colour in enumerate(own, start=1)
            if colour and colour != defaults[(n - 1) % len(defaults)]}


def evening_defaults(settings) -> dict[str, int]:
    """The fields a new bijeenkomst takes from the settings: ``tables`` and ``dots``."""
    return {"tables": get(settings, "evening/tables"), "dots": get(settings, "evening/dots")}

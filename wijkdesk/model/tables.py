"""The tables of an evening: how many there are, and each one's name and colour.

An evening (``bijeenkomst``) says how many tables it has (``tables``); an ``evening_table``
record holds what the evening gave a table of its own: a name, a colour ("" : the default).
The defaults are the settings' (the project's table names and colours on this laptop, else
"Tafel 3" and the palette's colour); the model does not read settings, so the caller passes
them (``default_name``, ``default_colour``).

**One record on every laptop.** A table's record has a UUID5 of the evening and its number
(``table_id``) and is made logging only the evening and the number (``Project.add_shared``):
two laptops that each add table 4 to the same evening make one record after a merge, and
their counts (both 4) agree, so there is no conflict. Like a Wijkkompas starter's record,
making it is not itself an undoable step: undo puts the count, name and colour back, and the
record (holding defaults again) stays, so that no delete can race another laptop's edit of it.

**Naming a table in a CSV**: ``find_table`` takes "3", "tafel 3", "Table 3", "Tafel A" or
"A" (the name without "Tafel"), in any case.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from .board import EditLog
from .errors import ValidationError
from .kinds import KINDS
from .project import Project, Record

TABLE_NAMESPACE = uuid.UUID("673c82e3-0f3e-4a5a-939d-19fdcdeaaff6")
#: the most tables an evening has (as ``bijeenkomst.tables``)
MAX_TABLES = int(KINDS["bijeenkomst"].by_name["tables"].maximum or 40)
#: the longest name a table has (as the settings' table names)
MAX_NAME = 40
COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")
#: words a table's name or number may start with ("Tafel 3", "table 3")
PREFIXES = ("tafel", "table")

NameOf = Callable[[int], str]


@dataclass(frozen=True)
class Table:
    """One table of an evening, as shown: its number, name and colour."""

    number: int
    name: str
    colour: str  # "#rrggbb", or "" when no default colour was given and none was set
    own_name: str = ""  # what the evening gave it ("" : the default)
    own_colour: str = ""


def table_id(bijeenkomst_id: str, number: int) -> str:
    """The id of table ``number``'s record at this evening (the same on every laptop)."""
    return str(uuid.uuid5(TABLE_NAMESPACE, f"{bijeenkomst_id}/{number}"))


def default_name(number: int) -> str:
    """The name of a table nobody named, when the caller gives none: "Tafel 3"."""
    return f"Tafel {number}"


def _evening(project: Project, bijeenkomst_id: str) -> Record:
    rec = project.get("bijeenkomst", bijeenkomst_id) if bijeenkomst_id else None
    if rec is None or rec.deleted:
        raise ValidationError("no_such_record", kind="bijeenkomst", id=str(bijeenkomst_id))
    return rec


def own_tables(project: Project, bijeenkomst_id: str) -> dict[int, Record]:
    """The evening's table records by number (the shared one where there are more)."""
    out: dict[int, Record] = {}
    for rec in project.all("evening_table", bijeenkomst_id=bijeenkomst_id):
        if rec.number not in out or rec.id == table_id(bijeenkomst_id, rec.number):
            out[rec.number] = rec
    return out


def _table(number: int, rec: Record | None, name_of: NameOf | None,
           colour_of: NameOf | None) -> Table:
    own_name = rec.name if rec is not None else ""
    own_colour = rec.colour if rec is not None else ""
    return Table(number, own_name or (name_of or default_name)(number),
                 own_colour or (colour_of(number) if colour_of else ""), own_name, own_colour)


def tables(project: Project, bijeenkomst_id: str, name_of: NameOf | None = None,
           colour_of: NameOf | None = None) -> list[Table]:
    """Tables 1..count of an evening, each with its own name and colour or the default's
    (``name_of(n)``, ``colour_of(n)``: the settings'; else "Tafel n" and no colour)."""
    count = _evening(project, bijeenkomst_id).tables
    own = own_tables(project, bijeenkomst_id)
    return [_table(n, own.get(n), name_of, colour_of) for n in range(1, count + 1)]


def table(project: Project, bijeenkomst_id: str, number: int, name_of: NameOf | None = None,
          colour_of: NameOf | None = None) -> Table:
    """One table of an evening (also one past its count: a note may name table 5 of 3)."""
    rec = own_tables(project, bijeenkomst_id).get(number)
    return _table(number, rec, name_of, colour_of)


# -- changing --------------------------------------------------------------------------------


def _number(number: int) -> int:
    if isinstance(number, bool) or not isinstance(number, int) \
            or not 1 <= number <= MAX_TABLES:
        raise ValidationError("out_of_range", field="number", value=str(number))
    return number


def _materialise(project: Project, bijeenkomst_id: str, number: int) -> str:
    """Make sure table ``number`` of the evening has its record (logging the evening and the
    number only); returns its id: ``table_id``, or a new one when that record was erased."""
    record_id = table_id(bijeenkomst_id, number)
    rec = project.get("evening_table", record_id)
    if rec is None:
        project.add_shared("evening_table", record_id, bijeenkomst_id=bijeenkomst_id,
                           number=number)
    elif rec.deleted:
        if any(h.field == "_erased" for h in project.history(record_id)):
            found = own_tables(project, bijeenkomst_id).get(number)
            if found is not None:
                return found.id
            return project.add("evening_table", bijeenkomst_id=bijeenkomst_id, number=number)
        project.restore("evening_table", record_id)
    return record_id


def set_table(log: EditLog, bijeenkomst_id: str, number: int, *, name: str | None = None,
              colour: str | None = None) -> None:
    """Give table ``number`` of the evening its own name and/or colour ("" : the default
    again; None leaves it as it is). One undoable group of edits on the log."""
    project = log.project
    _evening(project, bijeenkomst_id)
    _number(number)
    changes: dict[str, str] = {}
    if name is not None:
        if not isinstance(name, str):
            raise ValidationError("field_type", field="name", expected="text")
        name = " ".join(name.split())
        if len(name) > MAX_NAME:
            raise ValidationError("text_too_long", field="name", limit=MAX_NAME)
        changes["name"] = name
    if colour is not None:
        if not isinstance(colour, str) or (colour and not COLOUR_RE.fullmatch(colour)):
            raise ValidationError("bad_choice", field="colour", value=str(colour))
        changes["colour"] = colour.lower()
    if not changes:
        return
    with project.batch():
        rec = own_tables(project, bijeenkomst_id).get(number)
        if rec is None and not any(changes.values()):
            return  # the default already: no record needed
        record_id = _materialise(project, bijeenkomst_id, number)
        log.update("evening_table", record_id, **changes)


def set_count(log: EditLog, bijeenkomst_id: str, count: int) -> None:
    """Give the evening ``count`` tables. A table that comes in gets its record (so two
    laptops that add it make one); one going out keeps its record and name (and its notes
    keep their table), for when it comes back."""
    project = log.project
    evening = _evening(project, bijeenkomst_id)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_TABLES:
        raise ValidationError("out_of_range", field="tables", value=str(count))
    with project.batch():
        for n in range(evening.tables + 1, count + 1):
            _materialise(project, bijeenkomst_id, n)
        log.update("bijeenkomst", bijeenkomst_id, tables=count)


def add_table(log: EditLog, bijeenkomst_id: str, name: str = "", colour: str = "") -> int:
    """One more table at the evening (a fourth table arrives); returns its number. With a
    name or colour, the new table gets it as its own."""
    project = log.project
    count = _evening(project, bijeenkomst_id).tables
    if count >= MAX_TABLES:
        raise ValidationError("out_of_range", field="tables", value=str(count + 1))
    with project.batch():
        set_count(log, bijeenkomst_id, count + 1)
        if name or colour:
            set_table(log, bijeenkomst_id, count + 1, name=name or None, colour=colour or None)
    return count + 1


# -- naming a table --------------------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _bare(text: str) -> str:
    """The name without a leading "Tafel"/"Table": "tafel a" -> "a"."""
    for prefix in PREFIXES:
        if text.startswith(prefix) and text[len(prefix):len(prefix) + 1] in (" ", "-", ""):
            rest = text[len(prefix):].lstrip(" -")
            if rest:
                return rest
    return text


def find_table(project: Project, bijeenkomst_id: str, text: str,
               name_of: NameOf | None = None) -> int | None:
    """The number of the evening's table a user named: by its name ("Tafel A", "a"), or by
    its number ("3", "tafel 3", "Table 3"); None when it names none. Case and spaces do not
    matter; a name comes before a number (a table named "2" is that table)."""
    wanted = _plain(text)
    if not wanted:
        return None
    evening = _evening(project, bijeenkomst_id)
    own = own_tables(project, bijeenkomst_id)
    known = [_table(n, own.get(n), name_of, None)
             for n in sorted(set(range(1, evening.tables + 1)) | set(own))]
    for t in known:
        if _plain(t.name) == wanted:
            return t.number
    bare = _bare(wanted)
    if bare.isdigit():
        number = int(bare)
        return number if 0 <= number <= MAX_TABLES else None
    for t in known:
        if _bare(_plain(t.name)) == bare:
            return t.number
    return None


def names_text(project: Project, bijeenkomst_id: str, name_of: NameOf | None = None) -> str:
    """The evening's tables for a message: "Tafel 1, Tafel 2, Tafel A (3)" (the number where
    the name does not say it)."""
    return ", ".join(t.name if str(t.number) in t.name.split() else f"{t.name} ({t.number})"
                     for t in tables(project, bijeenkomst_id, name_of))

"""Importing a stakeholder network from Kumu's spreadsheet layout (docs/formats.md).

Kumu keeps a map in two sheets; saved as CSV they are two files, and either or both may be
given (which is which is told by the header):

* **elements** — ``Label`` (required), ``Type``, ``Description`` (→ role), ``Tags`` (``|``
  between tags; ``fase 3`` or ``phase 3`` sets a Wijkkompas phase, other tags are ignored) and,
  as wijkdesk writes them, ``influence``, ``interest`` (1–5), ``segment``, ``participation``,
  ``notes``. A type that is no stakeholder type (nor a label or alias of one) becomes "overig"
  and is listed in ``unknown_types``.
* **connections** — ``From`` and ``To`` (required: element labels), ``Type`` (the relation
  verb; kept as written when it is none of the listed ones), ``Strength`` (1–3), ``Description``
  (→ note).

Headers are matched without case, also in Dutch (naam, van, naar, sterkte, …). Files as Excel
writes them are read like ``csv_import`` reads them: UTF-8 (with or without BOM) or cp1252,
``;`` or ``,``; at most 20 MB and 5,000 rows. A quote that is opened and never closed refuses
the file with its line (``csv_unterminated_quote``); a cell wijkdesk's export neutralised for
spreadsheets (``'=…``) is read back without that quote.

Matching: an element whose name (ignoring case and extra spaces) is already a stakeholder of the
project is not added again; connections to it link to that stakeholder. A From or To naming
neither an element nor a stakeholder **refuses the import** (``kumu_unknown_names``, listing
them): a typing error would otherwise add a party nobody meant, and the facilitator fixes it by
adding the element. A relation that exists already (same parties and type) or appears twice is
skipped and reported. A bad value refuses the file with its line number. The import runs in one
transaction: all or nothing.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .csv_import import MAX_CSV_BYTES, _decode, check_quotes
from .csv_safe import unquote_cell
from .errors import ValidationError, WijkdeskError
from .kinds import MAX_LONG_TEXT, MAX_TEXT, PARTICIPATION, SEGMENTS
from .project import Project
from .stakeholders import relation_types, stakeholder_types, type_key

PathLike = str | os.PathLike[str]
MAX_KUMU_ROWS = 5_000
ELEMENT_HEADERS = {
    "label": ("label", "naam", "name"),
    "type": ("type", "element type", "soort"),
    "description": ("description", "beschrijving", "rol", "role"),
    "tags": ("tags", "tag"),
    "influence": ("influence", "invloed"),
    "interest": ("interest", "belang"),
    "segment": ("segment",),
    "participation": ("participation", "participatie", "participatieniveau"),
    "notes": ("notes", "notities", "opmerkingen"),
}
CONNECTION_HEADERS = {
    "from": ("from", "van"),
    "to": ("to", "naar"),
    "type": ("type", "connection type", "relatie", "soort"),
    "strength": ("strength", "sterkte"),
    "description": ("description", "beschrijving", "note", "notitie"),
}
WANTED = "Label (elements) or From and To (connections)"
_PHASE = re.compile(r"(?:fase|phase)\s*([1-6])", re.IGNORECASE)


@dataclass(frozen=True)
class KumuElement:
    """One element read: ``type`` as written, ``mapped_type`` the type key it becomes."""

    path: str
    line: int
    name: str
    type: str
    mapped_type: str
    description: str = ""
    influence: int = 3
    interest: int = 3
    segment: str = "middenveld"
    participation: str = "informeren"
    phases: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class KumuConnection:
    """One connection read (names as written)."""

    path: str
    line: int
    source: str
    target: str
    type: str
    strength: int = 2
    note: str = ""


@dataclass(frozen=True)
class KumuPreview:
    """What a Kumu import would do; ``read_kumu_csv`` makes it, ``import_kumu`` carries it out.

    Without a project (or an empty one) every element is new. ``errors`` (WijkdeskError, to be
    shown with ``messages.error_text``) refuse the import; everything else is information.
    """

    paths: tuple[str, ...]
    elements: tuple[KumuElement, ...] = ()
    connections: tuple[KumuConnection, ...] = ()
    new_stakeholders: tuple[KumuElement, ...] = ()
    existing: tuple[str, ...] = ()  # element names already in the project: linked, not added
    relations: tuple[KumuConnection, ...] = ()  # the relations to add
    unknown_types: tuple[str, ...] = ()  # types read that no list knows: became "overig"
    unknown_names: tuple[str, ...] = ()  # From/To names that are no element nor stakeholder
    duplicate_elements: tuple[KumuElement, ...] = ()  # a second element with the same name
    duplicate_relations: tuple[KumuConnection, ...] = ()  # twice in the file, or existing
    errors: tuple[WijkdeskError, ...] = ()

    @property
    def stakeholders(self) -> tuple[KumuElement, ...]:
        """The stakeholders to add (the same as ``new_stakeholders``)."""
        return self.new_stakeholders

    @property
    def ok(self) -> bool:
        """Whether the import can go ahead."""
        return not self.errors

    @property
    def skipped(self) -> int:
        """How many rows are skipped as duplicates."""
        return len(self.duplicate_elements) + len(self.duplicate_relations)


@dataclass(frozen=True)
class ImportSummary:
    """What an import added (ids in file order, e.g. for an undo)."""

    stakeholders: int
    relations: int
    matched: int  # elements that were stakeholders already
    skipped: int  # duplicates left out
    unknown_types: tuple[str, ...] = ()
    stakeholder_ids: tuple[str, ...] = field(default=(), repr=False)
    relation_ids: tuple[str, ...] = field(default=(), repr=False)


# -- reading ------------------------------------------------------------------------------


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _rows(path: PathLike) -> tuple[list[list[str]], int]:
    """The file's rows from its header on, decoded, and the header's row number (1 unless
    blank lines come first); WijkdeskError when it is no usable CSV."""
    p = str(path)
    file = Path(path)
    if not file.exists():
        raise WijkdeskError("not_found", path=p)
    if file.is_dir():
        raise WijkdeskError("is_folder", path=p)
    try:
        if file.stat().st_size > MAX_CSV_BYTES:
            raise WijkdeskError("csv_bad_row", path=p, line=1, reason="the file is too large")
        data = file.read_bytes()
    except OSError as exc:
        raise WijkdeskError("unreadable", path=p, reason=exc.strerror or str(exc)) from None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # .xlsx / .ods, old .xls
        raise WijkdeskError("kumu_workbook", path=p)
    if b"\x00" in data:
        raise WijkdeskError("csv_encoding", path=p)
    text = _decode(data, p)
    if not text.strip():
        raise WijkdeskError("csv_empty", path=p)
    first = next(line for line in text.lstrip("\ufeff").splitlines() if line.strip())
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    check_quotes(text, delimiter, p)
    rows: list[list[str]] = []
    filled = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            filled += any(c.strip() for c in row)
            if filled > MAX_KUMU_ROWS + 1:
                raise WijkdeskError("kumu_too_many_rows", path=p, limit=MAX_KUMU_ROWS)
    except csv.Error as exc:
        raise WijkdeskError("csv_bad_row", path=p, line=len(rows) + 1, reason=str(exc)) from None
    start = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if start is None:
        raise WijkdeskError("csv_empty", path=p)
    return rows[start:], start + 1


def _columns(header: list[str], names: dict[str, tuple[str, ...]]) -> dict[str, int]:
    folded = [h.strip().lstrip("\ufeff").casefold() for h in header]
    out: dict[str, int] = {}
    for key, aliases in names.items():
        for i, h in enumerate(folded):
            if h in aliases and key not in out and i not in out.values():
                out[key] = i
    return out


class _Row:
    """Cells of one row by column key, with the checks every value needs."""

    def __init__(self, path: str, line: int, row: list[str], columns: dict[str, int]) -> None:
        self.path, self.line, self.row, self.columns = path, line, row, columns

    def fail(self, reason: str) -> WijkdeskError:
        return WijkdeskError("csv_bad_row", path=self.path, line=self.line, reason=reason)

    def text(self, key: str, limit: int = MAX_TEXT) -> str:
        i = self.columns.get(key)
        value = self.row[i].strip() if i is not None and i < len(self.row) else ""
        value = unquote_cell(value)  # as it was before our export neutralised it ("'=…")
        if len(value) > limit:
            raise self.fail(f"the {key} is longer than {limit} characters")
        if "\x00" in value:
            raise self.fail(f"the {key} holds a character that is not allowed")
        return value

    def number(self, key: str, default: int, lo: int, hi: int) -> int:
        raw = self.text(key)
        if not raw:
            return default
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            raise self.fail(f"'{raw}' is not a number ({key})") from None
        if value != int(value) or not lo <= value <= hi:
            raise self.fail(f"{raw} is not a whole number from {lo} to {hi} ({key})")
        return int(value)

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        raw = self.text(key)
        if not raw:
            return default
        for c in choices:
            if _fold(c) == _fold(raw):
                return c
        raise self.fail(f"'{raw}' is not one of: {', '.join(choices)} ({key})")


def _elements(path: str, rows: list[list[str]], first: int, columns: dict[str, int],
              unknown: dict[str, None]) -> list[KumuElement]:
    known = stakeholder_types()
    out: list[KumuElement] = []
    for line, raw in enumerate(rows[1:], start=first + 1):
        if not any(c.strip() for c in raw):
            continue
        row = _Row(path, line, raw, columns)
        name = " ".join(row.text("label").split())
        if not name:
            raise row.fail("the label is empty")
        written = row.text("type")
        mapped = type_key(written) if written else "overig"
        if mapped not in known:
            unknown.setdefault(written, None)
            mapped = "overig"
        phases = sorted({int(m.group(1)) for tag in row.text("tags", MAX_LONG_TEXT).split("|")
                         if (m := _PHASE.fullmatch(tag.strip()))})
        out.append(KumuElement(
            path, line, name, written, mapped, row.text("description"),
            row.number("influence", 3, 1, 5), row.number("interest", 3, 1, 5),
            row.choice("segment", "middenveld", SEGMENTS),
            row.choice("participation", "informeren", PARTICIPATION), tuple(phases),
            row.text("notes", MAX_LONG_TEXT)))
    return out


def _connections(path: str, rows: list[list[str]], first: int,
                 columns: dict[str, int]) -> list[KumuConnection]:
    verbs = {_fold(v): v for v in relation_types()}
    out: list[KumuConnection] = []
    for line, raw in enumerate(rows[1:], start=first + 1):
        if not any(c.strip() for c in raw):
            continue
        row = _Row(path, line, raw, columns)
        source = " ".join(row.text("from").split())
        target = " ".join(row.text("to").split())
        if not source or not target:
            raise row.fail("a connection needs both From and To")
        if _fold(source) == _fold(target):
            raise row.fail(f"a connection from {source} to itself")
        written = " ".join(row.text("type").split())
        out.append(KumuConnection(path, line, source, target,
                                  verbs.get(_fold(written), written),
                                  row.number("strength", 2, 1, 3), row.text("description",
                                                                            MAX_LONG_TEXT)))
    return out


def read_kumu_csv(path_or_paths: PathLike | Sequence[PathLike], *,
                  project: Project | None = None) -> KumuPreview:
    """Read Kumu elements and/or connections CSV files; say what importing them would do.

    With ``project``, elements and connections are matched against its stakeholders and
    relations; ``import_kumu`` matches again at import time in any case. Raises WijkdeskError
    for a file that cannot be used (missing, binary, a workbook, too large, no Label nor
    From/To column, a bad value on a line).
    """
    single = isinstance(path_or_paths, str | os.PathLike)
    paths = [path_or_paths] if single else list(path_or_paths)
    elements: list[KumuElement] = []
    connections: list[KumuConnection] = []
    unknown: dict[str, None] = {}
    for path in paths:
        p = str(path)
        rows, first = _rows(path)
        as_connections = _columns(rows[0], CONNECTION_HEADERS)
        as_elements = _columns(rows[0], ELEMENT_HEADERS)
        if "from" in as_connections and "to" in as_connections:
            connections += _connections(p, rows, first, as_connections)
        elif "label" in as_elements and not ({"from", "to"} & as_connections.keys()):
            elements += _elements(p, rows, first, as_elements, unknown)
        else:
            found = ", ".join(h.strip().lstrip("\ufeff") for h in rows[0] if h.strip())
            wanted = "From and To" if {"from", "to"} & as_connections.keys() else WANTED
            raise WijkdeskError("kumu_columns", path=p, found=found or "(none)", wanted=wanted)
    unique: dict[str, KumuElement] = {}
    duplicates: list[KumuElement] = []
    for e in elements:
        if _fold(e.name) in unique:
            duplicates.append(e)
        else:
            unique[_fold(e.name)] = e
    preview = KumuPreview(tuple(str(p) for p in paths), tuple(unique.values()),
                          tuple(connections), unknown_types=tuple(unknown),
                          duplicate_elements=tuple(duplicates))
    return _plan(project, preview)


def _plan(project: Project | None, preview: KumuPreview) -> KumuPreview:
    """Match a preview's elements and connections against the project (None: empty)."""
    existing: dict[str, str] = {}
    for s in project.all("stakeholder") if project is not None else []:
        existing.setdefault(_fold(s.name), s.id)
    new = [e for e in preview.elements if _fold(e.name) not in existing]
    matched = [e.name for e in preview.elements if _fold(e.name) in existing]
    ids = {**{_fold(e.name): f"new:{_fold(e.name)}" for e in new}, **existing}
    have: set[tuple[str, str, str]] = set()
    if project is not None:
        have = {(r.source_id, r.target_id, _fold(r.type)) for r in project.all("relation")}
    unknown: dict[str, str] = {}
    relations: list[KumuConnection] = []
    duplicates: list[KumuConnection] = []
    for c in preview.connections:
        ends = [ids.get(_fold(c.source)), ids.get(_fold(c.target))]
        for name, end in zip((c.source, c.target), ends, strict=True):
            if end is None:
                unknown.setdefault(_fold(name), name)
        if None in ends:
            continue
        key = (str(ends[0]), str(ends[1]), _fold(c.type))
        if key in have:
            duplicates.append(c)
        else:
            have.add(key)
            relations.append(c)
    errors: list[WijkdeskError] = []
    if unknown:
        path = next(c.path for c in preview.connections
                    if _fold(c.source) in unknown or _fold(c.target) in unknown)
        errors.append(WijkdeskError("kumu_unknown_names", path=path,
                                    names=", ".join(unknown.values())))
    return replace(preview, new_stakeholders=tuple(new), existing=tuple(matched),
                   relations=tuple(relations), unknown_names=tuple(unknown.values()),
                   duplicate_relations=tuple(duplicates), errors=tuple(errors))


# -- importing ----------------------------------------------------------------------------


def import_kumu(project: Project, preview: KumuPreview) -> ImportSummary:
    """Add the preview's new stakeholders and relations, in one transaction (all or nothing).

    The preview is matched against the project again first, so it may be read before the
    project changed. New stakeholders are placed on a grid below the ones there are.
    """
    plan = _plan(project, preview)
    if plan.errors:
        raise plan.errors[0]
    parties = project.all("stakeholder")
    left = min((s.x for s in parties), default=0.0)
    top = max((s.y for s in parties), default=-220.0) + 220.0
    added: list[str] = []
    linked: list[str] = []
    with project.batch():
        ids = {_fold(s.name): s.id for s in reversed(parties)}  # the first one wins
        for i, e in enumerate(plan.new_stakeholders):
            try:
                ids[_fold(e.name)] = project.add(
                    "stakeholder", name=e.name, type=e.mapped_type, role=e.description,
                    influence=e.influence, interest=e.interest, segment=e.segment,
                    participation=e.participation, phases=list(e.phases), notes=e.notes,
                    x=float(left + (i % 6) * 220), y=float(top + (i // 6) * 180))
            except ValidationError as exc:
                raise WijkdeskError("csv_bad_row", path=e.path, line=e.line,
                                    reason=exc.english()) from None
            added.append(ids[_fold(e.name)])
        for c in plan.relations:
            try:
                linked.append(project.add(
                    "relation", source_id=ids[_fold(c.source)], target_id=ids[_fold(c.target)],
                    type=c.type, strength=c.strength, note=c.note))
            except ValidationError as exc:
                raise WijkdeskError("csv_bad_row", path=c.path, line=c.line,
                                    reason=exc.english()) from None
    return ImportSummary(len(added), len(linked), len(plan.existing), plan.skipped,
                         plan.unknown_types, tuple(added), tuple(linked))

"""Erasure of personal data (AVG): find every text that mentions a person, and erase it.

``find_mentions`` searches every free-text field of every record (deleted ones too, and the
earlier values in the change log) for one or more names, ignoring case and accents, and
returns a preview: the record, the field and the text around the mention. ``erase`` then, in
one transaction, erases a chosen record as a whole (``Project.erase``) and takes the name out
of the other texts, replacing it by a placeholder (``Project.redact``): the old values leave the
file and its history for good, and a merge carries both to other copies (merge.py). Neither can
be undone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import kinds
from .errors import ValidationError, WijkdeskError
from .project import Project

#: What replaces a name in a text that stays.
PLACEHOLDER = "[gewist]"
#: The fields that hold a person's name, per kind: a record's own names, searched for when it
#: is the one erased (the kinds' ``personal`` fields; a party's own name when it has no contact).
_NAME_FIELDS = {name: tuple(f.name for f in k.fields if f.personal)
                for name, k in kinds.KINDS.items()}
#: The fields that let the facilitator recognise a record, in order of preference.
_LABEL_FIELDS = ("name", "title", "text", "what", "prompt", "role", "organisation", "who")
_EXCERPT = 40  # characters shown on either side of a mention
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class Mention:
    """A free-text field that mentions a name, now or in an earlier value."""

    kind: str
    id: str
    field: str
    excerpt: str  # the text around the (first) mention, "…" where it is cut
    current: bool  # the field's value now mentions it (else only an earlier value did)
    deleted: bool  # the record is deleted (its text is still in the file until erased)
    label: str  # what the record is called, to recognise it by


@dataclass(frozen=True)
class Result:
    """What ``erase`` did: the record erased (if one) and the fields the name left."""

    record: tuple[str, str] | None
    redacted: tuple[tuple[str, str, str], ...]  # (kind, id, field)


def fold(text: str) -> str:
    """Text for comparing: lower case, without accents (é → e), compatibility forms joined."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """fold(text), and for each of its characters the index of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern that finds any of the names as whole words in folded text (None: no name
    long enough). Spaces in a name match any run of white space."""
    parts = []
    for name in names:
        words = fold(name).split()
        if sum(len(re.sub(r"\W", "", w)) for w in words) < 2:
            continue
        parts.append(r"\s+".join(re.escape(w) for w in words))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)  # the longest name first: "Jan de Vries" before "Jan"
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _spans(text: str, found: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where the names are in the original text (start, end)."""
    folded, where = _folded_with_map(text)
    spans = []
    for m in found.finditer(folded):
        if m.end() == m.start():
            continue
        start, end = where[m.start()], where[m.end() - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a name ending in a decomposed accent: take the accent with it
        spans.append((start, end))
    return spans


def mentions_in(text: str, found: re.Pattern[str]) -> bool:
    """Whether the text mentions one of the names."""
    return bool(found.search(fold(text)))


def replace_names(text: str, found: re.Pattern[str], placeholder: str = PLACEHOLDER) -> str:
    """The text with every mention of the names replaced by the placeholder."""
    out, last = [], 0
    for start, end in _spans(text, found):
        out.append(text[last:start])
        out.append(placeholder)
        last = end
    out.append(text[last:])
    return "".join(out)


def excerpt(text: str, found: re.Pattern[str], width: int = _EXCERPT) -> str:
    """The text around the first mention, on one line, cut with "…"."""
    spans = _spans(text, found)
    start, end = spans[0] if spans else (0, 0)
    left, right = max(0, start - width), min(len(text), end + width)
    shown = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + shown + ("…" if right < len(text) else "")


def label(project: Project, kind: str, record_id: str, width: int = 60) -> str:
    """A short text to recognise a record by (its name, title or text)."""
    rec = project.get(kind, record_id)
    if rec is None:
        return record_id[:8]
    for name in _LABEL_FIELDS:
        value = rec.get(name)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            return value if len(value) <= width else value[:width - 1] + "…"
    return record_id[:8]


def names_of(project: Project, kind: str, record_id: str) -> list[str]:
    """The names a record holds of a person, to search the other texts for: a party's contact
    (or, without one, the party's name: a party may be a person), a name in the attendance; none
    for a note. An organisation's name is not personal data, so it is not searched for when the
    party has a contact."""
    rec = project.get(kind, record_id)
    if rec is None:
        return []
    fields = _NAME_FIELDS.get(kind, ())
    if kind == "stakeholder" and not rec.contact_name.strip():
        fields = ("name",)
    names = [rec[n].strip() for n in fields if rec.get(n, "").strip()]
    return list(dict.fromkeys(names))


def find_record(project: Project, record_id: str) -> str:
    """The kind of the record with this id (deleted ones too); WijkdeskError if there is none."""
    for name in kinds.KINDS:
        if project.get(name, record_id) is not None:
            return name
    raise WijkdeskError("unknown_record", id=record_id)


def find_mentions(project: Project, names: Sequence[str], *,
                  exclude: tuple[str, str] | None = None) -> list[Mention]:
    """Every free-text field of every record that mentions one of the names, now or in an
    earlier value; the record ``exclude`` (kind, id) left out. In the order of the file."""
    found = pattern(names)
    if found is None:
        return []
    hits: dict[tuple[str, str, str], str] = {}  # (kind, id, field) -> an earlier text
    for kind, record_id, field, text in list(project.logged_texts()):
        if exclude is not None and record_id == exclude[1]:
            continue
        key = (kind, record_id, field)
        if key not in hits and mentions_in(text, found):
            hits[key] = text
    out = []
    for (kind, record_id, field), earlier in hits.items():
        rec = project.get(kind, record_id)
        if rec is None:
            continue
        now = rec.get(field, "")
        current = isinstance(now, str) and mentions_in(now, found)
        out.append(Mention(kind, record_id, field, excerpt(now if current else earlier, found),
                           current, bool(rec.deleted), label(project, kind, record_id)))
    return out


def erase(project: Project, names: Sequence[str], mentions: Iterable[tuple[str, str, str]] = (),
          *, record: tuple[str, str] | None = None,
          placeholder: str = PLACEHOLDER) -> Result:
    """Erase for good, in one transaction: the record (kind, id), if given, as a whole, and
    the names out of each (kind, id, field) of mentions (the placeholder in their place).

    The texts are searched again here, so a field whose text changed since the preview is
    still rewritten right; a field that no longer mentions a name now or earlier is left.
    """
    found = pattern(names)
    wanted = [m for m in dict.fromkeys(tuple(m)[:3] for m in mentions)
              if record is None or m[1] != record[1]]
    if found is None and wanted:
        raise ValidationError("name_too_short")
    earlier: set[tuple[str, str, str]] = set()
    if wanted:
        earlier = {(kind, record_id, field) for kind, record_id, field, text
                   in list(project.logged_texts()) if mentions_in(text, found)}
    done: list[tuple[str, str, str]] = []
    with project.batch():
        if record is not None:
            kind, record_id = record
            if kind == "project":
                raise ValidationError("bad_choice", field="deleted", value="project")
            if project.get(kind, record_id) is None:
                raise WijkdeskError("unknown_record", id=record_id)
            project.erase(kind, record_id)
        for kind, record_id, field in wanted:
            if field not in kinds.kind(kind).erasable:
                raise ValidationError("unknown_field", field=field, kind=kind)
            rec = project.get(kind, record_id)
            if rec is None:
                raise WijkdeskError("unknown_record", id=record_id)
            if (kind, record_id, field) not in earlier:
                continue
            text = replace_names(rec[field], found, placeholder)
            limit = kinds.MAX_TEXT if kinds.kind(kind).by_name[field].type == "str" \
                else kinds.MAX_LONG_TEXT
            project.redact(kind, record_id, field, text[:limit])
            done.append((kind, record_id, field))
    return Result(record, tuple(done))

"""What the minutes of one bijeenkomst show, gathered from the project and put in words.

``build_minutes`` reads the project (on the thread that owns it) and returns a ``Minutes``: plain
dataclasses holding text, numbers and the figures as PNG bytes. The Verslag view shows it and
lets the facilitator edit its text fields; ``pdf.write_pdf`` takes it as it is, needs no project
and may run in a worker thread.

Structure of the document (what Dutch minutes of a bewonersavond hold): header (wijk, date, place,
chair, minute-taker, format), who was present (residents as a count, professionals by
organisation and role), absent with notice, the agenda with a text per agenda item, per round
the prompt and the insights grouped by cluster with their votes (ranked, ties shared, loose
insights last), the besluitenlijst, the actielijst (open actions of earlier evenings carried
over), the stakeholder map, the timeline, the latest APK of the wijkaanpak on or before the
evening (``latest_apk``) and the next meeting.

The agenda is the evening's programme (``agenda_item`` records, in order, with their minutes
and who); an older file's evening may instead have its agenda typed as text (``agenda``), one
item a line. The text of an item of the programme is its own ``note``. A ``note`` of the
evening whose title names an item adds to that item's text too (how texts were kept before the
programme, and still for an agenda typed as text): the item's title ("Vragen en antwoorden"),
its number ("4", "4.", "punt 4") or the start of its title ("Vragen"). ``agenda_note_title``
gives the title to store a new one under. Notes of the evening that name no item are shown
under "Overige aantekeningen".

Anonymised (AVG): ``anonymise(minutes, names, roles)`` returns a copy in which every
known personal name (``known_names``) and every e-mail address or phone number in any text
field is replaced, named attendance is left out, and chair and minute-taker are shown by role.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import kinds
from ..model.actions import party_names, who_name
from ..model.errors import WijkdeskError
from ..model.programme import run_order
from ..model.project import Project, Record
from .words import date_in_words, language, short_date, words

# -- the content -------------------------------------------------------------------------


@dataclass
class AttendanceLine:
    """People present (or absent with notice) of one organisation in one role."""

    organisation: str
    role: str
    count: int
    name: str = ""  # only a consenting person's name, and never in the anonymised minutes


@dataclass
class AgendaItem:
    """One agenda item and the text recorded for it (questions and answers in essence), with
    its planned minutes and who leads it (an item of the evening's programme, ``item_id``;
    "" for a line of an agenda typed as text in an older file)."""

    number: str
    title: str
    text: str = ""
    minutes: int = 0
    who: str = ""
    item_id: str = ""


@dataclass
class NoteBlock:
    """A note of the evening that belongs to no agenda item."""

    title: str
    text: str


@dataclass
class InsightLine:
    """One collected insight, with its own votes and the table it came from (0: unknown)."""

    text: str
    votes: int = 0
    table: int = 0


@dataclass
class ClusterBlock:
    """A cluster of a round with its insights; rank 1 has the most votes, ties share a rank.
    A cluster without votes has no rank (0): nothing was chosen, so it is no last place."""

    name: str
    votes: int
    rank: int
    shared: bool
    insights: list[InsightLine] = field(default_factory=list)


@dataclass
class RoundBlock:
    """What one round collected: the prompt, the ranked clusters and the loose insights."""

    number: int
    prompt: str
    format: str
    clusters: list[ClusterBlock] = field(default_factory=list)
    loose: list[InsightLine] = field(default_factory=list)

    @property
    def voted(self) -> bool:
        """Whether any votes were cast in this round."""
        return any(c.votes for c in self.clusters) or any(i.votes for i in self.loose)

    @property
    def ranked(self) -> list[ClusterBlock]:
        """The clusters with votes, by rank."""
        return [c for c in self.clusters if c.rank]

    @property
    def unranked(self) -> list[ClusterBlock]:
        """The clusters without votes (no rank), listed after the ranked ones."""
        return [c for c in self.clusters if not c.rank]

    @property
    def empty(self) -> bool:
        """Whether the round collected nothing at all (no cluster, no insight)."""
        return not self.clusters and not self.loose


@dataclass
class AgreementLine:
    """One numbered agreement ("afgesproken wordt …"), with wie and wanneer when set.

    ``who`` is the party's current name when the agreement names a party of the network, else
    the text typed; ``due`` is in words, ``due_iso`` the stored date.
    """

    number: int
    text: str
    phase: str = ""
    who: str = ""
    due: str = ""
    due_iso: str = ""


@dataclass
class ActionLine:
    """One action point: wat, wie, wanneer, status; carried over from an earlier evening or not.

    ``status`` is in words; ``status_key`` is the stored value ("open", "bezig", "klaar",
    "uitgesteld") and ``due_iso`` the stored date, for sorting or an export.
    """

    number: int
    what: str
    who: str
    due: str
    status: str
    postponed: int = 0
    carried_over: bool = False
    origin: str = ""  # for a carried-over action: the evening it comes from, in words
    status_key: str = "open"
    due_iso: str = ""


@dataclass
class Figure:
    """A picture in the minutes: PNG bytes (at least 200 dpi), or a text that stands in for it."""

    key: str  # "stakeholders" or "timeline"
    title: str
    caption: str = ""
    png: bytes | None = None
    placeholder: str = ""  # shown when there is no picture
    pending: bool = False  # a section that a later version fills ("Tijdlijn — volgt")
    #: the size the picture was drawn for (points): the PDF places it so, never shrunk
    width_pt: float = 0.0
    height_pt: float = 0.0
    min_font_pt: float = 0.0  # its smallest text, in points at that size


@dataclass
class ApkScore:
    """One question of the APK, scored 1–5 (0: not scored) with a short note."""

    question: str
    score: int
    note: str = ""


@dataclass
class Apk:
    """The latest "APK van de wijkaanpak" (see ``latest_apk``); ``date`` in words."""

    date: str
    scores: list[ApkScore] = field(default_factory=list)
    summary: str = ""


@dataclass
class Minutes:
    """Everything the minutes of one evening show, in words; the PDF renders it as it is."""

    lang: str
    anonymous: bool
    bijeenkomst_id: str
    date_iso: str
    title: str
    wijk: str
    municipality: str
    project_name: str
    date: str
    place: str
    chair: str
    minute_taker: str
    format: str
    residents: int = 0
    resident_lines: list[AttendanceLine] = field(default_factory=list)
    attendance: list[AttendanceLine] = field(default_factory=list)
    named: list[AttendanceLine] = field(default_factory=list)
    absent: list[AttendanceLine] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    notes: list[NoteBlock] = field(default_factory=list)
    rounds: list[RoundBlock] = field(default_factory=list)
    agreements: list[AgreementLine] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    apk: Apk | None = None
    next_meeting: str = ""

    @property
    def new_actions(self) -> list[ActionLine]:
        """The action points made at this evening."""
        return [a for a in self.actions if not a.carried_over]

    @property
    def carried_actions(self) -> list[ActionLine]:
        """The open action points of earlier evenings."""
        return [a for a in self.actions if a.carried_over]

    def words(self) -> dict[str, str]:
        """The fixed words of these minutes' language."""
        return words(self.lang)


# -- finding the evening -----------------------------------------------------------------


def find_session(project: Project, session: str | None = None) -> str:
    """The id of the bijeenkomst named by id, title, date (YYYY-MM-DD) or number (1 = first).

    None: the latest by date. WijkdeskError ``no_evenings`` when the project has none,
    ``no_session`` when none matches, ``session_ambiguous`` when a title or date names several.
    """
    evenings = project.all("bijeenkomst", order="date")
    if not evenings:
        raise WijkdeskError("no_evenings")
    if session is None:
        return str(evenings[-1].id)
    wanted = session.strip()
    for e in evenings:
        if e.id == wanted:
            return str(e.id)
    for match in (lambda e: e.title == wanted,
                  lambda e: _fold(e.title) == _fold(wanted),
                  lambda e: e.date == wanted):
        found = [e for e in evenings if match(e)]
        if len(found) == 1:
            return str(found[0].id)
        if len(found) > 1:
            raise WijkdeskError("session_ambiguous", session=wanted, count=len(found))
    if wanted.isdigit() and 1 <= int(wanted) <= len(evenings):
        return str(evenings[int(wanted) - 1].id)
    raise WijkdeskError("no_session", session=wanted)


def _fold(text: str) -> str:
    return " ".join((text or "").split()).casefold()


# -- building ----------------------------------------------------------------------------

_RESIDENT_GROUPS = {"bewoner", "bewoners", "resident", "residents", "bewonersgroep"}
_FORMAT_EN = {"world café": "world café", "thematafels": "theme tables", "plenair": "plenary",
              "informatiemarkt": "information market", "anders": "other"}
_ITEM = re.compile(r"^\s*(?:(?:agenda)?punt\s+)?(\d+[a-z]?)[.):]?\s+(.*\S)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-*•–]\s+(.*\S)\s*$")


def build_minutes(project: Project, bijeenkomst_id: str | None = None, *,
                  anonymous: bool = False, lang: str = "nl", figures: bool = True) -> Minutes:
    """The minutes of one bijeenkomst (None: the latest by date), in words.

    With anonymous, the AVG variant (``anonymise`` with the project's ``known_names``). With
    figures (the default) the stakeholder map and the timeline are drawn now, as PNG at 200
    dpi, which takes about half a second; ``figures=False`` leaves them out (a quick preview).
    Reads the project, so call it on the thread that owns it.
    """
    lang = language(lang)
    if bijeenkomst_id is None:
        bijeenkomst_id = find_session(project, None)
    b = project.get("bijeenkomst", bijeenkomst_id)
    if b is None or b.deleted:
        raise WijkdeskError("no_session", session=bijeenkomst_id)
    info = project.info()
    fmt = b.format if lang == "nl" else _FORMAT_EN.get(b.format, b.format)
    m = Minutes(
        lang=lang, anonymous=False, bijeenkomst_id=str(b.id), date_iso=b.date or "",
        title=b.title or "", wijk=info.wijk or info.name or "",
        municipality=info.municipality or "", project_name=info.name or "",
        date=date_in_words(b.date, lang, weekday=True), place=b.place or "",
        chair=b.chair or "", minute_taker=b.minute_taker or "", format=fmt or "",
        next_meeting=b.next_meeting or "",
    )
    _attendance(project, b, m)
    m.agenda, m.notes = _agenda(project, b)
    m.rounds = [_round(project, r, i, lang)  # in the programme's order
                for i, r in enumerate(run_order(project, b.id), start=1)]
    m.agreements = _agreements(project, b, lang)
    m.actions = _actions(project, b, lang)
    m.apk = latest_apk(project, b, lang)
    names: set[str] = set()
    roles: dict[str, str] = {}
    if anonymous:
        names = known_names(project)
        roles = name_roles(project)
    if figures:
        m.figures = make_figures(project, lang, names if anonymous else None,
                                 today=b.date)
    else:
        m.figures = []
    if anonymous:
        m = anonymise(m, names, roles)
    return m


def _count(a: Record) -> int:
    return a.count if a.count > 0 else (1 if a.name else 0)


def _is_resident(a: Record) -> bool:
    return _fold(a.group) in _RESIDENT_GROUPS


def is_resident(a: Record) -> bool:
    """Whether an attendance record counts residents (the minutes count them apart)."""
    return _is_resident(a)


def agenda_of(project: Project, bijeenkomst_id: str) -> list[AgendaItem]:
    """The evening's agenda as the minutes show it, each item with its text."""
    b = project.get("bijeenkomst", bijeenkomst_id)
    return [] if b is None else _agenda(project, b)[0]


def agenda_keys(items: list[AgendaItem]) -> list[str]:
    """A name for each agenda item that no other item has: its title, or, for a title that
    comes twice ("Pauze"), its number and title ("6. Pauze")."""
    titles = [i.title for i in items]
    return [i.title if titles.count(i.title) == 1 else f"{i.number}. {i.title}" for i in items]


def notes_of_item(project: Project, bijeenkomst_id: str, title: str) -> list[Record]:
    """The notes of the evening that the minutes put under the agenda item with this title
    (by title, by number, or by the start of the title), in creation order."""
    b = project.get("bijeenkomst", bijeenkomst_id)
    if b is None:
        return []
    items, _ = _agenda(project, b)
    wanted = next((i for i, key in zip(items, agenda_keys(items), strict=True)
                   if key == title), None)
    if wanted is None:
        return []
    return [n for n in project.all("note", bijeenkomst_id=bijeenkomst_id)
            if _item_for(items, n.title or "") is wanted]


def _attendance(project: Project, b: Record, m: Minutes) -> None:
    lines: dict[tuple[str, str], AttendanceLine] = {}
    residents: dict[tuple[str, str], AttendanceLine] = {}
    absent: dict[tuple[str, str], AttendanceLine] = {}
    for a in project.all("attendance", bijeenkomst_id=b.id):
        n = _count(a)
        if n <= 0:
            continue
        organisation = (a.organisation or "").strip()
        role = (a.role or "").strip()
        if a.absent_with_notice:
            target = absent
            if not organisation and not role:
                organisation = (a.group or "").strip() if a.group != "afgemeld" else ""
        elif _is_resident(a):
            target = residents
            m.residents += n
        else:
            target = lines
            if not organisation:
                organisation = (a.group or "").strip()
        key = (organisation.casefold(), role.casefold())
        line = target.get(key)
        if line is None:
            line = target[key] = AttendanceLine(organisation, role, 0)
        line.count += n
        if a.name and a.consent:
            person = AttendanceLine(organisation, role, 1, name=a.name.strip())
            if a.absent_with_notice:
                line.name = ", ".join(x for x in (line.name, person.name) if x)
            else:
                m.named.append(person)
    m.resident_lines = list(residents.values())
    m.attendance = list(lines.values())
    m.absent = list(absent.values())


def _item_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def agenda_note_title(item: AgendaItem) -> str:
    """The title under which the text of an agenda item is stored as a note of the evening."""
    return item.title


def _agenda(project: Project, b: Record) -> tuple[list[AgendaItem], list[NoteBlock]]:
    items = [AgendaItem(str(n), rec.title, (rec.note or "").strip(), rec.minutes,
                        (rec.who or "").strip(), str(rec.id))
             for n, rec in enumerate(project.all("agenda_item", bijeenkomst_id=b.id,
                                                 order="position"), start=1)]
    for raw in [] if items else (b.agenda or "").splitlines():  # the programme, or the text
        if not raw.strip():
            continue
        numbered = _ITEM.match(raw)
        bullet = _BULLET.match(raw)
        if numbered:
            items.append(AgendaItem(numbered.group(1), numbered.group(2)))
        elif bullet:
            items.append(AgendaItem(str(len(items) + 1), bullet.group(1)))
        elif items and raw[:1].isspace():  # an indented line goes on with the item above
            items[-1].title += " " + raw.strip()
        else:
            items.append(AgendaItem(str(len(items) + 1), raw.strip()))
    loose: list[NoteBlock] = []
    for note in project.all("note", bijeenkomst_id=b.id):
        item = _item_for(items, note.title or "")
        text = (note.text or "").strip()
        if item is None:
            if text or (note.title or "").strip():
                loose.append(NoteBlock((note.title or "").strip(), text))
        elif text:
            item.text = f"{item.text}\n\n{text}" if item.text else text
    return items, loose


def agenda_line(item: AgendaItem, w: Mapping[str, str]) -> str:
    """An agenda item as the minutes list it: "Welkom en opening (10 min, voorzitter)"."""
    details = [x for x in (w["agenda_minutes"].format(n=item.minutes) if item.minutes else "",
                           item.who) if x]
    return f"{item.title} ({', '.join(details)})" if details else item.title


def _item_for(items: list[AgendaItem], title: str) -> AgendaItem | None:
    key = _item_key(title)
    if not key:
        return None
    for item in items:
        if _item_key(item.title) == key:
            return item
    number = re.fullmatch(r"(?:(?:agenda)?punt\s+)?(\d+[a-z]?)", key)
    if number:
        for item in items:
            if item.number.casefold() == number.group(1):
                return item
    if len(key) >= 4:
        for item in items:
            own = _item_key(item.title)
            if own.startswith(key + " "):
                return item
    return None


def _round(project: Project, r: Record, number: int, lang: str) -> RoundBlock:
    from ..model.votes import tallies

    per_target: dict[str, int] = {}
    for (target, _table), n in tallies(project, r.id).items():
        per_target[target] = per_target.get(target, 0) + n
    clusters = project.all("cluster", round_id=r.id)
    insights = [i for i in project.all("insight", round_id=r.id) if (i.text or "").strip()]
    ids = {c.id for c in clusters}
    members: dict[str, list[InsightLine]] = {c.id: [] for c in clusters}
    loose: list[InsightLine] = []
    for i in insights:
        line = InsightLine(i.text.strip(), per_target.get(i.id, 0), i.table or 0)
        if i.cluster_id in ids:
            members[i.cluster_id].append(line)
        else:
            loose.append(line)
    totals = {c.id: per_target.get(c.id, 0) + sum(x.votes for x in members[c.id])
              for c in clusters}
    ordered = sorted(enumerate(clusters), key=lambda p: (-totals[p[1].id], p[0]))
    blocks: list[ClusterBlock] = []
    for position, (_, c) in enumerate(ordered, start=1):
        votes = totals[c.id]
        rank = blocks[-1].rank if blocks and blocks[-1].votes == votes else position
        blocks.append(ClusterBlock((c.name or "").strip(), votes, rank if votes else 0, False,
                                   members[c.id]))  # no votes, no rank
    shared = {}
    for block in blocks:
        shared[block.rank] = shared.get(block.rank, 0) + 1
    for block in blocks:
        block.shared = bool(block.rank) and shared[block.rank] > 1
    loose.sort(key=lambda x: -x.votes)  # stable: equal votes keep their order
    fmt = r.format if lang == "nl" else _FORMAT_EN.get(r.format, r.format)
    return RoundBlock(number, (r.prompt or "").strip(), fmt or "", blocks, loose)


def _phase_label(phase: int | None) -> str:
    if not phase:
        return ""
    from ..model.templates import tags

    return f"{phase}. {tags().phases.get(phase, '')}".strip()


def _agreements(project: Project, b: Record, lang: str = "nl") -> list[AgreementLine]:
    names = party_names(project)  # wie: the party's name while it is in the network
    return [AgreementLine(a.number, (a.text or "").strip(), _phase_label(a.phase),
                          who=who_name(project, a, names), due=short_date(a.due, lang),
                          due_iso=a.due or "")
            for a in project.all("agreement", bijeenkomst_id=b.id, order="number")
            if (a.text or "").strip()]


def _action_line(project: Project, a: Record, lang: str, names: dict[str, str], *,
                 origin: str = "") -> ActionLine:
    w = words(lang)
    return ActionLine(
        number=a.number, what=(a.what or "").strip(), who=who_name(project, a, names),
        due=short_date(a.due, lang), status=w.get(f"status_{a.status}", a.status),
        postponed=a.postponed or 0, carried_over=bool(origin), origin=origin,
        status_key=a.status, due_iso=a.due or "")


def _actions(project: Project, b: Record, lang: str) -> list[ActionLine]:
    names = party_names(project)
    out = [_action_line(project, a, lang, names)
           for a in project.all("action_item", bijeenkomst_id=b.id, order="number")]
    evenings = project.all("bijeenkomst", order="date")
    earlier = []
    for e in evenings:
        if e.id == b.id:
            break
        earlier.append(e)
    for e in earlier:
        origin = short_date(e.date, lang) or e.title or "?"
        out += [_action_line(project, a, lang, names, origin=origin)
                for a in project.all("action_item", bijeenkomst_id=e.id, order="number")
                if a.status != "klaar"]
    return out


def latest_apk(project: Project, bijeenkomst: Record | None = None,
               lang: str = "nl") -> Apk | None:
    """The latest APK of the wijkaanpak on or before this evening, for the minutes.

    An APK counts when its date is on or before the evening's date, or when it was held at
    this evening; on one date the evening's own APK goes first. For an evening without a
    date only its own APK counts; without an evening, the latest of all. The questions that
    were scored (or have a note) are listed with their score (0: not scored) and note; None
    when there is no APK. The PDF shows ``Minutes.apk`` when it is set.
    """
    from ..model.kompas import APK_QUESTIONS, apks

    records = apks(project)
    if bijeenkomst is not None:
        own = bijeenkomst.id
        if bijeenkomst.date:
            records = [r for r in records
                       if r.bijeenkomst_id == own or (r.date and r.date <= bijeenkomst.date)]
        else:
            records = [r for r in records if r.bijeenkomst_id == own]
        records.sort(key=lambda r: (r.date or "", r.bijeenkomst_id == own))  # stable
    if not records:
        return None
    rec = records[-1]
    scores = [ApkScore(en if lang == "en" else nl, int(rec[name]),
                       (rec[f"{name}_note"] or "").strip())
              for name, nl, en in APK_QUESTIONS if rec[name] or (rec[f"{name}_note"] or "").strip()]
    return Apk(date_in_words(rec.date, lang) if rec.date else "", scores,
               (rec.summary or "").strip())


# -- figures -----------------------------------------------------------------------------


def _timeline_exporter() -> Callable[..., Path] | None:
    """``wijkdesk.model.timeline.export_timeline_picture`` if the timeline has landed."""
    try:
        from ..model import timeline  # type: ignore[attr-defined]
    except ModuleNotFoundError as exc:
        if exc.name != "wijkdesk.model.timeline":
            raise
        return None
    return getattr(timeline, "export_timeline_picture", None)


def _mentions(texts: Iterable[str], names: set[str] | None) -> bool:
    if not names:
        return False
    pattern = _name_pattern(names)
    return pattern is not None and any(pattern.search(t or "") for t in texts)


#: The room of a picture on the minutes' landscape page (its frame less the heading and the
#: caption), in points: pictures are drawn at this size, their text 8 points or more.
FIGURE_SIZE_PT = (704.0, 380.0)
FIGURE_MIN_FONT = 8.0
FIGURE_DPI = 200


def make_figures(project: Project, lang: str = "nl", names: set[str] | None = None, *,
                 today: str | None = None) -> list[Figure]:
    """The stakeholder map and the timeline as PNG (200 dpi), or a text standing in for each.

    Each picture is drawn for the page (``FIGURE_SIZE_PT``, no text under 8 points) rather
    than drawn at screen size and shrunk; a timeline with more rows than that holds comes as
    a picture per track (and per part of a track). With names (the anonymised minutes), a
    picture whose labels mention one of them is left out with a note: a picture cannot be
    anonymised word by word.
    """
    from ..model.network_export import page_figure

    w = words(lang)
    out: list[Figure] = []
    parties = project.all("stakeholder")
    stakeholder = Figure("stakeholders", w["stakeholder_map"], w["stakeholder_caption"])
    relations = project.all("relation")
    if not parties:
        stakeholder.caption, stakeholder.placeholder = "", w["no_stakeholders"]
    elif _mentions([p.name for p in parties] + [r.type for r in relations], names):
        stakeholder.caption, stakeholder.placeholder = "", w["map_left_out"]
    else:
        _draw_for_page(stakeholder, page_figure(project, *FIGURE_SIZE_PT,
                                                font=FIGURE_MIN_FONT))
    out.append(stakeholder)

    exporter = _timeline_exporter()
    timeline = Figure("timeline", w["timeline"], w["timeline_caption"])
    if exporter is None:
        # Tijdlijn — volgt: wijkdesk.model.timeline has not landed yet. When it has, the
        # exporter above is found and this section fills itself.
        timeline.title, timeline.caption = w["timeline_pending"], ""
        timeline.placeholder, timeline.pending = w["timeline_pending_text"], True
    else:
        items = project.all("timeline_item")
        owners = {p.id: p.name for p in parties}
        texts = [t.title for t in items] + [owners.get(t.owner_id, "") for t in items]
        texts += [e.title for e in project.all("bijeenkomst")]  # evenings are on it too
        if not items:
            timeline.caption, timeline.placeholder = "", w["no_timeline"]
        elif _mentions(texts, names):
            timeline.caption, timeline.placeholder = "", w["timeline_left_out"]
        else:
            from ..model.timeline_export import page_figures

            parts = page_figures(project, *FIGURE_SIZE_PT, today=today,
                                 font=FIGURE_MIN_FONT)
            for i, (part, drawn) in enumerate(parts):
                figure = timeline if i == 0 else dataclasses.replace(timeline)
                if part:  # "Tijdlijn — Doe-spoor (1/2)"
                    figure.title = f"{w['timeline']} — {part}"
                _draw_for_page(figure, drawn)
                out.append(figure)
            return out
    out.append(timeline)
    return out


def _draw_for_page(figure: Figure, drawn: Any) -> None:
    """Render a matplotlib figure drawn for the page into ``figure`` (PNG, its size, its
    smallest text)."""
    import io

    from ..model.network_export import text_sizes

    sizes = [size for _text, size, _inside in text_sizes(drawn)]
    buffer = io.BytesIO()
    drawn.savefig(buffer, format="png", dpi=FIGURE_DPI, facecolor="white",
                  metadata={"Software": "wijkdesk"})
    figure.png = buffer.getvalue()
    figure.width_pt, figure.height_pt = (float(v) * 72 for v in drawn.get_size_inches())
    figure.min_font_pt = min(sizes, default=0.0)


# -- anonymising -------------------------------------------------------------------------

#: Words that say what someone does, not who they are: a personal field holding only these
#: ("wijkregisseur", "projectleider duurzaamheid") is a role, not a name.
ROLE_WORDS = (
    "procesbegeleider", "begeleider", "notulist", "voorzitter", "secretaris", "penningmeester",
    "bestuur", "wijkregisseur", "regisseur", "wijkcoach", "coach", "wijkmanager", "manager",
    "wijkagent", "agent", "griffier", "wethouder", "raadslid", "burgemeester", "ambtenaar",
    "adviseur", "projectleider", "leider", "medewerker", "consulent", "opbouwwerker",
    "directeur", "coördinator", "coordinator", "gespreksleider", "facilitator", "bewoner",
    "contactpersoon", "woordvoerder", "secretariaat", "beheerder", "vrijwilliger", "werker",
    "deskundige", "specialist", "onderzoeker", "aannemer", "installateur", "ondernemer",
    "eigenaar", "huurder", "lid", "team", "chair", "minute", "resident", "officer",
)
#: How the name of an organisation ends ("Buurtvereniging De Linde", "Wijkteam Noord"): long,
#: unambiguous words only, since a surname taken for an organisation would not be removed.
ORGANISATION_WORDS = (
    "gemeente", "vereniging", "stichting", "coöperatie", "cooperatie", "corporatie", "bedrijf",
    "basisschool", "wijkteam", "energieloket", "netbeheer", "netbeheerder", "provincie",
    "waterschap", "ministerie", "werkgroep", "comité", "vve", "municipality", "council",
    "association", "foundation", "company",
)
#: Parts of a Dutch (or other) name that are not a name on their own.
PARTICLES = {"van", "der", "den", "de", "het", "ter", "ten", "te", "op", "in", "'t", "la", "le",
             "du", "von", "dos", "das", "del", "della", "di", "da", "el", "al", "bin", "ibn",
             "vd", "v.d.", "en", "and", "uit", "aan", "bij", "tot", "mevrouw", "meneer", "dhr",
             "mevr", "mw", "heer", "mr", "mrs", "ms", "dr", "ir", "ing", "drs", "mr."}
_SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\s(?:en|and)\s)\s*")
_PARENS = re.compile(r"\(([^()]*)\)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[\s.-]?\(0\))?(?:[\s.-]?\d){9}(?![\w])")
_TITLED = re.compile(
    r"(?<!\w)(?i:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|mr\.|mrs\.?|ms\.)\s+"
    r"(?:(?i:van|de|der|den|ter|ten|het|'t)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]*"
    r"(?:\s+(?:(?i:van|de|der|den|ter|ten|het|'t)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]*)?")


def _personal_fields() -> list[tuple[str, str]]:
    return [(k.name, f.name) for k in kinds.KINDS.values() for f in k.fields if f.personal]


def _vocabulary(project: Project) -> set[str]:
    """Organisations and roles the project knows: a personal field holding one is no name."""
    vocab: set[str] = set()
    for a in project.all("attendance"):
        vocab.update(_fold(v) for v in (a.organisation, a.role, a.group) if v)
    for s in project.all("stakeholder"):
        vocab.update(_fold(v) for v in (s.name, s.type, s.role) if v)
    return vocab


def _is_role(candidate: str, vocab: set[str]) -> bool:
    """Whether a part of a personal field says a role or an organisation, not a name."""
    folded = _fold(candidate)
    if folded in vocab:
        return True
    words_ = re.findall(r"\w+", folded)
    if any(word.endswith(org) for word in words_ for org in ORGANISATION_WORDS):
        return True
    if candidate == candidate.lower():  # typed without a capital: a role, if it says one
        return any(word.endswith(role) for word in words_ for role in ROLE_WORDS)
    return False


def _split_person(value: str) -> tuple[list[str], list[str]]:
    """A personal field's value as (names, descriptions): "A (gemeente, rol)" → (["A"], [...])."""
    described = [d.strip() for d in _PARENS.findall(value) if d.strip()]
    rest = _PARENS.sub(" ", value)
    parts = [p.strip(" .:-–") for p in _SEPARATORS.split(rest) if p and p.strip(" .:-–")]
    return parts, described


def _name_parts(name: str) -> list[str]:
    """The words of a name that are names on their own: "Pieter-Jan van Dam" → Pieter-Jan,
    Pieter, Jan, Dam (three letters or more; no particle such as "van", no role word)."""
    out = []
    for whole in name.split():
        pieces = [whole, *whole.split("-")] if "-" in whole else [whole]
        for word in pieces:
            word = word.strip(".,:;'’\"()-")
            if len(word) >= 3 and word.casefold() not in PARTICLES \
                    and word.casefold() not in ROLE_WORDS and word not in out:
                out.append(word)
    return out


def known_names(project: Project) -> set[str]:
    """Every personal name the project holds, and each part of three letters or more.

    From every field marked personal in ``kinds.py`` (attendance.name, bijeenkomst.chair and
    minute_taker, stakeholder.contact_name, agreement.who, …) and action_item.who, over the
    whole project: a *wie* that names a person is a name; one that names a party of the
    network (an organisation the project knows) is not.
    What is in brackets ("Lotte (gemeente, procesbegeleider)") and parts that only say a role
    or organisation the project knows ("wijkregisseur", "Gemeente Wisselmonde") are not
    names. Particles ("van", "der") are no name parts.
    """
    vocab = _vocabulary(project)
    values: list[str] = []
    for kind, name in [*_personal_fields(), ("action_item", "who")]:
        # a wie chosen from the network (who_id) names an organisation, not a person
        values += [str(r[name]) for r in project.all(kind)
                   if r.get(name) and not (name == "who" and r.get("who_id"))]
    names: set[str] = set()
    for value in values:
        parts, _ = _split_person(value)
        for part in parts:
            if not part or _is_role(part, vocab) or not re.search(r"\w", part):
                continue
            if not _name_parts(part):
                continue
            names.add(" ".join(part.split()))
            names.update(_name_parts(part))
    return names


def name_roles(project: Project) -> dict[str, str]:
    """What to say instead of a professional's name: their role (and organisation).

    Keys are folded names and name parts (see ``known_names``); values "role, organisation".
    From attendance records with a name and a role or organisation, from what is in brackets
    after a name in chair or minute-taker, and the chair's and minute-taker's own roles. A part
    two people with different roles share maps to nothing (they become "bewoner").
    """
    vocab = _vocabulary(project)
    w = words("nl")
    found: dict[str, set[str]] = {}

    def add(value: str, role: str) -> None:
        parts, described = _split_person(value)
        names = [p for p in parts if not _is_role(p, vocab)]
        roles = [p for p in parts if _is_role(p, vocab)]
        role = _describe_roles(described + roles) or role
        if not role:
            return
        for name in names:
            for key in [name, *_name_parts(name)]:
                found.setdefault(_fold(key), set()).add(role)

    for a in project.all("attendance"):
        if a.name:
            role = ", ".join(x for x in ((a.role or "").strip(), (a.organisation or "").strip())
                             if x)
            add(a.name, role)
    for b in project.all("bijeenkomst"):
        if b.chair:
            add(b.chair, w["chair_default"])
        if b.minute_taker:
            add(b.minute_taker, w["minute_taker_default"])
    for s in project.all("stakeholder"):
        if s.contact_name:
            add(s.contact_name, f"contactpersoon {s.name}".strip())
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _describe_roles(parts: list[str]) -> str:
    """Parts of a description, roles (no capital) first: "procesbegeleider, gemeente X"."""
    pieces: list[str] = []
    for part in parts:
        pieces += [p.strip() for p in part.split(",") if p.strip()]
    pieces.sort(key=lambda p: p != p.lower())  # stable: roles first, organisations after
    return ", ".join(dict.fromkeys(pieces))


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    alts = sorted({" ".join(n.split()) for n in names if n and n.strip()},
                  key=lambda n: (-len(n), n))
    if not alts:
        return None
    body = "|".join(r"\s+".join(re.escape(p) for p in n.split()) for n in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


class _Scrubber:
    """Replaces names and contact details in one text."""

    def __init__(self, names: Iterable[str], roles: Mapping[str, str], lang: str) -> None:
        self.pattern = _name_pattern(names)
        self.roles = {_fold(k): v for k, v in roles.items()}
        self.w = words(lang)

    def _short(self, role: str) -> str:
        return role.split(",")[0].strip() or self.w["resident"]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub(self.w["contact_removed"], text)
        text = _PHONE.sub(self.w["contact_removed"], text)
        text = _TITLED.sub(lambda m: self._fit(m, self.w["resident"]), text)
        if self.pattern is not None:
            text = self.pattern.sub(
                lambda m: self._fit(m, self._short(self.roles.get(_fold(m.group(0)), ""))),
                text)
        return text

    @staticmethod
    def _fit(match: re.Match[str], word: str) -> str:
        """Start a sentence with a capital: "Piet vraagt" → "Bewoner vraagt"."""
        before = match.string[:match.start()].rstrip(" \t")
        if (not before or before[-1] in ".!?:\n") and word[:1].islower():
            return word[:1].upper() + word[1:]
        return word

    def describe(self, value: str, default: str) -> str:
        """A chair's or minute-taker's role instead of their name."""
        if not value.strip():
            return ""
        parts, described = _split_person(value)
        role = _describe_roles(described + [p for p in parts if p == p.lower()])
        if not role:
            for part in parts:
                role = self.roles.get(_fold(part), "")
                if role:
                    break
        return self(role) if role else default


#: Fields of the minutes that hold no text a person wrote (left as they are).
_NOT_TEXT = {"lang", "bijeenkomst_id", "date_iso", "key", "png", "status_key", "due_iso",
             "item_id"}


def _scrub_all(obj: Any, scrub: Callable[[str], str]) -> None:
    for f in dataclasses.fields(obj):
        if f.name in _NOT_TEXT:
            continue
        value = getattr(obj, f.name)
        if isinstance(value, str):
            setattr(obj, f.name, scrub(value))
        elif dataclasses.is_dataclass(value):
            _scrub_all(value, scrub)
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    _scrub_all(item, scrub)
            if value and all(isinstance(v, str) for v in value):
                setattr(obj, f.name, [scrub(v) for v in value])


def anonymise(minutes: Minutes, names: Iterable[str],
              roles: Mapping[str, str] | None = None) -> Minutes:
    """A copy of the minutes with no personal name and no contact detail in it (AVG).

    * named attendance is left out (only the counts per organisation and role stay), and so
      are the names of people absent with notice;
    * chair and minute-taker are shown by their role: what is in brackets after the name, the
      role ``roles`` gives for the name, else "procesbegeleider" / "notulist";
    * in every other text field (title, agenda, notes, prompts, clusters, insights,
      agreements, actions incl. "wie", next meeting, …) each of ``names`` — whole words,
      any case — becomes the person's role from ``roles`` (a professional) or "bewoner";
      "mevrouw/meneer X" becomes "bewoner"; e-mail addresses and phone numbers are removed.
    """
    out = copy.deepcopy(minutes)
    w = words(out.lang)
    scrub = _Scrubber(names, roles or {}, out.lang)
    chair = scrub.describe(out.chair, w["chair_default"])
    taker = scrub.describe(out.minute_taker, w["minute_taker_default"])
    out.named = []
    for line in out.absent:
        line.name = ""
    _scrub_all(out, scrub)
    out.chair, out.minute_taker = chair, taker
    out.anonymous = True
    return out


# -- plain text --------------------------------------------------------------------------


def email_text(minutes: Minutes) -> str:
    """The agreements and action points as plain text ("Kopieer als e-mailtekst")."""
    w = minutes.words()
    head = " — ".join(x for x in (minutes.title, minutes.date) if x)
    lines = [f"{w['minutes']}: {head}" if head else w["minutes"], ""]
    lines.append(f"{w['email_agreements']}:")
    if minutes.agreements:
        lines += [_email_agreement(a, w) for a in minutes.agreements]
    else:
        lines.append(w["email_none"])
    lines += ["", f"{w['email_actions']}:"]
    lines += [_email_action(a, w) for a in minutes.new_actions] or [w["email_none"]]
    if minutes.carried_actions:
        lines += ["", f"{w['carried_actions']}:"]
        lines += [_email_action(a, w) for a in minutes.carried_actions]
    if minutes.next_meeting:
        lines += ["", f"{w['next_meeting']}: {minutes.next_meeting}"]
    return "\n".join(lines) + "\n"


def _email_agreement(a: AgreementLine, w: dict[str, str]) -> str:
    """"2. Een collectieve isolatieactie per straat (Energiecoöperatie; uiterlijk 31-05-2027)"."""
    details = [x for x in (a.who, w["email_due"].format(due=a.due) if a.due else "") if x]
    return f"{a.number}. {a.text}" + (f" ({'; '.join(details)})" if details else "")


def _email_action(a: ActionLine, w: dict[str, str]) -> str:
    """"3. Offertes opvragen (Energiecoöperatie; uiterlijk 15-02-2027; open)"."""
    details = [x for x in (a.who, w["email_due"].format(due=a.due) if a.due else "", a.status)
               if x]
    if a.postponed:
        details.append(w["postponed_n"].format(n=a.postponed))
    if a.carried_over and a.origin:
        details.append(f"{w['from'].lower()} {a.origin}")
    return f"{a.number}. {a.what}" + (f" ({'; '.join(details)})" if details else "")

"""Exporting the timeline (docs/formats.md; issue 6): iCalendar, a CSV sheet and a picture.

* **iCalendar** (RFC 5545), written by hand: a ``VEVENT`` per dated timeline step (an all-day
  event from its start through its end: ``DTEND`` is the day after, as the RFC wants), a
  ``VEVENT`` per dated bijeenkomst, and a ``VTODO`` per action point that is not done (``DUE``
  its due date, ``STATUS`` NEEDS-ACTION or IN-PROCESS). ``UID`` is ``<record id>@wijkdesk``, the
  same in every export, so a calendar that imports the file again updates its entries instead
  of doubling them; ``DTSTAMP`` is when the record last changed (the RFC's meaning without a
  ``METHOD``), so exporting twice gives the same file. Lines end in CRLF and are folded at 75
  octets without splitting a character; text escapes ``\\``, ``;``, ``,`` and newlines.
* **CSV** for Excel: one row per timeline step (``TIMELINE_CSV_HEADER``), sorted by date;
  UTF-8 with a byte order mark and ``;`` between fields, which Dutch Excel opens as it is; a
  text that a spreadsheet would run as a formula gets a quote in front (``csv_safe``).
* **A picture** (PNG at 200 dpi, SVG or PDF, by ``format`` or the suffix) drawn with
  matplotlib's Agg-based canvases (pyplot is never touched): the denk-spoor and the doe-spoor
  as two bands, the six Wijkkompas phases as background bands with their names, steps as bars
  (from start to end) or diamonds (milestones, decisions, the stip, steps of one day), evenings
  as circles, dependencies as arrows, clashes in red, a line for today and the years below.

Deleted records are left out. Files are written whole or not at all
(``network_export.write_files``), never over the project file.
"""

from __future__ import annotations

import datetime as _dt
import os
import textwrap
from pathlib import Path
from typing import Any

from . import programme
from . import timeline as tl
from .csv_safe import csv_text
from .hlc import parse as parse_stamp
from .network_export import PICTURE_DPI, picture_format, save_figure, write_files
from .project import Project, Record

PathLike = str | os.PathLike[str]
PRODID = "-//wijkdesk//wijkdesk tijdlijn//NL"
TRACK_LABELS = {"denk": "Denk-spoor", "doe": "Doe-spoor"}
#: The header of ``export_timeline_csv``.
TIMELINE_CSV_HEADER = ("id", "track", "kind", "title", "start", "end", "status", "postponed",
                       "owner", "phase", "depends_on", "links", "note")
#: How a linked record's kind is named in the CSV's ``links`` column.
LINK_KIND_LABELS = {"cluster": "cluster", "agreement": "afspraak", "action_item": "actiepunt",
                    "stakeholder": "partij", "timeline_item": "stap", "knooppunt": "knooppunt"}
STATUS_COLOURS = {"gepland": "#4c78a8", "bezig": "#f58518", "klaar": "#54a24b",
                  "uitgesteld": "#b279a2"}
CLASH_COLOUR = "#d62728"


# -- iCalendar ------------------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 says."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 §3.1), with CRLF line ends.

    A continuation starts with one space, which counts toward its 75 octets; a UTF-8
    character is never split.
    """
    out: list[str] = []
    current, size, limit = [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, 75
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def _ics_date(iso: str, days: int = 0) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).strftime("%Y%m%d")


def _dtstamp(project: Project, record_id: str) -> str:
    """When the record last changed, as an iCalendar UTC date-time."""
    stamps = [h.hlc for h in project.history(record_id)]
    ms = parse_stamp(max(stamps))[0] if stamps else 0
    when = _dt.datetime.fromtimestamp(ms / 1000, tz=_dt.UTC)
    return when.strftime("%Y%m%dT%H%M%SZ")


def _component(name: str, props: list[tuple[str, str]]) -> list[str]:
    return [f"BEGIN:{name}", *(f"{key}:{value}" for key, value in props), f"END:{name}"]


def ics_text(project: Project) -> str:
    """The project's timeline, evenings and open action points as iCalendar text."""
    owners = {s.id: s.name for s in project.all("stakeholder")}
    phases = tl._phase_names()
    evenings = {b.id: b for b in project.all("bijeenkomst")}
    events: list[tuple[str, str, list[str]]] = []
    for rec in tl.items(project):
        first, last = tl._first(rec), tl._last(rec)
        if first is None or last is None:
            continue
        lines = [f"Spoor: {TRACK_LABELS.get(rec.track, rec.track)}", f"Soort: {rec.kind}",
                 f"Status: {rec.status}"]
        if rec.postponed:
            lines.append(f"Uitgesteld: {rec.postponed} keer")
        if rec.owner_id in owners:
            lines.append(f"Eigenaar: {owners[rec.owner_id]}")
        if rec.phase is not None:
            lines.append(f"Fase: {rec.phase} {phases.get(rec.phase, '')}".rstrip())
        if rec.note.strip():
            lines += ["", rec.note.strip()]
        events.append((first, rec.id, _component("VEVENT", [
            ("UID", f"{rec.id}@wijkdesk"), ("DTSTAMP", _dtstamp(project, rec.id)),
            ("DTSTART;VALUE=DATE", _ics_date(first)),
            ("DTEND;VALUE=DATE", _ics_date(max(first, last), 1)),
            ("SUMMARY", ics_escape(rec.title)), ("DESCRIPTION", ics_escape("\n".join(lines))),
            ("CATEGORIES", ics_escape(TRACK_LABELS.get(rec.track, rec.track))),
            ("TRANSP", "TRANSPARENT"),
        ])))
    for evening in tl.evening_items(project):
        b = evenings[evening.id]
        lines = ["Bijeenkomst (doe-spoor)"]
        items = programme.agenda_items(project, b.id)
        if items:  # the evening's programme (format 6)
            lines += ["", "Agenda:"] + [
                f"{n}. {item.title}" + (f" ({item.minutes} min)" if item.minutes else "")
                for n, item in enumerate(items, start=1)]
        elif b.agenda.strip():  # an agenda typed as text (older files)
            lines += ["", "Agenda:", b.agenda.strip()]
        props = [("UID", f"{b.id}@wijkdesk"), ("DTSTAMP", _dtstamp(project, b.id)),
                 ("DTSTART;VALUE=DATE", _ics_date(b.date)),
                 ("DTEND;VALUE=DATE", _ics_date(b.date, 1)),
                 ("SUMMARY", ics_escape(b.title)), ("DESCRIPTION", ics_escape("\n".join(lines)))]
        if b.place.strip():
            props.append(("LOCATION", ics_escape(b.place.strip())))
        props.append(("CATEGORIES", ics_escape(TRACK_LABELS["doe"])))
        events.append((b.date, b.id, _component("VEVENT", props)))
    todos: list[tuple[str, str, list[str]]] = []
    for a in project.all("action_item"):
        if a.status == "klaar":
            continue
        lines = []
        if a.who.strip():
            lines.append(f"Wie: {a.who.strip()}")
        lines.append(f"Status: {a.status}")
        if a.postponed:
            lines.append(f"Uitgesteld: {a.postponed} keer")
        evening = evenings.get(a.bijeenkomst_id)
        if evening is not None and not evening.deleted:
            when = f" ({evening.date})" if evening.date else ""
            lines.append(f"Afgesproken op: {evening.title}{when}")
        props = [("UID", f"{a.id}@wijkdesk"), ("DTSTAMP", _dtstamp(project, a.id)),
                 ("SUMMARY", ics_escape(a.what)), ("DESCRIPTION", ics_escape("\n".join(lines)))]
        if a.due:
            props.append(("DUE;VALUE=DATE", _ics_date(a.due)))
        if a.status == "bezig":
            props.append(("STATUS", "IN-PROCESS"))
        else:
            props += [("STATUS", "NEEDS-ACTION"), ("PERCENT-COMPLETE", "0")]
        props.append(("CATEGORIES", "Actiepunt"))
        todos.append((a.due or "9999", a.id, _component("VTODO", props)))
    name = project.info().name
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{ics_escape(name)}"]
    for _, _, component in sorted(events) + sorted(todos):
        lines += component
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) for line in lines)


def export_ics(project: Project, path: PathLike) -> Path:
    """Write the timeline, the evenings and the open action points as an ``.ics`` file."""
    data = ics_text(project).encode("utf-8")

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_files(project, {Path(path): write})[0]


# -- CSV ------------------------------------------------------------------------------------


def timeline_rows(project: Project) -> list[list[Any]]:
    """The rows of ``export_timeline_csv``, header first."""
    owners = {s.id: s.name for s in project.all("stakeholder")}
    steps = tl.items(project)
    titles = {r.id: r.title for r in steps}
    depends: dict[str, list[str]] = {}
    for d in tl.dependencies(project):
        depends.setdefault(d.after_id, []).append(d.before_id)
    rows: list[list[Any]] = [list(TIMELINE_CSV_HEADER)]
    for rec in steps:
        before = sorted({titles[i] for i in depends.get(rec.id, [])}, key=str.casefold)
        links = [f"{LINK_KIND_LABELS.get(kind, kind)}: {tl.label(other, kind)}"
                 for kind, other in tl.links_of(project, rec.id)]
        rows.append([rec.id, rec.track, rec.kind, rec.title, rec.start or "", rec.end or "",
                     rec.status, rec.postponed, owners.get(rec.owner_id, ""),
                     "" if rec.phase is None else rec.phase, " | ".join(before),
                     " | ".join(links), rec.note])
    return rows


def export_timeline_csv(project: Project, path: PathLike) -> Path:
    """Write the timeline's steps as a CSV sheet for Excel (UTF-8 with BOM, ``;``)."""
    text = csv_text(timeline_rows(project), delimiter=";")  # texts neutralised, numbers kept

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            f.write(text)

    return write_files(project, {Path(path): write})[0]


# -- a picture ------------------------------------------------------------------------------


def export_timeline_picture(project: Project, path: PathLike, format: str | None = None, *,
                            today: str | None = None, title: str | None = None,
                            dpi: int = PICTURE_DPI) -> Path:
    """Draw the timeline to a PNG, SVG or PDF file (by ``format`` or the suffix).

    ``today`` (ISO date, default the real today) places the today line and decides which
    steps are overdue; ``title`` defaults to the project's name. PNG at ``dpi`` (at least 200).
    """
    fmt = picture_format(path, format)
    figure = _draw(project, tl._today(today), title)
    return save_figure(project, figure, path, fmt, max(int(dpi), PICTURE_DPI))


class _Entry:
    """One thing to draw on a lane."""

    __slots__ = ("id", "track", "kind", "title", "first", "last", "status", "row", "bar")

    def __init__(self, rec: Record | tl.EveningItem, first: str, last: str, status: str) -> None:
        self.id, self.track, self.kind, self.title = rec.id, rec.track, rec.kind, rec.title
        self.first, self.last, self.status = first, last, status
        self.row = 0
        self.bar = last > first and rec.kind in ("activiteit", "bijeenkomst")


#: The least room a row of the timeline takes on a page, in points (8-point text fits).
PAGE_ROW_PT = 13.0
#: Margins of a picture drawn for a page, in points: the track names left, the years and the
#: legend below, the phase names above the rows.
_PAGE_LEFT, _PAGE_RIGHT, _PAGE_BOTTOM, _PAGE_TOP, _PAGE_PHASES = 64.0, 6.0, 58.0, 4.0, 26.0


def _entries(project: Project) -> list[_Entry]:
    entries: list[_Entry] = []
    for rec in tl.items(project):
        first, last = tl._first(rec), tl._last(rec)
        if first is not None and last is not None:
            entries.append(_Entry(rec, first, max(first, last), rec.status))
    entries += [_Entry(e, e.date, e.date, "") for e in tl.evening_items(project)]
    return entries


def _x(iso: str) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(_dt.date.fromisoformat(iso)))


def _span(project: Project, entries: list[_Entry], today: str) -> tuple[float, float]:
    """The days the picture covers: every step and phase, with a margin."""
    dates = [d for e in entries for d in (e.first, e.last)]
    dates += [d for lo, hi in tl.phase_spans(project).values() for d in (lo, hi) if d is not None]
    if dates:
        return _x(min(dates)) - 120, _x(max(dates)) + 120
    return _x(today) - 365, _x(today) + 365


def _layout(entries: list[_Entry], days_per_char: float, chars: int) -> tuple[int, int, float]:
    """Rows within each lane (first fit, each entry taking its bar or mark and its label);
    returns the rows of the doe- and the denk-spoor and where the last label ends (a day)."""
    lanes: dict[str, list[list[float]]] = {"doe": [], "denk": []}
    right = 0.0
    for e in sorted(entries, key=lambda e: (e.first, e.last, e.title.casefold(), e.id)):
        start = _x(e.first) - 20 * days_per_char / 10
        end = _x(e.last) + (len(_short(e.title, chars)) + 3) * days_per_char
        right = max(right, end - 2 * days_per_char)
        rows = lanes[e.track if e.track in lanes else "doe"]
        for i, row_end in enumerate(rows):
            if row_end[0] < start:
                e.row, row_end[0] = i, end
                break
        else:
            e.row = len(rows)
            rows.append([end])
    return len(lanes["doe"]), len(lanes["denk"]), right


def _draw(project: Project, today: str, title: str | None, *, width_in: float = 16.0,
          font: float = 7.0, height_in: float | None = None, only: set[str] | None = None,
          chars: int = 48) -> Any:
    """The timeline as a matplotlib Figure (no pyplot, so no GUI backend is ever chosen).

    By default 16 inches wide with 7-point labels, as high as its rows need (the picture
    export, saved with a tight bounding box). With ``height_in`` it is drawn for a page: that
    size exactly, every text at ``font`` points or more, and wide enough a time span that the
    last label ends inside it; ``only`` draws just those steps (a part of a split timeline)
    on the time axis of the whole; ``chars`` shortens the labels.
    """
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    x = _x
    everything = _entries(project)
    entries = [e for e in everything if only is None or e.id in only]
    spans = tl.phase_spans(project)
    lo_x, hi_x = _span(project, everything, today)
    page = height_in is not None
    plot_in = width_in - (_PAGE_LEFT + _PAGE_RIGHT) / 72 if page else width_in
    char_pt = 0.6 * font  # ~4.2 pt a character at 7 points
    days_per_char = (hi_x - lo_x) / (plot_in * 72 / char_pt)
    n_doe, n_denk, right = _layout(entries, days_per_char, chars)
    if page:  # the last label inside the picture: a longer span (labels shrink in days)
        for _ in range(3):
            if right <= hi_x:
                break
            hi_x = right + days_per_char
            days_per_char = (hi_x - lo_x) / (plot_in * 72 / char_pt)
            n_doe, n_denk, right = _layout(entries, days_per_char, chars)
    n_doe, n_denk = max(1, n_doe), max(1, n_denk)
    base = {"doe": 0.0, "denk": n_doe + 1.0}
    top = n_doe + 1.0 + n_denk

    def y(e: _Entry) -> float:
        lane = e.track if e.track in base else "doe"
        return base[lane] + e.row + 0.5

    clash_list = tl.clashes(project, today)
    clashing = {i for c in clash_list for i in c.item_ids}
    clash_pairs = {c.item_ids for c in clash_list if len(c.item_ids) == 2}

    if page:
        figure = Figure(figsize=(width_in, height_in))
        h_pt, w_pt = height_in * 72, width_in * 72
        figure.subplots_adjust(left=_PAGE_LEFT / w_pt, right=1 - _PAGE_RIGHT / w_pt,
                               bottom=_PAGE_BOTTOM / h_pt, top=1 - _PAGE_TOP / h_pt)
        axes_pt = h_pt - _PAGE_BOTTOM - _PAGE_TOP
        unit = (axes_pt - _PAGE_PHASES) / (top + 0.2)  # points a row
        phase_room = _PAGE_PHASES / unit
    else:
        figure = Figure(figsize=(width_in, 2.6 + 0.3 * top))
        axes_pt, phase_room = 0.0, 1.3
    ax = figure.add_subplot()
    if title is None or title:
        ax.set_title(title if title is not None else project.info().name, fontsize=13,
                     parse_math=False)
    ax.set_xlim(lo_x, hi_x)
    ax.set_ylim(-0.2, top + phase_room)
    for lane, n, colour in (("doe", n_doe, "#eef4ea"), ("denk", n_denk, "#eaf0f7")):
        ax.axhspan(base[lane], base[lane] + n, color=colour, zorder=0, lw=0)
    ax.set_yticks([base["doe"] + n_doe / 2, base["denk"] + n_denk / 2],
                  [TRACK_LABELS["doe"], TRACK_LABELS["denk"]], fontsize=max(10, font + 1))
    ax.tick_params(axis="y", length=0)
    if page:
        ax.tick_params(axis="x", labelsize=max(font, 8))

    names = tl._phase_names()
    keyed: list[str] = []  # on a page: phases too narrow for their name, named below
    for i, (number, (lo, hi)) in enumerate(sorted(spans.items())):
        if lo is None and hi is None:
            continue  # a span without dates: nowhere to draw it
        x0 = x(lo) if lo else lo_x
        x1 = x(hi) + 1 if hi else hi_x
        ax.axvspan(x0, x1, color="#000000", alpha=0.045 if i % 2 else 0.0, zorder=0, lw=0)
        ax.axvline(x0, color="#999999", lw=0.6, zorder=0.5)
        full = f"{number}. {names.get(number, '')}"
        if page:  # whole words in two lines, or the number alone (named under the legend)
            room = max(2, int((min(x1, hi_x) - max(x0, lo_x)) / days_per_char) - 1)
            lines = textwrap.wrap(full, room, break_long_words=False)
            name = "\n".join(lines) if len(lines) <= 2 and all(
                len(line) <= room for line in lines) else f"{number}."
            if name == f"{number}.":
                keyed.append(full)
        else:
            chars_here = max(8, int((x1 - x0) / days_per_char / 1.2))
            name = "\n".join(textwrap.wrap(full, chars_here)[:2])
        ax.text((max(x0, lo_x) + min(x1, hi_x)) / 2, top + 0.15, name, ha="center",
                va="bottom", fontsize=font, color="#444444", parse_math=False, zorder=1,
                linespacing=1.0 if page else 1.2)

    where = {e.id: e for e in entries}
    for d in tl.dependencies(project):
        a, b = where.get(d.before_id), where.get(d.after_id)
        if a is None or b is None:
            continue
        red = (a.id, b.id) in clash_pairs
        ax.annotate("", xy=(x(b.first), y(b)), xytext=(x(a.last) + (1 if a.bar else 0), y(a)),
                    zorder=2, arrowprops={
                        "arrowstyle": "-|>", "color": CLASH_COLOUR if red else "#777777",
                        "lw": 1.1 if red else 0.7, "mutation_scale": 8,
                        "connectionstyle": "arc3,rad=0.15", "shrinkA": 3, "shrinkB": 4})

    for e in entries:
        colour = STATUS_COLOURS.get(e.status, "#8c8c8c")
        edge = CLASH_COLOUR if e.id in clashing else "#333333"
        width = 1.6 if e.id in clashing else 0.6
        if e.kind == "bijeenkomst" and e.status == "":  # an evening
            ax.scatter([x(e.first)], [y(e)], s=42, marker="o", c="#ffffff", edgecolors="#333333",
                       linewidths=1.0, zorder=3)
            end_x = x(e.first) + 6 * days_per_char / 10
        elif e.bar:
            ax.barh(y(e), x(e.last) + 1 - x(e.first), left=x(e.first), height=0.55,
                    color=colour, edgecolor=edge, linewidth=width, zorder=3)
            end_x = x(e.last) + 1
        else:
            size = {"stip": 120, "besluit": 70}.get(e.kind, 55)
            marker = "*" if e.kind == "stip" else "D"
            ax.scatter([x(e.first)], [y(e)], s=size, marker=marker, c=colour, edgecolors=edge,
                       linewidths=width, zorder=4)
            end_x = x(e.first) + 8 * days_per_char / 10
        ax.text(end_x + days_per_char, y(e), _short(e.title, chars), fontsize=font, va="center",
                ha="left", zorder=5, parse_math=False,
                color=CLASH_COLOUR if e.id in clashing else "#222222")

    now = x(today)
    if lo_x <= now <= hi_x:
        ax.axvline(now, color=CLASH_COLOUR, lw=1.0, ls="--", zorder=6)
        ax.text(now, n_doe + 0.5, " vandaag", color=CLASH_COLOUR, fontsize=font, va="center",
                ha="left", zorder=6)  # in the gap between the lanes

    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#cccccc", lw=0.5, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles: list[Any] = [Patch(facecolor=c, edgecolor="#333333", label=s)
                          for s, c in STATUS_COLOURS.items()]
    handles += [
        Line2D([], [], marker="D", ls="", color="#8c8c8c", label="mijlpaal / besluit"),
        Line2D([], [], marker="*", ls="", color="#8c8c8c", markersize=10, label="stip"),
        Line2D([], [], marker="o", ls="", markerfacecolor="#ffffff", markeredgecolor="#333333",
               label="bijeenkomst"),
        Line2D([], [], color=CLASH_COLOUR, label=f"botsing ({len(clash_list)})"),
    ]
    below = -20 / axes_pt if page else -0.06  # under the years
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, below), ncol=8,
              fontsize=max(8, font), frameon=False, handlelength=1.5, columnspacing=1.2)
    if keyed:
        figure.text(0.5, 3 / (height_in * 72), "Fasen: " + " · ".join(keyed), ha="center",
                    va="bottom", fontsize=font, color="#444444", parse_math=False)
    return figure


def page_figures(project: Project, width_pt: float, height_pt: float, *,
                 today: str | None = None, font: float = 8.0) -> list[tuple[str, Any]]:
    """The timeline drawn for a page of ``width_pt`` × ``height_pt``, every text at ``font``
    points or more: one picture, or, when its rows do not fit at that size, one per track
    ("Denk-spoor", "Doe-spoor") and, where a track still does not fit, per part of its steps
    ("Doe-spoor (1/2)"), each on the time axis of the whole. (subtitle, Figure) pairs, the
    subtitle empty for a single picture. Labels are whole where the rows fit, else shortened
    (48, then 30 characters) before the timeline is split.
    """
    when = tl._today(today)
    width_in, height_in = width_pt / 72, height_pt / 72
    everything = _entries(project)
    lo_x, hi_x = _span(project, everything, when)
    plot_pt = width_pt - _PAGE_LEFT - _PAGE_RIGHT
    max_rows = int((height_pt - _PAGE_BOTTOM - _PAGE_TOP - _PAGE_PHASES) / PAGE_ROW_PT - 0.2)

    def rows(subset: list[_Entry], chars: int) -> int:
        # as _draw lays them out (an approximation of its span: it may only grow, which
        # makes labels shorter in days, so rows can only become fewer)
        days_per_char = (hi_x - lo_x) / (plot_pt / (0.6 * font))
        n_doe, n_denk, _right = _layout(subset, days_per_char, chars)
        return max(1, n_doe) + 1 + max(1, n_denk)

    def draw(subset: list[_Entry] | None, chars: int) -> Any:
        only = None if subset is None else {e.id for e in subset}
        return _draw(project, when, "", width_in=width_in, height_in=height_in, font=font,
                     only=only, chars=chars)

    for chars in (FULL_LABEL, 48, 30):  # whole labels where they fit (issue 16: none cut
        if rows(everything, chars) <= max_rows:  # short where there is room)
            return [("", draw(None, chars))]
    chars = 30
    out: list[tuple[str, Any]] = []
    for track in ("denk", "doe"):
        steps = sorted((e for e in everything if (e.track if e.track in ("denk", "doe")
                                                  else "doe") == track),
                       key=lambda e: (e.first, e.last, e.title.casefold(), e.id))
        parts: list[list[_Entry]] = []
        for e in steps:
            if parts and rows(parts[-1] + [e], chars) <= max_rows:
                parts[-1].append(e)
            else:
                parts.append([e])
        for i, part in enumerate(parts, start=1):
            name = TRACK_LABELS[track] + (f" ({i}/{len(parts)})" if len(parts) > 1 else "")
            out.append((name, draw(part, chars)))
    return out


#: a label this long is never shortened (a step's title is at most kinds.MAX_TEXT long, but
#: one that does not fit in a row at this length is shortened first anyway)
FULL_LABEL = 120


def _short(title: str, chars: int = 48) -> str:
    text = " ".join(title.split())
    return text if len(text) <= chars else text[:chars - 1] + "…"

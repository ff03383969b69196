"""Exporting one round of the board: CSV for Excel and JSON Canvas 1.0 (docs/formats.md).

* **CSV** — the columns ``wijkdesk import-insights`` reads (``tekst;tafel;cluster;stemmen``),
  ``;``-separated, UTF-8 with a byte-order mark and CRLF line ends, as Dutch Excel expects; a
  file exported from one round imports into another as the same notes, clusters and votes.
* **JSON Canvas 1.0** (jsoncanvas.org; Obsidian and others open it) — a text node per note, a
  group node per cluster labelled with its name and votes, notes laid out tidily inside their
  cluster; colours by table from the six preset colours. Integer geometry, as the spec asks.

Deleted notes and clusters are left out. Files are written whole or not at all, never over the
project file. A text cell that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``,
``@…``) gets a quote in front, which ``import-insights`` takes off again (``csv_safe``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .atomic import atomic_write
from .csv_safe import csv_text
from .errors import ValidationError
from .project import Project, Record

CSV_HEADER = ("tekst", "tafel", "cluster", "stemmen")
NOTE_WIDTH = 260
GAP = 20
PAD = 30  # inside a group, around its notes; the label sits above
COLUMNS = 2  # notes per row inside a cluster


def _round(project: Project, round_id: str) -> Record:
    rnd = project.get("round", round_id)
    if rnd is None or rnd.deleted:
        raise ValidationError("no_such_record", kind="round", id=round_id)
    return rnd


def _votes(project: Project, round_id: str) -> dict[str, int]:
    """Votes per note or cluster id in a round."""
    out: dict[str, int] = {}
    for vote in project.all("vote", round_id=round_id):
        out[vote.target_id] = out.get(vote.target_id, 0) + vote.count
    return out


def round_csv(project: Project, round_id: str) -> str:
    """The round's notes as CSV text (header first), in the order they were written."""
    _round(project, round_id)
    votes = _votes(project, round_id)
    names = {c.id: c.name for c in project.all("cluster", round_id=round_id)}
    rows: list[tuple[Any, ...]] = [CSV_HEADER]
    for note in project.all("insight", round_id=round_id):
        rows.append((note.text, note.table, names.get(note.cluster_id, ""),
                     votes.get(note.id, 0) or ""))
    return csv_text(rows, delimiter=";")  # texts neutralised for spreadsheets


def _note_height(text: str) -> int:
    """A height that fits the text at about 30 characters a line."""
    lines = sum(max(1, -(-len(part) // 30)) for part in text.split("\n"))
    return 60 + 22 * min(lines, 20)


def _colour(table: int) -> str | None:
    return str((table - 1) % 6 + 1) if table >= 1 else None


def round_canvas(project: Project, round_id: str,
                 votes_text: str = "{n} stemmen") -> dict[str, Any]:
    """The round as a JSON Canvas document: clusters as groups, notes as text nodes.

    ``votes_text`` says a number of votes in the user's language ("{n} stemmen").
    """
    rnd = _round(project, round_id)
    votes = _votes(project, round_id)
    clusters = project.all("cluster", round_id=round_id)
    notes = project.all("insight", round_id=round_id)
    members: dict[str | None, list[Record]] = {c.id: [] for c in clusters}
    members[None] = []
    for note in notes:
        members[note.cluster_id if note.cluster_id in members else None].append(note)
    nodes: list[dict[str, Any]] = []
    prompt = rnd.prompt or ""
    x = 0
    top = 0
    if prompt:
        nodes.append({"id": f"prompt-{rnd.id}", "type": "text", "x": 0, "y": 0,
                      "width": COLUMNS * NOTE_WIDTH + (COLUMNS - 1) * GAP + 2 * PAD,
                      "height": 80, "text": f"# {prompt}"})
        top = 80 + 3 * GAP

    def place(group: list[Record], left: int, y0: int) -> tuple[int, int]:
        """Lay notes out in rows of COLUMNS; returns the block's width and height."""
        y = y0
        row_height = 0
        for i, note in enumerate(group):
            if i and i % COLUMNS == 0:
                y += row_height + GAP
                row_height = 0
            height = _note_height(note.text)
            text = note.text
            if votes.get(note.id):
                text += "\n\n*" + votes_text.replace("{n}", str(votes[note.id])) + "*"
            node = {"id": note.id, "type": "text", "x": left + (i % COLUMNS) * (NOTE_WIDTH + GAP),
                    "y": y, "width": NOTE_WIDTH, "height": height, "text": text}
            colour = _colour(note.table)
            if colour:
                node["color"] = colour
            nodes.append(node)
            row_height = max(row_height, height)
        width = min(len(group), COLUMNS) * (NOTE_WIDTH + GAP) - GAP if group else NOTE_WIDTH
        return width, (y + row_height - y0) if group else 60

    for cluster in clusters:
        width, height = place(members[cluster.id], x + PAD, top + PAD)
        label = cluster.name
        if votes.get(cluster.id):
            label += " — " + votes_text.replace("{n}", str(votes[cluster.id]))
        nodes.append({"id": cluster.id, "type": "group", "x": x, "y": top,
                      "width": width + 2 * PAD, "height": height + 2 * PAD, "label": label})
        x += width + 2 * PAD + 3 * GAP
    if members[None]:
        place(members[None], x, top)
    # Groups first, so that viewers draw them under their notes (the spec's z-order).
    nodes.sort(key=lambda n: n["type"] != "group")
    return {"nodes": nodes, "edges": []}


def write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8",
               project: Project | None = None) -> Path:
    """Write a whole file, or nothing (``atomic.atomic_write``: a temporary file renamed
    into place, into a link's target; a pipe or a device is refused, and so is the project
    file when ``project`` is given)."""
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding=encoding, newline="") as f:
            f.write(text)

    return atomic_write(path, write, project_path=None if project is None else project.path)


def export_round_csv(project: Project, round_id: str, path: str | os.PathLike[str]) -> Path:
    """Write the round as CSV for Excel (UTF-8 with BOM)."""
    return write_text(path, round_csv(project, round_id), encoding="utf-8-sig",
                      project=project)


def export_round_canvas(project: Project, round_id: str, path: str | os.PathLike[str],
                        votes_text: str = "{n} stemmen") -> Path:
    """Write the round as a JSON Canvas 1.0 file."""
    document = round_canvas(project, round_id, votes_text)
    return write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n",
                      project=project)

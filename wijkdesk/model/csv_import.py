"""Importing insights from a CSV file, as Dutch Excel and other tools write them.

Accepted: UTF-8, UTF-8 with BOM, or cp1252 (Dutch Excel's "CSV (gescheiden door
lijstscheidingsteken)"); ``;`` or ``,`` as separator; a header row naming the columns in Dutch or
English (text/tekst/inzicht, table/tafel, cluster, votes/stemmen). The import is all or nothing:
one bad line refuses the whole file with its line number, and nothing is changed; so does a
quote that is opened and never closed (the rest of the file would otherwise be one text). A
cell that wijkdesk's own export neutralised for spreadsheets (``'=…``, ``csv_safe``) is read
back without that quote.

The table column holds a table's number ("3", "Tafel 3") or its name at the evening the notes
go to ("Tafel A", "a": ``tables.find_table``); a name the evening does not know refuses the file
naming the line and the evening's tables.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .csv_safe import unquote_cell
from .errors import ValidationError, WijkdeskError
from .kinds import MAX_TEXT
from .programme import run_order
from .project import Project
from .tables import NameOf, find_table, names_text

MAX_CSV_BYTES = 20 * 1024 * 1024
#: More notes than any evening has: a larger file is a mistake (or an export of something else).
MAX_ROWS = 10_000
HEADERS = {
    "text": ("text", "tekst", "inzicht", "opmerking", "notitie", "insight"),
    "table": ("table", "tafel", "groep", "group"),
    "cluster": ("cluster", "thema", "categorie"),
    "votes": ("votes", "stemmen", "stickers", "punten"),
}


@dataclass(frozen=True)
class CsvRow:
    """One insight read from the file."""

    line: int
    text: str
    table: int
    cluster: str
    votes: int
    table_name: str = ""  # the table as the file names it, when by name ("Tafel A")


@dataclass(frozen=True)
class ImportResult:
    """What an import added."""

    bijeenkomst: str
    round_id: str
    insights: int
    clusters_created: int
    votes: int


def _decode(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise WijkdeskError("csv_encoding", path=path) from None


def unterminated_quote(text: str, delimiter: str) -> int | None:
    """The line on which a quoted field opens that is never closed, read as ``csv.reader``
    reads ``text`` with ``delimiter`` (a quote opens a field only at its start; ``""``
    inside stands for one quote); None when every quote is closed."""
    d = re.escape(delimiter)
    # a field: quoted (possessive, so a long unclosed one costs no backtracking) with
    # anything after its closing quote, a lone opening quote, or plain text
    field = re.compile(rf'"(?:[^"]++|"")*+"[^{d}\r\n]*|"|[^{d}\r\n]*')
    pos, end = 0, len(text)
    while pos < end:  # at the start of a field
        found = field.match(text, pos)
        assert found is not None  # the last choice matches the empty text
        if found.group() == '"':
            return 1 + len(re.findall(r"\r\n|\r|\n", text[:pos]))
        pos = found.end()
        pos += 2 if text.startswith("\r\n", pos) else 1  # the delimiter or the line end
    return None


def check_quotes(text: str, delimiter: str, path: str) -> None:
    """WijkdeskError ``csv_unterminated_quote`` naming the line where a quote is opened and
    never closed: the csv module would read the rest of the file as one text."""
    try:
        for _row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error:  # strict reading is fast; only a file it refuses is looked at closer
        line = unterminated_quote(text, delimiter)
        if line is not None:
            raise WijkdeskError("csv_unterminated_quote", path=path, line=line) from None


def read_csv(path: str | os.PathLike[str]) -> list[CsvRow]:
    """Parse a CSV of insights; WijkdeskError with a clear reason when it cannot be used."""
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
    if b"\x00" in data:
        raise WijkdeskError("csv_encoding", path=p)
    text = _decode(data, p)
    if not text.strip():
        raise WijkdeskError("csv_empty", path=p)
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    if ";" not in first and "," not in first:
        delimiter = ";"
    check_quotes(text, delimiter, p)
    try:
        rows = []
        filled = 0
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            filled += any(c.strip() for c in row)
            if filled > MAX_ROWS + 1:  # the header and MAX_ROWS lines of notes
                raise WijkdeskError("csv_too_many_rows", path=p, limit=MAX_ROWS)
    except csv.Error as exc:
        raise WijkdeskError("csv_bad_row", path=p, line="?", reason=str(exc)) from None
    header = [h.strip().lower() for h in rows[0]]
    columns: dict[str, int] = {}
    for key, names in HEADERS.items():
        for i, h in enumerate(header):
            if h in names and key not in columns:
                columns[key] = i
    if "text" not in columns:
        raise WijkdeskError("csv_no_text_column", path=p)
    out: list[CsvRow] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            i = columns.get(key)
            # a text our export neutralised for spreadsheets ("'=…") reads back as it was
            return unquote_cell(row[i].strip()) if i is not None and i < len(row) else ""

        body = cell("text")
        if not body:
            raise WijkdeskError("csv_bad_row", path=p, line=line, reason="the text is empty")
        if len(body) > MAX_TEXT:
            raise WijkdeskError(
                "csv_bad_row", path=p, line=line, reason=f"the text is over {MAX_TEXT} characters"
            )
        table_name = ""
        try:
            table = _number(cell("table"), 1, p, line, "table", 0, 40)
        except WijkdeskError:
            if cell("table").lower().removeprefix("tafel").strip().lstrip("-+").isdigit():
                raise  # a number out of range
            if len(cell("table")) > MAX_TEXT:
                raise WijkdeskError(
                    "csv_bad_row", path=p, line=line, reason="the table is too long") from None
            table, table_name = 0, cell("table")  # a name: the evening says which table
        votes = _number(cell("votes"), 0, p, line, "votes", 0, 100_000)
        cluster = cell("cluster")
        if len(cluster) > MAX_TEXT:
            raise WijkdeskError("csv_bad_row", path=p, line=line, reason="the cluster is too long")
        out.append(CsvRow(line, body, table, cluster, votes, table_name))
    return out


def resolve_tables(project: Project, rows: list[CsvRow], bijeenkomst_id: str, *,
                   path: str | os.PathLike[str] = "", name_of: NameOf | None = None,
                   ) -> list[CsvRow]:
    """The rows with the tables named by name given their number at this evening
    (``name_of``: the default names, the settings'); WijkdeskError ``csv_unknown_table``
    naming the first line whose table the evening does not have."""
    out: list[CsvRow] = []
    found: dict[str, int | None] = {}
    for row in rows:
        if row.table_name:
            if row.table_name not in found:
                found[row.table_name] = find_table(project, bijeenkomst_id, row.table_name,
                                                   name_of)
            number = found[row.table_name]
            if number is None:
                raise WijkdeskError(
                    "csv_unknown_table", path=str(path), line=row.line, table=row.table_name,
                    tables=names_text(project, bijeenkomst_id, name_of))
            row = replace(row, table=number)
        out.append(row)
    return out


def _number(raw: str, default: int, p: str, line: int, what: str, lo: int, hi: int) -> int:
    if not raw:
        return default
    digits = raw.lower().removeprefix("tafel").strip()
    try:
        value = int(digits)
    except ValueError:
        raise WijkdeskError(
            "csv_bad_row", path=p, line=line, reason=f"'{raw}' is not a number ({what})"
        ) from None
    if not lo <= value <= hi:
        raise WijkdeskError(
            "csv_bad_row", path=p, line=line, reason=f"{value} is out of range ({what})"
        )
    return value


def find_bijeenkomst(project: Project, session: str | None) -> str:
    """The id of the bijeenkomst a user named by title, number (1 = first) or id; default: last."""
    evenings = project.all("bijeenkomst", order="date")
    if not evenings:
        raise WijkdeskError("no_sessions")
    if session is None:
        return str(evenings[-1].id)
    for e in evenings:
        if session in (e.id, e.title):
            return str(e.id)
    if session.isdigit() and 1 <= int(session) <= len(evenings):
        return str(evenings[int(session) - 1].id)
    raise WijkdeskError("no_session", session=session)


def preview_import(project: Project, rows: list[CsvRow], round_id: str, *,
                   path: str | os.PathLike[str] = "", name_of: NameOf | None = None,
                   ) -> ImportResult:
    """What importing the rows into a round would add, without changing anything; refuses
    (``csv_unknown_table``) a table name the round's evening does not have."""
    rnd = project.get("round", round_id)
    if rnd is None or rnd.deleted:
        raise ValidationError("no_such_record", kind="round", id=round_id)
    resolve_tables(project, rows, str(rnd.bijeenkomst_id), path=path, name_of=name_of)
    existing = {c.name for c in project.all("cluster", round_id=round_id)}
    new_clusters = {r.cluster for r in rows if r.cluster and r.cluster not in existing}
    return ImportResult(str(rnd.bijeenkomst_id), round_id, len(rows), len(new_clusters),
                        sum(r.votes for r in rows))


def import_insights(
    project: Project, path: str | os.PathLike[str], session: str | None = None, *,
    round_id: str | None = None, rows: list[CsvRow] | None = None,
    name_of: NameOf | None = None,
) -> ImportResult:
    """Add the CSV's insights to a round, in one transaction.

    The round is ``round_id`` if given (the one on screen), else the last round of the
    bijeenkomst named by ``session`` (default: the latest), made if it has none. ``rows``
    are the file's rows when they were read already (the GUI reads them in the background).
    Tables named by name are looked up at that evening (``name_of``: the default names).
    """
    if rows is None:
        rows = read_csv(path)
    with project.batch():
        if round_id is not None:
            rnd = project.get("round", round_id)
            if rnd is None or rnd.deleted:
                raise ValidationError("no_such_record", kind="round", id=round_id)
            bijeenkomst = str(rnd.bijeenkomst_id)
        else:
            bijeenkomst = find_bijeenkomst(project, session)
        rows = resolve_tables(project, rows, bijeenkomst, path=path, name_of=name_of)
        if round_id is None:
            rounds = run_order(project, bijeenkomst)  # the programme's last round
            if rounds:
                round_id = str(rounds[-1].id)
            else:
                round_id = project.add(
                    "round", bijeenkomst_id=bijeenkomst, prompt="Geïmporteerde inzichten")
        clusters = {c.name: str(c.id) for c in project.all("cluster", round_id=round_id)}
        created = votes = 0
        placed = project.count("insight", round_id=round_id)
        for n, row in enumerate(rows):
            cluster_id = None
            if row.cluster:
                if row.cluster not in clusters:
                    clusters[row.cluster] = project.add(
                        "cluster", round_id=round_id, name=row.cluster,
                        x=float(len(clusters) * 320), y=-200.0)
                    created += 1
                cluster_id = clusters[row.cluster]
            slot = placed + n
            try:
                insight = project.add(
                    "insight", round_id=round_id, text=row.text, table=row.table,
                    cluster_id=cluster_id, x=float((slot % 8) * 240), y=float((slot // 8) * 160))
            except ValidationError as exc:
                raise WijkdeskError(
                    "csv_bad_row", path=str(path), line=row.line, reason=exc.english()
                ) from None
            if row.votes:
                project.add("vote", round_id=round_id, target_id=insight, count=row.votes)
                votes += row.votes
    return ImportResult(bijeenkomst, round_id, len(rows), created, votes)

"""The command line (README, "The command line"): the same operations as the GUI, for scripts
and tests.

Exit status 0 on success; 2 for bad input or usage, with one line on stderr; never a traceback
for a user's mistake.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication

from . import i18n
from .__main__ import COMMANDS  # noqa: E402,F401 - one list of commands
from .messages import error_text, field_label, kind_name
from .model.errors import WijkdeskError

if TYPE_CHECKING:
    from .model.project import Project

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExportFormat:
    """One ``wijkdesk export --format``: the default suffix and what writes it."""

    suffix: str
    write: Callable[[Project, Path, argparse.Namespace], list[Path]]  # returns paths written
    help: str


def _network_export(function: str) -> Callable[[Project, Path, argparse.Namespace], list[Path]]:
    def write(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
        from .model import network_export

        written = getattr(network_export, function)(project, out, personal=args.personal)
        return written if isinstance(written, list) else [written]
    return write


def _picture_export(fmt: str) -> Callable[[Project, Path, argparse.Namespace], list[Path]]:
    def write(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
        from .model.network_export import export_picture

        return [export_picture(project, out, format=fmt)]
    return write


def _timeline_export(function: str, fmt: str | None = None,
                     ) -> Callable[[Project, Path, argparse.Namespace], list[Path]]:
    def write(project: Project, out: Path, args: argparse.Namespace) -> list[Path]:
        from .model import timeline_export

        export = getattr(timeline_export, function)
        return [export(project, out, fmt) if fmt else export(project, out)]
    return write


#: The formats of ``wijkdesk export``; a new format is one more entry here.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    "graphml": ExportFormat(".graphml", _network_export("export_graphml"),
                            "stakeholder network as GraphML"),
    "gexf": ExportFormat(".gexf", _network_export("export_gexf"),
                         "stakeholder network as GEXF 1.3 (Gephi)"),
    "csv": ExportFormat(".csv", _network_export("export_gephi_csv"),
                        "Gephi spreadsheets OUT-nodes.csv and OUT-edges.csv"),
    "kumu": ExportFormat(".csv", _network_export("export_kumu_csv"),
                         "Kumu sheets OUT-elements.csv and OUT-connections.csv"),
    "png": ExportFormat(".png", _picture_export("png"), "picture of the network (PNG)"),
    "svg": ExportFormat(".svg", _picture_export("svg"), "picture of the network (SVG)"),
    "pdf": ExportFormat(".pdf", _picture_export("pdf"), "picture of the network (PDF)"),
    "ics": ExportFormat(".ics", _timeline_export("export_ics"),
                        "timeline steps, evenings and open action points as iCalendar"),
    "timeline-csv": ExportFormat(".tijdlijn.csv", _timeline_export("export_timeline_csv"),
                                 "timeline steps as a CSV sheet for Excel"),
    "timeline-png": ExportFormat(".tijdlijn.png",
                                 _timeline_export("export_timeline_picture", "png"),
                                 "picture of the timeline (PNG)"),
    "timeline-svg": ExportFormat(".tijdlijn.svg",
                                 _timeline_export("export_timeline_picture", "svg"),
                                 "picture of the timeline (SVG)"),
    "timeline-pdf": ExportFormat(".tijdlijn.pdf",
                                 _timeline_export("export_timeline_picture", "pdf"),
                                 "picture of the timeline (PDF)"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Usage errors as one line and exit 2."""
        self.exit(2, f"wijkdesk: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wijkdesk", description="wijkdesk command line")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None)
    # --lang is accepted after the command as well ("wijkdesk check F --lang en").
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("demo", help="write a realistic demo project", parents=[common])
    p.add_argument("file")
    p = sub.add_parser("dump", help="canonical JSON of all content", parents=[common])
    p.add_argument("file")
    p = sub.add_parser("check", help="validate a file", parents=[common])
    p.add_argument("file")
    p = sub.add_parser("import-insights", help="add insights from a CSV", parents=[common])
    p.add_argument("file")
    p.add_argument("csv")
    p.add_argument("--session", default=None, help="bijeenkomst: title, number or id")
    p = sub.add_parser("merge", help="merge files of the same project into TARGET",
                       parents=[common])
    p.add_argument("target")
    p.add_argument("sources", nargs="+", metavar="source")
    p.add_argument("--dry-run", action="store_true", help="only say what the merge would do")
    p = sub.add_parser("erase", help="erase a person's data for good (AVG): a record, and a "
                       "name out of every text", parents=[common])
    p.add_argument("file")
    p.add_argument("--name", action="append", default=[], metavar="NAME",
                   help="take this name out of every text (may be given more than once)")
    p.add_argument("--record", default=None, metavar="ID",
                   help="erase this record (a party, a line of attendance, a note) completely, "
                        "and its names out of every other text")
    p.add_argument("--dry-run", action="store_true",
                   help="only list the records and texts that would be erased")
    p = sub.add_parser("export", help="export the stakeholder network or the timeline",
                       parents=[common])
    p.add_argument("file")
    p.add_argument("--format", required=True, choices=list(EXPORT_FORMATS),
                   help="; ".join(f"{name}: {f.help}" for name, f in EXPORT_FORMATS.items()))
    p.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="where to write (default: next to FILE, with the format's suffix)")
    p.add_argument("--personal", action="store_true",
                   help="include contact persons who gave consent (left out by default: AVG)")
    p = sub.add_parser("minutes", help="the minutes (verslag) of a bijeenkomst as PDF",
                       parents=[common])
    p.add_argument("file")
    p.add_argument("--session", default=None,
                   help="bijeenkomst: title, date (YYYY-MM-DD), number or id; default the latest")
    p.add_argument("--anonymous", action="store_true",
                   help="the anonymised version (AVG): no personal names, no contact details")
    p.add_argument("-o", "--output", default=None, metavar="OUT.pdf",
                   help="where to write (default: next to FILE, FILE-verslag.pdf)")
    p.add_argument("--organisation", default="", help="organisation shown as the author")
    p.add_argument("--logo", default=None, help="a PNG or JPEG logo for the first page")
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    args = _parser().parse_args(list(argv))
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "wijkdesk"])
    translator = i18n.install(app, args.lang or os.environ.get("WIJKDESK_LANG"))  # noqa: F841
    from .model import scratch

    scratch.install_signal_handlers()  # SIGTERM ends as sys.exit does: copies are removed
    scratch.remove_leftovers()  # copies left by a run that was killed
    try:
        return _COMMANDS[args.command](args)
    except WijkdeskError as exc:
        return _fail(error_text(exc))
    except (OSError, sqlite3.Error) as exc:
        # The disk or the file failed (read-only, gone, full, locked): one line, exit 2.
        from .model.store import storage_error

        path = getattr(exc, "filename", None) or getattr(args, "target", None) or getattr(
            args, "file", "")
        return _fail(error_text(storage_error(Path(path or "."), exc)))
    except MemoryError:
        return _fail(translate("Cli", "Not enough memory to finish; nothing was changed."))


def _fail(text: str) -> int:
    """Say what went wrong on one line of stderr; the exit status for it."""
    sys.stderr.write("wijkdesk: " + " ".join(text.split()) + "\n")
    return 2


def _demo(args: argparse.Namespace) -> int:
    from .model.demo import build_demo

    with build_demo(args.file) as project:
        sys.stdout.write(translate(
            "Cli", "Demo project written to {path}").format(path=project.path) + "\n")
    return 0


def _dump(args: argparse.Namespace) -> int:
    from .model import Project
    from .model.dump import dump_text

    with Project.open(args.file, read_only=True) as project:
        text = dump_text(project)
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
    return 0


def _check(args: argparse.Namespace) -> int:
    from .model.check import check_file

    report = check_file(args.file)
    total = sum(report.records.values())
    sys.stdout.write(
        translate(
            "Cli", "OK: {path} is a valid wijkdesk project (format {version}, {records} records, "
           "{ops} changes, {conflicts} conflicts)").format(
            path=report.path, version=report.format_version, records=total, ops=report.ops,
            conflicts=report.conflicts) + "\n")
    if report.unfinished:
        sys.stdout.write(translate(
            "Cli", "The file holds an edit that was cut off (wijkdesk was stopped while "
            "saving). It was checked as it will be once that edit is undone, which opening it "
            "in wijkdesk does; the file itself was not changed.") + "\n")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .model import Project
    from .model.csv_import import import_insights

    with Project.open(args.file) as project:
        result = import_insights(project, args.csv, args.session)
    sys.stdout.write(
        translate("Cli", "Imported {n} insights ({clusters} new clusters, {votes} votes)").format(
            n=result.insights, clusters=result.clusters_created, votes=result.votes) + "\n")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from .messages import merge_summary_lines
    from .model import Project

    with Project.open(args.target) as project:
        summary = project.merge(args.sources, dry_run=args.dry_run)
    sys.stdout.write("\n".join(merge_summary_lines(summary)) + "\n")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .model import Project

    fmt = EXPORT_FORMATS[args.format]
    out = Path(args.output) if args.output else Path(args.file).with_suffix(fmt.suffix)
    with Project.open(args.file, read_only=True) as project:
        written = fmt.write(project, out, args)
    for path in written:
        sys.stdout.write(translate("Cli", "Written: {path}").format(path=path) + "\n")
    return 0


def _minutes(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from .minutes.content import build_minutes, find_session
    from .minutes.pdf import load_logo, write_pdf
    from .model import Project

    file = Path(args.file)
    suffix = "-verslag-anoniem.pdf" if args.anonymous else "-verslag.pdf"
    out = Path(args.output) if args.output else file.with_name(file.stem + suffix)
    lang = getattr(args, "lang", None) or os.environ.get("WIJKDESK_LANG") or "nl"
    # The logo is checked and decoded once, while the project is read and its figures drawn
    # (Pillow lets go of the interpreter while it decodes): a large logo costs little time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(load_logo, args.logo) if args.logo else None
        with Project.open(file, read_only=True) as project:
            if out.resolve() == project.path.resolve():
                raise WijkdeskError("export_over_project", path=str(out))
            if pending is not None and pending.done():
                pending.result()  # refused by its header already (too large, no picture)
            minutes = build_minutes(project, find_session(project, args.session),
                                    anonymous=args.anonymous, lang=lang)
        logo = pending.result() if pending is not None else None
    written = write_pdf(minutes, out, organisation=args.organisation, logo=logo)
    sys.stdout.write(translate("Cli", "Written: {path}").format(path=written) + "\n")
    return 0


def _erase(args: argparse.Namespace) -> int:
    from .model import Project, erasure

    if not args.name and not args.record:
        _parser().error("erase: give --name NAME or --record ID")
    out: list[str] = []
    with Project.open(args.file) as project:
        record = None
        names = list(args.name)
        if args.record:
            record = (erasure.find_record(project, args.record), args.record)
            names += erasure.names_of(project, *record)
        if args.name and erasure.pattern(args.name) is None:
            raise WijkdeskError("name_too_short")
        mentions = erasure.find_mentions(project, names, exclude=record)
        if args.dry_run:
            if record is not None:
                out.append(translate("Cli", "Would erase completely: {kind} “{label}”").format(
                    kind=kind_name(record[0]), label=erasure.label(project, *record)))
            out.append(translate("Cli", "Texts that mention the name: {n}").format(
                n=len(mentions)))
            out.extend(f"  {kind_name(m.kind)} “{m.label}” — {field_label(m.field)}: {m.excerpt}"
                       for m in mentions)
        else:
            result = erasure.erase(project, names, [(m.kind, m.id, m.field) for m in mentions],
                                   record=record,
                                   placeholder=translate("EraseDialog", "[erased]"))
            if record is not None:
                out.append(translate("Cli", "Erased completely: {kind} {id}").format(
                    kind=kind_name(record[0]), id=record[1]))
            out.append(translate("Cli", "Name taken out of {n} texts").format(
                n=len(result.redacted)))
            out.extend(f"  {kind_name(kind)} “{erasure.label(project, kind, record_id)}” — "
                       f"{field_label(field)}" for kind, record_id, field in result.redacted)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


_COMMANDS = {"demo": _demo, "dump": _dump, "check": _check, "import-insights": _import,
             "merge": _merge, "export": _export, "minutes": _minutes, "erase": _erase}

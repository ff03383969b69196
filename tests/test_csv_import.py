"""``wijkdesk import-insights FILE CSV [--session S]`` (issue 2, point 6).

The CSVs are written as the tools facilitators use write them: Dutch Excel (cp1252, ``;``,
CRLF), Excel's "CSV UTF-8" (BOM), and plain UTF-8 with ``,`` from a script or LibreOffice.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, sha256
from wijkdesk.model import Project
from wijkdesk.model.dump import dump_text


@pytest.fixture
def two_evenings(project) -> Path:
    """The small project plus a later second evening without rounds; closed, ready for the CLI."""
    project.add("bijeenkomst", title="Tweede avond", date="2026-10-15")
    project.close()
    return project.path


def _import(path: Path, csv: Path, *extra: str):
    return run_cli("--lang", "en", "import-insights", path, csv, *extra)


def _ok(path: Path, csv: Path, *extra: str) -> str:
    result = _import(path, csv, *extra)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _evening(p: Project, title: str) -> str:
    return next(e.id for e in p.all("bijeenkomst") if e.title == title)


def _insights(path: Path, title: str) -> list[tuple[str, int, str | None, int]]:
    """(text, table, cluster name, votes) of the insights of an evening, in import order."""
    with Project.open(path, device=DEVICE_A) as p:
        rounds = {r.id for r in p.all("round", bijeenkomst_id=_evening(p, title))}
        clusters = {c.id: c.name for c in p.all("cluster")}
        votes: dict[str, int] = {}
        for v in p.all("vote"):
            votes[v.target_id] = votes.get(v.target_id, 0) + v.count
        return [(i.text, i.table, clusters.get(i.cluster_id), votes.get(i.id, 0))
                for i in p.all("insight") if i.round_id in rounds]


def test_utf8_with_commas_and_english_headers(two_evenings, tmp_path):
    csv = tmp_path / "inzichten.csv"
    csv.write_text(
        "text,table,cluster,votes\n"
        "Meer groen op het plein,1,Groen,3\n"
        "Betere verlichting bij de tunnel,2,Veiligheid,0\n"
        "Bomen langs de Dorpsstraat,3,Groen,5\n"
        "Een ontmoetingsplek voor jongeren,2,,\n",
        encoding="utf-8")
    out = _ok(two_evenings, csv)
    assert "4" in out
    # Without --session: the last evening (by date); it had no round, so one was made.
    assert _insights(two_evenings, "Tweede avond") == [
        ("Meer groen op het plein", 1, "Groen", 3),
        ("Betere verlichting bij de tunnel", 2, "Veiligheid", 0),
        ("Bomen langs de Dorpsstraat", 3, "Groen", 5),
        ("Een ontmoetingsplek voor jongeren", 2, None, 0),
    ]
    assert _insights(two_evenings, "Eerste avond") == []
    with Project.open(two_evenings, device=DEVICE_A) as p:
        evening = _evening(p, "Tweede avond")
        [rnd] = p.all("round", bijeenkomst_id=evening)
        assert sorted(c.name for c in p.all("cluster", round_id=rnd.id)) == [
            "Groen", "Veiligheid"]
        votes = p.all("vote", round_id=rnd.id)
        assert sorted(v.count for v in votes) == [3, 5]
        insight_ids = {i.id for i in p.all("insight", round_id=rnd.id)}
        assert all(v.target_id in insight_ids for v in votes)


def test_utf8_bom_with_semicolons_and_dutch_headers(two_evenings, tmp_path):
    csv = tmp_path / "excel-utf8.csv"
    csv.write_bytes(
        "\ufeffTekst;Tafel;Cluster;Stemmen\r\n"
        "Zonnepanelen op de school;1;Energie;4\r\n"
        "Warmtenet: wie betaalt?;Tafel 2;Energie;2\r\n"
        "Ouderen helpen met aanvragen;3;Hulp;\r\n".encode())
    _ok(two_evenings, csv, "--session", "Eerste avond")
    # The BOM is not part of the first header or of any text.
    assert _insights(two_evenings, "Eerste avond") == [
        ("Zonnepanelen op de school", 1, "Energie", 4),
        ("Warmtenet: wie betaalt?", 2, "Energie", 2),
        ("Ouderen helpen met aanvragen", 3, "Hulp", 0),
    ]


def test_cp1252_from_dutch_excel(two_evenings, tmp_path):
    csv = tmp_path / "excel.csv"
    rows = [
        "tekst;tafel;cluster;stemmen",
        "Het café op de hoek moet blijven;1;Voorzieningen;2",
        "Subsidie van € 10.000 voor de speeltuin;2;Geld;1",
        "Ideeën voor de groenstrook;3;Voorzieningen;0",
    ]
    csv.write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")
    assert "é".encode("cp1252") in csv.read_bytes()  # really not UTF-8
    _ok(two_evenings, csv, "--session", "1")
    texts = [t for t, *_ in _insights(two_evenings, "Eerste avond")]
    assert texts == [
        "Het café op de hoek moet blijven",
        "Subsidie van € 10.000 voor de speeltuin",
        "Ideeën voor de groenstrook",
    ]


def test_quoted_fields_with_separators_and_newlines(two_evenings, tmp_path):
    csv = tmp_path / "quotes.csv"
    csv.write_bytes(
        b'tekst;tafel;cluster;stemmen\r\n'
        b'"Parkeren; vooral \'s avonds";1;"Verkeer; parkeren";2\r\n'
        b'"Eerste regel\nTweede regel\nDerde regel";2;Verkeer;1\r\n'
        b'"Zij zei: ""niet hier""";3;"Verkeer; parkeren";0\r\n')
    _ok(two_evenings, csv, "--session", "Eerste avond")
    assert _insights(two_evenings, "Eerste avond") == [
        ("Parkeren; vooral 's avonds", 1, "Verkeer; parkeren", 2),
        ("Eerste regel\nTweede regel\nDerde regel", 2, "Verkeer", 1),
        ('Zij zei: "niet hier"', 3, "Verkeer; parkeren", 0),
    ]


def test_clusters_are_reused_by_name_across_imports(two_evenings, tmp_path):
    first = tmp_path / "een.csv"
    first.write_text("tekst;cluster\nA;Groen\nB;Groen\nC;Spelen\n", encoding="utf-8")
    second = tmp_path / "twee.csv"
    second.write_text("tekst;cluster\nD;Spelen\nE;Verkeer\nF;Groen\n", encoding="utf-8")
    _ok(two_evenings, first, "--session", "2")
    out = _ok(two_evenings, second, "--session", "Tweede avond")
    assert "1" in out  # one new cluster the second time
    assert _insights(two_evenings, "Tweede avond") == [
        ("A", 1, "Groen", 0), ("B", 1, "Groen", 0), ("C", 1, "Spelen", 0),
        ("D", 1, "Spelen", 0), ("E", 1, "Verkeer", 0), ("F", 1, "Groen", 0),
    ]
    with Project.open(two_evenings, device=DEVICE_A) as p:
        assert sorted(c.name for c in p.all("cluster")) == ["Groen", "Spelen", "Verkeer"]
        assert len(p.all("round")) == 2  # the second import used the round the first made


def test_session_by_number_picks_evenings_in_date_order(two_evenings, tmp_path):
    csv = tmp_path / "a.csv"
    csv.write_text("text\nEerste\n", encoding="utf-8")
    _ok(two_evenings, csv, "--session", "1")
    csv.write_text("text\nTweede\n", encoding="utf-8")
    _ok(two_evenings, csv, "--session", "2")
    assert [t for t, *_ in _insights(two_evenings, "Eerste avond")] == ["Eerste"]
    assert [t for t, *_ in _insights(two_evenings, "Tweede avond")] == ["Tweede"]


# -- bad input -----------------------------------------------------------------------------


def _refused(path: Path, csv: Path, *extra: str) -> str:
    with Project.open(path, device=DEVICE_A) as p:
        before = dump_text(p)
    file_before = sha256(path)
    result = _import(path, csv, *extra)
    line = assert_one_line_error(result)
    assert result.stdout == ""
    with Project.open(path, device=DEVICE_A) as p:
        assert dump_text(p) == before
    assert sha256(path) == file_before
    return line


def test_no_text_column(two_evenings, tmp_path):
    csv = tmp_path / "geen-tekst.csv"
    csv.write_text("naam;tafel\nPiet;1\n", encoding="utf-8")
    line = _refused(two_evenings, csv)
    assert "no column for the text" in line and str(csv) in line


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n", b"\xef\xbb\xbf", b"   \n"],
                         ids=["empty", "blank lines", "only a BOM", "spaces"])
def test_empty_file(two_evenings, tmp_path, content):
    csv = tmp_path / "leeg.csv"
    csv.write_bytes(content)
    assert "is empty" in _refused(two_evenings, csv)


def test_not_a_number_in_tafel_names_the_line(two_evenings, tmp_path):
    csv = tmp_path / "tafel.csv"
    csv.write_text("tekst;tafel\nGoed;1\nOok goed;2\nFout;drie\nNooit gelezen;1\n",
                   encoding="utf-8")
    line = _refused(two_evenings, csv)
    assert "Line 4 of" in line and "'drie'" in line


def test_votes_out_of_range_names_the_line(two_evenings, tmp_path):
    csv = tmp_path / "stemmen.csv"
    csv.write_text("tekst;stemmen\nGoed;1\nTe veel;-3\n", encoding="utf-8")
    assert "Line 3 of" in _refused(two_evenings, csv)


def test_over_long_text_names_the_line(two_evenings, tmp_path):
    csv = tmp_path / "lang.csv"
    csv.write_text("tekst\nKort\n" + "x" * 2001 + "\n", encoding="utf-8")
    line = _refused(two_evenings, csv)
    assert "Line 3 of" in line and "2000" in line
    csv.write_text("tekst\nKort\n" + "y" * 2000 + "\n", encoding="utf-8")
    _ok(two_evenings, csv)  # exactly at the limit is fine
    assert [len(t) for t, *_ in _insights(two_evenings, "Tweede avond")] == [4, 2000]


def test_empty_text_names_the_line(two_evenings, tmp_path):
    csv = tmp_path / "leeg-veld.csv"
    csv.write_text("tekst;tafel\nGoed;1\n;2\n", encoding="utf-8")
    assert "Line 3 of" in _refused(two_evenings, csv)


@pytest.mark.parametrize("seed", [1, 2])
def test_binary_garbage(two_evenings, tmp_path, seed):
    csv = tmp_path / "rommel.csv"
    data = random.Random(seed).randbytes(4096)
    if seed == 2:  # no NUL bytes, but a byte cp1252 does not define
        data = b"tekst;" + data.replace(b"\x00", b"\x81") + b"\x81"
    csv.write_bytes(data)
    assert "not in a known character encoding" in _refused(two_evenings, csv)


def test_missing_csv(two_evenings, tmp_path):
    line = _refused(two_evenings, tmp_path / "bestaat-niet.csv")
    assert "does not exist" in line and "bestaat-niet.csv" in line


def test_csv_that_is_a_folder(two_evenings, tmp_path):
    (tmp_path / "map.csv").mkdir()
    assert "is a folder" in _refused(two_evenings, tmp_path / "map.csv")


@pytest.mark.parametrize("session", ["Derde avond", "3", "0", "eerste avond"])
def test_unknown_session(two_evenings, tmp_path, session):
    csv = tmp_path / "ok.csv"
    csv.write_text("tekst\nPrima\n", encoding="utf-8")
    line = _refused(two_evenings, csv, "--session", session)
    assert f"no bijeenkomst '{session}'" in line


def test_project_without_evenings(tmp_path):
    path = tmp_path / "leeg.wijkdesk"
    Project.create(path, device=DEVICE_A).close()
    csv = tmp_path / "ok.csv"
    csv.write_text("tekst\nPrima\n", encoding="utf-8")
    assert "no bijeenkomst" in _refused(path, csv)


def test_without_a_round_named_the_import_goes_to_the_programmes_last_round(tmp_path):
    # Positions count within an agenda item: the round of the last agenda item is the last
    # of the evening even where another round has a higher position.
    from wijkdesk.model.csv_import import import_insights

    path = tmp_path / "p.wijkdesk"
    with Project.create(path, "Programma", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond", date="2026-11-12")
        first = p.add("agenda_item", bijeenkomst_id=evening, title="Ronde 1", position=0)
        last = p.add("agenda_item", bijeenkomst_id=evening, title="Ronde 2", position=1)
        p.add("round", bijeenkomst_id=evening, prompt="Eerst", agenda_item_id=first,
              position=0)
        p.add("round", bijeenkomst_id=evening, prompt="Ook eerst", agenda_item_id=first,
              position=1)
        at_the_end = p.add("round", bijeenkomst_id=evening, prompt="Als laatste",
                           agenda_item_id=last, position=0)
        csv_path = tmp_path / "in.csv"
        csv_path.write_text("tekst\nMeer bankjes\n", encoding="utf-8")
        result = import_insights(p, csv_path)
        assert result.round_id == at_the_end
        assert [n.text for n in p.all("insight", round_id=at_the_end)] == ["Meer bankjes"]

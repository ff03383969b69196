"""Bad files (issue 2, "Bad input"): a one-line reason, exit 2, and the file left untouched.

Each bad file lives alone in its own folder so the test can also see that nothing was written
next to it (no journal, no backup, no new file at a missing path).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, run_cli_many, sha256, tree_state
from wijkdesk.model import FileFormatError, Project, store
from wijkdesk.model.check import check_file

#: case -> (file name, words the English message must contain)
CASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "text file": ("notities.wijkdesk", ("is not a wijkdesk project file",)),
    "other application": ("adresboek.sqlite", ("database of another application",)),
    "truncated to half": ("half.wijkdesk", ("damaged",)),
    "truncated to 1000 bytes": ("kort.wijkdesk", ("damaged",)),
    "newer format": ("nieuw.wijkdesk", ("newer version", "format 99")),
    "empty file": ("leeg.wijkdesk", ("is not a wijkdesk project file",)),
    "missing path": ("weg.wijkdesk", ("does not exist",)),
    "folder": ("map.wijkdesk", ("is a folder",)),
    "added trigger": ("trigger.wijkdesk", ("structure of a wijkdesk project", "trigger")),
    "added view": ("view.wijkdesk", ("structure of a wijkdesk project", "view")),
    "added column": ("kolom.wijkdesk", ("structure of a wijkdesk project", "insight")),
    "dropped column": ("minder.wijkdesk", ("structure of a wijkdesk project", "insight")),
    "added table": ("tabel.wijkdesk", ("structure of a wijkdesk project", "extra")),
    "format version mismatch": ("meta.wijkdesk", ("structure of a wijkdesk project",)),
}


def _sql(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as con:
        for statement in statements:
            con.execute(statement)


def _make(case: str, path: Path, good: Path) -> None:
    if case == "text file":
        path.write_text("Boodschappen: melk, brood, kaas.\nBel de buurtconciërge.\n",
                        encoding="utf-8")
    elif case == "other application":
        _sql(path, "CREATE TABLE contact (id INTEGER PRIMARY KEY, naam TEXT, telefoon TEXT)",
             "INSERT INTO contact (naam, telefoon) VALUES ('Fictief', '0612345678')")
    elif case.startswith("truncated"):
        data = good.read_bytes()
        size = len(data) // 2 if case == "truncated to half" else 1000
        path.write_bytes(data[:size])
    elif case == "newer format":
        shutil.copyfile(good, path)
        _sql(path, "PRAGMA user_version=99")
    elif case == "empty file":
        path.write_bytes(b"")
    elif case == "missing path":
        pass
    elif case == "folder":
        path.mkdir()
        (path / "binnenin.txt").write_text("een bestand in de map", encoding="utf-8")
    else:
        shutil.copyfile(good, path)
        _sql(path, {
            "added trigger": "CREATE TRIGGER stil AFTER INSERT ON insight BEGIN "
                             "DELETE FROM insight WHERE id = new.id; END",
            "added view": "CREATE VIEW alles AS SELECT * FROM insight",
            "added column": "ALTER TABLE insight ADD COLUMN extra TEXT",
            "dropped column": "ALTER TABLE insight DROP COLUMN colour",
            "added table": "CREATE TABLE extra (x INTEGER)",
            "format version mismatch": "UPDATE meta SET value = '7' WHERE key = 'format_version'",
        }[case])


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("bad")
    good = base / "goed" / "goed.wijkdesk"
    good.parent.mkdir()
    with Project.create(good, "Bronwijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        with p.batch():
            for i in range(200):
                p.add("insight", round_id=rnd, table=i % 3 + 1,
                      text=f"Inzicht nummer {i}: de stoep bij de school is te smal. " * 3)
    assert good.stat().st_size > 20 * 4096  # several pages, so half of it lacks some
    files = {}
    for i, (case, (name, _)) in enumerate(sorted(CASES.items())):
        folder = base / f"geval-{i:02d}"
        folder.mkdir()
        _make(case, folder / name, good)
        files[case] = folder / name
    return files


def test_a_good_file_passes_check(project):
    project.close()
    result = run_cli("--lang", "en", "check", project.path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "OK" in result.stdout and str(project.path) in result.stdout
    report = check_file(project.path)
    assert report.format_version == store.FORMAT_VERSION
    assert report.records["bijeenkomst"] == 1 and report.records["round"] == 1


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_gives_one_line_reason_and_changes_nothing(bad_files, case):
    path = bad_files[case]
    before = tree_state(path.parent)
    line = assert_one_line_error(run_cli("--lang", "en", "check", path))
    for words in CASES[case][1]:
        assert words in line, line
    assert str(path) in line
    assert tree_state(path.parent) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_open_raises_file_format_error_and_changes_nothing(bad_files, case):
    path = bad_files[case]
    before = tree_state(path.parent)
    with pytest.raises(FileFormatError) as info:
        Project.open(path, device=DEVICE_A)
    assert "\n" not in str(info.value)
    for words in CASES[case][1]:
        assert words in str(info.value)
    with pytest.raises(FileFormatError):
        check_file(path)
    assert tree_state(path.parent) == before
    if case == "missing path":
        assert not path.exists()
    elif case != "folder":
        assert sha256(path) == before[path.name]


def test_bad_files_in_the_default_language_too(bad_files):
    """Without --lang the reason is in Dutch; still one line, exit 2, the path named."""
    cases = sorted(CASES)
    results = run_cli_many([["check", bad_files[case]] for case in cases])
    for case, result in zip(cases, results, strict=True):
        line = assert_one_line_error(result)
        assert str(bad_files[case]) in line, (case, line)


def test_dump_and_import_refuse_a_bad_file_the_same_way(bad_files, tmp_path):
    csv = tmp_path / "inzichten.csv"
    csv.write_text("tekst\nMeer groen\n", encoding="utf-8")
    path = bad_files["newer format"]
    before = sha256(path)
    for args in (["dump", path], ["import-insights", path, csv]):
        result = run_cli("--lang", "en", *args)
        line = assert_one_line_error(result)
        assert "newer version" in line
        assert result.stdout == ""
    assert sha256(path) == before


def test_a_damaged_page_is_found_by_check(tmp_path):
    """A file whose header is fine but one of whose pages (an index) was overwritten."""
    path = tmp_path / "kapot.wijkdesk"
    with Project.create(path, device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond")
        rnd = p.add("round", bijeenkomst_id=evening)
        with p.batch():
            for i in range(100):
                p.add("insight", round_id=rnd, text=f"tekst {i} " * 20)
    with contextlib.closing(sqlite3.connect(path)) as con:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_insight_round_id'").fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    before = sha256(path)
    line = assert_one_line_error(run_cli("--lang", "en", "check", path))
    assert "damaged" in line
    with pytest.raises(FileFormatError) as info:
        Project.open(path, device=DEVICE_A)
    assert "damaged" in str(info.value)
    assert "\n" not in str(info.value)  # one line in a dialog too
    assert sha256(path) == before

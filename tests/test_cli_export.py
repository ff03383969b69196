"""``wijkdesk export FILE --format F [-o OUT]`` (issue 5): every network format, next to FILE by
default; one line on stderr and exit status 2 when it cannot be done."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.util import assert_one_line_error, run_cli, run_cli_many, sha256, tree_state

FORMATS = {
    "graphml": ["demo.graphml"],
    "gexf": ["demo.gexf"],
    "csv": ["demo-nodes.csv", "demo-edges.csv"],
    "kumu": ["demo-elements.csv", "demo-connections.csv"],
    "png": ["demo.png"],
    "svg": ["demo.svg"],
    "pdf": ["demo.pdf"],
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.wijkdesk"
    assert run_cli("demo", path).returncode == 0
    return path


def _check(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix in (".graphml", ".gexf", ".svg"):
        ET.fromstring(data)
    elif path.suffix == ".csv":
        rows = list(csv.reader(data.decode("utf-8").splitlines()))
        assert len(rows) > 10
    elif path.suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        assert data.startswith(b"%PDF-")


def test_every_format_is_written_next_to_the_file(demo_file):
    folder = demo_file.parent
    before = sha256(demo_file)
    names = list(FORMATS)
    results = run_cli_many([["--lang", "en", "export", demo_file, "--format", f]
                            for f in names], timeout=120)
    for fmt, result in zip(names, results, strict=True):
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        expected = [folder / name for name in FORMATS[fmt]]
        assert result.stdout.splitlines() == [f"Written: {p}" for p in expected]
        for path in expected:
            _check(path)
    assert sha256(demo_file) == before  # exporting does not change the project


def test_output_name_and_dutch_output(demo_file, tmp_path):
    result = run_cli("export", demo_file, "--format", "kumu", "-o", tmp_path / "kaart.csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Geschreven: {tmp_path / 'kaart-elements.csv'}",
        f"Geschreven: {tmp_path / 'kaart-connections.csv'}"]
    result = run_cli("export", demo_file, "--format", "svg", "--output", tmp_path / "x.svg",
                     "--lang", "en")
    assert result.returncode == 0 and result.stdout == f"Written: {tmp_path / 'x.svg'}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kaart-connections.csv", "kaart-elements.csv", "x.svg"]


def test_personal_adds_only_consented_contacts(demo_file, tmp_path):
    # The demo's contacts gave no consent: --personal still writes no contact name.
    result = run_cli("export", demo_file, "--format", "graphml", "--personal",
                     "-o", tmp_path / "p.graphml")
    assert result.returncode == 0, result.stderr
    assert b"wijkregisseur" not in (tmp_path / "p.graphml").read_bytes()


@pytest.mark.parametrize("args", [
    ["export"],
    ["export", "x.wijkdesk"],
    ["export", "x.wijkdesk", "--format", "xml"],
    ["export", "x.wijkdesk", "--format"],
    ["export", "--format", "png"],
], ids=lambda a: " ".join(a))
def test_usage_errors(args, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert_one_line_error(result)
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_failures_exit_2_with_one_line_and_change_nothing(demo_file, tmp_path):
    before = tree_state(demo_file.parent)
    missing, over, folder = run_cli_many([
        ["--lang", "en", "export", tmp_path / "weg.wijkdesk", "--format", "png"],
        ["--lang", "en", "export", demo_file, "--format", "gexf", "-o", demo_file],
        ["--lang", "en", "export", demo_file, "--format", "csv", "-o",
         tmp_path / "nergens" / "x.csv"],
    ], timeout=120)
    assert "does not exist" in assert_one_line_error(missing)
    assert "project file itself" in assert_one_line_error(over)
    assert "Could not write" in assert_one_line_error(folder)
    assert tree_state(demo_file.parent) == before
    assert list(tmp_path.iterdir()) == []

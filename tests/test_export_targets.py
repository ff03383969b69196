"""Exports write into the file a link points to and never replace a special file (issue 17,
point 7).

Every export (the round's CSV and canvas, GraphML, GEXF, Gephi and Kumu sheets, the network
and timeline pictures, iCalendar, the timeline CSV, the minutes' PDF) goes through
``wijkdesk.model.atomic``: a symbolic link stays a link and the file it points to gets the
export; a named pipe or a device is refused with a reason and left as it was; the project file
is refused also when a link leads to it; nothing temporary is left behind."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A
from tests.util import assert_one_line_error, run_cli, sha256
from wijkdesk.minutes.content import build_minutes
from wijkdesk.minutes.pdf import write_pdf
from wijkdesk.model import Project, WijkdeskError
from wijkdesk.model import stakeholders as sh
from wijkdesk.model import timeline as tl
from wijkdesk.model.atomic import atomic_write, export_target
from wijkdesk.model.board_export import export_round_canvas, export_round_csv

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="symbolic links and named pipes as on POSIX")

Export = Callable[[Project, Path], list[Path]]


def _round(p: Project) -> str:
    return p.all("round")[0].id


def _minutes(p: Project, out: Path) -> list[Path]:
    evening = p.all("bijeenkomst")[0].id
    return [write_pdf(build_minutes(p, evening, figures=False), out)]


#: name → (export into a path, the file name given)
EXPORTS: dict[str, tuple[Export, str]] = {
    "round-csv": (lambda p, out: [export_round_csv(p, _round(p), out)], "ronde.csv"),
    "round-canvas": (lambda p, out: [export_round_canvas(p, _round(p), out)], "ronde.canvas"),
    "graphml": (lambda p, out: [sh.export_graphml(p, out)], "netwerk.graphml"),
    "gexf": (lambda p, out: [sh.export_gexf(p, out)], "netwerk.gexf"),
    "gephi-csv": (lambda p, out: sh.export_gephi_csv(p, out), "netwerk.csv"),
    "kumu-csv": (lambda p, out: sh.export_kumu_csv(p, out), "kumu.csv"),
    "network-png": (lambda p, out: [sh.export_picture(p, out)], "netwerk.png"),
    "ics": (lambda p, out: [tl.export_ics(p, out)], "tijdlijn.ics"),
    "timeline-csv": (lambda p, out: [tl.export_timeline_csv(p, out)], "tijdlijn.csv"),
    "timeline-svg": (lambda p, out: [tl.export_timeline_picture(p, out)], "tijdlijn.svg"),
    "minutes-pdf": (_minutes, "verslag.pdf"),
}


@pytest.fixture
def filled(project):
    """The small project with a note, two parties, a relation and a dated step."""
    project.add("insight", round_id=_round(project), text="Meer bomen", table=1)
    a = project.add("stakeholder", name="Gemeente", type="gemeente", x=-12.5, y=4.0)
    b = project.add("stakeholder", name="Buurtvereniging", type="bewonersgroep", x=80.0, y=0.0)
    project.add("relation", source_id=a, target_id=b, type="informeert", strength=2)
    tl.add_item(project, title="Schouw", track="doe", start="2027-03-01")
    return project


def _files(folder: Path) -> dict[str, str]:
    """Every entry of a folder: "link -> target", "fifo", or a regular file's hash."""
    out = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            out[entry.name] = "link -> " + os.readlink(entry)
        elif stat.S_ISFIFO(entry.lstat().st_mode):
            out[entry.name] = "fifo"
        else:
            out[entry.name] = sha256(entry)
    return out


@pytest.mark.parametrize("name", list(EXPORTS))
def test_an_export_to_a_link_writes_the_linked_file_and_keeps_the_link(filled, tmp_path, name):
    export, given = EXPORTS[name]
    plain = tmp_path / "gewoon"
    plain.mkdir()
    written = [p.name for p in export(filled, plain / given)]
    real, links = tmp_path / "echt", tmp_path / "links"
    real.mkdir()
    links.mkdir()
    for n in written:  # an old file behind a link, the link with a relative target
        (real / n).write_text("oud", encoding="utf-8")
        (links / n).symlink_to(Path("..") / "echt" / n)

    assert [p.name for p in export(filled, links / given)] == written
    for n in written:
        assert (links / n).is_symlink() and os.readlink(links / n) == str(Path("..", "echt", n))
        data = (real / n).read_bytes()
        assert data != b"oud" and len(data) > 20
        if name != "minutes-pdf":  # the PDF carries its time of making
            assert data == (plain / n).read_bytes()
    assert sorted(p.name for p in real.iterdir()) == sorted(written)  # nothing temporary
    assert sorted(p.name for p in links.iterdir()) == sorted(written)


def test_a_chain_of_links_and_a_link_to_no_file_yet(filled, tmp_path):
    real = tmp_path / "echt"
    real.mkdir()
    (tmp_path / "tussen.csv").symlink_to(real / "tijdlijn.csv")  # not there yet
    (tmp_path / "link.csv").symlink_to(tmp_path / "tussen.csv")
    tl.export_timeline_csv(filled, tmp_path / "link.csv")
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "tussen.csv").is_symlink()
    assert (real / "tijdlijn.csv").read_text(encoding="utf-8-sig").startswith("id;track;")
    assert [p.name for p in real.iterdir()] == ["tijdlijn.csv"]


@pytest.mark.parametrize("name", list(EXPORTS))
def test_an_export_to_a_named_pipe_is_refused_and_the_pipe_stays(filled, tmp_path, name):
    export, given = EXPORTS[name]
    plain = tmp_path / "gewoon"
    plain.mkdir()
    written = [p.name for p in export(filled, plain / given)]
    out = tmp_path / "uit"
    out.mkdir()
    for n in written[:-1]:  # of a pair, the first is an ordinary old file
        (out / n).write_text("oud", encoding="utf-8")
    fifo = out / written[-1]
    os.mkfifo(fifo)
    before = _files(out)
    # a reader is there, so that an export writing into the pipe would not hang the test
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with pytest.raises(WijkdeskError) as info:
            export(filled, out / given)
        assert os.read(reader, 100) == b""  # nothing was written into it
    finally:
        os.close(reader)
    assert info.value.code == "export_special_file"
    assert info.value.params["path"] == str(fifo)
    assert str(info.value) == (f"{fifo} is not an ordinary file (a pipe, a device or a "
                               "socket); choose a file name for the export. Nothing was written.")
    assert _files(out) == before


def test_a_link_to_a_device_is_refused_and_left_alone(filled, tmp_path):
    """A link to /dev/null: refused (the choice: no export goes into a device, not even the
    harmless one), the link and the device stay as they are."""
    link = tmp_path / "weg.csv"
    link.symlink_to(os.devnull)
    for export in (lambda: tl.export_timeline_csv(filled, link),
                   lambda: export_round_csv(filled, _round(filled), link),
                   lambda: _minutes(filled, link)):
        with pytest.raises(WijkdeskError) as info:
            export()
        assert info.value.code == "export_special_file"
    assert link.is_symlink() and os.readlink(link) == os.devnull
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary


@pytest.mark.parametrize("name", ["round-csv", "round-canvas", "gephi-csv", "ics",
                                  "timeline-csv", "network-png", "minutes-pdf"])
def test_an_export_never_writes_over_the_project_file_through_a_link(filled, tmp_path, name):
    export, given = EXPORTS[name]
    plain = tmp_path / "gewoon"
    plain.mkdir()
    written = [p.name for p in export(filled, plain / given)]
    out = tmp_path / "uit"
    out.mkdir()
    (out / written[0]).symlink_to(filled.path)
    before = sha256(filled.path)
    with pytest.raises(WijkdeskError) as info:
        export(filled, out / given)
    assert info.value.code == "export_over_project"
    assert sha256(filled.path) == before
    assert (out / written[0]).is_symlink()
    assert sorted(p.name for p in out.iterdir()) == [written[0]]


def test_an_export_never_writes_over_the_project_files_journal(filled):
    for suffix in ("-wal", "-journal"):
        target = filled.path.with_name(filled.path.name + suffix)
        with pytest.raises(WijkdeskError) as info:
            tl.export_timeline_csv(filled, target)
        assert info.value.code == "export_over_project"


def test_the_helper_removes_its_temporary_file_when_the_writer_fails(tmp_path):
    target = tmp_path / "uit.txt"
    target.write_text("oud", encoding="utf-8")

    def broken(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(WijkdeskError) as info:
        atomic_write(target, broken)
    assert (info.value.code, info.value.params["reason"]) == (
        "write_failed", "No space left on device")
    assert [p.name for p in tmp_path.iterdir()] == ["uit.txt"]
    assert target.read_text(encoding="utf-8") == "oud"
    loop = tmp_path / "rond.txt"
    loop.symlink_to(loop)
    with pytest.raises(WijkdeskError) as info:
        export_target(loop)
    assert info.value.code == "write_failed" and loop.is_symlink()


def test_the_command_line_refuses_a_pipe_and_writes_through_a_link(tmp_path):
    file = tmp_path / "wijk.wijkdesk"
    with Project.create(file, "Testwijk", device=DEVICE_A) as p:
        p.add("stakeholder", name="Gemeente", type="gemeente")
        tl.add_item(p, title="Schouw", track="doe", start="2027-03-01")
    before = sha256(file)
    fifo = tmp_path / "pijp.ics"
    os.mkfifo(fifo)
    line = assert_one_line_error(
        run_cli("export", file, "--format", "ics", "-o", fifo, "--lang", "en"))
    assert line == (f"wijkdesk: {fifo} is not an ordinary file (a pipe, a device or a socket); "
                    "choose a file name for the export. Nothing was written.")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)

    real = tmp_path / "echt.ics"
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    result = run_cli("export", file, "--format", "ics", "-o", link, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert sha256(file) == before

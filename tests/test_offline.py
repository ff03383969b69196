"""Offline guarantee (issue 10, point 5): the main flows work with the network blocked, and none
of them tries to open a connection.

Python's socket module is replaced by one that refuses and records every attempt (a socket,
a name lookup, a connection); then the app runs its main flows in this process: the main window
on the demo, every view, an insight typed in, a table copy merged back, the minutes as PDF, the
network and the timeline exported (pictures and data), and the Kumu and CSV imports.

What this cannot see is a socket that Qt opens in C++. Qt does so only to reach the display and
the desktop (X11, Wayland, D-Bus: local Unix sockets); strace of ``wijkdesk --self-test``
showed no socket() call at all with the offscreen platform used here, and with the xcb platform
one AF_UNIX connection, to the X server; none to a network (AF_INET/AF_INET6). So the assertion
is on Python-level attempts, where our code and its libraries (SQLAlchemy, matplotlib,
networkx, reportlab) would make them.
"""

from __future__ import annotations

import csv
import socket
import urllib.request
from pathlib import Path

import pytest

from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo

from .conftest import DEVICE_A, DEVICE_B

BLOCKED = ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
           "gethostbyname_ex", "gethostbyaddr", "getnameinfo", "fromfd")


@pytest.fixture
def no_network(monkeypatch) -> list[tuple[str, tuple]]:
    """Every way Python opens a socket or looks up a name fails, and is recorded."""
    attempts: list[tuple[str, tuple]] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            attempts.append((name, args))
            raise OSError(f"network access blocked by the test: socket.{name}")
        return refused

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs) -> None:  # noqa: D107 - refuses
            attempts.append(("socket", args))
            raise OSError("network access blocked by the test: socket.socket")

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in BLOCKED:
        monkeypatch.setattr(socket, name, refuse(name))
    # the block works: a web request fails at once, and is seen
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.org/", timeout=1)
    assert attempts
    attempts.clear()
    return attempts


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_the_main_flows_work_without_network_and_try_none(window, qtbot, tmp_path, no_network):
    errors = []

    def no_errors() -> None:
        errors.extend(m for m in window.interaction.messages if m[0] == "error")
        assert errors == []

    # the demo project, opened in the main window
    demo = tmp_path / "demo.wijkdesk"
    build_demo(demo, device=DEVICE_A).close()
    assert window.open_path(str(demo))
    project = window.ctx.project

    # every view in the navigation
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda row=row: window.views.widget(row).isVisible())
    qtbot.wait(20)  # what is built after the first paint (timer, board) is built now

    # an insight typed in on the board
    window.nav.setCurrentRow(window.views.indexOf(window.bijeenkomst_view))
    view = window.bijeenkomst_view
    qtbot.waitUntil(view.entry.isVisible)
    view.entry.setFocus()
    qtbot.keyClicks(view.entry, "Zonder internet: een bankje bij de bushalte")
    qtbot.keyClick(view.entry, "\r")
    assert project.all("insight", text="Zonder internet: een bankje bij de bushalte")

    # a table copy, edited on "another laptop", merged back
    copy = project.save_copy(tmp_path / "tafel 2.wijkdesk", table=2)
    with Project.open(copy, device=DEVICE_B) as laptop:
        round_id = laptop.get("insight", project.all(
            "insight", text="Zonder internet: een bankje bij de bushalte")[0].id).round_id
        laptop.add("insight", round_id=round_id, text="Van tafel 2", table=2)
    window.interaction.answers += [[str(copy)], True]
    window.merge_action.trigger()
    assert [i.table for i in project.all("insight", text="Van tafel 2")] == [2]
    no_errors()

    # insights from a CSV into the round on screen
    insights = _write_csv(tmp_path / "tafels.csv", [["tekst", "tafel"], ["Meer groen", "1"],
                                                     ["Minder verkeer", "3"]])
    window.interaction.answers += [str(insights), True]
    window.import_action.trigger()
    assert project.all("insight", text="Minder verkeer")
    # and the round out again, as CSV and JSON Canvas
    for fmt, name in (("csv", "ronde.csv"), ("canvas", "ronde.canvas")):
        window.interaction.answers.append(str(tmp_path / name))
        window.export_round(fmt)
        assert (tmp_path / name).stat().st_size > 100
    no_errors()

    # stakeholders: a Kumu import, then every export of the network
    window.nav.setCurrentRow(window.views.indexOf(window.stakeholder_view))
    stakeholders = window.stakeholder_view
    elements = _write_csv(tmp_path / "kumu.csv", [
        ["Label", "Type", "Description", "Tags"],
        ["Buurtcafé De Hoek", "Ondernemers", "Ontmoetingsplek", ""]])
    window.interaction.answers.append(True)
    assert stakeholders.import_kumu(str(elements))
    assert project.all("stakeholder", name="Buurtcafé De Hoek")
    for fmt in ("graphml", "gexf", "csv", "kumu", "png", "svg", "pdf"):
        assert stakeholders.export(fmt, str(tmp_path / f"netwerk-{fmt}")), fmt
    assert (tmp_path / "netwerk-png.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "netwerk-pdf.pdf").read_bytes()[:4] == b"%PDF"
    no_errors()

    # the timeline: calendar, sheet and pictures
    window.nav.setCurrentRow(window.views.indexOf(window.timeline_view))
    for fmt in ("ics", "csv", "png", "svg", "pdf"):
        written = window.timeline_view.export(fmt, str(tmp_path / f"tijdlijn-{fmt}"))
        assert written and Path(written).stat().st_size > 100, fmt
    no_errors()

    # the minutes as PDF, with the network and the timeline in them
    window.nav.setCurrentRow(window.views.indexOf(window.minutes_view))
    minutes = window.minutes_view
    qtbot.waitUntil(lambda: minutes.isVisible() and minutes.current_evening() is not None)
    pdf = minutes.export_pdf(str(tmp_path / "verslag.pdf"))
    assert pdf is not None and pdf.read_bytes()[:4] == b"%PDF"
    no_errors()

    # a copy to share, and the About dialog (licence texts from files, no links followed)
    assert project.save_shared_copy(tmp_path / "gedeeld.wijkdesk").is_file()
    window.about()
    assert "SQLAlchemy" in window.interaction.dialogs[-1].third_party.toPlainText()

    assert no_network == []  # not one socket, lookup or connection was tried

"""Help → About (issue 10): name, version, licence and the third-party licences, all from files
shipped with the app; and the app icon it shows."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize

from wijkdesk import __version__
from wijkdesk.ui import about_dialog
from wijkdesk.ui.about_dialog import AboutDialog, app_version, pyproject_version

from .util import ROOT

PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"]["version"]


def _about(window) -> AboutDialog:
    [action] = [a for m in window.menuBar().actions() for a in m.menu().actions()
                if a.text() == "&About wijkdesk"]
    action.trigger()
    dialog = window.interaction.dialogs[-1]
    assert isinstance(dialog, AboutDialog)
    return dialog


def test_about_shows_the_version_and_the_licence(window):
    dialog = _about(window)
    assert dialog.windowTitle() == "About wijkdesk"
    assert dialog.version_label.text() == f"Version {PYPROJECT_VERSION}"
    assert "EUPL-1.2" in dialog.licence_label.text()
    licence = dialog.licence.toPlainText()
    assert "European Union Public Licence" in licence and "EUPL-1.2" in licence
    assert dialog.tabs.count() == 2


def test_about_lists_the_third_party_licences_and_opens_no_link(window):
    dialog = _about(window)
    text = dialog.third_party.toPlainText()
    for name, licence in (("PySide6", "LGPL"), ("Qt 6", "Lesser General Public License"),
                          ("SQLAlchemy", "MIT"), ("NetworkX", "BSD"),
                          ("Matplotlib", "Matplotlib License"), ("ReportLab", "BSD"),
                          ("NumPy", "BSD"), ("DejaVu", "Bitstream Vera"),
                          ("Python", "Python Software Foundation")):
        assert name in text, name
        assert licence in text, licence
    assert "https://www.qt.io/" in text
    assert not dialog.third_party.openLinks()  # shown, never followed: no connection
    assert not dialog.third_party.openExternalLinks()


def test_every_bundled_package_is_in_the_third_party_list():
    """A new run-time dependency needs a line in resources/THIRD_PARTY_LICENSES.md."""
    from packaging.requirements import Requirement

    listed = _normal((ROOT / "resources" / "THIRD_PARTY_LICENSES.md").read_text("utf-8"))
    seen: set[str] = set()
    todo = ["wijkdesk"]
    while todo:
        dist = metadata.distribution(todo.pop())
        for line in dist.requires or []:
            req = Requirement(line)
            if (req.marker is None or req.marker.evaluate({"extra": ""})) and \
                    req.name not in seen:
                seen.add(req.name)
                todo.append(req.name)
    missing = [name for name in sorted(seen)
               if _normal(name).removesuffix("-essentials") not in listed]
    assert missing == []


def _normal(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text.lower())


def test_the_version_comes_from_pyproject_in_a_bundle(monkeypatch, tmp_path):
    assert __version__ == PYPROJECT_VERSION  # one version, in two places
    assert app_version() == PYPROJECT_VERSION  # from the package metadata here
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a bundle has no metadata
    monkeypatch.setattr(metadata, "version", _no_metadata)
    assert app_version() == PYPROJECT_VERSION
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "9.8.7"\n', encoding="utf-8")
    monkeypatch.setattr(about_dialog, "base_dir", lambda: tmp_path)
    assert app_version() == "9.8.7"
    (tmp_path / "pyproject.toml").write_text("not toml [", encoding="utf-8")
    assert pyproject_version() is None
    assert app_version() == __version__  # the last resort: the version in the code


def _no_metadata(name: str) -> str:
    raise metadata.PackageNotFoundError(name)


def test_a_missing_licence_file_is_said_not_hidden(window, monkeypatch, tmp_path):
    monkeypatch.setattr(about_dialog, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(about_dialog, "base_dir", lambda: tmp_path)
    dialog = AboutDialog(window)
    assert "missing from this installation" in dialog.third_party.toPlainText()
    assert "missing from this installation" in dialog.licence.toPlainText()


def test_the_app_icon_has_every_size_and_matches_its_files():
    from wijkdesk.app import ICON_SIZES, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    folder = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        assert pixmap.width() == size
        assert (folder / f"wijkdesk-{size}.png").is_file()
    for name in ("wijkdesk.svg", "wijkdesk.ico", "wijkdesk.icns"):
        assert (folder / name).stat().st_size > 500, name
    assert (folder / "wijkdesk.icns").read_bytes()[:4] == b"icns"
    assert (folder / "wijkdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_licence_files_the_bundle_ships_exist():
    for path in ("LICENSE", "resources/THIRD_PARTY_LICENSES.md",
                 "resources/licenses/LGPL-3.0.txt", "resources/licenses/GPL-3.0.txt",
                 "resources/fonts/LICENSE-DejaVu.txt"):
        assert (ROOT / path).is_file(), path
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in Path(
        ROOT / "resources/licenses/LGPL-3.0.txt").read_text("utf-8")

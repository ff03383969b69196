"""Help → About wijkdesk: name, version, what it is for, its licence and the third-party licences.

The texts come from files shipped with the app (``LICENSE`` and
``resources/THIRD_PARTY_LICENSES.md``); nothing is fetched: the app opens no connection, and the
web addresses in the texts are shown, not followed.
"""

from __future__ import annotations

import platform
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..i18n import resources_dir
from .common import fit_to_screen, make_heading

THIRD_PARTY = "THIRD_PARTY_LICENSES.md"


def base_dir() -> Path:
    """The folder holding ``LICENSE``, ``pyproject.toml`` and ``resources``: the source tree,
    or the inside of a frozen bundle (PyInstaller's ``_MEIPASS``)."""
    return resources_dir().parent


def app_version() -> str:
    """wijkdesk's version: the installed package's metadata; in a frozen bundle (which has no
    package metadata) the ``pyproject.toml`` it carries; else the version in the code."""
    from importlib import metadata

    if not getattr(sys, "frozen", False):
        try:
            return metadata.version("wijkdesk")
        except metadata.PackageNotFoundError:
            pass
    return pyproject_version() or __version__


def pyproject_version(path: Path | None = None) -> str | None:
    """``project.version`` from pyproject.toml (next to resources/), or None."""
    try:
        with open(path or base_dir() / "pyproject.toml", "rb") as f:
            version = tomllib.load(f).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return version if isinstance(version, str) and version else None


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class AboutDialog(QDialog):
    """Name, version and purpose above; the licence and the third-party licences in tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About wijkdesk"))
        self.version = app_version()

        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        name = make_heading(QLabel("wijkdesk"))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", self.version))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        purpose = QLabel(self.tr(
            "For the people who facilitate Dutch neighbourhood meetings (bewonersavonden): "
            "collect what residents say, cluster and vote on it, map the stakeholders, plan "
            "both tracks on a timeline, merge the table laptops' files and export the minutes. "
            "It works without internet and sends nothing anywhere."))
        purpose.setWordWrap(True)
        self.licence_label = QLabel(self.tr(
            "Licence: EUPL-1.2 (European Union Public Licence v. 1.2). wijkdesk uses the "
            "free software listed below, each under its own licence."))
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setWordWrap(True)
        built = QLabel(self.tr("Qt %1 · Python %2").replace("%1", qVersion()).replace(
            "%2", platform.python_version()))
        built.setEnabled(False)

        missing = self.tr("This text is missing from this installation: %1").replace(
            "%1", "{path}")
        self.third_party = QTextBrowser()
        self.third_party.setObjectName("thirdPartyLicences")
        self.third_party.setOpenLinks(False)  # addresses are shown, never opened
        self.third_party.setOpenExternalLinks(False)
        path = resources_dir() / THIRD_PARTY
        text = _read(path)
        if text is None:
            self.third_party.setPlainText(missing.format(path=path))
        else:
            self.third_party.setMarkdown(text)
        self.licence = QTextBrowser()
        self.licence.setObjectName("licenceText")
        self.licence.setOpenLinks(False)
        path = base_dir() / "LICENSE"
        self.licence.setPlainText(_read(path) or missing.format(path=path))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.third_party, self.tr("Third-party licences"))
        self.tabs.addTab(self.licence, self.tr("Licence of wijkdesk"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(purpose)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(built)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 640)

"""Loading the UI language: Dutch by default, English on request (Qt's translation machinery).

Source strings in the code are English; ``resources/translations/wijkdesk_nl.ts`` holds the
Dutch and ``wijkdesk_en.ts`` the English (mostly identical) translations. The Makefile builds the
``.qm`` files with ``pyside6-lrelease``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def resources_dir() -> Path:
    """The top-level resources folder (next to the package, or inside a frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """Where the .ts sources and the built .qm files are."""
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str | None) -> QTranslator | None:
    """Install the translator for language (nl or en) on app; returns it to keep it alive."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL" if lang == "nl" else "en_GB"))
    qt_own = QTranslator(app)  # Qt's own words: the standard buttons (Annuleren), dialogs
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    translator = QTranslator(app)
    translator.qt_own = qt_own  # type: ignore[attr-defined]
    translator.previous_locale = previous  # type: ignore[attr-defined]
    if translator.load(f"wijkdesk_{lang}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def uninstall(app: QCoreApplication, translator: QTranslator) -> None:
    """Take back what ``install`` installed (tests switch languages)."""
    app.removeTranslator(translator)
    qt_own = getattr(translator, "qt_own", None)
    if qt_own is not None:
        app.removeTranslator(qt_own)
    previous = getattr(translator, "previous_locale", None)
    if previous is not None:  # dates and words in the language from before
        QLocale.setDefault(previous)

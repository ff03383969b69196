"""Loading the UI language: Dutch by default, English on request (Qt's translation machinery).

Source strings in the code are English; ``resources/translations/wijkdesk_nl.ts`` holds the
Dutch and ``wijkdesk_en.ts`` the English (mostly identical) translations. The Makefile builds the
``.qm`` files with ``pyside6-lrelease``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

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


def qt_translations_dirs() -> list[str]:
    """Where Qt's own .qm files may be: Qt's translations folder, and in a frozen bundle the
    places PyInstaller puts PySide6's (in case Qt's path does not point into the bundle)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs += [str(Path(frozen) / "PySide6" / "Qt" / "translations"),
                 str(Path(frozen) / "PySide6" / "translations")]
    return dirs


def install(app: QCoreApplication, language: str | None) -> QTranslator | None:
    """Install the translator for language (nl or en) on app; returns it to keep it alive."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL" if lang == "nl" else "en_GB"))
    qt_own = QTranslator(app)  # Qt's own words: the standard buttons (Annuleren), dialogs
    if any(qt_own.load(f"qtbase_{lang}", folder) for folder in qt_translations_dirs()):
        app.installTranslator(qt_own)
    # Qt's words that qtbase_nl lacks (the file dialog's "Look in:"): installed after it, so
    # asked first
    qt_extra = QTranslator(app)
    if qt_extra.load(f"qt_extra_{lang}", str(translations_dir())):
        app.installTranslator(qt_extra)
    translator = QTranslator(app)
    translator.qt_own = qt_own  # type: ignore[attr-defined]
    translator.qt_extra = qt_extra  # type: ignore[attr-defined]
    translator.previous_locale = previous  # type: ignore[attr-defined]
    if translator.load(f"wijkdesk_{lang}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def uninstall(app: QCoreApplication, translator: QTranslator) -> None:
    """Take back what ``install`` installed (tests switch languages)."""
    app.removeTranslator(translator)
    for qt in (getattr(translator, "qt_own", None), getattr(translator, "qt_extra", None)):
        if qt is not None:
            app.removeTranslator(qt)
    previous = getattr(translator, "previous_locale", None)
    if previous is not None:  # dates and words in the language from before
        QLocale.setDefault(previous)


def locale_for(language: str | None) -> QLocale:
    """The QLocale of a UI language (nl: Dutch of the Netherlands, en: British English), not
    the system's."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def ui_language() -> str:
    """The language the UI runs in ("nl" or "en"), as ``install`` set it."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def long_date(iso: str | None, language: str | None = None) -> str:
    """A date in full in the language's format: "2026-11-17" → "di 17 november 2026" (nl)
    or "Tue 17 November 2026" (en); language None: the UI's. "" when unset; a text that is
    no date comes back as it is."""
    if not iso:
        return ""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return locale_for(language or ui_language()).toString(date, "ddd d MMMM yyyy")

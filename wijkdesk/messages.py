"""Translatable text for the model's errors (the model itself has no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .model.errors import TEMPLATES, WijkdeskError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _templates() -> dict[str, str]:
    # Each literal is repeated here so that lupdate finds it; tests/test_messages.py checks
    # that these are exactly the English templates of wijkdesk/model/errors.py.
    return {
        "not_found": _t("The file {path} does not exist."),
        "is_folder": _t("{path} is a folder, not a wijkdesk project file."),
        "unreadable": _t("The file {path} cannot be read: {reason}."),
        "not_sqlite": _t("{path} is not a wijkdesk project file (it is not a database)."),
        "other_app": _t("{path} is a database of another application, not a wijkdesk project."),
        "too_new": _t(
            "{path} was made by a newer version of wijkdesk (file format {found}; this version "
            "reads up to {supported}). Update wijkdesk to open it; the file was not changed."
        ),
        "corrupt": _t("{path} is damaged and cannot be opened safely ({reason})."),
        "schema_mismatch": _t(
            "{path} does not have the structure of a wijkdesk project ({reason})."),
        "exists": _t("The file {path} already exists."),
        "write_failed": _t("Could not write {path}: {reason}. Nothing was changed."),
        "field_required": _t("The field '{field}' needs a value."),
        "field_type": _t("The field '{field}' needs {expected}."),
        "text_too_long": _t("The text for '{field}' is longer than {limit} characters."),
        "bad_date": _t("'{value}' in '{field}' is not a date (use YYYY-MM-DD)."),
        "bad_choice": _t("'{value}' is not a valid choice for '{field}'."),
        "out_of_range": _t("{value} is out of range for '{field}'."),
        "unknown_field": _t("'{field}' is not a field of {kind}."),
        "unknown_kind": _t("'{kind}' is not a kind of record."),
        "no_such_record": _t("There is no {kind} with id {id}."),
        "bad_reference": _t("The {field} of this {kind} points to nothing that exists."),
        "name_needs_consent": _t("A person's name may only be stored with their consent."),
        "csv_empty": _t("The CSV file {path} is empty."),
        "csv_no_text_column": _t(
            "The CSV file {path} has no column for the text (name it 'tekst' or 'text')."),
        "csv_bad_row": _t("Line {line} of {path}: {reason}"),
        "csv_encoding": _t("The CSV file {path} is not in a known character encoding."),
        "no_session": _t("There is no bijeenkomst '{session}' in this project."),
        "no_sessions": _t("This project has no bijeenkomst to put the insights in."),
    }


def error_text(error: WijkdeskError) -> str:
    """The error as one sentence in the user's language."""
    template = _templates().get(error.code, TEMPLATES.get(error.code, error.code))
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.english()

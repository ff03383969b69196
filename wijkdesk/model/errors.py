"""Errors the model raises for a user's mistake or a bad file.

Each carries a stable ``code`` and its parameters; ``str()`` gives the English sentence. The UI
and the command line translate the code through Qt's translation (``wijkdesk/messages.py``), so
the model itself stays free of Qt.
"""

from __future__ import annotations

from typing import Any

#: English templates; wijkdesk/messages.py holds the translatable copies of the same sentences.
TEMPLATES: dict[str, str] = {
    "not_found": "The file {path} does not exist.",
    "is_folder": "{path} is a folder, not a wijkdesk project file.",
    "unreadable": "The file {path} cannot be read: {reason}.",
    "not_sqlite": "{path} is not a wijkdesk project file (it is not a database).",
    "other_app": "{path} is a database of another application, not a wijkdesk project.",
    "too_new": (
        "{path} was made by a newer version of wijkdesk (file format {found}; this version "
        "reads up to {supported}). Update wijkdesk to open it; the file was not changed."
    ),
    "corrupt": "{path} is damaged and cannot be opened safely ({reason}).",
    "schema_mismatch": "{path} does not have the structure of a wijkdesk project ({reason}).",
    "exists": "The file {path} already exists.",
    "not_a_file": "{path} is not a regular file.",
    "too_large": "{path} is too large to be a wijkdesk project.",
    "other_project": (
        "{path} belongs to another project; only copies of this project can be merged."
    ),
    "write_failed": "Could not write {path}: {reason}. Nothing was changed.",
    "read_only": (
        "{path} can only be read, not changed (an e-mail attachment, a read-only folder or "
        "stick): your change was not saved. Choose Save as… to work on in a copy."
    ),
    "file_gone": (
        "The file {path} is no longer there (a USB stick that was pulled out?): your change was "
        "not saved. Choose Save as… to save the whole project elsewhere."
    ),
    "disk_full": (
        "The disk holding {path} is full: your change was not saved. Make room, or choose "
        "Save as… to save the whole project on another disk."
    ),
    "busy": (
        "{path} is being saved by another program right now; nothing was changed. Try again "
        "in a moment."
    ),
    "in_use": (
        "{path} is open in wijkdesk by {user} on {host} since {since}. You can open it "
        "read-only, or ask them to close it first."
    ),
    "field_required": "The field '{field}' needs a value.",
    "field_type": "The field '{field}' needs {expected}.",
    "text_too_long": "The text for '{field}' is longer than {limit} characters.",
    "bad_date": "'{value}' in '{field}' is not a date (use YYYY-MM-DD).",
    "bad_choice": "'{value}' is not a valid choice for '{field}'.",
    "out_of_range": "{value} is out of range for '{field}'.",
    "unknown_field": "'{field}' is not a field of {kind}.",
    "unknown_kind": "'{kind}' is not a kind of record.",
    "no_such_record": "There is no {kind} with id {id}.",
    "bad_reference": "The {field} of this {kind} points to nothing that exists.",
    "name_needs_consent": "A person's name may only be stored with their consent.",
    "name_too_short": "Give a name of at least two letters to search for.",
    "unknown_record": "This project has no record with id {id}.",
    "csv_empty": "The CSV file {path} is empty.",
    "csv_no_text_column": (
        "The CSV file {path} has no column for the text (name it 'tekst' or 'text')."
    ),
    "csv_bad_row": "Line {line} of {path}: {reason}",
    "csv_unknown_table": (
        "Line {line} of {path}: this bijeenkomst has no table '{table}'; its tables are "
        "{tables} (a table can be named by its name or its number). Nothing was imported."
    ),
    "csv_encoding": "The CSV file {path} is not in a known character encoding.",
    "csv_too_many_rows": (
        "The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} "
        "insights at a time. Nothing was imported."
    ),
    "csv_unterminated_quote": (
        "Line {line} of {path}: a quote (\") is opened but never closed. Nothing was imported."
    ),
    "no_session": "There is no bijeenkomst '{session}' in this project.",
    "no_sessions": "This project has no bijeenkomst to put the insights in.",
    "no_evenings": "This project has no bijeenkomst yet, so there are no minutes to make.",
    "session_ambiguous": (
        "'{session}' names {count} bijeenkomsten in this project; name one by its title or id."
    ),
    "cancelled": "The export was cancelled; no file was written.",
    "logo_not_image": (
        "{path} is not a picture wijkdesk can use as a logo: {reason}. Use a PNG or JPEG "
        "picture."
    ),
    "logo_too_large": "The logo {path} is too large ({size}); use a picture of at most {limit}.",
    "unknown_stakeholder": "There is no stakeholder with id {id} (it may have been deleted).",
    "relation_to_itself": "{name} cannot have a relation with itself.",
    "relation_exists": "There already is a relation '{type}' from {source} to {target}.",
    "export_over_project": (
        "{path} is the project file itself; choose another name for the export."
    ),
    "export_special_file": (
        "{path} is not an ordinary file (a pipe, a device or a socket); choose a file name for "
        "the export. Nothing was written."
    ),
    "picture_format": (
        "A picture can be saved as PNG, SVG or PDF; '{suffix}' is none of these."
    ),
    "kumu_columns": (
        "The CSV file {path} is not a Kumu sheet: it has the columns {found}; wijkdesk needs "
        "{wanted}."
    ),
    "kumu_workbook": (
        "{path} is a spreadsheet workbook, not a CSV file; save the Elements and Connections "
        "sheets as CSV first."
    ),
    "kumu_too_many_rows": (
        "The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} "
        "stakeholders or relations at a time. Nothing was imported."
    ),
    "kumu_unknown_names": (
        "The connections in {path} name parties that are neither in the elements nor in this "
        "project: {names}. Nothing was imported."
    ),
    "timeline_date_range": (
        "The date {value} is outside the timeline, which runs from {first} to {last}."
    ),
    "timeline_end_before_start": "'{title}' ends ({end}) before it starts ({start}).",
    "stip_not_on_denk": (
        "A stip on the horizon belongs on the denk-spoor; '{title}' is on the doe-spoor."
    ),
    "dependency_unknown": (
        "There is no step with id {id} on the timeline (it may have been deleted)."
    ),
    "dependency_on_itself": "'{title}' cannot depend on itself.",
    "dependency_exists": "'{after}' already depends on '{before}'.",
    "dependency_cycle": "The steps would wait for each other in a circle: {cycle}.",
    "link_unknown": (
        "There is nothing with id {id} that can be linked here (it may have been deleted)."
    ),
    "link_to_itself": "'{title}' cannot be linked to itself.",
    "link_exists": "'{source}' and '{target}' are already linked.",
    "link_missing": "'{source}' and '{target}' are not linked.",
    "knooppunt_is_starter": (
        "'{title}' comes with the Wijkkompas and cannot be deleted; set it to 'not applicable' "
        "instead."
    ),
}


class WijkdeskError(Exception):
    """A problem the user can act on; never a bug."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """The English sentence for this error."""
        template = TEMPLATES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class FileFormatError(WijkdeskError):
    """A file that is not, or not safely, a wijkdesk project this version can open."""


class ValidationError(WijkdeskError):
    """A value or record that breaks the model's rules."""

"""Translatable text for the model's errors (the model itself has no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .model.errors import TEMPLATES, WijkdeskError

translate = QCoreApplication.translate


def _templates() -> dict[str, str]:
    # Each literal is repeated here so that lupdate finds it; tests/test_messages.py checks
    # that these are exactly the English templates of wijkdesk/model/errors.py.
    return {
        "not_found": translate("Errors", "The file {path} does not exist."),
        "is_folder": translate("Errors", "{path} is a folder, not a wijkdesk project file."),
        "unreadable": translate("Errors", "The file {path} cannot be read: {reason}."),
        "not_sqlite": translate(
            "Errors", "{path} is not a wijkdesk project file (it is not a database)."),
        "other_app": translate(
            "Errors", "{path} is a database of another application, not a wijkdesk project."),
        "too_new": translate("Errors",
            "{path} was made by a newer version of wijkdesk (file format {found}; this version "
            "reads up to {supported}). Update wijkdesk to open it; the file was not changed."
        ),
        "corrupt": translate("Errors", "{path} is damaged and cannot be opened safely ({reason})."),
        "schema_mismatch": translate("Errors",
            "{path} does not have the structure of a wijkdesk project ({reason})."),
        "exists": translate("Errors", "The file {path} already exists."),
        "not_a_file": translate("Errors", "{path} is not a regular file."),
        "too_large": translate("Errors", "{path} is too large to be a wijkdesk project."),
        "other_project": translate(
            "Errors",
            "{path} belongs to another project; only copies of this project can be merged."),
        "write_failed": translate(
            "Errors", "Could not write {path}: {reason}. Nothing was changed."),
        "read_only": translate("Errors",
            "{path} can only be read, not changed (an e-mail attachment, a read-only folder or "
            "stick): your change was not saved. Choose Save as… to work on in a copy."),
        "file_gone": translate("Errors",
            "The file {path} is no longer there (a USB stick that was pulled out?): your change "
            "was not saved. Choose Save as… to save the whole project elsewhere."),
        "disk_full": translate("Errors",
            "The disk holding {path} is full: your change was not saved. Make room, or choose "
            "Save as… to save the whole project on another disk."),
        "busy": translate("Errors",
            "{path} is being saved by another program right now; nothing was changed. Try "
            "again in a moment."),
        "in_use": translate("Errors",
            "{path} is open in wijkdesk by {user} on {host} since {since}. You can open it "
            "read-only, or ask them to close it first."),
        "field_required": translate("Errors", "The field '{field}' needs a value."),
        "field_type": translate("Errors", "The field '{field}' needs {expected}."),
        "text_too_long": translate(
            "Errors", "The text for '{field}' is longer than {limit} characters."),
        "bad_date": translate("Errors", "'{value}' in '{field}' is not a date (use YYYY-MM-DD)."),
        "bad_choice": translate("Errors", "'{value}' is not a valid choice for '{field}'."),
        "out_of_range": translate("Errors", "{value} is out of range for '{field}'."),
        "unknown_field": translate("Errors", "'{field}' is not a field of {kind}."),
        "unknown_kind": translate("Errors", "'{kind}' is not a kind of record."),
        "no_such_record": translate("Errors", "There is no {kind} with id {id}."),
        "bad_reference": translate(
            "Errors", "The {field} of this {kind} points to nothing that exists."),
        "name_needs_consent": translate(
            "Errors", "A person's name may only be stored with their consent."),
        "name_too_short": translate(
            "Errors", "Give a name of at least two letters to search for."),
        "unknown_record": translate("Errors", "This project has no record with id {id}."),
        "csv_empty": translate("Errors", "The CSV file {path} is empty."),
        "csv_no_text_column": translate("Errors",
            "The CSV file {path} has no column for the text (name it 'tekst' or 'text')."),
        "csv_bad_row": translate("Errors", "Line {line} of {path}: {reason}"),
        "csv_unknown_table": translate("Errors",
            "Line {line} of {path}: this bijeenkomst has no table '{table}'; its tables are "
            "{tables} (a table can be named by its name or its number). Nothing was imported."),
        "csv_encoding": translate(
            "Errors", "The CSV file {path} is not in a known character encoding."),
        "csv_too_many_rows": translate("Errors",
            "The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} "
            "insights at a time. Nothing was imported."),
        "csv_unterminated_quote": translate("Errors",
            "Line {line} of {path}: a quote (\") is opened but never closed. Nothing was "
            "imported."),
        "no_session": translate("Errors", "There is no bijeenkomst '{session}' in this project."),
        "no_sessions": translate(
            "Errors", "This project has no bijeenkomst to put the insights in."),
        "no_evenings": translate(
            "Errors", "This project has no bijeenkomst yet, so there are no minutes to make."),
        "session_ambiguous": translate("Errors",
            "'{session}' names {count} bijeenkomsten in this project; name one by its title or "
            "id."),
        "cancelled": translate("Errors", "The export was cancelled; no file was written."),
        "logo_not_image": translate("Errors",
            "{path} is not a picture wijkdesk can use as a logo: {reason}. Use a PNG or JPEG "
            "picture."),
        "logo_too_large": translate(
            "Errors", "The logo {path} is too large ({size}); use a picture of at most {limit}."),
        "unknown_stakeholder": translate(
            "Errors", "There is no stakeholder with id {id} (it may have been deleted)."),
        "relation_to_itself": translate("Errors", "{name} cannot have a relation with itself."),
        "relation_exists": translate(
            "Errors", "There already is a relation '{type}' from {source} to {target}."),
        "export_over_project": translate(
            "Errors", "{path} is the project file itself; choose another name for the export."),
        "export_special_file": translate("Errors",
            "{path} is not an ordinary file (a pipe, a device or a socket); choose a file name for "
            "the export. Nothing was written."),
        "picture_format": translate(
            "Errors", "A picture can be saved as PNG, SVG or PDF; '{suffix}' is none of these."),
        "kumu_columns": translate("Errors",
            "The CSV file {path} is not a Kumu sheet: it has the columns {found}; wijkdesk needs "
            "{wanted}."),
        "kumu_workbook": translate("Errors",
            "{path} is a spreadsheet workbook, not a CSV file; save the Elements and Connections "
            "sheets as CSV first."),
        "kumu_too_many_rows": translate("Errors",
            "The CSV file {path} has more than {limit} lines; wijkdesk takes at most {limit} "
            "stakeholders or relations at a time. Nothing was imported."),
        "kumu_unknown_names": translate("Errors",
            "The connections in {path} name parties that are neither in the elements nor in this "
            "project: {names}. Nothing was imported."),
        "timeline_date_range": translate("Errors",
            "The date {value} is outside the timeline, which runs from {first} to {last}."),
        "timeline_end_before_start": translate(
            "Errors", "'{title}' ends ({end}) before it starts ({start})."),
        "stip_not_on_denk": translate("Errors",
            "A stip on the horizon belongs on the denk-spoor; '{title}' is on the doe-spoor."),
        "dependency_unknown": translate("Errors",
            "There is no step with id {id} on the timeline (it may have been deleted)."),
        "dependency_on_itself": translate("Errors", "'{title}' cannot depend on itself."),
        "dependency_exists": translate("Errors", "'{after}' already depends on '{before}'."),
        "dependency_cycle": translate(
            "Errors", "The steps would wait for each other in a circle: {cycle}."),
        "link_unknown": translate("Errors",
            "There is nothing with id {id} that can be linked here (it may have been deleted)."),
        "link_to_itself": translate("Errors", "'{title}' cannot be linked to itself."),
        "link_exists": translate("Errors", "'{source}' and '{target}' are already linked."),
        "link_missing": translate("Errors", "'{source}' and '{target}' are not linked."),
        "knooppunt_is_starter": translate("Errors",
            "'{title}' comes with the Wijkkompas and cannot be deleted; set it to 'not applicable' "
            "instead."),
    }


def error_text(error: WijkdeskError) -> str:
    """The error as one sentence in the user's language (its field, kind of record and
    expected value named in that language too, not by the model's English keys)."""
    template = _templates().get(error.code, TEMPLATES.get(error.code, error.code))
    params = dict(error.params)
    if isinstance(params.get("field"), str):
        params["field"] = field_label(params["field"])
    if isinstance(params.get("kind"), str) and error.code != "unknown_kind":
        params["kind"] = kind_name(params["kind"])
    if isinstance(params.get("expected"), str):
        params["expected"] = expected_label(params["expected"])
    if isinstance(params.get("reason"), str):
        params["reason"] = _reasons().get(params["reason"], params["reason"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.english()


def _reasons() -> dict[str, str]:
    """Reasons the model gives in English words (``reason=``), in the user's language; any
    other reason (an OS message) is shown as it is."""
    return {
        # wijkdesk/minutes/pdf.py: why a logo is refused
        "it is not a PNG or JPEG picture": translate("Errors", "it is not a PNG or JPEG picture"),
        "the picture is damaged or incomplete": translate(
            "Errors", "the picture is damaged or incomplete"),
        "the file cannot be read": translate("Errors", "the file cannot be read"),
        "it is not a file": translate("Errors", "it is not a file"),
        # wijkdesk/model/merge.py: why a file to merge is refused; store.py, check.py
        "a change that differs from this project's": translate(
            "Errors", "a change that differs from this project's"),
        "a change dated after the year 2200": translate(
            "Errors", "a change dated after the year 2200"),
        "a change that cannot be read": translate("Errors", "a change that cannot be read"),
        "a change with a malformed id": translate("Errors", "a change with a malformed id"),
        "a change with a text that is not valid Unicode": translate(
            "Errors", "a change with a text that is not valid Unicode"),
        "a change with a value of the wrong type": translate(
            "Errors", "a change with a value of the wrong type"),
        "a change with malformed predecessors": translate(
            "Errors", "a change with malformed predecessors"),
        "a malformed delete": translate("Errors", "a malformed delete"),
        "a malformed erasure": translate("Errors", "a malformed erasure"),
        "a second project record": translate("Errors", "a second project record"),
        "a change that replaces a later one": translate(
            "Errors", "a change that replaces a later one"),
        "a record of another kind than in another file": translate(
            "Errors", "a record of another kind than in another file"),
        "a record of another kind than in this project": translate(
            "Errors", "a record of another kind than in this project"),
        "a record of two kinds": translate("Errors", "a record of two kinds"),
        "a record without a required field": translate(
            "Errors", "a record without a required field"),
        "tables differ": translate("Errors", "tables differ"),
        "it has an unfinished change": translate("Errors", "it has an unfinished change"),
    }


def expected_label(expected: str) -> str:
    """What a field needs ("a number"), in the user's language."""
    labels = {
        "text": translate("Expected", "a text"),
        "integer": translate("Expected", "a whole number"),
        "number": translate("Expected", "a number"),
        "yes/no": translate("Expected", "yes or no"),
        "date": translate("Expected", "a date"),
        "reference": translate("Expected", "a reference to another record"),
        "list of numbers": translate("Expected", "a list of numbers"),
        "UUID": translate("Expected", "an id (UUID)"),
    }
    return labels.get(expected, expected)


def kind_name(kind: str) -> str:
    """The name of one record of a kind ("round"), in the user's language."""
    names = {
        "project": translate("Kind", "project"),
        "bijeenkomst": translate("Kind", "bijeenkomst"),
        "round": translate("Kind", "round"),
        "agenda_item": translate("Kind", "agenda item"),
        "evening_table": translate("Kind", "table"),
        "cluster": translate("Kind", "cluster"),
        "insight": translate("Kind", "insight"),
        "vote": translate("Kind", "vote tally"),
        "stakeholder": translate("Kind", "stakeholder"),
        "relation": translate("Kind", "relation"),
        "timeline_item": translate("Kind", "timeline step"),
        "dependency": translate("Kind", "dependency"),
        "agreement": translate("Kind", "agreement"),
        "action_item": translate("Kind", "action point"),
        "attendance": translate("Kind", "attendance"),
        "phase_span": translate("Kind", "phase"),
        "note": translate("Kind", "note"),
        "link": translate("Kind", "link"),
        "knooppunt": translate("Kind", "knooppunt"),
        "apk": translate("Kind", "health check (APK)"),
    }
    return names.get(kind, kind)


def kind_label(kind: str) -> str:
    """The plural name of a kind of record, in the user's language."""
    labels = {
        "project": translate("Kinds", "project"),
        "bijeenkomst": translate("Kinds", "bijeenkomsten"),
        "round": translate("Kinds", "rounds"),
        "agenda_item": translate("Kinds", "agenda items"),
        "evening_table": translate("Kinds", "tables of an evening"),
        "cluster": translate("Kinds", "clusters"),
        "insight": translate("Kinds", "insights"),
        "vote": translate("Kinds", "vote tallies"),
        "stakeholder": translate("Kinds", "stakeholders"),
        "relation": translate("Kinds", "relations"),
        "timeline_item": translate("Kinds", "timeline steps"),
        "dependency": translate("Kinds", "dependencies"),
        "agreement": translate("Kinds", "agreements"),
        "action_item": translate("Kinds", "action points"),
        "attendance": translate("Kinds", "attendance"),
        "phase_span": translate("Kinds", "phases"),
        "note": translate("Kinds", "notes"),
        "link": translate("Kinds", "links"),
        "knooppunt": translate("Kinds", "knooppunten"),
        "apk": translate("Kinds", "health checks (APK)"),
    }
    return labels.get(kind, kind)


def field_label(name: str) -> str:
    """The name of a field as the facilitator knows it, in the user's language."""
    labels = {
        "absent_with_notice": translate("Fields", "absent with notice"),
        "after_id": translate("Fields", "step after"),
        "agenda": translate("Fields", "agenda"),
        "agenda_item_id": translate("Fields", "agenda item"),
        "autostart": translate("Fields", "start the timer"),
        "dots": translate("Fields", "stickers per participant"),
        "minutes": translate("Fields", "minutes"),
        "theme": translate("Fields", "theme"),
        "who_id": translate("Fields", "who (a party)"),
        "approach": translate("Fields", "approach"),
        "before_id": translate("Fields", "step before"),
        "bijeenkomst_id": translate("Fields", "bijeenkomst"),
        "chair": translate("Fields", "chair"),
        "cluster_id": translate("Fields", "cluster"),
        "colour": translate("Fields", "colour"),
        "communication": translate("Fields", "results communicated"),
        "communication_note": translate("Fields", "note on communication"),
        "consent": translate("Fields", "consent"),
        "contact_consent": translate("Fields", "contact consent"),
        "contact_name": translate("Fields", "contact person"),
        "count": translate("Fields", "count"),
        "current_phase": translate("Fields", "current phase"),
        "date": translate("Fields", "date"),
        "description": translate("Fields", "description"),
        "due": translate("Fields", "due"),
        "end": translate("Fields", "end"),
        "facilitation": translate("Fields", "process facilitated"),
        "facilitation_note": translate("Fields", "note on facilitation"),
        "format": translate("Fields", "format"),
        "from_id": translate("Fields", "linked from"),
        "frontrunners": translate("Fields", "front-runners"),
        "frontrunners_note": translate("Fields", "note on front-runners"),
        "goal": translate("Fields", "goal"),
        "group": translate("Fields", "group"),
        "hidden": translate("Fields", "hidden"),
        "influence": translate("Fields", "influence"),
        "interest": translate("Fields", "interest"),
        "key": translate("Fields", "Wijkkompas key"),
        "kind": translate("Fields", "kind"),
        "minute_taker": translate("Fields", "minute-taker"),
        "municipality": translate("Fields", "municipality"),
        "name": translate("Fields", "name"),
        "next_meeting": translate("Fields", "next meeting"),
        "note": translate("Fields", "note"),
        "notes": translate("Fields", "notes"),
        "number": translate("Fields", "number"),
        "organisation": translate("Fields", "organisation"),
        "owner_id": translate("Fields", "owner"),
        "participation": translate("Fields", "participation"),
        "parties": translate("Fields", "parties"),
        "phase": translate("Fields", "phase"),
        "phases": translate("Fields", "phases"),
        "place": translate("Fields", "place"),
        "position": translate("Fields", "position"),
        "postponed": translate("Fields", "times postponed"),
        "prompt": translate("Fields", "question"),
        "residents_role": translate("Fields", "residents' role"),
        "residents_role_note": translate("Fields", "note on residents' role"),
        "role": translate("Fields", "role"),
        "round_id": translate("Fields", "round"),
        "segment": translate("Fields", "segment"),
        "source_id": translate("Fields", "from"),
        "stage": translate("Fields", "stage"),
        "start": translate("Fields", "start"),
        "status": translate("Fields", "status"),
        "strength": translate("Fields", "strength"),
        "summary": translate("Fields", "summary"),
        "table": translate("Fields", "table"),
        "tables": translate("Fields", "tables"),
        "target_id": translate("Fields", "for"),
        "text": translate("Fields", "text"),
        "tips": translate("Fields", "tips"),
        "title": translate("Fields", "title"),
        "to_id": translate("Fields", "linked to"),
        "track": translate("Fields", "track"),
        "trust": translate("Fields", "trust"),
        "trust_note": translate("Fields", "note on trust"),
        "type": translate("Fields", "type"),
        "urgency": translate("Fields", "urgency"),
        "urgency_note": translate("Fields", "note on urgency"),
        "vision": translate("Fields", "vision"),
        "vision_note": translate("Fields", "note on vision"),
        "what": translate("Fields", "what"),
        "who": translate("Fields", "who"),
        "wijk": translate("Fields", "wijk"),
        "x": translate("Fields", "position across"),
        "y": translate("Fields", "position down"),
        "_deleted": translate("Fields", "deleted or kept"),
    }
    return labels.get(name, name)


def merge_counts(new: int, changed: int, deleted: int, conflicts: int) -> str:
    """'5 new, 1 changed, 0 deleted, 2 to review' in the user's language."""
    return translate(
        "Merge", "{new} new, {changed} changed, {deleted} deleted, {conflicts} to review"
    ).format(new=new, changed=changed, deleted=deleted, conflicts=conflicts)


def merge_summary_lines(summary) -> list[str]:
    """A merge summary as lines: the totals, then one line per kind of record."""
    lines = [translate("Merge", "Merged {files} file(s): {counts}").format(
        files=summary.files, counts=merge_counts(summary.total_new, summary.total_changed,
                                                 summary.total_deleted, summary.total_conflicts))]
    for kind in summary.kinds():
        lines.append(f"  {kind_label(kind)}: " + merge_counts(
            summary.new.get(kind, 0), summary.changed.get(kind, 0),
            summary.deleted.get(kind, 0), summary.conflicts.get(kind, 0)))
    erasures = getattr(summary, "erasures", [])
    if erasures:
        lines.append(translate("Merge", "Erasures of personal data (AVG): {n}").format(
            n=len(erasures)))
        lines.extend(f"  {erasure_line(e)}" for e in erasures)
    return lines


def erasure_line(erasure) -> str:
    """One erasure a merge brings, without the erased text: the kind of record, and for a
    name taken out of a text, the field and the text as it will read."""
    if not erasure.field:
        return translate("Merge", "{kind}: erased completely").format(
            kind=kind_name(erasure.kind))
    text = " ".join(erasure.text.split())
    text = text if len(text) <= 80 else text[:79] + "…"
    return translate("Merge", "{kind}, {field}: a name taken out (“{text}”)").format(
        kind=kind_name(erasure.kind), field=field_label(erasure.field), text=text)

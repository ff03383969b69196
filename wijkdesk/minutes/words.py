"""The fixed words of the minutes in Dutch (the default) and English, and dates in words.

The minutes are a document for residents, not part of the UI: their words live here, plain
Python without Qt, so that the command line and a worker thread can make them. A language
that is not listed falls back to Dutch.
"""

from __future__ import annotations

import datetime as _dt

LANGUAGES = ("nl", "en")

_NL: dict[str, str] = {
    "minutes": "Verslag",
    "minutes_of": "Verslag van {title}",
    "anonymised": "geanonimiseerde versie",
    "details": "Gegevens",
    "wijk": "Wijk",
    "date": "Datum",
    "place": "Plaats",
    "chair": "Voorzitter",
    "minute_taker": "Notulist",
    "format": "Werkvorm",
    "present": "Aanwezig",
    "residents_line": "Bewoners: {n}",
    "organisation": "Organisatie",
    "role": "Rol",
    "count": "Aantal",
    "no_attendance": "Er is geen presentie bijgehouden.",
    "named": "Aanwezig met naam (met toestemming)",
    "name": "Naam",
    "absent": "Afgemeld",
    "nobody_absent": "Niemand heeft zich afgemeld.",
    "agenda": "Agenda",
    "no_agenda": "Er is geen agenda vastgelegd.",
    "agenda_minutes": "{n} min",
    "proceedings": "Verloop van de avond",
    "other_notes": "Overige aantekeningen",
    "results": "Opbrengst van de avond",
    "round": "Ronde {n}",
    "round_format": "Werkvorm: {format}",
    "ranking": "Uitkomst van de stemming",
    "rank": "Plaats",
    "cluster": "Thema",
    "insights_n": "Inzichten",
    "votes": "Stemmen",
    "votes_n": "{n} stemmen",
    "vote_1": "1 stem",
    "shared": "gedeeld",
    "unranked": "Zonder stemmen",
    "loose": "Losse inzichten",
    "table_n": "tafel {n}",
    "no_rounds": "Deze avond zijn geen inzichten verzameld.",
    "no_insights": "In deze ronde zijn geen inzichten verzameld.",
    "agreements": "Besluitenlijst",
    "agreements_intro": "Deze afspraken zijn op de avond gemaakt.",
    "no_agreements": "Er zijn deze avond geen afspraken gemaakt.",
    "number": "Nr.",
    "agreement": "Afspraak",
    "phase": "Fase",
    "actions": "Actielijst",
    "no_actions": "Er zijn geen actiepunten.",
    "new_actions": "Actiepunten van deze avond",
    "carried_actions": "Lopende actiepunten van eerdere bijeenkomsten",
    "what": "Wat",
    "who": "Wie",
    "when": "Wanneer",
    "status": "Status",
    "from": "Uit",
    "postponed_n": "{n}× uitgesteld",
    "carried_over": "overgenomen",
    "stakeholder_map": "Omgevingskaart",
    "stakeholder_caption": (
        "De betrokken partijen en hun onderlinge relaties, zoals die nu in beeld zijn."),
    "no_stakeholders": "Er zijn nog geen partijen in beeld gebracht.",
    "map_left_out": (
        "De omgevingskaart is in deze versie weggelaten omdat er persoonsnamen in staan."),
    "timeline": "Tijdlijn",
    "timeline_caption": "Het denk-spoor en het doe-spoor over de fasen van de wijkaanpak.",
    "timeline_pending": "Tijdlijn — volgt",
    "timeline_pending_text": (
        "De tijdlijn van het denk-spoor en het doe-spoor wordt in een volgende versie van "
        "dit verslag opgenomen."),
    "no_timeline": "Er staan nog geen stappen op de tijdlijn.",
    "timeline_left_out": (
        "De tijdlijn is in deze versie weggelaten omdat er persoonsnamen in staan."),
    "apk": "APK van de wijkaanpak",
    "question": "Vraag",
    "score": "Score",
    "note": "Toelichting",
    "next_meeting": "Volgende bijeenkomst",
    "next_unknown": "De datum van de volgende bijeenkomst volgt.",
    "contents": "Inhoud",
    "page_of": "pagina {page} van ",
    "resident": "bewoner",
    "chair_default": "procesbegeleider",
    "minute_taker_default": "notulist",
    "contact_removed": "[contactgegevens weggelaten]",
    "status_open": "open",
    "status_bezig": "bezig",
    "status_klaar": "klaar",
    "status_uitgesteld": "uitgesteld",
    "no_date": "datum volgt",
    "subject": "Verslag van een bewonersavond in {wijk}",
    "email_agreements": "Afspraken",
    "email_actions": "Actiepunten",
    "email_none": "(geen)",
    "email_due": "uiterlijk {due}",
}

_EN: dict[str, str] = {
    "minutes": "Minutes",
    "minutes_of": "Minutes of {title}",
    "anonymised": "anonymised version",
    "details": "Details",
    "wijk": "Neighbourhood",
    "date": "Date",
    "place": "Place",
    "chair": "Chair",
    "minute_taker": "Minute-taker",
    "format": "Format",
    "present": "Present",
    "residents_line": "Residents: {n}",
    "organisation": "Organisation",
    "role": "Role",
    "count": "Number",
    "no_attendance": "No attendance was recorded.",
    "named": "Present by name (with consent)",
    "name": "Name",
    "absent": "Absent with notice",
    "nobody_absent": "Nobody sent apologies.",
    "agenda": "Agenda",
    "no_agenda": "No agenda was recorded.",
    "agenda_minutes": "{n} min",
    "proceedings": "Proceedings",
    "other_notes": "Other notes",
    "results": "What the evening produced",
    "round": "Round {n}",
    "round_format": "Format: {format}",
    "ranking": "Result of the vote",
    "rank": "Rank",
    "cluster": "Theme",
    "insights_n": "Insights",
    "votes": "Votes",
    "votes_n": "{n} votes",
    "vote_1": "1 vote",
    "shared": "shared",
    "unranked": "Without votes",
    "loose": "Loose insights",
    "table_n": "table {n}",
    "no_rounds": "No insights were collected this evening.",
    "no_insights": "No insights were collected in this round.",
    "agreements": "Decisions",
    "agreements_intro": "These agreements were made during the evening.",
    "no_agreements": "No agreements were made this evening.",
    "number": "No.",
    "agreement": "Agreement",
    "phase": "Phase",
    "actions": "Action points",
    "no_actions": "There are no action points.",
    "new_actions": "Action points of this evening",
    "carried_actions": "Open action points of earlier meetings",
    "what": "What",
    "who": "Who",
    "when": "When",
    "status": "Status",
    "from": "From",
    "postponed_n": "postponed {n}×",
    "carried_over": "carried over",
    "stakeholder_map": "Stakeholder map",
    "stakeholder_caption": "The parties involved and how they relate, as far as known now.",
    "no_stakeholders": "No parties have been mapped yet.",
    "map_left_out": "The stakeholder map is left out of this version: it shows personal names.",
    "timeline": "Timeline",
    "timeline_caption": "The thinking track and the doing track over the phases.",
    "timeline_pending": "Timeline — to follow",
    "timeline_pending_text": (
        "The timeline of both tracks will be part of a later version of these minutes."),
    "no_timeline": "There are no steps on the timeline yet.",
    "timeline_left_out": "The timeline is left out of this version: it shows personal names.",
    "apk": "Health check of the approach",
    "question": "Question",
    "score": "Score",
    "note": "Note",
    "next_meeting": "Next meeting",
    "next_unknown": "The date of the next meeting will follow.",
    "contents": "Contents",
    "page_of": "page {page} of ",
    "resident": "resident",
    "chair_default": "facilitator",
    "minute_taker_default": "minute-taker",
    "contact_removed": "[contact details removed]",
    "status_open": "open",
    "status_bezig": "in progress",
    "status_klaar": "done",
    "status_uitgesteld": "postponed",
    "no_date": "date to follow",
    "subject": "Minutes of a residents' meeting in {wijk}",
    "email_agreements": "Agreements",
    "email_actions": "Action points",
    "email_none": "(none)",
    "email_due": "by {due}",
}

_WORDS = {"nl": _NL, "en": _EN}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def language(lang: str | None) -> str:
    """The language the minutes are written in: "nl" or "en" (Dutch for anything else)."""
    code = (lang or "nl").split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "nl"


def words(lang: str | None) -> dict[str, str]:
    """Every fixed word of the minutes in one language."""
    return _WORDS[language(lang)]


def date_in_words(iso: str | None, lang: str | None = "nl", *, weekday: bool = False) -> str:
    """"2026-11-12" → "12 november 2026" (or "donderdag 12 november 2026"); "" when unset."""
    if not iso:
        return ""
    try:
        day = _dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    code = language(lang)
    month = _MONTHS[code][day.month - 1]
    text = f"{month} {day.day}, {day.year}" if code == "en" else f"{day.day} {month} {day.year}"
    if weekday:
        text = f"{_DAYS[code][day.weekday()]} {text}"
    return text


def short_date(iso: str | None, lang: str | None = "nl") -> str:
    """"2026-01-20" → "20-01-2026" (Dutch) or "20 Jan 2026" (English); "" when unset."""
    if not iso:
        return ""
    try:
        day = _dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    if language(lang) == "en":
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year}"

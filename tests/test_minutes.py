"""The minutes (issue 7): content, the PDF, the anonymised variant, e-mail text and the CLI.

No Qt. The PDF is read back with ``tests/pdf_util.py`` (structure, metadata, text through the
fonts' /ToUnicode maps); ``qpdf --check`` and ``pdftotext`` are used as well when installed.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import DEVICE_A
from tests.pdf_util import Pdf, normalised, qpdf_check, texts
from tests.util import ROOT, assert_one_line_error, run_cli, sha256, tree_state
from wijkdesk.minutes.content import (
    Minutes,
    anonymise,
    build_minutes,
    email_text,
    find_session,
    known_names,
    name_roles,
)
from wijkdesk.minutes.pdf import TOC_AFTER_PAGES, check_logo, write_pdf
from wijkdesk.model import Project
from wijkdesk.model.demo import build_demo
from wijkdesk.model.errors import WijkdeskError

SECOND = "Bewonersavond 2: Eerste stappen kiezen"
HEADINGS = ("Aanwezig", "Afgemeld", "Agenda", "Opbrengst van de avond", "Besluitenlijst",
            "Actielijst", "Volgende bijeenkomst", "Omgevingskaart", "Tijdlijn")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "klaverveld.wijkdesk"
    build_demo(path, device=DEVICE_A).close()
    return path


@pytest.fixture(scope="module")
def demo(demo_path):
    with Project.open(demo_path, device=DEVICE_A) as p:
        yield p


@pytest.fixture(scope="module")
def second(demo) -> Minutes:
    return build_minutes(demo, find_session(demo, SECOND))


@pytest.fixture(scope="module")
def second_pdf(second, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "verslag.pdf"
    write_pdf(second, out, organisation="Gemeente Wisselmonde")
    return out


def _all_text(path: Path) -> list[str]:
    """The normalised text by each extractor at hand."""
    return [normalised(t) for t in texts(path)]


# -- the demo's second evening -------------------------------------------------------------


def test_second_evening_pdf_is_valid_and_complete(demo, second_pdf):
    assert second_pdf.read_bytes().startswith(b"%PDF-1.")
    pdf = Pdf.read(second_pdf)  # xref offsets, trailer, every reference, stream lengths
    assert qpdf_check(second_pdf) in (True, None)
    evening = find_session(demo, SECOND)
    rounds = demo.all("round", bijeenkomst_id=evening)
    insights = [i.text for r in rounds for i in demo.all("insight", round_id=r.id)]
    agreements = [a.text for a in demo.all("agreement", bijeenkomst_id=evening)]
    actions = [a.what for a in demo.all("action_item", bijeenkomst_id=evening)]
    carried = [a.what for e in demo.all("bijeenkomst") if e.id != evening
               for a in demo.all("action_item", bijeenkomst_id=e.id) if a.status != "klaar"]
    assert len(insights) > 30 and agreements and actions and carried
    pages = len(pdf.pages())
    assert pages > TOC_AFTER_PAGES
    for text in _all_text(second_pdf):
        for heading in (*HEADINGS, "Inhoud"):
            assert heading in text, heading
        for expected in [*insights, *agreements, *actions, *carried]:
            assert normalised(expected) in text, expected
        assert f"pagina 1 van {pages}" in text
        assert f"pagina {pages} van {pages}" in text
        assert "Energiecoöperatie Klaverkracht" in text and "Eén nieuwsbrief" in text
        assert "None" not in text
    info = pdf.info()
    assert SECOND in info["Title"] and "Klaverveld" in info["Title"]
    assert info["Author"] == "Gemeente Wisselmonde"
    assert "Klaverveld" in info["Subject"]
    assert pdf.lang() == "nl-NL"
    assert b"/Outlines" in pdf.catalog()


def test_pdf_uses_only_the_shipped_font_and_crisp_figures(second, second_pdf):
    data = second_pdf.read_bytes()
    fonts = set(re.findall(rb"/BaseFont\s*/([\w+\-]+)", data))
    assert fonts and all(f.split(b"+")[-1].startswith(b"DejaVuSans") for f in fonts), fonts
    assert len(set(re.findall(rb"/FontFile2\s+\d+", data))) == len(fonts)  # all embedded
    figures = [f for f in second.figures if f.png is not None]
    assert {f.key for f in figures} >= {"stakeholders"}
    for f in figures:
        with Image.open(io.BytesIO(f.png)) as im:
            assert im.info["dpi"][0] >= 199.9
    # Each picture is drawn at 200 dpi or finer: its pixels over its size on the page.
    pdf = Pdf.read(second_pdf)
    seen = 0
    for page in pdf.pages():
        body = pdf.obj(page)
        images = pdf._named(pdf._resources(body), b"XObject")
        ref = int(re.search(rb"/Contents\s+(\d+)\s+0\s+R", body).group(1))
        for width_pt, _h, name in re.findall(
                rb"([\d.]+) 0 0 ([\d.]+) [\d.\-]+ [\d.\-]+ cm\s*/(\S+) Do", pdf.stream(ref)):
            image = pdf.obj(images[name])
            if not re.search(rb"/Subtype\s*/Image\b", image.split(b"stream", 1)[0]):
                continue
            pixels = int(re.search(rb"/Width\s+(\d+)", image).group(1))
            assert pixels / (float(width_pt) / 72) >= 199, (name, pixels, width_pt)
            seen += 1
    assert seen == len(figures)


def test_second_evening_content(second):
    assert second.title == SECOND and second.wijk == "Klaverveld"
    assert second.date == "donderdag 12 november 2026"
    assert second.residents == 42
    assert [a.organisation for a in second.absent] == ["Netbeheer Waardland",
                                                       "Gemeente Wisselmonde"]
    assert [i.number for i in second.agenda] == [str(n) for n in range(1, 10)]
    first = second.rounds[0]
    assert [c.rank for c in first.clusters] == [1, 2, 3, 4, 5]
    assert [c.votes for c in first.clusters] == sorted((c.votes for c in first.clusters),
                                                       reverse=True)
    assert first.loose and not any(c.shared for c in first.clusters)
    assert [a.number for a in second.agreements] == [1, 2, 3, 4, 5]
    carried = second.carried_actions
    assert {a.what for a in carried} == {
        "Geluidsmetingen van warmtepompen in vergelijkbare wijken opvragen",
        "Netbeheerder uitnodigen voor een toelichting op de volgende avond"}
    assert all(a.origin == "17-09-2026" for a in carried)
    assert next(a for a in carried if a.postponed).postponed == 2
    assert second.named == []  # the demo records no names


def test_latest_evening_is_the_default(demo):
    assert build_minutes(demo, figures=False).title == SECOND


# -- ranking, agenda texts, empty and long content ----------------------------------------


def test_ranking_with_ties_and_loose_insights_last(project):
    evening = project.all("bijeenkomst")[0].id
    round_id = project.all("round")[0].id
    ids = {}
    for name, votes in (("Groen", 5), ("Verkeer", 9), ("Spelen", 5), ("Stilte", 1)):
        ids[name] = project.add("cluster", round_id=round_id, name=name)
        project.add("insight", round_id=round_id, text=f"Over {name.lower()}",
                    cluster_id=ids[name])
        project.add("vote", round_id=round_id, target_id=ids[name], count=votes)
    loose = project.add("insight", round_id=round_id, text="Los idee met veel stemmen")
    project.add("vote", round_id=round_id, target_id=loose, count=50)
    project.add("insight", round_id=round_id, text="Los idee zonder stemmen")
    m = build_minutes(project, evening, figures=False)
    r = m.rounds[0]
    assert [(c.name, c.votes, c.rank, c.shared) for c in r.clusters] == [
        ("Verkeer", 9, 1, False), ("Groen", 5, 2, True), ("Spelen", 5, 2, True),
        ("Stilte", 1, 4, False)]
    assert [i.text for i in r.loose] == ["Los idee met veel stemmen", "Los idee zonder stemmen"]


def test_clusters_without_votes_have_no_rank(project, tmp_path):
    """Issue 16, point 9: a cluster with 0 votes is no last place; the minutes name it after
    the ranked ones, under "Zonder stemmen", in the content and the PDF."""
    evening = project.all("bijeenkomst")[0].id
    round_id = project.all("round")[0].id
    for name, votes in (("Parkeren", 0), ("Groen", 4), ("Speeltuin", 0), ("Verkeer", 7)):
        cluster = project.add("cluster", round_id=round_id, name=name)
        project.add("insight", round_id=round_id, text=f"Over {name.lower()}",
                    cluster_id=cluster)
        if votes:
            project.add("vote", round_id=round_id, target_id=cluster, count=votes)
    m = build_minutes(project, evening, figures=False)
    r = m.rounds[0]
    assert [(c.name, c.votes, c.rank, c.shared) for c in r.clusters] == [
        ("Verkeer", 7, 1, False), ("Groen", 4, 2, False), ("Parkeren", 0, 0, False),
        ("Speeltuin", 0, 0, False)]
    assert [c.name for c in r.ranked] == ["Verkeer", "Groen"]
    assert [c.name for c in r.unranked] == ["Parkeren", "Speeltuin"]
    out = write_pdf(m, tmp_path / "stemmen.pdf")
    for text in _all_text(out):
        table = text[text.index("Uitkomst van de stemming"):text.index("Zonder stemmen")]
        assert "1 Verkeer 1 7" in table and "2 Groen 1 4" in table
        assert "Parkeren" not in table and "Speeltuin" not in table  # no 3rd or 4th place
        assert "Zonder stemmen: Parkeren, Speeltuin" in text
        assert "3 Parkeren" not in text and "3 Speeltuin" not in text
    english = write_pdf(build_minutes(project, evening, figures=False, lang="en"),
                        tmp_path / "votes.pdf")
    assert all("Without votes: Parkeren, Speeltuin" in t for t in _all_text(english))


def test_agenda_items_take_their_text_from_notes(project):
    evening = project.all("bijeenkomst")[0].id
    project.update("bijeenkomst", evening, agenda="1. Opening\n2. Vragen en antwoorden\n"
                   "3) Rondvraag\n- Sluiting")
    project.add("note", bijeenkomst_id=evening, title="Vragen en antwoorden",
                text="Kan ik zelf kiezen? Ja, tot 2030.")
    project.add("note", bijeenkomst_id=evening, title="3", text="Geen vragen.")
    project.add("note", bijeenkomst_id=evening, title="Sfeer", text="Goed.")
    project.add("note", bijeenkomst_id=None, title="Niet van deze avond", text="Weg.")
    m = build_minutes(project, evening, figures=False)
    assert [(i.number, i.title, i.text) for i in m.agenda] == [
        ("1", "Opening", ""), ("2", "Vragen en antwoorden", "Kan ik zelf kiezen? Ja, tot 2030."),
        ("3", "Rondvraag", "Geen vragen."), ("4", "Sluiting", "")]
    assert [(n.title, n.text) for n in m.notes] == [("Sfeer", "Goed.")]


def test_an_empty_evening_gives_sensible_blanks(project, tmp_path):
    evening = project.all("bijeenkomst")[0].id
    second = project.add("round", bijeenkomst_id=evening, prompt="Nog een vraag", position=1)
    project.add("insight", round_id=second, text="Het enige inzicht")
    m = build_minutes(project, evening)
    out = write_pdf(m, tmp_path / "leeg.pdf")
    pdf = Pdf.read(out)
    assert len(pdf.pages()) <= TOC_AFTER_PAGES
    for text in _all_text(out):
        assert "None" not in text and "Inhoud" not in text
        assert "pagina 1 van " in text
        assert "In deze ronde zijn geen inzichten verzameld." in text
        assert "Er zijn deze avond geen afspraken gemaakt." in text
        assert "Er zijn geen actiepunten." in text
        assert "Er is geen presentie bijgehouden." in text
        assert "Er zijn nog geen partijen in beeld gebracht." in text
        assert "De datum van de volgende bijeenkomst volgt." in text
        assert "Er staan nog geen stappen op de tijdlijn." in text
        assert "Voorzitter" not in text  # an empty field leaves its row out


def test_no_rounds_at_all_says_so(project, tmp_path):
    evening = project.add("bijeenkomst", title="Zonder rondes", date="2026-10-01")
    m = build_minutes(project, evening, figures=False)
    out = write_pdf(m, tmp_path / "zonder.pdf")
    assert all("Deze avond zijn geen inzichten verzameld." in t for t in _all_text(out))


def test_very_long_texts_and_words_wrap(project, tmp_path):
    evening = project.all("bijeenkomst")[0].id
    round_id = project.all("round")[0].id
    word = "Warmte" + "transitie" * 60
    sentence = "Een heel lang inzicht over de wijk & <haar> “toekomst” – € 100. " * 60
    project.add("insight", round_id=round_id, text=word[:1900])
    project.add("insight", round_id=round_id, text=sentence[:2000])
    project.add("action_item", bijeenkomst_id=evening, what=word[:1900], who="x" * 300)
    m = build_minutes(project, evening, figures=False)
    out = write_pdf(m, tmp_path / "lang.pdf")
    for text in _all_text(out):
        squeezed = text.replace(" ", "")
        assert word[:1900] in squeezed
        assert normalised(sentence[:200]) in text


# -- the anonymised minutes ----------------------------------------------------------------

#: Personal names seeded into every place a name can go; none may reach the anonymised PDF.
RESIDENT = "Henk Blauwhoed"
PROFESSIONAL = "Ingrid Zwartveld"
CHAIR = "Pieter-Jan Korenbloem"
TAKER = "Sanne Vossenhol"
CONTACT = "Gerrit Eikenlaan"
WHO = "Fatima Berkenrode"
ABSENT = "Willemijn Dorrestein"
NAMES = (RESIDENT, PROFESSIONAL, CHAIR, TAKER, CONTACT, WHO, ABSENT)
PARTS = ("Henk", "Blauwhoed", "Ingrid", "Zwartveld", "Pieter-Jan", "Korenbloem", "Sanne",
         "Vossenhol", "Gerrit", "Eikenlaan", "Fatima", "Berkenrode", "Willemijn", "Dorrestein")
CONTACTS = ("06-12345678", "henk@blauwhoed.example", "+31 6 1234 5678", "De Wilde")


@pytest.fixture
def seeded(demo_path, tmp_path) -> Project:
    """The demo with personal names in every place a name can go, on the second evening."""
    path = tmp_path / "namen.wijkdesk"
    shutil.copy(demo_path, path)
    p = Project.open(path, device=DEVICE_A)
    evening = find_session(p, SECOND)
    b = p.get("bijeenkomst", evening)
    p.update("bijeenkomst", evening, chair=CHAIR, minute_taker=f"{TAKER} (notulist)",
             agenda=b.agenda + f"\n10. Dankwoord door {CHAIR}",
             next_meeting=b.next_meeting + f"; aanmelden bij {CONTACT.split()[0]}")
    p.add("agenda_item", bijeenkomst_id=evening, title=f"Dankwoord door {CHAIR}",
          who=f"{TAKER} (notulist)", minutes=5, position=9)  # the programme's 10th item
    p.add("attendance", bijeenkomst_id=evening, group="bewoners", role="bewoner",
          name=RESIDENT, consent=True, count=1)
    p.add("attendance", bijeenkomst_id=evening, group="politie", organisation="Politie",
          role="wijkagent", name=PROFESSIONAL, consent=True, count=1)
    p.add("attendance", bijeenkomst_id=evening, group="bewoners", name=ABSENT, consent=True,
          absent_with_notice=True, count=1)
    stakeholder = p.all("stakeholder")[0]
    p.update("stakeholder", stakeholder.id, contact_name=CONTACT, contact_consent=True)
    p.add("stakeholder", name=f"Buurtgroep van {RESIDENT}", type="bewonersgroep")
    round_id = p.all("round", bijeenkomst_id=evening)[0].id
    p.add("insight", round_id=round_id,
          text=f"{RESIDENT.split()[0]} wil meedoen met de proefstraat, zegt mevrouw De Wilde.")
    cluster = p.add("cluster", round_id=round_id, name=f"Ideeën van {WHO.split()[0]}")
    p.add("insight", round_id=round_id, cluster_id=cluster,
          text=f"Vraag het {PROFESSIONAL}, bel 06-12345678 of +31 6 1234 5678.")
    p.add("note", bijeenkomst_id=evening, title="Vragen en antwoorden",
          text=f"{PROFESSIONAL.split()[1]} legt uit hoe de wijkagent helpt. Mail "
               f"henk@blauwhoed.example voor vragen aan {RESIDENT}.")
    p.add("agreement", bijeenkomst_id=evening, number=6,
          text=f"Afgesproken wordt dat {CHAIR.split()[1]} de bewoners van de flat belt.")
    p.add("action_item", bijeenkomst_id=evening, number=6, who=WHO,
          what=f"Uitnodiging rondbrengen met {TAKER.split()[0]}", due="2027-01-10")
    yield p
    p.close()


def test_known_names_finds_every_name_and_no_role(seeded):
    names = {n.casefold() for n in known_names(seeded)}
    for name in (*NAMES, *PARTS):
        assert name.casefold() in names, name
    for role in ("wijkregisseur", "griffier", "projectleider duurzaamheid", "secretaris",
                 "notulist", "gemeente wisselmonde", "energiecoöperatie klaverkracht",
                 "van", "der"):
        assert role not in names, role
    roles = name_roles(seeded)
    assert roles[PROFESSIONAL.casefold()] == "wijkagent, Politie"
    assert roles["vossenhol"] == "notulist"


def test_anonymised_pdf_has_no_name_and_says_bewoner(seeded, tmp_path):
    evening = find_session(seeded, SECOND)
    plain = write_pdf(build_minutes(seeded, evening), tmp_path / "gewoon.pdf")
    # The names reached the ordinary minutes (else this test would prove nothing)...
    for text in _all_text(plain):
        for name in (*NAMES[:3], *CONTACTS[:3]):
            assert name.casefold() in text.casefold(), name
    anon = write_pdf(build_minutes(seeded, evening, anonymous=True), tmp_path / "anoniem.pdf")
    pdf = Pdf.read(anon)
    # ...and none of them, nor any part of them, reached the anonymised minutes.
    for text in [*_all_text(anon), json.dumps(pdf.info(), ensure_ascii=False)]:
        folded = text.casefold()
        for name in (*NAMES, *PARTS, *CONTACTS):
            assert not re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded), name
    text = _all_text(anon)[0]
    assert "bewoner" in text
    assert "Voorzitter procesbegeleider" in text  # chair by role when nothing else is known
    assert "Notulist notulist" in text
    assert "wijkagent legt uit" in text.replace("Wijkagent", "wijkagent")
    assert "[contactgegevens weggelaten]" in text
    assert "Aanwezig met naam" not in text
    assert "De omgevingskaart is in deze versie weggelaten" in text
    assert "geanonimiseerde versie" in pdf.info()["Title"]


def test_anonymise_works_on_the_minutes_alone():
    m = Minutes(lang="nl", anonymous=False, bijeenkomst_id="x", date_iso="2026-01-01",
                title="Avond met Jan de Vries", wijk="Noord", municipality="", project_name="",
                date="1 januari 2026", place="Buurthuis",
                chair="Jan de Vries (gemeente Noord, procesbegeleider)",
                minute_taker="Els Pronk", format="plenair", next_meeting="Bel JAN DE VRIES")
    out = anonymise(m, {"Jan de Vries", "Jan", "Vries", "Els Pronk", "Els", "Pronk"},
                    {"jan de vries": "procesbegeleider, gemeente Noord"})
    assert out.chair == "procesbegeleider, gemeente Noord"
    assert out.minute_taker == "notulist"
    assert out.title == "Avond met procesbegeleider"
    assert out.next_meeting == "Bel procesbegeleider"
    assert out.anonymous and not m.anonymous  # a copy: the original is unchanged
    en = anonymise(Minutes(**{**m.__dict__, "lang": "en", "chair": "Els Pronk"}),
                   {"Els Pronk"})
    assert en.chair == "facilitator" and en.title == "Avond met Jan de Vries"


# -- e-mail text ----------------------------------------------------------------------------


def test_email_text_lists_agreements_and_actions(second):
    text = email_text(second)
    assert text.startswith("Verslag: " + SECOND)
    for a in second.agreements:
        assert f"{a.number}. {a.text}" in text
    for a in second.actions:
        assert a.what in text
    assert "Lopende actiepunten van eerdere bijeenkomsten" in text
    assert "2× uitgesteld" in text
    assert "None" not in text


# -- writing: atomic, cancellable, never over the project -------------------------------------


def test_progress_is_reported(second, tmp_path):
    calls: list[tuple[int, int]] = []
    write_pdf(second, tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 10
    assert all(0 <= d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]


@pytest.mark.parametrize("after", [0, 5, 60])
def test_cancelling_leaves_no_file(second, tmp_path, after):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(WijkdeskError) as info:
        write_pdf(second, tmp_path / "weg.pdf", cancelled=cancelled)
    assert info.value.code == "cancelled"
    assert list(tmp_path.iterdir()) == []


def test_an_existing_pdf_is_replaced_whole_or_kept(second, tmp_path):
    out = tmp_path / "v.pdf"
    out.write_bytes(b"old")
    with pytest.raises(WijkdeskError):
        write_pdf(second, out, cancelled=lambda: True)
    assert out.read_bytes() == b"old"
    write_pdf(second, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.pdf"]


def test_unwritable_targets_give_a_message_and_leave_nothing(second, tmp_path):
    before = tree_state(tmp_path)
    with pytest.raises(WijkdeskError) as info:
        write_pdf(second, tmp_path / "bestaat-niet" / "v.pdf")
    assert info.value.code == "write_failed"
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    with pytest.raises(WijkdeskError) as info:
        write_pdf(second, folder)
    assert info.value.code == "write_failed"
    assert tree_state(tmp_path) == {**before, "map.pdf": "<dir>"}


def test_never_over_the_project_file(demo_path, tmp_path):
    copy = tmp_path / "kopie.wijkdesk"
    shutil.copy(demo_path, copy)
    with Project.open(copy, device=DEVICE_A) as p:
        m = build_minutes(p, figures=False)
    before = sha256(copy)
    for target in (copy, tmp_path / "ander.wijkdesk"):
        with pytest.raises(WijkdeskError) as info:
            write_pdf(m, target)
        assert info.value.code == "export_over_project"
    disguised = tmp_path / "verslag.pdf"
    shutil.copy(copy, disguised)  # a project file renamed to .pdf is not overwritten either
    with pytest.raises(WijkdeskError):
        write_pdf(m, disguised)
    assert sha256(copy) == before == sha256(disguised)


# -- logo and organisation ----------------------------------------------------------------


def test_logo_is_checked_and_shown(second, tmp_path):
    text_file = tmp_path / "logo.png"
    text_file.write_text("geen plaatje", encoding="utf-8")
    with pytest.raises(WijkdeskError) as info:
        check_logo(text_file)
    assert info.value.code == "logo_not_image"
    huge = tmp_path / "groot.png"
    Image.new("1", (6000, 5000)).save(huge)
    with pytest.raises(WijkdeskError) as info:
        check_logo(huge)
    assert info.value.code == "logo_too_large"
    logo = tmp_path / "wapen.png"
    Image.new("RGB", (300, 120), "#1f4e79").save(logo)
    assert check_logo(logo) == logo
    m = Minutes(**{**second.__dict__, "figures": []})
    out = write_pdf(m, tmp_path / "logo.pdf", organisation="Gemeente Wisselmonde", logo=logo)
    assert re.search(rb"/Width\s+300\b", out.read_bytes())
    with pytest.raises(WijkdeskError):
        write_pdf(m, tmp_path / "slecht.pdf", logo=text_file)
    assert not (tmp_path / "slecht.pdf").exists()


def test_english_minutes(demo, tmp_path):
    m = build_minutes(demo, lang="en", anonymous=True, figures=False)
    assert m.date == "Thursday November 12, 2026"
    out = write_pdf(m, tmp_path / "en.pdf")
    pdf = Pdf.read(out)
    assert pdf.lang() == "en-GB"
    text = _all_text(out)[0]
    for heading in ("Present", "Decisions", "Action points", "Next meeting", "page 1 of"):
        assert heading in text
    assert "Residents: 42" in text


def test_the_latest_apk_is_shown_when_there_is_one(second, tmp_path):
    from wijkdesk.minutes.content import Apk, ApkScore

    apk = Apk("1 oktober 2026", [ApkScore("Voelen alle partijen de urgentie?", 4, "Ja, vooral"),
                                 ApkScore("Groeit het vertrouwen?", 2, "")], "Werk aan de winkel.")
    m = Minutes(**{**second.__dict__, "figures": [], "apk": apk})
    out = write_pdf(m, tmp_path / "apk.pdf")
    text = _all_text(out)[0]
    assert "APK van de wijkaanpak" in text and "Groeit het vertrouwen?" in text
    assert "Werk aan de winkel." in text


def test_the_demos_apk_is_in_its_minutes_and_pdf(demo, second, second_pdf):
    assert second.apk is not None
    assert second.apk.date == "12 november 2026"
    assert [x.score for x in second.apk.scores] == [4, 3, 3, 3, 4, 3, 3]
    assert second.apk.scores[3].question == "Groeit het vertrouwen?"
    assert second.apk.scores[3].note.startswith("De proefstraat en het spreekuur helpen")
    text = _all_text(second_pdf)[0]
    assert "APK van de wijkaanpak" in text and "Worden de resultaten goed gecommuniceerd?" in text
    assert "De proefstraat en het spreekuur helpen" in text
    assert "Meer richting en meer vertrouwen" in text
    first = build_minutes(demo, find_session(demo, "1"), figures=False)
    assert first.apk is not None and first.apk.date == "17 september 2026"
    assert first.apk.scores[1].score == 2


def test_the_minutes_show_the_latest_apk_on_or_before_the_evening(project, tmp_path):
    from wijkdesk.model import kompas
    from wijkdesk.model.board import EditLog

    first = project.all("bijeenkomst")[0].id  # 17 September 2026
    later = project.add("bijeenkomst", title="Later", date="2026-12-01")
    undated = project.add("bijeenkomst", title="Zonder datum")
    assert build_minutes(project, first, figures=False).apk is None
    kompas.save_apk(EditLog(project), later, None, {"urgency": 5}, {})
    assert build_minutes(project, first, figures=False).apk is None  # held after it
    assert build_minutes(project, undated, figures=False).apk is None
    kompas.save_apk(EditLog(project), None, "2026-06-01", {"trust": 2},
                    {"urgency": "Nog niet besproken"}, "Voorjaar")
    m = build_minutes(project, first, figures=False, lang="en")
    assert m.apk.date == "June 1, 2026" and m.apk.summary == "Voorjaar"
    assert [(x.question, x.score, x.note) for x in m.apk.scores] == [
        ("Do all parties feel the urgency?", 0, "Nog niet besproken"),
        ("Is trust growing?", 2, "")]
    m = build_minutes(project, later, figures=False)
    assert [x.question for x in m.apk.scores] == ["Voelen alle partijen de urgentie?"]
    # An APK at an evening counts for it even if dated after it; the evening's own goes first.
    kompas.save_apk(EditLog(project), first, "2026-09-20", {"vision": 4}, {})
    m = build_minutes(project, first, figures=False)
    assert [x.question for x in m.apk.scores] == ["Is de visie nog in beeld?"]
    out = write_pdf(Minutes(**{**m.__dict__}), tmp_path / "apk.pdf")
    text = _all_text(out)[0]
    assert "Is de visie nog in beeld?" in text and "20 september 2026" in text
    # The anonymised minutes take the names out of the APK's notes too.
    project.update("bijeenkomst", first, chair="Piet Paulusma")
    kompas.save_apk(EditLog(project), first, None, {}, {"vision": "Piet Paulusma legt uit"})
    anonymous = build_minutes(project, first, figures=False, anonymous=True)
    assert "Paulusma" not in anonymous.apk.scores[0].note
    assert anonymous.apk.scores[0].note.endswith("legt uit")


# -- finding the evening ------------------------------------------------------------------


def test_find_session(demo, project):
    evenings = demo.all("bijeenkomst", order="date")
    assert find_session(demo) == evenings[-1].id
    assert find_session(demo, "2026-09-17") == evenings[0].id
    assert find_session(demo, SECOND.upper()) == evenings[1].id
    assert find_session(demo, "1") == evenings[0].id
    assert find_session(demo, evenings[0].id) == evenings[0].id
    with pytest.raises(WijkdeskError) as info:
        find_session(demo, "Bewonersavond 9")
    assert info.value.code == "no_session"
    project.add("bijeenkomst", title="Tweede", date="2026-09-17")
    with pytest.raises(WijkdeskError) as info:
        find_session(project, "2026-09-17")
    assert info.value.code == "session_ambiguous"


def test_no_evenings(tmp_path):
    with Project.create(tmp_path / "leeg.wijkdesk", device=DEVICE_A) as p:
        with pytest.raises(WijkdeskError) as info:
            build_minutes(p)
        assert info.value.code == "no_evenings"


# -- the command line ---------------------------------------------------------------------


def test_cli_writes_the_minutes(demo_path, tmp_path):
    out = tmp_path / "verslag.pdf"
    result = run_cli("minutes", demo_path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert all(SECOND in t for t in _all_text(out))
    first = tmp_path / "eerste.pdf"
    result = run_cli("minutes", demo_path, "--session", "2026-09-17", "--anonymous",
                     "-o", first)
    assert result.returncode == 0, result.stderr
    text = _all_text(first)[0]
    assert "Bewonersavond 1" in text and "geanonimiseerde versie" in text


def test_cli_unknown_session_is_a_clear_error(demo_path, tmp_path):
    out = tmp_path / "nooit.pdf"
    line = assert_one_line_error(run_cli("--lang", "en", "minutes", demo_path, "--session",
                                         "Avond die er niet is", "-o", out))
    assert "Avond die er niet is" in line and "no bijeenkomst" in line
    assert not out.exists()
    line = assert_one_line_error(run_cli("minutes", demo_path, "-o", demo_path))
    assert "projectbestand" in line or "project file" in line


# -- no Qt ----------------------------------------------------------------------------------


def test_minutes_load_no_qt(tmp_path, demo_path):
    code = (
        "import sys, json\n"
        "from wijkdesk.model import Project\n"
        "from wijkdesk.minutes.content import build_minutes\n"
        "from wijkdesk.minutes.pdf import write_pdf\n"
        "with Project.open(sys.argv[1], read_only=True) as p:\n"
        "    m = build_minutes(p, figures=False)\n"
        "write_pdf(m, sys.argv[2])\n"
        "print(json.dumps(sorted(n for n in sys.modules if n.startswith(('PySide6', "
        "'shiboken6', 'wijkdesk.ui')))))\n")
    result = subprocess.run([sys.executable, "-c", code, str(demo_path),
                             str(tmp_path / "x.pdf")], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_timeline_section_waits_for_the_timeline(demo, tmp_path, monkeypatch):
    from wijkdesk.minutes import content

    monkeypatch.setattr(content, "_timeline_exporter", lambda: None)
    m = build_minutes(demo)
    timeline = next(f for f in m.figures if f.key == "timeline")
    assert timeline.pending and timeline.png is None
    out = write_pdf(m, tmp_path / "zonder-tijdlijn.pdf")
    assert all("Tijdlijn — volgt" in t for t in _all_text(out))


def test_a_timeline_naming_a_person_is_left_out_of_the_anonymised_minutes(seeded):
    from wijkdesk.minutes.content import make_figures

    seeded.add("timeline_item", track="doe", title=f"Gesprek met {RESIDENT}",
               start="2027-01-05")
    names = known_names(seeded)
    figures = {f.key: f for f in make_figures(seeded, "nl", names)}
    assert figures["timeline"].png is None
    assert "persoonsnamen" in figures["timeline"].placeholder
    assert {f.key: f for f in make_figures(seeded, "nl")}["timeline"].png is not None

"""An evening's programme (issue 16, point 1): agenda items and their rounds in order, editing
and reordering them as undoable steps, the next round and the next agenda item, the evening
templates in ``resources/templates/avonden`` (and a damaged one skipped), and a copy of an
earlier evening's programme. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijkdesk.model import ValidationError
from wijkdesk.model import programme as pg
from wijkdesk.model.board import EditLog
from wijkdesk.model.dump import dump_text
from wijkdesk.model.kinds import FORMATS, STAGES

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "resources" / "templates" / "avonden"


@pytest.fixture
def evening(project):
    return project.all("bijeenkomst")[0].id


def prompts(project, evening) -> list[str]:
    return [r.prompt for r in pg.run_order(project, evening)]


def outline(project, evening) -> list[tuple]:
    """(item title or None, [round prompts]) in programme order."""
    return [(p.item.title if p.item else None, [r.prompt for r in p.rounds])
            for p in pg.programme(project, evening)]


def build(project, evening) -> dict[str, str]:
    """Two agenda items with two and one rounds; the fixture's round stays loose."""
    log = EditLog(project)
    ids = {"welkom": pg.add_agenda_item(log, evening, "Welkom", minutes=10, who="voorzitter"),
           "rondes": pg.add_agenda_item(log, evening, "Rondes", minutes=45)}
    ids["r1"] = pg.add_round(log, evening, "Wat is mooi?", agenda_item_id=ids["rondes"],
                             minutes=20, autostart=True)
    ids["r2"] = pg.add_round(log, evening, "Wat kan beter?", agenda_item_id=ids["rondes"])
    ids["afsluiting"] = pg.add_agenda_item(log, evening, "Afsluiting", minutes=5)
    ids["r3"] = pg.add_round(log, evening, "Wat nemen we mee?", agenda_item_id=ids["afsluiting"])
    return ids


def test_programme_in_order_with_loose_rounds_last(project, evening):
    build(project, evening)
    assert outline(project, evening) == [
        ("Welkom", []), ("Rondes", ["Wat is mooi?", "Wat kan beter?"]),
        ("Afsluiting", ["Wat nemen we mee?"]), (None, ["Wat maakt deze wijk de moeite waard?"])]
    items = pg.agenda_items(project, evening)
    assert [(i.position, i.minutes, i.who) for i in items] == [
        (0, 10, "voorzitter"), (1, 45, ""), (2, 5, "")]
    assert prompts(project, evening)[-1] == "Wat maakt deze wijk de moeite waard?"


def test_adding_after_an_item_or_round_inserts_there(project, evening):
    ids = build(project, evening)
    log = EditLog(project)
    pg.add_agenda_item(log, evening, "Pauze", after=ids["rondes"])
    pg.add_round(log, evening, "Tussenvraag", agenda_item_id=ids["rondes"], after=ids["r1"])
    assert [i.title for i in pg.agenda_items(project, evening)] == [
        "Welkom", "Rondes", "Pauze", "Afsluiting"]
    assert outline(project, evening)[1] == ("Rondes", ["Wat is mooi?", "Tussenvraag",
                                                       "Wat kan beter?"])
    assert [i.position for i in pg.agenda_items(project, evening)] == [0, 1, 2, 3]


def test_an_empty_title_or_question_is_refused_and_changes_nothing(project, evening):
    ids = build(project, evening)
    before = dump_text(project)
    log = EditLog(project)
    for action in (lambda: pg.add_agenda_item(log, evening, "   "),
                   lambda: pg.add_round(log, evening, "", agenda_item_id=ids["rondes"]),
                   lambda: pg.update_round(log, ids["r1"], prompt="  "),
                   lambda: pg.update_agenda_item(log, ids["welkom"], title="")):
        with pytest.raises(ValidationError):
            action()
    assert dump_text(project) == before and log.entries == []


def test_a_round_cannot_join_another_evenings_agenda_item(project, evening):
    ids = build(project, evening)
    other = project.add("bijeenkomst", title="Tweede avond")
    with pytest.raises(ValidationError):
        pg.add_round(EditLog(project), other, "Vraag", agenda_item_id=ids["rondes"])


def test_next_round_walks_the_run_order_across_agenda_items(project, evening):
    ids = build(project, evening)
    loose = project.all("round", agenda_item_id=None)[0].id
    walk, current = [], None
    while (found := pg.next_round(project, evening, current)) is not None:
        walk.append(found.id)
        current = found.id
    assert walk == [ids["r1"], ids["r2"], ids["r3"], loose]
    assert pg.next_round(project, evening, loose) is None  # the last: nothing after it


def test_next_agenda_item_and_its_first_round(project, evening):
    ids = build(project, evening)
    assert pg.next_item(project, evening, None).id == ids["welkom"]
    assert pg.next_item(project, evening, ids["welkom"]).id == ids["rondes"]
    assert pg.next_item(project, evening, ids["afsluiting"]) is None
    assert pg.first_round(project, evening, ids["rondes"]).id == ids["r1"]
    assert pg.first_round(project, evening, ids["welkom"]) is None
    assert pg.item_of(project, ids["r2"]) == ids["rondes"]


def test_reordering_items_and_rounds_and_across_items(project, evening):
    ids = build(project, evening)
    log = EditLog(project)
    assert pg.move(log, "agenda_item", ids["afsluiting"], -1)
    assert [i.title for i in pg.agenda_items(project, evening)] == [
        "Welkom", "Afsluiting", "Rondes"]
    assert not pg.move(log, "agenda_item", ids["welkom"], -1)  # the first stays first
    assert pg.move(log, "round", ids["r2"], -1)
    assert outline(project, evening)[2] == ("Rondes", ["Wat kan beter?", "Wat is mooi?"])
    # up from the first round of an item: to the end of the item before
    assert pg.move(log, "round", ids["r2"], -1)
    assert outline(project, evening)[1:3] == [
        ("Afsluiting", ["Wat nemen we mee?", "Wat kan beter?"]), ("Rondes", ["Wat is mooi?"])]
    # down from the last round of an item: to the start of the item after
    assert pg.move(log, "round", ids["r2"], 1)
    assert outline(project, evening)[2] == ("Rondes", ["Wat kan beter?", "Wat is mooi?"])
    # the positions are 0, 1, … in every part
    for part in pg.programme(project, evening):
        assert [r.position for r in part.rounds] == list(range(len(part.rounds)))


def test_a_reorder_is_one_undo_step(project, evening):
    ids = build(project, evening)
    before = outline(project, evening)
    log = EditLog(project)
    pg.move(log, "round", ids["r1"], -1)  # into "Welkom", and both parts renumbered
    assert outline(project, evening)[0] == ("Welkom", ["Wat is mooi?"])
    log.undo()
    assert outline(project, evening) == before
    log.redo()
    assert outline(project, evening)[0] == ("Welkom", ["Wat is mooi?"])


def test_update_round_to_another_item_goes_to_its_end(project, evening):
    ids = build(project, evening)
    log = EditLog(project)
    pg.update_round(log, ids["r1"], agenda_item_id=ids["afsluiting"], prompt="Nieuwe vraag",
                    minutes=15, autostart=False, format="plenair", stage="ordenen")
    rnd = project.get("round", ids["r1"])
    assert (rnd.prompt, rnd.minutes, rnd.autostart, rnd.format, rnd.stage) == (
        "Nieuwe vraag", 15, False, "plenair", "ordenen")
    assert outline(project, evening)[1:3] == [
        ("Rondes", ["Wat kan beter?"]), ("Afsluiting", ["Wat nemen we mee?", "Nieuwe vraag"])]
    assert project.get("round", ids["r2"]).position == 0
    log.undo()
    assert outline(project, evening)[1] == ("Rondes", ["Wat is mooi?", "Wat kan beter?"])


def test_deleting_an_item_keeps_rounds_with_notes_and_undo_brings_all_back(project, evening):
    ids = build(project, evening)
    project.add("insight", round_id=ids["r1"], text="Het park")
    before = dump_text(project)
    log = EditLog(project)
    kept = pg.delete_agenda_item(log, ids["rondes"])
    assert kept == [ids["r1"]]
    assert project.get("round", ids["r2"]).deleted  # it collected nothing
    assert outline(project, evening) == [
        ("Welkom", []), ("Afsluiting", ["Wat nemen we mee?"]),
        (None, ["Wat maakt deze wijk de moeite waard?", "Wat is mooi?"])]
    assert [i.position for i in pg.agenda_items(project, evening)] == [0, 1]
    log.undo()
    assert outline(project, evening)[1] == ("Rondes", ["Wat is mooi?", "Wat kan beter?"])
    assert project.count("insight", round_id=ids["r1"]) == 1
    log.redo()
    log.undo()
    assert dump_text(project).count("Wat kan beter?") == before.count("Wat kan beter?")


def test_delete_round_renumbers_its_part(project, evening):
    ids = build(project, evening)
    log = EditLog(project)
    pg.delete_round(log, ids["r1"])
    assert outline(project, evening)[1] == ("Rondes", ["Wat kan beter?"])
    assert project.get("round", ids["r2"]).position == 0
    log.undo()
    assert outline(project, evening)[1] == ("Rondes", ["Wat is mooi?", "Wat kan beter?"])


# -- templates ---------------------------------------------------------------------------------


def test_shipped_templates_are_good_and_dutch():
    pg.evening_templates.cache_clear()
    found = pg.evening_templates()
    keys = {t.key for t in found}
    assert {"eerste-avond", "keuze-avond", "informatie-avond"} <= keys
    assert len(found) == len(list(SHIPPED.glob("*.json")))  # none of ours is skipped
    for t in found:
        assert t.name and t.description and len(t.items) >= 5 and t.round_count >= 1
        assert 60 <= t.minutes <= 240
        titles = " ".join(i.title.casefold() for i in t.items)
        assert "welkom" in titles and ("afsluiting" in titles or "sluiting" in titles)
        for item in t.items:
            for r in item.rounds:
                assert r.prompt.endswith("?") and r.format in FORMATS and r.stage in STAGES
                assert 5 <= r.minutes <= 60
        # no round asks the old fixed question
        assert "Wat maakt deze wijk de moeite waard?" not in [
            r.prompt for i in t.items for r in i.rounds]


def test_a_damaged_template_is_skipped_without_a_crash(tmp_path):
    good = json.loads((SHIPPED / "eerste-avond.json").read_text(encoding="utf-8"))
    (tmp_path / "goed.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "kapot.json").write_text("{ dit is geen json", encoding="utf-8")
    (tmp_path / "leeg.json").write_text(json.dumps({"name": "Leeg", "items": []}),
                                        encoding="utf-8")
    bad_round = json.loads(json.dumps(good))
    bad_round["items"][4]["rounds"][0]["minutes"] = 9999
    (tmp_path / "te-lang.json").write_text(json.dumps(bad_round), encoding="utf-8")
    bad_format = json.loads(json.dumps(good))
    bad_format["items"][4]["rounds"][0]["format"] = "speeddate"
    (tmp_path / "werkvorm.json").write_text(json.dumps(bad_format), encoding="utf-8")
    (tmp_path / "geen-object.json").write_text("[1, 2, 3]", encoding="utf-8")
    (tmp_path / "binair.json").write_bytes(b"\xff\xfe\x00garbage")
    found = pg.evening_templates(tmp_path)
    assert [t.key for t in found] == ["goed"]
    assert pg.evening_templates(tmp_path / "er-niet") == ()


def test_apply_template_adds_its_programme_as_one_undo_step(project, evening):
    template = next(t for t in pg.evening_templates(SHIPPED) if t.key == "keuze-avond")
    before = dump_text(project)
    log = EditLog(project)
    made = pg.apply_template(log, evening, template)
    assert [i.title for i in pg.agenda_items(project, evening)] == [i.title for i in
                                                                    template.items]
    assert len(made) == len(template.items)
    assert project.get("bijeenkomst", evening).format == "thematafels"
    wanted = [r for i in template.items for r in i.rounds]
    order = pg.run_order(project, evening)
    assert [(r.prompt, r.format, r.minutes, r.autostart, r.hidden) for r in order[:len(wanted)]] \
        == [(r.prompt, r.format, r.minutes, r.autostart, r.hidden) for r in wanted]
    log.undo()
    assert dump_text(project) == before


def test_new_evening_from_a_template(project):
    template = next(t for t in pg.evening_templates(SHIPPED) if t.key == "eerste-avond")
    log = EditLog(project)
    new = pg.new_evening(log, {"title": "Bewonersavond", "date": "2027-01-14"},
                         template=template)
    rec = project.get("bijeenkomst", new)
    assert (rec.title, rec.date, rec.format) == ("Eerste bewonersavond", "2027-01-14",
                                                 "world café")
    assert len(pg.agenda_items(project, new)) == len(template.items)
    log.undo()
    assert project.get("bijeenkomst", new).deleted
    assert project.count("agenda_item") == 0


def test_copy_programme_takes_the_setup_not_what_was_said(project, evening):
    ids = build(project, evening)
    project.update("agenda_item", ids["welkom"], note="De voorzitter heet iedereen welkom.")
    project.update("round", ids["r1"], stage="kiezen", hidden=True)
    project.add("insight", round_id=ids["r1"], text="Het park")
    log = EditLog(project)
    new = pg.new_evening(log, {"title": "Tweede avond"}, copy_from=evening)
    assert outline(project, new) == outline(project, evening)
    items = pg.agenda_items(project, new)
    assert [(i.minutes, i.who, i.note) for i in items] == [
        (10, "voorzitter", ""), (45, "", ""), (5, "", "")]
    copied = pg.run_order(project, new)[0]
    assert (copied.minutes, copied.autostart, copied.hidden, copied.stage) == (
        20, True, True, "verzamelen")
    assert project.count("insight", round_id=copied.id) == 0
    assert all(r.bijeenkomst_id == new for r in pg.run_order(project, new))
    with pytest.raises(ValidationError):
        pg.copy_programme(EditLog(project), evening, evening)
    log.undo()
    assert project.all("bijeenkomst", title="Tweede avond") == []


# -- the agenda in the minutes -------------------------------------------------------------------


def test_the_programme_is_the_agenda_of_the_minutes_and_its_pdf(project, evening, tmp_path):
    from tests.pdf_util import normalised, texts
    from wijkdesk.minutes.content import build_minutes
    from wijkdesk.minutes.pdf import write_pdf

    project.update("bijeenkomst", evening, agenda="1. Een oude agenda als tekst")
    empty = build_minutes(project, evening, figures=False)
    assert [i.title for i in empty.agenda] == ["Een oude agenda als tekst"]  # no programme yet
    ids = build(project, evening)
    project.update("agenda_item", ids["rondes"], note="Veel reacties over het park.")
    m = build_minutes(project, evening, figures=False)
    assert [(i.number, i.title, i.minutes, i.who, i.text) for i in m.agenda] == [
        ("1", "Welkom", 10, "voorzitter", ""),
        ("2", "Rondes", 45, "", "Veel reacties over het park."), ("3", "Afsluiting", 5, "", "")]
    # the rounds in the order of the programme
    assert [r.prompt for r in m.rounds] == prompts(project, evening)
    pdf = write_pdf(m, tmp_path / "verslag.pdf")
    for text in texts(pdf):
        text = normalised(text)
        assert "Er is geen agenda vastgelegd" not in text
        assert "Welkom (10 min, voorzitter)" in text
        assert "Rondes (45 min)" in text and "Afsluiting (5 min)" in text
        assert "Veel reacties over het park." in text
        assert "Een oude agenda als tekst" not in text

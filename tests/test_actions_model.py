"""Agreements and action points as things you edit (issue 16, point 3): the model."""

from __future__ import annotations

import pytest

from wijkdesk.model import ValidationError
from wijkdesk.model import actions as acts
from wijkdesk.model.board import EditLog, promote


def _evening(project):
    return project.all("bijeenkomst")[0].id


def test_add_numbers_on_and_edit_sets_who_from_a_party(project):
    evening = _evening(project)
    coop = project.add("stakeholder", name="Energiecoöperatie Klaverkracht")
    log = EditLog(project)
    first = acts.add(log, "action_item", evening, text="Offertes opvragen", who_id=coop,
                     due="2027-02-15")
    second = acts.add(log, "action_item", evening, text="  Spreekuur plannen ",
                      who="buurthuis")
    assert [r.number for r in acts.items(project, "action_item", evening)] == [1, 2]
    rec = project.get("action_item", first)
    assert (rec.what, rec.who_id, rec.who, rec.due, rec.status) == (
        "Offertes opvragen", coop, "Energiecoöperatie Klaverkracht", "2027-02-15", "open")
    assert project.get("action_item", second).what == "Spreekuur plannen"
    assert project.get("action_item", second).who_id is None

    # the party's name follows a rename; once the party is gone, the stored name stays
    project.update("stakeholder", coop, name="Klaverkracht")
    assert acts.who_name(project, project.get("action_item", first)) == "Klaverkracht"
    project.delete("stakeholder", coop)
    assert acts.who_name(project, project.get("action_item", first)) == \
        "Energiecoöperatie Klaverkracht"

    # typing a party's exact name links it; other text unlinks
    loket = project.add("stakeholder", name="Energieloket Wisselmonde")
    acts.edit(log, "action_item", second, who="energieloket  wisselmonde")
    rec = project.get("action_item", second)
    assert (rec.who_id, rec.who) == (loket, "Energieloket Wisselmonde")
    acts.edit(log, "action_item", second, who="Piet van de buurtapp")
    rec = project.get("action_item", second)
    assert (rec.who_id, rec.who) == (None, "Piet van de buurtapp")

    log.undo()  # all of it in one step
    assert project.count("action_item") == 0
    log.redo()
    assert project.get("action_item", second).who == "Piet van de buurtapp"


def test_edit_refuses_bad_input_and_changes_nothing(project):
    evening = _evening(project)
    log = EditLog(project)
    agreement = acts.add(log, "agreement", evening, text="Verslag binnen twee weken")
    for bad in ({"text": "   "}, {"status": "misschien"}, {"due": "31-12-2026"},
                {"who_id": "00000000-0000-4000-8000-000000000009"}, {"colour": "rood"}):
        with pytest.raises(ValidationError):
            acts.edit(log, "agreement", agreement, **bad)
    rec = project.get("agreement", agreement)
    assert (rec.text, rec.status, rec.due, rec.who) == (
        "Verslag binnen twee weken", "open", None, "")
    with pytest.raises(ValidationError):
        acts.add(log, "agreement", evening, text="")
    with pytest.raises(ValidationError):
        acts.add(log, "vote", evening, text="x")


def test_postponing_an_action_counts_and_renumber_and_move(project):
    evening = _evening(project)
    log = EditLog(project)
    ids = [acts.add(log, "action_item", evening, text=t) for t in ("a", "b", "c")]
    acts.edit(log, "action_item", ids[0], status="uitgesteld")
    acts.edit(log, "action_item", ids[0], status="uitgesteld")  # no change: no count
    acts.edit(log, "action_item", ids[0], status="bezig")
    acts.edit(log, "action_item", ids[0], status="uitgesteld")
    assert project.get("action_item", ids[0]).postponed == 2

    acts.delete(log, "action_item", [ids[1]])
    assert [r.number for r in acts.items(project, "action_item", evening)] == [1, 3]
    acts.renumber(log, "action_item", evening)
    assert [(r.what, r.number) for r in acts.items(project, "action_item", evening)] == [
        ("a", 1), ("c", 2)]
    assert acts.move(log, "action_item", ids[2], -1)
    assert not acts.move(log, "action_item", ids[2], -1)  # first already
    assert [r.what for r in acts.items(project, "action_item", evening)] == ["c", "a"]


def test_promote_then_reword_keeps_the_trace(project):
    evening = _evening(project)
    rnd = project.all("round")[0].id
    cluster = project.add("cluster", round_id=rnd, name="Groen")
    _, agreement = promote(project, "cluster", cluster, "agreement")
    log = EditLog(project)
    acts.edit(log, "agreement", agreement, text="Afgesproken: meer bomen op het plein",
              who="Gemeente", due="2027-03-01")
    rec = project.get("agreement", agreement)
    assert (rec.text, rec.source_id, rec.bijeenkomst_id, rec.who, rec.due) == (
        "Afgesproken: meer bomen op het plein", cluster, evening, "Gemeente", "2027-03-01")


def test_open_actions_of_all_evenings(project):
    first = _evening(project)
    second = project.add("bijeenkomst", title="Tweede avond", date="2026-11-12")
    third = project.add("bijeenkomst", title="Derde avond", date="2027-01-20")
    log = EditLog(project)
    acts.add(log, "action_item", second, text="Tweede open")
    acts.add(log, "action_item", first, text="Eerste open", status="bezig")
    acts.add(log, "action_item", first, text="Eerste klaar", status="klaar")
    acts.add(log, "action_item", third, text="Derde uitgesteld", status="uitgesteld")
    acts.add(log, "action_item", None, text="Zonder avond")
    found = acts.open_actions(project)
    assert [(o.action.what, o.evening.title if o.evening else None) for o in found] == [
        ("Eerste open", "Eerste avond"), ("Tweede open", "Tweede avond"),
        ("Derde uitgesteld", "Derde avond"), ("Zonder avond", None)]
    assert [o.action.what for o in acts.open_actions(project, before=third)] == [
        "Eerste open", "Tweede open"]
    assert acts.open_actions(project, before=first) == []


# -- the minutes ---------------------------------------------------------------------------


def _minutes_project(project):
    first = _evening(project)
    second = project.add("bijeenkomst", title="Tweede avond", date="2026-11-12")
    coop = project.add("stakeholder", name="Energiecoöperatie Klaverkracht")
    log = EditLog(project)
    acts.add(log, "action_item", first, text="Geluidsmetingen opvragen", who_id=coop,
             due="2026-11-05", status="uitgesteld")
    acts.add(log, "action_item", first, text="Verslag verspreiden", status="klaar")
    acts.add(log, "action_item", second, text="Offertes opvragen", who_id=coop,
             due="2027-02-15")
    acts.add(log, "agreement", second, text="Een spreekuur elke eerste woensdag",
             who="Henk Blauwhoed", due="2027-01-06")
    acts.add(log, "agreement", second, text="Een proefstraat", who_id=coop)
    project.update("stakeholder", coop, name="Klaverkracht")  # renamed after it was chosen
    return second


def test_the_minutes_show_wie_and_wanneer_and_carry_open_actions(project, tmp_path):
    from tests.pdf_util import normalised, texts
    from wijkdesk.minutes.content import build_minutes, email_text
    from wijkdesk.minutes.pdf import write_pdf

    second = _minutes_project(project)
    m = build_minutes(project, second, figures=False)
    assert [(a.text, a.who, a.due) for a in m.agreements] == [
        ("Een spreekuur elke eerste woensdag", "Henk Blauwhoed", "06-01-2027"),
        ("Een proefstraat", "Klaverkracht", "")]
    assert [(a.what, a.who, a.due, a.status) for a in m.new_actions] == [
        ("Offertes opvragen", "Klaverkracht", "15-02-2027", "open")]
    assert [(a.what, a.who, a.origin, a.postponed) for a in m.carried_actions] == [
        ("Geluidsmetingen opvragen", "Klaverkracht", "17-09-2026", 1)]
    assert "1. Een spreekuur elke eerste woensdag (Henk Blauwhoed; uiterlijk 06-01-2027)" \
        in email_text(m)

    pdf = write_pdf(m, tmp_path / "verslag.pdf")
    for text in [normalised(t) for t in texts(pdf)]:
        assert "Nr. Afspraak Wie Wanneer" in text
        assert "Nr. Wat Wie Wanneer Status" in text
        assert "Offertes opvragen Klaverkracht 15-02-2027 open" in text
        assert "Henk Blauwhoed 06-01-2027" in text
        assert "Geluidsmetingen opvragen Klaverkracht 05-11-2026 uitgesteld" in text
        assert "Verslag verspreiden" not in text  # done: not carried over


def test_the_anonymised_minutes_treat_an_agreements_wie_as_a_name(project):
    from wijkdesk.minutes.content import build_minutes, known_names

    second = _minutes_project(project)
    # a party's name as it was when chosen is no person's name either (it was renamed)
    installer = project.add("stakeholder", name="Zonnewarmte Hendriks")
    acts.add(EditLog(project), "action_item", second, text="Zonneboilers tonen",
             who_id=installer)
    project.update("stakeholder", installer, name="Zonnewarmte Noord")
    assert "Hendriks" not in known_names(project)
    m = build_minutes(project, second, anonymous=True, figures=False)
    assert [a.who for a in m.agreements] == ["Bewoner", "Klaverkracht"]  # a party stays
    assert all("Henk" not in a.text + a.who for a in m.agreements)
    assert [a.who for a in m.new_actions] == ["Klaverkracht", "Zonnewarmte Noord"]

"""The timeline's model (issue 6): checks, postponing, dependencies, links, evenings, clashes,
the current phase and the demo's timeline. No Qt: the model is tested on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from wijkdesk.model import Project, ValidationError
from wijkdesk.model import timeline as tl
from wijkdesk.model.demo import build_demo
from wijkdesk.model.dump import dump_data, dump_text

TODAY = "2026-11-25"


def step(p: Project, title: str, **fields) -> str:
    return tl.add_item(p, title=title, **fields)


def refused(p: Project, code: str, action, *args, **kwargs) -> ValidationError:
    """Run an action that must be refused with code, and show that the file did not change."""
    before = dump_text(p)
    with pytest.raises(ValidationError) as info:
        action(*args, **kwargs)
    assert info.value.code == code, info.value
    assert dump_text(p) == before
    return info.value


@pytest.fixture
def plan(project):
    """Three steps on the doe-spoor and a decision on the denk-spoor, none depending yet."""
    ids = {
        "alfa": step(project, "Alfa", start="2027-01-01", end="2027-03-31"),
        "beta": step(project, "Bèta", start="2027-04-01", end="2027-06-30"),
        "gamma": step(project, "Gamma", start="2027-07-01"),
        "besluit": step(project, "Besluit warmtenet", track="denk", kind="besluit",
                        start="2027-09-30"),
    }
    return project, ids


# -- checks on a step -------------------------------------------------------------------------


@pytest.mark.parametrize(("fields", "code"), [
    ({"start": "2027-05-01", "end": "2027-04-30"}, "timeline_end_before_start"),
    ({"start": "1989-12-31"}, "timeline_date_range"),
    ({"end": "2101-01-01"}, "timeline_date_range"),
    ({"start": "0999-01-01"}, "timeline_date_range"),
    ({"kind": "stip"}, "stip_not_on_denk"),  # the default track is the doe-spoor
    ({"kind": "stip", "track": "doe"}, "stip_not_on_denk"),
    ({"start": "2027-02-30"}, "bad_date"),
    ({"status": "misschien"}, "bad_choice"),
    ({"owner_id": "00000000-0000-4000-8000-000000000999"}, "bad_reference"),
])
def test_a_new_step_that_breaks_a_rule_is_refused_and_nothing_changes(project, fields, code):
    refused(project, code, tl.add_item, project, title="Stap", **fields)
    assert project.count("timeline_item") == 0


@pytest.mark.parametrize(("fields", "code"), [
    ({"end": "2026-12-31"}, "timeline_end_before_start"),
    ({"start": "2027-04-01"}, "timeline_end_before_start"),
    ({"start": "1980-01-01"}, "timeline_date_range"),
    ({"end": "2200-01-01"}, "timeline_date_range"),
    ({"kind": "stip"}, "stip_not_on_denk"),
    ({"unknown": 1}, "unknown_field"),
])
def test_a_change_that_breaks_a_rule_is_refused_and_nothing_changes(plan, fields, code):
    p, ids = plan
    refused(p, code, tl.update_item, p, ids["alfa"], **fields)


def test_a_stip_belongs_on_the_denk_spoor(project):
    stip = step(project, "Aardgasvrij in 2035", track="denk", kind="stip", start="2035-12-31")
    err = refused(project, "stip_not_on_denk", tl.update_item, project, stip, track="doe")
    assert "'Aardgasvrij in 2035' is on the doe-spoor" in str(err)
    other = step(project, "Warmtescan")
    refused(project, "stip_not_on_denk", tl.update_item, project, other, kind="stip")
    tl.update_item(project, other, kind="stip", track="denk")  # both at once is fine
    assert project.get("timeline_item", other).kind == "stip"


def test_the_first_and_last_day_of_the_timeline_are_allowed(project):
    item = step(project, "Lang traject", start=tl.MIN_DATE, end=tl.MAX_DATE)
    assert project.get("timeline_item", item).end == "2100-12-31"
    err = refused(project, "timeline_date_range", tl.update_item, project, item,
                  end="2101-01-01")
    assert str(err) == ("The date 2101-01-01 is outside the timeline, which runs from "
                        "1990-01-01 to 2100-12-31.")
    err = refused(project, "timeline_end_before_start", tl.update_item, project, item,
                  start="2050-01-01", end="2049-12-31")
    assert str(err) == "'Lang traject' ends (2049-12-31) before it starts (2050-01-01)."


def test_an_older_step_that_breaks_a_rule_can_still_be_edited_otherwise(project):
    # A file from before these checks (or a merge of two edits) may hold such a step.
    item = project.add("timeline_item", title="Oud", start="2027-05-01", end="2027-04-01")
    tl.update_item(project, item, title="Oud, hernoemd", status="bezig")
    assert project.get("timeline_item", item).title == "Oud, hernoemd"
    refused(project, "timeline_end_before_start", tl.update_item, project, item,
            end="2027-04-15")


def test_changing_a_deleted_or_unknown_step_is_refused(plan):
    p, ids = plan
    p.delete("timeline_item", ids["gamma"])
    refused(p, "no_such_record", tl.update_item, p, ids["gamma"], title="Terug?")
    refused(p, "no_such_record", tl.update_item, p, "nergens", title="Nee")


# -- postponing ---------------------------------------------------------------------------------


def test_postponing_counts_each_time_the_status_becomes_uitgesteld(plan):
    p, ids = plan
    item = ids["alfa"]

    def postponed() -> int:
        return p.get("timeline_item", item).postponed

    assert postponed() == 0
    tl.update_item(p, item, status="uitgesteld", start="2027-02-01")
    assert postponed() == 1
    tl.update_item(p, item, status="uitgesteld")  # already uitgesteld: not again
    tl.update_item(p, item, title="Alfa, later")
    assert postponed() == 1
    tl.update_item(p, item, status="bezig")
    assert postponed() == 1
    tl.update_item(p, item, status="uitgesteld")
    assert postponed() == 2
    tl.update_item(p, item, status="gepland", postponed=0)  # set by hand
    tl.update_item(p, item, status="uitgesteld", postponed=7)  # given: taken as it is
    assert postponed() == 7
    # Only update_item counts; the status and its count change in one step (one undo).
    history = [h for h in p.history(item) if h.field in ("status", "postponed")]
    assert history[-1].hlc == history[-2].hlc


def test_a_refused_postponement_does_not_count(plan):
    p, ids = plan
    refused(p, "timeline_end_before_start", tl.update_item, p, ids["alfa"],
            status="uitgesteld", end="2026-01-01")
    assert p.get("timeline_item", ids["alfa"]).postponed == 0


# -- dependencies -------------------------------------------------------------------------------


def test_a_dependency_is_made_once_between_two_steps_that_exist(plan):
    p, ids = plan
    dep = tl.add_dependency(p, ids["alfa"], ids["beta"])
    assert dep == tl.dependency_id(ids["alfa"], ids["beta"])
    assert [(d.before_id, d.after_id) for d in tl.dependencies(p)] == [(ids["alfa"], ids["beta"])]
    err = refused(p, "dependency_exists", tl.add_dependency, p, ids["alfa"], ids["beta"])
    assert str(err) == "'Bèta' already depends on 'Alfa'."
    err = refused(p, "dependency_on_itself", tl.add_dependency, p, ids["gamma"], ids["gamma"])
    assert str(err) == "'Gamma' cannot depend on itself."
    refused(p, "dependency_unknown", tl.add_dependency, p, ids["alfa"], "nergens")
    refused(p, "dependency_unknown", tl.add_dependency, p, "nergens", ids["alfa"])
    cluster = p.add("cluster", round_id=p.all("round")[0].id, name="Groen")
    refused(p, "dependency_unknown", tl.add_dependency, p, cluster, ids["alfa"])
    p.delete("timeline_item", ids["gamma"])
    err = refused(p, "dependency_unknown", tl.add_dependency, p, ids["beta"], ids["gamma"])
    assert ids["gamma"] in str(err)


def test_a_dependency_that_closes_a_circle_is_refused_naming_its_steps(plan):
    p, ids = plan
    tl.add_dependency(p, ids["alfa"], ids["beta"])
    tl.add_dependency(p, ids["beta"], ids["gamma"])
    err = refused(p, "dependency_cycle", tl.add_dependency, p, ids["gamma"], ids["alfa"])
    assert err.params["cycle"] == "Gamma → Alfa → Bèta → Gamma"
    assert str(err) == ("The steps would wait for each other in a circle: "
                        "Gamma → Alfa → Bèta → Gamma.")
    err = refused(p, "dependency_cycle", tl.add_dependency, p, ids["beta"], ids["alfa"])
    assert err.params["cycle"] == "Bèta → Alfa → Bèta"
    # A step that is deleted breaks the chain: then there is no circle.
    p.delete("timeline_item", ids["beta"])
    tl.add_dependency(p, ids["gamma"], ids["alfa"])


def test_a_removed_dependency_comes_back_as_the_same_record(plan):
    p, ids = plan
    dep = tl.add_dependency(p, ids["alfa"], ids["beta"])
    p.delete("dependency", dep)
    assert tl.dependencies(p) == []
    assert tl.add_dependency(p, ids["alfa"], ids["beta"]) == dep
    assert not p.get("dependency", dep).deleted
    p.erase("dependency", dep)  # erased for good: a new record takes its place
    again = tl.add_dependency(p, ids["alfa"], ids["beta"])
    assert again != dep and p.get("dependency", dep).deleted


# -- links --------------------------------------------------------------------------------------


@pytest.fixture
def linkable(plan):
    """A step and one record of every kind it can be linked to."""
    p, ids = plan
    evening = p.all("bijeenkomst")[0].id
    round_id = p.all("round")[0].id
    ids["cluster"] = p.add("cluster", round_id=round_id, name="Warmtepomp of warmtenet?")
    ids["agreement"] = p.add("agreement", bijeenkomst_id=evening, number=1,
                             text="Afgesproken wordt dat er een proefstraat komt.")
    ids["action_item"] = p.add("action_item", bijeenkomst_id=evening, number=1,
                               what="Offertes opvragen", who="Energiecoöperatie")
    ids["stakeholder"] = p.add("stakeholder", name="Woonstichting", type="woningcorporatie")
    return p, ids


def test_links_are_shown_from_both_ends(linkable):
    p, ids = linkable
    made = {kind: tl.add_link(p, ids["alfa"], ids[kind])
            for kind in ("stakeholder", "action_item", "cluster", "agreement")}
    made["step"] = tl.add_link(p, ids["alfa"], ids["besluit"])
    assert made["cluster"] == tl.link_id(ids["alfa"], ids["cluster"])
    assert [(k, r.id) for k, r in tl.links_of(p, ids["alfa"])] == [
        ("cluster", ids["cluster"]), ("agreement", ids["agreement"]),
        ("action_item", ids["action_item"]), ("stakeholder", ids["stakeholder"]),
        ("timeline_item", ids["besluit"])]
    for kind in ("cluster", "agreement", "action_item", "stakeholder"):
        assert [(k, r.id) for k, r in tl.links_of(p, ids[kind])] == [
            ("timeline_item", ids["alfa"])]
    # A step linked to a step: each shows the other.
    assert [r.id for _, r in tl.links_of(p, ids["besluit"])] == [ids["alfa"]]
    # Two steps linking to one cluster, in title order.
    tl.add_link(p, ids["beta"], ids["cluster"])
    assert [r.title for _, r in tl.links_of(p, ids["cluster"])] == ["Alfa", "Bèta"]
    assert tl.links_of(p, ids["gamma"]) == []
    assert {r["id"] for r in dump_data(p)["records"]["link"]} == {*made.values(),
                                                                  tl.link_id(ids["beta"],
                                                                             ids["cluster"])}


def test_a_deleted_end_hides_the_link_and_its_return_shows_it_again(linkable):
    p, ids = linkable
    tl.add_link(p, ids["alfa"], ids["stakeholder"])
    p.delete("stakeholder", ids["stakeholder"])
    assert tl.links_of(p, ids["alfa"]) == []
    p.restore("stakeholder", ids["stakeholder"])
    assert [r.id for _, r in tl.links_of(p, ids["alfa"])] == [ids["stakeholder"]]
    p.delete("timeline_item", ids["alfa"])
    assert tl.links_of(p, ids["stakeholder"]) == []


def test_a_link_that_cannot_be_is_refused_and_nothing_changes(linkable):
    p, ids = linkable
    tl.add_link(p, ids["alfa"], ids["cluster"])
    tl.add_link(p, ids["alfa"], ids["beta"])
    err = refused(p, "link_exists", tl.add_link, p, ids["alfa"], ids["cluster"])
    assert str(err) == "'Alfa' and 'Warmtepomp of warmtenet?' are already linked."
    refused(p, "link_exists", tl.add_link, p, ids["beta"], ids["alfa"])  # the other way round
    err = refused(p, "link_to_itself", tl.add_link, p, ids["gamma"], ids["gamma"])
    assert str(err) == "'Gamma' cannot be linked to itself."
    refused(p, "link_unknown", tl.add_link, p, ids["alfa"], "nergens")
    refused(p, "link_unknown", tl.add_link, p, "nergens", ids["cluster"])
    # Only a timeline step starts a link (for now); an insight is no link target.
    refused(p, "link_unknown", tl.add_link, p, ids["cluster"], ids["alfa"])
    note = p.add("insight", round_id=p.all("round")[0].id, text="Een notitie")
    refused(p, "link_unknown", tl.add_link, p, ids["gamma"], note)
    p.delete("agreement", ids["agreement"])
    refused(p, "link_unknown", tl.add_link, p, ids["gamma"], ids["agreement"])
    # The file itself refuses a link from a cluster, too (the reference's kinds).
    refused(p, "bad_reference", p.add, "link", from_id=ids["cluster"], to_id=ids["alfa"])


def test_removing_a_link_removes_it_from_both_ends_and_can_be_undone(linkable):
    p, ids = linkable
    link = tl.add_link(p, ids["alfa"], ids["agreement"])
    assert tl.remove_link(p, ids["agreement"], ids["alfa"]) == [link]  # either way round
    assert tl.links_of(p, ids["alfa"]) == tl.links_of(p, ids["agreement"]) == []
    err = refused(p, "link_missing", tl.remove_link, p, ids["alfa"], ids["agreement"])
    assert str(err) == ("'Alfa' and 'Afgesproken wordt dat er een proefstraat komt.' are not "
                        "linked.")
    p.restore("link", link)  # the undo of a removal
    assert [r.id for _, r in tl.links_of(p, ids["alfa"])] == [ids["agreement"]]
    tl.remove_link(p, ids["alfa"], ids["agreement"])
    assert tl.add_link(p, ids["alfa"], ids["agreement"]) == link  # made again: the same record
    assert p.count("link") == 1


# -- merging links --------------------------------------------------------------------------


def _laptop(p: Project, folder: Path, name: str, device: str) -> Project:
    return Project.open(p.save_copy(folder / name), device=device)


def _exchange(a: Project, b: Project, folder: Path, tag: str) -> None:
    a.merge([b.save_copy(folder / f"{tag}-b")])
    b.merge([a.save_copy(folder / f"{tag}-a")])


def test_links_made_on_two_laptops_all_arrive_and_the_same_link_once(linkable, tmp_path):
    a, ids = linkable
    b = _laptop(a, tmp_path, "laptop-b", DEVICE_B)
    try:
        tl.add_link(a, ids["alfa"], ids["cluster"])
        tl.add_link(b, ids["alfa"], ids["stakeholder"])
        both_a = tl.add_link(a, ids["beta"], ids["agreement"])  # the same link on both laptops
        both_b = tl.add_link(b, ids["beta"], ids["agreement"])
        assert both_a == both_b
        _exchange(a, b, tmp_path, "1")
        assert dump_text(a) == dump_text(b)
        assert a.conflicts() == b.conflicts() == []
        assert a.count("link") == 3
        assert [r.id for _, r in tl.links_of(b, ids["alfa"])] == [ids["cluster"],
                                                                   ids["stakeholder"]]
        assert [r.id for _, r in tl.links_of(a, ids["agreement"])] == [ids["beta"]]
    finally:
        b.close()


def test_a_link_removed_on_one_laptop_is_removed_on_the_other(linkable, tmp_path):
    a, ids = linkable
    link = tl.add_link(a, ids["alfa"], ids["cluster"])
    keep = tl.add_link(a, ids["alfa"], ids["stakeholder"])
    b = _laptop(a, tmp_path, "laptop-b", DEVICE_B)
    try:
        tl.remove_link(b, ids["alfa"], ids["cluster"])
        a.update("timeline_item", ids["alfa"], note="ondertussen op laptop A")
        _exchange(a, b, tmp_path, "1")
        assert dump_text(a) == dump_text(b)
        assert a.conflicts() == []
        assert a.get("link", link).deleted and b.get("link", link).deleted
        assert [r.id for r in a.all("link")] == [keep]
        assert [r.id for _, r in tl.links_of(a, ids["alfa"])] == [ids["stakeholder"]]
        assert tl.links_of(a, ids["cluster"]) == []
    finally:
        b.close()


def test_the_same_dependency_made_on_two_laptops_is_one_after_a_merge(plan, tmp_path):
    a, ids = plan
    b = _laptop(a, tmp_path, "laptop-b", DEVICE_B)
    try:
        tl.add_dependency(a, ids["alfa"], ids["beta"])
        tl.add_dependency(b, ids["alfa"], ids["beta"])
        _exchange(a, b, tmp_path, "1")
        assert a.count("dependency") == b.count("dependency") == 1
        assert a.conflicts() == []
    finally:
        b.close()


# -- evenings -----------------------------------------------------------------------------------


def test_every_dated_evening_is_a_derived_step_on_the_doe_spoor(project):
    project.add("bijeenkomst", title="Avond zonder datum")
    later = project.add("bijeenkomst", title="Tweede avond", date="2026-11-12",
                        place="Buurthuis")
    gone = project.add("bijeenkomst", title="Afgelast", date="2026-10-01")
    project.delete("bijeenkomst", gone)
    first = project.all("bijeenkomst", title="Eerste avond")[0].id
    assert tl.evening_items(project) == [
        tl.EveningItem(first, "Eerste avond", "2026-09-17", ""),
        tl.EveningItem(later, "Tweede avond", "2026-11-12", "Buurthuis")]
    assert {(e.track, e.kind) for e in tl.evening_items(project)} == {("doe", "bijeenkomst")}
    assert project.count("timeline_item") == 0  # derived, not stored


# -- clashes ------------------------------------------------------------------------------------


def test_a_clean_plan_has_no_clashes(plan):
    p, ids = plan
    tl.add_dependency(p, ids["alfa"], ids["beta"])  # Bèta starts the day after Alfa ends
    tl.add_dependency(p, ids["beta"], ids["gamma"])
    tl.add_dependency(p, ids["gamma"], ids["besluit"])  # prepares the decision, in time
    for n, (start, end) in enumerate([("2026-01-01", "2026-12-31"),
                                      ("2027-01-01", "2027-12-31")], start=1):
        p.add("phase_span", number=n, start=start, end=end)
    tl.update_item(p, ids["alfa"], phase=2)
    tl.update_item(p, ids["besluit"], phase=2)
    past = step(p, "Al gedaan", start="2026-03-01", end="2026-04-01", status="klaar", phase=1)
    step(p, "Zonder datum", status="bezig", phase=1)
    assert tl.clashes(p, "2026-12-01") == []
    # A step that ends today is not overdue yet.
    tl.update_item(p, past, status="bezig", end="2026-12-01")
    assert tl.clashes(p, "2026-12-01") == []
    assert [c.kind for c in tl.clashes(p, "2026-12-02")] == ["overdue"]


def test_a_step_starting_before_what_it_depends_on_is_done_clashes(plan):
    p, ids = plan
    tl.add_dependency(p, ids["beta"], ids["alfa"])  # Alfa waits for Bèta, but starts earlier
    [clash] = tl.clashes(p, TODAY)
    assert (clash.kind, clash.item_ids) == ("dependency", (ids["beta"], ids["alfa"]))
    assert clash.message_code == "dependency_too_early"
    assert clash.english() == ("'Alfa' starts (2027-01-01) before 'Bèta', which it depends "
                               "on, is done (2027-06-30).")
    # Without an end, what it depends on is done when it starts.
    milestone = step(p, "Mijlpaal", kind="mijlpaal", start="2027-02-01")
    tl.add_dependency(p, milestone, ids["gamma"])
    assert len(tl.clashes(p, TODAY)) == 1
    tl.update_item(p, ids["gamma"], start="2027-01-15")
    second = tl.clashes(p, TODAY)[1]
    assert second.item_ids == (milestone, ids["gamma"])
    assert second.params["finish"] == "2027-02-01"


def test_a_doe_step_after_the_decision_it_prepares_clashes_once(plan):
    p, ids = plan
    tl.update_item(p, ids["gamma"], start="2027-10-15")  # after the decision of 2027-09-30
    tl.add_dependency(p, ids["gamma"], ids["besluit"])
    [clash] = tl.clashes(p, TODAY)  # not also as a "dependency" clash
    assert (clash.kind, clash.item_ids) == ("decision", (ids["gamma"], ids["besluit"]))
    assert clash.english() == ("'Gamma' on the doe-spoor starts (2027-10-15) after the decision "
                               "it prepares, 'Besluit warmtenet' (2027-09-30).")
    # A doe-step that starts in time but ends after the decision: an ordinary dependency clash.
    tl.update_item(p, ids["gamma"], start="2027-09-01", end="2027-10-31")
    assert [c.kind for c in tl.clashes(p, TODAY)] == ["dependency"]
    # Only a besluit on the denk-spoor is a decision.
    tl.update_item(p, ids["gamma"], start="2027-10-15", end=None)
    tl.update_item(p, ids["besluit"], kind="mijlpaal")
    assert [c.kind for c in tl.clashes(p, TODAY)] == ["dependency"]


def test_a_step_outside_its_phase_clashes(plan):
    p, ids = plan
    p.add("phase_span", number=2, start="2027-01-01", end="2027-05-31")
    p.add("phase_span", number=3, start="2027-06-01", end=None)  # open-ended
    tl.update_item(p, ids["alfa"], phase=2)  # inside
    tl.update_item(p, ids["beta"], phase=2)  # ends after phase 2
    tl.update_item(p, ids["gamma"], phase=3)  # inside the open end
    tl.update_item(p, ids["besluit"], phase=4)  # phase 4 has no span: no clash
    [clash] = tl.clashes(p, TODAY)
    assert (clash.kind, clash.item_ids) == ("phase", (ids["beta"],))
    assert clash.english() == ("'Bèta' lies outside the dates of phase 2 (Karakteriseren van "
                               "het gebied: 2027-01-01 – 2027-05-31).")
    tl.update_item(p, ids["gamma"], start="2027-05-01")  # starts before phase 3
    assert [c.item_ids for c in tl.clashes(p, TODAY)] == [(ids["beta"],), (ids["gamma"],)]
    assert tl.clashes(p, TODAY)[1].params["span"] == "2027-06-01 – …"


def test_an_open_step_past_its_date_is_overdue(plan):
    p, ids = plan
    assert tl.clashes(p, "2027-03-31") == []  # ends today: not yet
    overdue = tl.clashes(p, "2027-07-02")
    assert [(c.kind, c.item_ids) for c in overdue] == [
        ("overdue", (ids["alfa"],)), ("overdue", (ids["beta"],)), ("overdue", (ids["gamma"],))]
    assert overdue[0].english() == ("'Alfa' should have been done by 2027-03-31, but its status "
                                    "is 'gepland'.")
    assert overdue[2].params["date"] == "2027-07-01"  # no end: its start
    tl.update_item(p, ids["alfa"], status="klaar")
    tl.update_item(p, ids["beta"], status="uitgesteld")  # postponed is still open
    assert [c.item_ids for c in tl.clashes(p, "2027-07-02")] == [(ids["beta"],), (ids["gamma"],)]


def test_clashes_come_in_a_fixed_order_and_skip_deleted_steps(plan):
    p, ids = plan
    p.add("phase_span", number=2, start="2027-01-01", end="2027-05-31")
    tl.update_item(p, ids["beta"], phase=2)
    tl.add_dependency(p, ids["beta"], ids["alfa"])
    tl.update_item(p, ids["gamma"], start="2027-10-15")
    tl.add_dependency(p, ids["gamma"], ids["besluit"])
    found = tl.clashes(p, "2027-04-15")
    assert [c.kind for c in found] == ["dependency", "decision", "phase", "overdue"]
    assert tl.clashes(p, "2027-04-15") == found
    p.delete("timeline_item", ids["beta"])
    assert [c.kind for c in tl.clashes(p, "2027-04-15")] == ["decision", "overdue"]


def test_clash_messages_speak_dutch_and_english():
    import string

    assert set(tl.CLASH_TEMPLATES) == set(tl.CLASH_TEMPLATES_NL)
    for code, english in tl.CLASH_TEMPLATES.items():
        def names(text: str) -> set[str]:
            return {n for _, n, _, _ in string.Formatter().parse(text) if n}
        assert names(english) == names(tl.CLASH_TEMPLATES_NL[code]), code
    clash = tl.Clash("overdue", ("x",), "overdue",
                     {"title": "Brief", "date": "2026-10-31", "status": "bezig"})
    assert tl.clash_text(clash) == tl.clash_text(clash, "nl") == (
        "'Brief' had op 2026-10-31 klaar moeten zijn, maar de status is 'bezig'.")
    assert tl.clash_text(clash, "en") == clash.english() == (
        "'Brief' should have been done by 2026-10-31, but its status is 'bezig'.")
    broken = tl.Clash("overdue", ("x",), "overdue", {})  # never raises for the view
    assert tl.clash_text(broken, "en") == tl.CLASH_TEMPLATES["overdue"]


def test_the_new_errors_speak_dutch(qapp):
    from PySide6.QtCore import QLocale

    from wijkdesk import i18n
    from wijkdesk.messages import error_text

    locale = QLocale()  # install() sets the default locale; later tests get it back
    translator = i18n.install(qapp, "nl")
    assert translator is not None, "wijkdesk_nl.qm is missing: run make"
    try:
        err = ValidationError("dependency_cycle", cycle="A → B → A")
        assert error_text(err) == "De stappen zouden in een kring op elkaar wachten: A → B → A."
        err = ValidationError("stip_not_on_denk", title="Aardgasvrij")
        assert error_text(err) == ("Een stip op de horizon hoort op het denk-spoor; "
                                   "'Aardgasvrij' staat op het doe-spoor.")
    finally:
        i18n.uninstall(qapp, translator)
        QLocale.setDefault(locale)


# -- the current phase --------------------------------------------------------------------------


def test_the_current_phase_is_the_facilitators_choice_else_the_span_holding_today(project):
    assert tl.current_phase(project, TODAY) is None
    project.add("phase_span", number=1, start="2025-01-01", end="2026-06-30")
    project.add("phase_span", number=2, start="2026-07-01", end="2027-06-30")
    project.add("phase_span", number=3, start="2027-05-01", end=None)  # overlaps phase 2
    assert tl.current_phase(project, "2025-03-01") == 1
    assert tl.current_phase(project, "2026-07-01") == 2
    assert tl.current_phase(project, "2027-05-15") == 3  # the one that started last
    assert tl.current_phase(project, "2040-01-01") == 3
    assert tl.current_phase(project, "2024-12-31") is None
    project.update("project", project.id, current_phase=4)  # set by the facilitator: it wins
    assert tl.current_phase(project, "2025-03-01") == 4


# -- the demo -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = build_demo(tmp_path_factory.mktemp("demo") / "demo.wijkdesk", device=DEVICE_A)
    yield p
    p.close()


def test_the_demo_timeline_shows_both_lanes_a_stip_and_every_kind_of_clash(demo):
    steps = tl.items(demo)
    assert {t.track for t in steps} == {"denk", "doe"}
    [stip] = [t for t in steps if t.kind == "stip"]
    assert stip.track == "denk" and stip.start.startswith("2035")
    assert len(tl.dependencies(demo)) >= 10
    assert sorted(s.number for s in demo.all("phase_span")) == [1, 2, 3, 4, 5, 6]
    found = tl.clashes(demo, TODAY)
    assert [c.kind for c in found] == ["dependency", "decision", "phase", "overdue"]
    assert tl.clashes(demo, TODAY) == found
    assert tl.current_phase(demo, TODAY) == 2
    # The evenings are on the doe-spoor once: derived, not also stored as steps.
    evenings = tl.evening_items(demo)
    assert len(evenings) == 2
    assert not {e.date for e in evenings} & {t.start for t in steps if t.kind == "bijeenkomst"}


def test_the_demo_links_steps_to_clusters_agreements_actions_and_parties(demo):
    kinds_linked = {k for t in tl.items(demo) for k, _ in tl.links_of(demo, t.id)}
    assert {"cluster", "agreement", "action_item", "stakeholder"} <= kinds_linked
    [cluster] = demo.all("cluster", name="Proefstraat warmtenet")
    assert [r.title for _, r in tl.links_of(demo, cluster.id)] == [
        "Proefstraat Zwaluwstraat: ontwerp en instemming huurders"]
    assert demo.count("link") >= 10


def test_the_demo_is_the_same_every_time(demo, tmp_path):
    def content(p: Project) -> tuple:
        titles = {t.id: t.title for t in p.all("timeline_item")}
        return (sorted(titles.values()),
                sorted((titles[d.before_id], titles[d.after_id]) for d in tl.dependencies(p)),
                [(c.kind, c.english()) for c in tl.clashes(p, TODAY)],
                sorted((titles[t.id], k, tl.label(r, k))
                       for t in tl.items(p) for k, r in tl.links_of(p, t.id)))

    with build_demo(tmp_path / "again.wijkdesk", device=DEVICE_B) as again:
        assert content(again) == content(demo)

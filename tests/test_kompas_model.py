"""The Wijkkompas's model (issue 8): the starter set, knooppunten and their records, edits and
their undo, links, the phase rule, "Waar staan we?", suggestions, the APK, merging and the demo.
No Qt.

Most tests use the built-in starter set (the ``builtin`` fixture points the starter file at a
missing path), so that they do not depend on the shipped ``knooppunten.json``; the tests of
that file and of the demo use the real one.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import run_cli_bytes
from wijkdesk.model import Project, ValidationError, kompas
from wijkdesk.model import timeline as tl
from wijkdesk.model.board import EditLog
from wijkdesk.model.demo import build_demo
from wijkdesk.model.dump import dump_data, dump_text

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "resources" / "templates" / "knooppunten.json"
DEVICE_C = "cccccccc-0000-4000-8000-000000000003"


@pytest.fixture
def builtin(monkeypatch, tmp_path):
    """The built-in starter set (12 knooppunten, two per phase, one per track)."""
    monkeypatch.setattr(kompas, "_default_file", lambda: tmp_path / "geen-knooppunten.json")
    return kompas.starter_set()


@pytest.fixture
def p(project, builtin):
    return project


def find(p: Project, key: str) -> kompas.Knooppunt:
    return next(k for k in kompas.knooppunten(p) if k.key == key)


def refused(p: Project, code: str, action, *args, **kwargs) -> ValidationError:
    """Run an action that must be refused with code, and show that the file did not change."""
    before = dump_text(p)
    with pytest.raises(ValidationError) as info:
        action(*args, **kwargs)
    assert info.value.code == code, info.value
    assert dump_text(p) == before
    return info.value


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# -- the starter set --------------------------------------------------------------------------


@pytest.mark.skipif(not SHIPPED.exists(), reason="knooppunten.json is not there (yet)")
def test_the_shipped_starter_set_loads_whole():
    entries = json.loads(SHIPPED.read_text(encoding="utf-8"))["knooppunten"]
    starters = kompas.starter_set()
    assert len(starters) == len(entries) >= 24  # nothing in it is damaged
    assert {(k.phase, k.track) for k in starters} == {
        (ph, t) for ph in range(1, 7) for t in kompas.TRACKS}
    assert len({k.key for k in starters}) == len(starters)
    assert all(k.id == kompas.knooppunt_id(k.key) for k in starters)
    assert all(k.title and k.goal and k.approach and k.tips and k.prompt for k in starters)
    from wijkdesk.model.stakeholders import stakeholder_types

    assert {p for k in starters for p in k.parties} <= set(stakeholder_types())
    assert starters == sorted(starters, key=kompas._order)


def test_the_starter_set_comes_from_its_file_and_skips_damaged_entries(tmp_path):
    good = {"key": "a-een", "phase": 2, "track": "technisch", "title": "Een", "title_en": "One",
            "goal": "Doel", "approach": "Aanpak", "tips": ["Tip 1", " ", "Tip 2"],
            "parties": ["Netbeheerder", "vereniging van eigenaars"], "prompt": "Vraag?"}
    entries = [
        good,
        {**good, "key": "a-twee", "title": "Twee", "tips": [], "parties": []},
        {**good, "key": "a-een", "title": "Dubbel"},  # the same key again
        {**good, "key": "a-drie", "phase": 7},
        {**good, "key": "a-vier", "track": "denk"},
        {**good, "key": "a-vijf", "title": ""},
        {**good, "key": "A Zes"},
        {**good, "key": "a-zeven", "tips": "geen lijst"},
        {**good, "key": "a-acht", "phase": True},
        {**good, "key": "a-negen", "goal": 12},
        "geen object",
        {"key": "a-tien", "phase": 1, "track": "sociaal", "title": "Kaal"},  # the rest optional
    ]
    path = tmp_path / "knooppunten.json"
    path.write_text(json.dumps({"about": "test", "knooppunten": entries}), encoding="utf-8")
    starters = kompas.starter_set(path)
    assert [(k.key, k.phase, k.track, k.position) for k in starters] == [
        ("a-tien", 1, "sociaal", 0), ("a-een", 2, "technisch", 0),
        ("a-twee", 2, "technisch", 1)]
    one = starters[1]
    assert (one.title, one.title_en, one.tips, one.parties) == (
        "Een", "One", ["Tip 1", "Tip 2"], ["netbeheerder", "vve"])
    assert one.label("en") == "One" and one.label("nl") == "Een"
    assert (one.status, one.stored, one.custom, one.edited) == ("niet gestart", False, False,
                                                                set())
    # Cached, and every call hands out its own copies.
    starters[1].tips.append("veranderd")
    assert kompas.starter_set(path)[1].tips == ["Tip 1", "Tip 2"]


@pytest.mark.parametrize("content", [
    None, b"", b"{niet json", b"\xff\xfe\x00garbage", b"[]", b'{"knooppunten": []}',
    b'{"knooppunten": "nee"}', b'{"knooppunten": [{"key": "x", "phase": 9}]}',
])
def test_a_missing_or_damaged_file_gives_the_built_in_set(tmp_path, content):
    path = tmp_path / "knooppunten.json"
    if content is not None:
        path.write_bytes(content)
    starters = kompas.starter_set(path)
    assert len(starters) >= 12
    for phase in range(1, 7):
        assert sorted(k.track for k in starters if k.phase == phase) == ["sociaal", "technisch"]
    assert all(k.title and k.title_en and k.goal and k.prompt and k.parties for k in starters)


# -- records only for what is touched --------------------------------------------------------


def test_knooppunten_are_not_copied_into_the_file_until_touched(p, builtin):
    nodes = kompas.knooppunten(p)
    assert [k.key for k in nodes] == [k.key for k in builtin]
    assert not any(k.stored for k in nodes) and p.count("knooppunt") == 0
    assert all(k.id == kompas.knooppunt_id(k.key) for k in nodes)
    assert kompas.knooppunt_id("gebied-afbakenen") == kompas.knooppunt_id("gebied-afbakenen")
    k = nodes[1]
    kompas.set_status(EditLog(p), k.id, "bezig", note="Kaart ligt klaar")
    assert p.count("knooppunt") == 1
    rec = p.get("knooppunt", k.id)  # the derived id
    assert (rec.key, rec.phase, rec.track, rec.status, rec.note) == (
        k.key, k.phase, k.track, "bezig", "Kaart ligt klaar")
    assert all(rec[name] == "" for name in kompas.TEXT_FIELDS)  # "the starter's text"
    # Only what was set is in the log: no default text or status that a merge would weigh.
    assert {h.field for h in p.history(k.id)} == {"key", "phase", "track", "status", "note"}
    joined = kompas.knooppunt(p, k.id)
    assert (joined.title, joined.tips, joined.stored, joined.edited) == (
        k.title, k.tips, True, set())
    # Setting the status a knooppunt already has makes no record.
    kompas.set_status(EditLog(p), nodes[0].id, "niet gestart")
    assert p.count("knooppunt") == 1


def test_an_unknown_knooppunt_is_refused(p):
    refused(p, "no_such_record", kompas.set_status, EditLog(p), kompas.knooppunt_id("x"),
            "bezig")
    refused(p, "no_such_record", kompas.edit_knooppunt, EditLog(p), "nee", title="X")


# -- edits and their undo -----------------------------------------------------------------------


def test_set_status_dates_and_undo(p):
    k = find(p, "gebied-afbakenen")
    log = EditLog(p)
    kompas.set_status(log, k.id, "afgerond")
    assert kompas.knooppunt(p, k.id).date == dt.date.today().isoformat()
    log.undo()
    back = kompas.knooppunt(p, k.id)
    assert (back.status, back.date) == ("niet gestart", None)
    log.redo()
    assert kompas.knooppunt(p, k.id).status == "afgerond"
    # A given date wins; done again keeps its date; None leaves date and note alone.
    kompas.set_status(EditLog(p), k.id, "afgerond", date="2026-03-01", note="Klaar")
    kompas.set_status(EditLog(p), k.id, "afgerond")
    kompas.set_status(EditLog(p), k.id, "bezig")
    again = kompas.knooppunt(p, k.id)
    assert (again.status, again.date, again.note) == ("bezig", "2026-03-01", "Klaar")
    refused(p, "bad_choice", kompas.set_status, EditLog(p), k.id, "klaar")
    refused(p, "bad_date", kompas.set_status, EditLog(p), k.id, "bezig", date="1-1-2026")
    # A refused edit of an untouched knooppunt leaves no record behind.
    other = find(p, "nazorg")
    refused(p, "bad_date", kompas.set_status, EditLog(p), other.id, "afgerond", date="gisteren")
    assert p.get("knooppunt", other.id) is None


def test_editing_a_starter_stores_only_what_the_facilitator_changed(p):
    k = find(p, "wensen-van-bewoners")
    log = EditLog(p)
    kompas.edit_knooppunt(log, k.id, title="Wensen ophalen in de straat", goal=k.goal,
                          tips=[*k.tips, "Neem koffie mee."], parties="Netbeheerder, wijkteam")
    rec = p.get("knooppunt", k.id)
    assert rec.title == "Wensen ophalen in de straat"
    assert rec.goal == ""  # the same as the starter's: not stored
    assert rec.tips == "\n".join([*k.tips, "Neem koffie mee."])
    assert rec.parties == "netbeheerder, wijkteam"
    edited = kompas.knooppunt(p, k.id)
    assert edited.edited == {"title", "tips", "parties"}
    assert (edited.goal, edited.approach) == (k.goal, k.approach)  # the starter's
    assert edited.label("en") == "Wensen ophalen in de straat"  # an edited title is shown
    assert edited.tips[-1] == "Neem koffie mee."
    kompas.edit_knooppunt(EditLog(p), k.id, phase=3, note="Naar fase 3")
    assert kompas.knooppunt(p, k.id).edited == {"title", "tips", "parties", "phase"}
    reset = EditLog(p)
    kompas.reset_text(reset, k.id)
    back = kompas.knooppunt(p, k.id)
    assert (back.title, back.tips, back.parties, back.phase, back.note) == (
        k.title, k.tips, k.parties, 3, "Naar fase 3")
    assert back.edited == {"phase"}
    reset.undo()
    assert kompas.knooppunt(p, k.id).title == "Wensen ophalen in de straat"
    log.undo()
    assert kompas.knooppunt(p, k.id).edited == {"phase"}
    # An empty title is refused with an error the UI can show; so is an unknown field.
    error = refused(p, "field_required", kompas.edit_knooppunt, EditLog(p), k.id, title="  ")
    assert "title" in error.english()
    refused(p, "unknown_field", kompas.edit_knooppunt, EditLog(p), k.id, status="bezig")
    refused(p, "bad_choice", kompas.edit_knooppunt, EditLog(p), k.id, track="denk")
    # Editing an untouched starter to its own text makes no record.
    untouched = find(p, "nazorg")
    kompas.edit_knooppunt(EditLog(p), untouched.id, title=untouched.title, tips=untouched.tips)
    assert p.get("knooppunt", untouched.id) is None


def test_own_knooppunten_are_added_at_the_end_and_deleted_with_their_links(p):
    log = EditLog(p)
    own = kompas.add_knooppunt(log, 2, "sociaal", " Koffie in de flat ",
                               tips="Tip een\nTip twee", parties=["wijkteam"], status="bezig")
    k = kompas.knooppunt(p, own)
    assert (k.title, k.custom, k.stored, k.key, k.tips, k.status) == (
        "Koffie in de flat", True, True, "", ["Tip een", "Tip twee"], "bezig")
    cell = [x for x in kompas.knooppunten(p) if (x.phase, x.track) == (2, "sociaal")]
    assert cell[-1].id == own and k.position == 1  # after the starter one (position 0)
    log.undo()
    assert all(x.id != own for x in kompas.knooppunten(p))
    log.redo()
    party = p.add("stakeholder", name="Wijkteam", type="wijkteam")
    kompas.link(EditLog(p), own, party)
    delete = EditLog(p)
    kompas.delete_knooppunt(delete, own)
    assert all(x.id != own for x in kompas.knooppunten(p))
    assert p.count("link") == 0
    delete.undo()
    assert kompas.knooppunt(p, own).title == "Koffie in de flat"
    assert [r.id for _, r in kompas.links_of(p, own)] == [party]
    refused(p, "field_required", kompas.add_knooppunt, EditLog(p), 1, "sociaal", "")
    refused(p, "bad_choice", kompas.add_knooppunt, EditLog(p), 7, "sociaal", "X")
    error = refused(p, "knooppunt_is_starter", kompas.delete_knooppunt, EditLog(p),
                    find(p, "nazorg").id)
    assert "not applicable" in error.english()
    kompas.reset_text(EditLog(p), own)  # nothing to go back to: nothing happens
    assert kompas.knooppunt(p, own).title == "Koffie in de flat"


# -- links ------------------------------------------------------------------------------------


def test_links_both_ways_and_a_starter_is_made_when_linked(p):
    rnd = p.all("round")[0]
    cluster = p.add("cluster", round_id=rnd.id, name="Groen")
    step = tl.add_item(p, title="Schouw")
    k = find(p, "partijen-aan-tafel")
    log = EditLog(p)
    first = kompas.link(log, k.id, cluster)
    assert first == tl.link_id(k.id, cluster)
    assert p.get("knooppunt", k.id) is not None  # made by the link
    kompas.link(log, k.id, step)
    assert [kind for kind, _ in kompas.links_of(p, k.id)] == ["cluster", "timeline_item"]
    assert [x.id for x in kompas.serving(p, cluster)] == [k.id]
    assert [(kind, r.id) for kind, r in tl.links_of(p, step)] == [("knooppunt", k.id)]
    assert tl.label(p.get("knooppunt", k.id), "knooppunt") == k.title  # the starter's title
    log.undo()
    assert kompas.links_of(p, k.id) == [] and kompas.serving(p, cluster) == []
    log.redo()
    unlink = EditLog(p)
    kompas.unlink(unlink, k.id, cluster)
    assert [kind for kind, _ in kompas.links_of(p, k.id)] == ["timeline_item"]
    unlink.undo()
    assert [x.id for x in kompas.serving(p, cluster)] == [k.id]
    # Refused: an unknown target (and no record made for it), twice, a missing link.
    other = find(p, "nazorg")
    refused(p, "link_unknown", kompas.link, EditLog(p), other.id,
            "00000000-0000-4000-8000-000000000999")
    assert p.get("knooppunt", other.id) is None
    refused(p, "link_exists", kompas.link, EditLog(p), k.id, cluster)
    refused(p, "link_missing", kompas.unlink, EditLog(p), other.id, cluster)


# -- the phase --------------------------------------------------------------------------------


@pytest.mark.parametrize(("nodes", "phase"), [
    ([(1, "niet gestart"), (2, "niet gestart")], None),  # nothing set yet
    ([(1, "nvt"), (1, "niet gestart"), (2, "niet gestart")], 1),  # triage only: phase 1
    ([(1, "nvt"), (1, "nvt"), (2, "niet gestart")], 2),  # phase 1 does not apply
    ([(1, "afgerond"), (1, "niet gestart"), (2, "niet gestart")], 1),
    ([(1, "afgerond"), (1, "afgerond"), (2, "niet gestart")], 2),  # phase 1 done
    ([(1, "niet gestart"), (3, "bezig"), (3, "niet gestart")], 3),  # leftovers don't pull
    ([(1, "niet gestart"), (2, "afgerond"), (2, "nvt"), (4, "niet gestart")], 4),
    ([(2, "afgerond"), (3, "nvt"), (5, "niet gestart")], 5),  # skip a phase that is all nvt
    ([(1, "afgerond"), (6, "afgerond")], 6),  # everything done: the last phase worked in
    ([(1, "afgerond"), (2, "afgerond")], 2),
])
def test_the_phase_rule(nodes, phase):
    assert kompas._phase_from(nodes) == phase


def test_the_phase_rule_is_written_out_in_both_languages():
    nl, en = kompas.PHASE_RULE
    assert "hoogste fase" in nl and "highest phase" in en
    assert all(len(rule) == 2 and all(rule) for rule in kompas.SUGGESTION_RULES)
    assert len(kompas.SUGGESTION_RULES) >= 4


def test_the_current_phase_follows_override_then_statuses_then_dates(p):
    assert kompas.current_phase(p, "2026-11-25") == (None, "")
    p.add("phase_span", number=4, start="2026-01-01", end="2026-12-31")
    assert kompas.current_phase(p, "2026-11-25") == (4, "dates")
    assert tl.current_phase(p, "2026-11-25") == 4
    log = EditLog(p)
    for key in ("partijen-aan-tafel", "gebied-afbakenen"):
        kompas.set_status(log, find(p, key).id, "afgerond")
    assert kompas.derived_phase(p) == 2
    assert kompas.current_phase(p, "2026-11-25") == (2, "statuses")
    assert tl.current_phase(p, "2026-11-25") == 2  # the timeline agrees
    kompas.set_status(log, find(p, "wensen-van-bewoners").id, "bezig")
    kompas.set_status(log, find(p, "vormen-van-meedoen").id, "nvt")
    assert kompas.derived_phase(p) == 2
    p.update("project", p.id, current_phase=5)
    assert kompas.current_phase(p) == (5, "override") and tl.current_phase(p) == 5
    log.undo()  # back to nothing set: the override still holds, then the dates
    p.update("project", p.id, current_phase=None)
    assert kompas.current_phase(p, "2026-11-25") == (4, "dates")
    assert kompas.phase_source_text("statuses", "en") == "follows from the statuses"


# -- waar staan we? ---------------------------------------------------------------------------


def test_where_we_stand(p):
    p.add("stakeholder", name="Gemeente Testwijk", type="Gemeente")  # a label counts too
    p.add("stakeholder", name="Bewoners", type="bewonersgroep")
    log = EditLog(p)
    kompas.set_status(log, find(p, "partijen-aan-tafel").id, "afgerond", date="2026-02-01")
    kompas.set_status(log, find(p, "gebied-afbakenen").id, "afgerond", date="2026-05-01")
    kompas.set_status(log, find(p, "wijk-technisch-in-beeld").id, "bezig")
    own = kompas.add_knooppunt(log, 2, "technisch", "Eigen stap", parties="warmtebedrijf",
                               status="afgerond", date=None)
    dated = kompas.add_knooppunt(log, 6, "technisch", "Klaar", status="afgerond")
    assert kompas.knooppunt(p, dated).date == dt.date.today().isoformat()
    kompas.delete_knooppunt(log, dated)
    st = kompas.where_we_stand(p, lang="nl")
    assert (st.phase, st.source, st.phase_name, st.focus_phase) == (
        2, "statuses", "Karakteriseren van het gebied", 2)
    assert st.source_text == "volgt uit de statussen"
    # Done, latest first (an undated one after the dated ones).
    assert [k.key or k.id for k in st.done] == ["gebied-afbakenen", "partijen-aan-tafel", own]
    assert [k.key for k in st.open_by_track["sociaal"]] == ["wensen-van-bewoners"]
    assert [k.key for k in st.open_by_track["technisch"]] == ["wijk-technisch-in-beeld"]
    # The parties the open knooppunten name that the network lacks, most asked first.
    missing = {m.key: m for m in st.missing_parties}
    assert set(missing) == {"wijkteam", "huurdersvereniging", "netbeheerder",
                            "woningcorporatie"}
    assert missing["netbeheerder"].label == "Netbeheerder"
    assert missing["wijkteam"].asked_by == ["Wat bewoners willen voor huis en buurt"]
    assert "gemeente" not in missing and "bewonersgroep" not in missing
    assert "warmtebedrijf" not in missing  # only open knooppunten ask
    assert st.progress[1] == (2, 2) and st.progress[2] == (1, 3)
    en = kompas.where_we_stand(p, lang="en")
    assert en.phase_name == "Characterising the area"
    assert en.missing_parties[0].asked_by[0] in (
        "What residents want for their home and neighbourhood", "The technical picture of the wijk")
    # Nothing known: the lists are about phase 1.
    with Project.create(p.path.with_name("leeg.wijkdesk"), device=DEVICE_A) as empty:
        st = kompas.where_we_stand(empty)
        assert (st.phase, st.source, st.focus_phase, st.done) == (None, "", 1, [])
        assert [k.key for k in st.open_by_track["sociaal"]] == ["partijen-aan-tafel"]


# -- suggestions ------------------------------------------------------------------------------


def test_suggestions_follow_the_rules_in_order(p):
    log = EditLog(p)
    # Nothing set: phase 1 is the current one; both tracks not started.
    first = kompas.suggestions(p)
    assert [(s.rule, s.knooppunt.key) for s in first] == [
        (2, "partijen-aan-tafel"), (2, "gebied-afbakenen")]
    assert kompas.first_round_prompt(p) == (
        find(p, "partijen-aan-tafel").prompt,
        "Bij 'De juiste partijen aan tafel': Nog niet gestart in fase 1 (Samen starten).")
    # Phase 2 under way, phase 1 partly left behind.
    kompas.set_status(log, find(p, "partijen-aan-tafel").id, "afgerond")
    kompas.set_status(log, find(p, "wijk-technisch-in-beeld").id, "afgerond")
    kompas.set_status(log, find(p, "wensen-van-bewoners").id, "niet gestart")
    own = kompas.add_knooppunt(log, 2, "technisch", "Eigen", status="bezig")
    out = kompas.suggestions(p, limit=None)
    assert [(s.rule, s.knooppunt.key or s.knooppunt.id) for s in out] == [
        (1, own),  # in progress in phase 2
        (2, "wensen-van-bewoners"),  # the social track lags behind (0 of 1 done)
        (3, "gebied-afbakenen"),  # left behind in phase 1
    ]
    assert out[1].reason == ("Nog niet gestart in fase 2; het sociale spoor loopt achter "
                             "(0 van 1 afgerond).")
    assert kompas.suggestions(p, "en")[2].reason == (
        "Left behind in phase 1 (Starting together), while we are in phase 2.")
    assert len(kompas.suggestions(p, limit=2)) == 2
    assert kompas.suggestions(p) == kompas.suggestions(p)  # deterministic
    # The prompt comes from the first suggestion with one (the own one has none).
    prompt, why = kompas.first_round_prompt(p, "en")
    assert prompt == find(p, "wensen-van-bewoners").prompt
    assert why.startswith("For 'What residents want for their home and neighbourhood': ")
    # Phase 2 done by hand's choice of phase: the next phase's open ones (rule 4).
    kompas.set_status(log, find(p, "wensen-van-bewoners").id, "afgerond")
    kompas.set_status(log, own, "nvt")
    kompas.set_status(log, find(p, "gebied-afbakenen").id, "afgerond")
    p.update("project", p.id, current_phase=2)
    out = kompas.suggestions(p)
    assert [(s.rule, s.knooppunt.key) for s in out] == [
        (4, "vormen-van-meedoen"), (4, "warmteopties-vergelijken")]
    assert out[0].reason == ("Fase 2 is rond; dit is de volgende stap in fase 3 "
                             "(Strategieën bepalen).")
    # Everything done or not applicable: nothing to suggest, no prompt.
    for k in kompas.knooppunten(p):
        if k.is_open:
            kompas.set_status(log, k.id, "afgerond")
    assert kompas.suggestions(p) == [] and kompas.first_round_prompt(p) is None


def test_the_same_statuses_give_the_same_suggestions_on_another_laptop(project_path, tmp_path,
                                                                      builtin):
    results = []
    for n, device in enumerate((DEVICE_A, DEVICE_B)):
        with Project.create(tmp_path / f"laptop{n}.wijkdesk", device=device) as p:
            log = EditLog(p)
            keys = ["gebied-afbakenen", "partijen-aan-tafel", "wijk-technisch-in-beeld"]
            for key in keys if n == 0 else reversed(keys):
                kompas.set_status(log, find(p, key).id, "afgerond", date="2026-01-01")
            results.append([(s.rule, s.knooppunt.id, s.reason)
                            for s in kompas.suggestions(p, limit=None)])
    assert results[0] == results[1]


# -- the APK ----------------------------------------------------------------------------------


def test_one_apk_per_evening_saved_and_updated(p):
    evening = p.all("bijeenkomst")[0]
    log = EditLog(p)
    apk = kompas.save_apk(log, evening.id, None, {"urgency": 4, "trust": 2},
                          {"trust": " Nog broos ", "urgency_note": "Ja"}, "Eerste APK")
    assert apk == kompas.apk_id(evening.id)
    rec = p.get("apk", apk)
    assert (rec.date, rec.urgency, rec.trust, rec.trust_note, rec.urgency_note, rec.vision,
            rec.summary) == ("2026-09-17", 4, 2, "Nog broos", "Ja", 0, "Eerste APK")
    again = EditLog(p)
    assert kompas.save_apk(again, evening.id, "2026-09-18", {"trust": 3}, {}, "Bijgewerkt") == apk
    rec = p.get("apk", apk)
    assert (rec.date, rec.urgency, rec.trust, rec.summary) == ("2026-09-18", 4, 3, "Bijgewerkt")
    assert p.count("apk") == 1
    again.undo()
    assert (p.get("apk", apk).trust, p.get("apk", apk).summary) == (2, "Eerste APK")
    log.undo()
    assert p.count("apk") == 0
    log.redo()
    assert p.get("apk", apk).trust == 2
    # Saved again after it was removed: the same record comes back.
    p.delete("apk", apk)
    kompas.save_apk(EditLog(p), evening.id, None, {"vision": 5}, {})
    assert p.count("apk") == 1 and p.get("apk", apk).vision == 5
    # Without an evening, each save is a new APK (dated today unless given).
    loose = kompas.save_apk(EditLog(p), None, None, {"vision": 1}, {})
    assert loose != apk and p.get("apk", loose).date == dt.date.today().isoformat()
    refused(p, "out_of_range", kompas.save_apk, EditLog(p), evening.id, None, {"trust": 6}, {})
    refused(p, "unknown_field", kompas.save_apk, EditLog(p), evening.id, None, {"geluk": 3}, {})
    refused(p, "unknown_field", kompas.save_apk, EditLog(p), evening.id, None, {}, {"x": "y"})
    refused(p, "no_such_record", kompas.save_apk, EditLog(p),
            "00000000-0000-4000-8000-000000000999", None, {}, {})


def test_apks_in_order_trend_and_chart(p, tmp_path):
    first = p.all("bijeenkomst")[0]
    second = p.add("bijeenkomst", title="Tweede avond", date="2026-11-12")
    log = EditLog(p)
    chart = kompas.apk_chart(p, tmp_path / "leeg.png")  # no APK yet: still a picture
    assert png_size(chart) == kompas.APK_CHART_SIZE
    kompas.save_apk(log, second, None, {"urgency": 4, "trust": 3}, {})
    kompas.save_apk(log, first.id, None, {"urgency": 2, "trust": 3, "vision": 2}, {})
    assert [r.bijeenkomst_id for r in kompas.apks(p)] == [first.id, second]
    assert kompas.apk_for(p, second).urgency == 4
    trend = kompas.apk_trend(p)
    assert trend["urgency"] == (2, 4) and trend["trust"] == (3, 3)
    assert trend["vision"] == (None, 2)  # not scored the second time
    assert trend["communication"] == (None, None)
    assert [kompas.trend_arrow(*trend[n]) for n in ("urgency", "trust", "vision")] == [
        "↑", "=", ""]
    assert kompas.trend_arrow(4, 2) == "↓"
    chart = kompas.apk_chart(p, tmp_path / "apk.png", "en")
    assert png_size(chart) == (800, 450) and chart.stat().st_size > 5000
    svg = kompas.apk_chart(p, tmp_path / "apk.svg")
    assert b"<svg" in svg.read_bytes()[:500] and b"Urgentie" in svg.read_bytes()
    from wijkdesk.model.errors import WijkdeskError

    with pytest.raises(WijkdeskError):
        kompas.apk_chart(p, tmp_path / "apk.gif")
    with pytest.raises(WijkdeskError):
        kompas.apk_chart(p, p.path.with_suffix(".png").with_name(p.path.name), format="png")
    assert [q[0] for q in kompas.APK_QUESTIONS] == [
        "urgency", "vision", "residents_role", "trust", "frontrunners", "facilitation",
        "communication"]
    assert kompas.apk_question("trust") == "Groeit het vertrouwen?"
    assert kompas.apk_question("trust", "en") == "Is trust growing?"


def test_the_chart_draws_headless_without_pyplot(tmp_path, p):
    import os
    import subprocess
    import sys

    code = ("import sys; from wijkdesk.model import Project, kompas\n"
            f"p = Project.open({str(p.path)!r}, read_only=True)\n"
            f"kompas.apk_chart(p, {str(tmp_path / 'x.png')!r})\n"
            "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot'\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt'\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLBACKEND": "QtAgg"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr


# -- merging, dumping and erasing -----------------------------------------------------------


def _laptops(project, tmp_path):
    """Two copies of one project, open on laptops A and B."""
    a = Project.open(project.save_copy(tmp_path / "a.wijkdesk"), device=DEVICE_A)
    b = Project.open(project.save_copy(tmp_path / "b.wijkdesk"), device=DEVICE_B)
    return a, b


def test_two_laptops_touching_one_starter_knooppunt_merge_into_one_record(p, tmp_path):
    a, b = _laptops(p, tmp_path)
    key = "wensen-van-bewoners"
    kompas.set_status(EditLog(a), find(a, key).id, "bezig")
    kompas.edit_knooppunt(EditLog(b), find(b, key).id, note="Keukentafelgesprekken gepland")
    evening = p.all("bijeenkomst")[0].id
    kompas.save_apk(EditLog(a), evening, None, {"urgency": 4}, {"urgency": "A"})
    kompas.save_apk(EditLog(b), evening, None, {"trust": 2}, {})
    a.close()
    b.close()
    with Project.open(tmp_path / "a.wijkdesk", device=DEVICE_A) as pa:
        pa.merge([tmp_path / "b.wijkdesk"])
        assert pa.count("knooppunt") == 1 and pa.conflicts() == []
        k = find(pa, key)
        assert (k.status, k.note, k.stored) == ("bezig", "Keukentafelgesprekken gepland", True)
        assert k.title == kompas.starter_set()[2].title  # still the starter's text
        [apk] = kompas.apks(pa)
        assert (apk.urgency, apk.urgency_note, apk.trust) == (4, "A", 2)
        merged = dump_text(pa)
    with Project.open(tmp_path / "b.wijkdesk", device=DEVICE_B) as pb:
        pb.merge([tmp_path / "a.wijkdesk"])
        assert dump_text(pb) == merged  # the other way round: the same


def test_two_different_statuses_for_one_knooppunt_are_a_conflict(p, tmp_path):
    a, b = _laptops(p, tmp_path)
    kompas.set_status(EditLog(a), find(a, "nazorg").id, "afgerond", date="2026-01-01")
    kompas.set_status(EditLog(b), find(b, "nazorg").id, "nvt")
    b.close()
    a.merge([tmp_path / "b.wijkdesk"])
    assert sorted(c.field for c in a.conflicts()) == ["status"]
    a.close()


def test_statuses_and_links_round_trip_through_save_merge_and_dump(p, tmp_path):
    rnd = p.all("round")[0]
    cluster = p.add("cluster", round_id=rnd.id, name="Groen")
    a, b = _laptops(p, tmp_path)
    log = EditLog(a)
    k = find(a, "gebied-afbakenen")
    kompas.set_status(log, k.id, "afgerond", date="2026-04-01", note="Grens getrokken")
    kompas.link(log, k.id, cluster)
    own = kompas.add_knooppunt(log, 6, "sociaal", "Straatfeest")
    kompas.save_apk(log, p.all("bijeenkomst")[0].id, None, {"vision": 3}, {})
    a.close()
    b.merge([tmp_path / "a.wijkdesk"])
    b.merge([tmp_path / "a.wijkdesk"])  # twice: nothing more
    assert b.count("knooppunt") == 2 and b.count("link") == 1 and b.count("apk") == 1
    assert find(b, "gebied-afbakenen").status == "afgerond"
    assert [kind for kind, _ in kompas.links_of(b, k.id)] == ["cluster"]
    assert [x.id for x in kompas.serving(b, cluster)] == [k.id]
    b.close()
    result = run_cli_bytes("dump", tmp_path / "b.wijkdesk")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    records = data["records"]
    assert {r["id"]: r["status"] for r in records["knooppunt"]} == {
        k.id: "afgerond", own: "niet gestart"}
    stored = next(r for r in records["knooppunt"] if r["id"] == k.id)
    assert (stored["key"], stored["title"], stored["note"], stored["date"]) == (
        "gebied-afbakenen", "", "Grens getrokken", "2026-04-01")
    assert [(r["from_id"], r["to_id"]) for r in records["link"]] == [(k.id, cluster)]
    assert [r["vision"] for r in records["apk"]] == [3]
    assert run_cli_bytes("dump", tmp_path / "a.wijkdesk").stdout == result.stdout


def test_erasing_a_note_keeps_the_starter_usable(p):
    k = find(p, "nazorg")
    kompas.set_status(EditLog(p), k.id, "bezig", note="Mevrouw Jansen belt iedereen na")
    p.erase("knooppunt", k.id)
    assert "Jansen" not in json.dumps([dict(h) for h in p.history(k.id)])
    shown = find(p, "nazorg")
    assert (shown.stored, shown.status, shown.note) == (False, "niet gestart", "")
    kompas.set_status(EditLog(p), shown.id, "afgerond", date="2026-06-01")
    again = find(p, "nazorg")
    assert again.id != k.id and again.stored and again.status == "afgerond"
    assert len([x for x in kompas.knooppunten(p) if x.key == "nazorg"]) == 1
    assert p.get("knooppunt", k.id).deleted  # an erased record stays erased
    assert kompas.derived_phase(p) == 6


def test_dump_lists_knooppunten_and_apks(p):
    data = dump_data(p)
    assert data["records"]["knooppunt"] == [] and data["records"]["apk"] == []


# -- the demo ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "klaverveld.wijkdesk"
    with build_demo(path, device=DEVICE_A) as p:
        yield p


def test_the_demo_has_a_kompas_whose_statuses_give_phase_2(demo):
    assert demo.info().current_phase is None  # no phase set by hand
    assert kompas.current_phase(demo) == (2, "statuses")
    assert tl.current_phase(demo, "2026-11-25") == 2
    nodes = kompas.knooppunten(demo)
    by_phase = {ph: [k.status for k in nodes if k.phase == ph] for ph in range(1, 7)}
    assert by_phase[1].count("afgerond") > len(by_phase[1]) / 2  # phase 1 mostly done
    assert "bezig" in by_phase[2]
    assert sum(k.status == "nvt" for k in nodes) >= 1
    assert [k.title for k in nodes if k.custom] == ["Koffieochtenden in de portiekflats"]
    kinds = {kind for k in nodes if k.stored for kind, _ in kompas.links_of(demo, k.id)}
    assert {"cluster", "timeline_item", "stakeholder"} <= kinds
    records = kompas.apks(demo)
    assert len(records) == 2
    assert {r.bijeenkomst_id for r in records} == {b.id for b in demo.all("bijeenkomst")}
    trend = kompas.apk_trend(demo)
    assert {kompas.trend_arrow(*t) for t in trend.values()} >= {"↑", "↓"}
    assert kompas.suggestions(demo)[0].rule == 1
    assert kompas.first_round_prompt(demo) is not None


def test_the_demo_with_the_built_in_starter_set(tmp_path, builtin):
    with build_demo(tmp_path / "demo.wijkdesk", device=DEVICE_C) as p:
        assert kompas.current_phase(p) == (2, "statuses")
        assert [k.title for k in kompas.knooppunten(p) if k.custom] == [
            "Koffieochtenden in de portiekflats"]
        assert len(kompas.apks(p)) == 2

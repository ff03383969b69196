"""Erasure of personal data (AVG) in the model and on the command line: every text that
mentions a name is found (case and accents aside, old values too), the chosen record is erased
and the name taken out of the rest, the file's bytes no longer hold it, and no merge, in any
order, of a copy made before brings it back."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DEVICE_A, DEVICE_B
from tests.util import assert_one_line_error, run_cli, sha256
from wijkdesk.model import FileFormatError, Project, ValidationError, erasure
from wijkdesk.model.check import check_file
from wijkdesk.model.dump import dump_text

DEVICE_C = "cccccccc-0000-4000-8000-000000000003"
NAME = "Anneke Brouwer-Ünal"
#: the name as its bytes can be in the file: as typed, and as the texts below spell it
FORMS = (NAME, "Brouwer-Ünal", "brouwer-unal", "BROUWER-ÜNAL")


def present(path: Path) -> list[str]:
    data = path.read_bytes()
    return [f for f in FORMS if f.encode("utf-8") in data]


@pytest.fixture
def wijk(tmp_path) -> dict:
    """A project in which a party's contact is mentioned in a note, a note's earlier text, an
    evening's chair, a deleted note, an action point and a timeline step; and a copy of it made
    before anything is erased."""
    path = tmp_path / "wijk" / "wijk.wijkdesk"
    path.parent.mkdir()
    older = tmp_path / "oud" / "oud.wijkdesk"
    older.parent.mkdir()
    with Project.create(path, "Avg-wijk", device=DEVICE_A) as p:
        evening = p.add("bijeenkomst", title="Avond", chair=NAME)
        rnd = p.add("round", bijeenkomst_id=evening, prompt="Wat valt op?")
        ids = {
            "evening": evening,
            "party": p.add("stakeholder", name="Speeltuinvereniging", contact_name=NAME,
                           contact_consent=True, notes="Voorzitter sinds 2019"),
            "note": p.add("insight", round_id=rnd, text="brouwer-unal wil meer bankjes"),
            "history": p.add("insight", round_id=rnd, text="Bel BROUWER-ÜNAL terug"),
            "deleted": p.add("insight", round_id=rnd, text=f"Adres van {NAME}: Dorpsstraat 4"),
            "action": p.add("action_item", bijeenkomst_id=evening, what="Speeltoestel bestellen",
                            who="Brouwer-Ünal"),
            "step": p.add("timeline_item", title=f"Gesprek met {NAME}"),
            "other": p.add("insight", round_id=rnd, text="Brouwerij aan de markt; Ünal bakt"),
            "round": rnd,
        }
        p.update("insight", ids["history"], text="Terugbellen is gedaan")
        p.delete("insight", ids["deleted"])
        p.save_copy(older)
    assert present(path) == list(FORMS)
    return {"path": path, "older": older, "ids": ids}


def test_every_text_that_mentions_the_name_is_found(wijk):
    ids = wijk["ids"]
    with Project.open(wijk["path"], device=DEVICE_A) as p:
        assert erasure.names_of(p, "stakeholder", ids["party"]) == [NAME]
        found = erasure.find_mentions(p, ["brouwer-unal"])
    by_record = {(m.kind, m.id, m.field): m for m in found}
    assert set(by_record) == {
        ("bijeenkomst", ids["evening"], "chair"), ("stakeholder", ids["party"], "contact_name"),
        ("insight", ids["note"], "text"), ("insight", ids["history"], "text"),
        ("insight", ids["deleted"], "text"), ("action_item", ids["action"], "who"),
        ("timeline_item", ids["step"], "title")}
    # "Brouwerij" and a lone "Ünal" are other words: not the name
    assert ("insight", ids["other"], "text") not in by_record
    history = by_record[("insight", ids["history"], "text")]
    assert not history.current and history.excerpt == "Bel BROUWER-ÜNAL terug"
    assert history.label == "Terugbellen is gedaan"
    assert by_record[("insight", ids["deleted"], "text")].deleted
    assert by_record[("insight", ids["note"], "text")].current


def test_the_names_a_record_is_searched_by(wijk):
    with Project.open(wijk["path"], device=DEVICE_A) as p:
        lone = p.add("stakeholder", name="Mevrouw De Wit")  # a party that is a person
        evening = wijk["ids"]["evening"]
        person = p.add("attendance", bijeenkomst_id=evening, name="Piet Klaassen", consent=True)
        assert erasure.names_of(p, "stakeholder", lone) == ["Mevrouw De Wit"]
        assert erasure.names_of(p, "attendance", person) == ["Piet Klaassen"]
        assert erasure.names_of(p, "bijeenkomst", evening) == [NAME]  # the chair
        assert erasure.names_of(p, "insight", wijk["ids"]["note"]) == []
        assert erasure.find_record(p, person) == "attendance"


def test_a_name_too_short_finds_nothing_and_cannot_erase(wijk):
    with Project.open(wijk["path"], device=DEVICE_A) as p:
        assert erasure.find_mentions(p, ["a"]) == []
        assert erasure.pattern(["  ", "-"]) is None
        with pytest.raises(ValidationError):
            erasure.erase(p, ["B"], [("insight", wijk["ids"]["note"], "text")])


def test_the_words_around_a_name_stay():
    found = erasure.pattern(["Jan de Vries", "Jan"])
    assert erasure.replace_names("Jan  de vries en JAN, niet januari of Jansen", found, "[x]") \
        == "[x] en [x], niet januari of Jansen"
    found = erasure.pattern(["Zoë"])
    assert erasure.replace_names("Zoe\u0308 zei: zoë, ZOE.", found, "[x]") == "[x] zei: [x], [x]."
    assert erasure.excerpt("a" * 100 + " Zoë " + "b" * 100, found, 5) == "…aaaa Zoë bbbb…"


def _erase_party(path: Path, ids: dict) -> erasure.Result:
    with Project.open(path, device=DEVICE_A) as p:
        names = [*erasure.names_of(p, "stakeholder", ids["party"]), "Brouwer-Ünal"]
        mentions = erasure.find_mentions(p, names, exclude=("stakeholder", ids["party"]))
        return erasure.erase(p, names, [(m.kind, m.id, m.field) for m in mentions],
                             record=("stakeholder", ids["party"]))


def _assert_clean(path: Path, ids: dict) -> None:
    assert present(path) == [], f"{path.name} still holds {present(path)}"
    check_file(path)
    with Project.open(path, device=DEVICE_C) as p:
        party = p.get("stakeholder", ids["party"])
        assert party.deleted and party.contact_name == "" and party.notes == ""
        assert p.get("bijeenkomst", ids["evening"]).chair == "[gewist]"
        assert p.get("action_item", ids["action"]).who == "[gewist]"
        assert p.get("timeline_item", ids["step"]).title == "Gesprek met [gewist]"
        assert p.get("insight", ids["other"]).text == "Brouwerij aan de markt; Ünal bakt"
        deleted = p.get("insight", ids["deleted"])
        assert deleted.deleted and deleted.text == "Adres van [gewist]: Dorpsstraat 4"
        for record in ids.values():
            for h in p.history(record):
                assert not any(f.lower() in json.dumps(h.value, ensure_ascii=False).lower()
                               for f in FORMS), h


def test_erasing_a_party_takes_its_name_out_of_the_file_and_its_history(wijk):
    ids = wijk["ids"]
    result = _erase_party(wijk["path"], ids)
    assert result.record == ("stakeholder", ids["party"])
    assert len(result.redacted) == 6
    _assert_clean(wijk["path"], ids)
    with Project.open(wijk["path"], device=DEVICE_A) as p:
        assert p.get("insight", ids["note"]).text == "[gewist] wil meer bankjes"
        assert p.get("insight", ids["history"]).text == "Terugbellen is gedaan"
        assert p.get("insight", ids["deleted"]).deleted  # still deleted, and restorable
        p.restore("insight", ids["deleted"])
        assert p.count("stakeholder") == 0
        assert erasure.find_mentions(p, [NAME]) == []


def test_an_erasure_is_one_transaction(wijk):
    ids = wijk["ids"]
    before = sha256(wijk["path"])
    with Project.open(wijk["path"], device=DEVICE_A) as p, pytest.raises(ValidationError):
        erasure.erase(p, [NAME], [("insight", ids["note"], "text"),
                                  ("insight", ids["note"], "table")],  # not a text: refused
                      record=("stakeholder", ids["party"]))
    assert sha256(wijk["path"]) == before


def test_an_older_copy_merged_afterwards_does_not_bring_the_name_back(wijk):
    ids, path, older = wijk["ids"], wijk["path"], wijk["older"]
    with Project.open(older, device=DEVICE_B) as o:  # edited after the copy, name and all
        o.update("insight", ids["note"], text="Brouwer-Ünal wil nu twee bankjes")
        o.update("timeline_item", ids["step"], title="Tweede gesprek met Brouwer-Ünal")
        late = o.add("insight", round_id=ids["round"], text="Speeltuin opknappen")
    _erase_party(path, ids)
    before = sha256(older)
    with Project.open(path, device=DEVICE_A) as p:
        summary = p.merge([older])
        assert summary.total_new == 1 and summary.erasures == []
        assert p.get("insight", late).text == "Speeltuin opknappen"
        # what the copy typed meanwhile may hold the name: it is blanked; the kept text stays
        # as one of the values to review
        values = {c.field: sorted(v.value for v in c["values"]) for c in p.conflicts()
                  if c.id == ids["note"]}
        assert values == {"text": ["", "[gewist] wil meer bankjes"]}
    assert sha256(older) == before
    _assert_clean(path, ids)
    # and the other way: the erasure reaches the older copy, both hold the same
    with Project.open(older, device=DEVICE_B) as o:
        o.merge([path])
    _assert_clean(older, ids)
    with Project.open(path, device=DEVICE_A) as p:
        p.merge([older])
    with Project.open(path, device=DEVICE_A) as p, Project.open(older, device=DEVICE_B) as o:
        assert dump_text(p) == dump_text(o)


def test_merges_in_any_order_give_the_same_file(wijk, tmp_path):
    """Two copies made before: one erases, one edits the same texts; merged in either order,
    through a third, the contents agree and none holds the name."""
    ids, path, older = wijk["ids"], wijk["path"], wijk["older"]
    third = tmp_path / "derde.wijkdesk"
    shutil.copy(older, third)
    with Project.open(older, device=DEVICE_B) as o:
        o.update("bijeenkomst", ids["evening"], chair="Brouwer-Ünal (tijdelijk)")
    _erase_party(path, ids)
    with Project.open(third, device=DEVICE_C) as t:
        t.merge([older])
        t.merge([path])
    with Project.open(older, device=DEVICE_B) as o:
        o.merge([path])
    dumps = []
    for f, device in ((path, DEVICE_A), (older, DEVICE_B), (third, DEVICE_C)):
        with Project.open(f, device=device) as p:
            p.merge([g for g in (path, older, third) if g != f])
            dumps.append(dump_text(p))
        assert present(f) == []
        check_file(f)
    assert dumps[0] == dumps[1] == dumps[2]


def test_the_merge_preview_lists_the_erasures_a_source_brings(wijk):
    ids, path, older = wijk["ids"], wijk["path"], wijk["older"]
    _erase_party(path, ids)
    before = sha256(older)
    with Project.open(older, device=DEVICE_B) as o:
        preview = o.preview_merge(o.prepare_merge([path]))
    assert sha256(older) == before
    listed = {(e.kind, e.id, e.field) for e in preview.erasures}
    assert ("stakeholder", ids["party"], "") in listed
    assert ("insight", ids["note"], "text") in listed
    assert ("insight", ids["deleted"], "text") in listed
    assert len(preview.erasures) == 7
    shown = json.dumps([e.text for e in preview.erasures], ensure_ascii=False)
    assert not any(f.lower() in shown.lower() for f in FORMS)
    assert "[gewist] wil meer bankjes" in shown
    # the command line lists them with --dry-run (and changes nothing), and after a merge
    result = run_cli("--lang", "en", "merge", older, path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Erasures of personal data (AVG): 7" in result.stdout
    assert "stakeholder: erased completely" in result.stdout
    assert "insight, text: a name taken out (“[gewist] wil meer bankjes”)" in result.stdout
    assert not any(f.lower() in result.stdout.lower() for f in FORMS)
    assert sha256(older) == before
    result = run_cli("--lang", "en", "merge", older, path)
    assert result.returncode == 0, result.stderr
    assert "Erasures of personal data (AVG): 7" in result.stdout
    _assert_clean(older, ids)
    # merged again: nothing more to erase
    result = run_cli("--lang", "en", "merge", older, path)
    assert "Erasures" not in result.stdout


def _op_row(path: Path, value: str, field: str = "_redacted") -> None:
    con = sqlite3.connect(path)
    with con:
        entity, kind, stamp, device = con.execute(
            "SELECT entity_id, kind, hlc, device FROM op WHERE kind = 'insight' LIMIT 1"
        ).fetchone()
        con.execute("INSERT INTO op (op_id, entity_id, kind, field, value, hlc, device, pred) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, '[]')",
                    ("dddddddd-0000-4000-8000-00000000000d", entity, kind, field, value,
                     stamp, device))
    con.close()


@pytest.mark.parametrize("value", [
    '{"field": "table", "keep": "dddddddd-0000-4000-8000-00000000000d"}',  # not a text
    '{"field": "text"}', '["text"]', '{"field": "text", "keep": "nope"}',
    '{"field": "text", "keep": "dddddddd-0000-4000-8000-00000000000d", "also": 1}',
])
def test_a_malformed_redaction_in_a_source_is_refused(wijk, tmp_path, value):
    source = tmp_path / "bron.wijkdesk"
    shutil.copy(wijk["older"], source)
    _op_row(source, value)
    before = sha256(wijk["path"])
    with Project.open(wijk["path"], device=DEVICE_A) as p, \
            pytest.raises(FileFormatError, match="erasure"):
        p.merge([source])
    assert sha256(wijk["path"]) == before


# -- the command line ---------------------------------------------------------------------------


def test_cli_erase_dry_run_lists_and_changes_nothing(wijk):
    path = wijk["path"]
    before = sha256(path)
    result = run_cli("--lang", "en", "erase", path, "--name", "brouwer-unal", "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Texts that mention the name: 7"
    assert any(line.startswith("  timeline step “Gesprek met Anneke Brouwer-Ünal” — title: ")
               for line in lines)
    assert sha256(path) == before


def test_cli_erase_a_record_and_its_names(wijk):
    ids, path = wijk["ids"], wijk["path"]
    result = run_cli("--lang", "en", "erase", path, "--record", ids["party"], "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Would erase completely: stakeholder “Speeltuinvereniging”")
    result = run_cli("erase", path, "--record", ids["party"], "--name", "Brouwer-Ünal")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Volledig gewist: belanghebbende {ids['party']}\n")
    assert "Naam weggehaald uit 6 teksten" in result.stdout
    assert not any(f.lower() in result.stdout.lower() for f in FORMS)
    _assert_clean(path, ids)
    assert run_cli("check", path).returncode == 0


def test_cli_erase_a_name_only(wijk):
    ids, path = wijk["ids"], wijk["path"]
    result = run_cli("--lang", "en", "erase", path, "--name", NAME, "--name", "Brouwer-Ünal")
    assert result.returncode == 0, result.stderr
    assert "Name taken out of 7 texts" in result.stdout
    assert present(path) == []
    with Project.open(path, device=DEVICE_A) as p:
        party = p.get("stakeholder", ids["party"])
        assert not party.deleted and party.contact_name == "[erased]"  # the record stays


@pytest.mark.parametrize("args", [
    ["erase", "{path}"],  # neither --name nor --record
    ["erase", "{path}", "--name", "x"],  # too short
    ["erase", "{path}", "--record", "0f0f0f0f-0000-4000-8000-000000000000"],
    ["erase", "{missing}", "--name", "Jansen"],
    ["erase", "{path}", "--record", "{project}"],  # the project itself
])
def test_cli_erase_refuses_with_one_line(wijk, tmp_path, args):
    path = wijk["path"]
    with Project.open(path, device=DEVICE_A) as p:
        project_id = p.id
    before = sha256(path)
    result = run_cli("--lang", "en", *(a.format(path=path, missing=tmp_path / "weg.wijkdesk",
                                                 project=project_id) for a in args))
    assert_one_line_error(result)
    assert sha256(path) == before

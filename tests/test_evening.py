"""``make evening``: the scripted bewonersavond runs through the real window (offscreen here)
and leaves a picture of every step and every beamer screen, the project and its minutes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.pdf_util import Pdf, normalised

ROOT = Path(__file__).resolve().parent.parent


def test_the_scripted_evening_runs_whole_and_leaves_its_pictures_project_and_minutes(tmp_path):
    out = tmp_path / "avond"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WIJKDESK_DATA_DIR=str(tmp_path / "d"))
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "scripts/evening.py", str(out), "--size",
                             "1024x768"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    steps = (out / "steps.txt").read_text(encoding="utf-8").splitlines()
    pictures = [line.split()[0] for line in steps if line.split()[0].endswith(".png")]
    assert len(pictures) >= 20
    for name in pictures:
        assert (out / name).stat().st_size > 5000, name  # a real picture, not an empty one
    beamer = {name.split("-beamer-")[1] for name in pictures if "-beamer-" in name}
    assert {"onthullen.png", "vijf-clusters.png", "top-3.png", "belanghebbenden-netwerk.png",
            "belanghebbenden-raster.png", "tijdlijn.png", "waar-staan-we.png"} <= beamer
    # What the evening left in the file.
    dump = subprocess.run([sys.executable, "-m", "wijkdesk", "dump",
                           str(out / "Klaverveld aardgasvrij.wijkdesk")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    records = json.loads(dump.stdout)["records"]
    assert len(records["agenda_item"]) >= 4  # the first-evening template's
    assert sorted(r["prompt"] for r in records["round"]) == [
        "Wat is de eerste stap die we samen kunnen zetten?",
        "Wat maakt Klaverveld de moeite waard, en wat moet beter?"]
    assert records["bijeenkomst"][0]["tables"] == 4
    notes = records["insight"]
    assert len(notes) == 25 and not any(n["hidden"] for n in notes)
    assert {n["table"] for n in notes} == {1, 2, 3, 4}
    assert len(records["cluster"]) == 5
    assert sorted(v["count"] for v in records["vote"]) == [4, 6, 9, 11, 14]
    assert len(records["stakeholder"]) == 5 and len(records["relation"]) == 5
    assert len(records["timeline_item"]) == 6
    actions = records["action_item"]
    assert len(actions) == 2 and all(a["who"] and a["who_id"] and a["due"] for a in actions)
    clusters = {c["id"] for c in records["cluster"]}
    assert all(a["source_id"] in clusters for a in actions + records["agreement"])
    # The minutes: the agenda and the actions with wie and wanneer.
    text = normalised(Pdf.read(out / "verslag.pdf").text())
    agenda = sorted(records["agenda_item"], key=lambda r: r["position"])
    assert agenda[1]["title"] in text and agenda[-1]["title"] in text
    assert "Warmtescans per straat plannen" in text and "Energiecoöperatie Klaverkracht" in text

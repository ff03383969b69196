"""Every user-facing string goes through Qt's translation, and the Dutch is complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    assert tool.exists(), f"{tool} is missing: PySide6 is not installed in this environment"
    return tool


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_entry_is_translated(language):
    messages = _messages(TS / f"wijkdesk_{language}.ts")
    assert messages
    unfinished = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path):
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "wijkdesk").rglob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(extracted)], check=True,
                   capture_output=True)
    in_code = set(_messages(extracted))
    for language in ("nl", "en"):
        in_ts = set(_messages(TS / f"wijkdesk_{language}.ts"))
        assert sorted(in_code - in_ts) == [], f"missing from wijkdesk_{language}.ts"
        assert sorted(in_ts - in_code) == [], f"stale entries in wijkdesk_{language}.ts"


def test_error_messages_match_the_models_templates():
    from wijkdesk.messages import _templates
    from wijkdesk.model.errors import TEMPLATES

    assert _templates() == TEMPLATES


def test_dutch_error_message(qapp):
    from wijkdesk import i18n
    from wijkdesk.messages import error_text
    from wijkdesk.model.errors import FileFormatError

    translator = i18n.install(qapp, "nl")
    assert translator is not None, "wijkdesk_nl.qm is missing: run make"
    try:
        text = error_text(FileFormatError("too_new", path="x.wijkdesk", found=9, supported=1))
        assert text.startswith("x.wijkdesk is gemaakt met een nieuwere versie van wijkdesk")
    finally:
        i18n.uninstall(qapp, translator)


def test_the_command_line_speaks_dutch_by_default_and_english_on_request(tmp_path):
    from tests.util import cli_env

    missing = str(tmp_path / "weg.wijkdesk")
    for args, expected in (
        (["check", missing], "bestaat niet"),
        (["check", missing, "--lang", "en"], "does not exist"),
        (["--lang", "en", "check", missing], "does not exist"),
    ):
        proc = subprocess.run([sys.executable, "-m", "wijkdesk", *args], capture_output=True,
                              text=True, env=cli_env(), timeout=60)
        assert proc.returncode == 2
        assert proc.stderr.count("\n") == 1 and expected in proc.stderr, proc.stderr


def test_qt_standard_buttons_speak_dutch_too(qapp):
    # The preview before a merge uses Qt's standard Cancel button: in a Dutch window it must
    # not say "Cancel" (Qt's own translations are loaded with ours).
    from PySide6.QtWidgets import QDialogButtonBox

    from wijkdesk import i18n
    from wijkdesk.model.merge import MergeSummary
    from wijkdesk.ui.merge_dialogs import MergePreviewDialog

    translator = i18n.install(qapp, "nl")
    try:
        dialog = MergePreviewDialog(MergeSummary(files=1, new={"insight": 2}), ["tafel1.wijkdesk"])
        box = dialog.findChild(QDialogButtonBox)
        texts = sorted(b.text().replace("&", "") for b in box.buttons())
        assert texts == ["Annuleren", "Samenvoegen"]
        dialog.deleteLater()
    finally:
        i18n.uninstall(qapp, translator)

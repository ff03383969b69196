"""A whole bewonersavond, scripted, in the real window: a picture of every step.

Usage::

    python scripts/evening.py OUT_FOLDER [--size 1024x768]

``make evening`` runs it under a virtual X screen (Xvfb) at 1024x768 and at 1920x1080 and
writes ``evening/1024x768/`` and ``evening/1920x1080/``. Without a display it runs offscreen
(the tests do that). The facilitator's steps go through the window as a person would: typing
in the quick-entry line, the keys of the programme and the beamer, the dialogs' own fields;
questions the window asks (a file name, a cluster's name) are answered by a scripted
interaction, so nothing waits for a hand on the keyboard.

Each step saves ``NN-name.png``: the screen as the facilitator sees it. While presenting on
one screen (a beamer in a hall usually mirrors the only screen), the picture is the screen as
the room sees it, and ``NN-beamer-name.png`` is the audience window alone. ``steps.txt``
lists every picture with what it shows; the project file and the minutes PDF are kept beside
them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: The evening's notes: (table, text). 25 of them, from four tables.
NOTES = [
    (1, "Wat kost een warmtepomp voor een rijtjeshuis?"),
    (2, "Ik wil eerst weten of mijn huis goed genoeg geïsoleerd is."),
    (3, "Wie betaalt de aansluiting op het warmtenet?"),
    (4, "Als huurder heb ik niets te kiezen, zo voelt het."),
    (1, "Een warmtescan per straat, samen met de buren."),
    (2, "Subsidie is te ingewikkeld om aan te vragen."),
    (3, "De VvE vergadert maar één keer per jaar."),
    (4, "Meer groen in de wijk als de straat toch open moet."),
    (1, "Een energiecoach die ook 's avonds langskomt."),
    (2, "Duidelijke planning: wanneer is mijn straat aan de beurt?"),
    (3, "Ouderen hebben hulp nodig bij het aanvragen."),
    (4, "Geen geluidsoverlast van buitenunits, graag."),
    (1, "Samen inkopen maakt isolatie goedkoper."),
    (2, "Wat gebeurt er met mijn gasfornuis?"),
    (3, "Een informatieavond speciaal voor VvE-besturen."),
    (4, "Laat de corporatie eerst haar eigen woningen doen."),
    (1, "Een voorbeeldwoning in de wijk om te bekijken."),
    (2, "Kan ik later instappen als ik nu nog niet wil?"),
    (3, "De aansluitkosten mogen niet hoger zijn dan nu."),
    (4, "Vertaal de folders, niet iedereen leest Nederlands."),
    (1, "Zonnepanelen op het dak van de school."),
    (2, "Wie garandeert de prijs van warmte over tien jaar?"),
    (3, "Een vast aanspreekpunt bij de gemeente."),
    (4, "Kinderen kunnen meedoen met een energiespeurtocht."),
    (1, "Zorg dat de straat niet twee keer open gaat."),
]
#: The two rounds' own questions, typed on the heading.
QUESTIONS = ["Wat maakt Klaverveld de moeite waard, en wat moet beter?",
             "Wat is de eerste stap die we samen kunnen zetten?"]
#: Five clusters: name and the notes (by index in NOTES) that go in.
CLUSTERS = [
    ("Kosten en betaalbaarheid", [0, 5, 12, 18, 21]),
    ("Informatie en begeleiding", [8, 10, 14, 16, 19, 22]),
    ("Huurders en VvE's", [3, 6, 15]),
    ("Planning en uitvoering", [9, 17, 24, 1]),
    ("Leefbaarheid en groen", [7, 11, 20, 23, 4]),
]
#: Votes per cluster (stickers counted from the sheets).
VOTES = [14, 11, 6, 9, 4]
#: Five parties: name, type, influence, interest, segment.
PARTIES = [
    ("Gemeente Wisselmonde", "gemeente", 5, 4, "middenveld"),
    ("Woningcorporatie Thuisbaas", "woningcorporatie", 4, 4, "middenveld"),
    ("Energiecoöperatie Klaverkracht", "energiecooperatie", 2, 5, "willen"),
    ("Netbeheerder Stedin", "netbeheerder", 4, 2, "middenveld"),
    ("Bewonerscommissie Klaverveld", "bewonersinitiatief", 2, 5, "willen"),
]
#: Relations between the parties (indexes in PARTIES) and their verb.
RELATIONS = [(0, 1, "regisseert"), (0, 3, "stemt af met"), (2, 4, "ondersteunt"),
             (1, 4, "informeert"), (0, 2, "financiert")]
#: Six timeline steps: track, kind, title, start, end.
STEPS = [
    ("denk", "stip", "Klaverveld aardgasvrij", "2034-01-01", None),
    ("denk", "besluit", "Keuze warmteoplossing (all-electric of warmtenet)", "2027-06-01", None),
    ("denk", "mijlpaal", "Wijkuitvoeringsplan vastgesteld", "2028-03-01", None),
    ("doe", "activiteit", "Warmtescans per straat", "2027-01-15", "2027-04-30"),
    ("doe", "activiteit", "Collectieve inkoop isolatie", "2027-03-01", "2027-09-30"),
    ("doe", "bijeenkomst", "Informatieavond VvE-besturen", "2027-02-10", None),
]


class Evening:
    """Runs the evening in a main window and saves the pictures."""

    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        from PySide6.QtCore import QSettings, QStandardPaths
        from PySide6.QtWidgets import QApplication

        from wijkdesk import i18n
        from wijkdesk.ui.context import AppContext
        from wijkdesk.ui.interaction import ScriptedInteraction
        from wijkdesk.ui.main_window import MainWindow

        self.out = out
        self.size = size
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.png"):
            old.unlink()
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.translator = i18n.install(self.app, "nl")
        QStandardPaths.setTestModeEnabled(True)
        self.work = Path(tempfile.mkdtemp(prefix="wijkdesk-evening-"))
        settings = QSettings(str(self.work / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("first_run_done", True)
        self.interaction = ScriptedInteraction()
        self.ctx = AppContext(settings)
        self.window = MainWindow(self.ctx, self.interaction)
        screen = self.window.screen()
        self.offscreen = self.app.platformName() == "offscreen"
        area = screen.availableGeometry() if not self.offscreen else None
        if area is None or area.width() < 200:
            from PySide6.QtCore import QRect

            area = QRect(0, 0, *size)
        self.window.setGeometry(area)
        self.window.show()
        self.window.activateWindow()
        self.wait(300)
        self.count = 0
        self.lines: list[str] = []

    # -- helpers -------------------------------------------------------------------------

    def wait(self, ms: int = 150) -> None:
        """Let the window draw (and timers run) for ms milliseconds."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def key(self, widget, key, modifier=None) -> None:
        """Press one key on a widget, as a person would."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.wait(30)

    def type(self, widget, text: str) -> None:
        """Type text into a widget, as a person would (one key event per character: QTest's
        keyClicks knows only ASCII, and residents say "geïsoleerd")."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        widget.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                self.app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
        self.wait(10)

    @property
    def project(self):
        return self.ctx.project

    @property
    def audience(self):
        presenter = self.window._presenter if hasattr(self.window, "_presenter") else None
        return presenter.window if presenter is not None else None

    def shot(self, name: str, what: str) -> None:
        """Save the screen as it is now (and the audience window alone while presenting)."""
        self.wait(250)
        self.count += 1
        stem = f"{self.count:02d}-{name}"
        picture = None
        if not self.offscreen:
            picture = self.window.screen().grabWindow(0)
        audience = self.audience
        if picture is None or picture.isNull():
            picture = (audience if audience is not None else self.window).grab()
        picture.save(str(self.out / f"{stem}.png"))
        self.lines.append(f"{stem}.png  {what}")
        if audience is not None:
            audience.grab().save(str(self.out / f"{self.count:02d}-beamer-{name}.png"))
            self.lines.append(f"{self.count:02d}-beamer-{name}.png  what the room sees: {what}")

    def run(self, command) -> bool:
        """Push an undoable command through the window, as a view does."""
        return self.window.run_command(command)

    # -- the evening ---------------------------------------------------------------------

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("nieuw-project", self.new_project),
            ("programma", self.programme),
            ("vier-tafels", self.four_tables),
            ("ronde-1-omgekeerd", self.collect_face_down),
            ("presenteren", self.beamer_round),
            ("onthullen", self.reveal),
            ("vijf-clusters", self.five_clusters),
            ("stemmen", self.votes),
            ("top-3", self.top_three),
            ("ronde-2", self.second_round),
            ("belanghebbenden", self.parties),
            ("tijdlijn", self.timeline),
            ("waar-staan-we", self.where_we_stand),
            ("afspraken-en-acties", self.actions),
            ("verslag", self.minutes),
        ]

    def new_project(self) -> None:
        path = self.out / "Klaverveld aardgasvrij.wijkdesk"
        path.unlink(missing_ok=True)
        self.interaction.answers.append(str(path))
        self.window.new_project()
        self.wait(300)
        project = self.project
        assert project is not None, "no project was made"
        evening = project.all("bijeenkomst")[0]
        view = self.window.bijeenkomst_view
        view.title_edit.setFocus()
        view.title_edit.selectAll()
        self.type(view.title_edit, "Bewonersavond Klaverveld: samen aan de slag")
        from PySide6.QtCore import Qt

        self.key(view.title_edit, Qt.Key.Key_Tab)
        self.evening_id = evening.id
        self.shot("nieuw-project", "a new project with its first evening")

    def programme(self) -> None:
        """The first-evening template gave the programme (agenda items, two rounds); each
        round gets its own question, typed on the heading (F2), and F8 goes to the next."""
        from PySide6.QtCore import Qt

        from wijkdesk.model import programme

        view = self.window.bijeenkomst_view
        project = self.project
        rounds = programme.run_order(project, self.evening_id)
        assert len(rounds) >= 2, "the template gave fewer than two rounds"
        assert programme.agenda_items(project, self.evening_id), "no agenda"
        self.rounds = [rounds[0].id, rounds[1].id]
        self.select_round(self.rounds[0])
        for question in QUESTIONS:
            view.rounds.setFocus()
            self.key(view.rounds, Qt.Key.Key_F2)  # the heading turns into a line edit
            editor = view.prompt_editor
            assert editor.editing, "F2 did not open the question for editing"
            editor.selectAll()
            self.type(editor, question)
            self.key(editor, Qt.Key.Key_Return)
            if question is QUESTIONS[0]:
                self.key(self.window, Qt.Key.Key_F8)  # Volgende ronde
        self.select_round(self.rounds[0])
        self.window.timer_panel.timer.reset()
        self.shot("programma", "the programme: the template's agenda, two rounds with their "
                               "own questions typed on the heading (F2)")

    def select_round(self, round_id: str) -> None:
        view = self.window.bijeenkomst_view
        index = view.rounds.findData(round_id)
        if index >= 0:
            view.rounds.setCurrentIndex(index)
        self.wait(100)

    def four_tables(self) -> None:
        """Tables from the settings (three), and a fourth added to the running evening."""
        from PySide6.QtCore import Qt

        view = self.window.bijeenkomst_view
        while self.project.get("bijeenkomst", self.evening_id).tables < 4:
            self.key(view.entry, Qt.Key.Key_T,
                     Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert view.table_combo.count() == 4, "the table box does not offer four tables"
        self.shot("vier-tafels", "a fourth table added to the evening (Ctrl+Shift+T)")

    def collect_face_down(self) -> None:
        from PySide6.QtCore import Qt

        view = self.window.bijeenkomst_view
        self.select_round(self.rounds[0])
        if not view.hidden_check.isChecked():
            view.hidden_check.click()
        view.entry.setFocus()
        for table, text in NOTES:
            while view.table_combo.currentData() != table:
                self.key(view.entry, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            self.type(view.entry, text)
            self.key(view.entry, Qt.Key.Key_Return)
        count = self.project.count("insight", round_id=self.rounds[0], hidden=True)
        assert count == len(NOTES), f"{count} face-down notes, not {len(NOTES)}"
        self.shot("ronde-1-omgekeerd", "25 notes typed face down: the facilitator reads them")

    def start_presenting(self) -> None:
        from PySide6.QtCore import Qt

        if self.audience is None:
            self.key(self.window, Qt.Key.Key_F5)
            self.wait(400)
        assert self.audience is not None, "F5 did not start presenting"

    def beamer_round(self) -> None:
        self.start_presenting()
        self.shot("presenteren", "the beamer during collecting: backs only")

    def reveal(self) -> None:
        self.window.bijeenkomst_view.reveal(None)
        self.wait(300)
        assert self.project.count("insight", round_id=self.rounds[0], hidden=True) == 0
        self.shot("onthullen", "all notes revealed: the room sees the whole round")

    def five_clusters(self) -> None:
        from wijkdesk.model import board

        view = self.window.bijeenkomst_view
        notes = self.project.all("insight", round_id=self.rounds[0])
        by_text = {n.text: n.id for n in notes}
        self.clusters = []
        for name, members in CLUSTERS:
            ids = [by_text[NOTES[i][1]] for i in members]
            made: list[str] = []

            def action(log, ids=ids, name=name, made=made) -> None:
                cluster = board.make_cluster(log, ids, name)
                made.append(cluster)
                view.board.make_room(log, {cluster})

            view.edits("Cluster", action)
            self.clusters.append(made[0])
        self.set_stage("ordenen")
        self.shot("vijf-clusters", "five clusters with their titles, every card whole")

    def set_stage(self, stage: str) -> None:
        self.window.bijeenkomst_view.set_stage(stage)
        self.wait(150)

    def votes(self) -> None:
        """The stickers counted and typed in without leaving the audience view (Ctrl+K):
        the room sees the ranking grow."""
        from PySide6.QtCore import Qt

        self.set_stage("kiezen")
        audience = self.audience
        self.key(audience, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        names = [name for name, _ in CLUSTERS]
        order = [t[1] for t in audience.entry.targets] if hasattr(audience.entry, "targets") \
            else names
        counts = dict(zip(names, VOTES, strict=True))
        for name in order:
            field = self.app.focusWidget()
            self.type(field, str(counts.get(name, 0)))
            self.key(field, Qt.Key.Key_Return)
        self.wait(200)
        from wijkdesk.model.votes import ranking

        got = sorted(line.votes for line in ranking(self.project, self.rounds[0]) if line.votes)
        assert got == sorted(VOTES), f"votes typed in the audience window: {got}"
        self.shot("stemmen", "the votes typed in the audience window (Ctrl+K)")

    def beamer(self, letter, name: str, what: str) -> None:
        """Choose what the beamer shows with the audience window's own key."""
        self.key(self.audience, letter)
        self.wait(300)
        self.shot(name, what)

    def top_three(self) -> None:
        from PySide6.QtCore import Qt

        self.beamer(Qt.Key.Key_C, "een-cluster", "one cluster on the beamer (C)")
        self.beamer(Qt.Key.Key_T, "top-3", "the top 3 on the beamer (T)")
        self.beamer(Qt.Key.Key_V, "volg-mijn-scherm", "back to following the laptop (V)")

    def second_round(self) -> None:
        self.select_round(self.rounds[1])
        view = self.window.bijeenkomst_view
        if view.hidden_check.isChecked():
            view.hidden_check.click()
        self.shot("ronde-2", "the second round with its own question")

    def parties(self) -> None:
        from wijkdesk.ui.commands import AddRecord

        ids = []
        for name, typ, influence, interest, segment in PARTIES:
            command = AddRecord(self.project, "partij", "stakeholder", {
                "name": name, "type": typ, "influence": influence, "interest": interest,
                "segment": segment})
            self.run(command)
            ids.append(command.record_id)
        for a, b, verb in RELATIONS:
            self.run(AddRecord(self.project, "relatie", "relation", {
                "source_id": ids[a], "target_id": ids[b], "type": verb}))
        self.party_ids = ids
        self.window.nav.setCurrentRow(self.nav_row("stakeholder_view"))
        self.wait(500)
        view = self.window.stakeholder_view
        view.ensure_built()
        self.wait(300)
        self.shot("belanghebbenden-netwerk", "the whole network with every name")
        if view.tabs is not None:
            view.tabs.setCurrentWidget(view.grid)
            self.wait(400)
        self.shot("belanghebbenden-raster", "the whole power/interest grid with every name")

    def nav_row(self, attribute: str) -> int:
        view = getattr(self.window, attribute)
        index = self.window.views.indexOf(view)
        return index if index >= 0 else self.window.views.indexOf(view.parentWidget())

    def timeline(self) -> None:
        from wijkdesk.ui.commands import AddRecord

        for track, kind, title, start, end in STEPS:
            self.run(AddRecord(self.project, "stap", "timeline_item", {
                "track": track, "kind": kind, "title": title, "start": start, "end": end}))
        self.window.nav.setCurrentRow(self.nav_row("timeline_view"))
        self.wait(600)
        self.shot("tijdlijn", "the timeline around today, both tracks")

    def where_we_stand(self) -> None:
        self.window.nav.setCurrentRow(self.nav_row("kompas_view"))
        self.wait(600)
        self.shot("waar-staan-we", "Waar staan we? on the beamer")

    def actions(self) -> None:
        """Two action points and an agreement made from clusters (their trace stays),
        reworded, with wie from the network and wanneer; then the Afspraken en acties view."""
        from wijkdesk.model import actions
        from wijkdesk.ui.commands import Edits

        self.stop_presenting()
        self.window.nav.setCurrentRow(self.nav_row("bijeenkomst_view"))
        self.wait(200)
        view = self.window.bijeenkomst_view
        made = [
            ("action_item", self.clusters[1],
             "Warmtescans per straat plannen en bewoners uitnodigen", 2, "2027-01-15"),
            ("action_item", self.clusters[2],
             "Informatieavond voor VvE-besturen organiseren", 0, "2027-02-10"),
            ("agreement", self.clusters[0],
             "We beginnen met betaalbaarheid: de gemeente zoekt uit wat de aansluiting kost, "
             "vóór de volgende avond.", 0, "2027-03-01"),
        ]
        for kind, cluster, text, party, due in made:
            record = view.promote("cluster", cluster, kind)  # right-click → Maak een …
            assert record is not None, f"no {kind} made from the cluster"
            for dialog in self.interaction.dialogs:  # the editor the promotion opened
                dialog.close()
            self.interaction.dialogs.clear()
            self.run(Edits(self.project, "Afspraak", lambda log, k=kind, r=record, t=text,
                           p=party, d=due: actions.edit(log, k, r, text=t,
                                                        who_id=self.party_ids[p], due=d)))
        self.window.nav.setCurrentRow(self.nav_row("actions_view"))
        self.wait(400)
        self.shot("afspraken-en-acties", "an agreement and two actions from clusters, "
                                         "with wie and wanneer")

    def stop_presenting(self) -> None:
        from PySide6.QtCore import Qt

        if self.audience is not None:
            self.key(self.audience, Qt.Key.Key_Escape)
            self.wait(300)

    def minutes(self) -> None:
        self.window.nav.setCurrentRow(self.nav_row("minutes_view"))
        self.wait(800)
        self.shot("verslag", "the minutes of the evening in the Verslag view")
        pdf = self.out / "verslag.pdf"
        made = self.window.minutes_view.export_pdf(str(pdf))  # as Opslaan als PDF does
        assert made is not None and pdf.exists(), "the minutes PDF was not written"
        self.lines.append("verslag.pdf  the minutes as PDF")

    def play(self) -> int:
        for name, step in self.steps():
            try:
                step()
            except Exception as exc:  # say which step failed, keep the pictures so far
                self.shot(f"mislukt-{name}", f"FAILED at {name}: {exc}")
                (self.out / "steps.txt").write_text("\n".join(self.lines) + "\n",
                                                    encoding="utf-8")
                raise
        (self.out / "steps.txt").write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        self.stop_presenting()
        self.ctx.bridge.set_project(None)
        self.window.close()
        self.wait(50)
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder for the pictures")
    parser.add_argument("--size", default="1024x768", help="screen size, e.g. 1920x1080")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WIJKDESK_DATA_DIR", tempfile.mkdtemp(prefix="wijkdesk-evening-"))
    evening = Evening(Path(args.out), (width, height))
    code = evening.play()
    print(f"wrote {len(evening.lines)} pictures and the minutes to {args.out}")
    return code


if __name__ == "__main__":
    sys.exit(main())

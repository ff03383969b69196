"""The Verslag view: the minutes of an evening, completed in the app and exported to PDF.

Left, what the facilitator completes after the evening: a text per agenda item (kept on the
item of the evening's programme; for an agenda typed as text in an older file, as notes of the
evening), the number of residents, who came from which organisation in which role, and
the next meeting; every change is saved at once and can be undone. Right, a preview of the
minutes as they will be in the PDF (the pictures are drawn only for the PDF). Then: save as PDF
(off the GUI thread, with progress; open the PDF or its folder afterwards), the anonymised
variant for residents (AVG), and "Kopieer als e-mailtekst" for the agreements and actions.
"""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_store
from ..i18n import long_date
from ..messages import error_text
from ..model import Change, WijkdeskError
from .commands import AddRecord, Edits, UpdateRecord
from .common import ID_ROLE, make_heading
from .context import AppContext
from .flow_layout import FlowLayout


def _content():
    """The minutes' content module (loaded on first use: 6 ms of start-up otherwise)."""
    from ..minutes import content

    return content


def agenda_keys(items):
    return _content().agenda_keys(items)


def agenda_line(item, words):
    return _content().agenda_line(item, words)


def agenda_of(project, evening):
    return _content().agenda_of(project, evening)


def is_resident(a) -> bool:
    return _content().is_resident(a)


def notes_of_item(project, evening, title):
    return _content().notes_of_item(project, evening, title)


class MinutesView(QWidget):
    """See the module's description."""

    def __init__(self, ctx: AppContext, run, interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._interaction = interaction
        self._loading = False
        self._built = False
        self.dialog = None
        #: the last PDF written (for tests and "open")
        self.last_pdf: Path | None = None
        # The widgets are made when the view is first shown: a text browser and a table
        # cost start-up time, and the minutes are for after the evening.
        QVBoxLayout(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.refresh_preview)
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: self.reload())

    def _build(self) -> None:
        ctx = self._ctx  # noqa: F841 - as in the constructor
        heading = make_heading(QLabel(self.tr("Minutes")))
        self.evening = QComboBox()
        # A long title and date may be cut: the window must fit a 1024-pixel beamer.
        self.evening.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.evening.setMinimumContentsLength(18)
        self.evening.setAccessibleName(self.tr("Bijeenkomst of the minutes"))
        self.evening.currentIndexChanged.connect(lambda _i: self._evening_changed())
        self.anonymous = QCheckBox(self.tr("&Anonymised (for residents)"))
        self.anonymous.setToolTip(self.tr(
            "Residents' names and contact details become “bewoner”; no named attendance; "
            "professionals by role and organisation"))
        self.anonymous.toggled.connect(lambda _on: self.refresh_preview())
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.mail_button = QPushButton(self.tr("Copy as &e-mail text"))
        self.mail_button.setToolTip(self.tr("The agreements and action points as plain text"))
        self.mail_button.clicked.connect(self.copy_email)
        # The controls flow into as many rows as the width needs (a 1024-pixel beamer).
        row_box = QWidget()
        row = FlowLayout(row_box)
        row.add(heading)
        row.add(self.evening, stretch=1, gap=14)
        row.add(self.anonymous)
        row.add(self.pdf_button)
        row.add(self.mail_button)
        self.sender_button = QPushButton(self.tr("Sender and &logo…"))
        self.sender_button.setToolTip(self.tr("The organisation name and logo on the minutes "
                                              "(in the settings)"))
        self.sender_button.clicked.connect(lambda: self.edit_sender())
        row.add(self.sender_button)

        # What the facilitator completes.
        self.residents = QSpinBox()
        self.residents.setRange(0, 100_000)
        self.residents.setAccessibleName(self.tr("Number of residents"))
        self.residents.editingFinished.connect(self._save_residents)
        self.next_meeting = QLineEdit()
        self.next_meeting.setAccessibleName(self.tr("Next meeting"))
        self.next_meeting.editingFinished.connect(self._save_next_meeting)
        self.attendance = QTableWidget(0, 4)
        self.attendance.setAccessibleName(self.tr("Present by organisation and role"))
        # Tab leaves the table (the arrow keys go from cell to cell): no keyboard trap
        self.attendance.setTabKeyNavigation(False)
        self.attendance.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role"),
                                                   self.tr("Number"),
                                                   self.tr("Absent with notice")])
        header = self.attendance.horizontalHeader()
        for column, mode in enumerate((header.ResizeMode.Stretch, header.ResizeMode.Stretch,
                                       header.ResizeMode.ResizeToContents,
                                       header.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.attendance.itemChanged.connect(self._attendance_edited)
        self.attendance.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.attendance.customContextMenuRequested.connect(self._attendance_menu)
        self.add_row = QPushButton(self.tr("Add organisation"))
        self.add_row.clicked.connect(self.add_attendance)
        self.remove_row = QPushButton(self.tr("Remove"))
        self.remove_row.clicked.connect(self.remove_attendance)
        rows = QHBoxLayout()
        rows.addWidget(self.add_row)
        rows.addWidget(self.remove_row)
        rows.addStretch(1)
        self.agenda_box = QVBoxLayout()
        self.agenda_edits: dict[str, QPlainTextEdit] = {}  # by agenda_keys
        self._agenda_lines: list[str] = []  # the items' lines as shown above their texts
        form = QFormLayout()
        form.addRow(self.tr("&Residents present"), self.residents)
        form.addRow(self.tr("&Next meeting"), self.next_meeting)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Present by organisation and role")))
        left.addWidget(self.attendance)
        left.addLayout(rows)
        left.addWidget(QLabel(self.tr("Per agenda item: questions and answers in essence")))
        left.addLayout(self.agenda_box)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left_box)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the minutes"))
        self.preview.setOpenLinks(False)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setSizes([620, 900])
        layout = self.layout()
        layout.addWidget(row_box)
        layout.addWidget(split, 1)

    # -- reading -------------------------------------------------------------------------

    @property
    def project(self):
        """The open project."""
        return self._ctx.project

    def ensure_built(self) -> None:
        """Make the widgets and show the minutes (the first time the view is shown)."""
        if not self._built:
            self._build()
            self._built = True
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_built()

    def current_evening(self) -> str | None:
        """The bijeenkomst whose minutes are shown."""
        return self.evening.currentData(ID_ROLE)

    def reload(self) -> None:
        """Fill the evenings (the latest chosen) and show the chosen one's minutes."""
        if not self._built:
            return
        keep = self.current_evening()
        with QSignalBlocker(self.evening):
            self.evening.clear()
            if self.project is not None:
                for b in self.project.all("bijeenkomst", order="date"):
                    when = long_date(b.date, self._lang())
                    self.evening.addItem(f"{b.title} — {when}" if when else b.title, b.id)
                index = self.evening.findData(keep)
                self.evening.setCurrentIndex(index if index >= 0 else self.evening.count() - 1)
        self._evening_changed()

    def _evening_changed(self) -> None:
        has = self.current_evening() is not None
        for widget in (self.pdf_button, self.mail_button, self.residents, self.next_meeting,
                       self.attendance, self.add_row, self.remove_row, self.anonymous):
            widget.setEnabled(has)
        self._fill_form()
        self.refresh_preview()

    def _on_changed(self, changes: list[Change]) -> None:
        if not self._built:
            return
        kinds = {c.kind for c in changes}
        if "bijeenkomst" in kinds or "*" in kinds:
            self.reload()
            return
        if kinds & {"attendance", "note", "agenda_item"}:
            self._fill_form()
        self._preview_timer.start()  # anything may show in the minutes

    def _fill_form(self) -> None:
        project, evening = self.project, self.current_evening()
        self._loading = True
        try:
            rec = project.get("bijeenkomst", evening) if project and evening else None
            self.next_meeting.setText(rec.next_meeting if rec else "")
            self.next_meeting.setCursorPosition(0)
            people = project.all("attendance", bijeenkomst_id=evening) if rec else []
            self.residents.setValue(sum(a.count for a in self._present_residents(people)))
            others = [a for a in people if not is_resident(a) and not a.name]
            self.attendance.setRowCount(len(others))
            for n, a in enumerate(others):
                for column, value in enumerate((a.organisation, a.role, str(a.count),
                                                self.tr("yes") if a.absent_with_notice
                                                else "")):
                    item = QTableWidgetItem(value)
                    item.setData(ID_ROLE, a.id)
                    self.attendance.setItem(n, column, item)
            self._fill_agenda(project, rec)
        finally:
            self._loading = False

    def _clear_agenda(self) -> None:
        while self.agenda_box.count():
            item = self.agenda_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.agenda_edits.clear()

    def _fill_agenda(self, project, rec) -> None:
        from ..minutes.content import build_minutes

        if rec is None:
            self._clear_agenda()
            return
        try:
            minutes = build_minutes(project, rec.id, figures=False)
        except WijkdeskError:
            return
        keys = agenda_keys(minutes.agenda)
        lines = [f"{a.number}. {agenda_line(a, minutes.words())}" for a in minutes.agenda]
        if keys == list(self.agenda_edits) and lines == self._agenda_lines:
            # The same items: change the texts in place, so that the field being typed in
            # keeps the keyboard focus.
            for key, agenda in zip(keys, minutes.agenda, strict=True):
                edit = self.agenda_edits[key]
                if edit.toPlainText() != agenda.text and not edit.hasFocus():
                    edit.setPlainText(agenda.text)
            return
        self._clear_agenda()
        self._agenda_lines = lines
        for key, agenda, line in zip(keys, minutes.agenda, lines, strict=True):
            label = QLabel(line)
            label.setWordWrap(True)
            edit = QPlainTextEdit(agenda.text)
            edit.setAccessibleName(agenda.title)
            edit.setFixedHeight(84)
            edit.setTabChangesFocus(True)
            edit.installEventFilter(self)
            previous = list(self.agenda_edits.values())[-1:] or [None]
            self.agenda_edits[key] = edit
            self.agenda_box.addWidget(label)
            self.agenda_box.addWidget(edit)
            if previous[0] is not None:  # Tab goes on to the next item's text
                QWidget.setTabOrder(previous[0], edit)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            for title, edit in self.agenda_edits.items():
                if edit is watched:
                    self.save_agenda_text(title, edit.toPlainText())
        return super().eventFilter(watched, event)

    # -- completing ----------------------------------------------------------------------

    def save_agenda_text(self, title: str, text: str) -> bool:
        """Keep the text of an agenda item (its key, ``agenda_keys``) on the item of the
        programme, or for an agenda typed as text as a note of the evening (one undo step)."""
        project, evening = self.project, self.current_evening()
        if self._loading or project is None or evening is None:
            return False
        text = text.strip()
        found = notes_of_item(project, evening, title)  # as the minutes match them
        items = agenda_of(project, evening)
        item = dict(zip(agenda_keys(items), items, strict=True)).get(title)
        if item is not None and item.item_id:
            if item.text == text:
                return False

            def on_item(log) -> None:  # the field showed the notes named after it too
                log.update("agenda_item", item.item_id, note=text)
                for extra in found:
                    log.delete("note", extra.id)

            return self._run(Edits(project, self.tr("Minutes: %1").replace("%1", item.title),
                                   on_item))
        if found:
            shown = "\n\n".join(n.text.strip() for n in found if n.text.strip())
            if shown == text:
                return False

            def action(log) -> None:  # the field showed them all: its text replaces them
                log.update("note", found[0].id, text=text)
                for extra in found[1:]:
                    log.delete("note", extra.id)

            return self._run(Edits(project, self.tr("Minutes: %1").replace("%1", title),
                                   action))
        if not text:
            return False
        return self._run(AddRecord(project, self.tr("Minutes: %1").replace("%1", title), "note",
                                   {"bijeenkomst_id": evening, "title": title, "text": text}))

    def _save_next_meeting(self) -> None:
        project, evening = self.project, self.current_evening()
        if self._loading or project is None or evening is None:
            return
        rec = project.get("bijeenkomst", evening)
        value = self.next_meeting.text().strip()
        if rec is not None and rec.next_meeting != value:
            self._run(UpdateRecord(project, self.tr("Next meeting"), "bijeenkomst", evening,
                                   {"next_meeting": value}))

    def _save_residents(self) -> None:
        project, evening = self.project, self.current_evening()
        if self._loading or project is None or evening is None:
            return
        count = self.residents.value()
        residents = self._present_residents(project.all("attendance", bijeenkomst_id=evening))
        if sum(a.count for a in residents) == count:
            return

        def action(log) -> None:
            if not residents:
                log.add("attendance", bijeenkomst_id=evening, group="bewoners", count=count)
                return
            # The first line takes the difference; the others (a role, a street) stay as
            # they are, unless the new number is smaller than they are together.
            others = sum(a.count for a in residents[1:])
            if count >= others:
                log.update("attendance", residents[0].id, count=count - others)
            else:
                log.update("attendance", residents[0].id, count=count)
                for extra in residents[1:]:
                    log.update("attendance", extra.id, count=0)

        self._run(Edits(project, self.tr("Residents present"), action))

    @staticmethod
    def _present_residents(people) -> list:
        """The attendance lines the minutes count as residents present."""
        return [a for a in people if is_resident(a) and not a.absent_with_notice]

    def _attendance_edited(self, item: QTableWidgetItem) -> None:
        project = self.project
        if self._loading or project is None:
            return
        record_id = item.data(ID_ROLE)
        field = ("organisation", "role", "count", "absent_with_notice")[item.column()]
        text = item.text().strip()
        if field == "count":
            value = int(text) if text.isdigit() else 0
        elif field == "absent_with_notice":
            value = text.lower() in ("ja", "yes", "x", "1", "j", "y", self.tr("yes").lower())
        else:
            value = text
        rec = project.get("attendance", record_id) if record_id else None
        if rec is not None and rec[field] != value:
            self._run(UpdateRecord(project, self.tr("Attendance"), "attendance", record_id,
                                   {field: value}))

    def add_attendance(self) -> None:
        """A new line of attendance: an organisation, a role, how many (one undo step)."""
        project, evening = self.project, self.current_evening()
        if project is None or evening is None:
            return
        self._run(AddRecord(project, self.tr("Attendance"), "attendance", {
            "bijeenkomst_id": evening, "group": "professionals",
            "organisation": self.tr("Organisation"), "role": "", "count": 1}))

    def remove_attendance(self) -> None:
        """Remove the chosen line of attendance (one undo step)."""
        project = self.project
        item = self.attendance.currentItem()
        if project is None or item is None or not item.data(ID_ROLE):
            return
        self._run(Edits(project, self.tr("Attendance"),
                        lambda log: log.delete("attendance", item.data(ID_ROLE))))

    def _attendance_menu(self, pos) -> None:
        item = self.attendance.itemAt(pos)
        if item is None or not item.data(ID_ROLE):
            return
        self.attendance_menu(item.data(ID_ROLE)).exec(
            self.attendance.viewport().mapToGlobal(pos))

    def attendance_menu(self, record_id: str):
        """What can be done with a line of attendance: remove it, or erase it (AVG)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(self.tr("Remove"), lambda: self._run(Edits(
            self.project, self.tr("Attendance"),
            lambda log: log.delete("attendance", record_id))))
        menu.addAction(self.tr("&Erase (AVG)…"), lambda: self.erase_attendance(record_id))
        return menu

    def erase_attendance(self, record_id: str) -> None:
        """Erase a line of attendance, a person, for good (AVG), and their name from every
        other text, after a preview (ui/erase_dialog.py)."""
        from .erase_dialog import EraseDialog

        if self.project is not None:
            self.dialog = EraseDialog(self._ctx, "attendance", record_id, self.window())
            self._interaction.exec_dialog(self.dialog)

    # -- the sender on the minutes ------------------------------------------------------

    def sender(self) -> tuple[str, str]:
        """The organisation name and logo file for the minutes (settings of this laptop)."""
        settings = self._ctx.settings
        return (settings_store.get(settings, "minutes/organisation"),
                settings_store.get(settings, "minutes/logo"))

    def edit_sender(self):
        """The organisation name and the logo on the minutes: the settings dialog, on its
        Minutes page (a logo that is no usable picture is refused there); returns it."""
        from .settings_dialog import open_settings

        self.dialog = open_settings(self._ctx, self._interaction, self.window(), "minutes")
        return self.dialog

    # -- preview, PDF, e-mail ------------------------------------------------------------

    def minutes(self, *, figures: bool = False):
        """The minutes of the chosen evening (anonymised when ticked)."""
        from ..minutes.content import build_minutes

        return build_minutes(self.project, self.current_evening(),
                             anonymous=self.anonymous.isChecked(), lang=self._lang(),
                             figures=figures)

    def _lang(self) -> str:
        from PySide6.QtCore import QLocale

        return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"

    def refresh_preview(self) -> None:
        """Show the minutes as they will be in the PDF (without the pictures)."""
        if not self._built or self.project is None or self.current_evening() is None:
            self.preview.clear()
            return
        try:
            self.preview.setHtml(self.preview_html(self.minutes()))
        except WijkdeskError as exc:
            self.preview.setPlainText(error_text(exc))

    def copy_email(self) -> str:
        """Put the agreements and action points on the clipboard as plain text."""
        from ..minutes.content import email_text

        if self.project is None or self.current_evening() is None:
            return ""
        text = email_text(self.minutes())
        QApplication.clipboard().setText(text)
        self.window().statusBar().showMessage(self.tr("The agreements and actions are on the "
                                                      "clipboard"))
        return text

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Write the minutes as PDF (off the GUI thread, with progress); then offer to open
        it or its folder."""
        from ..minutes.pdf import write_pdf
        from .progress import UserCancelledError, run_in_background

        project = self.project
        if project is None or self.current_evening() is None:
            return None
        suffix = "-verslag-anoniem.pdf" if self.anonymous.isChecked() else "-verslag.pdf"
        if path is None:
            start = str(Path(project.path).with_name(Path(project.path).stem + suffix))
            path = self._interaction.save_file(self.tr("Save the minutes"), start,
                                               self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        target = Path(path) if Path(path).suffix else Path(path + ".pdf")
        organisation, logo = self.sender()
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            minutes = self.minutes(figures=True)  # reads the project: here, on its thread
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Not saved"), error_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        stop = threading.Event()
        try:
            written = run_in_background(
                self, self.tr("Minutes as PDF"),
                lambda done, total: self.tr("Laying out the minutes… %1%").replace(
                    "%1", str(int(100 * done / total)) if total else "0"),
                lambda progress: write_pdf(minutes, target, organisation=organisation,
                                           logo=Path(logo) if logo else None,
                                           progress=progress, cancelled=stop.is_set))
        except UserCancelledError:
            stop.set()  # the worker stops and leaves no file
            self.window().statusBar().showMessage(self.tr("Cancelled: no PDF written"))
            return None
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Not saved"), error_text(exc))
            return None
        self.last_pdf = Path(written)
        self._interaction.offer_open(self.tr("Minutes saved"),
                                     self.tr("The minutes are saved as %1.").replace(
                                         "%1", str(written)), str(written))
        return self.last_pdf

    def preview_html(self, m) -> str:
        """The minutes as simple HTML for the preview (the PDF has the same content)."""
        w = {"chair": self.tr("Chair"), "taker": self.tr("Minute-taker"),
             "format": self.tr("Format"), "residents": self.tr("Residents present"),
             "present": self.tr("Present"), "absent": self.tr("Absent with notice"),
             "agenda": self.tr("Agenda"), "round": self.tr("Round %1"),
             "decisions": self.tr("Decisions"), "actions": self.tr("Actions"),
             "what": self.tr("What"), "who": self.tr("Who"), "when": self.tr("When"),
             "status": self.tr("Status"), "picture": self.tr("(picture in the PDF)"),
             "next": self.tr("Next meeting"), "notes": self.tr("Other notes")}
        w = {k: escape(v) for k, v in w.items()}
        out = [f"<h1>{escape(m.title)}</h1>",
               f"<p><b>{escape(m.wijk)}</b> · {escape(m.date)}<br>{escape(m.place)}</p>"]
        head = [(w["chair"], m.chair), (w["taker"], m.minute_taker), (w["format"], m.format),
                (w["residents"], str(m.residents))]
        out.append("<table>" + "".join(f"<tr><td><b>{k}</b></td><td>{escape(v)}</td></tr>"
                                       for k, v in head if v) + "</table>")
        if m.attendance:
            out.append(f"<h2>{w['present']}</h2><ul>" + "".join(
                f"<li>{escape(a.organisation)} — {escape(a.role)} ({a.count})</li>"
                for a in m.attendance) + "</ul>")
        if m.absent:
            out.append(f"<h2>{w['absent']}</h2><ul>" + "".join(
                f"<li>{escape(a.organisation)} — {escape(a.role)}</li>" for a in m.absent)
                + "</ul>")
        if m.agenda:
            out.append(f"<h2>{w['agenda']}</h2><ol>")
            for item in m.agenda:
                text = f"<br><i>{escape(item.text)}</i>" if item.text else ""
                out.append(f"<li>{escape(agenda_line(item, m.words()))}{text}</li>")
            out.append("</ol>")
        if m.notes:
            out.append(f"<h2>{w['notes']}</h2>")
            for note in m.notes:
                out.append(f"<p><b>{escape(note.title)}</b><br>{escape(note.text)}</p>")
        for r in m.rounds:
            title = w["round"].replace("%1", str(r.number))
            out.append(f"<h2>{title}: {escape(r.prompt)}</h2>")
            unranked = self.tr("Without votes") if r.voted else ""
            for c in r.clusters:
                if not c.rank and unranked:  # no votes, no rank: after the ranked ones
                    out.append(f"<p><i>{escape(unranked)}:</i></p>")
                    unranked = ""
                head = f"{c.rank}. {escape(c.name)} — {c.votes}" if c.rank else escape(c.name)
                out.append(f"<h3>{head}</h3><ul>" + "".join(
                    f"<li>{escape(i.text)}</li>" for i in c.insights) + "</ul>")
            if r.loose:
                out.append("<ul>" + "".join(f"<li>{escape(i.text)}</li>" for i in r.loose)
                           + "</ul>")
        out.append(f"<h2>{w['decisions']}</h2><ol>" + "".join(
            f"<li>{escape(a.text)}</li>" for a in m.agreements) + "</ol>")
        rows = "".join(
            f"<tr><td>{a.number}</td><td>{escape(a.what)}</td><td>{escape(a.who)}</td>"
            f"<td>{escape(a.due)}</td><td>{escape(a.status)}"
            + (f" ({a.postponed}×)" if a.postponed else "") + "</td></tr>" for a in m.actions)
        out.append(f"<h2>{w['actions']}</h2><table border='1' cellpadding='3'><tr><th>#</th>"
                   f"<th>{w['what']}</th><th>{w['who']}</th><th>{w['when']}</th>"
                   f"<th>{w['status']}</th></tr>{rows}</table>")
        for f in m.figures:
            out.append(f"<h2>{escape(f.title)}</h2><p><i>{w['picture']}</i></p>")
        if m.next_meeting:
            out.append(f"<h2>{w['next']}</h2><p>{escape(m.next_meeting)}</p>")
        return "\n".join(out)

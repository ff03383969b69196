"""The Wijkkompas view: where does our wijk stand in the process, and what is next.

Three tabs:

- **Proces**: the six phases across, the two tracks down; in each cell the knooppunten of that
  phase and track with their status. Pick one to see its goal, approach and tips, set its
  status, date and note, link it to the clusters, agreements, actions, stakeholders and steps
  that serve it, or edit its texts. The project's phase follows from the statuses (the rule
  is shown) unless the facilitator sets it.
- **Waar staan we?**: one screen for the beamer: the phase, what is done, what is open in this
  phase on each track, which typical parties are not yet in the network, and what to do next
  (with the rules that chose it, and a prompt for the next evening's first round).
- **APK**: the seven questions of the health check, scored 1–5 at an evening with a note
  each, the trend since the previous one, and the scores over time as a chart.

Every edit is one undoable step through the model (``model/kompas.py``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..messages import error_text
from ..model import Change, WijkdeskError
from .commands import Edits, push
from .common import ID_ROLE, escape, make_heading
from .context import AppContext
from .flow_layout import FlowLayout
from .kompas_dialogs import KnooppuntDialog, LinkDialog
from .saving_dialog import SavingDialog

ISO = "yyyy-MM-dd"
#: how a status looks in the grid: a mark before the title and the cell's colour
STATUS_MARKS = {"niet gestart": "○", "bezig": "◐", "afgerond": "●", "nvt": "–"}
STATUS_COLOURS = {"niet gestart": "#ffffff", "bezig": "#d6e9fb", "afgerond": "#d7f0d8",
                  "nvt": "#eeeeee"}
# Colours of texts and their backgrounds, each pair at 7:1 or more (tests/test_contrast.py)
STATUS_TEXT, NVT_TEXT = "#141414", "#37474f"
PHASE_NOW, PHASE_NOW_TEXT = "#0d47a1", "#ffffff"  # the phase we are in
PHASE_OTHER, PHASE_OTHER_TEXT = "#eceff1", "#263238"
PHASE_DONE, PHASE_OPEN = "#1b5e20", "#455a64"  # on "Waar staan we?", in white
HEADING, QUIET_TEXT, WARNING_TEXT, RULES_TEXT = "#0d47a1", "#455a64", "#b00020", "#37474f"
#: the kinds a knooppunt can be linked to, with the field that names them
LINKABLE = (("cluster", "name"), ("agreement", "text"), ("action_item", "what"),
            ("stakeholder", "name"), ("timeline_item", "title"))
#: changes that touch what this view shows
WATCHED = {"knooppunt", "apk", "link", "project", "stakeholder", "cluster", "agreement",
           "action_item", "timeline_item", "bijeenkomst", "phase_span", "*"}


def language() -> str:
    """The language of the model's texts: Dutch unless the app speaks English."""
    from ..i18n import ui_language

    return ui_language()


class KompasView(QWidget):
    """See the module's description."""

    def __init__(self, ctx: AppContext, run, interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kompasView")
        self._ctx = ctx
        self._run = run
        self._interaction = interaction
        self._built = False
        self._dirty = True
        self.chosen: str | None = None  # the knooppunt shown in the detail panel
        self.dialog: SavingDialog | None = None
        self.chart_path: Path | None = None
        self._chart_dir: Path | None = None  # made for the first chart (model.scratch)
        heading = make_heading(QLabel(self.tr("Wijkkompas")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("kompasTabs")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(self._on_project)

    # -- building --------------------------------------------------------------------------

    def ensure_built(self) -> None:
        """Make the three tabs (the first time the view is shown)."""
        if self._built:
            return
        self._built = True
        self.tabs.addTab(self._build_process(), self.tr("&Process"))
        self.tabs.addTab(self._build_standing(), self.tr("&Where do we stand?"))
        self.tabs.addTab(self._build_apk(), self.tr("AP&K"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_built()
        if self._dirty:
            self.refresh()

    def _build_process(self) -> QWidget:
        self.phase_label = QLabel()
        self.phase_label.setObjectName("kompasPhase")
        self.phase_label.setWordWrap(True)
        self.phase_choice = QComboBox()
        self.phase_choice.setAccessibleName(self.tr("Current phase"))
        self.phase_choice.addItem(self.tr("From the statuses"), None)
        for n in range(1, 7):
            self.phase_choice.addItem(self.tr("Phase %1").replace("%1", str(n)), n)
        self.phase_choice.activated.connect(self._phase_chosen)
        top = QHBoxLayout()
        top.addWidget(self.phase_label, 1)
        top.addWidget(QLabel(self.tr("Phase:")))
        top.addWidget(self.phase_choice)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.phase_headers: dict[int, QLabel] = {}
        self.cells: dict[tuple[int, str], QListWidget] = {}
        for phase in range(1, 7):
            header = QLabel()
            header.setObjectName("phaseHeader")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setMinimumHeight(52)
            self.phase_headers[phase] = header
            grid.addWidget(header, 0, phase)
        self.track_labels = {}
        for row, track in enumerate(("sociaal", "technisch"), start=1):
            label = QLabel(self.track_name(track))
            label.setWordWrap(True)
            label.setMaximumWidth(110)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            self.track_labels[track] = label
            grid.addWidget(label, row, 0)
            for phase in range(1, 7):
                cell = QListWidget()
                cell.setObjectName(f"cell-{phase}-{track}")
                cell.setAccessibleName(self.tr("Phase %1, %2").replace("%1", str(phase))
                                       .replace("%2", self.track_name(track)))
                cell.setWordWrap(True)
                cell.setSpacing(2)
                cell.currentItemChanged.connect(self._cell_chosen)
                cell.itemActivated.connect(lambda _item: self.edit_chosen())
                self.cells[(phase, track)] = cell
                grid.addWidget(cell, row, phase)
        for phase in range(1, 7):
            grid.setColumnStretch(phase, 1)
            # a cell stays wide enough to read: on a small screen the grid scrolls sideways
            grid.setColumnMinimumWidth(phase, 150)
        grid_inner = QWidget()
        grid_inner.setLayout(grid)
        grid_box = QScrollArea()
        grid_box.setObjectName("kompasGridScroll")
        grid_box.setWidget(grid_inner)
        grid_box.setWidgetResizable(True)
        grid_box.setFrameShape(QFrame.Shape.NoFrame)
        # the panel beside the grid: the chosen knooppunt
        self.detail = QTextBrowser()
        self.detail.setObjectName("knooppuntDetail")
        self.detail.setAccessibleName(self.tr("The chosen knooppunt"))
        self.detail.setOpenLinks(False)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ("niet gestart", "bezig", "afgerond", "nvt"):
            self.status.addItem(f"{STATUS_MARKS[status]}  {self.status_label(status)}", status)
        self.status.activated.connect(self._status_chosen)
        self.has_date = QCheckBox(self.tr("Date"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.has_date.toggled.connect(self._date_toggled)
        self.date.editingFinished.connect(self._date_edited)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A short note"))
        self.note.editingFinished.connect(self._note_edited)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("What serves it"))
        self.links.setMaximumHeight(130)
        self.link_button = QPushButton(self.tr("&Link…"))
        self.link_button.clicked.connect(self.link_chosen)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_chosen)
        self.reset_button = QPushButton(self.tr("Starter te&xt"))
        self.reset_button.setToolTip(self.tr("Put the starter set's texts back"))
        self.reset_button.clicked.connect(self.reset_chosen)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.add_button = QPushButton(self.tr("&New knooppunt…"))
        self.add_button.clicked.connect(lambda: self.add_knooppunt())
        status_row = QFormLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        status_row.addRow(self.tr("&Status"), self.status)
        status_row.addRow("", date_row)
        status_row.addRow(self.tr("N&ote"), self.note)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)  # into two rows where the panel is narrow
        for button in (self.link_button, self.edit_button, self.reset_button,
                       self.delete_button):
            buttons.add(button)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail, 3)
        side.addLayout(status_row)
        side.addWidget(QLabel(self.tr("What serves it")))
        side.addWidget(self.links, 1)
        side.addWidget(buttons_box)
        side.addWidget(self.add_button)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(280)
        split = QSplitter()
        split.addWidget(grid_box)
        split.addWidget(side_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1200, 420])
        split.setCollapsible(0, False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return page

    def _build_standing(self) -> QWidget:
        self.standing = QTextBrowser()
        self.standing.setObjectName("standing")
        self.standing.setOpenLinks(False)
        self.standing.setAccessibleName(self.tr("Where do we stand?"))
        self.rules_box = QCheckBox(self.tr("Show the rules behind the suggestions"))
        self.rules_box.toggled.connect(lambda _on: self._fill_standing())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.standing, 1)
        layout.addWidget(self.rules_box)
        return page

    def _build_apk(self) -> QWidget:
        self.apk_evening = QComboBox()
        self.apk_evening.setAccessibleName(self.tr("Evening"))
        self.apk_evening.currentIndexChanged.connect(lambda _i: self._fill_apk_form())
        self.apk_scores: dict[str, QSpinBox] = {}
        self.apk_notes: dict[str, QLineEdit] = {}
        self.apk_trends: dict[str, QLabel] = {}
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("<b>Question</b>")), 0, 0)
        form.addWidget(QLabel(self.tr("<b>Score (1–5)</b>")), 0, 1)
        form.addWidget(QLabel(self.tr("<b>Since last time</b>")), 0, 2)
        form.addWidget(QLabel(self.tr("<b>Note</b>")), 0, 3)
        self.apk_questions: dict[str, QLabel] = {}
        from ..model.kompas import APK_QUESTIONS

        for row, (key, _nl, _en) in enumerate(APK_QUESTIONS, start=1):
            question = QLabel()
            question.setWordWrap(True)
            self.apk_questions[key] = question
            score = QSpinBox()
            score.setRange(0, 5)
            score.setSpecialValueText(self.tr("—"))
            score.setAccessibleName(self.tr("Score"))
            trend = QLabel()
            trend.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note"))
            question.setBuddy(score)
            self.apk_scores[key], self.apk_notes[key], self.apk_trends[key] = score, note, trend
            form.addWidget(question, row, 0)
            form.addWidget(score, row, 1)
            form.addWidget(trend, row, 2)
            form.addWidget(note, row, 3)
        form.setColumnStretch(0, 2)
        form.setColumnStretch(3, 3)
        self.apk_summary = QPlainTextEdit()
        self.apk_summary.setAccessibleName(self.tr("Summary"))
        self.apk_summary.setTabChangesFocus(True)  # Tab goes on to Save, not into the text
        self.apk_summary.setPlaceholderText(self.tr("In a few sentences: what stands out?"))
        self.apk_summary.setFixedHeight(70)
        self.apk_save = QPushButton(self.tr("&Save APK"))
        self.apk_save.clicked.connect(self.save_apk)
        self.apk_state = QLabel()
        self.chart = QLabel()
        self.chart.setObjectName("apkChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(240)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("APK of the evening")))
        top.addWidget(self.apk_evening, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.apk_save)
        save_row.addWidget(self.apk_state, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Summary")))
        layout.addWidget(self.apk_summary)
        layout.addLayout(save_row)
        layout.addWidget(QLabel(self.tr("Scores over time")))
        layout.addWidget(self.chart, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # -- words -----------------------------------------------------------------------------

    def track_name(self, track: str) -> str:
        """A track, in the user's language."""
        return {"sociaal": self.tr("Social"),
                "technisch": self.tr("Technical and financial")}.get(track, track)

    def status_label(self, status: str) -> str:
        """A status, in the user's language (the model's words: one place for them)."""
        from ..model.kompas import status_label

        return status_label(status, language())

    def record_label(self, kind: str, rec) -> str:
        """A linked record in words: 'Cluster: Groen', 'Stap: Wijkanalyse'."""
        field = dict(LINKABLE).get(kind, "")
        label = {"cluster": self.tr("Cluster"), "agreement": self.tr("Agreement"),
                 "action_item": self.tr("Action point"), "stakeholder": self.tr("Stakeholder"),
                 "timeline_item": self.tr("Step")}.get(kind, kind)
        return f"{label}: {str(getattr(rec, field, '') or '')[:80]}"

    # -- reading ---------------------------------------------------------------------------

    @property
    def project(self):
        """The open project."""
        return self._ctx.project

    def _on_project(self, _project) -> None:
        self.chosen = None
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _on_changed(self, changes: list[Change]) -> None:
        if {c.kind for c in changes} & WATCHED:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Show the project as it is now (the tab in view; the others when they are shown)."""
        if not self._built:
            return
        self._dirty = False
        tab = self.tabs.currentIndex()
        if tab == 0:
            self._fill_process()
        elif tab == 1:
            self._fill_standing()
        else:
            self._fill_apk()

    def _fill_process(self) -> None:
        from ..model import kompas

        project = self.project
        lang = language()
        for cell in self.cells.values():
            cell.blockSignals(True)
            cell.clear()
        if project is None:
            for cell in self.cells.values():
                cell.blockSignals(False)
            self._show_chosen()
            return
        standing = kompas.where_we_stand(project, lang=lang)  # the phase and the counts
        phase, source = standing.phase, standing.source
        for number, header in self.phase_headers.items():
            done, total = standing.progress.get(number, (0, 0))
            now = number == phase
            count = self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
            name = escape(kompas.phase_name(number, lang))
            header.setText(f"<b>{number}. {name}</b><br/>{escape(count)}")
            header.setStyleSheet(
                f"QLabel#phaseHeader {{ background: {PHASE_NOW}; color: {PHASE_NOW_TEXT}; "
                "border-radius: 4px; }"
                if now else f"QLabel#phaseHeader {{ background: {PHASE_OTHER}; "
                f"color: {PHASE_OTHER_TEXT}; "
                "border-radius: 4px; }")
        for k in kompas.knooppunten(project):
            cell = self.cells.get((k.phase, k.track))
            if cell is None:
                continue
            item = QListWidgetItem(f"{STATUS_MARKS.get(k.status, '○')} {k.label(lang)}")
            item.setData(ID_ROLE, k.id)
            item.setBackground(QBrush(QColor(STATUS_COLOURS.get(k.status, "#ffffff"))))
            item.setForeground(QBrush(QColor(STATUS_TEXT)))
            if k.status == "nvt":
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor(NVT_TEXT)))
            item.setToolTip(f"{self.status_label(k.status)} — {k.goal}" if k.goal
                            else self.status_label(k.status))
            cell.addItem(item)
            if k.id == self.chosen:
                cell.setCurrentItem(item)
        for cell in self.cells.values():
            cell.blockSignals(False)
        explicit = project.info().current_phase
        self.phase_choice.setCurrentIndex(max(0, self.phase_choice.findData(explicit)))
        text = (self.tr("We are in phase %1: %2.").replace("%1", str(phase))
                .replace("%2", kompas.phase_name(phase, lang)) if phase
                else self.tr("No phase yet."))
        why = kompas.phase_source_text(source, lang)
        why = why[:1].upper() + why[1:]
        self.phase_label.setText(f"<b>{escape(text)}</b> {escape(why)}")
        self.phase_label.setToolTip(kompas.PHASE_RULE[0 if lang == "nl" else 1])
        self._show_chosen()

    def _knooppunt(self):
        from ..model import kompas

        if self.project is None or self.chosen is None:
            return None
        try:
            return kompas.knooppunt(self.project, self.chosen)
        except WijkdeskError:
            return None

    def _show_chosen(self) -> None:
        from ..model import kompas
        from ..model.stakeholders import type_key, type_label

        k = self._knooppunt()
        widgets = (self.status, self.has_date, self.note, self.link_button, self.edit_button)
        for widget in widgets:
            widget.setEnabled(k is not None)
        self.date.setEnabled(k is not None and self.has_date.isChecked())
        self.reset_button.setEnabled(k is not None and self._text_edited(k))
        self.delete_button.setEnabled(k is not None and k.custom)
        self.links.clear()
        if k is None:
            self.detail.setHtml(escape(self.tr(
                "Pick a knooppunt to see its goal, approach and tips, and to set its status.")))
            self.note.clear()
            return
        lang = language()
        present = {type_key(s.type) for s in self.project.all("stakeholder")}
        parties = []
        for party in k.parties:
            name = escape(type_label(party))
            parties.append((name, type_key(party) in present))
        tips = "".join(f"<li>{escape(t)}</li>" for t in k.tips)
        words = {"Tips": escape(self.tr("Tips")), "Parties": escape(self.tr("Parties"))}
        not_yet = escape(self.tr("not yet in the network"))
        own = escape(self.tr("own knooppunt"))
        own = f" <i>({own})</i>" if k.custom else ""
        where = self.tr("Phase %1, %2").replace("%1", str(k.phase)).replace(
            "%2", self.track_name(k.track))
        html = f"<h2>{escape(k.label(lang))}</h2><p>{escape(where)}{own}</p>"
        for heading, text in ((self.tr("Goal"), k.goal), (self.tr("Approach"), k.approach)):
            if text:
                html += f"<h4>{escape(heading)}</h4><p>{escape(text)}</p>"
        if tips:
            html += f"<h4>{words['Tips']}</h4><ul>{tips}</ul>"
        if parties:
            named = ", ".join(name if there else
                              f"{name} <i style='color:{WARNING_TEXT}'>({not_yet})</i>"
                              for name, there in parties)
            html += f"<h4>{words['Parties']}</h4><p>{named}</p>"
        if k.prompt:
            heading = escape(self.tr("Prompt for a first round"))
            html += f"<h4>{heading}</h4><p><i>“{escape(k.prompt)}”</i></p>"
        self.detail.setHtml(html)
        self.status.setCurrentIndex(max(0, self.status.findData(k.status)))
        self.has_date.blockSignals(True)
        self.has_date.setChecked(bool(k.date))
        self.has_date.blockSignals(False)
        self.date.setEnabled(bool(k.date))
        date = QDate.fromString(k.date or "", ISO)
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        if not (self.note.hasFocus() and self.note.isModified()):  # not while typing
            self.note.setText(k.note)
            self.note.setCursorPosition(0)
        for kind, rec in kompas.links_of(self.project, k.id):
            item = QListWidgetItem(self.record_label(kind, rec))
            item.setData(ID_ROLE, rec.id)
            self.links.addItem(item)
        if not self.links.count():
            self.links.addItem(self.tr("Nothing linked yet."))

    def _cell_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        self.chosen = current.data(ID_ROLE)
        sender = current.listWidget()
        for cell in self.cells.values():  # one chosen knooppunt in the whole grid
            if cell is not sender and cell.currentItem() is not None:
                cell.blockSignals(True)
                cell.setCurrentItem(None)
                cell.clearSelection()
                cell.blockSignals(False)
        self._show_chosen()

    def choose(self, knooppunt_id: str) -> None:
        """Pick a knooppunt (as a click in the grid would)."""
        for cell in self.cells.values():
            for i in range(cell.count()):
                if cell.item(i).data(ID_ROLE) == knooppunt_id:
                    cell.setFocus()  # first, as a click: a note being typed is saved first
                    cell.setCurrentItem(cell.item(i))
                    return

    # -- editing ---------------------------------------------------------------------------

    def _edit(self, label: str, action) -> bool:
        project = self.project
        return project is not None and self._run(Edits(project, label, action))

    def _status_chosen(self, _index: int) -> None:
        from ..model import kompas

        k = self._knooppunt()
        status = self.status.currentData()
        if k is None or status == k.status:
            return
        self._edit(self.tr("Status of “%1”").replace("%1", k.label(language())),
                   lambda log: kompas.set_status(log, k.id, status))

    def _date_toggled(self, on: bool) -> None:
        from ..model import kompas

        self.date.setEnabled(on)
        k = self._knooppunt()
        if k is None:
            return
        date = self.date.date().toString(ISO) if on else None
        if date != k.date:
            self._edit(self.tr("Date of “%1”").replace("%1", k.label(language())),
                       lambda log: kompas.edit_knooppunt(log, k.id, date=date))

    def _date_edited(self) -> None:
        if self.has_date.isChecked():
            self._date_toggled(True)

    def _note_edited(self) -> None:
        from ..model import kompas

        k = self._knooppunt()
        text = self.note.text().strip()
        self.note.setModified(False)
        if k is None or text == k.note:
            return
        self._edit(self.tr("Note on “%1”").replace("%1", k.label(language())),
                   lambda log: kompas.edit_knooppunt(log, k.id, note=text))

    def _phase_chosen(self, _index: int) -> None:
        project = self.project
        if project is None:
            return
        chosen = self.phase_choice.currentData()
        info = project.info()
        if chosen == info.current_phase:
            return
        self._edit(self.tr("Current phase"),
                   lambda log: log.update("project", info.id, current_phase=chosen))

    def _party_types(self) -> list[tuple[str, str]]:
        from ..model.stakeholders import stakeholder_types

        return [(t.key, t.label) for t in stakeholder_types().values()]

    def add_knooppunt(self, phase: int | None = None, track: str | None = None) -> None:
        """Ask for a knooppunt of the project's own and add it (one undo step)."""
        from ..model import kompas

        if self.project is None:
            return
        k = self._knooppunt()
        values = {"phase": phase or (k.phase if k else kompas.current_phase(self.project)[0]
                                     or 1),
                  "track": track or (k.track if k else "sociaal")}
        dialog = KnooppuntDialog(values, self._party_types(), self)
        added: list[str] = []

        def save(d: KnooppuntDialog) -> bool:
            v = d.values()
            phase_, track_, title = v.pop("phase"), v.pop("track"), v.pop("title")
            saved = self._save(d, self.tr("New knooppunt"), lambda log: added.append(
                kompas.add_knooppunt(log, phase_, track_, title, **v)))
            if saved and added:
                self.chosen = added[-1]
                self.refresh()
            return saved

        dialog.save = save
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def edit_chosen(self) -> None:
        """Edit the chosen knooppunt's texts (one undo step)."""
        from ..model import kompas

        k = self._knooppunt()
        if k is None:
            return
        values = {"phase": k.phase, "track": k.track, "title": k.label(language()),
                  "goal": k.goal, "approach": k.approach, "tips": k.tips,
                  "parties": k.parties, "prompt": k.prompt}
        dialog = KnooppuntDialog(values, self._party_types(), self)

        def save(d: KnooppuntDialog) -> bool:
            v = d.values()
            changed = {name: value for name, value in v.items() if value != values[name]}
            if not changed:
                return True
            return self._save(d, self.tr("Change “%1”").replace("%1", k.label(language())),
                              lambda log: kompas.edit_knooppunt(log, k.id, **changed))

        dialog.save = save
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def _save(self, dialog: SavingDialog, label: str, action) -> bool:
        try:
            push(self._ctx.undo, Edits(self.project, label, action))
        except WijkdeskError as exc:
            dialog.show_error(error_text(exc))
            return False
        return True

    @staticmethod
    def _text_edited(k) -> bool:
        """A starter knooppunt with a text of its own (what "Starter text" puts back; its
        phase and track stay)."""
        from ..model.kompas import TEXT_FIELDS

        return not k.custom and bool(k.edited & set(TEXT_FIELDS))

    def reset_chosen(self) -> None:
        """Put the starter set's texts back (one undo step)."""
        from ..model import kompas

        k = self._knooppunt()
        if k is not None and self._text_edited(k):
            self._edit(self.tr("Starter text of “%1”").replace("%1", k.label(language())),
                       lambda log: kompas.reset_text(log, k.id))

    def delete_chosen(self) -> None:
        """Delete the chosen knooppunt of the project's own (one undo step)."""
        from ..model import kompas

        k = self._knooppunt()
        if k is None or not k.custom:
            return
        if self._edit(self.tr("Delete “%1”").replace("%1", k.label(language())),
                      lambda log: kompas.delete_knooppunt(log, k.id)):
            self.chosen = None
            self.refresh()

    def _linkable(self) -> list[tuple[str, str]]:
        project = self.project
        out = []
        for kind, _field in LINKABLE:
            for rec in project.all(kind):
                out.append((rec.id, self.record_label(kind, rec)))
        return out

    def link_chosen(self) -> None:
        """Choose what serves the chosen knooppunt (links and unlinks: one undo step)."""
        from ..model import kompas

        k = self._knooppunt()
        if k is None:
            return
        have = {rec.id for _kind, rec in kompas.links_of(self.project, k.id)}
        dialog = LinkDialog(k.label(language()), self._linkable(), have, self)

        def save(d: LinkDialog) -> bool:
            chosen = d.chosen()
            if chosen == have:
                return True

            def action(log) -> None:
                for rid in sorted(have - chosen):
                    kompas.unlink(log, k.id, rid)
                for rid in sorted(chosen - have):
                    kompas.link(log, k.id, rid)

            return self._save(d, self.tr("Links of “%1”").replace("%1", k.label(language())),
                              action)

        dialog.save = save
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    # -- where do we stand -----------------------------------------------------------------

    def _fill_standing(self) -> None:
        self.standing.setHtml(self.standing_html())

    def standing_html(self) -> str:
        """"Waar staan we?" as a page of large text (here and on the audience's screen)."""
        H2 = (f"<p style='font-size:21pt; font-weight:bold; color:{HEADING}; "  # noqa: N806
              "margin:6px 0 2px 0'>")
        from ..model import kompas

        project = self.project
        if project is None:
            return ""
        lang = language()
        words = {key: escape(text) for key, text in (
            ("Nothing", self.tr("Nothing")), ("None", self.tr("None")),
            ("Done", self.tr("Done")), ("Open now: social", self.tr("Open now: social")),
            ("Open now: technical and financial", self.tr("Open now: technical and financial")),
            ("Not yet in the network", self.tr("Not yet in the network")),
            ("Next", self.tr("Next")),
            ("First round of the next evening:", self.tr("First round of the next evening:")),
            ("How the phase is found:", self.tr("How the phase is found:")),
            ("How the next steps are chosen:", self.tr("How the next steps are chosen:")))}
        s = kompas.where_we_stand(project, lang=lang)
        suggestions = kompas.suggestions(project, lang=lang)
        prompt = kompas.first_round_prompt(project, lang=lang)
        title = (self.tr("Phase %1: %2").replace("%1", str(s.phase)).replace("%2", s.phase_name)
                 if s.phase else self.tr("No phase yet"))
        steps = []
        for number in range(1, 7):
            done, total = s.progress.get(number, (0, 0))
            colour = PHASE_NOW if number == s.focus_phase else (
                PHASE_DONE if total and done == total else PHASE_OPEN)
            steps.append(f"<td align='center' style='background:{colour}; "
                         f"color:{PHASE_NOW_TEXT}; "
                         f"padding:6px 14px'><b>{number}</b><br/>{done}/{total}</td>")

        def items(nodes, limit=5) -> str:
            if not nodes:
                return f"<p><i>{words['Nothing']}</i></p>"
            rows = "".join(f"<li>{STATUS_MARKS.get(k.status, '')} {escape(k.label(lang))}</li>"
                           for k in nodes[:limit])
            more = ""
            if len(nodes) > limit:
                more = escape(self.tr("and %n more", "", len(nodes) - limit))
                more = f"<li><i>{more}</i></li>"
            return f"<ul>{rows}{more}</ul>"

        missing = "".join(
            f"<li><b>{escape(m.label)}</b> — {escape(', '.join(m.asked_by[:2]))}</li>"
            for m in s.missing_parties[:5]) or f"<li><i>{words['None']}</i></li>"
        nexts = "".join(f"<li><b>{escape(g.knooppunt.label(lang))}</b><br/>"
                        f"<span style='color:{QUIET_TEXT}'>{escape(g.reason)}</span></li>"
                        for g in suggestions) or f"<li><i>{words['Nothing']}</i></li>"
        html = (
            f"<html><body style='font-size:17pt; color:{STATUS_TEXT}'>"
            f"<p style='font-size:32pt; font-weight:bold; margin:0'>{escape(title)}</p>"
            f"<p style='font-size:14pt; color:{QUIET_TEXT}'>{escape(s.source_text)}</p>"
            f"<table cellspacing='4'><tr>{''.join(steps)}</tr></table>"
            "<table width='100%' cellspacing='12'><tr>"
            f"<td width='33%' valign='top'>{H2}{words['Done']}</p>"
            f"{items(s.done)}</td>"
            f"<td width='33%' valign='top'>{H2}{words['Open now: social']}</p>"
            f"{items(s.open_by_track.get('sociaal', []))}</td>"
            f"<td width='33%' valign='top'>{H2}"
            f"{words['Open now: technical and financial']}</p>"
            f"{items(s.open_by_track.get('technisch', []))}</td>"
            "</tr><tr>"
            f"<td valign='top'>{H2}{words['Not yet in the network']}</p>"
            f"<ul>{missing}</ul></td>"
            f"<td colspan='2' valign='top'>{H2}{words['Next']}</p><ol>{nexts}</ol>")
        if prompt is not None:
            html += (f"<p><b>{words['First round of the next evening:']}</b> "
                     f"<i>“{escape(prompt[0])}”</i><br/>"
                     f"<span style='font-size:14pt; color:{QUIET_TEXT}'>"
                     f"{escape(prompt[1])}</span></p>")
        html += "</td></tr></table>"
        if self.rules_box.isChecked():
            rules = "".join(f"<li>{escape(r[0 if lang == 'nl' else 1])}</li>"
                            for r in kompas.SUGGESTION_RULES)
            rule = kompas.PHASE_RULE[0 if lang == "nl" else 1]
            html += (f"<div style='font-size:13pt; color:{RULES_TEXT}'>"
                     f"<p><b>{words['How the phase is found:']}</b> {escape(rule)}</p>"
                     f"<p><b>{words['How the next steps are chosen:']}</b></p>"
                     f"<ol>{rules}</ol></div>")
        html += "</body></html>"
        return html

    # -- APK -------------------------------------------------------------------------------

    def _fill_apk(self) -> None:
        from ..i18n import long_date
        from ..model.kompas import apk_question

        project = self.project
        lang = language()
        for key, label in self.apk_questions.items():
            label.setText(apk_question(key, lang))
        chosen = self.apk_evening.currentData()
        self.apk_evening.blockSignals(True)
        self.apk_evening.clear()
        if project is not None:
            for rec in project.all("bijeenkomst", order="date"):
                when = long_date(rec.date) or self.tr("no date")
                self.apk_evening.addItem(f"{rec.title} ({when})", rec.id)
            index = self.apk_evening.findData(chosen)
            self.apk_evening.setCurrentIndex(index if index >= 0
                                             else self.apk_evening.count() - 1)
        self.apk_evening.blockSignals(False)
        self._fill_apk_form()
        self._draw_chart()

    def _fill_apk_form(self) -> None:
        from ..model import kompas

        project = self.project
        evening = self.apk_evening.currentData()
        rec = kompas.apk_for(project, evening) if project is not None and evening else None
        earlier = [r for r in kompas.apks(project) if r.id != (rec.id if rec else None)
                   and (rec is None or (r.date or "") <= (rec.date or ""))] \
            if project is not None else []
        for key, score in self.apk_scores.items():
            score.setValue(int(getattr(rec, key, 0) or 0) if rec else 0)
            self.apk_notes[key].setText(str(getattr(rec, f"{key}_note", "") or "") if rec else "")
            self.apk_notes[key].setCursorPosition(0)
            last = int(getattr(rec, key, 0) or 0) if rec else 0
            # against the last earlier APK that scored this question (as the chart does)
            scored = [int(getattr(r, key, 0) or 0) for r in earlier if getattr(r, key, 0)]
            previous = scored[-1] if scored else 0
            self.apk_trends[key].setText(kompas.trend_arrow(previous or None, last or None))
        self.apk_summary.setPlainText(str(getattr(rec, "summary", "") or "") if rec else "")
        self.apk_save.setEnabled(evening is not None)
        self.apk_state.setText(self.tr("Saved for this evening.") if rec
                               else self.tr("Not held at this evening yet."))

    def save_apk(self) -> None:
        """Save the APK of the chosen evening (one undo step; saving again updates it)."""
        from ..model import kompas

        project, evening = self.project, self.apk_evening.currentData()
        if project is None or evening is None:
            return
        rec = project.get("bijeenkomst", evening)
        date = rec.date if rec is not None and rec.date else dt.date.today().isoformat()
        scores = {key: box.value() for key, box in self.apk_scores.items()}
        notes = {key: edit.text().strip() for key, edit in self.apk_notes.items()}
        summary = self.apk_summary.toPlainText().strip()
        if not any(scores.values()) and not any(notes.values()) and not summary:
            self.apk_state.setText(self.tr("Give at least one question a score first."))
            return
        self._edit(self.tr("APK"), lambda log: kompas.save_apk(log, evening, date, scores,
                                                               notes, summary))

    def _draw_chart(self) -> None:
        from ..model import kompas

        project = self.project
        if project is None or not kompas.apks(project):
            self.chart.setPixmap(QPixmap())
            self.chart.setText(self.tr("No APK yet: score the seven questions at an evening."))
            self.chart_path = None
            return
        if self._chart_dir is None or not self._chart_dir.is_dir():
            from ..model import scratch

            self._chart_dir = scratch.make_folder("apk-")  # removed with the app's copies
        path = self._chart_dir / f"apk-{language()}.png"
        try:
            kompas.apk_chart(project, path, language())
        except (OSError, ValueError) as exc:
            self.chart.setText(self.tr("The chart could not be drawn: %1").replace("%1",
                                                                                 str(exc)))
            return
        self.chart_path = path
        # from the bytes: QPixmap(path) may give a cached older chart when the new file
        # has the same size and modification second
        pixmap = QPixmap()
        pixmap.loadFromData(path.read_bytes(), "PNG")
        self.chart.setPixmap(pixmap)

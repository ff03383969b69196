"""The Timeline view: the denk-spoor and the doe-spoor over the years of a wijkaanpak.

The timeline itself is ``timeline_canvas``; beside it the clash panel (click a clash to see
its steps), the links of the chosen step (both ways) and the steps without a date yet. Every
edit is one undoable step through the model; a refusal (end before start, a date before 1990
or after 2100, a dependency cycle) is said, and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..i18n import ui_language
from ..messages import error_text
from ..model import Change, WijkdeskError
from ..model.kinds import TIMELINE_KINDS, TIMELINE_STATUS
from .commands import Edits
from .common import ID_ROLE, checked_ids, escape, fill_checkable, make_heading
from .context import AppContext
from .saving_dialog import SavingDialog

ISO = "yyyy-MM-dd"


class StepDialog(SavingDialog):
    """A timeline step: lane, kind, title, dates, owner, status, phase, note, dependencies and
    links. Saving is done by ``save`` (set by the view); a refusal shows here."""

    def __init__(self, view: TimelineView, values: dict, others: list[tuple[str, str]],
                 depends: set[str], linkable: list[tuple[str, str, str]], linked: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Step on the timeline"))
        self.track = QComboBox()
        self.track.addItem(self.tr("Denk-spoor"), "denk")
        self.track.addItem(self.tr("Doe-spoor"), "doe")
        self.track.setCurrentIndex(max(0, self.track.findData(values.get("track", "doe"))))
        self.kind = QComboBox()
        for k in TIMELINE_KINDS:
            self.kind.addItem(view.kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "activiteit"))))
        self.title = QLineEdit(values.get("title", ""))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        start = QDate.fromString(values.get("start") or "", ISO)
        self.start.setDate(start if start.isValid() else QDate.currentDate())
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d MMM yyyy")
        end = QDate.fromString(values.get("end") or "", ISO)
        self.has_end.setChecked(end.isValid())
        self.end.setDate(end if end.isValid() else self.start.date().addMonths(1))
        self.end.setEnabled(end.isValid())
        self.has_end.toggled.connect(self.end.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        for sid, name in view.stakeholders():
            self.owner.addItem(name, sid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(values.get("owner_id"))))
        self.status = QComboBox()
        for s in TIMELINE_STATUS:
            self.status.addItem(view.status_label(s), s)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status",
                                                                           "gepland"))))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("(none)"), None)
        for n in range(1, 7):
            self.phase.addItem(str(n), n)
        self.phase.setCurrentIndex(max(0, self.phase.findData(values.get("phase"))))
        self.note = QPlainTextEdit(values.get("note", ""))
        self.note.setFixedHeight(70)
        self.depends = QListWidget()
        self.depends.setAccessibleName(self.tr("Depends on"))
        fill_checkable(self.depends, others, depends)
        self.depends.setFixedHeight(110)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Linked to"))
        fill_checkable(self.links, [(rid, f"{kind_label}: {title}")
                                    for rid, kind_label, title in linkable], linked)
        self.links.setFixedHeight(130)
        form = QFormLayout()
        form.addRow(self.tr("&Lane"), self.track)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow("", end_row)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Phase"), self.phase)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Depends on"), self.depends)
        form.addRow(self.tr("Lin&ked to"), self.links)
        self.finish_layout(form, width=620)

    def values(self) -> dict:
        """The step's fields, as the model has them."""
        return {"track": self.track.currentData(), "kind": self.kind.currentData(),
                "title": self.title.text().strip(),
                "start": self.start.date().toString(ISO),
                "end": self.end.date().toString(ISO) if self.has_end.isChecked() else None,
                "owner_id": self.owner.currentData(), "status": self.status.currentData(),
                "phase": self.phase.currentData(), "note": self.note.toPlainText().strip()}

    def _checked(self, widget: QListWidget) -> set[str]:
        return set(checked_ids(widget))

    def chosen_depends(self) -> set[str]:
        """The steps this one depends on."""
        return self._checked(self.depends)

    def chosen_links(self) -> set[str]:
        """The clusters, agreements, actions and stakeholders it is linked to."""
        return self._checked(self.links)



class TimelineView(QWidget):
    """See the module's description."""

    def __init__(self, ctx: AppContext, run, interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._interaction = interaction
        self.canvas = None
        self.dialog = None
        heading = make_heading(QLabel(self.tr("Timeline")))
        self.add_button = QPushButton(self.tr("&New step…"))
        self.add_button.setToolTip(self.tr("Add a step (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_step())
        self.fit_button = QPushButton(self.tr("&All in view"))
        self.fit_button.setToolTip(self.tr("Show every step (0); zoom with Ctrl+wheel or + and −"))
        self.fit_button.clicked.connect(lambda: self.canvas and self.canvas.fit_all())
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(lambda: self.canvas and self.canvas.show_today())
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.clicked.connect(
            lambda: self.export_menu().exec(self.export_button.mapToGlobal(
                self.export_button.rect().bottomLeft())))
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(20)
        for button in (self.add_button, self.fit_button, self.today_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        self.clash_list = QListWidget()
        self.clash_list.setAccessibleName(self.tr("Clashes"))
        self.clash_list.setWordWrap(True)
        self.clash_list.itemActivated.connect(self._clash_chosen)
        self.clash_list.itemClicked.connect(self._clash_chosen)
        self.details = QLabel()
        self.details.setObjectName("stepDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.undated = QListWidget()
        self.undated.setAccessibleName(self.tr("Steps without a date"))
        self.undated.itemActivated.connect(lambda item: self.edit_step(item.data(ID_ROLE)))
        self._clash_heading = QLabel(self.tr("Clashes"))
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._clash_heading)
        side.addWidget(self.clash_list, 3)
        side.addWidget(QLabel(self.tr("Chosen step")))
        side.addWidget(self.details, 2)
        side.addWidget(QLabel(self.tr("Without a date")))
        side.addWidget(self.undated, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(340)  # the clash sentences stay readable
        self._split = QSplitter()
        self._split.addWidget(QWidget())  # the canvas, made when first shown
        self._split.addWidget(side_box)
        self._split.setStretchFactor(0, 4)
        self._split.setStretchFactor(1, 1)
        self._split.setSizes([1250, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._split, 1)
        QShortcut(QKeySequence("Insert"), self, lambda: self.add_step()).setWhatsThis(
            self.tr("New step"))  # (what the shortcut sheet says it does)
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: self.refresh(fit=True))

    # -- building, reading ---------------------------------------------------------------

    def ensure_built(self) -> None:
        """Make the canvas (the first time the view is shown)."""
        if self.canvas is not None:
            return
        from .timeline_canvas import TimelineCanvas

        self.canvas = TimelineCanvas(self)
        self.canvas.activated.connect(self.edit_step)
        self.canvas.scene().selectionChanged.connect(self._show_details)
        self._split.replaceWidget(0, self.canvas)
        self.refresh(fit=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_built()

    @property
    def project(self):
        """The open project."""
        return self._ctx.project

    def month_name(self, month: int) -> str:
        """A short month name in the user's language."""
        return QLocale().monthName(month, QLocale.FormatType.ShortFormat)

    def kind_label(self, kind: str) -> str:
        """A step's kind, in the user's language."""
        return {"mijlpaal": self.tr("milestone"), "activiteit": self.tr("activity"),
                "besluit": self.tr("decision"), "bijeenkomst": self.tr("meeting"),
                "stip": self.tr("dot on the horizon")}.get(kind, kind)

    def status_label(self, status: str) -> str:
        """A step's status, in the user's language."""
        return {"gepland": self.tr("planned"), "bezig": self.tr("in progress"),
                "klaar": self.tr("done"), "uitgesteld": self.tr("postponed")}.get(status, status)

    def stakeholders(self) -> list[tuple[str, str]]:
        """(id, name) of every stakeholder, by name."""
        if self.project is None:
            return []
        return [(r.id, r.name) for r in self.project.all("stakeholder", order="name")]

    def refresh(self, *, fit: bool = False) -> None:
        """Draw everything anew from the model."""
        if self.canvas is None:
            return
        self.canvas.refresh(fit=fit)
        self._fill_clashes()
        self._fill_undated()
        self._show_details()

    def _on_changed(self, changes: list[Change]) -> None:
        kinds = {c.kind for c in changes}
        if kinds & {"timeline_item", "dependency", "phase_span", "bijeenkomst", "link",
                    "stakeholder", "action_item", "agreement", "cluster", "project", "*"}:
            self.refresh()

    def _fill_clashes(self) -> None:
        from ..model.timeline import clash_text, clashes

        self.clash_list.clear()
        project = self.project
        if project is None:
            return
        found = clashes(project, dt.date.today().isoformat())
        language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        for clash in found:
            item = QListWidgetItem("⚠ " + clash_text(clash, language))
            item.setData(ID_ROLE, list(clash.item_ids))
            self.clash_list.addItem(item)
        self._clash_heading.setText(self.tr("Clashes (%n)", "", len(found)))
        if not found:
            self.clash_list.addItem(self.tr("No clashes."))

    def _fill_undated(self) -> None:
        self.undated.clear()
        if self.project is None:
            return
        for rec in self.project.all("timeline_item"):
            if not rec.start:
                item = QListWidgetItem(rec.title)
                item.setData(ID_ROLE, rec.id)
                self.undated.addItem(item)

    def _clash_chosen(self, item: QListWidgetItem) -> None:
        ids = item.data(ID_ROLE) or []
        if self.canvas is None or not ids:
            return
        self.canvas.scene().clearSelection()
        for item_id in ids:
            step = self.canvas.steps.get(item_id)
            if step is not None:
                step.setSelected(True)
        first = self.canvas.steps.get(ids[0])
        if first is not None:
            self.canvas.ensureVisible(first, 80, 20)

    def _show_details(self) -> None:
        from ..model.timeline import links_of

        chosen = self.canvas.selected_ids() if self.canvas else []
        project = self.project
        rec = project.get("timeline_item", chosen[0]) if project and chosen else None
        if rec is None:
            self.details.setText(self.tr("Click a step to see its details; double-click to "
                                         "edit it."))
            return
        lines = [f"<b>{escape(rec.title)}</b>",
                 f"{self.kind_label(rec.kind)} · {self.status_label(rec.status)}"
                 + (f" · {self.tr('postponed %n time(s)', '', rec.postponed)}"
                    if rec.postponed else ""),
                 escape(self._dates_text(rec.start, rec.end))]
        if rec.owner_id:
            owner = project.get("stakeholder", rec.owner_id)
            if owner is not None and not owner.deleted:
                lines.append(self.tr("Owner: %1").replace("%1", escape(owner.name)))
        linked = links_of(project, rec.id)
        if linked:
            lines.append("<br>".join(f"→ {escape(self.record_label(k, r))}"
                                     for k, r in linked))
        if rec.note:
            lines.append(escape(rec.note))
        self.details.setText("<br>".join(lines))

    def _dates_text(self, start: str | None, end: str | None) -> str:
        from ..i18n import long_date

        return long_date(start) + (" – " + long_date(end) if end else "")

    def record_label(self, kind: str, rec) -> str:
        """A linked record in words: 'Cluster: Groen', 'Actiepunt 3: …'."""
        if kind == "knooppunt":  # a Wijkkompas knooppunt this step serves
            from ..model import kompas

            try:
                title = kompas.knooppunt(self.project, rec.id).label(ui_language())
            except WijkdeskError:
                title = rec.title
            word = self.tr("Knooppunt")
            return f"{word}: {title[:80]}"
        title = {"cluster": getattr(rec, "name", ""), "agreement": getattr(rec, "text", ""),
                 "action_item": getattr(rec, "what", ""),
                 "stakeholder": getattr(rec, "name", ""),
                 "timeline_item": getattr(rec, "title", "")}.get(kind, "")
        label = {"cluster": self.tr("Cluster"), "agreement": self.tr("Agreement"),
                 "action_item": self.tr("Action point"), "stakeholder": self.tr("Stakeholder"),
                 "timeline_item": self.tr("Step")}.get(kind, kind)
        return f"{label}: {title[:80]}"

    # -- editing -------------------------------------------------------------------------

    def _linkable(self) -> list[tuple[str, str, str]]:
        project = self.project
        out = []
        for kind, field in (("stakeholder", "name"), ("cluster", "name"),
                            ("agreement", "text"), ("action_item", "what")):
            for rec in project.all(kind):
                out.append((rec.id, self.record_label(kind, rec).split(":")[0], rec[field][:80]))
        return out

    def _dialog(self, values: dict, item_id: str | None) -> StepDialog:
        from ..model.timeline import links_of

        project = self.project
        others = [(r.id, r.title) for r in project.all("timeline_item", order="start")
                  if r.id != item_id]
        depends = {d.before_id for d in project.all("dependency", after_id=item_id)} \
            if item_id else set()
        linked = {r.id for _k, r in links_of(project, item_id)} if item_id else set()
        return StepDialog(self, values, others, depends, self._linkable(), linked, self)

    def add_step(self, on: dt.date | None = None, track: str = "doe") -> None:
        """Ask for a new step and add it (with its dependencies and links: one undo step)."""
        if self.project is None:
            return
        start = (on or dt.date.today()).isoformat()
        dialog = self._dialog({"start": start, "track": track}, None)
        dialog.save = lambda d: self._save(d, None)
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def edit_step(self, item_id: str) -> None:
        """Change a step (one undo step)."""
        project = self.project
        rec = project.get("timeline_item", item_id) if project else None
        if rec is None or rec.deleted:
            return
        values = {f: rec[f] for f in ("track", "kind", "title", "start", "end", "owner_id",
                                      "status", "phase", "note")}
        dialog = self._dialog(values, item_id)
        dialog.save = lambda d: self._save(d, item_id)
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def _save(self, dialog: StepDialog, item_id: str | None) -> bool:
        from ..model import timeline as tl
        from .commands import push

        values = dialog.values()
        if not values["title"]:
            dialog.show_error(self.tr("A step needs a title."))
            return False
        project = self.project
        depends, links = dialog.chosen_depends(), dialog.chosen_links()

        def action(log) -> str:
            if item_id is None:
                tl.check_item(project, values)
                target = log.added("timeline_item", project.add("timeline_item", **values))
            else:
                target = item_id
                rec = project.get("timeline_item", item_id)
                changed = {k: v for k, v in values.items() if rec[k] != v}
                if changed:
                    tl.check_item(project, {**{k: rec[k] for k in values}, **changed}, item_id)
                    if changed.get("status") == "uitgesteld":
                        changed["postponed"] = rec.postponed + 1
                    log.update("timeline_item", item_id, **changed)
            now = {d.before_id: d.id for d in project.all("dependency", after_id=target)}
            for before_id in set(now) - depends:
                log.delete("dependency", now[before_id])
            for before_id in sorted(depends - set(now)):
                log.added("dependency", tl.add_dependency(project, before_id, target))
            have = {link.to_id: link.id for link in project.all("link", from_id=target)}
            for rid in set(have) - links:
                log.delete("link", have[rid])
            for rid in sorted(links - set(have)):
                log.added("link", tl.add_link(project, target, rid))
            return target

        label = self.tr("New step") if item_id is None else self.tr("Change step")
        try:
            push(self._ctx.undo, Edits(project, label, action))
        except WijkdeskError as exc:
            dialog.show_error(error_text(exc))
            return False
        return True

    def save_dates(self, changes: dict[str, tuple[str, str | None]]) -> bool:
        """Dragged or stretched on the timeline: new dates (one undo step)."""
        from ..model import timeline as tl

        project = self.project

        def action(log) -> None:
            for item_id, (start, end) in changes.items():
                rec = project.get("timeline_item", item_id)
                tl.check_item(project, {**{f: rec[f] for f in ("track", "kind", "title",
                                                                 "start", "end")},
                                        "start": start, "end": end}, item_id)
                log.update("timeline_item", item_id, start=start, end=end)

        return project is not None and self._run(Edits(project, self.tr("Move step"), action))

    def delete_selected(self) -> None:
        """Delete the chosen steps with their dependencies and links (one undo step)."""
        from ..model import timeline as tl

        project = self.project
        chosen = self.canvas.selected_ids() if self.canvas else []
        if project is None or not chosen:
            return

        def action(log) -> None:
            for item_id in chosen:
                for dep in project.all("dependency", before_id=item_id) + project.all(
                        "dependency", after_id=item_id):
                    if not project.get("dependency", dep.id).deleted:
                        log.delete("dependency", dep.id)
                for link in tl.link_records(project, item_id):  # both ways
                    log.delete("link", link.id)
                log.delete("timeline_item", item_id)

        self._run(Edits(project, self.tr("Delete step"), action))

    def step_menu(self, item_id: str) -> QMenu:
        """What can be done with a step."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit… (Enter)"), lambda: self.edit_step(item_id))
        menu.addAction(self.tr("&Delete"), self.delete_selected)
        return menu

    def empty_menu(self, on: dt.date) -> QMenu:
        """The empty timeline: a new step on this date."""
        menu = QMenu(self)
        when = QLocale().toString(QDate(on.year, on.month, on.day), "d MMM yyyy")
        menu.addAction(self.tr("New step on %1 (doe-spoor)…").replace("%1", when),
                       lambda: self.add_step(on, "doe"))
        menu.addAction(self.tr("New step on %1 (denk-spoor)…").replace("%1", when),
                       lambda: self.add_step(on, "denk"))
        menu.addAction(self.tr("All in view (0)"), self.canvas.fit_all)
        return menu

    # -- exports -------------------------------------------------------------------------

    def export_menu(self) -> QMenu:
        """iCalendar, CSV and a picture."""
        menu = QMenu(self)
        for fmt, label in (("ics", self.tr("Calendar (iCalendar, .ics)…")),
                           ("csv", self.tr("CSV…")), ("png", self.tr("Picture (PNG)…")),
                           ("svg", self.tr("Picture (SVG)…")), ("pdf", self.tr("Picture (PDF)…"))):
            menu.addAction(label, lambda f=fmt: self.export(f))
        return menu

    def export(self, fmt: str, path: str | None = None) -> str | None:
        """Write the timeline as iCalendar, CSV or a picture; returns the file written."""
        from ..model import timeline as tl

        project = self.project
        if project is None:
            return None
        suffix = {"ics": ".ics", "csv": ".csv", "png": ".png", "svg": ".svg", "pdf": ".pdf"}[fmt]
        if path is None:
            start = str(Path(project.path).with_name(Path(project.path).stem + "-tijdlijn"
                                                     + suffix))
            path = self._interaction.save_file(self.tr("Export the timeline"), start,
                                               f"*{suffix}")
            if not path:
                return None
        target = Path(path) if Path(path).suffix else Path(path + suffix)
        try:
            if fmt == "ics":
                written = tl.export_ics(project, target)
            elif fmt == "csv":
                written = tl.export_timeline_csv(project, target)
            else:
                written = tl.export_timeline_picture(project, target)
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Not saved"), error_text(exc))
            return None
        self.window().statusBar().showMessage(self.tr("Exported to %1").replace(
            "%1", str(written)))
        return str(written)

"""The Stakeholders view: who is involved, how they relate, and who is still missing.

Two tabs show the same stakeholders: the network (relations as arrows) and the
power/interest grid. Beside them, the list of stakeholders (for the keyboard) and the
analysis: brokers, parties without relations, parties with no path to a resident group, counts
per segment, and the typical parties that are not yet in the network.

Every edit is one undoable step through the model; the scenes redraw from its change notices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model import Change, WijkdeskError
from ..model.kinds import SEGMENTS
from .commands import Edits, UpdateRecord
from .common import ID_ROLE, escape, make_heading
from .context import AppContext
from .flow_layout import FlowLayout

LAYOUTS = ("spring", "kamada_kawai", "grouped")


class StakeholderView(QWidget):
    """See the module's description."""

    def __init__(self, ctx: AppContext, run, interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._interaction = interaction
        self._layout_cache: dict[str, tuple[float, float]] | None = None
        self._built = False
        #: the last dialog opened (tests fill it in and accept it)
        self.dialog = None
        heading = make_heading(QLabel(self.tr("Stakeholders")))
        self.add_button = QPushButton(self.tr("&New stakeholder…"))
        self.add_button.setToolTip(self.tr("Add a stakeholder (Insert)"))
        self.add_button.clicked.connect(lambda: self.add_stakeholder())
        self.relation_button = QPushButton(self.tr("New &relation…"))
        self.relation_button.setToolTip(self.tr("Add a relation (Ctrl+Shift+R)"))
        self.relation_button.clicked.connect(lambda: self.add_relation())
        self.layout_button = QPushButton(self.tr("&Layout"))
        self.layout_button.clicked.connect(lambda: self._pop(self.layout_button,
                                                             self.layout_menu()))
        self.filter_button = QPushButton(self.tr("&Filter"))
        self.filter_button.clicked.connect(lambda: self._pop(self.filter_button,
                                                             self.filter_menu()))
        self.focus_button = QPushButton(self.tr("F&ocus"))
        self.focus_button.setCheckable(True)
        self.focus_button.setToolTip(self.tr("Show the selected stakeholder and its neighbours"))
        self.focus_button.toggled.connect(self._focus_toggled)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.clicked.connect(lambda: self._pop(self.export_button,
                                                             self.export_menu()))
        self.import_button = QPushButton(self.tr("&Import (Kumu CSV)…"))
        self.import_button.clicked.connect(lambda: self.import_kumu())  # not clicked(checked)
        # The buttons flow into as many rows as the width needs (a 1024-pixel beamer).
        row_box = QWidget()
        row = FlowLayout(row_box)
        row.add(heading)
        for n, button in enumerate((self.add_button, self.relation_button, self.layout_button,
                                    self.filter_button, self.focus_button, self.export_button,
                                    self.import_button)):
            row.add(button, gap=14 if n == 0 else 0)
        self.hint = QLabel()
        self.hint.setObjectName("networkHint")
        self.hint.setWordWrap(True)

        # The scenes are made when the view is first shown (graphics views cost start-up).
        self.tabs = None
        self.network = None
        self.grid = None
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Stakeholders"))
        self.people.itemSelectionChanged.connect(self._list_selected)
        self.people.itemActivated.connect(
            lambda item: self.edit_stakeholder(item.data(ID_ROLE)))
        self.people.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people.customContextMenuRequested.connect(self._people_menu)
        self.analysis = QLabel()
        self.analysis.setObjectName("analysis")
        self.analysis.setWordWrap(True)
        self.analysis.setTextFormat(Qt.TextFormat.RichText)
        self.analysis.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("All stakeholders")))
        side.addWidget(self.people, 2)
        side.addWidget(QLabel(self.tr("Analysis")))
        # the analysis scrolls where the screen is low (1024×768): never cut off at the foot
        self.analysis_scroll = QScrollArea()
        self.analysis_scroll.setWidget(self.analysis)
        self.analysis_scroll.setWidgetResizable(True)
        self.analysis_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.analysis_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.analysis_scroll, 3)
        side_box = QWidget()
        side_box.setLayout(side)
        self._side = side
        split = QSplitter()
        split.addWidget(QWidget())  # the tabs, once built
        split.addWidget(side_box)
        self._split = split
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1200, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(row_box)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Insert"), self, lambda: self.add_stakeholder()).setWhatsThis(
            self.tr("New stakeholder"))  # (what the shortcut sheet says it does)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.add_relation()).setWhatsThis(
            self.tr("New relation"))
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: self._project_changed())

    # -- building, reading ---------------------------------------------------------------

    def ensure_built(self) -> None:
        """Make the network and the grid (the first time the view is shown)."""
        if self._built:
            return
        from .network_view import GridView, NetworkView

        self._built = True
        self.network = NetworkView(self)
        self.grid = GridView(self)
        self.tabs = QTabWidget()
        self._split.replaceWidget(0, self.tabs)
        self._side.insertWidget(0, self.network.legend)
        self.tabs.addTab(self.network, self.tr("&Network"))
        self.tabs.addTab(self.grid, self.tr("Power/&interest grid"))
        self.tabs.currentChanged.connect(lambda _i: self._current_scene().fit_all())
        self.network.scene().selectionChanged.connect(self._scene_selected)
        self.refresh(fit=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_built()

    def _current_scene(self):
        return self.grid if self.tabs and self.tabs.currentWidget() is self.grid else self.network

    @property
    def project(self):
        """The open project."""
        return self._ctx.project

    def type_label(self, key: str) -> str:
        """The readable name of a stakeholder type (a type of one's own as typed)."""
        from ..model.stakeholders import type_label

        return type_label(key)

    def segment_label(self, key: str) -> str:
        """A segment or participation level in the user's language."""
        return {"willen": self.tr("willing"), "middenveld": self.tr("middle ground"),
                "niet willen": self.tr("unwilling"), "informeren": self.tr("inform"),
                "raadplegen": self.tr("consult"), "adviseren": self.tr("advise"),
                "coproduceren": self.tr("co-produce"),
                "meebeslissen": self.tr("co-decide")}.get(key, key)

    def types(self) -> list[tuple[str, str]]:
        """(key, label) of the template types and of any type of the project's own."""
        from ..model.stakeholders import stakeholder_types, type_key

        out = [(key, t.label) for key, t in stakeholder_types().items()]
        known = {key for key, _ in out}
        if self.project is not None:
            for rec in self.project.all("stakeholder"):
                key = type_key(rec.type)
                if key not in known:
                    known.add(key)
                    out.append((key, key))
        return out

    def _pins_key(self) -> str:
        """Per project, by its id: a moved or renamed file (or a table copy) keeps its pins."""
        project = self.project
        return "network/pinned/" + (project.info().id if project is not None else "")

    def pins(self) -> set[str]:
        """Stakeholders placed by hand: layouts keep them where they are."""
        value = self._ctx.settings.value(self._pins_key(), [])
        if isinstance(value, str):
            value = [value]
        return {v for v in (value or []) if isinstance(v, str)}

    def set_pins(self, ids: set[str]) -> None:
        """Remember which stakeholders are pinned (per project, on this laptop)."""
        self._ctx.settings.setValue(self._pins_key(), sorted(ids))

    def computed_layout(self) -> dict[str, tuple[float, float]]:
        """A spring layout to show while nothing has been placed (not saved)."""
        from ..model.stakeholders import layout

        if self._layout_cache is None and self.project is not None:
            self._layout_cache = layout(self.project, "spring")
        return self._layout_cache or {}

    def visible_ids(self) -> set[str]:
        """What the filters let through (the grid shows the same)."""
        if self.network is None:
            return {r.id for r in self.project.all("stakeholder")} if self.project else set()
        return self.network.visible_ids()

    def refresh(self, *, fit: bool = False) -> None:
        """Draw everything anew from the model."""
        if not self._built:
            return
        self._layout_cache = None
        self.network.refresh(fit=fit)
        self.grid.refresh(fit=fit)
        self._fill_list()
        self._show_analysis()
        self.hint.setText(self.tr(
            "No places saved yet: this is a computed layout. Choose Layout to keep it, or drag "
            "the stakeholders where you want them.") if self.network.unplaced else "")
        self.hint.setVisible(self.network.unplaced)
        has = self.project is not None and self.project.count("stakeholder") > 0
        self.relation_button.setEnabled(has and self.project.count("stakeholder") > 1)
        self.layout_button.setEnabled(has)
        self.export_button.setEnabled(has)

    def _fill_list(self) -> None:
        with QSignalBlocker(self.people):
            self.people.clear()
            if self.project is None:
                return
            for rec in self.project.all("stakeholder", order="name"):
                item = QListWidgetItem(f"{rec.name} — {self.type_label(rec.type)}")
                item.setData(ID_ROLE, rec.id)
                item.setToolTip(rec.role)
                self.people.addItem(item)
                if rec.id in self.network.selected_ids():
                    item.setSelected(True)

    def _show_analysis(self) -> None:
        from ..model.stakeholders import analysis, stakeholder_types

        project = self.project
        if project is None or project.count("stakeholder") == 0:
            self.analysis.setText(self.tr("No stakeholders yet. Start with who is already at "
                                          "the table (Insert)."))
            return
        result = analysis(project)
        names = {r.id: r.name for r in project.all("stakeholder")}

        def listed(ids) -> str:
            return ", ".join(escape(names.get(i, "?")) for i in ids) or self.tr("none")

        brokers = ", ".join(f"{escape(names.get(i, '?'))} ({score:.2f})"
                            for i, score in result.brokers[:5]) or self.tr("none")
        segments = ", ".join(f"{self.segment_label(s)}: {result.per_segment.get(s, 0)}"
                             for s in SEGMENTS)
        types = stakeholder_types()
        missing = ", ".join(escape(types[k].label if k in types else k)
                            for k in result.missing_types) or self.tr("none")
        if result.no_resident_groups:
            residents = self.tr("There is no resident group in the network yet.")
        else:
            residents = listed(result.no_path_to_residents)
        rows = [(self.tr("Brokers (betweenness)"), brokers),
                (self.tr("Without any relation"), listed(result.isolated)),
                (self.tr("No path to a resident group"), residents),
                (self.tr("Per segment"), segments),
                (self.tr("Typical parties not yet in view"), missing)]
        self.analysis.setText("".join(f"<p><b>{escape(title)}</b><br>{text}</p>"
                                      for title, text in rows))

    def _project_changed(self) -> None:
        self.focus_button.setChecked(False)
        if self.network is not None:
            self.network.type_filter = self.network.segment_filter = None
        self.refresh(fit=True)

    def _on_changed(self, changes: list[Change]) -> None:
        touched = {c.kind for c in changes}
        if not touched & {"stakeholder", "relation", "*"}:
            return
        if (touched == {"stakeholder"} and self._built
                and all(c.action == "update" and set(c.fields) <= {"x", "y"} for c in changes)
                and not self.network.unplaced):
            self._move_nodes([c.id for c in changes])  # a drag or a layout: no redraw
            return
        self.refresh()

    def _move_nodes(self, ids: list[str]) -> None:
        for stakeholder_id in ids:
            rec = self.project.get("stakeholder", stakeholder_id)
            node = self.network.nodes.get(stakeholder_id)
            if rec is not None and node is not None:
                node.setPos(rec.x, rec.y)
        self.network.setSceneRect(self.network.scene().itemsBoundingRect().adjusted(
            -600, -600, 600, 600))

    # -- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected stakeholders (network, else list)."""
        if self.network is not None and self.network.selected_ids():
            return self.network.selected_ids()
        return [i.data(ID_ROLE) for i in self.people.selectedItems()]

    def _scene_selected(self) -> None:
        ids = set(self.network.selected_ids())
        with QSignalBlocker(self.people):
            for row in range(self.people.count()):
                item = self.people.item(row)
                item.setSelected(item.data(ID_ROLE) in ids)
        if self.focus_button.isChecked() and ids:
            self.network.set_focus(sorted(ids)[0])

    def _list_selected(self) -> None:
        if self.network is None:
            return
        ids = [i.data(ID_ROLE) for i in self.people.selectedItems()]
        with QSignalBlocker(self.network.scene()):
            self.network.select(ids)
        self.network.viewport().update()
        if self.focus_button.isChecked() and ids:
            self.network.set_focus(ids[0])

    def _focus_toggled(self, on: bool) -> None:
        if self.network is None:
            return
        chosen = self.selected_ids()
        self.network.set_focus(chosen[0] if on and chosen else None)
        if on and not chosen:
            self.hint.setText(self.tr("Select a stakeholder to focus on."))
            self.hint.show()

    # -- editing -------------------------------------------------------------------------

    def _show(self, dialog) -> None:
        self.dialog = dialog
        self._interaction.exec_dialog(dialog)

    def _warn(self, stakeholder_id: str | None):
        from ..model.stakeholders import check_stakeholder

        def warn(values: dict) -> list[str]:
            if self.project is None:
                return []
            codes = check_stakeholder(self.project, values, stakeholder_id)
            return [self.tr("There is already a stakeholder called “%1”; saving makes a "
                            "second one.").replace("%1", values.get("name", ""))
                    if code == "name_exists" else code for code in codes]
        return warn

    def add_stakeholder(self, at: QPointF | None = None) -> None:
        """Ask for a new stakeholder and add it (placed at ``at``, or beside the others)."""
        from .stakeholder_dialogs import StakeholderDialog

        if self.project is None:
            return
        dialog = StakeholderDialog(self.types(), None, self._warn(None), self.segment_label,
                                   self)

        def save(d) -> bool:
            values = d.values()
            if not values["name"]:
                d.show_error(self.tr("A stakeholder needs a name."))
                return False
            x, y = (at.x(), at.y()) if at is not None else self._free_place()
            shown = self._shown_places()

            def action(log) -> str:
                for stakeholder_id, (sx, sy) in shown.items():
                    log.update("stakeholder", stakeholder_id, x=sx, y=sy)
                return log.add("stakeholder", **values, x=x, y=y)

            return self._try(d, Edits(self.project, self.tr("New stakeholder"), action))

        dialog.save = save
        self._show(dialog)

    def _free_place(self) -> tuple[float, float]:
        """Right of everything on the network, so a new node lands on open space."""
        if self.network is None or not self.network.nodes:
            return 0.0, 0.0
        rect = self.network.scene().itemsBoundingRect()
        return rect.right() + 120.0, rect.center().y()

    def _try(self, dialog, command) -> bool:
        """Push a command; the model's refusal shows in the dialog, which stays open."""
        from ..messages import error_text
        from .commands import push

        try:
            push(self._ctx.undo, command)
        except WijkdeskError as exc:
            dialog.show_error(error_text(exc))
            return False
        return True

    def edit_stakeholder(self, stakeholder_id: str) -> None:
        """Change a stakeholder's details (one undo step)."""
        from .stakeholder_dialogs import StakeholderDialog

        rec = self.project.get("stakeholder", stakeholder_id) if self.project else None
        if rec is None:
            return
        fields = ("name", "type", "role", "influence", "interest", "segment", "participation",
                  "contact_name", "contact_consent", "notes", "phases")
        before = {f: rec[f] for f in fields}
        dialog = StakeholderDialog(self.types(), before, self._warn(stakeholder_id),
                                   self.segment_label, self)

        def save(d) -> bool:
            values = d.values()
            if not values["name"]:
                d.show_error(self.tr("A stakeholder needs a name."))
                return False
            changed = {k: v for k, v in values.items() if v != before.get(k)}
            if not changed:
                return True
            return self._try(d, UpdateRecord(self.project, self.tr("Change stakeholder"),
                                             "stakeholder", stakeholder_id, changed))

        dialog.save = save
        self._show(dialog)

    def add_relation(self, source_id: str | None = None, target_id: str | None = None) -> None:
        """Ask for a new relation and add it (refused: self, duplicate)."""
        from ..model.stakeholders import add_relation, relation_types
        from .stakeholder_dialogs import RelationDialog

        if self.project is None or self.project.count("stakeholder") < 2:
            return
        chosen = self.selected_ids()
        source_id = source_id or (chosen[0] if chosen else None)
        target_id = target_id or (chosen[1] if len(chosen) > 1 else None)
        people = [(r.id, r.name) for r in self.project.all("stakeholder", order="name")]
        dialog = RelationDialog(people, list(relation_types()),
                                {"source_id": source_id, "target_id": target_id}, self)

        def save(d) -> bool:
            v = d.values()
            command = Edits(self.project, self.tr("New relation"), lambda log: log.added(
                "relation", add_relation(self.project, v["source_id"], v["target_id"],
                                         v["type"], v["strength"], v["note"])))
            return self._try(d, command)

        dialog.save = save
        self._show(dialog)

    def edit_relation(self, relation_id: str) -> None:
        """Change a relation (one undo step; the same checks as a new one)."""
        from ..model.stakeholders import check_relation, relation_types
        from .stakeholder_dialogs import RelationDialog

        rec = self.project.get("relation", relation_id) if self.project else None
        if rec is None:
            return
        people = [(r.id, r.name) for r in self.project.all("stakeholder", order="name")]
        before = {f: rec[f] for f in ("source_id", "target_id", "type", "strength", "note")}
        dialog = RelationDialog(people, list(relation_types()), before, self)

        def save(d) -> bool:
            v = d.values()
            changed = {k: val for k, val in v.items() if val != before[k]}
            if not changed:
                return True
            try:
                check_relation(self.project, v["source_id"], v["target_id"], v["type"],
                               relation_id)
            except WijkdeskError as exc:
                from ..messages import error_text

                d.show_error(error_text(exc))
                return False
            return self._try(d, UpdateRecord(self.project, self.tr("Change relation"),
                                             "relation", relation_id, changed))

        dialog.save = save
        self._show(dialog)

    def delete_selected(self) -> None:
        """Delete the selected stakeholders with their relations, or the selected relations."""
        project = self.project
        if project is None or self.network is None:
            return
        people = self.network.selected_ids() or [
            i.data(ID_ROLE) for i in self.people.selectedItems()]
        relations = self.network.selected_relations()
        if not people and not relations:
            return

        def action(log) -> None:
            gone = set(relations)
            for stakeholder_id in people:
                for rel in project.all("relation", source_id=stakeholder_id) + project.all(
                        "relation", target_id=stakeholder_id):
                    gone.add(rel.id)
            for rel_id in sorted(gone):
                log.delete("relation", rel_id)
            for stakeholder_id in people:
                for item in project.all("timeline_item", owner_id=stakeholder_id):
                    log.update("timeline_item", item.id, owner_id=None)
                log.delete("stakeholder", stakeholder_id)

        label = self.tr("Delete stakeholder") if people else self.tr("Delete relation")
        self._run(Edits(project, label, action))

    def save_positions(self, moved: dict[str, tuple[float, float]], pin: bool) -> bool:
        """Save where nodes were dragged (one undo step); dragged nodes are pinned."""
        project = self.project
        if project is None:
            return False

        def action(log) -> None:
            for stakeholder_id, (x, y) in moved.items():
                log.update("stakeholder", stakeholder_id, x=x, y=y)

        dragged = set(moved)
        moved = {**self._shown_places(), **moved}  # first drag: keep the computed layout too
        done = self._run(Edits(project, self.tr("Move stakeholder"), action))
        if done and pin:
            self.set_pins(self.pins() | dragged)
            for stakeholder_id in dragged:
                node = self.network.nodes.get(stakeholder_id) if self.network else None
                if node is not None:
                    node.pinned = True
                    node.update()
        return done

    def _shown_places(self) -> dict[str, tuple[float, float]]:
        """While a computed layout shows (nothing placed yet): where each node is seen, to
        save along with a first edit so that the others do not fall back on one spot."""
        if self.network is None or not self.network.unplaced:
            return {}
        return {i: (n.scenePos().x(), n.scenePos().y()) for i, n in self.network.nodes.items()}

    def save_grid(self, changes: dict[str, tuple[int, int]]) -> bool:
        """Dragged in the grid: new influence and interest (one undo step)."""
        project = self.project

        def action(log) -> None:
            for stakeholder_id, (influence, interest) in changes.items():
                log.update("stakeholder", stakeholder_id, influence=influence, interest=interest)

        return project is not None and self._run(
            Edits(project, self.tr("Influence and interest"), action))

    def apply_layout(self, method: str, everything: bool = False) -> bool:
        """Place the stakeholders with a networkx layout (one undo step); pinned ones stay
        unless ``everything``."""
        from ..model.stakeholders import layout

        project = self.project
        if project is None or method not in LAYOUTS:
            return False
        keep = set() if everything or (self.network and self.network.unplaced) else self.pins()

        def action(log) -> None:
            count = project.count("stakeholder")
            scale = max(600.0, 240.0 * count ** 0.5)  # room for the names between the nodes
            for stakeholder_id, (x, y) in layout(project, method, keep=keep,
                                                 scale=scale).items():
                if stakeholder_id not in keep:
                    log.update("stakeholder", stakeholder_id, x=float(x), y=float(y))

        labels = dict(zip(LAYOUTS, self.layout_labels(), strict=True))
        done = self._run(Edits(project, labels[method], action))
        if done:
            if everything:
                self.set_pins(set())
                if self.network is not None:
                    for node in self.network.nodes.values():
                        node.pinned = False
                        node.update()
            if self.network is not None:
                self.network.fit_all()
        return done

    def layout_labels(self) -> tuple[str, str, str]:
        """The layouts' names, in the user's language."""
        return (self.tr("Spring"), self.tr("Kamada–Kawai"), self.tr("Grouped by type"))

    def set_pinned(self, ids: list[str], pinned: bool) -> None:
        """Pin (layouts keep them) or unpin stakeholders."""
        pins = self.pins()
        pins = pins | set(ids) if pinned else pins - set(ids)
        self.set_pins(pins)
        self.refresh()

    # -- menus ---------------------------------------------------------------------------

    def _pop(self, button, menu: QMenu) -> None:
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def layout_menu(self) -> QMenu:
        """The layouts: around what was placed by hand, or all anew."""
        menu = QMenu(self)
        for method, label in zip(LAYOUTS, self.layout_labels(), strict=True):
            menu.addAction(label, lambda m=method: self.apply_layout(m))
        menu.addSeparator()
        again = menu.addMenu(self.tr("All anew, also what I placed by hand"))
        for method, label in zip(LAYOUTS, self.layout_labels(), strict=True):
            again.addAction(label, lambda m=method: self.apply_layout(m, everything=True))
        return menu

    def filter_menu(self) -> QMenu:
        """Types and segments to show (the grid follows)."""
        menu = QMenu(self)
        self.ensure_built()
        everything = menu.addAction(self.tr("Show &all"))
        everything.triggered.connect(lambda: self.set_filters(None, None))
        menu.addSeparator()
        present = sorted(self._present_types())
        for key in present:
            action = menu.addAction(self.type_label(key))
            action.setCheckable(True)
            action.setChecked(self.network.type_filter is None or key in self.network.type_filter)
            action.toggled.connect(lambda on, k=key: self._toggle_type(k, on))
        menu.addSeparator()
        for segment in SEGMENTS:
            action = menu.addAction(self.segment_label(segment))
            action.setCheckable(True)
            action.setChecked(self.network.segment_filter is None
                              or segment in self.network.segment_filter)
            action.toggled.connect(lambda on, s=segment: self._toggle_segment(s, on))
        return menu

    def _present_types(self) -> set[str]:
        from ..model.stakeholders import type_key

        if self.project is None:
            return set()
        return {type_key(r.type) for r in self.project.all("stakeholder")}

    def _toggle_type(self, key: str, on: bool) -> None:
        present = self._present_types()
        current = set(present if self.network.type_filter is None else self.network.type_filter)
        current = current | {key} if on else current - {key}
        self.set_filters(None if current >= present else current, self.network.segment_filter)

    def _toggle_segment(self, segment: str, on: bool) -> None:
        current = set(SEGMENTS if self.network.segment_filter is None
                      else self.network.segment_filter)
        current = current | {segment} if on else current - {segment}
        self.set_filters(self.network.type_filter,
                         None if current >= set(SEGMENTS) else current)

    def set_filters(self, types: set[str] | None, segments: set[str] | None) -> None:
        """Show only these types and segments (None: all)."""
        self.ensure_built()
        self.network.type_filter = types
        self.network.segment_filter = segments
        self.network.apply_filters()
        self.grid.refresh()
        filtered = types is not None or segments is not None
        self.filter_button.setText(self.tr("&Filter (on)") if filtered else self.tr("&Filter"))

    def node_menu(self, stakeholder_id: str) -> QMenu:
        """What can be done with a stakeholder on the network."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_stakeholder(stakeholder_id))
        menu.addAction(self.tr("New &relation from here…"),
                       lambda: self.add_relation(stakeholder_id))
        menu.addAction(self.tr("&Focus on this one"), lambda: self._focus_on(stakeholder_id))
        pinned = stakeholder_id in self.pins()
        ids = self.selected_ids() or [stakeholder_id]
        menu.addAction(self.tr("&Unpin (layouts may move it)") if pinned
                       else self.tr("&Pin (layouts keep it)"),
                       lambda: self.set_pinned(ids, not pinned))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete (with its relations)"), self.delete_selected)
        menu.addAction(self.tr("&Erase (AVG)…"), lambda: self.erase_stakeholder(stakeholder_id))
        return menu

    def _people_menu(self, pos) -> None:
        item = self.people.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        stakeholder_id = item.data(ID_ROLE)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_stakeholder(stakeholder_id))
        menu.addAction(self.tr("&Erase (AVG)…"), lambda: self.erase_stakeholder(stakeholder_id))
        menu.exec(self.people.viewport().mapToGlobal(pos))

    def erase_stakeholder(self, stakeholder_id: str) -> None:
        """Erase a party for good (AVG), and its names from every other text, after a
        preview (ui/erase_dialog.py)."""
        from .erase_dialog import EraseDialog

        if self.project is not None:
            self._show(EraseDialog(self._ctx, "stakeholder", stakeholder_id, self.window()))

    def relation_menu(self, relation_id: str) -> QMenu:
        """What can be done with a relation."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_relation(relation_id))
        menu.addAction(self.tr("&Delete"), lambda: self._delete_relation(relation_id))
        return menu

    def network_menu(self, at: QPointF) -> QMenu:
        """The empty network: add here, fit, layouts."""
        menu = QMenu(self)
        menu.addAction(self.tr("New stakeholder &here…"), lambda: self.add_stakeholder(at))
        menu.addAction(self.tr("Fit all (0)"), self.network.fit_all)
        menu.addMenu(self.layout_menu()).setText(self.tr("&Layout"))
        return menu

    def _focus_on(self, stakeholder_id: str) -> None:
        self.network.select([stakeholder_id])
        self.focus_button.setChecked(True)
        self.network.set_focus(stakeholder_id)

    def _delete_relation(self, relation_id: str) -> None:
        self._run(Edits(self.project, self.tr("Delete relation"),
                        lambda log: log.delete("relation", relation_id)))

    # -- exports and import --------------------------------------------------------------

    def export_menu(self) -> QMenu:
        """GraphML, GEXF, Gephi CSV, Kumu CSV, and a picture."""
        menu = QMenu(self)
        for fmt, label in (("graphml", self.tr("GraphML (Gephi, yEd)…")),
                           ("gexf", self.tr("GEXF (Gephi)…")),
                           ("csv", self.tr("Gephi CSV (nodes and edges)…")),
                           ("kumu", self.tr("Kumu CSV (elements and connections)…")),
                           ("png", self.tr("Picture (PNG)…")),
                           ("svg", self.tr("Picture (SVG)…")),
                           ("pdf", self.tr("Picture (PDF)…"))):
            menu.addAction(label, lambda f=fmt: self.export(f))
        return menu

    def export(self, fmt: str, path: str | None = None) -> list[str]:
        """Write the network in a format; returns the files written."""
        from ..messages import error_text
        from ..model import stakeholders as sh

        project = self.project
        if project is None:
            return []
        suffix = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv", "kumu": ".csv",
                  "png": ".png", "svg": ".svg", "pdf": ".pdf"}[fmt]
        if path is None:
            start = str(Path(project.path).with_name(Path(project.path).stem + "-netwerk"
                                                     + suffix))
            path = self._interaction.save_file(self.tr("Export the network"), start,
                                               f"*{suffix}")
            if not path:
                return []
        target = Path(path) if Path(path).suffix else Path(path + suffix)
        writer = {"graphml": sh.export_graphml, "gexf": sh.export_gexf,
                  "csv": sh.export_gephi_csv, "kumu": sh.export_kumu_csv,
                  "png": sh.export_picture, "svg": sh.export_picture,
                  "pdf": sh.export_picture}[fmt]
        try:
            written = writer(project, target)
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Not saved"), error_text(exc))
            return []
        files = [str(p) for p in written] if isinstance(written, list | tuple) else [str(target)]
        self.window().statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", ", ".join(files)))
        return files

    def import_kumu(self, path: str | list[str] | None = None) -> bool:
        """Add stakeholders and relations from a Kumu-style CSV, after a preview."""
        from ..messages import error_text
        from ..model.stakeholders import import_kumu, read_kumu_csv
        from .merge_dialogs import RecordedCommand

        project = self.project
        if project is None:
            return False
        title = self.tr("Import stakeholders")
        if path is None:  # elements and connections may be two files: choose one or both
            paths = self._interaction.open_files(
                title, str(Path(project.path).parent),
                self.tr("CSV files (*.csv *.txt);;All files (*)"))
            if not paths:
                return False
            path = paths if len(paths) > 1 else paths[0]
        try:
            preview = read_kumu_csv(path, project=project)
        except WijkdeskError as exc:
            self._interaction.error(self.tr("Cannot import"), error_text(exc))
            return False
        if not preview.ok:
            self._interaction.error(self.tr("Cannot import"),
                                    "\n".join(error_text(e) for e in preview.errors))
            return False
        if not self._interaction.confirm(title, self.preview_text(preview)):
            return False
        shown = self._shown_places()

        def run() -> None:
            from ..model.stakeholders import layout

            with project.batch():
                for stakeholder_id, (x, y) in shown.items():
                    project.update("stakeholder", stakeholder_id, x=x, y=y)
                summary = import_kumu(project, preview)
                new = list(summary.stakeholder_ids)
                if new:  # the new parties laid out around the ones already placed
                    keep = {r.id for r in project.all("stakeholder")} - set(new)
                    for stakeholder_id, (x, y) in layout(project, "spring", keep=keep).items():
                        if stakeholder_id in new:
                            project.update("stakeholder", stakeholder_id, x=x, y=y)

        command = RecordedCommand(project, title, run)
        done = self._run(command)
        if done:
            self.refresh(fit=True)
        return done

    def preview_text(self, preview) -> str:
        """What an import will add, in words."""
        lines = [self.tr("%n new stakeholder(s)", "", len(preview.stakeholders)),
                 self.tr("%n new relation(s)", "", len(preview.relations))]
        if preview.unknown_types:
            lines.append(self.tr("Unknown types, imported as “overig”: %1").replace(
                "%1", ", ".join(sorted(preview.unknown_types))))
        if preview.existing:
            lines.append(self.tr("Already in the network, linked: %1").replace(
                "%1", ", ".join(preview.existing)))
        if preview.skipped:
            lines.append(self.tr("%n duplicate row(s) skipped", "", preview.skipped))
        lines.append(self.tr("Import them?"))
        return "\n".join(lines)

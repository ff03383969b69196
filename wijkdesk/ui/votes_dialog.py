"""Typing in the dot-vote tallies of a round, the ranking they make, and a top N for the beamer.

Residents vote with paper stickers; the facilitator counts them and types the count in, per
cluster (per loose note on request), for the whole room or per table: a number, Tab or Enter,
the next line. Every count is its own undoable edit, saved at once; the ranking beside it
follows as the counts are typed, and a line without votes has no rank. Which lines the form
has and how a count is stored are model functions (``votes.vote_targets``, ``set_tally``) that
another form, such as the presenter's, can use as well.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Change, Project
from ..model.votes import (
    MAX_COUNT,
    Previous,
    Target,
    ranking,
    set_tally,
    tallied_per_table,
    tallies,
    undo_tally,
    vote_targets,
    wants_notes,
)
from .commands import ModelCommand, UpdateRecord
from .common import ID_ROLE
from .context import AppContext


class SetTally(ModelCommand):
    """Set one tally; undo puts back what it replaced."""

    def __init__(self, project: Project, label: str, round_id: str, target_id: str,
                 table: int, count: int) -> None:
        super().__init__(project, label)
        self.args = (round_id, target_id, table, count)
        self.previous: Previous = {}

    def apply(self) -> None:
        self.previous = set_tally(self.project, *self.args)

    def revert(self) -> None:
        undo_tally(self.project, self.previous)


class RankWords(QObject):
    """The words of a ranking line, translated (a QObject so that lupdate finds them)."""

    def votes(self, n: int) -> str:
        """'8 stemmen'."""
        return self.tr("%n vote(s)", "", n)

    def shared(self) -> str:
        """'(gedeeld)'."""
        return self.tr("(shared)")

    def face_down(self) -> str:
        """What a face-down note shows instead of its text."""
        return self.tr("▒▒▒▒▒▒ (face down)")


def rank_text(line, words: RankWords) -> str:
    """'1. Groen — 8 stemmen (gedeeld)', in the user's language; a line without votes has no
    rank ('Verkeer — 0 stemmen'): nothing was chosen, so it is no 7th place."""
    if not line.votes:
        return f"{line.label} — {words.votes(0)}"
    text = f"{line.rank}. {line.label} — {words.votes(line.votes)}"
    return f"{text} {words.shared()}" if line.shared else text


def top_lines(project: Project, round_id: str, n: int) -> list:
    """The top ``n`` of a round's ranking (ties at the cut included), only lines with votes."""
    return [line for line in ranking(project, round_id) if line.rank <= n and line.votes > 0]


class VotesDialog(QDialog):
    """The tallies of one round (left) and its ranking (right).

    One line per cluster (the loose notes on request), one count box per line — or one per
    table when the evening counts per table. Tab or Enter after a number goes to the next
    line; per table, down one table's column, then to the next table.
    """

    def __init__(self, ctx: AppContext, run, round_id: str,
                 parent: QWidget | None = None, promote_menu=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._promote_menu = promote_menu  # (kind, id) -> QMenu: make an agreement, …
        self.round_id = round_id
        self._loading = False
        self._rows: list[Target] = []  # the lines of the form, as last built
        self._columns: list[int] = []  # the tables of its columns, as last built
        project = ctx.project
        self.setWindowTitle(self.tr("Votes"))
        self.per_table = QCheckBox(self.tr("Count &per table"))
        self.per_table.setChecked(bool(project) and tallied_per_table(project, round_id))
        self.per_table.toggled.connect(lambda _on: self.refresh())
        self.with_notes = QCheckBox(self.tr("Also &loose insights"))
        self.with_notes.setToolTip(self.tr(
            "Insights that are in no cluster get a line too. An insight in a cluster counts "
            "for its cluster."))
        self.with_notes.setChecked(bool(project) and wants_notes(project, round_id))
        self.with_notes.toggled.connect(lambda _on: self.refresh())
        self.dots = QSpinBox()
        self.dots.setRange(0, 100)
        self.dots.setSpecialValueText(self.tr("not set"))
        self.dots.setKeyboardTracking(False)
        self.dots.setAccessibleName(self.tr("Stickers per participant"))
        self.dots.valueChanged.connect(self._set_dots)
        self.hint = QLabel()
        self.hint.setObjectName("votesHint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Votes per cluster and note"))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes box to box (eventFilter), not cell to cell
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ranking = QListWidget()
        self.ranking.setAccessibleName(self.tr("Ranking"))
        font = self.ranking.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.ranking.setFont(font)
        self.ranking.setWordWrap(True)
        self.ranking.setToolTip(self.tr(
            "Right-click a line to make an agreement, action point or timeline step of it."))
        self.ranking.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ranking.customContextMenuRequested.connect(self._ranking_menu)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 50)
        self.top_n.setValue(5)
        self.top_n.setPrefix(self.tr("top "))
        self.top_n.setAccessibleName(self.tr("How many to show on the beamer"))
        self.show_top_button = QPushButton(self.tr("Show on the &beamer"))
        self.show_top_button.setAutoDefault(False)  # Enter in a count box is the next line
        self.show_top_button.clicked.connect(self.show_top)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

        left = QVBoxLayout()
        intro = QLabel(self.tr(
            "Type the number of stickers and press Tab or Enter for the next line; + and − "
            "work too. Every count is saved at once."))
        intro.setWordWrap(True)
        left.addWidget(intro)
        options = QHBoxLayout()
        options.addWidget(self.with_notes)
        options.addWidget(self.per_table)
        options.addStretch(1)
        left.addLayout(options)
        dots_row = QHBoxLayout()
        dots_row.addWidget(QLabel(self.tr("Stickers per participant:")))
        dots_row.addWidget(self.dots)
        dots_row.addStretch(1)
        left.addLayout(dots_row)
        left.addWidget(self.hint)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Ranking")))
        right.addWidget(self.ranking, 1)
        top_row = QHBoxLayout()
        top_row.addWidget(self.top_n)
        top_row.addWidget(self.show_top_button, 1)
        right.addLayout(top_row)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self._fit_screen(parent)
        ctx.bridge.changed.connect(self._on_changed)
        self.refresh()
        if self.boxes():
            self._go_to(self.boxes()[0])  # ready to type the first count

    def _fit_screen(self, parent: QWidget | None) -> None:
        """A size that leaves room on the smallest beamer (1024×768): the lists scroll."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(1000, area.width() - 40) if area else 1000
        height = min(640, area.height() - 80) if area else 640
        self.resize(max(width, 600), max(height, 420))

    # -- showing -------------------------------------------------------------------------

    def _tables(self) -> int:
        evening = self._evening()
        return evening.tables if evening else 3

    def targets(self) -> list[Target]:
        """The lines of the form: the round's clusters, and the loose notes if asked."""
        project = self._ctx.project
        if project is None:
            return []
        return vote_targets(project, self.round_id, self.with_notes.isChecked())

    def columns(self) -> list[int]:
        """The tables shown as columns: 0 (the whole room), or 1…N per table (and the whole
        room too when counts were typed for it: no count is ever out of sight)."""
        if not self.per_table.isChecked():
            return [0]
        project = self._ctx.project
        counted = {table for (_t, table), n in tallies(project, self.round_id).items()
                   if n} if project else set()
        return sorted(set(range(1, self._tables() + 1)) | counted)

    def _label(self, target: Target, words: RankWords) -> str:
        if target.kind == "cluster":
            label = f"■ {target.label}"
            if target.inner:
                label += "  " + self.tr("(+%n on its insights)", "", target.inner)
            return label
        if target.hidden:
            return words.face_down()  # face down here too: this may be projected
        return target.label if len(target.label) <= 90 else target.label[:87] + "…"

    def _table_name(self, table: int) -> str:
        """"Tafel 2", or the name the evening gave table 2 (the Bijeenkomst view knows)."""
        name_of = getattr(self.parent(), "table_name", None)
        return name_of(table) if name_of is not None else self.tr("Table %1").replace(
            "%1", str(table))

    def refresh(self) -> None:
        """Rebuild the tallies and the ranking from the model (the focus stays on its box)."""
        project = self._ctx.project
        if project is None or project.get("round", self.round_id) is None:
            return
        focused = self._focused_cell()
        self._loading = True
        try:
            counts = tallies(project, self.round_id)
            self._rows = targets = self.targets()
            self._columns = columns = self.columns()
            words = RankWords()
            self.table.clear()
            self.table.setRowCount(len(targets))
            self.table.setColumnCount(1 + len(columns))
            heads = [self.tr("Cluster or insight")] + [
                self.tr("Whole room") if t == 0 else self._table_name(t)
                for t in columns]
            self.table.setHorizontalHeaderLabels(heads)
            for row, target in enumerate(targets):
                label = self._label(target, words)
                item = QTableWidgetItem(label)
                item.setToolTip(label)
                self.table.setItem(row, 0, item)
                for col, table in enumerate(columns, start=1):
                    box = QSpinBox()
                    box.setRange(0, MAX_COUNT)
                    box.setKeyboardTracking(False)  # one edit per typed number, not per digit
                    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
                    box.setValue(counts.get((target.id, table), 0))
                    box.setAccessibleName(f"{label} — {heads[col]}")
                    box.valueChanged.connect(
                        lambda value, t=target.id, n=table: self.set_count(t, n, value))
                    box.installEventFilter(self)
                    self.table.setCellWidget(row, col, box)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, len(columns) + 1):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            self.table.setEnabled(bool(targets))
        finally:
            self._loading = False
        if focused is not None:
            box = self.count_box(*focused)
            if box is not None:
                self._go_to(box)
        self._show_ranking()

    def _evening(self):
        project = self._ctx.project
        rnd = project.get("round", self.round_id) if project else None
        return project.get("bijeenkomst", rnd.bijeenkomst_id) if project and rnd else None

    def _set_dots(self, value: int) -> None:
        evening = self._evening()
        if self._loading or evening is None or evening.dots == value:
            return
        self._run(UpdateRecord(self._ctx.project, self.tr("Stickers per participant"),
                               "bijeenkomst", evening.id, {"dots": value}))

    def _show_hint(self) -> None:
        """'3 stickers each × 24 residents = 72 expected; 54 counted so far.'"""
        project = self._ctx.project
        evening = self._evening()
        if project is None or evening is None:
            return
        with QSignalBlocker(self.dots):
            self.dots.setValue(evening.dots)
        counted = sum(tallies(project, self.round_id).values())
        if not self._rows:
            self.hint.setText(self.tr(
                "This round has no clusters yet: make them in Order, or tick “Also loose "
                "insights” to vote on single insights."))
            return
        if not evening.dots:
            self.hint.setText(self.tr("%n sticker(s) counted so far.", "", counted))
            return
        people = sum(a.count for a in project.all("attendance", bijeenkomst_id=evening.id)
                     if not a.absent_with_notice)
        text = self.tr("Everyone has %n sticker(s).", "", evening.dots)
        if people:
            text += " " + self.tr("%1 present: %2 stickers to expect.").replace(
                "%1", str(people)).replace("%2", str(people * evening.dots))
        text += " " + self.tr("%n counted so far.", "", counted)
        self.hint.setText(text)

    def _show_ranking(self) -> None:
        """The ranking: lines with votes by rank; lines without votes after them, unranked."""
        project = self._ctx.project
        self.ranking.clear()
        if project is None:
            return
        self._show_hint()
        face_down = {n.id for n in project.all("insight", round_id=self.round_id, hidden=True)}
        words = RankWords()
        muted = self.palette().color(self.palette().ColorGroup.Active,
                                     self.palette().ColorRole.PlaceholderText)
        headed = False
        for line in ranking(project, self.round_id):
            if line.id in face_down:
                line = dataclasses.replace(line, label=words.face_down())
            if not line.votes and not headed:  # the lines without votes: under a heading
                head = QListWidgetItem(self.tr("No votes yet:"))
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                head.setForeground(muted)
                self.ranking.addItem(head)
                headed = True
            item = QListWidgetItem(rank_text(line, words))
            item.setData(ID_ROLE, (line.kind, line.id))
            if not line.votes:
                item.setForeground(muted)
            self.ranking.addItem(item)

    def promote_menu_for(self, row: int) -> QMenu | None:
        """The promote menu of a line of the ranking (None without one)."""
        item = self.ranking.item(row)
        if item is None or self._promote_menu is None or item.data(ID_ROLE) is None:
            return None
        kind, target = item.data(ID_ROLE)
        return self._promote_menu(kind, target)

    def _ranking_menu(self, pos) -> None:
        item = self.ranking.itemAt(pos)
        menu = self.promote_menu_for(self.ranking.row(item)) if item is not None else None
        if menu is not None:
            menu.exec(self.ranking.viewport().mapToGlobal(pos))

    def count_box(self, target_id: str, table: int = 0) -> QSpinBox | None:
        """The spin box of a target's tally at a table (for the keyboard and for tests)."""
        if table not in self._columns:
            return None
        for row, target in enumerate(self._rows):
            if target.id == target_id:
                return self.table.cellWidget(row, 1 + self._columns.index(table))
        return None

    def boxes(self) -> list[QSpinBox]:
        """The count boxes in the order Tab and Enter go through them: down each column."""
        return [box for key in self._order() if (box := self.count_box(*key)) is not None]

    def _order(self) -> list[tuple[str, int]]:
        """(target, table) of every count box, in the order Tab goes: down each column."""
        return [(target.id, table) for table in self._columns for target in self._rows]

    def _focused_cell(self) -> tuple[str, int] | None:
        focus = QApplication.focusWidget()
        for row, target in enumerate(self._rows):
            for col, table in enumerate(self._columns, start=1):
                box = self.table.cellWidget(row, col)
                if box is not None and focus is not None and (
                        focus is box or box.isAncestorOf(focus)):
                    return target.id, table
        return None

    def _go_to(self, box: QSpinBox) -> None:
        """Put the focus in a count box, its number selected (typing replaces it), in sight."""
        for row in range(self.table.rowCount()):
            for col in range(1, self.table.columnCount()):
                if self.table.cellWidget(row, col) is box:
                    self.table.scrollTo(self.table.model().index(row, col))
        box.setFocus(Qt.FocusReason.TabFocusReason)
        box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab, Enter: store the typed number, go to the next line (Shift: the one before).
        A box that gets the focus, also by a click, has its number selected: typing replaces
        it ("3", not "30")."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QSpinBox):
            # after the click has placed the cursor; not at all if the box is gone by then
            QTimer.singleShot(0, watched, watched.selectAll)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        keys = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if key not in keys:
            return super().eventFilter(watched, event)
        box = watched
        cell = next((key for key in self._order() if self.count_box(*key) is box), None)
        if cell is None:
            return super().eventFilter(watched, event)
        box.interpretText()  # the typed number is stored now (one undo step)
        back = key == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        order = self._order()  # again: storing may have rebuilt the form
        i = order.index(cell) + (-1 if back else 1) if cell in order else -1
        if 0 <= i < len(order) and (target := self.count_box(*order[i])) is not None:
            self._go_to(target)
        elif back:
            self.with_notes.setFocus(Qt.FocusReason.BacktabFocusReason)
        else:
            self.show_top_button.setFocus(Qt.FocusReason.TabFocusReason)  # all typed: show it
        return True

    def _on_changed(self, changes: list[Change]) -> None:
        kinds = {c.kind for c in changes}
        if kinds & {"cluster", "insight", "bijeenkomst", "*"}:
            self.refresh()  # other lines: rebuild
        elif "vote" in kinds:
            self._update_counts()  # only numbers: keep the boxes (and the focus) as they are

    def _update_counts(self) -> None:
        project = self._ctx.project
        if project is None:
            return
        if [(t.id, t.kind) for t in self.targets()] != [(t.id, t.kind) for t in self._rows] or (
                self.columns() != self._columns):
            self.refresh()  # e.g. an undo brought back a table's count: its column returns
            return
        counts = tallies(project, self.round_id)
        self._loading = True
        try:
            for row, target in enumerate(self._rows):
                for col, table in enumerate(self._columns, start=1):
                    box = self.table.cellWidget(row, col)
                    value = counts.get((target.id, table), 0)
                    if box is not None and box.value() != value:
                        box.setValue(value)
        finally:
            self._loading = False
        self._show_ranking()

    # -- editing -------------------------------------------------------------------------

    def set_count(self, target_id: str, table: int, count: int) -> None:
        """Store a typed count (one undo step)."""
        project = self._ctx.project
        if self._loading or project is None:
            return
        self._run(SetTally(project, self.tr("Votes"), self.round_id, target_id, table, count))

    def top_dialog(self) -> TopDialog:
        """The top N of the ranking, in large type, for the beamer."""
        project = self._ctx.project
        lines = top_lines(project, self.round_id, self.top_n.value()) if project else []
        rnd = project.get("round", self.round_id) if project else None
        return TopDialog(rnd.prompt if rnd else "", lines, self)

    def show_top(self) -> None:
        """Show the top N full screen; in presenter mode, on the audience's screen."""
        presenter = self._ctx.presenter
        if presenter is not None and presenter.active:
            presenter.show_top(self.round_id, self.top_n.value())
            self.finished.connect(lambda _result: presenter.end_top())
            self.top_n.valueChanged.connect(
                lambda n: presenter.top is not None and presenter.show_top(self.round_id, n))
            return
        dialog = self.top_dialog()
        screen = self.screen()
        if screen is not None:  # full screen also where no window manager does it for us
            dialog.setGeometry(screen.geometry())
        dialog.showFullScreen()
        dialog.exec()


class TopDialog(QDialog):
    """The top of the ranking in large type: what the room chose. Esc closes it."""

    def __init__(self, prompt: str, lines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Top of the ranking"))
        title = QLabel(prompt)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSize(30)
        font.setBold(True)
        title.setFont(font)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Top of the ranking"))
        big = self.lines.font()
        big.setPointSize(28)
        self.lines.setFont(big)
        self.lines.setWordWrap(True)
        self.lines.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.lines.setSpacing(12)
        self.lines.setFocusPolicy(self.lines.focusPolicy().NoFocus)
        words = RankWords()
        for line in lines:
            self.lines.addItem(rank_text(line, words))
        hint = QLabel(self.tr("Esc closes this view."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.addWidget(title)
        layout.addWidget(self.lines, 1)
        layout.addWidget(hint)

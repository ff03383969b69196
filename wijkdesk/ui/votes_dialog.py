"""Typing in the dot-vote tallies of a round, the ranking they make, and a top N for the beamer.

Residents vote with paper stickers; the facilitator counts them and types the count in, per
cluster or per note, for the whole room or per table. Every count is its own undoable edit,
saved at once; the ranking beside it follows as the counts are typed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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
from ..model.votes import MAX_COUNT, Previous, ranking, set_tally, tallies, undo_tally
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
    """'1. Groen — 8 stemmen (gedeeld)', in the user's language."""
    text = f"{line.rank}. {line.label} — {words.votes(line.votes)}"
    return f"{text} {words.shared()}" if line.shared else text


class VotesDialog(QDialog):
    """The tallies of one round (left) and its ranking (right)."""

    def __init__(self, ctx: AppContext, run, round_id: str,
                 parent: QWidget | None = None, promote_menu=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run
        self._promote_menu = promote_menu  # (kind, id) -> QMenu: make an agreement, …
        self.round_id = round_id
        self._loading = False
        self.setWindowTitle(self.tr("Votes"))
        self.per_table = QCheckBox(self.tr("Count &per table"))
        self.per_table.toggled.connect(lambda _on: self.refresh())
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
        self.show_top_button.clicked.connect(self.show_top)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr(
            "Type the number of stickers, or use + and −. Every count is saved at once.")))
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.per_table)
        dots_row.addStretch(1)
        dots_row.addWidget(QLabel(self.tr("Stickers per participant:")))
        dots_row.addWidget(self.dots)
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
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.resize(1200, 700)
        ctx.bridge.changed.connect(self._on_changed)
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def _tables(self) -> int:
        project = self._ctx.project
        rnd = project.get("round", self.round_id) if project else None
        evening = project.get("bijeenkomst", rnd.bijeenkomst_id) if project and rnd else None
        return evening.tables if evening else 3

    def targets(self) -> list[tuple[str, str, str]]:
        """(kind, id, label) of every cluster and note of the round, clusters first."""
        project = self._ctx.project
        if project is None:
            return []
        out = [("cluster", c.id, c.name) for c in project.all("cluster", round_id=self.round_id)]
        names = {c_id: label for _k, c_id, label in out}
        face_down = RankWords().face_down()  # face down here too: this may be projected
        for note in project.all("insight", round_id=self.round_id):
            label = note.text if len(note.text) <= 90 else note.text[:87] + "…"
            if note.hidden:
                label = face_down
            if note.cluster_id in names:
                label = f"{label}  ({names[note.cluster_id]})"
            out.append(("insight", note.id, label))
        return out

    def columns(self) -> list[int]:
        """The tables shown as columns: 0 (the whole room), or 1…N per table."""
        return list(range(1, self._tables() + 1)) if self.per_table.isChecked() else [0]

    def refresh(self) -> None:
        """Rebuild the tallies and the ranking from the model."""
        project = self._ctx.project
        if project is None or project.get("round", self.round_id) is None:
            return
        self._loading = True
        try:
            counts = tallies(project, self.round_id)
            targets = self.targets()
            columns = self.columns()
            self.table.clear()
            self.table.setRowCount(len(targets))
            self.table.setColumnCount(1 + len(columns))
            heads = [self.tr("Cluster or insight")] + [
                self.tr("Whole room") if t == 0 else self.tr("Table %1").replace("%1", str(t))
                for t in columns]
            self.table.setHorizontalHeaderLabels(heads)
            for row, (kind, target, label) in enumerate(targets):
                item = QTableWidgetItem(label if kind == "insight" else f"■ {label}")
                item.setToolTip(label)
                self.table.setItem(row, 0, item)
                for col, table in enumerate(columns, start=1):
                    box = QSpinBox()
                    box.setRange(0, MAX_COUNT)
                    box.setKeyboardTracking(False)  # one edit per typed number, not per digit
                    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
                    box.setValue(counts.get((target, table), 0))
                    box.setAccessibleName(f"{label} — {heads[col]}")
                    box.valueChanged.connect(
                        lambda value, t=target, n=table: self.set_count(t, n, value))
                    self.table.setCellWidget(row, col, box)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, len(columns) + 1):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        finally:
            self._loading = False
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
        project = self._ctx.project
        self.ranking.clear()
        if project is None:
            return
        self._show_hint()
        face_down = {n.id for n in project.all("insight", round_id=self.round_id, hidden=True)}
        words = RankWords()
        for line in ranking(project, self.round_id):
            if line.id in face_down:
                line = dataclasses.replace(line, label=words.face_down())
            item = QListWidgetItem(rank_text(line, words))
            item.setData(ID_ROLE, (line.kind, line.id))
            self.ranking.addItem(item)

    def promote_menu_for(self, row: int) -> QMenu | None:
        """The promote menu of a line of the ranking (None without one)."""
        item = self.ranking.item(row)
        if item is None or self._promote_menu is None:
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
        columns = self.columns()
        if table not in columns:
            return None
        for row, (_kind, target, _label) in enumerate(self.targets()):
            if target == target_id:
                return self.table.cellWidget(row, 1 + columns.index(table))
        return None

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
        counts = tallies(project, self.round_id)
        columns = self.columns()
        self._loading = True
        try:
            for row, (_kind, target, _label) in enumerate(self.targets()):
                for col, table in enumerate(columns, start=1):
                    box = self.table.cellWidget(row, col)
                    value = counts.get((target, table), 0)
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
        lines = [line for line in ranking(project, self.round_id)
                 if line.rank <= self.top_n.value()] if project else []
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

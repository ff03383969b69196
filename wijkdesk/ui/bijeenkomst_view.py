"""The Bijeenkomst view: the evenings, their details, rounds, and the board of a round.

The board (``board_canvas``) shows the round's notes as cards and its clusters as frames; the
notes list beside it says the same in lines (for the keyboard and screen readers), and the
quick-entry line under it takes what is said: type, Enter, next. Selecting in one selects in
the other.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_store
from ..i18n import long_date
from ..model import Change
from ..model.kinds import FORMATS, MAX_TEXT
from ..model.programme import run_order
from . import palette, theme
from .commands import AddRecord, DeleteRecord, Edits, Promote, UpdateRecord
from .common import ID_ROLE, make_heading, show_starts
from .context import AppContext
from .flow_layout import FlowLayout
from .palette import table_swatch
from .promoted import promoted_index, promoted_label
from .prompt_editor import PromptEditor, run_actions

ISO = "yyyy-MM-dd"


class FormatCombo(QComboBox):
    """The round's format; its tooltip describes the format (read when first asked for)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            from ..model.templates import formats

            found = formats().get(self.currentText())
            self.setToolTip(found.description if found else "")
        return super().event(event)


def tag_label(rec) -> str:
    """A note's or cluster's tags, short: 'F2 · sociaal · Groen'."""
    parts = []
    if rec.get("phase"):
        parts.append(QCoreApplication.translate("Tags", "P%1").replace("%1", str(rec.phase)))
    if rec.get("track"):
        parts.append(rec.track)
    if rec.get("theme"):
        parts.append(rec.theme)
    return " · ".join(parts)


class BijeenkomstView(QWidget):
    """Evenings on the left; details, rounds and insights of the chosen one on the right."""


    def __init__(self, ctx: AppContext, run, parent: QWidget | None = None,
                 show_dialog=None, ask_text=None, confirm=None,
                 hold_programme: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = run  # pushes a command, showing the model's refusal to the user
        self._show_dialog = show_dialog or (lambda dialog: dialog.exec())
        self._ask_text = ask_text  # (title, label, text) -> str | None
        self._confirm = confirm  # (title, text) -> bool: a yes-or-no question
        self._label_cache = None  # (round, clusters, names, promotions) of the last redraw
        #: called with a format's name when the facilitator chose it for a round
        self.format_chosen = None
        #: (minutes, start) -> None: the programme moved to a round with its own timer
        #: (minutes 0: the timer's own), to be started if start (the main window's timer)
        self.round_timer = None
        self._timer_round: str | None = None  # the round the timer was last set for
        #: (kind, id) -> None: called after a note or cluster was made an agreement or action
        #: point (the main window opens it in the editor, to reword it and fill in who/when)
        self.promoted_hook = None
        self._loading = False
        # The open project's own table names (settings), {table: name}; its own colours are
        # put in force in the palette by the theme (theme.DisplayControls)
        self._table_names: dict[int, str] = {}
        self._colours_shown: tuple = ()
        # The tables of the evening on screen, {number: tables.Table}: its own names and
        # colours over the settings' (its own colours are put in force in the palette)
        self._tables: dict = {}

        # Left: the evenings.
        self.evenings = QListWidget()
        self.evenings.setAccessibleName(self.tr("Bijeenkomsten"))
        self.evenings.currentItemChanged.connect(
            lambda *_: None if self._loading else self._show_evening())
        self.add_evening_button = QPushButton(self.tr("New bijeenkomst"))
        self.add_evening_button.clicked.connect(self.add_evening)
        self.delete_evening_button = QPushButton(self.tr("Delete"))
        self.delete_evening_button.clicked.connect(self.delete_evening)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Bijeenkomsten")))
        left.addWidget(self.evenings, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_evening_button)
        row.addWidget(self.delete_evening_button)
        left.addLayout(row)
        left_box = QWidget()
        left_box.setLayout(left)
        self._left = left

        # Right: details form.
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMMM yyyy")
        self.place_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.minute_taker_edit = QLineEdit()
        self.format_combo = QComboBox()
        self.format_combo.addItems(list(FORMATS))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Place"), self.place_edit)
        form.addRow(self.tr("C&hair"), self.chair_edit)
        form.addRow(self.tr("&Minute-taker"), self.minute_taker_edit)
        form.addRow(self.tr("&Format"), self.format_combo)
        # The evening's tables: how many, and (in a dialog) their names and colours
        self.tables_spin = QSpinBox()
        self.tables_spin.setRange(1, settings_store.MAX_TABLES)
        self.tables_spin.setKeyboardTracking(False)  # one undo step per number, not per digit
        self.tables_spin.setAccessibleName(self.tr("Number of tables"))
        self.tables_spin.valueChanged.connect(self.set_table_count)
        self.table_names_button = QPushButton(self.tr("Names and colours…"))
        self.table_names_button.setToolTip(self.tr(
            "The names and colours of this evening's tables (empty: the settings')"))
        self.table_names_button.clicked.connect(self.edit_tables)
        tables_label = QLabel(self.tr("Ta&bles"))
        tables_label.setBuddy(self.tables_spin)
        form.addRow(tables_label, self.tables_spin)
        form.addRow("", self.table_names_button)
        for name, edit in (("title", self.title_edit), ("place", self.place_edit),
                           ("chair", self.chair_edit), ("minute_taker", self.minute_taker_edit)):
            edit.editingFinished.connect(lambda n=name, e=edit: self._set_field(n, e.text()))
            # left by Tab or a click elsewhere, a long title shows its beginning again
            edit.editingFinished.connect(lambda e=edit: show_starts(e))
        self.date_edit.editingFinished.connect(
            lambda: self._set_field("date", self.date_edit.date().toString(ISO)))
        self.format_combo.activated.connect(
            lambda _i: self._set_field("format", self.format_combo.currentText()))

        # Rounds and insights.
        self.rounds = QComboBox()
        # A long prompt is cut in the box (it is written out above the board): the window
        # must fit a 1024-pixel beamer.
        self.rounds.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds.setMinimumContentsLength(16)
        self.rounds.setAccessibleName(self.tr("Round"))
        self.rounds.currentIndexChanged.connect(lambda _i: self._show_insights())
        self.add_round_button = QPushButton(self.tr("New round"))
        self.add_round_button.clicked.connect(self.add_round)
        self.votes_button = QPushButton(self.tr("&Votes…"))
        self.votes_button.setToolTip(self.tr("Type in the dot-vote tallies (Ctrl+K)"))
        self.votes_button.clicked.connect(self.open_votes)
        self.round_format = FormatCombo()
        self.round_format.setAccessibleName(self.tr("Format of the round"))
        self.round_format.addItems(list(FORMATS))
        self.round_format.activated.connect(
            lambda _i: self._set_round_field("format", self.round_format.currentText()))
        self.stage_buttons: dict[str, QPushButton] = {}
        for n, (stage, label) in enumerate((("verzamelen", self.tr("1 Collect")),
                                            ("ordenen", self.tr("2 Order")),
                                            ("kiezen", self.tr("3 Choose"))), start=1):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setToolTip(self.tr("Stage of the round (Alt+%1)").replace("%1", str(n)))
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, st=stage: self.set_stage(st))  # exclusive:
            # _show_stage checks exactly the round's stage again after every click
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda st=stage: self.set_stage(st)
                      ).setWhatsThis(self.tr("Stage of the round: %1").replace("%1", label))
            self.stage_buttons[stage] = button
        self.stage_hint = QLabel()
        self.stage_hint.setObjectName("stageHint")
        self.stage_hint.setWordWrap(True)
        # Plain (checkable) push buttons, not a check box and a tool button: every widget class
        # used for the first time costs start-up time.
        self.hidden_check = QPushButton(self.tr("Collect &hidden"))
        self.hidden_check.setCheckable(True)
        self.hidden_check.setToolTip(self.tr(
            "New notes lie face down until you reveal them, so early voices do not steer "
            "the room."))
        self.hidden_check.toggled.connect(self._set_hidden)
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.clicked.connect(self._open_reveal_menu)
        QShortcut(QKeySequence("Ctrl+K"), self, self.open_votes).setWhatsThis(
            self.tr("Type in the dot-vote tallies"))  # (what the shortcut sheet says)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        make_heading(self.prompt)
        # the question is typed where it shows: double-click or F2 on the heading
        self.prompt_editor = PromptEditor(self.prompt, self._save_prompt,
                                          lambda: self.current_round() is not None)
        edit_prompt = QShortcut(QKeySequence(Qt.Key.Key_F2), self.rounds,
                                self.prompt_editor.start)
        edit_prompt.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_prompt.setWhatsThis(self.tr("Change the question of the round (in the list of "
                                         "rounds)"))
        self.insights = QListWidget()
        self.insights.setAccessibleName(self.tr("Insights of this round"))
        # One line per note, all of one height: with 2,000 notes, wrapped lines of different
        # heights cost 16 ms of layout for every note added. The full text is in the tooltip
        # and on the board.
        self.insights.setUniformItemSizes(True)
        self.insights.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.insights.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        QShortcut(QKeySequence("Ctrl+G"), self.insights, self.cluster_selection).setWhatsThis(
            self.tr("Make a cluster of the selected notes (in the list of notes)"))
        self.insights.customContextMenuRequested.connect(self._insight_menu)
        # F2 or a double-click edits the note on the board (a face-down one too)
        self.insights.itemDoubleClicked.connect(lambda item: self.edit_note(item.data(ID_ROLE)))
        edit = QShortcut(QKeySequence(Qt.Key.Key_F2), self.insights, self._edit_current_note)
        edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.setWhatsThis(self.tr("Edit the note's text (in the list of notes)"))
        self.insights.itemSelectionChanged.connect(self._list_selection_changed)
        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName(self.tr("Colour of the cards"))
        for mode, label in (("table", self.tr("Colour by table")),
                            ("theme", self.tr("Colour by theme")),
                            ("phase", self.tr("Colour by phase"))):
            self.colour_combo.addItem(label, mode)
        chosen = self.colour_combo.findData(ctx.settings.value("board/colour", "table"))
        self.colour_combo.setCurrentIndex(max(0, chosen))
        self.colour_combo.activated.connect(
            lambda _i: self.set_colour_mode(self.colour_combo.currentData()))
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(self.tr("Table"))
        self.add_table_button = QPushButton(self.tr("+ Table"))
        self.add_table_button.setToolTip(self.tr(
            "One more table at this evening, for the notes typed in (Ctrl+Shift+T)"))
        self.add_table_button.setAccessibleName(self.tr("Add a table"))
        self.add_table_button.clicked.connect(self.add_table)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self, self.add_table).setWhatsThis(
            self.tr("One more table at this evening"))
        self.entry = QLineEdit()
        self.entry.setObjectName("quickEntry")
        self.entry.setPlaceholderText(self.tr("Type what is said and press Enter"))
        self.entry.setAccessibleName(self.tr("New insight"))
        self.entry.setMaxLength(MAX_TEXT + 1)
        self.entry.returnPressed.connect(self.add_insight_from_entry)
        self.entry_message = QLabel()
        self.entry_message.setObjectName("entryMessage")
        QShortcut(QKeySequence("Ctrl+T"), self, self.next_table).setWhatsThis(
            self.tr("The next table, for the notes typed in"))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.insights)
        delete.setWhatsThis(self.tr("Delete the selected notes (in the list of notes)"))
        delete.activated.connect(self.delete_selected_insight)

        self.tidy_button = QPushButton(self.tr("T&idy up"))
        self.tidy_button.setToolTip(self.tr(
            "Clusters side by side, loose notes in a grid below them (one undo step)"))
        self.tidy_button.clicked.connect(lambda: self.board.tidy_up())
        # The round's controls flow into as many rows as the width needs: every control stays
        # whole and reachable on a 1024-pixel beamer (more can be added to round_controls).
        round_pick = QWidget()
        pick_row = QHBoxLayout(round_pick)
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(QLabel(self.tr("Round")))
        pick_row.addWidget(self.rounds, 1)
        round_pick.setMaximumWidth(560)
        # Folds the left column away (and back): the board's room on a 1024-pixel screen.
        self.fold_button = QToolButton()
        self.fold_button.setText("◀")
        self.fold_button.setAccessibleName(self.tr("Show or hide the list of bijeenkomsten"))
        self.fold_button.setToolTip(self.tr("Show or hide the list of bijeenkomsten (Ctrl+B)"))
        self.fold_button.clicked.connect(self.toggle_evenings)
        self.round_controls = FlowLayout()
        self.round_controls.add(self.fold_button)
        self.round_controls.add(round_pick, stretch=1)
        self.round_controls.add(self.add_round_button)
        self.round_controls.add(self.votes_button)
        self.round_controls.add(self.tidy_button, gap=10)
        self.round_controls.add(self.colour_combo)
        for n, button in enumerate(self.stage_buttons.values()):
            self.round_controls.add(button, gap=10 if n == 0 else 0)
        self.round_controls.add(self.round_format)
        self.round_controls.add(self.hidden_check, gap=10)
        self.round_controls.add(self.reveal_button)
        self.round_controls_box = QWidget()
        self.round_controls_box.setLayout(self.round_controls)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.table_combo)
        entry_row.addWidget(self.add_table_button)
        entry_row.addWidget(self.entry, 1)
        self.evening_form = QWidget()
        self.evening_form.setLayout(form)
        form.setContentsMargins(0, 8, 0, 0)
        # The Programma panel (the evening's agenda items and rounds); with hold_programme
        # it is made after the window's first frame (the main window's release_programme),
        # its place kept by an empty box: its list and module cost start-up time.
        self.run_actions = run_actions(self, lambda: self.programme.next_round(),
                                       lambda: self.programme.next_item())
        self._programme = None
        self._programme_box = QVBoxLayout()
        self._programme_box.setContentsMargins(0, 0, 0, 0)
        programme_holder = QWidget()
        programme_holder.setLayout(self._programme_box)
        left.addWidget(programme_holder, 2)  # the room a tall screen has
        self._hold_programme = hold_programme
        #: called when the programme moves on by key from another view (given to the panel)
        self.programme_show_view = None
        left.addWidget(self.evening_form)
        # The board is made right after the window's first paint (or when first needed): a
        # graphics view costs start-up time. Until then its place is kept by an empty box.
        self._board = None
        self._board_box = QVBoxLayout()
        self._board_box.setContentsMargins(0, 0, 0, 0)
        board_holder = QWidget()
        board_holder.setLayout(self._board_box)
        list_box = QVBoxLayout()
        list_box.setContentsMargins(0, 0, 0, 0)
        list_box.addWidget(QLabel(self.tr("Notes")))
        list_box.addWidget(self.insights, 1)
        list_holder = QWidget()
        list_holder.setLayout(list_box)
        self.board_split = QSplitter()
        self.board_split.addWidget(board_holder)
        self.board_split.addWidget(list_holder)
        self.board_split.setStretchFactor(0, 4)
        self.board_split.setStretchFactor(1, 1)
        self.board_split.setSizes([1100, 300])
        right = QVBoxLayout()
        right.addWidget(self.round_controls_box)
        right.addWidget(self.prompt)
        right.addWidget(self.prompt_editor)
        right.addWidget(self.board_split, 1)
        self.entry_box = QWidget()
        self.entry_box.setLayout(entry_row)
        entry_row.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.entry_box)
        right.addWidget(self.stage_hint)
        right.addWidget(self.entry_message)
        self.details = QWidget()
        self.details.setLayout(right)

        # The left column (evenings, the evening's details, and what is added under them)
        # scrolls rather than making the window taller, and can be folded away (drag its edge,
        # or Ctrl+B) to give the board the room on a small screen.
        self.left_scroll = QScrollArea()
        self.left_scroll.setWidget(left_box)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_box.installEventFilter(self)  # what it holds changes: its least width with it
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.left_scroll)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)  # a smaller window: both give (the board most)
        splitter.setStretchFactor(1, 4)
        splitter.setCollapsible(1, False)
        splitter.setSizes([300, 1400])
        splitter.splitterMoved.connect(lambda *_: self._show_fold())
        self._sized = False  # the columns get their widths when first shown (the screen's)
        QShortcut(QKeySequence("Ctrl+B"), self, self.toggle_evenings).setWhatsThis(
            self.tr("Show or hide the list of bijeenkomsten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: (self._load_tables(), self.reload()))
        ctx.settings_events.settingsChanged.connect(self._settings_changed)
        theme.changed().connect(self._palette_changed)
        self._load_tables()
        self.reload()

    def toggle_evenings(self) -> None:
        """Fold the left column (evenings and their details) away, or show it again."""
        sizes = self.splitter.sizes()
        if sizes[0] > 0:
            self._left_width = sizes[0]
            self.splitter.setSizes([0, sum(sizes)])
        else:
            left = getattr(self, "_left_width", 300)
            self.splitter.setSizes([left, max(0, sum(sizes) - left)])
        self._show_fold()

    def _show_fold(self) -> None:
        self.fold_button.setText("◀" if self.splitter.sizes()[0] > 0 else "▶")

    def _left_least(self) -> int:
        """Keep the left column no narrower than what it holds needs (or folded away)."""
        least = (self.left_scroll.widget().minimumSizeHint().width()
                 + self.left_scroll.verticalScrollBar().sizeHint().width() + 2)
        if self.left_scroll.minimumWidth() != least:
            self.left_scroll.setMinimumWidth(least)
        return least

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.left_scroll.widget():
            self._left_least()
        return False

    def resizeEvent(self, event) -> None:
        """The first time the view has its width: the left column and the notes list take a
        share of it, so that the board has room on a 1024-pixel beamer as on a wide screen
        (after that, the columns keep what the facilitator made of them)."""
        super().resizeEvent(event)
        least = self._left_least()
        if not self._sized and self.isVisible() and self.width() >= 600:
            self._sized = True
            total = self.splitter.width()
            left = max(least, min(340, int(total * 0.3)))
            self.splitter.setSizes([left, total - left])
            inner = total - left - 30
            notes = max(160, min(320, int(inner * 0.22)))
            self.board_split.setSizes([inner - notes, notes])

    # -- the board -----------------------------------------------------------------------

    @property
    def board(self):
        """The canvas of the round's notes (made on first use, or right after first paint)."""
        if self._board is None:
            from .board_canvas import BoardCanvas

            self._board = BoardCanvas(self)
            self._board.colour_mode = self.colour_combo.currentData()
            self._board.selectionChangedIds.connect(self._board_selection_changed)
            self._board_box.addWidget(self._board)
            self._board.show_round(self.current_round(), fit=True)
            self._board.select_notes(self.selected_notes())
        return self._board

    @property
    def programme(self):
        """The Programma panel (made on first use, or right after the first paint)."""
        if self._programme is None:
            from .programme_panel import ProgrammePanel

            self._hold_programme = False
            self._programme = ProgrammePanel(self, self._ctx)
            self._programme.show_view = self.programme_show_view
            self._programme_box.addWidget(self._programme)
            self._programme.show()
            self._programme.refresh()
        return self._programme

    def release_programme(self) -> None:
        """Make the Programma panel now (the main window calls this after its first frame)."""
        self.programme  # noqa: B018

    @property
    def project(self):
        """The open project (for the board)."""
        return self._ctx.project

    def run(self, command) -> bool:
        """Push an undoable command (for the board)."""
        return self._run(command)

    def edits(self, label: str, action) -> bool:
        """A group of model edits as one undo step (for the board)."""
        return self._edits(label, action)

    def say(self, message: str) -> None:
        """Tell the facilitator something under the entry line."""
        self.entry_message.setText(message)

    def set_colour_mode(self, mode: str) -> None:
        """Colour the cards by table, theme or phase (remembered)."""
        self._ctx.settings.setValue("board/colour", mode)
        index = self.colour_combo.findData(mode)
        if index >= 0 and index != self.colour_combo.currentIndex():
            self.colour_combo.setCurrentIndex(index)
        if self._board is not None:
            self._board.set_colour_mode(mode)

    def _board_selection_changed(self, note_ids: list[str]) -> None:
        """Cards selected on the board: the same lines are selected in the list."""
        wanted = set(note_ids)
        with QSignalBlocker(self.insights):
            self.insights.clearSelection()
            for row in range(self.insights.count()):
                item = self.insights.item(row)
                if item.data(ID_ROLE) in wanted:
                    item.setSelected(True)
                    if item.data(ID_ROLE) == (note_ids[0] if note_ids else None):
                        self.insights.setCurrentItem(
                            item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.insights.viewport().update()

    def _list_selection_changed(self) -> None:
        """Lines selected in the list: the same cards are selected on the board."""
        if self._board is not None:
            self._board.select_notes(self.selected_notes())

    # -- reading the model ---------------------------------------------------------------

    def current_evening(self) -> str | None:
        """The id of the chosen bijeenkomst."""
        item = self.evenings.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def current_round(self) -> str | None:
        """The id of the chosen round."""
        return self.rounds.currentData(ID_ROLE)

    def reload(self) -> None:
        """Fill the list of evenings from the model, keeping the choice where possible."""
        project = self._ctx.project
        keep = self.current_evening()
        self._loading = True
        self.evenings.clear()
        if project is not None:
            for e in project.all("bijeenkomst", order="date"):
                item = QListWidgetItem(self._evening_label(e))
                item.setData(ID_ROLE, e.id)
                self.evenings.addItem(item)
        self._loading = False
        target = 0 if self.evenings.count() else -1
        for i in range(self.evenings.count()):
            if self.evenings.item(i).data(ID_ROLE) == keep:
                target = i
        if keep is None and self.evenings.count():
            target = self.evenings.count() - 1  # the latest evening first
        if target >= 0 and self.evenings.currentRow() != target:
            self.evenings.setCurrentRow(target)  # shows the evening (currentItemChanged)
        else:
            self._show_evening()

    def _evening_label(self, e) -> str:
        date = QDate.fromString(e.date or "", ISO)
        when = long_date(e.date) if date.isValid() else ""
        return f"{e.title}\n{when}" if when else e.title

    # -- the tables' names and colours (settings of the project) -------------------------

    def _load_tables(self) -> None:
        ctx = self._ctx
        names = settings_store.get(ctx.settings, "tables/names", ctx.project_id())
        self._table_names = {n: name for n, name in enumerate(names, start=1) if name}
        self._colours_shown = palette.table_overrides()

    def _settings_changed(self, keys: list) -> None:
        if "tables/names" in keys:
            self._load_tables()
            self._show_evening()

    def _palette_changed(self) -> None:
        # The theme put the project's own table colours in force (or the font scale changed:
        # then the swatches stay as they are).
        if palette.table_overrides() != self._colours_shown:
            self._colours_shown = palette.table_overrides()
            self._show_evening()

    def default_table_name(self, table: int) -> str:
        """The settings' name of a table, every evening's default: "Tafel 2", or the name the
        project gave table 2."""
        return self._table_names.get(table) or self.tr("Table %n", "", table)

    def table_name(self, table: int) -> str:
        """The name of a table at the evening on screen: its own, else the settings'."""
        found = self._tables.get(table)
        return found.name if found is not None else self.default_table_name(table)

    def table_icon(self, table: int):
        """The swatch of a table in its colour (the evening's or the project's own where it
        chose one)."""
        return table_swatch(table)

    def _read_tables(self, project, evening) -> None:
        """Read the evening's tables and put its own colours in force (the board, the
        swatches and the audience screens use them)."""
        from ..model.tables import own_tables, table, tables

        self._tables = {}
        if evening is not None:
            defaults = (self.default_table_name, palette.project_table_colour)
            self._tables = {t.number: t for t in tables(project, evening.id, *defaults)}
            for number in own_tables(project, evening.id):  # past the count: notes may have it
                self._tables.setdefault(number, table(project, evening.id, number, *defaults))
        palette.set_evening_colours({n: t.own_colour for n, t in self._tables.items()
                                     if t.own_colour})

    def _show_evening(self) -> None:
        if self._loading:
            return
        project = self._ctx.project
        evening_id = self.current_evening()
        rec = project.get("bijeenkomst", evening_id) if project and evening_id else None
        self._read_tables(project, rec)
        self.details.setEnabled(rec is not None)
        self.evening_form.setEnabled(rec is not None)
        self.delete_evening_button.setEnabled(rec is not None)
        self._loading = True
        try:
            if rec is not None:
                for edit, value in ((self.title_edit, rec.title), (self.place_edit, rec.place),
                                    (self.chair_edit, rec.chair),
                                    (self.minute_taker_edit, rec.minute_taker)):
                    if edit.text() != value:
                        edit.setText(value)
                        edit.setCursorPosition(0)  # the beginning of a long title shows
                date = QDate.fromString(rec.date or "", ISO)
                self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
                self.format_combo.setCurrentText(rec.format)
                with QSignalBlocker(self.tables_spin):
                    self.tables_spin.setValue(rec.tables)
                chosen = self.table_combo.currentData()
                self.table_combo.clear()
                for n in range(1, rec.tables + 1):
                    self.table_combo.addItem(self.table_icon(n), self.table_name(n), n)
                preset = project.preset_table  # a table copy: its notes belong to its table
                if preset is not None:
                    if self.table_combo.findData(preset) < 0:
                        self.table_combo.addItem(self.table_icon(preset),
                                                 self.table_name(preset), preset)
                    self.table_combo.setCurrentIndex(self.table_combo.findData(preset))
                elif self.table_combo.findData(chosen) >= 0:
                    self.table_combo.setCurrentIndex(self.table_combo.findData(chosen))
            keep = self.current_round()
            self.rounds.clear()
            if rec is not None:
                for r in run_order(project, rec.id):  # as the programme runs them
                    self.rounds.addItem(r.prompt or self.tr("(no prompt)"), r.id)
                index = self.rounds.findData(keep)
                self.rounds.setCurrentIndex(index if index >= 0 else self.rounds.count() - 1)
        finally:
            self._loading = False
        if self._programme is not None or not self._hold_programme:
            self.programme.refresh()
        self._show_insights()

    def _show_insights(self) -> None:
        if self._loading:
            return
        project = self._ctx.project
        round_id = self.current_round()
        self._label_cache = None  # clusters and promotions: read again
        keep_selected = set(self.selected_notes())  # kept across the redraw
        current = self.insights.currentItem()
        keep_current = current.data(ID_ROLE) if current is not None else None
        self.insights.clear()
        rec = project.get("round", round_id) if project and round_id else None
        self.prompt.setText(rec.prompt if rec else "")
        if self.prompt_editor.editing:
            self.prompt_editor.finish(None)
        if self._programme is not None or not self._hold_programme:
            self.programme.mark_round(round_id if rec is not None else None)
        if rec is not None and rec.id != self._timer_round:
            self._timer_round = rec.id  # another round: its own minutes on the timer
            if rec.minutes and self.round_timer is not None:
                self.round_timer(rec.minutes, False)
        self.entry.setEnabled(rec is not None)
        self.votes_button.setEnabled(rec is not None)
        self.hidden_check.setEnabled(rec is not None)
        with QSignalBlocker(self.hidden_check):
            self.hidden_check.setChecked(bool(rec and rec.hidden))
        self._show_stage(rec)
        self._fill_reveal_menu(project, rec)
        if self._board is not None:
            self._board.show_round(round_id if rec is not None else None)
        if rec is None:
            return
        with QSignalBlocker(self.insights):
            for i in project.all("insight", round_id=round_id):
                self.insights.addItem(self._note_item(project, i, round_id))
        for row in range(self.insights.count()):
            item = self.insights.item(row)
            if item.data(ID_ROLE) == keep_current:
                self.insights.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            if item.data(ID_ROLE) in keep_selected:
                item.setSelected(True)
        if self._board is not None:
            self._board.select_notes(self.selected_notes())
        current = self.insights.currentItem()
        if self.entry.hasFocus() or current is None:
            self.insights.scrollToBottom()  # typing: the newest note is in view
        else:
            self.insights.scrollToItem(current)  # working on a note: it stays in view

    def _append_notes(self, note_ids: list[str]) -> None:
        """Add lines for new notes of the round on screen (a full redraw costs 40 ms at 2,000)."""
        project = self._ctx.project
        round_id = self.current_round()
        if project is None or round_id is None or self._label_cache is None:
            self._show_insights()
            return
        for note_id in note_ids:
            note = project.get("insight", note_id)
            if note is not None and note.round_id == round_id and not note.deleted:
                self.insights.addItem(self._note_item(project, note, round_id))
        if self._board is not None:
            self._board.add_notes(note_ids)
        self._fill_reveal_menu(project, project.get("round", round_id))
        self.insights.scrollToBottom()

    def _note_item(self, project, i, round_id: str) -> QListWidgetItem:
        """The list line of one note: table, text (or face down), cluster, tags, promotions."""
        if self._label_cache is None or self._label_cache[0] != round_id:
            cluster_records = {c.id: c for c in project.all("cluster", round_id=round_id)}
            clusters = {c_id: c.name for c_id, c in cluster_records.items()}
            self._label_cache = (round_id, cluster_records, clusters, promoted_index(project))
        _, cluster_records, clusters, promoted = self._label_cache
        text = " ⏎ ".join(i.text.splitlines())
        if i.hidden:  # the facilitator reads it (the text first: the list may be narrow);
            text = self.tr("%1 (hidden)").replace("%1", text)  # the beamer shows its back
        label = self.tr("%1: %2").replace("%1", self.table_name(i.table)).replace("%2", text)
        if i.cluster_id in clusters:
            label += "   [" + clusters[i.cluster_id] + "]"
        # The note's own tags, else its cluster's: shown once, not twice.
        tag_text = tag_label(i) or (tag_label(cluster_records[i.cluster_id])
                                    if i.cluster_id in cluster_records else "")
        if tag_text:
            label += "   {" + tag_text + "}"
        made = promoted.get(i.id, [])
        if i.cluster_id in promoted:
            made = made + [f"{m} ({clusters[i.cluster_id]})" for m in promoted[i.cluster_id]]
        if made:
            label += "   → " + ", ".join(made)
        item = QListWidgetItem(self.table_icon(i.table), label)
        item.setData(ID_ROLE, i.id)
        if i.hidden:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("Hidden on the beamer: %1").replace("%1", i.text))
        else:
            item.setToolTip(i.text)
        return item

    def _on_changed(self, changes: list[Change]) -> None:
        touched = {c.kind for c in changes}
        if "bijeenkomst" in touched or "*" in touched:
            self.reload()
        elif touched & {"round", "evening_table", "agenda_item"}:
            self._show_evening()
        elif touched == {"insight"} and all(c.action == "add" for c in changes):
            self._append_notes([c.id for c in changes])  # quick entry: add lines, no redraw
        elif touched == {"insight"} and all(
                c.action == "update" and set(c.fields) <= {"x", "y"} for c in changes):
            # Loose cards moved (or moved back by undo): the list says nothing of places.
            if self._board is not None and not self._board.move_cards([c.id for c in changes]):
                self._board.show_round(self.current_round())
        elif touched & {"insight", "cluster", "agreement", "action_item", "timeline_item"}:
            self._show_insights()  # notes, and what was made of them

    # -- editing -------------------------------------------------------------------------

    def _set_field(self, name: str, value: str) -> None:
        project = self._ctx.project
        evening_id = self.current_evening()
        if self._loading or project is None or evening_id is None:
            return
        rec = project.get("bijeenkomst", evening_id)
        if rec is None or rec[name] == value:
            return
        self._run(UpdateRecord(project, self.tr("Change bijeenkomst"), "bijeenkomst",
                               evening_id, {name: value}))

    def add_evening(self):
        """Add a bijeenkomst dated today, empty or with the programme of an evening template
        or of an earlier evening (a dialog asks; one undo step), and select it. Returns the
        dialog."""
        if self._ctx.project is None:
            return None
        return self.programme.new_evening_dialog({
            "title": self.tr("Bewonersavond"), "date": QDate.currentDate().toString(ISO),
            **settings_store.evening_defaults(self._ctx.settings)})

    def select_evening(self, evening_id: str) -> None:
        """Show an evening (a new one: its title ready to be typed over)."""
        for i in range(self.evenings.count()):
            if self.evenings.item(i).data(ID_ROLE) == evening_id:
                self.evenings.setCurrentRow(i)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def delete_evening(self) -> None:
        """Delete the chosen bijeenkomst after asking, naming it and what goes with it
        (undoable: Ctrl+Z brings all of it back)."""
        project = self._ctx.project
        evening_id = self.current_evening()
        evening = project.get("bijeenkomst", evening_id) if project and evening_id else None
        if evening is None:
            return
        if self._confirm is None:  # the window passes its own (tests answer it)
            from .interaction import Interaction

            self._confirm = Interaction(self).confirm
        if not self._confirm(self.tr("Delete bijeenkomst"), self._delete_question(evening),
                             destructive=True, action=self.tr("Delete")):
            return  # No is the default: Enter keeps the evening
        self._run(DeleteRecord(project, self.tr("Delete bijeenkomst"), "bijeenkomst",
                               evening_id))

    def _delete_question(self, evening) -> str:
        """'Delete “Eerste avond” (17 september 2026) with its 2 rounds, 25 insights and
        3 agreements and action points?' and that Ctrl+Z brings it back."""
        project = self._ctx.project
        rounds = project.all("round", bijeenkomst_id=evening.id)
        notes = sum(project.count("insight", round_id=r.id) for r in rounds)
        promised = (project.count("agreement", bijeenkomst_id=evening.id)
                    + project.count("action_item", bijeenkomst_id=evening.id))
        date = QDate.fromString(evening.date or "", ISO)
        name = f"“{evening.title}”" + (f" ({long_date(evening.date)})" if date.isValid() else "")
        back = self.tr("Ctrl+Z (Undo) brings it all back.")
        if not rounds and not promised:
            return self.tr("Delete %1? It has no rounds yet.").replace("%1", name) + (
                "\n\n" + back)
        parts = [self.tr("%n round(s)", "", len(rounds)), self.tr("%n insight(s)", "", notes)]
        if promised:
            parts.append(self.tr("%n agreement(s) and action point(s)", "", promised))
        what = self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace(
            "%2", parts[-1])
        return self.tr("Delete %1 with its %2?").replace("%1", name).replace(
            "%2", what) + "\n\n" + back

    def add_round(self):
        """Add a round to the chosen bijeenkomst: a dialog asks its question (there is no
        fixed one), agenda item, werkvorm and timer. Returns the dialog."""
        return self.programme.add_round()

    def select_round(self, round_id: str) -> None:
        """Show a round of the evening on screen."""
        index = self.rounds.findData(round_id)
        if index >= 0:
            self.rounds.setCurrentIndex(index)

    def focus_entry(self) -> None:
        """The keyboard focus in the quick entry, when it is shown."""
        if self.entry_box.isVisible():
            self.entry.setFocus()

    def show_dialog(self, dialog) -> None:
        """Show a dialog (the window's way: scripted in tests)."""
        self._show_dialog(dialog)

    def tell(self, message: str) -> None:
        """A message in the window's status bar."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    def _save_prompt(self, text: str) -> None:
        """The question typed on the heading (one undo step)."""
        project = self._ctx.project
        round_id = self.current_round()
        if project is not None and round_id is not None:
            self._run(UpdateRecord(project, self.tr("Question of the round"), "round",
                                   round_id, {"prompt": text}))

    def votes_dialog(self):
        """The tallies and ranking of the round on screen (None without a round)."""
        from .votes_dialog import VotesDialog

        round_id = self.current_round()
        if self._ctx.project is None or round_id is None:
            return None
        return VotesDialog(self._ctx, self._run, round_id, self, promote_menu=self.promote_menu)

    def open_votes(self) -> None:
        """Type in the dot-vote tallies of the round on screen."""
        dialog = self.votes_dialog()
        if dialog is not None:
            self._show_dialog(dialog)

    # -- the evening's tables ------------------------------------------------------------

    def set_table_count(self, count: int) -> None:
        """Give the evening on screen this many tables (one undo step)."""
        from ..model.tables import set_count

        project = self._ctx.project
        evening_id = self.current_evening()
        evening = project.get("bijeenkomst", evening_id) if project and evening_id else None
        if self._loading or evening is None or evening.tables == count:
            return
        if not self._edits(self.tr("Number of tables"),
                           lambda log: set_count(log, evening_id, count)):
            with QSignalBlocker(self.tables_spin):  # refused: show what the file says
                self.tables_spin.setValue(evening.tables)

    def add_table(self) -> None:
        """One more table at the evening on screen (a fourth table arrives), chosen in the
        table box for the notes typed next; one undo step (Ctrl+Shift+T)."""
        from ..model.tables import add_table

        project = self._ctx.project
        evening_id = self.current_evening()
        evening = project.get("bijeenkomst", evening_id) if project and evening_id else None
        if evening is None:
            return
        if evening.tables >= settings_store.MAX_TABLES:
            self.say(self.tr("An evening has at most %n tables.", "", settings_store.MAX_TABLES))
            return
        if self._edits(self.tr("Add a table"), lambda log: add_table(log, evening_id)):
            number = evening.tables + 1
            index = self.table_combo.findData(number)
            if index >= 0:
                self.table_combo.setCurrentIndex(index)
            self.say(self.tr("%1 added; the notes typed now belong to it.").replace(
                "%1", self.table_name(number)))

    def edit_tables(self) -> None:
        """Name and colour the evening's tables (its own over the settings'); one undo step."""
        from ..model.tables import set_table
        from .evening_tables import EveningTablesDialog

        project = self._ctx.project
        evening_id = self.current_evening()
        evening = project.get("bijeenkomst", evening_id) if project and evening_id else None
        if evening is None:
            return
        dialog = EveningTablesDialog(
            [self._tables[n] for n in range(1, evening.tables + 1)], self.default_table_name,
            palette.project_table_colour, evening.title, self)

        def action(log) -> None:
            for number, (name, colour) in dialog.changes().items():
                set_table(log, evening_id, number, name=name, colour=colour)

        dialog.accepted.connect(
            lambda: dialog.changes() and self._edits(self.tr("Tables of the evening"), action))
        self._show_dialog(dialog)

    def next_table(self) -> None:
        """Cycle the table the next insight is attributed to."""
        if self.table_combo.count():
            self.table_combo.setCurrentIndex(
                (self.table_combo.currentIndex() + 1) % self.table_combo.count())

    def add_insight_from_entry(self) -> None:
        """Add the typed insight to the chosen round; keep the focus for the next one."""
        project = self._ctx.project
        round_id = self.current_round()
        text = self.entry.text().strip()
        if project is None or round_id is None or not text:
            self.entry.clear()
            return
        if len(text) > MAX_TEXT:
            self.entry_message.setText(
                self.tr("This text is longer than %n characters; shorten it.", "", MAX_TEXT))
            return
        rnd = project.get("round", round_id)
        hidden = bool(rnd and rnd.hidden)
        x, y = self.board.place_new(text, hidden)  # a free spot: notes never pile up
        command = AddRecord(project, self.tr("Add insight"), "insight", {
            "round_id": round_id, "text": text, "table": self.table_combo.currentData() or 1,
            "x": x, "y": y, "hidden": hidden})
        if self._run(command):
            self.entry.clear()
            self.entry_message.clear()

    def saved_after_all(self, commands: list) -> None:
        """Edits the file had not taken were saved after all (Save as…, Try again): an insight
        still waiting in the quick entry is in the file now, so the box is free again."""
        text = self.entry.text().strip()
        for command in commands:
            if (isinstance(command, AddRecord) and command.kind == "insight"
                    and command.fields.get("text") == text):
                self.entry.clear()
                self.entry_message.clear()

    def _show_stage(self, rnd) -> None:
        """What the controls offer follows the stage: collect, order, or choose."""
        stage = rnd.stage if rnd is not None else "verzamelen"
        for name, button in self.stage_buttons.items():
            button.setEnabled(rnd is not None)
            with QSignalBlocker(button):
                button.setChecked(name == stage)
        self.round_format.setEnabled(rnd is not None)
        if rnd is not None:
            with QSignalBlocker(self.round_format):
                self.round_format.setCurrentText(rnd.format)
        collecting = stage == "verzamelen"
        self.entry_box.setVisible(collecting)
        self.votes_button.setDefault(stage == "kiezen")
        font = self.votes_button.font()
        font.setBold(stage == "kiezen")
        self.votes_button.setFont(font)
        self.stage_hint.setText({
            "verzamelen": "",
            "ordenen": self.tr("Order: drag a card onto another to make a cluster, or select "
                               "cards and press Ctrl+G; right-click a card to merge duplicates "
                               "or tag it."),
            "kiezen": self.tr("Choose: count the stickers and type them in with Votes… "
                              "(Ctrl+K); right-click a line of the ranking to make an "
                              "agreement or action point of it."),
        }.get(stage, ""))

    def set_stage(self, stage: str) -> None:
        """Move the round to a stage (undoable); collecting puts the focus in the entry."""
        self._set_round_field("stage", stage)
        project = self._ctx.project
        round_id = self.current_round()
        self._show_stage(project.get("round", round_id) if project and round_id else None)
        if stage == "verzamelen" and self.entry_box.isVisible():
            self.entry.setFocus()

    def _set_round_field(self, name: str, value) -> None:
        project = self._ctx.project
        round_id = self.current_round()
        if self._loading or project is None or round_id is None:
            return
        rnd = project.get("round", round_id)
        if rnd is None or rnd[name] == value:
            return
        labels = {"stage": self.tr("Stage of the round"), "format": self.tr("Format of the round")}
        if self._run(UpdateRecord(project, labels.get(name, name), "round", round_id,
                                  {name: value})) and name == "format" and self.format_chosen:
            self.format_chosen(value)

    def _set_hidden(self, on: bool) -> None:
        project = self._ctx.project
        round_id = self.current_round()
        if self._loading or project is None or round_id is None:
            return
        self._run(UpdateRecord(project, self.tr("Collect hidden"), "round", round_id,
                               {"hidden": on}))

    def _fill_reveal_menu(self, project, rnd) -> None:
        """Say on the Reveal button how many notes lie face down (its menu is made on click)."""
        count = (project.count("insight", round_id=rnd.id, hidden=True)
                 if project is not None and rnd is not None else 0)
        self.reveal_button.setEnabled(bool(count))
        self.reveal_button.setText(
            self.tr("&Reveal (%n face down)", "", count) if count else self.tr("&Reveal"))

    def _open_reveal_menu(self) -> None:
        menu = self.reveal_menu
        menu.exec(self.reveal_button.mapToGlobal(self.reveal_button.rect().bottomLeft()))

    @property
    def reveal_menu(self) -> QMenu:
        """Reveal all, or the face-down notes of one table (made anew from the model)."""
        menu = QMenu(self)
        project = self._ctx.project
        round_id = self.current_round()
        notes = (project.all("insight", round_id=round_id, hidden=True)
                 if project is not None and round_id is not None else [])
        if not notes:
            return menu
        everything = menu.addAction(self.tr("Reveal &all"))
        everything.triggered.connect(lambda: self.reveal(None))
        for table in sorted({n.table for n in notes}):
            name = self.table_name(table)
            action = menu.addAction(
                self.table_icon(table), self.tr("Reveal %1").replace("%1", name)
                if name != self.tr("Table %n", "", table)
                else self.tr("Reveal table %1").replace("%1", str(table)))
            action.triggered.connect(lambda _=False, t=table: self.reveal(t))
        return menu

    def reveal(self, table: int | None) -> None:
        """Turn the face-down notes of a table (or all) face up; one undo step."""
        project = self._ctx.project
        round_id = self.current_round()
        if project is None or round_id is None:
            return
        from ..model.board import hidden_notes

        board = self.board

        def action(log) -> None:
            ids = [n.id for n in hidden_notes(project, round_id, table)]
            for note_id in ids:
                log.update("insight", note_id, hidden=False)
            board.make_room(log, set(), grown=set(ids))  # face up, a card may grow

        self._edits(self.tr("Reveal"), action)

    def edit_note(self, note_id: str | None) -> None:
        """Edit a note's text in place on the board (F2 or a double-click in the list); a
        face-down note too: the beamer keeps showing its back."""
        if note_id is None or self._ctx.project is None:
            return
        board = self.board
        board.select_notes([note_id])
        board.edit_note(note_id)

    def _edit_current_note(self) -> None:
        current = self.insights.currentItem()
        if current is not None:
            self.edit_note(current.data(ID_ROLE))

    def _insight_menu(self, pos) -> None:
        item = self.insights.itemAt(pos)
        if item is None:
            return
        menu = self.insight_menu(item.data(ID_ROLE))
        menu.exec(self.insights.viewport().mapToGlobal(pos))

    def selected_notes(self) -> list[str]:
        """The ids of the selected notes, the current one first."""
        current = self.insights.currentItem()
        ids = [i.data(ID_ROLE) for i in self.insights.selectedItems()]
        if current is not None and current.data(ID_ROLE) in ids:
            ids.remove(current.data(ID_ROLE))
            ids.insert(0, current.data(ID_ROLE))
        return ids

    def insight_menu(self, note_id: str) -> QMenu:
        """What can be done with a note (and the other selected notes)."""
        project = self._ctx.project
        menu = self.promote_menu("insight", note_id)
        menu.addSeparator()
        selected = self.selected_notes() or [note_id]
        menu.addAction(self.tr("Make a &cluster of the selection… (Ctrl+G)"),
                       self.cluster_selection)
        into = menu.addMenu(self.tr("&Move to cluster"))
        note = project.get("insight", note_id) if project else None
        clusters = project.all("cluster", round_id=note.round_id) if note else []
        for cluster in clusters:
            into.addAction(cluster.name, lambda c=cluster.id: self.move_notes(selected, c))
        into.setEnabled(bool(clusters))
        if note is not None and note.cluster_id:
            cluster = project.get("cluster", note.cluster_id)
            name = cluster.name if cluster else ""
            menu.addAction(self.tr("Take &out of the cluster"),
                           lambda: self.move_notes(selected, None))
            menu.addAction(self.tr("&Rename cluster “%1”…").replace("%1", name),
                           lambda: self.rename_cluster(note.cluster_id))
            menu.addAction(self.tr("&Dissolve cluster “%1”").replace("%1", name),
                           lambda: self.dissolve_cluster(note.cluster_id))
        merge = menu.addAction(self.tr("Merge &duplicates (keep all texts, count once)"),
                               lambda: self.merge_duplicates(selected))
        merge.setEnabled(len(selected) > 1)
        menu.addSeparator()
        self._tag_menu(menu.addMenu(self.tr("&Tags")), "insight", selected)
        if note is not None and note.cluster_id:
            cluster = project.get("cluster", note.cluster_id)
            self._tag_menu(menu.addMenu(self.tr("Tags of cluster “%1”").replace(
                "%1", cluster.name if cluster else "")), "cluster", [note.cluster_id])
        menu.addSeparator()
        menu.addAction(self.tr("&Erase (AVG)…"), lambda: self.erase_note(note_id))
        return menu

    def erase_note(self, note_id: str) -> None:
        """Erase a note for good (AVG), and a name from every other text if one is typed,
        after a preview (ui/erase_dialog.py)."""
        from .erase_dialog import EraseDialog

        if self._ctx.project is not None:
            self._show_dialog(EraseDialog(self._ctx, "insight", note_id, self.window()))

    def cluster_menu(self, cluster_id: str) -> QMenu:
        """What can be done with a cluster: promote, rename, dissolve, tag."""
        project = self._ctx.project
        cluster = project.get("cluster", cluster_id) if project else None
        menu = self.promote_menu("cluster", cluster_id)
        menu.addSeparator()
        menu.addAction(self.tr("&Rename… (F2)"),
                       lambda: self.rename_cluster(cluster_id, in_place=True))
        menu.addAction(self.tr("&Dissolve (notes stay on the board)"),
                       lambda: self.dissolve_cluster(cluster_id))
        if cluster is not None:
            menu.addSeparator()
            self._tag_menu(menu.addMenu(self.tr("&Tags")), "cluster", [cluster_id])
        return menu

    def _tag_menu(self, menu: QMenu, kind: str, ids: list[str]) -> None:
        """Phase, track and koppelkans theme for notes or a cluster (lists from resources/)."""
        from ..model.templates import tags

        lists = tags()
        phase = menu.addMenu(self.tr("Wijkkompas &phase"))
        phase.addAction(self.tr("(none)"), lambda: self.set_tags(kind, ids, phase=None))
        for number, name in sorted(lists.phases.items()):
            phase.addAction(f"{number}. {name}",
                            lambda n=number: self.set_tags(kind, ids, phase=n))
        track = menu.addMenu(self.tr("T&rack"))
        track.addAction(self.tr("(none)"), lambda: self.set_tags(kind, ids, track=""))
        for key, name in lists.tracks.items():
            track.addAction(name, lambda k=key: self.set_tags(kind, ids, track=k))
        theme = menu.addMenu(self.tr("Koppelkans &theme"))
        theme.addAction(self.tr("(none)"), lambda: self.set_tags(kind, ids, theme=""))
        for name in lists.themes:
            theme.addAction(name, lambda t=name: self.set_tags(kind, ids, theme=t))

    def set_tags(self, kind: str, ids: list[str], **values) -> None:
        """Tag notes or a cluster (one undo step)."""
        from ..model.board import set_tags

        self._edits(self.tr("Tags"), lambda log: set_tags(log, kind, ids, **values))

    def _edits(self, label: str, action) -> bool:
        project = self._ctx.project
        return project is not None and self._run(Edits(project, label, action))

    def cluster_selection(self) -> None:
        """Make a cluster of the selected notes, asking its name (Ctrl+G)."""
        from ..model.board import make_cluster

        notes = self.selected_notes()
        if not notes or self._ask_text is None:
            return
        name = self._ask_text(self.tr("New cluster"), self.tr("Name of the cluster:"), "")
        if name is None:
            return
        board = self.board

        def action(log) -> None:
            cluster = make_cluster(log, notes, name or self.tr("Cluster"))
            board.make_room(log, {cluster})

        self._edits(self.tr("Make cluster"), action)

    def move_notes(self, notes: list[str], cluster_id: str | None) -> None:
        """Move notes into a cluster, or out of theirs (None)."""
        from ..model.board import move_to_cluster

        board = self.board

        def action(log) -> None:
            move_to_cluster(log, notes, cluster_id)
            board.make_room(log, {cluster_id} if cluster_id else set())

        self._edits(self.tr("Move to cluster"), action)

    def rename_cluster(self, cluster_id: str, in_place: bool = False) -> None:
        """Give a cluster another name."""
        project = self._ctx.project
        cluster = project.get("cluster", cluster_id) if project else None
        if cluster is None:
            return
        if in_place and self._board is not None and cluster_id in self._board.frames:
            self._board.edit_title(cluster_id)  # in place, on the board
            return
        if self._ask_text is None:
            return
        name = self._ask_text(self.tr("Rename cluster"), self.tr("Name of the cluster:"),
                              cluster.name)
        if name and name.strip() and name.strip() != cluster.name:
            self._run(UpdateRecord(project, self.tr("Rename cluster"), "cluster", cluster_id,
                                   {"name": name.strip()}))

    def dissolve_cluster(self, cluster_id: str) -> None:
        """Take the notes out of a cluster and remove it; they stay where they lay."""
        self._edits(self.tr("Dissolve cluster"), lambda log: self.board.dissolve(log, cluster_id))

    def merge_duplicates(self, notes: list[str]) -> None:
        """Fold the selected notes into the first: all texts kept, counted once."""
        from ..model.board import merge_duplicates

        if len(notes) > 1:
            self._edits(self.tr("Merge duplicates"),
                        lambda log: merge_duplicates(log, notes[0], notes[1:]))

    def promote_menu(self, kind: str, record_id: str) -> QMenu:
        """The menu that makes an agreement, action point or timeline step of a note/cluster."""
        menu = QMenu(self)
        for label, to, track in ((self.tr("Make an &agreement"), "agreement", "doe"),
                                 (self.tr("Make an a&ction point"), "action_item", "doe"),
                                 (self.tr("On the timeline, &doe-spoor"), "timeline_item", "doe"),
                                 (self.tr("On the timeline, d&enk-spoor"), "timeline_item",
                                  "denk")):
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _=False, to=to, track=track: self.promote(kind, record_id, to, track))
        return menu

    def promote(self, kind: str, record_id: str, to: str, track: str = "doe") -> str | None:
        """Make an agreement, action point or timeline step of a note or cluster (undoable)."""
        from ..model.board import source_of

        project = self._ctx.project
        if project is None:
            return None
        command = Promote(project, self.tr("Promote"), kind, record_id, to, track)
        if not self._run(command):
            return None
        src = source_of(project, record_id)
        made = promoted_label(to, project.get(to, command.record_id))
        if src is not None:
            where = (self.tr("from cluster “%1”") if src.kind == "cluster"
                     else self.tr("from note “%1”")).replace("%1", src.text[:60])
            self.window().statusBar().showMessage(
                self.tr("%1 made %2, %n vote(s)", "", src.votes).replace("%1", made)
                .replace("%2", where))
        if self.promoted_hook is not None and to in ("agreement", "action_item"):
            self.promoted_hook(to, command.record_id)
        return command.record_id

    def delete_selected_insight(self) -> None:
        """Delete the selected insights (one undo step)."""
        project = self._ctx.project
        notes = self.selected_notes()
        if project is None or not notes:
            return
        if len(notes) == 1:
            self._run(DeleteRecord(project, self.tr("Delete insight"), "insight", notes[0]))
        else:
            self._edits(self.tr("Delete insights"),
                        lambda log: [log.delete("insight", n) for n in notes])

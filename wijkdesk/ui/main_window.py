"""The main window: navigation between the views, the File and Edit menus, undo, status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QCursor, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_store
from ..messages import error_text, merge_summary_lines
from ..model import Project, WijkdeskError
from ..model.device import data_dir
from ..model.filelock import RENEW_EVERY
from .bijeenkomst_view import BijeenkomstView
from .commands import ModelCommand, push
from .context import AppContext
from .interaction import Interaction
from .kompas_view import KompasView
from .minutes_view import MinutesView
from .stakeholder_view import StakeholderView
from .storage_bar import Rescue, is_storage_error
from .theme import DisplayControls
from .timeline_view import TimelineView
from .welcome import WelcomePage

if TYPE_CHECKING:
    from .merge_dialogs import ConflictsDialog
    from .round_timer import TimerPanel

MAX_RECENT = 8
DEMO_NAME = "Demo wijkdesk.wijkdesk"


class MainWindow(QMainWindow):
    """The facilitator's window onto one project."""

    #: emitted once, after the window's first paint (start-up benchmark, tests)
    firstPainted = Signal()

    def __init__(self, ctx: AppContext, interaction: Interaction | None = None,
                 demo_builder: Callable[[Path], Project] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.interaction = interaction or Interaction(self)
        self._demo_builder = demo_builder
        self._painted = False
        self._first_start = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("wijkdesk")

        self.welcome = WelcomePage()
        self.welcome.newRequested.connect(self.new_project)
        self.welcome.openRequested.connect(self.open_dialog)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentChosen.connect(self.open_path)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(220)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.nav.setFont(font)
        self.views = QStackedWidget()
        self.bijeenkomst_view = BijeenkomstView(ctx, self.run_command,
                                                show_dialog=self.interaction.exec_dialog,
                                                ask_text=self.interaction.ask_text,
                                                confirm=self.interaction.confirm,
                                                hold_programme=True)
        self.stakeholder_view = StakeholderView(ctx, self.run_command, self.interaction)
        self.timeline_view = TimelineView(ctx, self.run_command, self.interaction)
        self.kompas_view = KompasView(ctx, self.run_command, self.interaction)
        self.minutes_view = MinutesView(ctx, self.run_command, self.interaction)
        # Agreements and actions: its module is loaded when the view is first shown or used
        # (16 ms of start-up otherwise)
        self._actions_view = None
        self._actions_page = QWidget()
        self._actions_page.setObjectName("actionsPage")
        QVBoxLayout(self._actions_page).setContentsMargins(0, 0, 0, 0)
        self.views.currentChanged.connect(
            lambda _i: self.actions_view if self.views.currentWidget() is self._actions_page
            else None)
        for label, view in ((self.tr("Bijeenkomst"), self.bijeenkomst_view),
                            (self.tr("Stakeholders"), self.stakeholder_view),
                            (self.tr("Timeline"), self.timeline_view),
                            (self.tr("Wijkkompas"), self.kompas_view),
                            (self.tr("Minutes"), self.minutes_view),
                            (self.tr("Agreements and actions"), self._actions_page)):
            self.nav.addItem(label)
            self.views.addWidget(view)
        # As wide as its longest name needs (the room is the views' on a 1024-pixel beamer)
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()
                                   + 16))
        self.nav.currentRowChanged.connect(self.views.setCurrentIndex)
        self.bijeenkomst_view.format_chosen = self._format_chosen
        # the programme of the evening: a round's own timer; F8 from any view
        self.bijeenkomst_view.round_timer = self._round_timer
        self.bijeenkomst_view.programme_show_view = lambda: self.nav.setCurrentRow(0)
        # a promoted agreement or action point opens in the editor; the lists follow the evening
        self.bijeenkomst_view.promoted_hook = (
            lambda kind, record_id: self.actions_view.edit_promoted(kind, record_id))
        self.nav.setCurrentRow(0)
        self._timer_panel: TimerPanel | None = None  # built just after the first paint
        self._timer_column = QVBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.nav, 1)
        column.addLayout(self._timer_column)
        workspace = QWidget()
        outer = QVBoxLayout(workspace)
        outer.setContentsMargins(0, 0, 0, 0)
        # when the file cannot be written: the edits it did not take, a bar that says so,
        # Save as… (ui/storage_bar.py)
        self.rescue = Rescue(ctx, self.interaction, self._folder, self)
        self.rescue.status.connect(self.statusBar().showMessage)
        self.rescue.problem.connect(self._tell_presenting_facilitator)
        self.storage_bar = self.rescue.bar
        outer.addWidget(self.storage_bar)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        row.addLayout(column)
        row.addWidget(self.views, 1)
        self._lock_timer = QTimer(self)  # renews the file's lock: "still open here"
        self._lock_timer.setInterval(RENEW_EVERY * 1000)
        self._lock_timer.timeout.connect(
            lambda: self.ctx.project is not None and self.ctx.project.touch_lock())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)

        self.path_label = QLabel()
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewCount")
        self.statusBar().addPermanentWidget(self.review_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self._presenter = None  # presenter mode, made the first time it is asked for
        self.nav.currentRowChanged.connect(lambda _row: self._presenter_update())
        self._make_actions()
        ctx.bridge.changed.connect(self._on_saved)
        ctx.bridge.projectChanged.connect(self._on_project)
        ctx.undo.indexChanged.connect(lambda _i: self._check_undo_error())
        self.rescue.heldSaved.connect(self.bijeenkomst_view.saved_after_all)
        self._restore_geometry()
        self._on_project(ctx.project)

    # -- menus and actions ---------------------------------------------------------------

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(menu, self.tr("&New project…"), self.new_project,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(menu, self.tr("&Open…"), self.open_dialog,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.demo_action = self._action(menu, self.tr("Open the &demo project"), self.open_demo)
        menu.addSeparator()
        self.save_as_action = self._action(menu, self.tr("Save &as…"), self.rescue.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.copy_action = self._action(menu, self.tr("Save a &copy as…"), self.save_copy)
        self.table_copy_action = self._action(menu, self.tr("Copy for a &table…"),
                                              self.table_copy)
        self.merge_action = self._action(menu, self.tr("&Merge…"), self.merge_files,
                                         QKeySequence("Ctrl+M"))
        self.share_action = self._action(menu, self.tr("S&hare…"), self.share_copy)
        menu.addSeparator()
        self.import_action = self._action(menu, self.tr("&Import insights from CSV…"),
                                          self.import_csv, QKeySequence("Ctrl+I"))
        self.export_csv_action = self._action(menu, self.tr("Export round as C&SV…"),
                                              lambda: self.export_round("csv"))
        self.export_canvas_action = self._action(menu, self.tr("Export round as &JSON Canvas…"),
                                                 lambda: self.export_round("canvas"))
        self.close_action = self._action(menu, self.tr("C&lose project"), self.close_project,
                                         QKeySequence.StandardKey.Close)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.review_action = self._action(edit, self.tr("To re&view…"), self.review_conflicts,
                                          QKeySequence("Ctrl+R"))
        self.erase_action = self._action(edit, self.tr("&Erase personal data (AVG)…"),
                                         self.erase_personal_data)
        self.erase_action.setEnabled(self.ctx.project is not None)
        self.ctx.bridge.projectChanged.connect(
            lambda p: self.erase_action.setEnabled(p is not None))
        edit.addSeparator()
        self.settings_action = self._action(edit, self.tr("&Settings…"),
                                            lambda: self.open_settings(), QKeySequence("Ctrl+,"))

        view = self.menuBar().addMenu(self.tr("&View"))
        self.present_action = self._action(view, self.tr("&Present on the beamer"),
                                           lambda: self.presenter.toggle(), QKeySequence("F5"))
        self.present_action.setToolTip(self.tr("Show the room a clean, large view (F5); "
                                               "Esc ends it"))
        toolbar = self.addToolBar(self.tr("Presenting"))
        toolbar.setObjectName("presentBar")
        toolbar.setMovable(False)
        toolbar.addAction(self.present_action)
        view.addSeparator()
        self.view_actions = []
        for i in range(self.nav.count()):
            action = self._action(view, self.nav.item(i).text(),
                                  lambda _=False, i=i: self.nav.setCurrentRow(i),
                                  QKeySequence(f"Ctrl+{i + 1}"))
            self.view_actions.append(action)
        view.addSeparator()
        for action in self.bijeenkomst_view.run_actions:  # running the evening's programme
            view.addAction(action)
        view.addSeparator()
        self.display = DisplayControls(self, self.ctx, view)  # type size, beamer theme
        from .audience.actions import BeamerMenu

        self.beamer_menu = BeamerMenu(self)  # what the room sees while presenting (F6, …)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(help_menu, self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts, QKeySequence("F1"))
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self._action(help_menu, self.tr("&About wijkdesk"), self.about)
        self._refresh_recent_menu()

    @property
    def actions_view(self):
        """The Afspraken en acties view (made, and its module loaded, on first use)."""
        if self._actions_view is None:
            from .actions_view import ActionsView

            view = ActionsView(self.ctx, self.run_command, self.interaction)
            view.follow_evening = self.bijeenkomst_view.current_evening
            self._actions_page.layout().addWidget(view)
            self._actions_view = view
            view.show()  # now, not on the next turn of the event loop (a new child's way)
            view.reload()
        return self._actions_view

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts(), not setShortcut(): the latter's overload check makes PySide6 build
            # the ~100 enums of the Qt namespace, a fifth of a bare window's start-up time.
            action.setShortcuts(shortcut if isinstance(shortcut, QKeySequence.StandardKey)
                                else [shortcut])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- running edits -------------------------------------------------------------------

    def run_command(self, command: ModelCommand, *, busy: bool = False) -> bool:
        """Do an undoable edit; if the model refuses it, say why and change nothing.

        With busy (a merge, an import), the wait cursor shows while it runs.
        """
        if busy:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            push(self.ctx.undo, command)
            refused = None
        except WijkdeskError as exc:
            refused = exc
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        if refused is not None:
            if is_storage_error(refused):  # the file failed, not the edit: keep the edit
                self.rescue.failed(refused, command)
            else:
                self.interaction.error(self.tr("Not saved"), error_text(refused))
            return False
        return True

    def _check_undo_error(self) -> None:
        for i in range(self.ctx.undo.count()):
            command = self.ctx.undo.command(i)
            error = getattr(command, "error", None)
            if error is not None:
                command.error = None
                if is_storage_error(error):
                    self.rescue.failed(error)
                else:
                    self.interaction.error(self.tr("Not saved"), error_text(error))

    def _tell_presenting_facilitator(self, text: str) -> None:
        """Presenting on this one screen, the storage bar is under the room's view: say it on
        the facilitator's strip (Esc ends presenting, and the bar offers Save as…)."""
        presenter = self._presenter
        if presenter is not None and presenter.window is not None and (
                not presenter.window.second_screen):
            presenter.window.say(text)

    @property
    def presenter(self):
        """Presenter mode (ui/presenter.py): the audience window on the beamer."""
        if self._presenter is None:
            from .presenter import Presenter

            self._presenter = Presenter(self)
            self.ctx.presenter = self._presenter  # the votes dialog shows its top N to the room
        return self._presenter

    def _presenter_update(self) -> None:
        if self._presenter is not None:
            self._presenter.update()

    def step_view(self, delta: int) -> None:
        """The next (or previous) view in the navigation (presenter mode's arrows)."""
        count = self.nav.count()
        if count:
            self.nav.setCurrentRow((self.nav.currentRow() + delta) % count)

    def _on_saved(self, changes: list) -> None:
        presenter = self._presenter
        if presenter is not None and presenter.active and (
                presenter.top is not None or self.views.currentWidget() is self.kompas_view):
            presenter.update()  # the top N and "Waar staan we?" are not canvases
        now = QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm:ss")
        self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", now))
        if any(c.action in ("merge", "reload") or c.kind == "*" for c in changes):
            self._update_review_count()

    def _update_review_count(self) -> None:
        project = self.ctx.project
        count = len(project.conflicts()) if project is not None else 0
        self.review_label.setText(self.tr("%n to review", "", count) if count else "")

    # -- merging -------------------------------------------------------------------------

    def merge_files(self) -> None:
        """Merge table laptops' files into this project, after a preview; one undo step.

        The files are checked, and what they would change counted for the preview, off the
        GUI thread, with progress and a Cancel button; once confirmed, what that check read
        is merged.
        """
        from .merge_dialogs import RecordedCommand
        from .progress import UserCancelledError, run_in_background

        project = self.ctx.project
        if project is None:
            return
        paths = self.interaction.open_paths(self.tr("Merge files"), self._folder())
        if not paths:
            return

        def step(done: int, total: int) -> str:
            if not total:
                return self.tr("Checking the files…")
            return self.tr("Checked %1 of %2 files…").replace("%1", str(done)).replace(
                "%2", str(total))

        def check(progress):
            incoming = project.prepare_merge(paths, progress=progress)
            return incoming, project.preview_merge(incoming)

        try:
            incoming, preview = run_in_background(self, self.tr("Merge files"), step, check)
        except UserCancelledError:
            self.statusBar().showMessage(self.tr("Merge cancelled: nothing changed"))
            return
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Cannot merge"), error_text(exc))
            return
        if not self.interaction.review_merge(preview, paths):
            return
        command = RecordedCommand(project, self.tr("Merge %n file(s)", "", len(paths)),
                                  lambda: project.apply_merge(incoming))
        done = self.run_command(command, busy=True)
        if done:
            if command.result.erasures:
                # undone, the merge (or a step before it) would bring the erased texts back
                self.ctx.undo.clear()
            lines = merge_summary_lines(command.result)
            self.statusBar().showMessage(lines[0])
            self._update_review_count()

    def erase_personal_data(self):
        """Edit → Erase (AVG): the party or note chosen in the view on screen, or a name's
        texts anywhere, erased for good after a preview (ui/erase_dialog.py)."""
        from .erase_dialog import EraseDialog

        if self.ctx.project is None:
            return None
        record: tuple[str | None, str | None] = (None, None)
        view = self.views.currentWidget()
        if view is self.stakeholder_view and self.stakeholder_view.selected_ids():
            record = ("stakeholder", self.stakeholder_view.selected_ids()[0])
        elif view is self.bijeenkomst_view and self.bijeenkomst_view.selected_notes():
            record = ("insight", self.bijeenkomst_view.selected_notes()[0])
        dialog = EraseDialog(self.ctx, *record, self)
        self.interaction.exec_dialog(dialog)
        return dialog

    def table_copy(self) -> None:
        """Write a copy for a table laptop: its new insights belong to that table."""
        project = self.ctx.project
        if project is None:
            return
        # the tables of the evening on screen, by their names (else the most any evening has)
        view = self.bijeenkomst_view
        evening = project.get("bijeenkomst", view.current_evening() or "")
        if evening is not None and not evening.deleted:
            tables = [(n, view.table_name(n)) for n in range(1, evening.tables + 1)]
        else:
            count = max([e.tables for e in project.all("bijeenkomst")] or [3])
            tables = [(n, view.default_table_name(n)) for n in range(1, count + 1)]
        table = self.interaction.ask_table(self.tr("Copy for a table"),
                                           self.tr("For which table?"), tables)
        if table is None:
            return
        path = self.interaction.save_path(self.tr("Copy for table %1").replace("%1", str(table)),
                                          self._folder())
        if not path:
            return
        try:
            written = project.save_copy(path, table=table)
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Not saved"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved as %1").replace("%1", str(written)))

    def share_copy(self) -> None:
        """Write a compacted copy to share: nothing deleted is left in it."""
        project = self.ctx.project
        if project is None:
            return
        path = self.interaction.save_path(self.tr("Share a copy"), self._folder())
        if not path:
            return
        try:
            written = project.save_shared_copy(path)
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Not saved"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved as %1").replace("%1", str(written)))

    # -- importing and exporting a round -------------------------------------------------

    def _round_on_screen(self, title: str) -> tuple[Project, str] | None:
        """The open project and the round on screen; says so when there is no round."""
        project = self.ctx.project
        round_id = self.bijeenkomst_view.current_round()
        if project is None:
            return None
        if round_id is None:
            self.interaction.error(title, self.tr(
                "Choose or make a round first: this works on the round on screen."))
            return None
        return project, round_id

    def _round_name(self, project: Project, round_id: str) -> str:
        rnd = project.get("round", round_id)
        evening = project.get("bijeenkomst", rnd.bijeenkomst_id) if rnd else None
        return self.tr("the round “%1” of %2").replace(
            "%1", (rnd.prompt if rnd else "") or self.tr("(no prompt)")).replace(
            "%2", evening.title if evening else "")

    def import_csv(self) -> None:
        """Add insights from a CSV to the round on screen, after a preview; one undo step."""
        from ..model.csv_import import import_insights, preview_import, read_csv
        from .merge_dialogs import RecordedCommand
        from .progress import UserCancelledError, run_in_background

        title = self.tr("Import insights")
        found = self._round_on_screen(title)
        if found is None:
            return
        project, round_id = found
        path = self.interaction.open_file(title, self._folder(),
                                          self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return
        reading = self.tr("Reading %1…").replace("%1", Path(path).name)
        try:
            rows = run_in_background(self, title, lambda _d, _t: reading,
                                     lambda _progress: read_csv(path))
            preview = preview_import(project, rows, round_id, path=path,
                                     name_of=self.bijeenkomst_view.default_table_name)
        except UserCancelledError:
            self.statusBar().showMessage(self.tr("Import cancelled: nothing changed"))
            return
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Cannot import"), error_text(exc))
            return
        if not self.interaction.review_import(preview, rows,
                                              self._round_name(project, round_id)):
            return
        command = RecordedCommand(
            project, self.tr("Import %n insight(s)", "", len(rows)),
            lambda: import_insights(project, path, round_id=round_id, rows=rows,
                                    name_of=self.bijeenkomst_view.default_table_name))
        done = self.run_command(command, busy=True)
        if done:
            self.statusBar().showMessage(
                self.tr("Imported %n insight(s)", "", len(rows)))

    def export_round(self, fmt: str) -> None:
        """Write the round on screen as CSV (for Excel) or JSON Canvas (for other boards)."""
        from ..model.board_export import export_round_canvas, export_round_csv

        title = self.tr("Export round")
        found = self._round_on_screen(title)
        if found is None:
            return
        project, round_id = found
        suffix, file_filter = {
            "csv": (".csv", self.tr("CSV files (*.csv)")),
            "canvas": (".canvas", self.tr("JSON Canvas files (*.canvas)")),
        }[fmt]
        rnd = project.get("round", round_id)
        stem = _file_stem(rnd.prompt if rnd else "") or "ronde"
        path = self.interaction.save_file(title, str(Path(self._folder()) / (stem + suffix)),
                                          file_filter)
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path + suffix)
        try:
            if fmt == "csv":
                written = export_round_csv(project, round_id, target)
            else:
                written = export_round_canvas(project, round_id, target,
                                              self.tr("{n} votes"))
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Not saved"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)))

    def conflicts_dialog(self) -> ConflictsDialog:
        """The "Te beoordelen" list for the open project."""
        from .merge_dialogs import ConflictsDialog, RecordedCommand

        project = self.ctx.project
        assert project is not None

        def choose(conflict, value) -> None:
            self.run_command(RecordedCommand(
                project, self.tr("Decide a conflict"),
                lambda: project.resolve(conflict.kind, conflict.id, conflict.field, value)))
            self._update_review_count()

        return ConflictsDialog(project, choose, self)

    def review_conflicts(self) -> None:
        """Show what there is to review after a merge."""
        if self.ctx.project is not None:
            self.interaction.exec_dialog(self.conflicts_dialog())

    # -- projects ------------------------------------------------------------------------

    def _on_project(self, project: Project | None) -> None:
        self.ctx.undo.clear()
        has = project is not None
        self.pages.setCurrentIndex(1 if has else 0)
        for action in (self.save_as_action, self.copy_action, self.close_action,
                       self.table_copy_action, self.merge_action, self.share_action,
                       self.review_action, self.import_action, self.export_csv_action,
                       self.export_canvas_action):
            action.setEnabled(has)
        self._update_review_count()
        for action in self.view_actions:
            action.setEnabled(has)
        self.rescue.project_changed(project)
        if project is None:
            self._lock_timer.stop()
            self.setWindowTitle("wijkdesk")
            self.path_label.clear()
            self.welcome.set_recent(self.recent_files())
            return
        title = f"{project.info().name} — wijkdesk"
        if project.preset_table is not None:
            title = self.tr("%1 — table %2").replace("%1", title).replace(
                "%2", str(project.preset_table))
        if project.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
            self._lock_timer.stop()
        else:
            self._lock_timer.start()
        self.setWindowTitle(title)
        self._presenter_update()
        self.path_label.setText(str(project.path))
        self._remember(str(project.path))
        self.bijeenkomst_view.entry.setFocus()

    def open_path(self, path: str) -> bool:
        """Open a project file; on failure say why and keep what was open."""
        if not self.rescue.may_leave():
            return False
        try:
            project = Project.open(path)
        except WijkdeskError as exc:
            if exc.code != "in_use":
                self.interaction.error(self.tr("Cannot open project"), error_text(exc))
                return False
            if not self.isVisible():  # at start: ask over the window, not over an empty screen
                QTimer.singleShot(100, lambda: self.open_path(path))
                return False
            if not self.interaction.confirm(self.tr("Open project"), error_text(exc),
                                            action=self.tr("Open read-only")):
                return False
            try:
                project = Project.open(path, read_only=True)
            except WijkdeskError as again:
                self.interaction.error(self.tr("Cannot open project"), error_text(again))
                return False
        self.ctx.bridge.set_project(project)
        return True

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        path = self.interaction.open_path(self.tr("Open project"), self._folder())
        if path:
            self.open_path(path)

    def new_project(self) -> None:
        """Ask for a file name and create an empty project with a first bijeenkomst, its
        programme from the first-evening template (``resources/templates/avonden``)."""
        if not self.rescue.may_leave():
            return
        path = self.interaction.save_path(self.tr("New project"), self._folder())
        if not path:
            return
        target = Path(path)
        if target.suffix != ".wijkdesk":
            target = target.with_name(target.name + ".wijkdesk")
        try:
            project = Project.create(target, target.stem)
            with project.batch():
                evening = project.add("bijeenkomst", title=self.tr("First bewonersavond"),
                                      date=QDateTime.currentDateTime().date().toString(
                                          "yyyy-MM-dd"),
                                      **settings_store.evening_defaults(self.ctx.settings))
                from ..model import programme
                from ..model.board import EditLog

                first = next((t for t in programme.evening_templates()
                              if t.key == "eerste-avond"), None)
                if first is not None:
                    programme.apply_template(EditLog(project), evening, first)
                else:  # no template at hand: one round to start typing in
                    project.add("round", bijeenkomst_id=evening,
                                prompt=self.tr("What makes this wijk worth living in?"))
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Cannot create project"), error_text(exc))
            return
        self.ctx.bridge.set_project(project)

    def open_demo(self) -> None:
        """Open the demo project in the user's data folder, writing it first if needed."""
        path = demo_path()
        if not path.exists():
            try:
                ensure_demo(path, self._demo_builder)
            except WijkdeskError as exc:
                self.interaction.error(self.tr("Cannot create project"), error_text(exc))
                return
        self.open_path(str(path))

    def save_copy(self) -> None:
        """Write a complete copy of the project to another file (e.g. a USB stick)."""
        project = self.ctx.project
        if project is None:
            return
        path = self.interaction.save_path(self.tr("Save a copy as"), self._folder())
        if not path:
            return
        try:
            written = project.save_copy(path)
        except WijkdeskError as exc:
            self.interaction.error(self.tr("Not saved"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved as %1").replace("%1", str(written)))

    def close_project(self) -> None:
        """Close the project (everything is saved already) and show the welcome page."""
        if self.rescue.may_leave():
            self.ctx.bridge.set_project(None)

    def about(self) -> None:
        """The About dialog: version, what wijkdesk is for, its licence and the third-party
        licences."""
        from .about_dialog import AboutDialog

        self.interaction.exec_dialog(AboutDialog(self))

    def open_settings(self, page: str | None = None):
        """The settings dialog (on the page of an area: "minutes", …); returns it."""
        from .settings_dialog import open_settings

        return open_settings(self.ctx, self.interaction, self, page)

    def show_shortcuts(self):
        """The shortcut sheet (F1, or ? where no text is being typed); returns it."""
        from .shortcut_sheet import show_sheet

        return show_sheet(self)

    def _folder(self) -> str:
        project = self.ctx.project
        if project is not None:
            return str(project.path.parent)
        return str(self.ctx.settings.value("lastFolder", str(Path.home())))

    # -- recent files --------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recent project files that still exist, most recent first."""
        value = self.ctx.settings.value("recentFiles", []) or []
        if isinstance(value, str):
            value = [value]
        return [p for p in value if Path(p).is_file()][:MAX_RECENT]

    def _remember(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.ctx.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.ctx.settings.setValue("lastProject", path)
        self.ctx.settings.setValue("lastFolder", str(Path(path).parent))
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.recent_files(), start=1):  # &1 … &8: by keyboard
            action = self.recent_menu.addAction(f"&{n} " + Path(path).stem.replace("&", "&&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(1600, available.width()), min(960, available.height()))
        self._first_start = True

    def show_initial(self) -> None:
        """Show the window: maximised the first time (a beamer screen), else as it was left."""
        if self._first_start:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry; the project is saved already (or, when the file did not
        take some edits, saved elsewhere first, or let go when the user says so)."""
        if not self.rescue.may_leave():
            event.ignore()
            return
        if self._presenter is not None:
            self._presenter.stop()
        self.ctx.settings.setValue("geometry", self.saveGeometry())
        self.ctx.settings.sync()
        self.ctx.bridge.set_project(None)
        super().closeEvent(event)

    def next_round(self) -> bool:
        """The next round of the evening's programme (F8; the audience window calls it too);
        its timer starts if the round asks for it. Returns whether there was one."""
        return self.bijeenkomst_view.programme.next_round()

    def next_agenda_item(self) -> bool:
        """The next agenda item of the programme and its first round (Shift+F8)."""
        return self.bijeenkomst_view.programme.next_item()

    def _round_timer(self, minutes: int, start: bool) -> None:
        """The programme moved to a round: its own minutes on the timer (0: the timer keeps
        its own), started if the round asks for it. Only a move by the programme (start)
        stops a running timer."""
        if self._timer_panel is None and not start:  # not made yet: it starts from these
            if minutes > 0:
                settings_store.set(self.ctx.settings, "timer/minutes", minutes)
            return
        panel = self.timer_panel
        if not start and panel.timer.running:
            return
        if minutes > 0:
            panel.minutes.setValue(minutes)
            panel.timer.set_minutes(minutes)  # also when the value was the same: from the top
        elif start:
            panel.timer.reset()
        if start:
            panel.timer.start()

    def _format_chosen(self, name: str) -> None:
        """A round's format sets the timer to its usual minutes, unless the timer runs."""
        from ..model.templates import formats

        found = formats().get(name)
        if found is not None and not self.timer_panel.timer.running:
            self.timer_panel.minutes.setValue(found.minutes)

    @property
    def timer_panel(self) -> TimerPanel:
        """The round timer under the views (made on first use, or right after first paint)."""
        if self._timer_panel is None:
            from .round_timer import TimerPanel

            self._timer_panel = TimerPanel(self.ctx.settings, events=self.ctx.settings_events)
            self._timer_panel.setFixedWidth(self.nav.width())
            self._timer_column.addWidget(self._timer_panel)
        return self._timer_panel

    def _after_first_paint(self) -> None:
        from . import theme

        theme.apply_pending_style()
        self.bijeenkomst_view.release_programme()
        self.timer_panel  # noqa: B018 - made now, shown in the next frame
        self.bijeenkomst_view.board  # noqa: B018
        self.minutes_view.ensure_built()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell once that the window has painted (used by the start-up benchmark)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            # What is not needed for the first frame comes right after it.
            QTimer.singleShot(0, self._after_first_paint)


def _file_stem(text: str) -> str:
    """A file name made from a text: letters, digits, spaces and dashes, at most 60 long."""
    kept = "".join(c if c.isalnum() or c in " -" else " " for c in text)
    return " ".join(kept.split())[:60].strip()


def demo_path() -> Path:
    """Where the demo project lives: the user's data folder."""
    return data_dir() / DEMO_NAME


def ensure_demo(path: Path, builder: Callable[[Path], Project] | None = None) -> None:
    """Write the demo project at path if there is none."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if builder is None:
        from ..model.demo import build_demo as builder  # noqa: N813
    builder(path).close()


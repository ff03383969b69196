"""Child process of tests/test_fit_screens.py: the app on a screen of a given size.

Usage: ``python -m tests.fit_screen_child FOLDER`` under ``QT_QPA_PLATFORM=offscreen:configfile=
…`` naming a screen (1024×768, 1280×720). Opens the demo project in Dutch as the app does on a
first start (maximised), shows every view and opens every dialog, and prints one line
``RESULT {json}``: the screen, the window's frame, and what is cut off or out of reach in each
view and dialog (empty lists when all fits).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(folder: Path) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from tests.test_fit_screens import problems_of
    from wijkdesk import i18n
    from wijkdesk.model.demo import build_demo
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    translator = i18n.install(app, "nl")  # noqa: F841 - kept while the window lives
    build_demo(folder / "demo.wijkdesk").close()
    ctx = AppContext(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx, ScriptedInteraction())
    assert window.open_path(str(folder / "demo.wijkdesk"))
    window.show_initial()  # the first start: maximised on this screen

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window._after_first_paint()  # the board, the timer: as after the first paint
    settle()
    area = app.primaryScreen().availableGeometry()
    result: dict = {"screen": [area.width(), area.height()],
                    "window": [window.frameGeometry().width(), window.frameGeometry().height()],
                    "views": {}, "dialogs": {}}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle()
        result["views"][window.nav.item(row).text()] = problems_of(window)
    window.nav.setCurrentRow(0)
    settle()
    for name, dialog in dialogs(window).items():
        dialog.show()
        settle()
        found = problems_of(dialog)
        frame = dialog.frameGeometry()
        if frame.width() > area.width() or frame.height() > area.height():
            found.append(f"{frame.width()}×{frame.height()} on a {area.width()}×"
                         f"{area.height()} screen")
        result["dialogs"][name] = found
        dialog.close()
        settle()
    print("RESULT", json.dumps(result), flush=True)
    ctx.bridge.set_project(None)


def dialogs(window) -> dict:
    """Every dialog of the facilitator's window, made as the app makes it."""
    interaction = window.interaction
    made = {"settings": window.open_settings()}
    window.about()
    made["about"] = interaction.dialogs.pop()
    made["shortcuts"] = window.show_shortcuts()
    view = window.bijeenkomst_view
    made["votes"] = view.votes_dialog()
    made["agenda item"] = view.programme.add_item()
    made["round"] = view.programme.add_round()
    view.edit_tables()
    made["tables"] = interaction.dialogs.pop() if interaction.dialogs else None
    window.nav.setCurrentRow(5)
    window.actions_view.add_item("action_item")
    made["action point"] = window.actions_view.dialog
    window.nav.setCurrentRow(1)
    window.stakeholder_view.add_stakeholder()
    made["stakeholder"] = window.stakeholder_view.dialog
    window.stakeholder_view.add_relation()
    made["relation"] = window.stakeholder_view.dialog
    window.nav.setCurrentRow(2)
    window.timeline_view.add_step()
    made["timeline step"] = window.timeline_view.dialog
    window.nav.setCurrentRow(3)
    window.kompas_view.add_knooppunt()
    made["knooppunt"] = window.kompas_view.dialog
    from wijkdesk.ui.merge_dialogs import ConflictsDialog

    made["conflicts"] = ConflictsDialog(window.ctx.project, lambda *_: None, window)
    window.nav.setCurrentRow(0)
    return {name: d for name, d in made.items() if d is not None}


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""Questions and messages to the user go through one small object, so that tests (and
commands) can run without modal dialogs: tests pass a ``ScriptedInteraction``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported where used: their enums cost start-up time.

translate = QCoreApplication.translate


def project_filter() -> str:
    """The file-dialog filter for project files."""
    return translate("Interaction", "wijkdesk projects (*.wijkdesk)")


def question_box(parent: QWidget | None, title: str, text: str, *, destructive: bool = False,
                 action: str = ""):
    """The yes-or-no message box ``Interaction.confirm`` runs (built apart so it can be
    looked at without running it): Enter answers with its default button, which is No for a
    destructive question; Escape always answers No. ``box.yes_button`` is the Yes button."""
    from PySide6.QtWidgets import QMessageBox

    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.yes_button = box.button(yes)
    if action:
        box.yes_button.setText(action)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    return box


class Interaction:
    """Real dialogs, parented to a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, text: str) -> None:
        """Tell the user something went wrong (and that nothing changed)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def information(self, title: str, text: str) -> None:
        """Tell the user something."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                action: str = "") -> bool:
        """Ask yes or no. A destructive question (deleting) has No as its default button, so
        Enter keeps things as they are; ``action`` labels the Yes button ("Verwijderen")."""
        box = question_box(self.parent, title, text, destructive=destructive, action=action)
        box.exec()
        return box.clickedButton() is box.yes_button

    def open_path(self, title: str, folder: str) -> str | None:
        """Ask for an existing project file."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, project_filter())
        return path or None

    def save_path(self, title: str, folder: str) -> str | None:
        """Ask for a new file name."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, folder, project_filter())
        return path or None


    def open_paths(self, title: str, folder: str) -> list[str]:
        """Ask for one or more existing project files."""
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, folder, project_filter())
        return list(paths)

    def open_file(self, title: str, folder: str, file_filter: str) -> str | None:
        """Ask for an existing file of another kind (a CSV to import)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, file_filter)
        return path or None

    def open_files(self, title: str, folder: str, file_filter: str) -> list[str]:
        """Ask for one or more existing files of another kind (CSVs to import together)."""
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, folder, file_filter)
        return list(paths)

    def save_file(self, title: str, start: str, file_filter: str) -> str | None:
        """Ask where to write a file of another kind (an export); start is a suggested path."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, start, file_filter)
        return path or None

    def review_import(self, preview, rows, where: str) -> bool:
        """Show what a CSV import will add; True when the user goes ahead."""
        from .import_dialog import ImportPreviewDialog

        return bool(ImportPreviewDialog(preview, rows, where, self.parent).exec())

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for a short text (a name); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def ask_table(self, title: str, label: str, tables) -> int | None:
        """Ask for a table: a number from 1 to ``tables``, or one of ``tables`` given as
        (number, name) by its name ("Tafel A"); returns its number."""
        from PySide6.QtWidgets import QInputDialog

        if isinstance(tables, int):
            value, ok = QInputDialog.getInt(self.parent, title, label, 1, 1, max(1, tables))
            return value if ok else None
        labels = [name if str(n) in name.split() else f"{name} ({n})" for n, name in tables]
        chosen, ok = QInputDialog.getItem(self.parent, title, label, labels, 0, False)
        return tables[labels.index(chosen)][0] if ok and chosen in labels else None

    def review_merge(self, summary, sources: list[str]) -> bool:
        """Show what a merge will do; True when the user goes ahead."""
        from .merge_dialogs import MergePreviewDialog

        return bool(MergePreviewDialog(summary, sources, self.parent).exec())

    def exec_dialog(self, dialog) -> None:
        """Run a dialog until the user closes it (its text fields showing their beginning)."""
        from .common import show_starts

        show_starts(dialog)
        dialog.exec()

    def offer_open(self, title: str, text: str, path: str) -> None:
        """Say a file was written, with buttons to open it or the folder it is in."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Close, self.parent)
        open_file = box.addButton(translate("Interaction", "&Open the PDF"),
                                  QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(translate("Interaction", "Open its &folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif box.clickedButton() is open_folder:
            from pathlib import Path

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class ScriptedInteraction(Interaction):
    """For tests: answers from lists and records every message."""

    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.answers: list[object] = []
        self.dialogs: list[object] = []
        self.reviewed: object = None
        self.confirmed: list[dict] = []  # each confirm's options (destructive, action)

    def error(self, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def information(self, title: str, text: str) -> None:
        self.messages.append(("information", title, text))

    def confirm(self, title: str, text: str, *, destructive: bool = False,
                action: str = "") -> bool:
        self.messages.append(("confirm", title, text))
        self.confirmed.append({"destructive": destructive, "action": action})
        return bool(self.answers.pop(0)) if self.answers else False

    def open_path(self, title: str, folder: str) -> str | None:
        return str(self.answers.pop(0)) if self.answers else None

    def save_path(self, title: str, folder: str) -> str | None:
        return str(self.answers.pop(0)) if self.answers else None

    def open_paths(self, title: str, folder: str) -> list[str]:
        return list(self.answers.pop(0)) if self.answers else []  # type: ignore[call-overload]

    def ask_table(self, title: str, label: str, tables) -> int | None:
        self.messages.append(("ask_table", title, tables))
        return int(self.answers.pop(0)) if self.answers else None  # type: ignore[call-overload]

    def open_file(self, title: str, folder: str, file_filter: str) -> str | None:
        return str(self.answers.pop(0)) if self.answers else None

    def open_files(self, title: str, folder: str, file_filter: str) -> list[str]:
        if not self.answers:
            return []
        answer = self.answers.pop(0)
        return [str(answer)] if isinstance(answer, str) else [str(a) for a in answer]

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.messages.append(("ask_text", title, text))
        return str(self.answers.pop(0)) if self.answers else None

    def save_file(self, title: str, start: str, file_filter: str) -> str | None:
        self.messages.append(("save_file", title, start))
        return str(self.answers.pop(0)) if self.answers else None

    def review_import(self, preview, rows, where: str) -> bool:
        self.messages.append(("review_import", where, repr(preview)))
        self.reviewed = preview
        return bool(self.answers.pop(0)) if self.answers else False

    def review_merge(self, summary, sources: list[str]) -> bool:
        self.messages.append(("review_merge", str(len(sources)), repr(summary)))
        self.reviewed = summary
        return bool(self.answers.pop(0)) if self.answers else False

    def exec_dialog(self, dialog) -> None:
        from .common import show_starts

        show_starts(dialog)
        self.dialogs.append(dialog)

    def offer_open(self, title: str, text: str, path: str) -> None:
        self.messages.append(("offer_open", title, path))

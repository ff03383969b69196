"""A dialog that saves on OK and stays open when the model refuses, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .palette import ERROR_TEXT


class SavingDialog(QDialog):
    """Collects values in a form; ``save(dialog) -> bool`` (set by the view) saves them as one
    undoable step. OK closes the dialog only when that succeeded; a refusal shows in
    ``error`` and what was typed stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: called with the dialog on OK; returns whether it was saved
        self.save: Callable[[QDialog], bool] | None = None
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_TEXT};")
        self.error.hide()

    def finish_layout(self, form: QFormLayout, *extra: QWidget, width: int = 560) -> None:
        """The form, any extra widgets, the error line and OK/Cancel, one under the other."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(width, self.sizeHint().height())

    def show_error(self, text: str) -> None:
        """The model refused: say why (the dialog stays open)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        """OK: saved by ``save`` (if set); the dialog closes only when that succeeded."""
        if self.save is not None and not self.save(self):
            return
        super().accept()

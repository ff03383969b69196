"""A view whose own issue has not landed yet: it says what is in the project and what comes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..model import Change
from .common import make_heading
from .context import AppContext


class PlaceholderView(QWidget):
    """Shows a count from the project and 'coming in a next version'."""

    def __init__(self, ctx: AppContext, title: str, coming: str, counts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._counts = counts
        heading = make_heading(QLabel(title))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.coming = QLabel(coming)
        self.coming.setObjectName("coming")
        self.coming.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.coming)
        layout.addStretch(1)
        ctx.bridge.changed.connect(self._on_changed)
        ctx.bridge.projectChanged.connect(lambda _p: self.refresh())
        self.refresh()

    def _on_changed(self, changes: list[Change]) -> None:
        if any(c.kind in self._counts or c.kind == "*" for c in changes):
            self.refresh()

    def refresh(self) -> None:
        """Recount from the model."""
        project = self._ctx.project
        if project is None:
            self.summary.clear()
            return
        lines = [template.format(n=project.count(kind)) for kind, template in self._counts.items()]
        self.summary.setText("\n".join(lines))

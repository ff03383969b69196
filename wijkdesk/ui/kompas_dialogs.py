"""The Wijkkompas view's dialogs: a knooppunt's texts, and what serves it (links)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from .common import checked_ids, fill_checkable
from .saving_dialog import SavingDialog


class KnooppuntDialog(SavingDialog):
    """A knooppunt's texts: phase, track, title, goal, approach, tips, parties and prompt."""

    def __init__(self, values: dict, party_types: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Knooppunt"))
        self.phase = QComboBox()
        for n in range(1, 7):
            self.phase.addItem(str(n), n)
        self.phase.setCurrentIndex(max(0, self.phase.findData(values.get("phase", 1))))
        self.track = QComboBox()
        self.track.addItem(self.tr("Social"), "sociaal")
        self.track.addItem(self.tr("Technical and financial"), "technisch")
        self.track.setCurrentIndex(max(0, self.track.findData(values.get("track", "sociaal"))))
        self.title = QLineEdit(values.get("title", ""))
        self.goal = QPlainTextEdit(values.get("goal", ""))
        self.approach = QPlainTextEdit(values.get("approach", ""))
        self.tips = QPlainTextEdit("\n".join(values.get("tips", [])))
        self.tips.setPlaceholderText(self.tr("One tip per line"))
        for box, height in ((self.goal, 60), (self.approach, 90), (self.tips, 90)):
            box.setFixedHeight(height)
        self.parties = QListWidget()
        self.parties.setAccessibleName(self.tr("Parties involved"))
        self._party_order = list(values.get("parties", []))  # kept: it is the order shown
        fill_checkable(self.parties, party_types, set(self._party_order))
        self.parties.setFixedHeight(120)
        self.prompt = QLineEdit(values.get("prompt", ""))
        self.prompt.setPlaceholderText(self.tr("A question for the first round of an evening"))
        form = QFormLayout()
        form.addRow(self.tr("&Phase"), self.phase)
        form.addRow(self.tr("T&rack"), self.track)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("&Approach"), self.approach)
        form.addRow(self.tr("T&ips"), self.tips)
        form.addRow(self.tr("Part&ies"), self.parties)
        form.addRow(self.tr("P&rompt"), self.prompt)
        self.finish_layout(form, width=640)

    def values(self) -> dict:
        """The texts as the model takes them."""
        parties = checked_ids(self.parties)
        order = self._party_order  # the knooppunt's own order, then the ones ticked now
        parties.sort(key=lambda p: order.index(p) if p in order else len(order))
        return {"phase": self.phase.currentData(), "track": self.track.currentData(),
                "title": self.title.text().strip(), "goal": self.goal.toPlainText().strip(),
                "approach": self.approach.toPlainText().strip(),
                "tips": [t.strip() for t in self.tips.toPlainText().splitlines() if t.strip()],
                "parties": parties, "prompt": self.prompt.text().strip()}


class LinkDialog(SavingDialog):
    """What serves a knooppunt: tick the clusters, agreements, actions, stakeholders and
    steps to link it to."""

    def __init__(self, title: str, linkable: list[tuple[str, str]], linked: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link “%1”").replace("%1", title))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked to"))
        fill_checkable(self.list, linkable, linked)
        self.list.setMinimumHeight(360)
        self.filter.textChanged.connect(self._filter)
        form = QFormLayout()
        form.addRow(self.tr("&Filter"), self.filter)
        self.finish_layout(form, self.list, width=620)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> set[str]:
        """The ids ticked."""
        return set(checked_ids(self.list))

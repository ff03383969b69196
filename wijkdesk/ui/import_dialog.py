"""The preview before a CSV import: how many notes, new clusters and votes, and the first
lines as they will be added, so that a wrong file is caught before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .common import fit_to_screen

SHOWN_ROWS = 200


class ImportPreviewDialog(QDialog):
    """What importing a CSV will add to the round on screen."""

    def __init__(self, preview, rows, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import insights"))
        # each count with its own plural: "1 inzicht", not "1 inzichten"
        summary = QLabel(self.tr("%1, %2 and %3 will be added to %4.")
                         .replace("%1", self.tr("%n insight(s)", "", preview.insights))
                         .replace("%2", self.tr("%n new cluster(s)", "", preview.clusters_created))
                         .replace("%3", self.tr("%n vote(s)", "", preview.votes))
                         .replace("%4", where))
        summary.setWordWrap(True)
        self.table = QTableWidget(min(len(rows), SHOWN_ROWS), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Text"), self.tr("Table"), self.tr("Cluster"), self.tr("Votes")])
        self.table.setAccessibleName(self.tr("The lines that will be imported"))
        for i, row in enumerate(rows[:SHOWN_ROWS]):
            table = row.table_name or row.table  # a table named by its name: as the file says
            for col, value in enumerate((row.text, table, row.cluster, row.votes or "")):
                self.table.setItem(i, col, QTableWidgetItem(str(value)))
        self.table.setVerticalHeaderLabels([str(r.line) for r in rows[:SHOWN_ROWS]])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        more = QLabel(self.tr("… and %1 more lines.").replace(
            "%1", str(len(rows) - SHOWN_ROWS)))
        more.setVisible(len(rows) > SHOWN_ROWS)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(more)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)

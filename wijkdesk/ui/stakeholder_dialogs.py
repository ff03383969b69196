"""The dialogs of the stakeholder view: a stakeholder, a relation, and the Kumu import preview.

Each dialog only collects values; the view saves them as one undoable step, and a value the
model refuses is said in the dialog, which then stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..model.kinds import PARTICIPATION, SEGMENTS
from .palette import WARNING_TEXT
from .saving_dialog import SavingDialog


class StakeholderDialog(SavingDialog):
    """Name, type, role, influence, interest, segment, participation, contact, notes, phases."""

    def __init__(self, types: list[tuple[str, str]], values: dict | None = None,
                 warn: Callable[[dict], list[str]] | None = None, labels=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self._warn = warn
        self.setWindowTitle(self.tr("Stakeholder") if values.get("name")
                            else self.tr("New stakeholder"))
        self.name = QLineEdit(values.get("name", ""))
        self.type = QComboBox()
        self.type.setEditable(True)  # a type of the project's own may be typed in
        for key, label in types:
            self.type.addItem(label, key)
        current = values.get("type", "overig")
        index = self.type.findData(current)
        if index >= 0:
            self.type.setCurrentIndex(index)
        else:
            self.type.setEditText(current)
        self.role = QLineEdit(values.get("role", ""))
        self.influence = QSpinBox()
        self.influence.setRange(1, 5)
        self.influence.setValue(int(values.get("influence", 3)))
        self.interest = QSpinBox()
        self.interest.setRange(1, 5)
        self.interest.setValue(int(values.get("interest", 3)))
        label = labels or (lambda s: s)
        self.segment = QComboBox()
        for s in SEGMENTS:
            self.segment.addItem(label(s), s)
        self.segment.setCurrentIndex(max(0, self.segment.findData(
            values.get("segment", "middenveld"))))
        self.participation = QComboBox()
        for p in PARTICIPATION:
            self.participation.addItem(label(p), p)
        self.participation.setCurrentIndex(max(0, self.participation.findData(
            values.get("participation", "informeren"))))
        self.contact = QLineEdit(values.get("contact_name", ""))
        self.contact.setToolTip(self.tr("Personal data (AVG): only with consent, left out of "
                                        "exports and anonymised minutes"))
        self.consent = QCheckBox(self.tr("Consent to record this contact"))
        self.consent.setChecked(bool(values.get("contact_consent", False)))
        self.notes = QPlainTextEdit(values.get("notes", ""))
        self.notes.setFixedHeight(90)
        self.phases: dict[int, QCheckBox] = {}
        phases_row = QHBoxLayout()
        chosen = set(values.get("phases") or [])
        for n in range(1, 7):
            box = QCheckBox(str(n))
            box.setChecked(n in chosen)
            box.setAccessibleName(self.tr("Phase %1").replace("%1", str(n)))
            self.phases[n] = box
            phases_row.addWidget(box)
        phases_row.addStretch(1)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_TEXT};")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Influence (1–5)"), self.influence)
        form.addRow(self.tr("Inter&est (1–5)"), self.interest)
        form.addRow(self.tr("&Segment"), self.segment)
        form.addRow(self.tr("&Participation"), self.participation)
        form.addRow(self.tr("&Contact person (personal data)"), self.contact)
        form.addRow("", self.consent)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.tr("Matters in phases"), phases_row)
        self.finish_layout(form, self.warning)
        self.name.textChanged.connect(lambda _t: self._check())
        self._check()

    def values(self) -> dict:
        """What was typed, as model fields."""
        index = self.type.findText(self.type.currentText())
        type_key = self.type.itemData(index) if index >= 0 else self.type.currentText().strip()
        return {"name": self.name.text().strip(), "type": type_key or "overig",
                "role": self.role.text().strip(), "influence": self.influence.value(),
                "interest": self.interest.value(), "segment": self.segment.currentData(),
                "participation": self.participation.currentData(),
                "contact_name": self.contact.text().strip(),
                "contact_consent": self.consent.isChecked(),
                "notes": self.notes.toPlainText().strip(),
                "phases": [n for n, box in self.phases.items() if box.isChecked()]}

    def _check(self) -> None:
        warnings = self._warn(self.values()) if self._warn else []
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))



class RelationDialog(SavingDialog):
    """From, to, type (or a word of one's own), strength 1–3, a note."""

    def __init__(self, people: list[tuple[str, str]], types: list[str],
                 values: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Relation"))
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            for sid, name in people:
                combo.addItem(name, sid)
        self.source.setCurrentIndex(max(0, self.source.findData(values.get("source_id"))))
        self.target.setCurrentIndex(max(0, self.target.findData(values.get("target_id"))))
        self.type = QComboBox()
        self.type.setEditable(True)
        self.type.addItems(types)
        self.type.setCurrentText(values.get("type", types[0] if types else ""))
        self.strength = QSpinBox()
        self.strength.setRange(1, 3)
        self.strength.setValue(int(values.get("strength", 2)))
        self.note = QLineEdit(values.get("note", ""))
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.source)
        form.addRow(self.tr("&To"), self.target)
        form.addRow(self.tr("T&ype"), self.type)
        form.addRow(self.tr("&Strength (1–3)"), self.strength)
        form.addRow(self.tr("&Note"), self.note)
        self.finish_layout(form, width=520)

    def values(self) -> dict:
        """What was chosen, as model fields."""
        return {"source_id": self.source.currentData(), "target_id": self.target.currentData(),
                "type": self.type.currentText().strip(), "strength": self.strength.value(),
                "note": self.note.text().strip()}


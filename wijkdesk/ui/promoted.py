"""How a promoted record is named where its source is shown: "Afspraak 2", "Actiepunt 1",
"Doe-spoor: Buurtbatterij"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model import Project, Record


def promoted_label(kind: str, rec: Record | None) -> str:
    """The short name of an agreement, action point or timeline step."""
    if rec is None:
        return ""
    if kind == "agreement":
        return QCoreApplication.translate("Promoted", "Agreement %1").replace(
            "%1", str(rec.number))
    if kind == "action_item":
        return QCoreApplication.translate("Promoted", "Action point %1").replace(
            "%1", str(rec.number))
    if rec.track == "denk":
        return QCoreApplication.translate("Promoted", "Denk-spoor step")
    return QCoreApplication.translate("Promoted", "Doe-spoor step")


def promoted_index(project: Project) -> dict[str, list[str]]:
    """For every cluster or note something was made from, the names of what (one pass)."""
    out: dict[str, list[str]] = {}
    for kind in ("agreement", "action_item", "timeline_item"):  # board.PROMOTED_KINDS
        for rec in project.all(kind):
            if rec.source_id:
                out.setdefault(rec.source_id, []).append(promoted_label(kind, rec))
    return out

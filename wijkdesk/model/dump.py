"""The canonical dump: all content of a project as sorted, stable JSON.

Two files with the same content give byte-identical dumps, whatever order the edits (or merges)
happened in: records are sorted by id, keys are sorted, clock stamps and devices are left out
(they say when, not what), deleted records are left out, and the conflicts are listed with all
their values. The layout is documented in docs/formats.md.
"""

from __future__ import annotations

import json
from typing import Any

from . import kinds
from .project import Project

DUMP_VERSION = 1


def dump_data(project: Project) -> dict[str, Any]:
    """The dump as Python data."""
    records: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(kinds.KINDS):
        rows = [dict(r) for r in project.all(name)]
        for row in rows:
            row.pop("deleted", None)
        records[name] = sorted(rows, key=lambda r: r["id"])
    conflicts = sorted(
        (
            {
                "kind": c.kind,
                "id": c.id,
                "field": c.field,
                "values": sorted(
                    (v.value for v in c["values"]),
                    key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False),
                ),
            }
            for c in project.conflicts()
        ),
        key=lambda c: (c["kind"], c["id"], c["field"]),
    )
    return {
        "dump_version": DUMP_VERSION,
        "project_id": project.id,
        "records": records,
        "conflicts": conflicts,
    }


def dump_text(project: Project) -> str:
    """The dump as canonical JSON text (UTF-8, sorted keys, one trailing newline)."""
    return json.dumps(dump_data(project), sort_keys=True, ensure_ascii=False, indent=1) + "\n"

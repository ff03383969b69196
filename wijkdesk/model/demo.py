"""The demo project: a fictional Dutch wijk with two evenings (content in demo_data.py)."""

from __future__ import annotations

from pathlib import Path

from . import demo_data as d
from . import timeline
from .project import Project

CLUSTER_WIDTH = 360.0
CARD_HEIGHT = 130.0


def build_demo(path: str | Path, *, device: str | None = None) -> Project:
    """Write the demo project to a new file at path and return it, open."""
    project = Project.create(path, d.PROJECT["name"], device=device,
                             wijk=d.PROJECT["wijk"], municipality=d.PROJECT["municipality"],
                             description=d.PROJECT["description"])
    with project.batch():
        for number, (start, end) in sorted(d.PHASE_SPANS.items()):
            project.add("phase_span", number=number, start=start, end=end)
        stakeholders = {}
        for i, s in enumerate(d.STAKEHOLDERS):
            stakeholders[s["key"]] = project.add(
                "stakeholder", name=s["name"], type=s["type"], role=s["role"],
                influence=s["influence"], interest=s["interest"], segment=s["segment"],
                participation=s["participation"], contact_name=s["contact_name"],
                notes=s["notes"], phases=list(s["phases"]),
                x=float((i % 5) * 260), y=float((i // 5) * 200))
        for source, target, typ, strength, note in d.RELATIONS:
            project.add("relation", source_id=stakeholders[source],
                        target_id=stakeholders[target], type=typ, strength=strength, note=note)
        from .stakeholders import layout

        # The network as the facilitator would leave it: laid out, not in a grid.
        scale = max(600.0, 240.0 * len(stakeholders) ** 0.5)
        for stakeholder_id, (x, y) in layout(project, "spring", scale=scale).items():
            project.update("stakeholder", stakeholder_id, x=x, y=y)
        items = {}
        for t in d.TIMELINE:
            owner = stakeholders.get(t["owner"]) if t["owner"] else None
            items[t["key"]] = timeline.add_item(
                project, track=t["track"], kind=t["kind"], title=t["title"],
                start=t["start"], end=t["end"], owner_id=owner, status=t["status"],
                postponed=t["postponed"], phase=t["phase"], note=t["note"])
        for before, after in d.DEPENDENCIES:
            timeline.add_dependency(project, items[before], items[after])
        evenings = {}
        for b in d.BIJEENKOMSTEN:
            evenings[b["key"]] = _evening(project, b)
        _follow_up(project, evenings, stakeholders)
        for n in d.NOTES:
            project.add("note", bijeenkomst_id=evenings.get(n["bijeenkomst"]),
                        title=n["title"], text=n["text"])
        for step, kind, what in d.LINKS:
            timeline.add_link(project, items[step],
                              _link_target(project, kind, what, evenings, stakeholders, items))
        _kompas(project, evenings, stakeholders, items)
    return project


def _kompas(project: Project, evenings: dict[str, str], stakeholders: dict[str, str],
            items: dict[str, str]) -> None:
    """The Wijkkompas of the demo: statuses (phase 1 mostly done, phase 2 under way, so the
    statuses give phase 2), one knooppunt of the facilitator's own, links and two APKs."""
    from . import kompas
    from .board import EditLog

    log = EditLog(project)  # the demo is not undone; the kompas edits want a log
    starters = kompas.starter_set()
    by_key = {k.key: k for k in starters}
    cells: dict[tuple[int, str], list[kompas.Knooppunt]] = {}
    for k in starters:
        cells.setdefault((k.phase, k.track), []).append(k)
    ids: dict[str, str] = {}
    used: set[str] = set()
    for key, (phase, track, index), status, date, note in d.KOMPAS:
        found = by_key.get(key)
        if found is None:  # another starter set: the same place in the grid, if there is one
            cell = cells.get((phase, track), [])
            found = cell[index] if index < len(cell) else None
        if found is None or found.id in used:
            continue
        used.add(found.id)
        ids[key] = found.id
        kompas.set_status(log, found.id, status, date=date, note=note)
    for phase, track, title, goal, approach, status, note in d.KOMPAS_OWN:
        ids[title] = kompas.add_knooppunt(log, phase, track, title, goal=goal,
                                          approach=approach, status=status, note=note)
    for key, kind, what in d.KOMPAS_LINKS:
        if key in ids:
            kompas.link(log, ids[key],
                        _link_target(project, kind, what, evenings, stakeholders, items))
    for apk in d.APKS:
        kompas.save_apk(log, evenings[apk["bijeenkomst"]], None, apk["scores"], apk["notes"],
                        apk["summary"])


def _link_target(project: Project, kind: str, what, evenings: dict[str, str],
                 stakeholders: dict[str, str], items: dict[str, str]) -> str:
    """The id of a demo link's target (see ``demo_data.LINKS``)."""
    if kind == "cluster":
        return project.all("cluster", name=what)[0].id
    if kind in ("agreement", "action_item"):
        evening, number = what
        return project.all(kind, bijeenkomst_id=evenings[evening], number=number)[0].id
    return (stakeholders if kind == "stakeholder" else items)[what]


def _follow_up(project: Project, evenings: dict[str, str],
               stakeholders: dict[str, str]) -> None:
    """Wie, wanneer, status and source of the agreements and actions (``d.FOLLOW_UP``)."""
    for (evening, kind, number), f in d.FOLLOW_UP.items():
        rec = project.all(kind, bijeenkomst_id=evenings[evening], number=number)[0]
        fields = {k: f[k] for k in ("due", "status") if k in f}
        if "party" in f:
            party = stakeholders[f["party"]]
            fields.update(who_id=party, who=project.get("stakeholder", party).name)
        elif "who" in f:
            fields["who"] = f["who"]
        if "source" in f:
            fields["source_id"] = project.all("cluster", name=f["source"])[0].id
        project.update(kind, rec.id, **fields)


def _evening(project: Project, b: dict) -> str:
    evening = project.add(
        "bijeenkomst", title=b["title"], date=b["date"], place=b["place"], chair=b["chair"],
        minute_taker=b["minute_taker"], format=b["format"], agenda=b["agenda"],
        tables=b["tables"], next_meeting=b["next_meeting"])
    # The programme: agenda items, each with its rounds (and their timers) in order.
    placed: dict[int, tuple[str, int, int, bool]] = {}
    for position, (title, minutes, who, rounds) in enumerate(b.get("programme", [])):
        item = project.add("agenda_item", bijeenkomst_id=evening, title=title,
                           minutes=minutes, who=who, position=position)
        for n, (index, timer, autostart) in enumerate(rounds):
            placed[index] = (item, n, timer, autostart)
    for position, r in enumerate(b["rounds"]):
        item, at, timer, autostart = placed.get(position, (None, position, 0, False))
        round_id = project.add("round", bijeenkomst_id=evening, prompt=r["prompt"],
                               position=at, format=r["format"], stage=r["stage"],
                               agenda_item_id=item, minutes=timer, autostart=autostart)
        for ci, c in enumerate(r["clusters"]):
            x = ci * CLUSTER_WIDTH
            cluster = project.add("cluster", round_id=round_id, name=c["name"], x=x, y=0.0,
                                  phase=c.get("phase"), track=c.get("track") or "")
            for ii, (table, text) in enumerate(c["insights"]):
                project.add("insight", round_id=round_id, text=text, table=table,
                            cluster_id=cluster, x=x + 10, y=60.0 + ii * CARD_HEIGHT,
                            phase=c.get("phase"), track=c.get("track") or "")
            if c["votes"]:
                project.add("vote", round_id=round_id, target_id=cluster, count=c["votes"])
        for li, (table, text) in enumerate(r["loose"]):
            project.add("insight", round_id=round_id, text=text, table=table,
                        x=(li % 6) * 240.0, y=900.0 + (li // 6) * CARD_HEIGHT)
    for number, text in enumerate(b["agreements"], start=1):
        project.add("agreement", bijeenkomst_id=evening, number=number, text=text)
    for number, a in enumerate(b["actions"], start=1):
        project.add("action_item", bijeenkomst_id=evening, number=number, what=a["what"],
                    who=a["who"], due=a["due"], status=a["status"], postponed=a["postponed"])
    for a in b["attendance"]:
        project.add("attendance", bijeenkomst_id=evening, group=a["group"],
                    organisation=a["organisation"], role=a["role"], count=a["count"])
    for a in b["absent"]:
        project.add("attendance", bijeenkomst_id=evening, group="afgemeld",
                    organisation=a["organisation"], role=a["role"], count=1,
                    absent_with_notice=True)
    return evening

"""The stakeholder network: types, checks, the graph, layouts and an analysis.

Reference lists (types, relation verbs, resident groups, the checklist of typical parties) come
from ``resources/templates/stakeholders.json`` with a built-in fallback, like ``templates.py``.

A stakeholder's ``type`` is stored as a type *key* ("vve"); a label or an alias ("VvE",
"vereniging van eigenaars") counts as the same type everywhere (``type_key``), and a type a
facilitator typed that is in no list is kept and shown as typed.

``graph`` returns a ``networkx.MultiDiGraph``: two parties can have several relations of
different types (the gemeente *regisseert* and *financiert* the corporatie), so the graph keeps
one edge per relation, keyed by the relation's id. networkx is imported on first use only.

The exports and the Kumu import live in ``network_export.py`` and ``kumu_import.py``; their
public names are importable from here as well (see the end of this module).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .kinds import SEGMENTS
from .project import Project, Record
from .templates import templates_dir

if TYPE_CHECKING:
    import networkx as nx

#: The seed of every layout that needs one: the same network always gets the same picture.
SEED = 20260917
LAYOUTS = ("spring", "kamada_kawai", "grouped")
#: how the spring layout calls networkx (the benchmark times this very call as its baseline)
SPRING_ARGS = {"iterations": 100, "weight": "weight", "method": "force"}

# -- reference lists ----------------------------------------------------------------------


@dataclass(frozen=True)
class StakeholderType:
    """A kind of party: its stored key, the label shown, whether every wijkaanpak needs one."""

    key: str
    label: str
    typical: bool
    description: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    """A type every wijkaanpak should have in view, and why (one line)."""

    key: str
    why: str


_BUILT_IN_TYPES: tuple[StakeholderType, ...] = (
    StakeholderType("gemeente", "Gemeente", True,
                    "Regisseur van de warmtetransitie; schrijft de Transitievisie Warmte en het "
                    "wijkuitvoeringsplan.", ("gemeenteraad", "municipality")),
    StakeholderType("netbeheerder", "Netbeheerder", True,
                    "Beheert het gas- en elektriciteitsnet; kent de netcapaciteit en de planning "
                    "van vervanging.", ("netbeheer", "grid operator")),
    StakeholderType("woningcorporatie", "Woningcorporatie", True,
                    "Eigenaar van huurwoningen; voor een renovatie per complex is instemming van "
                    "70% van de huurders nodig.",
                    ("corporatie", "woonstichting", "housing association")),
    StakeholderType("huurdersvereniging", "Huurdersvereniging", True,
                    "Vertegenwoordigt de huurders tegenover de corporatie; heeft adviesrecht.",
                    ("huurdersorganisatie", "bewonerscommissie", "tenants association")),
    StakeholderType("vve", "VvE", True,
                    "Vereniging van eigenaars van een appartementencomplex; besluit in de "
                    "ledenvergadering en is vaak lastig te bereiken.",
                    ("vereniging van eigenaars", "vereniging van eigenaren",
                     "owners association")),
    StakeholderType("energiecooperatie", "Energiecoöperatie/bewonersinitiatief", True,
                    "Bewoners die zelf iets organiseren: energiecoaches, collectieve inkoop, een "
                    "eigen warmtenet.",
                    ("energiecoöperatie", "bewonersinitiatief", "energy cooperative")),
    StakeholderType("warmtebedrijf", "Warmtebedrijf", False,
                    "Legt een warmtenet aan of exploiteert het; alleen in beeld als een warmtenet "
                    "een optie is.", ("warmteleverancier", "heat company")),
    StakeholderType("wijkteam", "Wijkteam/zorg en welzijn", True,
                    "Bereikt kwetsbare en oudere bewoners; koppelkansen met armoede, schulden en "
                    "eenzaamheid.", ("zorg en welzijn", "welzijn", "welzijnsorganisatie")),
    StakeholderType("school", "School", False,
                    "Gebouw en ontmoetingsplek in de wijk; kinderen kunnen het verhaal mee naar "
                    "huis nemen.", ("scholen", "basisschool")),
    StakeholderType("ondernemers", "Ondernemers", True,
                    "Lokale ondernemers en eigenaren van bedrijfspanden; hun gebouwen horen ook "
                    "bij de wijk.", ("lokale ondernemers", "winkeliers", "bedrijven")),
    StakeholderType("energieloket", "Energieloket", True,
                    "Onafhankelijk advies voor bewoners: warmtescans, subsidies, wat kan ik nu al "
                    "doen.", ("energy advice desk",)),
    StakeholderType("bewonersgroep", "Bewonersgroep", True,
                    "Een groep bewoners met een eigen stem: een straat, een buurt, een comité.",
                    ("bewoners", "straatgroep", "bewonerscomité", "residents")),
    StakeholderType("overig", "Overig", False,
                    "Alle andere partijen, bijvoorbeeld het waterschap of een landelijk "
                    "programma.", ("anders", "other")),
)
_BUILT_IN_RELATIONS = ("regisseert", "financiert", "adviseert", "vertegenwoordigt", "beheert",
                       "levert", "stemt in", "informeert", "ondersteunt", "is eigenaar van")
#: The types that speak for residents (built in; ``resident_types()`` reads the file's list).
RESIDENT_TYPES = frozenset({"bewonersgroep", "huurdersvereniging", "vve", "energiecooperatie"})
_BUILT_IN_CHECKLIST = (
    ChecklistItem("gemeente", "Zonder regisseur geen besluiten: wie houdt het proces bij elkaar "
                              "en stelt het plan vast?"),
    ChecklistItem("netbeheerder", "Het net bepaalt wat technisch kan en wanneer de straat toch "
                                  "al open gaat."),
    ChecklistItem("woningcorporatie", "Waar huurwoningen staan, beslist de eigenaar mee over "
                                      "tempo en aanpak."),
    ChecklistItem("huurdersvereniging", "Huurders moeten instemmen; hun vertegenwoordiger hoort "
                                        "vanaf het begin aan tafel."),
    ChecklistItem("vve", "Appartementseigenaren besluiten samen en traag: vroeg beginnen "
                         "voorkomt vertraging."),
    ChecklistItem("energiecooperatie", "Actieve bewoners trekken anderen mee en kennen de wijk "
                                       "van binnenuit."),
    ChecklistItem("wijkteam", "Zo komen ook bewoners in beeld die niet naar een avond komen."),
    ChecklistItem("ondernemers", "Panden van ondernemers en beleggers horen ook bij de wijk en "
                                 "hebben hun eigen vragen."),
    ChecklistItem("energieloket", "Bewoners willen weten wat ze nu al kunnen doen en bij wie ze "
                                  "terecht kunnen."),
    ChecklistItem("bewonersgroep", "Denk vanuit de bewoners: ook het middenveld en de critici "
                                   "verdienen een stem."),
)
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


def _text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= limit


@cache
def _load(path: Path | None) -> dict[str, Any]:
    """The template file as data, or {} when it is missing or not a JSON object."""
    try:
        data = json.loads((path or templates_dir() / "stakeholders.json").read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse_type(item: Any) -> StakeholderType | None:
    if not (isinstance(item, dict) and isinstance(item.get("key"), str)
            and _KEY.fullmatch(item["key"]) and _text(item.get("label"), 80)
            and isinstance(item.get("typical"), bool)
            and isinstance(item.get("description", ""), str)):
        return None
    aliases = item.get("aliases", [])
    if not (isinstance(aliases, list) and all(_text(a, 80) for a in aliases)):
        return None
    return StakeholderType(item["key"], item["label"].strip(), item["typical"],
                           item.get("description", "")[:300], tuple(aliases))


@cache
def stakeholder_types(path: Path | None = None) -> dict[str, StakeholderType]:
    """The stakeholder types by key, in the file's order (built in when the file is unfit).

    The file's list is taken whole or not at all; "overig" is always there, since imports map
    types they do not know to it.
    """
    found = _load(path).get("types")
    if isinstance(found, list) and found:
        parsed = [_parse_type(item) for item in found]
        if all(parsed) and len({t.key for t in parsed if t}) == len(parsed):
            out = {t.key: t for t in parsed if t}
            if "overig" not in out:
                out["overig"] = _BUILT_IN_TYPES[-1]
            return out
    return {t.key: t for t in _BUILT_IN_TYPES}


@cache
def relation_types(path: Path | None = None) -> tuple[str, ...]:
    """The relation verbs offered (a relation may have another type, typed by the user)."""
    found = _load(path).get("relation_types")
    if isinstance(found, list) and found and all(_text(v, 80) for v in found):
        return tuple(dict.fromkeys(v.strip() for v in found))
    return _BUILT_IN_RELATIONS


@cache
def resident_types(path: Path | None = None) -> frozenset[str]:
    """The keys of the types that speak for residents (bewonersgroep, VvE, …)."""
    types = stakeholder_types(path)
    found = _load(path).get("resident_types")
    if isinstance(found, list) and found and all(k in types for k in found):
        return frozenset(found)
    return frozenset(k for k in RESIDENT_TYPES if k in types) or RESIDENT_TYPES


@cache
def checklist(path: Path | None = None) -> tuple[ChecklistItem, ...]:
    """The typical parties with a one-line why, in the file's order.

    Every typical type is on it: one the file's checklist leaves out gets its description.
    """
    types = stakeholder_types(path)
    found = _load(path).get("checklist")
    items: list[ChecklistItem] = []
    if isinstance(found, list) and all(
            isinstance(i, dict) and i.get("key") in types and _text(i.get("why"), 300)
            for i in found):
        items = [ChecklistItem(i["key"], i["why"].strip()) for i in found]
    elif types.keys() == {t.key for t in _BUILT_IN_TYPES}:
        items = list(_BUILT_IN_CHECKLIST)
    listed = {i.key for i in items}
    items += [ChecklistItem(t.key, t.description) for t in types.values()
              if t.typical and t.key not in listed]
    return tuple(dict((i.key, i) for i in items).values())


def _fold(text: str) -> str:
    """Compare types without case, accents, spaces or punctuation ("VvE" ~ "v.v.e.")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalnum())


@cache
def _type_index(path: Path | None) -> dict[str, str]:
    index: dict[str, str] = {}
    for t in stakeholder_types(path).values():
        for name in (*t.aliases, t.label, t.key):  # a key wins over another type's alias
            index[_fold(name)] = t.key
    return index


def type_key(value: str, path: Path | None = None) -> str:
    """The type key for a stored type, a label or an alias; anything else as typed (stripped)."""
    value = (value or "").strip()
    return _type_index(path).get(_fold(value), value) if value else "overig"


def type_label(key: str, path: Path | None = None) -> str:
    """The label of a type (key, label or alias); an unknown type shows as typed."""
    t = stakeholder_types(path).get(type_key(key, path))
    return t.label if t is not None else (key or "").strip()


def is_resident_type(value: str) -> bool:
    """Whether a stored type speaks for residents."""
    return type_key(value) in resident_types()


#: Colours per type (colour-blind safe first, then distinct extras); the UI may share them.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            "#7F3C8D", "#8C564B", "#17BECF", "#B5BD00", "#E73F74", "#1F3B73")
_OTHER_COLOUR = "#999999"


def type_colour(value: str) -> str:
    """A stable colour (``#rrggbb``) for a type: fixed for the listed ones, hashed for others."""
    key = type_key(value)
    keys = [k for k in stakeholder_types() if k != "overig"]
    if key == "overig":
        return _OTHER_COLOUR
    if key in keys and keys.index(key) < len(_PALETTE):
        return _PALETTE[keys.index(key)]
    return _PALETTE[zlib.crc32(_fold(key).encode("utf-8")) % len(_PALETTE)]


# -- checks -------------------------------------------------------------------------------


def _fold_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_stakeholder(project: Project, fields: dict[str, Any],
                      stakeholder_id: str | None = None) -> list[str]:
    """Warnings about a stakeholder about to be added (or, with its id, changed).

    Warnings are codes the user may ignore (saving is still allowed):

    * ``"name_exists"`` — another live stakeholder has the same name (ignoring case and
      spaces).

    Values that break the rules (influence or interest outside 1–5, an unknown segment, …) are
    not checked here: ``project.add`` and ``project.update`` refuse them with ValidationError.
    """
    warnings: list[str] = []
    name = fields.get("name")
    if isinstance(name, str) and _fold_name(name):
        wanted = _fold_name(name)
        if any(_fold_name(s.name) == wanted for s in project.all("stakeholder")
               if s.id != stakeholder_id):
            warnings.append("name_exists")
    return warnings


def _live_stakeholder(project: Project, stakeholder_id: str) -> Record:
    rec = project.get("stakeholder", stakeholder_id) if isinstance(stakeholder_id, str) else None
    if rec is None or rec.deleted:
        raise ValidationError("unknown_stakeholder", id=str(stakeholder_id))
    return rec


def check_relation(project: Project, source_id: str, target_id: str, rel_type: str,
                   relation_id: str | None = None) -> None:
    """Refuse a relation that cannot be: ValidationError, else nothing.

    Refused: an unknown or deleted stakeholder at either end (``unknown_stakeholder``), a
    relation from a stakeholder to itself (``relation_to_itself``) and a second relation with
    the same source, target and type (``relation_exists``; the type compared without case).
    ``relation_id`` is the relation being edited, which does not count as its own duplicate.
    """
    source = _live_stakeholder(project, source_id)
    target = _live_stakeholder(project, target_id)
    if source_id == target_id:
        raise ValidationError("relation_to_itself", name=source.name)
    wanted = _fold_name(rel_type or "")
    for rel in project.all("relation", source_id=source_id, target_id=target_id):
        if rel.id != relation_id and _fold_name(rel.type) == wanted:
            raise ValidationError("relation_exists", type=rel.type, source=source.name,
                                  target=target.name)


def add_relation(project: Project, source_id: str, target_id: str, rel_type: str,
                 strength: int = 2, note: str = "") -> str:
    """Check a relation and add it, in one transaction; returns its id."""
    with project.batch():
        check_relation(project, source_id, target_id, rel_type)
        return project.add("relation", source_id=source_id, target_id=target_id,
                           type=(rel_type or "").strip(), strength=strength, note=note)


# -- the graph ----------------------------------------------------------------------------


def network(project: Project) -> tuple[list[Record], list[Record]]:
    """The live stakeholders and the live relations between two of them, in creation order."""
    parties = project.all("stakeholder")
    ids = {s.id for s in parties}
    relations = [r for r in project.all("relation")
                 if r.source_id in ids and r.target_id in ids]
    return parties, relations


def node_attributes(s: Record, *, personal: bool = False) -> dict[str, Any]:
    """A stakeholder as flat attributes (no None, no lists) for GraphML, GEXF and CSV."""
    key = type_key(s.type)
    out: dict[str, Any] = {
        "name": s.name, "type": key, "type_label": type_label(key), "role": s.role,
        "influence": int(s.influence), "interest": int(s.interest), "segment": s.segment,
        "participation": s.participation, "phases": ",".join(str(p) for p in s.phases),
        "x": float(s.x), "y": float(s.y), "notes": s.notes,
    }
    if personal and s.contact_consent and s.contact_name:
        out["contact_name"] = s.contact_name
    return out


def graph(project: Project, *, personal: bool = False) -> nx.MultiDiGraph:
    """The network as a ``networkx.MultiDiGraph``: nodes by stakeholder id, edges keyed by
    relation id (several relations between two parties are kept apart).

    Node attributes: name, type (key), type_label, role, influence, interest, segment,
    participation, phases ("1,2,3"), x, y, notes — and contact_name only with ``personal``
    *and* the contact's consent (AVG: left out by default). Edge attributes: type, strength,
    note. Graph attributes: name and wijk of the project. Deleted records are left out.
    """
    import networkx as nx

    info = project.info()
    g = nx.MultiDiGraph(name=info.name, wijk=info.wijk)
    parties, relations = network(project)
    for s in parties:
        g.add_node(s.id, **node_attributes(s, personal=personal))
    for r in relations:
        g.add_edge(r.source_id, r.target_id, key=r.id, type=r.type, strength=int(r.strength),
                   note=r.note)
    return g


def _simple(g: nx.MultiDiGraph, nodes: Iterable[str] | None = None) -> nx.Graph:
    """The undirected view without parallel edges; an edge's weight is its strongest relation."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(g.nodes if nodes is None else nodes)
    for u, v, data in g.edges(data=True):
        if u == v or u not in simple or v not in simple:
            continue
        w = float(data.get("strength", 1))
        if not simple.has_edge(u, v) or simple[u][v]["weight"] < w:
            simple.add_edge(u, v, weight=w)
    return simple


# -- layouts ------------------------------------------------------------------------------


def layout(project: Project, method: str, *, ids: list[str] | None = None,
           keep: set[str] | frozenset[str] = frozenset(),
           scale: float = 600.0) -> dict[str, tuple[float, float]]:
    """New positions (scene units) for the stakeholders ``ids`` (default: all), by ``method``.

    * ``"spring"`` — networkx's Fruchterman–Reingold (seed fixed), stronger relations pull
      harder; parties without relations in a row underneath.
    * ``"kamada_kawai"`` — the Kamada–Kawai energy (ideal distance proportional to the number
      of steps between two parties), minimised by stress majorization in numpy: networkx's own
      function needs scipy, which wijkdesk does not ship, and this one can hold nodes fixed.
    * ``"grouped"`` — one cluster per type: the types on a circle in the list's order (custom
      types after them), the members on a small circle around their type's centre, by name.

    ``keep``: stakeholders that must not move. They are returned at their stored x, y; the others
    are placed around them (spring: networkx ``fixed=``/``pos=``; kamada_kawai: only the free
    nodes are solved for, the kept ones hold their spot and their spacing sets the scale;
    grouped: the grouped picture is shifted so that the kept nodes' places in it are centred on
    where they really are). Without ``keep`` the positions are centred on (0, 0) and the
    network reaches about ``scale`` from it (spring's row of loose parties comes on top).
    Only relations between the laid-out stakeholders count. The same input always gives the
    same output. Ids that are no live stakeholder are ignored.
    """
    if method not in LAYOUTS:
        raise ValidationError("bad_choice", field="layout", value=method)
    parties, relations = network(project)
    by_id = {s.id: s for s in parties}
    wanted = by_id.keys() if ids is None else {i for i in ids if i in by_id}
    # By name first: the same network gives the same picture in any file (ids are random).
    nodes = sorted(wanted, key=lambda i: (by_id[i].name, i))
    if not nodes:
        return {}
    kept = sorted(k for k in keep if k in wanted)
    current = {k: (float(by_id[k].x), float(by_id[k].y)) for k in kept}
    if len(kept) == len(nodes):
        return current
    if method == "grouped":
        pos = _grouped(nodes, by_id, scale)
        if kept:
            dx = sum(current[k][0] - pos[k][0] for k in kept) / len(kept)
            dy = sum(current[k][1] - pos[k][1] for k in kept) / len(kept)
            pos = {n: (x + dx, y + dy) for n, (x, y) in pos.items()}
    else:
        import networkx as nx

        g = nx.MultiDiGraph()
        g.add_nodes_from(nodes)
        g.add_edges_from((r.source_id, r.target_id, {"strength": r.strength}) for r in relations)
        simple = _simple(g, nodes)
        if method == "spring":
            pos = _spring(simple, nodes, current, scale)
        else:
            pos = _stress(simple, nodes, current, scale)
    pos.update(current)
    return {n: (float(pos[n][0]), float(pos[n][1])) for n in nodes}


def _centred(pos: dict[str, tuple[float, float]], scale: float) -> dict[str, tuple[float, float]]:
    """Centre on (0, 0) and stretch so that the furthest coordinate is ``scale``."""
    n = len(pos)
    cx = sum(x for x, _ in pos.values()) / n
    cy = sum(y for _, y in pos.values()) / n
    reach = max(max(abs(x - cx), abs(y - cy)) for x, y in pos.values())
    f = scale / reach if reach > 1e-9 else 0.0
    return {k: ((x - cx) * f, (y - cy) * f) for k, (x, y) in pos.items()}


def _spring(simple: nx.Graph, nodes: list[str], kept: dict[str, tuple[float, float]],
            scale: float) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold for the connected parties; loose ones in a row underneath.

    (A party without relations would otherwise drift to the edge and squeeze the rest.)
    """
    import networkx as nx

    loose = [n for n in nodes if simple.degree(n) == 0 and n not in kept]
    core = [n for n in nodes if n not in loose]
    pos: dict[str, tuple[float, float]] = {}
    try:
        if len(core) == 1:
            pos = {core[0]: kept.get(core[0], (0.0, 0.0))}
        elif core and not kept:
            found = nx.spring_layout(simple.subgraph(core), seed=SEED, **SPRING_ARGS)
            pos = _centred({n: (float(found[n][0]), float(found[n][1])) for n in core}, scale)
        elif core:
            import numpy as np

            # Free nodes start at seeded random spots in a box around the kept ones.
            rng = np.random.default_rng(SEED)
            cx = sum(x for x, _ in kept.values()) / len(kept)
            cy = sum(y for _, y in kept.values()) / len(kept)
            start = {n: kept.get(n) or (cx + float(a) * scale, cy + float(b) * scale)
                     for n, (a, b) in zip(core, rng.uniform(-1, 1, (len(core), 2)),
                                          strict=True)}
            found = nx.spring_layout(simple.subgraph(core), pos=start, fixed=list(kept),
                                     seed=SEED, k=scale / math.sqrt(len(core)), **SPRING_ARGS)
            pos = {n: (float(found[n][0]), float(found[n][1])) for n in core}
    except ImportError:  # networkx wants scipy for 500+ nodes: use the stress layout instead
        return _stress(simple, nodes, kept, scale)
    return _row_below(pos, loose, centre=not kept)


def _row_below(pos: dict[str, tuple[float, float]], loose: list[str], *,
               centre: bool, step: float = 180.0) -> dict[str, tuple[float, float]]:
    """Add the loose nodes in rows of eight below the others (optionally centring the whole)."""
    if not loose:
        return pos
    xs = [x for x, _ in pos.values()] or [0.0]
    ys = [y for _, y in pos.values()]
    top = max(ys) + step * 1.2 if ys else 0.0
    middle = (min(xs) + max(xs)) / 2
    per_row = min(8, len(loose))
    out = dict(pos)
    for i, n in enumerate(loose):
        out[n] = (middle + (i % per_row - (per_row - 1) / 2) * step, top + (i // per_row) * step)
    if centre:
        xs = [x for x, _ in out.values()]
        ys = [y for _, y in out.values()]
        dx, dy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        out = {n: (x - dx, y - dy) for n, (x, y) in out.items()}
    return out


def _stress(simple: nx.Graph, nodes: list[str], kept: dict[str, tuple[float, float]],
            scale: float, iterations: int = 400) -> dict[str, tuple[float, float]]:
    """Kamada–Kawai by stress majorization (SMACOF): weights 1/d², kept nodes fixed."""
    import networkx as nx
    import numpy as np

    n = len(nodes)
    if n == 1:
        return {nodes[0]: kept.get(nodes[0], (0.0, 0.0))}
    index = {v: i for i, v in enumerate(nodes)}
    hops = np.full((n, n), np.inf)
    for source, lengths in nx.all_pairs_shortest_path_length(simple):
        for target, d in lengths.items():
            hops[index[source], index[target]] = d
    finite = hops[np.isfinite(hops)]
    longest = float(finite.max()) if finite.size else 1.0
    hops[~np.isfinite(hops)] = longest + 1  # parts that are not connected: a step apart
    np.fill_diagonal(hops, 0.0)
    fixed = np.array([v in kept for v in nodes])
    # The length of one step: what the kept nodes show, else what fills ``scale``.
    unit = 2 * scale / max(longest + 1, 2)
    pairs = [(index[a], index[b]) for i, a in enumerate(kept) for b in list(kept)[i + 1:]]
    ratios = [math.dist(kept[nodes[i]], kept[nodes[j]]) / hops[i, j] for i, j in pairs]
    if ratios and float(np.median(ratios)) > 1e-6:
        unit = float(np.median(ratios))
    dist = hops * unit
    weight = np.zeros((n, n))
    off = ~np.eye(n, dtype=bool)
    weight[off] = dist[off] ** -2.0
    lap = -weight.copy()
    np.fill_diagonal(lap, weight.sum(axis=1))
    angles = 2 * np.pi * np.arange(n) / n
    radius = unit * max(longest, 1) / 2
    x = np.column_stack([np.cos(angles), np.sin(angles)]) * radius
    if kept:
        centre = np.mean([kept[v] for v in kept], axis=0)
        x = x + centre
        for v, p in kept.items():
            x[index[v]] = p
    free = ~fixed
    # Kept nodes: solve for the free ones only (their block is invertible); else pseudo-inverse.
    solve = np.linalg.inv(lap[np.ix_(free, free)]) if fixed.any() else np.linalg.pinv(lap)

    def stress(z: np.ndarray) -> float:
        d = np.linalg.norm(z[:, None, :] - z[None, :, :], axis=2)
        return float((weight * (d - dist) ** 2)[off].sum()) / 2

    before = stress(x)
    for _ in range(iterations):
        d = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=2)
        with np.errstate(divide="ignore", invalid="ignore"):
            b = np.where(d > 1e-9, -weight * dist / d, 0.0)
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        bx = b @ x
        if fixed.any():
            new = x.copy()
            new[free] = solve @ (bx[free] - lap[np.ix_(free, fixed)] @ x[fixed])
        else:
            new = solve @ bx
        after = stress(new)
        x = new
        if before - after <= 1e-7 * max(before, 1e-12):
            break
        before = after
    pos = {v: (float(x[i, 0]), float(x[i, 1])) for v, i in index.items()}
    return pos if kept else _centred(pos, scale)


def _grouped(nodes: list[str], by_id: dict[str, Record],
             scale: float) -> dict[str, tuple[float, float]]:
    """Types on a circle, members around their type's centre."""
    order = list(stakeholder_types())
    groups: dict[str, list[Record]] = {}
    for v in nodes:
        groups.setdefault(type_key(by_id[v].type), []).append(by_id[v])
    keys = sorted(groups, key=lambda k: (order.index(k) if k in order else len(order),
                                         _fold(k), k))
    spacing = 110.0  # between neighbours around a type's centre, in scene units
    radii = {k: 0.0 if len(groups[k]) == 1 else
             max(90.0, spacing * len(groups[k]) / (2 * math.pi)) for k in keys}
    if len(keys) == 1:
        ring = 0.0
    else:
        needed = sum(2 * radii[k] + 140.0 for k in keys) / (2 * math.pi)
        ring = max(scale, needed)
    pos: dict[str, tuple[float, float]] = {}
    for i, k in enumerate(keys):
        a = -math.pi / 2 + 2 * math.pi * i / len(keys)
        cx, cy = ring * math.cos(a), ring * math.sin(a)
        members = sorted(groups[k], key=lambda s: (_fold_name(s.name), s.id))
        for j, s in enumerate(members):
            b = -math.pi / 2 + 2 * math.pi * j / len(members)
            pos[s.id] = (cx + radii[k] * math.cos(b), cy + radii[k] * math.sin(b))
    return pos


# -- analysis -----------------------------------------------------------------------------


@dataclass
class Analysis:
    """What the network shows; lists hold stakeholder ids (types: type keys).

    * brokers — parties many shortest paths run through (betweenness centrality, normalised,
      on the undirected network), those above 0, highest first.
    * isolated — parties without any relation.
    * no_path_to_residents — parties with no path (either direction) to any resident group;
      resident groups themselves are never listed; empty when there are no resident groups at
      all, which ``no_resident_groups`` says.
    * per_segment — how many parties per segment (willen / middenveld / niet willen).
    * missing_types — typical types (the checklist) no party in the network has.
    """

    brokers: list[tuple[str, float]] = field(default_factory=list)
    isolated: list[str] = field(default_factory=list)
    no_path_to_residents: list[str] = field(default_factory=list)
    no_resident_groups: bool = False
    per_segment: dict[str, int] = field(default_factory=dict)
    missing_types: list[str] = field(default_factory=list)


def analysis(project: Project) -> Analysis:
    """Analyse the stakeholder network (see ``Analysis``)."""
    import networkx as nx

    g = graph(project)
    order = list(g.nodes)
    simple = _simple(g)
    names = {v: _fold_name(g.nodes[v]["name"]) for v in order}
    result = Analysis(per_segment={s: 0 for s in SEGMENTS})
    for v in order:
        segment = g.nodes[v]["segment"]
        result.per_segment[segment] = result.per_segment.get(segment, 0) + 1
    if len(simple) > 2:
        between = nx.betweenness_centrality(simple, normalized=True)
        result.brokers = sorted(((v, float(c)) for v, c in between.items() if c > 1e-12),
                                key=lambda vc: (-vc[1], names[vc[0]], vc[0]))
    result.isolated = [v for v in order if g.degree(v) == 0]
    residents = resident_types()
    is_resident = {v: g.nodes[v]["type"] in residents for v in order}
    if not any(is_resident.values()):
        result.no_resident_groups = True
    else:
        reach: set[str] = set()
        for part in nx.connected_components(simple):
            if any(is_resident[v] for v in part):
                reach |= part
        result.no_path_to_residents = [v for v in order
                                       if v not in reach and not is_resident[v]]
    present = {g.nodes[v]["type"] for v in order}
    result.missing_types = [item.key for item in checklist() if item.key not in present]
    return result


# -- exports and import, kept in their own modules ---------------------------------------

#: Names that live in network_export.py and kumu_import.py, importable from here too. They are
#: looked up on first use (PEP 562) because those modules import this one.
_ELSEWHERE = {
    "export_graphml": "network_export", "export_gexf": "network_export",
    "export_gephi_csv": "network_export", "export_kumu_csv": "network_export",
    "export_picture": "network_export", "read_kumu_csv": "kumu_import",
    "import_kumu": "kumu_import", "KumuPreview": "kumu_import", "KumuElement": "kumu_import",
    "KumuConnection": "kumu_import", "ImportSummary": "kumu_import",
}


def __getattr__(name: str) -> Any:
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __package__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_ELSEWHERE])

"""The typed SQLAlchemy 2 schema of a ``.wijkdesk`` file.

Three kinds of table:

* ``meta`` — key/value facts about the file (format version, project id, creating app);
* ``op`` and ``head`` — the change log, the source of truth: one row per change of one field
  of one record, stamped with a hybrid logical clock and the device id, and the current heads
  (the ops no other op replaces) per field. Merging files is a union of their logs
  (docs/design-notes.md);
* one table per kind (``insight``, ``stakeholder``, …) holding the current value of each field,
  derived from the log, which the views read. Deleted records stay as tombstones (``deleted``).

SQLAlchemy takes ~0.5 s to import on the reference machine, which is more than the whole
start-up of a bare Qt window, so this module is imported only to create a file, to migrate one
and to check one; opening, reading and editing use the DDL and columns it defines through the
stdlib ``sqlite3`` connection (see ``store.py``). ``tests/test_schema.py`` keeps the two in step.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Boolean, Float, Index, Integer, String, Text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateIndex, CreateTable

ID = String(36)
STAMP = String(40)


class Base(DeclarativeBase):
    """Declarative base of every table in a project file."""


class Meta(Base):
    """Facts about the file: ``format_version``, ``project_id``, ``app``, ``created``."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Op(Base):
    """One change of one field of one record (the log entry)."""

    __tablename__ = "op"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(ID, unique=True)
    entity_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON
    hlc: Mapped[str] = mapped_column(STAMP)
    device: Mapped[str] = mapped_column(ID)
    pred: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of op_ids it replaces

    __table_args__ = (Index("ix_op_entity_field", "entity_id", "field"),)


class Head(Base):
    """An op that no other op replaces: the current value(s) of one field of one record."""

    __tablename__ = "head"
    entity_id: Mapped[str] = mapped_column(ID, primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    op_id: Mapped[str] = mapped_column(ID, primary_key=True)


class Entity(Base):
    """Columns every record table has besides its fields."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_hlc: Mapped[str] = mapped_column(STAMP)
    updated_hlc: Mapped[str] = mapped_column(STAMP)
    device: Mapped[str] = mapped_column(ID)


class Project(Entity):
    """The wijk's trajectory; exactly one per file."""

    __tablename__ = "project"
    name: Mapped[str] = mapped_column(Text)
    wijk: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    current_phase: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Bijeenkomst(Entity):
    """An evening (bewonersavond) or other meeting."""

    __tablename__ = "bijeenkomst"
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    place: Mapped[str] = mapped_column(Text)
    chair: Mapped[str] = mapped_column(Text)
    minute_taker: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(Text)
    agenda: Mapped[str] = mapped_column(Text)
    tables: Mapped[int] = mapped_column(Integer)
    next_meeting: Mapped[str] = mapped_column(Text)
    dots: Mapped[int] = mapped_column(Integer)  # format 3


class Round(Entity):
    """A round of a bijeenkomst with its prompt."""

    __tablename__ = "round"
    bijeenkomst_id: Mapped[str] = mapped_column(ID, index=True)
    prompt: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(Text)
    hidden: Mapped[bool] = mapped_column(Boolean)
    agenda_item_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 6
    minutes: Mapped[int] = mapped_column(Integer)  # format 6
    autostart: Mapped[bool] = mapped_column(Boolean)  # format 6


class AgendaItem(Entity):
    """An item of an evening's programme: title, planned minutes, who leads it (format 6)."""

    __tablename__ = "agenda_item"
    bijeenkomst_id: Mapped[str] = mapped_column(ID, index=True)
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer)
    who: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text)


class EveningTable(Entity):
    """A table of an evening with its own name and colour (format 6)."""

    __tablename__ = "evening_table"
    bijeenkomst_id: Mapped[str] = mapped_column(ID, index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(Text)


class Cluster(Entity):
    """A named group of insights on the board."""

    __tablename__ = "cluster"
    round_id: Mapped[str] = mapped_column(ID, index=True)
    name: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    colour: Mapped[str] = mapped_column(Text)
    phase: Mapped[int | None] = mapped_column(Integer, nullable=True)
    track: Mapped[str] = mapped_column(Text)
    theme: Mapped[str] = mapped_column(Text)  # format 3


class Insight(Entity):
    """A note on the board: what a resident said."""

    __tablename__ = "insight"
    round_id: Mapped[str] = mapped_column(ID, index=True)
    text: Mapped[str] = mapped_column(Text)
    table: Mapped[int] = mapped_column(Integer)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    colour: Mapped[str] = mapped_column(Text)
    cluster_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    phase: Mapped[int | None] = mapped_column(Integer, nullable=True)
    track: Mapped[str] = mapped_column(Text)
    hidden: Mapped[bool] = mapped_column(Boolean)  # format 3
    theme: Mapped[str] = mapped_column(Text)  # format 3


class Vote(Entity):
    """A dot-vote tally for a cluster or insight, optionally per table (0 = all tables)."""

    __tablename__ = "vote"
    round_id: Mapped[str] = mapped_column(ID, index=True)
    target_id: Mapped[str] = mapped_column(ID)
    table: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)


class Stakeholder(Entity):
    """A party involved in the wijkaanpak."""

    __tablename__ = "stakeholder"
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    influence: Mapped[int] = mapped_column(Integer)
    interest: Mapped[int] = mapped_column(Integer)
    segment: Mapped[str] = mapped_column(Text)
    participation: Mapped[str] = mapped_column(Text)
    contact_name: Mapped[str] = mapped_column(Text)
    contact_consent: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    phases: Mapped[str] = mapped_column(Text)  # JSON list of phase numbers


class Relation(Entity):
    """A directed, typed relation between two stakeholders."""

    __tablename__ = "relation"
    source_id: Mapped[str] = mapped_column(ID)
    target_id: Mapped[str] = mapped_column(ID)
    type: Mapped[str] = mapped_column(Text)
    strength: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text)


class TimelineItem(Entity):
    """A step on the denk-spoor or the doe-spoor."""

    __tablename__ = "timeline_item"
    track: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    start: Mapped[str | None] = mapped_column(String(10), nullable=True)
    end: Mapped[str | None] = mapped_column(String(10), nullable=True)
    owner_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    status: Mapped[str] = mapped_column(Text)
    postponed: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text)
    source_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 3


class Dependency(Entity):
    """Timeline item ``after_id`` depends on ``before_id``."""

    __tablename__ = "dependency"
    before_id: Mapped[str] = mapped_column(ID)
    after_id: Mapped[str] = mapped_column(ID)


class Agreement(Entity):
    """An agreement (besluit) made at a bijeenkomst."""

    __tablename__ = "agreement"
    bijeenkomst_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    phase: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 3
    who: Mapped[str] = mapped_column(Text)  # format 6
    who_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 6
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)  # format 6
    status: Mapped[str] = mapped_column(Text)  # format 6


class ActionItem(Entity):
    """An action point: what, who, when, status."""

    __tablename__ = "action_item"
    bijeenkomst_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    number: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)
    status: Mapped[str] = mapped_column(Text)
    postponed: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 3
    who_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # format 6


class Attendance(Entity):
    """Who came: a count per group, or a named person who consented."""

    __tablename__ = "attendance"
    bijeenkomst_id: Mapped[str] = mapped_column(ID, index=True)
    group: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    consent: Mapped[bool] = mapped_column(Boolean)
    absent_with_notice: Mapped[bool] = mapped_column(Boolean)


class PhaseSpan(Entity):
    """When a Wijkkompas phase runs in this project (the timeline's background bands)."""

    __tablename__ = "phase_span"
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[str | None] = mapped_column(String(10), nullable=True)
    end: Mapped[str | None] = mapped_column(String(10), nullable=True)


class Note(Entity):
    """A free note, of the project or of one bijeenkomst."""

    __tablename__ = "note"
    bijeenkomst_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class Link(Entity):
    """A link from a timeline step to a cluster, agreement, action point, stakeholder or step
    (format 4); shown from both ends. ``kinds.LINK_SOURCES`` and ``LINK_TARGETS`` say which
    kinds each end may be."""

    __tablename__ = "link"
    from_id: Mapped[str] = mapped_column(ID, index=True)
    to_id: Mapped[str] = mapped_column(ID, index=True)


class Knooppunt(Entity):
    """A Wijkkompas knooppunt the facilitator touched (a status, a note, a link, an edit) or
    made (format 5). One of the starter set has ``key`` and an id derived from it; its empty
    text fields mean "the starter's text"."""

    __tablename__ = "knooppunt"
    key: Mapped[str] = mapped_column(Text)
    phase: Mapped[int] = mapped_column(Integer)
    track: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text)
    approach: Mapped[str] = mapped_column(Text)
    tips: Mapped[str] = mapped_column(Text)  # one tip per line
    parties: Mapped[str] = mapped_column(Text)  # stakeholder type keys, comma-separated
    prompt: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text)


class Apk(Entity):
    """An "APK van de wijkaanpak" (health check) at an evening: seven questions scored 0-5
    (0: not scored), a note each and a summary (format 5)."""

    __tablename__ = "apk"
    bijeenkomst_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    urgency: Mapped[int] = mapped_column(Integer)
    vision: Mapped[int] = mapped_column(Integer)
    residents_role: Mapped[int] = mapped_column(Integer)
    trust: Mapped[int] = mapped_column(Integer)
    frontrunners: Mapped[int] = mapped_column(Integer)
    facilitation: Mapped[int] = mapped_column(Integer)
    communication: Mapped[int] = mapped_column(Integer)
    urgency_note: Mapped[str] = mapped_column(Text)
    vision_note: Mapped[str] = mapped_column(Text)
    residents_role_note: Mapped[str] = mapped_column(Text)
    trust_note: Mapped[str] = mapped_column(Text)
    frontrunners_note: Mapped[str] = mapped_column(Text)
    facilitation_note: Mapped[str] = mapped_column(Text)
    communication_note: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)


@cache
def ddl() -> tuple[str, ...]:
    """The CREATE TABLE and CREATE INDEX statements of the current format, for SQLite."""
    dialect = sqlite.dialect()
    out: list[str] = []
    for table in Base.metadata.sorted_tables:
        out.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            out.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return tuple(out)


def columns() -> dict[str, list[str]]:
    """Table name → its column names, as the schema declares them."""
    return {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}

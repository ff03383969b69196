"""The typed SQLAlchemy schema and the plain field registry describe the same file."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Boolean, Float, Integer, String, Text, inspect

from wijkdesk.model import kinds, schema, store

SQL_TYPES = {
    "str": (Text,), "text": (Text,), "int": (Integer,), "float": (Float,), "bool": (Boolean,),
    "date": (String,), "ref": (String,), "intlist": (Text,),
}


def test_every_kind_has_a_typed_table_with_the_same_columns():
    tables = schema.columns()
    for name, cols in store.expected_columns().items():
        assert sorted(tables[name]) == sorted(cols), name
    assert set(tables) == set(store.expected_columns())


def test_column_types_and_nullability_follow_the_registry():
    mapped = {m.local_table.name: m for m in schema.Base.registry.mappers}
    for k in kinds.KINDS.values():
        table = mapped[k.table].local_table
        for f in k.fields:
            column = table.c[f.name]
            assert isinstance(column.type, SQL_TYPES[f.type]), (k.name, f.name, column.type)
            assert column.nullable == f.nullable, (k.name, f.name)


def test_a_new_file_has_exactly_the_declared_schema(project):
    con = sqlite3.connect(project.path)
    found = {
        name: sorted(r[1] for r in con.execute(f'PRAGMA table_info("{name}")'))
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    con.close()
    assert found == {t: sorted(c) for t, c in schema.columns().items()}
    mapper_names = {m.class_.__name__ for m in schema.Base.registry.mappers}
    assert {"Insight", "Stakeholder", "TimelineItem", "ActionItem", "Op", "Head"} <= mapper_names
    assert inspect(schema.Insight).primary_key[0].name == "id"

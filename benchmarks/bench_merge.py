"""Merging 5 files of 2,000 changed records each into one, against a raw sqlite3
INSERT OR REPLACE of the same rows into a plain table (target <= 3x); absolute time too."""

from __future__ import annotations

import sqlite3
import time
import uuid

from .common import Figure, workdir

FILES = 5
CHANGED = 2000
DEVICES = [str(uuid.UUID(int=i + 1)) for i in range(FILES + 1)]


def run() -> list[Figure]:
    """Build the files, time the merge and the baseline, return the figures."""
    from wijkdesk.model import Project

    work = workdir()
    base = Project.create(work / "doel.wijkdesk", "Benchmark", device=DEVICES[0])
    evening = base.add("bijeenkomst", title="Avond")
    round_id = base.add("round", bijeenkomst_id=evening, prompt="Vraag")
    with base.batch():
        ids = [base.add("insight", round_id=round_id, text=f"Inzicht {i}", table=i % 3 + 1)
               for i in range(FILES * CHANGED)]
    sources = []
    for f in range(FILES):
        path = base.save_copy(work / f"tafel{f + 1}", table=f + 1)
        with Project.open(path, device=DEVICES[f + 1]) as laptop, laptop.batch():
            for record_id in ids[f * CHANGED:(f + 1) * CHANGED]:
                laptop.update("insight", record_id, text=f"Herzien aan tafel {f + 1}",
                              table=f + 1)
        sources.append(path)
    rows = []
    for f in range(FILES):
        for record_id in ids[f * CHANGED:(f + 1) * CHANGED]:
            rows.append((record_id, round_id, f"Herzien aan tafel {f + 1}", f + 1))

    raw = sqlite3.connect(str(work / "raw.sqlite"), isolation_level=None)
    raw.execute("CREATE TABLE insight (id TEXT PRIMARY KEY, round_id TEXT, text TEXT, "
                "tafel INTEGER)")
    raw.executemany("INSERT INTO insight VALUES (?, ?, ?, 0)",
                    [(i, round_id, "Inzicht") for i in ids])
    t = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany("INSERT OR REPLACE INTO insight VALUES (?, ?, ?, ?)", rows)
    raw.execute("COMMIT")
    baseline = time.perf_counter() - t
    raw.close()

    t = time.perf_counter()
    summary = base.merge(sources)
    ours = time.perf_counter() - t
    assert summary.total_changed == FILES * CHANGED, summary
    base.close()
    return [Figure("merge_5x2000_changed", ours * 1000, "ms", baseline * 1000,
                   "raw sqlite3 INSERT OR REPLACE of the same rows", 3.0, 1)]

"""One edit: add an insight through the facade (committed) with 2,000 insights present,
against a raw sqlite3 INSERT + COMMIT on the same disk (target <= 3x)."""

from __future__ import annotations

import sqlite3
import time
import uuid

from .common import Figure, median, workdir

PRESENT = 2000
SAMPLES = 200
BLOCK = 20


def run() -> list[Figure]:
    """Measure both in interleaved blocks and return the figure."""
    from wijkdesk.model import Project

    work = workdir()
    project = Project.create(work / "bench.wijkdesk", "Benchmark")
    evening = project.add("bijeenkomst", title="Avond")
    round_id = project.add("round", bijeenkomst_id=evening, prompt="Vraag")
    with project.batch():
        for i in range(PRESENT):
            project.add("insight", round_id=round_id, text=f"Bestaand inzicht {i}", table=i % 3 + 1)

    raw = sqlite3.connect(str(work / "raw.sqlite"), isolation_level=None)
    raw.execute("CREATE TABLE insight (id TEXT PRIMARY KEY, round_id TEXT, text TEXT, "
                "tafel INTEGER)")
    raw.execute("BEGIN")
    raw.executemany("INSERT INTO insight VALUES (?, ?, ?, ?)",
                    [(str(uuid.uuid4()), round_id, f"Bestaand inzicht {i}", i % 3 + 1)
                     for i in range(PRESENT)])
    raw.execute("COMMIT")

    ours: list[float] = []
    base: list[float] = []
    n = 0
    while len(ours) < SAMPLES:
        for _ in range(BLOCK):
            n += 1
            t = time.perf_counter()
            project.add("insight", round_id=round_id, text=f"Nieuw inzicht {n}", table=2)
            ours.append(time.perf_counter() - t)
        for _ in range(BLOCK):
            n += 1
            t = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("INSERT INTO insight VALUES (?, ?, ?, ?)",
                        (str(uuid.uuid4()), round_id, f"Nieuw inzicht {n}", 2))
            raw.execute("COMMIT")
            base.append(time.perf_counter() - t)
    project.close()
    raw.close()
    return [Figure("edit_add_insight_2000", median(ours) * 1000, "ms", median(base) * 1000,
                   "raw sqlite3 INSERT+COMMIT", 3.0, SAMPLES)]

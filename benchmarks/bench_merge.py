"""Merging 5 files of 2,000 changed records each into one, against a raw sqlite3
INSERT OR REPLACE of the same rows into a plain table (target <= 3x); absolute time too.

The project holds 10,000 insights; each of five table laptops changed the text and table of
its own 2,000 of them. Every sample merges into a fresh copy of the same target file.

A second figure measures the floor that the untrusted-input rules set (docs/design-notes.md,
"Untrusted sources"): only
copying each source aside and running SQLite's quick_check on it, which every merge must do
before it reads a row, against the same baseline.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
import uuid

from .common import Figure, median, workdir

FILES = 5
CHANGED = 2000
SAMPLES = 3
DEVICES = [str(uuid.UUID(int=i + 1)) for i in range(FILES + 1)]


def run() -> list[Figure]:
    """Build the files, time the merge and the baseline, return the figures."""
    from wijkdesk.model import Project

    work = workdir()
    target = work / "doel.wijkdesk"
    with Project.create(target, "Benchmark", device=DEVICES[0]) as base:
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
    rows = [(record_id, round_id, f"Herzien aan tafel {f + 1}", f + 1)
            for f in range(FILES) for record_id in ids[f * CHANGED:(f + 1) * CHANGED]]

    baselines, merges, floors = [], [], []
    for n in range(SAMPLES):
        raw_path = work / f"raw{n}.sqlite"
        with contextlib.closing(sqlite3.connect(str(raw_path), isolation_level=None)) as raw:
            raw.execute("CREATE TABLE insight (id TEXT PRIMARY KEY, round_id TEXT, text TEXT, "
                        "tafel INTEGER)")
            raw.executemany("INSERT INTO insight VALUES (?, ?, ?, 0)",
                            [(i, round_id, "Inzicht") for i in ids])
            t = time.perf_counter()
            raw.execute("BEGIN")
            raw.executemany("INSERT OR REPLACE INTO insight VALUES (?, ?, ?, ?)", rows)
            raw.execute("COMMIT")
            baselines.append(time.perf_counter() - t)

        copy = work / f"doel{n}.wijkdesk"
        shutil.copyfile(target, copy)
        with Project.open(copy, device=DEVICES[0]) as p:
            t = time.perf_counter()
            summary = p.merge(sources)
            merges.append(time.perf_counter() - t)
        assert summary.total_changed == FILES * CHANGED, summary

        t = time.perf_counter()
        for source in sources:
            aside = work / "aside.wijkdesk"
            shutil.copyfile(source, aside)
            with contextlib.closing(sqlite3.connect(f"file:{aside}?mode=ro", uri=True)) as con:
                assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            aside.unlink()
        floors.append(time.perf_counter() - t)

    baseline = median(baselines) * 1000
    size_mb = sum(s.stat().st_size for s in sources) / 1e6
    print(f"merge: {FILES} sources of {size_mb / FILES:.0f} MB each, {SAMPLES} samples",
          flush=True)
    return [
        Figure("merge_5x2000_changed", median(merges) * 1000, "ms", baseline,
               "raw sqlite3 INSERT OR REPLACE of the same rows", 3.0, SAMPLES),
        Figure("merge_floor_copy_and_quick_check_sources",
               median(floors) * 1000, "ms", baseline,
               "raw sqlite3 INSERT OR REPLACE of the same rows", 3.0, SAMPLES),
    ]

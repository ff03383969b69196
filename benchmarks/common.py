"""Shared helpers: timing, statistics and the results file."""

from __future__ import annotations

import json
import statistics
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


@dataclass
class Figure:
    """One measured figure and its baseline from the same run."""

    name: str
    value: float
    unit: str
    baseline: float
    baseline_name: str
    target: float | None  # the ratio value/baseline must stay at or below this (None: shown only)
    samples: int
    limit: float | None = None  # and the value itself at or below this (same unit), if given

    @property
    def ratio(self) -> float:
        """value / baseline."""
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def ok(self) -> bool:
        """Whether the ratio meets the target, and the value its limit."""
        return ((self.target is None or self.ratio <= self.target)
                and (self.limit is None or self.value <= self.limit))

    def line(self) -> str:
        """A one-line report."""
        verdict = "ok" if self.ok else "OVER TARGET"
        wanted = []
        if self.target is not None:
            wanted.append(f"ratio <= {self.target:.1f}")
        if self.limit is not None:
            wanted.append(f"value <= {self.limit:g} {self.unit}")
        return (f"{self.name}: {self.value:.2f} {self.unit} vs {self.baseline_name} "
                f"{self.baseline:.2f} {self.unit} -> ratio {self.ratio:.2f} "
                f"(target {' and '.join(wanted)}, {verdict}; n={self.samples})")


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)


def workdir() -> Path:
    """A fresh folder on the same disk as the repository."""
    base = HERE / "work"
    base.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(dir=base))


def save(figures: list[Figure]) -> None:
    """Merge these figures into benchmarks/results.json (by name), keeping the others."""
    try:
        records = {r["name"]: r for r in json.loads(RESULTS.read_text(encoding="utf-8"))}
    except (OSError, ValueError, KeyError, TypeError):
        records = {}
    for f in figures:
        record = asdict(f)
        record["ratio"] = round(f.ratio, 3)
        record["value"] = round(f.value, 4)
        record["baseline"] = round(f.baseline, 4)
        record["ok"] = f.ok
        records[f.name] = record
    RESULTS.write_text(
        json.dumps([records[k] for k in sorted(records)], indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8")

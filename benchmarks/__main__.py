"""``make bench``: run every benchmark, print each figure with its ratio, write results.json."""

from __future__ import annotations

import shutil
import sys

from . import bench_edit, bench_merge, bench_startup
from .common import HERE, save

BENCHMARKS = (bench_startup, bench_edit, bench_merge)


def main() -> int:
    """Run all; exit 1 when a figure misses its target."""
    figures = []
    try:
        for bench in BENCHMARKS:
            for figure in bench.run():
                print(figure.line(), flush=True)
                figures.append(figure)
    finally:
        shutil.rmtree(HERE / "work", ignore_errors=True)
    save(figures)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

"""``make bench``: run every benchmark, print each figure with its ratio, write results.json."""

from __future__ import annotations

import shutil
import sys

from . import (
    bench_board,
    bench_edit,
    bench_logo,
    bench_merge,
    bench_network,
    bench_startup,
    bench_timeline,
)
from .common import HERE, save

BENCHMARKS = (bench_startup, bench_edit, bench_merge, bench_board, bench_network,
              bench_timeline, bench_logo)


def main() -> int:
    """Run all; exit 1 when a figure misses its target."""
    figures = []
    wanted = sys.argv[1:]  # e.g. "board": run only bench_board
    try:
        for bench in BENCHMARKS:
            if wanted and bench.__name__.rsplit("_", 1)[-1] not in wanted:
                continue
            for figure in bench.run():
                print(figure.line(), flush=True)
                figures.append(figure)
    finally:
        shutil.rmtree(HERE / "work", ignore_errors=True)
    save(figures)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

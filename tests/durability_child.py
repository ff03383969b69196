"""Child process of tests/test_durability.py: edits a project until it is killed.

Usage: ``python -m tests.durability_child FILE RUN``. Prints ``ready`` once the project is open,
then the id of every insight right after the facade has committed it (one id a line, flushed).
Every tenth step adds three insights in one batch and prints their ids after the batch.
"""

from __future__ import annotations

import sys

from wijkdesk.model import Project


def main(path: str, run: str) -> None:
    out = sys.stdout
    with Project.open(path, device="dddddddd-0000-4000-8000-00000000000d") as project:
        round_id = project.all("round")[0].id
        out.write("ready\n")
        out.flush()
        step = 0
        while True:
            step += 1
            if step % 10 == 0:
                with project.batch():
                    ids = [
                        project.add("insight", round_id=round_id, table=k + 1,
                                    text=f"run {run} batch {step} {k + 1}/3")
                        for k in range(3)
                    ]
            else:
                ids = [project.add("insight", round_id=round_id, table=step % 3 + 1,
                                   text=f"run {run} step {step} " + "tekst " * (step % 40))]
            out.write("".join(i + "\n" for i in ids))
            out.flush()
            if step % 7 == 0:
                project.update("insight", ids[0], x=float(step), colour="geel")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

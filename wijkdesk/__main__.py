"""Start wijkdesk: ``wijkdesk [FILE] [--lang en]`` opens the app; ``wijkdesk COMMAND …`` runs
a command-line operation (see ``wijkdesk.cli``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: the command-line operations (wijkdesk.cli); anything else starts the GUI
COMMANDS = ("demo", "dump", "check", "import-insights", "merge", "export", "minutes")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wijkdesk`` script and of ``python -m wijkdesk``."""
    args = list(sys.argv[1:] if argv is None else argv)
    rest = [a for a in args if not a.startswith("--lang")]
    if "--lang" in args:
        i = args.index("--lang")
        rest = args[:i] + args[i + 2:]
    if rest and rest[0] in COMMANDS:
        from .cli import run

        return run(args)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

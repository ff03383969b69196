"""Start wijkdesk: ``wijkdesk [FILE] [--lang en]`` opens the app; ``wijkdesk COMMAND …`` runs
a command-line operation (see ``wijkdesk.cli``); ``wijkdesk --self-test`` runs the main flows
once without a screen (see ``wijkdesk.selftest``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: the command-line operations (wijkdesk.cli); anything else starts the GUI
COMMANDS = ("demo", "dump", "check", "import-insights", "merge", "export", "minutes",
            "erase")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wijkdesk`` script and of ``python -m wijkdesk``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--self-test"]:
        from .selftest import run as self_test

        return self_test()
    rest = [a for a in args if not a.startswith("--lang")]
    if "--lang" in args:
        i = args.index("--lang")
        rest = args[:i] + args[i + 2:]
    _keep_font_cache()
    if rest and rest[0] in COMMANDS:
        from .cli import run

        return run(args)
    from .app import run_gui

    return run_gui(args)


def _keep_font_cache() -> None:
    """In the installed app, keep matplotlib's font list between runs.

    PyInstaller's run-time hook points matplotlib at a new temporary folder on every start (made
    for one-file bundles, whose paths change per run), so the first picture or minutes of each
    session would scan all system fonts again: half a second here, seconds on a Windows laptop
    with many fonts. A one-folder bundle stays put, and matplotlib stores its own fonts' paths
    relative to the bundle, so the list can live in wijkdesk's data folder.
    """
    if getattr(sys, "frozen", False):
        import os

        from .model.device import data_dir

        os.environ["MPLCONFIGDIR"] = str(data_dir() / "matplotlib")


if __name__ == "__main__":
    sys.exit(main())

"""The frozen app's entry point (PyInstaller starts here): the same as ``python -m wijkdesk``."""

import sys

from wijkdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

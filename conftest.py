"""Root test configuration: offscreen Qt, a private data folder, deterministic settings."""

from __future__ import annotations

import os
import tempfile

# Before Qt loads: no display is needed (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's data folder (device id, demo project) lives in a temp folder during tests.
os.environ["WIJKDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="wijkdesk-test-data-")
os.environ.pop("WIJKDESK_LANG", None)

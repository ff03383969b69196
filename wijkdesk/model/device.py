"""The id of this installation (device), kept in the user's data folder."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path


def data_dir() -> Path:
    """The user's data folder for wijkdesk (XDG on Linux, AppData on Windows)."""
    override = os.environ.get("WIJKDESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "wijkdesk"


def device_id() -> str:
    """This installation's device id; made once and then read back."""
    path = data_dir() / "device-id"
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    new = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new + "\n", encoding="ascii")
    except OSError:
        pass  # a read-only home still works; this session then uses a fresh id
    return new

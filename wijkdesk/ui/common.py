"""Small things every view uses: the item data role that holds a record's id, and text made
safe for a rich-text label."""

from __future__ import annotations

from html import escape as _html_escape

# Qt.ItemDataRole.UserRole as a plain number: touching the Qt namespace at start-up makes
# PySide6 build ~100 Python enums (~60 ms), a third of a bare window's start-up.
ID_ROLE = 256


def escape(text: str) -> str:
    """Text for a rich-text label: &, < and > written as entities (quotes left alone)."""
    return _html_escape(text, quote=False)

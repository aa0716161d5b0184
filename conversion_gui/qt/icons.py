"""The app's SVG icons, found beside the package (also inside a bundle), never in the CWD."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """An SVG scales cleanly from 100 to 200% and beyond; a missing file gives an empty icon."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()

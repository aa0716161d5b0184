"""Where the app writes: one data folder (settings, history) and one log folder.

``--data-dir`` or ``CONVERSION_GUI_DATA_DIR`` moves everything, so tests and sandbox mode never
touch a user's real files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .core.diskerrors import os_error_sentence

APP_NAME = "conversion-gui"
ENV_DATA_DIR = "CONVERSION_GUI_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(path)


def log_dir(data: Path | None = None) -> Path:
    """Logs live beside the data when the data folder was chosen, else in the OS log folder."""
    if data is not None and (os.environ.get(ENV_DATA_DIR) or _is_override(data)):
        return ensure_private_dir(data / "logs", "the log folder")
    return ensure_private_dir(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
                              "the log folder")


def _is_override(data: Path) -> bool:
    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return data.resolve() != default.resolve()


def sandbox_dir(data: Path) -> Path:
    """Sandbox mode keeps its own settings and history, apart from the real ones."""
    return ensure_private_dir(data / "sandbox")


class DataFolderError(OSError):
    """A folder the app needs cannot be made or used; the text says why and what to do."""


def ensure_private_dir(path: Path, what: str = "the data folder") -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DataFolderError(os_error_sentence(exc, path, what)) from None
    return path

"""Choosing the history: this computer's file or a team database, and the database password.

Precedence: ``--history`` on the command line, then ``CONVERSION_GUI_HISTORY``, then the
choice saved by Settings > History (``history-location.json`` in the data folder: the URL
without a password), then the file in the data folder. The password is a keychain entry
named after the URL, read through the app's secret store; it is never written anywhere else.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from ..credentials import SecretKind, SecretStore
from ..secret_registry import register_secret
from .errors import HistoryError
from .location import HISTORY_ENV, DatabaseUrl, HistoryLocation, parse_location
from .schema import history_path

SAVED_FILE = "history-location.json"
# One keychain entry per database, named after its URL (without a password).
_PASSWORD_SLOT = SecretKind.DATABASE_PASSWORD


def saved_location(data_dir: Path) -> str | None:
    """The team database Settings > History points at, or None for this computer."""
    try:
        raw = json.loads((data_dir / SAVED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = raw.get("database") if isinstance(raw, dict) else None
    return str(url) if url else None


def save_location(data_dir: Path, url: str | None) -> None:
    """Remember the team database (its URL with no password), or None for this computer."""
    path = data_dir / SAVED_FILE
    if url is None:
        path.unlink(missing_ok=True)
        return
    location = parse_location(url)  # refuses a URL holding a password
    if location.database is None:
        raise HistoryError(f"{url!r} is not a postgresql:// URL")
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"database": location.database.masked}), encoding="utf-8")
    os.replace(tmp, path)


def resolve_location(
    data_dir: Path, option: str | None = None, environ: Mapping[str, str] | None = None
) -> HistoryLocation:
    env = os.environ if environ is None else environ
    chosen = option or env.get(HISTORY_ENV) or saved_location(data_dir)
    if chosen:
        return parse_location(chosen)
    return HistoryLocation(path=history_path(data_dir))


def database_password(url: DatabaseUrl, secrets: SecretStore) -> str | None:
    password = secrets.get(url.secret_name, _PASSWORD_SLOT)
    if password:
        register_secret(password)  # masked in every log line from here on
    return password


def set_database_password(url: DatabaseUrl, secrets: SecretStore, password: str | None) -> None:
    if password:
        secrets.set(url.secret_name, _PASSWORD_SLOT, password)
    else:
        secrets.delete(url.secret_name, _PASSWORD_SLOT)

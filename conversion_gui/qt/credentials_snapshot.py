"""What the Credentials dialog shows, read on a worker thread: profiles and which secrets exist."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from ..core.credentials import PROFILE_SECRETS, Profile, ProfileStore, SecretKind, SecretStore
from .i18n import QT_TRANSLATE_NOOP

# English, marked for lupdate: the dialog translates the notice (context "CredentialsDialog").
SESSION_ONLY_NOTICE = QT_TRANSLATE_NOOP(
    "CredentialsDialog",
    "No keychain: secrets are kept for this session only. Nothing is written to disk; "
    "you will be asked for them again next time.")

SANDBOX_WHERE = QT_TRANSLATE_NOOP(
    "CredentialsSnapshot", "Sandbox: the demo account's secret is built in and kept in memory "
    "on purpose; nothing is written to disk.")


@dataclass(frozen=True)
class Snapshot:
    """What the form shows, read on a worker: the profiles and which secrets exist (no values)."""

    profiles: tuple[Profile, ...]
    active: str | None
    selected: str | None
    stored: frozenset[SecretKind]
    where: str
    notice: str | None
    sandbox: bool = False

    @property
    def where_line(self) -> str:
        if self.sandbox:
            return QCoreApplication.translate("CredentialsSnapshot", SANDBOX_WHERE)
        return QCoreApplication.translate("CredentialsSnapshot", "Secrets are kept in "
                                          "{where}.").format(where=self.where)


def take_snapshot(profiles: ProfileStore, secrets: SecretStore, select: str | None) -> Snapshot:
    """Runs on a worker thread: reads the settings file and asks the keychain; no widget here."""
    listed = tuple(profiles.list())
    active = profiles.active_name()
    names = [p.name for p in listed]
    if select not in names:
        select = active if active in names else (names[0] if names else None)
    stored: frozenset[SecretKind] = frozenset()
    if select is not None:
        stored = frozenset(kind for kind in PROFILE_SECRETS if secrets.get(select, kind))
    notice = secrets.notice
    if notice is None and not secrets.persistent:
        notice = SESSION_ONLY_NOTICE
    return Snapshot(listed, active, select, stored, secrets.where, notice)


def in_sandbox(snapshot: Snapshot) -> Snapshot:
    """The demo secret lives in memory on purpose: nothing to warn about."""
    return replace(snapshot, notice=None, sandbox=True)

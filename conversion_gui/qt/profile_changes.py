"""The Credentials dialog's changes, each run on a worker and ending in a fresh snapshot."""

from __future__ import annotations

from ..core.credentials import (
    Profile,
    ProfileError,
    ProfileStore,
    SecretKind,
    SecretStore,
    delete_profile,
    rename_profile,
)
from .credentials_snapshot import Snapshot, take_snapshot


def save(profiles: ProfileStore, secrets: SecretStore, profile: Profile,
         typed: dict[SecretKind, str]) -> Snapshot:
    """Save the profile, then any secret typed for it."""
    profiles.save(profile)
    for kind, value in typed.items():
        secrets.set(profile.name, kind, value)
    return take_snapshot(profiles, secrets, profile.name)


def use(profiles: ProfileStore, secrets: SecretStore, name: str) -> Snapshot:
    """Make ``name`` the profile sends use."""
    profiles.set_active(name)
    return take_snapshot(profiles, secrets, name)


def add(profiles: ProfileStore, secrets: SecretStore, name: str, exists: str) -> Snapshot:
    """A new, empty profile; ``exists`` is the words for a name already taken meanwhile."""
    if profiles.get(name) is not None:
        raise ProfileError(exists)
    secrets.forget(name)   # a new profile starts clean, whatever a crash left behind
    profiles.save(Profile(name))
    return take_snapshot(profiles, secrets, name)


def rename(profiles: ProfileStore, secrets: SecretStore, old: str, new: str) -> Snapshot:
    renamed = rename_profile(profiles, secrets, old, new)
    return take_snapshot(profiles, secrets, renamed.name)


def delete(profiles: ProfileStore, secrets: SecretStore, name: str,
           neighbour: str | None) -> Snapshot:
    """Delete ``name`` and its secrets; ``neighbour`` is selected afterwards."""
    delete_profile(profiles, secrets, name)
    return take_snapshot(profiles, secrets, neighbour)


def forget(profiles: ProfileStore, secrets: SecretStore, name: str,
           kind: SecretKind) -> Snapshot:
    secrets.delete(name, kind)
    return take_snapshot(profiles, secrets, name)

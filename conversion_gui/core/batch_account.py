"""Which account a batch is sent with: the one it started with, recorded and checked on resume.

A batch resumed with whatever profile happens to be active could report half a campaign to
one account and half to another. So a batch records the profile, base URL and API key it
started with (never a secret), and a resume uses those, or refuses with both accounts named
when that profile is gone or its key has changed; the user may then choose one explicitly.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .client import ConversionClient
from .context import SANDBOX_PROFILE, AppContext, Overrides
from .credentials import Profile
from .history import BatchInfo

ENVIRONMENT_PROFILE = "environment"  # what AppContext calls credentials from VONAGE_* alone


class AccountMismatchError(ValueError):
    """The batch's own account cannot be used as it was: the text names both accounts."""


def account_record(client: ConversionClient, profile: Profile) -> dict[str, Any]:
    """What a new batch stores about its account (no secret: the key is not one)."""
    return {"profile": profile.name, "base_url": profile.base_url, "api_key": client.api_key}


def _describe(name: str | None, key: str | None) -> str:
    if not name:
        return "no profile"
    return f"profile {name!r}" + (f" (key {key})" if key else "")


def resume_client(
    ctx: AppContext, batch: BatchInfo, overrides: Overrides, choose: str
) -> tuple[ConversionClient, Profile, str]:
    """The client to resume ``batch`` with, its profile, and a sentence saying which.

    ``overrides.profile`` set means the user chose explicitly: that one is used as given.
    Otherwise the batch's own profile and base URL are used; a profile that is gone, or whose
    key is not the one the batch started with, raises ``AccountMismatchError`` ending with
    ``choose`` (how to pick one: ``--profile`` on the command line).
    """
    options = batch.options
    name = options.get("profile")
    url = options.get("base_url")
    key = options.get("api_key")
    started = _describe(name, key)
    if overrides.profile or ctx.sandbox or name == SANDBOX_PROFILE or not name:
        client, profile = ctx.client(overrides)
        how = ("chosen with --profile" if overrides.profile
               else "the sandbox" if ctx.sandbox else "the active one")
        return client, profile, (
            f"resuming batch #{batch.id} with profile {profile.name!r} (key {client.api_key}, "
            f"{profile.base_url}), {how}; it started with {started}")
    if name != ENVIRONMENT_PROFILE and ctx.profiles.get(str(name)) is None:
        now = ctx.profiles.active()
        raise AccountMismatchError(
            f"batch #{batch.id} started with {started}, which no longer exists; the active "
            f"one is {_describe(now.name if now else None, now.api_key if now else None)}. "
            + choose)
    chosen = replace(overrides, profile=None if name == ENVIRONMENT_PROFILE else str(name),
                     base_url=overrides.base_url or (str(url) if url else None))
    client, profile = ctx.client(chosen)
    if key and client.api_key != key:
        client.close()
        raise AccountMismatchError(
            f"batch #{batch.id} started with {started}, but that account's key is now "
            f"{client.api_key} ({_describe(profile.name, client.api_key)}). " + choose)
    return client, profile, (
        f"resuming batch #{batch.id} with its own account: profile {profile.name!r} "
        f"(key {client.api_key}, {profile.base_url})")

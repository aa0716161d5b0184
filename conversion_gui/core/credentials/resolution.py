"""Which credentials a send uses: environment overrides, masking, and changes across both stores."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..client import Credentials
from ..signing import SignatureMethod, parse_method
from .profiles import (
    CredentialsError,
    Profile,
    ProfileError,
    ProfileStore,
    check_profile_name,
    credential_problem,
)
from .secrets import PROFILE_SECRETS, SecretKind, SecretStore

ENV_API_KEY = "VONAGE_API_KEY"
# Names, not values: ruff's S105 mistakes anything called *SECRET* for a password.
ENV_API_SECRET = "VONAGE_API_SECRET"  # noqa: S105
ENV_SIGNATURE_SECRET = "VONAGE_SIGNATURE_SECRET"  # noqa: S105
ENV_SIGNATURE_METHOD = "VONAGE_SIGNATURE_METHOD"

BULLETS = "••••"


def rename_profile(profiles: ProfileStore, secrets: SecretStore, old: str, new: str) -> Profile:
    """Rename a profile and move its secrets with it; on failure the old name keeps working."""
    current = profiles.require(old)
    new = check_profile_name(new)
    if new == current.name:
        return current
    others = [n for n in profiles.names() if n != current.name]
    if any(n.casefold() == new.casefold() for n in others):
        raise ProfileError(f"a profile named {new!r} already exists")
    for kind in PROFILE_SECRETS:
        value = secrets.get(current.name, kind)
        if value:
            secrets.set(new, kind, value)
        else:
            secrets.delete(new, kind)
    try:
        renamed = profiles.rename(current.name, new)
    except Exception:
        secrets.forget(new)
        raise
    secrets.forget(current.name)
    return renamed


def delete_profile(profiles: ProfileStore, secrets: SecretStore, name: str) -> None:
    """Delete a profile and its secrets."""
    profile = profiles.require(name)
    profiles.delete(profile.name)
    secrets.forget(profile.name)


# which credentials a send uses -----------------------------------------------------------------
def mask(secret: str | None) -> str:
    """A secret for display: bullets, and its last two characters only when it is long."""
    if not secret:
        return "(not set)"
    if len(secret) >= 12:
        return BULLETS + secret[-2:]
    return BULLETS


_PART_LABELS = {
    "api_key": "API key",
    "api_secret": "API secret",
    "signature_secret": "signature secret",
    "signature_method": "signature method",
}


@dataclass(frozen=True)
class ResolvedCredentials:
    """The credentials to send with, and where each part came from (no secret in the texts)."""

    credentials: Credentials
    source: str = ""
    sources: Mapping[str, str] = field(default_factory=dict)
    profile: str | None = None

    def lines(self) -> list[str]:
        """For ``credentials show``: each part, secrets masked, and its origin."""
        creds = self.credentials
        values = {
            "api_key": creds.api_key or "(not set)",
            "api_secret": mask(creds.api_secret),
            "signature_secret": mask(creds.signature_secret),
            "signature_method": creds.signature_method.value,
        }
        out = []
        for key, label in _PART_LABELS.items():
            origin = self.sources.get(key, self.source or "not set")
            suffix = "" if origin == "not set" else f"  ({origin})"
            out.append(f"{label}: {values[key]}{suffix}")
        return out


def _summary(sources: Mapping[str, str]) -> str:
    """One line for a status bar: "API key from profile Acme; API secret from ..."."""
    parts = []
    for key, label in _PART_LABELS.items():
        origin = sources.get(key, "not set")
        if key == "signature_method" and origin == "default":
            continue
        parts.append(f"{label} not set" if origin == "not set" else f"{label} from {origin}")
    return "; ".join(parts)


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


_FIX_STORED = "store a new one ('conversion-gui credentials set', or Settings > Credentials…)"


def _check_entered(label: str, value: str, fix: str = "") -> None:
    """Stop an unusable key or secret here, before it reaches the network, naming where it is.

    From the environment it is a ``CredentialsError``; read back from a store (``fix`` given)
    it is a ``ProfileError``, as the saved settings are what must change.
    """
    problem = credential_problem(label, value)
    if problem is not None:
        if fix:
            raise ProfileError(f"{problem}; {fix}")
        raise CredentialsError(problem)


def resolve_credentials(
    profile: Profile | None, store: SecretStore, environ: Mapping[str, str]
) -> ResolvedCredentials:
    """Environment variables win over the profile, part by part (CI sets them, people don't).

    Raises ``CredentialsError`` for a value the API cannot take (environment or keychain).
    """
    sources: dict[str, str] = {}

    api_key = _env(environ, ENV_API_KEY)
    if api_key is not None:
        _check_entered(ENV_API_KEY, api_key)
        sources["api_key"] = f"the environment ({ENV_API_KEY})"
    elif profile is not None and profile.api_key:
        api_key = profile.api_key
        sources["api_key"] = f"profile {profile.name}"
    else:
        api_key = ""
        sources["api_key"] = "not set"

    secrets: dict[SecretKind, str | None] = {}
    for kind, variable in ((SecretKind.API_SECRET, ENV_API_SECRET),
                           (SecretKind.SIGNATURE_SECRET, ENV_SIGNATURE_SECRET)):
        value = _env(environ, variable)
        if value is not None:
            _check_entered(variable, value)
            sources[kind.value] = f"the environment ({variable})"
        elif profile is not None:
            value = store.get(profile.name, kind)
            if value:
                _check_entered(f"{kind.label} of profile {profile.name!r} in {store.where}",
                               value, fix=_FIX_STORED)
            sources[kind.value] = store.where if value else "not set"
        else:
            sources[kind.value] = "not set"
        secrets[kind] = value

    method_text = _env(environ, ENV_SIGNATURE_METHOD)
    if method_text is not None:
        try:
            method = parse_method(method_text)
        except ValueError as exc:
            raise CredentialsError(f"{ENV_SIGNATURE_METHOD}: {exc}") from None
        sources["signature_method"] = f"the environment ({ENV_SIGNATURE_METHOD})"
    elif profile is not None:
        method = profile.signature_method
        sources["signature_method"] = f"profile {profile.name}"
    else:
        method = SignatureMethod.SHA256
        sources["signature_method"] = "default"

    credentials = Credentials(
        api_key=api_key,
        api_secret=secrets[SecretKind.API_SECRET],
        signature_secret=secrets[SecretKind.SIGNATURE_SECRET],
        signature_method=method,
    )
    return ResolvedCredentials(credentials, _summary(sources), sources,
                               profile.name if profile else None)

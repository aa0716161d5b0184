"""Profiles in a settings file, secrets in the OS keychain, and which of them a send uses.

A profile (API key, auth mode, base URL...) is plain settings and lives in ``settings.json``
(``profiles``). A secret lives in the keychain and in memory, nowhere else (``secrets``): "no
keychain on this machine" is a normal case, not a crash, and there is deliberately no plaintext
fallback. ``resolution`` decides what a send uses, the environment winning over the profile.
"""

from .profiles import (
    ALLOWED_CHARACTERS,
    API_KEY_MAX,
    PROFILE_NAME_MAX,
    SETTINGS_FILE,
    SETTINGS_FORMAT,
    CredentialsError,
    Profile,
    ProfileError,
    ProfileStore,
    SettingsError,
    check_profile_name,
    credential_problem,
    settings_lock,
)
from .resolution import (
    BULLETS,
    ENV_API_KEY,
    ENV_API_SECRET,
    ENV_SIGNATURE_METHOD,
    ENV_SIGNATURE_SECRET,
    ResolvedCredentials,
    delete_profile,
    mask,
    rename_profile,
    resolve_credentials,
)
from .secrets import (
    SERVICE,
    WHERE_KWALLET,
    WHERE_MACOS,
    WHERE_MEMORY,
    WHERE_SECRET_SERVICE,
    WHERE_WINDOWS,
    KeyringStore,
    MemoryStore,
    SecretKind,
    SecretStore,
    SecretValueError,
    describe_backend,
    keyring_username,
)

__all__ = [
    "ALLOWED_CHARACTERS", "API_KEY_MAX", "BULLETS", "ENV_API_KEY", "ENV_API_SECRET",
    "ENV_SIGNATURE_METHOD", "ENV_SIGNATURE_SECRET", "PROFILE_NAME_MAX", "SERVICE",
    "SETTINGS_FILE", "SETTINGS_FORMAT", "WHERE_KWALLET", "WHERE_MACOS", "WHERE_MEMORY",
    "WHERE_SECRET_SERVICE", "WHERE_WINDOWS", "CredentialsError", "KeyringStore", "MemoryStore",
    "Profile", "ProfileError", "ProfileStore", "ResolvedCredentials", "SecretKind",
    "SecretStore", "SecretValueError", "SettingsError", "check_profile_name",
    "credential_problem", "delete_profile", "describe_backend", "keyring_username", "mask",
    "rename_profile", "resolve_credentials", "settings_lock",
]

"""Profiles in a settings file, secrets in the OS keychain, and which of them a send uses.

A profile (API key, auth mode, base URL...) is plain settings and lives in ``settings.json``.
A secret lives in the keychain and in memory, nowhere else. "No keychain on this machine" is a
normal case, not a crash: the secrets are then kept in memory for this run and the user is told
so in plain words. There is deliberately no plaintext fallback.
"""

from __future__ import annotations

import abc
import builtins
import contextlib
import json
import logging
import os
import tempfile
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from ..paths import ensure_private_dir
from .client import DEFAULT_BASE_URL, AuthMode, BodyFormat, Credentials, check_base_url
from .signing import SignatureMethod, parse_method

log = logging.getLogger(__name__)

SERVICE = "conversion-gui"
SETTINGS_FILE = "settings.json"
SETTINGS_FORMAT = 1
PROFILE_NAME_MAX = 64
API_KEY_MAX = 200

ENV_API_KEY = "VONAGE_API_KEY"
# Names, not values: ruff's S105 mistakes anything called *SECRET* for a password.
ENV_API_SECRET = "VONAGE_API_SECRET"  # noqa: S105
ENV_SIGNATURE_SECRET = "VONAGE_SIGNATURE_SECRET"  # noqa: S105
ENV_SIGNATURE_METHOD = "VONAGE_SIGNATURE_METHOD"

WHERE_SECRET_SERVICE = "the system keychain (Secret Service)"  # noqa: S105
WHERE_MACOS = "macOS Keychain"
WHERE_WINDOWS = "Windows Credential Manager"
WHERE_KWALLET = "the system keychain (KDE Wallet)"
WHERE_MEMORY = "this session only (no keychain available)"

BULLETS = "••••"

# A lookup of a name nobody stores: it makes a locked or absent keychain say so up front, not in
# the middle of a batch.
_PROBE_USERNAME = "(availability check)"
# Unicode "format" characters that reorder text: a name holding them displays as another name.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class ProfileError(ValueError):
    """A profile name or field the user must correct; the message says which and why."""


class SettingsError(Exception):
    """The settings file cannot be used as it is; it has been left untouched."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class CredentialsError(ValueError):
    """A credential given in the environment is unusable (the message never holds a secret)."""


class SecretKind(StrEnum):
    API_SECRET = "api_secret"  # noqa: S105
    SIGNATURE_SECRET = "signature_secret"  # noqa: S105

    @property
    def label(self) -> str:
        return "API secret" if self is SecretKind.API_SECRET else "signature secret"


def check_profile_name(name: str) -> str:
    """The name, trimmed; names show in menus and name keychain entries, so keep them sane."""
    if not isinstance(name, str):
        raise ProfileError("a profile name must be text")
    text = name.strip()
    if not text:
        raise ProfileError("a profile name cannot be empty")
    if len(text) > PROFILE_NAME_MAX:
        raise ProfileError(
            f"the profile name is {len(text)} characters long; "
            f"at most {PROFILE_NAME_MAX} are allowed"
        )
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            raise ProfileError(
                f"the profile name {text!r} holds a control character (U+{ord(ch):04X}); "
                "use letters, digits, spaces and punctuation"
            )
    return text


def _check_api_key(key: str) -> str:
    if not isinstance(key, str):
        raise ProfileError("the API key must be text")
    text = key.strip()
    if len(text) > API_KEY_MAX:
        raise ProfileError(f"the API key is longer than {API_KEY_MAX} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch.isspace() for ch in text):
        raise ProfileError("the API key must not contain spaces or control characters")
    return text


_E = TypeVar("_E", bound=StrEnum)


def _enum_value(kind: type[_E], value: object, what: str) -> _E:
    if not isinstance(value, str):
        raise ProfileError(f"{what} {value!r} must be text")
    try:
        return kind(value.strip().lower())
    except ValueError:
        names = ", ".join(member.value for member in kind)
        raise ProfileError(f"{what} {value!r} is not one of {names}") from None


@dataclass(frozen=True)
class Profile:
    """How to reach the API with one account; never holds a secret."""

    name: str
    api_key: str = ""
    auth: AuthMode = AuthMode.BASIC
    signature_method: SignatureMethod = SignatureMethod.SHA256
    base_url: str = DEFAULT_BASE_URL
    body: BodyFormat = BodyFormat.FORM

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_profile_name(self.name))
        object.__setattr__(self, "api_key", _check_api_key(self.api_key))
        object.__setattr__(self, "auth", _enum_value(AuthMode, self.auth, "auth mode"))
        method: object = self.signature_method
        if isinstance(method, str) and not isinstance(method, SignatureMethod):
            try:
                method = parse_method(method)
            except ValueError as exc:
                raise ProfileError(str(exc)) from None
        object.__setattr__(
            self, "signature_method", _enum_value(SignatureMethod, method, "signature method")
        )
        object.__setattr__(self, "body", _enum_value(BodyFormat, self.body, "body format"))
        if not isinstance(self.base_url, str):
            raise ProfileError("the base URL must be text")
        try:
            object.__setattr__(self, "base_url", check_base_url(self.base_url))
        except ValueError as exc:
            raise ProfileError(str(exc)) from None

    def to_json(self) -> dict[str, str]:
        return {
            "api_key": self.api_key,
            "auth": self.auth.value,
            "signature_method": self.signature_method.value,
            "base_url": self.base_url,
            "body": self.body.value,
        }

    @classmethod
    def from_json(cls, name: str, data: Mapping[str, Any]) -> Profile:
        known = ("api_key", "auth", "signature_method", "base_url", "body")
        fields = {key: data[key] for key in known if key in data}
        return cls(name, **fields)


@dataclass
class _Settings:
    profiles: dict[str, Profile] = field(default_factory=dict)
    active: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)   # keys other parts of the app own


class ProfileStore:
    """Profiles and the active one, in one JSON file written atomically and owner-only.

    Every change re-reads the file first, so two windows or a window and a command line do not
    undo each other's older changes; a damaged or newer file stops every change with a
    ``SettingsError`` instead of being replaced.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()

    @classmethod
    def in_dir(cls, data: Path) -> ProfileStore:
        return cls(Path(data) / SETTINGS_FILE)

    # reading ---------------------------------------------------------------------------
    def _damaged(self, detail: str) -> SettingsError:
        return SettingsError(
            f"The settings file {self.path} is damaged ({detail}). It was left as it is: "
            "fix it, or move it away to start again with no profiles.",
            self.path,
        )

    def _load(self) -> _Settings:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _Settings()
        except OSError as exc:
            raise SettingsError(
                f"The settings file {self.path} cannot be read: {exc.strerror or exc}", self.path
            ) from None
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise self._damaged("it is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise self._damaged(f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        if not isinstance(data, dict):
            raise self._damaged("it does not hold a JSON object")
        version = data.get("format")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self._damaged(f"its format number {version!r} is not valid")
        if version > SETTINGS_FORMAT:
            raise SettingsError(
                f"The settings file {self.path} was written by a newer version of conversion-gui "
                f"(format {version}; this version reads format {SETTINGS_FORMAT}). It was left "
                "as it is: update conversion-gui, or use another --data-dir.",
                self.path,
            )
        raw_profiles = data.get("profiles", {})
        if not isinstance(raw_profiles, dict):
            raise self._damaged("'profiles' is not an object")
        profiles: dict[str, Profile] = {}
        for name, entry in raw_profiles.items():
            if not isinstance(entry, dict):
                raise self._damaged(f"profile {name!r} is not an object")
            try:
                profile = Profile.from_json(name, entry)
            except (ProfileError, TypeError) as exc:
                raise self._damaged(f"profile {name!r}: {exc}") from None
            profiles[profile.name] = profile
        active = data.get("active")
        if active is not None and not isinstance(active, str):
            raise self._damaged("'active' is not a profile name")
        if active not in profiles:
            active = None
        extra = {k: v for k, v in data.items() if k not in ("format", "profiles", "active")}
        return _Settings(profiles, active, extra)

    # writing ---------------------------------------------------------------------------
    def _write(self, settings: _Settings) -> None:
        data: dict[str, Any] = dict(settings.extra)
        data["format"] = SETTINGS_FORMAT
        data["active"] = settings.active
        data["profiles"] = {name: p.to_json() for name, p in settings.profiles.items()}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        folder = self.path.parent
        tmp_name: str | None = None
        try:
            ensure_private_dir(folder)
            # mkstemp creates the file 0o600 from the start: no moment where others can read it.
            fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                            dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if os.name == "posix":
                os.chmod(tmp_name, 0o600)
            os.replace(tmp_name, self.path)
            tmp_name = None
            _fsync_dir(folder)
        except OSError as exc:
            raise SettingsError(
                f"The settings could not be saved to {self.path}: {exc.strerror or exc}. "
                "The previous settings file was kept.",
                self.path,
            ) from None
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)

    # the public face ---------------------------------------------------------------------
    def list(self) -> list[Profile]:
        with self._lock:
            profiles = self._load().profiles.values()
        return sorted(profiles, key=lambda p: (p.name.casefold(), p.name))

    def names(self) -> builtins.list[str]:
        return [p.name for p in self.list()]

    def get(self, name: str) -> Profile | None:
        with self._lock:
            return self._load().profiles.get(name.strip())

    def require(self, name: str) -> Profile:
        """Like ``get``, but a missing profile is an error that lists the ones there are."""
        with self._lock:
            settings = self._load()
        profile = settings.profiles.get(name.strip())
        if profile is None:
            raise ProfileError(_not_found(name, settings))
        return profile

    def save(self, profile: Profile) -> None:
        """Add or replace a profile; the first one saved becomes the active one."""
        with self._lock:
            settings = self._load()
            clash = _clash(settings, profile.name, ignore=profile.name)
            if clash is not None:
                raise ProfileError(
                    f"a profile named {clash!r} already exists; names differing only in "
                    "capitals would be confused"
                )
            settings.profiles[profile.name] = profile
            if settings.active is None:
                settings.active = profile.name
            self._write(settings)

    def rename(self, old: str, new: str) -> Profile:
        with self._lock:
            settings = self._load()
            old = old.strip()
            current = settings.profiles.get(old)
            if current is None:
                raise ProfileError(_not_found(old, settings))
            new = check_profile_name(new)
            clash = _clash(settings, new, ignore=old)
            if clash is not None:
                raise ProfileError(f"a profile named {clash!r} already exists")
            renamed = Profile(new, current.api_key, current.auth, current.signature_method,
                              current.base_url, current.body)
            settings.profiles = {
                (new if name == old else name): (renamed if name == old else p)
                for name, p in settings.profiles.items()
            }
            if settings.active == old:
                settings.active = new
            self._write(settings)
            return renamed

    def delete(self, name: str) -> None:
        """Forget a profile; if it was the active one, no profile is active afterwards."""
        with self._lock:
            settings = self._load()
            name = name.strip()
            if name not in settings.profiles:
                raise ProfileError(_not_found(name, settings))
            del settings.profiles[name]
            if settings.active == name:
                settings.active = None
            self._write(settings)

    def active(self) -> Profile | None:
        with self._lock:
            settings = self._load()
        return settings.profiles.get(settings.active) if settings.active else None

    def active_name(self) -> str | None:
        with self._lock:
            return self._load().active

    def set_active(self, name: str | None) -> None:
        with self._lock:
            settings = self._load()
            if name is not None:
                name = name.strip()
                if name not in settings.profiles:
                    raise ProfileError(_not_found(name, settings))
            settings.active = name
            self._write(settings)


def _clash(settings: _Settings, name: str, ignore: str) -> str | None:
    folded = name.casefold()
    for existing in settings.profiles:
        if existing != ignore and existing.casefold() == folded:
            return existing
    return None


def _not_found(name: str, settings: _Settings) -> str:
    if not settings.profiles:
        return f"there is no profile named {name!r}: there are no profiles yet"
    names = ", ".join(sorted(settings.profiles, key=str.casefold))
    return f"there is no profile named {name!r} (the profiles are: {names})"


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# secrets --------------------------------------------------------------------------------------
class SecretStore(abc.ABC):
    """Where secrets are kept; a tiny interface so the GUI, the CLI and tests can swap stores."""

    @abc.abstractmethod
    def get(self, profile: str, kind: SecretKind) -> str | None: ...

    @abc.abstractmethod
    def set(self, profile: str, kind: SecretKind, value: str) -> None: ...

    @abc.abstractmethod
    def delete(self, profile: str, kind: SecretKind) -> None:
        """Remove the secret; removing one that is not there is not an error."""

    @property
    @abc.abstractmethod
    def where(self) -> str:
        """Where the secrets are, in words a user understands."""

    @property
    @abc.abstractmethod
    def persistent(self) -> bool:
        """False when the secrets are lost at the end of this run."""

    @property
    def notice(self) -> str | None:
        """A sentence to show the user when something about the store needs saying."""
        return None

    def forget(self, profile: str) -> None:
        for kind in SecretKind:
            self.delete(profile, kind)

    def move(self, old: str, new: str) -> None:
        """Secrets of ``old`` become those of ``new`` (left-overs under ``new`` are dropped)."""
        for kind in SecretKind:
            value = self.get(old, kind)
            if value:
                self.set(new, kind, value)
            else:
                self.delete(new, kind)
        self.forget(old)


def _check_secret(value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError("an empty secret cannot be stored; delete it instead")


class MemoryStore(SecretStore):
    """Secrets in this process only: the fallback without a keychain, and sandbox mode."""

    def __init__(self, where: str = WHERE_MEMORY) -> None:
        self._where = where
        self._values: dict[tuple[str, SecretKind], str] = {}
        self._lock = threading.Lock()

    def get(self, profile: str, kind: SecretKind) -> str | None:
        with self._lock:
            return self._values.get((check_profile_name(profile), SecretKind(kind)))

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        _check_secret(value)
        with self._lock:
            self._values[(check_profile_name(profile), SecretKind(kind))] = value

    def delete(self, profile: str, kind: SecretKind) -> None:
        with self._lock:
            self._values.pop((check_profile_name(profile), SecretKind(kind)), None)

    @property
    def where(self) -> str:
        return self._where

    @property
    def persistent(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"MemoryStore({len(self._values)} secrets)"


def keyring_username(profile: str, kind: SecretKind) -> str:
    return f"{check_profile_name(profile)}/{SecretKind(kind).value}"


def describe_backend(backend: KeyringBackend) -> str:
    """Where a keyring backend keeps secrets, in the words the OS itself uses."""
    module = type(backend).__module__
    if module == "keyring.backends.chainer":
        chained = list(getattr(backend, "backends", []))
        return describe_backend(chained[0]) if chained else "no keychain"
    if module in ("keyring.backends.SecretService", "keyring.backends.libsecret"):
        return WHERE_SECRET_SERVICE
    if module.startswith("keyring.backends.macOS"):
        return WHERE_MACOS
    if module == "keyring.backends.Windows":
        return WHERE_WINDOWS
    if module == "keyring.backends.kwallet":
        return WHERE_KWALLET
    name = getattr(backend, "name", "") or type(backend).__name__
    return f"the system keychain ({name})"


def _refusal(backend: KeyringBackend) -> str | None:
    """Why a backend is not a keychain we will use, or None when it is one."""
    kind = type(backend)
    if kind.__module__.startswith("keyrings.alt") or "plaintext" in kind.__name__.lower():
        return "the configured backend would keep secrets in a plain file"
    if kind.__module__ == "keyring.backends.fail":
        return "no keychain service was found"
    if kind.__module__ == "keyring.backends.null":
        return "the keychain is switched off in keyring's settings"
    if kind.__module__ == "keyring.backends.chainer" and not list(getattr(backend, "backends", [])):
        return "no keychain service was found"
    try:
        priority = float(backend.priority)
    except Exception:   # a backend reports "not usable here" by raising from priority
        return "no keychain service was found"
    if priority < 1:
        return "no recommended keychain service was found"
    return None


def _reason(exc: BaseException, secret: str | None = None) -> tuple[str, str]:
    """A short cause for ``where``, and a longer one for the notice and the log.

    Neither ever holds the secret, even if a backend put it in its message.
    """
    detail = " ".join(str(exc).split()).rstrip(".!")
    if secret and secret in detail:
        detail = ""
    if len(detail) > 120:
        detail = detail[:119] + "…"
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "no keychain service was found", "no keychain service was found"
    if isinstance(exc, keyring.errors.KeyringLocked) or "prompt dismissed" in detail.lower():
        return ("the keychain is locked",
                "the keychain is locked and no prompt to unlock it could be shown")
    if isinstance(exc, keyring.errors.InitError):
        short = "the keychain could not be opened"
    elif isinstance(exc, keyring.errors.KeyringError):
        short = "the keychain refused the request"
    else:
        short = f"the keychain failed ({type(exc).__name__})"
    return short, f"{short}: {detail}" if detail else short


class KeyringStore(SecretStore):
    """Secrets in the OS keychain through ``keyring``, or in memory when there is none.

    The backend is probed on first use (a lookup of an entry nobody stores), so a missing, locked
    or refused keychain is known before a batch starts. Any failure, then or later, moves this
    store to memory for the rest of the run and says so in ``where`` and ``notice``. All methods
    may be called from any thread; calls are serialised, so a keychain prompt blocks only callers.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._given = backend
        self._lock = threading.RLock()
        self._probed = False
        self._backend: KeyringBackend | None = None
        self._where = ""
        self._reason: str | None = None
        self._detail: str | None = None
        self._memory = MemoryStore()

    def _ready(self) -> KeyringBackend | None:
        if not self._probed:
            self._probed = True
            self._probe()
        return self._backend

    def _probe(self) -> None:
        try:
            backend = self._given if self._given is not None else keyring.get_keyring()
        except Exception as exc:
            self._fall_back(*_reason(exc))
            return
        refusal = _refusal(backend)
        if refusal is not None:
            self._fall_back(refusal, refusal)
            return
        try:
            backend.get_password(SERVICE, _PROBE_USERNAME)
        except Exception as exc:
            self._fall_back(*_reason(exc))
            return
        self._backend = backend
        self._where = describe_backend(backend)

    def _fall_back(self, reason: str, detail: str) -> None:
        self._backend = None
        self._reason = reason
        self._detail = detail
        log.warning("no keychain available (%s): secrets are kept in memory for this run", detail)

    def get(self, profile: str, kind: SecretKind) -> str | None:
        username = keyring_username(profile, kind)
        with self._lock:
            backend = self._ready()
            if backend is not None:
                try:
                    value = backend.get_password(SERVICE, username)
                except Exception as exc:
                    self._fall_back(*_reason(exc))
                else:
                    return value if isinstance(value, str) and value else None
            return self._memory.get(profile, kind)

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        _check_secret(value)
        username = keyring_username(profile, kind)
        with self._lock:
            backend = self._ready()
            if backend is not None:
                try:
                    backend.set_password(SERVICE, username, value)
                except Exception as exc:
                    self._fall_back(*_reason(exc, value))
                else:
                    return
            self._memory.set(profile, kind, value)

    def delete(self, profile: str, kind: SecretKind) -> None:
        username = keyring_username(profile, kind)
        with self._lock:
            self._memory.delete(profile, kind)
            backend = self._ready()
            if backend is None:
                return
            try:
                backend.delete_password(SERVICE, username)
            except keyring.errors.PasswordDeleteError:
                pass   # it was not there: the outcome the caller wanted
            except Exception as exc:
                self._fall_back(*_reason(exc))

    @property
    def where(self) -> str:
        with self._lock:
            if self._ready() is not None:
                return self._where
            return f"this session only (no keychain available: {self._reason})"

    @property
    def persistent(self) -> bool:
        with self._lock:
            return self._ready() is not None

    @property
    def notice(self) -> str | None:
        with self._lock:
            if self._ready() is not None:
                return None
            return (
                f"No keychain is available ({self._detail}), so secrets are kept in memory for "
                "this run only and nothing is written to disk; you will be asked for them again "
                "next time."
            )

    def __repr__(self) -> str:
        state = "not probed" if not self._probed else (self._where or "memory")
        return f"KeyringStore({state})"


def rename_profile(profiles: ProfileStore, secrets: SecretStore, old: str, new: str) -> Profile:
    """Rename a profile and move its secrets with it; on failure the old name keeps working."""
    current = profiles.require(old)
    new = check_profile_name(new)
    if new == current.name:
        return current
    others = [n for n in profiles.names() if n != current.name]
    if any(n.casefold() == new.casefold() for n in others):
        raise ProfileError(f"a profile named {new!r} already exists")
    for kind in SecretKind:
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


def resolve_credentials(
    profile: Profile | None, store: SecretStore, environ: Mapping[str, str]
) -> ResolvedCredentials:
    """Environment variables win over the profile, part by part (CI sets them, people don't)."""
    sources: dict[str, str] = {}

    api_key = _env(environ, ENV_API_KEY)
    if api_key is not None:
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
            sources[kind.value] = f"the environment ({variable})"
        elif profile is not None:
            value = store.get(profile.name, kind)
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

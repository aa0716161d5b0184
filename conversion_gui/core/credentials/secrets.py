"""Where secrets are kept: the OS keychain, or memory when there is none (a normal case)."""

from __future__ import annotations

import abc
import logging
import threading
from enum import StrEnum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .profiles import CredentialsError, check_profile_name, credential_problem

log = logging.getLogger(__name__)

SERVICE = "conversion-gui"

WHERE_SECRET_SERVICE = "the system keychain (Secret Service)"  # noqa: S105
WHERE_MACOS = "macOS Keychain"
WHERE_WINDOWS = "Windows Credential Manager"
WHERE_KWALLET = "the system keychain (KDE Wallet)"
WHERE_MEMORY = "this session only (no keychain available)"

# A lookup of a name nobody stores: it makes a locked or absent keychain say so up front, not in
# the middle of a batch.
_PROBE_USERNAME = "(availability check)"


class SecretKind(StrEnum):
    API_SECRET = "api_secret"  # noqa: S105
    SIGNATURE_SECRET = "signature_secret"  # noqa: S105
    PROXY_PASSWORD = "proxy_password"  # noqa: S105 - Settings > Network's manual proxy

    @property
    def label(self) -> str:
        return {SecretKind.API_SECRET: "API secret",
                SecretKind.SIGNATURE_SECRET: "signature secret"}.get(self, "proxy password")


# A profile's own secrets; the proxy password belongs to the machine, not to a profile.
PROFILE_SECRETS: tuple[SecretKind, ...] = (SecretKind.API_SECRET, SecretKind.SIGNATURE_SECRET)



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
        for kind in PROFILE_SECRETS:
            self.delete(profile, kind)

    def move(self, old: str, new: str) -> None:
        """Secrets of ``old`` become those of ``new`` (left-overs under ``new`` are dropped)."""
        for kind in PROFILE_SECRETS:
            value = self.get(old, kind)
            if value:
                self.set(new, kind, value)
            else:
                self.delete(new, kind)
        self.forget(old)


class SecretValueError(CredentialsError):
    """A secret holds characters the API cannot take; the message names the field, not the value."""


def _check_secret(value: str, kind: SecretKind) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError("an empty secret cannot be stored; delete it instead")
    problem = credential_problem(SecretKind(kind).label, value)
    if problem is not None:
        raise SecretValueError(problem[0].upper() + problem[1:])


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
        _check_secret(value, kind)
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
        _check_secret(value, kind)
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


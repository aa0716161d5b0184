"""Credential profiles in settings.json: validated, written atomically, locked across processes."""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ...paths import ensure_private_dir
from ..client import DEFAULT_BASE_URL, AuthMode, BodyFormat, check_base_url
from ..filelock import FileLock
from ..signing import SignatureMethod, parse_method

SETTINGS_FILE = "settings.json"
SETTINGS_FORMAT = 1
PROFILE_NAME_MAX = 64
API_KEY_MAX = 200
# How long a change waits for another process that is writing settings.json.
LOCK_WAIT_SECONDS = 10.0

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


ALLOWED_CHARACTERS = "printable ASCII characters"


def credential_problem(label: str, value: str) -> str | None:
    """Why ``value`` cannot be an API key or secret (Basic auth and signing need ASCII), or None.

    The one check for keys and secrets wherever they enter; the message names the field and the
    first bad character, never the value.
    """
    for position, ch in enumerate(value, start=1):
        if "!" <= ch <= "~":
            continue
        if ch == " ":
            shown = "a space"
        elif ch.isprintable() and not ch.isspace():
            shown = repr(ch)
        else:
            shown = f"U+{ord(ch):04X}"
        return (f"{label}: contains {shown} at position {position}; the API takes only "
                f"{ALLOWED_CHARACTERS}, without spaces")
    return None


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
    problem = credential_problem("API key", text)
    if problem is not None:
        raise ProfileError(problem)
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

    Every change re-reads the file first, under ``settings_lock``, so two windows or a window
    and a command line never undo each other's changes; a damaged or newer file stops every
    change with a ``SettingsError`` instead of being replaced.
    """

    def __init__(self, path: Path, lock_wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._lock_wait = lock_wait

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
        with self._lock, settings_lock(self.path, self._lock_wait):
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
        with self._lock, settings_lock(self.path, self._lock_wait):
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
        with self._lock, settings_lock(self.path, self._lock_wait):
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
        with self._lock, settings_lock(self.path, self._lock_wait):
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



@contextlib.contextmanager
def settings_lock(path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold ``<settings>.lock``: a window and a command line never interleave read-change-write."""
    lock = FileLock(path.with_name(path.name + ".lock"))
    deadline = time.monotonic() + wait
    try:
        while not lock.try_acquire():
            if time.monotonic() >= deadline:
                raise SettingsError(
                    f"The settings file {path} is being changed by another conversion-gui "
                    "process; try again in a moment.", path)
            time.sleep(0.02)
    except OSError as exc:
        raise SettingsError(
            f"The settings file {path} cannot be locked: {exc.strerror or exc}", path) from None
    try:
        yield
    finally:
        lock.release()

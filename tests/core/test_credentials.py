"""Profiles in settings.json, secrets in a real keychain (or in memory when there is none).

The keychain tests talk to a real Secret Service (gnome-keyring in a private D-Bus session
started by tests/keychain_session.sh) and read the secret back with ``secret-tool``, so they
prove the secret is in the keychain, not merely somewhere our code can find it again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import keyring
import keyring.errors
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from conversion_gui.core.client import AuthMode, BodyFormat, MissingSecretError
from conversion_gui.core.credentials import (
    SERVICE,
    SETTINGS_FILE,
    WHERE_SECRET_SERVICE,
    CredentialsError,
    KeyringStore,
    MemoryStore,
    Profile,
    ProfileError,
    ProfileStore,
    SecretKind,
    SettingsError,
    check_profile_name,
    delete_profile,
    keyring_username,
    mask,
    rename_profile,
    resolve_credentials,
)
from conversion_gui.core.signing import SignatureMethod
from conversion_gui.paths import data_dir as make_data_dir

REQUIRE_KEYCHAIN = os.environ.get("CONVERSION_GUI_REQUIRE_KEYCHAIN") == "1"
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")


def missing(reason: str) -> None:
    """Skip, or fail when the run promised a keychain (CI must not go quietly green)."""
    if REQUIRE_KEYCHAIN:
        pytest.fail(f"CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path / "data")


@pytest.fixture
def secret_service() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        missing("no D-Bus session (run the tests through tests/keychain_session.sh)")
    backend = keyring.get_keyring()
    if type(backend).__module__ != "keyring.backends.SecretService":
        missing(f"keyring's backend is {type(backend).__module__}, not SecretService")
    if shutil.which("secret-tool") is None:
        missing("secret-tool is not installed (apt-get install libsecret-tools)")


@pytest.fixture
def profile_name() -> Iterator[str]:
    """A name no other test uses, with its keychain entries removed afterwards."""
    name = f"pytest {uuid.uuid4().hex[:10]}"
    yield name
    store = KeyringStore()
    if store.persistent:
        store.forget(name)


def secret_tool_lookup(profile: str, kind: SecretKind) -> str | None:
    done = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", keyring_username(profile, kind)],
        capture_output=True, text=True, timeout=30, check=False,
    )
    return done.stdout if done.returncode == 0 else None


def files_holding(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain the secret (UTF-8 or UTF-16)."""
    needles = [secret.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            if any(needle in blob for needle in needles):
                found.append(path)
    return found


def new_secret() -> str:
    return "Sx" + uuid.uuid4().hex   # unique per run, so a hit in a file cannot be a leftover


# -- the real Secret Service --------------------------------------------------------------------
@pytest.mark.keychain
def test_secret_round_trip_lands_in_the_system_keychain(
    secret_service: None, profile_name: str
) -> None:
    store = KeyringStore()
    assert store.persistent
    assert store.where == WHERE_SECRET_SERVICE
    assert store.notice is None

    first, second, signature = new_secret(), new_secret(), new_secret()
    store.set(profile_name, SecretKind.API_SECRET, first)
    assert store.get(profile_name, SecretKind.API_SECRET) == first
    assert secret_tool_lookup(profile_name, SecretKind.API_SECRET) == first

    store.set(profile_name, SecretKind.API_SECRET, second)
    store.set(profile_name, SecretKind.SIGNATURE_SECRET, signature)
    assert store.get(profile_name, SecretKind.API_SECRET) == second
    assert secret_tool_lookup(profile_name, SecretKind.API_SECRET) == second
    assert secret_tool_lookup(profile_name, SecretKind.SIGNATURE_SECRET) == signature

    store.delete(profile_name, SecretKind.API_SECRET)
    assert store.get(profile_name, SecretKind.API_SECRET) is None
    assert secret_tool_lookup(profile_name, SecretKind.API_SECRET) is None
    assert store.get(profile_name, SecretKind.SIGNATURE_SECRET) == signature
    store.delete(profile_name, SecretKind.API_SECRET)   # already gone: not an error

    # A second store (the next run of the app) finds what the first one left.
    assert KeyringStore().get(profile_name, SecretKind.SIGNATURE_SECRET) == signature


@pytest.mark.keychain
def test_saved_profile_keeps_its_secret_out_of_every_file(
    secret_service: None, profile_name: str, data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    profiles = ProfileStore.in_dir(data)
    secrets = KeyringStore()
    api_secret, sig_secret = new_secret(), new_secret()
    profiles.save(Profile(profile_name, api_key="abcd1234", auth=AuthMode.SIGNATURE))
    secrets.set(profile_name, SecretKind.API_SECRET, api_secret)
    secrets.set(profile_name, SecretKind.SIGNATURE_SECRET, sig_secret)

    resolved = resolve_credentials(profiles.active(), secrets, {})
    assert resolved.credentials.api_secret == api_secret
    assert resolved.credentials.signature_secret == sig_secret
    assert resolved.sources["api_secret"] == WHERE_SECRET_SERVICE
    assert "API secret from the system keychain" in resolved.source

    settings_text = (data / SETTINGS_FILE).read_text(encoding="utf-8")
    assert "abcd1234" in settings_text and profile_name in settings_text   # the scan reads it
    for secret in (api_secret, sig_secret):
        assert files_holding(data, secret) == []
        assert secret not in caplog.text
        assert secret not in repr(resolved) and secret not in resolved.source
        assert all(secret not in line for line in resolved.lines())


@pytest.mark.keychain
def test_rename_and_delete_move_and_remove_the_keychain_entries(
    secret_service: None, profile_name: str, data: Path
) -> None:
    profiles = ProfileStore.in_dir(data)
    secrets = KeyringStore()
    value = new_secret()
    profiles.save(Profile(profile_name, api_key="k1"))
    secrets.set(profile_name, SecretKind.API_SECRET, value)

    renamed = f"{profile_name} renamed"
    try:
        rename_profile(profiles, secrets, profile_name, renamed)
        assert profiles.names() == [renamed]
        assert profiles.active_name() == renamed
        assert secret_tool_lookup(renamed, SecretKind.API_SECRET) == value
        assert secret_tool_lookup(profile_name, SecretKind.API_SECRET) is None

        delete_profile(profiles, secrets, renamed)
        assert profiles.list() == []
        assert secret_tool_lookup(renamed, SecretKind.API_SECRET) is None
    finally:
        secrets.forget(renamed)


@pytest.mark.keychain
def test_store_is_usable_from_worker_threads(secret_service: None, profile_name: str) -> None:
    store = KeyringStore()   # first used on the workers: the probe happens there too
    names = [f"{profile_name} {i}" for i in range(6)]
    values = {name: new_secret() for name in names}

    def round_trip(name: str) -> str | None:
        store.set(name, SecretKind.API_SECRET, values[name])
        return store.get(name, SecretKind.API_SECRET)

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            got = dict(zip(names, pool.map(round_trip, names), strict=True))
        assert got == values
        assert store.persistent
        assert {n: secret_tool_lookup(n, SecretKind.API_SECRET) for n in names} == values
    finally:
        for name in names:
            store.forget(name)


LOCKED_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from conversion_gui.core.credentials import KeyringStore, SecretKind
    store = KeyringStore()
    store.set("Acme", SecretKind.API_SECRET, sys.argv[1])
    print(json.dumps({
        "persistent": store.persistent, "where": store.where, "notice": store.notice,
        "read_back": store.get("Acme", SecretKind.API_SECRET) == sys.argv[1],
    }))
""")


@pytest.mark.keychain
def test_locked_keychain_falls_back_to_memory_with_a_notice(tmp_path: Path) -> None:
    """A real gnome-keyring that was never unlocked (and cannot prompt): the app still runs."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            missing(f"{tool} is not installed (apt-get install gnome-keyring dbus)")
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "GNOME_"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home), XDG_DATA_HOME=str(home / "share"),
               XDG_CONFIG_HOME=str(home / "config"), CONVERSION_GUI_DATA_DIR=str(home / "data"))
    secret = new_secret()
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c",
         'gnome-keyring-daemon --start --components=secrets >/dev/null && exec "$@"', "sh",
         sys.executable, "-c", LOCKED_SCRIPT, secret],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["persistent"] is False
    assert report["read_back"] is True
    assert report["where"] == "this session only (no keychain available: the keychain is locked)"
    assert "locked" in report["notice"] and "memory" in report["notice"]
    assert "Traceback" not in done.stderr
    assert secret not in done.stdout + done.stderr
    assert files_holding(home, secret) == []


# -- no keychain at all -------------------------------------------------------------------------
@pytest.fixture
def no_keychain() -> Iterator[None]:
    """keyring's own "nothing available" backend, as on a server with no D-Bus session."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def check_memory_fallback(store: KeyringStore, data: Path, caplog: pytest.LogCaptureFixture,
                          reason: str) -> None:
    secret = new_secret()
    store.set("Acme", SecretKind.API_SECRET, secret)   # no exception
    assert store.get("Acme", SecretKind.API_SECRET) == secret
    assert not store.persistent
    assert store.where == f"this session only (no keychain available: {reason})"
    notice = store.notice or ""
    assert notice.startswith("No keychain is available")
    assert "kept in memory for this run" in notice and "nothing is written to disk" in notice
    ProfileStore.in_dir(data).save(Profile("Acme", api_key="abcd1234"))
    assert files_holding(data, secret) == []
    assert secret not in caplog.text
    store.delete("Acme", SecretKind.API_SECRET)
    assert store.get("Acme", SecretKind.API_SECRET) is None


def test_fail_backend_keeps_secrets_in_memory(
    data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    check_memory_fallback(KeyringStore(fail.Keyring()), data, caplog,
                          "no keychain service was found")


def test_default_store_without_any_keychain(
    no_keychain: None, data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    check_memory_fallback(KeyringStore(), data, caplog, "no keychain service was found")


def test_null_backend_is_not_taken_for_a_keychain(
    data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The null backend forgets everything silently; the user must be told instead."""
    caplog.set_level(logging.DEBUG)
    check_memory_fallback(KeyringStore(null.Keyring()), data, caplog,
                          "the keychain is switched off in keyring's settings")


class PlaintextKeyring(KeyringBackend):
    """What keyrings.alt offers: a file of passwords, here in a folder the test watches."""

    priority = 5   # claims to be a fine choice; it must be refused anyway
    viable = False   # keyring registers every subclass: keep this one out of its own choice
    folder = Path(tempfile.gettempdir())

    def get_password(self, service: str, username: str) -> str | None:
        path = self.folder / "passwords.txt"
        for line in path.read_text().splitlines() if path.exists() else []:
            key, _, value = line.partition("=")
            if key == f"{service}|{username}":
                return value
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        with (self.folder / "passwords.txt").open("a") as handle:
            handle.write(f"{service}|{username}={password}\n")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError(username)


def test_plaintext_backend_is_refused(data: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    backend = PlaintextKeyring()
    backend.folder = data
    check_memory_fallback(KeyringStore(backend), data, caplog,
                          "the configured backend would keep secrets in a plain file")
    assert not (data / "passwords.txt").exists()


class BreaksAfterProbe(KeyringBackend):
    """Answers the first lookup, then fails, leaking the password in its message as some do."""

    priority = 5
    viable = False   # never picked by keyring.get_keyring() for other tests

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("No such password!")


def test_keychain_failing_mid_run_moves_to_memory_without_showing_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringStore(BreaksAfterProbe())
    assert store.persistent   # the probe went fine
    # An unknown backend is named as keyring names it (module and class).
    assert store.where == "the system keychain (test credentials BreaksAfterProbe)"
    store.delete("Acme", SecretKind.API_SECRET)   # "no such password" is not a failure
    assert store.persistent

    secret = new_secret()
    store.set("Acme", SecretKind.API_SECRET, secret)
    assert store.get("Acme", SecretKind.API_SECRET) == secret
    assert not store.persistent
    assert store.where == (
        "this session only (no keychain available: the keychain refused the request)")
    for text in (store.where, store.notice or "", caplog.text, repr(store)):
        assert secret not in text


def test_first_use_from_many_threads_probes_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="conversion_gui.core.credentials")
    store = KeyringStore(fail.Keyring())
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: store.get(f"p{i}", SecretKind.API_SECRET), range(32)))
    assert results == [None] * 32
    assert len([r for r in caplog.records if "no keychain" in r.getMessage()]) == 1


def test_memory_store_for_sandbox() -> None:
    store = MemoryStore(where="this session only (sandbox)")
    assert not store.persistent and store.where == "this session only (sandbox)"
    store.set("Sandbox", SecretKind.SIGNATURE_SECRET, "sig")
    assert store.get("Sandbox", SecretKind.SIGNATURE_SECRET) == "sig"
    assert store.get("Sandbox", SecretKind.API_SECRET) is None
    store.move("Sandbox", "Demo")
    assert store.get("Demo", SecretKind.SIGNATURE_SECRET) == "sig"
    assert store.get("Sandbox", SecretKind.SIGNATURE_SECRET) is None
    with pytest.raises(ValueError, match="empty secret"):
        store.set("Demo", SecretKind.API_SECRET, "")
    assert "sig" not in repr(store)


# -- ProfileStore -------------------------------------------------------------------------------
def test_profiles_round_trip_through_the_file(data: Path) -> None:
    store = ProfileStore.in_dir(data)
    assert store.list() == [] and store.active() is None
    acme = Profile("Acme", api_key="abcd1234", auth=AuthMode.SIGNATURE,
                   signature_method=SignatureMethod.SHA512, body=BodyFormat.JSON)
    beta = Profile("beta", api_key="ffff0000", base_url="http://127.0.0.1:8080/")
    store.save(acme)
    store.save(beta)

    again = ProfileStore(data / SETTINGS_FILE)   # the next run
    assert again.list() == [acme, beta]
    assert again.get("Acme") == acme and again.get("nobody") is None
    assert beta.base_url == "http://127.0.0.1:8080"   # normalised
    assert again.active() == acme   # the first profile saved becomes the active one
    again.set_active("beta")
    assert store.active_name() == "beta"

    changed = Profile("Acme", api_key="abcd9999")
    store.save(changed)
    assert again.get("Acme") == changed and len(again.list()) == 2


@POSIX_ONLY
def test_settings_file_is_owner_only(data: Path) -> None:
    path = data / SETTINGS_FILE
    store = ProfileStore(path)
    store.save(Profile("Acme", api_key="k"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)   # loosened by hand, or by a backup tool
    store.save(Profile("Beta", api_key="k"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_failed_write_keeps_the_previous_file(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data / SETTINGS_FILE
    store = ProfileStore(path)
    store.save(Profile("Acme", api_key="k"))
    before = path.read_bytes()

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SettingsError) as caught:
        store.save(Profile("Beta", api_key="k"))
    monkeypatch.undo()
    message = str(caught.value)
    assert "could not be saved" in message and "No space left on device" in message
    assert "previous settings file was kept" in message
    assert path.read_bytes() == before
    assert not [p.name for p in data.iterdir() if p.name.endswith(".tmp")]   # no temp file left
    assert store.names() == ["Acme"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": 1, "profiles": {', "line 1, column 28"),
        (b"", "line 1, column 1"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b"[1, 2]", "does not hold a JSON object"),
        (b'{"profiles": {}}', "format number None is not valid"),
        (b'{"format": 1, "profiles": {"Acme": {"auth": "oauth"}}}',
         "profile 'Acme': auth mode 'oauth' is not one of basic, params, signature"),
        (b'{"format": 1, "profiles": {"Acme": {"base_url": "http://example.com"}}}',
         "profile 'Acme': base URL 'http://example.com' uses plain http"),
        (b'{"format": 1, "profiles": {"": {}}}', "profile '': a profile name cannot be empty"),
    ],
)
def test_damaged_settings_give_a_clear_error_and_are_left_alone(
    data: Path, content: bytes, expected: str
) -> None:
    path = data / SETTINGS_FILE
    path.write_bytes(content)
    store = ProfileStore(path)
    with pytest.raises(SettingsError) as caught:
        store.list()
    message = str(caught.value)
    assert str(path) in message and expected in message
    assert "left as it is" in message
    assert caught.value.path == path
    for change in (lambda: store.save(Profile("New", api_key="k")),
                   lambda: store.set_active(None)):
        with pytest.raises(SettingsError):
            change()
    assert path.read_bytes() == content


def test_newer_settings_format_is_refused_not_overwritten(data: Path) -> None:
    path = data / SETTINGS_FILE
    content = b'{"format": 7, "profiles": {}, "something_new": true}'
    path.write_bytes(content)
    store = ProfileStore(path)
    with pytest.raises(SettingsError, match=r"newer version of conversion-gui \(format 7"):
        store.save(Profile("Acme", api_key="k"))
    assert path.read_bytes() == content


def test_keys_owned_by_other_parts_survive_and_no_secret_field_is_kept(data: Path) -> None:
    path = data / SETTINGS_FILE
    path.write_text(json.dumps({
        "format": 1, "window": {"width": 900},
        "profiles": {"Acme": {"api_key": "k", "api_secret": "pasted-by-hand"}},
    }))
    store = ProfileStore(path)
    store.save(Profile("Beta", api_key="k2"))
    written = json.loads(path.read_text())
    assert written["window"] == {"width": 900}
    assert set(written["profiles"]) == {"Acme", "Beta"}
    assert "pasted-by-hand" not in path.read_text()


def test_rename_delete_and_the_active_profile(data: Path) -> None:
    store = ProfileStore.in_dir(data)
    store.save(Profile("Acme", api_key="k1"))
    store.save(Profile("Beta", api_key="k2"))
    assert store.active_name() == "Acme"

    renamed = store.rename("Acme", "Acme EU")
    assert renamed == Profile("Acme EU", api_key="k1")
    assert store.names() == ["Acme EU", "Beta"]
    assert store.active_name() == "Acme EU"
    store.rename("Acme EU", "acme eu")   # a change of capitals only is fine
    assert store.names() == ["acme eu", "Beta"]

    with pytest.raises(ProfileError, match="a profile named 'Beta' already exists"):
        store.rename("acme eu", "BETA")
    listed = r"no profile named 'Gamma' \(the profiles are: acme eu, Beta\)"
    with pytest.raises(ProfileError, match=listed):
        store.rename("Gamma", "Delta")
    with pytest.raises(ProfileError, match="already exists"):
        store.save(Profile("beta", api_key="k3"))

    store.delete("acme eu")
    assert store.names() == ["Beta"] and store.active() is None
    store.set_active("Beta")
    assert store.active() == Profile("Beta", api_key="k2")
    with pytest.raises(ProfileError, match="no profile named 'Nope'"):
        store.set_active("Nope")
    with pytest.raises(ProfileError, match="no profile named 'Nope'"):
        store.delete("Nope")
    store.delete("Beta")
    with pytest.raises(ProfileError, match="there are no profiles yet"):
        store.require("Beta")


def test_rename_profile_refuses_a_taken_name_and_leaves_secrets_alone(data: Path) -> None:
    profiles = ProfileStore.in_dir(data)
    secrets = MemoryStore()
    profiles.save(Profile("Acme", api_key="k1"))
    profiles.save(Profile("Beta", api_key="k2"))
    secrets.set("Acme", SecretKind.API_SECRET, "acme-secret")
    secrets.set("Beta", SecretKind.API_SECRET, "beta-secret")
    with pytest.raises(ProfileError, match="already exists"):
        rename_profile(profiles, secrets, "Acme", "beta")
    assert secrets.get("Acme", SecretKind.API_SECRET) == "acme-secret"
    assert secrets.get("Beta", SecretKind.API_SECRET) == "beta-secret"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("a\x00b", "control character (U+0000)"),
        ("two\nlines", "control character (U+000A)"),
        ("tab\there", "control character (U+0009)"),
        ("evil\u202etxt", "control character (U+202E)"),
        ("x" * 65, "65 characters long; at most 64"),
    ],
)
def test_bad_profile_names_are_refused(name: str, problem: str) -> None:
    with pytest.raises(ProfileError, match=re.escape(problem)):
        Profile(name, api_key="k")


def test_profile_fields_are_checked_and_normalised() -> None:
    profile = Profile("  Acme / EU  ", api_key=" abcd1234 ", auth="SIGNATURE",  # type: ignore[arg-type]
                      signature_method="SHA-256", body="json")  # type: ignore[arg-type]
    assert profile.name == "Acme / EU" and profile.api_key == "abcd1234"
    assert profile.auth is AuthMode.SIGNATURE
    assert profile.signature_method is SignatureMethod.SHA256
    assert profile.body is BodyFormat.JSON
    assert check_profile_name("東京 Ünïcode") == "東京 Ünïcode"
    with pytest.raises(ProfileError, match="signature method 'sha3' is not one of"):
        Profile("Acme", signature_method="sha3")  # type: ignore[arg-type]
    with pytest.raises(ProfileError, match="must not hold a user name or password"):
        Profile("Acme", base_url="https://key:secret@api.nexmo.com")
    with pytest.raises(ProfileError, match="API key must not contain spaces"):
        Profile("Acme", api_key="ab cd")


profile_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=70
).filter(lambda s: _valid_name(s))


def _valid_name(text: str) -> bool:
    try:
        return check_profile_name(text) == text
    except ProfileError:
        return False


@settings(max_examples=60, deadline=None)
@given(names=st.lists(profile_names, min_size=1, max_size=4, unique_by=str.casefold))
def test_any_valid_names_survive_the_file(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = ProfileStore(Path(folder) / SETTINGS_FILE)
        for i, name in enumerate(names):
            store.save(Profile(name, api_key=f"key{i}"))
        again = ProfileStore(Path(folder) / SETTINGS_FILE)
        assert {p.name: p.api_key for p in again.list()} == {
            name: f"key{i}" for i, name in enumerate(names)
        }
        assert again.active_name() == names[0]


# -- resolve_credentials and mask ----------------------------------------------------------------
@pytest.fixture
def acme_in_memory() -> tuple[Profile, MemoryStore]:
    profile = Profile("Acme", api_key="abcd1234", signature_method=SignatureMethod.SHA1)
    store = MemoryStore(where="this session only (test)")
    store.set("Acme", SecretKind.API_SECRET, "profile-api-secret")
    store.set("Acme", SecretKind.SIGNATURE_SECRET, "profile-sig-secret")
    return profile, store


def test_profile_and_store_supply_everything(acme_in_memory: tuple[Profile, MemoryStore]) -> None:
    profile, store = acme_in_memory
    resolved = resolve_credentials(profile, store, {})
    creds = resolved.credentials
    assert (creds.api_key, creds.api_secret, creds.signature_secret, creds.signature_method) == (
        "abcd1234", "profile-api-secret", "profile-sig-secret", SignatureMethod.SHA1)
    assert resolved.profile == "Acme"
    assert resolved.source == (
        "API key from profile Acme; API secret from this session only (test); "
        "signature secret from this session only (test); signature method from profile Acme"
    )


def test_environment_overrides_the_profile_part_by_part(
    acme_in_memory: tuple[Profile, MemoryStore],
) -> None:
    profile, store = acme_in_memory
    resolved = resolve_credentials(profile, store, {
        "VONAGE_API_SECRET": " env-api-secret ",
        "VONAGE_SIGNATURE_METHOD": "md5hash",
        "VONAGE_SIGNATURE_SECRET": "",   # empty counts as unset
    })
    creds = resolved.credentials
    assert creds.api_key == "abcd1234"
    assert creds.api_secret == "env-api-secret"
    assert creds.signature_secret == "profile-sig-secret"
    assert creds.signature_method is SignatureMethod.MD5HASH
    assert resolved.sources == {
        "api_key": "profile Acme",
        "api_secret": "the environment (VONAGE_API_SECRET)",
        "signature_secret": "this session only (test)",
        "signature_method": "the environment (VONAGE_SIGNATURE_METHOD)",
    }

    everything = resolve_credentials(profile, store, {
        "VONAGE_API_KEY": "envkey", "VONAGE_API_SECRET": "s1", "VONAGE_SIGNATURE_SECRET": "s2",
    })
    assert everything.credentials.api_key == "envkey"
    assert everything.source.startswith(
        "API key from the environment (VONAGE_API_KEY); API secret from the environment")


def test_environment_alone_without_a_profile() -> None:
    resolved = resolve_credentials(None, MemoryStore(), {
        "VONAGE_API_KEY": "envkey", "VONAGE_API_SECRET": "envsecret"})
    assert resolved.credentials.api_key == "envkey"
    assert resolved.credentials.signature_method is SignatureMethod.SHA256
    assert resolved.source == ("API key from the environment (VONAGE_API_KEY); API secret from "
                               "the environment (VONAGE_API_SECRET); signature secret not set")
    resolved.credentials.check(AuthMode.BASIC)


def test_nothing_anywhere_is_reported_not_guessed() -> None:
    resolved = resolve_credentials(None, MemoryStore(), {})
    assert resolved.credentials.api_key == ""
    assert resolved.source == "API key not set; API secret not set; signature secret not set"
    with pytest.raises(MissingSecretError, match="no API key"):
        resolved.credentials.check(AuthMode.BASIC)


def test_bad_signature_method_in_the_environment_names_the_variable() -> None:
    with pytest.raises(CredentialsError, match="VONAGE_SIGNATURE_METHOD: signature method 'rot13'"):
        resolve_credentials(None, MemoryStore(), {"VONAGE_SIGNATURE_METHOD": "rot13"})


def test_shown_credentials_are_masked(acme_in_memory: tuple[Profile, MemoryStore]) -> None:
    profile, store = acme_in_memory
    resolved = resolve_credentials(profile, store, {})
    shown = "\n".join(resolved.lines()) + repr(resolved)
    assert "profile-api-secret" not in shown and "profile-sig-secret" not in shown
    assert "API secret: ••••et  (this session only (test))" in shown
    assert "API key: abcd1234  (profile Acme)" in shown


@pytest.mark.parametrize(
    ("secret", "shown"),
    [
        (None, "(not set)"),
        ("", "(not set)"),
        ("a", "••••"),
        ("abcdefghijk", "••••"),           # 11 characters: nothing of it shown
        ("abcdefghijkl", "••••kl"),        # 12: the last two
        ("x" * 40 + "yz", "••••yz"),
    ],
)
def test_mask(secret: str | None, shown: str) -> None:
    assert mask(secret) == shown

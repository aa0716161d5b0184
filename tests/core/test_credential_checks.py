"""Keys and secrets the API cannot take are stopped where they enter, with the field named.

Also the cross-process lock on settings.json: two real processes saving at once lose nothing.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from conversion_gui.core.credentials import (
    SERVICE,
    CredentialsError,
    KeyringStore,
    MemoryStore,
    Profile,
    ProfileError,
    ProfileStore,
    SecretKind,
    SecretValueError,
    SettingsError,
    credential_problem,
    keyring_username,
    resolve_credentials,
)
from conversion_gui.core.filelock import FileLock
from conversion_gui.paths import data_dir as make_data_dir

REQUIRE_KEYCHAIN = os.environ.get("CONVERSION_GUI_REQUIRE_KEYCHAIN") == "1"
TAIL = "the API takes only printable ASCII characters, without spaces"


@pytest.mark.parametrize(("value", "expected"), [
    ("abcdé123", "API secret: contains 'é' at position 5; " + TAIL),
    ("ab cd", "API secret: contains a space at position 3; " + TAIL),
    ("abc\tx", "API secret: contains U+0009 at position 4; " + TAIL),
    ("ключ", "API secret: contains 'к' at position 1; " + TAIL),
    ("a\u200bb", "API secret: contains U+200B at position 2; " + TAIL),
])
def test_a_character_the_api_cannot_take_is_named_with_its_position(
    value: str, expected: str
) -> None:
    assert credential_problem("API secret", value) == expected


def test_every_printable_ascii_character_is_allowed() -> None:
    allowed = "".join(chr(c) for c in range(0x21, 0x7F))
    assert credential_problem("API secret", allowed) is None


@pytest.mark.parametrize(("variable", "value"), [
    ("VONAGE_API_SECRET", "sécret-value"),
    ("VONAGE_SIGNATURE_SECRET", "sig secret"),
    ("VONAGE_API_KEY", "kéy1234"),
])
def test_environment_values_are_refused_naming_the_variable(variable: str, value: str) -> None:
    environ = {"VONAGE_API_KEY": "abcd1234", "VONAGE_API_SECRET": "good-secret", variable: value}
    with pytest.raises(CredentialsError) as caught:
        resolve_credentials(None, MemoryStore(), environ)
    message = str(caught.value)
    assert message.startswith(f"{variable}: contains ")
    assert value not in message


def test_a_store_refuses_a_secret_the_api_cannot_take() -> None:
    store = MemoryStore()
    with pytest.raises(SecretValueError, match=r"^Signature secret: contains 'ü' at position 2"):
        store.set("Acme", SecretKind.SIGNATURE_SECRET, "Tüv-secret")
    assert store.get("Acme", SecretKind.SIGNATURE_SECRET) is None
    with pytest.raises(ValueError, match="empty secret"):
        store.set("Acme", SecretKind.API_SECRET, "")


def test_a_proxy_password_is_named_as_such_and_is_not_a_profile_secret() -> None:
    store = MemoryStore()
    with pytest.raises(SecretValueError, match=r"^Proxy password: contains 'ß' at position 4"):
        store.set("(network proxy)", SecretKind.PROXY_PASSWORD, "groß-pass")
    store.set("Acme", SecretKind.API_SECRET, "s3cret")
    store.set("Acme", SecretKind.PROXY_PASSWORD, "proxy-pass")
    store.forget("Acme")  # deleting a profile drops its own secrets only
    assert store.get("Acme", SecretKind.API_SECRET) is None
    assert store.get("Acme", SecretKind.PROXY_PASSWORD) == "proxy-pass"


def test_a_profile_refuses_an_api_key_the_api_cannot_take() -> None:
    with pytest.raises(ProfileError, match=r"^API key: contains 'ß' at position 3"):
        Profile("Acme", api_key="abß1")


@pytest.fixture
def keychain_profile() -> Iterator[str]:
    """A profile name with an entry nobody else uses; removed from the keychain afterwards."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if REQUIRE_KEYCHAIN:
            pytest.fail("CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but there is no D-Bus session")
        pytest.skip("no D-Bus session (run the tests through tests/keychain_session.sh)")
    name = f"pytest chars {uuid.uuid4().hex[:10]}"
    yield name
    for kind in SecretKind:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, keyring_username(name, kind))


@pytest.mark.keychain
def test_a_keychain_value_written_by_another_program_is_refused_clearly(
    keychain_profile: str, tmp_path: Path
) -> None:
    store = KeyringStore()
    if not store.persistent:
        if REQUIRE_KEYCHAIN:
            pytest.fail(f"CONVERSION_GUI_REQUIRE_KEYCHAIN=1 but {store.where}")
        pytest.skip(store.where)
    # written straight into the keychain, as a password manager or an older version might
    keyring.set_password(SERVICE, keyring_username(keychain_profile, SecretKind.API_SECRET),
                         "pässword-123")
    profiles = ProfileStore.in_dir(make_data_dir(tmp_path / "data"))
    profiles.save(Profile(keychain_profile, api_key="abcd1234"))
    with pytest.raises(ProfileError) as caught:
        resolve_credentials(profiles.require(keychain_profile), store, {})
    message = str(caught.value)
    assert message.startswith(
        f"API secret of profile {keychain_profile!r} in {store.where}: contains 'ä' at position 2")
    assert "credentials set" in message and "pässword-123" not in message
    # the environment still wins, so CI is not blocked by a bad keychain entry
    env = resolve_credentials(profiles.require(keychain_profile), store,
                              {"VONAGE_API_SECRET": "good-secret"})
    assert env.credentials.api_secret == "good-secret"


def test_a_change_waits_for_another_holder_of_the_settings_lock(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path / "data")
    store = ProfileStore.in_dir(data)
    store.save(Profile("Acme", api_key="k1"))
    other = FileLock(data / "settings.json.lock")   # another process's open file, as flock sees it
    assert other.try_acquire()
    try:
        hurried = ProfileStore(data / "settings.json", lock_wait=0.2)
        with pytest.raises(SettingsError, match="being changed by another conversion-gui"):
            hurried.save(Profile("Beta", api_key="k2"))
        assert hurried.names() == ["Acme"]   # reading needs no lock: writes are atomic
    finally:
        other.release()
    store.save(Profile("Beta", api_key="k2"))
    assert store.names() == ["Acme", "Beta"]


SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from conversion_gui.core.credentials import Profile, ProfileStore
    store = ProfileStore(Path(sys.argv[1]))
    for i in range(int(sys.argv[3])):
        store.save(Profile(f"{sys.argv[2]}{i}", api_key=f"k{i}"))
""")


def test_two_processes_saving_at_once_lose_no_profile(tmp_path: Path) -> None:
    path = make_data_dir(tmp_path / "data") / "settings.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    count = 25
    children = [subprocess.Popen([sys.executable, "-c", SAVER, str(path), prefix, str(count)],
                                 env=env) for prefix in ("a", "b")]
    for child in children:
        assert child.wait(timeout=120) == 0
    names = set(ProfileStore(path).names())
    assert names == {f"{p}{i}" for p in ("a", "b") for i in range(count)}

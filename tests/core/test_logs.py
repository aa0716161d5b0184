"""The log file helps support and never holds a secret, whoever wrote the line."""

from __future__ import annotations

import logging
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conversion_gui.core.client import AuthMode, ClientConfig, ConversionClient, Credentials
from conversion_gui.core.context import AppContext, Overrides
from conversion_gui.core.conversion import make_conversion
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind
from conversion_gui.core.secret_registry import SecretRegistry
from conversion_gui.logs import REDACTOR, RedactingFilter, setup_logging

SECRET = "s3cr3t-Value-42"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path, level=logging.DEBUG)
    REDACTOR.add_secret(SECRET)
    yield path
    for handler in logging.getLogger().handlers:
        handler.flush()


def read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        f"posting api_key=abc&api_secret={SECRET}&message-id=1",
        "body api_secret=another-one-9&delivered=true",
        'json {"api_secret": "another-one-9", "x": 1}',
        "signed sig=0123456789abcdef0123456789abcdef&api_key=k",
        "header Authorization: Basic YWJjOmFub3RoZXItb25lLTk=",
        "headers {'Authorization': 'Basic YWJjOmFub3RoZXItb25lLTk='}",
        f"the secret is {SECRET} here",
        "password=hunter2-long",
    ],
)
def test_secret_shapes_are_masked(log_file: Path, line: str) -> None:
    logging.getLogger("any.module").warning(line)
    text = read(log_file)
    for leaked in (SECRET, "another-one-9", "0123456789abcdef0123456789abcdef",
                   "YWJjOmFub3RoZXItb25lLTk=", "hunter2-long"):
        assert leaked not in text
    assert "****" in text


def test_arguments_and_tracebacks_are_masked_too(log_file: Path) -> None:
    log = logging.getLogger("x")
    log.error("sending with %s", SECRET)
    try:
        raise ValueError(f"boom api_secret={SECRET}")
    except ValueError:
        log.exception("failed")
    text = read(log_file)
    assert SECRET not in text
    assert "ValueError" in text  # the traceback is still there to help


def test_log_file_is_private(log_file: Path) -> None:
    logging.getLogger("x").info("hello")
    read(log_file)
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_no_stderr_in_a_windowed_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    path = setup_logging(tmp_path, console=True)
    logging.getLogger("x").warning("still logged")
    assert "still logged" in read(path)


def test_requests_debug_lines_hold_no_secret(
    log_file: Path, simulator: object, demo_credentials: Credentials
) -> None:
    """urllib3 at DEBUG logs every request line; with the secret in the body or header, the
    file still must not hold it."""
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    REDACTOR.add_secret(demo_credentials.api_secret)
    for auth in ("basic", "params"):
        client = ConversionClient(
            ClientConfig(base_url=simulator.base_url, auth=auth),  # type: ignore[attr-defined, arg-type]
            demo_credentials,
        )
        with client:
            assert client.send(make_conversion("sms", "0A01", True)).accepted
    text = read(log_file)
    assert demo_credentials.api_secret and demo_credentials.api_secret not in text
    assert "/conversions/sms" in text  # the request was logged, minus its secrets


@pytest.mark.parametrize("line, leaked", [
    ("{'api_secret': 'repr-value-1', 'api_key': 'k'}", "repr-value-1"),
    ("Credentials(api_key='k', api_secret='repr-value-2')", "repr-value-2"),
    ('{"signature_secret": "has spaces 3", "x": 1}', "has spaces 3"),
    ("password='pw with spaces 4'", "pw with spaces 4"),
    ("{'sig': 'abcdef0123456789'}", "abcdef0123456789"),
    ("secret = 'spaced-equals-5'", "spaced-equals-5"),
    ("VONAGE_API_SECRET=env-value-6 VONAGE_API_KEY=k", "env-value-6"),
    ("kwargs {'secret': b'bytes-value-7'}", "bytes-value-7"),
])
def test_python_repr_shapes_are_masked(line: str, leaked: str) -> None:
    redacted = RedactingFilter().redact(line)
    assert leaked not in redacted
    assert "****" in redacted


@pytest.mark.parametrize("line", [
    "api_secret_set: True, signature_secret_set: False",
    "the secret is kept in the keychain",
    "signature method sha256; design: simple",
])
def test_words_about_secrets_are_left_alone(line: str) -> None:
    assert RedactingFilter().redact(line) == line


def test_the_context_registers_every_secret_it_loads(tmp_path: Path) -> None:
    """The GUI and the command line share this path: loading is registering."""
    store = MemoryStore()
    ctx = AppContext(tmp_path, secret_store=store, environ={})
    ctx.profiles.save(Profile(name="p", api_key="key1", auth=AuthMode.SIGNATURE))
    store.set("p", SecretKind.API_SECRET, "ctx-api-secret-8")
    store.set("p", SecretKind.SIGNATURE_SECRET, "ctx-sig-secret-9")
    fresh = RedactingFilter(SecretRegistry())  # nothing registered
    assert fresh.redact("x ctx-api-secret-8") == "x ctx-api-secret-8"
    ctx.credentials(Overrides(profile="p"))
    ctx.close()
    said = RedactingFilter().redact("bare ctx-api-secret-8 and ctx-sig-secret-9")
    assert said == "bare **** and ****"


def test_short_values_are_not_taken_for_secrets() -> None:
    f = RedactingFilter()
    f.add_secret("ab")  # would mask every "ab" in every line
    assert f.redact("about abc") == "about abc"


def test_auth_mode_given_as_text_still_sends_credentials(
    simulator: object, demo_credentials: Credentials
) -> None:
    """Settings and arguments hold plain text; a mode given as "basic" must still authenticate."""
    for auth in ("basic", "params", "signature"):
        config = ClientConfig(base_url=simulator.base_url, auth=auth)  # type: ignore[attr-defined, arg-type]
        with ConversionClient(config, demo_credentials) as client:
            assert client.send(make_conversion("sms", "0A02", True)).accepted, auth

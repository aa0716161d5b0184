"""The accounts the simulator knows (public demo values) and how a request proves it is one."""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass, field

from conversion_gui.core.signing import SignatureMethod, verify


@dataclass(frozen=True, slots=True)
class SimulatorAccount:
    """An account the simulator knows; the secrets stay out of ``repr``."""

    api_key: str
    api_secret: str = field(repr=False)
    signature_secret: str = field(repr=False)
    signature_method: SignatureMethod = SignatureMethod.SHA256
    enabled: bool = True


# Public demo values, not secrets: sandbox mode and training use them, and they work nowhere but
# here (the simulator only listens on loopback).
_DEMO_SECRET = "sandbox-demo-secret"  # noqa: S105
_DEMO_SIGNATURE_SECRET = "sandbox-demo-signature-secret"  # noqa: S105

DEMO_ACCOUNT = SimulatorAccount("sandbox-demo", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET)
"""The sandbox account: signature method sha256."""

DISABLED_ACCOUNT = SimulatorAccount(
    "sandbox-disabled", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET, enabled=False
)
"""Valid credentials on an account without the Conversion API: every request answers 402."""

SIGNATURE_ACCOUNTS: dict[SignatureMethod, SimulatorAccount] = {
    method: (
        DEMO_ACCOUNT
        if method is DEMO_ACCOUNT.signature_method
        else SimulatorAccount(f"sandbox-{method.value}", _DEMO_SECRET, _DEMO_SIGNATURE_SECRET,
                              method)
    )
    for method in SignatureMethod
}
"""One demo account per signature method (an account has exactly one, as at Vonage)."""

DEMO_CREDENTIALS_NOTE = (
    "The demo secrets are not printed: sandbox mode (conversion-gui --sandbox) fills them in, "
    "and they are DEMO_ACCOUNT in conversion_gui/simulator/accounts.py."
)


def default_accounts() -> list[SimulatorAccount]:
    """The demo account, one account per signature method, and a disabled account."""
    accounts = [DEMO_ACCOUNT, DISABLED_ACCOUNT]
    accounts += [a for a in SIGNATURE_ACCOUNTS.values() if a is not DEMO_ACCOUNT]
    return accounts


def authenticate(
    params: dict[str, str],
    authorization: str | None,
    accounts: dict[str, SimulatorAccount],
) -> tuple[str, SimulatorAccount | None, str | None]:
    """(mode seen, the account if the credentials are right, the API key given)."""
    if "sig" in params:
        key = params.get("api_key", "")
        account = accounts.get(key)
        if account is not None and verify(params, account.signature_secret,
                                          account.signature_method):
            return "signature", account, key
        return "signature", None, key or None
    if "api_secret" in params:
        key = params.get("api_key", "")
        account = accounts.get(key)
        if account is not None and hmac.compare_digest(
            params["api_secret"].encode(), account.api_secret.encode()
        ):
            return "params", account, key
        return "params", None, key or None
    if authorization:
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "basic":
            return "other", None, None
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "basic", None, None
        key, _, secret = decoded.partition(":")
        account = accounts.get(key)
        if account is not None and hmac.compare_digest(secret.encode(),
                                                       account.api_secret.encode()):
            return "basic", account, key
        return "basic", None, key or None
    return "none", None, params.get("api_key") or None

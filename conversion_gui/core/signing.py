"""Request signatures, as Vonage computes them.

The string signed is every parameter but ``sig``, sorted by key, each value with ``&`` and
``=`` turned into ``_``, joined as ``&k=v&k2=v2``. ``md5hash`` appends the secret and takes
MD5; the others are an HMAC keyed by the secret. Hex, lower case.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from enum import StrEnum


class SignatureMethod(StrEnum):
    MD5HASH = "md5hash"
    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA512 = "sha512"


def parse_method(text: str) -> SignatureMethod:
    try:
        return SignatureMethod(text.strip().lower().replace("-", ""))
    except ValueError:
        names = ", ".join(m.value for m in SignatureMethod)
        raise ValueError(f"signature method {text!r} is not one of {names}") from None


def signing_string(params: Mapping[str, str]) -> str:
    parts = []
    for key in sorted(k for k in params if k != "sig"):
        value = str(params[key]).replace("&", "_").replace("=", "_")
        parts.append(f"&{key}={value}")
    return "".join(parts)


def sign(params: Mapping[str, str], secret: str, method: SignatureMethod | str) -> str:
    method = SignatureMethod(method)
    text = signing_string(params).encode("utf-8")
    key = secret.encode("utf-8")
    if method is SignatureMethod.MD5HASH:
        # Vonage's own scheme, not a security choice of ours.
        return hashlib.md5(text + key, usedforsecurity=False).hexdigest()
    return hmac.new(key, text, method.value).hexdigest()


def verify(params: Mapping[str, str], secret: str, method: SignatureMethod | str) -> bool:
    given = str(params.get("sig", "")).lower()
    return hmac.compare_digest(given, sign(params, secret, method))

"""Signatures: the official SDKs' own vectors, and an independent implementation as an oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vonage_http_client.auth import Auth

from conversion_gui.core.signing import SignatureMethod, parse_method, sign, signing_string, verify

ALPHABET = {"a": "alphabet", "b": "bananas", "timestamp": "2100"}
ONE_TWO = {"a": "1", "b": "2", "timestamp": "1461605396"}
PARAMS = {"param1": "value1", "param2": "value2", "timestamp": "1234567890"}
ESCAPED = {"param1": "value&1", "param2": "value=2", "timestamp": "1234567890"}

# DESIGN.md section 2, taken from the official SDKs' test suites.
VECTORS = [
    (ALPHABET, "abcde", "md5hash", "7d43241108912b32cc315b48ce681acf"),
    (ALPHABET, "abcde", "md5", "e0afe267aefd6dd18a848c1681517a19"),
    (ALPHABET, "abcde", "sha1", "b7f749de27b4adcf736cc95c9a7e059a16c85127"),
    (ALPHABET, "abcde", "sha256",
     "8d1b0428276b6a070578225914c3502cc0687a454dfbbbb370c76a14234cb546"),
    (ONE_TWO, "secret", "md5hash", "6af838ef94998832dbfc29020b564830"),
    (ONE_TWO, "secret", "sha1", "3e19a4e6880fdc2c1426bfd0587c98b9532f0210"),
    (ONE_TWO, "secret", "sha256",
     "a321e824b9b816be7c3f28859a31749a098713d39f613c80d455bbaffae1cd24"),
    (PARAMS, "signature_secret", "sha256",
     "280c4320703dbc98bfa22db676655ed2acfbfe8792b062ff7622e67f1183c287"),
    (PARAMS, "signature_secret", "md5", "724c2bf6ca423c36e20631b11d1c5753"),
    (ESCAPED, "signature_secret", "md5", "2bbf0abafb2c55e5af6231513896a2ac"),
]


@pytest.mark.parametrize(("params", "secret", "method", "expected"), VECTORS)
def test_official_vectors(params: dict[str, str], secret: str, method: str,
                          expected: str) -> None:
    assert sign(params, secret, method) == expected
    assert sign(params, secret, SignatureMethod(method)) == expected


@pytest.mark.parametrize(("params", "secret", "method", "expected"), VECTORS)
def test_verify_accepts_the_right_sig_in_any_case(params: dict[str, str], secret: str,
                                                   method: str, expected: str) -> None:
    assert verify(params | {"sig": expected}, secret, method)
    assert verify(params | {"sig": expected.upper()}, secret, method)


@pytest.mark.parametrize(("params", "secret", "method", "expected"), VECTORS)
def test_verify_refuses_a_wrong_sig(params: dict[str, str], secret: str, method: str,
                                    expected: str) -> None:
    flipped = ("0" if expected[0] != "0" else "1") + expected[1:]
    assert not verify(params | {"sig": flipped}, secret, method)
    assert not verify(params | {"sig": expected}, secret + "x", method)
    assert not verify(params, secret, method)  # no sig at all
    # A changed parameter breaks the signature: what it is for.
    assert not verify(params | {"timestamp": "1", "sig": expected}, secret, method)


def test_sig_itself_is_not_signed_and_values_are_escaped() -> None:
    assert signing_string({"b": "x=y&z", "a": "1", "sig": "whatever"}) == "&a=1&b=x_y_z"
    assert sign(ESCAPED | {"sig": "anything"}, "signature_secret", "md5") == (
        "2bbf0abafb2c55e5af6231513896a2ac"
    )


def test_the_signature_method_differs_per_method() -> None:
    sigs = {m: sign(PARAMS, "s", m) for m in SignatureMethod}
    assert len(set(sigs.values())) == len(SignatureMethod)
    assert len(sigs[SignatureMethod.SHA512]) == 128


@pytest.mark.parametrize(
    ("text", "method"),
    [("sha256", SignatureMethod.SHA256), (" SHA-512 ", SignatureMethod.SHA512),
     ("MD5HASH", SignatureMethod.MD5HASH), ("md5", SignatureMethod.MD5),
     ("Sha1", SignatureMethod.SHA1)],
)
def test_parse_method(text: str, method: SignatureMethod) -> None:
    assert parse_method(text) is method


def test_parse_method_names_the_choices() -> None:
    with pytest.raises(ValueError, match="md5hash, md5, sha1, sha256, sha512") as info:
        parse_method("sha3")
    assert "'sha3'" in str(info.value)


# Keys as a form would carry them; values with the characters the escaping is about, unicode,
# and empty strings.
_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=12)
_values = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", "&", "=", "a&b=c", "==&&", "é", "日本", "true", "2026-01-01 10:00:00"]),
)
_params = st.dictionaries(_keys.filter(lambda k: k != "sig"), _values, max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    params=_params,
    secret=st.text(min_size=1, max_size=40),
    method=st.sampled_from(["md5", "sha1", "sha256", "sha512"]),
)
def test_hmac_methods_agree_with_vonage_http_client(params: dict[str, str], secret: str,
                                                    method: str) -> None:
    oracle = Auth(api_key="key", signature_secret=secret, signature_method=method)
    copy = dict(params)
    expected = oracle.sign_params(copy)
    # The oracle adds a timestamp of its own when there is none (or it is empty); whatever it
    # signed is what we sign.
    signed = {k: str(v) for k, v in copy.items()}
    assert set(signed) - set(params) <= {"timestamp"}
    assert sign(signed, secret, method) == expected
    assert verify(signed | {"sig": expected}, secret, method)

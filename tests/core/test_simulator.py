"""The local Conversion API: answers as the real one does, misbehaves on demand, keeps records.

Raw HTTP (requests, or a bare socket where the wire itself matters) against a real server on
127.0.0.1; nothing mocked.
"""

from __future__ import annotations

import base64
import io
import json
import re
import socket
import threading
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
import requests

from conversion_gui.core.conversion import Channel
from conversion_gui.core.signing import SignatureMethod, sign
from conversion_gui.simulator import (
    DEMO_ACCOUNT,
    DISABLED_ACCOUNT,
    JSON_CONTENT_TYPES,
    SIGNATURE_ACCOUNTS,
    Faults,
    Simulator,
    SimulatorAccount,
    default_accounts,
    serve_forever,
)
from tests.conftest import SimulatorFactory

GOOD = {"message-id": "abc123", "delivered": "true", "timestamp": "2026-01-15 10:00:00"}
SECRETS = (DEMO_ACCOUNT.api_secret, DEMO_ACCOUNT.signature_secret)


def basic(account: SimulatorAccount = DEMO_ACCOUNT, secret: str | None = None) -> str:
    pair = f"{account.api_key}:{account.api_secret if secret is None else secret}"
    return "Basic " + base64.b64encode(pair.encode()).decode()


def post(sim: Simulator, data: Any = None, *, path: str = "/conversions/sms",
         auth: bool = True, headers: dict[str, str] | None = None,
         session: requests.Session | None = None, **kwargs: Any) -> requests.Response:
    all_headers = {"Authorization": basic()} if auth else {}
    all_headers.update(headers or {})
    sender = session or requests
    return sender.post(sim.base_url + path, data=GOOD if data is None else data,
                       headers=all_headers, timeout=10, allow_redirects=False, **kwargs)


class FakeClock:
    """The simulator's clock, moved by hand, so windows and rate limits are exact."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- routes and methods -----------------------------------------------------------------------


@pytest.mark.parametrize(("path", "channel"),
                         [("/conversions/sms", Channel.SMS), ("/conversions/voice", Channel.VOICE)])
def test_both_endpoints_accept_a_good_conversion(simulator: Simulator, path: str,
                                                 channel: Channel) -> None:
    answer = post(simulator, path=path)
    assert answer.status_code == 200
    assert answer.text == ""
    assert answer.headers["Content-Type"].startswith("text/plain")
    assert simulator.accepted(channel) == {"abc123": 1}
    other = Channel.VOICE if channel is Channel.SMS else Channel.SMS
    assert simulator.accepted(other) == {}
    [record] = simulator.records()
    assert (record.method, record.path, record.channel, record.status) == (
        "POST", path, channel, 200)
    assert record.auth_mode == "basic"
    assert record.params == GOOD


@pytest.mark.parametrize("path", ["/", "/conversions", "/conversions/fax", "/sms"])
def test_other_paths_are_not_found(simulator: Simulator, path: str) -> None:
    assert post(simulator, path=path).status_code == 404
    assert simulator.accepted() == {}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
def test_other_methods_are_not_allowed(simulator: Simulator, method: str) -> None:
    answer = requests.request(method, simulator.base_url + "/conversions/sms", data=GOOD,
                              headers={"Authorization": basic()}, timeout=10)
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "POST"
    assert simulator.accepted() == {}


# --- bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", sorted(JSON_CONTENT_TYPES))
def test_json_object_under_every_listed_content_type(simulator: Simulator,
                                                      content_type: str) -> None:
    body = json.dumps({"message-id": "j1", "delivered": True,
                       "timestamp": "2026-01-15 10:00:00"})
    answer = post(simulator, body, headers={"Content-Type": content_type + "; charset=utf-8"})
    assert answer.status_code == 200
    assert simulator.records()[0].body_format == "json"
    assert simulator.records()[0].params["delivered"] == "true"


def test_json_body_with_credentials_in_it(simulator: Simulator) -> None:
    body = GOOD | {"api_key": DEMO_ACCOUNT.api_key, "api_secret": DEMO_ACCOUNT.api_secret}
    answer = post(simulator, json.dumps(body), auth=False,
                  headers={"Content-Type": "text/x-json"})
    assert answer.status_code == 200
    assert simulator.records()[0].auth_mode == "params"


def test_form_body_in_utf8(simulator: Simulator) -> None:
    body = "message-id=%C3%A9t%C3%A9-1&delivered=1&timestamp=2026-01-15+10%3A00%3A00"
    answer = post(simulator, body,
                  headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
    assert answer.status_code == 200
    assert simulator.accepted() == {"été-1": 1}


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{not json"),
        ("application/json", b"[1, 2]"),
        ("text/json", b'{"message-id": {"nested": 1}}'),
        ("application/json", b'{"message-id": "\xff"}'),
        ("application/x-www-form-urlencoded", b"message-id=%FF%FE&delivered=true"),
        ("application/x-www-form-urlencoded", b"message-id=\xff"),
        ("multipart/form-data; boundary=x", b"--x--"),
    ],
)
def test_unreadable_body_is_422(simulator: Simulator, content_type: str, body: bytes) -> None:
    answer = post(simulator, body, headers={"Content-Type": content_type})
    assert answer.status_code == 422
    assert "body could not be read" in answer.text


def test_chunked_body_is_refused_with_411(simulator: Simulator) -> None:
    chunks = iter([b"message-id=x&", b"delivered=true"])
    answer = post(simulator, chunks)
    assert answer.status_code == 411


@pytest.mark.parametrize("length", ["abc", "-1", "²"])
def test_a_bad_content_length_is_400_and_closes(simulator: Simulator, length: str) -> None:
    with socket.create_connection((simulator.host, simulator.port), timeout=10) as sock:
        sock.sendall(f"POST /conversions/sms HTTP/1.1\r\nHost: x\r\n"
                     f"Content-Length: {length}\r\n\r\n".encode())
        stream = sock.makefile("rb")
        assert stream.readline().startswith(b"HTTP/1.1 400")
        assert b"Connection: close" in stream.read()  # read() ends: the server closed it
    assert simulator.status_counts() == {400: 1}


def test_json_null_is_an_empty_value(simulator: Simulator) -> None:
    body = json.dumps({"message-id": None, "delivered": 1, "timestamp": "2026-01-15 10:00:00"})
    answer = post(simulator, body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 422
    assert "message-id is missing" in answer.text
    assert simulator.records()[0].params == {"message-id": "", "delivered": "1",
                                             "timestamp": "2026-01-15 10:00:00"}


def test_an_oversized_body_is_refused(simulator: Simulator) -> None:
    answer = post(simulator, {"message-id": "x" * 70_000})
    assert answer.status_code == 413


# --- credentials ----------------------------------------------------------------------------


def test_params_mode(simulator: Simulator) -> None:
    body = GOOD | {"api_key": DEMO_ACCOUNT.api_key, "api_secret": DEMO_ACCOUNT.api_secret}
    assert post(simulator, body, auth=False).status_code == 200
    [record] = simulator.records()
    assert record.auth_mode == "params"
    assert record.api_key == DEMO_ACCOUNT.api_key
    assert "api_secret" not in record.params


@pytest.mark.parametrize("method", list(SignatureMethod))
def test_signature_mode_with_each_method(simulator: Simulator, method: SignatureMethod) -> None:
    account = SIGNATURE_ACCOUNTS[method]
    body = GOOD | {"api_key": account.api_key}
    body["sig"] = sign(body, account.signature_secret, method)
    assert post(simulator, body, auth=False).status_code == 200
    [record] = simulator.records()
    assert record.auth_mode == "signature"
    assert "sig" not in record.params


def test_signature_with_another_accounts_method_is_refused(simulator: Simulator) -> None:
    body = GOOD | {"api_key": DEMO_ACCOUNT.api_key}  # the demo account signs with sha256
    body["sig"] = sign(body, DEMO_ACCOUNT.signature_secret, SignatureMethod.SHA512)
    assert post(simulator, body, auth=False).status_code == 401


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (GOOD, {}),                                                            # nothing at all
        (GOOD, {"Authorization": basic(secret="wrong")}),
        (GOOD, {"Authorization": "Basic not-base64!"}),
        (GOOD, {"Authorization": "Bearer abc.def.ghi"}),
        (GOOD, {"Authorization": basic(SimulatorAccount("nobody", "x", "y"))}),
        (GOOD | {"api_key": DEMO_ACCOUNT.api_key, "api_secret": "wrong"}, {}),
        (GOOD | {"api_key": "nobody", "api_secret": DEMO_ACCOUNT.api_secret}, {}),
        (GOOD | {"api_key": DEMO_ACCOUNT.api_key, "sig": "0" * 64}, {}),
        (GOOD | {"api_key": DEMO_ACCOUNT.api_key}, {}),                        # key, no secret
    ],
)
def test_wrong_credentials_are_401(simulator: Simulator, body: dict[str, str],
                                   headers: dict[str, str]) -> None:
    answer = post(simulator, body, auth=False, headers=headers)
    assert answer.status_code == 401
    assert "Wrong credentials" in answer.text
    assert simulator.accepted() == {}


def test_disabled_account_is_402(simulator: Simulator) -> None:
    answer = post(simulator, headers={"Authorization": basic(DISABLED_ACCOUNT)})
    assert answer.status_code == 402
    assert "not been enabled" in answer.text


@pytest.mark.parametrize("query", ["api_key=sandbox-demo", "api_secret=x", "sig=abc",
                                   "api_key=sandbox-demo&api_secret=sandbox-demo-secret"])
def test_credentials_in_the_url_are_refused_and_counted(simulator: Simulator,
                                                        query: str) -> None:
    answer = post(simulator, path="/conversions/sms?" + query)
    assert answer.status_code == 401
    assert "must not be in the URL" in answer.text
    assert simulator.url_credential_leaks == 1
    assert simulator.accepted() == {}


def test_other_query_parameters_are_not_a_leak(simulator: Simulator) -> None:
    answer = post(simulator, {"delivered": "true", "timestamp": "2026-01-15 10:00:00"},
                  path="/conversions/sms?message-id=q1")
    assert answer.status_code == 200
    assert simulator.url_credential_leaks == 0
    assert simulator.records()[0].query_keys == ("message-id",)


def test_no_secret_is_ever_recorded(simulator: Simulator) -> None:
    post(simulator)
    post(simulator, GOOD | {"api_key": DEMO_ACCOUNT.api_key,
                            "api_secret": DEMO_ACCOUNT.api_secret}, auth=False)
    signed = GOOD | {"api_key": DEMO_ACCOUNT.api_key}
    post(simulator, signed | {"sig": sign(signed, DEMO_ACCOUNT.signature_secret, "sha256")},
         auth=False)
    text = repr(simulator.records()) + repr(default_accounts())
    assert not any(secret in text for secret in SECRETS)


# --- parameters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"message-id": ""}, 422),
        ({"message-id": "   "}, 422),
        ({"message-id": None}, 422),
        ({"delivered": "yes"}, 423),
        ({"delivered": "TRUE"}, 423),
        ({"delivered": ""}, 423),
        ({"delivered": None}, 423),
        ({"timestamp": None}, 423),
        ({"timestamp": "2026-01-15T10:00:00"}, 423),
        ({"timestamp": "2026-01-15 10:00"}, 423),
        ({"timestamp": "2026-02-30 10:00:00"}, 423),
        ({"timestamp": "2026-01-15 24:00:00"}, 423),
        ({"timestamp": "1767225600"}, 423),
        ({"delivered": "0"}, 200),
        ({"delivered": "1"}, 200),
        ({"delivered": "false"}, 200),
    ],
)
def test_parameter_checks(simulator: Simulator, changes: dict[str, str | None],
                          status: int) -> None:
    body = {k: v for k, v in (GOOD | changes).items() if v is not None}
    answer = post(simulator, body)
    assert answer.status_code == status
    if status != 200:
        assert answer.text.startswith("Invalid parameters")
        assert simulator.accepted() == {}


# --- forced answers -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 402, 420, 422, 423, 418, 404, 400])
def test_sim_ids_force_plain_answers(simulator: Simulator, status: int) -> None:
    answer = post(simulator, GOOD | {"message-id": f"sim-{status}"})
    assert answer.status_code == status
    assert answer.headers["Content-Type"].startswith("text/plain")
    assert simulator.records()[0].fault == "forced"
    assert simulator.accepted() == {}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_sim_ids_force_html_error_pages(simulator: Simulator, status: int) -> None:
    answer = post(simulator, GOOD | {"message-id": f"sim-{status}"})
    assert answer.status_code == status
    assert answer.headers["Content-Type"].startswith("text/html")
    assert re.search(rf"<title>{status} [A-Z]", answer.text)


def test_sim_429_carries_retry_after(simulator: Simulator) -> None:
    answer = post(simulator, GOOD | {"message-id": "sim-429"})
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "1"


def test_sim_302_points_somewhere_a_client_must_not_go(simulator: Simulator) -> None:
    answer = post(simulator, GOOD | {"message-id": "sim-302"})
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith(simulator.base_url + "/redirected")


def test_sim_200_is_accepted_and_forced_answers_need_good_credentials(
        simulator: Simulator) -> None:
    assert post(simulator, GOOD | {"message-id": "sim-200"}).status_code == 200
    assert simulator.accepted() == {"sim-200": 1}
    wrong = {"Authorization": basic(secret="wrong")}
    assert post(simulator, GOOD | {"message-id": "sim-503"}, headers=wrong).status_code == 401


def test_sim_ids_out_of_range_are_ordinary_ids(simulator: Simulator) -> None:
    assert post(simulator, GOOD | {"message-id": "sim-999"}).status_code == 200
    assert simulator.accepted() == {"sim-999": 1}


def test_sim_reset_resets_the_connection(simulator: Simulator) -> None:
    with pytest.raises(requests.ConnectionError):
        post(simulator, GOOD | {"message-id": "sim-reset"})
    assert simulator.status_counts() == {None: 1}


# --- faults ---------------------------------------------------------------------------------


def raw_request(sim: Simulator, body: bytes = b"") -> bytes:
    request = (
        f"POST /conversions/sms HTTP/1.1\r\nHost: {sim.host}\r\n"
        f"Authorization: {basic()}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection((sim.host, sim.port), timeout=10) as sock:
        sock.sendall(request)
        return sock.recv(65536)


def test_a_reset_is_a_real_tcp_reset(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(reset_rate=1.0))
    # An orderly close would read as b"" (EOF); a reset raises.
    with pytest.raises(ConnectionResetError):
        raw_request(sim, b"message-id=x&delivered=true&timestamp=2026-01-15+10%3A00%3A00")
    [record] = sim.records()
    assert (record.status, record.fault) == (None, "reset")


def test_error_rate_answers_5xx_html_pages(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(error_rate=1.0, seed=3))
    statuses = set()
    for _ in range(12):
        answer = post(sim)
        statuses.add(answer.status_code)
        assert answer.headers["Content-Type"].startswith("text/html")
        assert "<title>" in answer.text
    assert statuses == {500, 503}
    assert sim.accepted() == {}


def test_throttle_rate_with_retry_after_seconds(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(throttle_rate=1.0, retry_after=7))
    answer = post(sim)
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "7"


def test_throttle_with_retry_after_as_http_date(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(throttle_rate=1.0, retry_after=30, retry_after_date=True))
    answer = post(sim)
    assert answer.status_code == 429
    when = parsedate_to_datetime(answer.headers["Retry-After"])
    date = parsedate_to_datetime(answer.headers["Date"])
    assert 29 <= (when - date).total_seconds() <= 32


def test_latency_is_added_to_every_answer(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(latency_ms=150))
    answer = post(sim)
    assert answer.status_code == 200
    assert answer.elapsed.total_seconds() >= 0.15  # a sleep lasts at least as long as asked


def test_rate_limit_per_api_key(make_simulator: SimulatorFactory) -> None:
    clock = FakeClock()
    sim = make_simulator(Faults(rate_limit=3), clock=clock)
    statuses = [post(sim).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert sim.records()[3].fault == "rate_limit"
    # Another key has its own budget.
    md5 = SIGNATURE_ACCOUNTS[SignatureMethod.MD5]
    assert post(sim, headers={"Authorization": basic(md5)}).status_code == 200
    throttled = post(sim)
    assert throttled.headers["Retry-After"] == "1"
    clock.now += 1.001  # a second later the window has room again
    assert post(sim).status_code == 200


def test_hang_makes_a_client_time_out_and_stop_does_not_wait_for_it(
        make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(hang_rate=1.0, hang_seconds=120))
    with pytest.raises(requests.ReadTimeout):
        requests.post(sim.base_url + "/conversions/sms", data=GOOD,
                      headers={"Authorization": basic()}, timeout=(5, 0.3))
    stopper = threading.Thread(target=sim.stop)
    stopper.start()
    stopper.join(timeout=20)
    assert not stopper.is_alive(), "stop() waited for a hanging request"
    [record] = sim.records()
    assert (record.status, record.fault) == (None, "hang")


def test_a_request_that_hung_then_answered_still_counts(make_simulator: SimulatorFactory) -> None:
    sim = make_simulator(Faults(hang_rate=1.0, hang_seconds=0.2))
    assert post(sim).status_code == 200
    assert sim.records()[0].fault == "hang"
    assert sim.accepted() == {"abc123": 1}


def test_set_faults_while_running(simulator: Simulator) -> None:
    assert post(simulator).status_code == 200
    simulator.set_faults(Faults(throttle_rate=1.0))
    assert post(simulator).status_code == 429
    assert simulator.faults.throttle_rate == 1.0
    simulator.set_faults(Faults())
    assert post(simulator).status_code == 200


def test_a_seed_reproduces_the_fault_sequence(make_simulator: SimulatorFactory) -> None:
    faults = Faults(error_rate=0.3, throttle_rate=0.3, seed=42)
    runs = []
    for _ in range(2):
        sim = make_simulator(faults)
        runs.append([post(sim).status_code for _ in range(25)])
    assert runs[0] == runs[1]
    assert len(set(runs[0])) >= 3  # 200, 429 and 5xx all occurred


@pytest.mark.parametrize(
    ("changes", "name"),
    [({"error_rate": 1.5}, "error_rate"), ({"reset_rate": -0.1}, "reset_rate"),
     ({"latency_ms": -1}, "latency_ms"), ({"rate_limit": float("inf")}, "rate_limit"),
     ({"hang_seconds": float("nan")}, "hang_seconds")],
)
def test_faults_refuse_bad_values_naming_the_option(changes: dict[str, float],
                                                    name: str) -> None:
    with pytest.raises(ValueError, match=name):
        Faults(**changes)  # type: ignore[arg-type]


def test_faults_describe_themselves() -> None:
    assert Faults().describe() == "none"
    text = Faults(latency_ms=100, error_rate=0.05, rate_limit=30, seed=1).describe()
    assert text == "latency 100 ms, 5xx errors 5%, rate limit 30/s per key, seed 1"


# --- keep-alive and records -----------------------------------------------------------------


def test_keep_alive_one_connection_and_content_length_on_every_answer(
        simulator: Simulator) -> None:
    with requests.Session() as session:
        for message_id in ["k1", "sim-401", "sim-503", "sim-429", "k2", "sim-302"]:
            answer = post(simulator, GOOD | {"message-id": message_id}, session=session)
            assert int(answer.headers["Content-Length"]) == len(answer.content)
        assert post(simulator, path="/nowhere", session=session).status_code == 404
        assert post(simulator, b"{", session=session,
                    headers={"Content-Type": "application/json"}).status_code == 422
    assert simulator.connections_opened == 1
    assert len({r.connection for r in simulator.records()}) == 1


def test_status_counts_accepted_and_reset(simulator: Simulator) -> None:
    for message_id in ["a", "a", "b", "sim-423", "sim-503"]:
        post(simulator, GOOD | {"message-id": message_id})
    post(simulator, path="/conversions/voice")
    assert simulator.status_counts() == {200: 4, 423: 1, 503: 1}
    assert simulator.accepted() == {"a": 2, "b": 1, "abc123": 1}
    assert simulator.accepted("sms") == {"a": 2, "b": 1}
    assert simulator.accepted(Channel.VOICE) == {"abc123": 1}
    simulator.reset_records()
    assert simulator.records() == []
    assert simulator.accepted() == {}
    assert simulator.status_counts() == {}
    assert simulator.connections_opened == 0


def test_max_requests_in_window(make_simulator: SimulatorFactory) -> None:
    clock = FakeClock()
    sim = make_simulator(clock=clock)
    assert sim.max_requests_in_window() == 0
    with requests.Session() as session:
        for step in [0.0, 0.1, 0.2, 0.95, 1.0, 1.05, 3.0]:
            clock.now = 1000.0 + step
            post(sim, session=session)
    # [0.0, 1.0) holds 4; [0.1, 1.1) holds 5 (0.1, 0.2, 0.95, 1.0, 1.05): the sliding best.
    assert sim.max_requests_in_window(1.0) == 5
    assert sim.max_requests_in_window(0.5) == 3
    assert sim.max_requests_in_window(10.0) == 7
    assert [r.at for r in sim.records()][-1] == 1003.0


def test_concurrent_requests_are_all_recorded(simulator: Simulator) -> None:
    def send(n: int) -> None:
        with requests.Session() as session:
            for i in range(10):
                post(simulator, GOOD | {"message-id": f"t{n}-{i}"}, session=session)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(simulator.accepted().values()) == 60
    assert len(simulator.records()) == 60
    assert simulator.connections_opened == 6


# --- life cycle -----------------------------------------------------------------------------


def test_life_cycle() -> None:
    sim = Simulator()
    with pytest.raises(RuntimeError, match="start"):
        _ = sim.port
    assert not sim.running
    with sim:
        assert sim.running
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sim.base_url)
        assert sim.start() is sim  # starting twice is harmless
        assert post(sim).status_code == 200
        url = sim.base_url
    assert not sim.running
    sim.stop()  # and so is stopping twice
    with pytest.raises(requests.ConnectionError):
        requests.post(url + "/conversions/sms", data=GOOD, timeout=5)
    with sim.start():  # and it can start again, on a new port
        assert post(sim).status_code == 200
    assert sim.accepted() == {"abc123": 2}


def test_stop_closes_idle_keep_alive_connections(simulator: Simulator) -> None:
    with socket.create_connection((simulator.host, simulator.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        stream = sock.makefile("rb")
        assert stream.readline().startswith(b"HTTP/1.1 405")
        headers = {}
        while (line := stream.readline().strip()):
            name, _, value = line.decode().partition(":")
            headers[name.lower()] = value.strip()
        assert stream.read(int(headers["content-length"])).startswith(b"Method not allowed")
        simulator.stop()
        assert stream.read() == b""  # the server closed it: nothing is left hanging


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])  # noqa: S104
def test_only_loopback_is_served(host: str) -> None:
    with pytest.raises(ValueError, match="only listens on this machine"):
        Simulator(host=host)


def test_ipv6_loopback() -> None:
    try:
        sim = Simulator(host="::1").start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with sim:
        assert sim.base_url.startswith("http://[::1]:")
        assert post(sim).status_code == 200


def test_accounts_can_be_added(simulator: Simulator) -> None:
    extra = SimulatorAccount("late-key", "late-secret", "late-sig")
    simulator.add_account(extra)
    assert post(simulator, headers={"Authorization": basic(extra)}).status_code == 200


def test_serve_forever_prints_url_and_key_but_no_secret() -> None:
    out = io.StringIO()
    stop = threading.Event()
    result: list[int] = []
    runner = threading.Thread(
        target=lambda: result.append(
            serve_forever(0, Faults(latency_ms=5), out=out, stop=stop)))
    runner.start()
    try:
        for _ in range(200):
            match = re.search(r"listening on (http://\S+)", out.getvalue())
            if match:
                break
            stop.wait(0.05)
        assert match, out.getvalue()
        answer = requests.post(match.group(1) + "/conversions/sms", data=GOOD,
                               headers={"Authorization": basic()}, timeout=10)
        assert answer.status_code == 200
    finally:
        stop.set()
        runner.join(timeout=20)
    text = out.getvalue()
    assert result == [0]
    assert DEMO_ACCOUNT.api_key in text
    assert "latency 5 ms" in text
    assert "DEMO_ACCOUNT" in text  # where the secret is, not the secret
    assert not any(secret in text for secret in SECRETS)
    assert text.rstrip().endswith("simulator stopped")


def test_serve_forever_reports_a_port_in_use(simulator: Simulator) -> None:
    out = io.StringIO()
    assert serve_forever(simulator.port, out=out) == 2
    assert f"cannot start the simulator on 127.0.0.1:{simulator.port}" in out.getvalue()

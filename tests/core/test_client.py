"""The client end to end: real requests to the simulator on loopback, checked at the server.

What the server recorded is the proof: the method, the body format, where the credentials
travelled, whether the signature verified, which connection carried each request.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
import requests

from conversion_gui.core.client import (
    AuthMode,
    BaseUrlError,
    BodyFormat,
    ClientConfig,
    ConversionClient,
    Credentials,
    MissingSecretError,
    Outcome,
    check_base_url,
    parse_retry_after,
    summarize_body,
)
from conversion_gui.core.conversion import Channel, Conversion, make_conversion
from conversion_gui.core.signing import SignatureMethod
from conversion_gui.core.statuses import (
    INVALID,
    NOT_ENABLED,
    SERVER_ERROR,
    THROTTLED,
    WRONG_CREDENTIALS,
    Action,
    Kind,
    TransportError,
)
from conversion_gui.simulator import (
    DISABLED_ACCOUNT,
    SIGNATURE_ACCOUNTS,
    Faults,
    Simulator,
    SimulatorAccount,
)
from tests.conftest import ClientFactory, SimulatorFactory, credentials_of

TIMESTAMP = "2026-01-15 10:00:00"


def conversion(message_id: str = "0A0000000123ABCD1", channel: str = "sms",
               delivered: bool = True) -> Conversion:
    return make_conversion(channel, message_id, delivered, TIMESTAMP)


# --- each auth mode, end to end ---------------------------------------------------------------


@pytest.mark.parametrize("body", list(BodyFormat))
def test_basic_auth(simulator: Simulator, make_client: ClientFactory, body: BodyFormat) -> None:
    client = make_client(simulator, auth=AuthMode.BASIC, body=body)
    outcome = client.send(conversion())
    assert outcome.accepted
    assert (outcome.status, outcome.meaning, outcome.action) == (
        200, "Accepted: the conversion was recorded", Action.DONE)
    [record] = simulator.records()
    assert record.method == "POST"
    assert record.body_format == body.value
    assert record.auth_mode == "basic"
    assert record.query_keys == ()
    assert record.params == {"message-id": "0A0000000123ABCD1", "delivered": "true",
                             "timestamp": TIMESTAMP}  # no credential in the body either
    assert simulator.url_credential_leaks == 0


@pytest.mark.parametrize("body", list(BodyFormat))
def test_params_auth(simulator: Simulator, make_client: ClientFactory, body: BodyFormat) -> None:
    client = make_client(simulator, auth=AuthMode.PARAMS, body=body)
    assert client.send(conversion(channel="voice", delivered=False)).accepted
    [record] = simulator.records()
    assert (record.method, record.channel, record.body_format) == ("POST", Channel.VOICE,
                                                                   body.value)
    assert record.auth_mode == "params"
    assert record.query_keys == ()
    assert record.params["delivered"] == "false"
    assert simulator.accepted("voice") == {"0A0000000123ABCD1": 1}


@pytest.mark.parametrize("body", list(BodyFormat))
@pytest.mark.parametrize("method", list(SignatureMethod))
def test_signature_auth_verifies_at_the_server(simulator: Simulator, make_client: ClientFactory,
                                               method: SignatureMethod,
                                               body: BodyFormat) -> None:
    account = SIGNATURE_ACCOUNTS[method]
    client = make_client(simulator, credentials_of(account), auth=AuthMode.SIGNATURE, body=body)
    outcome = client.send(conversion())
    assert outcome.status == 200  # the server verified the sig with this method
    [record] = simulator.records()
    assert record.auth_mode == "signature"
    assert record.api_key == account.api_key
    assert record.query_keys == ()
    assert record.body_format == body.value
    # The conversion's own timestamp is the one signed; no second one is added.
    assert set(record.params) == {"message-id", "delivered", "timestamp", "api_key"}


def test_signature_auth_sends_no_secret(simulator: Simulator, make_client: ClientFactory) -> None:
    creds = credentials_of(SIGNATURE_ACCOUNTS[SignatureMethod.SHA256], api_secret=None)
    client = make_client(simulator, creds, auth=AuthMode.SIGNATURE)
    params = client.body_params(conversion())
    assert "api_secret" not in params
    assert len(params["sig"]) == 64
    assert client.send(conversion()).accepted


@pytest.mark.parametrize(
    ("auth", "changes"),
    [
        (AuthMode.BASIC, {"api_secret": "not-the-secret"}),
        (AuthMode.PARAMS, {"api_secret": "not-the-secret"}),
        (AuthMode.SIGNATURE, {"signature_secret": "not-the-secret"}),
        (AuthMode.SIGNATURE, {"signature_method": SignatureMethod.SHA512}),  # account: sha256
        (AuthMode.BASIC, {"api_key": "no-such-key"}),
    ],
)
def test_wrong_credentials_give_401_with_its_meaning(
        simulator: Simulator, make_client: ClientFactory, demo_credentials: Credentials,
        auth: AuthMode, changes: dict[str, object]) -> None:
    creds = credentials_of(SIGNATURE_ACCOUNTS[SignatureMethod.SHA256], **changes)
    outcome = make_client(simulator, creds, auth=auth).send(conversion())
    assert outcome.status == 401
    assert outcome.kind is Kind.WRONG_CREDENTIALS
    assert outcome.meaning == WRONG_CREDENTIALS.meaning
    assert outcome.action is Action.STOP
    assert outcome.response_text == "Wrong credentials"
    assert simulator.accepted() == {}


def test_disabled_account_gives_402(simulator: Simulator, make_client: ClientFactory) -> None:
    outcome = make_client(simulator, credentials_of(DISABLED_ACCOUNT)).send(conversion())
    assert outcome.status == 402
    assert outcome.meaning == NOT_ENABLED.meaning
    assert outcome.action is Action.STOP


@pytest.mark.parametrize(
    ("bad", "status"),
    [
        (Conversion(Channel.SMS, "abc", True, "2026-02-30 10:00:00"), 423),
        (Conversion(Channel.SMS, "abc", True, "2026-01-15T10:00:00Z"), 423),
        (Conversion(Channel.SMS, "", True, TIMESTAMP), 422),
        (Conversion(Channel.SMS, "sim-420", True, TIMESTAMP), 420),
    ],
)
def test_bad_parameters_give_42x_and_are_not_retried(
        simulator: Simulator, make_client: ClientFactory, bad: Conversion, status: int) -> None:
    outcome = make_client(simulator).send(bad)
    assert outcome.status == status
    assert outcome.kind is Kind.INVALID
    assert outcome.meaning == INVALID.meaning
    assert outcome.action is Action.FAIL
    assert outcome.response_text.startswith("Invalid parameters")


# --- misbehaving servers --------------------------------------------------------------------


def test_429_retry_after_in_seconds(make_simulator: SimulatorFactory,
                                    make_client: ClientFactory) -> None:
    sim = make_simulator(Faults(throttle_rate=1.0, retry_after=7))
    outcome = make_client(sim).send(conversion())
    assert (outcome.status, outcome.kind, outcome.action) == (429, Kind.THROTTLED, Action.RETRY)
    assert outcome.meaning == THROTTLED.meaning
    assert outcome.retry_after == 7.0


def test_429_retry_after_as_http_date(make_simulator: SimulatorFactory,
                                      make_client: ClientFactory) -> None:
    sim = make_simulator(Faults(throttle_rate=1.0, retry_after=30, retry_after_date=True))
    outcome = make_client(sim).send(conversion())
    assert outcome.status == 429
    assert outcome.retry_after is not None
    assert 25.0 <= outcome.retry_after <= 31.0  # a date has whole seconds, rounded up


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 1, 15, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 3 ") == 3.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=42), usegmt=True),
                             now) == 42.0
    assert parse_retry_after("Thu, 15 Jan 2026 09:00:00 GMT", now) == 0.0  # past: no wait
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("²") is None  # a digit to str.isdigit, not to float()


@pytest.mark.parametrize("status", [500, 503])
def test_html_error_page_is_summarised_to_its_title(make_simulator: SimulatorFactory,
                                                    make_client: ClientFactory,
                                                    status: int) -> None:
    sim = make_simulator()
    outcome = make_client(sim).send(conversion(f"sim-{status}"))
    assert outcome.status == status
    assert outcome.kind is Kind.SERVER_ERROR
    assert outcome.meaning == SERVER_ERROR.meaning
    assert outcome.action is Action.RETRY
    phrase = {500: "Internal Server Error", 503: "Service Unavailable"}[status]
    assert outcome.response_text == f"HTML page: {status} {phrase}"


def test_summarize_body() -> None:
    assert summarize_body("  Wrong   credentials\n") == "Wrong credentials"
    assert summarize_body("<html><body><h1>Oops</h1> bad </body></html>") == "HTML page: Oops bad"
    assert summarize_body("<p>x</p>", "text/html") == "HTML page: x"
    long = summarize_body("x" * 1000)
    assert len(long) == 300
    assert long.endswith("…")


def test_connection_refused_is_unreachable_and_retried(make_client: ClientFactory,
                                                       closed_port: int) -> None:
    outcome = make_client(f"http://127.0.0.1:{closed_port}", connect_timeout=2).send(
        conversion())
    assert outcome.status is None
    assert outcome.transport is TransportError.CONNECT
    assert outcome.kind is Kind.UNREACHABLE
    assert outcome.meaning == (
        f"Could not reach the API: 127.0.0.1:{closed_port} refused the connection; nothing was "
        "sent. Check the base URL and its port.")
    assert outcome.action is Action.RETRY
    assert outcome.response_text == ""  # the technical detail is in the log only


def test_a_reset_after_the_request_is_no_answer_and_retried(
        make_simulator: SimulatorFactory, make_client: ClientFactory) -> None:
    sim = make_simulator(Faults(reset_rate=1.0))
    outcome = make_client(sim).send(conversion())
    assert (outcome.transport, outcome.kind, outcome.action) == (
        TransportError.DROPPED, Kind.NO_ANSWER, Action.RETRY)
    assert outcome.meaning == ("No answer: the connection was closed before an answer came. "
                               "The conversion may have arrived; it is safe to send again.")
    assert [r.fault for r in sim.records()] == ["reset"]  # it did reach the server


def test_read_timeout_against_a_hang(make_simulator: SimulatorFactory,
                                     make_client: ClientFactory) -> None:
    sim = make_simulator(Faults(hang_rate=1.0, hang_seconds=60))
    outcome = make_client(sim, read_timeout=0.3).send(conversion())
    assert outcome.transport is TransportError.TIMEOUT
    assert outcome.kind is Kind.NO_ANSWER
    assert outcome.action is Action.RETRY
    assert outcome.meaning == ("No answer: '127.0.0.1' did not answer within 0.3 s. The "
                               "conversion may have arrived; it is safe to send again.")
    # The request did arrive: exactly the "outcome unknown" case the batch retries. The
    # simulator notes a hanging request when the hang ends: end it now, and wait for the note.
    assert sim.records() == []  # still hanging, 60 s to go
    sim.stop()
    deadline = time.monotonic() + 10
    while not sim.records() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [(r.fault, r.status, r.params["message-id"]) for r in sim.records()] == [
        ("hang", None, conversion().message_id)]


def test_https_to_a_plain_http_port_is_a_tls_failure_and_verification_stays_on(
        simulator: Simulator, make_client: ClientFactory) -> None:
    sessions: list[requests.Session] = []

    def factory() -> requests.Session:
        session = requests.Session()
        sessions.append(session)
        return session

    client = make_client(f"https://127.0.0.1:{simulator.port}", session_factory=factory,
                         connect_timeout=5, read_timeout=5)
    outcome = client.send(conversion())
    assert outcome.transport is TransportError.TLS
    assert outcome.kind is Kind.TLS
    assert outcome.meaning == ("The secure connection to '127.0.0.1' failed (a proxy or "
                               "firewall in the way?); nothing was sent.")
    assert outcome.action is Action.FAIL  # never retried, never "fixed" by turning checks off
    assert sessions
    assert all(session.verify is True for session in sessions)
    assert simulator.accepted() == {}


def test_a_session_factory_cannot_turn_verification_off(simulator: Simulator,
                                                        make_client: ClientFactory) -> None:
    def careless() -> requests.Session:
        session = requests.Session()
        session.verify = False
        return session

    sessions: list[requests.Session] = []

    def recording() -> requests.Session:
        sessions.append(careless())
        return sessions[-1]

    client = make_client(f"https://127.0.0.1:{simulator.port}", session_factory=recording)
    assert client.send(conversion()).kind is Kind.TLS
    assert sessions[0].verify is True


def test_no_redirect_is_followed(simulator: Simulator, make_client: ClientFactory) -> None:
    outcome = make_client(simulator).send(conversion("sim-302"))
    assert outcome.status == 302
    assert outcome.kind is Kind.UNEXPECTED
    assert outcome.meaning == "Unexpected answer (302)"
    assert outcome.action is Action.FAIL
    # Following it would have been a second request (to /redirected...): there is none.
    assert [r.path for r in simulator.records()] == ["/conversions/sms"]


def test_unknown_status_is_unexpected(simulator: Simulator, make_client: ClientFactory) -> None:
    outcome = make_client(simulator).send(conversion("sim-418"))
    assert (outcome.status, outcome.kind, outcome.action) == (418, Kind.UNEXPECTED, Action.FAIL)
    assert outcome.meaning == "Unexpected answer (418)"


# --- base URLs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://api.nexmo.com", "http://10.0.0.1:8080", "http://example.com/", "ftp://api.nexmo.com",
     "api.nexmo.com", "https://", "https://api.nexmo.com/?api_key=x",
     "https://user:pw@api.nexmo.com", "https://api.nexmo.com#frag",
     "https://api.nexmo.com:99999", "https://api.nexmo.com:port", "http://[::1"],
)
def test_base_urls_that_are_refused(url: str) -> None:
    with pytest.raises(BaseUrlError):
        ClientConfig(base_url=url)


def test_plain_http_is_refused_with_an_explanation() -> None:
    with pytest.raises(BaseUrlError, match="only https is allowed, except to this machine"):
        ClientConfig(base_url="http://api.nexmo.com")


@pytest.mark.parametrize(
    ("url", "normalised"),
    [("https://api.nexmo.com/", "https://api.nexmo.com"),
     ("  https://api-eu.vonage.com  ", "https://api-eu.vonage.com"),
     ("http://localhost:8765", "http://localhost:8765"),
     ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
     ("http://[::1]:8765", "http://[::1]:8765"),
     ("https://proxy.example.com/vonage", "https://proxy.example.com/vonage")],
)
def test_base_urls_that_are_allowed(url: str, normalised: str) -> None:
    assert check_base_url(url) == normalised
    assert ClientConfig(base_url=url).base_url == normalised


def test_endpoints(make_client: ClientFactory) -> None:
    client = make_client("https://proxy.example.com/vonage/")
    assert client.endpoint(Channel.SMS) == "https://proxy.example.com/vonage/conversions/sms"
    assert client.endpoint(Channel.VOICE) == "https://proxy.example.com/vonage/conversions/voice"


# --- secrets --------------------------------------------------------------------------------

API_SECRET = "Api-Secret-7f3a9c"
SIG_SECRET = "Sig-Secret-2b8e4d"


def _all_text(outcome: Outcome) -> str:
    return repr(outcome) + str(outcome.response_text) + outcome.meaning


def test_secrets_never_in_repr_outcome_or_error_texts(make_simulator: SimulatorFactory,
                                                      make_client: ClientFactory,
                                                      closed_port: int) -> None:
    account = SimulatorAccount("secret-test", API_SECRET, SIG_SECRET)
    sim = make_simulator(accounts=[account])
    creds = credentials_of(account)
    assert API_SECRET not in repr(creds) and SIG_SECRET not in repr(creds)
    assert "secret-test" in repr(creds)

    outcomes = [make_client(sim, creds, auth=auth).send(conversion(message_id))
                for auth in AuthMode
                for message_id in ("ok-1", "sim-401", "sim-503", "sim-reset")]
    outcomes.append(make_client(sim, credentials_of(account, api_secret="wrong")).send(
        conversion()))
    outcomes.append(make_client(f"http://127.0.0.1:{closed_port}", creds).send(conversion()))
    outcomes.append(make_client(f"https://127.0.0.1:{sim.port}", creds).send(conversion()))
    sim.set_faults(Faults(hang_rate=1.0, hang_seconds=30))
    outcomes.append(make_client(sim, creds, auth=AuthMode.PARAMS, read_timeout=0.2).send(
        conversion()))
    kinds = {o.kind for o in outcomes}
    assert {Kind.ACCEPTED, Kind.WRONG_CREDENTIALS, Kind.SERVER_ERROR, Kind.UNREACHABLE,
            Kind.NO_ANSWER, Kind.TLS} <= kinds
    for outcome in outcomes:
        text = _all_text(outcome)
        assert API_SECRET not in text and SIG_SECRET not in text, text

    errors: list[Exception] = []
    for make in (
        lambda: Credentials("k").check(AuthMode.BASIC),
        lambda: Credentials("k", api_secret=API_SECRET).check(AuthMode.SIGNATURE),
        lambda: Credentials("", api_secret=API_SECRET).check(AuthMode.PARAMS),
        lambda: ClientConfig(base_url=f"https://k:{API_SECRET}@api.nexmo.com"),
        lambda: ClientConfig(base_url=f"http://k:{API_SECRET}@example.com"),
        lambda: ClientConfig(base_url=f"ftp://k:{API_SECRET}@api.nexmo.com"),
        lambda: ClientConfig(base_url=f"k:{API_SECRET}@api.nexmo.com"),
        lambda: ClientConfig(base_url=f"https://k:{API_SECRET}@api.nexmo.com:99999"),
        lambda: ClientConfig(base_url=f"https://api.nexmo.com/?api_secret={API_SECRET}"),
    ):
        with pytest.raises((MissingSecretError, BaseUrlError)) as info:
            make()
        errors.append(info.value)
    for error in errors:
        assert API_SECRET not in str(error) and SIG_SECRET not in str(error), str(error)
    assert sim.url_credential_leaks == 0


def test_missing_secrets_are_refused_before_anything_is_sent() -> None:
    config = ClientConfig(base_url="http://127.0.0.1:9")
    with pytest.raises(MissingSecretError, match="needs an API secret"):
        ConversionClient(config, Credentials("k", signature_secret="s"))
    with pytest.raises(MissingSecretError, match="needs a signature secret"):
        ConversionClient(ClientConfig(base_url="http://127.0.0.1:9", auth=AuthMode.SIGNATURE),
                         Credentials("k", api_secret="s"))
    with pytest.raises(MissingSecretError, match="no API key"):
        ConversionClient(config, Credentials("", api_secret="s"))


# --- threads and connections ----------------------------------------------------------------


def test_one_thread_reuses_one_connection(simulator: Simulator,
                                          make_client: ClientFactory) -> None:
    client = make_client(simulator)
    for i in range(8):
        assert client.send(conversion(f"seq-{i}")).accepted
    assert simulator.connections_opened == 1


def test_each_thread_has_its_own_session_and_keeps_its_connection(
        simulator: Simulator, make_client: ClientFactory) -> None:
    client = make_client(simulator, auth=AuthMode.SIGNATURE)
    threads_count, per_thread = 4, 6
    barrier = threading.Barrier(threads_count)
    failures: list[str] = []

    def work(n: int) -> None:
        barrier.wait()
        for i in range(per_thread):
            outcome = client.send(conversion(f"t{n}-{i}"))
            if not outcome.accepted:
                failures.append(f"t{n}-{i}: {outcome}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sum(simulator.accepted().values()) == threads_count * per_thread
    connections_of: dict[str, set[int]] = {}
    for record in simulator.records():
        thread_name = record.params["message-id"].split("-")[0]
        connections_of.setdefault(thread_name, set()).add(record.connection)
    assert all(len(conns) == 1 for conns in connections_of.values()), connections_of
    assert len(set().union(*connections_of.values())) == threads_count
    assert simulator.connections_opened == threads_count


def test_close_closes_every_threads_session(simulator: Simulator) -> None:
    class Recording(requests.Session):
        closed = False

        def close(self) -> None:
            self.closed = True
            super().close()

    sessions: list[Recording] = []

    def factory() -> requests.Session:
        sessions.append(Recording())
        return sessions[-1]

    creds = credentials_of(SIGNATURE_ACCOUNTS[SignatureMethod.SHA256])
    with ConversionClient(ClientConfig(base_url=simulator.base_url), creds, factory) as client:
        thread = threading.Thread(target=client.send, args=(conversion("other-thread"),))
        thread.start()
        thread.join()
        assert client.send(conversion("main-thread")).accepted
        assert len(sessions) == 2
        assert not any(session.closed for session in sessions)
    assert all(session.closed for session in sessions)
    assert simulator.accepted() == {"other-thread": 1, "main-thread": 1}

"""The composition root: builds the client, stores and simulator the CLI and the GUI share.

Both faces ask this for their collaborators and pass them on through constructors; nothing
reaches for a global. Sandbox mode swaps in the built-in simulator, the demo account, an
in-memory secret store and a data folder of its own. Every secret it loads is registered
with the log redactor (``secret_registry``), for both faces.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..paths import sandbox_dir
from ..simulator import DEMO_ACCOUNT, Simulator
from .client import (
    AuthMode,
    BodyFormat,
    ClientConfig,
    ConversionClient,
    Credentials,
    check_base_url,
)
from .credentials import (
    KeyringStore,
    MemoryStore,
    Profile,
    ProfileStore,
    ResolvedCredentials,
    SecretKind,
    SecretStore,
    resolve_credentials,
)
from .history import HistoryStore
from .network import NetworkPlan, NetworkSettings
from .secret_registry import register_secret

SANDBOX_PROFILE = "Sandbox"
# The secret store keys secrets by (owner, kind); the proxy password belongs to the machine, not
# to a profile, so it is kept under an owner name no profile is expected to take.
PROXY_SECRET_OWNER = "(network proxy)"  # noqa: S105 - a name, not a password
PROXY_SECRET_KIND = SecretKind.PROXY_PASSWORD


class SetupError(ValueError):
    """Nothing to send with (no profile, no key): a message that says what to do."""


@dataclass(frozen=True)
class Overrides:
    """Choices given for this run only (command-line options), over the profile's."""

    profile: str | None = None
    base_url: str | None = None
    auth: AuthMode | None = None
    body: BodyFormat | None = None


class AppContext:
    def __init__(
        self,
        data_dir: Path,
        sandbox: bool = False,
        secret_store: SecretStore | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.sandbox = sandbox
        self.data_dir = sandbox_dir(data_dir) if sandbox else data_dir
        self.environ = dict(os.environ if environ is None else environ)
        self.secrets: SecretStore = secret_store or (MemoryStore() if sandbox else KeyringStore())
        self.profiles = ProfileStore(self.data_dir / "settings.json")
        self._history: HistoryStore | None = None
        self.simulator: Simulator | None = None
        self._lock = threading.RLock()
        self._client: tuple[ConversionClient, Profile] | None = None

    @property
    def history(self) -> HistoryStore:
        with self._lock:
            if self._history is None:
                self._history = HistoryStore(self.data_dir / "history.sqlite3")
            return self._history

    def start_simulator(self) -> Simulator:
        with self._lock:
            if self.simulator is None:
                self.simulator = Simulator().start()
            return self.simulator

    def current_client(self) -> tuple[ConversionClient, Profile]:
        """The client for the active profile, built once and shared (thread-safe).

        Reads the keychain the first time: call it off the GUI thread.
        """
        with self._lock:
            if self._client is None:
                self._client = self.client()
            return self._client

    def invalidate_client(self) -> None:
        """After the profile or its secrets changed: the next send builds a new client."""
        with self._lock:
            old, self._client = self._client, None
        if old is not None:
            old[0].close()

    def sandbox_profile(self) -> Profile:
        sim = self.start_simulator()
        return Profile(
            name=SANDBOX_PROFILE,
            api_key=DEMO_ACCOUNT.api_key,
            auth=AuthMode.BASIC,
            signature_method=DEMO_ACCOUNT.signature_method,
            base_url=sim.base_url,
            body=BodyFormat.FORM,
        )

    def profile(self, name: str | None = None) -> Profile | None:
        if self.sandbox:
            return self.sandbox_profile()
        if name:
            found = self.profiles.get(name)
            if found is None:
                raise SetupError(
                    f"no profile named {name!r}: see 'conversion-gui credentials show'"
                )
            return found
        return self.profiles.active()

    def credentials(
        self, overrides: Overrides | None = None
    ) -> tuple[Profile, ResolvedCredentials]:
        o = overrides or Overrides()
        if o.base_url:
            check_base_url(o.base_url)  # before anything else: the option named, at once
        if self.sandbox:
            profile = self.sandbox_profile()
            resolved = ResolvedCredentials(
                Credentials(
                    DEMO_ACCOUNT.api_key,
                    DEMO_ACCOUNT.api_secret,
                    DEMO_ACCOUNT.signature_secret,
                    DEMO_ACCOUNT.signature_method,
                ),
                source="the built-in demo account (sandbox)",
            )
        else:
            found = self.profile(o.profile)
            resolved = resolve_credentials(found, self.secrets, self.environ)
            if found is None:
                if not resolved.credentials.api_key:
                    raise SetupError(
                        "no credentials: run 'conversion-gui credentials set --api-key KEY', "
                        "or set VONAGE_API_KEY and VONAGE_API_SECRET, or try --sandbox"
                    )
                found = Profile(name="environment", api_key=resolved.credentials.api_key)
            profile = found
        for secret in resolved.credentials.secrets():
            register_secret(secret)  # masked in every log line from here on, GUI or CLI
        if o.base_url and not self.sandbox:
            profile = replace(profile, base_url=o.base_url)
        if o.auth:
            profile = replace(profile, auth=o.auth)
        if o.body:
            profile = replace(profile, body=o.body)
        return profile, resolved

    def client(self, overrides: Overrides | None = None) -> tuple[ConversionClient, Profile]:
        profile, resolved = self.credentials(overrides)
        config = ClientConfig(base_url=profile.base_url, auth=profile.auth, body=profile.body)
        plan = self.network_plan()
        client = ConversionClient(config, resolved.credentials, plan.session,
                                  (plan.password,) if plan.password else ())
        return client, profile

    # -- network (Settings › Network; the proxy password in the keychain) -------------------
    def network_settings(self) -> NetworkSettings:
        return NetworkSettings.load(self.data_dir)

    def proxy_password(self) -> str | None:
        """Reads the keychain: call it off the GUI thread."""
        return self.secrets.get(PROXY_SECRET_OWNER, PROXY_SECRET_KIND)

    def save_network(self, settings: NetworkSettings, password: str | None = None,
                     forget_password: bool = False) -> None:
        """Save the choices; a new password replaces the old, ``forget_password`` drops it."""
        settings.save(self.data_dir)
        if password:
            self.secrets.set(PROXY_SECRET_OWNER, PROXY_SECRET_KIND, password)
        elif forget_password:
            self.secrets.delete(PROXY_SECRET_OWNER, PROXY_SECRET_KIND)
        self.invalidate_client()

    def network_plan(self) -> NetworkPlan:
        """Trust and proxy for this run; reads the keychain when a manual proxy has a user."""
        settings = self.network_settings()
        password = self.proxy_password() if settings.user else None
        return NetworkPlan.build(settings, password, self.environ)

    def close(self) -> None:
        self.invalidate_client()
        if self._history is not None:
            self._history.close()
            self._history = None
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None

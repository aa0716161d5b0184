"""What one request came to (Outcome): plain data with no I/O, for sender, history and GUI."""

from __future__ import annotations

from dataclasses import dataclass

from .statuses import Action, Kind, StatusInfo, TransportError


@dataclass(frozen=True)
class Outcome:
    """What one request came to; plain data, safe to store and show (no secret in it)."""

    status: int | None
    kind: Kind
    meaning: str
    action: Action
    elapsed: float
    response_text: str = ""
    retry_after: float | None = None
    transport: TransportError | None = None

    @property
    def accepted(self) -> bool:
        return self.kind is Kind.ACCEPTED

    @classmethod
    def of(
        cls,
        info: StatusInfo,
        status: int | None,
        elapsed: float,
        text: str = "",
        retry_after: float | None = None,
        transport: TransportError | None = None,
    ) -> Outcome:
        return cls(status, info.kind, info.meaning, info.action, elapsed, text, retry_after,
                   transport)

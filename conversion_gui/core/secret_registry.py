"""The secret values this process has loaded, so the log redactor can mask them anywhere.

In core so the composition root (``context``) registers what it loads for the GUI and the
command line alike; ``logs.RedactingFilter`` reads it. Values only live in memory.
"""

from __future__ import annotations

import threading

MIN_LENGTH = 4  # a shorter value would mask common words ("ab" in "about") everywhere


class SecretRegistry:
    """A thread-safe set of secret values, longest first when read (so none is half-masked)."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, value: str | None) -> None:
        if value and len(value) >= MIN_LENGTH:
            with self._lock:
                self._values.add(value)

    def values(self) -> list[str]:
        with self._lock:
            return sorted(self._values, key=len, reverse=True)


REGISTRY = SecretRegistry()


def register_secret(value: str | None) -> None:
    """Mask ``value`` in every later log line of this process (short values are ignored)."""
    REGISTRY.add(value)


__all__ = ["MIN_LENGTH", "REGISTRY", "SecretRegistry", "register_secret"]

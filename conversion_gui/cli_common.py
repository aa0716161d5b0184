"""What every command-line module shares: exit statuses, the usage error and the JSON line.

A leaf (it imports nothing of ours), so ``cli``, ``commands`` and ``batch_cli`` can all use it
without importing one another in a circle.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_STOPPED = 3
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70


class UsageError(Exception):
    """Bad input a person can fix: one line, exit 2."""


def print_json(payload: dict[str, object], stream: TextIO | None = None) -> None:
    """The one JSON object a script reads: sorted keys, one line."""
    target = stream or sys.stdout
    print(json.dumps(payload, sort_keys=True), file=target)


__all__ = ["EXIT_FAILED", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_STOPPED",
           "EXIT_USAGE", "UsageError", "print_json"]

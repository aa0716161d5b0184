"""Re-sending attempts picked on the History page: which conversions, then sending them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

from .context import AppContext
from .conversion import Conversion
from .history import AttemptRow, HistoryFilter, HistoryStore, KeptAsideError
from .outcome import Outcome
from .ratelimit import TokenBucket
from .retry import Cancelled, RetryPolicy, send_with_retries
from .statuses import Kind

RESEND_LIMIT = 1_000  # more than this is a batch: the Batch page has pause, cancel, progress
RESEND_RATE = 30.0  # the API's default limit per key


def plural(n: int, word: str) -> str:
    """``1 attempt``, ``2 attempts``, with thousands separators."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def merge_runs(ranges: Iterable[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """Selected (top, bottom) ranges as sorted disjoint runs and their row count."""
    runs: list[tuple[int, int]] = []
    for top, bottom in sorted(ranges):
        if runs and top <= runs[-1][1] + 1:  # overlapping or touching: one run
            runs[-1] = (runs[-1][0], max(runs[-1][1], bottom))
        else:
            runs.append((top, bottom))
    return sum(b - t + 1 for t, b in runs), runs


def split_loaded(
    runs: Iterable[tuple[int, int]], attempt_at: Callable[[int], AttemptRow | None]
) -> tuple[list[AttemptRow], list[int]]:
    """The selected rows already in memory, and the positions of those still to read."""
    known: list[AttemptRow] = []
    missing: list[int] = []
    for top, bottom in runs:
        for row in range(top, bottom + 1):
            a = attempt_at(row)
            if a is None:
                missing.append(row)
            else:
                known.append(a)
    return known, missing


def fetch_rows(
    store: HistoryStore, flt: HistoryFilter, sort_key: str, descending: bool, rows: Sequence[int]
) -> Iterable[AttemptRow]:
    """Rows selected but never loaded, read by runs of consecutive positions."""
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        yield from store.page(flt, sort_key, descending, rows[i], rows[j] - rows[i] + 1)
        i = j + 1


def conversions_of(rows: Iterable[AttemptRow]) -> list[Conversion]:
    """Each conversion once, in the order selected (several attempts of one are one fact)."""
    seen: dict[tuple[str, str, bool, str], Conversion] = {}
    for a in rows:
        seen.setdefault((a.channel, a.message_id, a.delivered, a.conv_timestamp), a.conversion)
    return list(seen.values())


def starting_text(selected: int, conversions: int) -> str:
    """What a re-send is about to do: attempts of one conversion are sent once, and why."""
    text = f"Re-sending {plural(conversions, 'conversion')}"
    if conversions != selected:
        text += (f" ({plural(selected, 'attempt')} selected; several attempts of one "
                 "conversion are one fact, sent once)")
    return text + "…"


def resend(
    context: AppContext,
    conversions: list[Conversion],
    cancel: threading.Event,
    progress: Callable[[int, int], None],
    recorded: list[int],
) -> dict[str, int]:
    """Send each conversion with retries, recording every attempt; counts by last outcome."""
    client, profile = context.current_client()  # reads the keychain: never on the GUI thread
    history = context.history
    bucket = TokenBucket(RESEND_RATE)
    policy = RetryPolicy()
    counts: dict[str, int] = {}

    def wait_turn() -> None:
        if not bucket.acquire(cancel.wait):
            raise Cancelled

    kept = 0  # attempts the busy history could not take: kept aside, reported as recorded[1]

    for n, conversion in enumerate(conversions, 1):
        def record(attempt_no: int, outcome: Outcome, conversion: Conversion = conversion) -> None:
            nonlocal kept
            try:
                history.record_single(conversion, outcome, attempt_no=attempt_no,
                                      profile=profile.name, base_url=profile.base_url)
            except KeptAsideError:  # it went out: kept safe, added at the next start
                kept += 1
            recorded[0] += 1

        outcome, _ = send_with_retries(client.send, conversion, policy, cancel,
                                       on_attempt=record, before_attempt=wait_turn)
        counts[outcome.kind.value] = counts.get(outcome.kind.value, 0) + 1
        progress(n, len(conversions))
    if kept:
        recorded.append(kept)
    return counts


def summary(counts: dict[str, int], labels: dict[str, str], kept: int = 0) -> tuple[str, bool]:
    """The sentence saying how a re-send ended, and whether any conversion was not accepted."""
    rest = dict(counts)
    total = sum(rest.values())
    accepted = rest.pop(Kind.ACCEPTED.value, 0)
    parts = [f"{accepted:,} accepted"]
    parts += [f"{n:,} {labels.get(k, k).lower()}" for k, n in sorted(rest.items())]
    aside = (f" {plural(kept, 'attempt')} could not be written to the busy history: kept "
             "aside, added to it when the app next starts." if kept else "")
    return (f"Re-sent {plural(total, 'conversion')}: " + ", ".join(parts) + "." + aside,
            bool(rest))

"""The results file handed back: every input row as read, then its outcome, status and meaning.

Google Ads and Meta hand back a file with a status per row; this is ours. Rows come in file
order with all their columns, then ``outcome`` (accepted, rejected, failed, skipped, duplicate,
blank or not sent; a dry run's verdict instead), ``status`` (the HTTP code, or empty) and
``meaning`` (what the code means, or why the row was not sent). The outcome of a sent row is
the journal's, so ``--resume`` writes the whole batch's results and not only this run's.

Everything streams: the input is read again row by row and joined to the journal on the row's
line, both in line order, so a million rows never sit in memory. The file is Excel-safe
(``csvout``: UTF-8 with BOM, formulas neutralised).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from .conversion import Conversion
from .csvout import write_excel_csv
from .statuses import meaning_of

__all__ = [
    "JOURNAL_COLUMNS",
    "RESULT_COLUMNS",
    "ResultRow",
    "dry_run_results",
    "journal_results",
    "result_header",
    "sent_results",
    "write_results",
]

RESULT_COLUMNS = ("outcome", "status", "meaning")
SUFFIX = " (result)"
ALREADY_ACCEPTED = "not sent: already accepted (see History)"

# How a row the intake did not journal ended; its reason is the meaning.
_INTAKE_OUTCOME = {
    "rejected": "rejected",
    "blank": "blank",
    "duplicate": "duplicate",
    "already accepted": "skipped",
}
# How a journalled row ended.
_JOURNAL_OUTCOME = {
    "accepted": "accepted",
    "rejected": "rejected",
    "failed": "failed",
    "skipped": "skipped",
    "pending": "not sent",
    "in_flight": "not sent",
}
# Not errors: what --errors-only leaves out (a blank row is nothing to fix).
_FINE = frozenset({"accepted", "valid", "blank"})


class IntakeRow(Protocol):
    """A judged input row (``csvin.RowResult`` and its workbook twin provide it)."""

    @property
    def line(self) -> int: ...

    @property
    def verdict(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def raw(self) -> Sequence[str]: ...


class JournalledRow(Protocol):
    """A journal row (``history.BatchRow`` provides it)."""

    @property
    def line(self) -> int: ...

    @property
    def state(self) -> str: ...

    @property
    def last_status(self) -> int | None: ...

    @property
    def last_kind(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ResultRow:
    cells: Sequence[str]
    outcome: str
    status: int | None
    meaning: str


def result_header(header: Sequence[str]) -> list[str]:
    """The input's header then the three result columns; a result column whose name the
    input already uses (any case) gets `` (result)`` so neither is lost."""
    used = {h.strip().casefold() for h in header}
    added = []
    for name in RESULT_COLUMNS:
        new = name
        while new.casefold() in used:
            new += SUFFIX
        used.add(new.casefold())
        added.append(new)
    return [*header, *added]


def dry_run_results(rows: Iterable[IntakeRow]) -> Iterator[ResultRow]:
    """A dry run's results: the outcome is the verdict (valid, rejected, blank...)."""
    for row in rows:
        yield ResultRow(row.raw, str(row.verdict), None, row.reason)


def sent_results(
    rows: Iterable[IntakeRow], journal: Iterable[JournalledRow]
) -> Iterator[ResultRow]:
    """Input rows joined to the journal on their line (both in line order)."""
    pending = iter(journal)
    current = next(pending, None)
    for row in rows:
        verdict = str(row.verdict)
        if verdict != "valid":
            yield ResultRow(row.raw, _INTAKE_OUTCOME.get(verdict, verdict), None, row.reason)
            continue
        while current is not None and current.line < row.line:
            current = next(pending, None)
        if current is None or current.line != row.line:
            # Read again after the batch, with the same options: the one verdict that can
            # differ from the journalling pass is "already accepted", which was not journalled.
            yield ResultRow(row.raw, "skipped", None, ALREADY_ACCEPTED)
            continue
        yield _journalled(row.raw, current)


def write_results(
    out_path: str | os.PathLike[str],
    header: Sequence[str],
    results: Iterable[ResultRow],
    errors_only: bool = False,
) -> int:
    """Stream ``results`` to an Excel-safe CSV; returns the number of rows written.

    ``OSError`` is the caller's to report (it names the file)."""
    width = len(header)

    def lines() -> Iterator[list[str]]:
        for result in results:
            if errors_only and result.outcome in _FINE:
                continue
            cells = list(result.cells)
            if len(cells) > width and not any(c.strip() for c in cells[width:]):
                cells = cells[:width]
            cells += [""] * (width - len(cells))
            status = "" if result.status is None else str(result.status)
            yield [*cells, result.outcome, status, result.meaning]

    return write_excel_csv(out_path, result_header(header), lines())


# A batch's results from the history alone (the input file may be gone): the journalled rows.
JOURNAL_COLUMNS = ("line", "channel", "message-id", "delivered", "timestamp")


class JournalledConversion(JournalledRow, Protocol):
    @property
    def conversion(self) -> Conversion: ...


def journal_results(rows: Iterable[JournalledConversion]) -> Iterator[ResultRow]:
    """History's "Export batch results…": each journalled row (those sent or to send) with
    its outcome, under :data:`JOURNAL_COLUMNS`. Rows the intake refused were never journalled;
    the results file from the input (``sent_results``) has them."""
    for row in rows:
        conv = row.conversion
        cells = (str(row.line), conv.channel.value, conv.message_id,
                 "true" if conv.delivered else "false", conv.timestamp)
        yield _journalled(cells, row)


def _journalled(cells: Sequence[str], row: JournalledRow) -> ResultRow:
    state = str(row.state)
    status = row.last_status
    if state in ("pending", "in_flight") and status is None:
        meaning = "not sent yet: resume the batch to send it"
    elif state == "skipped" and status is None:
        meaning = ALREADY_ACCEPTED
    else:
        meaning = meaning_of(status, row.last_kind)
    return ResultRow(cells, _JOURNAL_OUTCOME.get(state, state), status, meaning)

"""The rows to fix, written back out with their reasons for the person to correct."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from conversion_gui.core.csvout import write_excel_csv

from .rows import prepare, read_rows
from .types import AcceptedLookup, FileInfo, IntakeError, IntakeOptions, RowResult, Verdict

REJECTED_ONLY = frozenset({Verdict.REJECTED})


def write_rejected(
    results: Iterable[RowResult],
    header: Sequence[str],
    out_path: str | os.PathLike[str],
    verdicts: frozenset[Verdict] = REJECTED_ONLY,
) -> int:
    """The rows to fix, with their original columns and a last column ``reason``.

    Opens right in Excel (UTF-8 with BOM) and never runs a cell as a formula
    (``csvout.neutralise_cell``). Returns the number of rows written.
    """
    width = len(header)

    def rows() -> Iterator[list[str]]:
        for result in results:
            if result.verdict in verdicts:
                cells = list(result.raw)
                if len(cells) > width and not any(c.strip() for c in cells[width:]):
                    cells = cells[:width]
                cells += [""] * (width - len(cells))
                yield [*cells, result.reason]

    try:
        return write_excel_csv(out_path, [*header, "reason"], rows())
    except OSError as exc:
        raise IntakeError(
            f"cannot write {str(out_path)!r}: {exc.strerror or type(exc).__name__}"
        ) from None


def save_rejected(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    out_path: str | os.PathLike[str],
    info: FileInfo | None = None,
    accepted_ids: AcceptedLookup | None = None,
    verdicts: frozenset[Verdict] = REJECTED_ONLY,
) -> int:
    """Stream ``path`` and write its rejected rows to ``out_path``; see :func:`write_rejected`."""
    info, _, _ = prepare(path, options, info)
    return write_rejected(
        read_rows(path, options, info, accepted_ids), info.header, out_path, verdicts
    )

"""CSV files the app writes for people to open in a spreadsheet (rejected rows, history export).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
as a formula (CSV injection), so every cell written goes through :func:`neutralise_cell`. Files
are UTF-8 with a BOM (without it Excel reads them as the machine's legacy code page) and CRLF.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

EXCEL_ENCODING = "utf-8-sig"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """A leading apostrophe makes a spreadsheet show the text instead of evaluating it."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def neutralise_row(cells: Iterable[str]) -> list[str]:
    return [neutralise_cell(cell) for cell in cells]


def write_excel_csv(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
) -> int:
    """Write a CSV that Excel opens right; returns the number of data rows.

    Rows stream from ``rows`` (nothing is held in memory). The file appears only when it is
    complete: it is written beside the target and renamed over it, so a failure half-way never
    leaves a truncated file that looks finished. ``OSError`` is the caller's to report.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".csv", dir=target.parent or ".")
    count = 0
    try:
        with open(fd, "w", encoding=EXCEL_ENCODING, newline="") as out:
            writer = csv.writer(out)
            writer.writerow(neutralise_row(header))
            for row in rows:
                writer.writerow(neutralise_row(row))
                count += 1
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return count

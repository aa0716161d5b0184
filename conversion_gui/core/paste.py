"""Cells pasted from a spreadsheet: tab-separated text or an HTML table, as rows of cells.

Excel, LibreOffice Calc and Google Sheets put copied cells on the clipboard as tab-separated
text (a cell with a newline or tab in it quoted, CSV-style); Sheets also offers an HTML table.
Pasted cells become a UTF-8 tab-separated file that the intake reads like any other (one set
of verdicts and messages), journalled by the SHA-256 of that text: pasting the same cells
after a crash finds the unfinished batch again.

Cells pasted without a header row get one made from their content (an id-looking column is
``message-id``, a true/false column ``delivered``...), which the page shows as the mapping for
the person to correct.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from html.parser import HTMLParser
from pathlib import Path

from .conversion import ConversionError, DateOrder, parse_message_id, parse_timestamp
from .intake import ALIASES, IntakeError

__all__ = [
    "PastedCells",
    "cells_from_clipboard",
    "guess_header",
    "names_a_column",
    "pasted_cells",
    "read_clipboard_cells",
    "write_pasted",
]

_MAX_COLUMNS = 200


@dataclass(frozen=True)
class PastedCells:
    header: tuple[str, ...]
    rows: list[list[str]]  # empty when the text went to the file as it was (``count`` says)
    header_made: bool  # True: no header row was pasted; ``header`` was guessed from content
    count: int | None = None  # data rows, when ``rows`` was not built

    @property
    def label(self) -> str:
        """The batch's source, as the page and the history show it."""
        n = len(self.rows) if self.count is None else self.count
        return f"Pasted cells · {n:,} rows"


def _tsv_rows(text: str) -> list[list[str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if not text:
        return []
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]
    except csv.Error:  # an unbalanced quote: take the lines as they are
        return [line.split("\t") for line in text.split("\n")]


class _TableParser(HTMLParser):
    """The first <table>'s cells; colspan repeated as empty cells, <br> as a newline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._depth = 0
        self._done = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done:
            return
        if tag == "table":
            self._depth += 1
        elif self._depth == 1 and tag == "tr":
            self._row = []
        elif self._depth == 1 and tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() and 0 < int(span) < _MAX_COLUMNS else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._done:
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split(" ")).strip())
            self._row.extend([""] * (self._span - 1))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._depth -= 1
            if self._depth == 0:
                self._done = True

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data.replace("\xa0", " ").replace("\n", " "))


def _html_rows(html: str) -> list[list[str]]:
    parser = _TableParser()
    try:
        parser.feed(html)
        parser.close()
    except (ValueError, AssertionError):
        return []
    return parser.rows


_HEADING = re.compile(r"[\w\- ]{1,40}\Z")
_PROSE_WORD = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def cells_from_clipboard(
    text: str | None, html: str | None = None, has_image: bool = False
) -> list[list[str]]:
    """The pasted rows of cells, or an IntakeError saying what the clipboard held instead."""
    expects = ("copy cells from a spreadsheet (select them, Ctrl+C) and paste them here, "
               "or open a CSV or workbook file")
    rows: list[list[str]] = []
    if text and "\t" in text:
        rows = _tsv_rows(text)
    elif html and "<table" in html.lower():
        rows = _html_rows(html)
    if not rows and text and text.strip():
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        # One column of ids, perhaps under its header.
        if all(_id_like(ln) for ln in lines[1:]) and (
            _id_like(lines[0]) or (len(lines) > 1 and _HEADING.match(lines[0]) is not None)
        ):
            rows = [[ln] for ln in lines]
        else:
            sample = lines[0][:60]
            raise IntakeError(
                f"the clipboard holds text, not spreadsheet cells (“{sample}”…): {expects}"
            )
    if not rows:
        if has_image:
            raise IntakeError(f"the clipboard holds an image, not cells: {expects}")
        raise IntakeError(f"the clipboard holds nothing this page can read: {expects}")
    if not any(any(c.strip() for c in row) for row in rows):
        raise IntakeError(f"the pasted cells are all empty: {expects}")
    return rows


def _id_like(cell: str) -> bool:
    if _PROSE_WORD.search(cell):
        return False
    try:
        parse_message_id(cell)
    except ConversionError:
        return False
    return True


_DELIVERED = frozenset({"true", "false", "yes", "no", "y", "n", "1", "0"})
_CHANNELS = frozenset({"sms", "voice"})


def _is_stamp(cell: str) -> bool:
    for order in (DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST):
        try:
            parse_timestamp(cell, UTC, order)
            return True
        except ConversionError:
            pass
    return False


def guess_header(rows: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Names for headerless columns, from what the first 200 rows hold; the rest "column N"."""
    width = max((len(r) for r in rows), default=0)
    sample = rows[:200]
    names: list[str] = []
    taken: set[str] = set()
    for index in range(width):
        values = [r[index].strip() for r in sample if index < len(r) and r[index].strip()]
        name = f"column {index + 1}"
        if values:
            low = {v.lower() for v in values}
            if low <= _DELIVERED and "delivered" not in taken:
                name = "delivered"
            elif low <= _CHANNELS and "channel" not in taken:
                name = "channel"
            elif all(_is_stamp(v) for v in values) and "timestamp" not in taken:
                name = "timestamp"
            elif all(_id_like(v) for v in values) and "message-id" not in taken:
                name = "message-id"
        taken.add(name)
        names.append(name)
    return tuple(names)


_ALIASES = frozenset(a for spellings in ALIASES.values() for a in spellings)


def names_a_column(cells: Sequence[str]) -> bool:
    """The intake's header spellings (``Message ID``, ``delivered``…) name one of these."""
    return any("".join(ch for ch in c.casefold() if ch.isalnum()) in _ALIASES for c in cells)


def pasted_cells(
    rows: list[list[str]], is_header: Callable[[Sequence[str]], bool] = names_a_column
) -> PastedCells:
    """The first row is the header when ``is_header`` (the intake's test) says so; otherwise
    one is made from the content."""
    first = next((r for r in rows if any(c.strip() for c in r)), None)
    if first is not None and is_header([c.strip() for c in first]):
        at = rows.index(first)
        return PastedCells(tuple(c.strip() for c in first), rows[at + 1 :], False)
    return PastedCells(guess_header(rows), rows, True)


def write_pasted(cells: PastedCells, folder: str | os.PathLike[str]) -> tuple[Path, str]:
    """The cells as a UTF-8 tab-separated file in ``folder``, and the SHA-256 of its text."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(cells.header)
    writer.writerows(cells.rows)
    data = out.getvalue().encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"pasted-{digest[:16]}.tsv"
    path.write_bytes(data)
    return path, digest


def read_clipboard_cells(
    text: str | None, html: str | None, has_image: bool, folder: str | os.PathLike[str]
) -> tuple[PastedCells, Path, str]:
    """What the Batch page runs on a worker: parse, name the columns, write the file."""
    if text and "\t" in text:
        return _tsv_as_is(text, folder)
    cells = pasted_cells(cells_from_clipboard(text, html, has_image))
    path, digest = write_pasted(cells, folder)
    return cells, path, digest


_SAMPLE_LINES = 200


def _tsv_as_is(text: str, folder: str | os.PathLike[str]) -> tuple[PastedCells, Path, str]:
    """Tab-separated cells are already a file the intake reads: they are written as they
    are, under a made header if they have none, and never split into Python lists here
    (100,000 pasted rows would hold the interpreter lock the window needs for seconds).
    Only the first lines are parsed, to find or make the header."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    sample = _tsv_rows("\n".join(body.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES]))
    if not any(any(c.strip() for c in row) for row in sample) and not body.strip("\t\n "):
        raise IntakeError("the pasted cells are all empty: copy cells from a spreadsheet "
                          "(select them, Ctrl+C) and paste them here")
    first = next((r for r in sample if any(c.strip() for c in r)), sample[0])
    made = not names_a_column([c.strip() for c in first])
    header = guess_header(sample) if made else tuple(c.strip() for c in first)
    if '"' in body:  # a quoted cell may hold a newline: count records, not lines
        count = sum(1 for _ in csv.reader(io.StringIO(body, newline=""), delimiter="\t"))
    else:
        count = body.count("\n") + 1
    if made:
        out = io.StringIO(newline="")
        csv.writer(out, delimiter="\t", lineterminator="\n").writerow(header)
        body = out.getvalue() + body
    else:
        count -= 1 + sample.index(first)
    data = (body + "\n").encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"pasted-{digest[:16]}.tsv"
    path.write_bytes(data)
    return PastedCells(header, [], made, count), path, digest

"""Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) as rows of text cells, each cell read by its type.

A workbook is one more source of cells for the intake, not a second intake: this module turns
typed cells into the text the CSV rules already judge, and flags the cells no text can stand
for (an error such as ``#N/A``; a number that cannot be an id). The rules:

- a date-time cell is its wall-clock time (``YYYY-MM-DD HH:MM:SS``), read later in the time
  zone chosen for the file, as a naive CSV timestamp is; a date cell is that day;
- a boolean cell is ``true`` or ``false``;
- a whole number held exactly is its digits, ``12345`` and never ``12345.0``. Exactly means
  below 10^15, not 2^53: Excel and Calc keep 15 significant digits, so the 16-digit id
  9007199254740991 typed or pasted into a cell is stored as 9007199254740990 (Calc does this
  to a CSV it opens; tests/core/test_workbook.py shows it);
- any other number is written as a spreadsheet shows it and flagged: in the id column it is
  refused with the advice to format the column as Text, as a CSV's ``1.23457E+17`` is;
- a formula gives its cached value; an error cell is flagged with its code (``#N/A``).

Reading is python-calamine's (Rust). The sheet last loaded is kept, so the sniff and the read
that follows it parse the file once.
"""

from __future__ import annotations

import html
import os
import re
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import python_calamine as calamine

from .types import IntakeError

__all__ = [
    "EXCEL_MAX_ROWS",
    "WORKBOOK_SUFFIXES",
    "CellFlag",
    "SheetChoiceNeeded",
    "SheetInfo",
    "SheetRows",
    "cell_place",
    "column_letter",
    "is_workbook",
    "list_sheets",
    "load_sheet",
    "pick_sheet",
]

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
EXCEL_MAX_ROWS = 1_048_576
_EXACT = 1e15  # 15 significant digits: what a spreadsheet keeps of a number
_HEADER_ROWS = 100  # rows a header is looked for in, as in a CSV


class SheetChoiceNeeded(IntakeError):
    """Several sheets could be the one: the caller asks (the page) or stops (exit 2)."""

    def __init__(self, message: str, sheets: Sequence[str]) -> None:
        super().__init__(message)
        self.sheets = tuple(sheets)


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    number: int  # 1-based, in the workbook's order
    chart: bool  # a chart sheet: no cells at all


class CellFlag:
    """Why a cell's text cannot be taken at face value; kept per row, by column index."""

    ERROR = "error"  # a formula error such as #N/A: its code is the cell's text
    NUMBER = "number"  # a fractional, exponent-shaped or inexact number


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the spreadsheet's own column names."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_place(sheet: str, row: int, column: int | None = None, header: str = "") -> str:
    """``Sheet "Conversions", row 14, column C (Message ID)``: a cell as a person finds it."""
    text = f'Sheet "{sheet}", row {row}'
    if column is not None:
        text += f", column {column_letter(column)}"
        if header:
            text += f" ({header})"
    return text


def is_workbook(path: str | os.PathLike[str]) -> bool:
    """By name, or by content for a workbook saved under another name (a zip, or OLE2 .xls)."""
    file = Path(path)
    if file.suffix.lower() in WORKBOOK_SUFFIXES:
        return True
    try:
        with file.open("rb") as f:
            head = f.read(8)
    except OSError:
        return False
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return True
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError):
            return False
        return "xl/workbook.xml" in names or "xl/workbook.bin" in names or "content.xml" in names
    return False


def _open(path: Path) -> Any:
    """The calamine workbook, or an IntakeError saying what is wrong with the file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IntakeError(f"cannot read {str(path)!r}: there is no such file") from None
    except OSError as exc:
        raise IntakeError(f"cannot read {str(path)!r}: {exc.strerror}") from None
    if path.is_dir():
        raise IntakeError(f"cannot read {str(path)!r}: it is a folder, not a file")
    if size == 0:
        raise IntakeError("the file is empty")
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise IntakeError(_LOCKED) from None
    except (calamine.CalamineError, ValueError, OSError) as exc:
        raise _damaged(path, exc) from None


_LOCKED = (
    "the workbook is password-protected: open it in the spreadsheet, remove the password "
    "to open (in Excel: File > Info > Protect Workbook), save a copy and open that"
)


def _damaged(path: Path, exc: BaseException) -> IntakeError:
    if _encrypted(path):
        return IntakeError(_LOCKED)
    detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return IntakeError(
        "the workbook cannot be read: it is damaged or was not copied completely "
        f"({detail}). Open it in the spreadsheet and save it again, or save it as CSV"
    )


def _encrypted(path: Path) -> bool:
    """A password-protected .xlsx is an OLE2 box holding an "EncryptedPackage" stream."""
    try:
        with path.open("rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return False
    return head.startswith(b"\xd0\xcf\x11\xe0") and (
        "EncryptedPackage".encode("utf-16-le") in head
        or "EncryptionInfo".encode("utf-16-le") in head
    )


def list_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    """Every sheet, by name and number; nothing is loaded (a sheet is parsed when read)."""
    book = _open(Path(path))
    try:
        return [
            SheetInfo(meta.name, number, "Work" not in str(meta.typ))
            for number, meta in enumerate(book.sheets_metadata, start=1)
        ]
    finally:
        book.close()


def _describe_sheets(sheets: Sequence[SheetInfo]) -> str:
    return ", ".join(f'{s.number}: "{s.name}"' for s in sheets)


def pick_sheet(
    path: str | os.PathLike[str],
    wanted: str | None,
    has_header: Callable[[list[list[str]]], bool],
) -> tuple[SheetInfo, list[SheetInfo]]:
    """The sheet to read, and the worksheets a person could pick from.

    The one asked for (by name, or by 1-based number); else the only worksheet; else the one
    sheet whose first rows hold a recognisable header (``has_header`` judges), else the one
    sheet with data. Several candidates raise :class:`SheetChoiceNeeded`. Sheets are loaded
    only when there are several to judge (the last one loaded is kept for the read)."""
    sheets = list_sheets(path)
    work = [s for s in sheets if not s.chart]

    def rows(sheet: SheetInfo) -> int:
        return load_sheet(path, sheet.name).last_row

    if wanted is not None:
        found = _named(sheets, wanted)
        if found is None:
            raise SheetChoiceNeeded(
                f'the workbook has no sheet "{wanted}": its sheets are {_describe_sheets(sheets)}',
                [s.name for s in work],
            )
        if found.chart:
            raise IntakeError(f'sheet "{found.name}" is a chart: it holds no cells to read')
        if not rows(found):
            raise IntakeError(f'sheet "{found.name}" is empty')
        return found, work
    with_data = work if len(work) == 1 else [s for s in work if rows(s)]
    if len(with_data) == 1 and rows(with_data[0]):
        return with_data[0], work
    if not with_data or not rows(with_data[0]):
        charts = [s for s in sheets if s.chart]
        if charts:
            names = ", ".join(f'"{s.name}"' for s in charts)
            raise IntakeError(
                f"the workbook holds only charts ({names}) and empty sheets: there are no "
                "cells to read"
            )
        raise IntakeError("the workbook is empty: none of its sheets holds a value")
    headed = [s for s in with_data if has_header(load_sheet(path, s.name).head(_HEADER_ROWS))]
    if len(headed) == 1:
        return headed[0], work
    choices = headed or with_data
    raise SheetChoiceNeeded(
        f"the workbook has {len(choices)} sheets that could hold the conversions: "
        f"{_describe_sheets(choices)}. Choose one (on the command line: --sheet NAME or NUMBER)",
        [s.name for s in work],
    )


def _named(sheets: Sequence[SheetInfo], wanted: str) -> SheetInfo | None:
    """By exact name, then by name in any case, then by 1-based number."""
    key = wanted.strip().casefold()
    for sheet in sheets:
        if sheet.name == wanted:
            return sheet
    for sheet in sheets:
        if sheet.name.strip().casefold() == key:
            return sheet
    if key.isdigit():
        for sheet in sheets:
            if sheet.number == int(key):
                return sheet
    return None


# --------------------------------------------------------------------------- reading cells


class SheetRows:
    """One loaded sheet: its rows as text, row numbers as the spreadsheet shows them."""

    def __init__(self, name: str, sheet: Any, errors: dict[int, dict[int, str]]) -> None:
        self.name = name
        self._sheet = sheet
        # calamine's iter_rows() starts at the sheet's first row, whatever is empty above the
        # data, but at the first column holding a value.
        start = sheet.start or (0, 0)
        end = sheet.end
        self.first_row = 1  # 1-based number of the first row read
        self.first_column = start[1]  # 0-based index of the first column read
        self.last_row = end[0] + 1 if end is not None and sheet.height else 0
        self._errors = errors  # 1-based row -> {0-based column read: "#N/A"}

    @property
    def reaches_excel_limit(self) -> bool:
        """The sheet runs to Excel's last row: a longer CSV was cut off when it was opened."""
        return self.last_row >= EXCEL_MAX_ROWS

    def column_of(self, index: int) -> int:
        """The sheet's column (0 = A) of cell ``index`` of a row read."""
        return self.first_column + index

    def head(self, limit: int) -> list[list[str]]:
        out = []
        for _, cells, _ in self.rows():
            out.append(cells)
            if len(out) >= limit:
                break
        return out

    def rows(self) -> Iterator[tuple[int, list[str], dict[int, str] | None]]:
        """(row number, cells as text, flags by cell index or None)."""
        reader = SheetReader(self)
        for cells in reader:
            yield reader.line_num, cells, reader.flags

    def _convert(self, reader: SheetReader) -> Iterator[list[str]]:
        """The rows as text, the row's number and flags left on ``reader``. The intake's hot
        loop reads a million of these: cells are converted in place, text cells (the most
        common) pass at the cost of one type test, and a date-time repeated from the row
        above (exports sorted by time) is formatted once."""
        errors = self._errors
        number = self.first_row - 1
        offset = self.first_column
        number_flag = CellFlag.NUMBER
        last_moment: datetime | None = None
        last_text = ""
        # Rows of a sheet repeat a few shapes (text, text, bool, date-time…): the cells to
        # convert are worked out once per shape, and text cells are never visited.
        plans: dict[tuple[type, ...], tuple[tuple[int, type], ...]] = {}
        for raw in self._sheet.iter_rows():
            number += 1
            flags: dict[int, str] | None = None
            kinds = tuple(map(type, raw))
            plan = plans.get(kinds)
            if plan is None:
                plan = tuple((i, k) for i, k in enumerate(kinds) if k is not str)
                if len(plans) < 256:
                    plans[kinds] = plan
            for index, kind in plan:
                value = raw[index]
                if kind is datetime:
                    if value != last_moment:
                        last_moment, last_text = value, _datetime_text(value)
                    raw[index] = last_text
                elif kind is bool:
                    raw[index] = "true" if value else "false"
                elif kind is float:
                    if value.is_integer() and -_EXACT < value < _EXACT:
                        raw[index] = str(int(value))
                    else:
                        raw[index] = _number_text(value)
                        flags = flags or {}
                        flags[index] = number_flag
                elif kind is int:
                    raw[index] = str(value)
                    if not -_EXACT < value < _EXACT:
                        flags = flags or {}
                        flags[index] = number_flag
                elif kind is date:
                    raw[index] = value.isoformat()
                elif kind is time:
                    raw[index] = value.replace(microsecond=0).isoformat()
                else:
                    raw[index] = "" if value is None else str(value)
            if errors and number in errors:
                flags = flags or {}
                for column, code in errors[number].items():
                    index = column - offset
                    if 0 <= index < len(raw):
                        raw[index] = code
                        flags[index] = CellFlag.ERROR
            reader.line_num = number
            reader.flags = flags
            yield raw


def _number_text(value: float) -> str:
    """As a spreadsheet's General format shows it: 1.5, 1.23456789012346E+17."""
    text = repr(value)
    if "e" in text or abs(value) >= _EXACT:
        text = f"{value:.15G}"
    return text


def _datetime_text(value: datetime) -> str:
    """To the nearest second: a spreadsheet stores times as fractions of a day, and
    05:06:07 may come back as 05:06:06.999999."""
    if value.microsecond:
        if value.microsecond >= 500_000:
            value += timedelta(seconds=1)
        value = value.replace(microsecond=0)
    return value.isoformat(" ")


_CACHE_LOCK = threading.Lock()
_cache: tuple[tuple[str, int, int, str], SheetRows, Any] | None = None


def load_sheet(path: str | os.PathLike[str], name: str) -> SheetRows:
    """The sheet ``name``, loaded once for a sniff and the read after it (one entry kept)."""
    global _cache
    file = Path(path)
    try:
        st = file.stat()
    except OSError as exc:
        raise IntakeError(f"cannot read {str(file)!r}: {exc.strerror}") from None
    key = (str(file.resolve()), st.st_size, st.st_mtime_ns, name)
    with _CACHE_LOCK:
        if _cache is not None and _cache[0] == key:
            return _cache[1]
        _cache = None  # let the last sheet go before the next is loaded
    book = _open(file)
    # calamine parses without the interpreter lock, so the look for error cells (zlib, which
    # also lets go of it) runs beside it, on the other core.
    found: list[dict[int, dict[int, str]]] = []
    scan = threading.Thread(target=lambda: found.append(_error_cells(file, name)),
                            name="error-cells", daemon=True)
    scan.start()
    try:
        sheet = book.get_sheet_by_name(name)
    except calamine.WorksheetNotFound:
        raise IntakeError(f'the workbook has no sheet "{name}"') from None
    except (calamine.CalamineError, ValueError) as exc:
        raise _damaged(file, exc) from None
    finally:
        scan.join()
    rows = SheetRows(name, sheet, found[0] if found else {})
    with _CACHE_LOCK:
        _cache = (key, rows, book)
    return rows


def forget_loaded() -> None:
    """Drop the kept sheet (tests, and a window that closed its file)."""
    global _cache
    with _CACHE_LOCK:
        _cache = None


# ------------------------------------------------------------- error cells (.xlsx, .xlsm)
# calamine reads an error cell as empty; the person needs to hear "#N/A in C14" instead.

_ERROR_CELL = re.compile(rb'<c\b[^>]*?\bt="e"[^>]*>')
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<v>([^<]{1,16})</v>")


def _error_cells(path: Path, sheet: str) -> dict[int, dict[int, str]]:
    """Row -> {column: code} of the sheet's error cells; empty for other formats."""
    try:
        with zipfile.ZipFile(path) as z:
            part = _sheet_part(z, sheet)
            if part is None:
                return {}
            if not _has_error_cells(z, part):
                return {}
            found: dict[int, dict[int, str]] = {}
            tail = b""
            with z.open(part) as f:
                while chunk := f.read(1 << 20):
                    data = tail + chunk
                    cut = data.rfind(b"</c>")
                    if cut < 0:
                        tail = data
                        continue
                    _scan_errors(data[: cut + 4], found)
                    tail = data[cut + 4 :]
            return found
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, zlib.error):
        return {}


def _has_error_cells(z: zipfile.ZipFile, part: str) -> bool:
    """A quick look first: most sheets have no error cell, and then one search per chunk
    (no copying, no patterns) is all it costs."""
    marker = b't="e"'
    edge = b""
    with z.open(part) as f:
        while chunk := f.read(1 << 20):
            if marker in chunk or marker in edge + chunk[:8]:
                return True
            edge = chunk[-8:]
    return False


def _scan_errors(data: bytes, found: dict[int, dict[int, str]]) -> None:
    if b't="e"' not in data:
        return
    for match in _ERROR_CELL.finditer(data):
        ref = _REF.search(match.group(0))
        if ref is None:
            continue
        value = _VALUE.search(data, match.end(), match.end() + 400)
        code = value.group(1).decode("ascii", "replace") if value else "#VALUE!"
        column = 0
        for ch in ref.group(1):
            column = column * 26 + ch - 64
        found.setdefault(int(ref.group(2)), {})[column - 1] = code


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def _attr(tag: bytes, name: bytes) -> str | None:
    """An attribute of a tag, by local name (any namespace prefix), unescaped."""
    found = re.search(rb"(?:\s|:)" + name + rb'="([^"]*)"', tag)
    return html.unescape(found.group(1).decode("utf-8", "replace")) if found else None


def _sheet_part(z: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip part holding ``sheet``'s cells. Found with patterns, not an XML parser: the
    two parts are small, and a parser would expand whatever entities a hostile file holds."""
    names = set(z.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return None
    rel_id = None
    for tag in _SHEET_TAG.findall(z.read("xl/workbook.xml")):
        if _attr(tag, b"name") == sheet:
            rel_id = _attr(tag, b"id")
    if rel_id is None:
        return None
    for tag in _REL_TAG.findall(z.read("xl/_rels/workbook.xml.rels")):
        if _attr(tag, b"Id") == rel_id:
            target = _attr(tag, b"Target") or ""
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return part if part in names else None
    return None


# ------------------------------------------------------------------ the intake's cell source


class SheetReader:
    """A loaded sheet as the hot loop reads a CSV: one pass over rows of cells, and
    ``line_num``, the row number of the last row given; ``flags`` are that row's flagged
    cells (or None). Iterating it again goes on where it stopped, as ``csv.reader`` does."""

    def __init__(self, sheet: SheetRows) -> None:
        self.line_num = 0
        self.flags: dict[int, str] | None = None
        self._rows = sheet._convert(self)

    def __iter__(self) -> Iterator[list[str]]:
        return self._rows


class WorkbookCells:
    """``rows.CellSource`` for a workbook sheet: the same verdicts as a CSV's rows."""

    def __init__(self, path: str | os.PathLike[str], sheet: str) -> None:
        self._path = path
        self._sheet = sheet
        self._reader: SheetReader | None = None

    def open(self) -> SheetReader:
        self._reader = SheetReader(load_sheet(self._path, self._sheet))
        return self._reader

    def position(self) -> int:
        """Rows read so far, out of ``FileInfo.size`` (the sheet's last row)."""
        return self._reader.line_num if self._reader is not None else 0

    def close(self) -> None:
        self._reader = None


def flag_problem(flag: str, cell: str, column: str, is_id: bool) -> str | None:
    """The reason a flagged cell rejects its row, or None when the flag does not matter
    there (a fractional number in a column that is not the id is judged as its text)."""
    if flag == CellFlag.ERROR:
        return (f"{column}: the cell holds the error {cell}: fix the formula in the "
                "spreadsheet, or type the value, and save again")
    if is_id:
        return (f"{column}: the cell holds the number {cell}, not the id as it was sent "
                "(a spreadsheet keeps 15 digits and no leading zeros): format the column as "
                "Text, paste or re-export the ids into it, and save again")
    return None

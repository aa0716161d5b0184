"""How a file is written: delimiter, header line, column mapping and the order of its dates."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from itertools import islice
from pathlib import Path

from conversion_gui.core.conversion import ConversionError, DateOrder, parse_timestamp

from .encoding import (
    CONTROL,
    binary_error,
    check_codec,
    decode_sample,
    decodes_whole,
    guess_encoding,
    open_text,
    read_head,
)
from .types import DELIMITER_NAMES, Field, FileInfo, IntakeError, IntakeOptions
from .workbook import EXCEL_MAX_ROWS, is_workbook, load_sheet, pick_sheet

HEADER_SEARCH_ROWS = 100
DELIMITERS = tuple(DELIMITER_NAMES)  # ",", ";", "\t", "|": earlier wins a tie


# Header spellings, compared after _norm(); earlier spellings win when a file has several
# (a file with both "message_id" and "message" takes "message_id": "message" is often the text).
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.MESSAGE_ID: (
        "messageid", "msgid", "callid", "eventid", "conversionid", "uuid", "id", "message",
    ),
    Field.DELIVERED: (
        "delivered", "isdelivered", "converted", "conversion", "delivery", "success",
        "successful", "status",
    ),
    Field.TIMESTAMP: (
        "timestamp", "datetime", "convertedat", "conversiontime", "conversiondate",
        "deliveredat", "when", "time", "date", "ts",
    ),
    Field.CHANNEL: ("channel", "api", "sourceapi", "type"),
}


def _norm(name: str) -> str:
    """Case, spaces and punctuation do not matter in a header: ``Message ID`` is ``message_id``."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(slots=True)
class _Record:
    line: int
    cells: list[str]


def _records(text: str, delimiter: str, limit: int | None = None) -> list[_Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[_Record] = []
    prev = 0
    try:
        for cells in reader if limit is None else islice(reader, limit):
            out.append(_Record(prev + 1, [c.strip() for c in cells]))
            prev = reader.line_num
    except csv.Error:
        pass  # a sample cut inside a huge field; the rows before it are what counts
    return out


def _sample_evidence(
    rows: list[_Record], ts_index: int | None
) -> tuple[_DateEvidence, int]:
    """What the sample's timestamps say of the date order, and how many data rows it has."""
    evidence = _DateEvidence()
    data_rows = 0
    for rec in rows:
        if _is_blank(rec.cells):
            continue
        data_rows += 1
        if ts_index is not None and ts_index < len(rec.cells):
            evidence.see(rec.cells[ts_index], rec.line)
    return evidence, data_rows


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(cells)


def _required(options: IntakeOptions) -> tuple[Field, ...]:
    if options.default_timestamp_now:
        return (Field.MESSAGE_ID, Field.DELIVERED)
    return (Field.MESSAGE_ID, Field.DELIVERED, Field.TIMESTAMP)


def _map_columns(header: Sequence[str], options: IntakeOptions) -> dict[str, int]:
    """Field -> column index: the person's choice first, then the best alias in the header."""
    normed = [_norm(h) for h in header]
    chosen: dict[str, int] = {}
    override = dict(options.mapping or {})
    taken: set[int] = set()
    for fld in Field:
        if fld.value in override:
            name = override[fld.value]
            if name is None or not _norm(name):
                continue
            if _norm(name) in normed:
                index = normed.index(_norm(name))
                chosen[fld.value] = index
                taken.add(index)
    for fld in Field:
        if fld.value in override:
            continue
        for alias in ALIASES[fld]:
            if alias in normed and normed.index(alias) not in taken:
                index = normed.index(alias)
                chosen[fld.value] = index
                taken.add(index)
                break
    return chosen


def _find_header(
    records: list[_Record], options: IntakeOptions
) -> tuple[int, dict[str, int]] | None:
    """Index of the header record: the first that maps every required field, else the best."""
    required = [f.value for f in _required(options)]
    best: tuple[int, int, dict[str, int]] | None = None
    for i, rec in enumerate(records[:HEADER_SEARCH_ROWS]):
        if _is_blank(rec.cells):
            continue
        mapped = _map_columns(rec.cells, options)
        if all(f in mapped for f in required):
            return i, mapped
        score = sum(1 for f in required if f in mapped)
        if score and (best is None or score > best[1]):
            best = (i, score, mapped)
    return None if best is None else (best[0], best[2])


def _widest_consistent(records: list[_Record]) -> int | None:
    """No recognisable header: the first row of the most common width (titles are narrower)."""
    widths = [len(r.cells) for r in records[:HEADER_SEARCH_ROWS] if not _is_blank(r.cells)]
    widths = [w for w in widths if w >= 2]
    if not widths:
        return None
    common = max(set(widths), key=lambda w: (widths.count(w), w))
    for i, rec in enumerate(records):
        if len(rec.cells) == common and not _is_blank(rec.cells):
            return i
    return None


def _score(records: list[_Record], options: IntakeOptions) -> tuple[int, int, float, int]:
    """How well a delimiter explains the sample: a header found, then consistent widths."""
    found = _find_header(records, options)
    if found is not None:
        index, mapped = found
        width = len(records[index].cells)
        rows = [r.cells for r in records[index + 1 : index + 200] if not _is_blank(r.cells)]
        fits = sum(1 for c in rows if len(c) == width or not any(c[width:])) if rows else 1
        complete = all(f.value in mapped for f in _required(options))
        return (2 if complete else 1), len(mapped), fits / max(len(rows), 1), width
    widths = [len(r.cells) for r in records[:HEADER_SEARCH_ROWS] if not _is_blank(r.cells)]
    if not widths:
        return 0, 0, 0.0, 0
    common = max(set(widths), key=lambda w: (widths.count(w), w))
    if common < 2:
        return 0, 0, 0.0, common
    return 0, 0, widths.count(common) / len(widths), common


def _looks_like_data(cells: Sequence[str]) -> bool:
    for cell in cells:
        if not cell:
            continue
        try:
            parse_timestamp(cell, UTC, DateOrder.DAY_FIRST)
            return True
        except ConversionError:
            pass
        if cell.lower() in ("true", "false", "yes", "no", "0", "1"):
            return True
    return False


_SLASHED_DATE = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{4}\b")


class _DateEvidence:
    """What a file's slashed dates say about their order: 13/04 is day-first, 04/13 month-first."""

    def __init__(self) -> None:
        self.day_first: int | None = None  # first line showing it
        self.month_first: int | None = None
        self.slashed = False

    def see(self, value: str, line: int) -> None:
        m = _SLASHED_DATE.match(value)
        if m is None:
            return
        self.slashed = True
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b and self.day_first is None:
            self.day_first = line
        elif b > 12 >= a and self.month_first is None:
            self.month_first = line

    @property
    def mixed(self) -> bool:
        return self.day_first is not None and self.month_first is not None

    def verdict(self) -> tuple[DateOrder | None, str]:
        if self.mixed:
            return None, (
                f"the file mixes date orders (line {self.day_first} is day/month, "
                f"line {self.month_first} month/day): choose the date order"
            )
        if self.day_first is not None:
            return DateOrder.DAY_FIRST, f"day/month, as line {self.day_first} shows"
        if self.month_first is not None:
            return DateOrder.MONTH_FIRST, f"month/day, as line {self.month_first} shows"
        if self.slashed:
            return None, "could be day/month or month/day: choose the date order"
        return None, ""


def sniff(path: str | os.PathLike[str], options: IntakeOptions | None = None) -> FileInfo:
    """Work out how the file is written; raise :class:`IntakeError` if it cannot be a CSV.

    Reads a 256 KB sample, plus a C-speed pass to check the encoding over the whole file,
    plus a pass over the timestamp column when slashed dates need their order settled.
    A missing required column is not an error here (``FileInfo.missing``): the window shows
    the mapping so the person can choose; :func:`read_rows` refuses it.
    """
    opts = options or IntakeOptions()
    file = Path(path)
    if is_workbook(file):
        return sniff_workbook(file, opts)
    head, size = read_head(file)
    if not head.strip():
        raise IntakeError("the file is empty")
    if opts.encoding:
        encoding = check_codec(opts.encoding)
        bad = decodes_whole(file, encoding)
        if bad is not None:
            raise IntakeError(
                f"the file is not valid {opts.encoding}: byte 0x{bad[0]:02x} at offset "
                f"{bad[1]}; choose another encoding or leave it automatic"
            )
    else:
        encoding = guess_encoding(file, head)
    at_eof = len(head) >= size
    text = decode_sample(head, encoding, at_eof)
    if not text.strip():
        raise IntakeError("the file is empty")
    if len(CONTROL.findall(text[:8192])) > max(8, len(text[:8192]) // 100):
        raise binary_error()

    forced = opts.delimiter
    sep = re.match(r"sep=(.)\r?\n", text)
    if forced is None and sep is not None:
        forced = sep[1]  # Excel's own hint line
    if forced is not None and len(forced) != 1:
        raise IntakeError(f"delimiter {forced!r} must be a single character")
    candidates = (forced,) if forced is not None else DELIMITERS
    scored = []
    for delim in candidates:
        recs = _records(text, delim, limit=HEADER_SEARCH_ROWS + 200)
        scored.append((_score(recs, opts), -candidates.index(delim), delim, recs))
    _, _, delimiter, records = max(scored, key=lambda s: (s[0], s[1]))
    if all(_is_blank(r.cells) for r in records):
        raise IntakeError("the file is empty: it has no values, only delimiters or quotes")

    index, columns = _locate_header(records, opts)
    header_rec = records[index]
    header = tuple(header_rec.cells)
    _check_header(header, header_rec.line, opts)

    # The sample settles date order and emptiness when it is the whole file.
    records = _records(text, delimiter)
    ts_index = columns.get(Field.TIMESTAMP.value)
    evidence, data_rows = _sample_evidence(records[index + 1 :], ts_index)
    if at_eof and data_rows == 0:
        raise IntakeError(
            f"the file has a header row (line {header_rec.line}) but no data rows"
        )
    if (
        not at_eof
        and ts_index is not None
        and evidence.slashed
        and not evidence.mixed
        and opts.date_order is None
    ):
        _date_pass(file, encoding, delimiter, index, ts_index, evidence)
    date_order, note = evidence.verdict()

    required = [f.value for f in _required(opts)]
    return FileInfo(
        path=file,
        size=size,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_rec.line,
        header=header,
        columns=columns,
        missing=tuple(f for f in required if f not in columns),
        date_order=date_order,
        date_order_note=note,
        skip_records=index,
    )


def _locate_header(
    records: list[_Record], opts: IntakeOptions, unit: str = "line"
) -> tuple[int, dict[str, int]]:
    """The header record's index and its mapping; a file whose first row is data is refused."""
    found = _find_header(records, opts)
    if found is not None:
        return found
    first = next(r for r in records if not _is_blank(r.cells))
    if _looks_like_data(first.cells):
        raise IntakeError(
            f"no header row found: {unit} {first.line} looks like data "
            f"({', '.join(repr(c) for c in first.cells[:4])}); add a first {unit} naming the "
            "columns, such as message-id,delivered,timestamp"
        )
    widest = _widest_consistent(records)
    if widest is None:
        hint = " (is the delimiter right?)" if unit == "line" else ""
        raise IntakeError(
            f"no header row found: the file has no {unit} with columns such as "
            f"message-id, delivered, timestamp{hint}"
        )
    return widest, {}


def sniff_workbook(file: Path, opts: IntakeOptions) -> FileInfo:
    """A workbook's sheet, found as a CSV's header is: title rows skipped, columns mapped.

    The sheet is ``opts.sheet``, else the one with a recognisable header; typed cells are
    text already (``workbook``), so the CSV rules judge them."""

    def recognisable(rows: list[list[str]]) -> bool:
        recs = [_Record(i + 1, [c.strip() for c in r]) for i, r in enumerate(rows)]
        found = _find_header(recs, opts)
        return found is not None and all(
            f.value in found[1] for f in (Field.MESSAGE_ID, Field.DELIVERED)
        )

    chosen, worksheets = pick_sheet(file, opts.sheet, recognisable)
    sheet = load_sheet(file, chosen.name)
    records = [
        _Record(number, [c.strip() for c in cells])
        for number, cells, _ in islice(sheet.rows(), HEADER_SEARCH_ROWS + 200)
    ]
    if all(_is_blank(r.cells) for r in records):
        raise IntakeError(f'sheet "{chosen.name}" is empty')
    index, columns = _locate_header(records, opts, unit="row")
    header_rec = records[index]
    header = tuple(header_rec.cells)
    _check_header(header, header_rec.line, opts)
    ts_index = columns.get(Field.TIMESTAMP.value)
    evidence, data_rows = _sample_evidence(records[index + 1 :], ts_index)
    if (
        ts_index is not None
        and evidence.slashed
        and not evidence.mixed
        and opts.date_order is None
        and sheet.last_row > records[-1].line
    ):
        # Slashed dates typed as text, and more rows than the sample: the whole column.
        for number, cells, _ in sheet.rows():
            if number > records[-1].line and ts_index < len(cells):
                evidence.see(cells[ts_index], number)
                if evidence.mixed:
                    break
    if data_rows == 0:
        raise IntakeError(
            f'sheet "{chosen.name}" has a header row (row {header_rec.line}) but no data rows'
        )
    date_order, note = evidence.verdict()
    limit = ""
    if sheet.reaches_excel_limit:
        limit = (f"the sheet fills every row a spreadsheet has ({EXCEL_MAX_ROWS:,}): rows past "
                 "it were cut off when the file was opened in one; send the rest from the "
                 "original CSV")
    required = [f.value for f in _required(opts)]
    return FileInfo(
        path=file,
        size=max(sheet.last_row, 1),
        encoding="",
        delimiter="",
        header_line=header_rec.line,
        header=header,
        columns=columns,
        missing=tuple(f for f in required if f not in columns),
        date_order=date_order,
        date_order_note=note.replace("line", "row"),
        skip_records=index,
        sheet=chosen.name,
        sheets=tuple(s.name for s in worksheets),
        first_column=sheet.first_column,
        note=limit,
    )


def _check_header(header: tuple[str, ...], line: int, options: IntakeOptions) -> None:
    seen: dict[str, str] = {}
    clashes: list[str] = []
    for name in header:
        key = _norm(name)
        if not key:
            continue  # Excel writes unnamed trailing columns; they are harmless
        if key in seen:
            clashes.append(f"{seen[key]!r} and {name!r}")
        else:
            seen[key] = name
    if clashes:
        raise IntakeError(
            f"the header row (line {line}) has duplicate column names: {'; '.join(clashes)}. "
            "Rename one of each so it is clear which column to read"
        )
    for fld, col in (options.mapping or {}).items():
        if fld not in {f.value for f in Field}:
            raise IntakeError(
                f"the column mapping names an unknown field {fld!r}: "
                f"use {', '.join(f.value for f in Field)}"
            )
        if col is not None and _norm(col) and _norm(col) not in seen:
            raise IntakeError(
                f"the column mapping reads {fld} from {col!r}, but the header row "
                f"(line {line}) has {list_names(header)}"
            )
    chosen = [n for n in (options.mapping or {}).values() if n is not None and _norm(n)]
    doubled = {_norm(n) for n in chosen if [_norm(c) for c in chosen].count(_norm(n)) > 1}
    if doubled:
        raise IntakeError(
            "the column mapping reads two fields from the same column "
            f"({', '.join(sorted(repr(seen.get(d, d)) for d in doubled))})"
        )


def list_names(header: Sequence[str]) -> str:
    names = [repr(h) for h in header if h]
    return ", ".join(names) if names else "no column names"


def _date_pass(
    path: Path, encoding: str, delimiter: str, skip: int, ts_index: int, evidence: _DateEvidence
) -> None:
    """The whole timestamp column, for files whose sample did not settle the date order."""
    _, text = open_text(path, encoding)
    with text as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            for _ in islice(reader, skip + 1):
                pass
            prev = reader.line_num
            for row in reader:
                if ts_index < len(row):
                    evidence.see(row[ts_index], prev + 1)
                    if evidence.mixed:
                        return
                prev = reader.line_num
        except (csv.Error, OSError):
            return  # read_rows reports it with the line


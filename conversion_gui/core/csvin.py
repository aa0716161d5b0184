"""Read the CSV files people really have: guess how they were written, map the columns, judge rows.

Files come from Excel (UTF-16 "Unicode Text", cp1252 "CSV", ``;`` in Europe, "CSV UTF-8" with a
BOM), Google Sheets, LibreOffice and ad platforms, often with title lines above the header and
blank rows below the data. :func:`sniff` works out the encoding, delimiter, header line and
column mapping from a sample; :func:`read_rows` then streams the file one row at a time (a
million-row file is never held in memory) and gives each row a :class:`Verdict` with a reason
that names the file line and the column. Values are parsed by ``core.conversion``, the same
rules as the form and the command line.

Every problem with the file as a whole is one :class:`IntakeError` with a message for a person.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from itertools import islice
from pathlib import Path

from conversion_gui.core.conversion import (
    Channel,
    Conversion,
    ConversionError,
    DateOrder,
    now_api_time,
    parse_channel,
    parse_delivered,
    parse_message_id,
    parse_timestamp,
    resolve_timezone,
)
from conversion_gui.core.csvout import write_excel_csv

__all__ = [
    "FileInfo",
    "IntakeError",
    "IntakeOptions",
    "IntakeSummary",
    "RowResult",
    "Verdict",
    "read_rows",
    "save_rejected",
    "scan",
    "sniff",
    "write_rejected",
]

SAMPLE_BYTES = 256 * 1024
HEADER_SEARCH_ROWS = 100
DELIMITERS = (",", ";", "\t", "|")
_CHUNK = 1 << 20
_EVERY = 4096  # rows between progress reports and cancel checks
_TS_CACHE_MAX = 65536


class IntakeError(Exception):
    """The file as a whole cannot be used; ``message`` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Field(StrEnum):
    MESSAGE_ID = "message-id"
    DELIVERED = "delivered"
    TIMESTAMP = "timestamp"
    CHANNEL = "channel"


class Verdict(StrEnum):
    VALID = "valid"
    REJECTED = "rejected"
    BLANK = "blank"
    DUPLICATE = "duplicate"
    ALREADY_ACCEPTED = "already accepted"


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


@dataclass(frozen=True, slots=True)
class IntakeOptions:
    """What the person chose; everything else is worked out from the file."""

    channel: Channel | None = None  # the file's channel; a `channel` column overrides it per row
    timezone: str = "UTC"  # naive timestamps are read in this zone
    date_order: DateOrder | None = None  # for 03/04/2026; None: from the file, or refuse
    mapping: Mapping[str, str | None] | None = None  # field -> header name (None: no column)
    encoding: str | None = None
    delimiter: str | None = None
    default_timestamp_now: bool = False  # no timestamp column / blank cell: the time of reading
    allow_duplicates: bool = False


@dataclass(frozen=True, slots=True)
class FileInfo:
    """How the file is written, as :func:`sniff` found it."""

    path: Path
    size: int
    encoding: str  # Python codec name used to read it
    delimiter: str
    header_line: int  # 1-based file line of the header row
    header: tuple[str, ...]
    columns: Mapping[str, int]  # field -> column index
    missing: tuple[str, ...]  # required fields with no column
    date_order: DateOrder | None  # what the file's own dates show, when they show it
    date_order_note: str
    skip_records: int  # CSV records before the header row (title rows, blank lines, sep=)

    def column_name(self, field: str) -> str | None:
        index = self.columns.get(field)
        return None if index is None else self.header[index]

    def describe(self) -> str:
        """One line for the window and the command line."""
        delim = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(
            self.delimiter, repr(self.delimiter)
        )
        return (
            f"{_ENCODING_LABELS.get(self.encoding, self.encoding)}, {delim}-separated, "
            f"header on line {self.header_line}"
        )


_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
}


@dataclass(frozen=True, slots=True)
class RowResult:
    line: int  # file line where the row starts (1-based, title and header lines counted)
    verdict: Verdict
    conversion: Conversion | None  # set for VALID, DUPLICATE and ALREADY_ACCEPTED
    reason: str  # empty for VALID
    raw: tuple[str, ...]  # the cells exactly as in the file


@dataclass(frozen=True, slots=True)
class IntakeSummary:
    info: FileInfo
    total: int
    valid: int
    rejected: int
    blank: int
    duplicate: int
    already_accepted: int
    reasons: tuple[str, ...]  # the first rejection reasons, in file order
    cancelled: bool = False


# ---------------------------------------------------------------------------------- sniffing


def _open_error(path: Path, exc: OSError) -> IntakeError:
    if isinstance(exc, FileNotFoundError):
        why = "there is no such file"
    elif isinstance(exc, IsADirectoryError):
        why = "it is a folder, not a file"
    elif isinstance(exc, PermissionError):
        why = "permission denied"
    else:
        why = exc.strerror or type(exc).__name__
    return IntakeError(f"cannot read {str(path)!r}: {why}")


def _read_head(path: Path) -> tuple[bytes, int]:
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        size = path.stat().st_size
        with path.open("rb") as f:
            return f.read(SAMPLE_BYTES), size
    except OSError as exc:
        raise _open_error(path, exc) from None


def _check_codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise IntakeError(
            f"encoding {name!r} is unknown: use a name like utf-8 or cp1252, or leave it automatic"
        ) from None


def _decodes_whole(path: Path, encoding: str) -> tuple[int, int] | None:
    """Where the file stops being valid ``encoding`` (byte, offset), or None if it all is.

    Runs at C speed in chunks: about 50 ms for a 50 MB file, so a stray cp1252 byte half a
    million rows down is found before any row is judged rather than in the middle of a batch.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    try:
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    bad = exc.object[exc.start] if exc.start < len(exc.object) else 0
                    return int(bad) if isinstance(bad, int) else 0, offset + exc.start
                offset += len(chunk)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                return 0, offset
    except OSError as exc:
        raise _open_error(path, exc) from None
    return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _guess_encoding(path: Path, head: bytes) -> str:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise IntakeError(
            "this is an Excel workbook, not a CSV file: in Excel use "
            "File > Save As > CSV UTF-8, then open that file"
        )
    probe = head[:4096]
    even, odd = probe[0::2], probe[1::2]
    if len(probe) >= 8 and odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"  # UTF-16 without a BOM: every other byte of ASCII text is 0
    if len(probe) >= 8 and even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    if b"\x00" in head:
        raise _binary()
    if _decodes_whole(path, "utf-8") is None:
        return "utf-8"
    return "cp1252"  # Excel's "CSV" on Western Windows; it decodes almost any byte


def _binary() -> IntakeError:
    return IntakeError(
        "this is not a text file (it holds binary data): choose a CSV or Excel text export"
    )


def _decode_sample(head: bytes, encoding: str, at_eof: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    text = decoder.decode(head, final=at_eof)
    if not at_eof:
        # The sample may end inside a row: drop the partial last line.
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut >= 0 else text
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    head, size = _read_head(file)
    if not head.strip():
        raise IntakeError("the file is empty")
    if opts.encoding:
        encoding = _check_codec(opts.encoding)
        bad = _decodes_whole(file, encoding)
        if bad is not None:
            raise IntakeError(
                f"the file is not valid {opts.encoding}: byte 0x{bad[0]:02x} at offset "
                f"{bad[1]}; choose another encoding or leave it automatic"
            )
    else:
        encoding = _guess_encoding(file, head)
    at_eof = len(head) >= size
    text = _decode_sample(head, encoding, at_eof)
    if not text.strip():
        raise IntakeError("the file is empty")
    if len(_CONTROL.findall(text[:8192])) > max(8, len(text[:8192]) // 100):
        raise _binary()

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

    found = _find_header(records, opts)
    if found is not None:
        index, columns = found
    else:
        first = next(r for r in records if not _is_blank(r.cells))
        if _looks_like_data(first.cells):
            raise IntakeError(
                f"no header row found: line {first.line} looks like data "
                f"({', '.join(repr(c) for c in first.cells[:4])}); add a first line naming the "
                "columns, such as message-id,delivered,timestamp"
            )
        widest = _widest_consistent(records)
        if widest is None:
            raise IntakeError(
                "no header row found: the file has no line with columns such as "
                "message-id, delivered, timestamp (is the delimiter right?)"
            )
        index, columns = widest, {}
    header_rec = records[index]
    header = tuple(header_rec.cells)
    _check_header(header, header_rec.line, opts)

    # The sample settles date order and emptiness when it is the whole file.
    records = _records(text, delimiter)
    evidence = _DateEvidence()
    ts_index = columns.get(Field.TIMESTAMP.value)
    data_rows = 0
    for rec in records[index + 1 :]:
        if _is_blank(rec.cells):
            continue
        data_rows += 1
        if ts_index is not None and ts_index < len(rec.cells):
            evidence.see(rec.cells[ts_index], rec.line)
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
                f"(line {line}) has {_list_names(header)}"
            )
    chosen = [n for n in (options.mapping or {}).values() if n is not None and _norm(n)]
    doubled = {_norm(n) for n in chosen if [_norm(c) for c in chosen].count(_norm(n)) > 1}
    if doubled:
        raise IntakeError(
            "the column mapping reads two fields from the same column "
            f"({', '.join(sorted(repr(seen.get(d, d)) for d in doubled))})"
        )


def _list_names(header: Sequence[str]) -> str:
    names = [repr(h) for h in header if h]
    return ", ".join(names) if names else "no column names"


def _open_text(path: Path, encoding: str) -> tuple[io.BufferedReader, io.TextIOWrapper]:
    """The text to parse, and the bytes under it (their position is the progress)."""
    try:
        raw = path.open("rb")
        return raw, io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    except OSError as exc:
        raise _open_error(path, exc) from None


def _date_pass(
    path: Path, encoding: str, delimiter: str, skip: int, ts_index: int, evidence: _DateEvidence
) -> None:
    """The whole timestamp column, for files whose sample did not settle the date order."""
    _, text = _open_text(path, encoding)
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


# ---------------------------------------------------------------------------------- reading


def _prepare(
    path: str | os.PathLike[str], options: IntakeOptions, info: FileInfo | None
) -> tuple[FileInfo, tzinfo, DateOrder | None]:
    info = info if info is not None else sniff(path, options)
    if info.missing:
        names = ", ".join(repr(m) for m in info.missing)
        raise IntakeError(
            f"no column for {names}: the header row (line {info.header_line}) has "
            f"{_list_names(info.header)}. Rename the column in the file, or choose it in the "
            "column mapping"
        )
    if options.channel is None and Field.CHANNEL.value not in info.columns:
        raise IntakeError(
            "choose the channel (sms or voice): the file has no channel column"
        )
    try:
        zone = resolve_timezone(options.timezone)
    except ConversionError as exc:
        raise IntakeError(exc.message) from None
    return info, zone, options.date_order or info.date_order


def _unwrap(cell: str) -> str:
    """Undo what spreadsheets and our own exports put around a value.

    ``="00123"`` is Excel's way to keep a value as text; ``'=x`` is a neutralised cell from a
    rejected-rows file (see ``csvout``) coming back after the person fixed it.
    """
    if cell[:2] == '="' and cell[-1:] == '"' and len(cell) >= 3:
        return cell[2:-1].strip()
    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@"):
        return cell[1:]
    return cell


_FAST_TS = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\Z", re.ASCII)


class _Parser:
    """Parses cells with caches: a batch repeats a few delivered spellings and many timestamps."""

    def __init__(self, zone: tzinfo, order: DateOrder | None) -> None:
        self.zone = zone
        self.order = order
        self.utc = zone is UTC
        self.delivered: dict[str, bool | str] = {}
        self.channels: dict[str, Channel | str] = {}
        self.stamps: dict[str, str] = {}  # raw -> api text, or "!" + error message

    def delivered_of(self, cell: str) -> bool | str:
        """True/False, or the reason it is neither."""
        try:
            return parse_delivered(cell)
        except ConversionError as exc:
            return exc.message

    def remember_delivered(self, cell: str, value: bool | str) -> None:
        if len(self.delivered) < 1024:
            self.delivered[cell] = value

    def channel_of(self, cell: str) -> Channel | str:
        hit = self.channels.get(cell)
        if hit is None:
            try:
                hit = parse_channel(cell)
            except ConversionError as exc:
                hit = exc.message
            if len(self.channels) < 1024:
                self.channels[cell] = hit
        return hit

    def timestamp_of(self, cell: str) -> str:
        """The API text, or ``!`` and the reason; remembered (exports repeat their times)."""
        try:
            hit = parse_timestamp(cell, self.zone, self.order)
        except ConversionError as exc:
            hit = "!" + exc.message
        if len(self.stamps) >= _TS_CACHE_MAX:
            self.stamps.clear()
        self.stamps[cell] = hit
        return hit


_Item = tuple[int, Verdict, Conversion | None, str, list[str]]


def _iterate(
    info: FileInfo,
    options: IntakeOptions,
    zone: tzinfo,
    order: DateOrder | None,
    accepted_ids: Callable[[str, str], bool] | None,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    counts: dict[Verdict, int],
    emit_valid: bool = True,
) -> Iterator[_Item]:
    """The one pass over the data rows, shared by scan() and read_rows().

    Every row is counted in ``counts``; VALID rows are yielded only with ``emit_valid`` (a dry
    run needs their number, not the rows). This loop is the hot path of a million-row file:
    locals instead of attributes, caches instead of parsing the same spelling twice.
    """
    parser = _Parser(zone, order)
    header = info.header
    width = len(header)
    i_id = info.columns[Field.MESSAGE_ID.value]
    i_dl = info.columns[Field.DELIVERED.value]
    i_ts = info.columns.get(Field.TIMESTAMP.value, -1)
    i_ch = info.columns.get(Field.CHANNEL.value, -1)
    need = max(i_id, i_dl, i_ts, i_ch) + 1
    file_channel = options.channel
    stamp_now = options.default_timestamp_now
    # id -> first line, one dict per endpoint (picked by identity: hashing an enum member
    # is a Python-level call, too slow a million times over).
    # A dry run only counts duplicates, so it keeps a set: the first lines (a million ints)
    # are worth their memory only when the reasons are shown.
    seen_sms: dict[str, int] | set[str] = {} if emit_valid else set()
    seen_voice: dict[str, int] | set[str] = {} if emit_valid else set()
    sms = Channel.SMS
    mask = _EVERY - 1
    allow_dups = options.allow_duplicates
    col = {i: f"column {header[i]!r}" for i in range(width)}
    size = max(info.size, 1)
    fast_ts = _FAST_TS.match if parser.utc else None
    fromiso = datetime.fromisoformat
    delivered_get = parser.delivered.get
    stamps_get = parser.stamps.get
    build = emit_valid
    VALID, REJECTED, BLANK = Verdict.VALID, Verdict.REJECTED, Verdict.BLANK
    last_cell = last_stamp = "\0"  # the last fast-path timestamp and its API text
    raw, f = _open_text(info.path, info.encoding)
    reader = csv.reader(f, delimiter=info.delimiter)
    prev = 0
    valid = 0
    count = 0
    try:
        for _ in islice(reader, info.skip_records + 1):
            pass
        prev = reader.line_num
        for row in reader:
            line = prev + 1
            prev = reader.line_num
            count += 1
            if not count & mask:
                if cancel is not None and cancel.is_set():
                    return
                if progress is not None:
                    progress(raw.tell(), size)
            n = len(row)
            if n >= need:
                mid = row[i_id].strip()
                dl = row[i_dl].strip()
            else:
                mid = row[i_id].strip() if i_id < n else ""
                dl = row[i_dl].strip() if i_dl < n else ""
            if not (mid or dl) and not any(c.strip() for c in row):
                counts[BLANK] += 1
                yield line, BLANK, None, "", row
                continue
            problems: list[str] | None = None
            if n > width and any(c.strip() for c in row[width:]):
                problems = [
                    f"the line has {n} cells but the header has {width}: a value with an "
                    f"unquoted {_delim_name(info.delimiter)} in it?"
                ]
            if n < need:
                absent = [col[i] for i in (i_id, i_dl, i_ts, i_ch) if i >= n]
                problems = (problems or []) + [
                    f"{', '.join(absent)} missing: the line has {n} cells, the header {width}"
                ]
            # message-id
            message_id = ""
            if i_id < n:
                if mid[:1] in ("=", "'"):
                    mid = _unwrap(mid)
                try:
                    message_id = parse_message_id(mid)
                except ConversionError as exc:
                    problems = (problems or []) + [f"{col[i_id]}: {exc.message}"]
            # delivered
            delivered = False
            if i_dl < n:
                got = delivered_get(dl)
                if got is None:
                    got = parser.delivered_of(_unwrap(dl) if dl[:1] == "'" else dl)
                    parser.remember_delivered(dl, got)
                if got is True or got is False:
                    delivered = got
                else:
                    problems = (problems or []) + [f"{col[i_dl]}: {got}"]
            # timestamp
            if i_ts < 0:
                stamp = now_api_time()
            elif i_ts < n:
                cell = row[i_ts].strip()
                if cell == last_cell:  # exports sorted by time repeat the same second
                    stamp = last_stamp
                else:
                    stamp = ""
                    if fast_ts is not None and len(cell) == 19 and fast_ts(cell):
                        # The usual export spelling, in UTC, is already the API's: validate.
                        try:
                            year = fromiso(cell).year
                        except ValueError:
                            year = 0
                        if 1970 <= year <= 9999:
                            stamp = cell if cell[10] == " " else f"{cell[:10]} {cell[11:]}"
                            last_cell, last_stamp = cell, stamp
                if not stamp:
                    if not cell and stamp_now:
                        stamp = now_api_time()
                    else:
                        stamp = stamps_get(cell) or parser.timestamp_of(cell)
                        if stamp[0] == "!":
                            problems = (problems or []) + [f"{col[i_ts]}: {stamp[1:]}"]
            else:
                stamp = ""
            # channel
            channel = file_channel
            if 0 <= i_ch < n:
                cell = row[i_ch].strip()
                if cell:
                    got_ch = parser.channel_of(cell)
                    if isinstance(got_ch, Channel):
                        channel = got_ch
                    else:
                        problems = (problems or []) + [f"{col[i_ch]}: {got_ch}"]
                elif channel is None:
                    problems = (problems or []) + [
                        f"{col[i_ch]}: the channel is empty and no channel was chosen "
                        "for the file: write sms or voice"
                    ]
            if problems is not None or channel is None:
                reason = f"line {line}, " + "; ".join(problems or ["no channel"])
                if prev > line:
                    reason += (
                        f" (this row runs from line {line} to {prev}: "
                        "a quote that is never closed?)"
                    )
                counts[REJECTED] += 1
                yield line, REJECTED, None, reason, row
                continue
            if accepted_ids is not None and accepted_ids(channel.value, message_id):
                counts[Verdict.ALREADY_ACCEPTED] += 1
                yield (
                    line,
                    Verdict.ALREADY_ACCEPTED,
                    Conversion(channel, message_id, delivered, stamp),
                    f"line {line}, {col[i_id]}: {message_id!r} was already accepted "
                    "(see History); it is not sent again",
                    row,
                )
                continue
            if not allow_dups:
                seen = seen_sms if channel is sms else seen_voice
                if isinstance(seen, dict):
                    first = seen.setdefault(message_id, line)
                    earlier = f"line {first}" if first != line else ""
                elif message_id in seen:
                    earlier = "an earlier line"
                else:
                    seen.add(message_id)
                    earlier = ""
                if earlier:
                    counts[Verdict.DUPLICATE] += 1
                    yield (
                        line,
                        Verdict.DUPLICATE,
                        Conversion(channel, message_id, delivered, stamp),
                        f"line {line}, {col[i_id]}: {message_id!r} is a duplicate of {earlier}",
                        row,
                    )
                    continue
            valid += 1
            if build:
                yield line, VALID, Conversion(channel, message_id, delivered, stamp), "", row
        if progress is not None:
            progress(size, size)
    except csv.Error as exc:
        raise IntakeError(
            f"line {prev + 1}: the file cannot be read as CSV ({exc}); "
            "a quote that is never closed?"
        ) from None
    except OSError as exc:
        raise _open_error(info.path, exc) from None
    finally:
        counts[VALID] += valid
        f.close()


def _delim_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(
        delimiter, repr(delimiter)
    )


def read_rows(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None = None,
    accepted_ids: Callable[[str, str], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[RowResult]:
    """Every data row in file order, judged; streams, so a million rows cost little memory.

    Problems with the file as a whole raise :class:`IntakeError` here, before any row.
    ``accepted_ids(channel, message_id)`` tells which ids the history already holds as
    accepted. ``progress(bytes_read, file_size)`` is called every few thousand rows; setting
    ``cancel`` ends the iteration early.
    """
    info, zone, order = _prepare(path, options, info)
    counts = dict.fromkeys(Verdict, 0)
    items = _iterate(info, options, zone, order, accepted_ids, progress, cancel, counts)
    return (
        RowResult(line, verdict, conversion, reason, tuple(cells))
        for line, verdict, conversion, reason, cells in items
    )


def scan(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None = None,
    accepted_ids: Callable[[str, str], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    max_reasons: int = 100,
) -> IntakeSummary:
    """A dry run: the counts and the first reasons, in one streaming pass."""
    info, zone, order = _prepare(path, options, info)
    counts = dict.fromkeys(Verdict, 0)
    reasons: list[str] = []
    rejected = Verdict.REJECTED
    for _, verdict, _, reason, _ in _iterate(
        info, options, zone, order, accepted_ids, progress, cancel, counts, emit_valid=False
    ):
        if verdict is rejected and len(reasons) < max_reasons:
            reasons.append(reason)
    return IntakeSummary(
        info=info,
        total=sum(counts.values()),
        valid=counts[Verdict.VALID],
        rejected=counts[Verdict.REJECTED],
        blank=counts[Verdict.BLANK],
        duplicate=counts[Verdict.DUPLICATE],
        already_accepted=counts[Verdict.ALREADY_ACCEPTED],
        reasons=tuple(reasons),
        cancelled=cancel is not None and cancel.is_set(),
    )


# ---------------------------------------------------------------------------------- rejected rows

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
    accepted_ids: Callable[[str, str], bool] | None = None,
    verdicts: frozenset[Verdict] = REJECTED_ONLY,
) -> int:
    """Stream ``path`` and write its rejected rows to ``out_path``; see :func:`write_rejected`."""
    info, _, _ = _prepare(path, options, info)
    return write_rejected(
        read_rows(path, options, info, accepted_ids), info.header, out_path, verdicts
    )

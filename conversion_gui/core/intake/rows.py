"""The hot loop: every data row judged, whatever source its cells come from."""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from itertools import islice
from typing import Protocol

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

from .encoding import open_error, open_text
from .sniffing import list_names, sniff
from .types import (
    Field,
    FileInfo,
    IntakeError,
    IntakeOptions,
    IntakeSummary,
    RowResult,
    Verdict,
    delimiter_name,
)
from .workbook import SheetReader, WorkbookCells, flag_problem

_EVERY = 4096  # rows between progress reports and cancel checks
_TS_CACHE_MAX = 65536


def prepare(
    path: str | os.PathLike[str], options: IntakeOptions, info: FileInfo | None
) -> tuple[FileInfo, tzinfo, DateOrder | None]:
    info = info if info is not None else sniff(path, options)
    if info.missing:
        names = ", ".join(repr(m) for m in info.missing)
        raise IntakeError(
            f"no column for {names}: the header row (line {info.header_line}) has "
            f"{list_names(info.header)}. Rename the column in the file, or choose it in the "
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


class CellRows(Protocol):
    """Rows of cells, and the file line on which the last row given ended (``csv.reader``)."""

    @property
    def line_num(self) -> int: ...

    def __iter__(self) -> Iterator[list[str]]: ...


class CellSource(Protocol):
    """Where the hot loop's rows come from: all of them, the title and header rows included."""

    def open(self) -> CellRows:
        """Start reading; raises :class:`IntakeError` if it cannot."""
        ...

    def position(self) -> int:
        """How far reading has got, out of ``FileInfo.size`` (for progress)."""
        ...

    def close(self) -> None: ...


class CsvCells:
    """A CSV file's records as rows of cells, read as :func:`sniff` found the file written."""

    def __init__(self, info: FileInfo) -> None:
        self._info = info
        self._raw: io.BufferedReader | None = None
        self._text: io.TextIOWrapper | None = None

    def open(self) -> CellRows:
        self._raw, self._text = open_text(self._info.path, self._info.encoding)
        return csv.reader(self._text, delimiter=self._info.delimiter)

    def position(self) -> int:
        return self._raw.tell() if self._raw is not None else 0

    def close(self) -> None:
        if self._text is not None:
            self._text.close()


def _judge(
    source: CellSource,
    info: FileInfo,
    options: IntakeOptions,
    zone: tzinfo,
    order: DateOrder | None,
    accepted_ids: Callable[[str, str], bool] | None,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    counts: dict[Verdict, int],
    emit_valid: bool,
) -> Iterator[_Item]:
    """The one pass over the data rows, shared by scan() and read_rows(), whatever the source.

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
    col = {i: info.column_label(i) for i in range(width)}
    # "line 14" in a CSV, 'Sheet "Data", row 14' in a workbook.
    where = "line " if info.sheet is None else f'Sheet "{info.sheet}", row '
    unit = "line" if info.sheet is None else "row"
    size = max(info.size, 1)
    fast_ts = _FAST_TS.match if parser.utc else None
    fromiso = datetime.fromisoformat
    delivered_get = parser.delivered.get
    stamps_get = parser.stamps.get
    build = emit_valid
    VALID, REJECTED, BLANK = Verdict.VALID, Verdict.REJECTED, Verdict.BLANK
    last_cell = last_stamp = "\0"  # the last fast-path timestamp and its API text
    reader = source.open()
    # A workbook flags cells no text stands for (an error, a number that cannot be an id).
    flagged = reader if isinstance(reader, SheetReader) else None
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
                    progress(source.position(), size)
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
            if flagged is not None and flagged.flags is not None:
                problems = _flag_problems(flagged.flags, row, col, i_id, (i_dl, i_ts, i_ch))
            if n > width and any(c.strip() for c in row[width:]):
                problems = [
                    f"the line has {n} cells but the header has {width}: a value with an "
                    f"unquoted {delimiter_name(info.delimiter)} in it?"
                ]
            if n < need:
                absent = [col[i] for i in (i_id, i_dl, i_ts, i_ch) if i >= n]
                problems = (problems or []) + [
                    f"{', '.join(absent)} missing: the line has {n} cells, the header {width}"
                ]
            # message-id
            message_id = ""
            if i_id < n and (problems is None or not _names(problems, col[i_id])):
                if mid[:1] in ("=", "'"):
                    mid = _unwrap(mid)
                try:
                    message_id = parse_message_id(mid)
                except ConversionError as exc:
                    problems = (problems or []) + [f"{col[i_id]}: {exc.message}"]
            # delivered
            delivered = False
            if i_dl < n and (problems is None or not _names(problems, col[i_dl])):
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
            elif i_ts < n and (problems is None or not _names(problems, col[i_ts])):
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
            if 0 <= i_ch < n and (problems is None or not _names(problems, col[i_ch])):
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
                reason = f"{where}{line}, " + "; ".join(problems or ["no channel"])
                if prev > line:
                    reason += (
                        f" (this row runs from line {line} to {prev}: "
                        "a quote that is never closed?)"
                    )
                counts[REJECTED] += 1
                yield line, REJECTED, None, reason, row
                continue
            # --force-duplicates ("Send again anyway") sends already-accepted ids too.
            if (accepted_ids is not None and not allow_dups
                    and accepted_ids(channel.value, message_id)):
                counts[Verdict.ALREADY_ACCEPTED] += 1
                yield (
                    line,
                    Verdict.ALREADY_ACCEPTED,
                    Conversion(channel, message_id, delivered, stamp),
                    f"{where}{line}, {col[i_id]}: {message_id!r} was already accepted "
                    "(see History); it is not sent again",
                    row,
                )
                continue
            if not allow_dups:
                seen = seen_sms if channel is sms else seen_voice
                if isinstance(seen, dict):
                    first = seen.setdefault(message_id, line)
                    earlier = f"{unit} {first}" if first != line else ""
                elif message_id in seen:
                    earlier = f"an earlier {unit}"
                else:
                    seen.add(message_id)
                    earlier = ""
                if earlier:
                    counts[Verdict.DUPLICATE] += 1
                    yield (
                        line,
                        Verdict.DUPLICATE,
                        Conversion(channel, message_id, delivered, stamp),
                        f"{where}{line}, {col[i_id]}: {message_id!r} is a duplicate of "
                        f"{earlier}",
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
        raise open_error(info.path, exc) from None
    finally:
        counts[VALID] += valid
        source.close()



def _flag_problems(
    flags: dict[int, str], row: list[str], col: dict[int, str], i_id: int,
    others: tuple[int, ...],
) -> list[str] | None:
    """Reasons from a workbook row's flagged cells, in the columns the conversion is read from."""
    problems = []
    for index, flag in flags.items():
        if index == i_id or index in others:
            problem = flag_problem(flag, row[index], col[index], index == i_id)
            if problem is not None:
                problems.append(problem)
    return problems or None


def _names(problems: list[str], column: str) -> bool:
    return any(p.startswith(column + ":") for p in problems)


def _judged(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None,
    accepted_ids: Callable[[str, str], bool] | None,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    emit_valid: bool,
) -> tuple[FileInfo, dict[Verdict, int], Iterator[_Item]]:
    """The one preamble: the file's problems raised now, its rows judged as they are read."""
    info, zone, order = prepare(path, options, info)
    counts = dict.fromkeys(Verdict, 0)
    source: CellSource = (
        CsvCells(info) if info.sheet is None else WorkbookCells(info.path, info.sheet)
    )
    items = _judge(
        source, info, options, zone, order, accepted_ids, progress, cancel, counts,
        emit_valid,
    )
    return info, counts, items


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
    _, _, items = _judged(path, options, info, accepted_ids, progress, cancel, emit_valid=True)
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
    info, counts, items = _judged(
        path, options, info, accepted_ids, progress, cancel, emit_valid=False
    )
    reasons: list[str] = []
    rejected = Verdict.REJECTED
    for _, verdict, _, reason, _ in items:
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


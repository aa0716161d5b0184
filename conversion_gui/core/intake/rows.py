"""The hot loop: every data row judged, whatever source its cells come from."""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from itertools import islice
from typing import Protocol

from conversion_gui.core.conversion import (
    MAX_ID_LENGTH,
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
    AcceptedLookup,
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
# A dry run's ids per channel: each id once, and how many more times it came again.
_Found = dict[Channel, tuple[set[str], dict[str, int]]]
_SETTLE_BLOCK = 4096  # rows whose ids are asked about at once (read_rows)


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
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    counts: dict[Verdict, int],
    found: _Found | None,
) -> Iterator[_Item]:
    """The one pass over the data rows, shared by scan() and read_rows(), whatever the source.

    It judges each row's cells and asks nothing of the history. For ``read_rows`` (``found``
    None) every good row is yielded as VALID, and :func:`_settle` then decides, a block at a
    time, which of them are duplicates or already accepted. For a dry run (``found`` given)
    only rejected and blank rows are yielded; the good rows are counted and their ids kept
    in ``found``, so the history is asked once, after the pass (:func:`_settle_counts`).
    This loop is the hot path of a million-row file: locals instead of attributes, caches
    instead of parsing the same spelling twice.
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
    # A dry run's ids, one set per endpoint (picked by identity: hashing an enum member is a
    # Python-level call, too slow a million times over), and the ids that came again.
    seen_sms: set[str] = set()
    seen_voice: set[str] = set()
    again_sms: dict[str, int] = {}
    again_voice: dict[str, int] = {}
    if found is not None:
        found[Channel.SMS] = (seen_sms, again_sms)
        found[Channel.VOICE] = (seen_voice, again_voice)
    sms = Channel.SMS
    mask = _EVERY - 1
    allow_dups = options.allow_duplicates
    col = {i: info.column_label(i) for i in range(width)}
    # "line 14" in a CSV, 'Sheet "Data", row 14' in a workbook.
    where = where_prefix(info)
    size = max(info.size, 1)
    fast_ts = _FAST_TS.match if parser.utc else None
    max_id, digits = MAX_ID_LENGTH, "0123456789"
    fromiso = datetime.fromisoformat
    delivered_get = parser.delivered.get
    stamps_get = parser.stamps.get
    build = found is None
    VALID, REJECTED, BLANK = Verdict.VALID, Verdict.REJECTED, Verdict.BLANK
    DUPLICATE = Verdict.DUPLICATE
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
                # The usual id (letters and digits, not short) is good as it is, unless it
                # could be a spreadsheet's 1E17: digits, then an e. Anything else is judged
                # by parse_message_id (the same rules, one function call slower).
                if (mid.isalnum() and mid.isascii() and len(mid) <= max_id
                        and mid.lstrip(digits)[:1] not in ("e", "E")):
                    message_id = mid
                else:
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
            if build:
                yield line, VALID, Conversion(channel, message_id, delivered, stamp), "", row
                continue
            if channel is sms:
                seen, again = seen_sms, again_sms
            else:
                seen, again = seen_voice, again_voice
            if message_id in seen:
                again[message_id] = again.get(message_id, 0) + 1
                if not allow_dups:
                    counts[DUPLICATE] += 1
                    continue
            else:
                seen.add(message_id)
            valid += 1
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



def where_prefix(info: FileInfo) -> str:
    """How a row is named: "line 14" in a CSV, 'Sheet "Data", row 14' in a workbook."""
    return "line " if info.sheet is None else f'Sheet "{info.sheet}", row '


def _source(info: FileInfo) -> CellSource:
    """The cells of the file: a CSV's text, or a workbook sheet's typed cells."""
    return CsvCells(info) if info.sheet is None else WorkbookCells(info.path, info.sheet)


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


def _settle(
    items: Iterable[_Item],
    accepted: AcceptedLookup | None,
    allow_dups: bool,
    id_label: str,
    counts: dict[Verdict, int],
    where: str = "line ",
    unit: str = "line",
) -> Iterator[_Item]:
    """The good rows of ``items`` judged against the history and each other, in file order.

    The history is asked about a block of ids at once (``accepted.among``), never one row at
    a time. An id the history holds as accepted is ALREADY_ACCEPTED wherever it comes; of the
    others, the first is VALID and any later one a DUPLICATE naming that first line.
    """
    sms = Channel.SMS
    VALID, DUPLICATE, ALREADY = Verdict.VALID, Verdict.DUPLICATE, Verdict.ALREADY_ACCEPTED
    first_sms: dict[str, int] = {}
    first_voice: dict[str, int] = {}
    block: list[_Item] = []
    none: frozenset[str] = frozenset()

    def decided() -> Iterator[_Item]:
        hits_sms: Iterable[str] = none
        hits_voice: Iterable[str] = none
        if accepted is not None:
            ids_sms: set[str] = set()
            ids_voice: set[str] = set()
            for _, verdict, conv, _, _ in block:
                if verdict is VALID and conv is not None:
                    (ids_sms if conv.channel is sms else ids_voice).add(conv.message_id)
            if ids_sms:
                hits_sms = accepted.among(sms.value, ids_sms)
            if ids_voice:
                hits_voice = accepted.among(Channel.VOICE.value, ids_voice)
        for item in block:
            line, verdict, conv, _, row = item
            if verdict is VALID and conv is not None:
                mid = conv.message_id
                on_sms = conv.channel is sms
                if mid in (hits_sms if on_sms else hits_voice):
                    counts[ALREADY] += 1
                    yield (line, ALREADY, conv, f"{where}{line}, {id_label}: {mid!r} was "
                           "already accepted (see History); it is not sent again", row)
                    continue
                if not allow_dups:
                    first = (first_sms if on_sms else first_voice).setdefault(mid, line)
                    if first != line:
                        counts[DUPLICATE] += 1
                        yield (line, DUPLICATE, conv,
                               f"{where}{line}, {id_label}: {mid!r} is a duplicate of "
                               f"{unit} {first}", row)
                        continue
                counts[VALID] += 1
            yield item
        block.clear()

    for item in items:
        block.append(item)
        if len(block) >= _SETTLE_BLOCK:
            yield from decided()
    yield from decided()


def _settle_counts(counts: dict[Verdict, int], found: _Found, accepted: AcceptedLookup) -> None:
    """A dry run's counts, corrected once the history has said which ids it accepted.

    Every occurrence of an accepted id is ALREADY_ACCEPTED: the pass counted its first as
    VALID and the others as duplicates.
    """
    for channel, (seen, again) in found.items():
        hits = accepted.among(channel.value, seen) if seen else ()
        repeats = sum(again.get(mid, 0) for mid in hits) if again else 0
        counts[Verdict.ALREADY_ACCEPTED] += len(hits) + repeats
        counts[Verdict.VALID] -= len(hits)
        counts[Verdict.DUPLICATE] -= repeats


def _judged(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    found: _Found | None,
) -> tuple[FileInfo, dict[Verdict, int], Iterator[_Item]]:
    """The one preamble: the file's problems raised now, its rows judged as they are read."""
    info, zone, order = prepare(path, options, info)
    counts = dict.fromkeys(Verdict, 0)
    items = _judge(_source(info), info, options, zone, order, progress, cancel, counts, found)
    return info, counts, items


def read_rows(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None = None,
    accepted_ids: AcceptedLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[RowResult]:
    """Every data row in file order, judged; streams, so a million rows cost little memory.

    Problems with the file as a whole raise :class:`IntakeError` here, before any row.
    ``accepted_ids.among(channel, ids)`` tells which ids the history already holds as
    accepted; it is asked a few thousand rows at a time (never with ``allow_duplicates``,
    which sends those ids again too). ``progress(bytes_read, file_size)``
    is called every few thousand rows; setting ``cancel`` ends the iteration early.
    """
    info, counts, items = _judged(path, options, info, progress, cancel, None)
    label = info.column_label(info.columns[Field.MESSAGE_ID.value])
    allow_dups = options.allow_duplicates
    settled = _settle(items, None if allow_dups else accepted_ids, allow_dups, label, counts,
                      where_prefix(info), "line" if info.sheet is None else "row")
    return (
        RowResult(line, verdict, conversion, reason, tuple(cells))
        for line, verdict, conversion, reason, cells in settled
    )


def scan(
    path: str | os.PathLike[str],
    options: IntakeOptions,
    info: FileInfo | None = None,
    accepted_ids: AcceptedLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    max_reasons: int = 100,
) -> IntakeSummary:
    """A dry run: the counts and the first reasons, in one streaming pass, then one question
    to the history about all the file's ids."""
    found: _Found = {}
    info, counts, items = _judged(path, options, info, progress, cancel, found)
    reasons: list[str] = []
    rejected = Verdict.REJECTED
    for _, verdict, _, reason, _ in items:
        if verdict is rejected and len(reasons) < max_reasons:
            reasons.append(reason)
    if accepted_ids is not None and not options.allow_duplicates:
        _settle_counts(counts, found, accepted_ids)
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


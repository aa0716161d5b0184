"""The intake's vocabulary: options, what a file is, a row's verdict, and the one error."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from conversion_gui.core.conversion import Channel, Conversion, DateOrder

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping


class IntakeError(Exception):
    """The file as a whole cannot be used; ``message`` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AcceptedLookup(Protocol):
    """What the history says about ids: which of many it already holds as accepted."""

    def among(self, channel: str, ids: Collection[str]) -> Collection[str]: ...


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
    sheet: str | None = None  # a workbook's sheet, by name or 1-based number; None: found


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
    # A workbook: the sheet read (rows are its row numbers, ``size`` its last row), the
    # sheets with data (for a picker), its first column read (0 = A), and a note to show.
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    first_column: int = 0
    note: str = ""

    def place(self, line: int) -> str:
        """Where a row is, as a person finds it: ``line 14``, or ``Sheet "Data", row 14``."""
        return f'Sheet "{self.sheet}", row {line}' if self.sheet is not None else f"line {line}"

    def column_label(self, index: int) -> str:
        """``column 'Message ID'``, or in a workbook ``column C (Message ID)``."""
        name = self.header[index] if index < len(self.header) else ""
        if self.sheet is None:
            return f"column {name!r}"
        letters, n = "", self.first_column + index + 1
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(65 + rest) + letters
        return f"column {letters} ({name})" if name else f"column {letters}"

    def column_name(self, field: str) -> str | None:
        index = self.columns.get(field)
        return None if index is None else self.header[index]

    def describe(self) -> str:
        """One line for the window and the command line."""
        if self.sheet is not None:
            note = f"; {self.note}" if self.note else ""
            return f'workbook, sheet "{self.sheet}", header on row {self.header_line}{note}'
        return (
            f"{ENCODING_LABELS.get(self.encoding, self.encoding)}, "
            f"{delimiter_name(self.delimiter)}-separated, "
            f"header on line {self.header_line}"
        )


ENCODING_LABELS = {
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



# The delimiters a file is tried with, in the order ties are settled, and how a person says them.
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def delimiter_name(delimiter: str) -> str:
    """``comma`` for ``,``: the word the window and the rejection reasons use."""
    return DELIMITER_NAMES.get(delimiter, repr(delimiter))

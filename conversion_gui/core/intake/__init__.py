"""Read the CSV files people really have: guess how they were written, map the columns, judge rows.

Files come from Excel (UTF-16 "Unicode Text", cp1252 "CSV", ``;`` in Europe, "CSV UTF-8" with a
BOM), Google Sheets, LibreOffice and ad platforms, often with title lines above the header and
blank rows below the data. :func:`sniff` works out the encoding, delimiter, header line and
column mapping from a sample; :func:`read_rows` then streams the file one row at a time (a
million-row file is never held in memory) and gives each row a :class:`Verdict` with a reason
that names the file line and the column. Values are parsed by ``core.conversion``, the same
rules as the form and the command line.

Every problem with the file as a whole is one :class:`IntakeError` with a message for a person.

- ``types``: the options, :class:`FileInfo`, :class:`RowResult`, verdicts and the error;
- ``encoding``: which encoding, checked over the whole file;
- ``sniffing``: delimiter, header line, column aliases, the order of the file's dates;
- ``rows``: the one hot loop, fed rows of cells by a source (today the CSV reader);
- ``rejected``: the rows to fix, written out with their reasons.
"""

from .rejected import REJECTED_ONLY, save_rejected, write_rejected
from .rows import read_rows, scan
from .sniffing import ALIASES, DELIMITERS, sniff
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

__all__ = [
    "ALIASES",
    "DELIMITERS",
    "REJECTED_ONLY",
    "AcceptedLookup",
    "Field",
    "FileInfo",
    "IntakeError",
    "IntakeOptions",
    "IntakeSummary",
    "RowResult",
    "Verdict",
    "delimiter_name",
    "read_rows",
    "save_rejected",
    "scan",
    "sniff",
    "write_rejected",
]

"""Which encoding a file is in, checked over the whole file before any row is judged."""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

from .types import IntakeError

SAMPLE_BYTES = 256 * 1024
_CHUNK = 1 << 20


def open_error(path: Path, exc: OSError) -> IntakeError:
    if isinstance(exc, FileNotFoundError):
        why = "there is no such file"
    elif isinstance(exc, IsADirectoryError):
        why = "it is a folder, not a file"
    elif isinstance(exc, PermissionError):
        why = "permission denied"
    else:
        why = exc.strerror or type(exc).__name__
    return IntakeError(f"cannot read {str(path)!r}: {why}")


def read_head(path: Path) -> tuple[bytes, int]:
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        size = path.stat().st_size
        with path.open("rb") as f:
            return f.read(SAMPLE_BYTES), size
    except OSError as exc:
        raise open_error(path, exc) from None


def check_codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise IntakeError(
            f"encoding {name!r} is unknown: use a name like utf-8 or cp1252, or leave it automatic"
        ) from None


def decodes_whole(path: Path, encoding: str) -> tuple[int, int] | None:
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
        raise open_error(path, exc) from None
    return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def guess_encoding(path: Path, head: bytes) -> str:
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
        raise binary_error()
    if decodes_whole(path, "utf-8") is None:
        return "utf-8"
    return "cp1252"  # Excel's "CSV" on Western Windows; it decodes almost any byte


def binary_error() -> IntakeError:
    return IntakeError(
        "this is not a text file (it holds binary data): choose a CSV or Excel text export"
    )


def decode_sample(head: bytes, encoding: str, at_eof: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    text = decoder.decode(head, final=at_eof)
    if not at_eof:
        # The sample may end inside a row: drop the partial last line.
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut >= 0 else text
    return text


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def open_text(path: Path, encoding: str) -> tuple[io.BufferedReader, io.TextIOWrapper]:
    """The text to parse, and the bytes under it (their position is the progress)."""
    try:
        raw = path.open("rb")
        return raw, io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    except OSError as exc:
        raise open_error(path, exc) from None


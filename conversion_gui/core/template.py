"""File > "Save a template…": a CSV and an .xlsx with the right headers, a sample row and notes.

The .xlsx is written by hand (a zip of five small XML parts, inline strings, one cell style
that formats the id column as Text so the spreadsheet never turns a long id into 1.23E+17).
openpyxl would do it in three lines but adds 3 MB of Python to the bundle for this one file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from .csvout import write_excel_csv

__all__ = ["HEADER", "NOTES", "SAMPLE", "write_csv_template", "write_xlsx_template"]

HEADER = ("message-id", "delivered", "timestamp", "channel")
SAMPLE = ("0A0000001234ABCD", "true", "2026-01-31 14:05:00", "sms")
NOTES = (
    ("Column", "What the app reads"),
    ("message-id", "The message-id (SMS), event_id (Verify) or call-id (voice) exactly as the "
     "API returned it. Keep this column formatted as Text: a spreadsheet turns long numeric "
     "ids into 1.23E+17, and such rows are refused."),
    ("delivered", "true or false; also yes/no, y/n, 1/0 in any case, or a TRUE/FALSE cell."),
    ("timestamp", "When it happened: YYYY-MM-DD HH:MM:SS, ISO 8601 with or without a zone "
     "(Z, +02:00), or a date-time cell. Times without a zone are read in the time zone chosen "
     "in the app (UTC unless changed). dd/mm vs mm/dd dates are never guessed."),
    ("channel", "Optional: sms or voice, for files that mix both; otherwise choose it in the app."),
    ("Other columns", "Kept and handed back in the results file, never sent."),
    ("Files", "CSV (any encoding, comma, semicolon or tab), .xlsx, .xlsm, .xls, .xlsb, .ods, "
     "or cells pasted from a spreadsheet. Title rows above the header are skipped."),
)


def write_csv_template(path: str | os.PathLike[str]) -> None:
    write_excel_csv(path, HEADER, [SAMPLE])


def _cell(ref: str, text: str, style: int = 0) -> str:
    styled = f' s="{style}"' if style else ""
    return (f'<c r="{ref}" t="inlineStr"{styled}><is><t xml:space="preserve">'
            f"{escape(text)}</t></is></c>")


def _sheet(rows: Sequence[Sequence[str]], text_column: int | None, widths: Sequence[int]) -> str:
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"'
        + (' style="1"' if i == text_column else "") + "/>"
        for i, w in enumerate(widths)
    )
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            _cell(f"{chr(65 + c)}{r}", value, 1 if c == text_column else 0)
            for c, value in enumerate(row)
        )
        body.append(f'<row r="{r}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<cols>{cols}</cols><sheetData>{''.join(body)}</sheetData></worksheet>"
    )


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/worksheets/sheet2.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
<sheet name="Conversions" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/>\
</sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet2.xml"/>\
<Relationship Id="rId3" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/></Relationships>"""
# Style 1 is number format 49, "@": Text.
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def write_xlsx_template(path: str | os.PathLike[str]) -> None:
    """The template workbook: sheet "Conversions" (header, sample row, id column as Text) and
    sheet "Notes". Written beside the target and renamed over it, as every export is."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=target.parent or ".")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", _CONTENT_TYPES)
            z.writestr("_rels/.rels", _ROOT_RELS)
            z.writestr("xl/workbook.xml", _WORKBOOK)
            z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
            z.writestr("xl/styles.xml", _STYLES)
            z.writestr("xl/worksheets/sheet1.xml", _sheet([HEADER, SAMPLE], 0, (24, 12, 22, 10)))
            z.writestr("xl/worksheets/sheet2.xml", _sheet(NOTES, None, (16, 100)))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

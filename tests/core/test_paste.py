"""Cells pasted from a spreadsheet: what Excel, Calc and Google Sheets put on the clipboard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conversion_gui.core.intake import IntakeError
from conversion_gui.core.paste import (
    cells_from_clipboard,
    guess_header,
    pasted_cells,
    write_pasted,
)

# Excel's TSV: a cell with a newline or a quote is quoted, CSV-style; CRLF line ends.
EXCEL_TSV = ('Message ID\tDelivered\tTimestamp\tNote\r\n'
             'ABC1\tTRUE\t2026-03-04 05:06:07\t"two\r\nlines"\r\n'
             'ABC2\tFALSE\t2026-03-04 05:06:08\t"say ""hi"""\r\n')
# Google Sheets' HTML: a <google-sheets-html-origin> wrapper, styles, a colspan, &nbsp;.
SHEETS_HTML = (
    '<meta charset="utf-8"><google-sheets-html-origin><style>td{}</style>'
    '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr">'
    '<colgroup><col width="100"/></colgroup><tbody>'
    '<tr><td>message-id</td><td>delivered</td><td>timestamp</td></tr>'
    '<tr><td>XYZ&nbsp;1</td><td>TRUE</td><td>2026-03-04 05:06:07</td></tr>'
    '<tr><td colspan="2">merged</td><td>x<br/>y</td></tr>'
    '</tbody></table>'
)


def is_header(cells) -> bool:
    return any(c.lower().replace(" ", "-") == "message-id" for c in cells)


def test_excel_tsv_with_quoted_cells() -> None:
    rows = cells_from_clipboard(EXCEL_TSV)
    assert rows == [
        ["Message ID", "Delivered", "Timestamp", "Note"],
        ["ABC1", "TRUE", "2026-03-04 05:06:07", "two\nlines"],
        ["ABC2", "FALSE", "2026-03-04 05:06:08", 'say "hi"'],
    ]
    cells = pasted_cells(rows, is_header)
    assert not cells.header_made and cells.header[0] == "Message ID"
    assert cells.label == "Pasted cells · 2 rows"


def test_sheets_html_table_when_there_is_no_tsv() -> None:
    rows = cells_from_clipboard(None, SHEETS_HTML)
    assert rows == [
        ["message-id", "delivered", "timestamp"],
        ["XYZ 1", "TRUE", "2026-03-04 05:06:07"],
        ["merged", "", "x\ny"],
    ]


def test_headerless_cells_are_mapped_by_content() -> None:
    rows = cells_from_clipboard("2026-03-04 05:06:07\t0A01\tyes\tsms\tjoe\n"
                                "2026-03-04 05:07:00\t0A02\tno\tvoice\tann\n")
    cells = pasted_cells(rows, is_header)
    assert cells.header_made
    assert cells.header == ("timestamp", "message-id", "delivered", "channel", "column 5")
    assert len(cells.rows) == 2
    assert guess_header([["1", "x"], ["0", "y"]]) == ("delivered", "message-id")


def test_one_column_of_ids_with_or_without_header() -> None:
    assert cells_from_clipboard("0A01\n0A02\n") == [["0A01"], ["0A02"]]
    assert cells_from_clipboard("Message ID\n0A01\n") == [["Message ID"], ["0A01"]]


@pytest.mark.parametrize("text, html, image, expected", [
    ("Dear team, the campaign went well.\nThanks", None, False, "holds text, not spreadsheet"),
    (None, None, True, "holds an image"),
    ("", None, False, "holds nothing this page can read"),
    ("\t\t\n\t\t\n", None, False, "all empty"),
])
def test_what_is_not_cells(text, html, image, expected) -> None:
    with pytest.raises(IntakeError) as info:
        cells_from_clipboard(text, html, image)
    assert expected in info.value.message and "paste" in info.value.message


def test_written_file_and_its_digest(tmp_path: Path) -> None:
    cells = pasted_cells(cells_from_clipboard(EXCEL_TSV), is_header)
    path, digest = write_pasted(cells, tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    again, digest2 = write_pasted(pasted_cells(cells_from_clipboard(EXCEL_TSV), is_header),
                                  tmp_path)
    assert (again, digest2) == (path, digest)  # the same paste is the same batch


def test_tab_separated_text_is_written_as_it_is(tmp_path: Path) -> None:
    """The page's path: the text itself, under a made header when it has none."""
    from conversion_gui.core.conversion import Channel
    from conversion_gui.core.intake import IntakeOptions, Verdict, read_rows
    from conversion_gui.core.paste import read_clipboard_cells

    cells, path, digest = read_clipboard_cells(EXCEL_TSV, None, False, tmp_path)
    assert (cells.label, cells.header_made) == ("Pasted cells · 2 rows", False)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    rows = list(read_rows(path, IntakeOptions(channel=Channel.SMS)))
    assert [r.raw[3] for r in rows] == ["two\nlines", 'say "hi"']

    bare = "0A01\ttrue\t2026-03-04 05:06:07\n0A02\tno\t2026-03-04 05:06:08\n"
    cells, path, _ = read_clipboard_cells(bare, None, False, tmp_path)
    assert cells.header_made and cells.label == "Pasted cells · 2 rows"
    assert cells.header == ("message-id", "delivered", "timestamp")
    rows = list(read_rows(path, IntakeOptions(channel=Channel.SMS)))
    assert [(r.line, r.verdict) for r in rows] == [(2, Verdict.VALID), (3, Verdict.VALID)]

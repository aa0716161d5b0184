"""Workbooks as Calc and openpyxl write them, read cell by cell by type."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conversion_gui.core.intake import IntakeError, workbook
from conversion_gui.core.intake.workbook import (
    CellFlag,
    SheetChoiceNeeded,
    cell_place,
    column_letter,
    is_workbook,
    list_sheets,
    load_sheet,
    pick_sheet,
)
from tests.workbooks import calc_convert

HEADERS = ("message-id", "Message ID", "delivered", "timestamp")


def has_header(rows: list[list[str]]) -> bool:
    return any(any(c in HEADERS for c in row) for row in rows)


@pytest.fixture(autouse=True)
def _fresh_cache():
    workbook.forget_loaded()
    yield
    workbook.forget_loaded()


def typed_book(path: Path) -> Path:
    """Two sheets: notes, and conversions under a title row, with typed cells and formulas."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes["A1"] = "Exported by the campaign tool"
    ws = wb.create_sheet("Conversions")
    ws.append(["Spring campaign"])
    ws.append(["Message ID", "Delivered", "Timestamp", "Cost"])
    ws.append([12345, True, dt.datetime(2026, 3, 4, 5, 6, 7), 1.5])
    ws.append(["0A0000001234", False, dt.datetime(2026, 3, 4, 5, 6, 8), "=1+1"])
    ws.append([1.2345678901234567e17, "yes", "2026-03-04 05:06:09", 3])
    ws.append(['="abc"&"def"', "=1=1", dt.date(2026, 3, 4), "=NA()"])
    ws.append([12.5, "no", dt.datetime(2026, 3, 4, 5, 6, 59, 999_600), "=1/0"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def calc_books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The typed workbook as LibreOffice Calc saves it: .xlsx, .ods and .xls."""
    root = tmp_path_factory.mktemp("calc")
    source = typed_book(root / "typed.xlsx")
    return {fmt: calc_convert([source], fmt, root / fmt)[0] for fmt in ("xlsx", "ods", "xls")}


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "xls"])
def test_calc_workbook_cells_read_by_type(calc_books: dict[str, Path], fmt: str) -> None:
    rows = list(load_sheet(calc_books[fmt], "Conversions").rows())
    numbers = [n for n, _, _ in rows]
    assert numbers == [1, 2, 3, 4, 5, 6, 7]  # the sheet's own row numbers, title row counted
    cells = {n: c for n, c, _ in rows}
    flags = {n: f for n, _, f in rows}
    assert cells[2] == ["Message ID", "Delivered", "Timestamp", "Cost"]
    assert cells[3][0] == "12345"  # a whole number, never 12345.0
    assert cells[3][1] in ("true", "1")  # .ods keeps booleans as 1/0 numbers
    assert cells[3][2] == "2026-03-04 05:06:07"
    assert cells[4][3] == "2"  # a formula's cached value
    assert cells[5][0] == "1.23456789012346E+17" and flags[5] and flags[5][0] == CellFlag.NUMBER
    assert cells[6][0] == "abcdef"  # a text formula's cached value
    assert cells[6][2] == "2026-03-04"
    assert cells[7][0] == "12.5" and flags[7] and flags[7][0] == CellFlag.NUMBER
    assert cells[7][2] == "2026-03-04 05:07:00"  # to the nearest second


def test_calc_xlsx_error_cells_are_flagged_with_their_code(calc_books: dict[str, Path]) -> None:
    rows = {n: (c, f) for n, c, f in load_sheet(calc_books["xlsx"], "Conversions").rows()}
    cells, flags = rows[6]
    assert cells[3] == "#N/A" and flags == {3: CellFlag.ERROR}
    cells, flags = rows[7]
    assert cells[3] == "#DIV/0!" and flags is not None and flags[3] == CellFlag.ERROR


def test_calc_csv_export_read_back(tmp_path: Path) -> None:
    """A CSV opened in Calc and saved as .xlsx: long ids became numbers, dates date cells."""
    src = tmp_path / "export.csv"
    src.write_text(
        "message-id,delivered,timestamp\n"
        "123456789012345678,TRUE,2026-03-04 05:06:07\n"
        "9007199254740991,FALSE,2026-03-04 05:06:08\n"
        "ABC123,TRUE,2026-03-04 05:06:09\n"
        "999999999999999,TRUE,2026-03-04 05:06:10\n",
        encoding="utf-8",
    )
    (book,) = calc_convert([src], "xlsx", tmp_path / "out")
    rows = list(load_sheet(book, "export").rows())
    assert rows[1][1][0] == "1.23456789012346E+17" and rows[1][2] == {0: CellFlag.NUMBER}
    # Below 2^53, yet Calc kept 15 significant digits: the id lost its last one, so it is
    # flagged as a number, not taken as an id.
    assert rows[2][1][0] == "9.00719925474099E+15" and rows[2][2] == {0: CellFlag.NUMBER}
    assert rows[3][1] == ["ABC123", "TRUE", "2026-03-04 05:06:09"]  # Calc keeps it text
    assert rows[4][1][0] == "999999999999999" and rows[4][2] is None  # 15 digits: exact


def test_rows_keep_sheet_numbers_when_data_starts_lower(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["C4"] = "message-id"
    ws["D4"] = "delivered"
    ws["C5"] = "abc"
    ws["D5"] = True
    wb.save(tmp_path / "b.xlsx")
    sheet = load_sheet(tmp_path / "b.xlsx", "Data")
    rows = list(sheet.rows())
    assert [n for n, c, _ in rows if any(c)] == [4, 5]
    assert rows[-1] == (5, ["abc", "true"], None)
    assert column_letter(sheet.column_of(1)) == "D"


def test_names_of_places() -> None:
    assert [column_letter(i) for i in (0, 2, 25, 26, 701, 702)] == [
        "A", "C", "Z", "AA", "ZZ", "AAA"]
    assert cell_place("Conversions", 14, 2, "Message ID") == (
        'Sheet "Conversions", row 14, column C (Message ID)')


def test_sheet_choice(tmp_path: Path) -> None:
    book = typed_book(tmp_path / "t.xlsx")
    chosen, sheets = pick_sheet(book, None, has_header)
    assert chosen.name == "Conversions"  # the one with a header
    assert [s.name for s in sheets] == ["Read me", "Conversions"]
    assert pick_sheet(book, "read me", has_header)[0].name == "Read me"  # any case
    assert pick_sheet(book, "1", has_header)[0].name == "Read me"  # by number
    with pytest.raises(SheetChoiceNeeded) as info:
        pick_sheet(book, "Summary", has_header)
    assert '"Summary"' in info.value.message and '2: "Conversions"' in info.value.message

    wb = openpyxl.load_workbook(book)
    other = wb.copy_worksheet(wb["Conversions"])
    other.title = "March"
    wb.save(book)
    workbook.forget_loaded()
    with pytest.raises(SheetChoiceNeeded) as info:
        pick_sheet(book, None, has_header)
    assert '2: "Conversions", 3: "March"' in info.value.message
    assert info.value.sheets == ("Read me", "Conversions", "March")
    assert "--sheet" in info.value.message


def test_is_workbook_by_name_or_content(tmp_path: Path) -> None:
    book = typed_book(tmp_path / "t.xlsx")
    renamed = tmp_path / "export.dat"
    renamed.write_bytes(book.read_bytes())
    text = tmp_path / "a.csv"
    text.write_text("a,b\n")
    other_zip = tmp_path / "x.zip"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("a.txt", "hi")
    assert is_workbook(book) and is_workbook(renamed)
    assert not is_workbook(text) and not is_workbook(other_zip)


# ---------------------------------------------------------------------------- bad input


def message_of(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(IntakeError) as info:
        chosen, _ = pick_sheet(path, sheet, has_header)
        load_sheet(path, chosen.name)
    assert "Traceback" not in info.value.message
    return info.value.message


def test_corrupt_and_truncated_workbooks(tmp_path: Path) -> None:
    book = typed_book(tmp_path / "t.xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(book.read_bytes()[: book.stat().st_size // 2])
    assert "damaged or was not copied completely" in message_of(cut)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    assert "damaged" in message_of(junk)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert message_of(empty) == "the file is empty"


def test_password_protected_workbook(tmp_path: Path) -> None:
    """Excel saves a password-protected .xlsx as an OLE2 box with an EncryptedPackage
    stream (LibreOffice 7.4 cannot write one headless, so the box is built here)."""
    box = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    box += "EncryptionInfo".encode("utf-16-le") + bytes(50)
    box += "EncryptedPackage".encode("utf-16-le") + bytes(4000)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(bytes(box))
    assert "password-protected" in message_of(locked)


def test_empty_and_chart_only_workbooks(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    assert "the workbook is empty" in message_of(tmp_path / "empty.xlsx")

    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Data"
    chart_sheet = wb.create_chartsheet("Chart")
    chart = openpyxl.chart.BarChart()
    chart.add_data(openpyxl.chart.Reference(data, min_col=1, min_row=1, max_row=1))
    chart_sheet.add_chart(chart)
    wb.save(tmp_path / "chart.xlsx")
    assert "only charts" in message_of(tmp_path / "chart.xlsx")
    assert "is a chart" in message_of(tmp_path / "chart.xlsx", "Chart")


def test_sheet_to_the_last_row_and_a_full_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Big"
    ws.append(["message-id", "delivered", "timestamp"])
    ws.append(["x" * 32_767, True, "2026-01-01 00:00:00"])
    ws.cell(row=1_048_576, column=1, value="last")
    wb.save(tmp_path / "big.xlsx")
    sheet = load_sheet(tmp_path / "big.xlsx", "Big")
    assert sheet.reaches_excel_limit and sheet.last_row == 1_048_576
    rows = sheet.rows()
    next(rows)
    number, cells, _ = next(rows)
    assert number == 2 and len(cells[0]) == 32_767


def test_list_sheets_names_them_in_order(tmp_path: Path) -> None:
    sheets = list_sheets(typed_book(tmp_path / "t.xlsx"))
    assert [(s.name, s.number, s.chart) for s in sheets] == [
        ("Read me", 1, False), ("Conversions", 2, False)]


def test_merged_title_hidden_rows_and_a_full_cell_through_the_intake(tmp_path: Path) -> None:
    from conversion_gui.core.conversion import Channel
    from conversion_gui.core.intake import IntakeOptions, Verdict, read_rows, sniff

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Spring campaign"
    ws.merge_cells("A1:C1")  # a title across the columns
    ws.append([])
    ws.append(["Message ID", "Delivered", "Timestamp"])
    ws.append(["H1", True, dt.datetime(2026, 3, 4, 5, 6, 7)])
    ws.append(["H2", "x" * 32_767, dt.datetime(2026, 3, 4, 5, 6, 8)])
    ws.append(["H3", False, dt.datetime(2026, 3, 4, 5, 6, 9)])
    ws.row_dimensions[6].hidden = True  # hidden rows are data like any other
    wb.save(tmp_path / "m.xlsx")
    options = IntakeOptions(channel=Channel.SMS)
    info = sniff(tmp_path / "m.xlsx", options)
    assert (info.sheet, info.header_line) == ("Data", 3)
    rows = list(read_rows(tmp_path / "m.xlsx", options, info))
    assert [(r.line, r.verdict) for r in rows] == [
        (4, Verdict.VALID), (5, Verdict.REJECTED), (6, Verdict.VALID)]
    reason = rows[1].reason
    assert reason.startswith('Sheet "Data", row 5, column B (Delivered): delivered')
    assert len(reason) < 200  # the 32,767 characters are not repeated
    assert len(rows[1].raw[1]) == 32_767  # but kept as read, for the results file

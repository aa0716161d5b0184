"""CSV intake on files written byte for byte as Excel, Google Sheets and LibreOffice write them.

Each test builds its file in a temporary folder from explicit bytes (encoding, BOM, delimiter,
line endings), so the fixture is visible next to what it checks. What is asserted is what a
person sees: which rows are valid, the values that would be sent, and the reason (with its
file line and column) for the rows that are not.
"""

from __future__ import annotations

import csv
import threading
from collections import Counter
from collections.abc import Collection
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conversion_gui.core.conversion import (
    Channel,
    Conversion,
    ConversionError,
    DateOrder,
    parse_message_id,
    parse_timestamp,
    resolve_timezone,
)
from conversion_gui.core.csvout import neutralise_cell
from conversion_gui.core.intake import (
    FileInfo,
    IntakeError,
    IntakeOptions,
    RowResult,
    Verdict,
    read_rows,
    save_rejected,
    scan,
    sniff,
    write_rejected,
)

SMS = IntakeOptions(channel=Channel.SMS)
# tmp_path is shared by the examples of one test; each example overwrites its own file.
FUZZ_150 = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FUZZ_200 = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def write(tmp_path: Path, data: bytes, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows(path: Path, options: IntakeOptions = SMS, **kw: object) -> list[RowResult]:
    return list(read_rows(path, options, **kw))  # type: ignore[arg-type]


def valid(results: list[RowResult]) -> list[Conversion]:
    return [r.conversion for r in results if r.verdict is Verdict.VALID and r.conversion]


def by_verdict(results: list[RowResult], verdict: Verdict) -> list[RowResult]:
    return [r for r in results if r.verdict is verdict]


# ------------------------------------------------------------------ how programs write files


def test_excel_unicode_text_utf16le_bom_tabs_crlf(tmp_path: Path) -> None:
    text = (
        "message-id\tdelivered\ttimestamp\tname\r\n"
        "0A0000000123ABCD1\ttrue\t2026-11-26 17:02:13\tZoë\r\n"
        "0A0000000123ABCD2\tfalse\t2026-11-26 17:03:00\t王\r\n"
    )
    path = write(tmp_path, b"\xff\xfe" + text.encode("utf-16-le"))
    info = sniff(path)
    assert (info.encoding, info.delimiter, info.header_line) == ("utf-16", "\t", 1)
    assert "UTF-16" in info.describe() and "tab" in info.describe()
    results = rows(path)
    assert valid(results) == [
        Conversion(Channel.SMS, "0A0000000123ABCD1", True, "2026-11-26 17:02:13"),
        Conversion(Channel.SMS, "0A0000000123ABCD2", False, "2026-11-26 17:03:00"),
    ]
    assert results[1].raw[3] == "王" and [r.line for r in results] == [2, 3]


def test_utf16_big_endian_and_without_bom(tmp_path: Path) -> None:
    text = "message-id\tdelivered\ttimestamp\r\nabc1\tyes\t2026-01-02 03:04:05\r\n"
    be = write(tmp_path, b"\xfe\xff" + text.encode("utf-16-be"), "be.txt")
    bare_le = write(tmp_path, text.encode("utf-16-le"), "le.txt")
    bare_be = write(tmp_path, text.encode("utf-16-be"), "be-bare.txt")
    for path in (be, bare_le, bare_be):
        assert valid(rows(path)) == [Conversion(Channel.SMS, "abc1", True, "2026-01-02 03:04:05")]
    assert (sniff(bare_le).encoding, sniff(bare_be).encoding) == ("utf-16-le", "utf-16-be")


def test_excel_csv_cp1252_comma_crlf(tmp_path: Path) -> None:
    text = (
        "Message ID,Delivered,Timestamp,Name\r\n"
        "id-1,TRUE,2026-11-26 17:02:13,Café €5 l’été\r\n"
        "id-2,FALSE,2026-11-26 17:02:14,Noël\r\n"
    )
    path = write(tmp_path, text.encode("cp1252"))
    info = sniff(path)
    assert (info.encoding, info.delimiter) == ("cp1252", ",")
    results = rows(path)
    assert [r.raw[3] for r in results] == ["Café €5 l’été", "Noël"]
    assert [c.message_id for c in valid(results)] == ["id-1", "id-2"]


def test_cp1252_byte_far_below_the_sample_is_still_found(tmp_path: Path) -> None:
    """A stray é 300 KB down must not make a 'UTF-8' file fail half-way through a batch."""
    body = "".join(f"id{i:06d},1,2026-11-26 17:02:13,plain\r\n" for i in range(9000))
    last = "idlast,1,2026-11-26 17:02:13,Café\r\n"
    text = "message-id,delivered,timestamp,name\r\n" + body + last
    path = write(tmp_path, text.encode("cp1252"))
    assert path.stat().st_size > 256 * 1024
    assert sniff(path).encoding == "cp1252"
    results = rows(path)
    assert results[-1].raw[3] == "Café" and results[-1].verdict is Verdict.VALID


def test_european_excel_cp1252_semicolon(tmp_path: Path) -> None:
    text = (
        "message-id;delivered;timestamp;Betrag;Stadt\r\n"
        "m1;1;2026-11-26 17:02:13;1,50;Köln\r\n"
        "m2;0;2026-11-26 17:02:14;2,75;Zürich\r\n"
    )
    path = write(tmp_path, text.encode("cp1252"))
    info = sniff(path)
    assert (info.encoding, info.delimiter) == ("cp1252", ";")
    results = rows(path)
    assert [(c.message_id, c.delivered) for c in valid(results)] == [("m1", True), ("m2", False)]
    assert results[0].raw[3:] == ("1,50", "Köln")


def test_excel_csv_utf8_with_bom(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp\r\n"
        "α1,true,2026-11-26 17:02:13\r\n"
        "b2,true,2026-11-26 17:02:13\r\n"
    )
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    info = sniff(path)
    assert info.encoding == "utf-8-sig"
    assert info.header[0] == "message-id"  # the BOM is not part of the first column name
    results = rows(path)
    # α is not a character an id has: rejected with the column named, the other row goes.
    assert results[0].verdict is Verdict.REJECTED
    assert "line 2, column 'message-id'" in results[0].reason
    assert [c.message_id for c in valid(results)] == ["b2"]


def test_google_sheets_utf8_lf(tmp_path: Path) -> None:
    text = "Message ID,Delivered,Time\nX1,yes,2026-11-26 17:02:13\nX2,no,2026-11-26T18:00:00Z\n"
    path = write(tmp_path, text.encode("utf-8"))
    assert sniff(path).encoding == "utf-8"
    assert [(c.message_id, c.timestamp) for c in valid(rows(path))] == [
        ("X1", "2026-11-26 17:02:13"),
        ("X2", "2026-11-26 18:00:00"),
    ]


def test_libreoffice_every_field_quoted(tmp_path: Path) -> None:
    text = (
        '"message_id","delivered","timestamp","note"\n'
        '"L1","true","2026-11-26 17:02:13","said ""yes"", then left"\n'
        '"L2","false","2026-11-26 17:02:14","a, b"\n'
    )
    path = write(tmp_path, text.encode("utf-8"))
    results = rows(path)
    assert [c.message_id for c in valid(results)] == ["L1", "L2"]
    assert results[0].raw[3] == 'said "yes", then left' and results[1].raw[3] == "a, b"


@pytest.mark.parametrize(("delimiter", "name"), [("\t", "tab"), ("|", "pipe"), (";", "semicolon")])
def test_other_delimiters(tmp_path: Path, delimiter: str, name: str) -> None:
    text = delimiter.join(["callId", "success", "when"]) + "\n"
    text += delimiter.join(["c-1", "y", "2026-11-26 17:02:13"]) + "\n"
    text += delimiter.join(["c-2", "n", "2026-11-26 17:02:14"]) + "\n"
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    assert info.delimiter == delimiter and name in info.describe()
    got = [(c.message_id, c.delivered) for c in valid(rows(path))]
    assert got == [("c-1", True), ("c-2", False)]


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    text = "sep=;\r\nmessage-id;delivered;timestamp\r\nq1;1;2026-11-26 17:02:13\r\n"
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    assert (info.delimiter, info.header_line) == (";", 2)
    assert [r.line for r in rows(path)] == [3]


def test_old_mac_cr_only_line_ends(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\rr1,1,2026-11-26 17:02:13\rr2,0,2026-11-26 17:02:13\r"
    results = rows(write(tmp_path, text.encode("utf-8")))
    assert [(r.line, r.verdict) for r in results] == [(2, Verdict.VALID), (3, Verdict.VALID)]


# ------------------------------------------------------------------ line numbers


def test_quoted_newlines_and_doubled_quotes_keep_line_numbers_right(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp,note\r\n"  # line 1
        'n1,true,2026-11-26 17:02:13,"first line\r\nsecond ""quoted"" line\r\nthird"\r\n'  # 2-4
        "n2,maybe,2026-11-26 17:02:13,plain\r\n"  # line 5
        'n3,true,2026-11-26 17:02:13,"one\ntwo"\r\n'  # lines 6-7
        "n4,true,not a date,x\r\n"  # line 8
    )
    results = rows(write(tmp_path, text.encode("utf-8")))
    assert [r.line for r in results] == [2, 5, 6, 8]
    assert results[0].raw[3] == 'first line\r\nsecond "quoted" line\r\nthird'
    assert results[1].reason.startswith("line 5, column 'delivered': delivered 'maybe'")
    assert results[3].reason.startswith("line 8, column 'timestamp':")


def test_title_rows_and_blank_lines_before_the_header(tmp_path: Path) -> None:
    text = (
        "Campaign export 2026-11\r\n"
        "Generated by AdPlatform\r\n"
        "\r\n"
        "message-id,delivered,timestamp\r\n"
        "t1,1,2026-11-26 17:02:13\r\n"
        "t2,oops,2026-11-26 17:02:13\r\n"
    )
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    assert info.header_line == 4 and info.header == ("message-id", "delivered", "timestamp")
    results = rows(path)
    assert [r.line for r in results] == [5, 6]
    assert results[1].reason.startswith("line 6, column 'delivered'")


def test_unclosed_quote_is_explained(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp\n"
        'u1,"true,2026-11-26 17:02:13\n'
        "u2,true,2026-11-26 17:02:13\n"
    )
    results = rows(write(tmp_path, text.encode("utf-8")))
    assert len(results) == 1 and results[0].verdict is Verdict.REJECTED
    assert "line 2," in results[0].reason and "never closed" in results[0].reason


# ------------------------------------------------------------------ headers and mapping


@pytest.mark.parametrize(
    "id_name",
    ["message-id", "Message ID", "message_id", "messageId", "MSGID", "call-id", "Call ID",
     "callId", "event_id", "eventId", "Event ID", "uuid", "ID", "message"],
)
@pytest.mark.parametrize(
    ("delivered_name", "ts_name"),
    [("Delivered", "Timestamp"), ("DELIVERY", "time"), ("converted", "Date"),
     ("Success", "DateTime"), ("status", "Converted At"), ("conversion", "Conversion Time"),
     ("delivered?", "When")],
)
def test_header_aliases_any_case(
    tmp_path: Path, id_name: str, delivered_name: str, ts_name: str
) -> None:
    text = f"{id_name},{delivered_name},{ts_name}\nh1,1,2026-11-26 17:02:13\n"
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    assert info.columns == {"message-id": 0, "delivered": 1, "timestamp": 2}
    assert valid(rows(path, SMS, info=info)) == [
        Conversion(Channel.SMS, "h1", True, "2026-11-26 17:02:13")
    ]


def test_best_alias_wins_when_several_columns_could_be_the_id(tmp_path: Path) -> None:
    text = (
        "Message,Message ID,Status,Delivered,Date,Timestamp\n"
        "hello there,m-9,sent,no,2026-01-01,2026-11-26 17:02:13\n"
    )
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    assert info.column_name("delivered") == "Delivered" and info.column_name("channel") is None
    assert {f: info.header[i] for f, i in info.columns.items()} == {
        "message-id": "Message ID", "delivered": "Delivered", "timestamp": "Timestamp",
    }
    assert valid(rows(path, SMS, info=info))[0].message_id == "m-9"


def test_duplicate_header_names_are_refused(tmp_path: Path) -> None:
    text = "Message ID,message_id,delivered,timestamp\na,b,1,2026-11-26 17:02:13\n"
    with pytest.raises(IntakeError) as err:
        sniff(write(tmp_path, text.encode("utf-8")))
    assert "duplicate column names" in err.value.message
    assert "'Message ID' and 'message_id'" in err.value.message


def test_unnamed_trailing_columns_are_not_duplicates(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp,,\r\ne1,1,2026-11-26 17:02:13,,\r\n"
    assert len(valid(rows(write(tmp_path, text.encode("utf-8"))))) == 1


def test_missing_required_column_names_it_and_lists_headers(tmp_path: Path) -> None:
    text = "message-id,timestamp,name\nm1,2026-11-26 17:02:13,x\n"
    path = write(tmp_path, text.encode("utf-8"))
    assert sniff(path).missing == ("delivered",)
    with pytest.raises(IntakeError) as err:
        scan(path, SMS)
    assert "no column for 'delivered'" in err.value.message
    assert "'message-id', 'timestamp', 'name'" in err.value.message


def test_unknown_headers_can_be_mapped_by_hand(tmp_path: Path) -> None:
    text = "Ref,OK?,Happened,Notes\nr1,yes,2026-11-26 17:02:13,n\n"
    path = write(tmp_path, text.encode("utf-8"))
    assert set(sniff(path).missing) == {"message-id", "delivered", "timestamp"}
    with pytest.raises(IntakeError, match="no column for 'message-id', 'delivered', 'timestamp'"):
        scan(path, SMS)
    mapped = IntakeOptions(
        channel=Channel.SMS,
        mapping={"message-id": "ref", "delivered": "OK?", "timestamp": "Happened"},
    )
    assert valid(rows(path, mapped)) == [Conversion(Channel.SMS, "r1", True, "2026-11-26 17:02:13")]
    wrong = IntakeOptions(channel=Channel.SMS, mapping={"message-id": "Reference"})
    with pytest.raises(IntakeError, match="reads message-id from 'Reference'"):
        sniff(path, wrong)


def test_mapping_can_switch_off_an_auto_mapped_column(tmp_path: Path) -> None:
    text = "id,delivered,timestamp,type\nk1,1,2026-11-26 17:02:13,promo\n"
    path = write(tmp_path, text.encode("utf-8"))
    assert rows(path)[0].verdict is Verdict.REJECTED  # 'type' read as the channel: 'promo'
    off = IntakeOptions(channel=Channel.SMS, mapping={"channel": None})
    assert valid(rows(path, off))[0].channel is Channel.SMS


def test_no_header_at_all(tmp_path: Path) -> None:
    text = "m1,true,2026-11-26 17:02:13\nm2,false,2026-11-26 17:02:13\n"
    with pytest.raises(IntakeError) as err:
        sniff(write(tmp_path, text.encode("utf-8")))
    assert "no header row found: line 1 looks like data" in err.value.message


def test_missing_timestamp_column_means_now_only_when_asked(tmp_path: Path) -> None:
    text = "message-id,delivered\nw1,1\nw2,0\n"
    path = write(tmp_path, text.encode("utf-8"))
    with pytest.raises(IntakeError, match="no column for 'timestamp'"):
        scan(path, SMS)
    now = IntakeOptions(channel=Channel.SMS, default_timestamp_now=True)
    stamps = [c.timestamp for c in valid(rows(path, now))]
    assert len(stamps) == 2
    for stamp in stamps:
        assert parse_timestamp(stamp) == stamp  # a real UTC time in the API's format
    blank_cell = write(tmp_path, b"message-id,delivered,timestamp\nw1,1,\n", "blank.csv")
    assert rows(blank_cell)[0].verdict is Verdict.REJECTED
    assert len(valid(rows(blank_cell, now))) == 1


# ------------------------------------------------------------------ rows


def test_trailing_blank_rows_are_counted_not_rejected(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\r\nb1,1,2026-11-26 17:02:13\r\n,,\r\n , ,\r\n,,\r\n\r\n"
    path = write(tmp_path, text.encode("utf-8"))
    summary = scan(path, SMS)
    assert (summary.valid, summary.blank, summary.rejected, summary.total) == (1, 4, 0, 5)


def test_scientific_notation_ids_are_rejected_not_repaired(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\n1.23457E+17,1,2026-11-26 17:02:13\n"
    (result,) = rows(write(tmp_path, text.encode("utf-8")))
    assert result.verdict is Verdict.REJECTED and result.conversion is None
    assert result.reason.startswith("line 2, column 'message-id': ")
    assert "re-export the column as Text" in result.reason


def test_excel_text_formula_ids_are_unwrapped(tmp_path: Path) -> None:
    text = 'message-id,delivered,timestamp\n"=""00123""",1,2026-11-26 17:02:13\n'
    assert valid(rows(write(tmp_path, text.encode("utf-8"))))[0].message_id == "00123"


def test_duplicate_ids_in_the_file(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp,channel\n"
        "d1,1,2026-11-26 17:02:13,sms\n"
        "d2,1,2026-11-26 17:02:13,sms\n"
        "d1,0,2026-11-26 17:05:00,sms\n"
        "d1,1,2026-11-26 17:02:13,voice\n"  # same id, other endpoint: not a duplicate
    )
    path = write(tmp_path, text.encode("utf-8"))
    results = rows(path)
    assert [r.verdict for r in results] == [
        Verdict.VALID, Verdict.VALID, Verdict.DUPLICATE, Verdict.VALID
    ]
    assert results[2].reason == "line 4, column 'message-id': 'd1' is a duplicate of line 2"
    allowed = IntakeOptions(channel=Channel.SMS, allow_duplicates=True)
    assert scan(path, allowed).duplicate == 0 and scan(path, SMS).duplicate == 1


class Accepted:
    """A history that holds ``ids`` as accepted, and notes every question asked of it."""

    def __init__(self, *ids: tuple[str, str]) -> None:
        self.ids = set(ids)
        self.asked: list[tuple[str, int]] = []

    def among(self, channel: str, ids: Collection[str]) -> set[str]:
        self.asked.append((channel, len(ids)))
        return {m for m in ids if (channel, m) in self.ids}


def test_ids_already_accepted_in_the_history(tmp_path: Path) -> None:
    at = "2026-11-26 17:02:13"
    text = (f"message-id,delivered,timestamp,channel\na1,1,{at},sms\na2,1,{at},sms\n"
            f"a2,1,{at},sms\na1,1,{at},sms\na2,1,{at},voice\n")
    path = write(tmp_path, text.encode("utf-8"))
    accepted = Accepted(("sms", "a2"))
    results = rows(path, IntakeOptions(), accepted_ids=accepted)
    A, V, D = Verdict.ALREADY_ACCEPTED, Verdict.VALID, Verdict.DUPLICATE
    assert [r.verdict for r in results] == [V, A, A, D, V]  # a2 is accepted only on sms
    assert results[1].reason == ("line 3, column 'message-id': 'a2' was already accepted "
                                 "(see History); it is not sent again")
    assert results[3].reason == "line 5, column 'message-id': 'a1' is a duplicate of line 2"
    assert sorted(accepted.asked) == [("sms", 2), ("voice", 1)]  # one question per channel
    accepted.asked.clear()
    summary = scan(path, IntakeOptions(), accepted_ids=accepted)
    assert (summary.valid, summary.already_accepted, summary.duplicate) == (2, 2, 1)
    assert sorted(accepted.asked) == [("sms", 2), ("voice", 1)]
    # --force-duplicates: duplicates and already-accepted ids are sent again (README)
    allowed = IntakeOptions(allow_duplicates=True)
    assert [r.verdict for r in rows(path, allowed, accepted_ids=accepted)] == [V] * 5
    summary = scan(path, allowed, accepted_ids=accepted)
    assert (summary.valid, summary.already_accepted, summary.duplicate) == (5, 0, 0)


def test_the_history_is_asked_about_many_ids_at_once(tmp_path: Path) -> None:
    lines = "".join(f"id{i},1,2026-11-26 17:02:13\n" for i in range(10_000))
    path = write(tmp_path, f"message-id,delivered,timestamp\n{lines}".encode())
    accepted = Accepted(*(("sms", f"id{i}") for i in range(0, 10_000, 100)))
    summary = scan(path, SMS, accepted_ids=accepted)
    assert (summary.valid, summary.already_accepted) == (9_900, 100)
    assert accepted.asked == [("sms", 10_000)]  # a dry run asks once, after its pass
    accepted.asked.clear()
    verdicts = Counter(r.verdict for r in rows(path, SMS, accepted_ids=accepted))
    assert verdicts == {Verdict.VALID: 9_900, Verdict.ALREADY_ACCEPTED: 100}
    assert len(accepted.asked) == 3  # blocks of a few thousand rows, not one per row


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [("true", True), ("TRUE", True), ("1", True), ("yes", True), ("Y", True),
     ("Delivered", True), ("false", False), ("False", False), ("0", False), ("no", False),
     ("N", False), ("not delivered", False)],
)
def test_delivered_spellings(tmp_path: Path, spelling: str, expected: bool) -> None:
    text = f"message-id,delivered,timestamp\ns1,{spelling},2026-11-26 17:02:13\n"
    assert valid(rows(write(tmp_path, text.encode("utf-8"))))[0].delivered is expected


@pytest.mark.parametrize("spelling", ["maybe", "", "2", "tru"])
def test_bad_delivered_names_the_column(tmp_path: Path, spelling: str) -> None:
    text = f"message-id,Delivered?,timestamp\ns1,{spelling},2026-11-26 17:02:13\n"
    (result,) = rows(write(tmp_path, text.encode("utf-8")))
    assert result.verdict is Verdict.REJECTED
    assert result.reason.startswith("line 2, column 'Delivered?': delivered")


def test_every_problem_of_a_row_is_listed(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\n,maybe,yesterday\n"
    (result,) = rows(write(tmp_path, text.encode("utf-8")))
    for column in ("'message-id'", "'delivered'", "'timestamp'"):
        assert f"column {column}" in result.reason


def test_spaces_around_cells_are_trimmed(tmp_path: Path) -> None:
    text = "  Message ID , Delivered ,  Timestamp \n  sp1  ,  yes ,  2026-11-26 17:02:13  \n"
    path = write(tmp_path, text.encode("utf-8"))
    assert sniff(path).header == ("Message ID", "Delivered", "Timestamp")
    assert valid(rows(path)) == [Conversion(Channel.SMS, "sp1", True, "2026-11-26 17:02:13")]


def test_rows_with_too_many_or_too_few_cells(tmp_path: Path) -> None:
    text = (
        "name,message-id,delivered,timestamp\n"
        "Smith, John,x1,1,2026-11-26 17:02:13\n"  # an unquoted comma shifts every column
        "ok,x2,1,2026-11-26 17:02:13,,\n"  # empty extra cells are harmless
        "short,x3\n"
    )
    results = rows(write(tmp_path, text.encode("utf-8")))
    assert [r.verdict for r in results] == [Verdict.REJECTED, Verdict.VALID, Verdict.REJECTED]
    assert "5 cells but the header has 4" in results[0].reason and "comma" in results[0].reason
    assert "column 'delivered', column 'timestamp' missing" in results[2].reason


# ------------------------------------------------------------------ timestamps


@pytest.mark.parametrize(
    ("written", "zone", "sent"),
    [
        ("2026-11-26 17:02:13", "UTC", "2026-11-26 17:02:13"),
        ("2026-11-26T17:02:13", "UTC", "2026-11-26 17:02:13"),
        ("2026-11-26T17:02:13Z", "Europe/Berlin", "2026-11-26 17:02:13"),
        ("2026-11-26T17:02:13+02:00", "UTC", "2026-11-26 15:02:13"),
        ("2026-11-26 17:02:13 -0500", "UTC", "2026-11-26 22:02:13"),
        ("2026-11-26 17:02:13.987", "UTC", "2026-11-26 17:02:13"),
        ("2026-11-26 17:02:13", "Europe/Berlin", "2026-11-26 16:02:13"),  # winter: UTC+1
        ("2026-07-01 12:00:00", "Europe/Berlin", "2026-07-01 10:00:00"),  # summer: UTC+2
        ("2026-07-01T12:00:00", "America/New_York", "2026-07-01 16:00:00"),
    ],
)
def test_timestamps_with_and_without_zone(
    tmp_path: Path, written: str, zone: str, sent: str
) -> None:
    text = f"message-id,delivered,timestamp\nz1,1,{written}\n"
    options = IntakeOptions(channel=Channel.SMS, timezone=zone)
    assert valid(rows(write(tmp_path, text.encode("utf-8")), options))[0].timestamp == sent


def test_unknown_time_zone_is_an_intake_error(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\nz1,1,2026-11-26 17:02:13\n"
    with pytest.raises(IntakeError, match="time zone 'Mars/Olympus' is unknown"):
        scan(write(tmp_path, text.encode("utf-8")), IntakeOptions(Channel.SMS, "Mars/Olympus"))


def _fixed_format(parts: tuple[int, int, int, int, int, int, str]) -> str:
    y, mo, d, h, mi, s, sep = parts
    return f"{y:04d}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}"


FIXED_FORMAT = st.tuples(
    st.integers(1900, 9999), st.integers(0, 13), st.integers(0, 32), st.integers(0, 25),
    st.integers(0, 61), st.integers(0, 61), st.sampled_from([" ", "T", "t", "_"]),
).map(_fixed_format)


@given(
    st.text(alphabet="0123456789-: T", min_size=19, max_size=19) | FIXED_FORMAT,
    st.sampled_from(["UTC", "Europe/Berlin"]),
)
@FUZZ_150
def test_fast_timestamp_path_agrees_with_parse_timestamp(
    tmp_path: Path, written: str, zone: str
) -> None:
    """The shortcut for the usual spelling must say exactly what the full parser says."""
    path = write(tmp_path, f"message-id,delivered,timestamp\nf1,1,{written}\n".encode())
    options = IntakeOptions(channel=Channel.SMS, timezone=zone)
    (result,) = rows(path, options)
    try:
        expected: str | None = parse_timestamp(written.strip(), resolve_timezone(zone))
    except ConversionError:
        expected = None
    if expected is None:
        assert result.verdict is Verdict.REJECTED
    else:
        assert result.conversion is not None and result.conversion.timestamp == expected


def dated(dates: list[str]) -> bytes:
    lines = ["message-id,delivered,timestamp"]
    lines += [f"r{i},1,{d} 10:00" for i, d in enumerate(dates)]
    return ("\n".join(lines) + "\n").encode()


def test_ambiguous_dates_are_refused_not_guessed(tmp_path: Path) -> None:
    path = write(tmp_path, dated(["03/04/2026", "05/06/2026"]))
    info = sniff(path)
    assert info.date_order is None and "day/month or month/day" in info.date_order_note
    results = rows(path)
    assert all(r.verdict is Verdict.REJECTED for r in results)
    assert results[0].reason == (
        "line 2, column 'timestamp': timestamp '03/04/2026 10:00' could be day/month or "
        "month/day: choose the date order"
    )


def test_date_order_inferred_from_a_row_that_settles_it(tmp_path: Path) -> None:
    day_first = write(tmp_path, dated(["03/04/2026", "13/04/2026"]), "dmy.csv")
    info = sniff(day_first)
    assert info.date_order is DateOrder.DAY_FIRST and "line 3" in info.date_order_note
    assert [c.timestamp for c in valid(rows(day_first))] == [
        "2026-04-03 10:00:00", "2026-04-13 10:00:00"
    ]
    month_first = write(tmp_path, dated(["03/04/2026", "04/13/2026"]), "mdy.csv")
    assert sniff(month_first).date_order is DateOrder.MONTH_FIRST
    assert valid(rows(month_first))[0].timestamp == "2026-03-04 10:00:00"


def test_date_order_settled_by_a_row_far_below_the_sample(tmp_path: Path) -> None:
    path = write(tmp_path, dated(["03/04/2026"] * 12000 + ["31/12/2026"]))
    assert path.stat().st_size > 256 * 1024
    assert sniff(path).date_order is DateOrder.DAY_FIRST
    summary = scan(path, SMS)
    assert (summary.valid, summary.rejected) == (12001, 0)


def test_a_file_mixing_both_orders_is_not_guessed(tmp_path: Path) -> None:
    path = write(tmp_path, dated(["25/04/2026", "04/25/2026", "03/04/2026"]))
    info = sniff(path)
    assert info.date_order is None and "mixes date orders" in info.date_order_note
    assert [r.verdict for r in rows(path)] == [Verdict.VALID, Verdict.VALID, Verdict.REJECTED]


def test_mixed_orders_found_far_below_the_sample(tmp_path: Path) -> None:
    path = write(tmp_path, dated(["25/04/2026"] + ["03/04/2026"] * 12000 + ["04/25/2026"]))
    info = sniff(path)
    assert info.date_order is None and "line 2 is day/month, line 12003" in info.date_order_note
    assert scan(path, SMS).rejected == 12000


def test_explicit_date_order_is_honoured(tmp_path: Path) -> None:
    path = write(tmp_path, dated(["03/04/2026", "25/04/2026"]))
    options = IntakeOptions(channel=Channel.SMS, date_order=DateOrder.MONTH_FIRST)
    results = rows(path, options)
    assert results[0].conversion is not None
    assert results[0].conversion.timestamp == "2026-03-04 10:00:00"
    assert results[1].verdict is Verdict.REJECTED  # 25 is not a month


# ------------------------------------------------------------------ channel


def test_channel_column_overrides_the_file_channel(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp,Channel\n"
        "c1,1,2026-11-26 17:02:13,VOICE\n"
        "c2,1,2026-11-26 17:02:13,\n"
        "c3,1,2026-11-26 17:02:13,Sms\n"
        "c4,1,2026-11-26 17:02:13,fax\n"
    )
    path = write(tmp_path, text.encode("utf-8"))
    results = rows(path, SMS)
    assert [r.conversion.channel if r.conversion else None for r in results] == [
        Channel.VOICE, Channel.SMS, Channel.SMS, None
    ]
    assert results[3].reason.startswith("line 5, column 'Channel': channel 'fax'")
    no_file_channel = rows(path, IntakeOptions())
    assert no_file_channel[1].verdict is Verdict.REJECTED
    assert "channel is empty" in no_file_channel[1].reason


def test_no_channel_anywhere_is_an_intake_error(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\nc1,1,2026-11-26 17:02:13\n"
    with pytest.raises(IntakeError, match=r"choose the channel \(sms or voice\)"):
        scan(write(tmp_path, text.encode("utf-8")), IntakeOptions())


# ------------------------------------------------------------------ files that are not CSV


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\r\n\t\n", "the file is empty"),
        (b"\xef\xbb\xbf", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook"),
        (b"message-id,delivered,timestamp\r\n", "header row (line 1) but no data rows"),
        (b"message-id,delivered,timestamp\r\n,,\r\n,,\r\n", "but no data rows"),
    ],
)
def test_files_that_cannot_be_read(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(IntakeError) as err:
        scan(path, SMS)
    assert message in err.value.message


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="there is no such file"):
        sniff(tmp_path / "nope.csv")
    with pytest.raises(IntakeError, match="it is a folder"):
        scan(tmp_path, SMS)


def test_chosen_encoding_and_delimiter_are_checked(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\né1,1,2026-11-26 17:02:13\n"
    path = write(tmp_path, text.encode("cp1252"))
    with pytest.raises(IntakeError, match="not valid utf-8: byte 0xe9"):
        sniff(path, IntakeOptions(encoding="utf-8"))
    with pytest.raises(IntakeError, match="encoding 'klingon' is unknown"):
        sniff(path, IntakeOptions(encoding="klingon"))
    with pytest.raises(IntakeError, match="single character"):
        sniff(path, IntakeOptions(delimiter=";;"))
    assert sniff(path, IntakeOptions(encoding="latin-1")).encoding == "iso8859-1"


def test_a_runaway_field_is_an_intake_error(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\nr1,1,2026-11-26 17:02:13\n" + 'r2,"' + "x" * 300_000
    with pytest.raises(IntakeError, match=r"line 3: the file cannot be read as CSV"):
        scan(write(tmp_path, text.encode("utf-8")), SMS)


# ------------------------------------------------------------------ progress, cancel, summary


def big_file(tmp_path: Path, count: int) -> Path:
    lines = ["message-id,delivered,timestamp"]
    lines += [f"id{i},1,2026-11-26 17:02:13" for i in range(count)]
    return write(tmp_path, ("\n".join(lines) + "\n").encode())


def test_progress_is_reported_in_bytes_up_to_the_size(tmp_path: Path) -> None:
    path = big_file(tmp_path, 10_000)
    seen: list[tuple[int, int]] = []
    summary = scan(path, SMS, progress=lambda done, total: seen.append((done, total)))
    assert summary.valid == 10_000 and not summary.cancelled
    assert len(seen) >= 3 and seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_stops_early(tmp_path: Path) -> None:
    path = big_file(tmp_path, 20_000)
    cancel = threading.Event()
    taken = 0
    for _ in read_rows(path, SMS, cancel=cancel):
        taken += 1
        if taken == 10:
            cancel.set()
    assert 10 <= taken < 20_000
    cancel_now = threading.Event()
    cancel_now.set()
    summary = scan(path, SMS, cancel=cancel_now)
    assert summary.cancelled and summary.valid < 20_000


def test_summary_keeps_the_first_reasons_only(tmp_path: Path) -> None:
    lines = ["message-id,delivered,timestamp"]
    lines += [f"b{i},nah,2026-11-26 17:02:13" for i in range(50)]
    path = write(tmp_path, ("\n".join(lines) + "\n").encode())
    summary = scan(path, SMS, max_reasons=5)
    assert summary.rejected == 50 and len(summary.reasons) == 5
    assert summary.reasons[0].startswith("line 2,") and isinstance(summary.info, FileInfo)


# ------------------------------------------------------------------ rejected rows


def test_rejected_rows_round_trip_with_formulas_neutralised(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp,note\r\n"
        "ok1,1,2026-11-26 17:02:13,fine\r\n"
        '=cmd,maybe,2026-11-26 17:02:13,"=HYPERLINK(""http://x"")"\r\n'
        "+p2,1,someday,@SUM(A1)\r\n"
        "1.23457E+17,1,2026-11-26 17:02:13,-3\r\n"
        "short\r\n"
    )
    source = write(tmp_path, text.encode("utf-8"))
    out = tmp_path / "rejected.csv"
    assert save_rejected(source, SMS, out) == 4
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with out.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["message-id", "delivered", "timestamp", "note", "reason"]
    assert table[1][:4] == ["'=cmd", "maybe", "2026-11-26 17:02:13", "'=HYPERLINK(\"http://x\")"]
    assert table[1][4].startswith("line 3, column 'delivered'")
    assert table[2][0] == "'+p2" and table[2][3] == "'@SUM(A1)"
    assert table[3][3] == "'-3" and "re-export the column as Text" in table[3][4]
    assert table[4][:4] == ["short", "", "", ""] and table[4][4].startswith("line 6,")
    for row in table:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)

    # The person fixes the cells the reasons name; the file goes back in as it is.
    table[1][1] = "yes"
    table[2][2] = "2026-11-26 18:00:00"
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(table[:3])
    again = rows(out)
    assert [(c.message_id, c.delivered) for c in valid(again)] == [("=cmd", True), ("+p2", True)]


def test_write_rejected_from_results_and_other_verdicts(tmp_path: Path) -> None:
    text = (
        "message-id,delivered,timestamp\n"
        "v1,1,2026-11-26 17:02:13\nv1,1,2026-11-26 17:02:13\nv3,x,y\n"
    )
    path = write(tmp_path, text.encode("utf-8"))
    info = sniff(path)
    out = tmp_path / "dups.csv"
    verdicts = frozenset({Verdict.DUPLICATE, Verdict.REJECTED})
    assert write_rejected(read_rows(path, SMS, info), info.header, out, verdicts) == 2
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert [r[0] for r in csv.reader(f)] == ["message-id", "v1", "v3"]


def test_write_rejected_to_an_unwritable_place(tmp_path: Path) -> None:
    text = "message-id,delivered,timestamp\nv3,x,y\n"
    path = write(tmp_path, text.encode("utf-8"))
    with pytest.raises(IntakeError, match="cannot write"):
        save_rejected(path, SMS, tmp_path / "no-such-dir" / "out.csv")


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("plain", "plain"), ("", ""), ("a=b", "a=b"), ("'=x", "'=x")],
)
def test_neutralise_cell(cell: str, shown: str) -> None:
    assert neutralise_cell(cell) == shown


# ------------------------------------------------------------------ fuzzing


@given(st.binary(max_size=3000))
@example(b'"')
@example(b",,,\r\n;;\n")
@FUZZ_200
def test_random_bytes_work_or_raise_intake_error(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "fuzz.bin")
    try:
        summary = scan(path, SMS)
    except IntakeError as exc:
        assert exc.message and "\n" not in exc.message[:1]
    else:
        assert summary.total == summary.valid + summary.rejected + summary.blank + summary.duplicate


CELLS = st.one_of(
    st.sampled_from(["message-id", "delivered", "timestamp", "Message ID", "channel", "sms",
                     "VOICE", "true", "no", "1.2E+17", "=cmd()", "@x", "-1", "+1",
                     "2026-11-26 17:02:13", "03/04/2026 10:00", "13/04/2026 10:00", ""]),
    st.text(alphabet=st.sampled_from(list(',;\t|"\r\n =+-@\'abcé€’王\u2028')), max_size=12),
    st.text(max_size=8),
)


@given(
    st.lists(st.lists(CELLS, min_size=0, max_size=6), min_size=0, max_size=12),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
@FUZZ_200
def test_random_csv_like_text_works_or_raises_intake_error(
    tmp_path: Path, table: list[list[str]], delimiter: str, newline: str, encoding: str
) -> None:
    lines = [delimiter.join(row) for row in [["message-id", "delivered", "timestamp"], *table]]
    data = newline.join(lines).encode(encoding, errors="replace")
    path = write(tmp_path, data, "fuzz.csv")
    try:
        results = list(read_rows(path, SMS))
        summary = scan(path, SMS)
    except IntakeError as exc:
        assert exc.message
        return
    assert len(results) == summary.total
    out = tmp_path / "fuzz-rejected.csv"
    write_rejected(results, sniff(path).header, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    for result in results:
        assert result.line >= 2
        if result.verdict is Verdict.REJECTED:
            assert result.reason.startswith(f"line {result.line}, ")
        if result.verdict is Verdict.VALID:
            assert result.conversion is not None and result.conversion.message_id


@pytest.mark.parametrize(("cell", "kept"), [
    ("0A1E5", "0A1E5"), ("12e5x", "12e5x"), ("E12", "E12"), ("x" * 200, "x" * 200),
    ('="00123"', "00123"), (" AB12 ", "AB12"),
    ("12E5", None), ("1e10", None), ("x" * 201, None), ("a b", None), ("ïd", None),
])
def test_message_ids_in_the_file_follow_the_forms_rules(
    tmp_path: Path, cell: str, kept: str | None
) -> None:
    quoted = '"' + cell.replace('"', '""') + '"'
    text = f"message-id,delivered,timestamp\n{quoted},1,2026-11-26 17:02:13\n"
    path = write(tmp_path, text.encode())
    [result] = rows(path)
    if kept is None:
        assert result.verdict is Verdict.REJECTED
        with pytest.raises(ConversionError):
            parse_message_id(cell)
    else:
        assert result.verdict is Verdict.VALID and result.conversion is not None
        assert result.conversion.message_id == kept

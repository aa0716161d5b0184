"""Turning what people type (or files hold) into exactly what the API expects."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversion_gui.core.conversion import (
    Channel,
    Conversion,
    ConversionError,
    DateOrder,
    SourceApi,
    make_conversion,
    parse_channel,
    parse_delivered,
    parse_message_id,
    parse_timestamp,
    resolve_timezone,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


# --- time zones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-01-15T10:00:00Z", "2026-01-15 10:00:00"),
        ("2026-01-15 10:00:00Z", "2026-01-15 10:00:00"),
        ("2026-01-15T10:00:00+02:00", "2026-01-15 08:00:00"),
        ("2026-01-15T10:00:00+0200", "2026-01-15 08:00:00"),
        ("2026-01-15 01:30:00-05:00", "2026-01-15 06:30:00"),
        ("2026-01-01T00:30:00+02:00", "2025-12-31 22:30:00"),  # the day (and year) change too
        ("2026-01-15T10:00:00.999999Z", "2026-01-15 10:00:00"),
        ("2026-01-15 10:00:00 UTC", "2026-01-15 10:00:00"),
    ],
)
def test_aware_inputs_are_converted_to_utc(text: str, utc: str) -> None:
    # The zone the user chose does not matter when the input says its own offset.
    assert parse_timestamp(text) == utc
    assert parse_timestamp(text, PARIS) == utc


@pytest.mark.parametrize(
    ("text", "zone", "utc"),
    [
        ("2026-01-15 10:00:00", PARIS, "2026-01-15 09:00:00"),      # winter: UTC+1
        ("2026-07-15 10:00:00", PARIS, "2026-07-15 08:00:00"),      # summer: UTC+2
        ("2026-01-15 10:00:00", NEW_YORK, "2026-01-15 15:00:00"),   # EST: UTC-5
        ("2026-07-15 10:00:00", NEW_YORK, "2026-07-15 14:00:00"),   # EDT: UTC-4
        ("2026-01-15 23:30:00", NEW_YORK, "2026-01-16 04:30:00"),
        ("2026-01-15 10:00:00", UTC, "2026-01-15 10:00:00"),
    ],
)
def test_naive_inputs_are_read_in_the_chosen_zone(text: str, zone: ZoneInfo,
                                                 utc: str) -> None:
    assert parse_timestamp(text, zone) == utc


def test_naive_input_defaults_to_utc() -> None:
    assert parse_timestamp("2026-07-15 10:00:00") == "2026-07-15 10:00:00"


def test_datetime_objects_naive_and_aware() -> None:
    assert parse_timestamp(datetime(2026, 7, 15, 10, 0), PARIS) == "2026-07-15 08:00:00"
    aware = datetime(2026, 7, 15, 10, 0, tzinfo=NEW_YORK)
    assert parse_timestamp(aware, PARIS) == "2026-07-15 14:00:00"


def test_resolve_timezone() -> None:
    assert resolve_timezone(None) is UTC
    assert resolve_timezone("  ") is UTC
    assert resolve_timezone("utc") is UTC
    assert resolve_timezone("Europe/Paris") == PARIS
    local = resolve_timezone("local")
    assert datetime(2026, 1, 1, tzinfo=local).utcoffset() is not None


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "Europe/"])
def test_unknown_timezone_is_refused_with_an_example(name: str) -> None:
    with pytest.raises(ConversionError, match="Europe/Paris") as info:
        resolve_timezone(name)
    assert info.value.field == "timezone"


def test_timestamp_defaults_to_now_in_utc() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    conversion = make_conversion("sms", "abc", True)
    after = datetime.now(UTC)
    sent = datetime.strptime(conversion.timestamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert before <= sent <= after


# --- formats ----------------------------------------------------------------------------------


def test_the_api_form_passes_through_unchanged() -> None:
    assert parse_timestamp("2026-11-26 16:02:13") == "2026-11-26 16:02:13"
    assert parse_timestamp("  2026-11-26   16:02:13 ") == "2026-11-26 16:02:13"


def test_ambiguous_slashed_date_is_never_guessed() -> None:
    with pytest.raises(ConversionError, match="choose the date order") as info:
        parse_timestamp("03/04/2026 10:00:00")
    assert info.value.field == "timestamp"


def test_ambiguous_date_read_with_each_order() -> None:
    text = "03/04/2026 10:00:00"
    assert parse_timestamp(text, date_order=DateOrder.DAY_FIRST) == "2026-04-03 10:00:00"
    assert parse_timestamp(text, date_order=DateOrder.MONTH_FIRST) == "2026-03-04 10:00:00"


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("25/12/2026 10:00", "2026-12-25 10:00:00"),      # 25 can only be a day
        ("12/25/2026 10:00", "2026-12-25 10:00:00"),
        ("04/04/2026 10:00:00", "2026-04-04 10:00:00"),   # same either way
        ("25.12.2026 18:30:05", "2026-12-25 18:30:05"),
        ("12/25/2026 3:04 PM", "2026-12-25 15:04:00"),
        ("12/25/2026 12:00 AM", "2026-12-25 00:00:00"),
    ],
)
def test_unambiguous_slashed_dates(text: str, utc: str) -> None:
    assert parse_timestamp(text) == utc


def test_a_given_date_order_wins_even_when_the_other_would_fit() -> None:
    with pytest.raises(ConversionError):
        parse_timestamp("25/12/2026 10:00", date_order=DateOrder.MONTH_FIRST)


def test_epoch_seconds() -> None:
    assert parse_timestamp("1767225600") == "2026-01-01 00:00:00"
    assert parse_timestamp("1767225600", PARIS) == "2026-01-01 00:00:00"  # epochs are UTC


@pytest.mark.parametrize("text", ["2026-01-15", "25/12/2026"])
def test_a_date_without_time_of_day_is_refused(text: str) -> None:
    with pytest.raises(ConversionError, match="no time of day: add HH:MM:SS"):
        parse_timestamp(text)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "yesterday", "2026-13-01 10:00:00", "2026-02-30 10:00:00",
     "2026-01-15 25:00:00", "2026-01-15 10:00:00+25:00", "13/13/2026 10:00",
     "12/25/2026 13:00 PM", "1969-12-31 23:59:59Z", "9999-12-31 23:00:00-05:00",
     "0001-01-01 00:00:00+01:00", "123456789"],
)
def test_bad_timestamps_get_a_clear_message(text: str) -> None:
    with pytest.raises(ConversionError) as info:
        parse_timestamp(text)
    assert info.value.field == "timestamp"
    assert "timestamp" in info.value.message


# --- delivered ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["true", "TRUE", "True", "1", "yes", "YES", "Yes", "y", "Y", " true "])
def test_delivered_true_spellings(text: str) -> None:
    assert parse_delivered(text) is True


@pytest.mark.parametrize("text", ["false", "FALSE", "False", "0", "no", "NO", "No", "n", "N"])
def test_delivered_false_spellings(text: str) -> None:
    assert parse_delivered(text) is False


@pytest.mark.parametrize("text", ["maybe", "2", "-1", "oui", "truee", "yes please"])
def test_other_delivered_values_are_refused(text: str) -> None:
    with pytest.raises(ConversionError, match="is not true/false, yes/no, 1/0") as info:
        parse_delivered(text)
    assert info.value.field == "delivered"


def test_empty_delivered_says_so() -> None:
    with pytest.raises(ConversionError, match="delivered is empty"):
        parse_delivered("  ")


def test_params_spell_delivered_as_the_api_wants() -> None:
    yes = make_conversion("sms", "abc", "Y", "2026-01-01 00:00:00")
    no = make_conversion("voice", "abc", "0", "2026-01-01 00:00:00")
    assert yes.params() == {"message-id": "abc", "delivered": "true",
                            "timestamp": "2026-01-01 00:00:00"}
    assert no.params()["delivered"] == "false"
    assert no.channel is Channel.VOICE


# --- message-id -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["000123", "0A0000000123ABCD1", "123456789012345678901"])
def test_message_id_is_kept_exactly_as_text(text: str) -> None:
    assert parse_message_id(text) == text
    assert make_conversion("sms", f"  {text} ", True, "2026-01-01 00:00:00").message_id == text


@pytest.mark.parametrize("text", ["1.23457E+17", "1,23457E+17", "1E+20", "-2.5e-3"])
def test_spreadsheet_numbers_are_refused_with_advice(text: str) -> None:
    with pytest.raises(ConversionError, match="re-export the column as Text") as info:
        parse_message_id(text)
    assert info.value.field == "message-id"


def test_message_id_problems_name_the_field_asked_for() -> None:
    with pytest.raises(ConversionError, match="call-id is empty") as info:
        parse_message_id(" ", field="call-id")
    assert info.value.field == "call-id"
    with pytest.raises(ConversionError, match="has spaces"):
        parse_message_id("abc def")
    with pytest.raises(ConversionError, match="longer than"):
        parse_message_id("a" * 201)


# --- channel and the whole value --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "channel"),
    [("sms", Channel.SMS), ("SMS", Channel.SMS), ("Verify", Channel.SMS),
     ("voice", Channel.VOICE), ("Text-To-Speech", Channel.VOICE), ("tts_prompt", Channel.VOICE)],
)
def test_parse_channel(text: str, channel: Channel) -> None:
    assert parse_channel(text) is channel


def test_unknown_channel_is_refused() -> None:
    with pytest.raises(ConversionError, match="is not sms or voice"):
        parse_channel("fax")


def test_source_api_decides_channel_and_id_name() -> None:
    assert SourceApi.VERIFY.channel is Channel.SMS
    assert SourceApi.VERIFY.id_label == "Event ID"
    assert SourceApi.TTS_PROMPT.channel is Channel.VOICE
    assert SourceApi.TTS.id_label == "Call ID"
    assert SourceApi.SMS.label == "SMS API"


def test_make_conversion_validates_everything() -> None:
    conversion = make_conversion(Channel.SMS, "abc", "yes", "2026-07-15 10:00:00", PARIS)
    assert conversion == Conversion(Channel.SMS, "abc", True, "2026-07-15 08:00:00")
    with pytest.raises(ConversionError) as info:
        make_conversion("sms", "1.2E+5", True, "2026-07-15 10:00:00")
    assert info.value.field == "message-id"


# --- properties -----------------------------------------------------------------------------

_offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
_moments = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(9998, 12, 31), timezones=_offsets
)


def utc_text(moment: datetime) -> str:
    """The API's UTC text worked out by hand: the wall time minus its offset, written out
    field by field (not the code's astimezone and strftime)."""
    offset = moment.utcoffset()
    assert offset is not None
    wall = moment.replace(tzinfo=None) - offset
    return (f"{wall.year:04d}-{wall.month:02d}-{wall.day:02d} "
            f"{wall.hour:02d}:{wall.minute:02d}:{wall.second:02d}")


def test_utc_text_by_hand() -> None:
    moment = datetime(2026, 1, 1, 0, 30, 59, 999_999, tzinfo=timezone(timedelta(hours=2)))
    assert utc_text(moment) == "2025-12-31 22:30:59"


@settings(max_examples=200, deadline=None)
@given(moment=_moments)
def test_any_aware_moment_round_trips_to_its_utc_text(moment: datetime) -> None:
    expected = utc_text(moment)
    assert parse_timestamp(moment) == expected
    assert parse_timestamp(moment.isoformat()) == expected
    assert parse_timestamp(moment.isoformat(sep=" "), PARIS) == expected


@settings(max_examples=100, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9998, 12, 31),
                        timezones=st.timezones()),
)
def test_any_moment_in_any_iana_zone_converts_to_utc(moment: datetime) -> None:
    assert parse_timestamp(moment) == utc_text(moment)

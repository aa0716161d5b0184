"""The Conversion value and the parsing that turns messy user input into one.

Every face of the app (form, CSV, command line) goes through these functions, so a value
that reaches the client is already exactly what the API expects: the id as text, delivered as
``true``/``false`` and the time in UTC as ``YYYY-MM-DD HH:MM:SS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .zones import API_TIME_FORMAT as API_TIME_FORMAT  # the API's time text, one definition
from .zones import local_zone, localize

MAX_ID_LENGTH = 200


class ConversionError(ValueError):
    """A value a person typed or a file held cannot be used; the text says why and what to do."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Channel(StrEnum):
    """The endpoint a conversion goes to."""

    SMS = "sms"
    VOICE = "voice"


class SourceApi(StrEnum):
    """The Vonage API the message or call went out with; it decides the channel and id name."""

    SMS = "sms"
    VERIFY = "verify"
    TTS = "tts"
    TTS_PROMPT = "tts-prompt"

    @property
    def channel(self) -> Channel:
        return Channel.SMS if self in (SourceApi.SMS, SourceApi.VERIFY) else Channel.VOICE

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self][0]

    @property
    def id_label(self) -> str:
        return _SOURCE_LABELS[self][1]


_SOURCE_LABELS = {
    SourceApi.SMS: ("SMS API", "Message ID"),
    SourceApi.VERIFY: ("Verify API", "Event ID"),
    SourceApi.TTS: ("Text-To-Speech", "Call ID"),
    SourceApi.TTS_PROMPT: ("TTS Prompt", "Call ID"),
}


@dataclass(frozen=True, slots=True)
class Conversion:
    """One conversion, already valid and normalised."""

    channel: Channel
    message_id: str
    delivered: bool
    timestamp: str  # UTC, API_TIME_FORMAT

    def params(self) -> dict[str, str]:
        """The API's own parameter names and spellings."""
        return {
            "message-id": self.message_id,
            "delivered": "true" if self.delivered else "false",
            "timestamp": self.timestamp,
        }


_CHANNEL_WORDS = {
    "sms": Channel.SMS,
    "verify": Channel.SMS,
    "voice": Channel.VOICE,
    "call": Channel.VOICE,
    "tts": Channel.VOICE,
    "texttospeech": Channel.VOICE,
    "ttsprompt": Channel.VOICE,
}



def shown(value: object, limit: int = 60) -> str:
    """A value quoted in a message, cut short: a spreadsheet cell can hold 32,767 characters,
    and a reason repeating them all would fill the window and the results file."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…'"

def parse_channel(text: str) -> Channel:
    key = re.sub(r"[\s_\-]", "", text).lower()
    try:
        return _CHANNEL_WORDS[key]
    except KeyError:
        raise ConversionError(
            "channel", f"channel {shown(text.strip())} is not sms or voice"
        ) from None


_TRUE = {"true", "1", "yes", "y", "t", "delivered"}
_FALSE = {"false", "0", "no", "n", "f", "not delivered"}


def parse_delivered(text: str | bool) -> bool:
    if isinstance(text, bool):
        return text
    word = " ".join(text.split()).lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    if not word:
        raise ConversionError("delivered", "delivered is empty: use true or false")
    raise ConversionError(
        "delivered", f"delivered {shown(text.strip())} is not true/false, yes/no, 1/0"
    )


_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_ID_CHARS = re.compile(r"^[\x21-\x7e]+$")


def parse_message_id(text: str, field: str = "message-id") -> str:
    value = text.strip()
    # Fast path for the usual id (hex or digits, no punctuation): one intake pass checks a
    # million of these, and two regexes each were its single largest cost.
    if (
        value.isalnum()
        and value.isascii()
        and len(value) <= MAX_ID_LENGTH
        and not (("e" in value or "E" in value) and _SCIENTIFIC.match(value))
    ):
        return value
    if not value:
        raise ConversionError(field, f"{field} is empty")
    if _SCIENTIFIC.match(value):
        raise ConversionError(
            field,
            f"{field} {value!r} was turned into a number by a spreadsheet: "
            "re-export the column as Text",
        )
    if len(value) > MAX_ID_LENGTH:
        raise ConversionError(field, f"{field} is longer than {MAX_ID_LENGTH} characters")
    if not _ID_CHARS.match(value):
        raise ConversionError(
            field, f"{field} {shown(value)} has spaces or characters an id never has"
        )
    return value


class DateOrder(StrEnum):
    """How to read a slashed date such as 03/04/2026; never guessed when both could be right."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


_ISO = re.compile(
    r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_SLASHED = re.compile(
    r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4})"
    r"(?:[T ,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s*(?P<ampm>[AaPp][Mm])?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\d{10}$")


def resolve_timezone(name: str | None) -> tzinfo:
    """A zone by IANA name; ``UTC`` or nothing is UTC, ``local`` the machine's own zone with
    its DST rules (``zones.local_zone``)."""
    if name is None or not name.strip() or name.strip().upper() in ("UTC", "Z", "GMT"):
        return UTC
    if name.strip().lower() == "local":
        return local_zone()
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ConversionError(
            "timezone", f"time zone {name.strip()!r} is unknown: use a name like Europe/Paris"
        ) from None


def _offset(z: str | None) -> tzinfo | None:
    if not z:
        return None
    if z.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if z[0] == "-" else 1
    digits = z[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    from datetime import timezone

    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_timestamp(
    text: str | datetime,
    zone: tzinfo = UTC,
    date_order: DateOrder | None = None,
) -> str:
    """Any reasonable spelling of a moment, as the API's UTC text.

    An input with ``Z`` or an offset is converted to UTC; a naive one is read in ``zone``.
    """
    if isinstance(text, datetime):
        moment = text if text.tzinfo is not None else text.replace(tzinfo=zone)
        return to_api_time(moment)
    raw = " ".join(text.split())
    if not raw:
        raise ConversionError("timestamp", "timestamp is empty")
    try:
        parsed = _parse_moment(raw, zone, date_order)
    except _Ambiguous as exc:
        raise ConversionError("timestamp", str(exc)) from None
    except ValueError:
        raise ConversionError(
            "timestamp",
            f"timestamp {shown(raw)} is not a date and time: use YYYY-MM-DD HH:MM:SS",
        ) from None
    if parsed is None:
        raise ConversionError(
            "timestamp",
            f"timestamp {shown(raw)} is not a date and time: use YYYY-MM-DD HH:MM:SS",
        )
    moment = parsed
    try:
        year = moment.astimezone(UTC).year
    except OverflowError:  # year 1 or 9999 with an offset that crosses the calendar's end
        year = 0
    if not 1970 <= year <= 9999:
        raise ConversionError("timestamp", f"timestamp {shown(raw)} is out of range")
    return to_api_time(moment)


class _Ambiguous(ValueError):
    pass


def _parse_moment(raw: str, zone: tzinfo, order: DateOrder | None) -> datetime | None:
    if _EPOCH.match(raw):
        return datetime.fromtimestamp(int(raw), UTC)
    m = _ISO.match(raw)
    if m:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        hour_text = m["H"]
        ampm = None
    else:
        m = _SLASHED.match(raw)
        if not m:
            return None
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        day, month = _day_month(a, b, order, raw)
        hour_text = m["H"]
        ampm = m["ampm"]
    if hour_text is None:
        raise _Ambiguous(f"timestamp {shown(raw)} has no time of day: add HH:MM:SS")
    hour, minute = int(hour_text), int(m["M"])
    second = int(m["S"] or 0)
    micro = int((m["f"] or "0")[:6].ljust(6, "0"))
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for am/pm")
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    naive = datetime(year, month, day, hour, minute, second, micro)
    offset = _offset(m["z"])
    if offset is not None:
        return naive.replace(tzinfo=offset)
    return _localize(naive, zone)


def _day_month(a: int, b: int, order: DateOrder | None, raw: str) -> tuple[int, int]:
    if order is DateOrder.DAY_FIRST:
        return a, b
    if order is DateOrder.MONTH_FIRST:
        return b, a
    if a == b or (a > 12 and b <= 12):
        return a, b
    if b > 12 and a <= 12:
        return b, a
    raise _Ambiguous(
        f"timestamp {shown(raw)} could be day/month or month/day: choose the date order"
    )


def _localize(naive: datetime, zone: tzinfo) -> datetime:
    """Attach ``zone``; a wall time that a DST jump skips or repeats takes its first reading."""
    return localize(naive, zone)


def to_api_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(API_TIME_FORMAT)


def now_api_time() -> str:
    return to_api_time(datetime.now(UTC))


def make_conversion(
    channel: Channel | str,
    message_id: str,
    delivered: bool | str,
    timestamp: str | datetime | None = None,
    zone: tzinfo = UTC,
    date_order: DateOrder | None = None,
) -> Conversion:
    """Validate everything at once; the first problem is raised with the field it concerns."""
    chan = channel if isinstance(channel, Channel) else parse_channel(channel)
    ts = now_api_time() if timestamp is None else parse_timestamp(timestamp, zone, date_order)
    return Conversion(chan, parse_message_id(message_id), parse_delivered(delivered), ts)

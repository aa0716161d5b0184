"""Time zones as a person means them: "local" is this machine's IANA zone with its DST rules,
and a wall time shows its UTC value and whether a clock change skips or repeats it.

One function, ``local_zone``, serves the Send page, ``--timezone local`` and the CSV intake.
A wall time that a clock change skips or repeats is read with ``fold=0`` everywhere
(``localize``, used by ``conversion.parse_timestamp``): a skipped time takes the offset in
force before the change (Berlin 2026-03-29 02:30 is 01:30 UTC, as if 03:30 summer time),
a repeated one its first occurrence (Berlin 2026-10-25 02:30 is 00:30 UTC, summer time).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

API_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_ZONEINFO_MARK = "zoneinfo"


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _name_from_path(path: str) -> str | None:
    """``/usr/share/zoneinfo/Europe/Berlin`` -> ``Europe/Berlin`` (also ``…/posix/…``)."""
    parts = Path(path).parts
    if _ZONEINFO_MARK not in parts:
        return None
    rest = list(parts[len(parts) - parts[::-1].index(_ZONEINFO_MARK):])
    if rest and rest[0] in ("posix", "right"):
        rest = rest[1:]
    return "/".join(rest) or None


def local_zone_name(environ: Mapping[str, str] | None = None,
                    etc: Path = Path("/etc")) -> str | None:
    """The machine's IANA zone name, as the C library finds it: ``TZ``, then the
    ``/etc/localtime`` link, then ``/etc/timezone``; None when none of them names one."""
    env = os.environ if environ is None else environ
    tz = env.get("TZ", "").strip().lstrip(":")
    if tz:
        name = _name_from_path(tz) if tz.startswith("/") else tz
        if name and _zone(name) is not None:
            return name
    try:
        target = os.path.realpath(etc / "localtime")
    except OSError:
        target = ""
    name = _name_from_path(target) if target else None
    if name and _zone(name) is not None:
        return name
    try:
        first = (etc / "timezone").read_text(encoding="utf-8").split("\n", 1)[0].strip()
    except (OSError, UnicodeDecodeError):
        first = ""
    if first and _zone(first) is not None:
        return first
    return None


class SystemZone(tzinfo):
    """The C library's local time (``time.localtime``), DST rules included, for a machine
    whose zone has no IANA name we can find (Windows): better than today's fixed offset."""

    @staticmethod
    def _local(dt: datetime) -> time.struct_time:
        """The C library's reading of this wall time; today's for a date it cannot handle
        (Windows refuses years past 3000)."""
        try:
            return time.localtime(time.mktime((dt.year, dt.month, dt.day, dt.hour, dt.minute,
                                               dt.second, dt.weekday(), 0, -1)))
        except (OverflowError, OSError, ValueError):
            return time.localtime()

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff) if dt is not None else timedelta(0)

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None or self._local(dt).tm_isdst <= 0:
            return timedelta(0)
        return timedelta(hours=1)

    def tzname(self, dt: datetime | None) -> str:
        return "local time"

    def fromutc(self, dt: datetime) -> datetime:
        try:
            local = time.localtime((dt.replace(tzinfo=None) - datetime(1970, 1, 1))
                                   .total_seconds())
        except (OverflowError, OSError, ValueError):
            local = time.localtime()
        return dt + timedelta(seconds=local.tm_gmtoff)

    def __repr__(self) -> str:
        return "SystemZone()"


_noted: list[bool] = []


def local_zone(environ: Mapping[str, str] | None = None) -> tzinfo:
    """This machine's zone with its DST rules: the IANA zone when one is named (Linux, macOS,
    ``TZ``), else the C library's local time (Windows), with a note in the log."""
    name = local_zone_name(environ)
    if name is not None:
        zone = _zone(name)
        if zone is not None:
            return zone
    if not _noted:
        _noted.append(True)
        log.info("no IANA name for this machine's time zone: local times follow the "
                 "operating system's rules (time.localtime)")
    return SystemZone()


def localize(naive: datetime, zone: tzinfo) -> datetime:
    """Attach ``zone`` to a wall time; one that a clock change skips or repeats takes its
    first reading (``fold=0``, the rule in this module's docstring)."""
    return naive.replace(tzinfo=zone, fold=0)


def zone_name(zone: tzinfo) -> str:
    """``Europe/Berlin`` for an IANA zone, else its abbreviation or "local time"."""
    key = getattr(zone, "key", None)
    return str(key) if key else (zone.tzname(datetime.now(zone)) or "local time")


def utc_text(wall: datetime, zone: tzinfo) -> str:
    """' = 16:02:13 UTC', or with the date when the UTC day differs from the wall-clock day."""
    api = localize(wall, zone).astimezone(UTC).strftime(API_TIME_FORMAT)
    day, clock = api.split(" ")
    shown = clock if day == wall.strftime("%Y-%m-%d") else api
    return f" = {shown} UTC"


def clock_change_note(wall: datetime, zone: tzinfo) -> str:
    """A word when a clock change makes this wall time repeat or not exist at all."""
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != wall:
        return "this time is skipped by a clock change that day"
    return "this time happens twice that day (clock change): the first is used"


__all__ = ["SystemZone", "clock_change_note", "local_zone", "local_zone_name", "localize",
           "utc_text", "zone_name"]

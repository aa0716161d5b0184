"""The machine's zone and the words about wall times, without Qt (core/zones.py)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conversion_gui.core.conversion import resolve_timezone
from conversion_gui.core.zones import (
    SystemZone,
    clock_change_note,
    local_zone,
    local_zone_name,
    utc_text,
    zone_name,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def _etc(tmp_path: Path, link: str | None = None, timezone: str | None = None) -> Path:
    etc = tmp_path / "etc"
    etc.mkdir()
    if link is not None:
        target = tmp_path / "usr" / "share" / "zoneinfo" / link
        target.parent.mkdir(parents=True)
        target.write_bytes(b"TZif")
        (etc / "localtime").symlink_to(target)
    if timezone is not None:
        (etc / "timezone").write_text(timezone + "\n", encoding="utf-8")
    return etc


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need rights on Windows")
def test_the_zone_name_comes_from_tz_then_the_localtime_link_then_etc_timezone(
    tmp_path: Path,
) -> None:
    etc = _etc(tmp_path, link="America/New_York", timezone="Asia/Tokyo")
    assert local_zone_name({"TZ": "Europe/Berlin"}, etc) == "Europe/Berlin"
    assert local_zone_name({"TZ": ":Europe/Berlin"}, etc) == "Europe/Berlin"
    assert local_zone_name({"TZ": "/usr/share/zoneinfo/Europe/Rome"}, etc) == "Europe/Rome"
    assert local_zone_name({}, etc) == "America/New_York"
    assert local_zone_name({"TZ": "Not/A_Zone"}, etc) == "America/New_York"
    only_file = tmp_path / "other"
    only_file.mkdir()
    assert local_zone_name({}, _etc(only_file, timezone="Asia/Tokyo")) == "Asia/Tokyo"
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    assert local_zone_name({}, _etc(nothing)) is None


def test_local_is_a_real_zone_with_summer_and_winter() -> None:
    zone = local_zone({"TZ": "Europe/Berlin"})
    assert zone_name(zone) == "Europe/Berlin"
    assert datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset() != datetime(
        2026, 7, 15, 12, tzinfo=zone).utcoffset()


@pytest.fixture
def berlin_process_zone() -> Iterator[None]:
    """This process's C-library zone set to Berlin, and put back afterwards."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_without_a_name_local_time_still_follows_the_clock_changes(
    berlin_process_zone: None,
) -> None:
    """The Windows fallback: the operating system's rules, not a fixed offset."""
    zone = SystemZone()
    winter = datetime(2026, 1, 15, 12, tzinfo=zone)
    summer = datetime(2026, 7, 15, 12, tzinfo=zone)
    assert winter.astimezone(UTC).hour == 11
    assert summer.astimezone(UTC).hour == 10
    assert datetime(2026, 7, 15, 10, tzinfo=UTC).astimezone(zone).hour == 12


def test_resolve_timezone_local_is_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert resolve_timezone("local") == NEW_YORK
    assert resolve_timezone(" LOCAL ") == NEW_YORK


@pytest.mark.parametrize("wall, note, shown", [
    (datetime(2026, 3, 29, 2, 30), "skipped", " = 01:30:00 UTC"),
    (datetime(2026, 10, 25, 2, 30), "twice", " = 00:30:00 UTC"),  # the first: summer time
    (datetime(2026, 10, 26, 2, 30), "", " = 01:30:00 UTC"),
    (datetime(2026, 1, 1, 0, 30), "", " = 2025-12-31 23:30:00 UTC"),  # another UTC day
])
def test_wall_times_around_clock_changes_in_berlin(wall: datetime, note: str,
                                                   shown: str) -> None:
    said = clock_change_note(wall, BERLIN)
    assert (note in said) if note else said == ""
    assert utc_text(wall, BERLIN) == shown

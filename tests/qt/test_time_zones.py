"""The time zones offered in the Settings dialog and on the Batch page."""

from __future__ import annotations

from conversion_gui.core.conversion import resolve_timezone
from conversion_gui.qt.preferences import TIME_ZONES


def test_every_offered_time_zone_is_one_the_reader_knows() -> None:
    for zone in TIME_ZONES:
        resolve_timezone(zone)  # raises ConversionError naming an unknown zone
    assert TIME_ZONES[0] == "UTC" and len(set(TIME_ZONES)) == len(TIME_ZONES)

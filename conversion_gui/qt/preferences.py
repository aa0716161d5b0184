"""The sending choices a person makes once and keeps: rate, concurrency, time zone.

Kept in QSettings (never a secret there). Passed to pages as a callable, so a change in the
Settings menu reaches the next batch without any page reaching for a global.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..core.conversion import ConversionError, resolve_timezone

# Offered wherever a time zone is chosen (any other IANA name can be typed): one list, so the
# Settings dialog and the Batch page never offer different zones.
TIME_ZONES = (
    "UTC", "local", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin",
    "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Athens",
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Toronto", "America/Mexico_City", "America/Sao_Paulo", "Africa/Johannesburg",
    "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Tokyo",
    "Australia/Sydney", "Pacific/Auckland",
)


@dataclass(frozen=True)
class Preferences:
    rate: float = 30.0        # conversions per second; 0 = no limit
    concurrency: int = 8      # requests in flight
    timezone: str = "UTC"     # how a file's timestamps without offset are read

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        default = cls()
        try:
            rate = float(settings.value("sending/rate", default.rate))  # type: ignore[arg-type]
            concurrency = int(settings.value("sending/concurrency", default.concurrency))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        zone = str(settings.value("sending/timezone", default.timezone))
        try:
            resolve_timezone(zone)
        except ConversionError:
            zone = default.timezone
        if rate < 0 or not 1 <= concurrency <= 64:
            return default
        return cls(rate, concurrency, zone)

    def save(self, settings: QSettings) -> None:
        settings.setValue("sending/rate", self.rate)
        settings.setValue("sending/concurrency", self.concurrency)
        settings.setValue("sending/timezone", self.timezone)

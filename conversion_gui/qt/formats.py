"""Numbers and moments as the window's language writes them (QLocale), never for parsing.

The C locale (a bare ``LANG=C``) writes 1234 without a separator and dates in US order; the
window then keeps the English it always had: ``1,234`` and ``2026-12-02 16:05``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def _locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.C, QLocale.Language.English)


def number(n: int) -> str:
    """``1,234`` in English, ``1.234`` in German, ``1 234`` in French."""
    return _locale().toString(n)


def decimal(x: float, places: int = 1) -> str:
    """A rate or share with ``places`` decimals, in the locale's decimal mark."""
    return _locale().toString(float(x), "f", places)


def moment(when: datetime) -> str:
    """A local moment to the minute: ISO in English (unambiguous for a desk), else the
    language's short date and time."""
    if _english():
        return when.strftime("%Y-%m-%d %H:%M")
    stamp = QDateTime.fromString(when.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")
    return _locale().toString(stamp, QLocale.FormatType.ShortFormat)

"""Numbers and moments in the window follow the chosen language; a bare C locale keeps the
English the window always had."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from conversion_gui.qt.formats import decimal, moment, number

WHEN = datetime(2026, 3, 1, 14, 5)


@pytest.fixture
def locale() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(("name", "n", "rate", "when"), [
    ("C", "1,234,567", "12.5", "2026-03-01 14:05"),
    ("en_US", "1,234,567", "12.5", "2026-03-01 14:05"),
    ("de_DE", "1.234.567", "12,5", "01.03.26 14:05"),
    ("fr_FR", "1\u202f234\u202f567", "12,5", "01/03/2026 14:05"),
    ("ja_JP", "1,234,567", "12.5", "2026/03/01 14:05"),
])
def test_each_locale_writes_its_own(locale: None, name: str, n: str, rate: str,
                                    when: str) -> None:
    QLocale.setDefault(QLocale(name))
    assert number(1_234_567) == n
    assert decimal(12.5) == rate
    assert moment(WHEN) == when

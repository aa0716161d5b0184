"""The window translates what status codes mean; the core and the history stay English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conversion_gui.core.neterrors import MAY_HAVE_ARRIVED
from conversion_gui.core.statuses import STATUS_TABLE, Kind, TransportError, classify, meaning_of
from conversion_gui.qt import i18n
from conversion_gui.qt.meanings import kind_labels, meaning


@pytest.fixture
def pseudo(qapp: object) -> Iterator[None]:
    installed = i18n.install(i18n.PSEUDO)
    yield
    i18n.uninstall(installed)


FIXED = sorted({*(info.meaning for info in STATUS_TABLE.values()),
                *(classify(None, t).meaning for t in TransportError),
                meaning_of(None, "gone"),
                f"No answer: the connection was closed before an answer came. {MAY_HAVE_ARRIVED}",
                f"No answer: the request failed. {MAY_HAVE_ARRIVED}"})


@pytest.mark.parametrize("english", FIXED)
def test_every_fixed_meaning_of_the_core_is_translated(pseudo: None, english: str) -> None:
    """A sentence the table does not list would reach every language in English."""
    assert meaning(english) == i18n.pseudo(english)


def test_english_is_untouched() -> None:
    for english in FIXED:
        assert meaning(english) == english
    assert meaning("Unexpected answer (418)") == "Unexpected answer (418)"


def test_a_sentence_naming_a_host_translates_its_head_only(pseudo: None) -> None:
    said = meaning("Could not reach the API: 'api.example' did not answer within 5 s")
    assert said == (i18n.pseudo("Could not reach the API: ")
                    + "'api.example' did not answer within 5 s")
    assert meaning("Unexpected answer (418)") == i18n.pseudo("Unexpected answer ({status})").format(
        status="418")


def test_every_kind_has_a_label() -> None:
    assert set(kind_labels()) == {k.value for k in Kind}

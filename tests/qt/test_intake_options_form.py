"""The Batch page's options form on its own: what a person picks is what the read gets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conversion_gui.core.conversion import Channel, DateOrder
from conversion_gui.core.intake import IntakeOptions
from conversion_gui.qt.intake_options_form import IntakeOptionsForm


def make(qtbot: object) -> tuple[IntakeOptionsForm, list[bool], list[str]]:
    form = IntakeOptionsForm()
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    form.show()
    changed: list[bool] = []
    problems: list[str] = []
    form.changed.connect(lambda: changed.append(True))
    form.problem.connect(problems.append)
    return form, changed, problems


def test_a_new_file_starts_from_the_preferred_zone_and_automatic_reading(qtbot: object) -> None:
    form, changed, _ = make(qtbot)
    form.reset("Asia/Kathmandu")  # not in the list: added, and chosen
    assert form.zone_combo.currentText() == "Asia/Kathmandu"
    assert form.options() == IntakeOptions(timezone="Asia/Kathmandu")
    assert form.auto_channel and changed == []


def test_picked_options_reach_the_read(qtbot: object) -> None:
    form, changed, _ = make(qtbot)
    form.reset("UTC")
    for combo, key in ((form.channel_combo, "V"), (form.date_combo, "D"),
                       (form.delimiter_combo, "S")):
        combo.setFocus()
        qtbot.keyClicks(combo, key)  # type: ignore[attr-defined]
    edit = form.encoding_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "cp1252")  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]  # same again: no re-read
    options = form.options()
    assert (options.channel, options.date_order, options.delimiter, options.encoding) == (
        Channel.VOICE, DateOrder.DAY_FIRST, ";", "cp1252")
    assert not form.auto_channel
    assert len(changed) == 4


def test_an_unknown_time_zone_is_a_problem_not_a_read(qtbot: object) -> None:
    form, changed, problems = make(qtbot)
    form.reset("UTC")
    edit = form.zone_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mars/Olympus")  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert set(problems) == {
        "Time zone: time zone 'Mars/Olympus' is unknown: use a name like Europe/Paris"}
    assert changed == []


def test_while_busy_nothing_can_be_changed(qtbot: object) -> None:
    form, _, _ = make(qtbot)
    form.set_busy(True)
    assert not any(c.isEnabled() for c in (form.channel_combo, form.zone_combo,
                                          form.date_combo, form.encoding_combo,
                                          form.delimiter_combo))
    form.set_busy(False)
    assert form.zone_combo.isEnabled()
    assert not any(c.isEnabled() for c in form.mapping_combos.values())  # no header yet

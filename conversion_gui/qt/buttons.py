"""Buttons named after their labels (what a screen reader and the tests find them by)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from . import a11y


def button(text: str, on_click: Callable[[], None]) -> QPushButton:
    """``text`` may carry a mnemonic (&Send); ``on_click`` takes no argument."""
    push = QPushButton(text)
    a11y.name_button(push)
    push.clicked.connect(lambda _checked=False: on_click())
    return push


def relabel(push: QPushButton, text: str) -> None:
    """A new label, and the accessible name with it."""
    push.setText(text)
    a11y.name_button(push)


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None],
    extra: QDialogButtonBox.StandardButton | None = None,
) -> QDialogButtonBox:
    """A dialog's OK and Cancel (and ``extra``), each named after its label; OK calls
    ``on_ok`` (which decides whether to accept), Cancel rejects."""
    which = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(which | extra if extra is not None else which)
    for push in box.buttons():
        a11y.name_button(push)
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box

"""A push button named after its label (what a screen reader and the tests find it by)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

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

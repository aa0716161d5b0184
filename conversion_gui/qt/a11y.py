"""Accessible names: every input and button is named after its visible label.

Screen readers read the name; the tests find widgets by it, so a label a person sees and
the name a test asks for can never drift apart.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def plain(label: str) -> str:
    """A label as read aloud: mnemonic ampersands and trailing colons removed."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ").strip()


def named(widget: QWidget, label: str) -> QWidget:
    widget.setAccessibleName(plain(label))
    return widget


def buddy(label: QLabel, widget: QWidget) -> QWidget:
    """Tie a form label to its field: Alt+mnemonic focuses it, and the field is named by it."""
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label.text()))
    return widget


def name_button(button: QAbstractButton) -> QAbstractButton:
    button.setAccessibleName(plain(button.text()))
    return button

"""A message shown in the page, not in a pop-up: colour and words, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def sentence(text: str) -> str:
    """A message from the core (lower case, no full stop, for the terminal) as a sentence."""
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text[-1] in ".!?" else ".")


COLOURS = {"error": "#a00000", "ok": "#0b5a24", "info": "palette(window-text)"}


class InlineMessage(QLabel):
    """Hidden while it has nothing to say; selectable, so a person can copy an error."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
        self.hide()

    def say(self, text: str, kind: str = "info") -> None:
        """``kind`` is error, ok or info."""
        self.setStyleSheet(f"color: {COLOURS[kind]};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

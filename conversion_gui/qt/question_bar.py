"""An inline question with an optional name field and two buttons, shown in place of a pop-up."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from . import a11y
from .profile_form import ERROR_STYLE, sentence


class QuestionBar(QFrame):
    """"Delete “Acme”?" or "Rename “Acme”: type the new name." with confirm and Cancel.

    The owner connects ``confirm_button.clicked`` and ``cancel_button.clicked``; a failure to
    carry out the answer is shown in the bar (``fail``) so the user can correct the name.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ask_text = QLabel()
        self.ask_text.setWordWrap(True)
        self.new_name_label = QLabel(self.tr("New &name:"))
        self.new_name_edit = QLineEdit()
        a11y.buddy(self.new_name_label, self.new_name_edit)
        self.ask_error = QLabel()
        self.ask_error.setStyleSheet(ERROR_STYLE)
        self.ask_error.setWordWrap(True)
        self.ask_error.hide()
        self.confirm_button = QPushButton(self.tr("OK"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        a11y.name_button(self.confirm_button)
        a11y.name_button(self.cancel_button)
        name_row = QHBoxLayout()
        name_row.addWidget(self.new_name_label)
        name_row.addWidget(self.new_name_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ask_text)
        layout.addLayout(name_row)
        layout.addWidget(self.ask_error)
        layout.addLayout(buttons)
        self.new_name_edit.textChanged.connect(lambda _text: self.ask_error.hide())
        self.hide()

    def open(self, question: str, action: str, name: str | None) -> None:
        """Show ``question``; ``name`` (None: no name is asked for) pre-fills the name field."""
        self.ask_text.setText(question)
        self.confirm_button.setText(action)
        a11y.name_button(self.confirm_button)
        with_name = name is not None
        self.new_name_label.setVisible(with_name)
        self.new_name_edit.setVisible(with_name)
        self.new_name_edit.setText(name or "")
        self.ask_error.hide()
        self.show()
        self.confirm_button.setDefault(True)
        if with_name:
            self.new_name_edit.selectAll()
            self.new_name_edit.setFocus()
        else:
            self.confirm_button.setFocus()

    def close_question(self) -> None:
        self.hide()
        self.new_name_edit.clear()
        self.ask_error.hide()

    def name(self) -> str:
        return self.new_name_edit.text()

    def fail(self, message: str) -> None:
        """Say in the bar why the answer could not be carried out."""
        self.ask_error.setText("⚠ " + sentence(message))
        self.ask_error.show()

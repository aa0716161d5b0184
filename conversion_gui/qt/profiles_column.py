"""The Credentials dialog's left column: the profile list, its four buttons and the question bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import a11y
from .i18n import QT_TRANSLATE_NOOP
from .question_bar import QuestionBar

# English, marked for lupdate (context "CredentialsDialog") and translated where shown.
IN_USE = QT_TRANSLATE_NOOP("CredentialsDialog", "in use")



class ProfilesColumn(QWidget):
    """Shows the profiles (the one in use in bold); the dialog wires the buttons and the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_list = QListWidget()
        list_label = QLabel(QCoreApplication.translate("CredentialsDialog", "&Profiles:"))
        a11y.buddy(list_label, self.profile_list)
        self.add_button = QPushButton(QCoreApplication.translate("CredentialsDialog", "&Add"))
        self.rename_button = QPushButton(QCoreApplication.translate("CredentialsDialog", "&Rename"))
        self.delete_button = QPushButton(QCoreApplication.translate("CredentialsDialog", "&Delete"))
        self.use_button = QPushButton(
            QCoreApplication.translate("CredentialsDialog", "&Use this profile"))
        buttons = QGridLayout()
        pushes = (self.add_button, self.rename_button, self.delete_button, self.use_button)
        for i, button in enumerate(pushes):  # two rows of two
            a11y.name_button(button)
            buttons.addWidget(button, i // 2, i % 2)

        # the inline question for Add / Rename / Delete (no pop-up)
        self.question = QuestionBar()

        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(list_label)
        left.addWidget(self.profile_list, 1)
        left.addLayout(buttons)
        left.addWidget(self.question)

    def fill(self, names: Iterable[str], active: str | None, selected: str | None) -> None:
        """The list anew, without signals; ``selected`` is the current row."""
        names = list(names)
        self.profile_list.blockSignals(True)
        try:
            self.profile_list.clear()
            for name in names:
                text = QCoreApplication.translate("CredentialsDialog", "{name} ({in_use})").format(
                    name=name, in_use=QCoreApplication.translate("CredentialsDialog", IN_USE))
                item = QListWidgetItem(text if name == active else name)
                item.setData(Qt.ItemDataRole.UserRole, name)
                if name == active:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.profile_list.addItem(item)
            self.select_quietly(names, selected)
        finally:
            self.profile_list.blockSignals(False)

    def select_quietly(self, names: list[str], name: str | None) -> None:
        """Make ``name`` the current row (none if absent) without announcing it."""
        blocked = self.profile_list.blockSignals(True)
        try:
            self.profile_list.setCurrentRow(names.index(name) if name in names else -1)
        finally:
            self.profile_list.blockSignals(blocked)

    def name_at(self, row: int) -> str | None:
        item = self.profile_list.item(row) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def set_actions(self, has: bool, asking: bool, can_use: bool) -> None:
        """Rename/Delete need a profile, Use one not in use; none while a question is open."""
        self.rename_button.setEnabled(has and not asking)
        self.delete_button.setEnabled(has and not asking)
        self.add_button.setEnabled(not asking)
        self.use_button.setEnabled(has and not asking and can_use)

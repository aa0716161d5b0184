"""Settings > Language: the window's language from the next start (or follow the system)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from . import a11y, i18n
from .buttons import ok_cancel


class LanguageDialog(QDialog):
    """Saves the choice in the settings; the running window keeps its language (every widget
    would have to be rebuilt), and says so."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Language"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(i18n.saved_language(settings))
        self.language.setCurrentIndex(max(0, index))
        label = QLabel(self.tr("&Language:"))
        a11y.buddy(label, self.language)
        form = QFormLayout()
        form.addRow(label, self.language)

        note = QLabel(self.tr("The new language applies the next time conversion-gui starts."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Note"))

        buttons = ok_cancel(self, self._accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        i18n.save_language(self.settings, str(self.language.currentData() or ""))
        self.settings.sync()
        self.accept()

"""The window's languages: the .ts files hold every string of the sources, finished languages
have no unfinished entry, each language brings Qt's own words and its number formats, the
choice follows --lang, then Settings > Language, then the system, and the pseudo-locale
lengthens every translated string."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from conversion_gui.core.context import AppContext
from conversion_gui.core.credentials import MemoryStore
from conversion_gui.qt import i18n
from conversion_gui.qt.language_dialog import LanguageDialog
from conversion_gui.qt.main_window import MainWindow
from conversion_gui.qt.tasks import TaskManager
from tests.qt.conftest import find
from tests.qt.languages import COMPLETE

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SHIPPED = [c for c in i18n.LANGUAGES if c != "en"]


def build_resources() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_resources",
                                                  ROOT / "scripts" / "build_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path, live_only: bool = True) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> its <translation>; strings gone from the sources
    (vanished, obsolete) left out."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own .ts files
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if live_only and translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = translation
    return found


def test_the_language_list_matches_the_ts_files() -> None:
    assert tuple(SHIPPED) == build_resources().LANGUAGES
    assert sorted(p.name for p in TS_DIR.glob("*.ts")) == sorted(
        f"conversion_gui_{c}.ts" for c in [*SHIPPED, *build_resources().PLURAL_ONLY])


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources into a copy: any string it adds is missing from the .ts."""
    copy = tmp_path / "translations"
    shutil.copytree(TS_DIR, copy)
    build_resources().update_ts(copy, ROOT)
    for code in SHIPPED:
        name = f"conversion_gui_{code}.ts"
        new = messages(copy / name).keys() - messages(TS_DIR / name).keys()
        assert not new, (f"{name} lacks {len(new)} string(s) of the sources, e.g. "
                         f"{sorted(new)[:5]}: run scripts/build_resources.py --update-ts")


def test_the_sources_have_translatable_strings() -> None:
    """The pipeline carries real entries (Settings > Language is translatable already)."""
    keys = messages(TS_DIR / "conversion_gui_de.ts")
    assert ("LanguageDialog", "Language", "") in keys


@pytest.mark.parametrize("code", SHIPPED)
def test_a_finished_language_has_no_unfinished_entry(code: str) -> None:
    if code not in COMPLETE:
        pytest.skip(f"{code} is not listed as complete in tests/qt/languages.py")
    unfinished = [key for key, t in messages(TS_DIR / f"conversion_gui_{code}.ts").items()
                  if t.get("type") == "unfinished" or not "".join(t.itertext()).strip()]
    assert not unfinished, f"{len(unfinished)} unfinished in {code}, e.g. {unfinished[:5]}"


@pytest.fixture
def language() -> Iterator[list[object]]:
    """Installs what a test asks for, and always goes back to English afterwards."""
    installed: list[object] = []
    yield installed
    i18n.uninstall(installed)  # type: ignore[arg-type]


# What Qt's own catalogues say, and how each language writes 1234.5 (CLDR).
QT_CANCEL = {"de": "Abbrechen", "fr": "Annuler", "es": "Cancelar", "pt_BR": "Cancelar",
             "ja": "キャンセル"}
DECIMAL = {"de": "1.234,5", "fr": "1\u202f234,5", "es": "1234,5", "pt_BR": "1.234,5",
           "ja": "1,234.5"}


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_brings_qts_words_and_its_number_format(
        qtbot: QtBot, language: list[object], code: str) -> None:
    language += i18n.install(code)
    assert len(language) == 2  # Qt's qtbase and the app's catalogue
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == \
        QT_CANCEL[code]
    assert QLocale().toString(1234.5, "f", 1) == DECIMAL[code]


@pytest.mark.parametrize("code", SHIPPED)
def test_the_main_pages_speak_a_finished_language(
        qtbot: QtBot, language: list[object], tmp_path: Path, code: str) -> None:
    if code not in COMPLETE:
        pytest.skip(f"{code} is not listed as complete in tests/qt/languages.py")
    language += i18n.install(code)
    tasks = TaskManager()
    window = MainWindow(
        lambda sb: AppContext(tmp_path / "data", sandbox=sb, secret_store=MemoryStore()),
        tasks, QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
        tmp_path / "logs", sandbox=True, ask=lambda _t, _q: True)
    qtbot.addWidget(window)
    try:
        titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert not {"Send", "Batch", "History"} & set(titles), titles
        assert not {"File", "Settings", "Help"} & set(menus), menus
    finally:
        tasks.shutdown(wait=True)
        window.context.close()


def test_english_is_back_after_uninstall(qtbot: QtBot, language: list[object]) -> None:
    i18n.uninstall(i18n.install("de"))
    language += i18n.install("en")
    assert len(language) == 2  # Qt's English catalogue and the app's: their plural forms
    assert QCoreApplication.translate("BatchText", "{count} row(s)", "", 1) == "{count} row"
    assert QCoreApplication.translate("BatchText", "{count} row(s)", "", 2) == "{count} rows"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    assert QLocale().name() == QLocale.system().name()


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_AT.UTF-8"}, "de"),                       # by language, any region
    ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),                    # the Portuguese we have
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "ja:en"}, "ja"),  # gettext's priority list
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "sv:de"}, "de"),  # the first one offered
    ({"LANG": "C", "LANGUAGE": "de"}, "en"),               # the C locale ignores LANGUAGE
    ({"LANG": "sv_SE.UTF-8"}, "en"),                       # not offered: English
    ({}, "en"),
])
def test_the_system_language_on_linux(environ: dict[str, str], expected: str) -> None:
    choice = i18n.choose(None, None, environ, "linux")
    assert (choice.code, choice.source, choice.note) == (expected, "system", "")


def test_lang_beats_the_setting_which_beats_the_system() -> None:
    env = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose("pt-br", "ja", env, "linux") == i18n.Choice("pt_BR", "--lang")
    assert i18n.choose(None, "ja", env, "linux") == i18n.Choice("ja", "settings")
    assert i18n.choose("en_XA", None, env, "linux").code == i18n.PSEUDO


def test_an_unknown_code_falls_back_to_english_with_a_note() -> None:
    choice = i18n.choose("klingon", None, {"LANG": "de_DE.UTF-8"}, "linux")
    assert (choice.code, choice.source) == ("en", "--lang")
    assert "'klingon'" in choice.note and "English" in choice.note


def test_settings_language_is_saved_for_the_next_start(qtbot: QtBot, settings: QSettings) -> None:
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    note = [w.text() for w in dialog.findChildren(QLabel) if w.accessibleName() == "Note"]
    assert note and "next time" in note[0]
    combo = find(dialog, type(dialog.language), "Language")
    combo.setCurrentIndex(combo.findText("Português (Brasil)"))
    find(dialog, type(dialog.findChildren(QDialogButtonBox)[0].buttons()[0]), "OK").click()
    assert settings.value(i18n.SETTINGS_KEY) == "pt_BR"
    assert i18n.choose(None, i18n.saved_language(settings), {"LANG": "de_DE"}, "linux") == \
        i18n.Choice("pt_BR", "settings")

    again = LanguageDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Português (Brasil)"
    again.language.setCurrentIndex(again.language.findText("Follow the system"))
    again._accept()
    assert settings.value(i18n.SETTINGS_KEY) is None


@pytest.mark.parametrize("text", ["Send", "&Open CSV…", "Send %1 rows", "{count} rows sent",
                                  "<b>Bold</b> and plain", "Rate"])
def test_the_pseudo_locale_is_40_percent_longer_and_keeps_placeholders(text: str) -> None:
    out = i18n.pseudo(text)
    assert len(out) >= 1.4 * len(text)
    for kept in ("%1", "{count}", "<b>", "</b>"):
        assert (kept in out) == (kept in text)
    if text.startswith("&"):
        assert out.startswith("⟦&") and out[2] == text[1]  # the mnemonic letter stays


def test_the_pseudo_locale_reaches_every_tr_string(
        qtbot: QtBot, language: list[object], settings: QSettings) -> None:
    language += i18n.install(i18n.PSEUDO)
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == i18n.pseudo("Language")
    assert dialog.language.itemText(0) == i18n.pseudo("Follow the system")
    assert dialog.language.itemText(1) == "English"  # a language's own name stays as it is

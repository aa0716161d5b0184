"""Which language the window speaks: the app's and Qt's translators, and the locale for numbers.

The choice, first that applies: ``--lang CODE`` for one run, Settings > Language (read at the
next start), the system's languages. Only the window is translated; the command line, the log
and the history file stay English and language-neutral. Formats follow the chosen language via
``QLocale.setDefault``; reading CSV and workbook files never looks at the locale.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

# Every language the window is offered in, by its own name (what a person looks for).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
}
PSEUDO = "pseudo"          # English, every translated string 40% longer: catches clipping early
PSEUDO_ALIASES = (PSEUDO, "en_xa", "en-xa")  # en_XA: the pseudo-locale name Android uses
SETTINGS_KEY = "interface/language"   # "" follows the system
APP_CATALOG = "conversion_gui"        # conversion_gui_de.qm ...
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which knows this name) in a table built at import time;
    the code translates it where it is shown. Qt's own returns ``object`` to type checkers."""
    return text


@dataclass(frozen=True)
class Choice:
    code: str                # a key of LANGUAGES, or PSEUDO
    source: str              # "--lang", "settings" or "system"
    note: str = ""           # why a requested language was not used, for the log


def normalise(code: str) -> str:
    """``de_DE.UTF-8``, ``de-de``, ``pt-br@euro`` -> ``de_DE``, ``de_DE``, ``pt_BR``."""
    base = re.split(r"[.@]", code.strip(), maxsplit=1)[0].replace("-", "_")
    lang, _, region = base.partition("_")
    return f"{lang.lower()}_{region.upper()}" if region else lang.lower()


def match(code: str) -> str | None:
    """The offered language for a locale name, or None: exact, then by language alone
    (``de_AT`` -> ``de``, ``pt_PT`` -> ``pt_BR``). ``C``/``POSIX`` mean English."""
    if code.strip().lower() in PSEUDO_ALIASES:
        return PSEUDO
    name = normalise(code)
    if name in ("c", "posix"):
        return "en"
    if name in LANGUAGES:
        return name
    lang = name.partition("_")[0]
    return next((c for c in LANGUAGES if c.partition("_")[0] == lang), None)


def system_languages(environ: Mapping[str, str] | None = None,
                     platform: str = sys.platform) -> list[str]:
    """The person's languages, most wanted first. On Linux the gettext rule: LANGUAGE (a list)
    unless the locale is C, then the first of LC_ALL, LC_MESSAGES, LANG; elsewhere the OS's
    list as Qt reads it."""
    if not platform.startswith("linux"):
        return [str(n) for n in QLocale.system().uiLanguages()]
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    found: list[str] = []
    if env.get("LANGUAGE") and normalise(locale or "C") not in ("c", "posix"):
        found += [x for x in env["LANGUAGE"].split(":") if x]
    if locale:
        found.append(locale)
    return found


def choose(requested: str | None, saved: str | None,
           environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> Choice:
    """The language for this run; an unknown code falls back to English with a note."""
    for value, source in ((requested, "--lang"), (saved, "settings")):
        if value:
            code = match(value)
            if code is None:
                return Choice("en", source, f"{source} asks for {value!r}, which is not one of "
                              f"{', '.join(LANGUAGES)}: using English")
            return Choice(code, source)
    for name in system_languages(environ, platform):
        code = match(name)
        if code is not None:
            return Choice(code, "system")
    return Choice("en", "system")


def saved_language(settings: QSettings) -> str:
    return str(settings.value(SETTINGS_KEY, "") or "")


def save_language(settings: QSettings, code: str) -> None:
    """Remember a choice for the next start; "" goes back to following the system."""
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)


def qt_translations_dir() -> Path:
    """Where Qt's own qtbase_*.qm are: the wheel's (or the bundle's) PySide6/Qt/translations."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not any(path.glob("qtbase_*.qm")):
        import PySide6

        path = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return path


class PseudoTranslator(QTranslator):
    """Every string that goes through tr(), accented and 40% longer, placeholders untouched."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # Qt's signature
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:  # Qt's name
        return False


_KEEP = re.compile(r"(&&|&[a-zA-Z]+;|&\w|%L?\d+|%n|\{[^{}]*\}|<[^>]*>|\n)")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "àéîöûÿÀÉÎÖÛŸçñÇÑ")
_PAD = "ẋẍŵẅŀĸ"


def pseudo(text: str) -> str:
    """``Send`` -> ``⟦Séñd·ẋẍ⟧``: accents show a string went through tr(), padding makes it at
    least 40% longer, the brackets show where it was cut."""
    parts = _KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    extra = -(-len(text) * 2 // 5)  # 40%, rounded up; the brackets come on top
    pad = (_PAD * (extra // len(_PAD) + 1))[:extra]
    return f"⟦{out}{pad}⟧"


def install(code: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install the translators for ``code`` and make its locale the default; returns them
    (keep them alive, or pass them to ``uninstall``). English loads Qt's own English catalogue
    (its plural forms, "1 file" / "2 files") and the app's when there is one."""
    app = app or QCoreApplication.instance()
    installed: list[QTranslator] = []
    if app is None:
        return installed
    if code == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        return [translator]
    english = code == "en"
    locale = _locale_for(code)
    for name, folder in (("qtbase", qt_translations_dir()), (APP_CATALOG, TRANSLATIONS_DIR)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        elif not english:
            log.warning("no %s translation for %s in %s", name, code, folder)
    # Formats follow the language chosen; an English (or C) system keeps its own.
    if not (english and _system_language() in ("en", "C")):
        QLocale.setDefault(locale)
    return installed


def uninstall(translators: list[QTranslator]) -> None:
    """Back to English and the system's formats (tests, and a host that embeds the window)."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks the chosen language (Austrian dates for an
    Austrian asking for German), else the language's main one."""
    system = QLocale.system()
    if _system_language() == code.partition("_")[0]:
        return system
    return QLocale(code)


def _system_language() -> str:
    return QLocale.system().name().partition("_")[0]


def apply(requested: str | None, settings: QSettings) -> tuple[Choice, list[QTranslator]]:
    """Choose and install the language at start-up, saying in the log what was chosen."""
    choice = choose(requested, saved_language(settings))
    if choice.note:
        log.warning("language: %s", choice.note)
    translators = install(choice.code)
    log.info("language: %s (from %s)", choice.code, choice.source)
    return choice, translators


__all__ = ["LANGUAGES", "PSEUDO", "QT_TRANSLATE_NOOP", "Choice", "PseudoTranslator", "apply",
           "choose", "install", "match", "pseudo", "save_language", "saved_language",
           "system_languages", "uninstall"]

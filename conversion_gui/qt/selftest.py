"""``conversion-gui --self-test``: how a bundle proves itself, in CI and on a user's machine.

Builds the real main window on whatever Qt platform is set, sends one conversion through the
real client to the in-process simulator, reads it back from the history, and says what it
checked. Exit 0 only when every check passed.
"""

from __future__ import annotations

import logging
import platform
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, qVersion

from .. import __version__
from ..core.conversion import make_conversion
from ..core.credentials import KeyringStore
from ..core.intake import IntakeOptions, Verdict
from ..core.network import choose_trust
from ..core.preview import preview_in_child
from ..core.procjob import run_in_child
from ..core.template import write_xlsx_template

log = logging.getLogger(__name__)


def run_self_test(data: Path, log_dir: Path, out: Callable[[str], None] | None = None) -> int:
    show = out or _print

    def say(text: str) -> None:
        # Also in the log: a windowed bundle on Windows or macOS has no stdout at all.
        log.info("self-test: %s", text)
        show(text)

    started = time.perf_counter()
    failures: list[str] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        say(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
        if not ok:
            failures.append(name)

    from .application import application
    from .main_window import MainWindow
    from .tasks import TaskManager

    app, _owned = application()
    from . import i18n

    choice = i18n.choose(None, None)
    translators = i18n.install(choice.code, app)
    say(f"conversion-gui {__version__} on Python {platform.python_version()} "
        f"({platform.system()} {platform.machine()})")
    say(f"Qt {qVersion()}, PySide6 {pyside_version}, platform {app.platformName()}")
    store = KeyringStore()
    say(f"keychain: {store.where}")
    trust = choose_trust()
    try:
        import truststore  # noqa: F401 - the bundle must carry it, or only certifi is trusted
        has_truststore = True
    except ImportError:
        has_truststore = False
    check("certificates", has_truststore, f"verified against {trust.description}")
    say(f"data: {data}")
    for name, ok, detail in translation_checks(choice.code, len(translators)):
        check(name, ok, detail)
    say(f"logs: {log_dir}")

    tasks = TaskManager()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "gui.ini"), QSettings.Format.IniFormat)
        from ..core.context import AppContext

        window = MainWindow(lambda sandbox: AppContext(data, sandbox=sandbox), tasks, settings,
                            log_dir, sandbox=True, ask=lambda _t, _q: True)
        try:
            window.show()
            app.processEvents()
            titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
            english = ["Send", "Batch", "History"]
            check("main window", window.isVisible() and len(titles) == 3 and all(titles)
                  and (titles == english or choice.code != "en"), ", ".join(titles))
            ctx = window.context
            client, profile = ctx.current_client()
            conversion = make_conversion("sms", f"selftest-{uuid.uuid4().hex[:12]}", True)
            outcome = client.send(conversion)
            ctx.history.record_single(conversion, outcome, profile=profile.name,
                                      base_url=profile.base_url)
            check("send to the built-in simulator", outcome.accepted,
                  f"{outcome.status} {outcome.meaning}")
            stored = ctx.history.attempts_of("sms", conversion.message_id)
            check("read back from the history",
                  len(stored) == 1 and stored[0].status == 200,
                  f"{len(stored)} attempt(s) in {ctx.data_dir / 'history.sqlite3'}")
            sample = Path(tmp) / "sample.csv"
            sample.write_text("Message ID;Delivered;Timestamp\n0A01;yes;2026-11-26 10:00:00\n"
                              "1.23457E+17;no;2026-11-26 10:00:00\n", encoding="utf-8")
            preview = run_in_child(preview_in_child, (str(sample), IntakeOptions(), True, None),
                                   lambda _message: None)
            check("read a CSV in a worker process",
                  (preview.counts[Verdict.VALID], preview.counts[Verdict.REJECTED]) == (1, 1),
                  f"{preview.total} rows, 1 valid and 1 rejected as expected")
            book = Path(tmp) / "template.xlsx"
            write_xlsx_template(book)  # read back by python-calamine, the bundled reader
            read = run_in_child(preview_in_child, (str(book), IntakeOptions(), True, None),
                                lambda _message: None)
            check("read a workbook (python-calamine)",
                  read.error is None and read.counts[Verdict.VALID] == 1,
                  read.error or f'sheet "{read.info.sheet if read.info else ""}", 1 valid row')
        except Exception as exc:  # a self-test reports, it does not crash
            check("self-test ran to the end", False, f"{type(exc).__name__}: {exc}")
        finally:
            window.close()
            tasks.shutdown(wait=True)
            window.context.close()
            app.processEvents()
            i18n.uninstall(translators)
    seconds = time.perf_counter() - started
    if failures:
        say(f"self-test FAILED ({', '.join(failures)}) in {seconds:.2f} s")
        return 1
    say(f"self-test passed in {seconds:.2f} s")
    return 0


def translation_checks(code: str, installed: int) -> list[tuple[str, bool, str]]:
    """Every shipped language's catalogue and Qt's own loads (a bundle that lost its .qm
    files would quietly speak English), and the system's language was installed."""
    from PySide6.QtCore import QLocale, QTranslator

    from . import i18n

    checks: list[tuple[str, bool, str]] = []
    missing = []
    for lang in (c for c in i18n.LANGUAGES if c != "en"):
        app_qm, qt_qm = QTranslator(), QTranslator()
        if not app_qm.load(QLocale(lang), i18n.APP_CATALOG, "_", str(i18n.TRANSLATIONS_DIR)):
            missing.append(f"{i18n.APP_CATALOG}_{lang}.qm")
        # Qt's standard buttons must come out translated: proves qtbase_*.qm is real.
        if (not qt_qm.load(QLocale(lang), "qtbase", "_", str(i18n.qt_translations_dir()))
                or qt_qm.translate("QPlatformTheme", "Cancel") in ("", "Cancel")):
            missing.append(f"qtbase_{lang}.qm")
    checks.append(("translations load", not missing,
                   f"missing or empty: {', '.join(missing)}" if missing
                   else f"{', '.join(c for c in i18n.LANGUAGES if c != 'en')} and Qt's own"))
    wanted = 0 if code in ("en", i18n.PSEUDO) else 2
    checks.append((f"language {code} from the system", installed >= wanted or code == i18n.PSEUDO,
                   f"{installed} translator(s) installed"))
    return checks


def _print(text: str) -> None:
    stream = sys.stdout
    if stream is not None:
        print(text, file=stream, flush=True)

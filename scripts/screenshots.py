"""Screenshots of the three pages (at 800x600, 1024x640 and 1280x900) and the credentials
dialog, from the sandbox.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

Drives the real window the way a person would (typing, clicking, opening the example
campaign) against the built-in simulator, then saves PNGs (default docs/screenshots/).
Exit 1 when a step did not reach the state it waits for.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conversion_gui.core.context import AppContext  # noqa: E402
from conversion_gui.core.credentials import MemoryStore, Profile, SecretKind  # noqa: E402
from conversion_gui.qt.app import application  # noqa: E402
from conversion_gui.qt.main_window import MainWindow  # noqa: E402
from conversion_gui.qt.tasks import TaskManager  # noqa: E402


def wait(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def named(root: QWidget, kind: type, name: str) -> QWidget:
    for widget in root.findChildren(kind):
        if widget.accessibleName() == name and widget.isVisible():
            return widget
    raise SystemExit(f"screenshots: no visible {kind.__name__} named {name!r}")


def button_starting(root: QWidget, prefix: str) -> QPushButton:
    for button in root.findChildren(QPushButton):
        if button.text().replace("&", "").startswith(prefix) and button.isVisible():
            return button
    raise SystemExit(f"screenshots: no visible button starting {prefix!r}")


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


SIZES = ((800, 600), (1024, 640), (1280, 900))


def shoot(window: MainWindow, out: Path, name: str) -> None:
    """The current page at every size the README shows: NAME-WxH.png."""
    for width, height in SIZES:
        window.resize(width, height)
        settle(0.3)
        if (window.width(), window.height()) != (width, height):
            raise SystemExit(f"screenshots: the window will not fit {width}x{height} "
                             f"(it stays {window.width()}x{window.height()})")
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    application()
    data = Path(tempfile.mkdtemp(prefix="conversion-gui-shots-"))
    secrets = MemoryStore()
    tasks = TaskManager()
    settings = QSettings(str(data / "gui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lambda sandbox: AppContext(data, sandbox=sandbox, secret_store=secrets),
                        tasks, settings, data / "logs", sandbox=True, ask=lambda _t, _q: True)
    window.resize(1024, 640)
    window.show()
    settle()

    # Send: one refused, one accepted, as support staff would type them.
    window.tabs.setCurrentIndex(0)
    page = window.send_page
    for message_id, answer in (("sim-423", "Invalid"), ("0A0000000123ABCD1", "Accepted")):
        field = named(page, QLineEdit, "Message ID")
        field.setFocus()
        field.clear()
        QTest.keyClicks(field, message_id)
        QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait(lambda answer=answer: not page.sending and answer in _texts(page),  # type: ignore[misc]
             f"the answer to {message_id}")
    settle()
    shoot(window, out, "send")

    # Batch: the example campaign with one row the API refuses, previewed, then sent.
    campaign = data / "campaign.csv"
    campaign.write_text((ROOT / "examples" / "campaign.csv").read_text(encoding="utf-8")
                        + "sim-423,yes,2026-11-12 10:00:00,FR\n", encoding="utf-8")
    window.tabs.setCurrentIndex(1)
    batch = window.batch_page
    batch.open_file(str(campaign))
    wait(lambda: button_starting_enabled(batch, "Send "), "the preview")
    settle()
    shoot(window, out, "batch-preview")
    finished: list[int] = []
    batch.batch_finished.connect(finished.append)
    button_starting(batch, "Send ").click()
    wait(lambda: bool(finished), "the batch to finish", timeout=60)
    wait(lambda: "marked delivered" in _texts(batch), "the batch's figures")
    batch.problems_only.setChecked(True)
    batch.preview.table.setFocus()
    batch.preview.table.selectRow(0)
    settle(0.8)
    shoot(window, out, "batch-finished")

    # History: every attempt, the newest selected.
    window.tabs.setCurrentIndex(2)
    history = window.history_page
    history.refresh()
    wait(lambda: history.table.model().rowCount() > 0, "the history rows")
    settle(0.5)
    history.table.selectRow(0)
    settle(0.5)
    shoot(window, out, "history")

    # Credentials: a real profile outside the sandbox (secrets in memory for the shot).
    window.set_sandbox(False)
    window.context.profiles.save(Profile(name="Acme", api_key="abcd1234"))
    secrets.set("Acme", SecretKind.API_SECRET, "not-a-real-secret-0000")
    dialog = window.open_credentials()
    settle(1.0)
    dialog.grab().save(str(out / "credentials.png"))
    dialog.close()
    window.close()
    tasks.shutdown(wait=True)
    window.context.close()
    print("wrote", ", ".join(sorted(p.name for p in out.glob("*.png"))), "to", out)
    return 0


def button_starting_enabled(root: QWidget, prefix: str) -> bool:
    return any(b.text().replace("&", "").startswith(prefix) and b.isVisible() and b.isEnabled()
               for b in root.findChildren(QPushButton))


def _texts(root: QWidget) -> str:
    from PySide6.QtWidgets import QLabel, QListWidget

    parts = [label.text() for label in root.findChildren(QLabel) if label.isVisible()]
    for lst in root.findChildren(QListWidget):
        parts += [lst.item(i).text() for i in range(lst.count())]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.exit(main())

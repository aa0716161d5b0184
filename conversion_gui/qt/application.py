"""The one QApplication: reused when one runs (embedding, tests), else made with our name.

Its own module so the self-test can make one without importing ``app``, which starts it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import __version__
from .icons import icon


def application(argv: list[str] | None = None) -> tuple[QApplication, bool]:
    """The running QApplication when there is one (embedding, tests), else a new one."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing, False
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("conversion-gui")
    app.setOrganizationName("conversion-gui")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    return app, True


__all__ = ["application"]

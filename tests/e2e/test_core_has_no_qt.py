"""core/ knows nothing of Qt, and the command line never loads it (DESIGN.md section 3).

Checked in a fresh interpreter: this test process has PySide6 loaded by the Qt tests, and a
module that imports Qt only indirectly would hide behind it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import child_env

_QT = """
QT_ROOTS = ("PySide6", "shiboken6")
def qt_loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in QT_ROOTS)
"""

_IMPORT_CORE = """
import importlib, json, pkgutil, sys
""" + _QT + """
import conversion_gui.core as core, conversion_gui.simulator as simulator
names = [m.name for package in (core, simulator)
         for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "qt": qt_loaded()}))
"""

# The command line's real paths, run to their end: a sandbox send and a dry-run batch.
_RUN_CLI = """
import json, sys
""" + _QT + """
import conversion_gui.cli, conversion_gui.commands, conversion_gui.batch_cli
from conversion_gui.cli import main
data, csv_file = sys.argv[1], sys.argv[2]
codes = [
    main(["send", "--sandbox", "--data-dir", data, "--channel", "sms", "--message-id", "Q1",
          "--delivered"]),
    main(["batch", csv_file, "--sandbox", "--data-dir", data, "--channel", "sms", "--dry-run"]),
    main(["history", "--data-dir", data]),
]
print(json.dumps({"codes": codes, "qt": qt_loaded()}))
"""


def _child(tmp_path: Path, code: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True,
        env=child_env(tmp_path / "data"), cwd=tmp_path, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def test_every_core_module_imports_without_qt(tmp_path: Path) -> None:
    """Every module of core/, and of the simulator beside it (sandbox mode runs it)."""
    result = _child(tmp_path, _IMPORT_CORE)
    modules = result["modules"]
    assert isinstance(modules, list)
    # the walk found the modules (a test over nothing would pass too)
    for expected in ("core.client", "core.batch", "core.history", "core.intake.rows",
                     "core.credentials", "simulator.handler", "simulator.facade"):
        assert f"conversion_gui.{expected}" in modules
    assert result["qt"] == []


def test_the_command_line_runs_without_loading_qt(tmp_path: Path) -> None:
    csv_file = tmp_path / "q.csv"
    csv_file.write_text("message-id,delivered,timestamp\nQ2,true,2026-01-01 10:00:00\n",
                        encoding="utf-8")
    result = _child(tmp_path, _RUN_CLI, str(tmp_path / "data"), str(csv_file))
    assert result["codes"] == [0, 0, 0]
    assert result["qt"] == []

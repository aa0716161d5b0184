"""Workbooks for tests, written by the programs people use: LibreOffice Calc and openpyxl.

``soffice --headless --convert-to`` turns CSV (or an openpyxl workbook) into .xlsx, .ods or
.xls as Calc saves them: typed cells, formulas with their cached values, error cells. Each
call gets its own profile folder, so tests running side by side never share one.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def calc_convert(sources: list[Path], fmt: str, outdir: Path) -> list[Path]:
    """Each source saved by LibreOffice Calc as ``fmt`` (xlsx, ods, xls) into ``outdir``."""
    if SOFFICE is None:
        pytest.skip("LibreOffice Calc is not installed (scripts/setup.sh dev installs it)")
    profile = outdir / ".lo-profile"
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(outdir), *map(str, sources)],
        check=True, capture_output=True, timeout=180,
    )
    out = [outdir / f"{s.stem}.{fmt}" for s in sources]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice wrote no {missing}"
    return out

"""The release files pass the validators a packager and GitHub would run: the .desktop file and
AppStream metainfo (Debian's desktop-file-utils and appstream), the workflow (GitHub's schema,
zizmor's audit). Each skips where its tool is missing, except under CI=true, where a missing
tool fails: CI installs them (scripts/setup.sh dev, the dev extras)."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
WORKFLOWS = ROOT / ".github" / "workflows"


def tool(name: str, where: str) -> str:
    """The tool beside this Python (the venv's), else on PATH; skipped when absent, unless CI."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{name} is missing under CI: install {where}")
        pytest.skip(f"{name} is not installed ({where})")
    return found


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False,
                          timeout=120)


def the_one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"{folder}: {len(found)} files match {pattern}"
    return found[0]


def test_the_desktop_file_is_valid() -> None:
    done = run(tool("desktop-file-validate", "Debian's desktop-file-utils"),
               the_one(LINUX, "*.desktop"))
    # desktop-file-validate exits 0 with hints; any error or warning line is a failure too.
    problems = [ln for ln in done.stdout.splitlines() if ": error:" in ln or ": warning:" in ln]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr


def test_the_appstream_metainfo_is_valid() -> None:
    done = run(tool("appstreamcli", "Debian's appstream"), "validate", "--no-net",
               the_one(LINUX, "*.metainfo.xml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_file_and_metainfo_name_the_same_app() -> None:
    desktop = the_one(LINUX, "*.desktop")
    metainfo = the_one(LINUX, "*.metainfo.xml").read_text(encoding="utf-8")
    app_id = desktop.name.removesuffix(".desktop")
    assert f"<id>{app_id}</id>" in metainfo
    assert f'<launchable type="desktop-id">{desktop.name}</launchable>' in metainfo
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert "Exec=conversion-gui " in desktop.read_text() and "conversion-gui" in scripts


def test_the_workflows_match_githubs_schema() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert any(f.name == "release.yml" for f in files)
    done = run(tool("check-jsonschema", "the dev extras"), "--builtin-schema",
               "vendor.github-workflows", *files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_finds_nothing_in_the_workflows() -> None:
    done = run(tool("zizmor", "the dev extras"), "--offline", WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_macos_keys_build_spec_reads() -> None:
    with (ROOT / "resources" / "macos" / "Info.plist").open("rb") as fh:
        keys = plistlib.load(fh)
    major = int(keys["LSMinimumSystemVersion"].split(".")[0])
    assert major >= 13  # what Qt 6.10 and 6.11 support
    usage = [k for k in keys if k.endswith("UsageDescription")]
    assert usage and all(keys[k].strip() for k in usage)
    assert {"en", "de", "fr", "es", "pt_BR", "ja"} <= set(keys["CFBundleLocalizations"])


def test_the_windows_files_build_spec_and_inno_setup_read() -> None:
    info = tomllib.loads((ROOT / "resources" / "windows" / "version_info.toml").read_text())
    assert info["strings"]["OriginalFilename"] == "conversion-gui.exe"
    iss = (ROOT / "resources" / "windows" / "conversion-gui.iss").read_text()
    assert r"SetupIconFile=..\icons\app.ico" in iss
    assert (ROOT / "resources" / "icons" / "app.ico").is_file()

"""``conversion-gui --lang CODE`` and Settings > Language, as a person starts the app: the log
says which language the window took and why; the command line stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from conversion_gui.qt.i18n import LANGUAGES, PSEUDO
from tests.e2e.conftest import Run


def start(run: Run, data_dir: Path, tmp_path: Path, *args: str,
          env: dict[str, str] | None = None) -> str:
    """Open the window (sandbox), save a screenshot and quit; returns the log."""
    shot = tmp_path / "shot.png"
    done = run("--sandbox", *args, "--screenshot", str(shot),
               env={"LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
                    **(env or {})})
    assert done.returncode == 0, done.stdout + done.stderr
    assert shot.is_file()
    return (data_dir / "logs" / "conversion-gui.log").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "de"] + [PSEUDO])
def test_each_language_starts(run: Run, data_dir: Path, tmp_path: Path, code: str) -> None:
    log = start(run, data_dir, tmp_path, "--lang", code)
    assert f"language: {code} (from --lang)" in log
    assert "translation for" not in log  # every catalogue was found
    assert "Traceback" not in log


@pytest.mark.slow
def test_lang_sets_the_language_for_one_run(run: Run, data_dir: Path, tmp_path: Path) -> None:
    log = start(run, data_dir, tmp_path, "--lang", "ja")
    assert "language: ja (from --lang)" in log
    assert "language" not in (data_dir / "gui.ini").read_text(encoding="utf-8").lower()
    log = start(run, data_dir, tmp_path)  # the next start: the system's language again
    assert log.count("language: de (from system)") == 1  # German, from LANG: it starts too


@pytest.mark.slow
def test_an_unknown_lang_falls_back_to_english_with_a_note(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    log = start(run, data_dir, tmp_path, "--lang", "xx_YY")
    assert "--lang asks for 'xx_YY', which is not one of" in log
    assert "language: en (from --lang)" in log


@pytest.mark.slow
def test_the_settings_choice_applies_at_the_next_start(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "gui.ini").write_text("[interface]\nlanguage=pt_BR\n", encoding="utf-8")
    log = start(run, data_dir, tmp_path)
    assert "language: pt_BR (from settings)" in log


def test_the_command_line_stays_english(run: Run) -> None:
    done = run("send", "--channel", "sms", "--message-id", "X1", env={"LANG": "de_DE.UTF-8"})
    assert done.returncode == 2
    assert "the following arguments are required" in done.stderr or "one of the arguments" \
        in done.stderr

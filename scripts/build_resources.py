"""Make the package's run-time resources from the sources in resources/: icons, .qm files.

    .venv/bin/python scripts/build_resources.py          (setup.sh, bundle.sh and pip run it)
    .venv/bin/python scripts/build_resources.py --update-ts   (lupdate: new strings into the .ts)

The app reads only ``conversion_gui/resources/`` at run time (inside a wheel or a bundle there is
no source tree). That folder is generated here and git-ignored: a committed .qm would drift from
its .ts, and binary files merge badly. setup.py runs this on every ``pip install`` (editable or
not), so a clone that was installed has them; ``scripts/setup.sh`` and ``scripts/bundle.sh`` run
it too, so an edited .ts reaches the app without a reinstall.
"""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources"
TARGET = ROOT / "conversion_gui" / "resources"
# The icons the window loads (SVG scales to any screen); app.ico/.icns/.png are for build.spec.
RUNTIME_ICONS = ("app.svg", "send.svg", "batch.svg", "history.svg")
# The languages the app ships besides English (the .ts files in resources/translations).
LANGUAGES = ("de", "fr", "es", "pt_BR", "ja")
# English needs a catalogue only for its plural forms ("1 row" / "2 rows" from "%n row(s)").
PLURAL_ONLY = ("en",)
TS_PREFIX = "conversion_gui"


def qt_tool(name: str) -> list[str]:
    """A Qt tool (lrelease, lupdate) from the PySide6 wheel (a build requirement)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for rel in (name, f"{name}.exe", f"Qt/libexec/{name}", f"Qt/bin/{name}"):
            if (folder / rel).is_file():
                return [str(folder / rel)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return [found]
    raise SystemExit(f"build_resources: no {name} found (install PySide6-Essentials)")


def translatable_sources(root: Path = ROOT) -> list[Path]:
    """Where the window's words are: the Qt layer only (the command line stays English)."""
    return sorted((root / "conversion_gui" / "qt").rglob("*.py"))


def update_ts(ts_dir: Path = SOURCES / "translations", root: Path = ROOT) -> None:
    """Run lupdate: new strings from the sources into every .ts, translations kept."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in translatable_sources(root)]
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = ts_dir / f"{TS_PREFIX}_{lang}.ts"
        only = ["-pluralonly"] if lang in PLURAL_ONLY else []
        done = subprocess.run([*qt_tool("lupdate"), "-silent", "-locations", "relative", *only,
                               "-source-language", "en", "-target-language", lang,
                               *sources, "-ts", str(ts)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"build_resources: lupdate failed on {ts.name}: "
                             f"{done.stdout}{done.stderr}")
        if lang in PLURAL_ONLY:
            english_plurals(ts)


def english_plurals(ts: Path) -> None:
    """Fill English's empty plural forms from the source: "{count} row(s)" gives
    "{count} row" and "{count} rows" (the sources write every count that way)."""
    text = ts.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group("source"))
        forms = [source.replace("(s)", ""), source.replace("(s)", "s")]
        body = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>"
                       for f in forms)
        return f"{match.group('head')}<translation>{body}\n        </translation>"

    text = re.sub(r"(?P<head><source>(?P<source>[^<]*)</source>\s*)"
                  r"<translation type=\"unfinished\">\s*(<numerusform></numerusform>\s*)+"
                  r"</translation>", fill, text)
    ts.write_text(text, encoding="utf-8")


def _stale(target: Path, source: Path) -> bool:
    return not target.is_file() or target.stat().st_mtime < source.stat().st_mtime


def build(target: Path = TARGET, quiet: bool = False) -> list[Path]:
    """Copy the icons and compile every .ts; returns the files written (none when up to date)."""
    written: list[Path] = []
    icons = target / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_ICONS:
        source = SOURCES / "icons" / name
        if _stale(icons / name, source):
            shutil.copy2(source, icons / name)
            written.append(icons / name)
    qm_dir = target / "translations"
    qm_dir.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for ts in sorted((SOURCES / "translations").glob("*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        wanted.add(qm.name)
        if _stale(qm, ts):
            done = subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0 or not qm.is_file():
                raise SystemExit(f"build_resources: lrelease failed on {ts.name}: "
                                 f"{done.stdout}{done.stderr}")
            written.append(qm)
    for old in qm_dir.glob("*.qm"):  # a language removed from the sources leaves no stale file
        if old.name not in wanted:
            old.unlink()
    if not quiet:
        print(f"build_resources: {len(written)} file(s) written to {target}")
    return written


if __name__ == "__main__":
    if "--update-ts" in sys.argv[1:]:  # after adding or changing tr() strings
        update_ts()
    build(quiet="-q" in sys.argv[1:])

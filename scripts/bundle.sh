#!/usr/bin/env bash
# Builds the one-folder PyInstaller bundle (build/dist/conversion-gui) and proves it works the way
# a user would run it: the self-test (offscreen, under X, and with no stdout/stderr as a windowed
# app has), a keychain round trip through a real Secret Service, a screenshot under Xvfb and a
# send to the simulator from its command line. Any problem: a line saying what, and exit 1.
# Linux only (CI); README.md "The bundle" says how to build on Windows and macOS.
#
#   scripts/bundle.sh          (needs scripts/setup.sh dev first; scripts/test calls this)
#   BUNDLE_MAX_MB=160 scripts/bundle.sh     a different size budget (default 150 MB)
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=build/dist/conversion-gui
exe="$PWD/$bundle/conversion-gui"
secret='bundle-secret-XYZ'   # a throwaway value in a throwaway keychain, never a real secret
max_mb="${BUNDLE_MAX_MB:-150}"

fail() {
    echo "bundle: FAILED: $*" >&2
    exit 1
}

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# -- the keychain round trip; runs inside tests/keychain_session.sh (a private D-Bus session with
# an unlocked gnome-keyring), called back as "scripts/bundle.sh _keychain EXE DATA_DIR".
if [ "${1:-}" = _keychain ]; then
    exe=$2
    data=$3
    out=$(printf '%s\n' "$secret" | "$exe" credentials set --api-key bundlekey --data-dir "$data" 2>&1) ||
        fail "credentials set exited $?: $out"
    shown=$("$exe" credentials show --data-dir "$data" 2>&1) || fail "credentials show exited $?: $shown"
    case "$shown" in
        *"the system keychain"*) ;;
        *) fail "the bundle does not use the system keychain (is keyring.backends.SecretService in it?): $shown" ;;
    esac
    case "$shown" in
        *"API secret set"*) ;;
        *) fail "credentials show does not say 'API secret set': $shown" ;;
    esac
    # core/credentials.py: service "conversion-gui", username "<profile>/api_secret".
    stored=$(secret-tool lookup service conversion-gui username default/api_secret) ||
        fail "secret-tool finds no conversion-gui default/api_secret entry in the keychain"
    [ "$stored" = "$secret" ] || fail "the keychain holds a different value than the one set"
    out=$("$exe" credentials delete --data-dir "$data" 2>&1) || fail "credentials delete exited $?: $out"
    if secret-tool lookup service conversion-gui username default/api_secret >/dev/null 2>&1; then
        fail "the secret is still in the keychain after credentials delete"
    fi
    if grep -rlF "$secret" "$data" >&2; then
        fail "the secret was written to the file(s) above"
    fi
    exit 0
fi

for tool in xvfb-run secret-tool dbus-run-session gnome-keyring-daemon ldd strip; do
    command -v "$tool" >/dev/null || fail "$tool not found: run scripts/setup.sh dev"
done
[ -x .venv/bin/pyinstaller ] || fail ".venv/bin/pyinstaller not found: run scripts/setup.sh dev"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bundle-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# -- build ----------------------------------------------------------------------------------
started=$(now)
rm -rf "$bundle"
if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist \
        --workpath build/work build.spec >"$scratch/pyinstaller.log" 2>&1; then
    tail -n 40 "$scratch/pyinstaller.log" >&2
    fail "PyInstaller could not build build.spec (its last lines are above)"
fi
[ -x "$exe" ] || fail "the build made no $bundle/conversion-gui"
size_mb=$(du -sm "$bundle" | cut -f1)
echo "bundle: built $bundle in $(seconds_since "$started") s: $size_mb MB"
[ "$size_mb" -lt "$max_mb" ] ||
    fail "the bundle is $size_mb MB, over the $max_mb MB budget: see what build.spec lets in"

# -- nothing dangles ------------------------------------------------------------------------
broken=$(find "$bundle" -xtype l)
[ -z "$broken" ] || fail "broken symbolic links in the bundle: $broken"
for needed in PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqoffscreen.so \
        PySide6/Qt/plugins/iconengines/libqsvgicon.so libxcb-cursor.so.0; do
    [ -e "$bundle/_internal/$needed" ] || fail "$needed is missing from the bundle"
done
# Every library a binary in the bundle links to must be in the bundle, or one PyInstaller leaves
# to the system on purpose (libc, libGL, libxcb...). ldd runs with the library path the bundle's
# launcher sets, so a library found on this machine but missing from the bundle shows up here.
.venv/bin/python - "$bundle/_internal" <<'EOF' || fail "the bundle lacks libraries it needs (above)"
import os
import subprocess
import sys
from pathlib import Path

from PyInstaller.depend.dylib import include_library

root = Path(sys.argv[1]).resolve()
env = dict(os.environ, LD_LIBRARY_PATH=str(root))
problems = set()
for path in sorted(root.rglob("*")):
    if path.is_symlink() or not path.is_file():
        continue
    with path.open("rb") as fh:
        if fh.read(4) != b"\x7fELF":
            continue
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
    for line in out.splitlines():
        name, sep, where = line.strip().partition(" => ")
        if not sep:
            continue
        where = where.split(" (")[0].strip()
        if where == "not found":
            problems.add(f"{path.relative_to(root)} needs {name}: not found")
        elif not Path(where).resolve().is_relative_to(root) and include_library(name):
            problems.add(f"{path.relative_to(root)} needs {name}, found only outside the bundle")
for problem in sorted(problems):
    print(f"bundle: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF

# -- a. the self-test -----------------------------------------------------------------------
started=$(now)
if ! QT_QPA_PLATFORM=offscreen "$exe" --self-test --data-dir "$scratch/selftest" \
        >"$scratch/selftest.out" 2>&1; then
    cat "$scratch/selftest.out" >&2
    fail "the bundle's self-test failed (offscreen; output above)"
fi
selftest_s=$(seconds_since "$started")
grep -q "self-test passed" "$scratch/selftest.out" || fail "the self-test said nothing of passing"
echo "bundle: self-test (offscreen) passed, $selftest_s s from start to exit"

# A German desktop: the self-test installs the system's language and checks every shipped
# translation (the app's .qm and Qt's qtbase_*.qm) loads from inside the bundle.
if ! LANG=de_DE.UTF-8 LANGUAGE= LC_ALL= LC_MESSAGES= QT_QPA_PLATFORM=offscreen "$exe" --self-test \
        --data-dir "$scratch/selftest-de" >"$scratch/selftest-de.out" 2>&1; then
    cat "$scratch/selftest-de.out" >&2
    fail "the bundle's self-test failed under LANG=de_DE.UTF-8 (output above)"
fi
grep -q "ok   language de from the system" "$scratch/selftest-de.out" ||
    fail "under LANG=de_DE.UTF-8 the self-test did not install German: $(cat "$scratch/selftest-de.out")"
echo "bundle: self-test under LANG=de_DE.UTF-8 passed, German and Qt's translations loaded"

# A windowed app on Windows/macOS has no stdout or stderr: the self-test must still run, and
# still leave its result in the log file.
QT_QPA_PLATFORM=offscreen "$exe" --self-test --data-dir "$scratch/closed" >&- 2>&- ||
    fail "the self-test failed with stdout and stderr closed (exit $?)"
grep -qs "self-test passed" "$scratch/closed/logs/conversion-gui.log" ||
    fail "the self-test with no stdout left no result in $scratch/closed/logs/conversion-gui.log"
echo "bundle: self-test with stdout and stderr closed passed, result in its log file"

# The same on a real X server: proves the xcb platform plugin and its libraries load.
if ! QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$exe" --self-test \
        --data-dir "$scratch/xcb" >"$scratch/xcb.out" 2>&1; then
    cat "$scratch/xcb.out" >&2
    fail "the self-test failed under Xvfb (xcb platform; output above)"
fi
grep -q "platform xcb" "$scratch/xcb.out" || fail "the self-test under Xvfb did not run on xcb"
echo "bundle: self-test on the xcb platform (Xvfb) passed"

# -- b. a keychain round trip ---------------------------------------------------------------
if ! bash tests/keychain_session.sh "$PWD/scripts/bundle.sh" _keychain "$exe" "$scratch/keychain" \
        2>"$scratch/keychain.err"; then
    grep -v "Failed to set fd limit" "$scratch/keychain.err" >&2 || true
    fail "the keychain round trip with the bundle failed (above)"
fi
echo "bundle: keychain round trip (set, show, secret-tool lookup, delete) ok; secret in no file"

# -- c. a screenshot under Xvfb -------------------------------------------------------------
shot=build/bundle-screenshot.png
rm -f "$shot"
if ! QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$exe" --sandbox \
        --data-dir "$scratch/screenshot" --screenshot "$shot" >"$scratch/shot.out" 2>&1; then
    cat "$scratch/shot.out" >&2
    fail "the bundle could not take a screenshot under Xvfb"
fi
[ -s "$shot" ] || fail "the screenshot $shot is missing or empty"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    fail "$shot is not a PNG file"
echo "bundle: screenshot ok: $shot ($(du -k "$shot" | cut -f1) KB)"

# -- d. a send through the bundle's command line --------------------------------------------
if ! "$exe" send --sandbox --json --channel sms --message-id BUNDLE0001 --delivered \
        --data-dir "$scratch/send" >"$scratch/send.out" 2>"$scratch/send.err"; then
    cat "$scratch/send.out" "$scratch/send.err" >&2
    fail "send --sandbox through the bundle failed"
fi
accepted=$(tail -n 1 "$scratch/send.out" | .venv/bin/python -c \
    'import json, sys; print(json.loads(sys.stdin.read())["accepted"])') ||
    fail "send --json printed no JSON counts: $(cat "$scratch/send.out")"
[ "$accepted" = 1 ] || fail "send --sandbox through the bundle: accepted $accepted, not 1"
echo "bundle: send --sandbox --json: accepted 1"

echo "bundle: $size_mb MB, self-test $selftest_s s, keychain ok, screenshot ok, send ok"

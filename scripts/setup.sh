#!/usr/bin/env bash
# Installs what conversion-gui needs on a Debian/Ubuntu machine: the system libraries Qt loads,
# a venv in .venv, and the Python packages. Idempotent and quick when nothing changed.
#   scripts/setup.sh          runtime only (to run the app)
#   scripts/setup.sh dev      also the test tools, the keychain service and the X server
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-runtime}"
# Qt offscreen/xcb needs these; the xcb ones must be present before a PyInstaller build too.
apt_runtime=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# A real Secret Service for the keychain tests, an X server for screenshots, binutils (strip)
# for the bundle, the validators of resources/linux (desktop-file-validate, appstreamcli),
# LibreOffice Calc (headless) so the tests read workbooks that Calc wrote, a Japanese font
# (the clipping walk and the screenshots measure real glyphs), a PostgreSQL server for the
# team-history tests (tests/pg_server.sh starts a throwaway one; the package's own cluster is
# not needed).
apt_dev=(gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth binutils
  desktop-file-utils appstream libreoffice-calc-nogui fonts-noto-cjk postgresql)

packages=("${apt_runtime[@]}")
[ "$want" = dev ] && packages+=("${apt_dev[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! command -v apt-get >/dev/null; then
    echo "setup: no apt-get here; install the equivalents of: ${missing[*]}" >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$python" -m venv .venv
fi
extra=""
[ "$want" = dev ] && extra="[dev]"
stamp=".venv/.installed-$want"
digest=$(sha256sum pyproject.toml | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  echo "setup: installing Python packages$extra"
  log=$(mktemp)
  if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip &&
         .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"; } >"$log" 2>&1
  then
    grep -v "^WARNING: Location" "$log" >&2
    echo "setup: pip could not install the Python packages (above)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$digest" > "$stamp"
fi
# The package's run-time resources (icons, compiled translations) from resources/: pip's build
# step makes them too, but an edited .ts must reach the app without a reinstall.
.venv/bin/python scripts/build_resources.py -q

#!/bin/sh
# Run a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service) and a throwaway HOME, so keychain tests touch nothing of the user's and CI can prove
# secrets really land in a keychain.
#
#   tests/keychain_session.sh .venv/bin/pytest -q
#
# The command's exit status is passed through. The throwaway HOME (and the keyring in it) is
# removed at exit. Needs: dbus-run-session (dbus), gnome-keyring-daemon (gnome-keyring);
# secret-tool (libsecret-tools) for the tests that read a secret back.
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keychain_session.sh: $tool not found; install it with" >&2
        echo "  apt-get install --no-install-recommends gnome-keyring libsecret-tools dbus" >&2
        exit 127
    fi
done

session_home=$(mktemp -d "${TMPDIR:-/tmp}/keychain-session.XXXXXX") || exit 1
cleanup() {
    rm -rf "$session_home"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# Everything gnome-keyring writes (the keyring file, its control socket) stays in here, so two
# sessions running side by side never meet.
mkdir -p "$session_home/.local/share" "$session_home/.config" "$session_home/.cache" \
    "$session_home/run"
chmod 700 "$session_home" "$session_home/run"
export HOME="$session_home"
export XDG_DATA_HOME="$session_home/.local/share"
export XDG_CONFIG_HOME="$session_home/.config"
export XDG_CACHE_HOME="$session_home/.cache"
export XDG_RUNTIME_DIR="$session_home/run"

# Inside the session: unlock a fresh "login" keyring, then wait until the daemon really owns the
# Secret Service name (the command would otherwise race it, and D-Bus activation would start a
# second, locked daemon), run the command, and stop that daemon by its id when it is done.
status=0
dbus-run-session -- sh -c '
    if ! printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "keychain_session.sh: gnome-keyring-daemon could not start" >&2
        exit 125
    fi
    owner=""
    tries=0
    while [ "$tries" -lt 100 ]; do
        if owner=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
                / org.freedesktop.DBus.GetConnectionUnixProcessID \
                string:org.freedesktop.secrets 2>/dev/null); then
            break
        fi
        owner=""
        tries=$((tries + 1))
        sleep 0.05
    done
    if [ -z "$owner" ]; then
        echo "keychain_session.sh: the Secret Service did not appear on the session bus" >&2
        exit 125
    fi
    owner=${owner##* }
    "$@"
    rc=$?
    kill "$owner" 2>/dev/null
    exit "$rc"
' sh "$@" || status=$?
exit "$status"

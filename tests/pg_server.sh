#!/bin/sh
# Run a command with a throwaway PostgreSQL server: the team-history tests need one.
#
#   tests/pg_server.sh .venv/bin/pytest -q tests/core/test_history_pg.py
#
# initdb + pg_ctl in a temporary folder (Debian's `postgresql` package), listening on a Unix
# socket in that folder and on a free loopback port. The command sees:
#   CONVERSION_GUI_TEST_PG       postgresql://cgtest@/postgres?host=DIR&port=P (superuser, socket)
#   CONVERSION_GUI_TEST_PG_PORT  the loopback port (password logins: scram-sha-256)
#   CONVERSION_GUI_TEST_PG_CTL   a script taking stop|start|kill, to fault the server in tests
# The server is stopped and the folder removed at exit; the command's status is passed through.
# As root, the server runs as `nobody` (PostgreSQL refuses to run as root).
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && bindir=$d
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "pg_server.sh: pg_ctl not found; install it with" >&2
    echo "  apt-get install --no-install-recommends postgresql" >&2
    exit 127
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-server.XXXXXX") || exit 1
chmod 755 "$dir"
as_server=""
if [ "$(id -u)" = 0 ]; then
    chown nobody "$dir"
    as_server="runuser -u nobody --"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat > "$dir/ctl" <<EOF
#!/bin/sh
# stop | start | kill: what the fault tests do to this server
case "\$1" in
  stop) exec $as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
  kill) exec $as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null ;;
  start) exec $as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      start >/dev/null ;;
  *) echo "usage: ctl stop|start|kill" >&2; exit 2 ;;
esac
EOF
chmod 755 "$dir/ctl"

cleanup() {
    $as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

if ! $as_server "$bindir/initdb" -D "$dir/data" -U cgtest -A trust --locale=C.UTF-8 \
        -E UTF8 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    exit 1
fi
# the socket trusts the test superuser; loopback TCP asks for a password (the keychain tests)
cat > "$dir/data/pg_hba.conf" <<EOF
local all cgtest trust
local all all scram-sha-256
host all cgtest 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
EOF
if ! "$dir/ctl" start; then
    cat "$dir/log" >&2
    exit 1
fi

export CONVERSION_GUI_TEST_PG="postgresql://cgtest@/postgres?host=$dir&port=$port"
export CONVERSION_GUI_TEST_PG_PORT="$port"
export CONVERSION_GUI_TEST_PG_CTL="$dir/ctl"
"$@"

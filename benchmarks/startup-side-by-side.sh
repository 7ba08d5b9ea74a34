#!/usr/bin/env bash
# Start-up side by side (issue 14, point 3): spring-petclinic and FloorPlan's production jar, started alternately
# against the same PostgreSQL 17, each RUNS times; prints the medians of the time to the first HTTP 200, of the
# resident memory (RSS) 5 s after it and of the CPU time used until the first 200, and FloorPlan's ratio to
# petclinic. One command:
#
#   benchmarks/startup-side-by-side.sh
#
# What it runs:
# - PostgreSQL: a throwaway PostgreSQL 17 started by benchmarks/local-postgres.sh (the developer run's binaries from
#   Maven Central), databases "petclinic" and "floorplan_startup"; both applications connect over TCP on loopback.
# - spring-petclinic: PETCLINIC_JAR if set, else cloned from PETCLINIC_REPO at PETCLINIC_REF into target/benchmarks and
#   built with its own Maven wrapper (its code is never part of this repository). Started as its README says, with
#   the postgres profile: java -jar spring-petclinic.jar --spring.profiles.active=postgres. First 200: GET /.
# - FloorPlan: FLOORPLAN_JAR if set, else the production jar built here; run as production should run it
#   (README, Dockerfile, ADR 0014): extracted (java -Djarmode=tools -jar floorplan.jar extract) and started with the
#   JDK's ahead-of-time cache (-XX:AOTCache) trained once by benchmarks/aot-training.sh and the production JVM options
#   (clinic-ui/jvm.options: Serial GC), demo data off.
#   First 200: GET /login. For comparison, FLOORPLAN_PLAIN=1 also times the plain java -jar floorplan.jar, and
#   PETCLINIC_SERIAL=1 petclinic with the same garbage collector as FloorPlan (-XX:+UseSerialGC).
# Each application gets one untimed start first (FloorPlan's migrations, petclinic's schema), then the timed starts
# alternate. Results: target/benchmarks/startup-side-by-side.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
PG_PORT=${PG_PORT:-55433}
APP_PORT=${APP_PORT:-18090}
PETCLINIC_REPO=${PETCLINIC_REPO:-https://github.com/spring-projects/spring-petclinic.git}
PETCLINIC_REF=${PETCLINIC_REF:-edf4db28affcc4741c79850a3d95bc3f177b5ff9}
OUT=target/benchmarks
WORK=$OUT/startup-work
RESULT=$OUT/startup-side-by-side.txt

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [ -z "${PETCLINIC_JAR:-}" ]; then
  if [ ! -d "$WORK/petclinic/.git" ]; then
    git clone -q "$PETCLINIC_REPO" "$WORK/petclinic"
  fi
  git -C "$WORK/petclinic" checkout -q "$PETCLINIC_REF"
  echo "Building spring-petclinic $(git -C "$WORK/petclinic" rev-parse --short HEAD)"
  (cd "$WORK/petclinic" && ./mvnw -B -q -ntp -DskipTests package)
  PETCLINIC_JAR=$(ls "$WORK"/petclinic/target/spring-petclinic-*.jar | grep -v -e sources -e javadoc | head -1)
fi

if [ -z "${FLOORPLAN_JAR:-}" ]; then
  echo "Building FloorPlan's production jar"
  ./mvnw -B -q -ntp -Pproduction -DskipTests -pl clinic-ui -am package
  FLOORPLAN_JAR=clinic-ui/target/floorplan.jar
fi

benchmarks/local-postgres.sh start "$WORK/pg" "$PG_PORT" >/dev/null
trap 'kill "${app:-0}" 2>/dev/null || true; benchmarks/local-postgres.sh stop "$WORK/pg"' EXIT
trap 'exit 130' INT TERM
for db in petclinic floorplan_startup; do
  if [ -z "$(benchmarks/local-postgres.sh psql "$WORK/pg" "$PG_PORT" -Atc "select 1 from pg_database where datname = '$db'")" ]; then
    benchmarks/local-postgres.sh psql "$WORK/pg" "$PG_PORT" -q -c "create database $db"
  fi
done

export POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/petclinic" POSTGRES_USER=postgres POSTGRES_PASS=
export CLINIC_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/floorplan_startup" CLINIC_DB_USER=postgres
export FLOORPLAN_DEMO_DATA=false
# the key for authenticator secrets, made on the first start (docs/security.md)
export FLOORPLAN_TOTP_KEY_FILE="$WORK/totp.key"

echo "Preparing FloorPlan's production start (extracted jar, AOT cache)"
benchmarks/aot-training.sh "$FLOORPLAN_JAR" "$WORK/floorplan" >"$WORK/aot-training.log" 2>&1

# name, URL of the first 200, command...
start_once() {
  local name=$1 url=$2
  shift 2
  local begin now code
  begin=$(date +%s%N)
  "$@" >"$WORK/$name.log" 2>&1 &
  app=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    [ "$code" = 200 ] && break
    kill -0 "$app" 2>/dev/null || { echo "$name did not start, see $WORK/$name.log" >&2; exit 1; }
    sleep 0.02
  done
  now=$(date +%s%N)
  # CPU time the process used until then: less sensitive than wall time to other work on the machine
  local cpu
  cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$app/stat")
  sleep 5
  local rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
  kill "$app"
  wait "$app" 2>/dev/null || true
  echo "$(( (now - begin) / 1000000 )) $rss $cpu"
}

petclinic() {
  start_once petclinic "http://127.0.0.1:$APP_PORT/" \
    "$JAVA" -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres --server.port="$APP_PORT"
}
floorplan() {
  start_once floorplan "http://127.0.0.1:$APP_PORT/login" \
    "$JAVA" @clinic-ui/jvm.options -XX:AOTCache="$WORK/floorplan/floorplan.aot" \
    -jar "$WORK/floorplan/application/floorplan.jar" \
    --server.port="$APP_PORT"
}
petclinic_serial() {
  start_once petclinic-serial "http://127.0.0.1:$APP_PORT/" \
    "$JAVA" -XX:+UseSerialGC -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres --server.port="$APP_PORT"
}
floorplan_plain() {
  start_once floorplan-plain "http://127.0.0.1:$APP_PORT/login" "$JAVA" -jar "$FLOORPLAN_JAR" --server.port="$APP_PORT"
}

echo "Untimed first starts"
petclinic >/dev/null
floorplan >/dev/null

: >"$WORK/runs.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq "$RUNS"); do
  echo "petclinic $(petclinic)" | tee -a "$WORK/runs.txt"
  echo "floorplan $(floorplan)" | tee -a "$WORK/runs.txt"
  if [ "${FLOORPLAN_PLAIN:-0}" = 1 ]; then
    echo "floorplan-plain $(floorplan_plain)" | tee -a "$WORK/runs.txt"
  fi
  if [ "${PETCLINIC_SERIAL:-0}" = 1 ]; then
    echo "petclinic-serial $(petclinic_serial)" | tee -a "$WORK/runs.txt"
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v name="$1" -v col="$2" '$1 == name { print $col }' "$WORK/runs.txt" | median; }
pc_ms=$(column petclinic 2)
pc_rss=$(column petclinic 3)
fp_ms=$(column floorplan 2)
fp_rss=$(column floorplan 3)
{
  echo "Start-up side by side, $(date -u +%Y-%m-%dT%H:%M:%SZ), FloorPlan commit $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1),"\
    "$(free -m | awk '/Mem:/ {print $2}') MB RAM, $("$JAVA" -version 2>&1 | head -1)"
  echo "load average (1/5/15 min) before: $load_before; after: $load_after"
  echo "PostgreSQL 17 on loopback (benchmarks/local-postgres.sh); $RUNS alternating starts each, after one untimed start"
  echo "petclinic: $(basename "$PETCLINIC_JAR") ($PETCLINIC_REF), java -jar, profile postgres, first 200: GET /"
  echo "FloorPlan: extracted production jar, -XX:AOTCache (benchmarks/aot-training.sh), @clinic-ui/jvm.options"\
    "($(grep -v '^#' clinic-ui/jvm.options | tr '\n' ' ')), demo data off, first 200: GET /login"
  echo
  printf '%-22s %12s %12s %12s\n' "" "first 200 ms" "RSS MiB" "CPU ms"
  printf '%-22s %12s %12.0f %12s\n' "spring-petclinic" "$pc_ms" "$(echo "$pc_rss / 1024" | bc -l)" "$(column petclinic 4)"
  printf '%-22s %12s %12.0f %12s\n' "FloorPlan" "$fp_ms" "$(echo "$fp_rss / 1024" | bc -l)" "$(column floorplan 4)"
  if [ "${FLOORPLAN_PLAIN:-0}" = 1 ]; then
    printf '%-22s %12s %12.0f %12s\n' "FloorPlan, plain jar" "$(column floorplan-plain 2)" \
      "$(echo "$(column floorplan-plain 3) / 1024" | bc -l)" "$(column floorplan-plain 4)"
  fi
  if [ "${PETCLINIC_SERIAL:-0}" = 1 ]; then
    printf '%-22s %12s %12.0f %12s\n' "petclinic, Serial GC" "$(column petclinic-serial 2)" \
      "$(echo "$(column petclinic-serial 3) / 1024" | bc -l)" "$(column petclinic-serial 4)"
  fi
  printf 'ratio FloorPlan / petclinic: time to first 200 %.2f, RSS %.2f (target <= 1.0 for both)\n' \
    "$(echo "$fp_ms / $pc_ms" | bc -l)" "$(echo "$fp_rss / $pc_rss" | bc -l)"
  echo
  echo "every run (name, ms to first 200, RSS kB 5 s later, CPU ms until the first 200):"
  sed 's/^/  /' "$WORK/runs.txt"
} >"$RESULT"
cat "$RESULT"

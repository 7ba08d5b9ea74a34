#!/usr/bin/env bash
# Load test of real flows against the production jar (issue 14, point 1). One command:
#
#   benchmarks/load-test.sh
#
# 1. builds the production jar unless FLOORPLAN_JAR names one;
# 2. starts a throwaway PostgreSQL 17 (benchmarks/local-postgres.sh) and a fresh database;
# 3. starts FloorPlan as production runs it (extracted jar, AOT cache, clinic-ui/jvm.options) with the demo clinic, adds a register of BACKGROUND generated patients (the search benchmark's
#    generator) and the load test's logins (load-test/seed/load-test-clinic.sql);
# 4. heap per session: after a warm-up, HEAP_SESSIONS PTs, then HEAP_SESSIONS patients do one round of their work and
#    leave their session open; retained heap = heap after a full GC (jcmd GC.run, GC.heap_info) after minus before;
# 5. restarts FloorPlan and runs the mixed load: PTS PTs and PATIENTS patients log in, ramped over RAMP seconds, and
#    keep working until all of them have been active together for HOLD seconds (Gatling, load-test module);
# 6. writes everything to target/benchmarks/load-test.txt (Gatling's HTML report: load-test/target/gatling/).
#
# Settings (environment): PTS=300 PATIENTS=700 RAMP=600 HOLD=300 THINK_MIN=5 THINK_MAX=15 BACKGROUND=20000
# HEAP_SESSIONS=200 (at most PTS and PATIENTS) APP_PORT=18080 PG_PORT=55432 WORK=target/benchmarks/load-test-work PROFILE=1 (JFR recording of the
# application during the mixed load, target/benchmarks/load-test.jfr) JAVA_OPTS (extra options for the application).
set -euo pipefail
cd "$(dirname "$0")/.."

PTS=${PTS:-300}
PATIENTS=${PATIENTS:-700}
RAMP=${RAMP:-600}
HOLD=${HOLD:-300}
THINK_MIN=${THINK_MIN:-5}
THINK_MAX=${THINK_MAX:-15}
BACKGROUND=${BACKGROUND:-20000}
HEAP_SESSIONS=${HEAP_SESSIONS:-200}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-55432}
WORK=${WORK:-target/benchmarks/load-test-work}
OUT=target/benchmarks
RESULT=$OUT/load-test.txt
DB=floorplan_load_test

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
mkdir -p "$WORK" "$OUT"
WORK=$(cd "$WORK" && pwd)
pg() { benchmarks/local-postgres.sh psql "$WORK/pg" "$PG_PORT" -q "$@"; }

JAR=${FLOORPLAN_JAR:-clinic-ui/target/floorplan.jar}
if [ -z "${FLOORPLAN_JAR:-}" ]; then
  echo "Building the production jar"
  ./mvnw -B -q -ntp -Pproduction -DskipTests -pl clinic-ui -am package
fi
echo "Preparing the production start (extracted jar, AOT cache: benchmarks/aot-training.sh)"
benchmarks/aot-training.sh "$JAR" "$WORK/floorplan" >"$WORK/aot-training.log" 2>&1

app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() {
  stop_app
  benchmarks/local-postgres.sh stop "$WORK/pg" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {
  local log=$1
  shift
  CLINIC_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" CLINIC_DB_USER=postgres FLOORPLAN_DEMO_DATA=true \
    FLOORPLAN_TOTP_KEY_FILE="$WORK/totp.key" \
    PORT=$APP_PORT "$JAVA" @clinic-ui/jvm.options -XX:AOTCache="$WORK/floorplan/floorplan.aot" ${JAVA_OPTS:-} "$@" \
    -jar "$WORK/floorplan/application/floorplan.jar" >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 300); do
    if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "FloorPlan did not start, see $log" >&2; exit 1; }
    sleep 1
  done
  echo "FloorPlan not ready after 300 s, see $log" >&2
  exit 1
}

heap_used_kb() {
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.run >/dev/null
  sleep 2
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.run >/dev/null
  # the heap's spaces, whatever the collector: Serial "DefNew total 2432K, used 2262K [...]" and "Tenured total ...",
  # G1 "garbage-first heap total reserved 6172672K, committed 393216K, used 10404K [...]"; Metaspace has no "total"
  "$JAVA_HOME/bin/jcmd" "$app_pid" GC.heap_info \
    | awk 'match($0, /total .*, used [0-9]+K/) { s = substr($0, RSTART, RLENGTH); sub(/.*used /, "", s); kb += s + 0 }
           END { print kb }'
}

gatling() {
  local simulation=$1
  shift
  ./mvnw -B -ntp -Pload-test -pl load-test gatling:test \
    -Dgatling.simulationClass="app.floorplan.loadtest.$simulation" \
    -DbaseUrl="http://127.0.0.1:$APP_PORT" -Dusers="$WORK/users.csv" \
    -DthinkMinSeconds="$THINK_MIN" -DthinkMaxSeconds="$THINK_MAX" "$@"
}

echo "Starting PostgreSQL 17 and a fresh database"
benchmarks/local-postgres.sh start "$WORK/pg" "$PG_PORT" >/dev/null
pg -c "drop database if exists $DB" -c "create database $DB"

echo "Starting FloorPlan (demo clinic) and seeding $BACKGROUND patients, $PTS PT and $PATIENTS patient logins"
start_app "$WORK/app-heap.log"
clinic=$(pg -d "$DB" -Atc "select clinic_id from account where username = 'therapist'")
pg -d "$DB" -v clinic="'$clinic'::uuid" -v n="$BACKGROUND" \
  -f persistence/src/test/resources/app/floorplan/persistence/patient/generated-clinic.sql
pg -d "$DB" -v pts="$PTS" -v patients="$PATIENTS" -v users_csv="$WORK/users.csv" -f load-test/seed/load-test-clinic.sql

echo "Heap per session: warm-up, then $HEAP_SESSIONS PT and $HEAP_SESSIONS patient sessions"
quick=(-DthinkMinSeconds=1 -DthinkMaxSeconds=2)
warm_pts=$((PTS < 20 ? PTS : 20))
warm_patients=$((PATIENTS < 20 ? PATIENTS : 20))
gatling SessionHeapSimulation "${quick[@]}" -Drole=PT -Dsessions="$warm_pts" -DrampSeconds=20 -Dresults="$WORK/warm-up-pt.txt" >"$WORK/warm-up-pt.log"
gatling SessionHeapSimulation "${quick[@]}" -Drole=PATIENT -Dsessions="$warm_patients" -DrampSeconds=20 -Dresults="$WORK/warm-up-patient.txt" \
  >"$WORK/warm-up-patient.log"
heap_before=$(heap_used_kb)
gatling SessionHeapSimulation "${quick[@]}" -Drole=PT -Dsessions="$HEAP_SESSIONS" -DrampSeconds=100 -Dresults="$WORK/heap-pt.txt" \
  >"$WORK/heap-pt.log"
heap_pt=$(heap_used_kb)
gatling SessionHeapSimulation "${quick[@]}" -Drole=PATIENT -Dsessions="$HEAP_SESSIONS" -DrampSeconds=100 \
  -Dresults="$WORK/heap-patient.txt" >"$WORK/heap-patient.log"
heap_patient=$(heap_used_kb)
stop_app

profile=()
if [ "${PROFILE:-0}" = 1 ]; then
  profile=("-XX:StartFlightRecording=filename=$PWD/$OUT/load-test.jfr,settings=profile,dumponexit=true")
fi
echo "Mixed load: $PTS PTs + $PATIENTS patients, ramp $RAMP s, hold $HOLD s"
start_app "$WORK/app-load.log" "${profile[@]}"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
(
  # the load average and the application's RSS every 30 s while the load runs
  while sleep 30; do
    echo "$(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) app RSS $(ps -o rss= -p "$app_pid") kB"
  done
) >"$WORK/samples.txt" 2>/dev/null &
sampler=$!
status=0
gatling ClinicDaySimulation -Dpts="$PTS" -Dpatients="$PATIENTS" -DrampSeconds="$RAMP" -DholdSeconds="$HOLD" \
  -Dresults="$WORK/clinic-day.txt" >"$WORK/clinic-day.log" || status=$?
kill "$sampler" 2>/dev/null || true
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
app_errors=$(grep -c ' ERROR ' "$WORK/app-load.log" || true)
stop_app

{
  echo "FloorPlan load test, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1),"\
    "$(free -m | awk '/Mem:/ {print $2}') MB RAM; load generator on the same machine"
  echo "load average (1/5/15 min) before the mixed load: $load_before; after: $load_after"
  echo "application: extracted production jar, -XX:AOTCache, $(grep -v '^#' clinic-ui/jvm.options | tr '\n' ' ')${JAVA_OPTS:-}"
  echo "database: PostgreSQL 17 (benchmarks/local-postgres.sh), demo clinic + $BACKGROUND generated patients +"\
    "$PTS PT and $PATIENTS patient logins"
  echo
  echo "Retained heap per session (heap used after full GC, jcmd GC.heap_info):"
  echo "  before: $heap_before kB; after $HEAP_SESSIONS PT sessions: $heap_pt kB;"\
    "after $HEAP_SESSIONS more patient sessions: $heap_patient kB"
  awk -v b="$heap_before" -v t="$heap_pt" -v p="$heap_patient" -v n="$HEAP_SESSIONS" 'BEGIN {
    printf "  PT session (one round, parked on the patient list): %.0f kB\n", (t - b) / n
    printf "  patient session (one round, parked on My plan): %.0f kB\n", (p - t) / n }'
  echo
  cat "$WORK/clinic-day.txt" 2>/dev/null || echo "(the mixed load wrote no result, see $WORK/clinic-day.log)"
  echo
  echo "application log during the mixed load: $app_errors ERROR lines ($WORK/app-load.log)"
  echo "samples (load average, application RSS):"
  sed 's/^/  /' "$WORK/samples.txt"
  echo "Gatling report: $(ls -dt load-test/target/gatling/clinicdaysimulation-* 2>/dev/null | head -1)/index.html"
} >"$RESULT"
cat "$RESULT"
exit "$status"

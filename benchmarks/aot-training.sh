#!/usr/bin/env bash
# Prepares FloorPlan's production start (ADR 0014): extracts the production jar (the JDK's ahead-of-time cache needs
# plain jars on the class path, not jars nested in the Boot jar) and records the ahead-of-time cache in a training run
# that builds the whole Spring context and exits before serving (spring.context.exit=onRefresh). The training run needs
# no database: Flyway is off and nothing else connects while the context is built. The Dockerfile does the same.
#
#   benchmarks/aot-training.sh [floorplan.jar] [directory]
#   -> directory/application/floorplan.jar (+ lib/), directory/floorplan.aot
#   run: java @clinic-ui/jvm.options -XX:AOTCache=directory/floorplan.aot -jar directory/application/floorplan.jar
#
# The cache belongs to this JDK build and this jar: re-create both together (a mismatch is not an error, the JVM only
# warns and starts without the cache).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
jar=$(realpath "${1:-$repo/clinic-ui/target/floorplan.jar}")
dir=${2:-$repo/target/floorplan-aot}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
cd "$repo"
rm -rf "$dir/application" "$dir/floorplan.aot"
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir/application"
CLINIC_DB_URL=jdbc:postgresql://127.0.0.1:1/aot-training FLOORPLAN_DEMO_DATA=false \
    FLOORPLAN_TOTP_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= \
  "$JAVA_HOME/bin/java" @clinic-ui/jvm.options -XX:AOTCacheOutput="$dir/floorplan.aot" -Xlog:aot=error \
  -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -jar "$dir/application/floorplan.jar"
echo "AOT cache: $dir/floorplan.aot ($(du -h "$dir/floorplan.aot" | cut -f1))"

#!/usr/bin/env bash
# The two-node check: starts two nodes behind nginx (ops/two-nodes/run.sh start, if they are not running yet), then
# runs TwoNodesCheck against them: a reset link spent on one node is spent on the other, failed logins counted on
# both nodes lock a name, an alert acknowledged by PTs on both nodes is acknowledged once, audit events appended by
# both nodes at once stay one chain (checked with the application's own verify command), and a node killed
# mid-session sends its PT to the login page on the other node with her saved patient there. It kills and restarts
# one node. Not part of ./mvnw verify. Settings: as ops/two-nodes/run.sh.
#
#   ops/two-nodes/check.sh            then   ops/two-nodes/run.sh stop
set -euo pipefail
cd "$(dirname "$0")/../.."
bash ops/two-nodes/run.sh start
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -ntp -pl clinic-ui -am test \
  -Dtest=TwoNodesCheck -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true

#!/usr/bin/env bash
# Restores a FloorPlan backup (ops/backup.sh) into a NEW database, all or nothing, and checks what it restored.
#
#   ops/restore.sh ARCHIVE NEW_DATABASE
#
# Connection: as ops/backup.sh (PGHOST, PGPORT, PGUSER, PGPASSWORD, or CLINIC_DB_URL and its user and password); the
# user needs CREATEDB and becomes the owner of everything restored: use the role that owns FloorPlan's schema.
# PGDATABASE (or CLINIC_DB_URL's database) is only used to connect; it is never changed.
# Set FLOORPLAN_JAR=path/to/floorplan.jar to verify the audit chain with the application's own command afterwards.
#
# The running application is not touched: point CLINIC_DB_URL at NEW_DATABASE and restart it once you are satisfied.
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"

if [ $# -ne 2 ]; then
  sed -n '2,12p' "$0"
  exit 2
fi
archive=$1
target=$2
if ! [[ "$target" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
  echo "NEW_DATABASE must be a plain lower-case name (letters, digits, _)" >&2
  exit 2
fi
if [ ! -f "$archive" ]; then
  echo "No such archive: $archive" >&2
  exit 2
fi
if [ -f "$archive.sha256" ]; then
  (cd "$(dirname "$archive")" && sha256sum --check --quiet "$(basename "$archive").sha256")
  echo "Checksum matches: $archive"
fi

psql=$(pg_tool psql)
createdb=$(pg_tool createdb)
pg_restore=$(pg_tool pg_restore)
maintenance=${PGDATABASE:-postgres}
query() { "$psql" -w -X -q -v ON_ERROR_STOP=1 -tA -d "$1" -c "$2"; }

if [ -n "$(query "$maintenance" "select 1 from pg_database where datname = '$target'")" ]; then
  echo "Database $target exists already: restore into a new database, never over a live one" >&2
  exit 3
fi

"$createdb" -w --maintenance-db="$maintenance" --template=template0 --encoding=UTF8 "$target"
if ! "$pg_restore" -w --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$target" "$archive"; then
  echo "Restore failed; nothing was restored. The empty database $target is left for you to inspect or drop." >&2
  exit 4
fi

echo "Restored into $target:"
query "$target" "select format('  %s patients, %s accounts, %s audit events (last seq %s)',
                   (select count(*) from patient), (select count(*) from account),
                   (select count(*) from audit_event), coalesce((select max(seq) from audit_event), 0))"

if [ -n "${FLOORPLAN_JAR:-}" ]; then
  echo "Verifying the audit chain with $FLOORPLAN_JAR"
  CLINIC_DB_URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$target" \
    CLINIC_DB_USER="${PGUSER:-$USER}" CLINIC_DB_PASSWORD="${PGPASSWORD:-}" FLOORPLAN_DEMO_DATA=false \
    java -jar "$FLOORPLAN_JAR" --floorplan.audit.verify --server.port=0 --spring.flyway.enabled=false
fi

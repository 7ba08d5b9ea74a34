#!/usr/bin/env bash
# Backs up the FloorPlan database: one pg_dump archive in custom format, checked readable, with its SHA-256 beside it.
#
#   ops/backup.sh [--keep-days N] [DIRECTORY]          (default directory: ./backups)
#
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, or the application's CLINIC_DB_URL, CLINIC_DB_USER and
# CLINIC_DB_PASSWORD. Tools: pg_dump and pg_restore of the server's major version or newer (PG_BIN=/usr/lib/postgresql/17/bin).
# --keep-days N deletes this script's archives older than N days from DIRECTORY after a successful backup.
#
# The archive holds health data. It is written readable by its owner only; keep copies encrypted and away from the
# database machine (docs/operations.md, "Backups"). pg_dump reads one consistent snapshot while the application runs.
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"

keep_days=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-days) keep_days=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
directory=${1:-backups}
if [ -n "$keep_days" ] && ! [[ "$keep_days" =~ ^[0-9]+$ ]]; then
  echo "--keep-days needs a number of days" >&2
  exit 2
fi

umask 077
mkdir -p "$directory"
pg_dump=$(pg_tool pg_dump)
pg_restore=$(pg_tool pg_restore)

name="floorplan-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$directory/.$name.partial"
trap 'rm -f "$partial"' EXIT

# -w: never wait for a password prompt (cron has no one to answer it)
"$pg_dump" -w --format=custom --compress=6 --file="$partial"

# an archive pg_restore cannot list is no backup
tables=$("$pg_restore" --list "$partial" | grep -c " TABLE DATA ")
mv "$partial" "$directory/$name"
(cd "$directory" && sha256sum "$name" > "$name.sha256")
echo "Backup written: $directory/$name ($(du -h "$directory/$name" | cut -f1), data of $tables tables)"

if [ -n "$keep_days" ]; then
  find "$directory" -maxdepth 1 -name 'floorplan-*.dump' -mtime +"$keep_days" -print | while read -r old; do
    rm -f "$old" "$old.sha256"
    echo "Removed (older than $keep_days days): $old"
  done
fi

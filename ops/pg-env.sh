# Shared by ops/backup.sh and ops/restore.sh (sourced, not run): where the database is and which PostgreSQL tools to
# use. The connection comes from libpq's own variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE); when PGHOST is
# not set, from the application's CLINIC_DB_URL, CLINIC_DB_USER and CLINIC_DB_PASSWORD, so one environment serves the
# application and its backups.

# The tools: PG_BIN if set, else the newest Debian PostgreSQL installation, else the PATH.
pg_tool() {
  local name=$1 dir
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN/$name"
    return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/$name" ]; then
      echo "$dir/$name"
      return
    fi
  done
  command -v "$name" || { echo "$name not found: install PostgreSQL's client tools or set PG_BIN" >&2; return 1; }
}

# jdbc:postgresql://host[:port]/database[?...] -> PGHOST, PGPORT, PGDATABASE
if [ -z "${PGHOST:-}" ] && [ -n "${CLINIC_DB_URL:-}" ]; then
  if [[ "$CLINIC_DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    export PGHOST="${BASH_REMATCH[1]}"
    export PGPORT="${BASH_REMATCH[3]:-5432}"
    export PGDATABASE="${PGDATABASE:-${BASH_REMATCH[4]}}"
  else
    echo "CLINIC_DB_URL is not of the form jdbc:postgresql://host[:port]/database" >&2
    exit 2
  fi
  export PGUSER="${PGUSER:-${CLINIC_DB_USER:-floorplan}}"
  if [ -n "${CLINIC_DB_PASSWORD:-}" ]; then
    export PGPASSWORD="${PGPASSWORD:-$CLINIC_DB_PASSWORD}"
  fi
fi

# shellcheck shell=bash
# PostgreSQL: the project's own cluster in .yomu/pgdata, or an external one named by YOMU_DB_URL.

DB_PORT=${YOMU_DB_PORT:-5433}
# Four instances with pools of up to 40 (yomu.db.pool.max), the test server's pool, the exporter and admin
# sessions: PostgreSQL's default of 100 ran out while both colours held connections during a switch.
DB_MAX_CONNECTIONS=${YOMU_DB_MAX_CONNECTIONS:-250}
DB_NAME=${YOMU_DB_NAME:-yomu}
PG_BIN=${YOMU_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DATA="$STATE/pgdata"
PG_RUN="$STATE/pg" # socket directory and server log

db_external() { [[ -n ${YOMU_DB_URL:-} ]]; }

db_url() {
  if db_external; then echo "$YOMU_DB_URL"; else echo "jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME"; fi
}
db_user() { if db_external; then echo "${YOMU_DB_USER:-yomu}"; else echo yomu; fi; }
db_password() { if db_external; then echo "$YOMU_DB_PASSWORD"; else secret db-password; fi; }

# An external database needs its password too (checked once, before any command substitution uses it).
db_check_config() {
  if db_external && [[ -z ${YOMU_DB_PASSWORD:-} ]]; then
    die "$EXIT_USAGE" "YOMU_DB_URL is set: set YOMU_DB_PASSWORD (and YOMU_DB_USER) too"
  fi
  [[ $DB_PORT =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "YOMU_DB_PORT must be a port number"
}

# The JDBC URL in the form libpq understands.
db_libpq_url() { local url; url=$(db_url); echo "${url#jdbc:}"; }

ensure_pg() {
  [[ -x $PG_BIN/initdb ]] || apt_install postgresql-15
  [[ -x $PG_BIN/initdb ]] || die "no PostgreSQL 15 binaries in $PG_BIN (set YOMU_PG_BIN to their folder)"
  if is_root && ! id postgres >/dev/null 2>&1; then
    die "running as root, PostgreSQL must run as the 'postgres' user, which does not exist"
  fi
}

psql_bin() {
  if [[ -x $PG_BIN/psql ]]; then echo "$PG_BIN/psql"; return; fi
  command -v psql >/dev/null || apt_install postgresql-client-15
  command -v psql
}

# Runs a PostgreSQL server tool as `postgres` when we are root, as ourselves otherwise.
as_pg() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# As root: lets `postgres` traverse every folder down to .yomu (adds o+x where it is missing).
pg_reach_state() {
  is_root || return 0
  local path="" part parts
  IFS=/ read -ra parts <<<"${STATE#/}"
  for part in "${parts[@]}"; do
    path+="/$part"
    if ! runuser -u postgres -- test -x "$path"; then
      chmod o+x "$path"
      say "db: let postgres traverse $path (chmod o+x)"
    fi
  done
}

db_running() { [[ -s $PG_DATA/PG_VERSION ]] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

# psql as the cluster's superuser over the Unix socket (local trust); SQL on stdin or in the arguments.
admin_psql() {
  PGOPTIONS='-c client_min_messages=warning' "$(psql_bin)" -X -q -v ON_ERROR_STOP=1 \
    -h "$PG_RUN" -p "$DB_PORT" -U postgres -d postgres "$@"
}

# psql as the application user against the configured database (works for an external one too).
app_psql() {
  local psql user password
  psql=$(psql_bin)
  user=$(db_user)
  password=$(db_password)
  PGUSER=$user PGPASSWORD=$password "$psql" -X -q -v ON_ERROR_STOP=1 -d "$(db_libpq_url)" "$@"
}

db_start() {
  if db_external; then say "db: external PostgreSQL ($(db_url)): nothing to start"; return 0; fi
  ensure_pg
  mkdir -p "$STATE" "$PG_RUN" "$PG_DATA"
  chmod 755 "$STATE"
  chmod 700 "$PG_DATA"
  if is_root; then
    pg_reach_state
    chown postgres: "$PG_RUN" "$PG_DATA"
  fi
  if [[ ! -s $PG_DATA/PG_VERSION ]]; then
    say "db: creating the cluster in $PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$PG_RUN/initdb.log" 2>&1 ||
      { cat "$PG_RUN/initdb.log" >&2; die "db: initdb failed"; }
  fi
  if db_running; then
    say "db: already running on 127.0.0.1:$DB_PORT"
  else
    local t0; t0=$(now_ms)
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_RUN/postgresql.log" -w -t 60 \
      -o "-p $DB_PORT -k $PG_RUN -c listen_addresses=127.0.0.1 -c max_connections=$DB_MAX_CONNECTIONS" start >/dev/null ||
      { tail -n 20 "$PG_RUN/postgresql.log" >&2; die "db: PostgreSQL did not start (log: $PG_RUN/postgresql.log)"; }
    say "db: PostgreSQL running on 127.0.0.1:$DB_PORT ($(secs_since "$t0") s)"
  fi
  db_ensure "$DB_NAME"
}

db_stop() {
  if db_external; then say "db: external PostgreSQL ($(db_url)): nothing to stop"; return 0; fi
  if ! db_running; then say "db: not running"; return 0; fi
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || die "db: pg_ctl stop failed"
  say "db: stopped"
}

check_db_name() { [[ $1 =~ ^[a-z_][a-z0-9_]*$ ]] || die "$EXIT_USAGE" "bad database name: $1"; }

# db_ensure NAME: the role yomu (password = the generated secret) and database NAME owned by it.
# The password travels on stdin, never on a command line.
db_ensure() {
  check_db_name "$1"
  admin_psql <<SQL >/dev/null || die "db: could not create role yomu / database $1"
\\set pw '$(secret db-password)'
\\set db '$1'
SELECT 'CREATE ROLE yomu LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yomu')\\gexec
ALTER ROLE yomu WITH LOGIN PASSWORD :'pw';
SELECT format('CREATE DATABASE %I OWNER yomu', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\\gexec
SQL
}

# db_recreate NAME: drops database NAME (closing its connections) and creates it empty.
db_recreate() {
  check_db_name "$1"
  db_external && die "db: recreating a database needs the project's own PostgreSQL (YOMU_DB_URL is set)"
  db_running || die "$EXIT_DOWN" "db: not running (scripts/yomu db start)"
  admin_psql -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" || die "db: could not drop $1"
  db_ensure "$1"
  say "db: database $1 recreated"
}

# One status line; returns 0 when the database answers.
db_status() {
  local where
  if db_external; then where=$(db_url); else where="127.0.0.1:$DB_PORT/$DB_NAME"; fi
  if [[ -x $PG_BIN/pg_isready ]] && "$PG_BIN/pg_isready" -q -d "$(db_libpq_url)" -t 3; then
    printf '%-10s %-7s %s\n' db up "$where"
  else
    printf '%-10s %-7s %s\n' db down "$where"
    return "$EXIT_DOWN"
  fi
}

db_cmd() {
  case ${1:-} in
    start) db_start ;;
    stop) db_stop ;;
    status) db_status ;;
    *) die "$EXIT_USAGE" "usage: scripts/yomu db start|stop|status" ;;
  esac
}

# shellcheck shell=bash
# Monitoring on loopback: Prometheus (monitoring/prometheus.yml, data in .yomu/prometheus) and the NGINX
# and PostgreSQL exporters, each a background process with a pid file in .yomu/run and a log in .yomu/logs.

PROM_DIR="$STATE/prometheus"
PROM_CONFIG="$ROOT/monitoring/prometheus.yml"
PROM_LIVE_RULES="$PROM_DIR/rules/live-colour.yml" # found by prometheus.yml's rule_files
PROM_ADDR=127.0.0.1:$(port 9090)
NGINX_EXPORTER_ADDR=127.0.0.1:$(port 9113)
PG_EXPORTER_ADDR=127.0.0.1:$(port 9187)
RUN="$STATE/run"
MONITOR_PARTS=(prometheus nginx-exporter postgres-exporter)

ensure_monitoring_tools() {
  local missing=()
  command -v prometheus >/dev/null && command -v promtool >/dev/null || missing+=(prometheus)
  command -v prometheus-nginx-exporter >/dev/null || missing+=(prometheus-nginx-exporter)
  command -v prometheus-postgres-exporter >/dev/null || missing+=(prometheus-postgres-exporter)
  apt_install "${missing[@]}"
}

# The offline checks of monitoring/ (scripts/yomu test runs them too): configuration, rules, rule tests,
# and that each Grafana dashboard is JSON with a uid and panels (DashboardIT checks the rest on live data).
monitor_check() {
  command -v promtool >/dev/null || apt_install prometheus
  command -v jq >/dev/null || apt_install jq
  local dashboard
  for dashboard in "$ROOT"/monitoring/grafana/dashboards/*.json; do
    jq -e '(.uid | type == "string") and (.panels | length > 0)' "$dashboard" >/dev/null ||
      die "monitoring: $dashboard is not a Grafana dashboard (JSON with a uid and panels)"
  done
  promtool check config "$PROM_CONFIG" || die "monitoring: promtool check config failed"
  promtool check rules "$ROOT"/monitoring/rules/*.yml || die "monitoring: promtool check rules failed"
  promtool test rules "$ROOT"/monitoring/tests/*.yml || die "monitoring: promtool test rules failed"
}

monitor_pid() {
  local pid
  pid=$(cat "$RUN/$1.pid" 2>/dev/null) && [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
monitor_running() { monitor_pid "$1" >/dev/null; }

# monitor_spawn NAME COMMAND...: runs COMMAND in the background (its own session, so a Ctrl-C of the
# caller does not reach it), output to .yomu/logs/NAME.log, pid to .yomu/run/NAME.pid.
monitor_spawn() {
  local name=$1
  shift
  mkdir -p "$RUN" "$LOGS"
  setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

# monitor_wait NAME URL: polls URL until it answers 200; fails when the process dies or after 30 s.
monitor_wait() {
  local t0
  t0=$(now_ms)
  until [[ $(http_code "$2") == 200 ]]; do
    monitor_running "$1" || { tail -n 20 "$LOGS/$1.log" >&2; die "monitoring: $1 exited (log: $LOGS/$1.log)"; }
    (($(now_ms) - t0 < 30000)) || die "monitoring: $1 does not answer $2 after 30 s (log: $LOGS/$1.log)"
    sleep 0.2
  done
  say "monitoring: $1 ready on ${2#http://} ($(secs_since "$t0") s)"
}

# The live colour as a recording rule (yomu:live_colour) for the live-colour signals and alerts.
monitor_write_live() {
  mkdir -p "$(dirname "$PROM_LIVE_RULES")"
  cat >"$PROM_LIVE_RULES.tmp" <<YAML
# Written by scripts/yomu (monitor start, nginx live): the colour NGINX sends readers to.
groups:
  - name: yomu-live-colour
    rules:
      - record: yomu:live_colour
        expr: vector(1)
        labels:
          colour: $(nginx_live_colour)
YAML
  mv "$PROM_LIVE_RULES.tmp" "$PROM_LIVE_RULES"
}

# After `nginx live`: a running Prometheus rereads its rules (SIGHUP) and learns the new colour.
monitor_sync_live() {
  local pid
  pid=$(monitor_pid prometheus) || return 0
  monitor_write_live
  kill -HUP "$pid"
  say "monitoring: Prometheus reloaded, live colour $(nginx_live_colour)"
}

monitor_start_nginx_exporter() {
  if monitor_running nginx-exporter; then say "monitoring: nginx-exporter already running"; return 0; fi
  monitor_spawn nginx-exporter prometheus-nginx-exporter -nginx.scrape-uri="$STATUS_URL" \
    -web.listen-address="$NGINX_EXPORTER_ADDR"
  monitor_wait nginx-exporter "http://$NGINX_EXPORTER_ADDR/metrics"
}

# The exporter logs in as the application user; the password reaches it through a file or the
# environment, never a command line.
monitor_start_postgres_exporter() {
  if monitor_running postgres-exporter; then say "monitoring: postgres-exporter already running"; return 0; fi
  local url
  url=$(db_libpq_url)
  url=${url#postgresql://}
  [[ $url == *\?* ]] || url+="?sslmode=disable"
  (
    export DATA_SOURCE_URI="$url" DATA_SOURCE_USER
    DATA_SOURCE_USER=$(db_user)
    if db_external; then
      export DATA_SOURCE_PASS="$YOMU_DB_PASSWORD"
    else
      secret db-password >/dev/null
      export DATA_SOURCE_PASS_FILE="$SECRETS/db-password"
    fi
    monitor_spawn postgres-exporter prometheus-postgres-exporter --web.listen-address="$PG_EXPORTER_ADDR"
  )
  monitor_wait postgres-exporter "http://$PG_EXPORTER_ADDR/metrics"
}

# The configuration Prometheus runs: monitoring/prometheus.yml itself, or with YOMU_PORT_OFFSET a copy
# in .yomu/prometheus whose loopback ports are shifted and whose rule paths are absolute.
monitor_config() {
  if ((PORT_OFFSET == 0)); then echo "$PROM_CONFIG"; return 0; fi
  monitor_render_config "$PROM_DIR/prometheus.yml"
  echo "$PROM_DIR/prometheus.yml"
}

# monitor_render_config FILE [INTERVAL]: monitoring/prometheus.yml with ports shifted by YOMU_PORT_OFFSET,
# absolute rule paths and, given INTERVAL, that scrape and evaluation interval (the tests' 2 s).
monitor_render_config() {
  mkdir -p "$(dirname "$1")"
  OFFSET=$PORT_OFFSET MONITORING="$ROOT/monitoring" INTERVAL=${2:-} perl -pe '
    s/127\.0\.0\.1:(\d+)/"127.0.0.1:".($1 + $ENV{OFFSET})/ge;
    s{^(\s*- )rules/}{$1$ENV{MONITORING}/rules/};
    s{^(\s*- )\.\./}{$1$ENV{MONITORING}/../};
    s/^(\s*(?:scrape|evaluation)_interval:).*/$1 $ENV{INTERVAL}/ if $ENV{INTERVAL};
    s/^(\s*scrape_timeout:).*/$1 $ENV{INTERVAL}/ if $ENV{INTERVAL};
  ' "$PROM_CONFIG" >"$1"
}

# monitor_start_prometheus [CONFIG DATA_DIR]: the operator's Prometheus, or (tests) the one given.
monitor_start_prometheus() {
  if monitor_running prometheus; then
    monitor_sync_live
    return 0
  fi
  monitor_write_live
  # yomu_deploy_rollbacks_total exists from the start (0 before any rollback), so its first rise alerts.
  deploy_write_rollback_metric
  local config=${1:-} data=${2:-$PROM_DIR/data}
  [[ -n $config ]] || config=$(monitor_config)
  promtool check config "$config" >"$LOGS/promtool.log" 2>&1 ||
    { cat "$LOGS/promtool.log" >&2; die "monitoring: $config does not pass promtool check config"; }
  mkdir -p "$data"
  monitor_spawn prometheus prometheus --config.file="$config" --web.listen-address="$PROM_ADDR" \
    --storage.tsdb.path="$data" --storage.tsdb.retention.time=15d
  monitor_wait prometheus "http://$PROM_ADDR/-/ready"
}

# For scripts/yomu test: the same Prometheus and exporters, scraping and evaluating every 2 s into a
# fresh data folder of its own, so alerts go pending within seconds and no test data mixes with the
# operator's history.
monitor_start_for_tests() {
  ensure_monitoring_tools
  mkdir -p "$LOGS"
  local dir="$STATE/prometheus-test"
  rm -rf "$dir"
  monitor_render_config "$dir/prometheus.yml" 2s
  monitor_start_nginx_exporter
  monitor_start_postgres_exporter
  monitor_start_prometheus "$dir/prometheus.yml" "$dir/data"
}

monitor_start() {
  ensure_monitoring_tools
  mkdir -p "$LOGS"
  monitor_start_nginx_exporter
  monitor_start_postgres_exporter
  monitor_start_prometheus
  say "monitoring: Prometheus on http://$PROM_ADDR/ (targets: http://$PROM_ADDR/targets, alerts: http://$PROM_ADDR/alerts)"
}

# Stops in reverse order; SIGTERM, then SIGKILL after 15 s.
monitor_stop() {
  local i name pid t0
  for ((i = ${#MONITOR_PARTS[@]} - 1; i >= 0; i--)); do
    name=${MONITOR_PARTS[i]}
    if ! pid=$(monitor_pid "$name"); then
      say "monitoring: $name not running"
      rm -f "$RUN/$name.pid"
      continue
    fi
    t0=$(now_ms)
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do
      (($(now_ms) - t0 < 15000)) || { kill -KILL "$pid" 2>/dev/null || true; }
      sleep 0.1
    done
    rm -f "$RUN/$name.pid"
    say "monitoring: $name stopped ($(secs_since "$t0") s)"
  done
}

# One line per part, and one per scrape target from Prometheus; exit 3 when a part is not running.
monitor_status() {
  local name rc=0 addr
  for name in "${MONITOR_PARTS[@]}"; do
    case $name in
      prometheus) addr=$PROM_ADDR ;;
      nginx-exporter) addr=$NGINX_EXPORTER_ADDR ;;
      postgres-exporter) addr=$PG_EXPORTER_ADDR ;;
    esac
    if monitor_running "$name"; then
      printf '%-18s %-5s %s\n' "$name" up "$addr"
    else
      printf '%-18s %-5s %s\n' "$name" down "$addr"
      rc=$EXIT_DOWN
    fi
  done
  if monitor_running prometheus; then
    # up of every target, e.g. {"__name__":"up","colour":"blue","instance":"blue-1","job":"yomu"},"value":[…,"1"]
    curl -s --max-time 3 "http://$PROM_ADDR/api/v1/query?query=up" |
      grep -oE '"instance":"[^"]*","job":"[^"]*"},"value":\[[^,]*,"[01]"' |
      sed -E 's/"instance":"([^"]*)","job":"([^"]*)".*"([01])"$/\2 \1 \3/' | sort |
      while read -r job instance up; do
        printf '  target %-22s %s\n' "$job/$instance" "$([[ $up == 1 ]] && echo up || echo down)"
      done || true
  fi
  return "$rc"
}

monitor_cmd() {
  case ${1:-} in
    start) monitor_start ;;
    stop) monitor_stop ;;
    status) monitor_status ;;
    check) monitor_check ;;
    *) die "$EXIT_USAGE" "usage: scripts/yomu monitor start|stop|status|check" ;;
  esac
}

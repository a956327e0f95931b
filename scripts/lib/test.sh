# shellcheck shell=bash
# scripts/yomu test: the monitoring checks (promtool, offline), unit tests, then integration tests against
# blue-1, blue-2 and NGINX on database yomu_test, scraped by a test Prometheus and tracing to the OTLP
# receiver of TraceChainIT, then the instance-down check. Exits with Maven's exit code, or 1 when the
# instance-down check fails.

TEST_DB=yomu_test
TEST_STARTED_DB=""

test_prerequisites() {
  local missing=()
  command -v java >/dev/null || die "java not found: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install maven)"
  [[ -x $PG_BIN/initdb ]] || missing+=(postgresql-15)
  nginx_bin >/dev/null || missing+=(nginx)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v curl >/dev/null || missing+=(curl)
  command -v ps >/dev/null || missing+=(procps)
  command -v jq >/dev/null || missing+=(jq)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  apt_install "${missing[@]}"
  ensure_monitoring_tools
  say "java, maven, postgresql-15, nginx, chromium, chromium-driver, curl, ps, jq, shellcheck, prometheus and exporters: present"
}

# The managed Liberty of the in-server tests (yomu-ear/src/test/resources/arquillian.xml): an instance
# like the others on yomu_test, without the application (Arquillian deploys its own EAR into dropins)
# and with the local connector Arquillian talks to. Arquillian starts and stops it.
test_prepare_arquillian() {
  local dir
  dir=$(instance_dir arquillian)
  instance_prepare arquillian
  mkdir -p "$dir/configDropins/overrides"
  cat >"$dir/configDropins/overrides/arquillian.xml" <<'XML'
<server>
  <featureManager>
    <feature>localConnector-1.0</feature>
  </featureManager>
</server>
XML
  say "arquillian: server prepared for the in-server tests (HTTP $(instance_http_port arquillian))"
}

# Always runs at exit: stops what the tests started.
test_cleanup() {
  local rc=$?
  section "cleanup"
  (monitor_stop) || true
  (nginx_stop) || true
  (instance_stop "${INSTANCES[@]}" arquillian) || true
  if [[ -n $TEST_STARTED_DB ]]; then (db_stop) || true; else say "db: left running (it ran before the tests)"; fi
  say "total $(secs_since "$T0_MS") s, exit code $rc"
  exit "$rc"
}

# The system properties that point the integration tests at the running stack and database DB_NAME.
test_it_properties() {
  local p=(
    -Dyomu.base.url="http://127.0.0.1:$PUBLIC_PORT" -Dyomu.arquillian.port="$(instance_http_port arquillian)"
    -Dyomu.instance.urls="$(instance_url blue-1),$(instance_url blue-2)"
    -Dyomu.db.url="$(db_url)" -Dyomu.db.name="$DB_NAME" -Dyomu.db.user="$(db_user)" -Dyomu.db.password="$(db_password)"
    -Dyomu.drain.files="$(instance_dir blue-1)/drain,$(instance_dir blue-2)/drain"
    -Dyomu.fresh.db.url="jdbc:postgresql://127.0.0.1:$DB_PORT/${DB_NAME}_fresh"
    -Dyomu.ops.user="${YOMU_OPS_USER:-operator}" -Dyomu.ops.password="${YOMU_OPS_PASSWORD:-$(secret ops-password)}"
    -Dwebdriver.chrome.driver="$(command -v chromedriver)" -Dyomu.chromium="$(command -v chromium)"
    -Dyomu.prometheus.url="http://$PROM_ADDR" -Dyomu.otlp.port="$(otlp_port)" -Dyomu.nginx.status.url="$STATUS_URL"
  )
  printf '%s\n' "${p[@]}"
}

# The port of YOMU_OTEL_ENDPOINT when it is a loopback address this machine's tests can listen on.
otlp_port() {
  if [[ ${YOMU_OTEL_ENDPOINT:-} =~ ^http://127\.0\.0\.1:([0-9]+)/?$ ]]; then echo "${BASH_REMATCH[1]}"; fi
}

# Polls Prometheus' API with a jq filter until it prints true; fails after 60 s.
prom_wait() {
  local what=$1 path=$2 filter=$3 t0
  t0=$(now_ms)
  until [[ $(curl -s --max-time 3 "http://$PROM_ADDR$path" | jq -r "$filter" 2>/dev/null) == true ]]; do
    (($(now_ms) - t0 < 60000)) || die "observability: $what not seen after 60 s"
    sleep 0.5
  done
  say "observability: $what ($(secs_since "$t0") s)"
}

# An instance of the live colour stops: Prometheus reports its target down and YomuLiveInstanceDown
# goes pending (firing needs a minute more), while the other instance stays up.
test_instance_down() {
  local down=$1 other=${1%-2}-1
  local target='.data.activeTargets[] | select(.labels.job == "yomu" and .labels.instance == "'"$down"'") | .health'
  prom_wait "$down scraped up" /api/v1/targets "[$target] == [\"up\"]"
  instance_stop "$down"
  prom_wait "$down target down" /api/v1/targets "[$target] == [\"down\"]"
  prom_wait "YomuLiveInstanceDown pending for $down" /api/v1/alerts \
    '[.data.alerts[] | select(.labels.alertname == "YomuLiveInstanceDown" and .labels.instance == "'"$down"'") | .state] | any(.[]; . == "pending" or . == "firing")'
  prom_wait "$other still up" "/api/v1/query?query=up%7Binstance%3D%22$other%22%7D" '.data.result[0].value[1] == "1"'
}

# No request of the integration tests may have ended in a server error, whatever its test asserted about
# the answer (a 403 page whose rendering failed after the status was sent still counts as the 500 it was).
# The operator routes are left out: a readiness DOWN is a 503 by design.
test_no_server_errors() {
  local n errors="" lines
  for n in blue-1 blue-2; do
    lines=$(curl -sf --max-time 10 "$(instance_url "$n")/metrics?scope=vendor&name=http.server.request.duration" |
      grep '^http_server_request_duration_seconds_count{' | grep 'http_response_status_code="5' |
      grep -Ev 'http_route="/(health|metrics|openapi)' || true)
    [[ -z $lines ]] || errors+="$n: $lines"$'\n'
  done
  if [[ -n $errors ]]; then
    warn "server errors during the integration tests (see the instances' messages.log):"
    printf '%s' "$errors" | sed -E 's/.*http_request_method="([A-Z]+)".*http_response_status_code="([0-9]+)".*http_route="([^"]*)".* ([0-9.]+)$/  \1 \3 -> \2 (\4 times)/' >&2
    return 1
  fi
  say "integration tests: no request ended in a server error on blue-1 and blue-2"
}

test_cmd() {
  (($# == 0)) || die "$EXIT_USAGE" "usage: scripts/yomu test"
  local n rc=0

  section "1/9 prerequisites"
  test_prerequisites

  section "2/9 offline checks: promtool (config, rules, rule tests), shellcheck, deployment analysis tests"
  monitor_check
  say "monitoring: configuration, rules and rule tests pass"
  shellcheck -x "$ROOT/scripts/yomu" "$ROOT"/scripts/lib/*.sh "$ROOT"/scripts/tests/*.sh ||
    die "shellcheck found problems in scripts/"
  say "scripts: shellcheck clean"
  mkdir -p "$LOGS"
  bash "$ROOT/scripts/tests/analysis-test.sh" >"$LOGS/analysis-test.log" 2>&1 ||
    { cat "$LOGS/analysis-test.log" >&2; die "the deployment analysis tests failed"; }
  say "deployment analysis: $(tail -n 1 "$LOGS/analysis-test.log")"

  section "3/9 nothing of the stack may run"
  db_external && die "$EXIT_USAGE" "scripts/yomu test uses the project's own PostgreSQL: unset YOMU_DB_URL"
  for n in "${INSTANCES[@]}"; do
    instance_running "$n" && die "$EXIT_USAGE" "$n runs: stop the stack first (scripts/yomu down)"
  done
  nginx_running && die "$EXIT_USAGE" "nginx runs: stop the stack first (scripts/yomu down)"
  monitor_running prometheus && die "$EXIT_USAGE" "Prometheus runs: stop it first (scripts/yomu down)"
  say "no instance and no nginx running"

  # verify, not install: step 7 builds the whole reactor again, so nothing is read from (or written to)
  # ~/.m2 that another checkout's run could change meanwhile.
  section "4/9 build and unit tests: mvn -B verify"
  (cd "$ROOT" && mvn -B verify) || { rc=$?; say "unit tests failed (exit $rc, $(secs_since "$T0_MS") s)"; exit "$rc"; }

  trap test_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  section "5/9 database $TEST_DB"
  db_running || TEST_STARTED_DB=1
  db_start
  # shellcheck disable=SC2034 # (db.sh and migrate.sh read DB_NAME)
  DB_NAME=$TEST_DB
  db_recreate "$TEST_DB"
  db_recreate "${TEST_DB}_fresh" # FreshDatabaseMigrationIT applies the changelog to it from nothing
  migrate_cmd --demo

  section "6/9 blue-1, blue-2, nginx, monitoring and the arquillian server on $TEST_DB"
  # Traces go to TraceChainIT's receiver, exported every second.
  YOMU_OTEL_ENDPOINT="http://127.0.0.1:$(port 4318)"
  export YOMU_OTEL_ENDPOINT YOMU_OTEL_EXPORT_DELAY_MS=1000
  nginx_write_live blue
  instance_start "$DEFAULT_EAR" blue-1 blue-2
  nginx_start
  monitor_start_for_tests
  test_prepare_arquillian

  section "7/9 integration tests"
  local props
  mapfile -t props < <(test_it_properties)
  (cd "$ROOT" && mvn -B verify -DskipUTs=true -DskipITs=false "${props[@]}") || rc=$?
  ((rc == 0)) || exit "$rc"
  test_no_server_errors || exit 1

  # After the other tests, because they restart the colours: releases under load, bad releases, refused deployments.
  # The colours they start run without tracing, as an operator's do by default: the receiver of TraceChainIT
  # is gone, and spans for 200 requests a second would only take CPU from the colours being compared.
  section "8/9 deployment tests (scripts/yomu deploy under load)"
  unset YOMU_OTEL_ENDPOINT YOMU_OTEL_EXPORT_DELAY_MS
  mapfile -t props < <(test_it_properties)
  (cd "$ROOT" && mvn -B verify -DskipUTs=true -DskipITs=false -Dyomu.it.groups=deployment \
    -Dyomu.it.excludedGroups=none "${props[@]}") || rc=$?
  ((rc == 0)) || exit "$rc"

  section "9/9 observability: an instance of the live colour stops"
  (test_instance_down "$(nginx_live_colour)-2") || rc=1
  exit "$rc"
}

# scripts/yomu it [PATTERN]: the integration tests (all, or the classes matching PATTERN, e.g. QuizIT or
# 'Quiz*IT') against the stack `scripts/yomu up` runs, on its database, without restarting anything.
it_cmd() {
  (($# <= 1)) || die "$EXIT_USAGE" "usage: scripts/yomu it [PATTERN]"
  local n
  db_running || die "$EXIT_DOWN" "the database is not running: scripts/yomu up first"
  for n in "$(nginx_live_colour)"-1 "$(nginx_live_colour)"-2; do
    [[ $(health_state "$n" ready) == UP ]] || die "$EXIT_DOWN" "$n is not ready: scripts/yomu up first"
  done
  nginx_running || die "$EXIT_DOWN" "nginx is not running: scripts/yomu up first"
  db_recreate "${DB_NAME}_fresh"
  test_prepare_arquillian
  local only=()
  # A pattern may name the deployment tests too (they restart the colours, so never by default).
  [[ -z ${1:-} ]] || only=(-Dit.test="$1" -Dfailsafe.failIfNoSpecifiedTests=false -Dyomu.it.excludedGroups=none)
  local props
  mapfile -t props < <(test_it_properties)
  cd "$ROOT" && exec mvn -B verify -DskipUTs=true -DskipITs=false "${only[@]}" "${props[@]}"
}

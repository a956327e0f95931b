# shellcheck shell=bash
# Liberty instances blue-1, blue-2, green-1, green-2: one server.xml template, per-instance server.env.

# shellcheck disable=SC2034 # (used by scripts/yomu and the other libs)
INSTANCES=(blue-1 blue-2 green-1 green-2)
READY_TIMEOUT=${YOMU_READY_TIMEOUT:-180}
# Every instance's JVM: the default tiered JIT. C1 alone (-XX:TieredStopAtLevel=1) warms a fresh instance
# up much sooner (measured on a 2-core machine, 100 req/s of the readers' mix: 4.5 ms of CPU per request
# after 1,500 requests, where tiered needs 10,000 to get below 6 ms), but leaves the password hash four to
# five times slower: a login took 3.5-5 s. A deployment warms a colour up instead (scripts/lib/deploy.sh).
JVM_OPTIONS=${YOMU_JVM_OPTIONS:--Xmx256m -XX:+UseSerialGC}

instance_http_port() {
  case $1 in
    blue-1) port 9081 ;;
    blue-2) port 9082 ;;
    green-1) port 9083 ;;
    green-2) port 9084 ;;
    dev) port 9080 ;;       # liberty:dev (scripts/yomu dev)
    arquillian) port 9089 ;; # the in-server tests' server, started by Arquillian (see lib/test.sh)
    *) die "$EXIT_USAGE" "unknown instance '$1' (blue-1, blue-2, green-1, green-2)" ;;
  esac
}
instance_https_port() { echo $(($(instance_http_port "$1") + 360)); }
instance_dir() { echo "$WLP/usr/servers/$1"; }
instance_url() { echo "http://127.0.0.1:$(instance_http_port "$1")"; }
check_instances() {
  local n
  for n in "$@"; do
    [[ " ${INSTANCES[*]} " == *" $n "* ]] || die "$EXIT_USAGE" "unknown instance '$n' (${INSTANCES[*]})"
  done
}

# The server's JVM, found by its command line and working folder: Liberty writes its pid file only
# once the applications have started, too late to tell that a server is starting.
instance_pid() {
  local pid dir
  dir=$(instance_dir "$1")
  for pid in $(pgrep -f "ws-server\.jar $1( |\$)"); do
    if [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$dir" ]]; then echo "$pid"; return 0; fi
  done
  return 1
}
instance_running() { instance_pid "$1" >/dev/null; }

# UP, DOWN, or - when nothing answers.
health_state() {
  local code
  code=$(http_code "$(instance_url "$1")/health/$2")
  case $code in
    200) echo UP ;;
    503) echo DOWN ;;
    000) echo - ;;
    *) echo "HTTP$code" ;;
  esac
}

ensure_runtime() {
  [[ -x $WLP/bin/server && -f $WLP/usr/shared/resources/jdbc/postgresql.jar ]] ||
    die "no Liberty runtime in $WLP: build first (mvn -B -q package, or scripts/yomu up)"
}

# instance_prepare NAME [EAR]: (re)creates the server folder (with a copy of EAR when given). What survives: logs (the last run's
# messages.log as messages.previous.log), the OSGi cache in workarea (cold, a start takes ~10 s longer),
# the transaction recovery logs, and the generated keystore and LTPA keys (~5 s of key generation)
# unless the keystore password is newer than them.
instance_prepare() {
  local name=$1 ear=${2:-} dir
  dir=$(instance_dir "$name")
  mkdir -p "$dir/logs"
  secret keystore-password >/dev/null
  [[ $dir/resources/security/key.p12 -nt $SECRETS/keystore-password ]] || rm -rf "$dir/resources"
  find "$dir" -mindepth 1 -maxdepth 1 ! -name logs ! -name workarea ! -name tranlog ! -name resources \
    -exec rm -rf {} +
  if [[ -f $dir/logs/messages.log ]]; then mv -f "$dir/logs/messages.log" "$dir/logs/messages.previous.log"; fi
  mkdir -p "$dir/apps"
  cp "$ROOT/server-config/server.xml" "$dir/server.xml"
  local jvm_options
  read -r -a jvm_options <<<"$JVM_OPTIONS"
  printf '%s\n' "${jvm_options[@]}" >"$dir/jvm.options"
  [[ -z $ear ]] || cp "$ear" "$dir/apps/yomu.ear"
  (
    umask 077
    instance_env "$name" >"$dir/server.env"
  )
}

# instance_env NAME: the environment of an instance, as server.env lines (dev mode exports the same).
# The WLP_LOGGING_* formats repeat server.xml's <logging> so that the lines written before server.xml is
# read (the start-up header) are JSON too.
instance_env() {
  local name=$1
  cat <<ENV
HTTP_HOST=${YOMU_HTTP_HOST:-127.0.0.1}
HTTP_PORT=$(instance_http_port "$name")
HTTPS_PORT=$(instance_https_port "$name")
YOMU_INSTANCE=$name
YOMU_DB_URL=$(db_url)
YOMU_DB_USER=$(db_user)
YOMU_DB_PASSWORD=$(db_password)
YOMU_JWT_SECRET=${YOMU_JWT_SECRET:-$(secret jwt-secret)}
YOMU_KEYSTORE_PASSWORD=$(secret keystore-password)
YOMU_OPS_USER=${YOMU_OPS_USER:-operator}
YOMU_OPS_PASSWORD=${YOMU_OPS_PASSWORD:-$(secret ops-password)}
YOMU_DRAIN_FILE=$(instance_dir "$name")/drain
YOMU_TIME_ZONE=${YOMU_TIME_ZONE:-Asia/Jakarta}
WLP_LOGGING_MESSAGE_FORMAT=json
WLP_LOGGING_CONSOLE_FORMAT=json
ENV
  instance_otel_env "$name"
}

# Traces of HTTP requests and of the engine's event handling, sent over OTLP/HTTP to YOMU_OTEL_ENDPOINT
# (e.g. http://127.0.0.1:4318). Without it nothing is recorded or exported (sampler always_off), but the
# SDK still gives every request a trace id and a span id (or continues the caller's W3C traceparent), which
# the log lines of the request and the outbox rows of its events carry. Metrics stay with Prometheus,
# logs with the JSON log.
instance_otel_env() {
  cat <<ENV
OTEL_SDK_DISABLED=false
OTEL_SERVICE_NAME=yomu
OTEL_RESOURCE_ATTRIBUTES=service.instance.id=$1
OTEL_METRICS_EXPORTER=none
OTEL_LOGS_EXPORTER=none
ENV
  if [[ -z ${YOMU_OTEL_ENDPOINT:-} ]]; then
    printf '%s\n' OTEL_TRACES_SAMPLER=always_off OTEL_TRACES_EXPORTER=none
    return 0
  fi
  cat <<ENV
OTEL_TRACES_EXPORTER=otlp
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
OTEL_EXPORTER_OTLP_ENDPOINT=$YOMU_OTEL_ENDPOINT
OTEL_BSP_SCHEDULE_DELAY=${YOMU_OTEL_EXPORT_DELAY_MS:-5000}
ENV
}

# The last messages of an instance, one short line each ("LEVEL message") from Liberty's JSON log.
instance_log_tail() {
  local log
  log="$(instance_dir "$1")/logs/messages.log"
  [[ -f $log ]] || { echo "(no $log)"; return 0; }
  echo "last messages of $log:"
  tail -n 25 "$log" | sed -E 's/.*"message":"(([^"\\]|\\.)*)".*"loglevel":"([A-Z]+)".*/\3 \1/; s/\\n.*//; s#\\/#/#g' |
    cut -c1-300
}

# Prints what an operator needs to see why an instance is not ready.
instance_report() {
  warn "$1: not ready"
  instance_log_tail "$1" >&2
  [[ ! -s $LOGS/$1-start.log ]] || { echo "server start said:"; cat "$LOGS/$1-start.log"; } >&2
  warn "$1: /health/ready answered: $(curl -s --max-time 3 "$(instance_url "$1")/health/ready" || echo nothing)"
}

# The application failed to start (CWWKZ0002E/0004E/0106E): waiting longer will not help.
instance_app_failed() {
  grep -qE '"ibm_messageId":"CWWKZ(0002|0004|0106)E"' "$(instance_dir "$1")/logs/messages.log" 2>/dev/null
}

declare -A START_PIDS=()

# Polls /health/ready of every instance named until all are UP; fails on timeout or a dead server.
instance_wait_ready() {
  local t0 pending=("$@") still n next=5
  t0=$(now_ms)
  say "waiting for ${pending[*]} to be ready (timeout ${READY_TIMEOUT} s)"
  while ((${#pending[@]})); do
    still=()
    for n in "${pending[@]}"; do
      if [[ $(http_code "$(instance_url "$n")/health/ready") == 200 ]]; then
        say "$n: ready after $(secs_since "$t0") s"
      elif instance_app_failed "$n"; then
        instance_report "$n"
        die "$n: the application failed to start"
      elif ! instance_running "$n" && ! kill -0 "${START_PIDS[$n]:-0}" 2>/dev/null; then
        instance_report "$n"
        die "$n: the server is not running"
      else
        still+=("$n")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]})) || break
    if (($(now_ms) - t0 > READY_TIMEOUT * 1000)); then
      for n in "${pending[@]}"; do instance_report "$n"; done
      die "timed out after $READY_TIMEOUT s waiting for ${pending[*]}"
    fi
    if (($(now_ms) - t0 >= next * 1000)); then
      say "still waiting for ${pending[*]} ($(secs_since "$t0") s)"
      next=$((next + 5))
    fi
    sleep 0.5
  done
}

# instance_start EAR NAME...: starts the instances in parallel, each with its own copy of EAR.
instance_start() {
  local ear=$1 n names=()
  shift
  ensure_runtime
  [[ -f $ear ]] || die "no EAR at $ear"
  ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")
  mkdir -p "$LOGS"
  for n in "$@"; do
    if instance_running "$n"; then
      say "$n: already running (stop it first to change its EAR)"
    else
      instance_prepare "$n" "$ear"
      nice -n "${START_NICE:-0}" "$WLP/bin/server" start "$n" >"$LOGS/$n-start.log" 2>&1 &
      START_PIDS[$n]=$!
      names+=("$n")
    fi
  done
  ((${#names[@]} == 0)) || say "starting ${names[*]} with $ear"
  instance_wait_ready "$@"
  # What each colour runs, for status and a cold rollback (scripts/lib/deploy.sh); a deployment records
  # its release itself, only once it goes live.
  [[ -z ${DEPLOYING:-} ]] || return 0
  for n in "${names[@]}"; do
    [[ $n != *-1 ]] || release_record "${n%-1}" "$ear" "$(release_name "$ear")"
  done
}

# instance_renice NAME NICENESS: every thread of the instance's JVM (renice of a pid moves only the thread
# of that id). Lowering the niceness again needs root (or a RLIMIT_NICE that allows it).
instance_renice() {
  local pid
  pid=$(instance_pid "$1") || return 1
  # shellcheck disable=SC2046 # (one argument per thread id)
  renice -n "$2" -p $(ls "/proc/$pid/task") >/dev/null
}

# instance_stop NAME...: stops those that run, in parallel.
instance_stop() {
  local n i pids=() names=() failed=0 t0
  t0=$(now_ms)
  for n in "$@"; do
    if instance_running "$n"; then
      "$WLP/bin/server" stop "$n" >"$LOGS/$n-stop.log" 2>&1 &
      pids+=($!)
      names+=("$n")
    fi
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[i]}"; then
      say "${names[i]}: stopped ($(secs_since "$t0") s)"
    else
      cat "$LOGS/${names[i]}-stop.log" >&2
      warn "${names[i]}: server stop failed"
      failed=1
    fi
  done
  ((${#names[@]})) || say "instances: none of $* runs"
  ((failed == 0)) || exit "$EXIT_FAIL"
}

# One status line; returns 0 when the instance is ready.
instance_status() {
  local ready
  if ! instance_running "$1"; then
    printf '%-10s %-7s :%s\n' "$1" down "$(instance_http_port "$1")"
    return "$EXIT_DOWN"
  fi
  ready=$(health_state "$1" ready)
  printf '%-10s %-7s :%s started=%s live=%s ready=%s\n' "$1" "$([[ $ready == UP ]] && echo up || echo unready)" \
    "$(instance_http_port "$1")" "$(health_state "$1" started)" "$(health_state "$1" live)" "$ready"
  [[ $ready == UP ]] || return "$EXIT_DOWN"
}

# instance_drain NAME on|off: creates or removes the drain file, then waits for readiness to follow.
instance_drain() {
  local name=$1 file want t0 body
  check_instances "$name"
  instance_running "$name" || die "$EXIT_DOWN" "$name: not running"
  file="$(instance_dir "$name")/drain"
  if [[ $2 == on ]]; then touch "$file"; want=503; else rm -f "$file"; want=200; fi
  t0=$(now_ms)
  until [[ $(http_code "$(instance_url "$name")/health/ready") == "$want" ]]; do
    (($(now_ms) - t0 < 30000)) || die "$name: readiness did not follow the drain file within 30 s"
    sleep 0.2
  done
  body=$(curl -s --max-time 3 "$(instance_url "$name")/health/ready")
  say "$name: ready=$([[ $want == 200 ]] && echo UP || echo DOWN) after $(secs_since "$t0") s: $body"
}

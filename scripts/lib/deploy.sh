# shellcheck shell=bash
# Blue/green releases: scripts/yomu deploy EAR (gates, switch, post-switch analysis, automatic rollback,
# drain) and scripts/yomu rollback. State in .yomu/deploy: the lock, the EAR of each colour's release
# (for a cold rollback) and the audit log, one JSON line per decision.

DEPLOY_DIR="$STATE/deploy"
DEPLOY_AUDIT="$DEPLOY_DIR/audit.log"
DEPLOY_RELEASES="$DEPLOY_DIR/releases"
DEPLOY_ROLLBACKS="$DEPLOY_DIR/rollbacks" # how many rollbacks ever, for yomu_deploy_rollbacks_total
PROM_DEPLOY_RULES="$PROM_DIR/rules/deploy.yml"

# Limits and timings; each has a flag of the same meaning (see deploy_usage).
DEPLOY_READY_TIMEOUT=${YOMU_DEPLOY_READY_TIMEOUT:-180}
DEPLOY_MAX_ERROR_RATIO=${YOMU_DEPLOY_MAX_ERROR_RATIO:-0.01}
DEPLOY_MAX_P95=${YOMU_DEPLOY_MAX_P95:-2}
DEPLOY_WINDOW=${YOMU_DEPLOY_WINDOW:-60}
DEPLOY_INTERVAL=${YOMU_DEPLOY_INTERVAL:-10}
DEPLOY_DRAIN_TIMEOUT=${YOMU_DEPLOY_DRAIN_TIMEOUT:-30}
DEPLOY_SMOKE_ROUNDS=${YOMU_DEPLOY_SMOKE_ROUNDS:-3}
# The deployment's own work (the idle colour while it starts and warms up, Liquibase, the warm-up's clients)
# runs at this niceness, so that on a shared machine the live colour's readers keep the CPU they need.
DEPLOY_NICE=${YOMU_DEPLOY_NICE:-10}
DEPLOY_WARMUP=${YOMU_DEPLOY_WARMUP:-10000}

DEPLOY_ID=""
DEPLOY_RELEASE=""
DEPLOY_FROM=""
DEPLOY_TO=""
DEPLOY_STEP=""
DEPLOY_DONE=""
DEPLOY_DRY_RUN=""
DEPLOY_LB_ID=""
DEPLOY_T0=0

deploy_usage() {
  cat >&2 <<'USAGE'
usage: scripts/yomu deploy EAR [--release NAME] [--dry-run] [--ready-timeout S] [--max-error-ratio R]
                               [--max-p95 S] [--window S] [--interval S] [--drain-timeout S] [--warmup N]
USAGE
  exit "$EXIT_USAGE"
}

other_colour() { if [[ $1 == blue ]]; then echo green; else echo blue; fi; }

# audit EVENT [KEY JSON-VALUE]...: appends one JSON line to the audit log (values are JSON already).
audit() {
  local event=$1 args=()
  shift
  while (($# >= 2)); do
    args+=(--argjson "$1" "$2")
    shift 2
  done
  mkdir -p "$DEPLOY_DIR"
  jq -cn --arg time "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" --arg deployment "$DEPLOY_ID" --arg event "$event" \
    --arg release "$DEPLOY_RELEASE" --arg from "$DEPLOY_FROM" --arg to "$DEPLOY_TO" \
    --argjson dry_run "$([[ -n $DEPLOY_DRY_RUN ]] && echo true || echo false)" "${args[@]}" \
    '{time: $time, deployment: $deployment, event: $event, release: $release, from: $from, to: $to,
      dry_run: $dry_run} + $ARGS.named' >>"$DEPLOY_AUDIT"
}
js() { jq -cn --arg v "$1" '$v'; }

# The deployment stops: the outcome goes to the audit log, and the live colour is what it was.
deploy_fail() {
  local why=$1
  say "deploy: FAILED at $DEPLOY_STEP: $why"
  audit outcome result '"failed"' step "$(js "$DEPLOY_STEP")" reason "$(js "$why")" \
    live "$(js "$(nginx_live_colour)")" seconds "$(secs_since "$DEPLOY_T0")"
  DEPLOY_DONE=1
  exit "$EXIT_FAIL"
}

# A die() inside a step (a library function giving up) still ends with an outcome line.
deploy_on_exit() {
  local rc=$?
  deploy_unlock
  if [[ -n $DEPLOY_ID && -z $DEPLOY_DONE ]]; then
    audit outcome result '"failed"' step "$(js "$DEPLOY_STEP")" reason "$(js "exit code $rc")" \
      live "$(js "$(nginx_live_colour)")" seconds "$(secs_since "$DEPLOY_T0")"
  fi
  exit "$rc"
}

# One deployment or rollback at a time. A directory (mkdir is atomic) holding the owner's pid; a lock
# whose owner died is taken over. Not flock: the Liberty and NGINX processes a deployment starts would
# inherit the descriptor and hold the lock for as long as they run.
DEPLOY_LOCK="$DEPLOY_DIR/lock.d"
deploy_lock() {
  local owner
  mkdir -p "$DEPLOY_DIR"
  if ! mkdir "$DEPLOY_LOCK" 2>/dev/null; then
    owner=$(cat "$DEPLOY_LOCK/pid" 2>/dev/null || true)
    if [[ -n $owner ]] && kill -0 "$owner" 2>/dev/null; then
      die "a deployment or rollback is already running (pid $owner): the live colour stays $(nginx_live_colour)"
    fi
    # Its owner is gone (or is just writing its pid: then the second mkdir below fails).
    sleep 0.2
    owner=$(cat "$DEPLOY_LOCK/pid" 2>/dev/null || true)
    if [[ -n $owner ]] && kill -0 "$owner" 2>/dev/null; then
      die "a deployment or rollback is already running (pid $owner): the live colour stays $(nginx_live_colour)"
    fi
    warn "taking over the lock of a deployment that ended without releasing it (pid ${owner:-?})"
    rm -rf "$DEPLOY_LOCK"
    mkdir "$DEPLOY_LOCK" 2>/dev/null || die "a deployment or rollback is already running: the live colour stays $(nginx_live_colour)"
  fi
  echo $$ >"$DEPLOY_LOCK/pid"
  DEPLOY_LOCKED=1
}
deploy_unlock() {
  [[ -z ${DEPLOY_LOCKED:-} ]] || rm -rf "$DEPLOY_LOCK"
}

# The EAR is a readable archive holding the application descriptor and the three modules.
ear_check() {
  local ear=$1 listing m
  [[ -f $ear ]] || die "no EAR at $ear: the live colour stays $(nginx_live_colour)"
  if ! listing=$(unzip -Z1 "$ear" 2>/dev/null) || ! unzip -tq "$ear" >/dev/null 2>&1; then
    die "$ear is not a readable EAR (corrupt zip): the live colour stays $(nginx_live_colour)"
  fi
  for m in META-INF/application.xml yomu-web.war yomu-core.jar yomu-engine.jar; do
    grep -qx "$m" <<<"$listing" || die "$ear lacks $m: not a Yomu EAR; the live colour stays $(nginx_live_colour)"
  done
}

# Changesets not yet applied, counted by Liquibase for a label filter (all when empty).
pending_changesets() {
  local out
  local filter=()
  [[ -z $1 ]] || filter=("--label-filter=$1")
  out=$(lb status --changelog-file=changelog-master.xml "--context-filter=!demo" "${filter[@]}" 2>&1) ||
    { echo "$out" >&2; return 1; }
  sed -n 's/^\([0-9]\+\) changesets\? \(has\|have\) not been applied.*/\1/p' <<<"$out" | head -n 1 | grep . || echo 0
}

db_reachable() {
  if ! db_external && ! db_running; then return 1; fi
  PGCONNECT_TIMEOUT=3 PGPASSWORD=$(db_password) "$(psql_bin)" "$(db_libpq_url)" -U "$(db_user)" -Atqc 'select 1' \
    >/dev/null 2>&1
}

db_scalar() {
  PGPASSWORD=$(db_password) "$(psql_bin)" "$(db_libpq_url)" -U "$(db_user)" -Atqc "$1" 2>/dev/null
}

latest_liquibase_deployment() {
  db_scalar "select deployment_id from databasechangelog order by dateexecuted desc, orderexecuted desc limit 1" || true
}

# a. Preconditions: the EAR, NGINX, the database, the migrations (only expand ones may be pending).
deploy_preflight() {
  local ear=$1 contract expand
  DEPLOY_STEP=preflight
  # shellcheck disable=SC2034 # (read by lb in migrate.sh)
  LB_NICE=$DEPLOY_NICE
  ear_check "$ear"
  nginx_running || deploy_fail "NGINX is not running: nothing to switch (scripts/yomu nginx start)"
  db_reachable || deploy_fail "the database does not answer ($(db_url)): no release goes out without it"
  # One Liquibase run in the usual case (nothing pending); the labels are looked at only when needed.
  expand=$(pending_changesets '') || deploy_fail "Liquibase status failed"
  contract=0
  if ((expand > 0)); then
    contract=$(pending_changesets '!expand') || deploy_fail "Liquibase status failed"
    expand=$((expand - contract))
  fi
  say "deploy: pending changesets: $expand expand, $contract not expand"
  audit gate gate '"migrations"' pending_expand "$expand" pending_other "$contract" \
    passed "$([[ $contract == 0 ]] && echo true || echo false)"
  ((contract == 0)) || deploy_fail "$contract pending changeset(s) are not labelled expand: the running release could break; apply them in a separate step"
  if ((expand > 0)); then
    if [[ -n $DEPLOY_DRY_RUN ]]; then
      say "deploy: dry run: would tag the database $DEPLOY_ID and apply $expand expand changeset(s)"
    else
      migrate_cmd --labels expand --tag "$DEPLOY_ID" || deploy_fail "the expand migrations failed"
    fi
  fi
  DEPLOY_LB_ID=$(latest_liquibase_deployment)
}

# b + c. The idle colour gets the EAR; both instances must report started, live and ready UP in time.
deploy_start_idle() {
  local ear=$1 n t0 s l r tries
  DEPLOY_STEP=start
  t0=$(now_ms)
  instance_stop "$DEPLOY_TO-1" "$DEPLOY_TO-2"
  # At a lower CPU priority while they start and warm up, so that the live colour's readers do not feel two
  # JVMs compiling on the same machine; back to normal before anything is measured.
  (READY_TIMEOUT=$DEPLOY_READY_TIMEOUT DEPLOYING=1 START_NICE=$DEPLOY_NICE instance_start "$ear" \
    "$DEPLOY_TO-1" "$DEPLOY_TO-2") || true
  DEPLOY_STEP=health
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
    # Within the timeout, or at least a few tries: one probe may time out on a busy machine.
    tries=0
    while :; do
      s=$(health_state "$n" started) l=$(health_state "$n" live) r=$(health_state "$n" ready)
      tries=$((tries + 1))
      [[ $s$l$r != UPUPUP ]] || break
      ((tries < 5 || $(now_ms) - t0 < DEPLOY_READY_TIMEOUT * 1000)) || break
      instance_running "$n" || break
      sleep 1
    done
    say "deploy: $n started=$s live=$l ready=$r"
    audit gate gate '"health"' instance "$(js "$n")" started "$(js "$s")" live "$(js "$l")" ready "$(js "$r")" \
      timeout_s "$DEPLOY_READY_TIMEOUT" seconds "$(secs_since "$t0")" \
      passed "$([[ $s$l$r == UPUPUP ]] && echo true || echo false)"
    if [[ $s$l$r != UPUPUP ]]; then
      instance_stop "$DEPLOY_TO-1" "$DEPLOY_TO-2" || true
      deploy_fail "$n is not healthy within $DEPLOY_READY_TIMEOUT s (started=$s live=$l ready=$r); $DEPLOY_TO stopped"
    fi
  done
  say "deploy: $DEPLOY_TO healthy ($(secs_since "$t0") s after start)"
}

# d. Smoke requests straight to each idle instance, then its error ratio and p95 over the measured rounds.
deploy_pre_analysis() {
  local n smoke verdict tmp round ok warm sent warm_s
  DEPLOY_STEP=pre-switch-analysis
  tmp=$(mktemp -d)
  smoke_prepare "$(instance_url "$DEPLOY_TO-1")" ||
    { rm -rf "$tmp"; deploy_pre_failed "$DEPLOY_TO-1" "inconclusive" "login=failed"; }
  # A fresh JVM answers its first requests many times slower and burns CPU compiling them: both instances
  # warm up at once, before the measured rounds (which alone fall between the two scrapes) and before
  # readers arrive.
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do warm_up "$(instance_url "$n")" "$DEPLOY_WARMUP" >"$tmp/$n.warm" & done
  wait
  # Warm, they get their normal CPU priority back before anything is measured.
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
    instance_renice "$n" 0 || warn "$n: could not restore its CPU priority (nice $DEPLOY_NICE); the analysis measures it as it is"
  done
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
    ok=1
    read -r warm sent warm_s <"$tmp/$n.warm"
    say "deploy: $n warmed up: $warm of $sent requests answered 2xx in $warm_s s"
    for ((round = 1; round <= DEPLOY_SMOKE_ROUNDS; round++)); do smoke_run "$(instance_url "$n")" >/dev/null || true; done
    metrics_scrape "$n" "$tmp/before" || deploy_fail "$n: /metrics does not answer"
    for ((round = 1; round <= DEPLOY_SMOKE_ROUNDS; round++)); do
      smoke=$(smoke_run "$(instance_url "$n")") || ok=0
    done
    metrics_scrape "$n" "$tmp/after" || deploy_fail "$n: /metrics does not answer"
    read -r -a verdict <<<"$(analysis_verdict "$(metrics_delta "$tmp/before" "$tmp/after")")"
    say "deploy: $n smoke: $smoke; ${verdict[1]} requests, 5xx ratio ${verdict[2]} (max $DEPLOY_MAX_ERROR_RATIO), p95 ${verdict[3]} s (max $DEPLOY_MAX_P95): ${verdict[0]}"
    audit gate gate '"pre-switch"' instance "$(js "$n")" warmup_requests "$sent" warmup_answered "$warm" warmup_s "$warm_s" \
      smoke "$(js "$smoke")" smoke_ok "$([[ $ok == 1 ]] && echo true || echo false)" \
      requests "${verdict[1]}" error_ratio "${verdict[2]}" max_error_ratio "$DEPLOY_MAX_ERROR_RATIO" \
      p95_s "${verdict[3]}" max_p95_s "$DEPLOY_MAX_P95" verdict "$(js "${verdict[0]}")" \
      passed "$([[ ${verdict[0]} == pass && $ok == 1 ]] && echo true || echo false)"
    if [[ ${verdict[0]} != pass || $ok != 1 ]]; then
      rm -rf "$tmp"
      deploy_pre_failed "$n" "${verdict[0]}$([[ $ok == 1 ]] || echo ", a smoke request failed")" "$smoke"
    fi
  done
  rm -rf "$tmp"
}

deploy_pre_failed() {
  instance_stop "$DEPLOY_TO-1" "$DEPLOY_TO-2" || true
  deploy_fail "$1: pre-switch analysis $2 ($3); $DEPLOY_TO stopped"
}

# yomu_deploy_rollbacks_total for Prometheus: a rules file it reads (like yomu:live_colour).
deploy_write_rollback_metric() {
  local count
  count=$(cat "$DEPLOY_ROLLBACKS" 2>/dev/null || echo 0)
  mkdir -p "$(dirname "$PROM_DEPLOY_RULES")"
  cat >"$PROM_DEPLOY_RULES.tmp" <<YAML
# Written by scripts/yomu deploy and rollback: how many times a release was rolled back on this stack.
groups:
  - name: yomu-deploy
    rules:
      - record: yomu_deploy_rollbacks_total
        expr: vector($count)
        labels:
          job: yomu-deploy
YAML
  mv "$PROM_DEPLOY_RULES.tmp" "$PROM_DEPLOY_RULES"
  local pid
  if pid=$(monitor_pid prometheus); then kill -HUP "$pid"; fi
}

deploy_count_rollback() {
  local count
  count=$(cat "$DEPLOY_ROLLBACKS" 2>/dev/null || echo 0)
  echo $((count + 1)) >"$DEPLOY_ROLLBACKS"
  deploy_write_rollback_metric
}

# e. NGINX to the idle colour (nginx -t before the reload, the upstream file swapped atomically).
deploy_switch() {
  local t0
  DEPLOY_STEP=switch
  t0=$(now_ms)
  (nginx_set_live "$DEPLOY_TO") || deploy_fail "switching NGINX to $DEPLOY_TO failed"
  say "deploy: SWITCHED $DEPLOY_FROM -> $DEPLOY_TO in $(secs_since "$t0") s, $(secs_since "$DEPLOY_T0") s after the start"
  audit switch live "$(js "$DEPLOY_TO")" switch_s "$(secs_since "$t0")" since_start_s "$(secs_since "$DEPLOY_T0")"
}

# f. The new colour under readers' traffic for the window, read at fixed times after the switch (both
# instances scraped at once, each scrape bounded, so that a slow machine cannot stretch the window); a
# read-only smoke round in the background between two readings makes sure that no data is never a pass.
# The old colour stays running and ready. A breach switches back at once.
deploy_post_analysis() {
  local tmp n t_switch reading=0 breach="" requests=0 t_breach smoke_pid="" scrape_timeout pids=() verdict
  DEPLOY_STEP=post-switch-analysis
  tmp=$(mktemp -d)
  t_switch=$(now_ms)
  scrape_timeout=$((DEPLOY_INTERVAL / 2 > 2 ? DEPLOY_INTERVAL / 2 : 2))
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do metrics_scrape "$n" "$tmp/$n.prev" "$scrape_timeout" || breach="$n: /metrics does not answer"; done
  while [[ -z $breach ]] && (((reading + 1) * DEPLOY_INTERVAL <= DEPLOY_WINDOW)); do
    reading=$((reading + 1))
    if [[ -z $smoke_pid ]] || ! kill -0 "$smoke_pid" 2>/dev/null; then
      (for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do smoke_run "$(instance_url "$n")" reads >/dev/null || true; done) &
      smoke_pid=$!
    fi
    sleep_until $((t_switch + reading * DEPLOY_INTERVAL * 1000))
    pids=()
    for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
      metrics_scrape "$n" "$tmp/$n.now" "$scrape_timeout" &
      pids+=($!)
    done
    for n in 1 2; do
      wait "${pids[$((n - 1))]}" || { breach="$DEPLOY_TO-$n: /metrics does not answer"; }
    done
    [[ -z $breach ]] || break
    for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
      read -r -a verdict <<<"$(analysis_verdict "$(metrics_delta "$tmp/$n.prev" "$tmp/$n.now")")"
      mv "$tmp/$n.now" "$tmp/$n.prev"
      requests=$((requests + verdict[1]))
      say "deploy: $n $((reading * DEPLOY_INTERVAL)) s after the switch: ${verdict[1]} requests, 5xx ratio ${verdict[2]}, p95 ${verdict[3]} s: ${verdict[0]}"
      audit gate gate '"post-switch"' instance "$(js "$n")" reading "$reading" since_switch_s "$(secs_since "$t_switch")" \
        requests "${verdict[1]}" error_ratio "${verdict[2]}" max_error_ratio "$DEPLOY_MAX_ERROR_RATIO" \
        p95_s "${verdict[3]}" max_p95_s "$DEPLOY_MAX_P95" \
        verdict "$(js "${verdict[0]}")" passed "$([[ ${verdict[0]} == pass ]] && echo true || echo false)"
      if [[ ${verdict[0]} != pass && -z $breach ]]; then
        breach="$n: ${verdict[0]} (${verdict[1]} requests, 5xx ratio ${verdict[2]}, p95 ${verdict[3]} s)"
      fi
    done
  done
  [[ -z $smoke_pid ]] || wait "$smoke_pid" 2>/dev/null || true
  rm -rf "$tmp"
  [[ -n $breach ]] || { say "deploy: post-switch analysis passed over $DEPLOY_WINDOW s ($requests requests)"; return 0; }
  t_breach=$(now_ms)
  say "deploy: BREACH $breach: switching back to $DEPLOY_FROM"
  DEPLOY_STEP=rollback
  (NGINX_READY_WAIT=15 nginx_set_live "$DEPLOY_FROM") || deploy_fail "breach ($breach) and switching back to $DEPLOY_FROM FAILED: act now"
  deploy_count_rollback
  say "deploy: ROLLED BACK to $DEPLOY_FROM $(secs_since "$t_breach") s after the breach, $(secs_since "$t_switch") s after the switch"
  audit rollback live "$(js "$DEPLOY_FROM")" reason "$(js "$breach")" breach_to_rollback_s "$(secs_since "$t_breach")" \
    switch_to_rollback_s "$(secs_since "$t_switch")"
  # Stopped, so that a later `rollback` can never switch to it; its messages.log stays for inspection.
  instance_stop "$DEPLOY_TO-1" "$DEPLOY_TO-2" || true
  audit outcome result '"rolled-back"' step '"post-switch-analysis"' reason "$(js "$breach")" \
    live "$(js "$DEPLOY_FROM")" liquibase_deployment_id "$(js "$DEPLOY_LB_ID")" seconds "$(secs_since "$DEPLOY_T0")"
  DEPLOY_DONE=1
  exit "$EXIT_FAIL"
}

# NGINX's workers of the configuration before the switch: they exit once their last request finished.
nginx_old_workers() {
  local master
  master=$(cat "$NGX_PREFIX/nginx.pid" 2>/dev/null) || return 0
  ps --ppid "$master" -o pid=,args= | awk '/shutting down/ { print $1 }' | xargs
}

# g. The old colour: readiness DOWN, in-flight requests finish (or the timeout), then a graceful stop.
deploy_drain_old() {
  local t0 n old
  DEPLOY_STEP=drain
  t0=$(now_ms)
  for n in "$DEPLOY_FROM-1" "$DEPLOY_FROM-2"; do
    if instance_running "$n"; then (instance_drain "$n" on) || warn "$n: did not turn DOWN"; fi
  done
  old=$(nginx_old_workers)
  while [[ -n $old ]] && (($(now_ms) - t0 < DEPLOY_DRAIN_TIMEOUT * 1000)); do
    sleep 0.2
    old=$(nginx_old_workers)
  done
  say "deploy: $DEPLOY_FROM drained in $(secs_since "$t0") s$([[ -z $old ]] || echo " (timeout: NGINX workers $old still busy)")"
  audit gate gate '"drain"' colour "$(js "$DEPLOY_FROM")" seconds "$(secs_since "$t0")" \
    timeout_s "$DEPLOY_DRAIN_TIMEOUT" in_flight_finished "$([[ -z $old ]] && echo true || echo false)"
  # Liberty quiesces on stop: it stops accepting, lets running requests finish, then ends.
  instance_stop "$DEPLOY_FROM-1" "$DEPLOY_FROM-2"
}

# The release of each colour: the EAR kept for a cold rollback and its name.
release_record() {
  mkdir -p "$DEPLOY_RELEASES"
  cp "$2" "$DEPLOY_RELEASES/$1.ear.tmp"
  mv "$DEPLOY_RELEASES/$1.ear.tmp" "$DEPLOY_RELEASES/$1.ear"
  echo "$3" >"$DEPLOY_RELEASES/$1.release"
}
release_of() { cat "$DEPLOY_RELEASES/$1.release" 2>/dev/null || echo "-"; }

release_name() {
  local sum
  sum=$(sha256sum "$1" | cut -c1-12)
  echo "$(basename "$1" .ear)-$sum"
}

deploy_cmd() {
  local ear="" release=""
  while (($#)); do
    case $1 in
      --dry-run) DEPLOY_DRY_RUN=1 ;;
      --release) (($# > 1)) || deploy_usage; release=$2; shift ;;
      --ready-timeout) (($# > 1)) || deploy_usage; DEPLOY_READY_TIMEOUT=$2; shift ;;
      --max-error-ratio) (($# > 1)) || deploy_usage; DEPLOY_MAX_ERROR_RATIO=$2; shift ;;
      --max-p95) (($# > 1)) || deploy_usage; DEPLOY_MAX_P95=$2; shift ;;
      --window) (($# > 1)) || deploy_usage; DEPLOY_WINDOW=$2; shift ;;
      --interval) (($# > 1)) || deploy_usage; DEPLOY_INTERVAL=$2; shift ;;
      --drain-timeout) (($# > 1)) || deploy_usage; DEPLOY_DRAIN_TIMEOUT=$2; shift ;;
      --warmup) (($# > 1)) || deploy_usage; DEPLOY_WARMUP=$2; shift ;;
      -*) deploy_usage ;;
      *) [[ -z $ear ]] || deploy_usage; ear=$1 ;;
    esac
    shift
  done
  [[ -n $ear ]] || deploy_usage
  local v
  for v in "$DEPLOY_READY_TIMEOUT" "$DEPLOY_WINDOW" "$DEPLOY_INTERVAL" "$DEPLOY_DRAIN_TIMEOUT" "$DEPLOY_WARMUP"; do
    [[ $v =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "timeouts, window, interval and warm-up are whole numbers (got '$v')"
  done
  ((DEPLOY_INTERVAL > 0 && DEPLOY_INTERVAL <= DEPLOY_WINDOW)) ||
    die "$EXIT_USAGE" "the interval must be at least 1 s and at most the window (got $DEPLOY_INTERVAL and $DEPLOY_WINDOW)"
  for v in "$DEPLOY_MAX_ERROR_RATIO" "$DEPLOY_MAX_P95"; do
    [[ $v =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "$EXIT_USAGE" "limits are decimal numbers (got '$v')"
  done
  command -v jq >/dev/null || apt_install jq
  command -v unzip >/dev/null || apt_install unzip

  [[ -d $(dirname "$ear") ]] || die "no EAR at $ear: the live colour stays $(nginx_live_colour)"
  ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")
  ear_check "$ear"
  deploy_lock
  trap deploy_on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  DEPLOY_T0=$(now_ms)
  DEPLOY_ID="deploy-$(date -u +%Y%m%dT%H%M%SZ)-$$"
  DEPLOY_RELEASE=${release:-$(release_name "$ear")}
  DEPLOY_FROM=$(nginx_live_colour)
  DEPLOY_TO=$(other_colour "$DEPLOY_FROM")
  # A stack started by `up` has no record of the live colour's release yet: keep its EAR for rollbacks.
  if [[ ! -f $DEPLOY_RELEASES/$DEPLOY_FROM.ear && -f $(instance_dir "$DEPLOY_FROM-1")/apps/yomu.ear ]]; then
    local live_ear
    live_ear=$(instance_dir "$DEPLOY_FROM-1")/apps/yomu.ear
    release_record "$DEPLOY_FROM" "$live_ear" "$(release_name "$live_ear")"
  fi
  say "deploy: $DEPLOY_ID: release $DEPLOY_RELEASE from $ear, $DEPLOY_FROM (live) -> $DEPLOY_TO${DEPLOY_DRY_RUN:+ (dry run)}"
  audit start ear "$(js "$ear")" thresholds "$(jq -cn --argjson r "$DEPLOY_MAX_ERROR_RATIO" --argjson p "$DEPLOY_MAX_P95" \
    --argjson w "$DEPLOY_WINDOW" --argjson i "$DEPLOY_INTERVAL" --argjson t "$DEPLOY_READY_TIMEOUT" \
    '{max_error_ratio: $r, max_p95_s: $p, window_s: $w, interval_s: $i, ready_timeout_s: $t}')"

  deploy_preflight "$ear"
  deploy_start_idle "$ear"
  deploy_pre_analysis
  if [[ -n $DEPLOY_DRY_RUN ]]; then
    DEPLOY_STEP=dry-run
    instance_stop "$DEPLOY_TO-1" "$DEPLOY_TO-2"
    say "deploy: dry run: every gate passed; would switch NGINX $DEPLOY_FROM -> $DEPLOY_TO, analyse $DEPLOY_WINDOW s, drain $DEPLOY_FROM"
    audit outcome result '"dry-run-passed"' live "$(js "$DEPLOY_FROM")" liquibase_deployment_id "$(js "$DEPLOY_LB_ID")" \
      seconds "$(secs_since "$DEPLOY_T0")"
    DEPLOY_DONE=1
    return 0
  fi
  deploy_switch
  deploy_post_analysis
  # Only a release that passed the window is kept as the colour's release (what a cold rollback starts).
  release_record "$DEPLOY_TO" "$ear" "$DEPLOY_RELEASE"
  deploy_drain_old
  audit outcome result '"deployed"' live "$(js "$DEPLOY_TO")" liquibase_deployment_id "$(js "$DEPLOY_LB_ID")" \
    seconds "$(secs_since "$DEPLOY_T0")"
  DEPLOY_DONE=1
  say "deploy: DONE: $DEPLOY_RELEASE live on $DEPLOY_TO ($(secs_since "$DEPLOY_T0") s)"
}

# rollback: back to the other colour, at once when it still runs, else started from its last EAR (and warmed
# up, like a deployment's colour, before readers reach it).
rollback_cmd() {
  while (($#)); do
    case $1 in
      --warmup)
        if (($# < 2)) || [[ ! $2 =~ ^[0-9]+$ ]]; then die "$EXIT_USAGE" "usage: scripts/yomu rollback [--warmup N]"; fi
        DEPLOY_WARMUP=$2
        shift ;;
      *) die "$EXIT_USAGE" "usage: scripts/yomu rollback [--warmup N]" ;;
    esac
    shift
  done
  command -v jq >/dev/null || apt_install jq
  deploy_lock
  trap deploy_on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local n t0 how=warm warm sent warm_s
  t0=$(now_ms)
  DEPLOY_T0=$t0
  DEPLOY_ID="rollback-$(date -u +%Y%m%dT%H%M%SZ)-$$"
  DEPLOY_FROM=$(nginx_live_colour)
  DEPLOY_TO=$(other_colour "$DEPLOY_FROM")
  DEPLOY_RELEASE=$(release_of "$DEPLOY_TO")
  DEPLOY_STEP=rollback
  say "rollback: $DEPLOY_ID: $DEPLOY_FROM (live) -> $DEPLOY_TO (release $DEPLOY_RELEASE)"
  nginx_running || deploy_fail "NGINX is not running: nothing to switch"
  for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
    if instance_running "$n" && [[ -e $(instance_dir "$n")/drain ]]; then instance_drain "$n" off; fi
  done
  if [[ $(health_state "$DEPLOY_TO-1" ready)$(health_state "$DEPLOY_TO-2" ready) != UPUP ]]; then
    how=cold
    [[ -f $DEPLOY_RELEASES/$DEPLOY_TO.ear ]] || deploy_fail "$DEPLOY_TO does not run and no release of it is kept"
    say "rollback: $DEPLOY_TO is not running: starting it from its release $DEPLOY_RELEASE"
    (DEPLOYING=1 instance_start "$DEPLOY_RELEASES/$DEPLOY_TO.ear" "$DEPLOY_TO-1" "$DEPLOY_TO-2") ||
      deploy_fail "$DEPLOY_TO did not become ready"
    smoke_prepare "$(instance_url "$DEPLOY_TO-1")" || deploy_fail "$DEPLOY_TO-1: the smoke reader cannot log in"
    for n in "$DEPLOY_TO-1" "$DEPLOY_TO-2"; do
      read -r warm sent warm_s <<<"$(warm_up "$(instance_url "$n")" "$DEPLOY_WARMUP")"
      say "rollback: $n warmed up: $warm of $sent requests answered 2xx in $warm_s s"
    done
  fi
  (nginx_set_live "$DEPLOY_TO") || deploy_fail "switching NGINX to $DEPLOY_TO failed"
  deploy_count_rollback
  say "rollback: live colour $DEPLOY_TO (release $DEPLOY_RELEASE, $how) in $(secs_since "$t0") s; $DEPLOY_FROM keeps running"
  audit outcome result '"rolled-back"' how "$(js "$how")" live "$(js "$DEPLOY_TO")" seconds "$(secs_since "$t0")"
  DEPLOY_DONE=1
}

# For scripts/yomu status: the release each colour runs.
deploy_status() {
  local c
  for c in blue green; do
    printf '%-10s %-7s %s\n' "$c" "$([[ $(nginx_live_colour) == "$c" ]] && echo live || echo idle)" "release $(release_of "$c")"
  done
}

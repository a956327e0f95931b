# shellcheck shell=bash
# NGINX in front of the live colour: config rendered from nginx/nginx.conf into the prefix .yomu/nginx.

NGX_PREFIX="$STATE/nginx"
NGX_CONF="$NGX_PREFIX/nginx.conf"
NGX_LIVE="$NGX_PREFIX/live-upstream.conf"
PUBLIC_PORT=${YOMU_PUBLIC_PORT:-$(port 8080)}
STATUS_PORT=$(port 8081)
STATUS_URL=http://127.0.0.1:$STATUS_PORT/stub_status

nginx_bin() {
  if command -v nginx; then return; fi
  [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx
}

ngx() { "$(nginx_bin)" -p "$NGX_PREFIX/" -c "$NGX_CONF" -e "$NGX_PREFIX/logs/error.log" "$@"; }

nginx_running() {
  local pid
  pid=$(cat "$NGX_PREFIX/nginx.pid" 2>/dev/null) && [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

# The colour the public listener serves (blue until a live file says otherwise).
nginx_live_colour() {
  local c
  c=$(sed -n 's/^ *# live colour: \([a-z]*\)$/\1/p' "$NGX_LIVE" 2>/dev/null)
  echo "${c:-blue}"
}

# nginx_write_live COLOUR: the upstream of the colour's two instances, swapped in atomically.
# A drained instance is marked down: NGINX has no active health checks, so it would not notice.
nginx_write_live() {
  local colour=$1 n port down
  mkdir -p "$NGX_PREFIX"
  {
    echo "upstream yomu_live {"
    echo "    # live colour: $colour"
    for n in "$colour-1" "$colour-2"; do
      port=$(instance_http_port "$n")
      down=""
      [[ ! -e $(instance_dir "$n")/drain ]] || down=" down"
      # Three failures (refused connections, timeouts) within 10 s leave an instance out for 10 s: a dead one
      # is skipped at once after that, and one slow answer does not push all its readers onto the other.
      echo "    server 127.0.0.1:$port max_fails=3 fail_timeout=10s$down;"
    done
    echo "    keepalive 256;"
    echo "    # Below Liberty's 30 s persistent timeout, so NGINX never reuses a connection Liberty closed."
    echo "    keepalive_timeout 20s;"
    echo "}"
  } >"$NGX_LIVE.tmp"
  mv "$NGX_LIVE.tmp" "$NGX_LIVE"
}

nginx_render() {
  [[ $PUBLIC_PORT =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "YOMU_PUBLIC_PORT must be a port number"
  nginx_bin >/dev/null || apt_install nginx
  nginx_bin >/dev/null || die "nginx not found"
  mkdir -p "$NGX_PREFIX/logs" "$NGX_PREFIX/temp"
  sed -e "s/__PUBLIC_PORT__/$PUBLIC_PORT/" -e "s/__STATUS_PORT__/$STATUS_PORT/" "$ROOT/nginx/nginx.conf" >"$NGX_CONF"
  [[ -s $NGX_LIVE ]] || nginx_write_live blue
  ngx -t -q || die "nginx: the configuration does not pass nginx -t ($NGX_CONF)"
}

# Reloads and returns once every old worker has stopped accepting (it then only finishes its requests).
nginx_reload() {
  local old t0
  old=$(ps --ppid "$(cat "$NGX_PREFIX/nginx.pid")" -o pid= | xargs | tr ' ' ,)
  t0=$(now_ms)
  ngx -s reload || die "nginx: reload failed"
  while [[ -n $old ]] && ps -o args= -p "$old" | grep -qx 'nginx: worker process'; do
    (($(now_ms) - t0 < 10000)) || die "nginx: the old workers still accept 10 s after the reload (see $NGX_PREFIX/logs/error.log)"
    sleep 0.05
  done
}

# Starts NGINX, or reloads it when it runs; then waits until it answers.
nginx_start() {
  local t0
  t0=$(now_ms)
  nginx_render
  if nginx_running; then
    nginx_reload
    say "nginx: reloaded, :$PUBLIC_PORT -> $(nginx_live_colour) ($(secs_since "$t0") s)"
    return 0
  fi
  ngx || die "nginx: did not start (see $NGX_PREFIX/logs/error.log)"
  until [[ $(http_code "$STATUS_URL") == 200 ]]; do
    (($(now_ms) - t0 < 10000)) || die "nginx: started but $STATUS_URL does not answer"
    sleep 0.1
  done
  say "nginx: listening on :$PUBLIC_PORT -> $(nginx_live_colour) ($(secs_since "$t0") s)"
}

nginx_stop() {
  if ! nginx_running; then say "nginx: not running"; return 0; fi
  local t0
  t0=$(now_ms)
  ngx -s quit || die "nginx: quit failed"
  while nginx_running; do
    # Requests still running after 15 s are cut short.
    (($(now_ms) - t0 < 15000)) || { ngx -s stop || true; t0=$(now_ms); }
    sleep 0.1
  done
  say "nginx: stopped ($(secs_since "$t0") s)"
}

# nginx_set_live COLOUR: points the public listener at another colour (reloading when it runs),
# provided both of the colour's instances are ready: at once, or within NGINX_READY_WAIT seconds (a
# rollback to a colour known to run, whose probe may be slow on a busy machine).
nginx_set_live() {
  local n t0
  [[ $1 == blue || $1 == green ]] || die "$EXIT_USAGE" "colour must be blue or green"
  if nginx_running; then
    t0=$(now_ms)
    for n in "$1-1" "$1-2"; do
      until [[ $(http_code "$(instance_url "$n")/health/ready") == 200 ]]; do
        (($(now_ms) - t0 < ${NGINX_READY_WAIT:-0} * 1000)) ||
          die "$EXIT_DOWN" "$n is not ready: the live colour stays $(nginx_live_colour)"
        sleep 0.5
      done
    done
  fi
  # The previous file comes back when the new one fails nginx -t or the reload: the live colour stays.
  [[ ! -f $NGX_LIVE ]] || cp -p "$NGX_LIVE" "$NGX_LIVE.previous"
  nginx_write_live "$1"
  if nginx_running; then
    if ! (nginx_start); then
      [[ ! -f $NGX_LIVE.previous ]] || mv -f "$NGX_LIVE.previous" "$NGX_LIVE"
      die "nginx: the switch to $1 failed: the live colour stays $(nginx_live_colour)"
    fi
  else
    say "nginx: live colour is $1 (applies at the next start)"
  fi
  monitor_sync_live
}

# After a drain, undrain or start: rewrites the live upstream and reloads NGINX when that changed it.
nginx_sync() {
  nginx_running || return 0
  local before
  before=$(cat "$NGX_LIVE")
  nginx_write_live "$(nginx_live_colour)"
  [[ $(cat "$NGX_LIVE") != "$before" ]] || return 0
  nginx_start
}

nginx_status() {
  local colour
  colour=$(nginx_live_colour)
  if nginx_running && [[ $(http_code "$STATUS_URL") == 200 ]]; then
    printf '%-10s %-7s :%s -> %s\n' nginx up "$PUBLIC_PORT" "$colour"
  else
    printf '%-10s %-7s :%s -> %s\n' nginx down "$PUBLIC_PORT" "$colour"
    return "$EXIT_DOWN"
  fi
}

nginx_cmd() {
  case ${1:-} in
    start) nginx_start ;;
    stop) nginx_stop ;;
    status) nginx_status ;;
    live) (($# == 2)) || die "$EXIT_USAGE" "usage: scripts/yomu nginx live blue|green"; nginx_set_live "$2" ;;
    *) die "$EXIT_USAGE" "usage: scripts/yomu nginx start|stop|status|live blue|green" ;;
  esac
}

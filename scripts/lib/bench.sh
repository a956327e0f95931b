# shellcheck shell=bash
# scripts/yomu bench reading: p95 of the article list, the article page and the quiz submit through NGINX,
# on generated data (20k articles, 200k attempts by default). Needs the stack up (scripts/yomu up).
# scripts/yomu bench engine: the engine's event consumption rate on one instance and on two.

bench_cmd() {
  case ${1:-} in
    reading) shift; bench_reading "$@" ;;
    engine) shift; bench_engine "$@" ;;
    *) die "$EXIT_USAGE" "usage: scripts/yomu bench reading|engine [options] (scripts/yomu help)" ;;
  esac
}

bench_reading() {
  local articles=20000 attempts=200000 seconds=15 clients=16
  while (($#)); do
    case $1 in
      --articles) articles=$2 ;;
      --attempts) attempts=$2 ;;
      --seconds) seconds=$2 ;;
      --clients) clients=$2 ;;
      *) die "$EXIT_USAGE" "unknown option $1" ;;
    esac
    shift 2 || die "$EXIT_USAGE" "option needs a value"
  done
  [[ $articles$attempts$seconds$clients =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "options take whole numbers"
  if ! command -v hey >/dev/null || ! command -v wrk >/dev/null; then apt_install hey wrk; fi
  nginx_running || die "$EXIT_DOWN" "the stack is not up: scripts/yomu up first"
  local site="http://127.0.0.1:$PUBLIC_PORT" work="$STATE/bench" t0 token article
  mkdir -p "$work"

  section "data: $articles articles, $attempts attempts"
  t0=$(now_ms)
  app_psql -v articles="$articles" -v attempts="$attempts" -v readers=10000 -f "$ROOT/scripts/bench/reading-data.sql"
  say "data ready ($(secs_since "$t0") s)"

  section "bench reader"
  local name
  name="benchreader$(date +%s)"
  token=$(curl -s -X POST "$site/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$name\",\"display_name\":\"Bench\",\"password\":\"bench12345\",\"phone\":\"+62$(date +%s)\"}" |
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || die "could not register the bench reader"
  article=$(app_psql -At -c "SELECT min(id) + 777 FROM core.article WHERE title LIKE 'Artikel uji %'")
  app_psql -At -F $'\t' -c "SELECT a.id, json_build_object('answers', json_agg(json_build_object('question_id', q.id,
      'option_id', o.id) ORDER BY q.position)) FROM core.article a JOIN core.question q ON q.article_id = a.id
      JOIN core.answer_option o ON o.question_id = q.id AND o.position = 1
      WHERE a.title LIKE 'Artikel uji %' GROUP BY a.id ORDER BY a.id DESC LIMIT 20000" >"$work/submits.tsv"
  say "reader $name; $(wc -l <"$work/submits.tsv") quizzes to submit"

  section "warm-up (5 s each)"
  hey -z 5s -c "$clients" "$site/api/v1/articles?page=3" >/dev/null
  hey -z 5s -c "$clients" "$site/article.xhtml?id=$article" >/dev/null

  section "load: $seconds s each, $clients clients, through NGINX to blue-1 and blue-2"
  bench_hey "article list (API, page 50)" "$site/api/v1/articles?page=50" "$seconds" "$clients"
  bench_hey "article list (search 'sungai')" "$site/api/v1/articles?q=sungai" "$seconds" "$clients"
  bench_hey "article list (home page)" "$site/index.xhtml?level=3&page=10" "$seconds" "$clients"
  bench_hey "article page" "$site/article.xhtml?id=$article" "$seconds" "$clients"
  bench_hey "article (API)" "$site/api/v1/articles/$article" "$seconds" "$clients"
  BENCH_TOKEN=$token BENCH_THREADS=2 wrk -t 2 -c "$clients" -d "${seconds}s" -s "$ROOT/scripts/bench/submit.lua" \
    "$site" -- "$work/submits.tsv" | grep -E '^quiz submit:'
}

# bench_hey LABEL URL SECONDS CLIENTS: one line with requests, errors and latency percentiles.
bench_hey() {
  local out
  out=$(hey -z "${3}s" -c "$4" "$2")
  printf '%s: %s req/s, p50 %s, p95 %s, p99 %s, status %s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '/ 50% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/ 95% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/ 99% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/^ *\[[0-9]+\]/ {printf "%s%s ", $1, $2}' <<<"$out")"
}

# Unprocessed events in the core outbox (what yomu_engine_event_backlog reports).
bench_backlog() {
  app_psql -At -c "SELECT count(*) FROM core.outbox_event e
    WHERE NOT EXISTS (SELECT 1 FROM engine.processed_event p WHERE p.event_id = e.id)"
}

# bench_consume LABEL EVENTS: writes EVENTS quiz events into the outbox in one commit, then waits until
# the running instances have processed all of them; prints events/s.
bench_consume() {
  local label=$1 events=$2 t0 backlog last=-1 stalled=0
  app_psql -q -v events="$events" -f "$ROOT/scripts/bench/engine-events.sql"
  t0=$(now_ms)
  while backlog=$(bench_backlog) && ((backlog > 0)); do
    if ((backlog == last)); then stalled=$((stalled + 1)); else stalled=0; fi
    ((stalled < 12)) || die "the backlog stayed at $backlog for 60 s: see the instances' messages.log"
    say "$label: backlog $backlog"
    last=$backlog
    sleep 5
  done
  local ms=$(($(now_ms) - t0))
  printf '%s: %d events in %d.%d s = %d events/s\n' "$label" "$events" $((ms / 1000)) $((ms % 1000 / 100)) \
    $((events * 1000 / (ms > 0 ? ms : 1)))
}

bench_engine() {
  local readers=100000 events=1000000 n
  while (($#)); do
    case $1 in
      --readers) readers=$2 ;;
      --events) events=$2 ;;
      *) die "$EXIT_USAGE" "unknown option $1 (--readers N --events N)" ;;
    esac
    shift 2 || die "$EXIT_USAGE" "option needs a value"
  done
  [[ $readers$events =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "options take whole numbers"
  for n in blue-1 blue-2; do
    [[ $(health_state "$n" ready) == UP ]] || die "$EXIT_DOWN" "$n is not ready: scripts/yomu up first"
  done
  section "data: $readers readers"
  app_psql -q -v readers="$readers" -f "$ROOT/scripts/bench/engine-readers.sql"
  local backlog
  backlog=$(bench_backlog)
  ((backlog == 0)) || die "the outbox has $backlog unprocessed events already: let the engine finish first"

  section "consumption on one instance (blue-2 stopped): $((events / 2)) events"
  instance_stop blue-2
  bench_consume "one instance" $((events / 2))
  section "consumption on two instances: $((events - events / 2)) events"
  instance_start "$DEFAULT_EAR" blue-2
  bench_consume "two instances" $((events - events / 2))
}

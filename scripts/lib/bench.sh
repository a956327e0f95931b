# shellcheck shell=bash
# scripts/yomu bench reading: p95 of the article list, the article page and the quiz submit through NGINX,
# on generated data (20k articles, 200k attempts by default). Needs the stack up (scripts/yomu up).
# scripts/yomu bench engine: on 100k readers in 5k clans and 1M quiz events, the engine's consumption rate
# on one instance and on two, p95 of the tier leaderboard and the reader dashboard, and a season's end.

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
  token=$(bench_register "$name") || exit
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

# bench_register NAME: registers reader NAME through NGINX and prints their token.
bench_register() {
  local token
  token=$(curl -s -X POST "http://127.0.0.1:$PUBLIC_PORT/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"display_name\":\"Bench\",\"password\":\"bench12345\",\"phone\":\"+62$(date +%s)\"}" |
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || die "could not register the bench reader $1"
  echo "$token"
}

# bench_hey LABEL URL SECONDS CLIENTS [HEY OPTIONS]: one line with requests, errors and latency percentiles.
bench_hey() {
  local out
  out=$(hey -z "${3}s" -c "$4" "${@:5}" "$2")
  printf '%s: %s req/s, p50 %s, p95 %s, p99 %s, status %s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '/ 50% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/ 95% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/ 99% in/ {print $3*1000 " ms"}' <<<"$out")" \
    "$(awk '/^ *\[[0-9]+\]/ {printf "%s%s ", $1, $2}' <<<"$out")"
}

# Unprocessed events in the core outbox (what yomu_engine_event_backlog reports: above the watermark).
bench_backlog() {
  app_psql -At -c "SELECT count(*) FROM core.outbox_event e
    WHERE e.sequence > (SELECT sequence FROM engine.consumer_watermark)
    AND NOT EXISTS (SELECT 1 FROM engine.processed_event p WHERE p.event_id = e.id)"
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
  local readers=100000 clans=5000 events=1000000 seconds=15 clients=16 n
  while (($#)); do
    case $1 in
      --readers) readers=$2 ;;
      --clans) clans=$2 ;;
      --events) events=$2 ;;
      --seconds) seconds=$2 ;;
      --clients) clients=$2 ;;
      *) die "$EXIT_USAGE" "unknown option $1 (--readers N --clans N --events N --seconds S --clients C)" ;;
    esac
    shift 2 || die "$EXIT_USAGE" "option needs a value"
  done
  [[ $readers$clans$events$seconds$clients =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" "options take whole numbers"
  ((clans * 20 <= readers)) || die "$EXIT_USAGE" "20 members a clan: --clans at most --readers / 20"
  command -v hey >/dev/null || apt_install hey
  for n in blue-1 blue-2; do
    [[ $(health_state "$n" ready) == UP ]] || die "$EXIT_DOWN" "$n is not ready: scripts/yomu up first"
  done
  section "data: $readers readers, $clans clans of 20"
  app_psql -q -v readers="$readers" -f "$ROOT/scripts/bench/engine-readers.sql"
  app_psql -q -v clans="$clans" -f "$ROOT/scripts/bench/engine-clans.sql"
  local backlog
  backlog=$(bench_backlog)
  ((backlog == 0)) || die "the outbox has $backlog unprocessed events already: let the engine finish first"

  section "consumption on one instance (blue-2 stopped): $((events / 2)) events"
  instance_stop blue-2
  bench_consume "one instance" $((events / 2))
  section "consumption on two instances: $((events - events / 2)) events"
  instance_start "$DEFAULT_EAR" blue-2
  bench_consume "two instances" $((events - events / 2))

  bench_engine_pages "$seconds" "$clients"
  bench_season_end
}

# A reader of the first benchmark clan, made admin for the season's end; prints their token.
bench_engine_reader() {
  local name token id
  name="enginebench$(date +%s)"
  token=$(bench_register "$name") || exit
  id=$(app_psql -At -c "UPDATE core.account SET role = 'ADMIN' WHERE username = '$name' RETURNING id")
  app_psql -q -c "INSERT INTO engine.clan_member (reader_id, clan_id, display_name)
    SELECT $id, id, 'Bench' FROM engine.clan WHERE name = 'Klan Uji 0'"
  echo "$token"
}

bench_engine_pages() {
  local seconds=$1 clients=$2 site="http://127.0.0.1:$PUBLIC_PORT" token cookie
  token=$(bench_engine_reader)
  cookie="Cookie: yomu_session=$token"
  section "pages: $seconds s each, $clients clients, through NGINX (a reader of a BRONZE clan)"
  hey -z 5s -c "$clients" -H "$cookie" "$site/league.xhtml?tier=BRONZE&page=20" >/dev/null
  bench_hey "tier leaderboard page (BRONZE, page 20)" "$site/league.xhtml?tier=BRONZE&page=20" "$seconds" "$clients" -H "$cookie"
  bench_hey "tier leaderboard (API, page 1)" "$site/api/v1/league/tiers/BRONZE?page=1" "$seconds" "$clients" -H "Authorization: Bearer $token"
  bench_hey "reader leaderboard (API)" "$site/api/v1/leaderboards/readers?page=100" "$seconds" "$clients"
  hey -z 5s -c "$clients" -H "$cookie" "$site/dashboard.xhtml" >/dev/null
  bench_hey "reader dashboard page" "$site/dashboard.xhtml" "$seconds" "$clients" -H "$cookie"
}

bench_season_end() {
  local site="http://127.0.0.1:$PUBLIC_PORT" token number t0 code
  mkdir -p "$STATE/bench"
  token=$(bench_engine_reader)
  number=$(curl -s "$site/api/v1/league/season" | sed -n 's/.*"number":\([0-9]*\).*/\1/p')
  [[ -n $number ]] || die "no running season"
  section "season $number ends ($(app_psql -At -c "SELECT count(*) FROM engine.clan") clans)"
  t0=$(now_ms)
  code=$(curl -s -o "$STATE/bench/season-end.json" -w '%{http_code}' --max-time 600 -X POST \
    -H "Authorization: Bearer $token" "$site/api/v1/admin/seasons/$number/end")
  [[ $code == 200 ]] || die "ending season $number answered HTTP $code: $(cat "$STATE/bench/season-end.json")"
  printf 'season end: %s s for %s clans (results stored: %s)\n' "$(secs_since "$t0")" \
    "$(app_psql -At -c "SELECT count(*) FROM engine.clan")" \
    "$(app_psql -At -c "SELECT count(*) FROM engine.season_result WHERE season_number = $number")"
}

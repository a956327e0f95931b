# shellcheck shell=bash
# scripts/yomu bench reading: p95 of the article list, the article page and the quiz submit through NGINX,
# on generated data (20k articles, 200k attempts by default). Needs the stack up (scripts/yomu up).

bench_cmd() {
  local what=${1:-} articles=20000 attempts=200000 seconds=15 clients=16
  (($#)) && shift
  [[ $what == reading ]] || die "$EXIT_USAGE" "usage: scripts/yomu bench reading [--articles N] [--attempts N] [--seconds S] [--clients C]"
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

# shellcheck shell=bash
# Metric analysis of a release for scripts/yomu deploy: smoke requests straight to an instance, and the
# server-error ratio and request-duration p95 of the requests an instance served between two scrapes of
# its mpMetrics. Liberty publishes http.server.request.duration as a histogram (server.xml): its bucket
# counters only grow, so the difference of two scrapes is the distribution of exactly those requests.

# The smoke requests, one line each: NAME METHOD PATH. {article} is an article with a quiz; every request
# but the login carries the smoke reader's token; each must answer 2xx.
SMOKE_REQUESTS=(
  "login POST /api/v1/auth/login"
  "articles GET /api/v1/articles"
  "article GET /api/v1/articles/{article}"
  "quiz GET /api/v1/articles/{article}/quiz"
  "progress GET /api/v1/me/progress"
  "leaderboard GET /api/v1/league/tiers/BRONZE"
  "readers GET /api/v1/leaderboards/readers"
)
SMOKE_USER=deploy-smoke
# Set by smoke_prepare for the instance being analysed: a login costs a slow password hash, so the token
# and the article are found once per instance, not once per round.
SMOKE_TOKEN=""
SMOKE_ARTICLE=""

smoke_login_json() {
  jq -cn --arg u "$SMOKE_USER" --arg p "$(secret smoke-password)" '{identifier: $u, password: $p}'
}

# smoke_call BASE METHOD PATH [TOKEN] [BODY]: prints "STATUS BODY-FILE".
smoke_call() {
  local base=$1 method=$2 path=$3 token=${4:-} body=${5:-} out args
  out=$(mktemp)
  args=(-s -o "$out" -w '%{http_code}' --max-time "${SMOKE_TIMEOUT:-10}" -X "$method" -H 'Accept: application/json')
  [[ -z $token ]] || args+=(-H "Authorization: Bearer $token")
  [[ -z $body ]] || args+=(-H 'Content-Type: application/json' --data "$body")
  echo "$(curl "${args[@]}" "$base$path" 2>/dev/null || echo 000) $out"
}

# The smoke reader logs in on BASE (registered on first use, password in .yomu/secrets/smoke-password).
smoke_token() {
  local base=$1 reply status file
  reply=$(smoke_call "$base" POST /api/v1/auth/login "" "$(smoke_login_json)")
  status=${reply%% *}
  file=${reply#* }
  if [[ $status == 401 ]]; then
    rm -f "$file"
    reply=$(smoke_call "$base" POST /api/v1/auth/register "" "$(jq -cn --arg u "$SMOKE_USER" \
      --arg p "$(secret smoke-password)" '{username: $u, display_name: "Deployment smoke test", password: $p,
      email: ($u + "@deploy.yomu.invalid")}')")
    status=${reply%% *}
    file=${reply#* }
  fi
  [[ $status == 200 || $status == 201 ]] && jq -r '.token // empty' "$file"
  rm -f "$file"
}

# An article that has a quiz (the first of the list that opens one), for {article}.
smoke_article() {
  local base=$1 token=$2 reply id status
  reply=$(smoke_call "$base" GET '/api/v1/articles?size=20' "$token")
  for id in $(jq -r '(.items // .)[]?.id' "${reply#* }" 2>/dev/null); do
    status=$(smoke_call "$base" GET "/api/v1/articles/$id/quiz" "$token")
    rm -f "${status#* }"
    if [[ ${status%% *} == 200 ]]; then echo "$id"; break; fi
  done
  rm -f "${reply#* }"
}

# smoke_prepare BASE: the smoke reader's token and article for the rounds against BASE; fails without a login.
# Before the warm-up, on a cold JVM at low priority, the first password hash may take many seconds.
smoke_prepare() {
  SMOKE_TOKEN=$(SMOKE_TIMEOUT=60 smoke_token "$1") || true
  [[ -n $SMOKE_TOKEN ]] || return 1
  SMOKE_ARTICLE=$(smoke_article "$1" "$SMOKE_TOKEN")
}

# warm_up BASE COUNT: about COUNT of the smoke reads over 4 parallel keep-alive connections (one curl each),
# so that the JIT has compiled the request path before anything is measured or switched to: a cold JVM
# answers many times slower. Prints "ANSWERED SENT SECONDS" (ANSWERED: the 2xx answers). smoke_prepare BASE
# first.
warm_up() {
  local base=$1 count=$2 urls=() line name method path rounds t0 codes
  for line in "${SMOKE_REQUESTS[@]}"; do
    read -r name method path <<<"$line"
    [[ $method == GET && ( $path != *'{article}'* || -n $SMOKE_ARTICLE ) ]] || continue
    urls+=("$base${path//\{article\}/$SMOKE_ARTICLE}")
  done
  rounds=$(((count + 4 * ${#urls[@]} - 1) / (4 * ${#urls[@]})))
  codes=$(mktemp)
  t0=$(now_ms)
  for _ in 1 2 3 4; do
    (
      args=()
      for ((round = 0; round < rounds; round++)); do
        for path in "${urls[@]}"; do args+=(-o /dev/null "$path"); done
      done
      ((${#args[@]} == 0)) || nice -n "${DEPLOY_NICE:-0}" curl -s --max-time 60 -w '%{http_code}\n' \
        -H "Authorization: Bearer $SMOKE_TOKEN" -H 'Accept: application/json' "${args[@]}" || true
    ) >>"$codes" &
  done
  wait
  echo "$(grep -c '^2' "$codes") $((4 * rounds * ${#urls[@]})) $(secs_since "$t0")"
  rm -f "$codes"
}

# smoke_run BASE [reads]: every smoke request once (with "reads", all but the login); prints
# "name=status ..." and fails when one is not 2xx. smoke_prepare BASE first.
smoke_run() {
  local base=$1 only=${2:-} line name method path reply status result=() failed=0
  for line in "${SMOKE_REQUESTS[@]}"; do
    read -r name method path <<<"$line"
    [[ $only != reads || $name != login ]] || continue
    if [[ $path == *'{article}'* ]]; then
      [[ -n $SMOKE_ARTICLE ]] || { result+=("$name=no-article-with-quiz"); failed=1; continue; }
      path=${path//\{article\}/$SMOKE_ARTICLE}
    fi
    if [[ $name == login ]]; then
      reply=$(smoke_call "$base" "$method" "$path" "" "$(smoke_login_json)")
    else
      reply=$(smoke_call "$base" "$method" "$path" "$SMOKE_TOKEN")
    fi
    status=${reply%% *}
    rm -f "${reply#* }"
    result+=("$name=$status")
    [[ $status == 2?? ]] || failed=1
  done
  echo "${result[*]}"
  return "$failed"
}

# metrics_scrape NAME FILE [TIMEOUT]: the instance's request histogram, one line per series (its label
# set without le, so that every label Liberty adds keeps series apart): "count SERIES STATUS VALUE" and
# "bucket SERIES LE VALUE". Operator routes (/health, /metrics, /openapi) are left out.
metrics_scrape() {
  local raw timeout=${3:-10}
  # A few tries: on a saturated machine one scrape can take longer than its timeout.
  for _ in 1 2 3; do
    raw=$(curl -sf --max-time "$timeout" "$(instance_url "$1")/metrics?scope=vendor&name=http.server.request.duration" \
      2>/dev/null) || true
    [[ -z $raw ]] || break
    sleep 1
  done
  [[ -n $raw ]] || return 1
  awk '
    /^http_server_request_duration_seconds_(count|bucket)\{/ {
      labels = $0; sub(/^[^{]*\{/, "", labels); sub(/\}[^}]*$/, "", labels)
      route = ""; status = ""; le = ""
      if (match(labels, /http_route="[^"]*"/)) route = substr(labels, RSTART + 12, RLENGTH - 13)
      if (match(labels, /http_response_status_code="[^"]*"/)) status = substr(labels, RSTART + 27, RLENGTH - 28)
      if (match(labels, /le="[^"]*"/)) le = substr(labels, RSTART + 4, RLENGTH - 5)
      if (route ~ /^\/(health|metrics|openapi)(\/|$)/) next
      series = labels; gsub(/,?le="[^"]*"/, "", series); gsub(/ /, "_", series)
      if ($0 ~ /_count\{/) print "count", series, (status == "" ? "-" : status), $NF
      else print "bucket", series, le, $NF
    }' <<<"$raw" >"$2"
}

# metrics_delta BEFORE AFTER: "REQUESTS ERRORS P95" of the requests served between two scrapes of one
# instance. P95 comes from the summed bucket differences, interpolated within its bucket the way
# Prometheus' histogram_quantile does; beyond the last finite bucket it is that bucket's bound.
metrics_delta() {
  awk '
    FILENAME == ARGV[1] { before[$1 " " $2 " " $3] = $4; next }
    $1 == "count" {
      d = $4 - before[$1 " " $2 " " $3]; if (d < 0) d = $4
      n += d; if ($3 ~ /^5/) e += d
    }
    $1 == "bucket" {
      d = $4 - before[$1 " " $2 " " $3]; if (d < 0) d = $4
      if (!($3 in b)) les[++k] = $3
      b[$3] += d
    }
    END {
      for (i = 2; i <= k; i++) for (j = i; j > 1 && bound(les[j]) < bound(les[j - 1]); j--) { t = les[j]; les[j] = les[j - 1]; les[j - 1] = t }
      p95 = 0
      if (n > 0 && k > 0) {
        rank = 0.95 * b[les[k]]; below = 0; lower = 0
        for (i = 1; i <= k; i++) {
          if (les[i] == "+Inf") { p95 = lower; break }
          if (b[les[i]] >= rank) {
            p95 = (b[les[i]] == below) ? bound(les[i]) : lower + (bound(les[i]) - lower) * (rank - below) / (b[les[i]] - below)
            break
          }
          below = b[les[i]]; lower = bound(les[i])
        }
      }
      printf "%d %d %.3f\n", n, e, p95
    }
    function bound(le) { return le == "+Inf" ? 1e308 : le + 0 }
  ' "$1" "$2"
}

# analysis_verdict "REQUESTS ERRORS P95": "pass", "inconclusive" (no requests) or "breach", with the values.
analysis_verdict() {
  local n e p95 ratio
  read -r n e p95 <<<"$1"
  if ((n == 0)); then echo "inconclusive 0 0 0"; return; fi
  ratio=$(awk -v e="$e" -v n="$n" 'BEGIN { printf "%.4f", e / n }')
  if awk -v r="$ratio" -v p="$p95" -v mr="$DEPLOY_MAX_ERROR_RATIO" -v mp="$DEPLOY_MAX_P95" \
    'BEGIN { exit !(r <= mr && p <= mp) }'; then
    echo "pass $n $ratio $p95"
  else
    echo "breach $n $ratio $p95"
  fi
}

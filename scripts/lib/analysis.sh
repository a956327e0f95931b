# shellcheck shell=bash
# Metric analysis of a release for scripts/yomu deploy: smoke requests straight to an instance, and the
# server-error ratio and request-duration p95 read from the instances' mpMetrics between two scrapes.

# The smoke requests, one line each: NAME METHOD PATH. Extend here (e.g. the leaderboard once it exists:
# "leaderboard GET /api/v1/leaderboards/readers"). {article} is an article with a quiz; every request but
# the login carries the smoke reader's token; each must answer 2xx.
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

smoke_login_json() {
  jq -cn --arg u "$SMOKE_USER" --arg p "$(secret smoke-password)" '{identifier: $u, password: $p}'
}

# smoke_call BASE METHOD PATH [TOKEN] [BODY]: prints "STATUS BODY-FILE".
smoke_call() {
  local base=$1 method=$2 path=$3 token=${4:-} body=${5:-} out args
  out=$(mktemp)
  args=(-s -o "$out" -w '%{http_code}' --max-time 10 -X "$method" -H 'Accept: application/json')
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

# smoke_run BASE: every smoke request once; prints "name=status ..." and fails when one is not 2xx.
smoke_run() {
  local base=$1 token article line name method path reply status result=() failed=0
  token=$(smoke_token "$base") || true
  if [[ -z $token ]]; then echo "login=failed"; return 1; fi
  article=$(smoke_article "$base" "$token")
  for line in "${SMOKE_REQUESTS[@]}"; do
    read -r name method path <<<"$line"
    if [[ $path == *'{article}'* ]]; then
      [[ -n $article ]] || { result+=("$name=no-article-with-quiz"); failed=1; continue; }
      path=${path//\{article\}/$article}
    fi
    if [[ $name == login ]]; then
      reply=$(smoke_call "$base" "$method" "$path" "" "$(smoke_login_json)")
    else
      reply=$(smoke_call "$base" "$method" "$path" "$token")
    fi
    status=${reply%% *}
    rm -f "${reply#* }"
    result+=("$name=$status")
    [[ $status == 2?? ]] || failed=1
  done
  echo "${result[*]}"
  return "$failed"
}

# metrics_scrape NAME FILE: the instance's request counters and p95s, one line per route and status:
# "count ROUTE STATUS VALUE" and "p95 ROUTE VALUE" (ops routes /health, /metrics, /openapi left out).
metrics_scrape() {
  local raw try
  # A few tries: on a saturated machine one scrape can take longer than its timeout.
  for try in 1 2 3; do
    raw=$(curl -sf --max-time 10 "$(instance_url "$1")/metrics" 2>/dev/null) || true
    [[ -z $raw ]] || break
    sleep "$try"
  done
  [[ -n $raw ]] || return 1
  awk '
    /^http_server_request_duration_seconds(_count)?\{/ {
      route = ""; status = ""; q = ""
      if (match($0, /http_route="[^"]*"/)) route = substr($0, RSTART + 12, RLENGTH - 13)
      if (match($0, /http_response_status_code="[^"]*"/)) status = substr($0, RSTART + 27, RLENGTH - 28)
      if (match($0, /quantile="[^"]*"/)) q = substr($0, RSTART + 10, RLENGTH - 11)
      if (route ~ /^\/(health|metrics|openapi)(\/|$)/) next
      if (route == "") route = "-"
      if ($0 ~ /^http_server_request_duration_seconds_count/) print "count", route, status, $NF
      else if (q == "0.95") print "p95", route, status, $NF
    }' <<<"$raw" >"$2"
}

# metrics_delta BEFORE AFTER: "REQUESTS ERRORS P95" between two scrapes of one instance; P95 is the
# worst p95 among the routes that served requests in between (Liberty's summaries cannot be merged).
metrics_delta() {
  awk '
    FILENAME == ARGV[1] { if ($1 == "count") before[$2 " " $3] = $4; next }
    $1 == "count" { d = $4 - before[$2 " " $3]; if (d > 0) { n += d; if ($3 ~ /^5/) e += d; served[$2] = 1 } }
    $1 == "p95" { p[$2] = (p[$2] > $4 ? p[$2] : $4) }
    END { for (r in served) if (p[r] > worst) worst = p[r]; printf "%d %d %.3f\n", n, e, worst }
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

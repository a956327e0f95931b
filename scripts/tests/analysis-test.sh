#!/usr/bin/env bash
# Unit tests of the deployment analysis (scripts/lib/analysis.sh) on scrapes shaped like Liberty's:
# request counts and the p95 between two scrapes of the request histogram. Run by scripts/yomu test.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib/analysis.sh
source "$here/../lib/analysis.sh"
instance_url() { echo "http://127.0.0.1:1"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# series LABELS STATUS COUNT B005 B01 B1 B2 INF: one route's histogram lines (buckets 0.05, 0.1, 1, 2, +Inf).
series() {
  local labels="http_request_method=\"GET\",http_response_status_code=\"$2\",http_route=\"$1\",mp_scope=\"vendor\",server_port=\"$3\","
  local le values=("$5" "$6" "$7" "$8" "$4") i=0
  for le in 0.05 0.1 1.0 2.0 +Inf; do
    echo "http_server_request_duration_seconds_bucket{${labels}le=\"$le\",} ${values[i]}"
    i=$((i + 1))
  done
  echo "http_server_request_duration_seconds_count{${labels}} $4"
  echo "http_server_request_duration_seconds_sum{${labels}} 1.0"
}

check() {
  if [[ $2 == "$3" ]]; then echo "ok: $1"; else echo "FAILED: $1: expected '$3', got '$2'"; failures=$((failures + 1)); fi
}

# scrape NAME <<< TEXT: what metrics_scrape keeps of a scrape.
parse() {
  # shellcheck disable=SC2317 # (called by metrics_scrape)
  curl() { cat "$tmp/raw"; }
  cat >"$tmp/raw"
  metrics_scrape blue-1 "$tmp/$1"
  unset -f curl
}

{
  series /api/v1/articles 200 8080 100 90 100 100 100
  series /api/v1/articles 200 9081 10 10 10 10 10
  series /api/v1/categories 500 8080 5 5 5 5 5
  series /health/ready 200 9081 1000 1000 1000 1000 1000
} | parse before
{
  # 100 more article requests through NGINX (port 8080), 60 of them between 1 and 2 s; the direct ones
  # (port 9081) did not move; 10 more categories requests failed; readiness probes do not count.
  series /api/v1/articles 200 8080 200 120 140 140 200
  series /api/v1/articles 200 9081 10 10 10 10 10
  series /api/v1/categories 500 8080 15 15 15 15 15
  series /health/ready 200 9081 5000 5000 5000 5000 5000
} | parse after
# 110 requests: 50 up to 0.1 s (40 articles, 10 categories), 60 in (1 s, 2 s]; the 95th percentile's rank,
# 104.5, lies 54.5 / 60 into that bucket: 1 + 54.5 / 60 = 1.908 s.
check "requests, 5xx and p95 between two scrapes" "$(metrics_delta "$tmp/before" "$tmp/after")" "110 10 1.908"

{
  series /api/v1/articles 200 8080 200 120 140 140 200
  series /api/v1/quiz 200 9081 4 4 4 4 4
} | parse later
# 4 requests, all up to 50 ms: rank 3.8 of 4 in the first bucket, interpolated from 0 as Prometheus does.
check "a series new since the first scrape counts whole" "$(metrics_delta "$tmp/after" "$tmp/later")" "4 0 0.048"
check "no request in between" "$(metrics_delta "$tmp/after" "$tmp/after")" "0 0 0.000"

# shellcheck disable=SC2034 # (read by analysis_verdict)
DEPLOY_MAX_ERROR_RATIO=0.01 DEPLOY_MAX_P95=2
check "5xx above the limit is a breach" "$(analysis_verdict "110 10 1.875")" "breach 110 0.0909 1.875"
check "within the limits is a pass" "$(analysis_verdict "110 1 1.875")" "pass 110 0.0091 1.875"
check "a slow p95 is a breach" "$(analysis_verdict "110 0 2.500")" "breach 110 0.0000 2.500"
check "no request is inconclusive, never a pass" "$(analysis_verdict "0 0 0.000")" "inconclusive 0 0 0"

((failures == 0)) || { echo "$failures analysis test(s) failed"; exit 1; }
echo "analysis: all tests passed"

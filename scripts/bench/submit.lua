-- wrk script: each request submits the quiz of another article (a first attempt each) as the bench
-- reader whose token is in BENCH_TOKEN, and prints the latency percentiles at the end. Thread k of
-- BENCH_THREADS takes lines k+1, k+1+n, ... so no two requests submit the same quiz.
local lines = {}
local started = 0
local step = tonumber(os.getenv("BENCH_THREADS") or "1")

function setup(thread)
  thread:set("first", started)
  started = started + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local id, body = line:match("^(%d+)\t(.*)$")
    lines[#lines + 1] = { id = id, body = body }
  end
  position = first
end

function request()
  local item = lines[position % #lines + 1]
  position = position + step
  return wrk.format("POST", "/api/v1/articles/" .. item.id .. "/quiz/submissions",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }, item.body)
end

function done(summary, latency, requests)
  io.write(string.format("quiz submit: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d requests, %d not 2xx\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, summary.errors.status))
end

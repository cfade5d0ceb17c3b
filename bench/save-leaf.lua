-- wrk script: each thread is one client with one connection, saving its own leaf over and over through
-- PUT /api/v1/assessments/{id}/entries/{code}, sending back the version the previous answer gave (no conflicts).
-- Stops each thread after SAVES_PER_CLIENT saves. Config lines come from prepare.py (bench/leaves.txt).
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("LEAVES") or "bench/leaves.txt")
  local n = 0
  for line in file:lines() do
    n = n + 1
    if n == id then
      cookie, csrf, assessment, code, version = line:match("([^|]*)|([^|]*)|([^|]*)|([^|]*)|([^|]*)")
    end
  end
  file:close()
  limit = tonumber(os.getenv("SAVES_PER_CLIENT") or "200")
  done, failed, ratio = 0, 0, 0
  started, finished = os.time(), 0
end

function request()
  ratio = (ratio % 50) + 1
  local body = string.format('{"version":%s,"met":true,"numerator":%d,"denominator":50,"value":%d,"count":1,'
    .. '"explanation":"Đo tải lần %d"}', version, ratio, ratio, done)
  return wrk.format("PUT", "/api/v1/assessments/" .. assessment .. "/entries/" .. code,
    { ["Content-Type"] = "application/json", ["Cookie"] = cookie, ["X-CSRF-TOKEN"] = csrf }, body)
end

function response(status, headers, body)
  done = done + 1
  if status == 200 then
    version = body:match('"version":(%d+)') or version
  else
    failed = failed + 1
  end
  if done >= limit then
    finished = os.time()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local failures, first, last = 0, math.huge, 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
    first = math.min(first, thread:get("started"))
    last = math.max(last, thread:get("finished"))
  end
  io.write(string.format("saves: %d, non-200 answers: %d, socket errors: %d\n", summary.requests, failures,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.1f ms; all saves done in about %d s (%.0f saves/s)\n", latency.max / 1000,
    last - first, summary.requests / math.max(last - first, 1)))
end

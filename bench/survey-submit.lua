-- wrk script for bench/survey.sh submit: every request POSTs the public form /s/{token} with its own one-time
-- code (PREFIX + a 7-digit number: thread t uses FIRST + t * PER_THREAD onwards) and 20 random levels, so no two
-- requests burn the same code and the answers are not straight-lined. STAMP is one form stamp fetched before
-- the run (older than the FAST threshold). Args: TOKEN PREFIX FIRST PER_THREAD STAMP
local next_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  token, prefix, first, per_thread, stamp = args[1], args[2], tonumber(args[3]), tonumber(args[4]), args[5]
  counter, refused = 0, 0
  math.randomseed(os.time() + tid * 7919)
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  local parts = { string.format("ma=%s%07d", prefix, first + tid * per_thread + counter), "stamp=" .. stamp }
  counter = counter + 1
  for q = 1, 20 do
    parts[#parts + 1] = string.format("q_Q%02d=%d", q, math.random(1, 5))
  end
  return wrk.format("POST", "/s/" .. token, headers, table.concat(parts, "&"))
end

function response(status, headers, body)
  if status ~= 302 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local sent, bad = 0, 0
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("counter")
    bad = bad + thread:get("refused")
  end
  io.write(string.format("codes used: %d, answers other than 302: %d\n", sent, bad))
end

-- Shared by check.lua and batch.lua: count responses whose verdicts report an ML timeout,
-- so a throughput number is never quietly bought with skipped ML. Enabled by COUNT=1.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  timeouts = 0
  -- Per-thread salt: check.lua and batch.lua put it in every text so no cache can answer a repeat.
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  salt = math.random(1, 1000000000)
end

if os.getenv("COUNT") == "1" then
  function response(status, headers, body)
    if body and string.find(body, '"timeout: ', 1, true) then
      timeouts = timeouts + 1
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("timeouts") or 0)
  end
  io.write(string.format("Responses with an ML timeout: %d\n", total))
end

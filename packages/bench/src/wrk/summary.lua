-- Prints wrk's result as one JSON line (prefixed WRK_JSON) for wrk.ts to parse: the text report
-- rounds and changes units. When a script counts responses (count.lua), each thread's tallies
-- are collected here too; wrk.thread:get copies a table out of a thread's own Lua state.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function encode(value)
  if type(value) ~= "table" then return tostring(value) end
  local parts = {}
  for key, item in pairs(value) do
    table.insert(parts, string.format("%q:%s", tostring(key), encode(item)))
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

local function merge(into, from)
  for key, n in pairs(from or {}) do into[key] = (into[key] or 0) + n end
end

-- Responses slower than WRK_SLOW_US, found by bisecting the latency percentiles: wrk's own
-- --timeout would leave them out of the percentiles, and a collapsing long tail out of sight.
local function slower_than(latency, recorded)
  local limit = tonumber(os.getenv("WRK_SLOW_US") or "2000000")
  if recorded == 0 or latency.max <= limit then return 0 end
  if latency.min > limit then return recorded end
  local lo, hi = 0, 100
  for _ = 1, 30 do
    local mid = (lo + hi) / 2
    if latency:percentile(mid) <= limit then lo = mid else hi = mid end
  end
  return math.floor(recorded * (100 - lo) / 100 + 0.5)
end

function done(summary, latency, requests)
  local statuses, header = {}, {}
  for _, thread in ipairs(threads) do
    merge(statuses, thread:get("statuses"))
    merge(header, thread:get("header_values"))
  end
  local e = summary.errors
  io.write("WRK_JSON ", encode({
    requests = summary.requests,
    duration_us = summary.duration,
    bytes = summary.bytes,
    connect = e.connect, read = e.read, write = e.write, timeout = e.timeout, status = e.status,
    slow = slower_than(latency, summary.requests - e.timeout),
    p50_us = latency:percentile(50), p90_us = latency:percentile(90),
    p95_us = latency:percentile(95), p99_us = latency:percentile(99),
    mean_us = latency.mean, max_us = latency.max,
    statuses = statuses, header = header,
  }), "\n")
end

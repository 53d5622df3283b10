-- wrk script: the requests of post.lua sent at a fixed total rate (open loop), with latency measured from each
-- request's scheduled send time, so a stall counts against every request it delayed (no coordinated omission).
--   RATE=20000 TOKEN=<ingest token> wrk -t1 -c200 -d30s -s bulwark-bench/wrk/paced.lua http://127.0.0.1:18081
-- With -t above 1 set THREADS to the same number. Each connection has one request in flight; use enough
-- connections that rate x latency stays well below their number.
-- wrk's own latency figures are then the service time only; this script prints the corrected percentiles.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "post.lua")

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bulwark_timespec;
  int clock_gettime(int clock, bulwark_timespec *ts);
]]
local ts = ffi.new("bulwark_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local BUCKET_US = 100        -- histogram resolution
local MAX_BUCKET = 20000     -- 2 s; slower responses land in the last bucket
local period_us, next_slot, queue, head, tail, sent
histogram = nil -- global, so done() can read each thread's with thread:get

local post_init = init
function init(args)
  post_init(args)
  local rate = tonumber(os.getenv("RATE") or "")
  assert(rate and rate > 0, "set RATE to the total requests per second")
  period_us = 1e6 * (tonumber(os.getenv("THREADS") or "1")) / rate
  next_slot = now_us()
  queue, head, tail = {}, 1, 0
  histogram, sent = {}, 0
  for i = 0, MAX_BUCKET do histogram[i] = 0 end
end

-- Called when a response completes: the connection's next request goes out at the next free slot of this thread.
function delay()
  local slot = next_slot
  next_slot = next_slot + period_us
  tail = tail + 1
  queue[tail] = slot
  local wait = (slot - now_us()) / 1000
  return wait > 0 and wait or 0
end

-- Timers fire in slot order, so the request built now is the one scheduled at the oldest queued slot; the slot
-- travels in the event id and comes back in the decision's event_id.
function request()
  local slot
  if head <= tail then
    slot = queue[head]
    queue[head] = nil
    head = head + 1
  else
    slot = now_us() -- a connection's first request
  end
  sent = sent + 1
  return event_request(string.format("wrk-%d-%d-%d-%d", thread_tag, sent, math.random(1, 1000000000), math.floor(slot)))
end

function response(status, headers, body)
  local slot = tonumber(body:match('"event_id":"wrk%-%d+%-%d+%-%d+%-(%d+)"'))
  if slot then
    local bucket = math.floor((now_us() - slot) / BUCKET_US)
    if bucket > MAX_BUCKET then bucket = MAX_BUCKET end
    if bucket < 0 then bucket = 0 end -- wrk's timers have millisecond resolution and may fire a little early
    histogram[bucket] = histogram[bucket] + 1
  end
end

function done(summary, latency, requests)
  local merged, total = {}, 0
  for i = 0, MAX_BUCKET do merged[i] = 0 end
  for _, t in ipairs(threads) do
    local h = t:get("histogram")
    for i = 0, MAX_BUCKET do
      merged[i] = merged[i] + h[i]
      total = total + h[i]
    end
  end
  local function percentile(p)
    local want, seen = total * p, 0
    for i = 0, MAX_BUCKET do
      seen = seen + merged[i]
      if seen >= want then return (i + 1) * BUCKET_US / 1000 end
    end
    return MAX_BUCKET * BUCKET_US / 1000
  end
  io.write(string.format("paced: %d responses, %.0f/s; latency from schedule (ms): p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max<=%.1f\n",
    total, total / (summary.duration / 1e6), percentile(0.5), percentile(0.9), percentile(0.99), percentile(0.999),
    percentile(1.0)))
end

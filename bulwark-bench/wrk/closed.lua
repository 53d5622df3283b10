-- wrk script: the requests of post.lua in a closed loop (each connection sends as soon as it is answered), with
-- each request's latency measured from its actual send and printed as percentiles at the end:
--   TOKEN=<ingest token> wrk -t1 -c32 -d20s -s bulwark-bench/wrk/closed.lua http://127.0.0.1:18081
-- These are plain service times. wrk's own --latency percentiles are not: wrk adds synthetic samples for the
-- requests a slow reply "should" have let through (its built-in coordinated-omission estimate), so they sit
-- between these and an open-loop measurement (openloop.c), which is the strict one.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "post.lua")

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bulwark_timespec;
  int clock_gettime(int clock, bulwark_timespec *ts);
]]
local ts = ffi.new("bulwark_timespec")
function now_us() -- global: batch.lua reads it
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local BUCKET_US = 100        -- histogram resolution
local MAX_BUCKET = 20000     -- 2 s; slower responses land in the last bucket
local sent = 0
histogram = nil -- global, so done() can read each thread's with thread:get

local post_init = init
function init(args)
  post_init(args)
  histogram = {}
  for i = 0, MAX_BUCKET do histogram[i] = 0 end
end

-- The send time travels in the event id and comes back in the decision's event_id.
function request()
  sent = sent + 1
  return event_request(string.format("wrk-%d-%d-%d-%d", thread_tag, sent, math.random(1, 1000000000),
    math.floor(now_us())))
end

function response(status, headers, body)
  local sent_at = tonumber(body:match('"event_id":"wrk%-%d+%-%d+%-%d+%-(%d+)"'))
  if sent_at then
    local bucket = math.floor((now_us() - sent_at) / BUCKET_US)
    if bucket > MAX_BUCKET then bucket = MAX_BUCKET end
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
  io.write(string.format("closed: %d responses, %.0f/s; latency from send (ms): p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max<=%.1f\n",
    total, total / (summary.duration / 1e6), percentile(0.5), percentile(0.9), percentile(0.99), percentile(0.999),
    percentile(1.0)))
end

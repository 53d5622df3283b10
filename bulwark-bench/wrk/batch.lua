-- wrk script: closed.lua's closed loop, but each request is POST /v1/events/batch with BATCH order.placed events
-- (NDJSON, default 10), each durable before the reply, as a client that gathers events into batches sends them:
--   TOKEN=<ingest token> BATCH=10 wrk -t1 -c16 -d20s -s bulwark-bench/wrk/batch.lua http://127.0.0.1:18081
-- Its closed: line counts requests (batches); decisions per second are BATCH times as many. Each request's latency
-- is measured from its send, carried in its first event's id, whose decision comes first in the answer.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "closed.lua")

local size = tonumber(os.getenv("BATCH") or "10")
local batches = 0
local closed_init = init

function init(args)
  closed_init(args)
  wrk.headers["Content-Type"] = "application/x-ndjson"
end

function request()
  batches = batches + 1
  local lines = {}
  -- the first id as closed.lua's (its response() reads the send time back from it); the others unique per batch
  lines[1] = event_body(string.format("wrk-%d-%d-%d-%d", thread_tag, batches, math.random(1, 1000000000),
    math.floor(now_us())))
  for i = 2, size do
    lines[i] = event_body(string.format("wrkb-%d-%d-%d-%d", thread_tag, batches, i, math.random(1, 1000000000)))
  end
  return wrk.format(nil, "/v1/events/batch", nil, table.concat(lines, "\n"))
end

-- An answer is one item per event; an item refused (any status but 200) is counted, and printed after closed.lua's
-- line, so that run.sh can add it to the row's non-2xx.
refused = 0 -- global, so done() can read each thread's with thread:get
local closed_response = response

function response(status, headers, body)
  closed_response(status, headers, body)
  if status == 200 then
    local _, ok = body:gsub('"status":200,', "")
    refused = refused + (size - ok)
  end
end

local closed_done = done

function done(summary, latency, requests)
  closed_done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("refused") end
  io.write(string.format("batch: refused items %d (of %d events per request)\n", total, size))
end

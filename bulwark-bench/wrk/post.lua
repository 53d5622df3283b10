-- wrk script: POST /v1/events with one order.placed per request, unique ids, a random buyer out of 200,000
-- together with that buyer's card, address and device. Usage (see docs/benchmarks.md):
--   TOKEN=<ingest token> wrk -t1 -c64 -d20s -s bulwark-bench/wrk/post.lua --latency http://127.0.0.1:18081
local counter = 0
local thread_tag = 0
threads = {} -- global: scripts that extend this one read it in done()

function setup(thread)
  thread:set("thread_tag", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 7919 + thread_tag)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

-- One order.placed event with the given id (a random buyer and that buyer's identifiers), as JSON text.
function event_body(id)
  local b = math.random(1, 200000)
  return string.format(
    '{"specversion":"1.0","id":"%s","source":"wrk","type":"order.placed","time":"%s",' ..
    '"data":{"order_id":"o-%s","buyer_id":"b-%d","seller_id":"s-%d","amount":%d.50,"currency":"USD",' ..
    '"payment_instrument_id":"pi-%d","shipping_address_id":"ad-%d","device_id":"d-%d","ip":"10.%d.%d.%d"}}',
    id, os.date("!%Y-%m-%dT%H:%M:%SZ"), id, b, b % 5000, 5 + b % 300,
    b, b, b, b % 250, math.floor(b / 250) % 250, b % 7)
end

-- The request for one order.placed event with the given id.
function event_request(id)
  return wrk.format(nil, "/v1/events", nil, event_body(id))
end

-- With UUIDS set in the environment, each id is a random (version 4) UUID, as many clients make them; otherwise
-- a sequence per thread, whose consecutive ids sort together in the journal's id index.
local uuids = os.getenv("UUIDS")

local function uuid()
  local function hex(digits) return string.format("%0" .. digits .. "x", math.random(0, 16 ^ digits - 1)) end
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) ..
    "-" .. hex(6) .. hex(6)
end

function request()
  counter = counter + 1
  if uuids then
    return event_request(uuid())
  end
  return event_request(string.format("wrk-%d-%d-%d", thread_tag, counter, math.random(1, 1000000000)))
end

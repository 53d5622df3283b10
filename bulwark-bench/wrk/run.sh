#!/usr/bin/env bash
# Measures POST /v1/events over HTTP with wrk against a fresh node (embedded store, shipped pack):
# a warm-up at 64 connections (WARMUP seconds, default 60: long enough for the 200,000 buyers and their cards,
# addresses and devices to have all been seen, so the run measures the steady state rather than the first
# minute's burst of new entities), then 20 s at each concurrency given (default: 32 64 128).
#   bulwark-bench/wrk/run.sh [connections...]            closed loop: each connection sends as fast as it is answered
#   RATE=20000 bulwark-bench/wrk/run.sh [connections...] open loop at RATE requests/s in all (paced.lua), latency
#                                                        measured from each request's scheduled time
# Environment: PORT (18081), DATA (a fresh temporary directory), BULWARK_JAVA_OPTS (-Xmx2g).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-18081}
data=${DATA:-$(mktemp -d /tmp/bulwark-wrk.XXXXXX)}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
export BULWARK_JAVA_OPTS=${BULWARK_JAVA_OPTS:--Xmx2g}
"$root/bulwark" serve --port "$port" --data "$data" >"$data/serve.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(awk '$2 == "ingest" { print $3 }' "$data/tokens.txt")
export TOKEN
wrk -t1 -c64 -d"${WARMUP:-60}"s -s "$here/post.lua" "http://127.0.0.1:$port" >/dev/null
if [ -n "${RATE:-}" ]; then
  echo "| rate | connections | answered/s | p50 | p90 | p99 | p99.9 | max | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for c in ${@:-256}; do
    out=$(wrk -t1 -c"$c" -d20s -s "$here/paced.lua" "http://127.0.0.1:$port")
    line=$(grep '^paced:' <<<"$out")
    bad=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
    awk -v rate="$RATE" -v c="$c" -v bad="${bad:-0}" '{ printf "| %s | %s | %s | %sms | %sms | %sms | %sms | %sms | %s |\n",
      rate, c, $4, $12, $14, $16, $18, substr($19, 5), bad }' <<<"$line"
  done
else
  echo "| connections | requests/s | p50 | p90 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  for c in ${@:-32 64 128}; do
    out=$(wrk -t1 -c"$c" -d20s -s "$here/post.lua" --latency "http://127.0.0.1:$port")
    rps=$(awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p90=$(awk '$1 == "90%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    bad=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
    echo "| $c | $rps | $p50 | $p90 | $p99 | ${bad:-0} |"
  done
fi
echo
echo "journal appends (transactions) by duration, over the whole run:"
curl -s "http://127.0.0.1:$port/metrics" | awk -F'[{}" ]' '/^bulwark_journal_append_seconds_bucket/ { printf "  <= %s s: %s\n", $3, $NF }
  /^bulwark_journal_append_seconds_count/ { print "  count: " $NF } /^bulwark_journal_batch_size_sum/ { print "  events: " $NF }'

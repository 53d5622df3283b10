#!/usr/bin/env bash
# Measures POST /v1/events over HTTP with wrk against a fresh node (embedded store, shipped pack):
# a warm-up at 64 connections (WARMUP seconds, default 60: long enough for the 200,000 buyers and their cards,
# addresses and devices to have all been seen, so the run measures the steady state rather than the first
# minute's burst of new entities; with 30 s, G1 was still promoting their feature state during the counted rows, young
# pauses 17-38 ms instead of 2-9 and the open loop's p99 several times the steady state's: docs/benchmarks.md, twelfth
# sitting), then 20 s at each concurrency given (default: 8 16 32 64 closed, 128 open).
# It first prints what the VM charges for a system call, a loopback TCP round trip and an 8 KiB append + fsync
# (probe.c): figures from VMs that differ there do not compare. After the table it prints each row's node CPU per
# event by thread (the six largest), with each one's read/write system calls and context switches per event, so a
# change can be traced to the thread it moved (and, by the counts, across VMs), and the whole machine's CPU
# over the row (/proc/stat), which also counts kernel work done for the node outside its threads, and the node's GC
# pauses that fell in the row, an open-loop row's SETTLE seconds included (from a GC log, DATA/gc.log, that run.sh
# adds to BULWARK_JAVA_OPTS).
#   bulwark-bench/wrk/run.sh [connections...]            closed loop (wrk, closed.lua): each connection sends as
#                                                        soon as it is answered; latency from the actual send
#   RATE=20000 bulwark-bench/wrk/run.sh [connections...] open loop at RATE requests/s in all (openloop.c, built
#                                                        with cc), latency from each request's scheduled time, from
#                                                        its actual send, and the node's own (its histogram's shares)
#                                                        The open loop first runs SETTLE seconds (10) on its new
#                                                        connections without counting them; TIMELINE=FILE keeps
#                                                        its 100 ms timeline of worst latencies (see openloop.c).
#                                                        (10 s: when the warm-up's connections close, the HTTP path
#                                                        is deoptimised and runs slowly for ~1.5 s; the queue it
#                                                        leaves takes seconds to drain. docs/benchmarks.md)
# Environment: PORT (18081), DATA (kept; default a fresh temporary directory, removed afterwards),
# BULWARK_JAVA_OPTS (-Xms3g -Xmx3g -XX:+AlwaysPreTouch: the fixed, pre-touched heap docs/operations.md recommends;
# -Xmx2g before 2026-12-06), WARMUP (60), SETTLE (10), TIMELINE, UUIDS (set: every event id, warm-up included, is a
# random UUID instead of a sequence), DB (a JDBC URL: the node stores in that database instead of the embedded store;
# give PostgreSQL a fresh schema, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=bench1 after
# CREATE SCHEMA bench1, since the events of earlier runs would be replayed at start), SERVE_ARGS (more arguments for
# `bulwark serve`, e.g. SERVE_ARGS='--commit-wait 0'), BATCH (set: the closed loop, warm-up included, posts BATCH events
# per request to POST /v1/events/batch, batch.lua, as NDJSON; its rows give requests/s and decisions/s, and the node's
# CPU per event counts each batch's events; not with RATE).
set -euo pipefail
batch=${BATCH:-}
if [ -n "$batch" ]; then
  [[ "$batch" =~ ^[1-9][0-9]*$ ]] && [ "$batch" -le 10000 ] || { echo "BATCH must be a number of events from 1 to 10000" >&2; exit 2; }
  [ -z "${RATE:-}" ] || { echo "BATCH is for the closed loop; the open-loop generator sends one event per request" >&2; exit 2; }
fi
per=${batch:-1}                                      # events per request
route=/v1/events${batch:+/batch}
script=${batch:+batch.lua}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-18081}
data=${DATA:-}
keep=${DATA:+yes}
[ -n "$data" ] || data=$(mktemp -d /tmp/bulwark-wrk.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
export BULWARK_JAVA_OPTS=${BULWARK_JAVA_OPTS:--Xms3g -Xmx3g -XX:+AlwaysPreTouch}
# The node's GC pauses go to a log of their own, so that each row can say which pauses fell in it (a row whose pauses
# are tens of milliseconds is still measuring the population settling; see WARMUP above).
gclog="$data/gc.log"
case "$data" in *[[:space:]]*) gclog="" ;; *) BULWARK_JAVA_OPTS+=" -Xlog:gc:file=$gclog" ;; esac
# shellcheck disable=SC2086 # SERVE_ARGS is split into words on purpose
"$root/bulwark" serve --port "$port" --data "$data" ${DB:+--db "$DB"} ${SERVE_ARGS:-} >"$data/serve.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true; [ -n "$keep" ] || rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(awk '$2 == "ingest" { print $3 }' "$data/tokens.txt")
export TOKEN
# The node's own latency for POST /v1/events (or /v1/events/batch, with BATCH), from its handler's start to its
# reply: the count of answers under 10, 25 and 50 ms and in all, from the bulwark_http_requests_seconds buckets (a
# row's shares come from the difference).
buckets() {
  curl -s "http://127.0.0.1:$port/metrics" | awk -F'[{}" ]' -v r="route=\"$route\"" '/^bulwark_http_requests_seconds_bucket/ &&
    index($0, r) && /status="200"/ && /method="POST"/ { for (i = 1; i <= NF; i++) if ($i ~ /le=/) le = $(i + 1);
    n[le] += $NF } END { printf "%d %d %d %d", n["0.01"], n["0.025"], n["0.05"], n["+Inf"] }'
}
# CPU per event, the figure that compares builds when latency is noisy: the node's CPU time (user + system, from
# /proc/<pid>/stat; ./bulwark execs the JVM, so $node is its pid) over a row, in microseconds per event answered.
ticks() { awk '{ print $14 + $15 }' "/proc/$node/stat"; }
hz=$(getconf CLK_TCK)
# The node's CPU ticks by thread, threads of one pool summed (a name's trailing number dropped; the kernel keeps 15
# characters of a name: bulwark-journal is the journal writer, bulwark-sequenc the sequencer, bulwark-sqlite- the
# checkpointer, bulwark-front the front door's event loop (POST /v1/events), JettyServerThre Jetty's selector and
# request threads (every other route)), with the read and write system calls (/proc's syscr + syscw: read, pread,
# write, pwrite and the like on files and eventfds; a socket's send and recv are not counted there) and the context
# switches (voluntary and not) the pool's threads made: "name ticks calls switches" lines. Unlike the CPU time, which
# moves with the VM, these counts per event compare builds across VMs; a VM whose system call costs 1 µs (2026-12-07)
# charges about that for each, and a switch costs several.
threads() {
  # one line per file as "path:line" (-H); -s: a thread that ends meanwhile is skipped, not an error
  grep -sH '' /proc/"$node"/task/*/stat /proc/"$node"/task/*/io /proc/"$node"/task/*/status | awk '{
    path = substr($0, 1, index($0, ":") - 1); line = substr($0, index($0, ":") + 1)
    n = split(path, p, "/"); tid = p[n - 1]; file = p[n]
    if (file == "stat") {
      name = substr(line, index(line, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      split(substr(line, index(line, ") ") + 2), f, " ")
      gsub(/[- #]*[0-9]+$/, "", name); gsub(/ /, "_", name); pool[tid] = name; ticks[tid] = f[12] + f[13]
    } else if (file == "io" && line ~ /^sysc[rw]:/) { split(line, w, " "); calls[tid] += w[2]
    } else if (file == "status" && line ~ /ctxt_switches:/) { split(line, w, " "); switches[tid] += w[2] } }
    END { for (tid in pool) { t[pool[tid]] += ticks[tid]; c[pool[tid]] += calls[tid]; s[pool[tid]] += switches[tid] }
      for (n in t) print n, t[n], c[n] + 0, s[n] + 0 }'
}
# The whole machine's CPU from /proc/stat's first line (user nice system idle iowait irq softirq steal): the node's
# own figures count its threads only, and kernel work done for it elsewhere (loopback TCP in softirq context, an
# io_uring's workers) does not show there. Printed after each row's threads as busy % and its parts. "stolen" is the
# time the hypervisor ran something else while this VM had work (steal): a row with more than a few per cent of it
# measured the host, not the node (on 2026-12-07 a stretch of 15-41% steal cut the closed loop from ~24,000/s to 7,257).
machine() { head -n 1 /proc/stat; }
# The GC log's length in lines, and the pauses logged after a given line: "; GC pauses: N, the longest X ms, Y ms in all".
gc_lines() { if [ -n "$gclog" ] && [ -f "$gclog" ]; then wc -l <"$gclog"; else echo 0; fi; }
gc_pauses() {
  [ -n "$gclog" ] && [ -f "$gclog" ] || return 0
  tail -n +"$(($1 + 1))" "$gclog" | awk '/ Pause / && $NF ~ /ms$/ { ms = substr($NF, 1, length($NF) - 2) + 0; n++; all += ms
    if (ms > most) most = ms } END { printf "; GC pauses: %d, the longest %.1f ms, %.1f ms in all", n, most, all }'
}
machine_share() { # /proc/stat line before, after
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); for (i = 2; i <= 9; i++) { d[i] = y[i] - x[i]; t += d[i] }
    if (t > 0) printf "; the machine: busy %.1f%% (user %.1f, system %.1f, softirq %.1f, stolen %.1f), iowait %.1f%%",
      100 * (d[2] + d[3] + d[4] + d[7] + d[8] + d[9]) / t, 100 * (d[2] + d[3]) / t, 100 * (d[4] + d[7]) / t,
      100 * d[8] / t, 100 * d[9] / t, 100 * d[6] / t }'
}
by_thread=""
per_event() { # ticks before, ticks after, buckets before, buckets after
  awk -v t0="$1" -v t1="$2" -v hz="$hz" -v n0="${3##* }" -v n1="${4##* }" -v per="$per" 'BEGIN {
    if (n1 > n0) printf "%.0f µs", (t1 - t0) * 1e6 / hz / (n1 - n0) / per; else printf "-" }'
}
# The generator's own CPU, in cores, from bash's time of its run (TIMEFORMAT below) over that run's seconds.
cores() { tail -n 1 "$1" | awk -v s="$2" '{ printf "%.2f", ($1 + $2) / s }'; }
TIMEFORMAT='%U %S'
# measure SECONDS COMMAND...: runs one row's generator and sets out (its output), before and after (the node's
# buckets around it), cpu (the node's CPU per event) and gen (the generator's cores over SECONDS).
measure() {
  local seconds=$1 t0 t1
  shift
  before=$(buckets)
  local th0 th1
  th0=$(threads)
  m0=$(machine)
  g0=$(gc_lines)
  t0=$(ticks)
  out=$( { time "$@"; } 2>"$data/generator.time")
  t1=$(ticks)
  m1=$(machine)
  th1=$(threads)
  after=$(buckets)
  by_thread+=$(awk -v hz="$hz" -v n0="${before##* }" -v n1="${after##* }" -v per="$per" -v c="$c" -v m="$(machine_share "$m0" "$m1")$(gc_pauses "$g0")" '
    FNR == NR { a[$1] = $2; ac[$1] = $3; as[$1] = $4; next } { d[$1] = $2 - a[$1]; dc[$1] = $3 - ac[$1]; ds[$1] = $4 - as[$1] }
    END { if (n1 <= n0) exit; n = (n1 - n0) * per; line = "  " c " connections, µs per event [read/write calls, context switches per event]:"
      sep = " "
      for (k = 0; k < 6; k++) { best = ""; for (t in d) if (best == "" || d[t] > d[best]) best = t
        if (best == "" || d[best] <= 0) break
        line = line sep sprintf("%s %.1f [%.2f, %.2f]", best, d[best] * 1e6 / hz / n, dc[best] / n, ds[best] / n)
        sep = ", "; delete d[best] }
      print line m }' <(echo "$th0") <(echo "$th1"))$'\n'
  cpu=$(per_event "$t0" "$t1" "$before" "$after")
  gen=$(cores "$data/generator.time" "$seconds")
}
# What this VM charges for a system call, a loopback round trip and a small fsync (probe.c), so tables from
# different VMs compare; the benchmark goes on without it.
if command -v cc >/dev/null && cc -O2 -o "$data/probe" "$here/probe.c"; then
  "$data/probe" "$data" || true
  echo
fi
wrk -t1 -c64 -d"${WARMUP:-60}"s -s "$here/${script:-post.lua}" "http://127.0.0.1:$port" >/dev/null
if [ -n "${RATE:-}" ]; then
  command -v cc >/dev/null || { echo "the open-loop generator needs a C compiler (cc)" >&2; exit 1; }
  cc -O2 -o "$data/openloop" "$here/openloop.c"
  echo "| rate | connections | answered/s | p50 | p90 | p99 | p99.9 | max | non-2xx | from send: p50 / p99 | node: ≤10 / ≤25 / ≤50 ms | node CPU per event | generator cores |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for c in ${@:-128}; do
    measure $((20 + ${SETTLE:-10})) "$data/openloop" -r "$RATE" -c "$c" -d 20 -w "${SETTLE:-10}" -t "$TOKEN" -p "$port" \
      ${TIMELINE:+-T "$TIMELINE"} ${UUIDS:+-u}
    line=$(grep '^openloop:' <<<"$out")
    send=$(awk '$1 == "openloop-send:" { printf "%sms / %sms", $7, $11 }' <<<"$out")
    shares=$(paste <(tr ' ' '\n' <<<"$before") <(tr ' ' '\n' <<<"$after") | awk '{ d[NR] = $2 - $1 }
      END { if (d[4] > 0) printf "%.1f%% / %.1f%% / %.1f%%", 100 * d[1] / d[4], 100 * d[2] / d[4], 100 * d[3] / d[4] }')
    awk -v rate="$RATE" -v c="$c" -v send="$send" -v shares="$shares" -v cpu="$cpu" -v gen="$gen" '{
      printf "| %s | %s | %d | %sms | %sms | %sms | %sms | %sms | %s | %s | %s | %s | %s |\n",
      rate, c, $4, $10, $12, $14, $16, substr($17, 6), $19, send, shares, cpu, gen }' <<<"$line"
  done
else
  [ -z "$batch" ] || echo "Each request a batch of $batch events (POST /v1/events/batch); latency per request."
  echo "| connections | requests/s | decisions/s | p50 | p90 | p99 | p99.9 | max | wrk's p99 (corrected) | non-2xx | node CPU per event | generator cores |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for c in ${@:-8 16 32 64}; do
    measure 20 wrk -t1 -c"$c" -d20s -s "$here/${script:-closed.lua}" --latency "http://127.0.0.1:$port"
    line=$(grep '^closed:' <<<"$out")
    wrk99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    bad=$(awk '/Non-2xx/ { n = $NF } $1 == "batch:" { r = $4 } END { printf "%d", n + r }' <<<"$out")
    awk -v c="$c" -v w="$wrk99" -v bad="$bad" -v cpu="$cpu" -v gen="$gen" -v per="$per" '{
      printf "| %s | %d | %d | %sms | %sms | %sms | %sms | %sms | %s | %s | %s | %s |\n",
      c, $4, $4 * per, $10, $12, $14, $16, substr($17, 6), w, bad, cpu, gen }' <<<"$line"
  done
fi
echo
printf 'node CPU per event by thread (the six largest), the whole machine'"'"'s CPU and the node'"'"'s GC pauses, by row:\n%s' "$by_thread"
echo "journal appends (transactions) by duration, over the whole run:"
curl -s "http://127.0.0.1:$port/metrics" | awk -F'[{}" ]' '/^bulwark_journal_append_seconds_bucket/ { printf "  <= %s s: %s\n", $3, $NF }
  /^bulwark_journal_append_seconds_count/ { print "  count: " $NF } /^bulwark_journal_batch_size_sum/ { print "  events: " $NF }'

#!/usr/bin/env bash
# Gateway overhead (issue 7): the same cheap GET (one chapter, staff token) sent by wrk straight to
# directory-service and through the gateway, one after the other in one run, at each concurrency, twice:
#  - shared: every process may run on every core (on a 2-core machine the gateway's CPU is taken from the
#    service it fronts, so this measures CPU contention as much as the gateway);
#  - separate: directory-service and the store pinned to CPU 0, the gateway and wrk to CPU 1 (taskset), as
#    when the gateway has its own node: the service has the same capacity on both paths.
# Needs wrk and taskset (Debian: apt-get install wrk util-linux) and a running stack whose rate limits let
# the load through:
#   RATE_LIMIT_READ_CAPACITY=100000000 RATE_LIMIT_READ_PER_SECOND=100000000 \
#     ./run-local.sh --no-build --services=auth-server,directory-service,gateway
# Each figure is the median over rounds in which a direct run and a gateway run alternate (ratio and added p50
# are medians of each round's own comparison); the last column lists every round's added p50.
# Usage: benchmarks/gateway-overhead.sh [seconds per run, default 10] [concurrencies, default "1 8"] [rounds, default 5]
#   WARMUP_SECONDS (default 180): load through the gateway before the first measurement.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
concurrencies=${2:-1 8}
rounds=${3:-5}
warmup=${WARMUP_SECONDS:-180}
gateway=http://localhost:${GATEWAY_PORT:-8080}
direct=http://localhost:${DIRECTORY_PORT:-8081}
store_port=${MONGO_PORT:-27017}
path=/api/directory/chapters/CA

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is not installed (apt-get install util-linux)" >&2; exit 1; }
[ "$(nproc)" -ge 2 ] || { echo "the separate-cores measurement needs 2 cores" >&2; exit 1; }
listener() { ss -ltnpH "sport = :$1" | grep -oE 'pid=[0-9]+' | head -1 | cut -d= -f2; }
gateway_pid=$(listener "${gateway##*:}"); service_pid=$(listener "${direct##*:}"); store_pid=$(listener "$store_port")
[ -n "$gateway_pid" ] && [ -n "$service_pid" ] && [ -n "$store_pid" ] ||
  { echo "no process listens on the gateway, directory-service or store port" >&2; exit 1; }
all_cores=0-$(($(nproc) - 1))
pin() { # pin CORES PID...: every thread of each process
  local cores=$1; shift
  for pid in "$@"; do taskset -a -cp "$cores" "$pid" >/dev/null; done
}
trap 'pin "$all_cores" "$gateway_pid" "$service_pid" "$store_pid"' EXIT
token=$(./run-local.sh --no-build token staff | tail -1)
auth="Authorization: Bearer $token"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$gateway$path")" = 404 ]; then
  curl -sf -o /dev/null -X POST "$gateway/api/directory/chapters" -H "$auth" -H 'Content-Type: application/json' \
    -d '{"code":"CA","name":"California Library Association","kind":"state","state":"CA"}'
fi
for base in "$gateway" "$direct"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base$path")
  [ "$status" = 200 ] || { echo "GET $base$path answered $status" >&2; exit 1; }
done

# The JIT (C2 in the gateway) needs tens of thousands of requests, and a stack just started keeps compiling
# for minutes: measurements taken too early added a millisecond or more that later rounds did not.
echo "warming up (${warmup}s through the gateway, 20 s direct)..." >&2
wrk -t1 -c8 -d"${warmup}s" -H "$auth" "$gateway$path" >/dev/null
wrk -t1 -c8 -d20s -H "$auth" "$direct$path" >/dev/null

# Prints "requests/s p50 p90 p99" (milliseconds) of one wrk run; fails on any non-2xx answer or socket error.
# wrk runs on the cores in $wrk_cores.
measure() {
  local out
  out=$(taskset -c "$wrk_cores" wrk -t1 -c"$1" -d"${seconds}s" --latency -H "$auth" "$2$path")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "$out" >&2; exit 1; fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) } $1 == "90%" { p90 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f %.2f\n", rps, p50, p90, p99 }' <<<"$out"
}

# Median of the numbers in column $1 of stdin.
median() { awk -v col="$1" '{ print $col }' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| cores | connections | path | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | gateway / direct | added p50 (ms) | added p50 per round (ms) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for cores in shared separate; do
  if [ "$cores" = separate ]; then
    pin 0 "$service_pid" "$store_pid"; pin 1 "$gateway_pid"; wrk_cores=1
  else
    pin "$all_cores" "$gateway_pid" "$service_pid" "$store_pid"; wrk_cores=$all_cores
  fi
  for c in $concurrencies; do
    # Direct and gateway runs alternate, so a drift in the machine (JIT, a neighbour) falls on both paths.
    results=""
    for round in $(seq "$rounds"); do
      read -r d_rps d_p50 d_p90 d_p99 <<<"$(measure "$c" "$direct")"
      read -r g_rps g_p50 g_p90 g_p99 <<<"$(measure "$c" "$gateway")"
      results+="$d_rps $d_p50 $d_p90 $d_p99 $g_rps $g_p50 $g_p90 $g_p99 $(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN{printf "%.2f", g-d}') $(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN{printf "%.4f", g/d}')"$'\n'
    done
    results=${results%$'\n'}
    col() { median "$1" <<<"$results"; }
    per_round=$(awk '{ printf "%s%+.2f", (NR > 1 ? ", " : ""), $9 }' <<<"$results")
    echo "| $cores | $c | direct to directory-service | $(col 1) | $(col 2) | $(col 3) | $(col 4) | | | |"
    echo "| $cores | $c | through the gateway | $(col 5) | $(col 6) | $(col 7) | $(col 8) | $(awk -v r="$(col 10)" 'BEGIN{printf "%.0f%%", 100*r}') | $(awk -v a="$(col 9)" 'BEGIN{printf "%+.2f", a}') | $per_round |"
  done
done
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

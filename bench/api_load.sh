#!/usr/bin/env bash
# API under load on loopback: wrk with 2 threads and 32 connections, 30 s per endpoint (DURATION to change),
# each after WARMUP (5 s) of the same load that is not counted.
# Usage: bench/api_load.sh <repo-root> <work-dir>   (expects a Release build; bench/run does it)
set -euo pipefail
root=$1; work=$2
dll="$root/api/bin/Release/net10.0/TransitionLab.Api.dll"
duration=${DURATION:-30s}
# The first requests of a fresh process run unoptimised code while the JIT tiers up, which wrk's latency
# correction turns into a p99 of its own (bench/RESULTS.md); the warm-up keeps start-up out of the load figures.
warmup=${WARMUP:-5s}
data=$(mktemp -d "$work/api-data-XXXX")
port=$(( 30000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"

# The per-key write limit (60 a minute) protects production; the load test measures the store, so it lifts it.
dotnet "$dll" --urls "$base" --data "$data" --content "$root/content" --RateLimits:WritesPerMinute 100000000 >"$data/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null' EXIT
for _ in $(seq 1 240); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
# A fresh store prints a demo frontrunner key for one experiment: the writes go to that experiment.
line=$(grep -oE 'Demo frontrunner key \([a-z0-9-]+\): tl_[A-Za-z0-9_-]+' "$data/api.log" | tail -1)
slug=$(sed -E 's/.*\(([^)]+)\).*/\1/' <<<"$line")
key=$(grep -oE 'tl_[A-Za-z0-9_-]+' <<<"$line")
[ -n "$key" ] || { echo "no demo key in the API's output"; exit 1; }

summarise() { # name, wrk output file
  python3 - "$1" "$2" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
def lat(p):
    m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", text, re.M)
    if not m: return "?"
    v, u = float(m.group(1)), m.group(2)
    return f"{v / 1000 if u == 'us' else v * 1000 if u == 's' else v:.2f} ms"
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sock = re.search(r"Socket errors: (.*)", text)
errors = (int(non2xx.group(1)) if non2xx else 0)
print(f"| {name} | {float(rps):,.0f} | {lat(50)} | {lat(99)} | {errors}{' (' + sock.group(1) + ')' if sock else ''} |")
PY
}

load() { # output file, wrk arguments: a warm-up that is thrown away, then the measured run
  local out=$1; shift
  wrk -t2 -c32 -d"$warmup" "$@" >/dev/null
  wrk -t2 -c32 -d"$duration" --latency "$@" >"$out"
}

echo "| endpoint (wrk -t2 -c32 -d$duration, after $warmup warm-up) | requests/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- |"
load "$data/get.txt" "$base/api/experiments/$slug"; summarise "GET /api/experiments/{slug}" "$data/get.txt"
load "$data/verdicts.txt" "$base/api/verdicts"; summarise "GET /api/verdicts" "$data/verdicts.txt"
TL_KEY=$key TL_BODY="$root/bench/wrk/reflection.json" load "$data/post.txt" -s "$root/bench/wrk/post-reflection.lua" \
  "$base/api/experiments/$slug/reflections"; summarise "POST /api/experiments/{slug}/reflections (201 = durable)" "$data/post.txt"

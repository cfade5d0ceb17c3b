#!/usr/bin/env bash
# Benchmark (issue 6): the portal's public ranking page and its JSON against a trivial endpoint of the same app
# (/api/public/v1/ping: "ok", no database), measured in the same run with wrk on loopback.
# Target: each at least 70% of the trivial endpoint's requests/s at 50 connections, and p99 under 50 ms.
# Needs the app running with the demo, which publishes 2023 (./mvnw spring-boot:run), and wrk (apt-get install wrk).
# Usage: bench/portal.sh [base URL]   DURATION=30s CONNECTIONS=50 THREADS=2 change the run.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
PUB=$(curl -fsS "$BASE/api/public/v1/publications" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])') || {
  echo "No publication at $BASE/api/public/v1/publications: start the app with the demo (./mvnw spring-boot:run)" >&2
  exit 1
}
ETAG=$(curl -fsSI "$BASE/portal/$PUB" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
run() { # name path header variable [wrk options]
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency "${@:5}")
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" -d10s "$BASE$2" > /dev/null # warm-up: JIT and caches
  local out
  out=$(wrk "${args[@]}" -d"$DURATION" "$BASE$2")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" | tr '\n' ' ' || true)
  printf '%-34s %10s req/s   p99 %8s   %s\n' "$1" "$rps" "$p99" "$errors"
  eval "RPS_$4=$rps"
}
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $BASE, publication $PUB ($(nproc) cores)"
run "trivial /api/public/v1/ping" /api/public/v1/ping "" TRIVIAL
run "ranking page /portal/$PUB" "/portal/$PUB" "" PAGE
run "ranking JSON results.json" "/api/public/v1/publications/$PUB/results.json" "" JSON
run "ranking page, If-None-Match (304)" "/portal/$PUB" "If-None-Match: $ETAG" REVALIDATE
run "ranking page rendered (never kept)" "/portal/$PUB" "" RENDER -s "$(dirname "$0")/portal-miss.lua"
python3 - "$RPS_TRIVIAL" "$RPS_PAGE" "$RPS_JSON" <<'PY'
import sys
trivial, page, data = (float(v) for v in sys.argv[1:])
print(f"page = {100 * page / trivial:.0f}% of trivial, JSON = {100 * data / trivial:.0f}% of trivial (target >= 70%)")
PY

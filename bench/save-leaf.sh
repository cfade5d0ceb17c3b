#!/usr/bin/env bash
# Benchmark: 50 clients save one leaf each, concurrently, 10,000 saves in all (200 each), against the running
# app (./mvnw spring-boot:run) on loopback. Needs wrk (apt-get install -y wrk) and python3.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-50}
run() {
  python3 bench/prepare.py "$BASE" bench/leaves.txt canbo.skhcn canbo.stp
  test "$(wc -l < bench/leaves.txt)" -ge "$CLIENTS" || { echo "need $CLIENTS leaves in bench/leaves.txt"; exit 1; }
  LEAVES=bench/leaves.txt SAVES_PER_CLIENT=$1 \
    wrk -t "$CLIENTS" -c "$CLIENTS" -d "$2" --timeout 10s -s bench/save-leaf.lua "$BASE"
}
echo "== warm-up: ${WARMUP:-40} saves per client (not counted)"
run "${WARMUP:-40}" 30s > /dev/null
echo "== measured: ${SAVES_PER_CLIENT:-200} saves per client"
run "${SAVES_PER_CLIENT:-200}" 90s

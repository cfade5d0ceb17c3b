#!/usr/bin/env bash
# Benchmarks (issue 8): the gap analysis page and the simulator on the demo's published 2023 results (19 departments,
# 12 districts). Usage:
#   bench/remediation.sh start   build and start the app like bench/survey.sh start (its own data directory in $WORK)
#   bench/remediation.sh run     as admin: wrk GET /remediation/gaps/{p}/units/{u} for the last department, then wrk
#                                POST …/simulate (htmx) giving every lost leaf of that unit its maximum, $DURATION each
#                                after a 10 s warm-up, $CONNECTIONS connections
#   bench/remediation.sh stop    stop the app (by its PID)
# Needs wrk, python3 and curl. Files stay in $WORK (default /tmp/parindex-bench-remediation).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
export WORK=${WORK:-/tmp/parindex-bench-remediation} PORT=${PORT:-18081} PG_PORT=${PG_PORT:-54341}
BASE=http://127.0.0.1:$PORT
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-4}

run() {
  local session cookie csrf pid uid page body
  for attempt in $(seq 1 30); do
    session=$(python3 "$REPO/bench/survey_data.py" login "$BASE" 2> /dev/null) && break
    sleep 2
  done
  cookie=${session%|*} csrf=${session#*|}
  pid=$(curl -s "$BASE/portal" | grep -o 'href="/portal/[0-9]*"' | head -1 | grep -o '[0-9]*')
  # the last option of the department group on the chooser is the last-ranked department
  uid=$(curl -s -b "$cookie" "$BASE/remediation/gaps?publication=$pid" \
    | python3 -c "import re,sys; g=re.findall(r'<optgroup[^>]*>(.*?)</optgroup>', sys.stdin.read(), re.S); print(re.findall(r'value=\"(\d+)\"', g[0])[-1])")
  page="$BASE/remediation/gaps/$pid/units/$uid"
  body=$(curl -s -b "$cookie" "$page" | python3 -c "
import re, sys, urllib.parse
html = sys.stdin.read()
rows = re.findall(r'<tr class=\"losing\">.*?</tr>', html, re.S)
pairs = []
for row in rows:
    name = re.search(r'name=\"(points\[[^\"]+\])\"', row).group(1)
    top = re.search(r'max=\"([0-9.]+)\"', row).group(1)
    pairs.append((name, top))
print(urllib.parse.urlencode(pairs))")
  echo "publication $pid, unit $uid, simulated leaves: $(echo "$body" | tr '&' '\n' | wc -l)"
  cat > "$WORK/simulate.lua" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$cookie"
wrk.headers["X-CSRF-TOKEN"] = "$csrf"
wrk.headers["HX-Request"] = "true"
LUA
  [ "$(curl -s -o "$WORK/simulated.html" -w '%{http_code}' -X POST -b "$cookie" -H "X-CSRF-TOKEN: $csrf" \
    -H 'HX-Request: true' --data "$body" "$page/simulate")" = 200 ] || { echo "simulate refused"; exit 1; }
  grep -o 'Hạng: [^<]*' "$WORK/simulated.html" | head -1
  echo "== GET gap page"
  wrk -t2 -c"$CONNECTIONS" -d10s -H "Cookie: $cookie" "$page" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" "$page"
  echo "== POST simulate"
  wrk -t2 -c"$CONNECTIONS" -d10s -s "$WORK/simulate.lua" "$page/simulate" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/simulate.lua" "$page/simulate"
}

case "${1:-}" in
  start) "$REPO/bench/survey.sh" start ;;
  stop) "$REPO/bench/survey.sh" stop ;;
  run) run ;;
  *) sed -n 2,9p "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Benchmark: 20 MB evidence files uploaded 10 at a time (UPLOADS in all, 30 by default) by canbo.skhcn, against
# the running app on loopback, while jstat samples the app's heap every 100 ms. Prints the heap used before, the
# peak during the uploads and the growth. Needs python3, curl and the JDK's jstat/jcmd.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
UPLOADS=${UPLOADS:-30}
LEAF=${LEAF:-1.1.2}
cd "$(dirname "$0")/.."
PID=$(pgrep -f 'vn.parindex.ParindexApplication' | head -1)
python3 bench/prepare.py "$BASE" bench/upload-session.txt canbo.skhcn > /dev/null
IFS='|' read -r COOKIE CSRF ASSESSMENT _ _ < bench/upload-session.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; kill $SAMPLER 2>/dev/null || true' EXIT
for i in $(seq 1 "$UPLOADS"); do
  { printf '%%PDF-1.4\n%% bench %s\n' "$i"; head -c 20971520 /dev/urandom; printf '\n%%%%EOF\n'; } > "$WORK/tai-lieu-$i.pdf"
done
used() { jstat -gc "$1" | awk 'NR==1{for(i=1;i<=NF;i++)h[$i]=i} NR==2{printf "%.0f\n", ($h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"])/1024}'; }
jcmd "$PID" GC.run > /dev/null; sleep 1
BEFORE=$(used "$PID")
GC_FROM=$( [ -n "${GC_LOG:-}" ] && wc -l < "$GC_LOG" || echo 0)
( while true; do used "$PID"; sleep 0.1; done ) > "$WORK/samples" &
SAMPLER=$!
START=$(date +%s.%N)
ls "$WORK"/*.pdf | xargs -P 10 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: $COOKIE" -H "X-CSRF-TOKEN: $CSRF" \
  -H 'HX-Request: true' -F 'file=@{};type=application/pdf' -F 'docNumber=BENCH' \
  "$BASE/assessments/$ASSESSMENT/entries/$LEAF/evidence" > "$WORK/codes"
END=$(date +%s.%N)
kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
PEAK=$(sort -n "$WORK/samples" | tail -1)
echo "uploads: $UPLOADS x 20 MB, 10 at a time, in $(echo "$END - $START" | bc) s; answers: $(sort "$WORK/codes" | uniq -c | tr '\n' ' ')"
echo "heap used before: $BEFORE MB, peak during: $PEAK MB, growth: $((PEAK - BEFORE)) MB ($(wc -l < "$WORK/samples") samples;"
echo "  'used' includes garbage not yet collected)"
# With the app started with -Xlog:gc:file=$GC_LOG: the heap left after each collection during the uploads, which is
# what the uploads actually hold.
if [ -n "${GC_LOG:-}" ]; then
  tail -n +"$((GC_FROM + 1))" "$GC_LOG" | grep -oE 'Pause Young[^>]*->[0-9]+M' | grep -oE '[0-9]+M$' | tr -d M | sort -n \
    | tail -1 | xargs -I{} echo "heap after collections during the uploads: at most {} MB (before: $BEFORE MB)"
fi

#!/usr/bin/env bash
# Benchmarks (issue 7): survey submissions, bulk imports and the indexes of a period. Usage:
#   bench/survey.sh start      copy the working tree to $WORK/app, build the jar, start it on $PORT with its own data
#                              directory ($WORK/data, embedded PostgreSQL on $PG_PORT) and no survey rate limits;
#                              BUILD=0 restarts the jar built before
#   bench/survey.sh setup      a 20-question scale questionnaire, a campaign for SKHCN-2025 and 300,000 codes
#                              (two code files through the admin page)
#   bench/survey.sh submit     wrk: POST /s/{token}, a new code and 20 random levels per request (10 s warm-up, then
#                              $DURATION), then the responses stored by status
#   bench/survey.sh pgbench    the same SQL per transaction with pgbench ($CLIENTS clients, $DURATION), on 300,000
#                              fresh codes seeded in SQL
#   bench/survey.sh bulk       1,000,000 answer rows (50,000 responses x 20) through POST /api/v1/survey-imports,
#                              then psql \copy of the same file into a plain table
#   bench/survey.sh indexes    130 campaigns in another period, 20 files of 1,000,000 rows (1,000,000 responses x 20
#                              answers) through the import, then "results"
#   bench/survey.sh results    the period's results workbook and page, each $RUNS times (curl's time_total)
#   bench/survey.sh tune       ALTER SYSTEM shared_buffers = $SHARED_BUFFERS (4GB), max_wal_size = 8GB, then restarts
#                              the app (the embedded PostgreSQL keeps initdb's 128MB otherwise)
#   bench/survey.sh stop       stops the app started by "start" (by its PID)
#   bench/survey.sh all        all of the above in order
# Needs wrk, pgbench and psql (apt-get install -y wrk postgresql-client), python3, curl. Generated files stay in
# $WORK (default /tmp/parindex-bench), never in the repository.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$REPO/bench
WORK=${WORK:-/tmp/parindex-bench}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-54339}
BASE=http://127.0.0.1:$PORT
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
CLIENTS=${CLIENTS:-16}
RUNS=${RUNS:-5}
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
mkdir -p "$WORK"

sql() { PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX -c "$1"; }
state() { { grep "^$1=" "$WORK/state" || true; } | tail -1 | cut -d= -f2-; }
remember() { echo "$1=$2" >> "$WORK/state"; }
session() { IFS='|' read -r COOKIE CSRF < "$WORK/session"; }
post() { # path, then curl options; prints the status code
  local path=$1
  shift
  session
  curl -sS -o "$WORK/last-response" -w '%{http_code}' -b "$COOKIE" -H "X-CSRF-TOKEN: $CSRF" "$@" "$BASE$path"
}
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(date +%s.%N)"; }

start() {
  if [ "${BUILD:-1}" = 1 ]; then # BUILD=0 restarts the jar already built
    rm -rf "$WORK/app" && mkdir -p "$WORK/app" "$WORK/data"
    (cd "$REPO" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -C "$WORK/app" -xf -
    (cd "$WORK/app" && ./mvnw -B -q -o package -DskipTests -Dspring-javaformat.skip=true)
  fi
  local jar
  jar=$(ls "$WORK"/app/target/parindex-*.jar | grep -v plain | head -1)
  nohup java -Xmx"${HEAP:-1g}" -jar "$jar" --server.port="$PORT" --parindex.data-dir="$WORK/data" \
    --parindex.embedded.port="$PG_PORT" --parindex.survey.public-url="$BASE" \
    --parindex.survey.rate.submissions=1000000000 --parindex.survey.rate.wrong-codes=1000000 \
    > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  local started
  started=$(date +%s.%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ]; do
    kill -0 "$(cat "$WORK/app.pid")" 2> /dev/null || { tail -50 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "app PID $(cat "$WORK/app.pid") answers on $BASE after $(elapsed "$started") s; log $WORK/app.log"
}

stop() {
  [ -f "$WORK/app.pid" ] || return 0
  local pid
  pid=$(cat "$WORK/app.pid")
  kill "$pid" 2> /dev/null || true
  while kill -0 "$pid" 2> /dev/null; do sleep 1; done
  rm -f "$WORK/app.pid"
  echo "stopped $pid"
}

signin() { # admin's session for the admin pages and the API; the demo loads its users after the app answers
  for attempt in $(seq 1 30); do
    python3 "$BENCH/survey_data.py" login "$BASE" > "$WORK/session" 2> /dev/null && return 0
    sleep 2
  done
  echo "admin could not sign in at $BASE" >&2
  exit 1
}

questionnaire() { # code: uploads the 20-question questionnaire; prints its id
  python3 "$BENCH/survey_data.py" yaml "$1" > "$WORK/$1.yaml"
  [ "$(post /admin/surveys/questionnaires -F "file=@$WORK/$1.yaml")" = 302 ] || { cat "$WORK/last-response"; exit 1; }
  sql "select id from survey_questionnaire where code = '$1'"
}

campaign() { # questionnaire id, cycle id, unit code: opens a campaign around today; prints its id
  local opens closes
  opens=$(TZ=Asia/Ho_Chi_Minh date -d '-30 days' +%d/%m/%Y)
  closes=$(TZ=Asia/Ho_Chi_Minh date -d '+30 days' +%d/%m/%Y)
  [ "$(post /admin/surveys/campaigns -d "questionnaire=$1&period=$2&unit=$3&opens=$opens&closes=$closes&population=300000")" = 302 ]
  sql "select c.id from survey_campaign c join organisation_unit u on u.id = c.unit_id
       where c.questionnaire_id = $1 and c.cycle_id = $2 and u.code = '$3'"
}

more_codes() { # imports the next 150,000 codes BENCH-nnnnnnn of the submission campaign through the admin page
  local id imported started
  id=$(state campaign) imported=$(state codes)
  python3 "$BENCH/survey_data.py" codes BENCH- $((imported + 1)) 150000 > "$WORK/codes.txt"
  started=$(date +%s.%N)
  [ "$(post "/admin/surveys/campaigns/$id/codes" -F "file=@$WORK/codes.txt")" = 302 ]
  remember codes $((imported + 150000))
  echo "150,000 codes imported in $(elapsed "$started") s"
}

setup() {
  signin
  : > "$WORK/state"
  local qid cycle id
  qid=$(questionnaire "BENCH20-$(date +%s)")
  cycle=$(sql "select id from framework_cycle where year = 2025 order by id limit 1")
  id=$(campaign "$qid" "$cycle" SKHCN-2025)
  remember questionnaire "$qid"
  remember campaign "$id"
  remember token "$(sql "select public_token from survey_campaign where id = $id")"
  remember codes 0
  more_codes
  more_codes
  sql "drop sequence if exists bench_code_seq; create sequence bench_code_seq"
  echo "campaign $id ($(sql "select count(*) from survey_code where campaign_id = $id") codes), questionnaire $qid"
}

counts() { # campaign: responses by status, answers counted
  sql "select status || ': ' || count(*) from survey_response where campaign_id = $1 group by status" | tr '\n' ' '
  echo "| counted answers: $(sql "select coalesce(sum(answers), 0) from survey_tally where campaign_id = $1")"
}

submit() {
  local id token stamp
  id=$(state campaign) token=$(state token)
  stamp=$(curl -s "$BASE/s/$token" | grep -o 'name="stamp" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  echo "form stamp $stamp; waiting 21 s so that responses are not FAST"
  sleep 21
  echo "before: $(counts "$id")"
  # codes: each run takes 60,000 (warm-up 2 x 5,000, measured 2 x 25,000); more are imported when needed
  local first
  first=$(state next_code)
  first=${first:-1}
  remember next_code $((first + 60000))
  signin
  while [ $((first + 60000 - 1)) -gt "$(state codes)" ]; do more_codes; done
  wrk -t2 -c"$CONNECTIONS" -d10s -s "$BENCH/survey-submit.lua" "$BASE/s/$token" -- "$token" BENCH- "$first" 5000 \
    "$stamp" | grep -E 'Requests/sec|codes used|Non-2xx'
  local before
  before=$(sql "select count(*) from survey_response where campaign_id = $id")
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH/survey-submit.lua" "$BASE/s/$token" \
    -- "$token" BENCH- $((first + 10000)) 25000 "$stamp"
  echo "stored during the measured run: $(($(sql "select count(*) from survey_response where campaign_id = $id") - before))"
  echo "after: $(counts "$id")"
}

pgbench_run() {
  local id token
  id=$(state campaign) token=$(state token)
  # fresh codes for this run: PGB-n for the next 300,000 values of the sequence
  sql "insert into survey_code (campaign_id, code_hash)
       select $id, encode(sha256(convert_to('PGB-' || n, 'UTF8')), 'hex')
       from generate_series((select last_value + 1 from bench_code_seq), (select last_value + 300000 from bench_code_seq)) n
       on conflict do nothing"
  echo "before: $(counts "$id")"
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "${DURATION%s}" -P 10 \
    -D campaign="$id" -D token="$token" -f "$BENCH/survey-submit.pgbench" postgres
  echo "after: $(counts "$id")"
}

bulk() {
  local id file started code
  signin
  id=$(state campaign) file=$WORK/bulk-1m.csv
  python3 "$BENCH/survey_data.py" bulk "$file" "$id" 50000 "$TODAY" 1
  echo "$(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"
  echo "before: $(counts "$id")"
  session
  curl -sS -o "$WORK/bulk.json" -w 'POST /api/v1/survey-imports: HTTP %{http_code} in %{time_total} s\n' \
    -b "$COOKIE" -H "X-CSRF-TOKEN: $CSRF" -F "file=@$file;type=text/csv" "$BASE/api/v1/survey-imports"
  cat "$WORK/bulk.json"
  echo
  echo "after: $(counts "$id")"
  sql "drop table if exists bench_copy;
       create table bench_copy (phieu text, chien_dich text, kenh text, ngay text, cau_hoi text, tra_loi text)"
  started=$(date +%s.%N)
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX \
    -c "\\copy bench_copy from '$file' with (format csv, header true)"
  echo "psql \\copy into a plain table: $(elapsed "$started") s, $(sql "select count(*) from bench_copy") rows"
  sql "drop table bench_copy"
}

indexes() {
  local qid cycle campaigns=() started
  signin
  qid=$(state questionnaire)
  cycle=$(sql "select id from framework_cycle where year = 2023 order by id limit 1")
  started=$(date +%s.%N)
  for unit in $(sql "select code from organisation_unit order by id limit 130"); do
    campaigns+=("$(campaign "$qid" "$cycle" "$unit")")
  done
  echo "130 campaigns opened in period $cycle in $(elapsed "$started") s"
  # Each campaign gets its dossiers' codes, as in a real period (7,700 each, seeded in SQL; never used here): with the
  # 600,000 codes of the submission campaign alone in survey_code, the planner estimates any campaign at half the
  # table and counts each one's codes with a sequential scan.
  sql "insert into survey_code (campaign_id, code_hash)
       select c.id, encode(sha256(convert_to(c.id || ':' || n, 'UTF8')), 'hex')
       from survey_campaign c, generate_series(1, 7700) n where c.cycle_id = $cycle;
       analyze survey_code"
  local ids
  ids=$(IFS=,; echo "${campaigns[*]}")
  local all
  all=$(date +%s.%N)
  for part in $(seq 0 19); do
    python3 "$BENCH/survey_data.py" bulk "$WORK/part.csv" "$ids" 50000 "$TODAY" $((1000000 + part * 50000))
    session
    curl -sS -o "$WORK/part.json" -w "file $part: HTTP %{http_code} in %{time_total} s " \
      -b "$COOKIE" -H "X-CSRF-TOKEN: $CSRF" -F "file=@$WORK/part.csv;type=text/csv" "$BASE/api/v1/survey-imports"
    cat "$WORK/part.json"
    echo
  done
  echo "20 files imported in $(elapsed "$all") s (including generating each file)"
  echo "period $cycle: $(sql "select count(*) from survey_campaign where cycle_id = $cycle") campaigns,
    $(sql "select count(*) from survey_response r join survey_campaign c on c.id = r.campaign_id where c.cycle_id = $cycle") responses,
    $(sql "select sum(t.answers) from survey_tally t join survey_campaign c on c.id = t.campaign_id where c.cycle_id = $cycle") counted answers"
  sql "select pg_size_pretty(pg_total_relation_size('survey_answer')) || ' survey_answer, '
       || pg_size_pretty(pg_total_relation_size('survey_response')) || ' survey_response'"
  remember period "$cycle"
  results
}

results() {
  local cycle
  cycle=$(state period)
  signin
  session
  for path in "/admin/surveys/periods/$cycle/results.xlsx" "/admin/surveys/periods/$cycle"; do
    for run in $(seq 1 "$RUNS"); do
      curl -sS -o "$WORK/period.out" -b "$COOKIE" -w "GET $path: HTTP %{http_code} %{size_download} B in %{time_total} s\n" \
        "$BASE$path"
    done
  done
}

case "${1:-}" in
  start) start ;;
  setup) setup ;;
  submit) submit ;;
  pgbench) pgbench_run ;;
  bulk) bulk ;;
  indexes) indexes ;;
  results) results ;;
  tune)
    sql "alter system set shared_buffers = '${SHARED_BUFFERS:-4GB}'"
    sql "alter system set max_wal_size = '8GB'"
    stop && BUILD=0 start
    ;;
  stop) stop ;;
  all) start && setup && submit && pgbench_run && bulk && indexes && stop ;;
  *) sed -n '2,24p' "$0"; exit 1 ;;
esac

# Sourced by the benchmarks that drive the built application on 127.0.0.1:$PORT as admin:$PASSWORD: waiting for it to
# start, its API, and one scan through it. The one copy of each (bench-scan.sh, bench-shared-blobs.sh,
# bench-feed-import.sh, profile-app-scan.sh).

# await_app PID LOG: returns once /actuator/health answers; exits, showing LOG's last lines, if process PID ends first
await_app() {
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$1" 2>/dev/null || { echo "the application did not start:"; tail -30 "$2"; exit 1; }
    sleep 0.2
  done
}

# api CURL-ARGS...: an authenticated JSON request
api() { curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$@"; }

# start_scan_app JAVA_OPTS DIR REPO: starts "${APP_CMD[@]}" (scripts/lib/app-command.sh) on 127.0.0.1:$PORT with the
# fresh data directory DIR/data, a random admin password and no bundled data, logging to DIR/app.log; waits until it
# answers and adds REPO as the repository "corpus". Sets PID and PASSWORD.
start_scan_app() {
  PASSWORD=bench-$RANDOM$RANDOM
  JDK_JAVA_OPTIONS="$1" "${APP_CMD[@]}" --server.port="$PORT" \
    --server.address=127.0.0.1 --oxidometer.data-dir="$2/data" --oxidometer.admin.password="$PASSWORD" \
    --oxidometer.load-bundled-dataset=false --oxidometer.load-bundled-news=false >"$2/app.log" 2>&1 &
  PID=$!
  await_app "$PID" "$2/app.log"
  api -X POST --data "{\"name\": \"corpus\", \"path\": \"$3\"}" "http://127.0.0.1:$PORT/api/repositories" >/dev/null
}

# scan_app NAME [POLL]: POST /api/scans for the repository NAME, then polls its progress until it is no longer running:
# every 0.05 s for the first second (a rescan's time stays exact), then every POLL seconds (default 0.2); prints the
# wall time in seconds, the status, the tag count and the error count. The poll is kept cheap, for on 2 cores it
# competes with the application it measures: one curl and a shell match, the JSON parsed once at the end (a python3
# per 0.05 s poll took 10 s of CPU during a 25 s scan, curl alone every 0.05 s 3 s).
scan_app() {
  local t0 id body status polls=0
  t0=$(date +%s.%N)
  id=$(api -X POST --data "{\"repository\": \"$1\"}" "http://127.0.0.1:$PORT/api/scans" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["scanId"])')
  while :; do
    body=$(curl -fsS "http://127.0.0.1:$PORT/api/scans/$id")
    case "$body" in *'"status":"running"'*) ;; *) break ;; esac
    if [ $((polls += 1)) -le 20 ]; then sleep 0.05; else sleep "${2:-0.2}"; fi
  done
  status=$(python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["status"], s["tagCount"], len(s["errors"]))' <<<"$body")
  echo "$(echo "$(date +%s.%N) - $t0" | bc -l) $status"
}

# Sourced by the benchmarks that drive the built application on 127.0.0.1:$PORT as admin:$PASSWORD: waiting for it to
# start, its API, and one scan through it. The one copy of each (bench-scan.sh, bench-shared-blobs.sh,
# bench-feed-import.sh).

# await_app PID LOG: returns once /actuator/health answers; exits, showing LOG's last lines, if process PID ends first
await_app() {
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$1" 2>/dev/null || { echo "the application did not start:"; tail -30 "$2"; exit 1; }
    sleep 0.2
  done
}

# api CURL-ARGS...: an authenticated JSON request
api() { curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' "$@"; }

# scan_app NAME [POLL]: POST /api/scans for the repository NAME, then polls its progress every POLL seconds (default
# 0.05) until it is no longer running; prints the wall time in seconds, the status, the tag count and the error count
scan_app() {
  local t0 id status
  t0=$(date +%s.%N)
  id=$(api -X POST --data "{\"repository\": \"$1\"}" "http://127.0.0.1:$PORT/api/scans" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["scanId"])')
  while :; do
    status=$(curl -fsS "http://127.0.0.1:$PORT/api/scans/$id" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["status"], s["tagCount"], len(s["errors"]))')
    case "$status" in running*) sleep "${2:-0.05}" ;; *) break ;; esac
  done
  echo "$(echo "$(date +%s.%N) - $t0" | bc -l) $status"
}

#!/usr/bin/env bash
# API speed: starts the application as scripts/run.sh does (with its AOT cache) on a fresh data directory, measures the application start (target < 10 s), stores
# 250 synthetic releases x 40 metrics through the import API (which saves them through the release store), then
# times warm GET /api/releases (target < 100 ms on the server): 20 warm-up requests, then 50 measured.
#   usage: scripts/bench-api.sh [PORT]        (default 18080)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
scripts/build-jar.sh
source scripts/lib/app-command.sh

PORT=${1:-18080}
WORK=$(mktemp -d)
PASSWORD=bench-$RANDOM$RANDOM
PID=""
# the server ends by SIGTERM, so its wait status is 143: not the benchmark's own status
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

start() {
  local t0 t1
  t0=$(date +%s%N)
  "${APP_CMD[@]}" --server.port="$PORT" --oxidometer.data-dir="$WORK/data" \
    --oxidometer.admin.password="$PASSWORD" --oxidometer.load-bundled-dataset=false \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
    '--server.tomcat.accesslog.pattern=%r %s %{ms}T' >"$WORK/app-$1.log" 2>&1 &
  PID=$!
  until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "the application did not start:"; tail -30 "$WORK/app-$1.log"; exit 1; }
    sleep 0.1
  done
  printf '%-28s %6s ms until /actuator/health answers (%s)\n' "start ($1):" "$(( ($(date +%s%N) - t0) / 1000000 ))" \
    "$(grep -o 'Started OxidometerApplication in [0-9.]* seconds' "$WORK/app-$1.log" || echo 'no Boot timing')"
}

start "empty database"

python3 - "$WORK/synthetic.json" <<'PY'
import json, sys
releases = []
for i in range(250):
    major, minor = 3 + i // 20, i % 20
    metrics = {f"synthetic.metric{k:02d}": (i * 100 + k) for k in range(38)}
    metrics["share.code"] = i / 10000.0
    metrics["rustc.min"] = "1.78.0"
    releases.append({"tag": f"v{major}.{minor}", "commit": f"{i:040x}",
                     "date": f"{2005 + i // 12}-{i % 12 + 1:02d}-01T00:00:00Z", "rc": False, "note": None,
                     "metrics": metrics,
                     "drivers": [{"name": f"drv{d}", "path": f"drivers/x/drv{d}.rs", "files": 1, "lines": 100 + i}
                                 for d in range(i % 10)],
                     "abstractions": [f"mod{m}" for m in range(i % 30)],
                     "files": [{"path": f"rust/kernel/f{f}.rs", "category": "abstractions", "blobId": f"{i * 100 + f:040x}",
                                "lines": 100, "code": 80, "comments": 10, "blanks": 10} for f in range(20)]})
json.dump({"rulesVersion": "1", "repository": "/synthetic/linux", "scannedAt": "2026-01-01T00:00:00Z",
           "failures": {}, "releases": releases}, open(sys.argv[1], "w"))
PY
t0=$(date +%s%N)
curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' --data-binary "@$WORK/synthetic.json" \
  "http://localhost:$PORT/api/import" >/dev/null
printf '%-28s %6s ms for 250 releases x 40 metrics (+ 20 files each)\n' "import:" "$(( ($(date +%s%N) - t0) / 1000000 ))"

count=$(curl -fsS "http://localhost:$PORT/api/releases" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r), len(r[0]["metrics"]))')
echo "started with: ${APP_CMD[*]}"
echo "GET /api/releases returns (releases, metrics each): $count"

for _ in $(seq 20); do curl -fs -o /dev/null "http://localhost:$PORT/api/releases"; done
: > "$WORK/times"
for _ in $(seq 50); do
  curl -fs -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT/api/releases" >> "$WORK/times"
done
server=$(grep 'GET /api/releases HTTP' "$WORK"/access*.log | tail -50 | awk '{print $NF}' | sort -n)
client=$(sort -n "$WORK/times" | awk '{printf "%.1f\n", $1 * 1000}')
stats() { awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms, max %.1f ms", a[int((NR+1)/2)], a[int(NR*0.95)], a[NR]}'; }
echo "GET /api/releases, warm, server (Tomcat access log): $(echo "$server" | stats)"
echo "GET /api/releases, warm, client (curl, localhost):   $(echo "$client" | stats)"

kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
start "250 releases stored"

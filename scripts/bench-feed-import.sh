#!/usr/bin/env bash
# Feed import speed (issue 12): starts the built application on a fresh file database (as scripts/run.sh does),
# uploads one generated RSS 2.0 feed of about 5 MB, under the 5 MiB upload limit (10,000 entries that all pass the default keyword filter, each
# with tags and a summary that mentions a driver, so link suggestions are made too) through
# POST /api/articles/import/upload, and reports the server's time for that request (target < 5 s) and the CPU time
# the server spent meanwhile, then uploads it once more (every entry a duplicate). The bundled dataset is loaded, as
# on a real first start, so every entry is matched against the scanned releases, drivers and modules and gets its
# link suggestions. Nothing leaves 127.0.0.1.
#   usage: scripts/bench-feed-import.sh [PORT] [ENTRIES]        (defaults 18250, 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
scripts/build-jar.sh
source scripts/lib/app-command.sh
source scripts/lib/app-api.sh

PORT=${1:-18250}
ENTRIES=${2:-10000}
WORK=$(mktemp -d)
PASSWORD=bench-$RANDOM$RANDOM
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

python3 - "$WORK/feed.xml" "$ENTRIES" <<'PY'
import sys
from datetime import datetime, timedelta, timezone
path, n = sys.argv[1], int(sys.argv[2])
start = datetime(2024, 1, 1, tzinfo=timezone.utc)
drivers = ["rnull", "Binder", "Nova", "Tyr", "PHY", "cpufreq", "QR", "NVMe"]
with open(path, "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>bench feed</title>'
            '<link>https://bench.example.org/</link><description>synthetic</description>\n')
    for i in range(n):
        d = (start + timedelta(hours=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        drv = drivers[i % len(drivers)]
        f.write(f'<item><title>Rust for Linux kernel update {i}: the {drv} driver</title>'
                f'<link>https://bench.example.org/news/{i}/rust-kernel-{drv.lower()}</link>'
                f'<pubDate>{d}</pubDate><author>bench@example.org (Bench Writer)</author>'
                f'<category>rust</category><category>kernel</category><category>{drv.lower()}</category>'
                f'<description>Entry {i} of a synthetic feed about Rust in the Linux kernel, v6.{i % 18}: '
                f'the {drv} driver, its abstractions and the maintainers who review them.</description></item>\n')
    f.write('</channel></rss>\n')
PY
SIZE=$(stat -c %s "$WORK/feed.xml")

"${APP_CMD[@]}" --server.port="$PORT" --server.address=127.0.0.1 --oxidometer.data-dir="$WORK/data" \
  --oxidometer.admin.password="$PASSWORD" \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%r %s %{ms}T' >"$WORK/app.log" 2>&1 &
PID=$!
await_app "$PID" "$WORK/app.log"

upload() {
  curl -s -o "$WORK/report-$1.json" -w '%{http_code}' -u "admin:$PASSWORD" \
    -F "file=@$WORK/feed.xml;type=application/rss+xml" "http://127.0.0.1:$PORT/api/articles/import/upload"
}
# the server's CPU time (user + system, all threads) in seconds: on a shared machine the wall clock of a request
# grows with the load average, its CPU time much less
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$PID/stat"; }
n=0
for run in first repeat; do
  before=$(cpu)
  status=$(upload "$run")
  after=$(cpu)
  n=$((n + 1))
  sleep 0.5   # the access log line is written after the response
  ms=$(grep 'POST /api/articles/import/upload' "$WORK/access.log" | sed -n "${n}p" | awk '{print $NF}')
  summary=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r.get('added',[])), 'added,', len(r.get('duplicates',[])), 'duplicates,', len(r.get('filteredOut',[])), 'filtered out,', len(r.get('invalid',[])), 'invalid')" "$WORK/report-$run.json" 2>/dev/null || head -c 300 "$WORK/report-$run.json")
  printf 'import %-7s %s entries, %s bytes: HTTP %s in %s ms on the server, %s s of server CPU (%s)\n' "($run)" \
    "$ENTRIES" "$SIZE" "$status" "$ms" "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')" "$summary"
done
links=$(curl -s "http://127.0.0.1:$PORT/api/articles/suggestions" | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
echo "link suggestions pending after the import: $links"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (timings are wall clock on a shared machine)"

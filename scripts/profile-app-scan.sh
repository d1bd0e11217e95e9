#!/usr/bin/env bash
# profile-app-scan.sh - the application step of bench-scan.sh alone (issue 15: the full scan through the application
# into H2 at most 1.5x the command-line scan), with what it needs to find where the time goes: the command-line scan
# (ScanBench full, -Xmx512m) right before it for the ratio, the CPU seconds of the application process during the
# scan, the scan phases from the application's log, and optionally a JFR recording of the application.
#
# Usage: scripts/profile-app-scan.sh [REPO]   (default $KERNEL_CORPUS)
#   JFR=/tmp/app.jfr records the application (settings=profile); SKIP_CLI=1 skips the command-line scan;
#   PORT=18410, APP_XMX=1g, KEEP=DIR keeps the data directory and log in DIR, APP_DIR=DIR runs the build extracted
#   there (a copy of target/app) instead of this tree's, APP_API=FILE sources another app-api.sh (an older poll loop)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
REPO=${1:-${KERNEL_CORPUS:-}}
[ -n "$REPO" ] && [ -d "$REPO" ] || { echo "usage: $0 REPO (or export KERNEL_CORPUS)" >&2; exit 64; }
REPO=$(cd "$REPO" && pwd)
PORT=${PORT:-18410}
load() { uptime | sed 's/.*load average/load average/'; }
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi; [ -n "${KEEP:-}" ] || rm -rf "$WORK"; }
trap cleanup EXIT
# cpu PID: user + system seconds of a process so far
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

scripts/build-jar.sh >/dev/null 2>&1 || scripts/build-jar.sh
if [ -z "${SKIP_CLI:-}" ]; then
  mvn -o -q test-compile >"$WORK/compile.log" 2>&1 || { cat "$WORK/compile.log"; exit 1; }
  source scripts/lib/project-classpath.sh
  /usr/bin/time -f 'cpu %U %S' java -XX:ActiveProcessorCount=2 -Xmx512m -cp "$CP" dev.oxidometer.scan.ScanBench \
    "$REPO" full >"$WORK/scan.out" 2>"$WORK/scan.err"
  echo "command-line scan $(awk '$1=="full"{print $2}' "$WORK/scan.out") s (cpu $(awk '$1=="cpu"{printf "%.1f", $2 + $3}' "$WORK/scan.err") s; $(grep peak-heap "$WORK/scan.out"); $(load))"
fi

source scripts/lib/app-command.sh
# APP_DIR: another extracted build (a copy of target/app) to compare with
[ -z "${APP_DIR:-}" ] || APP_CMD=(java -XX:AOTCache="$APP_DIR/app.aot" -jar "$APP_DIR/oxidometer.jar")
source scripts/lib/app-api.sh
[ -z "${APP_API:-}" ] || source "$APP_API"   # an older poll loop (scan_app) to compare with
OPTS="-Xmx${APP_XMX:-1g} -XX:ActiveProcessorCount=2"
[ -n "${JFR:-}" ] && OPTS="$OPTS -XX:StartFlightRecording=filename=$JFR,settings=profile"
rm -rf "$WORK/data"
start_scan_app "$OPTS" "$WORK" "$REPO"
# children() : CPU seconds of this shell's finished children (the poll loop's curl and python3 runs)
children() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($16 + $17) / hz}' "/proc/$$/stat"; }
# threads PID: CPU seconds per thread name (digits folded), to tell the scan's threads from GC, JIT and the web server
threads() {  # (a thread may end while this reads it)
  for t in /proc/"$1"/task/*; do
    awk -v hz="$(getconf CLK_TCK)" -v name="$(tr -d '0-9' 2>/dev/null <"$t/comm")" '{printf "%s\t%.2f\n", name, ($14 + $15) / hz}' "$t/stat" 2>/dev/null || true
  done | awk -F'\t' '{c[$1] += $2} END {for (k in c) printf "%s\t%.2f\n", k, c[k]}' | sort
}
threads "$PID" >"$WORK/threads.before"
c0=$(cpu "$PID") k0=$(children)
read -r app app_status app_tags app_errors <<<"$(scan_app corpus)"
c1=$(cpu "$PID") k1=$(children)
threads "$PID" >"$WORK/threads.after"
printf 'app full scan into H2 %.2f s (cpu %.1f s, the polling client %.1f s; %s, %s tags, %s errors; %s)\n' "$app" \
  "$(echo "$c1 - $c0" | bc -l)" "$(echo "$k1 - $k0" | bc -l)" "$app_status" "$app_tags" "$app_errors" "$(load)"
echo "app CPU seconds during the scan, by thread:"
join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$WORK/threads.before" "$WORK/threads.after" \
  | awk -F'\t' '$3 - $2 >= 0.1 {printf "  %6.2f  %s\n", $3 - $2, $1}' | sort -rn
echo "  (threads that ended during the scan, such as the blob readers, are missing here but counted in the total)"
read -r rescan re_status re_tags re_errors <<<"$(scan_app corpus)"
printf 'app rescan, nothing new %.2f s (%s, %s tags, %s errors; %s)\n' "$rescan" "$re_status" "$re_tags" "$re_errors" "$(load)"
grep -E 'Scan [0-9]+' "$WORK/app.log" | sed -E 's/^([0-9T:.-]+).*(Scan [0-9]+.*)$/\1 \2/' | cut -c1-160
du -sh "$WORK/data" | sed 's/^/data directory /'
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""

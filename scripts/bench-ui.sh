#!/usr/bin/env bash
# The Adoption view's speed: 200 releases x 40 metrics stored, headless Chromium, warm server, at 390 and 1920 px; prints the time
# from navigation start until the chart is drawn (target < 1.5 s). Needs chromium + chromium-driver (Debian).
#   usage: scripts/bench-ui.sh [releases] [metrics] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
for bin in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$bin" ] || { echo "bench-ui: $bin is missing (apt-get install -y chromium chromium-driver)" >&2; exit 1; }
done
# The production frontend bundle (committed src/main/bundles/prod.bundle; Node 24 only if it is stale).
source scripts/lib/node-env.sh
mvn -B -q -ntp package -DskipTests "${NODE_ARGS[@]}"
source scripts/lib/project-classpath.sh
exec java -cp "$CP" dev.oxidometer.ui.UiBench "${1:-200}" "${2:-40}" "${3:-7}"

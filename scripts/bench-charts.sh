#!/usr/bin/env bash
# Chart images: 200 releases x 45 metrics stored, warm server; prints how long GET /api/charts/* takes to draw a
# slide-size PNG or SVG afresh and from the rendering cache (target < 300 ms), and the dashboard's Download in
# headless Chromium (target < 1 s). Binds 127.0.0.1 on a free port. Chromium (Debian) is optional.
#   usage: scripts/bench-charts.sh [releases] [metrics] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
# The production frontend bundle (committed src/main/bundles/prod.bundle; Node 24 only if it is stale).
source scripts/lib/node-env.sh
mvn -B -q -ntp package -DskipTests "${NODE_ARGS[@]}"
source scripts/lib/project-classpath.sh
exec java -Djava.awt.headless=true -cp "$CP" dev.oxidometer.ui.ChartBench "${1:-200}" "${2:-45}" "${3:-15}"

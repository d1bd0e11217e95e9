#!/usr/bin/env bash
# The README's test command: runs every test with Java 25. `verify` = the unit and view tests (surefire), then
# `package` (the production frontend bundle), then the real-browser tests (*IT, failsafe) against that bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
# The committed src/main/bundles/prod.bundle lets `package` run without Node; only when it is stale (a new Vaadin
# component or frontend file) does Vaadin rebuild it, with the Node 24 that scripts/lib/node-env.sh selects.
source scripts/lib/node-env.sh
exec mvn -B -ntp verify "${NODE_ARGS[@]}" "$@"

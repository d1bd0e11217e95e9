#!/usr/bin/env bash
# The README's run command: Java 25, the jar built if missing or stale, then oxidometer on http://localhost:8080.
# Arguments go to the application, e.g. scripts/run.sh --oxidometer.repositories[0].path=$HOME/linux
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
scripts/build-jar.sh
source scripts/lib/app-command.sh
exec "${APP_CMD[@]}" "$@"

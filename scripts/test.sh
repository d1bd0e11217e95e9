#!/usr/bin/env bash
# The README's test command: runs every test with Java 25.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
exec mvn -B -ntp test "$@"

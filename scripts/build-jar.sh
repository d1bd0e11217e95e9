#!/usr/bin/env bash
# Builds target/oxidometer.jar when it is missing or older than any source (src/, frontend/, pom.xml); otherwise
# does nothing. Vaadin's production build needs Node 24: when `node` is older, scripts/node24.sh provides one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

JAR=target/oxidometer.jar
if [ -f "$JAR" ] && [ -z "$(find src frontend pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)" ]; then
  exit 0
fi

node_args=()
node_major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p')
if [ "${node_major:-0}" -lt 24 ]; then
  if [ -x scripts/node24.sh ]; then
    node_bin=$(scripts/node24.sh)
    export PATH="$node_bin:$PATH"
    node_args=("-Dvaadin.node.folder=$node_bin")
  else
    echo "build-jar: node ${node_major:-(none)} found; Vaadin's frontend build needs Node 24 unless the committed" \
         "production bundle is current" >&2
  fi
fi
echo "build-jar: building $JAR (a few minutes the first time)" >&2
mvn -B -q -ntp -DskipTests "${node_args[@]}" package

#!/usr/bin/env bash
# Builds target/oxidometer.jar when it is missing or older than any source (src/, frontend/, pom.xml), then
# prepares a fast start: the jar extracted to target/app with a Java AOT cache (JEP 483/514) made by one training
# start, which cuts the start time about threefold. Does nothing when both are current.
# Vaadin's production build needs Node 24: scripts/lib/node-env.sh selects it (scripts/node24.sh when `node` is older).
# OXIDOMETER_NO_AOT=1 skips the AOT cache (scripts/run.sh then runs the plain jar).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh

JAR=target/oxidometer.jar
APP=target/app

prepare_fast_start() {
  [ "${OXIDOMETER_NO_AOT:-0}" = 1 ] && return 0
  if [ -f "$APP/app.aot" ] && [ "$APP/app.aot" -nt "$JAR" ]; then
    return 0
  fi
  echo "build-jar: preparing the fast start ($APP/app.aot, one training start of the application)" >&2
  rm -rf "$APP"
  local training
  training=$(mktemp -d)
  if java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null \
     && java -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh -jar "$APP/oxidometer.jar" \
          --server.port=0 --oxidometer.data-dir="$training" --oxidometer.admin.password=training \
          --oxidometer.scan-on-start=false >"$training/training.log" 2>&1 \
     && [ -s "$APP/app.aot" ]; then
    rm -rf "$training"
  else
    echo "build-jar: no AOT cache (the application starts slower); see $training/training.log" >&2
    rm -rf "$APP"
  fi
}

if [ -f "$JAR" ] && [ -z "$(find src frontend pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)" ]; then
  prepare_fast_start
  exit 0
fi

source scripts/lib/node-env.sh
echo "build-jar: building $JAR (a few minutes the first time)" >&2
mvn -B -q -ntp -DskipTests "${NODE_ARGS[@]}" package
prepare_fast_start

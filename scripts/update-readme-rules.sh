#!/usr/bin/env bash
# Regenerates README.md's "How we count" section from the rules code (CountingRules).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/readme-classpath.txt >/dev/null 2>&1
java -cp "target/classes:target/test-classes:$(cat target/readme-classpath.txt)" dev.oxidometer.scan.RulesDocumentIsPublishedTest

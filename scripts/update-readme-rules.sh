#!/usr/bin/env bash
# Regenerates README.md's "How we count" section from the rules code (CountingRules).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
source scripts/lib/project-classpath.sh
java -cp "$CP" dev.oxidometer.scan.RulesDocumentIsPublishedTest

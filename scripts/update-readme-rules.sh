#!/usr/bin/env bash
# Regenerates README.md's "How we count" section from the rules code (CountingRules).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
source scripts/project-classpath.sh
java -cp "$CP" dev.oxidometer.scan.RulesDocumentIsPublishedTest

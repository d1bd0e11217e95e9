#!/usr/bin/env bash
# measure-feed-filter.sh - recall and false positives of the feed filter on real titles
# (src/test/resources/news/feed-titles.tsv: each title with where it was seen), for the default keyword filter
# alone and with the tracked components (news/FeedRelevance). Prints the numbers FeedRelevanceTest pins.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
mvn -o -q -B test -Dtest=FeedRelevanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -E "real titles|recall|missed|kept wrongly" || true

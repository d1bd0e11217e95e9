#!/usr/bin/env bash
# build-dataset.sh - regenerates the dataset that the application loads on its first start
# (src/main/resources/data/kernel-corpus.json): the scanner's own --json output on the real kernel corpus.
#
# Usage: scripts/build-dataset.sh [CORPUS_REPO]
#   CORPUS_REPO defaults to $KERNEL_CORPUS; build the corpus once with
#   ../shared/scripts/build-kernel-corpus.sh $HOME/kernel-corpus  (then CORPUS_REPO=$HOME/kernel-corpus/linux.git-work)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
REPO=${1:-${KERNEL_CORPUS:-}}
if [ -z "$REPO" ] || [ ! -d "$REPO" ]; then
  echo "usage: $0 CORPUS_REPO (or export KERNEL_CORPUS)" >&2
  exit 64
fi
source scripts/lib/project-classpath.sh
java -cp "$CP" dev.oxidometer.scan.ScanCommand \
  --repo "$REPO" --json src/main/resources/data/kernel-corpus.json
echo "wrote src/main/resources/data/kernel-corpus.json ($(du -h src/main/resources/data/kernel-corpus.json | cut -f1))"

#!/usr/bin/env bash
# bench-scan.sh - the scanner benchmark of the scanner-core issue, on the real kernel corpus, 2 cores.
#   (a) oxidometer's full scan of all release tags, C counts included, empty cache
#   (b) the checkout way: per tag, git archive TAG | tar -x into a temp dir, then tokei --no-ignore
#   (c) the floor: read each unique .rs/.c/.h blob once on the same 2 threads, only counting newlines
# then a rescan where nothing changed, and the same full scan with -Xmx512m (peak heap).
# Prints the times and the ratios (b)/(a) (target >= 10) and (a)/(c) (target <= 2).
#
# Usage: scripts/bench-scan.sh [REPO]   (default: $KERNEL_CORPUS, the corpus's linux.git-work)
#   SKIP_TOKEI=1 skips (b).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
REPO=${1:-${KERNEL_CORPUS:-}}
if [ -z "$REPO" ] || [ ! -d "$REPO" ]; then
  echo "usage: $0 REPO (or export KERNEL_CORPUS=.../linux.git-work; build it with ../shared/scripts/build-kernel-corpus.sh)" >&2
  exit 64
fi

source scripts/lib/project-classpath.sh
# bench [JVM-OPTION...] -- MODE...
bench() {
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  java -XX:ActiveProcessorCount=2 "${opts[@]}" -cp "$CP" dev.oxidometer.scan.ScanBench "$REPO" "$@"
}

echo "== warm-up (page cache), then (c) floor, (a) full scan, rescan with nothing changed"
bench -- floor >/dev/null
out=$(bench -- floor full warm rescan)
echo "$out"
floor=$(awk '$1=="floor"{print $2}' <<<"$out")
full=$(awk '$1=="full"{print $2}' <<<"$out")
rescan=$(awk '$1=="rescan"{print $2}' <<<"$out")

echo "== (a) again with -Xmx512m"
bench -Xmx512m -- full

checkout=""
if [ -z "${SKIP_TOKEI:-}" ]; then
  if ! command -v tokei >/dev/null 2>&1; then
    if [ -x ../shared/scripts/install-tokei.sh ] || [ -f ../shared/scripts/install-tokei.sh ]; then
      bash ../shared/scripts/install-tokei.sh >/dev/null
    fi
  fi
  command -v tokei >/dev/null 2>&1 || { echo "tokei is not installed (../shared/scripts/install-tokei.sh)" >&2; exit 1; }
  echo "== (b) the checkout way: git archive | tar -x; tokei --no-ignore, per tag"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  start=$(date +%s.%N)
  for tag in $(git -C "$REPO" tag -l 'v*' | grep -E '^v[0-9]+\.[0-9]+$'); do
    rm -rf "$tmp/tree" && mkdir "$tmp/tree"
    git -C "$REPO" archive "$tag" | tar -x -C "$tmp/tree"
    tokei --no-ignore -t Rust,C,'C Header' "$tmp/tree" >/dev/null
  done
  end=$(date +%s.%N)
  checkout=$(echo "$end - $start" | bc -l)
  printf 'checkout %.3f s\n' "$checkout"
fi

echo "== summary"
printf '(a) full scan      %8.2f s\n' "$full"
[ -n "$checkout" ] && printf '(b) checkout+tokei %8.2f s   (b)/(a) = %.1f  (target >= 10)\n' "$checkout" "$(echo "$checkout / $full" | bc -l)"
printf '(c) read floor     %8.2f s   (a)/(c) = %.2f (target <= 2)\n' "$floor" "$(echo "$full / $floor" | bc -l)"
printf 'rescan, no change  %8.2f s   (target < 1)\n' "$rescan"

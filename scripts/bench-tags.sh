#!/usr/bin/env bash
# bench-tags.sh - issue 15 item 4: tag discovery and version ordering for 1,000 tags (target < 1 s).
# Builds a synthetic repository (once, under target/bench-tags) with 1,000 release and release-candidate tags, half
# lightweight and half annotated, on 20 commits, plus 100 tags that are no release (skipped), then times, in one JVM,
# KernelScanner.open + releaseTags (every tag peeled to its commit and dated) + allTagNames, cold (first call in the
# JVM) and warm (best of 5).
#   usage: scripts/bench-tags.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/java-env.sh
REPO=target/bench-tags/linux
if [ ! -f "$REPO/.done" ]; then
  rm -rf "$REPO" && mkdir -p "$REPO"
  git -C "$REPO" init -q
  git -C "$REPO" config user.name bench && git -C "$REPO" config user.email bench@127.0.0.1
  printf 'VERSION = 6\nPATCHLEVEL = 0\n' > "$REPO/Makefile"
  mkdir -p "$REPO/rust/kernel"
  {
    for c in $(seq 1 20); do
      echo "commit refs/heads/main"
      echo "committer bench <bench@127.0.0.1> $((1600000000 + c * 86400)) +0000"
      message="commit $c"; echo "data ${#message}"; echo "$message"
      content="// SPDX-License-Identifier: GPL-2.0
//! commit $c
pub fn f$c() {}
"
      echo "M 100644 inline rust/kernel/lib.rs"; echo "data ${#content}"; echo "$content"
      echo
    done
  } | git -C "$REPO" fast-import --quiet
  commits=($(git -C "$REPO" rev-list --reverse main))
  n=0
  {
    for major in $(seq 2 9); do
      for minor in $(seq 0 24); do
        for rc in 0 1 2 3 4; do
          [ $n -lt 1000 ] || break 3
          name="v$major.$minor"; [ $rc = 0 ] || name="$name-rc$rc"
          commit=${commits[$((n % 20))]}
          if [ $((n % 2)) = 0 ]; then
            echo "reset refs/tags/$name"; echo "from $commit"; echo
          else
            echo "tag $name"; echo "from $commit"
            echo "tagger bench <bench@127.0.0.1> $((1600000000 + n * 3600)) +0000"
            message="Linux $name"; echo "data ${#message}"; echo "$message"
          fi
          n=$((n + 1))
        done
      done
    done
    for k in $(seq 1 100); do echo "reset refs/tags/not-a-release-$k"; echo "from ${commits[0]}"; echo; done
  } | git -C "$REPO" fast-import --quiet
  git -C "$REPO" pack-refs --all
  touch "$REPO/.done"
fi
echo "$(git -C "$REPO" tag | wc -l) tags in $REPO; load: $(uptime | sed 's/.*load/load/')"
source scripts/lib/project-classpath.sh
java -XX:ActiveProcessorCount=2 -Xmx512m -cp "$CP" dev.oxidometer.scan.TagBench "$REPO"
